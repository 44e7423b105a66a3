// Review mode as a reviewer meets it: each verdict looks like itself when chosen, and an item
// brings its passage into view.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

const SAMPLE_BRIEF = join(import.meta.dirname, '..', 'assets', 'samples', 'sample.brief');

test.beforeEach(async ({ page }) => {
  await openApp(page, 'Rita Reviewer');
  await page.getByLabel('Brief file').setInputFiles(SAMPLE_BRIEF);
  await page.getByRole('dialog', { name: 'Merge summary' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
});

test('Agree, Dispute and Needs source look different from each other when chosen', async ({ page }) => {
  const items = page.getByRole('region', { name: 'Review' }).locator('li.review-item');
  const chosen = async (index: number, verdict: 'Agree' | 'Dispute' | 'Needs source') => {
    const button = items.nth(index).getByRole('group', { name: 'Verdict' }).getByRole('button', { name: verdict, exact: true });
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    return button.evaluate((el) => getComputedStyle(el).backgroundColor);
  };
  const colours = [await chosen(2, 'Agree'), await chosen(3, 'Dispute'), await chosen(4, 'Needs source')];
  expect(new Set(colours).size).toBe(3);
});

test('clicking an item scrolls the article to its passage', async ({ page }) => {
  const review = page.getByRole('region', { name: 'Review' });
  const item = review.locator('li.review-item').filter({ hasText: 'Russia had not said it was prepared to sign anything' }).first();
  const passage = review.locator('.review-article [data-block]').filter({ hasText: 'Russia had not said it was prepared to sign anything' });
  await expect(passage).not.toBeInViewport();
  await item.locator('.card-quote').click();
  await expect(passage).toBeInViewport();
});
