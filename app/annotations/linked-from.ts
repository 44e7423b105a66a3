/**
 * The reverse of the annotations' links: for each guarantee, the risks and precedents that
 * link to it. Rebuilt whenever a change touches a link (app/annotations/annotation-overview.ts), it keeps
 * each list that did not change as the same array, so a guarantee's card (memoised on its
 * props) re-renders only when its own links do.
 */
import type { Annotation } from '../model/model';

/**
 * Which annotations link to each annotation, in the order `annotations` come. A list equal
 * to the one `previous` holds for the same annotation (same annotations, same order) is
 * that previous array itself.
 */
export function linkedFromIndex(annotations: Iterable<Annotation>, previous?: ReadonlyMap<string, readonly Annotation[]>): Map<string, readonly Annotation[]> {
  const index = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    for (const target of annotation.links) {
      const list = index.get(target);
      if (list) list.push(annotation);
      else index.set(target, [annotation]);
    }
  }
  const result = new Map<string, readonly Annotation[]>();
  for (const [target, list] of index) {
    const kept = previous?.get(target);
    result.set(target, kept && kept.length === list.length && kept.every((a, i) => a === list[i]) ? kept : list);
  }
  return result;
}
