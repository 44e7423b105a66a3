import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isSameAppOrigin } from './app-origin';

describe('isSameAppOrigin', () => {
  it('accepts any page of the app', () => {
    expect(isSameAppOrigin('app://briefing-desk/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isSameAppOrigin('app://briefing-desk/assets/a.js?x=1#y', APP_ENTRY_URL)).toBe(true);
  });

  it('refuses another host on the same scheme, another scheme, or the same host elsewhere', () => {
    expect(isSameAppOrigin('app://evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isSameAppOrigin('file:///briefing-desk/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isSameAppOrigin('https://briefing-desk/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isSameAppOrigin('https://example.com/', APP_ENTRY_URL)).toBe(false);
  });

  it('tells dev-server ports apart', () => {
    expect(isSameAppOrigin('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isSameAppOrigin('http://localhost:5174/x', 'http://localhost:5173/')).toBe(false);
  });

  it('refuses what does not parse and opaque URLs without a host', () => {
    expect(isSameAppOrigin('not a url', APP_ENTRY_URL)).toBe(false);
    expect(isSameAppOrigin('about:blank', 'about:blank')).toBe(false);
    expect(isSameAppOrigin('data:text/html,<p>hi', 'data:text/html,<p>hi')).toBe(false);
  });
});
