/**
 * A brief as the app stores it: a new brief's defaults, and reading a stored record back —
 * field by field, so a record an older version wrote (no settings, plain key judgments) or a
 * damaged one still opens, with defaults where a field is missing or invalid.
 */
import { readBriefSettings } from './brief-settings';
import { keyJudgmentsDocFromBlocks, readKeyJudgmentsDoc, type KeyJudgmentsDoc } from './key-judgments';
import { parseKeyJudgments } from './brief-compose';
import type { Brief } from './brief';

/** The marking a new brief starts with. */
export const DEFAULT_MARKING = 'UNCLASSIFIED';

/** Longest brief title and marking the editor stores (as the `.brief` file accepts). */
export const BRIEF_TEXT_LIMITS = { title: 2_000, marking: 200 } as const;

/** A new, empty brief for an article: no title (the PDF then names the article), default marking and settings. */
export function newBrief(articleId: string, author: string): Brief {
  return { articleId, title: '', keyJudgments: '', marking: DEFAULT_MARKING, author, settings: readBriefSettings(undefined) };
}

/** A string field of a stored record, cut to `max`, or undefined when it is not a string. */
function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/**
 * The brief of `articleId` from a stored value: invalid fields take the defaults of
 * `newBrief`; plain key judgments without a rich form become one, so the editor can open them.
 */
export function readStoredBrief(value: unknown, articleId: string, author: string): Brief {
  const fresh = newBrief(articleId, author);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fresh;
  const raw = value as Record<string, unknown>;
  const plain = text(raw['keyJudgments'], 200_000) ?? '';
  const doc: KeyJudgmentsDoc | undefined = readKeyJudgmentsDoc(raw['keyJudgmentsDoc']) ?? (plain.trim() ? keyJudgmentsDocFromBlocks(parseKeyJudgments(plain)) : undefined);
  return {
    articleId,
    title: text(raw['title'], BRIEF_TEXT_LIMITS.title) ?? fresh.title,
    keyJudgments: plain,
    ...(doc ? { keyJudgmentsDoc: doc } : {}),
    marking: text(raw['marking'], BRIEF_TEXT_LIMITS.marking) ?? fresh.marking,
    author: text(raw['author'], 500) || author,
    settings: readBriefSettings(raw['settings']),
  };
}
