/**
 * Comparing two analysts' briefs of several sources: each source here is compared with the
 * teammate's copy of the same text (matched by content hash), passage by passage
 * (`compareAnalysts`), and the comparisons are summed into one overall. Sources only one of
 * them has are named, not compared.
 */
import type { Annotation, Article } from '../model/model';
import { compareAnalysts, type AnalystComparison } from './compare-analysts';

/** One source both briefs have, and how the two analysts' annotations of it compare. */
export interface SourceComparison {
  /** The article here. */
  readonly article: Article;
  /** `S1`, `S2`, … in this brief's order. */
  readonly label: string;
  readonly comparison: AnalystComparison;
}

/** How two briefs compare: per shared source, overall, and the sources only one has. */
export interface BriefComparison {
  readonly perSource: readonly SourceComparison[];
  /** Every shared source's lists, source by source. */
  readonly overall: AnalystComparison;
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
  sources.forEach((article, i) => {
    const other = theirByHash.get(article.textHash);
    if (!other) {
      onlyHere.push(article);
      return;
    }
    const comparison = compareAnalysts(
      annotations.filter((a) => a.articleId === article.id),
      theirs.annotations.filter((a) => a.articleId === other.id),
    );
    perSource.push({ article, label: `S${i + 1}`, comparison });
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
    onlyHere,
    onlyThere: theirs.articles.filter((a) => !hashes.has(a.textHash)).map(({ title, textHash }) => ({ title, textHash })),
  };
}
