import { expect, it } from 'vitest';
import { sha256Hex } from './content-hash';

it('hashes text as SHA-256 of its UTF-8 bytes', async () => {
  expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(await sha256Hex('é')).not.toBe(await sha256Hex('e'));
});
