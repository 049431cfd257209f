// electron-builder.json cannot be exercised here (packaging needs the Electron binary), so this
// checks what matters in it: the targets, the fuses, the native SQLite module outside the ASAR,
// no auto-update channel, and that the built main bundle needs nothing the package would lack.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('electron-builder.json', () => {
  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Harbor');
  });

  it('flips the fuses that close Node back doors in the packaged binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('unpacks every native SQLite binary from the ASAR, and does not rebuild it', () => {
    const prebuilds = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds';
    const binaries = readdirSync(join(root, prebuilds)).filter((f) => f.endsWith('.node'));
    expect(binaries.length).toBeGreaterThan(0);
    for (const binary of binaries) {
      const path = `${prebuilds}/${binary}`;
      expect(config.asarUnpack.some((pattern: string) => matchesGlob(path, pattern)), path).toBe(true);
    }
    // The prebuilds are Node-API binaries that load in Electron as they are.
    expect(config.npmRebuild).toBe(false);
  });

  it('ships the built app and no update channel (Harbor never talks to a network)', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('!out/renderer/assets/harness-bridge.js');
    expect(config.publish).toBeNull();
  });

  it('packages every module the built main bundle imports at run time', () => {
    const bundle = join(root, 'out/main/index.js');
    expect(existsSync(bundle), 'run `npx electron-vite build` first').toBe(true);
    const imported = [...readFileSync(bundle, 'utf8').matchAll(/^import\s[^'"]*["']([^"']+)["'];?$/gm)].map((m) => m[1]!);
    const external = imported.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron');
    expect(external.length).toBeGreaterThan(0);
    // devDependencies are not packaged: a run-time import of one would crash the installed app.
    for (const name of external) expect(Object.keys(pkg.dependencies), name).toContain(name);
    // electron-builder needs to know the exact Electron version it packages.
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
