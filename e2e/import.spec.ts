// Importing articles: files through the chooser (.txt, .html, .md), a paste, a drop; the
// same text twice; refused files; and a new revision whose annotations are re-anchored,
// with the review queue for the ones that cannot be placed for sure.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, chooseArticleFile, openApp, panel, SAMPLE_TITLE, tagButton } from './support/app';
import { dragSelect } from './support/select-text';

const SAMPLE_PATH = resolve(import.meta.dirname, '../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** A file as the chooser hands it over. */
interface FilePayload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** Chooses files through `Import article` → `Choose file…`. */
const chooseFile = (page: Page, file: string | FilePayload): Promise<void> => chooseArticleFile(page, file);

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import article' });
}

/** The titles in the library, read from the Library view (and back to the article). */
async function libraryTitles(page: Page): Promise<string[]> {
  const library = page.getByRole('button', { name: 'Library' });
  await library.click();
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list).toBeVisible();
  const titles = await list.locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
  await library.click();
  return titles;
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the sample .txt: the same text opens the existing article; its raw lines import as a new one', async ({ page }) => {
  await chooseFile(page, SAMPLE_PATH);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(SAMPLE_TITLE);
  await expect(dialog.getByRole('textbox', { name: 'Byline' })).toHaveValue('Danilo Bilek');
  await expect(dialog.getByRole('textbox', { name: 'Published' })).toHaveValue('2025-12-18');
  // The cleaned preview has no page chrome; the raw text keeps it.
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).not.toContainText('Skip to content');
  await dialog.getByRole('checkbox', { name: 'Keep the raw text' }).check();
  await expect(preview).toContainText('Skip to content');
  await dialog.getByRole('checkbox', { name: 'Keep the raw text' }).uncheck();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'already in the library' })).toContainText(SAMPLE_TITLE);
  expect(await libraryTitles(page)).toEqual([SAMPLE_TITLE]);

  await chooseFile(page, SAMPLE_PATH);
  await importDialog(page).getByRole('checkbox', { name: 'Keep the raw text' }).check();
  await importDialog(page).getByRole('textbox', { name: 'Title' }).fill('Sample, raw');
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(article(page, 'Sample, raw')).toContainText('Skip to content');
  expect(await libraryTitles(page)).toEqual([SAMPLE_TITLE, 'Sample, raw']);
});

/** A saved page of Readability's test suite (see app/testing/readability-pages/README.md), as a file to choose. */
function savedPage(name: string): FilePayload {
  const buffer = gunzipSync(readFileSync(resolve(import.meta.dirname, '../app/testing/readability-pages', `${name}.html.gz`)));
  return { name: `${name}.html`, mimeType: 'text/html', buffer };
}

/** The import preview's blocks as `type: text`. */
async function previewLines(page: Page): Promise<string[]> {
  await expect(importDialog(page).getByRole('region', { name: 'Preview' })).toBeVisible();
  return importDialog(page)
    .getByRole('region', { name: 'Preview' })
    .locator('h3, p, blockquote')
    .evaluateAll((blocks) =>
      blocks.map((block) => {
        const type = block.tagName === 'H3' ? 'heading' : block.tagName === 'BLOCKQUOTE' ? 'quote' : block.classList.contains('import-caption') ? 'caption' : block.classList.contains('list-item') ? `list-item ${block.getAttribute('data-marker')}` : 'paragraph';
        return `${type}: ${block.textContent}`;
      }),
    );
}

