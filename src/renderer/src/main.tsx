import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './screens/shell/ErrorBoundary';
import { AppearanceProvider } from './app-settings/AppearanceProvider';
import { startActivityPings } from './app-settings/activity';
import './styles.css';

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
