/**
 * Exported files are named after what they hold: a title's words, joined by hyphens, safe on
 * every file system (no separators, no reserved characters, no leading dot), 80 characters at most.
 */

/** A file-name stem from `title`; `brief` when the title has no letters or digits. */
export function fileStem(title: string): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80).trim().replace(/ /g, '-') || 'brief';
}
