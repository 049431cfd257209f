import { useId } from 'react';
import type { PatternsPreferences } from '../../../../shared/contract/patterns.ts';
import { weekStartNames } from '../../../../shared/calendar.ts';
import { useWords } from '../../api/AppearanceProvider';
import { RadioGroup } from '../../components';

export interface PatternSettingsProps {
  preferences: PatternsPreferences;
  onChange: (change: Partial<Pick<PatternsPreferences, 'selfHarmDays'>>) => void;
}

/** Whether days with self-harm appear at all. The week start is one setting, in Settings. */
export function PatternSettings({ preferences, onChange }: PatternSettingsProps) {
  const id = useId();
  const w = useWords();
  return (
    <section className="card pattern-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        How Patterns shows things
      </h2>
      <RadioGroup
        legend={w('harmDays')}
        name="harm-days"
        value={preferences.selfHarmDays}
        options={[
          { value: 'markers', label: 'Show them as small grey marks' },
          { value: 'hidden', label: 'Leave them out of Patterns' },
        ]}
        onChange={(selfHarmDays) => onChange({ selfHarmDays })}
      />
      <p className="muted">Weeks start on {weekStartNames[preferences.weekStart]}. You can change this in Settings.</p>
    </section>
  );
}
