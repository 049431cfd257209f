// The desktop app's window bounds and hotkey from settings.json: anything unusable falls back to
// the defaults, and a position off every screen is forgotten. (The built app under the Electron
// stand-in is started with such files in electron-layer.test.ts.)
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_BOUNDS, savedHotkey, startBounds } from '../../src/main/core/settings/window-settings.ts';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const twoScreens = [...laptop, { x: -1280, y: 0, width: 1280, height: 1024 }];

describe('startBounds', () => {
  it('keeps usable saved bounds', () => {
    expect(startBounds({ x: 200, y: 150, width: 900, height: 700, maximized: true }, laptop)).toEqual({ x: 200, y: 150, width: 900, height: 700, maximized: true });
    expect(startBounds({ width: 900, height: 700, maximized: false }, laptop)).toEqual({ width: 900, height: 700, maximized: false });
    // On a second screen to the left: negative coordinates are real places.
    expect(startBounds({ x: -1000, y: 100, width: 800, height: 600, maximized: false }, twoScreens)).toMatchObject({ x: -1000, y: 100 });
  });

  it('falls back to the defaults for values nobody could use', () => {
    const unusable: unknown[] = [
      null,
      undefined,
      'big',
      42,
      [],
      {},
      { width: -900, height: 700, maximized: false },
      { width: 900, height: -1, maximized: false },
      { width: 0, height: 0, maximized: false },
      { width: 10, height: 10, maximized: false },
      { width: 900.5, height: 700, maximized: false },
      { width: 1e9, height: 700, maximized: false },
      { width: 900, height: 1e308, maximized: false },
      { width: '900', height: '700', maximized: false },
      { width: 900, height: 700, maximized: 'yes' },
      { width: 900, height: 700 },
      { x: 1e12, y: 0, width: 900, height: 700, maximized: false },
      { x: null, y: 0, width: 900, height: 700, maximized: false },
    ];
    for (const saved of unusable) expect(startBounds(saved, laptop), JSON.stringify(saved)).toEqual(DEFAULT_WINDOW_BOUNDS);
  });

  it('uses the default size when the saved one is bigger than every screen', () => {
    expect(startBounds({ width: 15000, height: 9000, maximized: false }, laptop)).toEqual(DEFAULT_WINDOW_BOUNDS);
    expect(startBounds({ x: 0, y: 0, width: 4000, height: 700, maximized: false }, laptop)).toMatchObject({ width: 1100, height: 780 });
  });

  it('forgets a position off every screen, or with the title bar out of reach', () => {
    for (const [x, y] of [
      [5000, 4000],
      [-5000, 0],
      [0, -700],
      [1900, 100],
      [100, 1030],
      [-1000, 100], // the second screen was unplugged
    ] as const) {
      const opened = startBounds({ x, y, width: 900, height: 700, maximized: false }, laptop);
      expect(opened, `${x},${y}`).toEqual({ width: 900, height: 700, maximized: false });
    }
  });

  it('keeps the bounds when no screen is reported at all', () => {
    expect(startBounds({ width: 900, height: 700, maximized: false }, [])).toEqual({ width: 900, height: 700, maximized: false });
  });
});

describe('savedHotkey', () => {
  it('passes on text and drops anything else', () => {
    expect(savedHotkey('Ctrl+Alt+H')).toBe('Ctrl+Alt+H');
    for (const bad of [null, undefined, 42, {}, ['Ctrl', 'H'], '', 'x'.repeat(101)]) expect(savedHotkey(bad), JSON.stringify(bad)).toBeUndefined();
  });
});
