import type { Migration } from './migration.ts';

// Crisis lines copied from the starter list before it dropped its dates ("call or text 988 (since
// July 2022)") read plainly, as the list does now. Only those exact starter words change: a
// number the person typed themselves is theirs. The locked copy is rewritten at the next unlock.
const OLD_STARTER_WORDS: readonly [string, string][] = [
  ['call or text 988 (since July 2022)', 'call or text 988'],
  ['call or text 988 (since 30 November 2023)', 'call or text 988'],
];

export const migration016: Migration = {
  version: 16,
  name: 'crisis-line-labels',
  up(db) {
    const plain = db.prepare("UPDATE contacts SET reach = ? WHERE reach = ? AND section = 'professionals'");
    for (const [old, now] of OLD_STARTER_WORDS) plain.run(now, old);
  },
};
