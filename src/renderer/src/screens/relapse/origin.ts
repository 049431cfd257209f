// Which screen "I self-harmed" was pressed on, so the relapse screen can lead back there.
import type { WordKey } from '../../../../shared/vocabulary.ts';
import type { ScreenId } from '../../api/navigation';

export type RelapseOrigin = 'journal' | 'coping' | 'recovery';

const backLabels: Record<RelapseOrigin, WordKey | 'Back to the journal'> = {
  journal: 'Back to the journal',
  coping: 'backToCopingBox',
  recovery: 'backToRecovery',
};

/** The label that leads back to a screen, in the current mode's words. */
export function backLabel(screen: RelapseOrigin, w: (key: WordKey) => string): string {
  const label = backLabels[screen];
  return label === 'Back to the journal' ? label : w(label);
}

let origin: RelapseOrigin = 'journal';

export function openRelapseSupport(navigate: (to: ScreenId) => void, from: RelapseOrigin): void {
  origin = from;
  navigate('relapse');
}

/** Where to go back to, with its button label in the current mode's words. */
export function relapseOrigin(w: (key: WordKey) => string): { screen: RelapseOrigin; backLabel: string } {
  return { screen: origin, backLabel: backLabel(origin, w) };
}

let recoveryOnRelapses = false;

/** The next time Recovery opens, it shows the list of lapses (coming back from one of them). */
export function openRecoveryOnRelapses(): void {
  recoveryOnRelapses = true;
}

/** Whether Recovery should open on its list of lapses; asked once, as it opens. */
export function takeRecoveryOnRelapses(): boolean {
  const wanted = recoveryOnRelapses;
  recoveryOnRelapses = false;
  return wanted;
}
