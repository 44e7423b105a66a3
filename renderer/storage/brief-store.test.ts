import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRIEF_SETTINGS } from '../../app/brief/brief-settings';
import type { KeyJudgmentsDoc } from '../../app/brief/key-judgments';
import type { Brief } from '../../app/brief/brief';
import { createBrief, deleteBrief, loadBrief, readBriefContents, restoreBrief, updateBrief } from './brief-store';
import { annotationOn } from '../../app/testing/test-annotation';
import { BriefingDeskDatabase } from './database';

let db: BriefingDeskDatabase;
let counter = 0;
afterEach(async () => {
  await db.delete();
});

const DOC: KeyJudgmentsDoc = {
  type: 'doc',
  content: [{ type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'strong' }] }] }] }] }],
};

describe('brief store', () => {
  it('gives a new brief until one is saved, then what was saved', async () => {
    db = new BriefingDeskDatabase(`brief-${++counter}`);
    expect(await loadBrief(db, 'a1', 'Ada')).toMatchObject({ id: 'a1', sources: [], title: '', marking: 'UNCLASSIFIED', author: 'Ada', settings: DEFAULT_BRIEF_SETTINGS });
    await updateBrief(db, 'a1', 'Ada', { title: 'My brief' });
    await updateBrief(db, 'a1', 'Ada', { keyJudgmentsDoc: DOC, settings: { ...DEFAULT_BRIEF_SETTINGS, paper: 'letter', includeTags: ['risk'] } });
    const brief = await loadBrief(db, 'a1', 'Ada');
    expect(brief).toMatchObject({ title: 'My brief', keyJudgmentsDoc: DOC, keyJudgments: '- Bold', settings: { paper: 'letter', includeTags: ['risk'] } });
    expect(await loadBrief(db, 'a2', 'Ada')).toMatchObject({ title: '' });
  });

  it('reads a brief\'s sources in its order with their annotations only, leaving out a source gone from the library and another brief\'s', async () => {
    db = new BriefingDeskDatabase(`brief-${++counter}`);
    const article = (id: string) => ({ id, title: id, textHash: id.padEnd(64, '0'), importedAt: 't', blocks: [{ type: 'paragraph' as const, text: `Text of ${id} here.` }] });
    await db.articles.bulkAdd([article('s1'), article('s2')]);
    const on = (id: string, briefId: string, articleId: string) => ({ ...annotationOn(`Text of ${articleId} here.`, 'Text', { id, tag: 'risk' }), briefId, articleId });
    await db.annotations.bulkAdd([on('a', 'b1', 's1'), on('b', 'b1', 's2'), on('c', 'b1', 'gone'), on('d', 'b2', 's1')]);
    const contents = await readBriefContents(db, 'b1', ['s2', 'gone', 's1']);
    expect(contents.sources.map((s) => [s.article.id, s.text])).toEqual([
      ['s2', 'Text of s2 here.'],
      ['s1', 'Text of s1 here.'],
    ]);
    expect(contents.annotations.map((a) => a.id).sort()).toEqual(['a', 'b']);
  });

  it('merges saves started together instead of losing one', async () => {
    db = new BriefingDeskDatabase(`brief-${++counter}`);
    await Promise.all([updateBrief(db, 'a1', 'Ada', { title: 'T' }), updateBrief(db, 'a1', 'Ada', { marking: 'SECRET' })]);
    expect(await loadBrief(db, 'a1', 'Ada')).toMatchObject({ title: 'T', marking: 'SECRET' });
  });

  it('reads an older record with defaults', async () => {
    db = new BriefingDeskDatabase(`brief-${++counter}`);
    await db.dossiers.put({ id: 'a1', title: 'Old', keyJudgments: 'Plain.', marking: 'X', author: 'Bo' } as unknown as Brief);
    const brief = await loadBrief(db, 'a1', 'Ada');
    expect(brief).toMatchObject({ title: 'Old', marking: 'X', settings: DEFAULT_BRIEF_SETTINGS });
    expect(brief.keyJudgmentsDoc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain.' }] }] });
  });

  it('deletes a brief with its annotations and tombstones, leaving its articles and another brief on them, and puts it all back', async () => {
    db = new BriefingDeskDatabase(`brief-${++counter}`);
    const mine = await createBrief(db, 'Mine', ['a1'], 'Ada');
    const other = await createBrief(db, 'Other', ['a1'], 'Ada');
    const on = (id: string, briefId: string) => annotationOn('Leaders met', 'Leaders', { id, briefId, articleId: 'a1' });
    await db.annotations.bulkAdd([on('m1', mine.id), on('o1', other.id)]);
    await db.tombstones.add({ id: 'gone', briefId: mine.id, articleId: 'a1', deletedAt: '2026-01-01T00:00:00Z', deletedBy: 'Ada' });
    const snapshot = await deleteBrief(db, mine.id);
    expect(await db.dossiers.get(mine.id)).toBeUndefined();
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['o1']);
    expect(await db.tombstones.count()).toBe(0);
    await restoreBrief(db, snapshot);
    expect(await db.dossiers.get(mine.id)).toEqual(mine);
    expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual(['m1', 'o1']);
    expect(await db.tombstones.count()).toBe(1);
    await expect(deleteBrief(db, 'missing')).rejects.toThrow(/no longer in the library/);
  });
});
