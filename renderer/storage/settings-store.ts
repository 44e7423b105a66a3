/**
 * The analyst's settings, stored in the `settings` table, each validated when read since an
 * older version may have stored something else.
 */
import type { BriefingDeskDatabase } from './database';

/**
 * Who signs annotations until the analyst gives a name (and no account name is known): a
 * first start tags at once, and a name given later can re-sign what this one signed.
 */
export const UNNAMED_ANALYST = 'Analyst';

/** The analyst's name, or undefined when it was never given. */
export async function analystName(db: BriefingDeskDatabase): Promise<string | undefined> {
  const value = (await db.settings.get('analystName'))?.value;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** Stores the analyst's name (trimmed; an empty name is refused). */
export async function setAnalystName(db: BriefingDeskDatabase, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new RangeError('A name is needed: it marks your annotations as yours.');
  await db.settings.put({ key: 'analystName', value: trimmed.slice(0, 120) });
}

/** The id of the article open last, if any. */
export async function lastArticleId(db: BriefingDeskDatabase): Promise<string | undefined> {
  const value = (await db.settings.get('lastArticleId'))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The id of the brief open last, if any. */
export async function lastBriefId(db: BriefingDeskDatabase): Promise<string | undefined> {
  const value = (await db.settings.get('lastBriefId'))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The settings key of the source brief `briefId` showed last. */
function sourceKey(briefId: string): string {
  return `lastSource:${briefId}`;
}

/** The id of the source brief `briefId` showed last, if any (it may since have left the brief). */
export async function lastSourceOf(db: BriefingDeskDatabase, briefId: string): Promise<string | undefined> {
  const value = (await db.settings.get(sourceKey(briefId)))?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Remembers the brief open now and the source it shows, to reopen them next time; each brief
 * keeps its own source shown, so going back to a brief shows what it showed.
 */
export async function setLastOpen(db: BriefingDeskDatabase, briefId: string, articleId: string | undefined): Promise<void> {
  await db.settings.bulkPut([
    { key: 'lastBriefId', value: briefId },
    ...(articleId
      ? [
          { key: 'lastArticleId', value: articleId },
          { key: sourceKey(briefId), value: articleId },
        ]
      : []),
  ]);
}
