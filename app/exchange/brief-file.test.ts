import { describe, expect, it } from 'vitest';
import { BRIEF_FILE_VERSION, jsonNestingDepth, MAX_BRIEF_FILE_DEPTH, MAX_BRIEF_FILE_LENGTH, parseBriefFile, serializeBriefFile } from './brief-file';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF } from '../testing/brief-test-fixture';
import { canonicalText } from '../model/canonical-text';
import { sha256Hex } from '../model/content-hash';
import type { Annotation, Article } from '../model/model';
import { legacyBriefId } from '../brief/legacy-briefs';

async function fixtureFile(): Promise<string> {
  const article: Article = { ...FIXTURE_ARTICLE, textHash: await sha256Hex(canonicalText(FIXTURE_ARTICLE.blocks)) };
  return serializeBriefFile({ articles: [article], brief: FIXTURE_BRIEF, annotations: FIXTURE_ANNOTATIONS, exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
}

/** The fixture file with `edit` applied to its parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON of any shape
async function edited(edit: (file: Record<string, any>) => void): Promise<string> {
  const file = JSON.parse(await fixtureFile());
  edit(file);
  return JSON.stringify(file);
}

async function messageOf(text: string): Promise<string> {
  const result = await parseBriefFile(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/** The fixture as a version-1 file (one article, annotations without a brief), as Briefing Desk wrote before briefs had sources. */
async function version1File(withBrief = true): Promise<string> {
  const file = JSON.parse(await fixtureFile());
  const fields = { ...file.brief, id: undefined, sources: undefined };
  return JSON.stringify({
    format: file.format,
    version: 1,
    exportedAt: file.exportedAt,
    exportedBy: file.exportedBy,
    article: file.articles[0],
    ...(withBrief ? { brief: { ...fields, articleId: file.articles[0].id } } : {}),
    annotations: file.annotations.map(({ briefId: _briefId, ...a }: Annotation) => a),
    tombstones: [{ id: 'gone', articleId: 'whatever', deletedAt: '2026-01-01T00:00:00Z', deletedBy: 'B' }],
  });
}

/** A second source for the fixture brief, with a risk of its own linked to the fixture's first guarantee. */
async function twoSourceFile(): Promise<string> {
  const blocks = [{ type: 'heading' as const, text: 'Interview notes' }, { type: 'paragraph' as const, text: 'No country has pledged troops yet.' }];
  const notes: Article = { id: 'notes', title: 'Interview notes', blocks, textHash: await sha256Hex(canonicalText(blocks)), importedAt: '2026-01-02T00:00:00Z' };
  const article: Article = { ...FIXTURE_ARTICLE, textHash: await sha256Hex(canonicalText(FIXTURE_ARTICLE.blocks)) };
  const risk: Annotation = { ...FIXTURE_ANNOTATIONS[2]!, id: 'r-notes', articleId: 'notes', links: ['g1'], target: { position: { type: 'TextPositionSelector', start: 17, end: 51 }, quote: { type: 'TextQuoteSelector', exact: 'No country has pledged troops yet.', prefix: '', suffix: '' } } };
  return serializeBriefFile({ articles: [article, notes], brief: { ...FIXTURE_BRIEF, sources: [] }, annotations: [...FIXTURE_ANNOTATIONS, risk], exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
}

describe('brief files of several sources (version 2) and of one article (version 1)', () => {
  it('reads a brief of two sources: each article with its text, the sources in order, annotations on both', async () => {
    const result = await parseBriefFile(await twoSourceFile());
    if (!result.ok) throw new Error(result.message);
    expect(result.value.version).toBe(2);
    expect(result.value.brief.sources).toEqual([FIXTURE_ARTICLE.id, 'notes']);
    expect(result.value.articles.map((a) => a.title)).toEqual([FIXTURE_ARTICLE.title, 'Interview notes']);
    expect(result.value.annotations.find((a) => a.id === 'r-notes')).toMatchObject({ articleId: 'notes', briefId: FIXTURE_BRIEF.id, links: ['g1'] });
  });

  it('refuses sources that are not the articles carried, an article carried twice, and a damaged second text, naming it', async () => {
    const two = JSON.parse(await twoSourceFile());
    expect(await messageOf(JSON.stringify({ ...two, brief: { ...two.brief, sources: ['notes', FIXTURE_ARTICLE.id] } }))).toMatch(/sources are not the articles it carries/);
    expect(await messageOf(JSON.stringify({ ...two, articles: [two.articles[0], two.articles[0]], brief: { ...two.brief, sources: [FIXTURE_ARTICLE.id, FIXTURE_ARTICLE.id] } }))).toMatch(/sources: must name each source once|twice/);
    two.articles[1].text += ' more';
    expect(await messageOf(JSON.stringify(two))).toMatch(/the text of “Interview notes” does not match its blocks/);
  });

  it('reads a version-1 file as a one-source brief whose id is derived from its article, the same on every machine', async () => {
    const result = await parseBriefFile(await version1File());
    if (!result.ok) throw new Error(result.message);
    const id = await legacyBriefId(result.value.articles[0]!.textHash);
    expect(result.value).toMatchObject({ version: 1, brief: { id, sources: [FIXTURE_ARTICLE.id], title: FIXTURE_BRIEF.title, marking: FIXTURE_BRIEF.marking } });
    expect(result.value.briefless).toBeUndefined();
    expect(result.value.annotations).toEqual(FIXTURE_ANNOTATIONS.map((a) => ({ ...a, briefId: id })));
    expect(result.value.tombstones).toEqual([{ id: 'gone', briefId: id, articleId: FIXTURE_ARTICLE.id, deletedAt: '2026-01-01T00:00:00Z', deletedBy: 'B' }]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const bare = await parseBriefFile(await version1File(false));
    expect(bare.ok && bare.value.briefless).toBe(true);
  });
});

describe('parseBriefFile', () => {
  it('reads back what serializeBriefFile writes', async () => {
    const result = await parseBriefFile(await fixtureFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.articles[0]?.text).toBe(canonicalText(FIXTURE_ARTICLE.blocks));
    expect(result.value.annotations).toEqual(FIXTURE_ANNOTATIONS);
    expect(result.value.brief).toEqual(FIXTURE_BRIEF);
    expect(result.value.tombstones).toEqual([]);
  });

  it('carries list items and notes with their markers, and still reads files written before them', async () => {
    const blocks = [...FIXTURE_ARTICLE.blocks, { type: 'list-item' as const, text: 'A force of willing nations', marker: '2.' }, { type: 'note' as const, text: 'Statement of 15 December.', marker: '1' }];
    const article: Article = { ...FIXTURE_ARTICLE, blocks, textHash: await sha256Hex(canonicalText(blocks)) };
    const text = serializeBriefFile({ articles: [article], brief: FIXTURE_BRIEF, annotations: FIXTURE_ANNOTATIONS, exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
    const result = await parseBriefFile(text);
    expect(result.ok && result.value.articles[0]?.blocks.slice(-2)).toEqual(blocks.slice(-2));
    // A file of an older Briefing Desk has no markers and only the first four block types.
    const old = await parseBriefFile(await fixtureFile());
    expect(old.ok && old.value.articles[0]?.blocks).toEqual(FIXTURE_ARTICLE.blocks);
    const file = JSON.parse(text);
    file.articles[0].blocks.at(-2).marker = '2.\u2028<b>';
    const hostile = await messageOf(JSON.stringify(file));
    expect(hostile).toMatch(/marker.*visible characters/);
  });

  it('carries the page of each block of a source read from a PDF, and refuses a page that is not one', async () => {
    const blocks = FIXTURE_ARTICLE.blocks.map((block, i) => ({ ...block, page: i + 1 }));
    const article: Article = { ...FIXTURE_ARTICLE, blocks, textHash: await sha256Hex(canonicalText(blocks)) };
    const text = serializeBriefFile({ articles: [article], brief: FIXTURE_BRIEF, annotations: FIXTURE_ANNOTATIONS, exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
    const result = await parseBriefFile(text);
    expect(result.ok && result.value.articles[0]?.blocks.map((b) => b.page)).toEqual(blocks.map((b) => b.page));
    const file = JSON.parse(text);
    file.articles[0].blocks[1].page = 0.5;
    expect(await messageOf(JSON.stringify(file))).toMatch(/page/);
  });

  it('refuses a newer version, naming it', async () => {
    const message = await messageOf(await edited((f) => (f.version = BRIEF_FILE_VERSION + 1)));
    expect(message).toContain(`version ${BRIEF_FILE_VERSION + 1}`);
    expect(message).toMatch(/Update Briefing Desk/);
  });

  it('refuses text that is not JSON, or not a brief file', async () => {
    expect(await messageOf('{"format": ')).toBe('This brief file is incomplete or damaged (it ends in the middle). Export it again, or ask for a new copy.');
    expect(await messageOf('{"format": "briefing-desk/brief", "note": "cut off her')).toMatch(/ends in the middle/);
    expect(await messageOf('{"format": } garbage')).toMatch(/^The brief file is not valid JSON, so it was not written by Export brief/);
    expect(await messageOf('\u0089PNG\r\n\u001a\n\u0000\u0000')).toMatch(/^This file is not a text file/);
    expect(await messageOf('   ')).toMatch(/^The brief file is empty/);
    expect(await messageOf('[1, 2]')).toMatch(/not a brief file/);
    expect(await messageOf('{"format": "something-else", "version": 1}')).toMatch(/format is "something-else"/);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    expect(await messageOf(' '.repeat(MAX_BRIEF_FILE_LENGTH + 1))).toMatch(/too large/);
  });

  it('refuses deep nesting before parsing it', async () => {
    expect(await messageOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatch(/nests deeper/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', async (key) => {
    const text = (await fixtureFile()).replace('"note": ""', `"note": "", "${key}": {"polluted": true}`);
    expect(await messageOf(text)).toContain(`forbidden key "${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses over-long fields and names where', async () => {
    const message = await messageOf(await edited((f) => (f.annotations[1].note = 'x'.repeat(20_001))));
    expect(message).toMatch(/^The brief file is not valid: annotations\[1\]\.note: /);
  });

  it('keeps a source address only when it is a web address, and says what it left out', async () => {
    for (const sourceUrl of ['javascript:alert(1)', 'file:///etc/passwd', '\\\\host\\share\\x']) {
      const result = await parseBriefFile(await edited((f) => (f.articles[0].sourceUrl = sourceUrl)));
      expect(result.ok && result.value.articles[0]?.sourceUrl).toBeUndefined();
      expect(result.ok && result.warnings).toEqual([`The source address “${sourceUrl}” of “${FIXTURE_ARTICLE.title}” is not a web address (http or https), so it was left out.`]);
    }
    const web = await parseBriefFile(await edited((f) => (f.articles[0].sourceUrl = 'https://www.dw.com/en/a')));
    expect(web.ok && [web.value.articles[0]?.sourceUrl, web.warnings]).toEqual(['https://www.dw.com/en/a', []]);
  });

  it('refuses a time that is not an ISO 8601 date-time, naming the field', async () => {
    expect(await messageOf(await edited((f) => (f.annotations[0].updatedAt = 'yesterday')))).toBe(
      'The brief file is not valid: annotations[0].updatedAt: must be an ISO 8601 date and time, like 2026-01-05T09:30:00Z.',
    );
    expect(await messageOf(await edited((f) => (f.tombstones = [{ id: 'gone', briefId: f.brief.id, articleId: f.articles[0].id, deletedAt: '+275760-09-13T00:00:00.000Z', deletedBy: 'Dana' }])))).toMatch(
      /tombstones\[0\]\.deletedAt: must be an ISO 8601 date and time/,
    );
    expect(await messageOf(await edited((f) => (f.exportedAt = '2026-01-05')))).toMatch(/^The brief file is not valid: exportedAt: /);
  });

  it('refuses an article text that does not match its hash or blocks', async () => {
    expect(
      await messageOf(
        await edited((f) => {
          f.articles[0].blocks[1].text = 'Europe offers nothing.';
          f.articles[0].text = f.articles[0].blocks.map((b: { text: string }) => b.text).join('\n\n');
        }),
      ),
    ).toMatch(/does not match its hash/);
    expect(await messageOf(await edited((f) => (f.articles[0].text += ' extra')))).toMatch(/does not match its blocks/);
  });

  it('refuses annotations of another article and duplicate ids', async () => {
    expect(await messageOf(await edited((f) => (f.annotations[0].articleId = 'other')))).toMatch(/is on article other, which the file does not carry/);
    expect(await messageOf(await edited((f) => (f.annotations[0].briefId = 'other')))).toMatch(/mixes briefs: annotation .* belongs to brief other/);
    expect(await messageOf(await edited((f) => f.annotations.push(f.annotations[0])))).toMatch(/lists annotation p1 twice/);
  });

  it('refuses a 100 MB file by its length, before reading it', async () => {
    expect(await messageOf('x'.repeat(100_000_000))).toMatch(/too large \(100\.0 million characters/);
  });

  it('refuses a note of 10 million characters, naming the field', async () => {
    const message = await messageOf(await edited((f) => (f.annotations[0].note = 'n'.repeat(10_000_000))));
    expect(message).toMatch(/annotations\[0\]\.note: /);
  });

  it('keeps where an imported annotation came from', async () => {
    const origin = { author: 'B. Reviewer', exportedAt: '2026-01-04T08:00:00Z' };
    const result = await parseBriefFile(await edited((f) => (f.annotations[0].origin = origin)));
    expect(result.ok && result.value.annotations[0]?.origin).toEqual(origin);
    // A verdict given on an earlier wording stays marked as such in the file.
    const changed = await parseBriefFile(await edited((f) => (f.annotations[0].textChange = { before: 'akin to Article 5' })));
    expect(changed.ok && changed.value.annotations[0]?.textChange).toEqual({ before: 'akin to Article 5' });
  });

  it('keeps HTML and script in every text field as plain text, exactly', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = await parseBriefFile(
      await edited((f) => {
        f.exportedBy = hostile;
        Object.assign(f.articles[0], { title: hostile, byline: hostile, publisher: hostile, sourceUrl: hostile });
        Object.assign(f.annotations[0], { note: hostile, speaker: hostile, author: hostile });
        f.annotations[0].verdict = { status: 'disputed', comment: hostile, reviewer: hostile, at: '2026-01-07T00:00:00Z' };
        Object.assign(f.brief, { title: hostile, keyJudgments: hostile, marking: hostile, author: hostile });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { value } = result;
    expect([value.exportedBy, value.articles[0]?.title, value.articles[0]?.byline, value.annotations[0]?.note, value.annotations[0]?.verdict?.comment, value.brief?.keyJudgments]).toEqual(
      Array(6).fill(hostile),
    );
  });

  it('keeps tombstones', async () => {
    const tombstone = { id: 'gone', briefId: FIXTURE_BRIEF.id, articleId: FIXTURE_ARTICLE.id, deletedAt: '2026-01-01T00:00:00Z', deletedBy: 'B' };
    const result = await parseBriefFile(await edited((f) => (f.tombstones = [tombstone])));
    expect(result.ok && result.value.tombstones).toEqual([tombstone]);
  });
});

describe('jsonNestingDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonNestingDepth('{"a": [1, {"b": "[[[\\"{{"}]}')).toBe(3);
    expect(MAX_BRIEF_FILE_DEPTH).toBeGreaterThanOrEqual(6);
  });
});
