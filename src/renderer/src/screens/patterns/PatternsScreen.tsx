import { lazy, Suspense, useState } from 'react';
import { harbor } from '../../harbor';
import { DEFAULT_RANGE } from './default-range';

// The charts (recharts) load only when Patterns is opened, so the journal and the coping box
// start without them.
const PatternsPage = lazy(() => import('./PatternsPage'));

export function PatternsScreen() {
  // Main starts on the default range while the chart code is still loading.
  const [first] = useState(() => harbor.patternsOverview(DEFAULT_RANGE));
  return (
    <Suspense
      fallback={
        <section aria-labelledby="screen-title" className="screen patterns">
          <h1 id="screen-title">Patterns</h1>
          <p role="status">Loading your patterns…</p>
        </section>
      }
    >
      <PatternsPage first={first} />
    </Suspense>
  );
}