test.describe('real saved news pages', () => {
  test.beforeEach(({ page }) => {
    // A saved page is full of stylesheets, frames and trackers: importing it fetches none of them.
    page.on('request', (request) => {
      if (!/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(request.url())) throw new Error(`The import asked for ${request.url()}`);
    });
  });

  test('The Guardian: the author off the title, photo captions as captions, a related-link embed dropped', async ({ page }) => {
    await chooseFile(page, savedPage('guardian-1'));
    await expect(importDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue("'What is the sea telling us?': Māori tribes fearful over whale strandings");
    await expect(importDialog(page).getByRole('textbox', { name: 'Byline' })).toHaveValue('Eleanor Ainge Roy');
    const lines = await previewLines(page);
    expect(lines).toContain('caption: Hori Parata at his Pātaua farm, the place where he was born and grew up');
    expect(lines.filter((line) => line.startsWith('caption: '))).toHaveLength(8);
    expect(lines.filter((line) => line.startsWith('list-item'))).toEqual([]);
    expect(lines).not.toContain('paragraph: whale strandings');
  });

  test('BBC News: the list of what was said stays a list, links to other stories are dropped, captions stay captions', async ({ page }) => {
    await chooseFile(page, savedPage('bbc-1'));
    const lines = await previewLines(page);
    expect(lines.filter((line) => line.startsWith('list-item'))).toHaveLength(6);
    expect(lines).toContain('list-item •: The UK must stay in the EU to have influence on the world stage');
    for (const teaser of ['Read the full transcript of his interview', 'Five things we learned from Obama interview', 'The presidential body swerve']) expect(lines).not.toContain(`paragraph: ${teaser}`);
    expect(lines).toContain('caption: The president said he would continue fighting for greater gun control laws');
    expect(lines).toContain('paragraph: In a wide-ranging interview, President Obama also said:');
  });

  test('The New York Times: the photo caption is a caption; the screen-reader labels are gone', async ({ page }) => {
    await chooseFile(page, savedPage('nytimes-1'));
    await expect(importDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('United States to Lift Sudan Sanctions');
    const lines = await previewLines(page);
    expect(lines[1]).toMatch(/^caption: United Nations peacekeepers at a refugee camp in Sudan/);
    expect(lines).not.toContain('paragraph: Photo');
    expect(lines).not.toContain('paragraph: Continue reading the main story');
    expect(lines.at(-1)).toMatch(/^paragraph: Mr\. Reeves said he thought/);
  });

  test('The Seattle Times: the figure caption is a caption and the whole report is kept, to its last paragraph', async ({ page }) => {
    await chooseFile(page, savedPage('seattletimes-1'));
    const lines = await previewLines(page);
    expect(lines.filter((line) => line.startsWith('caption: ')).map((line) => line.slice(0, 49))).toEqual(['caption: Amazon-owned Whole Foods touted a price ']);
    expect(lines.filter((line) => line.startsWith('paragraph: ')).length).toBeGreaterThan(50);
    expect(lines.at(-1)).toMatch(/^paragraph: Alverson summed up the journey/);
  });
});

test('an .html page: the article found, cleaned to text, metadata read; its markup never runs', async ({ page }) => {
  await chooseFile(page, resolve(FIXTURES, 'ceasefire-monitors.html'));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(/Who would monitor a ceasefire in Ukraine\?/);
  await expect(dialog.getByRole('textbox', { name: 'Publisher' })).toHaveValue('Example Monitor');
  await expect(dialog.getByRole('textbox', { name: 'Published' })).toHaveValue('2025-12-19');
  await expect(dialog.getByRole('textbox', { name: 'Source URL' })).toHaveValue('https://monitor.example.org/ukraine/ceasefire-monitors');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Who would monitor a ceasefire in Ukraine?');
  await dialog.getByRole('button', { name: 'Import' }).click();

  const text = article(page, 'Who would monitor a ceasefire in Ukraine?');
  await expect(text).toContainText('The OSCE Special Monitoring Mission');
  await expect(text).toContainText('Monitoring without enforcement only documents a war');
  await expect(text).toContainText('The text <script>alert(1)</script> is quoted here as written.');
  await expect(text).not.toContainText('Subscribe now');
  await expect(text.locator('img, script, iframe, em')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { importedScriptRan?: boolean }).importedScriptRan)).toBeUndefined();
  await expect(page.getByRole('status')).toContainText('Imported “Who would monitor a ceasefire in Ukraine?”.');
});

