import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from './html-escape';

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('replaces control characters HTML forbids, keeping tabs and newlines', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne\u007f')).toBe('a\uFFFDb\uFFFDc\td\ne\uFFFD');
  });
});

describe('html', () => {
  it('escapes interpolated strings and numbers but keeps SafeHtml and joins arrays', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${[1, '<', new SafeHtml('<br>')]}${undefined}${false}</p>`.markup).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>1&lt;<br></p>',
    );
  });
});
