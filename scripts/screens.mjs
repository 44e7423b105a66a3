// Screenshots of every first-hour screen in light and dark, for docs/screens/: serve the built
// web renderer (`npm run web`), then `node scripts/screens.mjs docs/screens http://127.0.0.1:4173/`.
import { chromium } from 'playwright-core';
const out = process.argv[2] ?? 'docs/screens';
const url = process.argv[3] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const BRIEF = 'assets/samples/sample.brief';
for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: `${out}/${name}-${scheme}.png` });
  await page.goto(url);
  await page.getByRole('article').waitFor();
  await shot('first-start');
  await page.getByRole('button', { name: /^Analyst: / }).click();
  await page.getByRole('dialog', { name: 'Your name' }).waitFor();
  await shot('name-dialog');
  await page.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Brief file').setInputFiles(BRIEF);
  await page.getByRole('dialog', { name: 'Merge summary' }).waitFor();
  await shot('merge-summary');
  await page.getByRole('dialog', { name: 'Merge summary' }).getByRole('button', { name: 'Close' }).click();
  await page.locator('article mark').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot('workspace');
  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.waitForTimeout(200);
  await shot('brief-tab');
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.waitForTimeout(400);
  await shot('review');
  await page.getByLabel('Brief to compare').setInputFiles(BRIEF);
  await page.getByRole('region', { name: 'Comparison' }).waitFor();
  await shot('compare');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByLabel('Article file').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: Notes on the Berlin talks\nauthor: Ada Analyst\n---\n\nLeaders met in Berlin on Monday.\n') });
  await page.getByRole('dialog', { name: 'Import article' }).waitFor();
  await shot('import-preview');
  await page.getByRole('dialog', { name: 'Import article' }).getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('list', { name: 'Articles' }).waitFor();
  await shot('library');
  await context.close();
}
await browser.close();
