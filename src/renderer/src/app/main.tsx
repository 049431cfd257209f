import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { AppearanceProvider } from '../api/AppearanceProvider';
import { startActivityPings } from '../api/activity';
import '../styles.css';

startActivityPings();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppearanceProvider titleKey="appName">
        <App />
      </AppearanceProvider>
    </ErrorBoundary>
  </StrictMode>,
);
