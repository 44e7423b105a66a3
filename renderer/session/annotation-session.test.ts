import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText } from '../../app/model/canonical-text';
import type { ArticleDraft } from '../../app/model/model';
import { BriefingDeskDatabase } from '../storage/database';
import { storeArticle } from '../storage/article-store';
import { annotationsOf } from '../storage/annotation-store';
import { createBrief } from '../storage/brief-store';
import { AnnotationSession } from './annotation-session';

const draft: ArticleDraft = {
  title: 'T',
  blocks: [
    { type: 'heading', text: 'T' },
    { type: 'paragraph', text: 'Guarantees may include armed force. Risks include a buffer zone.' },
  ],
};
const text = canonicalText(draft.blocks);
const rangeOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

let db: BriefingDeskDatabase;
let n = 0;
afterEach(async () => {
  await db.delete();
});

async function open() {
  db = new BriefingDeskDatabase(`session-${++n}`);
  const article = await storeArticle(db, draft);
  const session = new AnnotationSession({ db, briefId: 'brief', sources: [{ article, text }], analyst: () => 'Ada' }, []);
  return { session, article };
}

describe('AnnotationSession over a brief of several sources', () => {
  const notesDraft: ArticleDraft = { title: 'Notes', blocks: [{ type: 'heading', text: 'Notes' }, { type: 'paragraph', text: 'No troops pledged yet.' }] };
  const notesText = canonicalText(notesDraft.blocks);

  it('tags any source, links across them, and adds or removes a source as one undoable step that keeps its annotations', async () => {
    db = new BriefingDeskDatabase(`session-${++n}`);
    const article = await storeArticle(db, draft);
    const notes = await storeArticle(db, notesDraft);
    const brief = await createBrief(db, 'Two sources', [article.id], 'Ada');
    const session = new AnnotationSession({ db, briefId: brief.id, sources: [{ article, text }], analyst: () => 'Ada' }, []);
    const guarantee = await session.create('guarantee', rangeOf('armed force'));

    await session.setSources([article.id, notes.id], 'add source');
    expect(session.getState().sources.map((s) => s.article.id)).toEqual([article.id, notes.id]);
    expect(session.undoLabel()).toBe('add source');
    const start = notesText.indexOf('No troops');
    const risk = await session.create('risk', { start, end: start + 'No troops pledged'.length }, notes.id);
    expect(risk).toMatchObject({ briefId: brief.id, articleId: notes.id, target: { quote: { exact: 'No troops pledged' } } });
    await session.link(risk.id, guarantee.id, true);
    // Source by source in the brief's order: the first source's passages, then the second's.
    expect(session.getState().anchored.map((a) => [a.annotation.id, a.source ?? 0])).toEqual([
      [guarantee.id, 0],
      [risk.id, 1],
    ]);

    await session.setSources([article.id], 'remove source');
    expect(session.getState().all.has(risk.id)).toBe(false);
    expect((await db.dossiers.get(brief.id))?.sources).toEqual([article.id]);
    // Kept in the brief, unseen, while the source is out.
    expect((await annotationsOf(db, notes.id)).map((a) => a.id)).toEqual([risk.id]);
    await session.undo();
    expect((await db.dossiers.get(brief.id))?.sources).toEqual([article.id, notes.id]);
    expect(session.getState().all.get(risk.id)?.links).toEqual([guarantee.id]);
    await session.redo();
    expect(session.getState().sources).toHaveLength(1);
    expect(() => session.draft('risk', { start: 0, end: 2 }, notes.id)).toThrow(/not one of this brief/);
  });
});

