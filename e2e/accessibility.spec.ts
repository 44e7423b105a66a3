// axe-core on every screen an analyst meets in the first hour, in the light and the dark
// theme: the workspace, the Brief tab, Review mode with a comparison, the Library, the import
// preview, the merge summary and the name dialogs. Zero violations is the bar.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { article, cards, openApp } from './support/app';
import { dragSelect } from './support/select-text';
import { violations } from './support/axe';

const SAMPLE_BRIEF = join(import.meta.dirname, '..', 'assets', 'samples', 'sample.brief');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the workspace, the Brief tab, Review mode and Compare have no axe violations', async ({ page }) => {
      await openApp(page);
      await dragSelect(page, 'a legally binding commitment, subject to national procedures');
      await page.keyboard.press('g');
      await dragSelect(page, 'Russia had not said it was prepared to sign anything');
      await page.keyboard.press('r');
      await expect(cards(page)).toHaveCount(2);
      const found: Record<string, string[]> = {};
      found['workspace'] = await violations(page);
      await page.getByRole('tab', { name: 'Brief' }).click();
      found['brief tab'] = await violations(page);
      await page.getByRole('button', { name: 'Review' }).click();
      await expect(page.getByRole('region', { name: 'Review' })).toBeVisible();
      found['review'] = await violations(page);
      await page.getByLabel('Brief to compare').setInputFiles(SAMPLE_BRIEF);
      await expect(page.getByRole('region', { name: 'Comparison' })).toBeVisible();
      found['compare'] = await violations(page);
      expect(found).toEqual({ workspace: [], 'brief tab': [], review: [], compare: [] });
    });

    test('the Library, the import preview, the merge summary and the name dialogs have no axe violations', async ({ page }) => {
      await page.goto('/');
      await expect(article(page)).toBeVisible();
      const found: Record<string, string[]> = {};
      await page.getByRole('button', { name: /^Analyst: / }).click();
      await expect(page.getByRole('dialog', { name: 'Your name' })).toBeVisible();
      found['name dialog'] = await violations(page);
      await page.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Cancel' }).click();

      await page.getByLabel('Brief file').setInputFiles(SAMPLE_BRIEF);
      await expect(page.getByRole('dialog', { name: 'Merge summary' })).toBeVisible();
      found['merge summary'] = await violations(page);
      await page.getByRole('dialog', { name: 'Merge summary' }).getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Import article' }).click();
      await expect(page.getByRole('dialog', { name: 'Choose an article' })).toBeVisible();
      found['choose an article'] = await violations(page);
      await page.getByRole('dialog', { name: 'Choose an article' }).getByRole('button', { name: 'Cancel' }).click();

      await page.getByLabel('Article file').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes on the talks\n\nA paragraph of notes.\n') });
      await expect(page.getByRole('dialog', { name: 'Import article' })).toBeVisible();
      found['import preview'] = await violations(page);
      await page.getByRole('dialog', { name: 'Import article' }).getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Library' }).click();
      await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
      found['library'] = await violations(page);
      expect(found).toEqual({ 'name dialog': [], 'merge summary': [], 'choose an article': [], 'import preview': [], library: [] });
    });
  });
}
