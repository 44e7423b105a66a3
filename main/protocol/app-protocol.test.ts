import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Briefing Desk</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'a b.css'), 'p{}');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps / to index.html and paths to files under the root', () => {
    expect(resolveAppFile(root, 'app://briefing-desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://briefing-desk/assets/index.js?v=1#x')).toBe(join(root, 'assets', 'index.js'));
    expect(resolveAppFile(root, 'app://briefing-desk/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('refuses every way out of the root', () => {
    for (const url of [
      'app://briefing-desk/../secret.txt',
      'app://briefing-desk/%2e%2e/secret.txt',
      'app://briefing-desk/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://briefing-desk/..%5Csecret.txt',
      'app://briefing-desk/%2e%2e%5c%2e%2e%5csecret.txt',
      `app://briefing-desk/${encodeURIComponent(join(base, 'secret.txt'))}`,
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(join(root, '/')), url).toBe(true);
    }
    // `%2F` is no separator to the URL parser, so only the resolver stands between this and the secret.
    expect(resolveAppFile(root, 'app://briefing-desk/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://briefing-desk/..%5Csecret.txt')).not.toBe(join(base, 'secret.txt'));
  });

  it('refuses other hosts and schemes, malformed escapes and NUL bytes', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://briefing-desk/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'app://briefing-desk/index.html%00.js')).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await get('app://briefing-desk/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Briefing Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://briefing-desk/assets/index.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, still with the CSP, for a missing file, a folder and a way out', async () => {
    for (const url of ['app://briefing-desk/missing.js', 'app://briefing-desk/assets', 'app://briefing-desk/%2e%2e%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://briefing-desk/', 'POST')).status).toBe(405);
    const head = await get('app://briefing-desk/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
