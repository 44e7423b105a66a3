/**
 * Calendar dates for people to read in exports and labels: the UTC date of an ISO 8601 time,
 * so the same data prints the same on every machine, whatever its locale or time zone.
 */

/** `2025-12-18` for any ISO 8601 time on that UTC day; the text itself when unreadable. */
export function utcDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 10);
}