test('a .md file: headings, lists and quotes as blocks, raw markup as literal text', async ({ page }) => {
  await chooseFile(page, resolve(FIXTURES, 'briefing-notes.md'));
  await expect(importDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Notes on the Berlin talks');
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  const text = article(page, 'Notes on the Berlin talks');
  await expect(text.getByRole('heading', { name: 'What was agreed' })).toBeVisible();
  await expect(text).toContainText('A legally binding commitment, subject to national procedures, to restore peace.');
  await expect(text).toContainText('Raw markup such as <b>bold</b> stays literal text, and links keep only their words.');
  expect(await libraryTitles(page)).toEqual([SAMPLE_TITLE, 'Notes on the Berlin talks']);
});

test('a paste outside text fields imports its HTML, even into the article text; Cancel stores nothing', async ({ page }) => {
  /** Pastes into the element `selector` names (the page when it is `body`). */
  const paste = (html: string, text: string, selector = 'body') =>
    page.evaluate(
      (content) => {
        const data = new DataTransfer();
        data.setData('text/html', content.html);
        data.setData('text/plain', content.text);
        const target = document.querySelector(content.selector) ?? document.body;
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html, text, selector },
    );
  const html = '<h1>Pasted report on deterrence</h1><p>Deterrence depends on <b>credible</b> commitments that an adversary believes will be honoured.</p>';
  await paste(html, 'Pasted report on deterrence\nDeterrence depends on credible commitments.');
  const dialog = importDialog(page);
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText('Deterrence depends on credible commitments that an adversary believes will be honoured.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await libraryTitles(page)).toEqual([SAMPLE_TITLE]);

  // Into the read-only article text, a paste cannot edit it: it imports instead.
  await paste(html, '', '.article-text');
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(article(page, 'Pasted report on deterrence')).toContainText('an adversary believes will be honoured');
});

test('a Markdown file\'s front matter gives its title, author and date, and none of it is imported as text', async ({ page }) => {
  const markdown = ['---', 'title: "Notes on the Berlin talks"', 'author: Ada Analyst', 'date: 2025-12-19', '---', '', 'Leaders met in Berlin on Monday.', ''].join('\n');
  await chooseFile(page, { name: 'berlin.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  const dialog = importDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Notes on the Berlin talks');
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Leaders met in Berlin on Monday.');
  await expect(preview).not.toContainText('author:');
  await expect(preview).not.toContainText('---');
});

test('a Markdown file keeps its lists, table rows and footnotes; a list item is tagged without its number', async ({ page }) => {
  const markdown = [
    '# Berlin talks: the offer',
    '',
    'The leaders listed three elements.[^1]',
    '',
    '1. A multinational force',
    '2. Ceasefire monitoring',
    '',
    '- air policing',
    '',
    '| Country | Troops |',
    '|---|---|',
    '| France | |',
    '',
    '[^1]: Leaders\' statement on Ukraine, 15 December.',
    '',
  ].join('\n');
  await chooseFile(page, { name: 'offer.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  const preview = importDialog(page).getByRole('region', { name: 'Preview' });
  await expect(preview.locator('.list-item')).toHaveText(['A multinational force', 'Ceasefire monitoring', 'air policing']);
  await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();

  const text = article(page, 'Berlin talks: the offer');
  // The markers are read once the imported article is drawn.
  await expect(text.locator('.list-item')).toHaveCount(3);
  const markers = await text.locator('.list-item').evaluateAll((items) => items.map((item) => getComputedStyle(item, '::before').content));
  expect(markers).toEqual(['"1."', '"2."', '"•"']);
  await expect(text.locator('p', { hasText: 'Country' })).toHaveText('Country | Troops');
  await expect(text.locator('p', { hasText: 'France' })).toHaveText('France | –');
  await expect(text).toContainText('The leaders listed three elements.[1]');
  await expect(text.locator('.footnote')).toHaveText("Leaders' statement on Ukraine, 15 December.");
  expect(await text.locator('.footnote').evaluate((note) => getComputedStyle(note, '::before').content)).toBe('"1"');

  await dragSelect(page, 'Ceasefire monitoring');
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page).first().locator('blockquote')).toHaveText('Ceasefire monitoring');
});

test('pasted text loses its advertising, read-more teasers and share bars, as a file does', async ({ page }) => {
  const text = ['Talks resume in Geneva', '', 'Negotiators met again on Monday.', 'Advertisement', 'Read more: Why the ceasefire failed', 'Share on Facebook | Twitter | Email', 'The next round is set for March.'].join('\n');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.setData('text/plain', content);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  const preview = importDialog(page).getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Negotiators met again on Monday.');
  await expect(preview).toContainText('The next round is set for March.');
  await expect(preview).not.toContainText('Advertisement');
  await expect(preview).not.toContainText('Read more');
  await expect(preview).not.toContainText('Share on Facebook');
});

test('Import article offers a file or pasted text, and says a file can be dropped', async ({ page }) => {
  await page.getByRole('button', { name: 'Import article' }).click();
  const choose = page.getByRole('dialog', { name: 'Choose an article' });
  await expect(choose).toContainText('drop the file on the window');
  await expect(choose.getByRole('button', { name: 'Choose file…' })).toBeFocused();
  const paste = choose.getByRole('textbox', { name: 'Paste text' });
  await expect(choose.getByRole('button', { name: 'Preview pasted text' })).toBeDisabled();
  await paste.fill(['Talks resume in Geneva', '', 'Negotiators met again on Monday.', 'Advertisement', 'The next round is set for March.'].join('\n'));
  await choose.getByRole('button', { name: 'Preview pasted text' }).click();
  const dialog = importDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Talks resume in Geneva');
  await expect(dialog.getByRole('region', { name: 'Preview' })).not.toContainText('Advertisement');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(article(page, 'Talks resume in Geneva')).toContainText('The next round is set for March.');
});

test('a file dropped on the window opens the preview', async ({ page }) => {
  const markdown = '# Dropped notes\n\nA file dropped onto the window is imported like a chosen one.\n';
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.md', { type: 'text/markdown' }));
    const target = document.querySelector('article') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, markdown);
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(article(page, 'Dropped notes')).toContainText('imported like a chosen one');
});

test('refused files say which and why, and leave the library unchanged', async ({ page }) => {
  const cases: { file: FilePayload; reason: RegExp }[] = [
    { file: { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]) }, reason: /“photo\.txt” cannot be imported: it is a binary file/ },
    { file: { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61) }, reason: /“huge\.txt” cannot be imported: it is 20\.0 MB, and articles are imported up to 20\.0 MB/ },
    { file: { name: 'legacy.txt', mimeType: 'text/plain', buffer: Buffer.from([0x48, 0x69, 0x20, 0x81, 0x8d, 0x0a]) }, reason: /“legacy\.txt” cannot be imported: it is not UTF-8, and byte 0x81 does not occur in windows-1252 text/ },
    { file: { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) }, reason: /“empty\.md” cannot be imported: the file is empty/ },
    { file: { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') }, reason: /“report\.pdf” cannot be imported: the PDF is damaged or incomplete: it stops before its end/ },
  ];
  for (const { file, reason } of cases) {
    await chooseFile(page, file);
    await expect(page.getByRole('alert')).toHaveText(reason);
    await expect(importDialog(page)).toBeHidden();
  }
  expect(await libraryTitles(page)).toEqual([SAMPLE_TITLE]);
});

