// The formats offices and research teams use, from the workspace: the brief as a Word document
// (read back by pandoc) and as a REFI-QDA project (checked against its schema by xmllint).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { cards, openApp, tagButton } from './support/app';
import { dragSelect } from './support/select-text';
import { violations } from './support/axe';

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

test('a REFI-QDA project imports as a new brief: its codes mapped by name, another code mapped in the preview, nothing stored on Cancel', async ({ page, browser }) => {
  await openApp(page);
  await dragSelect(page, GUARANTEE);
  await tagButton(page, 'Guarantee').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'REFI-QDA project (.qdpx)' })]);
  const exported = readFileSync(await download.path());

  const other = await (await browser.newContext()).newPage();
  await openApp(other, 'Bob Analyst');
  // A project of another tool: one of its codes is not one of the three tags.
  const files = unzipSync(new Uint8Array(exported));
  const qde = strFromU8(files['project.qde']!).replace('name="Guarantee"', 'name="Sicherheitsgarantie"');
  const edited = zipSync({ ...files, 'project.qde': strToU8(qde) });
  const choose = async (buffer: Buffer) => {
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import brief' }).click()]);
    await chooser.setFiles({ name: 'field.qdpx', mimeType: 'application/zip', buffer });
  };
  await choose(Buffer.from(edited));
  const preview = other.getByRole('dialog', { name: 'Import REFI-QDA project' });
  await expect(preview.getByRole('combobox', { name: /Sicherheitsgarantie \(1\)/ })).toHaveValue('');
  await expect(preview.getByRole('status')).toHaveText('0 guarantees · 0 risks · 0 precedents will be imported as a new brief.');
  expect(await violations(other)).toEqual([]);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await other.getByRole('button', { name: 'Library' }).click();
  await expect(other.getByRole('list', { name: 'Briefs' }).getByRole('listitem')).toHaveCount(1);
  await other.getByRole('button', { name: 'Library' }).click();

  await choose(Buffer.from(edited));
  await preview.getByRole('combobox', { name: /Sicherheitsgarantie/ }).selectOption({ label: 'Guarantee' });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(preview).toBeHidden();
  await expect(other.getByRole('contentinfo').getByRole('status')).toHaveText(/^Imported “.*” as a new brief: 1 annotation on 1 source\.$/);
  await expect(cards(other)).toHaveCount(1);
  await expect(cards(other).first()).toContainText(GUARANTEE);

  await choose(Buffer.from('not a zip'));
  await expect(other.getByRole('alert')).toHaveText('“field.qdpx” cannot be imported: it is not a REFI-QDA project: the file is not a ZIP archive, or it is damaged. Nothing was changed.');
});
