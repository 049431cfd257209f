// A journal moved whole: a rich journal is exported as JSON, imported into a fresh journal, and
// every view (each day, history, search, tags, Patterns, Recovery's lapse notes and top triggers)
// gives the same payload. Database ids are the one thing that may differ, so they are left out.
// Urge-timer uses (with every re-rating and the items ticked) and cope-ahead plans move too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopingBoxView } from '../../src/shared/contract/coping.ts';
import type { ExportResult, Relapse } from '../../src/shared/contract/recovery.ts';
import { unlockedCore } from '../support/core.ts';
import { gradientPng } from '../support/png.ts';
import { wav } from '../support/wav.ts';
import { sendFile } from '../support/import-upload.ts';

const now = () => new Date('2025-06-30T20:00:00');
type Core = Awaited<ReturnType<typeof unlockedCore>>;
let from: Core;
let to: Core;

const FIRST = '2025-04-01';
const days = Array.from({ length: 60 }, (_, i) => new Date(Date.parse(`${FIRST}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));
const scripts = ['Spokojny wieczór, herbata z mamą.', '友達と話して、少し楽になった。', 'تحدثت مع صديقتي وشعرت بتحسن.'];

beforeAll(async () => {
  from = await unlockedCore({ now });
  // The fresh journal lives on a later clock, so kept times are the originals, not import times.
  to = await unlockedCore({ now: () => new Date('2025-07-15T09:00:00') });
  await from.value('journalAddEmotion', { name: 'Ulga' });
  const box = await from.value<CopingBoxView>('copingBox', {});
  const ice = box.items[0]!;
  iceItem = ice;
  for (const [i, day] of days.entries()) {
    if (i % 7 === 6) continue; // some days without a check-in
    await from.value('journalSaveEntry', {
      day,
      checkIn: {
        mood: 1 + (i % 5),
        emotions: [{ name: 'Sadness', rating: i % 6 }, { name: 'Ulga', rating: (i * 2) % 6 }],
        peakUrge: (i * 3) % 11,
        selfHarm: i % 13 === 0 ? 'yes' : i % 5 === 0 ? 'unsaid' : 'no',
        triggers: [
          { name: ['Work deadline', 'Kłótnia', '孤独'][i % 3]!, kind: 'situation' },
          ...(i % 2 ? [{ name: 'I am a burden', kind: 'thought' as const }] : []),
          ...(i % 4 === 0 ? [{ name: 'وحدة', kind: 'feeling' as const }] : []),
        ],
        helped: [{ label: ice.title, rating: i % 6, copingItemId: ice.id }, ...(i % 3 ? [{ label: 'Walk', rating: null }] : [])],
        reflection: `${scripts[i % 3]}\nLine two of day ${i}, "quoted", with, commas.`,
        prompts: i % 2 ? [{ key: 'kind', answer: `Dobrze sobie poradziłaś ${i}` }] : [],
        extras: { sleepHours: 6 + (i % 4) * 0.5, ateRegularly: i % 2 === 0, medicationTaken: null, exercised: i % 3 === 0 },
      },
    });
  }
  // A lapse note with a reflection and a change to the plan, and one on a day without a check-in.
  const lapses = await from.value<{ relapses: Relapse[] }>('recoveryOverview', {});
  const first = lapses.relapses.at(-1)!;
  await from.value('relapseReflect', {
    id: first.id,
    reflection: { vulnerable: 'Mało snu', trigger: 'ا', thoughts: '', feelings: '悲しい', after: 'Called Sam', nextTime: 'Ice first' },
  });
  await from.value('relapseAddToPlan', { id: first.id, kind: 'warning_sign', text: 'Staying up late' });
  await from.value('relapseRecord', { day: days[20] });
  // Urge-timer rounds with their re-ratings on some days, and one on a day without a check-in.
  for (const [n, i] of [3, 10, 20, 33, 34, 50].entries()) {
    const startedAt = Date.parse(`${days[i]}T19:0${n}:00`);
    await from.value('copingUseSave', {
      id: `0b5e4c3a-1d2e-4f60-8a7b-00000000000${n}`,
      startedAt,
      endedAt: startedAt + 10 * 60_000,
      minutesPlanned: 10,
      urgeBefore: 8,
      urgeAfter: 3 + (n % 3),
      ratings: [{ minute: 0, urge: 8 }, { minute: 2, urge: 7 }, { minute: 4, urge: 6 - (n % 2) }, { minute: 10, urge: 3 + (n % 3) }],
      outcome: n % 2 ? 'eased' : 'time-up',
      items: [{ id: ice.id, starterKey: ice.starterKey }],
      note: n === 0 ? 'Cold hands, then calmer.' : '',
    });
  }
  // Cope-ahead plans still ahead for both journals, one with a skill from the box.
  await from.value('copeAheadSave', {
    id: null,
    day: '2025-07-20',
    name: 'Rocznica',
    mightHappen: '家族が彼の話をする。',
    skills: [{ title: ice.title, itemId: ice.id }, { title: 'Walk round the block', itemId: null }],
    people: ['Sam', 'سارة'],
    note: 'Leave early if I need to.',
  });
  await from.value('copeAheadSave', { id: null, day: '2025-08-01', name: 'Exam', mightHappen: '', skills: [], people: [], note: '' });
  expect(days[20]! >= FIRST && (await from.value<{ entry: unknown }>('journalGetDay', { day: days[20] })).entry).toBeNull();
});
afterAll(() => {
  from.cleanup();
  to.cleanup();
});

let iceItem: { title: string } | null = null;
const ice = () => iceItem!;

async function exportJson(core: Core): Promise<string> {
  const exported = await core.value<ExportResult>('recoveryExport', { format: 'journal-json', from: FIRST, to: days.at(-1), understood: true });
  if (exported.delivery !== 'download') throw new Error('expected a download');
  return exported.content;
}

/** A payload with database ids left out (they are numbered by each journal on its own). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, withoutIds(v)]));
  }
  return value;
}

async function views(core: Core) {
  const out: Record<string, unknown> = {};
  for (const day of days) out[`day ${day}`] = await core.value('journalGetDay', { day });
  out.history = await core.value('journalHistory', { limit: 200 });
  for (const word of ['herbata', 'Walk', 'Sam']) out[`search ${word}`] = await core.value('journalSearch', { query: word, limit: 100 });
  out.tags = await core.value('journalTags', {});
  out.emotions = await core.value('journalPreferences', {});
  const patterns = await core.value<{ range: { today?: string } }>('patternsOverview', { from: FIRST, to: days.at(-1) });
  delete patterns.range.today; // each journal's own clock, not the journal's content
  out.patterns = patterns;
  const recovery = await core.value<{ relapses: unknown; topTriggers: unknown }>('recoveryOverview', {});
  out.relapses = recovery.relapses;
  out.topTriggers = recovery.topTriggers;
  out.copeAhead = (await core.value<{ plans: unknown }>('copeAheadList', {})).plans;
  out.timerUses = JSON.parse(await exportJson(core)).copingUses;
  out.hopeBox = await core.value('hopeBox', {});
  return withoutIds(out) as Record<string, unknown>;
}

describe('JSON export, then import into a fresh journal', () => {
  it('gives the same payload in every view', async () => {
    // The hope box goes along whole, in any script, photos and voice notes with their bytes.
    await from.value('hopeBoxSave', { id: null, kind: 'reason', text: 'أختي الصغيرة' });
    await from.value('hopeBoxSave', { id: null, kind: 'letter', title: 'Od mamy', text: 'Jesteś kochana. 大丈夫だよ。' });
    await from.value('hopeBoxSave', { id: null, kind: 'photo', caption: 'Morze', image: { type: 'image/png', base64: gradientPng(3, 2).toString('base64') } });
    await from.value('hopeBoxSave', { id: null, kind: 'voice', caption: 'Gran singing', audio: { base64: wav().toString('base64') } });
    const exported = await from.value<ExportResult>('recoveryExport', { format: 'journal-json', from: FIRST, to: days.at(-1), understood: true });
    if (exported.delivery !== 'download') throw new Error('expected a download');
    await sendFile(to.core, exported.fileName, exported.content);
    const preview = await to.value<{ format: string; counts: Record<string, number> }>('importPreview', {});
    expect(preview.format).toBe('harbor-json');
    expect(preview.counts).toMatchObject({ newDays: days.length - Math.floor(days.length / 7) - 0, mergedDays: 0, badRows: 0, timerUses: 6, copeAheadPlans: 2, hopeItems: 4 });
    await to.value('importCommit', {});

    const before = await views(from);
    const after = await views(to);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const view of Object.keys(before)) expect(after[view], view).toEqual(before[view]);
    // The comparison is about something: the views hold the journal's words and lapse notes.
    expect(JSON.stringify(before.history)).toContain('友達と話して');
    expect((before.relapses as unknown[]).length).toBeGreaterThanOrEqual(3);
    const uses = before.timerUses as { ratings: unknown[]; items: { title: string }[] }[];
    expect(uses).toHaveLength(6);
    expect(uses[0]!.ratings).toEqual([{ minute: 0, urge: 8 }, { minute: 2, urge: 7 }, { minute: 4, urge: 6 }, { minute: 10, urge: 3 }]);
    expect(uses[0]!.items.map((i) => i.title)).toEqual([ice().title]);
    // The ids are the uses' own, the same in both journals.
    const ids = (content: string) => JSON.parse(content).copingUses.map((u: { id: string }) => u.id);
    expect(ids(await exportJson(to))).toEqual(ids(exported.content));
    const plans = before.copeAhead as { name: string; skills: { itemId: number | null }[] }[];
    expect(plans.map((p) => p.name)).toEqual(['Rocznica', 'Exam']);
    const hope = before.hopeBox as { items: { kind: string }[] };
    expect(hope.items.map((i) => i.kind).sort()).toEqual(['letter', 'photo', 'reason', 'voice']);
    // A skill picked from the box still starts the timer with that item in the fresh journal.
    const afterPlans = await to.value<{ plans: { skills: { title: string; itemId: number | null }[] }[] }>('copeAheadList', {});
    const box = await to.value<CopingBoxView>('copingBox', {});
    expect(afterPlans.plans[0]!.skills[0]!.itemId).toBe(box.items.find((i) => i.title === ice().title)!.id);

    // And importing the same export again adds nothing.
    await sendFile(to.core, exported.fileName, exported.content);
    expect((await to.value<{ counts: Record<string, number> }>('importPreview', {})).counts).toMatchObject({ newDays: 0, mergedDays: 0 });
    await to.value('importCommit', {});
    expect(await views(to)).toEqual(after);
  });
});
