// The annotations panel: filters with counts, search, speakers and confidence, orphans, and
// a library of 1,000 annotations that stays usable.
import { expect, test } from '@playwright/test';
import { article, cards, expandCard, openApp, panel } from './support/app';
import { seedAnnotations } from './support/seed';
import { dragSelect } from './support/select-text';

test('filters count and narrow by tag; search finds quote, note and speaker', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');
  await dragSelect(page, 'Signed in the past');
  await page.keyboard.press('p');
  await dragSelect(page, 'another Budapest Memorandum');
  await page.keyboard.press('r');

  const filter = page.getByRole('group', { name: 'Filter' });
  await expect(filter.getByRole('button', { name: 'All 4' })).toHaveAttribute('aria-pressed', 'true');
  await filter.getByRole('button', { name: 'Risk 2' }).click();
  await expect(filter.getByRole('button', { name: 'Risk 2' })).toHaveAttribute('aria-pressed', 'true');
  await expect(filter.getByRole('button', { name: 'All 4' })).toHaveAttribute('aria-pressed', 'false');
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).locator('blockquote')).toHaveText(['another Budapest Memorandum', 'Russia rejects Christmas ceasefire']);

  await filter.getByRole('button', { name: 'All 4' }).click();
  const search = page.getByRole('searchbox', { name: 'Search annotations' });
  await search.fill('budapest');
  await expect(cards(page).locator('blockquote')).toHaveText(['another Budapest Memorandum']);

  await search.fill('');
  const signed = cards(page).filter({ hasText: 'Signed in the past' });
  await signed.getByRole('textbox', { name: 'Note' }).fill('Minsk is the closer analogy');
  await expandCard(signed);
  await signed.getByRole('combobox', { name: 'Speaker' }).fill('Markus Reisner');
  await signed.getByRole('combobox', { name: 'Confidence' }).selectOption('moderate');
  await search.fill('minsk is');
  await expect(cards(page).locator('blockquote')).toHaveText(['Signed in the past']);
  await search.fill('reisner');
  await expect(cards(page).locator('blockquote')).toHaveText(['Signed in the past']);
  await search.fill('nothing like this');
  await expect(cards(page)).toHaveCount(0);
  await expect(panel(page)).toContainText('No annotation matches the filter.');

  await page.reload();
  await expect(cards(page).filter({ hasText: 'Signed in the past' }).locator('.card-summary')).toHaveText('Speaker: Markus Reisner · Confidence: moderate');
  await expandCard(cards(page).filter({ hasText: 'Signed in the past' }));
  await expect(cards(page).filter({ hasText: 'Signed in the past' }).getByRole('combobox', { name: 'Confidence' })).toHaveValue('moderate');
  await expect(cards(page).filter({ hasText: 'Signed in the past' }).getByRole('combobox', { name: 'Speaker' })).toHaveValue('Markus Reisner');
});

test('speaker suggestions come from the names in the paragraph', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'It is support. However, it is not a legally binding obligation');
  await page.keyboard.press('r');
  const options = cards(page).first().locator('datalist option');
  await expect(options.first()).toHaveAttribute('value', 'Claudia Major');
});

