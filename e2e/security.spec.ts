// The browser build's Content Security Policy at work: the page carries it, and an inline
// script, an inline event handler or a data: script injected into the page does not run (the
// desktop app sends the same policy as a header, main/security/content-security-policy.ts). Links open
// outside only when they are http(s).
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test('the page carries a CSP without inline script or remote origins', async ({ page }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

test('an injected inline script, inline handler or data: script does not run, and the CSP reports each', async ({ page }) => {
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const ran = (): Record<string, unknown> => ({
      inline: Reflect.get(window, 'injectedInline'),
      handler: Reflect.get(window, 'injectedHandler'),
      data: Reflect.get(window, 'injectedData'),
    });

    const inline = document.createElement('script');
    inline.textContent = 'window.injectedInline = true;';
    document.body.append(inline);

    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.injectedHandler = true;');
    image.src = 'data:image/png;base64,not-an-image';
    document.body.append(image);

    const fromData = document.createElement('script');
    fromData.src = 'data:text/javascript,window.injectedData=true';
    const dataSettled = new Promise((resolve) => {
      fromData.onerror = resolve;
      fromData.onload = resolve;
    });
    document.body.append(fromData);

    await dataSettled;
    // The image's error event and the violation reports are queued tasks: let them all run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { ran: ran(), violations };
  });
  expect(outcome.ran).toEqual({ inline: undefined, handler: undefined, data: undefined });
  expect(outcome.violations.filter((directive) => directive.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
});

test('a source link opens outside the app (a new tab here), and the app page stays where it was', async ({ page, context }) => {
  // The link's page is answered here: nothing leaves this machine.
  await context.route('https://www.dw.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Source</title>' }));
  await openApp(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('briefing-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('articles', 'readwrite').objectStore('articles');
    await new Promise<void>((resolve, reject) => {
      const all = store.getAll();
      all.onsuccess = () => {
        const [article] = all.result as Record<string, unknown>[];
        const put = store.put({ ...article, sourceUrl: 'https://www.dw.com/en/security-guarantees' });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    db.close();
  });
  await page.getByRole('button', { name: 'Library' }).click();
  const appUrl = page.url();
  const popup = page.waitForEvent('popup');
  await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'Source — www.dw.com' }).click();
  // Leaving the app is asked first.
  await page.getByRole('alertdialog', { name: 'Open www.dw.com in your browser?' }).getByRole('button', { name: 'Open in browser' }).click();
  expect((await popup).url()).toBe('https://www.dw.com/en/security-guarantees');
  expect(page.url()).toBe(appUrl);
});
