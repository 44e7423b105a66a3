// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { SourceLink } from './SourceLink';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a SourceLink for `url`; returns its container and the bridge's openExternal spy. */
async function render(url: string | undefined, openExternal = vi.fn(async () => {})) {
  const container = document.body.appendChild(document.createElement('div'));
  const onError = vi.fn();
  await act(async () => {
    createRoot(container).render(<SourceLink url={url} bridge={{ openExternal }} onError={onError} />);
  });
  return { container, openExternal, onError };
}

/** The button named `name` in the document (the dialog renders outside the link). */
function button(name: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll('button')].find((b) => b.textContent === name);
}

describe('SourceLink', () => {
  it('shows where it goes, asks before leaving the app, and opens the parsed address through the bridge', async () => {
    const { container, openExternal } = await render('https://www.dw.com/en/article?x=1#top');
    const link = container.querySelector('a');
    expect(link?.textContent).toBe('Source — www.dw.com');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => {
      link?.dispatchEvent(click);
    });
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alertdialog"] h2')?.textContent).toBe('Open www.dw.com in your browser?');
    await act(async () => button('Open in browser')?.click());
    expect(openExternal).toHaveBeenCalledWith('https://www.dw.com/en/article?x=1#top');
  });

  it('opens nothing when the analyst cancels', async () => {
    const { container, openExternal } = await render('https://example.com/');
    await act(async () => {
      container.querySelector('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await act(async () => button('Cancel')?.click());
    expect(openExternal).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('opens the address as parsed, not the raw text', async () => {
    const { container } = await render('HTTPS://Example.COM/a b');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.com/a%20b');
    expect(container.querySelector('a')?.textContent).toBe('Source — example.com');
  });

  it.each([undefined, 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', '\\\\host\\share'])('shows no link for %j', async (url) => {
    const { container } = await render(url);
    expect(container.querySelector('a')).toBeNull();
  });

  it('reports a refusal in the alert words', async () => {
    const refuse = vi.fn(async () => {
      throw new Error('Open link refused');
    });
    const { container, onError } = await render('https://example.com/', refuse);
    await act(async () => {
      container.querySelector('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await act(async () => button('Open in browser')?.click());
    expect(onError).toHaveBeenCalledWith('The source link did not open: Open link refused');
  });
});
