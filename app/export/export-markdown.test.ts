import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { annotationsToMarkdown } from './export-markdown';
import type { Annotation, Article } from '../model/model';
import { annotationOn } from '../testing/test-annotation';

const blocks = [
  { type: 'heading' as const, text: 'Security guarantees for Ukraine' },
  { type: 'paragraph' as const, text: 'Europe offers a guarantee of support.' },
  { type: 'paragraph' as const, text: 'A risk remains. In 1994, the Budapest Memorandum set a precedent.' },
];
const text = canonicalText(blocks);
const article: Article = {
  id: 'art',
  title: 'Security guarantees for Ukraine',
  byline: 'A. Writer',
  publisher: 'DW',
  blocks,
  textHash: '0'.repeat(64),
  importedAt: '2025-12-18T09:00:00Z',
};

function annotation(id: string, exact: string, fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(text, exact, { id, ...fields });
}

const hostile = '[x](javascript:alert(1)) <img src=x onerror=alert(1)> **b**';

const brief = {
  id: 'brief',
  sources: ['art'],
  title: 'What Ukraine may be granted',
  keyJudgments: '',
  keyJudgmentsDoc: {
    type: 'doc' as const,
    content: [
      { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Guarantees are ' }, { type: 'text' as const, text: 'likely', marks: [{ type: 'strong' as const }] }, { type: 'text' as const, text: '.' }] },
      { type: 'bullet_list' as const, content: [{ type: 'list_item' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Not binding', marks: [{ type: 'em' as const }] }] }] }] },
    ],
  },
  marking: 'UNCLASSIFIED',
  author: 'Ana',
};

describe('annotationsToMarkdown', () => {
  it('writes the brief title, marking, source and key judgments, then items by tag, numbered as in the PDF, with links and verdicts', () => {
    const markdown = annotationsToMarkdown(
      [article],
      [
        annotation('p1', 'the Budapest Memorandum', { tag: 'precedent', speaker: 'Kyiv', confidence: 'high', links: ['g1'], origin: { author: 'Bob', exportedAt: '2025-12-17T08:00:00Z' } }),
        annotation('g1', 'a guarantee of support', {
          note: 'Line one\nLine two',
          verdict: { status: 'needs-source', comment: 'Who?', reviewer: 'Rea', at: '2025-12-19T08:00:00Z' },
          textChange: { before: 'a guarantee of help' },
        }),
      ],
      brief,
      '2025-12-20T09:00:00Z',
    );
    expect(markdown).toBe(
      [
        '# What Ukraine may be granted',
        '',
        '**Marking:** UNCLASSIFIED',
        '',
        '## Source',
        '',
        '**Security guarantees for Ukraine** — A. Writer · DW',
        '',
        '## Key judgments',
        '',
        'Guarantees are **likely**.',
        '',
        '- *Not binding*',
        '',
        '## Guarantees (1)',
        '',
        '### G1 · ¶ 2',
        '',
        '> a guarantee of support',
        '',
        '- **Note:** Line one',
        '  Line two',
        '- **Linked from:** P2',
        '- **Text changed in a revision; earlier wording:** a guarantee of help',
        '- **Author:** Ana, 2025-12-18',
        '- **Verdict:** Needs source by Rea, 2025-12-19: Who? (given on earlier wording)',
        '',
        '## Risks (0)',
        '',
        'No risks.',
        '',
        '## Precedents (1)',
        '',
        '### P2 · ¶ 3',
        '',
        '> the Budapest Memorandum',
        '',
        '- **Speaker:** Kyiv',
        '- **Confidence:** high',
        '- **Bears on:** G1',
        '- **Author:** Ana, 2025-12-18',
        "- **Imported:** from Bob's brief, 2025-12-17",
        '',
      ].join('\n'),
    );
  });

  it('orders items by text and lists orphaned ones last, marked', () => {
    const orphan = annotation('r0', 'A risk', { tag: 'risk' });
    const markdown = annotationsToMarkdown([article], [
      { ...orphan, id: 'r9', target: { ...orphan.target, quote: { ...orphan.target.quote, exact: 'gone from the text' } } },
      annotation('r2', 'remains', { tag: 'risk' }),
      annotation('r1', 'A risk', { tag: 'risk' }),
    ]);
    const items = markdown.split('\n').filter((l) => l.startsWith('### ') || l.startsWith('> '));
    expect(items).toEqual(['### R1 · ¶ 3', '> A risk', '### R2 · ¶ 3', '> remains', '### R3 · not found in the article', '> gone from the text']);
  });

  it('renders hostile text in every field as text, with HTML and linkify on: no links, images, HTML, math or comments', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    const sneaky = `${hostile} see evil.com or https://evil.example/x, mail a@b.org; $x^2$ %% hidden %%`;
    const source = annotationsToMarkdown([{ ...article, title: sneaky, byline: sneaky, sourceUrl: 'javascript:alert(1)' }], [
      annotation('g1', 'a guarantee', {
        note: `${sneaky}\n\n# not a heading\n    code?`,
        speaker: sneaky,
        author: sneaky,
        verdict: { status: 'disputed', comment: sneaky, reviewer: sneaky, at: '2025-12-19T08:00:00Z' },
        origin: { author: sneaky, exportedAt: '2025-12-17T08:00:00Z' },
      }),
    ], { ...brief, title: sneaky, marking: sneaky, keyJudgmentsDoc: undefined, keyJudgments: sneaky });
    const html = md.render(source);
    expect(html).not.toMatch(/<(a|img|script|pre|code)[\s>]/);
    expect(html.match(/<h\d>/g)).toEqual(['<h1>', '<h2>', '<h2>', '<h2>', '<h3>', '<h2>', '<h2>']);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The words read as typed: the escapes are gone once rendered.
    expect(html).toContain('see evil.com or https://evil.example/x, mail a@b.org; $x^2$ %% hidden %%');
    // Unescaped dollars and double percent signs are what math and comment plugins act on.
    expect(source).not.toMatch(/(?<!\\)\$|(?<!\\)%%/);
  });
});

describe('annotationsToMarkdown of a source read from a PDF', () => {
  it('cites each item by page and ¶ on that page', () => {
    const paged: Article = { ...article, blocks: blocks.map((b, i) => ({ ...b, page: i === 0 ? 1 : 2 })) };
    const markdown = annotationsToMarkdown([paged], [annotation('g1', 'a guarantee of support')], brief, '2025-12-20T00:00:00Z');
    expect(markdown).toContain('### G1 · p. 2 ¶ 1');
  });
});

describe('annotationsToMarkdown of a brief of several sources', () => {
  it('lists the sources S1, S2 and cites each item’s source, naming it on links across sources', () => {
    const notesBlocks = [{ type: 'heading' as const, text: 'Notes' }, { type: 'paragraph' as const, text: 'No troops pledged yet.' }];
    const notes: Article = { id: 'notes', title: 'Notes', publisher: 'Own reporting', blocks: notesBlocks, textHash: '1'.repeat(64), importedAt: '2025-12-18T09:00:00Z' };
    const g1 = annotation('g1', 'a guarantee of support');
    const onNotes = annotationOn(canonicalText(notesBlocks), 'No troops', { id: 'n1', articleId: 'notes', tag: 'risk', links: ['g1'] });
    const markdown = annotationsToMarkdown([article, notes], [g1, onNotes], { ...brief, sources: ['art', 'notes'] }, '2025-12-20T00:00:00Z');
    expect(markdown).toContain('## Sources\n\nS1: **Security guarantees for Ukraine** — A. Writer · DW\n\nS2: **Notes** — Own reporting\n');
    expect(markdown).toContain('### G1 · S1 ¶ 2');
    expect(markdown).toContain('### R2 · S2 ¶ 2');
    expect(markdown).toContain('- **Bears on:** G1 (S1)');
  });
});