test('a new revision re-anchors the annotations: kept ones placed, an edited one reviewed, a deleted one orphaned', async ({ page }) => {
  const quotes = {
    kept: 'German Chancellor Friedrich Merz',
    edited: "drop Ukraine's NATO bid in return for security guarantees",
    deleted: 'did not involve the deployment of US troops',
  };
  await dragSelect(page, quotes.kept);
  await tagButton(page, 'Guarantee').click();
  await dragSelect(page, quotes.edited);
  await tagButton(page, 'Risk').click();
  await dragSelect(page, quotes.deleted);
  await tagButton(page, 'Precedent').click();
  await expect(cards(page)).toHaveCount(3);
  await cards(page).nth(1).getByRole('textbox', { name: 'Note' }).fill('Bid traded for guarantees');
  await cards(page).nth(1).getByRole('textbox', { name: 'Note' }).blur();

  const revised = readFileSync(SAMPLE_PATH, 'utf8')
    .replace("to drop Ukraine's NATO bid in return for security guarantees from the West", "to drop Ukraine's NATO bid in exchange for firm guarantees from the West")
    .replace(' This reportedly did not involve the deployment of US troops.', '');
  await chooseFile(page, { name: 'security-guarantees-revised.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  const dialog = importDialog(page);
  // Same title as an annotated article: offered as its new revision.
  await expect(dialog.getByRole('combobox', { name: 'New revision of…' })).toHaveValue(/.+/);
  await expect(dialog.getByRole('combobox', { name: 'New revision of…' }).locator('option:checked')).toHaveText(SAMPLE_TITLE);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(`${SAMPLE_TITLE} (revised)`);
  // The worker's script is held back until the progress bar has been seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/reanchor\.worker/, async (route) => {
    await held;
    await route.continue();
  });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Re-anchoring' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  release();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('as a new revision of “What security guarantees is Ukraine likely to be granted?”: 1 annotation placed, 1 in Needs review, 1 orphaned.');

  const revisedTitle = `${SAMPLE_TITLE} (revised)`;
  await expect(article(page, revisedTitle)).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(quotes.kept);
  const orphans = panel(page).getByRole('list', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText(quotes.deleted);

  const queue = page.getByRole('region', { name: 'Needs review' });
  const item = queue.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(quotes.edited);
  await expect(item).toContainText("drop Ukraine's NATO bid in exchange for firm guarantees");
  await expect(item).toContainText('Bid traded for guarantees');

  // A reload keeps the queue: nothing is decided for the analyst.
  await page.reload();
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(queue).toBeHidden();
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(1)).toContainText("drop Ukraine's NATO bid in exchange for firm guarantees");
  await expect(cards(page).nth(1).getByRole('textbox', { name: 'Note' })).toHaveValue('Bid traded for guarantees');

  // One article in the library, its latest revision first; the earlier one keeps its own annotations.
  expect(await libraryTitles(page)).toEqual([revisedTitle]);
});

