// The starter coping box, from the source material's four kinds of relief. Seeded into every new
// journal by migration 003 and shown whenever the person's own box cannot be read (locked with
// "only after unlock", or a damaged locked copy). Never a rubber band: see docs/design.md.
import type { CopingItem, CopingKind } from '../../../shared/contract/coping.ts';

export interface StarterItem {
  key: string;
  kind: CopingKind;
  title: string;
}

export const starterItems: readonly StarterItem[] = [
  { key: 'ice', kind: 'sensory', title: 'Hold an ice cube' },
  { key: 'sour-spicy', kind: 'sensory', title: 'Taste something very sour or spicy' },
  { key: 'film', kind: 'distraction', title: 'Watch a film' },
  { key: 'puzzle', kind: 'distraction', title: 'Do a hard puzzle' },
  { key: 'hobby', kind: 'distraction', title: 'Spend time on a focused hobby' },
  { key: 'write-anger', kind: 'release', title: 'Write about the anger' },
  { key: 'poem', kind: 'release', title: 'Write a poem' },
  { key: 'exercise', kind: 'release', title: 'Do some intense exercise' },
  { key: 'bath', kind: 'soothing', title: 'Take a warm bath' },
  { key: 'music', kind: 'soothing', title: 'Listen to soothing music' },
  { key: 'lotion', kind: 'soothing', title: 'Use a lotion that smells nice' },
];

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
