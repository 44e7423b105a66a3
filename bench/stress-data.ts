/**
 * The benchmark's data, generated from a fixed seed: a stress article built from the sample
 * article's blocks (through the app's own plain-text importer) repeated with variations until
 * it is about a megabyte, annotation sets in the app's real model (describeRange), and a
 * revision of the article for re-anchoring. Half the paragraphs of each copy are verbatim, so
 * most quotes occur many times and only their context or position tells them apart.
 */
import { canonicalText } from '../app/model/canonical-text';
import { sha256Hex } from '../app/model/content-hash';
import type { Annotation, Article, ArticleBlock } from '../app/model/model';
import { importPlainText } from '../app/import/plain-text-import';
import { TAGS } from '../app/model/tags';
import { describeRange } from '../app/anchoring/text-selectors';
import { seededRandom, type Random } from './random';

/** The seed every figure in bench/results.json was measured with. */
export const BENCH_SEED = 20251218;

/** The brief the stress annotations belong to. */
export const STRESS_BRIEF_ID = '00000000-0000-4000-8000-5712e5500000';

/** How big the stress article is. */
export interface StressArticleOptions {
  /** Stop adding copies once the canonical text reaches this many UTF-16 units. */
  readonly targetChars: number;
  readonly seed?: number;
}

/** The full-size article: about 1 MB of text. */
export const FULL_ARTICLE: StressArticleOptions = { targetChars: 1_000_000 };

/** Words substituted into varied paragraphs: realistic, and as likely to recur as the originals. */
const SUBSTITUTES = ['allies', 'Kyiv', 'Moscow', 'Washington', 'Berlin', 'partners', 'troops', 'guarantees', 'ceasefire', 'treaty', 'talks', 'leaders', 'forces', 'security', 'envoy', 'officials'];

/** A paragraph with a few of its words swapped and its numbers changed. */
function vary(text: string, random: Random): string {
  const words = text.split(' ');
  const swaps = 1 + random.int(3);
  for (let i = 0; i < swaps; i++) {
    const at = random.int(words.length);
    if (/^\p{L}+$/u.test(words[at] ?? '')) words[at] = random.pick(SUBSTITUTES);
  }
  return words.join(' ').replace(/\d+/g, (digits) => String((Number(digits) + 1 + random.int(9)) % 10 ** digits.length));
}

/** The blocks of the stress article: the sample's title, then numbered, varied copies of its body. */
export function stressBlocks(sampleText: string, options: StressArticleOptions): ArticleBlock[] {
  const random = seededRandom(options.seed ?? BENCH_SEED);
  const sample = importPlainText(sampleText).blocks;
  const [title, ...body] = sample;
  if (!title) throw new RangeError('The sample article has no title');
  const blocks: ArticleBlock[] = [{ type: 'heading', text: `${title.text} (stress edition)` }];
  let chars = title.text.length;
  for (let copy = 1; chars < options.targetChars; copy++) {
    blocks.push({ type: 'heading', text: `Part ${copy}: ${title.text}` });
    for (const block of body) {
      const text = block.type === 'paragraph' && random.next() < 0.5 ? vary(block.text, random) : block.text;
      blocks.push({ type: block.type, text });
      chars += text.length + 2;
    }
  }
  return blocks;
}

