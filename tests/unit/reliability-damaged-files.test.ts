// Wrong keys and damaged files, through the real core and the harness.
// See tests/reliability/damaged-files.ts for each case and why the read-only case is emulated.
import { beforeAll, describe, expect, it } from 'vitest';
import { runDamagedFileChecks, type DamageFigures } from '../reliability/damaged-files.ts';

describe('wrong keys and damaged files', () => {
  let figures: DamageFigures;
  beforeAll(async () => {
    figures = await runDamagedFileChecks({ wrongTries: 100 });
  }, 120_000);

  it('100 wrong passphrases (and 10 wrong recovery codes): one clear answer each, every file unchanged', () => {
    console.info('damaged files:', JSON.stringify({ ...figures, cases: figures.cases.map((c) => `${c.ok ? 'ok' : 'FAIL'} ${c.name}`) }));
    expect(figures.wrong_key_tries).toBeGreaterThanOrEqual(110);
    expect(figures.wrong_key_unlocked).toBe(0);
    expect(figures.wrong_passphrase_distinct_messages).toBe(1);
    expect(figures.wrong_recovery_code_distinct_messages).toBe(1);
    const wrong = figures.cases[0]!;
    expect(wrong.message).toMatch(/wrong_passphrase: That passphrase does not match/);
    expect(wrong.filesChanged).toEqual([]);
  });

  const names = [
    'database cut to half its size',
    'database cut to 0 bytes',
    'database missing its last 100 bytes',
    'database with bytes flipped in a middle page',
    'database with bytes flipped in its first page',
    'database with bytes flipped in a middle page after a clean close, its times put back',
    'damage below the file system, found by the check just after unlock',
    'key file garbled (one character)',
    'key file cut short',
    'key file missing, journal present',
    '-wal missing beside a -shm that needs it',
    '-wal missing, but everything was already checkpointed',
    'data folder replaced by a file mid-session (read-only emulation)',
  ];
  it.each(names)('%s: a clear message naming what is wrong and what to do, nothing overwritten, no empty journal', (name) => {
    const found = figures.cases.find((c) => c.name === name);
    expect(found, `case ${name} ran`).toBeDefined();
    expect({ name, filesChanged: found!.filesChanged, silentEmptyJournal: found!.silentEmptyJournal, clear: found!.clear, notes: found!.notes }).toEqual({
      name,
      filesChanged: [],
      silentEmptyJournal: false,
      clear: true,
      notes: found!.notes,
    });
    expect(found!.ok, `${name}: ${found!.code} ${found!.message} ${found!.notes.join('; ')}`).toBe(true);
    if (found!.code !== 'ok') expect(found!.message).toMatch(/backup|put .* back|writable/i);
  });

  it('counts every case, all clear', () => {
    expect(figures.files_changed).toBe(0);
    expect(figures.silent_empty_journals).toBe(0);
    expect(figures.damaged_cases_clear).toBe(figures.damaged_cases);
  });
});
