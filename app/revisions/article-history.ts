/**
 * An article with its revisions: the library shows one entry per article, opens the latest,
 * and lists the earlier ones. Revisions are grouped by following each one's record back to
 * the first import; a revision imported as a revision of an earlier (not the latest) one
 * still belongs to the same article.
 */
import type { Article } from '../model/model';
import type { RevisionRecord } from './revision-record';

/** One article's revisions, oldest first; the last is the latest. */
export interface ArticleHistory {
  readonly revisions: readonly Article[];
  readonly latest: Article;
}

/**
 * `articles` grouped into histories, each ordered by import time, the histories in the order
 * their first revisions were imported. A record naming an article that is not there (deleted)
 * links nothing.
 */
export function articleHistories(articles: readonly Article[], records: readonly RevisionRecord[]): ArticleHistory[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const previous = new Map(records.filter((r) => byId.has(r.previousId)).map((r) => [r.articleId, r.previousId]));
  // A cycle cannot come from imports, but a damaged record must not split or hang a history:
  // the cycle's smallest id stands for it.
  const rootOf = (id: string): string => {
    const path = [id];
    for (let up = previous.get(id); up !== undefined; up = previous.get(up)) {
      const loop = path.indexOf(up);
      if (loop >= 0) return path.slice(loop).sort()[0] ?? up;
      path.push(up);
    }
    return path[path.length - 1] ?? id;
  };
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const root = rootOf(article.id);
    const group = groups.get(root);
    if (group) group.push(article);
    else groups.set(root, [article]);
  }
  const byImport = (a: Article, b: Article) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id);
  return [...groups.values()]
    .map((group) => group.sort(byImport))
    .sort((a, b) => byImport(a[0] as Article, b[0] as Article))
    .map((revisions) => ({ revisions, latest: revisions[revisions.length - 1] as Article }));
}

/** Where `articleId` stands in `history`: `{ number: 2, of: 3 }`, 1-based; undefined if it is not there. */
export function revisionNumber(history: ArticleHistory, articleId: string): { readonly number: number; readonly of: number } | undefined {
  const index = history.revisions.findIndex((a) => a.id === articleId);
  return index < 0 ? undefined : { number: index + 1, of: history.revisions.length };
}
