// Harbor's icons: the committed files in resources/ are what `npm run icons` renders from the SVG
// sources, each has the size its name promises, and the BUILT app (run under the recording electron
// stand-in) gives the tray and the windows Harbor's icon, or the plain note in discreet mode.
// Run `npx electron-vite build` first (npm test does).
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { linuxIconSizes, renderIcons, resourcesDir } from '../../scripts/icons.ts';
import { launchWithStandIn, type StandInApp } from '../electron-standin/launch.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}
/** RGBA pixels of a PNG, decoded by resvg drawing it at its own size. */
function decodedPixels(file: Buffer): Array<[number, number, number, number]> {
  const { width, height } = pngSize(file);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${file.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  return Array.from({ length: width * height }, (_, i) => [pixels[i * 4]!, pixels[i * 4 + 1]!, pixels[i * 4 + 2]!, pixels[i * 4 + 3]!]);
}
const inResources = (path: string | undefined | null) => relative(resourcesDir, String(path)).replaceAll('\\', '/');

describe('the icon files', () => {
  it('are exactly what `npm run icons` renders from resources/src (run it after changing a source)', () => {
    const rendered = renderIcons();
    expect(rendered.size).toBeGreaterThan(15);
    for (const [path, data] of rendered) {
      expect(existsSync(join(resourcesDir, path)), `resources/${path} is missing`).toBe(true);
      expect(readFileSync(join(resourcesDir, path)).equals(data), `resources/${path} differs from its source`).toBe(true);
    }
  });

  it('have the sizes their names promise: 1024 and 512 for the app, 16 and 32 for the tray', () => {
    const size = (path: string) => pngSize(readFileSync(join(resourcesDir, path)));
    expect(size('icon.png')).toEqual({ width: 1024, height: 1024 });
    for (const n of linuxIconSizes) expect(size(`icons/${n}x${n}.png`)).toEqual({ width: n, height: n });
    for (const name of ['usual', 'usualTemplate', 'discreet', 'discreetTemplate']) {
      expect(size(`tray/${name}.png`)).toEqual({ width: 16, height: 16 });
      expect(size(`tray/${name}@2x.png`)).toEqual({ width: 32, height: 32 });
    }
    const ico = readFileSync(join(resourcesDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = readFileSync(join(resourcesDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('make template images of black only, so macOS can tint them', () => {
    for (const name of ['usualTemplate.png', 'discreetTemplate@2x.png']) {
      const data = readFileSync(join(resourcesDir, 'tray', name));
      const pixels = decodedPixels(data);
      const coloured = pixels.filter(([r, g, b, a]) => a > 0 && r + g + b > 0);
      expect(pixels.filter(([, , , a]) => a > 0).length).toBeGreaterThan(20);
      expect(coloured, name).toEqual([]);
    }
  });
});

describe('the icons in the built app', () => {
  const temp = makeTempDir('harbor-icons-electron-');
  let app: StandInApp;

  beforeAll(async () => {
    app = await launchWithStandIn({ dataDir: temp.dir });
  });
  afterAll(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it("gives the tray and both windows Harbor's icon, from files that load", async () => {
    const snapshot = await app.snapshot();
    expect(snapshot.trays[0]!.image).toMatchObject({ empty: false });
    expect(inResources(snapshot.trays[0]!.image?.path)).toBe('tray/usual.png');
    expect(snapshot.windows).toHaveLength(2);
    for (const window of snapshot.windows) {
      expect(inResources(window.icon)).toBe('icons/256x256.png');
      expect(existsSync(String(window.icon))).toBe(true);
    }
  });

  it('switches the tray and the windows to the plain note in discreet mode, and back', async () => {
    const main = { window: 0 };
    expect(await app.invoke('harbor:vaultCreate', { passphrase: 'quiet harbour evening' }, main)).toMatchObject({ ok: true });
    expect(await app.invoke('harbor:settingsUpdate', { discreetMode: true }, main)).toMatchObject({ ok: true });
    let snapshot = await app.snapshot();
    expect(inResources(snapshot.trays[0]!.image?.path)).toBe('tray/discreet.png');
    expect(snapshot.trays[0]!.image?.empty).toBe(false);
    expect(snapshot.windows.map((w) => inResources(w.icon))).toEqual(['icon-discreet.png', 'icon-discreet.png']);
    expect(await app.invoke('harbor:settingsUpdate', { discreetMode: false }, main)).toMatchObject({ ok: true });
    snapshot = await app.snapshot();
    expect(inResources(snapshot.trays[0]!.image?.path)).toBe('tray/usual.png');
    expect(snapshot.windows.map((w) => inResources(w.icon))).toEqual(['icons/256x256.png', 'icons/256x256.png']);
  });
});
