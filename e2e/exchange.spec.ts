// Teams and reviewers end to end in Chromium: a `.brief` file exported in one browser and
// imported in another, merges in either order, refused files, review verdicts and the
// comparison of two analysts.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { cardTag, cards, openApp, tagButton } from './support/app';
import { dragSelect } from './support/select-text';

const GUARANTEE_QUOTE = 'a legally binding commitment, subject to national procedures';
const RISK_QUOTE = 'Russia had not said it was prepared to sign anything';
const PRECEDENT_QUOTE = 'another Budapest Memorandum';

/** A fresh browser context (its own empty database) with the app open as `analyst`. */
async function freshApp(browser: Browser, analyst: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, analyst);
  return page;
}

/** Tags `quote` with `tag` by a mouse drag and the toolbar, optionally writing a note. */
async function tag(page: Page, quote: string, label: 'Guarantee' | 'Risk' | 'Precedent', note?: string): Promise<void> {
  const before = await cards(page).count();
  await dragSelect(page, quote);
  await tagButton(page, label).click();
  await expect(cards(page)).toHaveCount(before + 1);
  if (note) {
    const card = cardOf(page, quote);
    await card.getByRole('textbox', { name: 'Note' }).fill(note);
    await card.getByRole('textbox', { name: 'Note' }).blur();
  }
}

/** The card quoting `quote` (other cards may name it in their link lists). */
function cardOf(page: Page, quote: string) {
  return cards(page).filter({ has: page.locator('.card-quote', { hasText: quote }) });
}

/** Clicks `Export brief` and returns the downloaded file's text. */
async function exportBrief(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export brief' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.brief$/);
  return readFile(await download.path(), 'utf8');
}

