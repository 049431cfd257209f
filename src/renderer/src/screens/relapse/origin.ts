// Which screen "I self-harmed" was pressed on, so the relapse screen can lead back there.
import type { ScreenId } from '../shell/navigation';

export type RelapseOrigin = 'journal' | 'coping' | 'recovery';

const backLabels: Record<RelapseOrigin, string> = {
  journal: 'Back to the journal',
  coping: 'Back to the coping box',
  recovery: 'Back to Recovery',
};

let origin: RelapseOrigin = 'journal';

export function openRelapseSupport(navigate: (to: ScreenId) => void, from: RelapseOrigin): void {
  origin = from;
  navigate('relapse');
}

export function relapseOrigin(): { screen: RelapseOrigin; backLabel: string } {
  return { screen: origin, backLabel: backLabels[origin] };
}
