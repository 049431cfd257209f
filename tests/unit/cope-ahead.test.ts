// Cope-ahead plans on a real encrypted journal: made for today or later (a day gone by is refused
// in the person's words), edited and deleted; shown in the coping box only on their day; and in
// the locked copy only when the person allowed their box and plan while locked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CopeAheadPlan } from '../../src/shared/contract/cope-ahead.ts';
import { TEST_PASSPHRASE, unlockedCore } from '../support/core.ts';
import { testKeychain } from '../support/keychain.ts';

type Core = Awaited<ReturnType<typeof unlockedCore>>;
let open: Core[] = [];
afterEach(() => {
  for (const h of open) h.cleanup();
  open = [];
});

/** A journal whose clock the test moves. */
async function journal(options: { keychain?: ReturnType<typeof testKeychain> } = {}) {
  const clock = { now: new Date('2025-03-10T18:00:00') };
  const h = await unlockedCore({ ...options, now: () => clock.now });
  open.push(h);
  return { ...h, clock };
}

const examDay = {
  id: null,
  day: '2025-03-12',
  name: 'The exam',
  mightHappen: 'I freeze on the first question and feel everyone watching.',
  skills: [
    { title: 'Hold an ice cube', itemId: null },
    { title: 'Paced breathing, 4 in and 6 out', itemId: null },
  ],
  people: ['Sam'],
  note: 'Eat breakfast first.',
};

async function today(h: Core): Promise<CopeAheadPlan[]> {
  return (await h.value<{ plans: CopeAheadPlan[] }>('copeAheadToday')).plans;
}

describe('cope-ahead plans', () => {
  it('makes, edits and deletes a plan, and lists it soonest first', async () => {
    const h = await journal();
    const box = await h.value<{ items: { id: number; title: string }[] }>('copingBox');
    const ice = box.items[0]!;
    const made = await h.value<CopeAheadPlan>('copeAheadSave', { ...examDay, skills: [{ title: ice.title, itemId: ice.id }] });
    expect(made).toMatchObject({ day: '2025-03-12', name: 'The exam', skills: [{ title: ice.title, itemId: ice.id }], people: ['Sam'] });
    const later = await h.value<CopeAheadPlan>('copeAheadSave', { ...examDay, day: '2025-04-02', name: 'Anniversary' });
    await h.value('copeAheadSave', { ...examDay, day: '2025-03-10', name: 'Hospital appointment' });

    const listed = await h.value<{ today: string; plans: CopeAheadPlan[] }>('copeAheadList');
    expect(listed.today).toBe('2025-03-10');
    expect(listed.plans.map((p) => p.name)).toEqual(['Hospital appointment', 'The exam', 'Anniversary']);

    const edited = await h.value<CopeAheadPlan>('copeAheadSave', { ...examDay, id: made.id, name: 'The maths exam', people: ['Sam', 'Mum'] });
    expect(edited).toMatchObject({ id: made.id, name: 'The maths exam', people: ['Sam', 'Mum'] });
    await h.value('copeAheadDelete', { id: later.id });
    const after = await h.value<{ plans: CopeAheadPlan[] }>('copeAheadList');
    expect(after.plans.map((p) => p.name)).toEqual(['Hospital appointment', 'The maths exam']);

    // Deleting again, or editing what is gone, says so plainly.
    const again = await h.core.call('copeAheadDelete', { id: later.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That plan was not found. It may have been deleted already.' } });
  });

  it('refuses a day that has passed, in the person’s words, and keeps nothing', async () => {
    const h = await journal();
    const result = await h.core.call('copeAheadSave', { ...examDay, day: '2025-03-09' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'That day has already passed. Choose today or a day still to come.' } });
    const empty = await h.core.call('copeAheadSave', { ...examDay, name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringContaining('Give the day a short name') } });
    expect((await h.value<{ plans: unknown[] }>('copeAheadList')).plans).toEqual([]);
  });

  it('shows a plan in the coping box only on its day', async () => {
    const h = await journal();
    await h.value('copeAheadSave', examDay);
    expect(await today(h)).toEqual([]);
    h.clock.now = new Date('2025-03-11T23:59:00');
    expect(await today(h)).toEqual([]);
    h.clock.now = new Date('2025-03-12T00:01:00');
    expect((await today(h)).map((p) => p.name)).toEqual(['The exam']);
    h.clock.now = new Date('2025-03-12T23:30:00');
    expect((await today(h)).map((p) => p.name)).toEqual(['The exam']);
    h.clock.now = new Date('2025-03-13T09:00:00');
    expect(await today(h)).toEqual([]);
  });

  it('keeps nothing of the plan outside the journal while the box opens only after unlock', async () => {
    const h = await journal(); // no keychain, no choice yet: "only after unlock"
    await h.value('copeAheadSave', { ...examDay, day: '2025-03-10' });
    expect((await today(h)).map((p) => p.name)).toEqual(['The exam']);
    await h.value('vaultLock');
    expect(await today(h)).toEqual([]);
    expect(() => readFileSync(join(h.dataDir, 'coping-locked.json'))).toThrow();
  });

  it('shows the plan while locked when the person allowed their box and plan then', async () => {
    const h = await journal();
    await h.value('copingSetLockedAccess', { choice: 'while-locked' });
    await h.value('copeAheadSave', { ...examDay, day: '2025-03-10' });
    await h.value('copeAheadSave', { ...examDay, name: 'Not yet' });
    await h.value('vaultLock');
    expect((await today(h)).map((p) => p.name)).toEqual(['The exam']);
    // Written before the lock, the copy still shows the next plan on its own day.
    h.clock.now = new Date('2025-03-12T08:00:00');
    expect((await today(h)).map((p) => p.name)).toEqual(['Not yet']);
    // Choosing "only after unlock" again takes the plans out with the rest of the copy.
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await h.value('copingSetLockedAccess', { choice: 'after-unlock' });
    await h.value('vaultLock');
    expect(await today(h)).toEqual([]);
  });

  it('seals the plan in the copy with the keychain, and the copy follows a deletion', async () => {
    const keychain = testKeychain();
    const h = await journal({ keychain });
    const plan = await h.value<CopeAheadPlan>('copeAheadSave', { ...examDay, day: '2025-03-10' });
    expect(readFileSync(join(h.dataDir, 'coping-locked.json'), 'utf8')).not.toContain('The exam');
    await h.value('vaultLock');
    expect((await today(h)).map((p) => p.name)).toEqual(['The exam']);
    await h.value('vaultUnlock', { passphrase: TEST_PASSPHRASE });
    await h.value('copeAheadDelete', { id: plan.id });
    await h.value('vaultLock');
    expect(await today(h)).toEqual([]);
  });
});
