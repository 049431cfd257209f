import { lazy, Suspense } from 'react';

// The charts (recharts) load only when Patterns is opened, so the journal and the coping box
// start without them.
const PatternsPage = lazy(() => import('./PatternsPage'));

export function PatternsScreen() {
  return (
    <Suspense
      fallback={
        <section aria-labelledby="screen-title" className="screen patterns">
          <h1 id="screen-title">Patterns</h1>
          <p role="status">Loading your patterns…</p>
        </section>
      }
    >
      <PatternsPage />
    </Suspense>
  );
}
