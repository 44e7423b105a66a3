/**
 * Telling an earlier revision of an article: the import offers one when a new text has the
 * same title or source address as an annotated article, and the database upgrade that began
 * recording revisions links the revisions imported before it from the same signs.
 */
import type { Annotation, Article, ArticleDraft } from '../model/model';
import { alignBlocks } from './block-changes';
import type { RevisionRecord } from './revision-record';

/** Whether `article` reads as an earlier version of `draft`: same title, or same source URL. */
export function isEarlierVersion(article: Article, draft: ArticleDraft): boolean {
  const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(article.title, draft.title) || same(article.sourceUrl, draft.sourceUrl);
}

/** What a revision's copy of an annotation keeps of the original: who made it, when, and its tag. */
function signature(annotation: Annotation): string {
  return `${annotation.author}\u0000${annotation.createdAt}\u0000${annotation.tag}`;
}

/**
 * The revision records of articles imported as revisions before revisions were recorded: an
 * article is a revision of the latest earlier article that reads as its earlier version and
 * shares an annotation with it (a revision's copies keep their author, creation time and
 * tag). Which annotation went where was not recorded then, so the records carry no outcomes.
 */
export function inferRevisionRecords(articles: readonly Article[], annotations: readonly Annotation[]): RevisionRecord[] {
  const signatures = new Map<string, Set<string>>();
  for (const annotation of annotations) {
    const set = signatures.get(annotation.articleId) ?? new Set<string>();
    set.add(signature(annotation));
    signatures.set(annotation.articleId, set);
  }
  const byImport = [...articles].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const records: RevisionRecord[] = [];
  byImport.forEach((article, index) => {
    const own = signatures.get(article.id);
    if (!own) return;
    const previous = byImport
      .slice(0, index)
      .reverse()
      .find((earlier) => isEarlierVersion(earlier, article) && [...(signatures.get(earlier.id) ?? [])].some((s) => own.has(s)));
    if (previous) records.push({ articleId: article.id, previousId: previous.id, changes: alignBlocks(previous.blocks, article.blocks).changes });
  });
  return records;
}
