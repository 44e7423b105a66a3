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

/** Which brief a stored record is read as: its id and, when the record has none, its sources. */
export interface BriefIdentity {
  readonly id: string;
  readonly sources: readonly string[];
}

/** A new, empty brief on `sources`: no title (the PDF then names its first source), default marking and settings. */
export function newBrief({ id, sources }: BriefIdentity, author: string): Brief {
  return { id, sources: [...sources], title: '', keyJudgments: '', marking: DEFAULT_MARKING, author, settings: readBriefSettings(undefined) };
}

/** The source ids of a stored record: its strings, each once, in order; undefined when it holds none. */
function sourceIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

/** A string field of a stored record, cut to `max`, or undefined when it is not a string. */
function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/**
 * The brief `identity.id` from a stored value: invalid fields take the defaults of `newBrief`
 * (sources those of `identity`); plain key judgments without a rich form become one, so the
 * editor can open them.
 */
export function readStoredBrief(value: unknown, identity: BriefIdentity, author: string): Brief {
  const fresh = newBrief(identity, author);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fresh;
  const raw = value as Record<string, unknown>;
  const plain = text(raw['keyJudgments'], 200_000) ?? '';
  const doc: KeyJudgmentsDoc | undefined = readKeyJudgmentsDoc(raw['keyJudgmentsDoc']) ?? (plain.trim() ? keyJudgmentsDocFromBlocks(parseKeyJudgments(plain)) : undefined);
  return {
    id: identity.id,
    sources: sourceIds(raw['sources']) ?? fresh.sources,
    title: text(raw['title'], BRIEF_TEXT_LIMITS.title) ?? fresh.title,
    keyJudgments: plain,
    ...(doc ? { keyJudgmentsDoc: doc } : {}),
    marking: text(raw['marking'], BRIEF_TEXT_LIMITS.marking) ?? fresh.marking,
    author: text(raw['author'], 500) || author,
    settings: readBriefSettings(raw['settings']),
  };
}
