// IPC fuzzing: fast-check payloads for every contract method through
// HarborCore.call, unlocked and locked. `npm run reliability` sends 10,000 per state; here fewer
// (HARBOR_FUZZ_PAYLOADS overrides). See tests/reliability/fuzz.ts for what is checked per call.
import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../src/shared/contract/index.ts';
import { HarborCore } from '../../src/main/core/harbor-core.ts';
import { noKeychain } from '../../src/main/core/keychain.ts';
import { runFuzz, type FuzzFigures } from '../reliability/fuzz.ts';
import { folderDigest } from '../reliability/digest.ts';
import { unlockedCore } from '../support/core.ts';
import { FAST_KDF } from '../support/temp-dir.ts';

const payloads = Number(process.env.HARBOR_FUZZ_PAYLOADS ?? 1200);

function expectClean(figures: FuzzFigures, sent: number): void {
  console.info(`fuzz (${figures.state}):`, JSON.stringify({ ...figures, problems: figures.problems.length }));
  expect(figures.problems).toEqual([]);
  expect(figures.methods_fuzzed).toBe(apiMethods.length);
  expect(figures.fuzz_payloads).toBeGreaterThanOrEqual(sent);
  expect(figures.uncaught_errors).toBe(0);
  expect(figures.malformed_results).toBe(0);
  expect(figures.wrong_error_codes).toBe(0);
  expect(figures.internal_errors).toBe(0);
  expect(figures.bad_outputs).toBe(0);
  expect(figures.content_changed_by_invalid).toBe(0);
  expect(figures.prototype_polluted).toBe(false);
  // Mostly hostile, but some payloads were valid and reached the handlers.
  expect(figures.rejected_as_invalid).toBeGreaterThan(figures.fuzz_payloads / 2);
  expect(figures.valid_sent).toBeGreaterThan(0);
}

describe('IPC fuzzing: every method, hostile payloads', () => {
  it(`unlocked: ${payloads} payloads, typed errors only, nothing changed by invalid ones`, async () => {
    expectClean(await runFuzz({ state: 'unlocked', payloads, seed: 11 }), payloads);
  }, 120_000);

  it(`locked: ${Math.round(payloads / 2)} payloads, unlocked-only methods answer "locked", nothing changes`, async () => {
    expectClean(await runFuzz({ state: 'locked', payloads: Math.round(payloads / 2), seed: 12 }), Math.round(payloads / 2));
  }, 120_000);
});

describe('the content digest the fuzz test relies on', () => {
  it('changes when a check-in is saved, and not when the database is only read or checkpointed', async () => {
    const h = await unlockedCore();
    try {
      const before = folderDigest(h.dataDir, h.core.vault.db);
      await h.value('journalHistory', {});
      await h.value('journalSearch', { query: 'harbour' });
      h.core.vault.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(folderDigest(h.dataDir, h.core.vault.db)).toBe(before);
      await h.value('journalSaveEntry', { day: '2025-03-14', checkIn: { reflection: 'One more word.' } });
      const saved = folderDigest(h.dataDir, h.core.vault.db);
      expect(saved).not.toBe(before);
      // The same content read by a fresh connection (after lock and unlock) hashes the same.
      h.core.vault.lock();
      const again = new HarborCore({ dataDir: h.dataDir, platform: { keychain: noKeychain }, kdfCost: FAST_KDF, log: () => {} });
      expect((await again.call('vaultUnlock', { passphrase: 'quiet harbour evening' })).ok).toBe(true);
      expect(folderDigest(h.dataDir, again.vault.db)).toBe(saved);
      again.close();
    } finally {
      h.cleanup();
    }
  });
});
