/**
 * Comparing two analysts' briefs of several sources: each source here is compared with the
 * teammate's copy of the same text (matched by content hash), passage by passage
 * (`compareAnalysts`), character by character (Cohen's κ, `characterAgreement`) and span by
 * span (Krippendorff's α_u, `annotationAlpha`), and the
 * comparisons are summed into one overall. Sources only one of them has are named, not
 * compared: figures are only ever computed on the same text.
 */
import { canonicalText } from '../model/canonical-text';
import type { Annotation, Article } from '../model/model';
import { characterAgreement, type CharacterAgreement } from './character-agreement';
import { annotationAlpha } from './unitizing-alpha';
import { compareAnalysts, type AnalystComparison } from './compare-analysts';

/** One source both briefs have, and how the two analysts' annotations of it compare. */
export interface SourceComparison {
  /** The article here. */
  readonly article: Article;
  /** `S1`, `S2`, … in this brief's order. */
  readonly label: string;
  readonly comparison: AnalystComparison;
  /** κ over the source's characters. */
  readonly agreement: CharacterAgreement;
  /** Krippendorff's α_u over the source's annotated spans. */
  readonly alpha: ReturnType<typeof annotationAlpha>;
}

/** How two briefs compare: per shared source, overall, and the sources only one has. */
export interface BriefComparison {
  readonly perSource: readonly SourceComparison[];
  /** Every shared source's lists, source by source. */
  readonly overall: AnalystComparison;
  /** κ over the characters of every shared source, as if one text. */
  readonly agreement: CharacterAgreement;
  /** α_u over every shared source, as if one text. */
  readonly alpha: ReturnType<typeof annotationAlpha>;
  /** This brief's sources the other lacks. */
  readonly onlyHere: readonly Article[];
  /** The other brief's sources (by their titles there) this one lacks. */
  readonly onlyThere: readonly Pick<Article, 'title' | 'textHash'>[];
}

/**
 * Compares this brief (`sources` in its order, `annotations` on them) with another (`theirs`:
 * its articles and annotations, as a brief file carries them).
 */
export function compareBriefs(
  sources: readonly Article[],
  annotations: readonly Annotation[],
  theirs: { readonly articles: readonly Pick<Article, 'id' | 'title' | 'textHash'>[]; readonly annotations: readonly Annotation[] },
): BriefComparison {
  const theirByHash = new Map(theirs.articles.map((a) => [a.textHash, a]));
  const perSource: SourceComparison[] = [];
  const onlyHere: Article[] = [];
  // The shared sources end to end, each annotation moved by its source's offset, for the overall κ.
  const shifted: { here: Annotation[]; there: Annotation[]; length: number } = { here: [], there: [], length: 0 };
  const shift = (a: Annotation, by: number): Annotation => ({ ...a, target: { ...a.target, position: { ...a.target.position, start: a.target.position.start + by, end: a.target.position.end + by } } });
  sources.forEach((article, i) => {
    const other = theirByHash.get(article.textHash);
    if (!other) {
      onlyHere.push(article);
      return;
    }
    const here = annotations.filter((a) => a.articleId === article.id);
    const there = theirs.annotations.filter((a) => a.articleId === other.id);
    const length = [...canonicalText(article.blocks)].length;
    perSource.push({ article, label: `S${i + 1}`, comparison: compareAnalysts(here, there), agreement: characterAgreement(length, here, there), alpha: annotationAlpha(length, here, there) });
    shifted.here.push(...here.map((a) => shift(a, shifted.length)));
    shifted.there.push(...there.map((a) => shift(a, shifted.length)));
    shifted.length += length;
  });
  const hashes = new Set(sources.map((a) => a.textHash));
  const lists = perSource.map((s) => s.comparison);
  return {
    perSource,
    overall: {
      agreements: lists.flatMap((c) => c.agreements),
      disagreements: lists.flatMap((c) => c.disagreements),
      onlyA: lists.flatMap((c) => c.onlyA),
      onlyB: lists.flatMap((c) => c.onlyB),
    },
    agreement: characterAgreement(shifted.length, shifted.here, shifted.there),
    alpha: annotationAlpha(shifted.length, shifted.here, shifted.there),
    onlyHere,
    onlyThere: theirs.articles.filter((a) => !hashes.has(a.textHash)).map(({ title, textHash }) => ({ title, textHash })),
  };
}
