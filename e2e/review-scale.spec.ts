// Review mode on a brief of a thousand annotations: the summary's lists are windowed (only the
// items in view exist), yet every item can be reached, announced in its place and given a verdict.
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { seedAnnotations } from './support/seed';

test('review mode on 1,000 annotations shows the items in view, and reaches the last one', async ({ page }) => {
  await openApp(page, 'Rita Reviewer');
  const stored = await seedAnnotations(page, 1000);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByText(`0 of ${stored} reviewed`)).toBeVisible();

  const guarantees = review.getByRole('list', { name: 'Guarantee' });
  const precedents = review.getByRole('list', { name: 'Precedent' });
  const heading = review.getByRole('heading', { name: /^Guarantee \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const perTag = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  expect(perTag).toBeGreaterThan(250);
  // Windowed: a screenful of items exists, each telling its place in its whole list.
  expect(await review.locator('li.review-item').count()).toBeLessThan(40);
  await expect(guarantees.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
  await expect(guarantees.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(perTag));

  // The end of the summary holds the last precedent, in view and ready for a verdict.
  const summary = review.locator('.review-summary');
  const last = precedents.locator('li[aria-posinset]').last();
  await expect(async () => {
    await summary.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const setSize = await last.getAttribute('aria-setsize');
    await expect(last).toHaveAttribute('aria-posinset', setSize ?? '', { timeout: 500 });
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass();
  await last.getByRole('button', { name: 'Agree' }).click();
  await expect(last.getByRole('button', { name: 'Agree' })).toHaveAttribute('aria-pressed', 'true');
  await expect(review.getByText(`1 of ${stored} reviewed`)).toBeVisible();

  // A comment being typed keeps its item while the list scrolls away and back.
  const comment = last.getByRole('textbox', { name: 'Comment' });
  await comment.fill('Checked against the source');
  await summary.evaluate((element) => element.scrollTo(0, 0));
  await expect(guarantees.getByRole('listitem').first()).toBeInViewport();
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue('Checked against the source');
  // Shift+Tab from the last item's comment reaches the item before it, though it is out of view.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Needs source');
  const before = Number(await last.getAttribute('aria-posinset')) - 1;
  await expect(page.locator(':focus').locator('xpath=ancestor::li[1]')).toHaveAttribute('aria-posinset', String(before));
});
