import { describe, expect, it } from 'vitest';
import { composeBrief } from './brief-compose';
import { BRIEF_CSP, renderBriefHtml } from './brief-html';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF, FIXTURE_NOTES, fixtureAnnotation, NOTES_ANNOTATIONS } from '../testing/brief-test-fixture';
import type { KeyJudgmentsDoc } from './key-judgments';
import type { Article } from '../model/model';

const base = { articles: [FIXTURE_ARTICLE], annotations: FIXTURE_ANNOTATIONS, brief: FIXTURE_BRIEF, exportedAt: '2026-01-05T09:30:00Z', analyst: 'A. Analyst' };

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<a href="javascript:alert(3)">click</a>',
  '</style><script>alert(4)</script>',
  '" onmouseover="alert(5)',
].join(' ');

/** Key judgments with `text` bold in a paragraph and italic in a list item. */
function richDoc(text: string): KeyJudgmentsDoc {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Plain ' }, { type: 'text', text, marks: [{ type: 'strong' }] }] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'em' }] }] }] }] },
    ],
  };
}

/** An article whose every text, and a brief whose every field, holds hostile markup. */
function hostileHtml(): string {
  const article: Article = {
    ...FIXTURE_ARTICLE,
    title: HOSTILE,
    byline: HOSTILE,
    publisher: HOSTILE,
    sourceUrl: 'javascript:alert(6)',
    blocks: [...FIXTURE_ARTICLE.blocks, { type: 'paragraph', text: HOSTILE }],
  };
  const text = article.blocks.map((b) => b.text).join('\n\n');
  const start = text.indexOf(HOSTILE);
  const annotation = {
    ...fixtureAnnotation('h1', 'risk', 'Doubts', { note: HOSTILE, speaker: HOSTILE, author: HOSTILE, links: ['g1'] }),
    target: { position: { type: 'TextPositionSelector' as const, start, end: start + HOSTILE.length }, quote: { type: 'TextQuoteSelector' as const, exact: HOSTILE, prefix: '', suffix: '' } },
    verdict: { status: 'disputed' as const, comment: HOSTILE, reviewer: HOSTILE, at: HOSTILE },
    textChange: { before: HOSTILE },
  };
  const model = composeBrief({
    ...base,
    articles: [article],
    annotations: [...FIXTURE_ANNOTATIONS, annotation],
    brief: { ...FIXTURE_BRIEF, title: HOSTILE, keyJudgments: `${HOSTILE}\n\n- ${HOSTILE}`, keyJudgmentsDoc: richDoc(HOSTILE), marking: HOSTILE },
    analyst: HOSTILE,
    exportedAt: HOSTILE,
  });
  return renderBriefHtml(model);
}

