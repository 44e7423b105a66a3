/**
 * The brief: the record of what an analyst writes about an article beside the annotations
 * (title, key judgments, marking, PDF settings). Stored in the `briefs` table and carried in
 * the brief file.
 */
import type { BriefSettings } from './brief-settings';
import type { KeyJudgmentsDoc } from './key-judgments';

/** The brief an analyst writes about one article. */
export interface Brief {
  readonly articleId: string;
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
