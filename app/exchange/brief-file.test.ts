import { describe, expect, it } from 'vitest';
import { BRIEF_FILE_VERSION, jsonNestingDepth, MAX_BRIEF_FILE_DEPTH, MAX_BRIEF_FILE_LENGTH, parseBriefFile, serializeBriefFile } from './brief-file';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF } from '../testing/brief-test-fixture';
import { canonicalText } from '../model/canonical-text';
import { sha256Hex } from '../model/content-hash';
import type { Article } from '../model/model';

async function fixtureFile(): Promise<string> {
  const article: Article = { ...FIXTURE_ARTICLE, textHash: await sha256Hex(canonicalText(FIXTURE_ARTICLE.blocks)) };
  return serializeBriefFile({ article, brief: FIXTURE_BRIEF, annotations: FIXTURE_ANNOTATIONS, exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
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

describe('parseBriefFile', () => {
  it('reads back what serializeBriefFile writes', async () => {
    const result = await parseBriefFile(await fixtureFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.article.text).toBe(canonicalText(FIXTURE_ARTICLE.blocks));
    expect(result.value.annotations).toEqual(FIXTURE_ANNOTATIONS);
    expect(result.value.brief).toEqual(FIXTURE_BRIEF);
    expect(result.value.tombstones).toEqual([]);
  });

  it('carries list items and notes with their markers, and still reads files written before them', async () => {
    const blocks = [...FIXTURE_ARTICLE.blocks, { type: 'list-item' as const, text: 'A force of willing nations', marker: '2.' }, { type: 'note' as const, text: 'Statement of 15 December.', marker: '1' }];
    const article: Article = { ...FIXTURE_ARTICLE, blocks, textHash: await sha256Hex(canonicalText(blocks)) };
    const text = serializeBriefFile({ article, brief: FIXTURE_BRIEF, annotations: FIXTURE_ANNOTATIONS, exportedAt: '2026-01-05T09:30:00Z', exportedBy: 'A. Analyst' });
    const result = await parseBriefFile(text);
    expect(result.ok && result.value.article.blocks.slice(-2)).toEqual(blocks.slice(-2));
    // A file of an older Briefing Desk has no markers and only the first four block types.
    const old = await parseBriefFile(await fixtureFile());
    expect(old.ok && old.value.article.blocks).toEqual(FIXTURE_ARTICLE.blocks);
    const file = JSON.parse(text);
    file.article.blocks.at(-2).marker = '2.\u2028<b>';
    const hostile = await messageOf(JSON.stringify(file));
    expect(hostile).toMatch(/marker.*visible characters/);
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
      const result = await parseBriefFile(await edited((f) => (f.article.sourceUrl = sourceUrl)));
      expect(result.ok && result.value.article.sourceUrl).toBeUndefined();
      expect(result.ok && result.warnings).toEqual([`The article's source address “${sourceUrl}” is not a web address (http or https), so it was left out.`]);
    }
    const web = await parseBriefFile(await edited((f) => (f.article.sourceUrl = 'https://www.dw.com/en/a')));
    expect(web.ok && [web.value.article.sourceUrl, web.warnings]).toEqual(['https://www.dw.com/en/a', []]);
  });

  it('refuses a time that is not an ISO 8601 date-time, naming the field', async () => {
    expect(await messageOf(await edited((f) => (f.annotations[0].updatedAt = 'yesterday')))).toBe(
      'The brief file is not valid: annotations[0].updatedAt: must be an ISO 8601 date and time, like 2026-01-05T09:30:00Z.',
    );
    expect(await messageOf(await edited((f) => (f.tombstones = [{ id: 'gone', articleId: f.article.id, deletedAt: '+275760-09-13T00:00:00.000Z', deletedBy: 'Dana' }])))).toMatch(
      /tombstones\[0\]\.deletedAt: must be an ISO 8601 date and time/,
    );
    expect(await messageOf(await edited((f) => (f.exportedAt = '2026-01-05')))).toMatch(/^The brief file is not valid: exportedAt: /);
  });

  it('refuses an article text that does not match its hash or blocks', async () => {
    expect(
      await messageOf(
        await edited((f) => {
          f.article.blocks[1].text = 'Europe offers nothing.';
          f.article.text = f.article.blocks.map((b: { text: string }) => b.text).join('\n\n');
        }),
      ),
    ).toMatch(/does not match its hash/);
    expect(await messageOf(await edited((f) => (f.article.text += ' extra')))).toMatch(/does not match its blocks/);
  });

  it('refuses annotations of another article and duplicate ids', async () => {
    expect(await messageOf(await edited((f) => (f.annotations[0].articleId = 'other')))).toMatch(/belongs to article other/);
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
        Object.assign(f.article, { title: hostile, byline: hostile, publisher: hostile, sourceUrl: hostile });
        Object.assign(f.annotations[0], { note: hostile, speaker: hostile, author: hostile });
        f.annotations[0].verdict = { status: 'disputed', comment: hostile, reviewer: hostile, at: '2026-01-07T00:00:00Z' };
        Object.assign(f.brief, { title: hostile, keyJudgments: hostile, marking: hostile, author: hostile });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { value } = result;
    expect([value.exportedBy, value.article.title, value.article.byline, value.annotations[0]?.note, value.annotations[0]?.verdict?.comment, value.brief?.keyJudgments]).toEqual(
      Array(6).fill(hostile),
    );
  });

  it('keeps tombstones', async () => {
    const tombstone = { id: 'gone', articleId: FIXTURE_ARTICLE.id, deletedAt: '2026-01-01T00:00:00Z', deletedBy: 'B' };
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
