// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from './browser-bridge';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the browser bridge saveFile', () => {
  it('hands the text to the browser as a download under the suggested name', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:saved'));
    const result = await createBrowserBridge(() => null).saveFile({ suggestedName: 'Brief.brief', mimeType: 'application/json', content: '{"é":1}' });
    expect(result).toEqual({ status: 'downloaded' });
    expect(clicked).toEqual([{ download: 'Brief.brief', href: 'blob:saved' }]);
    expect(blobs[0]?.type).toBe('application/json;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('{"é":1}');
  });

  it('refuses a name with folders before downloading anything', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await expect(createBrowserBridge(() => null).saveFile({ suggestedName: '../x.brief', mimeType: 'application/json', content: '{}' })).rejects.toThrow();
    expect(click).not.toHaveBeenCalled();
  });
});
