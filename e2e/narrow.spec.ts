// Narrow windows: at 1024 px the header and the workspace bar each fit on one line, at 760 px
// nothing is cut off, and the side panel can be put away to give the article the whole width.
import { expect, test, type Page } from '@playwright/test';
import { article, openApp, panel } from './support/app';

/** Every button of the header and the workspace bar, with its box. */
async function barButtons(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.app-header button, .app-header select, .workspace-bar button')].map((el) => {
      const box = el.getBoundingClientRect();
      return { name: el.textContent?.trim() ?? '', bar: el.closest('.app-header') ? 'header' : 'workspace', middle: box.top + box.height / 2, left: box.left, right: box.right, height: el.tagName === 'BUTTON' ? box.height : undefined };
    }),
  );
}

test('at 1024 px the header and the workspace bar are one line each, no label wraps, nothing is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  const buttons = await barButtons(page);
  for (const bar of ['header', 'workspace']) {
    const middles = buttons.filter((b) => b.bar === bar).map((b) => b.middle);
    expect(Math.max(...middles) - Math.min(...middles), `${bar}: one line`).toBeLessThan(8);
  }
  for (const button of buttons) expect(button.right, button.name).toBeLessThanOrEqual(1024);
  // A label that wrapped would make its button taller than the others.
  const heights = buttons.flatMap((b) => (b.height === undefined ? [] : [b.height]));
  expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(6);
});

test('at 760 px nothing is cut off, and the side panel can be put away and brought back', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 700 });
  await openApp(page);
  for (const button of await barButtons(page)) {
    expect(button.left, button.name).toBeGreaterThanOrEqual(0);
    expect(button.right, button.name).toBeLessThanOrEqual(760);
  }
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toBeInViewport({ ratio: 1 });
  const before = (await article(page).boundingBox())!.width;
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await expect(panel(page)).toBeHidden();
  expect((await article(page).boundingBox())!.width).toBeGreaterThan(before + 200);
  await page.getByRole('button', { name: 'Show panel' }).click();
  await expect(panel(page)).toBeVisible();
});
