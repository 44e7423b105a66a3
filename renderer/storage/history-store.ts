/**
 * Articles as histories of revisions, read from the database: the library's entries, and
 * where an opened article stands among its revisions (an earlier one opens read-only).
 */
import type { Article } from '../../app/model/model';
import { articleHistories, revisionNumber, type ArticleHistory } from '../../app/revisions/article-history';
import type { RevisionRecord } from '../../app/revisions/revision-record';
import type { BriefingDeskDatabase } from './database';

/** Every article in the library as a history of its revisions, with each revision's record by article id. */
export interface LibraryHistories {
  readonly histories: readonly ArticleHistory[];
  readonly records: ReadonlyMap<string, RevisionRecord>;
}

/** Every article in the library as a history of its revisions, in import order. */
export async function libraryHistories(db: BriefingDeskDatabase): Promise<LibraryHistories> {
  const [articles, records] = await Promise.all([db.articles.toArray(), db.history.toArray()]);
  return { histories: articleHistories(articles, records), records: new Map(records.map((r) => [r.articleId, r])) };
}

/** Where an article stands among its revisions. */
export interface RevisionPlace {
  /** 1-based. */
  readonly number: number;
  readonly of: number;
  /** The history's latest revision (the article itself when it is the latest). */
  readonly latest: Article;
}

/** Where `articleId` stands among its article's revisions; undefined if it is not stored. */
export async function revisionPlace(db: BriefingDeskDatabase, articleId: string): Promise<RevisionPlace | undefined> {
  const { histories } = await libraryHistories(db);
  for (const history of histories) {
    const place = revisionNumber(history, articleId);
    if (place) return { ...place, latest: history.latest };
  }
  return undefined;
}
