/**
 * GUIDs for a REFI-QDA project, which names every user, code, source, selection, coding, note
 * and link by one (the schema's pattern: 8-4-4-4-12 hexadecimal digits). An id that is already
 * a UUID is kept; any other thing gets a GUID derived from what it is (`note:<annotation id>`),
 * so exporting the same brief twice gives the same GUIDs and a re-import matches them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** FNV-1a over `text`'s UTF-16 units, from `seed`: 32 bits. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A GUID derived from `seed`, the same for the same seed: a version-8 (custom) UUID layout. Not for secrets. */
export function derivedGuid(seed: string): string {
  const hex = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x7feb352d].map((salt) => fnv1a(seed, salt).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `id` itself when it is a UUID (lower-cased), else a GUID derived from `kind:id`. */
export function guidOf(kind: string, id: string): string {
  return UUID.test(id) ? id.toLowerCase() : derivedGuid(`${kind}:${id}`);
}
