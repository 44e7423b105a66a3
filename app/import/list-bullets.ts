/**
 * The bullet an importer gives an unordered list item, by how deeply its list is nested, so
 * Markdown and HTML lists read alike.
 */

const BULLETS = ['•', '◦', '▪'] as const;

/** The bullet of an item in a list nested `depth` deep (1 for a top-level list). */
export function bulletAt(depth: number): string {
  return BULLETS[Math.min(Math.max(depth, 1), BULLETS.length) - 1]!;
}
