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

/** Each section's title, as the plan, its printout and the wallet card show it. */
export const safetyPlanSectionTitles: Record<SafetyPlanSection, string> = {
  warning_signs: 'Warning signs',
  alone: 'Things I can do on my own',
  distractions: 'People and places that take my mind off things',
  helpers: 'People I can ask for help',
  professionals: 'Professionals and services',
  safer_surroundings: 'Making my surroundings safer',
  reasons: 'My reasons for living',
};

/** Sections that also hold people or services (name + how to reach them). */
export const contactSections = ['distractions', 'helpers', 'professionals'] as const;

export const COPING_TITLE_MAX = 120;
export const COPING_NOTE_MAX = 2000;
export const SAFETY_SECTION_MAX = 4000;
/** A person or service in the safety plan: name, how to reach them, country. */
export const CONTACT_NAME_MAX = 200;
export const CONTACT_REACH_MAX = 300;
export const CONTACT_COUNTRY_MAX = 100;
