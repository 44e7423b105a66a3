// A brief as a REFI-QDA project: every project.qde validated against the REFI-QDA Project
// schema (v1.0, app/testing/refi-qda/) by xmllint, and its positions checked against the
// source text it ships, on text with emoji, accents and hostile notes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import type { Article } from '../model/model';
import { annotationOn } from '../testing/test-annotation';
import { CODE_GUIDS, projectQde, qdpxBytes, QDA_NAMESPACE, type QdpxInput } from './qdpx-export';
import { derivedGuid, guidOf } from './qda-guid';

const XSD = fileURLToPath(new URL('../testing/refi-qda/Project.xsd', import.meta.url));
const XMLLINT = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const blocks = [
  { type: 'heading' as const, text: 'Garanties 🇺🇦 für die Ukraine' },
  { type: 'paragraph' as const, text: 'Zürich said 😀 the café deal is a guarantee. Critics call it a risk.' },
  { type: 'paragraph' as const, text: 'The 1994 memorandum is the precedent.' },
];
const text = canonicalText(blocks);
const article: Article = { id: '0b7f9a40-5a8e-4d8f-9a0e-1c2d3e4f5a6b', title: 'Garanties <&> "quoted"', blocks, textHash: '0'.repeat(64), importedAt: '2025-12-18T09:00:00Z' };
const on = (exact: string, fields: Parameters<typeof annotationOn>[2]) => annotationOn(text, exact, { articleId: article.id, ...fields });
const HOSTILE = '</PlainTextContent><script>alert(1)</script>]]>&amp; \u0001\u0008 “ok”';
const annotations = [
  on('a guarantee', { id: 'g1', tag: 'guarantee', author: 'Ada Analyst', note: 'Café owners pledge 😀' }),
  on('a risk', { id: 'imported note 1', tag: 'risk', author: 'Bob <Analyst>', note: HOSTILE, links: ['g1'] }),
  on('the precedent', { id: 'p1', tag: 'precedent', author: 'Ada Analyst', links: ['g1', 'gone'] }),
];
const input: QdpxInput = { name: 'Brief <one>', articles: [article], annotations, exportedBy: 'Ada Analyst', exportedAt: '2026-01-05T09:30:00Z', origin: 'Briefing Desk 0.1.0' };

/** `xmllint --schema`'s verdict on `xml`: empty when it validates, else its messages. */
function schemaErrors(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qde-')), 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: unknown }).stderr ?? e);
  }
}

describe.skipIf(!XMLLINT)('project.qde against the REFI-QDA Project schema (skipped without xmllint: apt-get install libxml2-utils)', () => {
  it('validates: users, the code book, a text source with coded selections, notes and links', () => {
    expect(schemaErrors(projectQde(input))).toBe('');
  });

  it('validates with no annotations, and with several sources', () => {
    expect(schemaErrors(projectQde({ ...input, annotations: [] }))).toBe('');
    const second = { ...article, id: 'second source', title: 'Notes' };
    expect(schemaErrors(projectQde({ ...input, articles: [article, second], annotations: [...annotations, { ...annotations[0]!, id: 'g2', articleId: second.id }] }))).toBe('');
  });

  it('would catch a broken project: the schema is really applied', () => {
    expect(schemaErrors(projectQde(input).replace('isCodable="true"', 'isCodable="sometimes"'))).toMatch(/isCodable/);
  });
});

describe('qdpxBytes', () => {
  const files = unzipSync(qdpxBytes(input));
  const qde = strFromU8(files['project.qde']!);

  it('ships project.qde and each source’s text, UTF-8 without a BOM, lines ending in LF', () => {
    const sourceFile = `sources/${article.id}.txt`;
    expect(Object.keys(files).sort()).toEqual(['project.qde', sourceFile]);
    const bytes = files[sourceFile]!;
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes)).toBe(text);
    expect(strFromU8(bytes)).not.toContain('\r');
    expect(qde).toContain(`plainTextPath="internal://${article.id}.txt"`);
    expect(qde).toContain(`xmlns="${QDA_NAMESPACE}"`);
  });

  it('counts positions in code points of that text, past emoji and accents', () => {
    const shipped = [...strFromU8(files[`sources/${article.id}.txt`]!)];
    for (const m of qde.matchAll(/<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"/g)) {
      const quote = shipped.slice(Number(m[1]), Number(m[2])).join('');
      expect(['a guarantee', 'a risk', 'the precedent']).toContain(quote);
    }
    // In UTF-16 units the first quote would start three further on (two flags' halves and an emoji's).
    expect(qde).toContain(`startPosition="${[...text.slice(0, text.indexOf('a guarantee'))].length}"`);
  });

  it('codes each selection with its tag’s code, links a risk to its guarantee, keeps hostile notes as text', () => {
    expect(qde).toContain(`<CodeRef targetGUID="${CODE_GUIDS.risk}"/>`);
    expect(qde).toMatch(new RegExp(`<Link [^>]*originGUID="${guidOf('selection', 'imported note 1')}" targetGUID="${guidOf('selection', 'g1')}"/>`));
    expect(qde).not.toContain('<script>');
    expect(qde).toContain('&lt;/PlainTextContent&gt;&lt;script&gt;');
    expect(qde.includes('\u0001') || qde.includes('\u0008')).toBe(false);
    expect(qde.match(/<Link /g)).toHaveLength(2);
  });
});

describe('GUIDs', () => {
  it('keep UUIDs and derive the same GUID for the same other id, in the schema’s pattern', () => {
    expect(guidOf('source', article.id)).toBe(article.id);
    expect(guidOf('selection', 'imported note 1')).toBe(guidOf('selection', 'imported note 1'));
    expect(guidOf('selection', 'imported note 1')).not.toBe(guidOf('note', 'imported note 1'));
    expect(derivedGuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