/** Imports `text` as a `.brief` file through `Import brief` and the file chooser. */
async function importBrief(page: Page, text: string, name = 'colleague.brief'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import brief' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** What each card says (tag, quote, note), in text order. */
async function cardContents(page: Page): Promise<string[]> {
  const list = cards(page);
  const out: string[] = [];
  for (let i = 0; i < (await list.count()); i++) {
    const card = list.nth(i);
    out.push(`${await cardTag(card)} | ${await card.locator('.card-quote').innerText()} | ${await card.getByRole('textbox', { name: 'Note' }).inputValue()}`);
  }
  return out;
}

/** Closes the merge summary, checking its counts first. */
async function closeSummary(page: Page, counts: { added: number; conflicts?: number }): Promise<void> {
  const summary = page.getByRole('dialog', { name: 'Merge summary' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('list', { name: 'Merge counts' })).toContainText(`Added: ${counts.added}`);
  await expect(summary.getByRole('list', { name: 'Merge counts' })).toContainText(`Conflicts: ${counts.conflicts ?? 0}`);
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(summary).toBeHidden();
}

test('a brief exported in one browser imports in another with the same annotations, marked with their origin', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee', 'Binding <b>only</b> after ratification');
  await tag(ada, RISK_QUOTE, 'Risk');
  const file = await exportBrief(ada);
  expect(JSON.parse(file)).toMatchObject({ format: 'briefing-desk/brief', version: 2, exportedBy: 'Ada Analyst' });

  const bob = await freshApp(browser, 'Bob Reviewer');
  await expect(cards(bob)).toHaveCount(0);
  await importBrief(bob, file);
  await expect(bob.getByRole('dialog', { name: 'Merge summary' })).toBeVisible();
  await closeSummary(bob, { added: 2 });
  expect(await cardContents(bob)).toEqual(await cardContents(ada));
  // Imported cards say where they came from; the HTML in the note stayed text.
  await expect(cards(bob).first()).toContainText(/from Ada Analyst's brief, \d{4}-\d{2}-\d{2}/);
  await expect(cards(bob).first().getByRole('textbox', { name: 'Note' })).toHaveValue('Binding <b>only</b> after ratification');
  await expect(bob.locator('.annotation-card b')).toHaveCount(0);

  // Importing the same file again changes nothing.
  await importBrief(bob, file);
  await closeSummary(bob, { added: 0 });
  await expect(cards(bob)).toHaveCount(2);
});

/**
 * Ada tags the guarantee with her note and exports her brief; Bob imports it and rewrites the
 * note, so the two files hold different versions of one annotation.
 */
async function bobRewritesAdasNote(browser: Browser): Promise<{ ada: Page; adaFile: string; bob: Page }> {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee', 'Ada says binding');
  const adaFile = await exportBrief(ada);
  const bob = await freshApp(browser, 'Bob Analyst');
  await importBrief(bob, adaFile);
  await closeSummary(bob, { added: 1 });
  const note = cardOf(bob, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' });
  await note.fill('Bob says only after ratification');
  await note.blur();
  return { ada, adaFile, bob };
}

test('two analysts\' files merged in either order give the same cards', async ({ browser }) => {
  // Bob starts from Ada's file, changes her note and adds his own annotation.
  const { adaFile, bob } = await bobRewritesAdasNote(browser);
  await tag(bob, PRECEDENT_QUOTE, 'Precedent', 'Bob: 1994');
  const bobFile = await exportBrief(bob);

  const first = await freshApp(browser, 'Carol');
  await importBrief(first, adaFile, 'ada.brief');
  await closeSummary(first, { added: 1 });
  // Ada's and Bob's versions of her annotation differ: Bob's later one is kept, hers set aside.
  await importBrief(first, bobFile, 'bob.brief');
  await closeSummary(first, { added: 1, conflicts: 1 });

  const second = await freshApp(browser, 'Dan');
  await importBrief(second, bobFile, 'bob.brief');
  await closeSummary(second, { added: 2 });
  await importBrief(second, adaFile, 'ada.brief');
  await closeSummary(second, { added: 0, conflicts: 1 });

  expect(await cardContents(first)).toEqual(await cardContents(second));
  expect(await cardContents(first)).toEqual([
    `guarantee | ${GUARANTEE_QUOTE} | Bob says only after ratification`,
    `precedent | ${PRECEDENT_QUOTE} | Bob: 1994`,
  ]);
});

test('a .brief file dropped on the window is imported; a conflict can be swapped back', async ({ browser }) => {
  const { ada, bob } = await bobRewritesAdasNote(browser);
  const bobFile = await exportBrief(bob);

  // Bob's later note wins on Ada's side; she sees the conflict and keeps her own.
  await ada.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'bob.brief', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bobFile);
  const summary = ada.getByRole('dialog', { name: 'Merge summary' });
  await expect(summary.getByRole('list', { name: 'Merge counts' })).toContainText('Updated: 1');
  // Each version is attributed to who made it: Ada's own here, Bob's from his file.
  await expect(summary.getByRole('list', { name: 'Conflicts' })).toContainText('Set aside: by you (made here): Guarantee, note “Ada says binding”');
  await expect(summary.getByRole('list', { name: 'Conflicts' })).toContainText('Kept: by Bob Analyst');
  await expect(summary.getByRole('list', { name: 'Conflicts' })).toContainText('differs in: note');
  await expect(summary.getByRole('list', { name: 'Changes' })).toContainText('updated by Bob Analyst: note');
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Bob says only after ratification');
  await summary.getByRole('button', { name: /^Swap / }).click();
  await expect(summary.getByRole('button', { name: /^Swap back / })).toBeVisible();
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
  // The swap is reversible: back to Bob's note, and once more to her own.
  await summary.getByRole('button', { name: /^Swap back / }).click();
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Bob says only after ratification');
  await summary.getByRole('button', { name: /^Swap / }).click();
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
  await ada.reload();
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
});

test('a whole merge is one undo step, and redo brings it back', async ({ browser }) => {
  const { ada, bob } = await bobRewritesAdasNote(browser);
  await tag(bob, PRECEDENT_QUOTE, 'Precedent', 'Bob: 1994');
  await importBrief(ada, await exportBrief(bob), 'bob.brief');
  await closeSummary(ada, { added: 1, conflicts: 1 });
  await expect(cards(ada)).toHaveCount(2);
  await expect(ada.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await ada.keyboard.press('Control+z');
  await expect(ada.getByRole('status')).toHaveText('Undone: merge bob.brief.');
  await expect(cards(ada)).toHaveCount(1);
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
  await ada.keyboard.press('Control+Shift+z');
  await expect(ada.getByRole('status')).toHaveText('Redone: merge bob.brief.');
  await expect(cards(ada)).toHaveCount(2);
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Bob says only after ratification');
});

test('a file cannot win by its clock: a deletion or an edit dated in year 9999 changes nothing unasked', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee', 'Ada says binding');
  await tag(ada, PRECEDENT_QUOTE, 'Precedent', 'Budapest');
  const file = JSON.parse(await exportBrief(ada));
  const [guarantee, precedent] = file.annotations as { id: string; note: string; updatedAt: string; articleId: string; briefId: string }[];
  file.exportedBy = 'Dana';
  file.annotations = [{ ...precedent, note: 'Dana overwrites', updatedAt: '9999-12-31T23:59:59.999Z' }];
  file.tombstones = [{ id: guarantee!.id, briefId: guarantee!.briefId, articleId: guarantee!.articleId, deletedAt: '9999-12-31T23:59:59.999Z', deletedBy: 'Dana' }];
  await importBrief(ada, JSON.stringify(file), 'dana.brief');
  const summary = ada.getByRole('dialog', { name: 'Merge summary' });
  await expect(summary.getByRole('list', { name: 'Merge counts' })).toContainText('Deleted: 0');
  await expect(summary.getByRole('list', { name: 'Merge counts' })).toContainText('Conflicts: 2');
  await expect(summary.getByRole('list', { name: 'Conflicts' })).toContainText('ahead of this computer’s clock');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
  await expect(cardOf(ada, PRECEDENT_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Budapest');
  // A later edit here still counts: the file's far-future time did not stick to anything.
  await cardOf(ada, PRECEDENT_QUOTE).getByRole('textbox', { name: 'Note' }).fill('Budapest 1994');
  await cardOf(ada, PRECEDENT_QUOTE).getByRole('textbox', { name: 'Note' }).blur();
  await ada.reload();
  await expect(cardOf(ada, PRECEDENT_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Budapest 1994');
});

test('a file whose times are not ISO 8601 date-times is refused, naming the field, and changes nothing', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee', 'Ada says binding');
  const file = JSON.parse(await exportBrief(ada));
  file.annotations[0].note = 'changed';
  file.annotations[0].updatedAt = 'yesterday';
  await importBrief(ada, JSON.stringify(file), 'odd.brief');
  await expect(ada.getByRole('alert')).toContainText('odd.brief was not imported. The brief file is not valid: annotations[0].updatedAt: must be an ISO 8601 date and time');
  await expect(cardOf(ada, GUARANTEE_QUOTE).getByRole('textbox', { name: 'Note' })).toHaveValue('Ada says binding');
});

test('a brief of an article not in the library adds the article and opens it', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee', 'Still binding');
  const file = JSON.parse(await exportBrief(ada));
  // The same annotation on a shorter article: its first two blocks dropped, offsets moved.
  const [source] = file.articles;
  const dropped = source.blocks.slice(1, 3).reduce((n: number, b: { text: string }) => n + b.text.length + 2, 0);
  const blocks = [{ type: 'heading', text: 'A shorter copy' }, ...source.blocks.slice(3)];
  const shift = dropped - 'A shorter copy'.length + source.title.length;
  const text = blocks.map((b: { text: string }) => b.text).join('\n\n');
  file.articles = [{ ...source, id: 'shorter', title: 'A shorter copy', blocks, text, textHash: createHash('sha256').update(text).digest('hex') }];
  file.annotations = file.annotations.map((a: { target: { position: { start: number; end: number } } }) => ({
    ...a,
    articleId: 'shorter',
    target: { ...a.target, position: { ...a.target.position, start: a.target.position.start - shift, end: a.target.position.end - shift } },
  }));
  file.brief = { ...file.brief, title: '', sources: ['shorter'] };

  const bob = await freshApp(browser, 'Bob Analyst');
  await importBrief(bob, JSON.stringify(file), 'shorter.brief');
  await closeSummary(bob, { added: 1 });
  await expect(bob.getByRole('article', { name: 'A shorter copy' })).toBeVisible();
  await expect(bob.getByRole('status')).toContainText("Imported “A shorter copy” from Ada Analyst's brief");
  expect(await cardContents(bob)).toEqual([`guarantee | ${GUARANTEE_QUOTE} | Still binding`]);
  await bob.getByRole('button', { name: 'Library' }).click();
  await expect(bob.getByText('A shorter copy').first()).toBeVisible();
});

test('exports JSON-LD, Markdown and CSV of the open article', async ({ browser }) => {
  const page = await freshApp(browser, 'Ada Analyst');
  await tag(page, GUARANTEE_QUOTE, 'Guarantee', '=HYPERLINK("http://evil")');
  const exported = async (label: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('combobox', { name: 'Export as' }).selectOption({ label })]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  };
  const jsonld = await exported('Export JSON-LD');
  expect(jsonld.name).toMatch(/\.jsonld$/);
  const collection = JSON.parse(jsonld.text);
  expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1, generator: { type: 'Software' } });
  expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.first.items[0].body).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: '=HYPERLINK("http://evil")' }));
  const markdown = await exported('Export Markdown');
  expect(markdown.name).toMatch(/\.md$/);
  expect(markdown.text).toContain(GUARANTEE_QUOTE);
  const csv = await exported('Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  await expect(page.getByRole('status')).toContainText('The CSV file was downloaded.');
});

