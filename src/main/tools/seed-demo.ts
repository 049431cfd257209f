// A realistic, synthetic, deterministic journal history for demos, screenshots and benchmarks.
// Everything goes through the real core (HarborCore.call), exactly as the app writes it.
// The words are invented and follow the safe-content rules: whether, never how; relapses kind.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckInInput, PromptKey, TriggerKind } from '../../shared/contract/journal.ts';
import { apiMethods } from '../../shared/contract/index.ts';
import { HarborCore } from '../core/harbor-core.ts';
import { KEY_FILE_NAME } from '../core/key-file.ts';
import { DATABASE_FILE_NAME } from '../core/db/database.ts';
import { REMINDER_FILE_NAME } from '../core/journal/reminder-settings.ts';
import { addDays, calendarDayOf, weekday as weekdayOf } from '../../shared/calendar.ts';
import { seededRandom } from '../core/seeded-random.ts';

const triggerPool: Record<TriggerKind, string[]> = {
  situation: ['Work deadline', 'Argument with my partner', 'Being alone in the evening', 'Phone call with family', 'Scrolling social media', 'Crowded bus', 'Exam week', 'Sunday evening'],
  thought: ["I'm not good enough", 'Everyone is disappointed in me', "I can't cope", 'Nothing will change', 'I said something stupid'],
  feeling: ['Lonely', 'Overwhelmed', 'Ashamed', 'Empty', 'Angry', 'Restless'],
};
const helpedPool = ['Holding ice', 'Sour sweets', 'Cold water on my face', 'A walk outside', 'Calling a friend', 'Writing it out', 'Music', 'A warm shower', 'Breathing exercise', 'Stress ball'];
const openers: Record<number, string[]> = {
  1: ['A heavy day from the start.', 'Today was hard.', 'I felt low most of the day.'],
  2: ['Not a great day.', 'A bit of a struggle today.', 'Tired and flat today.'],
  3: ['An ordinary day.', 'Some ups and downs today.', 'A quiet, in-between kind of day.'],
  4: ['A fairly good day.', 'Today felt lighter.', 'A good day, mostly.'],
  5: ['A really good day.', 'I felt calm and steady today.', 'One of the better days in a while.'],
};
const middles = [
  'Work took most of my energy.',
  'I went for a walk by the river after dinner.',
  'I cooked something simple and ate properly.',
  'I met Sam for coffee and we talked for an hour.',
  'The evening felt long.',
  'I stayed in and watched a film.',
  'I tidied my room, which helped more than I expected.',
  'I read a few chapters before bed.',
  'I spent some time in the garden.',
  'Therapy today. We talked about my triggers and my plan.',
];
const urgeLines = [
  'The urge came in the evening and passed after about fifteen minutes.',
  'I noticed the urge early and used my coping box.',
  'The urge was strong for a while. I waited it out with music.',
  'I texted a friend when the urge got loud.',
];
const kindLines = [
  'I am doing the best I can with what I have.',
  'Small steps still count.',
  'I can be gentle with myself tonight.',
  'I got through today, and that matters.',
];
const relapseLines = [
  'It happened tonight. I am writing it down without judging myself.',
  'Tomorrow I will look at my safety plan again and tell someone I trust.',
  'A setback, not the end of the progress I have made.',
];

/** Hours of the day when demo urges come: mostly evenings, sometimes afternoons and late nights. */
const USE_HOURS = [21, 16, 22, 20, 23, 18, 21, 13, 22, 17] as const;
/** How much more than the demo's baseline each of the items reached for most eases the urge. */
const HELPS_BY = [2, 0, 1, 3, 0] as const;

