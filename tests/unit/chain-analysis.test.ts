// The chain analysis after a lapse, against a real encrypted journal: saved whole as typed, checked
// at the boundary, repairs into the plan and the box, and what recurs across lapses.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainAnalysis, ChainContent } from '../../src/shared/contract/chain.ts';
import type { Relapse } from '../../src/shared/contract/recovery.ts';
import type { CopingBoxView, SafetyPlanView } from '../../src/shared/contract/coping.ts';
import { unlockedCore } from '../support/core.ts';

const now = () => new Date(2025, 2, 30, 20, 0);

const content = (overrides: Partial<ChainContent> = {}): ChainContent => ({
  vulnerabilities: [],
  promptingEvent: '',
  links: [],
  whatHappened: '',
  consequences: '',
  ...overrides,
});

function filesContaining(dir: string, text: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isFile() && readFileSync(full).includes(Buffer.from(text, 'utf8'))) hits.push(full);
  }
  return hits;
}

describe('chain analysis', () => {
  it('starts empty, keeps every part as saved (links in their order), encrypted at rest, and goes with its note', async () => {
    const h = await unlockedCore({ now });
    const marker = `chain-${randomBytes(6).toString('hex')}`;
    try {
      const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-28' });
      expect(await h.value<ChainAnalysis>('chainGet', { relapseId: relapse.id })).toEqual({ relapseId: relapse.id, day: '2025-03-28', updatedAt: null, ...content() });
      const saved = content({
        vulnerabilities: ['Slept four hours', `Skipped lunch ${marker}`],
        promptingEvent: 'A message from my ex',
        links: [
          { kind: 'feeling', text: 'Shame', repair: 'Name it out loud' },
          { kind: 'thought', text: 'I ruin everything', repair: '' },
          { kind: 'body', text: 'Tight chest', repair: 'Cold water on my face' },
        ],
        whatHappened: 'I hurt myself.',
        consequences: 'Relief, then tired and sad.',
      });
      const back = await h.value<ChainAnalysis>('chainSave', { relapseId: relapse.id, content: saved });
      expect(back).toMatchObject({ ...saved, updatedAt: now().getTime() });
      // Reordered: the page sends the new order, and it is kept.
      const reordered = { ...saved, links: [saved.links[1]!, saved.links[0]!, saved.links[2]!] };
      expect((await h.value<ChainAnalysis>('chainSave', { relapseId: relapse.id, content: reordered })).links.map((l) => l.text)).toEqual([
        'I ruin everything',
        'Shame',
        'Tight chest',
      ]);
      h.core.vault.lock();
      expect(filesContaining(h.dataDir, marker)).toEqual([]);
      await h.value('vaultUnlock', { passphrase: 'quiet harbour evening' });
      await h.value('relapseDelete', { id: relapse.id });
      expect((await h.core.call('chainGet', { relapseId: relapse.id })).ok).toBe(false);
      expect(h.core.vault.db.prepare('SELECT count(*) AS n FROM chain_analyses').get()).toEqual({ n: 0 });
    } finally {
      h.cleanup();
    }
  });

  it('refuses what the contract does not allow, in plain words, and changes nothing', async () => {
    const h = await unlockedCore({ now });
    try {
      const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-28' });
      const tooLong = await h.core.call('chainSave', { relapseId: relapse.id, content: content({ promptingEvent: 'x'.repeat(301) }) });
      expect(tooLong.ok).toBe(false);
      if (!tooLong.ok) expect(tooLong.error.message).toMatch(/300 characters/);
      const badKind = await h.core.call('chainSave', { relapseId: relapse.id, content: content({ links: [{ kind: 'method', text: 'x', repair: '' }] as never }) });
      expect(badKind.ok).toBe(false);
      const missing = await h.core.call('chainSave', { relapseId: 9999, content: content() });
      expect(missing.ok).toBe(false);
      expect((await h.value<ChainAnalysis>('chainGet', { relapseId: relapse.id })).updatedAt).toBeNull();
    } finally {
      h.cleanup();
    }
  });

  it('a repair goes into the safety plan or the coping box on request, once', async () => {
    const h = await unlockedCore({ now });
    try {
      const relapse = await h.value<Relapse>('relapseRecord', { day: '2025-03-28' });
      const toPlan = await h.value<{ message: string }>('chainAddRepair', { relapseId: relapse.id, text: 'Cold water on my face', to: 'safety-plan' });
      expect(toPlan.message).toBe('Added “Cold water on my face” to “Things I can do on my own” in your safety plan.');
      const again = await h.value<{ message: string }>('chainAddRepair', { relapseId: relapse.id, text: 'cold water on my face', to: 'safety-plan' });
      expect(again.message).toMatch(/already in/);
      expect((await h.value<SafetyPlanView>('safetyPlanGet')).sections.alone).toBe('Cold water on my face');
      await h.value('chainAddRepair', { relapseId: relapse.id, text: 'Name it out loud', to: 'coping-box' });
      const box = await h.value<CopingBoxView>('copingBox');
      expect(box.items.filter((i) => i.title === 'Name it out loud')).toHaveLength(1);
    } finally {
      h.cleanup();
    }
  });

  it('finds the vulnerabilities and prompting events that recur across lapses (two or more), whatever their case', async () => {
    const h = await unlockedCore({ now });
    try {
      const days = ['2025-03-01', '2025-03-10', '2025-03-20'];
      const ids: number[] = [];
      for (const day of days) ids.push((await h.value<Relapse>('relapseRecord', { day })).id);
      await h.value('chainSave', { relapseId: ids[0], content: content({ vulnerabilities: ['Slept badly', 'Alone all day'], promptingEvent: 'An argument at home' }) });
      await h.value('chainSave', { relapseId: ids[1], content: content({ vulnerabilities: ['slept badly ', 'Skipped meals'], promptingEvent: 'A message from my ex' }) });
      await h.value('chainSave', { relapseId: ids[2], content: content({ vulnerabilities: ['Slept badly', 'Skipped meals', ''], promptingEvent: 'an argument at home' }) });
      const recurring = await h.value<{ analyses: number; vulnerabilities: unknown[]; promptingEvents: unknown[] }>('chainRecurring');
      expect(recurring.analyses).toBe(3);
      expect(recurring.vulnerabilities).toEqual([
        { text: 'Slept badly', lapses: 3 },
        { text: 'Skipped meals', lapses: 2 },
      ]);
      expect(recurring.promptingEvents).toEqual([{ text: 'An argument at home', lapses: 2 }]);
    } finally {
      h.cleanup();
    }
  });
});
