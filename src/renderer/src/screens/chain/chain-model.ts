// The chain analysis as the page holds it while the person writes: every line and link has a key
// that stays with it when links are reordered, and empty lines are kept on screen but not saved.
import type { ChainContent, ChainLink } from '../../../../shared/contract/chain.ts';

export interface DraftLine {
  key: number;
  text: string;
}
export interface DraftLink extends ChainLink {
  key: number;
}
export interface ChainDraft {
  vulnerabilities: DraftLine[];
  promptingEvent: string;
  links: DraftLink[];
  whatHappened: string;
  consequences: string;
}

let nextKey = 1;
export const newKey = (): number => nextKey++;

export function toDraft(content: ChainContent): ChainDraft {
  const vulnerabilities = content.vulnerabilities.map((text) => ({ key: newKey(), text }));
  return {
    // One empty line to start writing in.
    vulnerabilities: vulnerabilities.length > 0 ? vulnerabilities : [{ key: newKey(), text: '' }],
    promptingEvent: content.promptingEvent,
    links: content.links.map((link) => ({ ...link, key: newKey() })),
    whatHappened: content.whatHappened,
    consequences: content.consequences,
  };
}

const filled = (text: string) => text.trim() !== '';

export function toContent(draft: ChainDraft): ChainContent {
  return {
    vulnerabilities: draft.vulnerabilities.map((line) => line.text).filter(filled),
    promptingEvent: draft.promptingEvent,
    links: draft.links.filter((link) => filled(link.text) || filled(link.repair)).map(({ key: _key, ...link }) => link),
    whatHappened: draft.whatHappened,
    consequences: draft.consequences,
  };
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}