export interface DemoDay {
  day: string;
  checkIn: CheckInInput;
  /** An urge-timer use for days with a strong urge (coping box), when coping exists. */
  copingUse?: { urgeBefore: number; urgeAfter: number; minutes: number };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * The history, oldest first, ending on `endDay`. Recovery is slow and uneven: urges ease over the
 * years, Sundays and Mondays are harder, and an occasional relapse is recorded with kind words.
 * With `everyDay` every day has an entry (benchmarks); otherwise about one evening in ten is skipped.
 */
export function demoHistory(options: { years: number; seed: number; endDay: string; everyDay?: boolean }): DemoDay[] {
  const random = seededRandom(options.seed);
  const total = Math.max(1, Math.round(options.years * 365.25));
  const days: DemoDay[] = [];
  let mood = 2.5;
  for (let i = 0; i < total; i++) {
    const day = addDays(options.endDay, -(total - 1 - i));
    const progress = i / total;
    const weekday = weekdayOf(day);
    const weekly = weekday === 0 || weekday === 1 ? -0.6 : weekday === 5 || weekday === 6 ? 0.4 : 0;
    // Mood drifts (a random walk pulled towards a slowly rising baseline).
    mood += (2.6 + progress * 1.2 - mood) * 0.2 + (random() - 0.5) * 1.1;
    const todayMood = clamp(Math.round(mood + weekly), 1, 5);
    if (!options.everyDay && random() < 0.1) continue;

    const urge = clamp(Math.round((5 - todayMood) * 1.6 + (1 - progress) * 2 + (random() - 0.5) * 3), 0, 10);
    const relapse = urge >= 8 && random() < 0.25 * (1.2 - progress);
    const selfHarm = relapse ? 'yes' : random() < 0.03 ? 'unsaid' : 'no';

    const triggers: CheckInInput['triggers'] = [];
    if (urge >= 3) {
      const count = urge >= 7 ? 3 : urge >= 5 ? 2 : 1;
      for (let t = 0; t < count; t++) {
        const kind = (['situation', 'thought', 'feeling'] as const)[t % 3]!;
        // Weekends and Mondays bring back the same few situations.
        const name = kind === 'situation' && (weekday === 0 || weekday === 1) && random() < 0.6 ? (weekday === 0 ? 'Sunday evening' : 'Work deadline') : pick(random, triggerPool[kind]);
        triggers.push({ name, kind });
      }
    }
    const helped: NonNullable<CheckInInput['helped']> =
      urge >= 3 || random() < 0.3
        ? Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ label: pick(random, helpedPool), rating: clamp(Math.round(2 + random() * 3 - (relapse ? 1.5 : 0)), 0, 5) }))
        : [];
    const sentences = [pick(random, openers[todayMood]!), pick(random, middles)];
    if (urge >= 5 && !relapse) sentences.push(pick(random, urgeLines));
    if (relapse) sentences.push(...relapseLines.slice(0, 2), `The trigger was ${triggers[0]?.name.toLowerCase() ?? 'hard to name'}.`);
    // A rare word for search benchmarks: a handful of evenings mention the lighthouse.
    if (i % 877 === 411) sentences.push('We walked out to the old lighthouse.');
    const prompts: { key: PromptKey; answer: string }[] = random() < 0.35 ? [{ key: 'kind', answer: pick(random, kindLines) }] : [];
    const emotions = [
      { name: 'Sadness', rating: clamp(Math.round((5 - todayMood) * 1.1 + random() - 0.5), 0, 5) },
      { name: 'Anxiety', rating: clamp(Math.round(urge / 2 + random() * 1.5 - 0.5), 0, 5) },
      { name: 'Calm', rating: clamp(Math.round(todayMood - 1 + random() - 0.5), 0, 5) },
    ];
    if (random() < 0.5) emotions.push({ name: 'Loneliness', rating: clamp(Math.round(random() * 4 + (weekday === 0 ? 1 : 0)), 0, 5) });
    if (todayMood >= 4) emotions.push({ name: 'Joy', rating: clamp(Math.round(todayMood - 2 + random()), 0, 5) });
    if (relapse) emotions.push({ name: 'Shame', rating: 3 + Math.floor(random() * 2) });

    days.push({
      day,
      checkIn: {
        mood: todayMood,
        emotions,
        peakUrge: urge,
        selfHarm,
        triggers,
        helped,
        reflection: sentences.join(' '),
        prompts,
        extras:
          random() < 0.4
            ? { sleepHours: clamp(Math.round((5 + random() * 4) * 2) / 2, 0, 24), ateRegularly: random() < 0.75, medicationTaken: random() < 0.85, exercised: random() < 0.4 }
            : undefined,
      },
      copingUse: urge >= 6 ? { urgeBefore: urge, urgeAfter: clamp(urge - 2 - Math.floor(random() * 4), 0, 10), minutes: pick(random, [5, 10, 15]) } : undefined,
    });
  }
  return days;
}

/**
 * A round's ratings, as the urge timer asks for them: at the start, every 2 minutes and at the
 * end. Some rounds rise a little first (a wave); all ease towards the end rating. No random draws,
 * so the rest of the demo history stays as it was.
 */
