// Electron security review on the BUILT app, and electronegativity on src/.
// Build first (`npx electron-vite build`; npm test does). Runtime proofs of the same bundle are in
// electron-layer.test.ts; in the app, the session's refusal of every non-app URL is its
// 'lets the session load only the app’s own pages' test.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewBuiltApp, root, type ChecklistItem } from '../reliability/electron-review.ts';
import { runElectronegativity } from '../reliability/electronegativity.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('Electron security checklist, on out/main, out/preload and out/renderer', () => {
  const items = reviewBuiltApp();

  it('covers all 20 items of the checklist', () => {
    const numbers = new Set(items.map((i) => i.number).filter((n) => n > 0));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(items.map((i) => [`${i.number || '+'} ${i.title}`, i] as const))('%s', (_title, item: ChecklistItem) => {
    expect(item.ok, item.detail).toBe(true);
  });

  it('fails on a bundle with insecure settings (the review can fail)', () => {
    const temp = makeTempDir('harbor-review-');
    try {
      for (const dir of ['out/main', 'out/preload', 'out/renderer', 'node_modules/electron']) mkdirSync(join(temp.dir, dir), { recursive: true });
      cpSync(join(root, 'out/renderer'), join(temp.dir, 'out/renderer'), { recursive: true });
      cpSync(join(root, 'out/preload/index.cjs'), join(temp.dir, 'out/preload/index.cjs'));
      cpSync(join(root, 'package.json'), join(temp.dir, 'package.json'));
      cpSync(join(root, 'electron-builder.json'), join(temp.dir, 'electron-builder.json'));
      writeFileSync(join(temp.dir, 'node_modules/electron/package.json'), JSON.stringify({ version: '44.0.0' }));
      const main = readFileSync(join(root, 'out/main/index.js'), 'utf8')
        .replace('contextIsolation: true', 'contextIsolation: false')
        .replace('nodeIntegration: false', 'nodeIntegration: true')
        .replace('return { action: "deny" }', 'return { action: "allow" }')
        .replace('"script-src \'self\'"', '"script-src \'self\' \'unsafe-inline\'"')
        .concat('\nfunction openAnything(url) { shell.openExternal(url); }\nipcMain.on("harbor:raw", () => {});\n');
      writeFileSync(join(temp.dir, 'out/main/index.js'), main);
      const failed = reviewBuiltApp(temp.dir).filter((i) => !i.ok).map((i) => i.number);
      expect(failed).toEqual(expect.arrayContaining([2, 3, 7, 14, 15, 16, 17]));
    } finally {
      temp.cleanup();
    }
  });
});

describe('@doyensec/electronegativity on src/', () => {
  it('reports no findings beyond the reviewed allowlist, and parses every file', async () => {
    const report = await runElectronegativity();
    console.info('electronegativity:', JSON.stringify({ files: report.filesScanned, checks: report.checks, findings: report.findings.length, accepted: report.accepted.length, stale: report.stale.length }));
    expect(report.filesScanned).toBeGreaterThan(50);
    expect(report.checks).toBeGreaterThan(30);
    expect(report.parseErrors.filter((e) => !e.tolerable)).toEqual([]);
    expect(report.unexpected).toEqual([]);
    for (const accepted of report.accepted) expect(accepted.reason.length).toBeGreaterThan(40);
    if (report.stale.length > 0) console.info('electronegativity: allowlist entries that no longer match anything (remove them):', report.stale);
  }, 60_000);
});
