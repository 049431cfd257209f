import { lazy, Suspense, useState } from 'react';
import { harbor } from '../../harbor';
import { DEFAULT_RANGE } from './default-range';

// The charts (recharts) load only when Patterns is opened, so the journal and the coping box
// start without them.
const loadPage = () => import('./PatternsPage');
const PatternsPage = lazy(loadPage);

// Once the app is idle, fetch and compile that code in the background, so opening Patterns later
// is quick. It holds no data; the coping window is a separate page and never loads it.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadPage(), { timeout: 5000 });

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