describe('AnnotationSession', () => {
  it('on an earlier revision (read-only) refuses every change and stores nothing', async () => {
    const { session, article } = await open();
    const kept = await session.create('risk', rangeOf('buffer zone'));
    const earlier = new AnnotationSession({ db, briefId: 'brief', sources: [{ article, text }], analyst: () => 'Ada', readOnly: true }, [kept]);
    await expect(earlier.tag(earlier.draft('guarantee', rangeOf('armed force')))).rejects.toThrow(/earlier revision/);
    await expect(earlier.edit(kept.id, { note: 'changed' })).rejects.toThrow(/earlier revision/);
    await expect(earlier.remove(kept.id)).rejects.toThrow(/earlier revision/);
    await expect(earlier.setVerdict(kept.id, { status: 'agreed', comment: '', reviewer: 'R', at: 'now' })).rejects.toThrow(/earlier revision/);
    expect(await annotationsOf(db, article.id)).toEqual([kept]);
    expect(earlier.getState().all.get(kept.id)).toEqual(kept);
  });

  it('confirms a changed wording as one undoable step, the verdict kept', async () => {
    const { session, article } = await open();
    const risk = await session.create('risk', rangeOf('buffer zone'));
    const changed = { ...risk, textChange: { before: 'buffer area' }, verdict: { status: 'agreed' as const, comment: '', reviewer: 'R', at: 'then' } };
    await db.annotations.put(changed);
    const reopened = new AnnotationSession({ db, briefId: 'brief', sources: [{ article, text }], analyst: () => 'Ada' }, [changed]);
    await reopened.confirmWording(risk.id);
    const [stored] = await annotationsOf(db, article.id);
    expect(stored?.textChange).toBeUndefined();
    expect(stored?.verdict?.status).toBe('agreed');
    await reopened.undo();
    expect((await annotationsOf(db, article.id))[0]?.textChange).toEqual({ before: 'buffer area' });
  });

  it('stores a created annotation before showing it, in text order', async () => {
    const { session, article } = await open();
    await session.create('risk', rangeOf('buffer zone'));
    await session.create('guarantee', rangeOf('armed force'));
    expect(session.getState().anchored.map((a) => a.annotation.target.quote.exact)).toEqual(['armed force', 'buffer zone']);
    expect((await annotationsOf(db, article.id)).map((a) => a.author)).toEqual(['Ada', 'Ada']);
  });

  it('keeps the counts and the guarantees in step with taggings, edits and undo', async () => {
    const { session } = await open();
    const guarantee = await session.create('guarantee', rangeOf('armed force'));
    const risk = await session.create('risk', rangeOf('buffer zone'));
    await session.link(risk.id, guarantee.id, true);
    await session.edit(risk.id, { tag: 'precedent' });
    const { overview } = session.getState();
    expect(overview.counts).toEqual({ all: 2, guarantee: 1, risk: 0, precedent: 1 });
    expect(overview.guarantees.map((g) => g.id)).toEqual([guarantee.id]);
    expect(overview.linkedFrom.get(guarantee.id)?.map((a) => a.tag)).toEqual(['precedent']);
    await session.undo();
    await session.undo();
    expect(session.getState().overview.counts).toEqual({ all: 2, guarantee: 1, risk: 1, precedent: 0 });
    expect(session.getState().overview.linkedFrom.get(guarantee.id) ?? []).toEqual([]);
  });

  it('a draft is neither stored nor shown until it is adopted, and then undoes as one step', async () => {
    const { session, article } = await open();
    const draft = session.draft('guarantee', rangeOf('armed force'));
    const seen: string[] = [];
    session.onDidApplyChanges((changes) => seen.push(...changes.map((c) => c.after?.id ?? '')));
    expect(session.getState().all.size).toBe(0);
    expect(await annotationsOf(db, article.id)).toEqual([]);
    await session.adopt(draft);
    expect(seen).toEqual([draft.id]);
    expect((await annotationsOf(db, article.id)).map((a) => [a.id, a.target.quote.exact])).toEqual([[draft.id, 'armed force']]);
    expect(await session.undo()).toBe(true);
    expect(session.getState().all.size).toBe(0);
  });

  it('undo and redo are stored, so a new session sees them', async () => {
    const { session, article } = await open();
    const created = await session.create('risk', rangeOf('buffer zone'));
    await session.edit(created.id, { tag: 'precedent' });
    expect(await session.undo()).toBe(true);
    expect((await db.annotations.get(created.id))?.tag).toBe('risk');
    expect(await session.undo()).toBe(true);
    expect(await annotationsOf(db, article.id)).toEqual([]);
    expect(session.getState().canUndo).toBe(false);
    expect(await session.undo()).toBe(false);
    expect(await session.redo()).toBe(true);
    expect((await db.annotations.get(created.id))?.tag).toBe('risk');
    const reopened = new AnnotationSession({ db, briefId: 'brief', sources: [{ article, text }], analyst: () => 'Ada' }, await annotationsOf(db, article.id));
    expect(reopened.getState().anchored).toHaveLength(1);
  });

  it('deleting a guarantee drops links to it and undo restores them', async () => {
    const { session } = await open();
    const g = await session.create('guarantee', rangeOf('armed force'));
    const r = await session.create('risk', rangeOf('buffer zone'));
    await session.link(r.id, g.id, true);
    await session.remove(g.id);
    expect(session.getState().all.get(r.id)?.links).toEqual([]);
    await session.undo();
    expect(session.getState().all.get(r.id)?.links).toEqual([g.id]);
    expect((await db.annotations.get(r.id))?.links).toEqual([g.id]);
  });

  it('reports each stored action to change listeners, and nothing for a failed one', async () => {
    const { session } = await open();
    const seen: number[] = [];
    const dispose = session.onDidApplyChanges((changes) => seen.push(changes.length));
    await session.create('risk', rangeOf('buffer zone'));
    db.close();
    await expect(session.create('guarantee', rangeOf('armed force'))).rejects.toThrow();
    expect(seen).toEqual([1]);
    expect(session.getState().anchored).toHaveLength(1);
    dispose();
  });

  it('shows a tagging at once and makes it undoable once it is stored', async () => {
    const { session, article } = await open();
    const draft = session.draft('guarantee', rangeOf('armed force'));
    const stored = session.tag(draft);
    expect(session.getState().anchored.map((a) => a.annotation.id)).toEqual([draft.id]);
    expect(session.getState().canUndo).toBe(true);
    await stored;
    expect(await annotationsOf(db, article.id)).toMatchObject([{ id: draft.id, tag: 'guarantee' }]);
    expect(await session.undo()).toBe(true);
    expect(session.getState().anchored).toEqual([]);
    expect(await annotationsOf(db, article.id)).toEqual([]);
  });

  it('tells history listeners when a tagging becomes an undo step, and names the step', async () => {
    const { session } = await open();
    let heard = 0;
    session.onDidChangeHistory(() => heard++);
    const stored = session.tag(session.draft('risk', rangeOf('buffer zone')));
    expect(session.undoStep()).toBeUndefined();
    const shown = heard;
    await stored;
    expect(heard).toBe(shown + 1);
    expect(session.undoStep()).toMatchObject([{ before: null, after: { tag: 'risk' } }]);
    await session.undo();
    expect(session.undoStep()).toBeUndefined();
    expect(session.redoStep()).toMatchObject([{ before: null, after: { tag: 'risk' } }]);
  });

  it('undoes a tagging whose write has not committed yet, after it commits', async () => {
    const { session, article } = await open();
    const stored = session.tag(session.draft('risk', rangeOf('buffer zone')));
    const undone = session.undo();
    await stored;
    expect(await undone).toBe(true);
    expect(session.getState().anchored).toEqual([]);
    expect(await annotationsOf(db, article.id)).toEqual([]);
  });

  it('takes a tagging back out when its write fails, and leaves nothing to undo', async () => {
    const { session } = await open();
    const seen: string[] = [];
    session.onDidApplyChanges((changes) => seen.push(...changes.map((c) => (c.after ? `+${c.after.tag}` : `-${c.before?.tag}`))));
    db.close();
    const draft = session.draft('risk', rangeOf('buffer zone'));
    const stored = session.tag(draft);
    expect(session.getState().all.has(draft.id)).toBe(true);
    await expect(stored).rejects.toThrow();
    expect(seen).toEqual(['+risk', '-risk']);
    expect(session.getState().all.has(draft.id)).toBe(false);
    expect(session.getState().anchored).toEqual([]);
    expect(session.getState().canUndo).toBe(false);
  });

  it('keeps annotations whose text is gone as orphaned', async () => {
    const { session, article } = await open();
    const created = await session.create('risk', rangeOf('buffer zone'));
    const edited = text.replace('buffer zone', 'safe area');
    const reopened = new AnnotationSession({ db, briefId: 'brief', sources: [{ article, text: edited }], analyst: () => 'Ada' }, [created]);
    expect(reopened.getState().orphaned.map((a) => a.id)).toEqual([created.id]);
    expect(reopened.getState().anchored).toEqual([]);
  });

  it('adopts an annotation made elsewhere as one stored, undoable action', async () => {
    const { session, article } = await open();
    const made = await session.create('risk', rangeOf('buffer zone'));
    await session.undo();
    const adopted = { ...made, id: 'reviewed', note: 'carried over' };
    await session.adopt(adopted);
    expect(session.getState().anchored.map((a) => a.annotation.id)).toEqual(['reviewed']);
    expect(await annotationsOf(db, article.id)).toMatchObject([{ id: 'reviewed', note: 'carried over' }]);
    await session.undo();
    expect(await annotationsOf(db, article.id)).toEqual([]);
  });
  it('stores a verdict, shows it and undoes it', async () => {
    const { session, article } = await open();
    const annotation = await session.create('guarantee', rangeOf('armed force'));
    const verdict = { status: 'needs-source' as const, comment: 'Who says so?', reviewer: 'Rita', at: '2026-01-07T10:00:00Z' };
    await session.setVerdict(annotation.id, verdict);
    expect(session.getState().all.get(annotation.id)?.verdict).toEqual(verdict);
    expect((await annotationsOf(db, article.id))[0]?.verdict).toEqual(verdict);
    await session.undo();
    expect((await annotationsOf(db, article.id))[0]?.verdict).toBeUndefined();
  });
});
