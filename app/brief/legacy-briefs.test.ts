import { describe, expect, it } from 'vitest';
import { legacyBriefId, upgradeLegacyBriefs, type LegacyAnnotation, type LegacyRows } from './legacy-briefs';
import type { Article } from '../model/model';

const article = (id: string, title: string, importedAt: string): Article => ({ id, title, textHash: id.padEnd(64, '0'), importedAt, blocks: [{ type: 'heading', text: title }] });
const annotation = (id: string, articleId: string): LegacyAnnotation => ({
  id,
  articleId,
  tag: 'risk',
  target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'T', prefix: '', suffix: '' } },
  note: id,
  links: [],
  author: 'Ada',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const rows = (over: Partial<LegacyRows> = {}): LegacyRows => ({ articles: [], history: [], briefs: [], annotations: [], tombstones: [], revisions: [], ...over });

describe('legacyBriefId', () => {
  it('is a version-8 UUID derived from the text hash alone: the same on every machine, different for another text', async () => {
    const a = await legacyBriefId('a'.repeat(64));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await legacyBriefId('a'.repeat(64))).toBe(a);
    expect(await legacyBriefId('b'.repeat(64))).not.toBe(a);
  });
});

describe('upgradeLegacyBriefs', () => {
  it('makes one brief per history on its latest revision, keeping the newest record, and puts every row of every revision in it', async () => {
    const v1 = article('v1', 'Talks', '2026-01-01T00:00:00Z');
    const v2 = article('v2', 'Talks', '2026-01-02T00:00:00Z');
    const v3 = article('v3', 'Talks', '2026-01-03T00:00:00Z');
    const upgraded = await upgradeLegacyBriefs(
      rows({
        articles: [v3, v1, v2],
        history: [
          { articleId: 'v2', previousId: 'v1', changes: { added: 0, removed: 0, edited: 1 } },
          { articleId: 'v3', previousId: 'v2', changes: { added: 1, removed: 0, edited: 0 } },
        ],
        // The latest revision has no record of its own: the newest earlier one stands.
        briefs: [
          { articleId: 'v1', title: 'First', keyJudgments: '', marking: 'A', author: 'Ada' },
          { articleId: 'v2', title: 'Second', keyJudgments: 'Kept.', marking: 'B', author: 'Ada' },
        ],
        annotations: [annotation('on-v1', 'v1'), annotation('on-v3', 'v3')],
        tombstones: [{ id: 'gone', articleId: 'v2', deletedAt: '2026-01-02T00:00:00Z', deletedBy: 'Ada' }],
      }),
    );
    const id = await legacyBriefId(v1.textHash);
    expect(upgraded.briefs).toHaveLength(1);
    expect(upgraded.briefs[0]).toMatchObject({ id, sources: ['v3'], title: 'Second', keyJudgments: 'Kept.', marking: 'B', author: 'Ada' });
    expect('articleId' in (upgraded.briefs[0] ?? {})).toBe(false);
    expect(upgraded.annotations.map((a) => [a.id, a.briefId, a.articleId])).toEqual([
      ['on-v1', id, 'v1'],
      ['on-v3', id, 'v3'],
    ]);
    expect(upgraded.tombstones).toEqual([{ id: 'gone', briefId: id, articleId: 'v2', deletedAt: '2026-01-02T00:00:00Z', deletedBy: 'Ada' }]);
  });

  it('gives an article without a brief record a new empty brief, and keeps rows of an article no longer stored in a brief of their own', async () => {
    const lone = article('lone', 'Lone', '2026-01-01T00:00:00Z');
    const upgraded = await upgradeLegacyBriefs(rows({ articles: [lone], annotations: [annotation('stray', 'deleted-article'), annotation('mine', 'lone')] }));
    expect(upgraded.briefs.map((b) => [b.sources, b.title])).toEqual([
      [['lone'], ''],
      [[], ''],
    ]);
    const strayBrief = upgraded.briefs[1]?.id;
    expect(upgraded.annotations.find((a) => a.id === 'stray')?.briefId).toBe(strayBrief);
    expect(upgraded.annotations.find((a) => a.id === 'mine')?.briefId).toBe(await legacyBriefId(lone.textHash));
  });

  it('keeps a brief a row already names, and a damaged queue entry without its annotation as it is', async () => {
    const lone = article('lone', 'Lone', '2026-01-01T00:00:00Z');
    const upgraded = await upgradeLegacyBriefs(
      rows({
        articles: [lone],
        annotations: [{ ...annotation('named', 'lone'), briefId: 'already' }],
        revisions: [{ id: 'odd', articleId: 'lone' } as unknown as LegacyRows['revisions'][number]],
      }),
    );
    expect(upgraded.annotations[0]?.briefId).toBe('already');
    expect(upgraded.revisions).toEqual([{ id: 'odd', articleId: 'lone' }]);
  });
});
