import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { draftFromHtml, htmlBlocks, type BlockSource } from './html-blocks';

/** A body element parsed by happy-dom: the kind of element the renderer hands over. */
function body(html: string): BlockSource {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document.body;
}

/** Each block as [type, text], or [type, text, marker] when it has a marker. */
function pairs(html: string): string[][] {
  return htmlBlocks(body(html)).map((b) => (b.marker ? [b.type, b.text, b.marker] : [b.type, b.text]));
}

describe('htmlBlocks', () => {
  it.each([
    ['headings and paragraphs', '<h1>Title</h1><p>First  para.</p><h3>Sub <em>head</em></h3><p>Second.</p>', [['heading', 'Title'], ['paragraph', 'First para.'], ['heading', 'Sub head'], ['paragraph', 'Second.']]],
    ['inline formatting and links flattened', '<p>A <strong>bold</strong> <a href="https://x">link</a>, <code>code</code>.</p>', [['paragraph', 'A bold link, code.']]],
    ['line breaks become spaces', '<p>One<br>two<br/>three</p>', [['paragraph', 'One two three']]],
    ['block quotes, paragraphs inside them each a quote', '<blockquote><p>Q1.</p><p>Q2 <b>b</b>.</p></blockquote><p>After.</p>', [['quote', 'Q1.'], ['quote', 'Q2 b.'], ['paragraph', 'After.']]],
    ['a bare block quote', '<blockquote>Bare quote.</blockquote>', [['quote', 'Bare quote.']]],
    ['figure captions; images dropped with their alt', '<figure><img src="a.jpg" alt="Flags"><figcaption>Ukraine might drop its bid Image: A. Stroh</figcaption></figure>', [['caption', 'Ukraine might drop its bid Image: A. Stroh']]],
    ['list items, nested lists', '<ul><li>one</li><li>two<ul><li>two-a</li></ul></li></ul><ol><li><p>first</p></li></ol>', [['list-item', 'one', '•'], ['list-item', 'two', '•'], ['list-item', 'two-a', '◦'], ['list-item', 'first', '1.']]],
    ['a list item of several paragraphs: the marker on the first only', '<ol><li><p>first</p><p>more</p></li><li>second</li></ol>', [['list-item', 'first', '1.'], ['paragraph', 'more'], ['list-item', 'second', '2.']]],
    ['table rows: an empty cell keeps the columns in step', '<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td><td></td><td>3</td></tr></table>', [['paragraph', 'a | b | c'], ['paragraph', '1 | – | 3']]],
    ['text directly in containers', '<div>Loose text <i>here</i><p>Para.</p>tail</div>', [['paragraph', 'Loose text here'], ['paragraph', 'Para.'], ['paragraph', 'tail']]],
    ['pre: one paragraph per line', '<pre>line 1\n\n  line 2</pre>', [['paragraph', 'line 1'], ['paragraph', 'line 2']]],
    ['table rows', '<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><p>2</p></td></tr></table>', [['paragraph', 'a | b'], ['paragraph', '1 | 2']]],
    ['scripts, styles, forms and comments never become text', '<p>Kept.</p><script>alert(1)</script><style>p{}</style><!-- note --><form><button>Go</button></form><svg><text>x</text></svg>', [['paragraph', 'Kept.']]],
    ['entities and non-breaking spaces', '<p>Tom &amp; Jerry&nbsp;&mdash; &lt;b&gt;</p>', [['paragraph', 'Tom & Jerry — <b>']]],
  ])('%s', (_name, html, expected) => {
    expect(pairs(html)).toEqual(expected);
  });

  it('accepts a browser DOM Element as it is (checked by the type checker)', () => {
    const asSource = (element: Element): BlockSource => element;
    expect(typeof asSource).toBe('function');
  });

  it('reads any structural tree, not only the DOM, whatever the case of its names', () => {
    const text = (t: string): BlockSource => ({ nodeName: '#text', textContent: t, childNodes: [] });
    const el = (name: string, ...children: BlockSource[]): BlockSource => ({ nodeName: name, textContent: null, childNodes: children });
    expect(htmlBlocks(el('article', el('h2', text('Sub')), el('p', text('Body '), el('em', text('text')))))).toEqual([
      { type: 'heading', text: 'Sub' },
      { type: 'paragraph', text: 'Body text' },
    ]);
  });
});

describe('draftFromHtml', () => {
  const meta = { title: 'What security guarantees?', byline: 'Danilo Bilek', publisher: 'DW' };

  it('puts the title first when the content does not start with it', () => {
    expect(draftFromHtml(body('<p>Body.</p>'), meta)).toEqual({
      ...meta,
      blocks: [{ type: 'heading', text: meta.title }, { type: 'paragraph', text: 'Body.' }],
    });
  });

  it('keeps the content title heading when it is the title', () => {
    expect(draftFromHtml(body('<h1>What security guarantees?</h1><p>Body.</p>'), meta).blocks).toHaveLength(2);
  });

  it('takes the first heading as title when none is given', () => {
    expect(draftFromHtml(body('<h2>Heading</h2><p>Body.</p>'), { title: ' ' }).title).toBe('Heading');
  });

  it.each([
    ['no text', '<img src="x.png"><p> </p>', meta, /no readable article text/],
    ['no title at all', '<p>Body.</p>', { title: '' }, /no title/],
  ])('refuses %s', (_name, html, metadata, message) => {
    expect(() => draftFromHtml(body(html), metadata)).toThrow(message);
  });
});
