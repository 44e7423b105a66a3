// Types of icon-containers.mjs for its TypeScript test.

/** A square PNG and its side in pixels. */
export interface PngImage {
  size: number;
  data: Uint8Array;
}

/** The side of a square PNG. */
export function pngSize(data: Uint8Array): number;
/** A Windows .ico of PNG entries. */
export function buildIco(images: PngImage[]): Uint8Array;
/** The .icns type code for each PNG side. */
export const ICNS_TYPES: Record<number, string>;
/** A macOS .icns of PNG entries. */
export function buildIcns(images: PngImage[]): Uint8Array;
