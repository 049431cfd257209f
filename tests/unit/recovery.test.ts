// Phases, phase notes and relapses through the real core over a real encrypted database.
import { afterEach, describe, expect, it } from 'vitest';
import type { CopingBoxView, SafetyPlanView } from '../../src/shared/contract/coping.ts';
import type { Relapse, RecoveryOverview } from '../../src/shared/contract/recovery.ts';
import { unlockedCore } from '../support/core.ts';

type Harness = Awaited<ReturnType<typeof unlockedCore>>;
let h: Harness | null = null;
afterEach(() => {
  h?.cleanup();
  h = null;
});

/** A core whose clock the test moves by hand (local time). */
async function coreAt(start: Date) {
  let now = start;
  h = await unlockedCore({ now: () => now });
  return { h, setNow: (next: Date) => (now = next) };
}

const emptyReflection = { vulnerable: '', trigger: '', thoughts: '', feelings: '', after: '', nextTime: '' };

describe('recovery phases', () => {
  it('records each change of phase with its day; choosing the same phase again adds nothing', async () => {
    const { h, setNow } = await coreAt(new Date(2025, 2, 10, 19, 30));
    const first = await h.value<RecoveryOverview>('recoveryOverview');
    expect(first.current).toBeNull();
    expect(first.history).toEqual([]);

    const chosen = await h.value<RecoveryOverview>('recoverySetPhase', { phase: 'awareness' });
    expect(chosen.current).toMatchObject({ phase: 'awareness', day: '2025-03-10' });

    setNow(new Date(2025, 2, 12, 9, 0));
    const again = await h.value<RecoveryOverview>('recoverySetPhase', { phase: 'awareness' });
    expect(again.history).toHaveLength(1);
    expect(again.current?.day).toBe('2025-03-10');

    setNow(new Date(2025, 3, 2, 21, 15));
    const moved = await h.value<RecoveryOverview>('recoverySetPhase', { phase: 'skills' });
    expect(moved.current).toMatchObject({ phase: 'skills', day: '2025-04-02', chosenAt: new Date(2025, 3, 2, 21, 15).getTime() });
    expect(moved.history.map((c) => [c.phase, c.day])).toEqual([
      ['skills', '2025-04-02'],
      ['awareness', '2025-03-10'],
    ]);

    // Going back is allowed and is just another dated change.
    setNow(new Date(2025, 3, 20, 8, 0));
    const back = await h.value<RecoveryOverview>('recoverySetPhase', { phase: 'awareness' });
    expect(back.history.map((c) => c.phase)).toEqual(['awareness', 'skills', 'awareness']);

    const refused = await h.core.call('recoverySetPhase', { phase: 'streak' });
    expect(refused.ok).toBe(false);
  });

  it('keeps the notes the steps ask for', async () => {
    const { h } = await coreAt(new Date(2025, 2, 10, 19, 30));
    await h.value('recoverySaveNote', { key: 'why_change', body: 'I want to feel my feelings without hurting myself.' });
    await h.value('recoverySaveNote', { key: 'values', body: 'I listen well.' });
    await h.value('recoverySaveNote', { key: 'values', body: 'I listen well. I keep going.' });
    const overview = await h.value<RecoveryOverview>('recoveryOverview');
    expect(overview.notes).toEqual({
      why_change: 'I want to feel my feelings without hurting myself.',
      values: 'I listen well. I keep going.',
      problem_solving: '',
    });
  });

  it('shows the most used triggers from the journal, the urges waited out with the timer, and the support network', async () => {
    const { h } = await coreAt(new Date(2025, 2, 20, 21, 0));
    const checkIn = (triggers: { name: string; kind: string }[]) => ({ triggers });
    await h.value('journalSaveEntry', { day: '2025-03-10', checkIn: checkIn([{ name: 'Argument', kind: 'situation' }, { name: 'Lonely', kind: 'feeling' }]) });
    await h.value('journalSaveEntry', { day: '2025-03-11', checkIn: checkIn([{ name: 'argument', kind: 'situation' }]) });
    await h.value('journalSaveEntry', { day: '2025-03-12', checkIn: checkIn([{ name: 'Argument', kind: 'situation' }, { name: 'Tired', kind: 'feeling' }]) });
    await h.value('journalSaveEntry', { day: '2025-03-13', checkIn: checkIn([{ name: 'Lonely', kind: 'feeling' }]) });
    // A deleted check-in's triggers do not count.
    await h.value('journalSaveEntry', { day: '2025-03-14', checkIn: checkIn([{ name: 'Tired', kind: 'feeling' }]) });
    await h.value('journalSaveEntry', { day: '2025-03-15', checkIn: checkIn([{ name: 'Tired', kind: 'feeling' }]) });
    await h.value('journalDeleteEntry', { day: '2025-03-15' });

    const use = (outcome: string | null, ended: boolean) => ({
      id: crypto.randomUUID(),
      startedAt: new Date(2025, 2, 12, 22, 0).getTime(),
      endedAt: ended ? new Date(2025, 2, 12, 22, 10).getTime() : null,
      minutesPlanned: 10,
      urgeBefore: 8,
      urgeAfter: ended ? 4 : null,
      outcome,
      items: [],
      note: '',
    });
    await h.value('copingUseSave', use('eased', true));
    await h.value('copingUseSave', use('time-up', true));
    await h.value('copingUseSave', use('stopped', true));
    await h.value('copingUseSave', use(null, false));

    const plan = await h.value<SafetyPlanView>('safetyPlanGet');
    await h.value('safetyPlanSave', {
      sections: plan.sections,
      contacts: [
        { section: 'helpers', name: 'Sam', reach: '0123', country: '' },
        { section: 'helpers', name: 'Aunt Jo', reach: '', country: '' },
        { section: 'professionals', name: 'Dr Lee', reach: 'clinic', country: '' },
      ],
    });
    const box = await h.value<CopingBoxView>('copingBox');

    const overview = await h.value<RecoveryOverview>('recoveryOverview');
    expect(overview.topTriggers).toEqual([
      { name: 'Argument', kind: 'situation', uses: 3 },
      // Equal counts: the one seen most recently first (Tired on the 14th, Lonely on the 13th).
      { name: 'Tired', kind: 'feeling', uses: 2 },
      { name: 'Lonely', kind: 'feeling', uses: 2 },
    ]);
    expect(overview.coping).toEqual({ items: box.items.filter((i) => !i.hidden).length, urgesDelayed: 2 });
    expect(overview.support).toEqual({ people: 2, professionals: 1 });
  });
});

