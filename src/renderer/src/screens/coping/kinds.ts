// The four kinds of relief from the source material, plus the person's own.
import type { CopingKind } from '../../../../shared/contract/coping.ts';

export const kindInfo: Record<CopingKind, { label: string; description: string }> = {
  sensory: {
    label: 'Sensory engagement',
    description: 'A strong but harmless sensation, for when you feel numb or far away.',
  },
  distraction: {
    label: 'Distraction',
    description: 'Something absorbing until the urge passes. Urges often fade within 5 to 15 minutes.',
  },
  release: { label: 'Emotional release', description: 'Ways to let the feeling out without hurting yourself.' },
  soothing: { label: 'Self-soothing', description: 'Comfort through warmth, touch, smell and sound.' },
  own: { label: 'Your own', description: 'Anything else that helps you.' },
};

export const kindOrder: readonly CopingKind[] = ['sensory', 'distraction', 'release', 'soothing', 'own'];
