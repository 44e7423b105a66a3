/** How review verdicts are named to people, the same in review mode, exports and the PDF. */
import type { ReviewVerdict } from '../model/model';

/** The label of each verdict status, as on the review buttons. */
export const VERDICT_LABELS: Readonly<Record<ReviewVerdict['status'], string>> = {
  agreed: 'Agreed',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
};
