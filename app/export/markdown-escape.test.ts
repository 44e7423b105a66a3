import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, escapeMarkdownLines } from './markdown-escape';

// The most permissive renderer: raw HTML allowed. Linkify is the renderer's choice (see the
// module comment), so it is off here.
const md = new MarkdownIt({ html: true });

/** The text a one-paragraph rendering shows, or the HTML when it is anything else. */
function renderedText(markdown: string): string {
  const html = md.render(markdown).trim();
  const match = /^<p>([^<]*)<\/p>$/.exec(html);
  if (!match) return html === '' ? '' : `UNEXPECTED HTML: ${html}`;
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('escapeMarkdownLines', () => {
  it.each([
    '[click](javascript:alert(1))',
    '![img](http://evil.example/x.png)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<https://evil.example>',
    '&lt;b&gt; &#60;',
    '# Heading',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '> quote',
    '    indented code',
    '```js',
    '`code`',
    '**bold** _em_ ~~strike~~',
    '| a | b |',
    '[ref]: https://evil.example',
    '***',
    '===',
    'trailing backslash \\',
    'U.S. aid, 30% — “quoted”',
  ])('renders %j as the same text', (line) => {
    expect(renderedText(escapeMarkdownLines(line).join('\n'))).toBe(line.trim());
  });

  it('splits CRLF, CR and LF into lines', () => {
    expect(escapeMarkdownLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('renders any line of Markdown-heavy text as that text', () => {
    const char = fc.constantFrom(...'abc 19.)#*_-+=<>&[]()!`~|\\:/"\'\t'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (line) => {
        expect(renderedText(escapeMarkdownLines(line).join('\n'))).toBe(line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeMarkdownInline', () => {
  it('joins lines with spaces', () => {
    expect(escapeMarkdownInline('one\n- two')).toBe('one \\- two');
  });
});
