// The journal's part of the IPC contract (issue 3).
export const journalContract = {} as const;