test('HTML and script in an imported file stay text', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee');
  const file = JSON.parse(await exportBrief(ada));
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  file.exportedBy = hostile;
  Object.assign(file.annotations[0], { note: hostile, speaker: hostile, author: hostile });
  file.annotations[0].verdict = { status: 'disputed', comment: hostile, reviewer: hostile, at: '2026-01-07T00:00:00Z' };

  const bob = await freshApp(browser, 'Bob Analyst');
  await importBrief(bob, JSON.stringify(file));
  await closeSummary(bob, { added: 1 });
  await expect(cardOf(bob, GUARANTEE_QUOTE)).toContainText(`Review: Disputed — ${hostile}`);
  await expect(cardOf(bob, GUARANTEE_QUOTE)).toContainText(`from ${hostile}'s brief`);
  await bob.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(bob.getByRole('region', { name: 'Review' })).toContainText(hostile);
  await expect(bob.locator('img[src="x"], .app script')).toHaveCount(0);
  expect(await bob.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test('refused brief files say what is wrong and change nothing', async ({ browser }) => {
  const page = await freshApp(browser, 'Ada Analyst');
  await tag(page, GUARANTEE_QUOTE, 'Guarantee');
  const good = JSON.parse(await exportBrief(page));
  const alert = page.getByRole('alert');
  const before = await cardContents(page);

  const hashMismatch = structuredClone(good);
  hashMismatch.articles[0].textHash = 'f'.repeat(64);
  const extra = structuredClone(good);
  extra.annotations.push({ ...good.annotations[0], id: 'extra', note: 'should never arrive' });
  extra.version = 99;
  for (const [name, text, message] of [
    ['notes.brief', 'these are not JSON', /not valid JSON/],
    ['cut.brief', JSON.stringify(good).slice(0, 300), /This brief file is incomplete or damaged \(it ends in the middle\)\. Export it again/],
    ['photo.brief', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /This file is not a text file, so it is not a brief file/],
    ['future.brief', JSON.stringify(extra), /version 99.*Update Briefing Desk/],
    ['edited.brief', JSON.stringify(hashMismatch), /does not match its hash/],
  ] as const) {
    await importBrief(page, text, name);
    await expect(alert).toContainText(name);
    await expect(alert).toContainText(message);
    await expect(page.getByRole('dialog', { name: 'Merge summary' })).toHaveCount(0);
    expect(await cardContents(page)).toEqual(before);
  }
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  expect(await cardContents(page)).toEqual(before);
});

test('review mode: verdicts set on a read-only view show on the analyst\'s cards', async ({ browser }) => {
  const page = await freshApp(browser, 'Rita Reviewer');
  await tag(page, GUARANTEE_QUOTE, 'Guarantee', 'Binding after ratification');
  await tag(page, RISK_QUOTE, 'Risk');

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('0 of 2 reviewed');
  // Read-only: no tagging toolbar, no article editor, no note fields.
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toHaveCount(0);
  await expect(page.getByRole('article')).toBeHidden();
  await expect(review.getByRole('textbox', { name: 'Note' })).toHaveCount(0);
  await expect(review.locator('mark[data-tag="guarantee"]')).toHaveText(GUARANTEE_QUOTE);

  const guarantee = review.getByRole('list', { name: 'Guarantee' }).getByRole('listitem');
  await guarantee.getByRole('button', { name: 'Agree' }).click();
  await expect(guarantee.getByRole('button', { name: 'Agree' })).toHaveAttribute('aria-pressed', 'true');
  await guarantee.getByRole('textbox', { name: 'Comment' }).fill('Matches the communiqué');
  await guarantee.getByRole('textbox', { name: 'Comment' }).blur();
  const risk = review.getByRole('list', { name: 'Risk' }).getByRole('listitem');
  await risk.getByRole('button', { name: 'Needs source' }).click();
  await expect(review).toContainText('2 of 2 reviewed');
  await expect(guarantee).toContainText('Rita Reviewer');
  await review.locator('mark[data-tag="risk"]').scrollIntoViewIfNeeded();

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(review).toHaveCount(0);
  await expect(cardOf(page, GUARANTEE_QUOTE)).toContainText('Review: Agreed — Matches the communiqué (Rita Reviewer,');
  await expect(cardOf(page, RISK_QUOTE)).toContainText('Review: Needs source');

  // Verdicts are stored and travel in the .brief file.
  await page.reload();
  await expect(cardOf(page, GUARANTEE_QUOTE)).toContainText('Review: Agreed');
  const file = JSON.parse(await exportBrief(page));
  expect(file.annotations.map((a: { verdict?: { status: string } }) => a.verdict?.status).sort()).toEqual(['agreed', 'needs-source']);
});

test('compare with a colleague\'s brief: κ over characters, then tag disagreements, only one tagged, both tagged', async ({ browser }) => {
  const ada = await freshApp(browser, 'Ada Analyst');
  await tag(ada, GUARANTEE_QUOTE, 'Guarantee');
  await tag(ada, RISK_QUOTE, 'Risk');
  const adaFile = await exportBrief(ada);

  const bob = await freshApp(browser, 'Bob Analyst');
  await tag(bob, GUARANTEE_QUOTE, 'Guarantee');
  await tag(bob, RISK_QUOTE, 'Precedent');
  await tag(bob, PRECEDENT_QUOTE, 'Precedent');
  await bob.getByRole('button', { name: 'Review', exact: true }).click();
  const [chooser] = await Promise.all([bob.waitForEvent('filechooser'), bob.getByRole('button', { name: 'Compare with a brief…' }).click()]);
  await chooser.setFiles({ name: 'ada.brief', mimeType: 'application/json', buffer: Buffer.from(adaFile, 'utf8') });

  const comparison = bob.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toContainText("Compared with Ada Analyst's brief");
  await expect(comparison.getByRole('list', { name: 'Both tagged' }).getByRole('listitem')).toHaveText([new RegExp(`Guarantee: “${GUARANTEE_QUOTE}”`)]);
  await expect(comparison.getByRole('list', { name: 'Tag disagreements' }).getByRole('listitem')).toHaveText([/This copy: Precedent: “Russia had not said.*Ada Analyst's brief: Risk:/]);
  await expect(comparison.getByRole('list', { name: 'Only in this copy' }).getByRole('listitem')).toHaveText([`Precedent: “${PRECEDENT_QUOTE}”`]);
  await expect(comparison.getByRole('list', { name: "Only in Ada Analyst's brief" }).getByRole('listitem')).toHaveCount(0);
  // Agreement as a number, on the coded text and on all of it; the disagreements come first.
  const agreement = comparison.getByRole('table');
  await expect(agreement.getByRole('row', { name: /^All tags/ })).toContainText(/\d\.\d\d \(agreement \d+\.\d %, [\d,]+ characters\)/);
  await expect(agreement.getByRole('row', { name: /^Precedent/ }).getByRole('cell').first()).toContainText(/^-?\d\.\d\d|not defined/);
  await expect(agreement.getByRole('row', { name: /^Guarantee/ }).getByRole('cell').last()).toHaveText('1.00 (2 units)');
  await expect(comparison.getByRole('heading', { level: 4 })).toHaveText([/Agreement/, /Tag disagreements/, /Only in this copy/, /Only in Ada/, /Both tagged/]);
  // Comparing stored nothing.
  await bob.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(cards(bob)).toHaveCount(3);
});
