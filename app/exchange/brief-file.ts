/**
 * The `.brief` exchange format: a brief, its sources (each article with its text) and its
 * annotations as UTF-8 JSON, each article named by the SHA-256 of its canonical text. Version
 * 2 carries a brief with several sources; version 1 (one article, annotations without a brief)
 * is read as a one-source brief whose id is derived from the article (`legacyBriefId`).
 *
 * `parseBriefFile` is the one gate every file from outside passes — a teammate's export, the
 * command line's input — so it trusts nothing: size, nesting depth and forbidden keys are
 * checked before or while parsing, then a schema with maximum lengths and counts, then the
 * article text against its blocks and its hash. It never throws; a refusal carries a message
 * the user can act on. `serializeBriefFile` writes what `parseBriefFile` accepts.
 */
import { z } from 'zod';
import { annotationSchema, articleRecordSchema, briefSchema, legacyAnnotationSchema, legacyBriefSchema, legacyTombstoneSchema, LIMITS, MAX_SOURCES, name, timestamp, tombstoneSchema } from './record-schemas';
import { legacyBriefId } from '../brief/legacy-briefs';
import { readStoredBrief } from '../brief/brief-record';
import { isWebLink } from '../model/web-address';
import { canonicalText } from '../model/canonical-text';
import { sha256Hex } from '../model/content-hash';
import type { Annotation, Article } from '../model/model';
import type { Brief } from '../brief/brief';
import type { AnnotationTombstone } from '../annotations/tombstone';

/** The `format` field of every brief file. */
export const BRIEF_FILE_FORMAT = 'briefing-desk/brief';

/** The newest version this build reads and the one it writes. */
export const BRIEF_FILE_VERSION = 2;

/** Longest file accepted, in UTF-16 code units (about 20 MB of text), checked before parsing. */
export const MAX_BRIEF_FILE_LENGTH = 20_000_000;

/** Deepest nesting of arrays and objects accepted; a valid file needs 13 (a marked run in a list item of the key judgments). */
export const MAX_BRIEF_FILE_DEPTH = 16;

/** Object keys refused anywhere in a file: they could reach a prototype when the value is copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const articleSchema = articleRecordSchema.extend({ text: z.string().max(LIMITS.articleText) });

/** The longest all of a file's article texts together may be. */
const MAX_TOTAL_TEXT = 10_000_000;

