/**
 * Turning an imported file's bytes into text, or refusing it with a reason the analyst can
 * act on. Read: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with a byte-order
 * mark, and windows-1252 for older saved pages. Refused: files over `MAX_IMPORT_BYTES`, empty
 * files, binary files, and bytes that are neither valid UTF-8 nor plausible windows-1252.
 * UTF-8 and UTF-16 use the standard TextDecoder; windows-1252 is decoded here (see below).
 */

/** The largest file an import accepts, in bytes (20 MB): an article is never near this. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The encodings a text can be read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What decoding gave: the text and how it was read, or why the file is refused. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName; readonly hadByteOrderMark: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Control characters other than tab, line feed, form feed and carriage return, C0 and C1:
 * text has a few at most, binary data has many.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** The share of control characters above which decoded "text" is taken for binary data. */
export const MAX_CONTROL_RATIO = 0.01;

/**
 * The share of bytes at or above 0x80, among bytes that are not ASCII whitespace, above
 * which windows-1252 is implausible. Western European text has an accented letter or a curly
 * quote now and then (a few per cent of its bytes); text in another legacy encoding (KOI8-R,
 * Shift-JIS, ISO-8859-7…) read as windows-1252 is mostly such bytes and would import as
 * mojibake, so it is refused instead.
 */
export const MAX_WINDOWS_1252_HIGH_RATIO = 0.5;

/** Bytes that windows-1252 leaves undefined: text in that encoding never has them. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function refuse(fileName: string, why: string): DecodeResult {
  return { ok: false, reason: `“${fileName}” cannot be imported: ${why}` };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The refusal for a file of `byteLength` bytes if it is too big, else undefined. Exported so
 * a caller can refuse a large file from its size before reading it.
 */
export function refuseOversize(fileName: string, byteLength: number): DecodeResult | undefined {
  if (byteLength <= MAX_IMPORT_BYTES) return undefined;
  return refuse(fileName, `it is ${megabytes(byteLength)}, and articles are imported up to ${megabytes(MAX_IMPORT_BYTES)}.`);
}

/**
 * What windows-1252 bytes 0x80–0x9F stand for (WHATWG index; the five undefined bytes map to
 * the C1 code point of the same value). Every other byte is its own code point, as in Latin-1.
 */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

/**
 * `bytes` read as windows-1252. Not TextDecoder: Node 20.18.3+ decodes the `windows-1252`
 * label as Latin-1, turning curly quotes and dashes into C1 controls (nodejs/node#60888,
 * nodejs/node#56542), and app/ must read the same everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = Uint16Array.from(bytes, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] ?? byte : byte));
  const chunks: string[] = [];
  // Chunks keep String.fromCharCode's argument list well inside engines' limits.
  for (let i = 0; i < units.length; i += 8192) chunks.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return chunks.join('');
}

/** The text of `bytes` in a Unicode encoding, or undefined if they are not valid in it. */
function strictDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    // ignoreBOM: the caller has already stripped the mark, and a second one is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether decoded text looks like binary data: a NUL, or more control characters than
 * `MAX_CONTROL_RATIO` allows (and more than two, so one stray character in a short text
 * does not refuse it).
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  return (text.match(CONTROL)?.length ?? 0) > Math.max(2, text.length * MAX_CONTROL_RATIO);
}

/** Why `bytes` (not valid UTF-8) are not plausible windows-1252 text, or undefined if they are. */
function windows1252Doubt(bytes: Uint8Array): string | undefined {
  let high = 0;
  let visible = 0;
  for (const byte of bytes) {
    if (UNDEFINED_IN_WINDOWS_1252.has(byte)) {
      return `it is not UTF-8, and byte 0x${byte.toString(16).toUpperCase()} does not occur in windows-1252 text. Save it as UTF-8 and import it again.`;
    }
    if (byte >= 0x80) high++;
    if (byte > 0x20) visible++;
  }
  if (high > visible * MAX_WINDOWS_1252_HIGH_RATIO) {
    return 'it is not UTF-8, and too much of it is non-ASCII for windows-1252: it is probably in another encoding. Save it as UTF-8 and import it again.';
  }
  return undefined;
}

/**
 * The text of the file `fileName` (named only in messages) with the given bytes. A byte-order
 * mark decides the encoding and is dropped; without one, UTF-8 is tried first, then
 * windows-1252. UTF-16 without a byte-order mark is refused as binary (its ASCII has NUL bytes):
 * guessing its byte order is not worth a wrong import. Never throws.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodeResult {
  const oversize = refuseOversize(fileName, bytes.length);
  if (oversize) return oversize;
  if (bytes.length === 0) return refuse(fileName, 'the file is empty.');

  const [b0, b1, b2] = bytes;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | undefined;
  let body = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) [encoding, body] = ['utf-8', bytes.subarray(3)];
  else if (b0 === 0xff && b1 === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];

  if (encoding) {
    const text = strictDecode(body, encoding);
    if (text === undefined) return refuse(fileName, `it starts with a ${encoding.toUpperCase()} byte-order mark, but the rest is not valid ${encoding.toUpperCase()}.`);
    if (looksBinary(text)) return refuse(fileName, 'it is a binary file, not text.');
    return { ok: true, text, encoding, hadByteOrderMark: true };
  }

  if (bytes.includes(0)) return refuse(fileName, 'it is a binary file, not text (it contains NUL bytes).');
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) {
    if (looksBinary(utf8)) return refuse(fileName, 'it is a binary file, not text.');
    return { ok: true, text: utf8, encoding: 'utf-8', hadByteOrderMark: false };
  }
  const doubt = windows1252Doubt(bytes);
  if (doubt) return refuse(fileName, doubt);
  const legacy = decodeWindows1252(bytes);
  if (looksBinary(legacy)) return refuse(fileName, 'it is a binary file, not text.');
  return { ok: true, text: legacy, encoding: 'windows-1252', hadByteOrderMark: false };
}
