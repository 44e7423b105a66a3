/**
 * The brief: the unit of an analyst's work — the sources it draws on (articles, in order) and
 * what the analyst writes beside the annotations (title, key judgments, marking, PDF
 * settings). Its annotations belong to it, not to the articles, so two briefs on one article
 * stay apart. Stored in the `dossiers` table and carried in the brief file.
 */
import type { BriefSettings } from './brief-settings';
import type { KeyJudgmentsDoc } from './key-judgments';
import type { Article } from '../model/model';

/** A brief: its sources and what the analyst writes about them. */
export interface Brief {
  /** A UUID (for a brief made before briefs had sources, one derived from its article: `legacyBriefId`). */
  readonly id: string;
  /**
   * The ids of the articles the brief draws on, in the order the analyst gave them: S1, S2, …
   * in the briefing PDF. Empty for a new brief; each id once.
   */
  readonly sources: readonly string[];
  readonly title: string;
  /**
   * Key judgments as plain text: paragraphs parted by blank lines, list items as `- ` lines.
   * Kept beside the rich form (derived from it) for readers that know only this field.
   */
  readonly keyJudgments: string;
  /** Key judgments as the rich editor's ProseMirror JSON; printed instead of the plain text when present. */
  readonly keyJudgmentsDoc?: KeyJudgmentsDoc;
  /** Printed on every page, e.g. `UNCLASSIFIED`. */
  readonly marking: string;
  readonly author: string;
  /** What the PDF includes and how; defaults (`DEFAULT_BRIEF_SETTINGS`) when absent. */
  readonly settings?: BriefSettings;
}

/** One of a brief's sources as it is read: the article and its canonical text (what anchors count in). */
export interface SourceText {
  readonly article: Article;
  readonly text: string;
}
