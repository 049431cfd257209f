// `npm run icons`: renders every icon file in resources/ from the SVG sources in resources/src.
// The generated files are committed (tests/unit/app-icons.test.ts checks they match their sources);
// run this again after changing a source.
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const resourcesDir = fileURLToPath(new URL('../resources/', import.meta.url));
const source = (name: string) => readFileSync(join(resourcesDir, 'src', name), 'utf8');

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * A macOS template image: the shape in black with its light marks cut out (the element with
 * id="light" removed); macOS tints it for light and dark menu bars.
 */
function template(svg: string, colour: string): string {
  const light = /<use id="light"[^>]*\/>/;
  if (!svg.includes(`fill="${colour}"`) || !light.test(svg)) throw new Error(`the source needs fill="${colour}" and a <use id="light"/> to make a template`);
  return svg.replaceAll(`fill="${colour}"`, 'fill="#000"').replace(light, '');
}

/** The icon with a small margin instead of macOS's wide one, for Windows and Linux sizes. */
function tight(svg: string): string {
  if (!svg.includes('viewBox="0 0 1024 1024"')) throw new Error('icon.svg must be drawn on a 1024 grid');
  return svg.replace('viewBox="0 0 1024 1024"', 'viewBox="64 64 896 896"');
}

export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;

/** Every generated file, by its path under resources/. */
export function renderIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  // The app icon: 1024 with macOS's margin (icon.png, .icns), and with a small margin for the Linux set and .ico.
  const icon = source('icon.svg');
  const big = png(icon, 1024);
  files.set('icon.png', big);
  for (const size of linuxIconSizes) files.set(`icons/${size}x${size}.png`, png(tight(icon), size));
  const ico = png2icons.createICO(png(tight(icon), 1024), png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(big, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not make icon.ico or icon.icns');
  files.set('icon.ico', ico);
  files.set('icon.icns', icns);

  // The tray at 16 points (1× and 2×), in colour and as a macOS template, usual and discreet.
  const tray = { usual: { svg: source('tray.svg'), colour: '#2f6f6a' }, discreet: { svg: source('discreet.svg'), colour: '#5f6b6b' } };
  for (const [name, { svg, colour }] of Object.entries(tray)) {
    for (const [suffix, size] of [['', 16], ['@2x', 32]] as const) {
      files.set(`tray/${name}${suffix}.png`, png(svg, size));
      files.set(`tray/${name}Template${suffix}.png`, png(template(svg, colour), size));
    }
  }
  // The window icon in discreet mode (Linux and Windows show it in the task bar).
  files.set('icon-discreet.png', png(tray.discreet.svg, 256));
  return files;
}

if (import.meta.main) {
  for (const [path, data] of renderIcons()) {
    mkdirSync(dirname(join(resourcesDir, path)), { recursive: true });
    writeFileSync(join(resourcesDir, path), data);
    console.log(`resources/${path} (${data.length} bytes)`);
  }
}
