// Patterns benchmark (`npm run bench`), on 10 years of seeded demo data (src/main/tools/seed-demo.ts):
// - each insight's SQL query (52-week range), median of RUNS;
// - the whole 52-week payload, through HarborCore.call (zod validation included);
// - the baseline: the same figures computed by straightforward JavaScript over all rows (read with
//   plain SELECTs, then aggregated in JS), in the same run, with the ratio baseline / SQL. The
//   baseline is also an independent implementation: its results must equal the SQL ones, or the
//   bench fails;
// - the Patterns page in Chromium from the harness: from clicking "Patterns" to every chart in view
//   drawn, in a fresh page each time (median of 10), and again in the same page (warm), idle and
//   with a busy neighbour process per core (bench/conditions.ts).
// Targets: each query < 10 ms, 52-week payload < 30 ms and ≥ 5× faster than the
// baseline, page render <= 500 ms idle and busy. Prints one JSON object per line, with the load average.
import { chromium } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { HarborCore } from '../src/main/core/harbor-core.ts';
import { noKeychain } from '../src/main/core/keychain.ts';
import type { Db } from '../src/main/core/db/database.ts';
import { seedDemo } from '../src/main/tools/seed-demo.ts';
import { checkInDayOf, daysBetween, weekdayOrder } from '../src/shared/calendar.ts';
import { resolveRange, type QueryRange } from '../src/main/core/patterns/range.ts';
import { triggersPerWeek } from '../src/main/core/patterns/triggers-per-week.ts';
import { topTriggers } from '../src/main/core/patterns/top-triggers.ts';
import { urgesOverTime } from '../src/main/core/patterns/urges.ts';
import { timeGrid } from '../src/main/core/patterns/time-grid.ts';
import { emotionsOverTime } from '../src/main/core/patterns/emotions.ts';
import { whatHelps } from '../src/main/core/patterns/what-helps.ts';
import { triggerUrges } from '../src/main/core/patterns/trigger-urges.ts';
import { weeklySummary } from '../src/main/core/patterns/weekly-summary.ts';
import { patternsOverview } from '../src/main/core/patterns/overview.ts';
import {
  MIN_DAYS_EACH_SIDE,
  MIN_DAYS_FOR_AVERAGE,
  MIN_USES,
  STRONG_URGE,
  TOP_TRIGGERS,
  type PatternsOverview,
} from '../src/shared/contract/patterns.ts';
import { FAST_KDF, makeTempDir } from '../tests/support/temp-dir.ts';
import { startHarnessProcess } from '../tests/support/harness-process.ts';
import { signedInState } from '../tests/support/harness-sign-in.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { idleAndBusy } from './conditions.ts';

const YEARS = Number(process.env.BENCH_PATTERNS_YEARS ?? 10);
const RUNS = Number(process.env.BENCH_PATTERNS_RUNS ?? 30);
const RENDERS = 10;
const PASSPHRASE = 'quiet harbour evening';

// Other work on the machine slows every figure; the 1-minute load average is printed alongside.
const emit = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, loadAverage: round(loadavg()[0]!) }));
const round = (n: number) => Math.round(n * 100) / 100;
const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/**
 * Medians of `a` and `b`, sampled alternately so that other work on the machine weighs on both
 * alike (the ratio is what the target is about). Two warm-up calls each prepare statements.
 */
async function paired<A, B>(a: () => A | Promise<A>, b: () => B | Promise<B>, runs = RUNS) {
  let resultA = await a();
  let resultB = await b();
  await a();
  await b();
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    resultA = await a();
    samplesA.push(performance.now() - start);
    start = performance.now();
    resultB = await b();
    samplesB.push(performance.now() - start);
  }
  return { a: median(samplesA), b: median(samplesB), resultA, resultB };
}

