// Recovery journey method names (phases, relapses, exports). Keep in step with contract/recovery.ts.
export const recoveryMethods = [
  'recoveryOverview',
  'recoveryMeasures',
  'recoverySetPhase',
  'recoverySaveNote',
  'relapseRecord',
  'relapseReflect',
  'relapseAddToPlan',
  'lockedLapseNotesWaiting',
  'lockedLapseNoteAnswer',
  'relapseDelete',
  'recoveryExport',
  'safetyPlanWalletCard',
] as const;
