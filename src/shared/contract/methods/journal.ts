// Journal method names (issue 3). Keep in step with contract/journal.ts.
export const journalMethods = [] as const;