// ---------------------------------------------------------------------------------------------
// The baseline: every row read with a plain SELECT, every figure computed in JavaScript.
// ---------------------------------------------------------------------------------------------
interface Rows {
  entries: { id: number; day: string; peak_urge: number | null; self_harm: string | null; created_at: number; deleted_at: number | null }[];
  entryTriggers: { entry_id: number; trigger_id: number }[];
  triggers: { id: number; name: string; kind: 'situation' | 'thought' | 'feeling'; name_key: string }[];
  emotions: { entry_id: number; emotion: string; rating: number }[];
  uses: { id: number; started_at: number; urge_before: number | null; urge_after: number | null }[];
  useItems: { use_id: number; item_id: number }[];
  items: { id: number; title: string }[];
  helped: { entry_id: number; label: string; rating: number | null }[];
}
type Need = keyof Rows;

function load(db: Db, need: readonly Need[]): Rows {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const rows = {} as Rows;
  if (need.includes('entries')) rows.entries = all('SELECT id, day, peak_urge, self_harm, created_at, deleted_at FROM entries');
  if (need.includes('entryTriggers')) rows.entryTriggers = all('SELECT entry_id, trigger_id FROM entry_triggers');
  if (need.includes('triggers')) rows.triggers = all('SELECT id, name, kind, name_key FROM triggers');
  if (need.includes('emotions')) rows.emotions = all('SELECT entry_id, emotion, rating FROM entry_emotions');
  if (need.includes('uses')) rows.uses = all('SELECT id, started_at, urge_before, urge_after FROM coping_uses');
  if (need.includes('useItems')) rows.useItems = all('SELECT use_id, item_id FROM coping_use_items');
  if (need.includes('items')) rows.items = all('SELECT id, title FROM coping_items');
  if (need.includes('helped')) rows.helped = all('SELECT entry_id, label, rating FROM entry_helped');
  return rows;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const live = (rows: Rows, from: string, to: string) => rows.entries.filter((e) => e.deleted_at === null && e.day >= from && e.day <= to);
const weekIndex = (range: QueryRange, day: string) => Math.floor(daysBetween(range.weekZero, day) / 7);
function triggersOf(rows: Rows): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const et of rows.entryTriggers) map.set(et.entry_id, [...(map.get(et.entry_id) ?? []), et.trigger_id]);
  return map;
}

