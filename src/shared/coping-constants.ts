// Coping box and safety plan constants, without zod, so the small coping window bundle can use
// them (contract/coping.ts builds its schemas from these).
export const copingKinds = ['sensory', 'distraction', 'release', 'soothing', 'own'] as const;
export type CopingKind = (typeof copingKinds)[number];

export const safetyPlanSections = [
  'warning_signs',
  'alone',
  'distractions',
  'helpers',
  'professionals',
  'safer_surroundings',
  'reasons',
] as const;
export type SafetyPlanSection = (typeof safetyPlanSections)[number];

/** Sections that also hold people or services (name + how to reach them). */
export const contactSections = ['distractions', 'helpers', 'professionals'] as const;

export const COPING_TITLE_MAX = 120;
export const COPING_NOTE_MAX = 2000;
export const SAFETY_SECTION_MAX = 4000;
