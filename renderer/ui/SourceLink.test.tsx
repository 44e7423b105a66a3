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

describe('SourceLink', () => {
  it('opens an http(s) source through the bridge on click, without navigating the page', async () => {
    const { container, openExternal } = await render('https://www.dw.com/en/article');
    const link = container.querySelector('a');
    expect(link?.textContent).toBe('Source');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => {
      link?.dispatchEvent(click);
    });
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.dw.com/en/article');
  });

  it.each([undefined, 'javascript:alert(1)', 'file:///etc/passwd', 'not a url'])('shows no link for %j', async (url) => {
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
    expect(onError).toHaveBeenCalledWith('The source link did not open: Open link refused');
  });
});
