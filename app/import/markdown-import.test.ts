import { describe, expect, it } from 'vitest';
import { importMarkdown, markdownBlocks } from './markdown-import';

describe('markdownBlocks', () => {
  it.each([
    ['ATX and setext headings', '# Title\n\nSub\n---\n\n### Deep *heading*', [['heading', 'Title'], ['heading', 'Sub'], ['heading', 'Deep heading']]],
    ['paragraphs, soft and hard breaks joined into one line', 'One\nline  \nstill   one.\n\nTwo.', [['paragraph', 'One line still one.'], ['paragraph', 'Two.']]],
    ['block quotes, nested, each paragraph a quote', '> First.\n>\n> > Nested.\n\nAfter.', [['quote', 'First.'], ['quote', 'Nested.'], ['paragraph', 'After.']]],
    ['lists: each item a list item, nested and ordered too', '- one\n- two\n  - two-a\n\n1. first\n2. second', [['list-item', 'one', '•'], ['list-item', 'two', '•'], ['list-item', 'two-a', '◦'], ['list-item', 'first', '1.'], ['list-item', 'second', '2.']]],
    ['an ordered list keeps its start number and delimiter', '7) seventh\n8) eighth\n\nAfter.', [['list-item', 'seventh', '7)'], ['list-item', 'eighth', '8)'], ['paragraph', 'After.']]],
    ['loose list items with several paragraphs: the marker on the first only', '- item\n\n  more\n- next', [['list-item', 'item', '•'], ['paragraph', 'more'], ['list-item', 'next', '•']]],
    ['footnotes: the reference kept as [n], each note a note block with its label', 'Kyiv wants guarantees.[^1] Moscow refuses.[^why]\n\n[^1]: Statement of 15 December.\n[^why]: See the *Kremlin* readout.\n\n    Second paragraph.', [['paragraph', 'Kyiv wants guarantees.[1] Moscow refuses.[why]'], ['note', 'Statement of 15 December.', '1'], ['note', 'See the Kremlin readout.', 'why'], ['note', 'Second paragraph.']]],
    ['fenced and indented code: one paragraph per line', '```ts\nconst a = 1;\n\n  return a;\n```\n\n    indented code', [['paragraph', 'const a = 1;'], ['paragraph', 'return a;'], ['paragraph', 'indented code']]],
    ['inline formatting flattened', 'Some **bold**, _em_, `code` and ~~gone~~ text.', [['paragraph', 'Some bold, em, code and gone text.']]],
    ['links keep their text only', 'See [the statement](https://example.org/x "t") and <https://dw.com>.', [['paragraph', 'See the statement and https://dw.com.']]],
    ['images dropped with their alt text', '![Flags of Ukraine and NATO](flags.jpg)\n\nText ![alt](a.png) here.', [['paragraph', 'Text here.']]],
    ['tables: one paragraph per row', '| a | b |\n|---|---|\n| 1 | *2* |', [['paragraph', 'a | b'], ['paragraph', '1 | 2']]],
    ['tables: an empty cell keeps the columns in step', '| Country | Troops | Air |\n|---|---|---|\n| France | | yes |', [['paragraph', 'Country | Troops | Air'], ['paragraph', 'France | – | yes']]],
    ['entities decoded', 'Tom &amp; Jerry &mdash; &#35;1', [['paragraph', 'Tom & Jerry — #1']]],
    ['thematic breaks dropped', 'A\n\n---\n\nB', [['paragraph', 'A'], ['paragraph', 'B']]],
  ])('%s', (_name, source, expected) => {
    expect(markdownBlocks(source).map((b) => (b.marker ? [b.type, b.text, b.marker] : [b.type, b.text]))).toEqual(expected);
  });

  it('never passes raw HTML through as markup: it stays literal text', () => {
    const blocks = markdownBlocks('<script>alert(1)</script>\n\nA <b onclick="x()">bold</b> word.\n\n<div>\nblock\n</div>');
    expect(blocks).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
      { type: 'paragraph', text: 'A <b onclick="x()">bold</b> word.' },
      { type: 'paragraph', text: '<div> block </div>' },
    ]);
  });
});

describe('importMarkdown', () => {
  it('takes the title from a leading heading and passes metadata through', () => {
    const article = importMarkdown('\uFEFF# Guarantees\n\nBody.', { publisher: 'DW', sourceUrl: 'https://dw.com/a', fallbackTitle: 'file' });
    expect(article).toEqual({
      title: 'Guarantees',
      publisher: 'DW',
      sourceUrl: 'https://dw.com/a',
      blocks: [{ type: 'heading', text: 'Guarantees' }, { type: 'paragraph', text: 'Body.' }],
    });
  });

  it('puts the fallback title first when the text does not start with a heading', () => {
    expect(importMarkdown('Body.\n\n# Later', { fallbackTitle: ' notes ' }).blocks).toEqual([
      { type: 'heading', text: 'notes' },
      { type: 'paragraph', text: 'Body.' },
      { type: 'heading', text: 'Later' },
    ]);
  });

  it.each([
    ['nothing readable', '\n\n![only an image](x.png)\n\n---\n', { fallbackTitle: 't' }, /no readable text/],
    ['no heading and no title', 'Body.', {}, /no title was given/],
  ])('refuses %s', (_name, source, metadata, message) => {
    expect(() => importMarkdown(source, metadata)).toThrow(message);
  });
});

describe('importMarkdown and deep nesting', () => {
  it('keeps every word of a quote nested a thousand deep', () => {
    const deep = `# Deep\n\n${'>'.repeat(1000)} the words at the bottom\n\n${'> '.repeat(300)}and these too\n`;
    const draft = importMarkdown(deep);
    const text = draft.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('the words at the bottom');
    expect(text).toContain('and these too');
  });
});
