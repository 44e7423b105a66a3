/**
 * The schemas of the records Briefing Desk stores and exchanges — articles, annotations,
 * briefs, tombstones — with the limits every one from outside is held to. The brief file and
 * a backup's restore both check what they take against these, so neither can bring in a row
 * the app could not have written (an unknown tag or block type, a time that is no time).
 */
import { z } from 'zod';
import { briefSettingsSchema } from '../brief/brief-settings';
import { keyJudgmentsDocSchema } from '../brief/key-judgments';

/** The longest or most of each thing a record may hold. */
export const LIMITS = {
  id: 200,
  name: 500,
  title: 2_000,
  timestamp: 64,
  url: 4_000,
  blockText: 100_000,
  marker: 16,
  pages: 100_000,
  blocks: 20_000,
  articleText: 10_000_000,
  annotations: 20_000,
  note: 20_000,
  context: 1_000,
  links: 500,
  keyJudgments: 200_000,
  marking: 200,
} as const;

/** An id: a UUID as the app makes them, or any short text another copy used. */
export const id = z.string().min(1).max(LIMITS.id);
/** A person's name. */
export const name = z.string().max(LIMITS.name);
// ISO 8601 date-times with a zone (`2026-01-05T09:30:00Z`, `…+01:00`): a merge orders versions
// by them, so a word like "yesterday" or a six-digit year is refused, naming the field.
/** An ISO 8601 date-time with a zone. */
export const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time, like 2026-01-05T09:30:00Z' });
const offset = z.number().int().nonnegative();

/** A stored article (without the text a brief file adds). */
export const articleRecordSchema = z.object({
  id,
  title: z.string().min(1).max(LIMITS.title),
  byline: z.string().max(LIMITS.title).optional(),
  publisher: z.string().max(LIMITS.title).optional(),
  published: z.string().max(LIMITS.timestamp).optional(),
  sourceUrl: z.string().max(LIMITS.url).optional(),
  blocks: z
    .array(
      z.object({
        type: z.enum(['heading', 'paragraph', 'quote', 'caption', 'list-item', 'note']),
        text: z.string().min(1).max(LIMITS.blockText),
        // A list item's bullet or number, a note's label: a few visible characters on one line.
        marker: z
          .string()
          .min(1)
          .max(LIMITS.marker)
          .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u, 'must be a few visible characters')
          .optional(),
        // The page a PDF source's block starts on.
        page: z.number().int().min(1).max(LIMITS.pages).optional(),
      }),
    )
    .min(1)
    .max(LIMITS.blocks),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase SHA-256 hex digest'),
  importedAt: timestamp,
});

/** A stored annotation. */
export const annotationSchema = z.object({
  id,
  briefId: id,
  articleId: id,
  tag: z.enum(['guarantee', 'risk', 'precedent']),
  target: z.object({
    position: z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).refine((p) => p.start <= p.end, 'start must not be after end'),
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(LIMITS.blockText),
      prefix: z.string().max(LIMITS.context),
      suffix: z.string().max(LIMITS.context),
    }),
  }),
  note: z.string().max(LIMITS.note),
  speaker: name.optional(),
  confidence: z.enum(['low', 'moderate', 'high']).optional(),
  links: z.array(id).max(LIMITS.links),
  author: name,
  createdAt: timestamp,
  updatedAt: timestamp,
  verdict: z
    .object({ status: z.enum(['agreed', 'disputed', 'needs-source']), comment: z.string().max(LIMITS.note), reviewer: name, at: timestamp })
    .optional(),
  origin: z.object({ author: name, exportedAt: timestamp }).optional(),
  textChange: z.object({ before: z.string().min(1).max(LIMITS.blockText) }).optional(),
});

/** The most sources a brief may have. */
export const MAX_SOURCES = 500;

/** The fields a brief has had since before it had sources. */
const briefFields = {
  title: z.string().max(LIMITS.title),
  keyJudgments: z.string().max(LIMITS.keyJudgments),
  keyJudgmentsDoc: keyJudgmentsDocSchema.optional(),
  marking: z.string().max(LIMITS.marking),
  author: name,
  settings: briefSettingsSchema.optional(),
};

/** A stored brief: its id, its sources (article ids, each once) and what the analyst wrote. */
export const briefSchema = z.object({
  id,
  sources: z
    .array(id)
    .max(MAX_SOURCES)
    .refine((ids) => new Set(ids).size === ids.length, 'must name each source once'),
  ...briefFields,
});

/** A brief as stored and exchanged before briefs had sources: one per article. */
export const legacyBriefSchema = z.object({ articleId: id, ...briefFields });

/** A deleted annotation's tombstone. */
export const tombstoneSchema = z.object({ id, briefId: id, articleId: id, deletedAt: timestamp, deletedBy: name });

/** An annotation as stored and exchanged before briefs had sources (no brief of its own). */
export const legacyAnnotationSchema = annotationSchema.extend({ briefId: id.optional() });

/** A tombstone as stored and exchanged before briefs had sources. */
export const legacyTombstoneSchema = tombstoneSchema.extend({ briefId: id.optional() });

/** A setting: a key and any JSON value. */
export const settingSchema = z.object({ key: z.string().min(1).max(LIMITS.id), value: z.unknown() });

/** An annotation of a new revision waiting in its `Needs review` queue. */
export const revisionItemSchema = z.object({
  id,
  articleId: id,
  annotation: annotationSchema,
  oldQuote: z.string().max(LIMITS.blockText),
  newText: z.string().max(LIMITS.blockText),
  candidate: annotationSchema.shape.target,
  score: z.number().min(0).max(1),
});

/** A queue entry as stored before briefs had sources. */
export const legacyRevisionItemSchema = revisionItemSchema.extend({ annotation: legacyAnnotationSchema });

const count = z.number().int().nonnegative();

/** How one revision of an article came from the one before. */
export const revisionRecordSchema = z.object({
  articleId: id,
  previousId: id,
  changes: z.object({ added: count, removed: count, edited: count }),
  outcomes: z
    .array(
      z.object({
        id,
        tag: z.enum(['guarantee', 'risk', 'precedent']),
        fate: z.enum(['kept', 'moved', 'text-changed', 'review', 'orphaned']),
        before: z.string().max(LIMITS.blockText),
        after: z.string().max(LIMITS.blockText).optional(),
      }),
    )
    .max(LIMITS.annotations)
    .optional(),
});
