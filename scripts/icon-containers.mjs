// Packs PNG images into the icon containers Windows (.ico) and macOS (.icns) use. Both formats
// may hold PNG data as it is, so no image library is needed: only their headers are written.

/**
 * @typedef {object} PngImage A square PNG and its side in pixels.
 * @property {number} size
 * @property {Uint8Array} data
 */

/**
 * The side of a PNG, read from its IHDR chunk; throws for anything that is not a square PNG.
 * @param {Uint8Array} data
 * @returns {number}
 */
export function pngSize(data) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((byte, i) => data[i] !== byte)) throw new Error('Not a PNG image.');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width !== height) throw new Error(`Icons must be square; this PNG is ${width}×${height}.`);
  return width;
}

/**
 * A Windows .ico holding `images` (sides 16–256) as PNG entries.
 * @param {PngImage[]} images
 * @returns {Uint8Array}
 */
export function buildIco(images) {
  const entries = images.filter((image) => image.size <= 256);
  if (entries.length === 0) throw new Error('An .ico needs at least one image of 256 pixels or less.');
  const headerSize = 6 + 16 * entries.length;
  const total = headerSize + entries.reduce((sum, image) => sum + image.data.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true); // 1: icon
  view.setUint16(4, entries.length, true);
  let offset = headerSize;
  entries.forEach((image, index) => {
    const entry = 6 + 16 * index;
    // 0 stands for 256 in the one-byte width and height fields.
    view.setUint8(entry, image.size === 256 ? 0 : image.size);
    view.setUint8(entry + 1, image.size === 256 ? 0 : image.size);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.data.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.data, offset);
    offset += image.data.length;
  });
  return out;
}

/** The .icns type code for each PNG side macOS reads. */
export const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/**
 * A macOS .icns holding those of `images` whose side has an ICNS type.
 * @param {PngImage[]} images
 * @returns {Uint8Array}
 */
export function buildIcns(images) {
  const entries = images.filter((image) => image.size in ICNS_TYPES);
  if (entries.length === 0) throw new Error('An .icns needs images of 16, 32, 64, 128, 256, 512 or 1024 pixels.');
  const total = 8 + entries.reduce((sum, image) => sum + 8 + image.data.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text, at) => [...text].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  ascii('icns', 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const image of entries) {
    ascii(ICNS_TYPES[image.size], offset);
    view.setUint32(offset + 4, 8 + image.data.length);
    out.set(image.data, offset + 8);
    offset += 8 + image.data.length;
  }
  return out;
}
