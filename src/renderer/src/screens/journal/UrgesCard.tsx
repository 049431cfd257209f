import type { CheckIn, DayRecord } from '../../../../shared/contract/journal.ts';
import { Card, CrisisLines, Notice } from '../../components';
import { Choice, Scale } from './Scale';

const selfHarmOptions = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'unsaid', label: 'Prefer not to say' },
] as const;

export interface UrgesCardProps {
  form: CheckIn;
  /** The day's record as saved: its strongest urge (check-in or timer) and lapse notes. */
  record: DayRecord;
  onChange: (next: CheckIn) => void;
}

/** The day's strongest urge and whether self-harm happened, with the day's record beside them. */
export function UrgesCard({ form, record, onChange }: UrgesCardProps) {
  const timerHigher = record.urgeSource === 'timer' && record.strongestUrge !== null && (form.peakUrge === null || record.strongestUrge > form.peakUrge);
  return (
    <Card title="Urges" headingLevel={3}>
      <Scale
        legend="Strongest urge to self-harm today"
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
        legend="Did you self-harm today?"
        hint="Only whether, never how. Any answer is okay here."
        options={selfHarmOptions}
        value={form.selfHarm}
        onChange={(selfHarm) => onChange({ ...form, selfHarm })}
      />
      {form.selfHarm === 'yes' ? (
        <Notice tone="info" title="Thank you for writing it down">
          <p>
            A setback is not a failure. It can show what you need more of, and tomorrow is a fresh evening. Be as kind to yourself tonight as you would be to a
            friend.
          </p>
          <p>
            This day is listed under Recovery, after a relapse, where you can reflect on it later if you want to. There is no need to do it now.
          </p>
          <p>If you are not safe right now, follow your safety plan or reach out to someone you trust.</p>
          <details className="check-in__crisis">
            <summary>Crisis lines</summary>
            <CrisisLines headingLevel={3} />
          </details>
        </Notice>
      ) : null}
    </Card>
  );
}
