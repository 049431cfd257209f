// Which screen "I self-harmed" was pressed on, so the relapse screen can lead back there.
import type { WordKey } from '../../../../shared/vocabulary.ts';
import type { ScreenId } from '../../api/navigation';

export type RelapseOrigin = 'journal' | 'coping' | 'recovery';

const backLabels: Record<RelapseOrigin, WordKey | 'Back to the journal'> = {
  journal: 'Back to the journal',
  coping: 'backToCopingBox',
  recovery: 'backToRecovery',
};

let origin: RelapseOrigin = 'journal';

export function openRelapseSupport(navigate: (to: ScreenId) => void, from: RelapseOrigin): void {
  origin = from;
  navigate('relapse');
}

/** Where to go back to, with its button label in the current mode's words. */
export function relapseOrigin(w: (key: WordKey) => string): { screen: RelapseOrigin; backLabel: string } {
  const label = backLabels[origin];
  return { screen: origin, backLabel: label === 'Back to the journal' ? label : w(label) };
}
