import { describe, expect, it } from 'vitest';
import { buildIcns, buildIco, pngSize } from './icon-containers.mjs';

/** The start of a PNG (signature and IHDR) of the given size: all the containers read. */
function fakePng(width: number, height = width): Uint8Array {
  const data = new Uint8Array(33);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(data.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return data;
}

describe('pngSize', () => {
  it('reads a square PNG\'s side and refuses other data', () => {
    expect(pngSize(fakePng(256))).toBe(256);
    expect(() => pngSize(fakePng(16, 32))).toThrow('square');
    expect(() => pngSize(new Uint8Array(40))).toThrow('Not a PNG');
  });
});

describe('buildIco', () => {
  it('writes a directory of PNG entries, 256 as 0, skipping sizes over 256', () => {
    const images = [16, 256, 512].map((size) => ({ size, data: fakePng(size) }));
    const ico = buildIco(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([view.getUint8(6), view.getUint8(22)]).toEqual([16, 0]);
    const offset = view.getUint32(6 + 12, true);
    expect(offset).toBe(6 + 32);
    expect(ico.subarray(offset, offset + 33)).toEqual(images[0]?.data);
    expect(ico.length).toBe(6 + 32 + 33 * 2);
  });
});

describe('buildIcns', () => {
  it('writes the icns header with the total length and one typed PNG entry per known size', () => {
    const icns = buildIcns([16, 24, 1024].map((size) => ({ size, data: fakePng(size) })));
    const text = (at: number) => String.fromCharCode(...icns.subarray(at, at + 4));
    const view = new DataView(icns.buffer);
    expect(text(0)).toBe('icns');
    expect(view.getUint32(4)).toBe(icns.length);
    expect([text(8), view.getUint32(12)]).toEqual(['icp4', 8 + 33]);
    expect(text(8 + 41)).toBe('ic10');
    expect(icns.length).toBe(8 + 2 * 41);
  });
});
