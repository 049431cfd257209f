import { describe, expect, it } from 'vitest';
import { unlockedCore } from '../support/core.ts';

describe('core smoke', () => {
  it('creates, locks and unlocks a vault', async () => {
    const h = await unlockedCore();
    try {
      expect((await h.core.call('vaultLock', {})).ok).toBe(true);
      const unlocked = await h.core.call('vaultUnlock', { passphrase: 'quiet harbour evening' });
      expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    } finally {
      h.cleanup();
    }
  });
});