const briefFileV1Schema = z.object({
  format: z.literal(BRIEF_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: timestamp,
  exportedBy: name,
  article: articleSchema,
  brief: legacyBriefSchema.optional(),
  annotations: z.array(legacyAnnotationSchema).max(LIMITS.annotations),
  tombstones: z.array(legacyTombstoneSchema).max(LIMITS.annotations).optional(),
});

const briefFileV2Schema = z.object({
  format: z.literal(BRIEF_FILE_FORMAT),
  version: z.literal(2),
  exportedAt: timestamp,
  exportedBy: name,
  brief: briefSchema,
  articles: z.array(articleSchema).max(MAX_SOURCES),
  annotations: z.array(annotationSchema).max(LIMITS.annotations),
  tombstones: z.array(tombstoneSchema).max(LIMITS.annotations).optional(),
});

/** An article as a brief file carries it: with its canonical text (checked against `blocks` and `textHash`). */
export type FileArticle = Article & { readonly text: string };

/** A brief file's contents, validated, in version 2's shape whichever version was read. */
export interface BriefFile {
  readonly format: typeof BRIEF_FILE_FORMAT;
  /** The version the file was written in (1 is read as a one-source brief). */
  readonly version: 1 | typeof BRIEF_FILE_VERSION;
  /** When it was exported, ISO 8601. */
  readonly exportedAt: string;
  /** Who exported it. */
  readonly exportedBy: string;
  /** The brief; `sources` are the ids of `articles`, in the same order. */
  readonly brief: Brief;
  /** A version-1 file without a brief record: `brief` is a new one, which a merge leaves out. */
  readonly briefless?: boolean;
  /** The brief's sources, each with its text; ids and text hashes unique. */
  readonly articles: readonly FileArticle[];
  /** Every annotation belongs to `brief` and is on one of `articles`; ids are unique. */
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
  readonly brief: Brief;
  /** The brief's sources, in its order. */
  readonly articles: readonly Article[];
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
  if (version !== 1 && version !== BRIEF_FILE_VERSION) return `The brief file has an unknown version ${JSON.stringify(version ?? null)}.`;
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

  const file = await readVersion(raw);
  if ('message' in file) return refuse(file.message);
  const ids = new Set<string>();
  const hashes = new Set<string>();
  let total = 0;
  for (const article of file.articles) {
    if (ids.has(article.id) || hashes.has(article.textHash)) return refuse(`The brief file lists the article “${article.title.slice(0, 80)}” twice.`);
    ids.add(article.id);
    hashes.add(article.textHash);
    total += article.text.length;
    if (canonicalText(article.blocks) !== article.text) return refuse(`The brief file is damaged: the text of “${article.title.slice(0, 80)}” does not match its blocks.`);
    if ((await sha256Hex(article.text)) !== article.textHash) {
      return refuse(`The brief file is damaged or was edited: the text of “${article.title.slice(0, 80)}” does not match its hash (textHash).`);
    }
  }
  if (total > MAX_TOTAL_TEXT) return refuse(`The brief file's articles are too long together (${(total / 1e6).toFixed(1)} million characters; the limit is ${MAX_TOTAL_TEXT / 1e6} million).`);
  const { brief } = file;
  if (brief.sources.length !== file.articles.length || brief.sources.some((source, i) => file.articles[i]?.id !== source)) {
    return refuse('The brief file is damaged: its brief’s sources are not the articles it carries.');
  }
  const stranger = [...file.annotations, ...file.tombstones].find((a) => a.briefId !== brief.id || !ids.has(a.articleId));
  if (stranger) {
    const what = 'tag' in stranger ? `annotation ${stranger.id}` : `the deletion of ${stranger.id}`;
    return refuse(stranger.briefId !== brief.id ? `The brief file mixes briefs: ${what} belongs to brief ${stranger.briefId}, not ${brief.id}.` : `The brief file mixes articles: ${what} is on article ${stranger.articleId}, which the file does not carry.`);
  }
  const annotationIds = new Set<string>();
  for (const a of file.annotations) {
    if (annotationIds.has(a.id)) return refuse(`The brief file lists annotation ${a.id} twice.`);
    annotationIds.add(a.id);
  }
  // A source address is kept only as a web address: `javascript:` or `file:` would reach
  // links and exports.
  const warnings: string[] = [];
  const articles = file.articles.map((article) => {
    if (article.sourceUrl === undefined || isWebLink(article.sourceUrl)) return article;
    warnings.push(`The source address “${article.sourceUrl.slice(0, 80)}” of “${article.title.slice(0, 80)}” is not a web address (http or https), so it was left out.`);
    const kept = { ...article };
    delete (kept as { sourceUrl?: string }).sourceUrl;
    return kept;
  });
  return { ok: true, value: { ...file, articles }, warnings };
}

/** A schema-checked file of either version in version 2's shape, or why it was refused. */
async function readVersion(raw: unknown): Promise<BriefFile | { readonly message: string }> {
  if ((raw as { version?: unknown }).version === 1) {
    const parsed = briefFileV1Schema.safeParse(raw);
    if (!parsed.success) return { message: describeIssues(parsed.error) };
    const v1 = parsed.data;
    const { article } = v1;
    // Annotations of another article are refused with version 2's; only the brief's article is version 1's own.
    if (v1.brief && v1.brief.articleId !== article.id) return { message: `The brief file mixes articles: the brief belongs to article ${v1.brief.articleId}, not ${article.id}.` };
    const briefId = await legacyBriefId(article.textHash);
    return {
      format: BRIEF_FILE_FORMAT,
      version: 1,
      exportedAt: v1.exportedAt,
      exportedBy: v1.exportedBy,
      brief: readStoredBrief({ ...v1.brief, articleId: undefined }, { id: briefId, sources: [article.id] }, v1.brief?.author ?? v1.exportedBy),
      ...(v1.brief ? {} : { briefless: true }),
      articles: [article],
      annotations: v1.annotations.map((a) => ({ ...a, briefId })),
      // Version 1 named a deletion's article loosely; its one article is the one meant.
      tombstones: (v1.tombstones ?? []).map((t) => ({ ...t, briefId, articleId: article.id })),
    };
  }
  const parsed = briefFileV2Schema.safeParse(raw);
  if (!parsed.success) return { message: describeIssues(parsed.error) };
  return { ...parsed.data, tombstones: parsed.data.tombstones ?? [] };
}

/**
 * The version-2 `.brief` file for `contents`, as pretty-printed JSON with each article's
 * canonical text added; the brief's sources are written as the articles given. Each
 * article's `textHash` is written as given: it must be the hash of its text (as stored
 * articles' are), or `parseBriefFile` will refuse the file.
 */
export function serializeBriefFile(contents: BriefFileContents): string {
  const file = {
    format: BRIEF_FILE_FORMAT,
    version: BRIEF_FILE_VERSION,
    exportedAt: contents.exportedAt,
    exportedBy: contents.exportedBy,
    brief: { ...contents.brief, sources: contents.articles.map((article) => article.id) },
    articles: contents.articles.map((article) => ({ ...article, text: canonicalText(article.blocks) })),
    annotations: contents.annotations,
    ...(contents.tombstones && contents.tombstones.length > 0 ? { tombstones: contents.tombstones } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
