// Which lapse's chain analysis is open, and where closing it leads: back to where "I self-harmed"
// was pressed, or to the list on Recovery, which then opens on that list.
import type { ScreenId } from '../../api/navigation';
import { openRecoveryOnRelapses, type RelapseOrigin } from '../relapse/origin';

export interface ChainTarget {
  relapseId: number;
  /** The screen the person came from; Recovery opens on its list of lapses. */
  back: RelapseOrigin;
}

let target: ChainTarget | null = null;

export function openChainAnalysis(navigate: (to: ScreenId) => void, relapseId: number, back: RelapseOrigin): void {
  target = { relapseId, back };
  navigate('chain');
}

export function chainTarget(): ChainTarget | null {
  return target;
}

/** Closes the analysis; the screen's own drafts are flushed as it unmounts. */
export function leaveChainAnalysis(navigate: (to: ScreenId) => void, back: RelapseOrigin): void {
  if (back === 'recovery') openRecoveryOnRelapses();
  navigate(back);
}
