import { useId } from 'react';
import type { PatternsPreferences } from '../../../../shared/contract/patterns.ts';
import { useWords } from '../../api/AppearanceProvider';

export interface PatternSettingsProps {
  preferences: PatternsPreferences;
  onChange: (change: Partial<Pick<PatternsPreferences, 'weekStart' | 'selfHarmDays'>>) => void;
}

/** How Patterns counts weeks and whether days with self-harm appear at all. */
export function PatternSettings({ preferences, onChange }: PatternSettingsProps) {
  const id = useId();
  const w = useWords();
  return (
    <section className="card pattern-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        How Patterns shows things
      </h2>
      <fieldset className="patterns-choices">
        <legend>Weeks start on</legend>
        {(['monday', 'sunday'] as const).map((day) => (
          <label key={day} className="patterns-choice">
            <input type="radio" name={`${id}-week`} checked={preferences.weekStart === day} onChange={() => onChange({ weekStart: day })} />
            {day === 'monday' ? 'Monday' : 'Sunday'}
          </label>
        ))}
      </fieldset>
      <fieldset className="patterns-choices">
        <legend>{w('harmDays')}</legend>
        <label className="patterns-choice">
          <input type="radio" name={`${id}-harm`} checked={preferences.selfHarmDays === 'markers'} onChange={() => onChange({ selfHarmDays: 'markers' })} />
          Show them as small grey marks
        </label>
        <label className="patterns-choice">
          <input type="radio" name={`${id}-harm`} checked={preferences.selfHarmDays === 'hidden'} onChange={() => onChange({ selfHarmDays: 'hidden' })} />
          Leave them out of Patterns
        </label>
      </fieldset>
    </section>
  );
}
