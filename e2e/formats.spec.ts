// The formats offices and research teams use, from the workspace: the brief as a Word document
// (read back by pandoc) and as a REFI-QDA project.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { cards, openApp, tagButton } from './support/app';
import { dragSelect } from './support/select-text';

const GUARANTEE = 'a legally binding commitment, subject to national procedures';

test('Export Word writes the brief as a .docx with its sections, items and matrix', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, GUARANTEE);
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page)).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByRole('status')).toHaveText('The Word brief was downloaded.');
  const text = execFileSync('pandoc', [await download.path(), '-f', 'docx', '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
  expect(text).toMatch(/^Key judgments$/m);
  expect(text).toMatch(/^G1 Guarantee · ¶ \d+$/m);
  expect(text).toContain(`G ${GUARANTEE}`);
  expect(text).toMatch(/^Guarantee matrix$/m);
});
