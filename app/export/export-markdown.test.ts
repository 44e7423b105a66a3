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

describe('annotationsToMarkdown', () => {
  it('groups by tag in TAG_STYLES order, quotes with ¶ references, then the fields', () => {
    const markdown = annotationsToMarkdown(article, [
      annotation('p1', 'the Budapest Memorandum', { tag: 'precedent', speaker: 'Kyiv', confidence: 'high', origin: { author: 'Bob', exportedAt: '2025-12-17T08:00:00Z' } }),
      annotation('g1', 'a guarantee of support', { note: 'Line one\nLine two', verdict: { status: 'needs-source', comment: 'Who?', reviewer: 'Rea', at: '2025-12-19T08:00:00Z' } }),
    ]);
    expect(markdown).toBe(
      [
        '# Security guarantees for Ukraine',
        '',
        'A. Writer · DW',
        '',
        '## Guarantees (1)',
        '',
        '> a guarantee of support (¶ 2)',
        '',
        '- **Note:** Line one',
        '  Line two',
        '- **Author:** Ana, 2025-12-18',
        '- **Verdict:** Needs source by Rea, 2025-12-19: Who?',
        '',
        '## Risks (0)',
        '',
        'No risks.',
        '',
        '## Precedents (1)',
        '',
        '> the Budapest Memorandum (¶ 3)',
        '',
        '- **Speaker:** Kyiv',
        '- **Confidence:** high',
        '- **Author:** Ana, 2025-12-18',
        "- **Imported:** from Bob's brief, 2025-12-17",
        '',
      ].join('\n'),
    );
  });

  it('orders items by text and lists orphaned ones last, marked', () => {
    const orphan = annotation('r0', 'A risk', { tag: 'risk' });
    const markdown = annotationsToMarkdown(article, [
      { ...orphan, id: 'r9', target: { ...orphan.target, quote: { ...orphan.target.quote, exact: 'gone from the text' } } },
      annotation('r2', 'remains', { tag: 'risk' }),
      annotation('r1', 'A risk', { tag: 'risk' }),
    ]);
    const quotes = markdown.split('\n').filter((l) => l.startsWith('> '));
    expect(quotes).toEqual(['> A risk (¶ 3)', '> remains (¶ 3)', '> gone from the text (not found in the article)']);
  });

  it('renders hostile text in every field as text: no links, images or HTML', () => {
    const md = new MarkdownIt({ html: true });
    const html = md.render(
      annotationsToMarkdown({ ...article, title: hostile, byline: hostile, sourceUrl: 'javascript:alert(1)' }, [
        annotation('g1', 'a guarantee', {
          note: `${hostile}\n\n# not a heading\n    code?`,
          speaker: hostile,
          author: hostile,
          verdict: { status: 'disputed', comment: hostile, reviewer: hostile, at: '2025-12-19T08:00:00Z' },
          origin: { author: hostile, exportedAt: '2025-12-17T08:00:00Z' },
        }),
      ]),
    );
    expect(html).not.toMatch(/<(a|img|script|pre|code)[\s>]/);
    expect(html.match(/<h\d>/g)).toEqual(['<h1>', '<h2>', '<h2>', '<h2>']);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
