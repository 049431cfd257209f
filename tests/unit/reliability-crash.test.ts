// Crash safety: a worker process saves check-ins and drafts through the real
// core and is killed with SIGKILL at random moments. `npm run reliability` does 50 kills; here 8
// (HARBOR_CRASH_KILLS overrides). See tests/reliability/crash.ts for what is checked after each.
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../reliability/crash.ts';

const kills = Number(process.env.HARBOR_CRASH_KILLS ?? 8);

describe('crash safety: SIGKILL while saving', () => {
  it(`after each of ${kills} kills the vault unlocks whole, with every acknowledged save exactly as acknowledged`, async () => {
    const figures = await runCrashTrials({ kills });
    console.info('crash safety:', JSON.stringify({ ...figures, problems: figures.problems.length }));
    expect(figures.problems).toEqual([]);
    expect(figures.kills).toBe(kills);
    expect(figures.kills_survived).toBe(kills);
    expect(figures.unlock_failures).toBe(0);
    expect(figures.integrity_failures).toBe(0);
    expect(figures.acknowledged_saves_lost).toBe(0);
    expect(figures.half_written_days).toBe(0);
    // The worker really was saving when it died, not idling.
    expect(figures.acknowledged_saves).toBeGreaterThan(kills * 5);
  }, 120_000);

  it('finds the losses of a worker that acknowledges before it saves (the check can fail)', async () => {
    const figures = await runCrashTrials({ kills: 4, ackEarly: true, seed: 99 });
    expect(figures.acknowledged_saves_lost).toBeGreaterThan(0);
  }, 60_000);
});
