import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PrintRequestGate } from './print-request-gate';

describe('PrintRequestGate', () => {
  const page = pathToFileURL('/tmp/briefing-desk-print-x/brief.html').href;

  it('lets the page being printed and data: fonts load, and nothing else', () => {
    const gate = new PrintRequestGate();
    const close = gate.open(page);
    expect(gate.allows(page)).toBe(true);
    expect(gate.allows('data:font/woff2;base64,AAAA')).toBe(true);
    for (const url of ['file:///etc/passwd', 'file://host/x', 'file://host/share/secret.txt', `${page}/../other.html`, 'file:///tmp/briefing-desk-print-x/other.html', 'blob:null/1', 'https://example.com/', 'http://127.0.0.1/']) {
      expect(gate.allows(url), url).toBe(false);
    }
    close();
    expect(gate.allows(page)).toBe(false);
  });
});
