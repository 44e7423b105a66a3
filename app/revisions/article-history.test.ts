import { describe, expect, it } from 'vitest';
import type { Article } from '../model/model';
import { articleHistories, revisionNumber } from './article-history';
import type { RevisionRecord } from './revision-record';

const article = (id: string, importedAt: string): Article => ({ id, title: id, blocks: [{ type: 'heading', text: id }], textHash: id.padEnd(64, '0'), importedAt });
const record = (articleId: string, previousId: string): RevisionRecord => ({ articleId, previousId, changes: { added: 0, removed: 0, edited: 1 } });

describe('articleHistories', () => {
  const v1 = article('v1', '2026-01-01T00:00:00Z');
  const other = article('other', '2026-01-02T00:00:00Z');
  const v2 = article('v2', '2026-01-03T00:00:00Z');
  const v3 = article('v3', '2026-01-04T00:00:00Z');

  it('makes one history of an article and its revisions, oldest first, and keeps others apart', () => {
    const histories = articleHistories([v3, other, v1, v2], [record('v2', 'v1'), record('v3', 'v2')]);
    expect(histories.map((h) => h.revisions.map((a) => a.id))).toEqual([['v1', 'v2', 'v3'], ['other']]);
    expect(histories[0]?.latest.id).toBe('v3');
    expect(revisionNumber(histories[0]!, 'v1')).toEqual({ number: 1, of: 3 });
    expect(revisionNumber(histories[0]!, 'other')).toBeUndefined();
  });

  it('keeps a revision of an earlier revision in the same history, ordered by import', () => {
    const histories = articleHistories([v1, v2, v3], [record('v2', 'v1'), record('v3', 'v1')]);
    expect(histories.map((h) => h.revisions.map((a) => a.id))).toEqual([['v1', 'v2', 'v3']]);
  });

  it('starts a history at a revision whose earlier one was deleted, and survives a cycle', () => {
    expect(articleHistories([v2, v3], [record('v2', 'v1'), record('v3', 'v2')]).map((h) => h.revisions.map((a) => a.id))).toEqual([['v2', 'v3']]);
    expect(articleHistories([v1, v2], [record('v1', 'v2'), record('v2', 'v1')])).toHaveLength(1);
  });
});
