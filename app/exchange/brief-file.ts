/**
 * The `.brief` exchange format: one article, its brief and its
 * annotations as UTF-8 JSON, naming the article by the SHA-256 of its canonical text.
 *
 * `parseBriefFile` is the one gate every file from outside passes — a teammate's export, the
 * command line's input — so it trusts nothing: size, nesting depth and forbidden keys are
 * checked before or while parsing, then a schema with maximum lengths and counts, then the
 * article text against its blocks and its hash. It never throws; a refusal carries a message
 * the user can act on. `serializeBriefFile` writes what `parseBriefFile` accepts.
 */
import { z } from 'zod';
import { annotationSchema, articleRecordSchema, briefSchema, LIMITS, name, timestamp, tombstoneSchema } from './record-schemas';
import { isWebLink } from '../model/web-address';
import { canonicalText } from '../model/canonical-text';
import { sha256Hex } from '../model/content-hash';
import type { Annotation, Article } from '../model/model';
import type { Brief } from '../brief/brief';
import type { AnnotationTombstone } from '../annotations/tombstone';

/** The `format` field of every brief file. */
export const BRIEF_FILE_FORMAT = 'briefing-desk/brief';

/** The newest version this build reads and the one it writes. */
export const BRIEF_FILE_VERSION = 1;

/** Longest file accepted, in UTF-16 code units (about 20 MB of text), checked before parsing. */
export const MAX_BRIEF_FILE_LENGTH = 20_000_000;

/** Deepest nesting of arrays and objects accepted; a valid file needs 13 (a marked run in a list item of the key judgments). */
export const MAX_BRIEF_FILE_DEPTH = 16;

/** Object keys refused anywhere in a file: they could reach a prototype when the value is copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const articleSchema = articleRecordSchema.extend({ text: z.string().max(LIMITS.articleText) });

const briefFileSchema = z.object({
  format: z.literal(BRIEF_FILE_FORMAT),
  version: z.literal(BRIEF_FILE_VERSION),
  exportedAt: timestamp,
  exportedBy: name,
  article: articleSchema,
  brief: briefSchema.optional(),
  annotations: z.array(annotationSchema).max(LIMITS.annotations),
  tombstones: z.array(tombstoneSchema).max(LIMITS.annotations).optional(),
});

/** A brief file's contents, validated. */
export interface BriefFile {
  readonly format: typeof BRIEF_FILE_FORMAT;
  readonly version: typeof BRIEF_FILE_VERSION;
  /** When it was exported, ISO 8601. */
  readonly exportedAt: string;
  /** Who exported it. */
  readonly exportedBy: string;
  /** The article, with its canonical text (checked against `blocks` and `textHash`). */
  readonly article: Article & { readonly text: string };
  readonly brief?: Brief;
  /** Every annotation has `articleId === article.id`; ids are unique. */
  readonly annotations: readonly Annotation[];
  /** Deletions travelling with the file, for merging; empty when the file has none. */
  readonly tombstones: readonly AnnotationTombstone[];
}

/** The outcome of `parseBriefFile`: the file, or why it was refused. */
export type BriefFileResult =
  | {
      readonly ok: true;
      readonly value: BriefFile;
      /** What was left out of an otherwise valid file, said so the analyst knows (a source address that is no web address). */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** What `serializeBriefFile` writes. */
export interface BriefFileContents {
  readonly article: Article;
  readonly brief?: Brief;
  readonly annotations: readonly Annotation[];
  readonly tombstones?: readonly AnnotationTombstone[];
  /** ISO 8601; passed in so serializing stays pure. */
  readonly exportedAt: string;
  readonly exportedBy: string;
}

const refuse = (message: string): BriefFileResult => ({ ok: false, message });

/**
 * The deepest nesting of arrays and objects in JSON text, scanning once without parsing, so a
 * file of a million `[` is refused before the parser builds anything. Brackets inside strings
 * do not count; the scan is exact for valid JSON and harmless for invalid JSON (the parser
 * then refuses it).
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Whether JSON `text` stops before its end: inside a string, or with an object or array left
 * open — a download cut short, a copy interrupted. (Brackets are counted outside strings.)
 */
export function endsInTheMiddle(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return inString || depth > 0;
}

/** Why `text` could not be read as JSON, in words that say what to do rather than where the parser stopped. */
function unreadable(text: string): string {
  // A NUL or replacement characters: bytes that were never UTF-8 text (an image, an archive).
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 3) return 'This file is not a text file, so it is not a brief file. Choose the .brief file Export brief wrote.';
  if (!text.trim()) return 'The brief file is empty. Export it again, or ask for a new copy.';
  if (endsInTheMiddle(text)) return 'This brief file is incomplete or damaged (it ends in the middle). Export it again, or ask for a new copy.';
  return 'The brief file is not valid JSON, so it was not written by Export brief or was edited since. Export it again, or ask for a new copy.';
}