/** The stress article as stored, with a fixed id and import date so every run stores the same row. */
export async function stressArticle(sampleText: string, options: StressArticleOptions = FULL_ARTICLE): Promise<Article> {
  const blocks = stressBlocks(sampleText, options);
  return {
    id: '0b5e7c1a-5e1d-4c0a-9d1e-be4c00000001',
    title: blocks[0]!.text,
    byline: 'Danilo Bilek',
    publisher: 'DW',
    published: '2025-12-18',
    blocks,
    textHash: await sha256Hex(canonicalText(blocks)),
    importedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** The spans of words (UTF-16 offsets) of each annotatable block, with the block's start. */
function wordSpans(article: Article): { start: number; end: number }[][] {
  const spans: { start: number; end: number }[][] = [];
  let offset = 0;
  for (const block of article.blocks) {
    if (block.type !== 'heading') {
      const words = [...block.text.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));
      if (words.length > 0) spans.push(words);
    }
    offset += block.text.length + 2;
  }
  return spans;
}

/**
 * `count` annotations of `article`, the first ones of every larger set being the same: all
 * three tags, one word to a dozen words long, one in seven overlapping the one before it, one
 * in five with a note, a few with a speaker or links. The app's describeRange writes each
 * target, as tagging in the app does. `firstBlocks` keeps them to the article's first
 * annotatable blocks (passages near the top, in view when the article opens).
 */
export function stressAnnotations(article: Article, count: number, seed = BENCH_SEED, firstBlocks = Infinity): Annotation[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const text = canonicalText(article.blocks);
  const blocks = wordSpans(article).slice(0, firstBlocks);
  const annotations: Annotation[] = [];
  let previous: { block: number; first: number; last: number } | undefined;
  for (let i = 0; i < count; i++) {
    let block: number;
    let first: number;
    if (previous && i % 7 === 0) {
      // Overlap: start inside the previous passage and run past it.
      block = previous.block;
      first = previous.first + random.int(previous.last - previous.first + 1);
    } else {
      block = random.int(blocks.length);
      first = random.int(blocks[block]!.length);
    }
    const words = blocks[block]!;
    const last = Math.min(words.length - 1, first + random.int(12));
    previous = { block, first, last };
    const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    const id = random.uuid();
    const links = i % 11 === 3 && annotations.length > 0 ? [annotations[random.int(annotations.length)]!.id] : [];
    annotations.push({
      id,
      briefId: STRESS_BRIEF_ID,
      articleId: article.id,
      tag: TAGS[i % TAGS.length]!,
      target: describeRange(text, { start: words[first]!.start, end: words[last]!.end }),
      note: i % 5 === 0 ? `Note ${i}: check this against the ${random.pick(SUBSTITUTES)} statement.` : '',
      ...(i % 13 === 0 ? { speaker: 'Friedrich Merz' } : {}),
      links,
      author: 'Bench Analyst',
      createdAt,
      updatedAt: createdAt,
    });
  }
  return annotations;
}

/**
 * A revision of the article as an editor would publish it: one block in twenty reworded,
 * one in fifty dropped, a new paragraph after one in a hundred. Most annotations keep their
 * text, some move, a few lose it, so re-anchoring meets every case.
 */
export function reviseBlocks(blocks: readonly ArticleBlock[], seed = BENCH_SEED): ArticleBlock[] {
  const random = seededRandom(seed ^ 0x27d4eb2d);
  const revised: ArticleBlock[] = [];
  blocks.forEach((block, i) => {
    if (i > 0 && i % 50 === 0) return;
    revised.push(i % 20 === 7 && block.type === 'paragraph' ? { ...block, text: vary(block.text, random) } : block);
    if (i % 100 === 42) revised.push({ type: 'paragraph', text: `Update ${i}: officials added that talks would continue next week.` });
  });
  return revised;
}

/** The brief of many sources the benchmark measures at scale. */
export const STRESS_DOSSIER_ID = '00000000-0000-4000-8000-d055e1e00000';

/** How big the stress dossier is. */
export interface StressDossierOptions {
  readonly sources: number;
  readonly perSource: number;
  /** Each source's text length, in UTF-16 units. */
  readonly sourceChars: number;
}

/** A brief of several sources: distinct articles (each its own varied copy of the sample) and their annotations. */
export interface StressDossier {
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
}

/**
 * `options.sources` articles of about `options.sourceChars` each, every one a differently
 * seeded stress article with its own title, and `options.perSource` annotations on each, one
 * in eleven linked to an annotation of the first source (links across sources).
 */
export async function stressDossier(sampleText: string, options: StressDossierOptions): Promise<StressDossier> {
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < options.sources; i++) {
    const base = await stressArticle(sampleText, { targetChars: options.sourceChars, seed: BENCH_SEED + 100 + i });
    const title = `Source ${i + 1}: ${base.title}`;
    const blocks: ArticleBlock[] = [{ type: 'heading', text: title }, ...base.blocks.slice(1)];
    const article: Article = { ...base, id: `0b5e7c1a-5e1d-4c0a-9d1e-d055${String(i).padStart(8, '0')}`, title, blocks, textHash: await sha256Hex(canonicalText(blocks)) };
    const own = stressAnnotations(article, options.perSource, BENCH_SEED + 200 + i).map((a, k) => ({
      ...a,
      briefId: STRESS_DOSSIER_ID,
      links: i > 0 && k % 11 === 3 && annotations[k] ? [annotations[k].id] : a.links,
    }));
    articles.push(article);
    annotations.push(...own);
  }
  return { articles, annotations };
}
