/**
 * What every benchmark page shares: fetching the generated data from the bench server,
 * laying the article out as plain HTML (for the peers), waiting until a frame is painted,
 * and handing the figures back to the runner through `window.benchResult`.
 */
import type { Annotation, Article } from '../../app/model/model';

/** The generated data a page asks the bench server for. */
export interface BenchData {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
}

/** The page's URL parameters as numbers and strings. */
export const params = new URLSearchParams(location.search);

/** Fetches a JSON file the bench server holds in memory. */
export async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(`/data/${name}.json`);
  if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The article and the first `count` annotations of the largest set. */
export async function fetchData(count: number, articleName = 'article'): Promise<BenchData> {
  const [article, annotations] = await Promise.all([fetchJson<Article>(articleName), count > 0 ? fetchJson<Annotation[]>(`annotations-${count}`) : Promise.resolve([])]);
  return { article, annotations };
}

/**
 * Lays the article out under `root` as headings and paragraphs, with the block separator as
 * text between them, so the root's textContent is exactly the canonical text and every
 * peer's character offsets mean what the app's do.
 */
export function renderArticle(root: HTMLElement, article: Article): void {
  const fragment = document.createDocumentFragment();
  article.blocks.forEach((block, i) => {
    if (i > 0) fragment.append('\n\n');
    const element = document.createElement(block.type === 'heading' ? 'h2' : block.type === 'quote' ? 'blockquote' : 'p');
    element.textContent = block.text;
    fragment.append(element);
  });
  root.replaceChildren(fragment);
}

/** Resolves once the current changes are painted: after the next frame's rendering step. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

/** Publishes the page's figures (or its failure) for the runner to pick up. */
export function publish(run: () => Promise<Record<string, unknown>>): void {
  run().then(
    (result) => Object.assign(window, { benchResult: result }),
    (error: unknown) => Object.assign(window, { benchResult: { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) } }),
  );
}

/**
 * Runs `task` over `items` until done or until `budgetMs` has passed, so a peer that needs
 * minutes for ten thousand items is measured on as many as fit and projected honestly.
 */
export async function timeWithBudget<T>(items: readonly T[], budgetMs: number, task: (item: T) => unknown): Promise<{ done: number; ms: number }> {
  const start = performance.now();
  let done = 0;
  for (const item of items) {
    await task(item);
    done++;
    if (performance.now() - start > budgetMs) break;
  }
  return { done, ms: performance.now() - start };
}
