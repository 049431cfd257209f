// Coping box, urge timer and safety plan method names (issue 4). Keep in step with contract/coping.ts.
export const copingMethods = [] as const;
