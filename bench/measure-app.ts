/**
 * Measurements of the app itself in Chromium, against its production web build: open to
 * interactive, tagging latency, panel scrolling, and the JS heap. Timing is taken inside the
 * page with performance.now() and a task queued after a frame (so "painted" means the frame
 * holding the change has been rendered), never by polling from Node.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Waits for a bench page's `window.benchResult`, throwing the page's error if it failed. */
export async function benchResult<T>(page: Page, timeout = 300_000): Promise<T> {
  const handle = await page.waitForFunction(() => (window as unknown as { benchResult?: unknown }).benchResult, undefined, { timeout, polling: 100 });
  const result = (await handle.jsonValue()) as T & { error?: string };
  if (result.error) throw new Error(`bench page failed: ${result.error}`);
  return result;
}

/** Runs a lab page task (`seed`, `storage`, `anchor`) with `n` annotations and returns its figures. */
export async function runLab<T>(context: BrowserContext, baseUrl: string, task: string, n: number): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/bench/lab.html?task=${task}&n=${n}`);
    return await benchResult<T>(page);
  } finally {
    await page.close();
  }
}

/**
 * Installed before the app's own scripts: resolves `window.benchReady` with the time the
 * article, the highlights of `drawn` (the ids the opening view draws) and the filled panel
 * with `expected` annotations were first painted. The checks run once per frame; the highlight
 * ids are read only once the panel's count is right.
 */
function installReadyProbe({ expected, drawn }: { expected: number; drawn: readonly string[] }): void {
  const probe = window as unknown as { benchReady: Promise<number> };
  probe.benchReady = new Promise((resolve) => {
    const check = () => {
      const all = document.querySelector('[aria-label="Filter"] button');
      const count = all?.textContent?.replace(/\s+/g, ' ').trim();
      const text = document.querySelector('article .article-text');
      if (text && count === `All ${expected}`) {
        const filled = expected === 0 ? !!document.querySelector('.empty-hint') : !!document.querySelector('.annotation-list > li .annotation-card');
        const ids = new Set<string>();
        if (filled) {
          for (const mark of document.getElementsByTagName('mark')) {
            const id = mark.getAttribute('data-annotation-id');
            if (id) ids.add(id);
          }
        }
        if (filled && drawn.every((id) => ids.has(id))) {
          setTimeout(() => resolve(performance.now()), 0);
          return;
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Opens the app `runs` times (after one warm-up) with `expected` stored annotations, of which
 * those with ids `drawn` are drawn from the start; ms from navigation.
 */
export async function measureOpen(page: Page, baseUrl: string, expected: number, drawn: readonly string[], runs: number): Promise<number[]> {
  await page.addInitScript(installReadyProbe, { expected, drawn });
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    const ms = await page.evaluate(() => (window as unknown as { benchReady: Promise<number> }).benchReady);
    if (run > 0) times.push(ms);
  }
  return times;
}

/**
 * A first start, as a new analyst has it: each run a fresh browser profile (no cache, no
 * database), from navigation to the first contentful paint, and to interactive (the sample
 * article and the empty panel painted, the database created and the sample stored).
 */
export async function measureColdStart(browser: Browser, baseUrl: string, runs: number): Promise<{ firstPaint: number[]; interactive: number[] }> {
  const firstPaint: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(installReadyProbe, { expected: 0, drawn: [] });
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      const ready = await page.evaluate(() => (window as unknown as { benchReady: Promise<number> }).benchReady);
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      if (run > 0) {
        firstPaint.push(paint);
        interactive.push(ready);
      }
    } finally {
      await context.close();
    }
  }
  return { firstPaint, interactive };
}

/** The renderer's JS heap after a full garbage collection, in bytes (CDP Runtime.getHeapUsage). */
export async function measureHeap(page: Page): Promise<{ usedBytes: number; totalBytes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
}

/** A passage to tag: UTF-16 offsets within one block of the canonical text. */
export interface TagTarget {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

/**
 * Selects a passage in the ProseMirror view through the DOM Selection, as a drag leaves it,
 * after scrolling it to the middle of the article as a reader would.
 */
async function selectPassage(page: Page, target: TagTarget): Promise<void> {
  await page.evaluate(async ({ block, start, end }) => {
    const editor = document.querySelector<HTMLElement>('article .article-text')!;
    // Widgets (the line under the title) are not blocks of the text.
    const element = editor.querySelectorAll<HTMLElement>(':scope > .text-chunk > :not(.ProseMirror-widget)')[block]!;
    element.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const points: [Text, number][] = [];
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length;
      if (points.length === 0 && start <= offset + length) points.push([node, start - offset]);
      if (points.length === 1 && end <= offset + length) {
        points.push([node, end - offset]);
        break;
      }
      offset += length;
    }
    const [from, to] = points;
    if (!from || !to) throw new Error('passage not found in the view');
    editor.focus({ preventScroll: true });
    document.getSelection()!.setBaseAndExtent(from[0], from[1], to[0], to[1]);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  }, target);
}

/**
 * Arms the page for one tagging: resolves `window.benchTagged` with the ms from the key's
 * event time until the frame showing both the new highlight and its active, visible card has
 * been painted. Nothing runs each frame: a change to the page (a MutationObserver) or a scroll
 * of the panel asks for one check in the next frame, before its paint. A probe polling every
 * frame kept Chromium producing frames, which moved when the app's own work ran: on a bare
 * page that shows a change once a storage write commits, 37 ms at the median with a polling
 * probe, 21 ms with this one (the same for a change shown in the key's own event: 14 and 16).
 */
function armTagProbe(exact: string): void {
  const probe = window as unknown as { benchTagged: Promise<number> };
  const scroller = document.querySelector('.card-scroller')!;
  probe.benchTagged = new Promise((resolve, reject) => {
    let keyTime: number | undefined;
    let highlighted = false;
    let scheduled = false;
    window.addEventListener('keydown', (event) => (keyTime = event.timeStamp), { capture: true, once: true });
    const stop = () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', schedule);
      clearTimeout(deadline);
    };
    const check = () => {
      scheduled = false;
      const card = highlighted ? document.querySelector('.annotation-card.active') : null;
      const box = card?.querySelector('.card-quote')?.textContent === exact ? card.getBoundingClientRect() : undefined;
      const view = scroller.getBoundingClientRect();
      if (keyTime !== undefined && box && box.bottom > view.top && box.top < view.bottom) {
        const start = keyTime;
        stop();
        setTimeout(() => resolve(performance.now() - start), 0);
      }
    };
    function schedule() {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(check);
    }
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches('mark[data-annotation-id]') || node.querySelector('mark[data-annotation-id]'))) highlighted = true;
        }
      }
      schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
    scroller.addEventListener('scroll', schedule, { passive: true });
    const deadline = setTimeout(() => {
      stop();
      reject(new Error(`tagging "${exact}" did not show within 10 s`));
    }, 10_000);
  });
}

/** Tags each target with G, R or P in turn; the latency of each, in ms. */
export async function measureTagging(page: Page, targets: readonly TagTarget[]): Promise<number[]> {
  const keys = ['g', 'r', 'p'];
  const latencies: number[] = [];
  for (const [i, target] of targets.entries()) {
    await selectPassage(page, target);
    await page.evaluate(armTagProbe, target.exact);
    await page.keyboard.press(keys[i % keys.length]!);
    latencies.push(await page.evaluate(() => (window as unknown as { benchTagged: Promise<number> }).benchTagged));
  }
  return latencies;
}

/**
 * The same probe on the floor page (bench/pages/floor.ts), which shows a highlight and an
 * active card in the key's own event and does nothing else: `count` key presses, in ms.
 */
export async function measureFloor(page: Page, baseUrl: string, count: number): Promise<number[]> {
  await page.goto(`${baseUrl}/bench/floor.html`);
  await benchResult(page);
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    // As before each tagging: the page at rest, its last frame painted.
    await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    });
    await page.evaluate(armTagProbe, 'floor');
    await page.keyboard.press(['g', 'r', 'p'][i % 3]!);
    latencies.push(await page.evaluate(() => (window as unknown as { benchTagged: Promise<number> }).benchTagged));
  }
  return latencies;
}

/** Review mode's figures, in ms: switching it on, and each verdict given. */
export interface ReviewFigures {
  readonly openMs: number;
  readonly verdictMs: number[];
}

/**
 * Switches review mode on (click until its items are painted), gives `verdicts` verdicts
 * down the list (click until the pressed button is painted), and switches it off again.
 */
export async function measureReview(page: Page, verdicts: number): Promise<ReviewFigures> {
  const openMs = await page.evaluate(async () => {
    const start = performance.now();
    [...document.querySelectorAll<HTMLButtonElement>('.workspace-actions button')].find((b) => b.textContent === 'Review')!.click();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('.review-item') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  });
  const verdictMs: number[] = [];
  for (let i = 0; i < verdicts; i++) {
    verdictMs.push(
      await page.evaluate(async (i) => {
        // The items in view (the lists are windowed), each given Agree, then Dispute, then Needs source.
        const items = document.querySelectorAll('.review-item');
        const button = items[i % items.length]!.querySelectorAll<HTMLButtonElement>('.verdict-buttons button')[Math.floor(i / items.length) % 3]!;
        const start = performance.now();
        button.click();
        await new Promise<void>((resolve) => {
          const check = () => (button.getAttribute('aria-pressed') === 'true' ? resolve() : setTimeout(check, 0));
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, i),
    );
  }
  await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.workspace-actions button')].find((b) => b.textContent === 'Review')!.click());
  return { openMs, verdictMs };
}

/** Frame figures while scrolling: main-thread work per frame and the interval between frames, in ms. */
export interface ScrollFrames {
  readonly work: number[];
  readonly interval: number[];
}

/**
 * Scrolls the card list by `step` px per frame (or, with step 0, through the whole list in
 * `frames` frames, as dragging the scrollbar does). Each frame's work runs from its
 * requestAnimationFrame time (the frame's start, before the scroll handlers) until a task
 * queued from the frame runs, that is after the frame's style, layout and paint.
 */
export async function measureScroll(page: Page, step: number, frames: number): Promise<ScrollFrames> {
  return page.evaluate(
    ({ step, frames }) =>
      new Promise<ScrollFrames>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('.card-scroller')!;
        scroller.scrollTop = 0;
        const distance = step > 0 ? step : (scroller.scrollHeight - scroller.clientHeight) / frames;
        const work: number[] = [];
        const interval: number[] = [];
        const channel = new MessageChannel();
        let frameStart = 0;
        let previous: number | undefined;
        let count = 0;
        channel.port1.onmessage = () => work.push(performance.now() - frameStart);
        const frame = (time: number) => {
          frameStart = time;
          if (previous !== undefined) interval.push(time - previous);
          previous = time;
          if (count++ >= frames) {
            channel.port1.close();
            resolve({ work, interval });
            return;
          }
          scroller.scrollTop += distance;
          channel.port2.postMessage(null);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { step, frames },
  );
}

/**
 * Switches the open brief's reader to each source in `titles` in turn (by its entry in the
 * `Sources` list); the ms from the click until the frame showing that source's text with at
 * least one of its highlights has been painted, for each.
 */
export async function measureSourceSwitch(page: Page, titles: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const title of titles) {
    times.push(
      await page.evaluate(
        (wanted) =>
          new Promise<number>((resolve, reject) => {
            const entry = [...document.querySelectorAll<HTMLButtonElement>('.sources-list .source-choose')].find((b) => b.querySelector('.source-title')?.textContent === wanted);
            if (!entry) return reject(new Error(`no source entry “${wanted}”`));
            const start = performance.now();
            entry.click();
            const check = () => {
              const shown = document.querySelector(`article[aria-label="${CSS.escape(wanted)}"]`);
              if (shown?.querySelector('mark')) setTimeout(() => resolve(performance.now() - start), 0);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        title,
      ),
    );
  }
  return times;
}

/**
 * Searching the panel across a brief's sources: each query typed at once into `Search
 * annotations`, from the input event to the frame that shows only matching cards (at least
 * one); the search is cleared, and the full list back, between queries.
 */
export async function measureSearch(page: Page, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    times.push(
      await page.evaluate(
        (wanted) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('input[aria-label="Search annotations"]')!;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            const type = (value: string) => {
              setValue.call(input, value);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            };
            const cards = () => [...document.querySelectorAll('.annotation-list > li .card-quote')].map((q) => q.textContent ?? '');
            const before = cards().length;
            const start = performance.now();
            type(wanted);
            const check = () => {
              const shown = cards();
              if (shown.length > 0 && shown.every((text) => text.toLowerCase().includes(wanted.toLowerCase()))) {
                const ms = performance.now() - start;
                type('');
                const refilled = () => (cards().length >= before ? resolve(ms) : requestAnimationFrame(refilled));
                setTimeout(() => requestAnimationFrame(refilled), 0);
              } else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        query,
      ),
    );
  }
  return times;
}
