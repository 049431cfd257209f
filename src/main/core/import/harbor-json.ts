// Harbor's own journal export (JSON), so a journal moves to a fresh one whole: every check-in as
// it was written, with its times, and every lapse note with its reflection.
import { z } from 'zod';
import { checkInInput, day as dayField } from '../../../shared/contract/journal.ts';
import { reflection } from '../../../shared/contract/recovery.ts';
import { HarborError } from '../../../shared/result.ts';
import { keyMaker, type ParsedFile } from './source-rows.ts';
import { exportedPlan, exportedUse } from '../coping/uses-transfer.ts';
import { exportedHope, importedMedia } from '../coping/hope-transfer.ts';

const time = z.iso.datetime().transform((t) => Date.parse(t));
const exported = z.object({
  format: z.literal('harbor-journal-export'),
  version: z.literal(1),
  entries: z.array(z.unknown()).max(200_000),
  relapses: z.array(z.unknown()).max(200_000).default([]),
  copingUses: z.array(z.unknown()).max(200_000).default([]),
  copeAheadPlans: z.array(z.unknown()).max(10_000).default([]),
  hopeBox: z.array(z.unknown()).max(10_000).default([]),
});
const exportedEntry = z.looseObject({
  day: dayField,
  triggers: z.array(z.looseObject({ name: z.string(), kind: z.string() })).default([]),
  createdAt: time,
  updatedAt: time,
});
const exportedLapse = z.object({
  day: dayField,
  recordedAt: time,
  reflectedAt: time.nullable().default(null),
  reflection,
  planChanges: z.array(z.object({ kind: z.enum(['warning_sign', 'coping_item']), text: z.string().max(10_000), madeAt: time })).max(100),
});

export function isHarborExport(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('"harbor-journal-export"');
}

export function readHarborExport(text: string, name: string): ParsedFile {
  let body: z.infer<typeof exported>;
  try {
    body = exported.parse(JSON.parse(text));
  } catch {
    throw new HarborError('invalid_input', `Harbor could not read ${name} as a Harbor journal export. Choose the JSON file Harbor exported. Nothing was imported.`);
  }
  const key = keyMaker('harbor');
  const parsed: ParsedFile = { format: 'harbor-json', rows: [], lapses: [], bad: [], unused: 0, moodDefaults: new Map(), table: null };
  body.entries.forEach((raw, index) => {
    const line = index + 1;
    const entry = exportedEntry.safeParse(raw);
    if (!entry.success) {
      parsed.bad.push({ line, reason: 'This check-in has no valid date.' });
      return;
    }
    const { day, createdAt, updatedAt, triggers, ...rest } = entry.data;
    const { mood, emotions, peakUrge, selfHarm, helped, reflection: text, prompts, extras } = rest;
    const checkIn = checkInInput.safeParse({ mood, emotions, peakUrge, selfHarm, helped, reflection: text, prompts, extras, triggers: triggers.map((t) => ({ name: t.name, kind: t.kind })) });
    if (!checkIn.success) {
      parsed.bad.push({ line, reason: `The check-in for ${day} does not fit: ${checkIn.error.issues[0]?.message ?? 'a field is not valid'}.` });
      return;
    }
    parsed.rows.push({
      line,
      key: key('entry', day, String(createdAt)),
      day,
      time: null,
      mood: null,
      activities: [],
      note: '',
      sleepHours: null,
      checkIn: { value: checkIn.data, createdAt, updatedAt },
    });
  });
  body.relapses.forEach((raw, index) => {
    const lapse = exportedLapse.safeParse(raw);
    if (!lapse.success) {
      parsed.bad.push({ line: body.entries.length + index + 1, reason: 'This lapse note could not be read.' });
      return;
    }
    parsed.lapses.push({ ...lapse.data, key: key('lapse', lapse.data.day, String(lapse.data.recordedAt)) });
  });
  // Numbered after the entries and lapse notes, in the file's order.
  let line = body.entries.length + body.relapses.length;
  parsed.uses = [];
  for (const raw of body.copingUses) {
    line += 1;
    const use = exportedUse.safeParse(raw);
    if (use.success) parsed.uses.push(use.data);
    else parsed.bad.push({ line, reason: 'This urge-timer use could not be read.' });
  }
  parsed.plans = [];
  for (const raw of body.copeAheadPlans) {
    line += 1;
    const plan = exportedPlan.safeParse(raw);
    if (plan.success) parsed.plans.push({ ...plan.data, key: key('cope-ahead', plan.data.day, String(plan.data.createdAt)) });
    else parsed.bad.push({ line, reason: 'This plan for a hard day could not be read.' });
  }
  parsed.hope = [];
  for (const raw of body.hopeBox) {
    line += 1;
    const item = exportedHope.safeParse(raw);
    const media = item.success ? importedMedia(item.data) : null;
    if (item.success && media) {
      const words = `${item.data.kind}\n${item.data.title}\n${item.data.body}\n${item.data.createdAt}`;
      parsed.hope.push({ item: item.data, media, key: key('hope', item.data.createdAt.slice(0, 10), words) });
    } else parsed.bad.push({ line, reason: 'This hope box item could not be read.' });
  }
  return parsed;
}