test('an annotation whose text is gone is shown as orphaned, never dropped', async ({ page }) => {
  await openApp(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('briefing-desk');
      request.onsuccess = () => resolve(request.result);
    });
    const first = (store: string) =>
      new Promise<{ id: string }>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result[0]);
      });
    const [article, brief] = [await first('articles'), await first('dossiers')];
    const tx = db.transaction('annotations', 'readwrite');
    tx.objectStore('annotations').put({
      id: 'orphan-1',
      briefId: brief.id,
      articleId: article.id,
      tag: 'risk',
      target: {
        position: { type: 'TextPositionSelector', start: 10, end: 30 },
        quote: { type: 'TextQuoteSelector', exact: 'a sentence the article never had', prefix: '', suffix: '' },
      },
      note: 'from an older version',
      links: [],
      author: 'Ada',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  const orphans = panel(page).getByRole('list', { name: 'Orphaned annotations' });
  await expect(panel(page).getByRole('heading', { name: 'Orphaned (1)' })).toBeVisible();
  await expect(orphans).toContainText('a sentence the article never had');
  await expect(article(page).locator('mark')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Filter' }).getByRole('button', { name: 'All 1' })).toBeVisible();

  // Re-attached to a passage the analyst selects, it keeps its note; Undo puts it back.
  await orphans.getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByRole('status')).toHaveText('Select the new passage in the article first, then choose Re-attach.');
  await dragSelect(page, 'Russia had not said it was prepared to sign anything');
  await orphans.getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByRole('status')).toHaveText('Re-attached to the selected passage.');
  await expect(orphans).toHaveCount(0);
  await expect(article(page).locator('mark[data-tag="risk"]')).toHaveText('Russia had not said it was prepared to sign anything');
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toHaveValue('from an older version');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Orphaned (1)' })).toBeVisible();
  await page.reload();
  await expect(panel(page).getByRole('heading', { name: 'Orphaned (1)' })).toBeVisible();
});

test('a database of 1,000 annotations opens and stays usable', async ({ page }) => {
  await openApp(page);
  const stored = await seedAnnotations(page, 1000);
  expect(stored).toBeGreaterThan(900);
  await expect(page.getByRole('group', { name: 'Filter' }).getByRole('button', { name: `All ${stored}` })).toBeVisible();
  const marks = article(page).locator('mark[data-annotation-id]');
  expect(await marks.count()).toBeGreaterThan(1000);
  // Only the visible cards exist: the list is virtualised.
  expect(await cards(page).count()).toBeLessThan(40);

  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('p');
  await expect(page.getByRole('group', { name: 'Filter' }).getByRole('button', { name: `All ${stored + 1}` })).toBeVisible();
  await expect(panel(page).locator('[aria-current="true"] blockquote')).toHaveText('Citing its own sources');

  await page.getByRole('searchbox', { name: 'Search annotations' }).fill('Seeded note 500');
  await expect(cards(page)).toHaveCount(1);

  const scroller = panel(page).locator('.card-scroller');
  await page.getByRole('searchbox', { name: 'Search annotations' }).fill('');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(cards(page).last().locator('blockquote')).toBeInViewport();
});

test('while the list scrolls, cards come in as previews of the same size and turn into full cards at rest', async ({ page }) => {
  await openApp(page);
  await seedAnnotations(page, 300);
  const items = panel(page).locator('.annotation-item');
  await expect(items.first().getByRole('textbox', { name: 'Note' })).toBeVisible();
  await cards(page).nth(1).locator('blockquote').click();
  const heightsOf = () =>
    page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('.annotation-item')].map((li) => [li.dataset.annotation, li.getBoundingClientRect().height])));
  const atRest = await heightsOf();

  // One pixel of scrolling starts a scroll; the list as it scrolls is caught the moment its
  // previews are in the page (on a loaded machine the scroll can be over before a second frame).
  const scrolled = await panel(page)
    .locator('.card-scroller')
    .evaluate(async (scroller) => {
      const look = () => ({
        heights: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.annotation-item')].map((li) => [li.dataset.annotation, li.getBoundingClientRect().height])),
        previews: document.querySelectorAll('.annotation-item .field-preview').length,
        activeIsFull: !!document.querySelector('.annotation-card.active select[aria-label="Tag"]'),
      });
      let caught: ReturnType<typeof look> | undefined;
      const observer = new MutationObserver(() => {
        if (!caught && document.querySelector('.annotation-item .field-preview')) caught = look();
      });
      observer.observe(scroller, { subtree: true, childList: true });
      scroller.scrollTop += 1;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      observer.disconnect();
      return caught ?? look();
    });
  expect(scrolled.previews).toBeGreaterThan(0);
  expect(scrolled.activeIsFull).toBe(true);
  const shared = Object.keys(atRest).filter((id) => id in scrolled.heights);
  expect(shared.length).toBeGreaterThanOrEqual(3);
  for (const id of shared) expect(scrolled.heights[id]).toBeCloseTo(atRest[id]!, 0);

  await expect(panel(page).locator('.field-preview')).toHaveCount(0);
  await expect(items.first().getByRole('textbox', { name: 'Note' })).toBeVisible();
});

