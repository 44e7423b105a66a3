/**
 * Two wordings shown as one text with the deleted words struck through and the inserted ones
 * underlined, long unchanged stretches cut to the words around a change; screen readers hear
 * "deleted" and "inserted" before them, since the marks alone are not announced.
 */
import { useMemo } from 'react';
import { aroundChanges, wordChanges, type WordChange } from '../../app/revisions/word-changes';

/** Props of {@link WordChangesText}. */
export interface WordChangesTextProps {
  readonly before: string;
  readonly after: string;
}

/** One run of a word diff. */
function WordChangeRun({ change }: { readonly change: WordChange }) {
  if (change.kind === 'same') return <>{change.text}</>;
  const Mark = change.kind === 'deleted' ? 'del' : 'ins';
  return (
    <Mark>
      <span className="visually-hidden">{change.kind} </span>
      {change.text}
    </Mark>
  );
}

/** Unchanged words kept on each side of a change. */
const AROUND = 5;

/** `before` turned into `after`, word by word. */
export function WordChangesText({ before, after }: WordChangesTextProps) {
  const changes = useMemo(() => aroundChanges(wordChanges(before, after), AROUND), [before, after]);
  return (
    <span className="word-changes">
      {changes.map((change, i) => (
        <WordChangeRun key={i} change={change} />
      ))}
    </span>
  );
}
