// A day's record (its one self-harm answer and strongest urge) in words, the same on every screen.
import type { DayRecord } from '../../../../shared/contract/journal.ts';
import type { WordKey } from '../../../../shared/vocabulary.ts';

const selfHarmWords = { yes: 'yes', no: 'no', unsaid: 'not said' } as const;

/** "Strongest urge 8 of 10, in the urge timer" */
export function urgeWords(record: DayRecord): string | null {
  if (record.strongestUrge === null) return null;
  return `Strongest urge ${record.strongestUrge} of 10${record.urgeSource === 'timer' ? ', in the urge timer' : ''}`;
}

/** "Self-harm: no" ("Acted on an urge: no" in discreet mode) */
export function selfHarmLine(record: DayRecord, w: (key: WordKey) => string): string | null {
  return record.selfHarm === null ? null : `${w('harmColumn')}: ${selfHarmWords[record.selfHarm]}`;
}

/** Both, joined for a one-line summary. */
export function recordLine(record: DayRecord, w: (key: WordKey) => string): string[] {
  return [urgeWords(record), selfHarmLine(record, w)].filter((part): part is string => part !== null);
}