describe('relapses', () => {
  it('records a relapse as data, saves the reflection, and a warning sign lands in the safety plan', async () => {
    const { h } = await coreAt(new Date(2025, 2, 20, 21, 0));
    const plan = await h.value<SafetyPlanView>('safetyPlanGet');
    await h.value('safetyPlanSave', {
      sections: { ...plan.sections, warning_signs: 'I stop eating', reasons: 'My cat' },
      contacts: [{ section: 'helpers', name: 'Sam', reach: '0123', country: 'UK' }],
    });

    const future = await h.core.call('relapseRecord', { day: '2025-03-21' });
    expect(future.ok).toBe(false);

    const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-20' });
    expect(relapse).toMatchObject({ day: '2025-03-20', reflectedAt: null, reflection: emptyReflection, planChanges: [] });

    const reflection = {
      vulnerable: 'Little sleep, skipped lunch',
      trigger: 'A message from my ex',
      thoughts: 'Nobody cares',
      feelings: 'Shame, anger',
      after: 'I called Sam',
      nextTime: 'Ice and a walk',
    };
    const reflected = await h.value<Relapse>('relapseReflect', { id: relapse.id, reflection });
    expect(reflected.reflection).toEqual(reflection);
    expect(reflected.reflectedAt).toBe(new Date(2025, 2, 20, 21, 0).getTime());

    const added = await h.value<{ relapse: Relapse; message: string }>('relapseAddToPlan', {
      id: relapse.id,
      kind: 'warning_sign',
      text: 'Skipping meals',
    });
    expect(added.message).toMatch(/warning signs/);
    expect(added.relapse.planChanges).toEqual([{ kind: 'warning_sign', text: 'Skipping meals', madeAt: expect.any(Number) }]);

    const after = await h.value<SafetyPlanView>('safetyPlanGet');
    expect(after.sections.warning_signs).toBe('I stop eating\nSkipping meals');
    // The rest of the plan is untouched.
    expect(after.sections.reasons).toBe('My cat');
    expect(after.contacts).toEqual([{ section: 'helpers', name: 'Sam', reach: '0123', country: 'UK' }]);

    // The same sign again is not written twice.
    const again = await h.value<{ relapse: Relapse; message: string }>('relapseAddToPlan', { id: relapse.id, kind: 'warning_sign', text: 'skipping meals' });
    expect(again.message).toMatch(/already/);
    expect((await h.value<SafetyPlanView>('safetyPlanGet')).sections.warning_signs).toBe('I stop eating\nSkipping meals');

    const listed = await h.value<RecoveryOverview>('recoveryOverview');
    expect(listed.relapses).toHaveLength(1);
    expect(listed.relapses[0]).toMatchObject({ id: relapse.id, reflection });
  });

  it('adds a coping item to the box in one step', async () => {
    const { h } = await coreAt(new Date(2025, 2, 20, 21, 0));
    const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-19' });
    const added = await h.value<{ relapse: Relapse; message: string }>('relapseAddToPlan', {
      id: relapse.id,
      kind: 'coping_item',
      text: '  Cold shower  ',
      copingKind: 'sensory',
    });
    expect(added.message).toBe('Added “Cold shower” to your coping box.');
    const box = await h.value<CopingBoxView>('copingBox');
    expect(box.items.filter((i) => i.title === 'Cold shower')).toEqual([expect.objectContaining({ kind: 'sensory', hidden: false })]);
    expect(added.relapse.planChanges).toEqual([{ kind: 'coping_item', text: 'Cold shower', madeAt: expect.any(Number) }]);
  });

  it('refuses plan changes for a relapse that is gone, and removing one keeps what was added to the plan', async () => {
    const { h } = await coreAt(new Date(2025, 2, 20, 21, 0));
    const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-18' });
    await h.value('relapseAddToPlan', { id: relapse.id, kind: 'warning_sign', text: 'Staying in bed' });
    expect(await h.value('relapseDelete', { id: relapse.id })).toEqual({ deleted: true });
    expect((await h.value<RecoveryOverview>('recoveryOverview')).relapses).toEqual([]);
    expect((await h.value<SafetyPlanView>('safetyPlanGet')).sections.warning_signs).toBe('Staying in bed');

    const gone = await h.core.call('relapseAddToPlan', { id: relapse.id, kind: 'warning_sign', text: 'x' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const empty = await h.core.call('relapseAddToPlan', { id: 1, kind: 'coping_item', text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is not readable while Harbor is locked', async () => {
    const { h } = await coreAt(new Date(2025, 2, 20, 21, 0));
    await h.value('relapseRecord', { day: '2025-03-20' });
    await h.value('vaultLock');
    for (const method of ['recoveryOverview', 'relapseRecord', 'recoveryExport']) {
      const result = await h.core.call(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });
});
