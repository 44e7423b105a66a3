import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, chromiumLaunchOptions, chromiumPdfOptions, resolveChromiumPath, SYSTEM_CHROMIUM } from './chromium-printer';

const existing = (...paths: string[]) => (path: string) => paths.includes(path);

describe('resolveChromiumPath', () => {
  it('takes CHROMIUM_PATH first, then the system Chromium, then Playwright’s', () => {
    const bundled = () => '/pw/chrome';
    expect(resolveChromiumPath({ env: { CHROMIUM_PATH: '/opt/c' }, exists: existing('/opt/c', SYSTEM_CHROMIUM), playwrightChromium: bundled })).toBe('/opt/c');
    expect(resolveChromiumPath({ env: {}, exists: existing(SYSTEM_CHROMIUM, '/pw/chrome'), playwrightChromium: bundled })).toBe(SYSTEM_CHROMIUM);
    expect(resolveChromiumPath({ env: {}, exists: existing('/pw/chrome'), playwrightChromium: bundled })).toBe('/pw/chrome');
  });

  it('refuses a CHROMIUM_PATH that does not exist rather than picking another browser', () => {
    expect(() => resolveChromiumPath({ env: { CHROMIUM_PATH: '/nope' }, exists: existing(SYSTEM_CHROMIUM) })).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it('says where it looked when there is no Chromium', () => {
    expect(() => resolveChromiumPath({ env: {}, exists: existing(), playwrightChromium: () => undefined })).toThrow(ChromiumNotFoundError);
    expect(() => resolveChromiumPath({ env: {}, exists: existing(), playwrightChromium: () => undefined })).toThrow(/apt-get install chromium/);
  });
});

describe('chromiumLaunchOptions', () => {
  it('keeps Chromium in its sandbox unless the process runs as root, where it cannot start sandboxed', () => {
    expect(chromiumLaunchOptions('/usr/bin/chromium', 1000)).toMatchObject({ executablePath: '/usr/bin/chromium', chromiumSandbox: true });
    expect(chromiumLaunchOptions('/usr/bin/chromium', 0).chromiumSandbox).toBe(false);
    expect(chromiumLaunchOptions('/usr/bin/chromium', 1000).args).not.toContain('--no-sandbox');
  });
});

describe('chromiumPdfOptions', () => {
  it('asks for an outline and a tagged PDF, and leaves header and footer to the brief', () => {
    expect(chromiumPdfOptions({ paper: 'letter', title: 't' })).toEqual({ format: 'Letter', printBackground: true, outline: true, tagged: true, displayHeaderFooter: false });
  });
});
