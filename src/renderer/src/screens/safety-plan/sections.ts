// The Stanley–Brown safety plan, in the person's own words.
import type { SafetyPlanSection } from '../../../../shared/contract/coping.ts';
import { safetyPlanSectionTitles as titles } from '../../../../shared/coping-constants.ts';

export const sectionInfo: Record<SafetyPlanSection, { title: string; hint: string; contacts?: string }> = {
  warning_signs: {
    title: titles.warning_signs,
    hint: 'Thoughts, feelings, situations or things you do that tell you a hard time may be starting.',
  },
  alone: {
    title: titles.alone,
    hint: 'Things that take your mind off the urge without anyone else: a walk, music, a shower, something from your box.',
  },
  distractions: {
    title: titles.distractions,
    hint: 'A friend to chat with about anything, a café, a library, a park.',
    contacts: 'People to be with',
  },
  helpers: {
    title: titles.helpers,
    hint: 'People you trust to talk to when it gets hard, and how to reach them.',
    contacts: 'People',
  },
  professionals: {
    title: titles.professionals,
    hint: 'Your crisis line, your therapist, your doctor. Enter your own, or start from a well-known line below. These come first in “Need help now?”.',
    contacts: 'Professionals and services',
  },
  safer_surroundings: {
    title: titles.safer_surroundings,
    hint: 'Steps that put distance between you and things you could hurt yourself with, or people who can help with that.',
  },
  reasons: {
    title: titles.reasons,
    hint: 'The people, animals, plans, places and things that matter to you.',
  },
};
