import { useState } from 'react';
import { BREATH_IN_MS, BREATH_OUT_MS, breathingAt } from '../../../../shared/urge-timer.ts';

/**
 * Paced breathing: a circle that grows as you breathe in and shrinks as you breathe out. With
 * reduced motion the circle stays still (styles.css turns animations off) and only the words change.
 */
export function BreathingGuide({ elapsedMs }: { elapsedMs: number }) {
  const breath = breathingAt(elapsedMs);
  // Start the animation at the right point of the cycle, once, so words and circle agree.
  const [delay] = useState(() => -(((elapsedMs % (BREATH_IN_MS + BREATH_OUT_MS)) + BREATH_IN_MS + BREATH_OUT_MS) % (BREATH_IN_MS + BREATH_OUT_MS)));
  return (
    <div className="breathing">
      <div className="breathing__circle" aria-hidden="true" style={{ animationDelay: `${delay}ms` }} />
      <p className="breathing__words">
        {breath.phase === 'in' ? 'Breathe in slowly' : 'Breathe out, a little longer'}
      </p>
    </div>
  );
}
