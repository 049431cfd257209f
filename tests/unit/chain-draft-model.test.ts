// The chain analysis as the page holds it: what is saved from it (blank lines and empty links left
// out, everything else as typed and in order) and how links move.
import { describe, expect, it } from 'vitest';
import { moved, toContent, toDraft } from '../../src/renderer/src/screens/chain/chain-model.ts';

describe('chain analysis draft', () => {
  it('saves what was written, in order, without blank lines or empty links', () => {
    const draft = toDraft({
      vulnerabilities: ['Tired', 'Skipped meals'],
      promptingEvent: 'A message',
      links: [
        { kind: 'feeling', text: 'Shame', repair: '' },
        { kind: 'thought', text: 'I ruin everything', repair: 'Text Sam' },
      ],
      whatHappened: '',
      consequences: 'Tired after',
    });
    draft.vulnerabilities.push({ key: -1, text: '   ' });
    draft.links.push({ key: -2, kind: 'body', text: ' ', repair: '' }, { key: -3, kind: 'action', text: '', repair: 'Go outside' });
    expect(toContent(draft)).toEqual({
      vulnerabilities: ['Tired', 'Skipped meals'],
      promptingEvent: 'A message',
      links: [
        { kind: 'feeling', text: 'Shame', repair: '' },
        { kind: 'thought', text: 'I ruin everything', repair: 'Text Sam' },
        // A link with only a repair still holds words the person typed.
        { kind: 'action', text: '', repair: 'Go outside' },
      ],
      whatHappened: '',
      consequences: 'Tired after',
    });
  });

  it('starts an empty analysis with one line to write in, and keeps keys apart', () => {
    const draft = toDraft({ vulnerabilities: [], promptingEvent: '', links: [], whatHappened: '', consequences: '' });
    expect(draft.vulnerabilities.map((l) => l.text)).toEqual(['']);
    const again = toDraft({ vulnerabilities: ['a', 'b'], promptingEvent: '', links: [], whatHappened: '', consequences: '' });
    expect(new Set([...draft.vulnerabilities, ...again.vulnerabilities].map((l) => l.key)).size).toBe(3);
  });

  it('moves one item up or down and leaves the rest in order', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    const list = ['a', 'b'];
    moved(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});