function demoRatings(before: number, after: number, minutes: number, index: number): { minute: number; urge: number }[] {
  const ratings = [{ minute: 0, urge: before }];
  const peak = index % 3 === 0 ? Math.min(10, before + 1) : before;
  for (let minute = 2; minute < minutes; minute += 2) {
    const share = minute / minutes;
    const urge = minute === 2 ? peak : Math.round(peak - (peak - after) * share);
    ratings.push({ minute: minute + (index % 4) * 0.1, urge: clamp(urge, 0, 10) });
  }
  ratings.push({ minute: minutes, urge: after });
  return ratings;
}

export interface SeedOptions {
  dataDir: string;
  years: number;
  passphrase: string;
  force?: boolean;
  seed?: number;
  /** Tests only: a cheaper KDF. */
  kdfCost?: { N: number; r: number; p: number };
  log?: (line: string) => void;
}

export async function seedDemo(options: SeedOptions): Promise<{ entries: number; copingUses: number; dataDir: string }> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const vaultFiles = [KEY_FILE_NAME, DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`, REMINDER_FILE_NAME];
  if (vaultFiles.slice(0, 2).some((f) => existsSync(join(dataDir, f)))) {
    if (!options.force) throw new Error(`${dataDir} already holds a Harbor journal. Nothing was changed. Use --force to replace it with demo data.`);
    for (const f of vaultFiles) rmSync(join(dataDir, f), { force: true });
    log(`Removed the existing journal in ${dataDir} (--force).`);
  }

  // The clock is moved to each demo evening, so saved times look like real evenings.
  let clock = new Date();
  const core = new HarborCore({ dataDir, kdfCost: options.kdfCost, now: () => clock, log: (m, e) => log(`${m} ${String(e)}`) });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  try {
    await call('vaultCreate', { passphrase: options.passphrase });
    const history = demoHistory({ years: options.years, seed: options.seed ?? 1, endDay: addDays(calendarDayOf(new Date()), -1) });

    const copingExists = (apiMethods as readonly string[]).includes('copingUseSave') && (apiMethods as readonly string[]).includes('copingBox');
    const copingItems = copingExists
      ? (await call<{ items: { id: number; title: string; starterKey: string | null }[] }>('copingBox', {})).items.filter((item) => item.id > 0)
      : [];

    const uuidRandom = seededRandom((options.seed ?? 1) ^ 0x5eed);
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(uuidRandom() * 16).toString(16)).join('');
    const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
    let copingUses = 0;
    for (const [index, demo] of history.entries()) {
      const [y, m, d] = demo.day.split('-').map(Number) as [number, number, number];
      clock = new Date(y, m - 1, d, 21, 30 + (index % 25));
      const checkIn = { ...demo.checkIn };
      if (copingItems.length > 0 && checkIn.helped?.length) {
        // Half of "what helped" comes from the coping box, linked by its id.
        checkIn.helped = checkIn.helped.map((h, i) => {
          const item = copingItems[(index + i) % copingItems.length]!;
          return i === 0 && index % 2 === 0 ? { label: item.title, rating: h.rating ?? null, copingItemId: item.id } : h;
        });
      }
      await call('journalSaveEntry', { day: demo.day, checkIn });
      if (demo.copingUse && copingItems.length > 0) {
        // Urges come at different times of day, and a person reaches for a few items most, some
        // of which help more than others: so "When urges come" and "What helps" have a shape.
        const hour = USE_HOURS[(index * 7 + d) % USE_HOURS.length]!;
        const startedAt = new Date(y, m - 1, d, hour, (index * 13) % 60).getTime();
        const reachedFor = copingItems.slice(0, HELPS_BY.length);
        const which = (index * 3 + d) % reachedFor.length;
        const item = reachedFor[which]!;
        const urgeAfter = clamp(demo.copingUse.urgeAfter - HELPS_BY[which]!, 0, demo.copingUse.urgeBefore);
        await call('copingUseSave', {
          id: uuid(),
          startedAt,
          endedAt: startedAt + demo.copingUse.minutes * 60_000,
          minutesPlanned: demo.copingUse.minutes,
          urgeBefore: demo.copingUse.urgeBefore,
          urgeAfter,
          ratings: demoRatings(demo.copingUse.urgeBefore, urgeAfter, demo.copingUse.minutes, index),
          outcome: urgeAfter < demo.copingUse.urgeBefore ? 'eased' : 'time-up',
          items: [{ id: item.id, starterKey: item.starterKey }],
          note: '',
        });
        copingUses++;
      }
      if (index % 365 === 364) log(`  ${index + 1} of ${history.length} evenings written`);
    }
    return { entries: history.length, copingUses, dataDir };
  } finally {
    core.close();
  }
}
