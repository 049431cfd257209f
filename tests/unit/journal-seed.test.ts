// The demo history: deterministic, safe words, written through the real core, and careful with existing journals.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoHistory, seedDemo } from '../../src/main/tools/seed-demo.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { FAST_KDF, makeTempDir } from '../support/temp-dir.ts';

const temps: { cleanup(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

describe('demo history', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = demoHistory({ years: 1, seed: 3, endDay: '2025-06-30' });
    const b = demoHistory({ years: 1, seed: 3, endDay: '2025-06-30' });
    const c = demoHistory({ years: 1, seed: 4, endDay: '2025-06-30' });
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(a.at(-1)!.day <= '2025-06-30').toBe(true);
  });

  it('varies, repeats triggers, records the occasional relapse kindly, and never describes how', () => {
    const days = demoHistory({ years: 10, seed: 1, endDay: '2025-06-30' });
    expect(days.length).toBeGreaterThan(3000);
    expect(new Set(days.map((d) => d.checkIn.mood)).size).toBe(5);
    const relapses = days.filter((d) => d.checkIn.selfHarm === 'yes');
    expect(relapses.length).toBeGreaterThan(5);
    expect(relapses.length).toBeLessThan(days.length / 20);
    for (const r of relapses) expect(r.checkIn.reflection).toContain('without judging myself');
    const triggerUses = new Map<string, number>();
    for (const d of days) for (const t of d.checkIn.triggers ?? []) triggerUses.set(t.name, (triggerUses.get(t.name) ?? 0) + 1);
    expect(Math.max(...triggerUses.values())).toBeGreaterThan(100);
    // Urges ease over the years: the last year is calmer than the first.
    const meanUrge = (slice: typeof days) => slice.reduce((sum, d) => sum + (d.checkIn.peakUrge ?? 0), 0) / slice.length;
    expect(meanUrge(days.slice(-330))).toBeLessThan(meanUrge(days.slice(0, 330)));
    const words = JSON.stringify(days).toLowerCase();
    for (const unsafe of ['cut', 'blade', 'razor', 'burn', 'blood', 'wound', 'scar', 'streak', 'rubber band']) {
      expect(words, unsafe).not.toMatch(new RegExp(`\\b${unsafe}`));
    }
  });
});

describe('seedDemo', () => {
  it('writes through the core, refuses an existing journal, and replaces it only with force', async () => {
    const temp = makeTempDir();
    temps.push(temp);
    const first = await seedDemo({ dataDir: temp.dir, years: 0.1, passphrase: 'quiet harbour evening', kdfCost: FAST_KDF, seed: 5 });
    expect(first.entries).toBeGreaterThan(20);

    const core = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, log: () => {} });
    try {
      expect((await core.call('vaultUnlock', { passphrase: 'quiet harbour evening' })).ok).toBe(true);
      const page = await core.call('journalHistory', { limit: 200 });
      expect(page.ok && (page.value as { entries: unknown[] }).entries.length).toBe(first.entries);
    } finally {
      core.close();
    }

    const keyFileBefore = readFileSync(join(temp.dir, 'harbor.key.json'), 'utf8');
    await expect(seedDemo({ dataDir: temp.dir, years: 0.1, passphrase: 'another passphrase', kdfCost: FAST_KDF })).rejects.toThrow(/already holds a Harbor journal/);
    expect(readFileSync(join(temp.dir, 'harbor.key.json'), 'utf8')).toBe(keyFileBefore);

    await seedDemo({ dataDir: temp.dir, years: 0.05, passphrase: 'another passphrase', kdfCost: FAST_KDF, force: true });
    expect(existsSync(join(temp.dir, 'harbor.db'))).toBe(true);
    const replaced = new HarborCore({ dataDir: temp.dir, platform: { keychain: noKeychain }, log: () => {} });
    try {
      expect((await replaced.call('vaultUnlock', { passphrase: 'another passphrase' })).ok).toBe(true);
    } finally {
      replaced.close();
    }
  });
});
