// The three phases from the source material, in plain words. The words live in the page; main
// stores only the key.
import type { Phase } from '../../../../shared/contract/recovery.ts';

export const phaseInfo: Record<Phase, { title: string; description: string }> = {
  awareness: {
    title: 'Awareness and decision',
    description:
      'You see self-harm for what it is: a way of coping with very strong feelings, not a flaw in you. You decide, for yourself, that you want to find other ways. You start to notice what comes before an urge: situations, thoughts and feelings.',
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
