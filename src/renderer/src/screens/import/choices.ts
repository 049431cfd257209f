// The person's choices for a chosen file, as the page keeps them and as main takes them.
import type { ActivityRole, ColumnMapping, ImportChoicesInput } from '../../../../shared/contract/import.ts';

export interface Choices {
  moods: Record<string, number | null>;
  activities: Record<string, ActivityRole>;
  columns: ColumnMapping | null;
}

export const noChoices: Choices = { moods: {}, activities: {}, columns: null };

export function toInput(choices: Choices): ImportChoicesInput {
  return {
    moods: Object.entries(choices.moods).map(([label, level]) => ({ label, level })),
    activities: Object.entries(choices.activities).map(([name, role]) => ({ name, role })),
    columns: choices.columns,
  };
}
