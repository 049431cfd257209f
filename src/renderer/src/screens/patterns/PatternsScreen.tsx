import { useEffect, useState, type ComponentType } from 'react';
import { harbor } from '../../api/harbor';
import { DEFAULT_RANGE } from './default-range';
import type { PatternsPageProps } from './PatternsPage';

type PatternsPageComponent = ComponentType<PatternsPageProps>;

// The charts (recharts) load only when Patterns is opened, so the journal and the coping box
// start without them. The page loads its code itself rather than through React.lazy: a Suspense
// fallback makes React hold the page back until 300 ms after the fallback appeared (so it does
// not flash), which would keep someone waiting on a page that is already there.
let loadedPage: PatternsPageComponent | null = null;
let loadingPage: Promise<PatternsPageComponent> | null = null;

function loadPage(): Promise<PatternsPageComponent> {
  loadingPage ??= import('./PatternsPage').then(
    (module) => (loadedPage = module.default),
    (error: unknown) => {
      loadingPage = null; // Opening Patterns again tries again.
      throw error;
    },
  );
  return loadingPage;
}

// Once the app is idle, fetch and compile that code in the background, so opening Patterns later
// is quick. It holds no data; the coping window is a separate page and never loads it.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadPage().catch(() => {}), { timeout: 5000 });

export function PatternsScreen() {
  // Main starts on the default range while the chart code is still loading.
  const [first] = useState(() => harbor.patternsOverview(DEFAULT_RANGE));
  const [Page, setPage] = useState<PatternsPageComponent | null>(() => loadedPage);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    if (Page) return;
    let current = true;
    loadPage().then(
      (page) => current && setPage(() => page),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [Page]);

  // Code that cannot be loaded goes to the screen's error boundary, as a failed lazy import would.
  if (failure) throw failure.error;
  if (Page) return <Page first={first} />;
  return (
    <section aria-labelledby="screen-title" className="screen patterns">
      <h1 id="screen-title">Patterns</h1>
      <p role="status">Loading your patterns…</p>
    </section>
  );
}