describe('renderBriefHtml', () => {
  it('is one document with the CSP, the title and a section per tag holding each quote', () => {
    const doc = renderBriefHtml(composeBrief(base));
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">`);
    expect(doc).toContain('<title>What Ukraine may be granted</title>');
    expect(doc).toContain('<meta name="author" content="A. Analyst">');
    expect(doc).toContain('Security guarantees for Ukraine');
    const headings = [...doc.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Key judgments', 'Guarantees', 'Risks', 'Precedents', 'Guarantee matrix', 'Appendix: the article, highlighted']);
    for (const a of FIXTURE_ANNOTATIONS) expect(doc).toContain(a.target.quote.exact);
    expect(doc.indexOf('Europe offers a reassurance force.')).toBeGreaterThan(doc.indexOf('<h2>Guarantees</h2>'));
    expect(doc.indexOf('The Budapest Memorandum failed in 2014.')).toBeGreaterThan(doc.indexOf('<h2>Precedents</h2>'));
  });

  it('marks a verdict given on words a revision changed, with the earlier wording, until it is confirmed', () => {
    const [first, ...rest] = FIXTURE_ANNOTATIONS;
    const reviewed = { ...first!, verdict: { status: 'agreed' as const, comment: 'Fine', reviewer: 'Rev', at: '2026-01-02T00:00:00Z' } };
    const changed = renderBriefHtml(composeBrief({ ...base, annotations: [{ ...reviewed, textChange: { before: 'Europe offered a reassurance force.' } }, ...rest] }));
    expect(changed).toContain('Text changed in a revision; earlier wording: “Europe offered a reassurance force.”');
    expect(changed).toMatch(/Review: <strong>Agreed<\/strong> — Fine \(Rev, [^)]+\) — <em class="earlier-wording">given on earlier wording<\/em>/);
    const confirmed = renderBriefHtml(composeBrief({ ...base, annotations: [reviewed, ...rest] }));
    expect(confirmed).toContain('Review: <strong>Agreed</strong>');
    expect(confirmed).not.toContain('earlier wording');
  });

  it('shows ¶ references, speakers, confidence, notes, links and the matrix', () => {
    const doc = renderBriefHtml(composeBrief(base));
    expect(doc).toContain('¶ 2');
    expect(doc).toContain('Speaker: Peskov');
    expect(doc).toContain('Confidence: High');
    expect(doc).toContain('Paper guarantees failed before.');
    expect(doc).toMatch(/Bears on: <a class="ref-guarantee" href="#item-1">G1<\/a>/);
    expect(doc).toMatch(/<sup class="ref ref-precedent">P5<\/sup>/);
  });

  it('numbers every appendix block with its paragraph, drawn by the stylesheet', () => {
    const doc = renderBriefHtml(composeBrief(base));
    const appendix = doc.slice(doc.indexOf('<section class="appendix">'));
    const numbers = [...appendix.matchAll(/<(?:p|h3|blockquote) class="block[^"]*" data-p="(\d+)">/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(doc).toContain('.appendix .block::before{content:"¶ " attr(data-p);');
  });

  it('prints a long article\'s highlighted paragraphs with their ¶ numbers and […] for each run left out, and says so', () => {
    const filler = (n: number) => `Paragraph ${n} ${'word '.repeat(150)}`;
    const long: Article = { ...FIXTURE_ARTICLE, blocks: [...FIXTURE_ARTICLE.blocks, ...Array.from({ length: 120 }, (_, i) => ({ type: 'paragraph' as const, text: filler(i) }))] };
    const doc = renderBriefHtml(composeBrief({ ...base, articles: [long] }));
    const appendix = doc.slice(doc.indexOf('<section class="appendix">'));
    expect(appendix).toContain('<h2>Appendix: the article, highlighted paragraphs</h2>');
    expect(appendix).toContain('[…] marks the paragraphs left out.');
    const numbers = [...appendix.matchAll(/data-p="(\d+)"/g)].map((m) => Number(m[1]));
    const last = FIXTURE_ARTICLE.blocks.length;
    expect(numbers).toEqual(Array.from({ length: last + 1 }, (_, i) => i + 1));
    expect(appendix.match(/<p class="omitted">\[…\]<\/p>/g)).toHaveLength(1);
    const full = renderBriefHtml(composeBrief({ ...base, articles: [long], settings: { fullAppendix: true } }));
    expect(full).toContain('<h2>Appendix: the article, highlighted</h2>');
    expect(full).not.toContain('class="omitted"');
  });

  it('shows a list item\'s bullet or number and a note\'s label in the appendix, as escaped text before the block', () => {
    const article: Article = {
      ...FIXTURE_ARTICLE,
      blocks: [...FIXTURE_ARTICLE.blocks, { type: 'list-item', text: 'A force of willing nations', marker: '2.' }, { type: 'note', text: 'Statement of 15 December.', marker: '<b>' }],
    };
    const doc = renderBriefHtml(composeBrief({ ...base, articles: [article] }));
    const count = FIXTURE_ARTICLE.blocks.length;
    expect(doc).toContain(`<p class="block list-item" data-p="${count + 1}"><span class="marker">2.</span>A force of willing nations</p>`);
    expect(doc).toContain(`<p class="block footnote" data-p="${count + 2}"><span class="marker">&lt;b&gt;</span>Statement of 15 December.</p>`);
  });

  it('draws overlapping highlights as one mark with a line a step lower per further tag, never nested marks or overlines', () => {
    const annotations = [
      fixtureAnnotation('g', 'guarantee', 'Europe offers a reassurance force'),
      fixtureAnnotation('r', 'risk', 'a reassurance force. The US'),
      fixtureAnnotation('p', 'precedent', 'reassurance force'),
    ];
    const out = renderBriefHtml(composeBrief({ ...base, annotations }));
    const appendix = out.slice(out.indexOf('class="appendix"'));
    expect(appendix).toContain('<mark class="hl hl-guarantee"><span class="ln ln-d1 ln-risk"><span class="ln ln-d2 ln-precedent">reassurance force</span></span></mark>');
    expect(appendix).toContain('<mark class="hl hl-risk">. The US</mark>');
    expect(appendix).not.toMatch(/<mark[^>]*>(?:(?!<\/mark>).)*<mark/);
    expect(out).not.toContain('overline');
    expect(out).toMatch(/\.ln-d2\{padding-bottom:4\.6pt;\}/);
  });

  it('leaves out the matrix and the appendix with their tags and setting', () => {
    const doc = renderBriefHtml(composeBrief({ ...base, settings: { includeTags: ['risk'], appendix: false } }));
    expect(doc).not.toContain('Guarantee matrix');
    expect(doc).not.toContain('Appendix');
  });

  it('prints rich key judgments with bold, italic and lists, instead of the plain text', () => {
    const doc = renderBriefHtml(composeBrief({ ...base, brief: { ...FIXTURE_BRIEF, keyJudgmentsDoc: richDoc('Europe leads') } }));
    expect(doc).toContain('<p>Plain <strong>Europe leads</strong></p><ul><li><em>Europe leads</em></li></ul>');
    expect(doc).not.toContain('Guarantees are political');
  });

  it('prints the marking and page numbers in its own page margins', () => {
    const doc = renderBriefHtml(composeBrief(base));
    expect(doc).toContain('@top-center{content:"UNCLASSIFIED"');
    expect(doc).toContain('content:"Page " counter(page) " of " counter(pages)');
  });

  it('prints hostile text literally: no script, no handler attribute, no external URL', () => {
    const doc = hostileHtml();
    // Escaped text holds no `<`, so every tag left in the document is the renderer's own.
    const tags = doc.match(/<[a-z][^>]*>/gi) ?? [];
    const names = new Set(tags.map((tag) => /^<([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase()));
    expect([...names].filter((name) => ['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form'].includes(name ?? ''))).toEqual([]);
    // Attribute values are escaped (no `"` inside), so blanking them leaves only attribute names.
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')))).toEqual([]);
    expect(tags.filter((tag) => /\s(?:href|src|action)\s*=\s*"(?!#item-\d+")/i.test(tag))).toEqual([]);
    expect(doc.match(/<\/style>/gi)).toHaveLength(1);
    expect(doc).not.toMatch(/url\((?!data:)/i);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(doc).toContain('&lt;/style&gt;');
    expect(doc).toContain('javascript:alert(6)');
    expect(doc).toContain('&quot; onmouseover=&quot;alert(5)');
  });
});

describe('renderBriefHtml of a brief with several sources', () => {
  const two = { ...base, articles: [FIXTURE_ARTICLE, { ...FIXTURE_NOTES, title: '<b>Interview</b> notes' }], annotations: [...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS] };
  const doc = renderBriefHtml(composeBrief(two));

  it('lists the sources with their facts and counts, cites each item as S2 ¶n, and names sources in links and the matrix', () => {
    expect(doc).toContain('<p class="on">On: 2 sources</p>');
    expect(doc).toMatch(/<section class="sources-section"><h2>Sources<\/h2><ol class="sources"><li class="source" id="source-S1"><span class="source-label">S1<\/span> <cite>Security guarantees for Ukraine<\/cite> — DW, A\. Writer, 2025-12-18<br><span class="source-url">https:\/\/example\.org\/article<\/span><br><span class="source-counts">2 guarantees · 2 risks · 1 precedent<\/span><\/li>/);
    expect(doc).toContain('<cite>&lt;b&gt;Interview&lt;/b&gt; notes</cite> — Own reporting, 2025-12-19<br><span class="source-counts">0 guarantees · 1 risk · 1 precedent</span>');
    expect(doc).toMatch(/<span class="badge badge-risk">R5<\/span>Risk · S2 ¶ 2/);
    // A reference across sources names the source; one within a source does not.
    expect(doc).toMatch(/<p class="links">Bears on: <a class="ref-guarantee" href="#item-1">G1<\/a> <span class="source-ref">\(S1\)<\/span><\/p>/);
    expect(doc).toMatch(/<p class="links">Linked from: <a class="ref-risk" href="#item-3">R3<\/a>, <a class="ref-risk" href="#item-5">R5<\/a> <span class="source-ref">\(S2\)<\/span>, <a class="ref-precedent" href="#item-6">P6<\/a><\/p>/);
    expect(doc).toMatch(/<tr><th scope="row"><a class="ref-guarantee" href="#item-1">G1<\/a> <span class="source-ref">\(S1\)<\/span> <span class="excerpt">[^<]*<\/span><\/th><td><a class="ref-risk" href="#item-3">R3<\/a>, <a class="ref-risk" href="#item-5">R5<\/a> <span class="source-ref">\(S2\)<\/span><\/td>/);
  });

  it('gives each source its own appendix part, titled with the source', () => {
    expect(doc).toContain('<h2>Appendix S1: Security guarantees for Ukraine, highlighted</h2>');
    expect(doc).toContain('<h2>Appendix S2: &lt;b&gt;Interview&lt;/b&gt; notes, highlighted</h2>');
    expect(doc).not.toContain('Appendix: the article, highlighted');
  });

  it('prints a brief of one source as before: no Sources section and no source labels', () => {
    const one = renderBriefHtml(composeBrief(base));
    expect(one).not.toContain('class="sources-section"');
    expect(one).not.toContain('class="source-ref"');
    expect(one).toContain('<p class="on">On: Security guarantees for Ukraine</p>');
    expect(one).toContain('Appendix: the article, highlighted');
  });
});

describe('renderBriefHtml of a source read from a PDF', () => {
  // The fixture article as a PDF would give it: the title and first paragraph on page 1, the rest on page 2.
  const paged = { ...FIXTURE_ARTICLE, blocks: FIXTURE_ARTICLE.blocks.map((block, i) => ({ ...block, page: i < 2 ? 1 : 2 })) };
  const doc = renderBriefHtml(composeBrief({ ...base, articles: [paged] }));

  it('cites each item by page and ¶ on that page', () => {
    expect(doc).toMatch(/<span class="badge badge-guarantee">G1<\/span>Guarantee · p\. 1 ¶ 2/);
    expect(doc).toMatch(/Risk · p\. 2 ¶ \d/);
    expect(doc).not.toMatch(/Guarantee · ¶ \d/);
  });

  it('marks each page in the appendix and numbers its blocks within it', () => {
    const appendix = doc.slice(doc.indexOf('<section class="appendix">'));
    expect([...appendix.matchAll(/<p class="page-mark">p\. (\d+)<\/p>/g)].map((m) => m[1])).toEqual(['1', '2']);
    const numbers = [...appendix.matchAll(/ data-p="(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, ...paged.blocks.slice(2).map((_, i) => i + 1)]);
  });
});
