/**
 * The brief of each article in the `briefs` table. Records are read back through
 * `readStoredBrief`, so one an older version wrote opens with defaults; every save is one
 * transaction that merges a change into what is stored, so two fields saved at once never
 * overwrite each other.
 */
import { readStoredBrief } from '../../app/brief/brief-record';
import { keyJudgmentsPlainText } from '../../app/brief/key-judgments';
import type { Brief } from '../../app/brief/brief';
import type { BriefingDeskDatabase } from './database';

/** What the brief editor changes: any field but the article it belongs to. */
export type BriefChange = Partial<Omit<Brief, 'articleId' | 'keyJudgments'>>;

/** The article's brief: the stored one validated, or a new one by `author`. */
export async function loadBrief(db: BriefingDeskDatabase, articleId: string, author: string): Promise<Brief> {
  return readStoredBrief(await db.briefs.get(articleId), articleId, author);
}

/**
 * Stores `change` into the article's brief in one transaction and resolves to the brief as
 * stored. New key judgments also rewrite the plain-text form kept for older readers.
 * `onStoring` hears the brief as it is written, before the transaction commits, so a view
 * reading the brief live can tell its own writes from an import's.
 */
export async function updateBrief(
  db: BriefingDeskDatabase,
  articleId: string,
  author: string,
  change: BriefChange,
  onStoring?: (brief: Brief) => void,
): Promise<Brief> {
  return db.transaction('rw', db.briefs, async () => {
    const current = readStoredBrief(await db.briefs.get(articleId), articleId, author);
    const next: Brief = {
      ...current,
      ...change,
      articleId,
      ...(change.keyJudgmentsDoc ? { keyJudgments: keyJudgmentsPlainText(change.keyJudgmentsDoc) } : {}),
    };
    // Validated like a read, so what is stored is exactly what the next read gives.
    const stored = readStoredBrief(next, articleId, author);
    onStoring?.(stored);
    await db.briefs.put(stored);
    return stored;
  });
}
