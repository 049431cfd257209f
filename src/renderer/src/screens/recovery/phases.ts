// The three phases from the source material, in plain words. The words live in the page; main
// stores only the key.
import type { Phase } from '../../../../shared/contract/recovery.ts';
import type { WordKey } from '../../../../shared/vocabulary.ts';

/** `description` starts with a vocabulary word where the usual words would say what Harbor is for. */
export const phaseInfo: Record<Phase, { title: string; description: string; opening?: WordKey }> = {
  awareness: {
    title: 'Awareness and decision',
    opening: 'awarenessPhase',
    description:
      'You decide, for yourself, that you want to find other ways. You start to notice what comes before an urge: situations, thoughts and feelings.',
  },
  skills: {
    title: 'Skill acquisition and implementation',
    description:
      'You build a toolbox of other things to do when an urge comes: strong but harmless sensations, distraction, letting feelings out, comfort. You practise delaying the urge, which often passes within 5 to 15 minutes, and using a skill instead.',
  },
  maintenance: {
    title: 'Maintenance and integration',
    description:
      'The new skills become part of everyday life. You grow your sense of your own worth, a network of people who support you, and ways to solve problems and handle relationships. Setbacks can still happen; they are part of the path, not the end of it.',
  },
};
