/**
 * The embedded default article, imported on a first start through the same importer as
 * any other scraped text.
 */
import sampleText from '../../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt?raw';
import type { ArticleDraft } from '../../app/model/model';
import { importPlainText } from '../../app/import/plain-text-import';

/** The sample article as a draft ready to store. */
export function sampleArticle(): ArticleDraft {
  return importPlainText(sampleText, { publisher: 'DW' });
}
