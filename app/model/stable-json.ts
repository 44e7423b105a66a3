/**
 * A JSON text of a value that does not depend on the order its object keys were written in,
 * so two equal values always give the same text (used to compare and order versions).
 */

/**
 * `value` as JSON with object keys sorted. Like `JSON.stringify`, it leaves out `undefined`
 * properties, so an absent optional field and one set to `undefined` compare equal.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}
