/**
 * `Compare revisions`: one revision of an article read against the one before it — the
 * paragraphs edited (their deleted and inserted words), added and removed, and where each
 * annotation went (moved, on changed words, waiting for review, orphaned). Any revision
 * after the first can be chosen; it is read against the revision it was imported as a
 * revision of, which is the one before it unless the analyst chose an older one.
 */
import { useId, useMemo, useState } from 'react';
import type { Article } from '../../../app/model/model';
import { tagStyle } from '../../../app/model/tags';
import type { ArticleHistory } from '../../../app/revisions/article-history';
import { alignBlocks, blockDiff, describeBlockChanges, type BlockDiff } from '../../../app/revisions/block-changes';
import type { AnnotationFate, AnnotationOutcome, RevisionRecord } from '../../../app/revisions/revision-record';
import { countWordChanges, wordChanges } from '../../../app/revisions/word-changes';
import { ModalDialog } from '../../ui/ModalDialog';
import { WordChangesText } from '../../ui/WordChangesText';

/** Props of {@link CompareRevisions}. */
export interface CompareRevisionsProps {
  readonly history: ArticleHistory;
  readonly records: ReadonlyMap<string, RevisionRecord>;
  /** The revision shown first (0-based, at least 1). */
  readonly initial: number;
  readonly onClose: () => void;
}

/** The fates listed, in this order, with their headings; kept annotations are only counted. */
const FATES: readonly { readonly fate: AnnotationFate; readonly heading: string }[] = [
  { fate: 'moved', heading: 'Moved to another paragraph' },
  { fate: 'text-changed', heading: 'Text changed' },
  { fate: 'review', heading: 'Need review' },
  { fate: 'orphaned', heading: 'Orphaned' },
];

/** Deleted and inserted words over a whole diff. */
function wordTotals(steps: readonly BlockDiff[]): { readonly deleted: number; readonly inserted: number } {
  let deleted = 0;
  let inserted = 0;
  for (const step of steps) {
    if (step.kind === 'same') continue;
    const counted = countWordChanges(step.kind === 'edited' ? wordChanges(step.before, step.after) : wordChanges(step.kind === 'removed' ? step.text : '', step.kind === 'added' ? step.text : ''));
    deleted += counted.deleted;
    inserted += counted.inserted;
  }
  return { deleted, inserted };
}

/** One annotation's fate: its tag and its words before and now. */
function OutcomeItem({ outcome }: { readonly outcome: AnnotationOutcome }) {
  const style = tagStyle(outcome.tag);
  return (
    <li>
      <span className={`count-chip tag-${outcome.tag}`}>
        <span className="tag-letter" aria-hidden="true">
          {style.letter}
        </span>
        {style.label}
      </span>{' '}
      {outcome.after !== undefined && outcome.after !== outcome.before ? <WordChangesText before={outcome.before} after={outcome.after} /> : <q>{outcome.before}</q>}
    </li>
  );
}

/** The dialog. */
export function CompareRevisions({ history, records, initial, onClose }: CompareRevisionsProps) {
  const titleId = useId();
  const [index, setIndex] = useState(initial);
  const after = history.revisions[index] as Article;
  const record = records.get(after.id);
  const before = history.revisions.find((a) => a.id === record?.previousId) ?? (history.revisions[index - 1] as Article);
  const steps = useMemo(() => blockDiff(before.blocks, after.blocks), [before, after]);
  const words = useMemo(() => wordTotals(steps), [steps]);
  const outcomes = record?.outcomes;

  return (
    <ModalDialog titleId={titleId} onCancel={onClose} className="compare-revisions">
      <h2 id={titleId}>Compare revisions</h2>
      <label className="field">
        Revision
        <select value={index} onChange={(e) => setIndex(Number(e.target.value))}>
          {history.revisions.slice(1).map((revision, i) => {
            const previous = history.revisions.findIndex((a) => a.id === records.get(revision.id)?.previousId);
            return (
              <option key={revision.id} value={i + 1}>
                Revision {i + 2} against revision {previous >= 0 ? previous + 1 : i + 1}
              </option>
            );
          })}
        </select>
      </label>
      <p className="compare-summary">
        {describeBlockChanges(record?.changes ?? alignBlocks(before.blocks, after.blocks).changes)}; {words.deleted} {words.deleted === 1 ? 'word' : 'words'} deleted,{' '}
        {words.inserted} inserted.
      </p>
      <section aria-labelledby={`${titleId}-annotations`}>
        <h3 id={`${titleId}-annotations`}>Annotations</h3>
        {outcomes ? (
          <>
            <p>
              {outcomes.filter((o) => o.fate === 'kept').length} kept where they were
              {outcomes.length === 0 ? ' (the earlier revision had none).' : '.'}
            </p>
            {FATES.map(({ fate, heading }) => {
              const list = outcomes.filter((o) => o.fate === fate);
              if (list.length === 0) return null;
              return (
                <div key={fate} className={`compare-fate fate-${fate}`}>
                  <h4>
                    {heading} ({list.length})
                  </h4>
                  <ul aria-label={heading}>
                    {list.map((outcome) => (
                      <OutcomeItem key={outcome.id} outcome={outcome} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </>
        ) : (
          <p>Where each annotation went was not recorded for this revision: it was imported before Briefing Desk kept revision histories.</p>
        )}
      </section>
      <section aria-labelledby={`${titleId}-text`}>
        <h3 id={`${titleId}-text`}>Text</h3>
        <div className="compare-text" tabIndex={0} role="region" aria-label="Changes in the text">
          {steps.map((step, i) =>
            step.kind === 'same' ? (
              <p key={i} className="compare-same">
                {step.count === 1 ? '1 paragraph unchanged' : `${step.count} paragraphs unchanged`}
              </p>
            ) : (
              <p key={i} className={`compare-${step.kind}`}>
                {step.kind === 'edited' ? (
                  <WordChangesText before={step.before} after={step.after} />
                ) : (
                  <WordChangesText before={step.kind === 'removed' ? step.text : ''} after={step.kind === 'added' ? step.text : ''} />
                )}
              </p>
            ),
          )}
        </div>
      </section>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
