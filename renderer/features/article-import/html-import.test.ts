// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlCandidate } from './html-import';
import { ImportRefusal } from './import-candidate';

const page = `<!doctype html><html><head><title>Talks in Berlin</title>
<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.org/talks">
<meta property="article:published_time" content="2025-12-18T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Talks in Berlin</h1>
<p>Leaders met in Berlin on Monday to discuss what comes after a ceasefire, and what the guarantees would look like in practice for everyone.</p>
<p>The guarantees would be modelled on <b>Article 5</b> of the NATO treaty, officials said, <img src="x" onerror="window.hacked=1">though details were scarce.</p>
<script>window.hacked = 1</script>
<p>&lt;img src=x onerror=alert(1)&gt; is how the attack was written.</p>
</article></body></html>`;

describe('htmlCandidate', () => {
  it('finds the article, keeps its text and metadata, and no markup', () => {
    const { cleaned } = htmlCandidate('talks.html', page);
    expect(cleaned).toMatchObject({ title: 'Talks in Berlin', publisher: 'Example News', sourceUrl: 'https://example.org/talks', published: '2025-12-18' });
    expect(cleaned.blocks[0]).toEqual({ type: 'heading', text: 'Talks in Berlin' });
    const texts = cleaned.blocks.map((b) => b.text);
    expect(texts).toContain('The guarantees would be modelled on Article 5 of the NATO treaty, officials said, though details were scarce.');
    // Escaped markup in the page is text, and stays literal text.
    expect(texts).toContain('<img src=x onerror=alert(1)> is how the attack was written.');
    expect(texts.join(' ')).not.toMatch(/Home|hacked/);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('takes the site\'s or the author\'s name off the title', () => {
    const suffixed = page
      .replace('<title>Talks in Berlin</title>', '<title>Talks in Berlin | Eleanor Ainge Roy</title><meta name="author" content="Eleanor Ainge Roy">')
      .replace('<h1>Talks in Berlin</h1>', '<h1>Talks in Berlin | Eleanor Ainge Roy</h1>');
    expect(htmlCandidate('talks.html', suffixed).cleaned.title).toBe('Talks in Berlin');
    const bySite = page.replace('<title>Talks in Berlin</title>', '<title>Talks in Berlin – Example News</title>');
    expect(htmlCandidate('talks.html', bySite).cleaned.title).toBe('Talks in Berlin');
  });

  it('refuses a page without text', () => {
    expect(() => htmlCandidate('empty.html', '<html><body><img src="a.png"></body></html>')).toThrow(ImportRefusal);
  });
});
