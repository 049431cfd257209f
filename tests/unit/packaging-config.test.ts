// electron-builder.json cannot be exercised here (packaging needs the Electron binary), so this
// checks what matters in it: electron-builder's own schema accepts it, every file it names exists,
// the targets, the fuses, the native SQLite module outside the ASAR, no auto-update channel, and
// that the built main bundle needs nothing the package would lack.
import { describe, expect, it } from 'vitest';
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** electron-builder's own check of a configuration, from the copy `npm run package` runs. */
async function validateWithElectronBuilder(configuration: unknown): Promise<void> {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = fromBuilder('builder-util');
  await validateConfiguration(configuration, new DebugLogger(false));
}

describe('electron-builder.json', () => {
  it("is accepted by electron-builder's schema, which refuses a misspelt option", async () => {
    await expect(validateWithElectronBuilder(structuredClone(config))).resolves.toBeUndefined();
    await expect(validateWithElectronBuilder({ ...structuredClone(config), linux: { ...config.linux, icons: 'x' } })).rejects.toThrow(/configuration/);
  });

  it('names only files that exist: the icons for each system, and everything it ships', () => {
    expect(config.directories.buildResources).toBe('resources');
    for (const icon of [config.mac.icon, config.win.icon, `${config.linux.icon}/512x512.png`]) {
      expect(existsSync(join(root, icon)), icon).toBe(true);
    }
    const shipped = config.files.filter((pattern: string) => !pattern.startsWith('!'));
    for (const pattern of shipped) expect(globSync(pattern, { cwd: root }).length, `${pattern} matches no file (run \`npx electron-vite build\` first)`).toBeGreaterThan(0);
    for (const pattern of config.asarUnpack) expect(globSync(pattern, { cwd: root }).length, pattern).toBeGreaterThan(0);
    // The window and tray load these at run time, so they must be in the package.
    for (const file of ['resources/icons/256x256.png', 'resources/icon-discreet.png', 'resources/tray/usual.png', 'resources/tray/discreetTemplate@2x.png']) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(shipped.some((pattern: string) => matchesGlob(file, pattern)), file).toBe(true);
    }
  });

  it('gives Linux launchers a plain name and description that do not say what Harbor is for', () => {
    expect(config.linux.desktop.entry).toEqual({ Name: 'Harbor', Comment: 'A private, encrypted journal' });
  });

  it('is run by `npm run package` and `npm run package:dir`, with electron-builder pinned as a dev dependency', () => {
    expect(pkg.scripts.package).toMatch(/electron-vite build && electron-builder$/);
    expect(pkg.scripts['package:dir']).toMatch(/electron-vite build && electron-builder --dir$/);
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
  });

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
    // A subpath ('csv-parse/sync') belongs to its package ('csv-parse').
    const packageOf = (name: string) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');
    for (const name of external) expect(Object.keys(pkg.dependencies), name).toContain(packageOf(name));
    // electron-builder needs to know the exact Electron version it packages.
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
