// The formats offices and research teams use, from the workspace: the brief as a Word document
// (read back by pandoc) and as a REFI-QDA project (checked against its schema by xmllint).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
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

test('Export as › REFI-QDA project writes a .qdpx whose project validates against the REFI-QDA schema', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, GUARANTEE);
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page)).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'REFI-QDA project (.qdpx)' })]);
  expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const qde = strFromU8(files['project.qde']!);
  const folder = mkdtempSync(join(tmpdir(), 'qdpx-'));
  writeFileSync(join(folder, 'project.qde'), qde);
  execFileSync('xmllint', ['--noout', '--schema', join(import.meta.dirname, '..', 'app', 'testing', 'refi-qda', 'Project.xsd'), join(folder, 'project.qde')], { stdio: 'pipe' });
  const [, start, end] = /startPosition="(\d+)" endPosition="(\d+)"/.exec(qde) ?? [];
  const source = Object.keys(files).find((name) => name.startsWith('sources/'))!;
  expect([...strFromU8(files[source]!)].slice(Number(start), Number(end)).join('')).toBe(GUARANTEE);
});
