// Coping box, urge timer and safety plan method names. Keep in step with contract/coping.ts.
export const copingMethods = [
  'copingBox',
  'copingItemAdd',
  'copingItemUpdate',
  'copingItemMove',
  'copingPickOne',
  'copingUseSave',
  'safetyPlanGet',
  'safetyPlanSave',
  'copingLockedAccess',
  'copingSetLockedAccess',
  'crisisSetupStatus',
  'crisisSetupDismissCard',
  'copingHotkey',
  'copingSetHotkey',
] as const;
