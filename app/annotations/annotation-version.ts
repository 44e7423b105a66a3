/**
 * One annotation id's state as one copy of the data holds it — a live annotation or its
 * tombstone — and the total order that decides which of two states a merge keeps. Because
 * the order is total and symmetric, merging copies in any order keeps the same states.
 */
import type { Annotation } from '../model/model';
import { stableJson } from '../model/stable-json';
import type { AnnotationTombstone } from './tombstone';

/** An id's state in one copy: the annotation, or the tombstone of its deletion. */
export type AnnotationVersion =
  | { readonly kind: 'annotation'; readonly annotation: Annotation }
  | { readonly kind: 'tombstone'; readonly tombstone: AnnotationTombstone };

/** Milliseconds since the epoch of an ISO 8601 time; a RangeError names what was unreadable. */
function timeOf(iso: string, what: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`${what} has an unreadable time: "${iso}"`);
  return time;
}

/**
 * When an annotation last changed: its `updatedAt`, or its verdict's time if later. A
 * reviewer's verdict is an edit even where review code leaves `updatedAt` alone, so a
 * verdict coming back in a file outranks the analyst's older copy.
 */
export function lastModified(annotation: Annotation): number {
  const updated = timeOf(annotation.updatedAt, `Annotation ${annotation.id}`);
  const judged = annotation.verdict ? timeOf(annotation.verdict.at, `The verdict on annotation ${annotation.id}`) : updated;
  return Math.max(updated, judged);
}

/** The annotation's content as text, without its origin: equal texts mean the same content. */
export function contentKey(annotation: Annotation): string {
  // The origin says how a copy arrived, not what it says; stableJson leaves out undefined.
  return stableJson({ ...annotation, origin: undefined });
}

/** Whether two annotations say the same thing (everything but their origin is equal). */
export function sameContent(a: Annotation, b: Annotation): boolean {
  return contentKey(a) === contentKey(b);
}

/** The id a version is about. */
export function versionId(version: AnnotationVersion): string {
  return version.kind === 'annotation' ? version.annotation.id : version.tombstone.id;
}

/** The brief a version belongs to. */
export function versionBriefId(version: AnnotationVersion): string {
  return version.kind === 'annotation' ? version.annotation.briefId : version.tombstone.briefId;
}

/** When a version came to be: the annotation's last change, or the deletion time. */
function versionTime(version: AnnotationVersion): number {
  return version.kind === 'annotation'
    ? lastModified(version.annotation)
    : timeOf(version.tombstone.deletedAt, `The tombstone of annotation ${version.tombstone.id}`);
}

/** A text ordering versions of equal time: any fixed, symmetric choice will do. */
function tieKey(version: AnnotationVersion): string {
  return version.kind === 'annotation' ? contentKey(version.annotation) : stableJson(version.tombstone);
}

/**
 * Which of two versions of one id a merge keeps: positive if `a` outranks `b`, negative if
 * `b` outranks `a`, 0 when they are the same (annotations equal but for origin, or equal
 * tombstones). The later version outranks the earlier; at equal times a tombstone outranks
 * an annotation (an annotation "not updated after the deletion" is deleted); other ties go
 * to the greater content text, which is arbitrary but the same on every machine.
 */
export function compareVersions(a: AnnotationVersion, b: AnnotationVersion): number {
  const byTime = versionTime(a) - versionTime(b);
  if (byTime !== 0) return Math.sign(byTime);
  if (a.kind !== b.kind) return a.kind === 'tombstone' ? 1 : -1;
  const keyA = tieKey(a);
  const keyB = tieKey(b);
  return keyA === keyB ? 0 : keyA > keyB ? 1 : -1;
}
