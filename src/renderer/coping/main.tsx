// Entry of the compact coping window (app://harbor/coping.html). It loads only the coping box,
// the urge timer and the safety plan: no journal, no charts, so it stays small and opens at once.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppearanceProvider } from '../src/api/AppearanceProvider';
import { CopingPage } from '../src/screens/coping/CopingPage';
import { prefetchCopingData } from '../src/screens/coping/useCopingData';
import { inBrowserHarness } from '../src/screens/coping/test-hook';
import '../src/styles.css';

// The desktop window hides on Esc (main handles the key); the browser harness has no such window.
const inHarness = inBrowserHarness();

prefetchCopingData();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Theme, discreet mode and the person's own crisis line, as in the main window. */}
    <AppearanceProvider titleKey="copingWindowTitle">
      <CopingPage escHides={!inHarness} />
    </AppearanceProvider>
  </StrictMode>,
);
