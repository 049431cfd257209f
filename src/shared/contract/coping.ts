// The coping box, urge timer and safety plan part of the IPC contract (issue 4).
export const copingContract = {} as const;
