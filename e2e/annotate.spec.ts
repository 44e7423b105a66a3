// The walking skeleton end to end in Chromium: the sample article on first start, tagging
// by mouse selection with the buttons and the keys, persistence across a reload, and the
// brief printed to PDF by Chromium's print engine.
import { expect, test } from '@playwright/test';
import { article, cardTag, cards, openApp, panel, SAMPLE_TITLE as TITLE, tagButton } from './support/app';
import { dragSelect } from './support/select-text';
import { pdfText } from './support/pdf-text';
import { exportToPrintView } from './support/print-view';

const GUARANTEE_QUOTE = 'a legally binding commitment, subject to national procedures';
const RISK_QUOTE = 'Russia had not said it was prepared to sign anything';
const PRECEDENT_QUOTE = 'another Budapest Memorandum';

test('first start shows the sample article as a heading and paragraphs', async ({ page }) => {
  await openApp(page);
  await expect(article(page).getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(await article(page).locator('p:not(.caption)').count()).toBeGreaterThan(15);
  await expect(article(page)).not.toContainText('Skip to content');
  await expect(cards(page)).toHaveCount(0);
  await expect(panel(page)).toContainText('Select a passage and press G, R or P to tag it.');
});

test('tags passages by button and key, keeps them across a reload, and prints them', async ({ page, context }) => {
  await openApp(page);
  await expect(article(page)).toBeVisible();

  await dragSelect(page, GUARANTEE_QUOTE);
  await tagButton(page, 'Guarantee').click();
  const guarantee = article(page).locator('[data-tag="guarantee"][data-annotation-id]');
  await expect(guarantee).toHaveText(GUARANTEE_QUOTE);

  await dragSelect(page, RISK_QUOTE);
  await page.keyboard.press('r');
  await expect(article(page).locator('[data-tag="risk"][data-annotation-id]')).toHaveText(RISK_QUOTE);

  await dragSelect(page, PRECEDENT_QUOTE);
  await page.keyboard.press('P');
  await expect(article(page).locator('[data-tag="precedent"][data-annotation-id]')).toHaveText(PRECEDENT_QUOTE);
  // Typing a tag key never edits the read-only article.
  await expect(article(page)).toContainText(`${PRECEDENT_QUOTE} or set of Minsk`);

  // Cards come in text order, each with its tag and quote.
  const list = cards(page);
  await expect(list).toHaveCount(3);
  for (const [index, tag, quote] of [
    [0, 'guarantee', GUARANTEE_QUOTE],
    [1, 'precedent', PRECEDENT_QUOTE],
    [2, 'risk', RISK_QUOTE],
  ] as const) {
    await expect.poll(() => cardTag(list.nth(index))).toBe(tag);
    await expect(list.nth(index).locator('blockquote')).toHaveText(quote);
  }

  const id = await guarantee.first().getAttribute('data-annotation-id');
  await page.reload();
  await expect(article(page).locator(`[data-annotation-id="${id}"]`)).toHaveText(GUARANTEE_QUOTE);
  await expect(article(page).locator('[data-tag="risk"]')).toHaveText(RISK_QUOTE);
  await expect(cards(page)).toHaveCount(3);

  const view = await exportToPrintView(page, context);
  await expect(view.locator('body')).toContainText(GUARANTEE_QUOTE);
  await expect(view.locator('script')).toHaveCount(0);
  const text = pdfText(await view.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
  expect(text).toContain(TITLE);
  const guarantees = text.indexOf('Guarantees');
  const risks = text.indexOf('Risks');
  const precedents = text.indexOf('Precedents');
  expect(guarantees).toBeGreaterThan(-1);
  expect(text.indexOf(GUARANTEE_QUOTE, guarantees)).toBeGreaterThan(guarantees);
  expect(text.indexOf(RISK_QUOTE, risks)).toBeGreaterThan(risks);
  expect(text.indexOf(PRECEDENT_QUOTE, precedents)).toBeGreaterThan(precedents);
});

test('a selection of nothing tags nothing', async ({ page }) => {
  await openApp(page);
  await article(page).getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('g');
  await expect(page.getByRole('status')).toHaveText('Select a passage of the article first.');
  await expect(cards(page)).toHaveCount(0);
  await expect(article(page).getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
