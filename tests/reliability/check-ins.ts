// Check-ins for the crash test (and the worker's line protocol): distinct, deterministic from a sequence number, and compared in a
// canonical form (the store orders emotions, triggers and prompts its own way).
import { checkInInput, type CheckIn, type CheckInInput, type Entry, type PromptKey } from '../../src/shared/contract/journal.ts';
// Deterministic, so a run can be replayed from its seed.
import { seededRandom } from '../../src/main/core/seeded-random.ts';

const EMOTIONS = ['Sadness', 'Anger', 'Anxiety', 'Shame', 'Numbness', 'Loneliness', 'Calm', 'Joy'];
const SITUATIONS = ['Argument at work', 'Bus home', 'Phone call with mum', 'Late night', 'Exam results'];
const THOUGHTS = ["I'm not good enough", 'Nobody would notice', 'I always ruin it'];
const FEELINGS = ['Lonely', 'Overwhelmed', 'Empty'];
const HELPED = ['Cold water on my face', 'A walk by the river', 'Sour sweets', 'Texting Sam', 'The blue playlist'];
const PROMPTS: PromptKey[] = ['happened', 'felt', 'helped', 'kind'];
const WORDS = ['harbour', 'evening', 'quiet', 'tide', 'lamp', 'kettle', 'rain', 'steadier', 'wall', 'ümlaut', 'עברית', '🌊', 'naïve'];

/** The crash worker's vault passphrase and what it prints, one JSON object per line. */
export const WORKER_PASSPHRASE = 'tide comes in slowly';

export type WorkerLine =
  | { type: 'ready'; days: string[] }
  | { type: 'intent'; seq: number; op: 'entry' | 'draft'; day: string }
  | { type: 'ack'; seq: number }
  | { type: 'failed'; seq: number; error: string };


function pickSome<T>(random: () => number, from: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  const pool = [...from];
  const out: T[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** Text of very different sizes (a line to ~60 KB), unique to `seq` so a lost or mixed save shows. */
function reflection(random: () => number, seq: number): string {
  const size = random() < 0.15 ? 3000 + Math.floor(random() * 9000) : Math.floor(random() * 40);
  const words: string[] = [`save-${seq}`];
  for (let i = 0; i < size; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  return `${words.join(' ')} end-${seq}`;
}

export function checkInFor(seq: number, seed: number): CheckInInput {
  const random = seededRandom(seed * 1_000_003 + seq);
  return {
    mood: 1 + Math.floor(random() * 5),
    emotions: pickSome(random, EMOTIONS, 4).map((name) => ({ name, rating: Math.floor(random() * 6) })),
    peakUrge: Math.floor(random() * 11),
    selfHarm: (['yes', 'no', 'unsaid', null] as const)[Math.floor(random() * 4)]!,
    triggers: [
      ...pickSome(random, SITUATIONS, 2).map((name) => ({ name, kind: 'situation' as const })),
      ...pickSome(random, THOUGHTS, 1).map((name) => ({ name, kind: 'thought' as const })),
      ...pickSome(random, FEELINGS, 2).map((name) => ({ name, kind: 'feeling' as const })),
    ],
    helped: pickSome(random, HELPED, 2).map((label) => ({ label, rating: Math.floor(random() * 6), copingItemId: null })),
    reflection: reflection(random, seq),
    prompts: pickSome(random, PROMPTS, 2).map((key) => ({ key, answer: `answer ${key} ${seq}` })),
    extras: { sleepHours: Math.floor(random() * 20) / 2, ateRegularly: random() < 0.5, medicationTaken: null, exercised: random() < 0.5 },
  };
}

/** The parts of a check-in a person wrote, in one order, whatever order the store returns them in. */
export function canonical(value: CheckInInput | CheckIn | Entry): string {
  // Only what the person wrote: a stored entry also carries its day, tag ids and timestamps.
  const c = checkInInput.parse({
    mood: value.mood,
    emotions: value.emotions,
    peakUrge: value.peakUrge,
    selfHarm: value.selfHarm,
    triggers: value.triggers?.map(({ name, kind }) => ({ name, kind })),
    helped: value.helped,
    reflection: value.reflection,
    prompts: value.prompts,
    extras: value.extras,
  });
  return JSON.stringify({
    mood: c.mood,
    emotions: [...c.emotions].sort((a, b) => a.name.localeCompare(b.name)),
    peakUrge: c.peakUrge,
    selfHarm: c.selfHarm,
    triggers: c.triggers.map((t) => `${t.kind}:${t.name}`).sort(),
    helped: c.helped,
    reflection: c.reflection,
    prompts: c.prompts.filter((p) => p.answer.length > 0),
    extras: c.extras,
  });
}

/** Day number `n` counted from 1950-01-01 (all in the past, all distinct). */
export function dayNumber(n: number): string {
  return new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}