/** A zod error as one line naming where the first problem is. */
function describeIssues(error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return 'The brief file is not valid.';
  const where = first.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `The brief file is not valid: ${where || 'file'}: ${first.message}${more}.`;
}

/** Why a parsed value's `format`/`version` rule it out, before the full schema; undefined if they fit. */
function formatProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The file is not a brief file: it holds no JSON object.';
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BRIEF_FILE_FORMAT) return `The file is not a brief file: its format is ${JSON.stringify(format ?? null)}, not "${BRIEF_FILE_FORMAT}".`;
  if (typeof version === 'number' && Number.isInteger(version) && version > BRIEF_FILE_VERSION) {
    return `This brief file is version ${version}; this Briefing Desk reads version ${BRIEF_FILE_VERSION} and older. Update Briefing Desk to open it.`;
  }
  if (version !== BRIEF_FILE_VERSION) return `The brief file has an unknown version ${JSON.stringify(version ?? null)}.`;
  return undefined;
}

/**
 * Reads a `.brief` file's text. Resolves to `{ok: true, value}` for a valid file and to
 * `{ok: false, message}` for anything else — too large, too deeply nested, not JSON, a
 * forbidden key, not a brief file, a newer version (named), a field too long or missing, an
 * article text that does not match its blocks or hash, annotations of another article,
 * duplicate ids. Never rejects. Async only because hashing (Web Crypto) is.
 */
export async function parseBriefFile(text: string): Promise<BriefFileResult> {
  if (text.length > MAX_BRIEF_FILE_LENGTH) {
    return refuse(`The brief file is too large (${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_BRIEF_FILE_LENGTH / 1e6} million).`);
  }
  if (jsonNestingDepth(text) > MAX_BRIEF_FILE_DEPTH) return refuse(`The brief file nests deeper than ${MAX_BRIEF_FILE_DEPTH} levels; it is not a brief file.`);
  let raw: unknown;
  let forbidden: string | undefined;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return refuse(unreadable(text));
  }
  if (forbidden) return refuse(`The brief file holds a forbidden key "${forbidden}"; it was refused.`);
  const problem = formatProblem(raw);
  if (problem) return refuse(problem);

  const parsed = briefFileSchema.safeParse(raw);
  if (!parsed.success) return refuse(describeIssues(parsed.error));
  const file = parsed.data;
  const { article } = file;
  if (canonicalText(article.blocks) !== article.text) return refuse('The brief file is damaged: the article text does not match its blocks.');
  if ((await sha256Hex(article.text)) !== article.textHash) {
    return refuse('The brief file is damaged or was edited: the article text does not match its hash (textHash).');
  }
  const stranger = file.annotations.find((a) => a.articleId !== article.id) ?? (file.brief && file.brief.articleId !== article.id ? file.brief : undefined);
  if (stranger) return refuse(`The brief file mixes articles: ${'tag' in stranger ? `annotation ${stranger.id}` : 'the brief'} belongs to article ${stranger.articleId}, not ${article.id}.`);
  const ids = new Set<string>();
  for (const a of file.annotations) {
    if (ids.has(a.id)) return refuse(`The brief file lists annotation ${a.id} twice.`);
    ids.add(a.id);
  }
  // A source address is kept only as a web address: `javascript:` or `file:` would reach
  // links and exports.
  const warnings: string[] = [];
  let kept = file.article;
  if (kept.sourceUrl !== undefined && !isWebLink(kept.sourceUrl)) {
    warnings.push(`The article's source address “${kept.sourceUrl.slice(0, 80)}” is not a web address (http or https), so it was left out.`);
    kept = { ...kept };
    delete (kept as { sourceUrl?: string }).sourceUrl;
  }
  return { ok: true, value: { ...file, article: kept, tombstones: file.tombstones ?? [] }, warnings };
}

/**
 * The `.brief` file for `contents`, as pretty-printed JSON with the article's canonical text
 * added. The article's `textHash` is written as given: it must be the hash of the text (as
 * stored articles' are), or `parseBriefFile` will refuse the file.
 */
export function serializeBriefFile(contents: BriefFileContents): string {
  const { article } = contents;
  const file = {
    format: BRIEF_FILE_FORMAT,
    version: BRIEF_FILE_VERSION,
    exportedAt: contents.exportedAt,
    exportedBy: contents.exportedBy,
    article: { ...article, text: canonicalText(article.blocks) },
    ...(contents.brief ? { brief: contents.brief } : {}),
    annotations: contents.annotations,
    ...(contents.tombstones && contents.tombstones.length > 0 ? { tombstones: contents.tombstones } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
