/**
 * Content hashes: how `.brief` files name their article independently of local ids.
 * Uses Web Crypto, present both in browsers and in Node ≥ 19 as `globalThis.crypto`.
 */

/** The SHA-256 of a text's UTF-8 bytes, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
