// Discreet mode in the BUILT main bundle, run under the recording electron stand-in over the real
// core: window titles, the tray, the application menu, the evening reminder's notification and the
// names of saved files use neutral words, and the usual words come back when it is turned off.
// Run `npx electron-vite build` first (npm test does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchWithStandIn, type Snapshot, type StandInApp } from '../electron-standin/launch.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { revealingWords } from '../../src/shared/vocabulary.ts';

const MAIN = { window: 0 } as const;
const PASSPHRASE = 'quiet harbour evening';

/** Every word the main process put where someone could see it. */
function visibleWords(snapshot: Snapshot): string[] {
  const labels = (items: Snapshot['trays'][number]['menu']): string[] =>
    items.flatMap((item) => [item.label ?? '', ...labels(item.submenu ?? [])]);
  return [
    ...snapshot.windows.map((w) => String(w.options.title ?? '')),
    ...snapshot.trays.flatMap((t) => [t.tooltip, ...labels(t.menu)]),
    ...labels(snapshot.menu ?? []),
    ...snapshot.notifications.flatMap((n) => [n.title ?? '', n.body ?? '']),
    ...snapshot.saveDialogs.map((d) => basename(String(d.defaultPath ?? ''))),
  ];
}

describe('discreet mode in the built app', () => {
  const temp = makeTempDir('harbor-discreet-electron-');
  let app: StandInApp;
  let first: Snapshot;

  beforeAll(async () => {
    // Discreet mode and a reminder due now, both set before Harbor starts: the reminder shows at once.
    const now = new Date();
    const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    writeFileSync(join(temp.dir, 'settings.json'), JSON.stringify({ discreetMode: true }));
    writeFileSync(join(temp.dir, 'reminder.json'), JSON.stringify({ enabled: true, time }));
    app = await launchWithStandIn({ dataDir: temp.dir });
    first = await app.snapshot();
  });
  afterAll(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it('names both windows, the tray and the menu neutrally from the start', () => {
    expect(first.windows.map((w) => w.options.title)).toEqual(['Notes', 'Notes']);
    expect(first.trays[0]!.tooltip).toBe('Notes');
    expect(first.trays[0]!.menu.map((m) => m.label).filter(Boolean)).toEqual(['Open', 'Open toolbox', 'Lock', 'Quit']);
    expect(first.menu?.[0]?.label).toBe('Notes');
  });

  it('shows the evening reminder as "Reminder", with wording that does not say what the app is for', () => {
    expect(first.notifications).toEqual([{ title: 'Reminder', body: 'Time for your evening check-in', shown: true }]);
  });

  it('suggests neutral names for exported files and backups', async () => {
    expect(await app.invoke('harbor:vaultCreate', { passphrase: PASSPHRASE }, MAIN)).toMatchObject({ ok: true });
    const range = { from: '2025-03-10', to: '2025-03-16', understood: true };
    for (const format of ['diary-pdf', 'diary-csv', 'journal-md', 'journal-json']) {
      expect(await app.invoke('harbor:recoveryExport', { format, ...range }, MAIN), format).toMatchObject({
        ok: true,
        value: { delivery: 'cancelled' },
      });
    }
    expect(await app.invoke('harbor:safetyPlanWalletCard', { understood: true }, MAIN)).toMatchObject({ ok: true, value: { delivery: 'cancelled' } });
    const names = (await app.snapshot()).saveDialogs.map((d) => basename(String(d.defaultPath)));
    expect(names).toEqual([
      'notes-2025-03-10-to-2025-03-16.pdf',
      'notes-2025-03-10-to-2025-03-16.csv',
      'notes-2025-03-10-to-2025-03-16.md',
      'notes-2025-03-10-to-2025-03-16.json',
      'notes-card.pdf',
    ]);
  });

  it('never shows a revealing word anywhere the main process writes', async () => {
    const words = visibleWords(await app.snapshot());
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((w) => revealingWords.test(w) || /coping|safety|harbor|diary/i.test(w))).toEqual([]);
  });

  it('uses the usual words again once discreet mode is off', async () => {
    expect(await app.invoke('harbor:settingsUpdate', { discreetMode: false }, MAIN)).toMatchObject({ ok: true });
    const after = await app.snapshot();
    expect(after.trays[0]!.tooltip).toBe('Harbor');
    expect(after.trays[0]!.menu.map((m) => m.label).filter(Boolean)).toEqual(['Open Harbor', 'Open coping box', 'Lock', 'Quit']);
    expect(after.menu?.[0]?.label).toBe('Harbor');
    await app.invoke('harbor:safetyPlanWalletCard', { understood: true }, MAIN);
    expect(basename(String((await app.snapshot()).saveDialogs.at(-1)?.defaultPath))).toBe('safety-plan-wallet-card.pdf');
  });
});
