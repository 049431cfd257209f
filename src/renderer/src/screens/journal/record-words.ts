// A day's record (its one self-harm answer and strongest urge) in words, the same on every screen.
import type { DayRecord } from '../../../../shared/contract/journal.ts';

const selfHarmWords = { yes: 'yes', no: 'no', unsaid: 'not said' } as const;

/** "Strongest urge 8 of 10, in the urge timer" */
export function urgeWords(record: DayRecord): string | null {
  if (record.strongestUrge === null) return null;
  return `Strongest urge ${record.strongestUrge} of 10${record.urgeSource === 'timer' ? ', in the urge timer' : ''}`;
}

/** "Self-harm: no" */
export function selfHarmLine(record: DayRecord): string | null {
  return record.selfHarm === null ? null : `Self-harm: ${selfHarmWords[record.selfHarm]}`;
}

/** Both, joined for a one-line summary. */
export function recordLine(record: DayRecord): string[] {
  return [urgeWords(record), selfHarmLine(record)].filter((part): part is string => part !== null);
}
