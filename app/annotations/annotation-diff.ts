/**
 * Which of the fields an analyst or reviewer works on differ between two versions of one
 * annotation, as the merge summary names them.
 */
import type { Annotation } from '../model/model';
import { stableJson } from '../model/stable-json';

/** A field a version can differ in, by the name the merge summary shows. */
export type AnnotationField = 'tag' | 'passage' | 'note' | 'speaker' | 'confidence' | 'links' | 'verdict';

const FIELDS: readonly { readonly field: AnnotationField; readonly of: (a: Annotation) => unknown }[] = [
  { field: 'tag', of: (a) => a.tag },
  { field: 'passage', of: (a) => a.target.quote.exact },
  { field: 'note', of: (a) => a.note },
  { field: 'speaker', of: (a) => a.speaker ?? '' },
  { field: 'confidence', of: (a) => a.confidence ?? '' },
  { field: 'links', of: (a) => [...a.links].sort() },
  { field: 'verdict', of: (a) => (a.verdict ? [a.verdict.status, a.verdict.comment, a.verdict.reviewer] : null) },
];

/** The fields in which `a` and `b` differ, in the order above; empty when they say the same. */
export function differingFields(a: Annotation, b: Annotation): readonly AnnotationField[] {
  return FIELDS.filter(({ of }) => stableJson(of(a)) !== stableJson(of(b))).map(({ field }) => field);
}
