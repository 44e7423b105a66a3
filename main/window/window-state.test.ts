import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../node/atomic-write';
import { fitToDisplays, loadWindowState, parseWindowState, serializeWindowState, type WindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };
const saved: WindowState = { x: 100, y: 20, width: 1280, height: 860, maximized: false };

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'window-state-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('parseWindowState', () => {
  it('reads a saved state back', () => {
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
  });

  it.each([undefined, '', 'not json', '{"x":1}', JSON.stringify({ ...saved, width: -5 }), JSON.stringify({ ...saved, x: 1.5 }), JSON.stringify({ ...saved, extra: 1 }), 'null'])(
    'gives the default for %j',
    (text) => {
      expect(parseWindowState(text)).toBeUndefined();
    },
  );
});

describe('fitToDisplays', () => {
  it('keeps a window that is on screen where it was', () => {
    expect(fitToDisplays(saved, [laptop, external])).toEqual(saved);
    const onExternal = { ...saved, x: 2000, y: 200 };
    expect(fitToDisplays(onExternal, [laptop, external])).toEqual(onExternal);
  });

  it('brings a window from an unplugged monitor back onto the remaining one, whole', () => {
    expect(fitToDisplays({ ...saved, x: 2000, y: 200, width: 2000, height: 1200 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900, maximized: false });
  });

  it('pulls a window hanging off an edge back inside', () => {
    expect(fitToDisplays({ ...saved, x: -300, y: 700 }, [laptop])).toEqual({ ...saved, x: 0, y: 40 });
  });

  it('leaves the state as it is when no display is known', () => {
    expect(fitToDisplays(saved, [])).toEqual(saved);
  });
});

describe('loadWindowState', () => {
  it('reads what was written atomically, and nothing from a missing or damaged file', async () => {
    const path = join(folder, 'window-state.json');
    expect(await loadWindowState(path)).toBeUndefined();
    await writeFileAtomic(path, new TextEncoder().encode(serializeWindowState(saved)));
    expect(await loadWindowState(path)).toEqual(saved);
    await writeFile(path, '{"x": 10, "y"');
    expect(await loadWindowState(path)).toBeUndefined();
  });
});
