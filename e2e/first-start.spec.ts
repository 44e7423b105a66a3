// A first start as a new analyst meets it: the sample article ready to annotate with nothing
// in the way, signed as someone until a name is given, and the name dialog always at hand.
import { expect, test } from '@playwright/test';
import { article, cards, SAMPLE_TITLE } from './support/app';
import { installFakeDesktopBridge } from './support/fake-desktop-bridge';
import { dragSelect } from './support/select-text';

test('a first start opens the sample ready to tag: select, press G, tagged, with no dialog in the way', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(article(page, SAMPLE_TITLE)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveText('Citing its own sources');
  await expect(cards(page).first()).toContainText('Analyst');
  await expect(page.getByRole('button', { name: 'Analyst: Analyst' })).toBeVisible();
  await expect(page.getByText('Signed “Analyst” until you')).toBeVisible();
});

test('Analyst: … always opens the name dialog, also after Escape; a name given later re-signs the placeholder’s annotations on request', async ({ page }) => {
  await page.goto('/');
  await expect(article(page)).toBeVisible();
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('r');
  await expect(cards(page)).toHaveCount(1);

  const button = page.getByRole('button', { name: 'Analyst: Analyst' });
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ada Analyst');
  await dialog.getByRole('button', { name: 'Save' }).click();

  const offer = page.getByRole('dialog', { name: 'Re-sign annotations' });
  await expect(offer).toContainText('One annotation is signed “Analyst”');
  await offer.getByRole('button', { name: 'Sign as Ada Analyst' }).click();
  await expect(offer).toBeHidden();
  await expect(cards(page).first()).toContainText('Ada Analyst');
  await expect(page.getByRole('status')).toHaveText('One annotation re-signed “Ada Analyst”.');
  await expect(page.getByText('Signed “Analyst” until you')).toBeHidden();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Analyst: Ada Analyst' })).toBeVisible();
  await expect(cards(page).first()).toContainText('Ada Analyst');
});

test('in the desktop app the operating system account signs until a name is given, with no prompt', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await page.addInitScript(() => sessionStorage.setItem('fake-os-account', 'grace'));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Analyst: grace' })).toBeVisible();
  await expect(page.getByText('until you')).toHaveCount(0);
  await expect(article(page)).toBeVisible();
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('p');
  await expect(cards(page).first()).toContainText('grace');
});