test('a passage rewritten in a paragraph that is still there goes to Needs review with the rewritten words, not to Orphaned', async ({ page }) => {
  await dragSelect(page, "agreed during the talks in Berlin to drop Ukraine's NATO bid");
  await tagButton(page, 'Risk').click();
  await cards(page).first().getByRole('textbox', { name: 'Note' }).fill('Bid traded for guarantees');
  await cards(page).first().getByRole('textbox', { name: 'Note' }).blur();
  const rewritten = 'was ready, at the Berlin talks, to give up his country’s hope of joining NATO';
  const revised = readFileSync(SAMPLE_PATH, 'utf8').replace("agreed during the talks in Berlin to drop Ukraine's NATO bid", rewritten);
  await chooseFile(page, { name: 'security-guarantees-rewritten.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  await importDialog(page).getByRole('textbox', { name: 'Title' }).fill(`${SAMPLE_TITLE} (rewritten)`);
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('0 annotations placed, 1 in Needs review, 0 orphaned.');
  const item = page.getByRole('region', { name: 'Needs review' }).getByRole('listitem');
  await expect(item).toContainText(rewritten);
  await expect(item).toContainText('Bid traded for guarantees');
  await expect(panel(page).getByRole('list', { name: 'Orphaned annotations' })).toHaveCount(0);
});

test('Re-target uses the passage selected in the article; Orphan keeps it apart', async ({ page }) => {
  await dragSelect(page, "drop Ukraine's NATO bid in return for security guarantees");
  await tagButton(page, 'Risk').click();
  await dragSelect(page, 'akin to those offered by Article 5 of the North Atlantic Treaty');
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page)).toHaveCount(2);
  const revised = readFileSync(SAMPLE_PATH, 'utf8')
    .replace("to drop Ukraine's NATO bid in return for security guarantees from the West", "to drop Ukraine's NATO bid in exchange for firm guarantees from the West")
    .replace('akin to those offered by Article 5 of the North Atlantic Treaty', 'akin to those offered by NATO');
  await chooseFile(page, { name: 'revised.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  await importDialog(page).getByRole('textbox', { name: 'Title' }).fill('Revised again');
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  const queue = page.getByRole('region', { name: 'Needs review' });
  await expect(queue.getByRole('listitem')).toHaveCount(2);

  const bid = queue.getByRole('listitem').filter({ hasText: 'NATO bid' });
  await bid.getByRole('button', { name: 'Re-target' }).click();
  await expect(page.getByRole('status')).toContainText('Select the passage in the article first');
  await dragSelect(page, 'in exchange for firm guarantees from the West');
  await bid.getByRole('button', { name: 'Re-target' }).click();
  await expect(queue.getByRole('listitem')).toHaveCount(1);
  await expect(cards(page).filter({ hasText: 'in exchange for firm guarantees from the West' })).toHaveCount(1);

  await queue.getByRole('listitem').getByRole('button', { name: 'Orphan' }).click();
  await expect(queue).toBeHidden();
  await expect(panel(page).getByRole('list', { name: 'Orphaned annotations' })).toContainText('akin to those offered by Article 5 of the North Atlantic Treaty');
});
