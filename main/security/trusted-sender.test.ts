import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { isTrustedSender } from './trusted-sender';

describe('isTrustedSender', () => {
  it('trusts the app\'s main frame', () => {
    expect(isTrustedSender({ url: 'app://briefing-desk/index.html', isMainFrame: true }, APP_ENTRY_URL)).toBe(true);
  });

  it('refuses an iframe, even one of the app', () => {
    expect(isTrustedSender({ url: 'app://briefing-desk/index.html', isMainFrame: false }, APP_ENTRY_URL)).toBe(false);
  });

  it('refuses a main frame showing another origin', () => {
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true }, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, APP_ENTRY_URL)).toBe(false);
  });

  it('refuses a message whose frame is gone', () => {
    expect(isTrustedSender(null, APP_ENTRY_URL)).toBe(false);
  });

  it('trusts the dev server\'s origin only when that is the app URL', () => {
    const frame = { url: 'http://localhost:5173/', isMainFrame: true };
    expect(isTrustedSender(frame, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(frame, APP_ENTRY_URL)).toBe(false);
  });
});
