/**
 * Comparing two analysts' annotations of one article by passage, not by character: two
 * highlights are the same passage when they overlap by at least half of the shorter one, so
 * analysts who select a sentence with or without its final clause still agree.
 */
import type { Annotation } from '../model/model';

/** The share of the shorter highlight two highlights must overlap by to be one passage. */
export const MIN_PASSAGE_OVERLAP = 0.5;

/** One passage both analysts highlighted: analyst A's annotation and analyst B's. */
export interface PassagePair {
  readonly a: Annotation;
  readonly b: Annotation;
}

/** How two analysts' annotations of the same article compare, every list in text order. */
export interface AnalystComparison {
  /** Passages both tagged, with the same tag. */
  readonly agreements: readonly PassagePair[];
  /** Passages both tagged, with different tags. */
  readonly disagreements: readonly PassagePair[];
  /** Annotations of A matching no passage of B. */
  readonly onlyA: readonly Annotation[];
  /** Annotations of B matching no passage of A. */
  readonly onlyB: readonly Annotation[];
}

/** Code points two annotations' positions share. */
function overlapOf(a: Annotation, b: Annotation): number {
  return Math.max(0, Math.min(a.target.position.end, b.target.position.end) - Math.max(a.target.position.start, b.target.position.start));
}

const lengthOf = (a: Annotation): number => a.target.position.end - a.target.position.start;

/**
 * Whether two annotations mark the same passage: they overlap by at least
 * `MIN_PASSAGE_OVERLAP` of the shorter one. Empty highlights match nothing.
 */
export function samePassage(a: Annotation, b: Annotation): boolean {
  const shorter = Math.min(lengthOf(a), lengthOf(b));
  return shorter > 0 && overlapOf(a, b) >= MIN_PASSAGE_OVERLAP * shorter;
}

const byText = (x: Annotation, y: Annotation): number =>
  x.target.position.start - y.target.position.start || x.target.position.end - y.target.position.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Compares analyst A's and analyst B's annotations of one article (their positions count in
 * the same canonical text). Each annotation is paired at most once: candidate pairs are taken
 * greedily, those with the same tag first, then the closest in extent (overlap over the
 * longer highlight), so a passage A tagged twice pairs with B's annotation of the same tag.
 */
export function compareAnalysts(annotationsA: readonly Annotation[], annotationsB: readonly Annotation[]): AnalystComparison {
  const sortedB = [...annotationsB].sort(byText);
  const candidates: { a: Annotation; b: Annotation; sameTag: boolean; closeness: number }[] = [];
  for (const a of annotationsA) {
    for (const b of sortedB) {
      if (b.target.position.start >= a.target.position.end) break;
      if (samePassage(a, b)) candidates.push({ a, b, sameTag: a.tag === b.tag, closeness: overlapOf(a, b) / Math.max(lengthOf(a), lengthOf(b)) });
    }
  }
  candidates.sort((x, y) => Number(y.sameTag) - Number(x.sameTag) || y.closeness - x.closeness || byText(x.a, y.a) || byText(x.b, y.b));

  const pairedA = new Set<Annotation>();
  const pairedB = new Set<Annotation>();
  const pairs: PassagePair[] = [];
  for (const { a, b } of candidates) {
    if (pairedA.has(a) || pairedB.has(b)) continue;
    pairedA.add(a);
    pairedB.add(b);
    pairs.push({ a, b });
  }
  pairs.sort((x, y) => byText(x.a, y.a));
  return {
    agreements: pairs.filter((p) => p.a.tag === p.b.tag),
    disagreements: pairs.filter((p) => p.a.tag !== p.b.tag),
    onlyA: annotationsA.filter((a) => !pairedA.has(a)).sort(byText),
    onlyB: annotationsB.filter((b) => !pairedB.has(b)).sort(byText),
  };
}

/** A field of a passage both analysts tagged on which they differ, with each one's value (empty for none). */
export interface FieldDifference {
  readonly field: 'note' | 'confidence' | 'speaker';
  readonly a: string;
  readonly b: string;
}

/**
 * What differs between the two annotations of a passage besides its extent: the note, the
 * confidence, the speaker (compared trimmed; a missing value is the empty one).
 */
export function pairDifferences({ a, b }: PassagePair): FieldDifference[] {
  const fields: FieldDifference[] = [
    { field: 'note', a: a.note.trim(), b: b.note.trim() },
    { field: 'confidence', a: a.confidence ?? '', b: b.confidence ?? '' },
    { field: 'speaker', a: (a.speaker ?? '').trim(), b: (b.speaker ?? '').trim() },
  ];
  return fields.filter((f) => f.a !== f.b);
}
