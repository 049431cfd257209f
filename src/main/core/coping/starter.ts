// The starter coping box, from the source material's four kinds of relief: the one migration 003
// seeds into every new journal, also shown whenever the person's own box cannot be read (locked with
// "only after unlock", or a damaged locked copy). Never a rubber band: see docs/design.md.
import type { CopingItem, CopingKind } from '../../../shared/contract/coping.ts';
import { STARTER_BOX_AT_VERSION_3 } from '../db/migrations/003-coping.ts';

export interface StarterItem {
  key: string;
  kind: CopingKind;
  title: string;
}

export const starterItems: readonly StarterItem[] = STARTER_BOX_AT_VERSION_3;

/** The starter box as items; negative ids say "not from your journal". */
export function starterBox(): CopingItem[] {
  return starterItems.map((item, index) => ({
    id: -(index + 1),
    starterKey: item.key,
    kind: item.kind,
    title: item.title,
    note: '',
    hidden: false,
    favourite: false,
  }));
}
