import type { CheckIn, DayRecord } from '../../../../shared/contract/journal.ts';
import { Card, CrisisLines, Notice } from '../../components';
import { Choice, Scale } from './Scale';
import { forDay } from '../../../../shared/vocabulary.ts';
import { useWords } from '../../api/AppearanceProvider';
import { selfHarmLine } from './record-words';

const selfHarmOptions = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'unsaid', label: 'Prefer not to say' },
] as const;

export interface UrgesCardProps {
  form: CheckIn;
  /** The day's record as saved: its strongest urge (check-in or timer) and lapse notes. */
  record: DayRecord;
  /** "today", or how the day is named when it is another day ("on Tuesday"). */
  when: string;
  onChange: (next: CheckIn) => void;
}

/** The day's strongest urge and whether self-harm happened, with the day's record beside them. */
export function UrgesCard({ form, record, when, onChange }: UrgesCardProps) {
  const w = useWords();
  const timerHigher = record.urgeSource === 'timer' && record.strongestUrge !== null && (form.peakUrge === null || record.strongestUrge > form.peakUrge);
  return (
    <Card title="Urges" headingLevel={3}>
      <Scale
        legend={forDay(w('urgeQuestion'), when)}
        min={0}
        max={10}
        value={form.peakUrge}
        ends={['no urge', 'the strongest you know']}
        onChange={(peakUrge) => onChange({ ...form, peakUrge })}
      />
      {timerHigher ? (
        <p className="check-in__note">
          You rated an urge of {record.strongestUrge} in the urge timer this day, so {record.strongestUrge} is the day&apos;s strongest urge in
          Patterns and exports.
        </p>
      ) : null}
      <Choice
        legend={forDay(w('harmQuestion'), when)}
        hint="Only whether, never how. Any answer is okay here."
        options={selfHarmOptions}
        value={form.selfHarm}
        onChange={(selfHarm) => onChange({ ...form, selfHarm })}
      />
      {record.lapseNotes > 0 && form.selfHarm !== 'yes' ? (
        <p className="check-in__note">
          This day is noted under {w('recovery')}, so its record says “{selfHarmLine(record, w)}”.
        </p>
      ) : null}
      {form.selfHarm === 'yes' ? (
        <Notice tone="info" title="Thank you for writing it down">
          <p>
            A setback is not a failure. It can show what you need more of, and tomorrow is a fresh evening. Be as kind to yourself tonight as you would be to a
            friend.
          </p>
          <p>{w('harmListedUnderRecovery')}</p>
          <p>If you are not safe right now, follow your {w('aSafetyPlan')} or reach out to someone you trust.</p>
          <details className="check-in__crisis">
            <summary>Crisis lines</summary>
            <CrisisLines headingLevel={3} />
          </details>
        </Notice>
      ) : null}
    </Card>
  );
}
