// Selects text in the page the way an analyst does: a mouse drag from the first character
// to the last one.
import type { Page } from '@playwright/test';

/** Drags the mouse over the first occurrence of `quote` inside the article's text. */
export async function dragSelect(page: Page, quote: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('[role="article"], article');
    if (!root) throw new Error('no article');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // The quote may cross highlight spans, so search the concatenated text of all nodes.
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += node.textContent ?? '';
    }
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the article`);
    function charRect(offset: number): DOMRect {
      let rest = offset;
      for (const node of nodes) {
        const length = node.textContent?.length ?? 0;
        if (rest < length) {
          const range = document.createRange();
          range.setStart(node, rest);
          range.setEnd(node, rest + 1);
          return range.getBoundingClientRect();
        }
        rest -= length;
      }
      throw new Error('offset past the text');
    }
    // Bring the passage to the middle of the scroller, as a reader would before selecting.
    let rest = start;
    for (const node of nodes) {
      const length = node.textContent?.length ?? 0;
      if (rest < length) {
        node.parentElement?.scrollIntoView({ block: 'center' });
        break;
      }
      rest -= length;
    }
    const first = charRect(start);
    const last = charRect(start + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, quote);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