test('a tagging far down the list jumps to its card at once; the cards beside it come in as previews for that frame, then as full cards', async ({ page }) => {
  await openApp(page);
  await seedAnnotations(page, 300);
  const shownBefore = await panel(page).locator('.annotation-item').first().getAttribute('data-annotation');
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toBeVisible();
  await dragSelect(page, 'likely to continue over the holidays');
  const jumpFrame = await page.evaluate(async () => {
    const text = document.querySelector('article .article-text')!;
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'g', bubbles: true, cancelable: true }));
    // The jump's frame, after its scroll and before its paint.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const scroller = document.querySelector('.card-scroller')!.getBoundingClientRect();
    const active = document.querySelector('.annotation-card.active');
    const box = active?.getBoundingClientRect();
    return {
      activeQuote: active?.querySelector('blockquote')?.textContent,
      activeInView: !!box && box.bottom > scroller.top && box.top < scroller.bottom,
      activeIsFull: !!active?.querySelector('select[aria-label="Tag"]'),
      previews: document.querySelectorAll('.annotation-item .field-preview').length,
    };
  });
  expect(jumpFrame).toMatchObject({ activeQuote: 'likely to continue over the holidays', activeInView: true, activeIsFull: true });
  expect(jumpFrame.previews).toBeGreaterThan(0);
  await expect(panel(page).locator('.field-preview')).toHaveCount(0);
  await expect(panel(page).locator(`[data-annotation="${shownBefore}"]`)).toHaveCount(0);
  for (const card of await cards(page).all()) await expect(card.getByRole('textbox', { name: 'Note' })).toBeAttached();
});

test('scrolling down into cards never shown leaves the list where the analyst put it', async ({ page }) => {
  await openApp(page);
  await seedAnnotations(page, 1000);
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toBeVisible();
  const positions = await panel(page)
    .locator('.card-scroller')
    .evaluate(async (scroller) => {
      const put: number[] = [];
      const after: number[] = [];
      for (const fraction of [0.3, 0.6, 0.9]) {
        scroller.scrollTop = Math.round((scroller.scrollHeight - scroller.clientHeight) * fraction);
        put.push(scroller.scrollTop);
        // The cards come in, are measured, and the list comes to rest.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))));
        after.push(scroller.scrollTop);
      }
      return { put, after };
    });
  expect(positions.after).toEqual(positions.put);
});

test('the card holding the focus stays while the list scrolls away, and Tab goes on to the next card', async ({ page }) => {
  await openApp(page);
  await seedAnnotations(page, 300);
  const first = panel(page).locator('.annotation-item').first();
  await expect(first.getByRole('textbox', { name: 'Note' })).toBeVisible();
  const firstId = await first.getAttribute('data-annotation');
  await first.getByRole('textbox', { name: 'Note' }).fill('Half-written thought');
  await first.getByRole('button', { name: 'Delete annotation' }).focus();

  const scroller = panel(page).locator('.card-scroller');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(panel(page).locator(`[data-annotation="${firstId}"]`)).not.toBeInViewport();
  await expect(panel(page).locator(`[data-annotation="${firstId}"]`).getByRole('button', { name: 'Delete annotation' })).toBeFocused();

  await page.keyboard.press('Tab');
  const focusedCard = await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-index]')?.dataset.index);
  expect(focusedCard).toBe('1');
  await expect(panel(page).locator(`[data-annotation="${firstId}"]`).getByRole('textbox', { name: 'Note' })).toHaveValue('Half-written thought');
});
