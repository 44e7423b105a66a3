import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import type { Annotation, ArticleDraft } from '../../app/model/model';
import { reanchorAnnotations } from '../../app/anchoring/reanchor';
import { describeRange } from '../../app/anchoring/text-selectors';
import { canonicalText } from '../../app/model/canonical-text';
import { storeArticle } from './article-store';
import { annotationsOf } from './annotation-store';
import { BriefingDeskDatabase } from './database';
import { articleWithText, settleRevisionItem, revisionQueue, storeImport, suggestedRevisionOf } from './import-store';

const first: ArticleDraft = {
  title: 'Talks in Berlin',
  sourceUrl: 'https://example.org/talks',
  publisher: 'DW',
  byline: 'Ada Reporter',
  blocks: [
    { type: 'heading', text: 'Talks in Berlin' },
    { type: 'paragraph', text: 'Leaders met in Berlin on Monday to discuss what comes after a ceasefire in the war.' },
    { type: 'paragraph', text: 'The guarantees would be modelled on Article 5 of the NATO treaty, officials said on Monday.' },
    { type: 'paragraph', text: 'A paragraph about the weather in the capital that the editors later removed entirely.' },
  ],
};
const second: ArticleDraft = {
  title: 'Talks in Berlin (updated)',
  sourceUrl: 'https://example.org/talks',
  byline: 'Ada Reporter and Bo Editor',
  blocks: [
    { type: 'heading', text: 'Talks in Berlin (updated)' },
    { type: 'paragraph', text: 'Leaders met in Berlin on Monday to discuss what comes after a ceasefire in the war.' },
    { type: 'paragraph', text: 'The guarantees would be modelled on Article 5 of NATO, officials said on Monday.' },
  ],
};

let db: BriefingDeskDatabase;
let counter = 0;
afterEach(async () => {
  await db.delete();
});

function annotate(articleId: string, text: string, quote: string): Annotation {
  const start = text.indexOf(quote);
  return { id: quote, briefId: 'brief', articleId, tag: 'risk', target: describeRange(text, { start, end: start + quote.length }), note: 'why', links: [], author: 'Ada', createdAt: 't', updatedAt: 't' };
}

describe('storeImport', () => {
  it('stores a revision with anchored and orphaned annotations and a review queue, leaving the old article alone', async () => {
    db = new BriefingDeskDatabase(`import-${++counter}`);
    const old = await storeArticle(db, first);
    const oldText = canonicalText(first.blocks);
    const annotations = ['what comes after a ceasefire', 'modelled on Article 5 of the NATO treaty', 'the editors later removed entirely'].map((q) => annotate(old.id, oldText, q));
    await db.annotations.bulkAdd(annotations);
    expect((await suggestedRevisionOf(db, second))?.id).toBe(old.id);

    const outcomes = reanchorAnnotations(canonicalText(second.blocks), annotations);
    await db.dossiers.add({ id: 'brief', sources: ['other-source', old.id], title: 'Berlin brief', keyJudgments: 'Guarantees are likely.', marking: 'UNCLASSIFIED', author: 'Ada' });
    const stored = await storeImport(db, second, { previous: old, annotations, outcomes });
    expect(stored).toMatchObject({ existed: false, counts: { anchored: 1, review: 1, orphaned: 1 } });
    expect(await annotationsOf(db, old.id)).toHaveLength(3);
    expect((await annotationsOf(db, stored.article.id)).map((a) => a.target.quote.exact).sort()).toEqual(['the editors later removed entirely', 'what comes after a ceasefire']);

    // Its place in the article's history, with its brief and the source details it lacked.
    expect(await db.history.get(stored.article.id)).toMatchObject({ previousId: old.id, changes: { edited: 2, removed: 1, added: 0 } });
    expect((await db.history.get(stored.article.id))?.outcomes?.map((o) => o.fate).sort()).toEqual(['kept', 'orphaned', 'review']);
    // The brief that drew on the revision before draws on this one, in its place, and keeps what it holds.
    expect(await db.dossiers.get('brief')).toMatchObject({ sources: ['other-source', stored.article.id], title: 'Berlin brief', keyJudgments: 'Guarantees are likely.' });
    expect((await annotationsOf(db, stored.article.id)).every((a) => a.briefId === 'brief')).toBe(true);
    expect(stored.article).toMatchObject({ publisher: 'DW', byline: 'Ada Reporter and Bo Editor', sourceUrl: 'https://example.org/talks' });
    expect('published' in stored.article).toBe(false);

    const [review] = await revisionQueue(db, stored.article.id);
    expect(review?.newText).toBe('modelled on Article 5 of NATO');
    await db.annotations.add({ ...review!.annotation, target: review!.candidate });
    expect(await revisionQueue(db, stored.article.id)).toEqual([]);
    await settleRevisionItem(db, review!.id);
    expect(await db.revisions.count()).toBe(0);
  });

  it('keeps the revision queue\'s live query asleep while the analyst tags, and wakes it for its own items', async () => {
    db = new BriefingDeskDatabase(`import-${++counter}`);
    const old = await storeArticle(db, first);
    const annotations = [annotate(old.id, canonicalText(first.blocks), 'modelled on Article 5 of the NATO treaty')];
    await db.annotations.bulkAdd(annotations);
    await db.dossiers.add({ id: 'brief', sources: [old.id], title: '', keyJudgments: '', marking: '', author: 'Ada' });
    const stored = await storeImport(db, second, { previous: old, annotations, outcomes: reanchorAnnotations(canonicalText(second.blocks), annotations) });
    const [review] = await revisionQueue(db, stored.article.id);
    expect(review).toBeDefined();
    const runs: number[] = [];
    const subscription = liveQuery(() => revisionQueue(db, stored.article.id)).subscribe((queue) => runs.push(queue.length));
    try {
      await vi.waitFor(() => expect(runs).toEqual([1]));
      await db.annotations.add({ ...annotations[0]!, id: 'new-tagging', articleId: stored.article.id, target: review!.candidate });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runs).toEqual([1]);
      await db.annotations.add({ ...review!.annotation, target: review!.candidate });
      await vi.waitFor(() => expect(runs).toEqual([1, 0]));
    } finally {
      subscription.unsubscribe();
    }
  });

  it('writes nothing for a text already in the library', async () => {
    db = new BriefingDeskDatabase(`import-${++counter}`);
    const old = await storeArticle(db, first);
    expect((await articleWithText(db, { ...first, title: 'Renamed' }))?.id).toBe(old.id);
    const again = await storeImport(db, first);
    expect(again).toEqual({ article: old, existed: true });
    expect(await db.articles.count()).toBe(1);
  });

  it('suggests no revision for an unannotated or unrelated article', async () => {
    db = new BriefingDeskDatabase(`import-${++counter}`);
    await storeArticle(db, first);
    expect(await suggestedRevisionOf(db, second)).toBeUndefined();
  });
});
