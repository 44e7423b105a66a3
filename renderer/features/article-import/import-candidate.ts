/**
 * What an import offers the analyst before anything is stored: the cleaned article and its
 * raw-lines version, built from a file's or a paste's text by the importer its kind calls
 * for. Plain logic (the HTML path, which needs a DOM, is `html-import.ts`); every failure is
 * an `ImportRefusal` whose message names the source and the reason.
 */
import { webAddress } from '../../../app/model/web-address';
import type { ArticleBlock, ArticleDraft } from '../../../app/model/model';

/** The kinds of source an import reads. */
export type ImportKind = 'text' | 'markdown' | 'html' | 'pdf';

/** The file chooser's filter: the extensions `importKind` recognises. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf';

/** An import the analyst can preview: cleaned and raw drafts of one source. */
export interface ImportCandidate {
  /** The file name, or what the paste is called in messages. */
  readonly source: string;
  readonly kind: ImportKind;
  /** The importer's reading: structure recovered, boilerplate dropped. */
  readonly cleaned: ArticleDraft;
  /** The text line by line, each non-empty line a paragraph under the title. */
  readonly raw: ArticleDraft;
}

/** A refused import; its message names the source and says why, for the alert region. */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
}

/**
 * A PDF that needs a password to be read; `retry` says a password was given and was wrong.
 * Not a refusal: the import asks for the password and reads the file again.
 */
export class PdfPasswordNeeded extends Error {
  override readonly name = 'PdfPasswordNeeded';
  constructor(
    readonly source: string,
    readonly retry: boolean,
  ) {
    super(`“${source}” is protected by a password.`);
  }
}

/** The refusal of `source` for `why` (a clause ending in a full stop). */
export function refusal(source: string, why: string): ImportRefusal {
  return new ImportRefusal(`“${source}” cannot be imported: ${why}`);
}

/** The kind of a file by its extension (any case), or undefined for a file no importer reads. */
export function importKind(fileName: string): ImportKind | undefined {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return 'text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    case 'pdf':
      return 'pdf';
    default:
      return undefined;
  }
}

/** A file name without its folders and extension, as a title of last resort. */
export function fileStem(fileName: string): string {
  return fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
}

/**
 * The raw-lines version of a text under `title`: every non-empty line a paragraph, its
 * whitespace collapsed, nothing dropped but a first line that repeats the title.
 */
export function rawLinesDraft(text: string, title: string): ArticleDraft {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  if (lines[0] === title) lines.shift();
  const blocks: ArticleBlock[] = [{ type: 'heading', text: title }, ...lines.map((text): ArticleBlock => ({ type: 'paragraph', text }))];
  return { title, blocks };
}

/**
 * The candidate for a plain-text or Markdown source, cleaned by `read` (the importer of its
 * kind). Throws an `ImportRefusal` when the text holds nothing to annotate.
 */
export function textCandidate(source: string, kind: 'text' | 'markdown', text: string, read: (text: string) => ArticleDraft): ImportCandidate {
  let cleaned: ArticleDraft;
  try {
    cleaned = read(text);
  } catch (e) {
    if (e instanceof RangeError) throw refusal(source, 'it holds no readable text.');
    throw e;
  }
  return { source, kind, cleaned, raw: rawLinesDraft(text, cleaned.title) };
}

/** The metadata an analyst may edit in the preview; empty strings mean "not known". */
export interface EditableMetadata {
  readonly title: string;
  readonly byline: string;
  readonly publisher: string;
  readonly published: string;
  readonly sourceUrl: string;
}

/** A draft's metadata as the preview's fields show it. */
export function metadataOf(draft: ArticleDraft): EditableMetadata {
  return {
    title: draft.title,
    byline: draft.byline ?? '',
    publisher: draft.publisher ?? '',
    published: draft.published ?? '',
    sourceUrl: draft.sourceUrl ?? '',
  };
}

/**
 * `draft` with the analyst's metadata: blank fields left out, and the title heading (the
 * first block, when it reads as the old title) renamed with the title so the two agree.
 * Throws an `ImportRefusal` for a blank title, since every article needs one.
 */
export function withMetadata(draft: ArticleDraft, metadata: EditableMetadata, source: string): ArticleDraft {
  const title = metadata.title.replace(/\s+/g, ' ').trim();
  if (!title) throw refusal(source, 'it needs a title: type one in the Title field.');
  const [first, ...rest] = draft.blocks;
  const blocks = first?.type === 'heading' && first.text === draft.title ? [{ ...first, text: title }, ...rest] : draft.blocks;
  const facts: Record<string, string> = {};
  for (const key of ['byline', 'publisher', 'published'] as const) {
    const value = metadata[key].trim();
    if (value) facts[key] = value;
  }
  const address = metadata.sourceUrl.trim();
  if (address) {
    // Only a web address is kept: `javascript:` or `file:` would reach links and exports.
    const web = webAddress(address);
    if (!web) throw refusal(source, `its source address “${address.slice(0, 80)}” is not a web address: give one that starts with http:// or https://, or leave it empty.`);
    facts.sourceUrl = web.href;
  }
  return { title, ...facts, blocks };
}