const baseline = {
  triggersPerWeek(rows: Rows, range: QueryRange) {
    const kinds = new Map(rows.triggers.map((t) => [t.id, t.kind]));
    const byEntry = triggersOf(rows);
    const result = { situation: range.weeks.map(() => 0), thought: range.weeks.map(() => 0), feeling: range.weeks.map(() => 0) };
    for (const e of live(rows, range.from, range.to)) for (const t of byEntry.get(e.id) ?? []) result[kinds.get(t)!][weekIndex(range, e.day)]!++;
    return result;
  },
  topTriggers(rows: Rows, range: QueryRange) {
    const byEntry = triggersOf(rows);
    const counts = new Map<number, { count: number; previous: number }>();
    for (const e of live(rows, range.previousFrom, range.to)) {
      for (const t of byEntry.get(e.id) ?? []) {
        const c = counts.get(t) ?? { count: 0, previous: 0 };
        if (e.day >= range.from) c.count++;
        else c.previous++;
        counts.set(t, c);
      }
    }
    const triggers = new Map(rows.triggers.map((t) => [t.id, t]));
    return [...counts.entries()]
      .filter(([, c]) => c.count > 0)
      .map(([id, c]) => ({ t: triggers.get(id)!, ...c }))
      .sort((a, b) => b.count - a.count || cmp(a.t.name_key, b.t.name_key) || a.t.id - b.t.id)
      .slice(0, TOP_TRIGGERS)
      .map(({ t, count, previous }) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        count,
        previous,
        trend: count > previous ? 'rising' : count < previous ? 'falling' : 'steady',
      }));
  },
  urges(rows: Rows, range: QueryRange, showSelfHarm: boolean) {
    const byDay = new Map(live(rows, '0000', '9999').map((e) => [e.day, e]));
    const days = Array.from({ length: range.days + 6 }, (_, i) => {
      const d = new Date(`${range.from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + i - 6);
      return d.toISOString().slice(0, 10);
    });
    const strongest: (number | null)[] = [];
    const average: (number | null)[] = [];
    const selfHarmDays: string[] = [];
    for (let i = 6; i < days.length; i++) {
      const entry = byDay.get(days[i]!);
      strongest.push(entry?.peak_urge ?? null);
      const window = days.slice(i - 6, i + 1).map((d) => byDay.get(d)?.peak_urge ?? null).filter((u): u is number => u !== null);
      average.push(entry && window.length >= MIN_DAYS_FOR_AVERAGE ? r1(window.reduce((a, b) => a + b, 0) / window.length) : null);
      if (showSelfHarm && entry?.self_harm === 'yes') selfHarmDays.push(days[i]!);
    }
    return { strongest, average, selfHarmDays, selfHarmShown: showSelfHarm };
  },
  timeGrid(rows: Rows, range: QueryRange) {
    const weekdays = weekdayOrder(range.weekStart);
    const cells = weekdays.map(() => [0, 0, 0, 0]);
    let copingUses = 0;
    let checkIns = 0;
    const add = (at: number) => {
      const moment = new Date(at);
      cells[weekdays.indexOf(moment.getDay())]![Math.floor(moment.getHours() / 6)]!++;
    };
    for (const u of rows.uses) {
      if (u.started_at < range.startMs || u.started_at >= range.endMs) continue;
      add(u.started_at);
      copingUses++;
    }
    for (const e of live(rows, range.from, range.to)) {
      if (e.peak_urge === null || e.peak_urge < 1 || checkInDayOf(new Date(e.created_at)) !== e.day) continue;
      add(e.created_at);
      checkIns++;
    }
    return { weekdays, cells, copingUses, checkIns };
  },
  emotions(rows: Rows, range: QueryRange, picked: string[]) {
    const inRange = new Map(live(rows, range.from, range.to).map((e) => [e.id, e]));
    const stats = new Map<string, { n: number; sum: number }>();
    for (const em of rows.emotions) {
      if (!inRange.has(em.entry_id)) continue;
      const s = stats.get(em.emotion) ?? { n: 0, sum: 0 };
      s.n++;
      s.sum += em.rating;
      stats.set(em.emotion, s);
    }
    const available = [...stats.entries()].sort((a, b) => b[1].n - a[1].n || b[1].sum - a[1].sum || cmp(a[0], b[0])).map(([name]) => name);
    const names = picked.length > 0 ? picked : available.slice(0, 3);
    const series = names.map((name) => {
      const weeks = range.weeks.map(() => ({ n: 0, sum: 0 }));
      for (const em of rows.emotions) {
        const e = inRange.get(em.entry_id);
        if (!e || em.emotion !== name) continue;
        const w = weeks[weekIndex(range, e.day)]!;
        w.n++;
        w.sum += em.rating;
      }
      return { name, weekly: weeks.map((w) => (w.n === 0 ? null : r1(w.sum / w.n))) };
    });
    return { available, series };
  },
  whatHelps(rows: Rows, bounds: { startMs: number; endMs: number }) {
    const titles = new Map(rows.items.map((i) => [i.id, i.title]));
    const uses = new Map(rows.uses.filter((u) => u.started_at >= bounds.startMs && u.started_at < bounds.endMs && u.urge_before !== null && u.urge_after !== null).map((u) => [u.id, u]));
    const per = new Map<number, { uses: number; drop: number; before: number; after: number }>();
    for (const link of rows.useItems) {
      const u = uses.get(link.use_id);
      if (!u) continue;
      const s = per.get(link.item_id) ?? { uses: 0, drop: 0, before: 0, after: 0 };
      s.uses++;
      s.drop += u.urge_before! - u.urge_after!;
      s.before += u.urge_before!;
      s.after += u.urge_after!;
      per.set(link.item_id, s);
    }
    const all = [...per.entries()]
      .sort((a, b) => b[1].drop / b[1].uses - a[1].drop / a[1].uses || b[1].uses - a[1].uses || cmp(asciiLower(titles.get(a[0])!), asciiLower(titles.get(b[0])!)) || a[0] - b[0])
      .map(([itemId, s]) => ({ itemId, title: titles.get(itemId)!, uses: s.uses, averageDrop: r1(s.drop / s.uses), averageBefore: r1(s.before / s.uses), averageAfter: r1(s.after / s.uses) }));
    return { ranked: all.filter((i) => i.uses >= MIN_USES), notEnoughData: all.filter((i) => i.uses < MIN_USES) };
  },
  triggerUrges(rows: Rows, range: QueryRange) {
    const rated = live(rows, range.from, range.to).filter((e) => e.peak_urge !== null);
    const total = { days: rated.length, urges: rated.reduce((a, e) => a + e.peak_urge!, 0) };
    const byEntry = triggersOf(rows);
    const per = new Map<number, { days: number; urges: number }>();
    for (const e of rated) {
      for (const t of byEntry.get(e.id) ?? []) {
        const s = per.get(t) ?? { days: 0, urges: 0 };
        s.days++;
        s.urges += e.peak_urge!;
        per.set(t, s);
      }
    }
    const triggers = new Map(rows.triggers.map((t) => [t.id, t]));
    const diff = (s: { days: number; urges: number }) => s.urges / s.days - (total.urges - s.urges) / (total.days - s.days);
    return [...per.entries()]
      .filter(([, s]) => s.days >= MIN_DAYS_EACH_SIDE && total.days - s.days >= MIN_DAYS_EACH_SIDE)
      .sort((a, b) => diff(b[1]) - diff(a[1]) || b[1].days - a[1].days || cmp(triggers.get(a[0])!.name_key, triggers.get(b[0])!.name_key) || a[0] - b[0])
      .map(([id, s]) => {
        const t = triggers.get(id)!;
        const withAverage = r1(s.urges / s.days);
        const withoutAverage = r1((total.urges - s.urges) / (total.days - s.days));
        return {
          id,
          name: t.name,
          kind: t.kind,
          withDays: s.days,
          withAverage,
          withoutDays: total.days - s.days,
          withoutAverage,
          direction: withAverage > withoutAverage ? 'higher' : withAverage < withoutAverage ? 'lower' : 'same',
        };
      });
  },
  /** The summary's figures (its sentences are made from these). */
  summary(rows: Rows, range: QueryRange) {
    const weekOf = range.weeks.at(-1)!;
    const from = weekOf < range.from ? range.from : weekOf;
    const week = live(rows, from, range.to);
    const strongDays = week.filter((e) => e.peak_urge !== null && e.peak_urge >= STRONG_URGE);
    return {
      checkIns: week.length,
      strongUrgeDays: strongDays.length,
      selfHarm: week.filter((e) => e.self_harm === 'yes').length,
      answered: week.filter((e) => e.self_harm === 'yes' || e.self_harm === 'no').length,
    };
  },
};

/** Numbers rounded to one decimal may differ by the last digit between SQLite's round() and JS. */
function sameFigures(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 0.1 + 1e-9;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameFigures(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameFigures((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return isDeepStrictEqual(a, b);
}

// ---------------------------------------------------------------------------------------------
const temp = makeTempDir('harbor-patterns-bench-');
let failed = false;
try {
  const seedStart = performance.now();
  const seeded = await seedDemo({ dataDir: temp.dir, years: YEARS, passphrase: PASSPHRASE, kdfCost: FAST_KDF });
  emit({ name: 'patterns.seed', value: Math.round(performance.now() - seedStart), unit: 'ms', years: YEARS, entries: seeded.entries, copingUses: seeded.copingUses });

  const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
  const unlocked = await core.call('vaultUnlock', { passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  const db = core.vault.db;
  await core.call('patternsSetPreferences', { range: { weeks: 12 }, weekStart: 'monday' });
  const now = new Date();
  const range = resolveRange({ weeks: 52 }, 'monday', now);
  const showSelfHarm = true;

  const insights: { name: string; sql: () => unknown; need: Need[]; js: (rows: Rows) => unknown; target: number }[] = [
    { name: 'triggersPerWeek', sql: () => triggersPerWeek(db, range), need: ['entries', 'entryTriggers', 'triggers'], js: (r) => baseline.triggersPerWeek(r, range), target: 10 },
    { name: 'topTriggers', sql: () => topTriggers(db, range), need: ['entries', 'entryTriggers', 'triggers'], js: (r) => baseline.topTriggers(r, range), target: 10 },
    { name: 'urges', sql: () => urgesOverTime(db, range, showSelfHarm), need: ['entries'], js: (r) => baseline.urges(r, range, showSelfHarm), target: 10 },
    { name: 'timeGrid', sql: () => timeGrid(db, range), need: ['entries', 'uses'], js: (r) => baseline.timeGrid(r, range), target: 10 },
    { name: 'emotions', sql: () => emotionsOverTime(db, range, []), need: ['entries', 'emotions'], js: (r) => baseline.emotions(r, range, []), target: 10 },
    { name: 'whatHelps', sql: () => whatHelps(db, range), need: ['uses', 'useItems', 'items'], js: (r) => baseline.whatHelps(r, range), target: 10 },
    { name: 'triggerUrges', sql: () => triggerUrges(db, range), need: ['entries', 'entryTriggers', 'triggers'], js: (r) => baseline.triggerUrges(r, range), target: 10 },
    {
      name: 'weeklySummary',
      sql: () => {
        const s = weeklySummary(db, range, showSelfHarm);
        return { checkIns: s.checkIns, strongUrgeDays: s.strongUrgeDays, selfHarm: s.selfHarmDays, answered: s.answeredDays };
      },
      need: ['entries'],
      js: (r) => baseline.summary(r, range),
      target: 10,
    },
  ];

  for (const insight of insights) {
    const rowsInMemory = load(db, insight.need);
    const run = await paired(insight.sql, () => insight.js(load(db, insight.need)));
    const computeOnly = await paired(insight.sql, () => insight.js(rowsInMemory));
    const same = sameFigures(run.resultA, run.resultB);
    if (!same) {
      failed = true;
      console.error(`patterns bench: ${insight.name} differs between SQL and the JavaScript baseline`, JSON.stringify(run.resultA).slice(0, 400), JSON.stringify(run.resultB).slice(0, 400));
    }
    emit({
      name: `patterns.query.${insight.name}`,
      value: round(run.a),
      unit: 'ms',
      target: `< ${insight.target}`,
      met: run.a < insight.target,
      baselineMs: round(run.b),
      ratio: round(run.b / run.a),
      // The baseline without reading the rows (already in memory): what JS alone costs.
      baselineComputeOnlyMs: round(computeOnly.b),
      sameAsBaseline: same,
    });
  }

  // The whole payload for 52 weeks, through the core as the page gets it (zod checks included),
  // against the baseline reading every row and computing every figure.
  const allNeeds: Need[] = ['entries', 'entryTriggers', 'triggers', 'emotions', 'uses', 'useItems', 'items', 'helped'];
  const jsPayload = () => {
    const rows = load(db, allNeeds);
    return {
      triggersPerWeek: baseline.triggersPerWeek(rows, range),
      topTriggers: baseline.topTriggers(rows, range),
      urges: baseline.urges(rows, range, showSelfHarm),
      timeGrid: baseline.timeGrid(rows, range),
      emotions: baseline.emotions(rows, range, []),
      whatHelps: baseline.whatHelps(rows, range),
      triggerUrges: baseline.triggerUrges(rows, range),
      summary: baseline.summary(rows, range),
    };
  };
  const viaCore = await paired(async () => {
    const result = await core.call('patternsOverview', { weeks: 52 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as PatternsOverview;
  }, jsPayload);
  const bare = await paired(() => patternsOverview(db, { weeks: 52 }, now, 'monday'), jsPayload);
  emit({
    name: 'patterns.payload.52weeks',
    value: round(viaCore.a),
    unit: 'ms',
    target: '< 30 and ≥ 5× faster than baseline',
    met: viaCore.a < 30 && viaCore.b / viaCore.a >= 5,
    baselineMs: round(viaCore.b),
    ratio: round(viaCore.b / viaCore.a),
    withoutIpcValidationMs: round(bare.a),
    payloadBytes: JSON.stringify(viaCore.resultA).length,
    rows: { entries: seeded.entries, copingUses: seeded.copingUses },
  });
  core.close();

  // The page in Chromium: click "Patterns" in a fresh page, until every chart is drawn.
  const harness = await startHarnessProcess(temp.dir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // Every fresh context below starts signed in (the harness's one-time address is visited once here).
    const signedIn = await signedInState(browser, harness.signInUrl);
    const setup = await browser.newPage({ storageState: signedIn });
    await setup.goto(harness.url);
    const ok = await setup.evaluate(`window.harbor.vaultUnlock({ passphrase: ${JSON.stringify(PASSPHRASE)} }).then((r) => r.ok)`);
    if (!ok) throw new Error('unlock failed');
    await setup.close();
    // Ready: the payload is shown and each card shows its gentle empty sentence or a drawn chart —
    // except charts that wait below the window until they come near it (DrawWhenNear draws those
    // within 240 px of the window), which cost nothing yet.
    const openPatterns = `new Promise((resolve) => {
      const start = performance.now();
      const drawn = () => {
        const content = document.querySelector('.patterns__content[data-state=ready]');
        if (!content) return false;
        return [...content.querySelectorAll('.chart-card')].every((card) => {
          const waiting = card.querySelector('.chart-card__pending');
          if (waiting) return waiting.getBoundingClientRect().top >= innerHeight + 240;
          return card.querySelector('.chart-card__empty') ||
            card.querySelector('.heat-grid') ||
            card.querySelector('.recharts-surface .recharts-bar-rectangle, .recharts-surface .recharts-line-curve');
        });
      };
      const check = () => (drawn() ? resolve(performance.now() - start) : requestAnimationFrame(check));
      [...document.querySelectorAll('nav[aria-label=Harbor] button')].find((b) => b.textContent.trim() === 'Patterns').click();
      requestAnimationFrame(check);
    })`;
    // Cold: a fresh page, so the chart code is fetched and compiled too. Warm: the same page opens
    // Patterns a second time (after visiting the journal), as when someone comes back to it.
    // Baseline: the same fresh page's own load, from navigation start to the unlocked app's navigation.
    const measure = async () => {
      const cold: number[] = [];
      const warm: number[] = [];
      const appReady: number[] = [];
      const belowTheFold: number[] = [];
      for (let i = 0; i < RENDERS; i++) {
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, storageState: signedIn });
        const page = await context.newPage();
        await page.goto(harness.url);
        await page.getByRole('navigation', { name: 'Harbor' }).waitFor();
        appReady.push((await page.evaluate('performance.now()')) as number);
        cold.push((await page.evaluate(openPatterns)) as number);
        belowTheFold.push((await page.evaluate('document.querySelectorAll(".chart-card__pending").length')) as number);
        await page.getByRole('navigation', { name: 'Harbor' }).getByRole('button', { name: 'Journal' }).click();
        await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
        warm.push((await page.evaluate(openPatterns)) as number);
        await context.close();
      }
      return { cold, warm, appReady, belowTheFold };
    };
    const runs = await idleAndBusy(measure);
    for (const [condition, run] of [['idle', runs.idle], ['busy', runs.busy]] as const) {
      const ms = median(run.cold);
      emit({
        name: `patterns.render.cold${condition === 'busy' ? '.busy' : ''}.median`,
        value: round(ms),
        unit: 'ms',
        target: '<= 500',
        met: ms <= 500,
        conditions: condition === 'busy' ? `${runs.neighbours} busy neighbour processes (one per core)` : "no neighbour of the bench's own",
        range: 'the default 12 weeks',
        samples: run.cold.map(round),
        warmMedianMs: round(median(run.warm)),
        chartsWaitingBelowTheFold: median(run.belowTheFold),
        baseline: 'the same fresh page loading the unlocked app (navigation start to its navigation)',
        baselineValue: round(median(run.appReady)),
        years: YEARS,
      });
    }
  } finally {
    await browser.close();
    await harness.stop();
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  temp.cleanup();
}
process.exit(failed ? 1 : 0);
