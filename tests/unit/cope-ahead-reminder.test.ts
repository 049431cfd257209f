// The evening before a cope-ahead plan's day, in the BUILT main bundle under the recording
// electron stand-in over the real core: one neutral notification at the evening time, with none
// of the plan's words; none when the plan is for another day; none while locked when the person
// keeps their box and plan only after unlock. Run `npx electron-vite build` first (npm test does).
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithStandIn, type Snapshot } from '../electron-standin/launch.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { addDays, calendarDayOf } from '../../src/shared/calendar.ts';

const MAIN = { window: 0 } as const;
const PASSPHRASE = 'quiet harbour evening';
const temp = makeTempDir('harbor-cope-ahead-reminder-');
afterAll(() => temp.cleanup());

const now = new Date();
const today = calendarDayOf(now);
// The evening check-in reminder is off; its time (now) is when the plan's reminder is due.
const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
writeFileSync(join(temp.dir, 'reminder.json'), JSON.stringify({ enabled: false, time }));

const plan = {
  name: 'Grandad anniversary',
  mightHappen: 'Everyone talks about him at dinner.',
  skills: [{ title: 'Cold water on my face', itemId: null }],
  people: ['Sam'],
  note: 'Leave the table if I need to.',
};

/** Starts Harbor (locked, as after a restart), lets `act` change things, and returns what it notified. */
async function launch(act?: (invoke: (channel: string, input: unknown) => Promise<unknown>) => Promise<void>): Promise<Snapshot['notifications']> {
  const app = await launchWithStandIn({ dataDir: temp.dir });
  try {
    const notifications = (await app.snapshot()).notifications;
    if (act) await act((channel, input) => app.invoke(channel, input, MAIN));
    return notifications;
  } finally {
    await app.stop();
  }
}

const ok = (value: unknown) => expect(value).toMatchObject({ ok: true });

describe('the reminder the evening before a cope-ahead plan', () => {
  let planId = 0;

  it('shows nothing before there is a plan', async () => {
    const notifications = await launch(async (invoke) => {
      ok(await invoke('harbor:vaultCreate', { passphrase: PASSPHRASE }));
      ok(await invoke('harbor:copingSetLockedAccess', { choice: 'while-locked' }));
      const saved = (await invoke('harbor:copeAheadSave', { id: null, day: addDays(today, 1), ...plan })) as { ok: true; value: { id: number } };
      ok(saved);
      planId = saved.value.id;
      ok(await invoke('harbor:vaultLock', {}));
    });
    expect(notifications).toEqual([]);
  });

  it('says only that tomorrow’s plan is ready, the evening before, while Harbor is locked', async () => {
    const notifications = await launch(async (invoke) => {
      ok(await invoke('harbor:vaultUnlock', { passphrase: PASSPHRASE }));
      // Then the plan moves to the day after tomorrow, for the next start.
      ok(await invoke('harbor:copeAheadSave', { id: planId, day: addDays(today, 2), ...plan }));
      ok(await invoke('harbor:vaultLock', {}));
    });
    expect(notifications).toEqual([{ title: 'Harbor', body: 'Tomorrow: your plan is ready', shown: true }]);
    expect(JSON.stringify(notifications)).not.toMatch(/Grandad|anniversary|dinner|Sam|water/i);
  });

  it('shows nothing when the plan is for another day', async () => {
    const notifications = await launch(async (invoke) => {
      ok(await invoke('harbor:vaultUnlock', { passphrase: PASSPHRASE }));
      ok(await invoke('harbor:copeAheadSave', { id: planId, day: addDays(today, 1), ...plan }));
      ok(await invoke('harbor:copingSetLockedAccess', { choice: 'after-unlock' }));
      ok(await invoke('harbor:vaultLock', {}));
    });
    expect(notifications).toEqual([]);
  });

  it('shows nothing while locked when the box and plan open only after unlock', async () => {
    expect(await launch()).toEqual([]);
  });
});
