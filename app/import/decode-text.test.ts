import { describe, expect, it } from 'vitest';
import { decodeText, MAX_IMPORT_BYTES, refuseOversize } from './decode-text';

const TEXT = 'Sécurité — “guarantees” for Ukraine 🇺🇦\r\nSecond line.';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText reads', () => {
  const utf8 = new TextEncoder().encode(TEXT);

  it.each([
    ['UTF-8', utf8, 'utf-8', false],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8', true],
    ['UTF-16 LE with a byte-order mark', utf16(TEXT, true), 'utf-16le', true],
    ['UTF-16 BE with a byte-order mark', utf16(TEXT, false), 'utf-16be', true],
  ])('%s', (_name, bytes, encoding, hadByteOrderMark) => {
    expect(decodeText('a.txt', bytes)).toEqual({ ok: true, text: TEXT, encoding, hadByteOrderMark });
  });

  it('windows-1252 when the bytes are not UTF-8 (curly quotes, euro sign, accents)', () => {
    // “Café” costs €5 — in windows-1252.
    const bytes = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35, 0x20, 0x97, 0x20, 0x6f, 0x6b]);
    expect(decodeText('old.htm', bytes)).toEqual({ ok: true, text: '“Café” costs €5 — ok', encoding: 'windows-1252', hadByteOrderMark: false });
  });

  it('a text with a stray control character', () => {
    expect(decodeText('a.txt', new TextEncoder().encode('Title\u000B\nBody'))).toMatchObject({ ok: true });
  });
});

describe('decodeText refuses, naming the file and the reason', () => {
  it.each([
    ['an empty file', new Uint8Array(0), /“f.txt” cannot be imported: the file is empty/],
    ['a binary file with NUL bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /“f.txt”.*binary.*NUL/],
    ['binary data without NUL bytes', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), /“f.txt”.*binary/],
    ['UTF-16 without a byte-order mark', new Uint8Array([0x41, 0, 0x42, 0]), /binary/],
    ['a UTF-8 byte-order mark before invalid UTF-8', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]), /UTF-8 byte-order mark.*not valid UTF-8/],
    ['a UTF-16 byte-order mark before a lone surrogate', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /UTF-16LE byte-order mark.*not valid/],
    ['invalid UTF-8 with a byte windows-1252 leaves undefined', Uint8Array.from([0x41, 0x81, 0x42]), /not UTF-8.*0x81 does not occur in windows-1252/],
    ['another legacy encoding (KOI8-R Russian)', Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2]), /not UTF-8.*another encoding/],
  ])('%s', (_name, bytes, reason) => {
    const result = decodeText('f.txt', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('a file over 20 MB, before looking at its bytes', () => {
    const result = decodeText('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result).toEqual({ ok: false, reason: '“huge.txt” cannot be imported: it is 20.0 MB, and articles are imported up to 20.0 MB.' });
  });

  it('by size alone, so a caller need not read a big file first', () => {
    expect(refuseOversize('big.html', 31_457_280)).toEqual({ ok: false, reason: '“big.html” cannot be imported: it is 30.0 MB, and articles are imported up to 20.0 MB.' });
    expect(refuseOversize('ok.html', MAX_IMPORT_BYTES)).toBeUndefined();
  });
});

describe('decodeText windows-1252 table', () => {
  it('maps every byte 0x80–0x9F as the WHATWG index does (not as Latin-1)', () => {
    const defined = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
    const bytes = Uint8Array.from(defined.flatMap((b) => [0x61, b]));
    const result = decodeText('all.txt', bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
    if (result.ok) expect(result.text.replace(/a/g, '')).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  });
});
