/**
 * One annotation's card: its tag, quote, note, speaker, confidence, links, author and times,
 * every field saved as the analyst edits it.
 */
import { memo, useId, useState } from 'react';
import { shortLabel } from '../../../app/annotations/annotation-label';
import type { AnnotationEdit } from '../../../app/annotations/annotation-changes';
import { describeOrigin } from '../../../app/annotations/annotation-origin';
import type { Annotation, Confidence } from '../../../app/model/model';
import { VERDICT_LABELS } from '../../../app/review/verdict-labels';
import { TAG_STYLES, tagStyle, type Tag } from '../../../app/model/tags';
import { useDraft } from '../../ui/use-draft';
import { WordChangesText } from '../../ui/WordChangesText';
import { EARLIER_WORDING, verdictOnEarlierWording } from '../../../app/revisions/text-change';
import { formatTime } from '../../ui/format-time';

/** What a card can ask for. */
export interface CardActions {
  /** Makes `id` active: `focus` when the keyboard moved into its card, which leaves it folded. */
  readonly activate: (id: string, source?: 'card' | 'focus') => void;
  /** Unfolds the card of `id`, or folds it when it is the unfolded one. */
  readonly toggleExpanded: (id: string) => void;
  readonly edit: (id: string, edit: AnnotationEdit, coalesceKey?: string) => void;
  readonly remove: (id: string) => void;
  readonly link: (from: string, to: string, linked: boolean) => void;
  /** Attaches an orphaned annotation to the passage selected in the article. */
  readonly reattach: (id: string) => void;
  /** Confirms the words a revision changed under the annotation. */
  readonly confirmWording: (id: string) => void;
}

/** Props of {@link AnnotationCard}. */
export interface AnnotationCardProps {
  readonly annotation: Annotation;
  readonly active: boolean;
  /**
   * Shows every field. Folded, a card is three Tab stops (`Details`, its note, `Delete
   * annotation`) and shows its speaker, confidence and links as text.
   */
  readonly expanded: boolean;
  readonly orphaned?: boolean;
  /** Guarantees this card may link to (for risks and precedents). */
  readonly guarantees: readonly Annotation[];
  /** Risks and precedents linking to this card (for guarantees). */
  readonly linkedFrom: readonly Annotation[];
  /** Names suggested for the speaker. */
  readonly speakers: readonly string[];
  readonly actions: CardActions;
  /**
   * Draws the form fields as still boxes of the same size while the list scrolls fast:
   * mounting a card's selects, text area and input is what made scrolled-in cards cost
   * more than a frame (measured in bench/).
   */
  readonly preview?: boolean;
  /** An earlier revision's card: every field shown, none editable, no actions but `Details`. */
  readonly readOnly?: boolean;
  /**
   * The source an annotation is from (`S2`), in a brief of several sources; undefined with one.
   * Shown on the card and before each linked item, so a link across sources says where it goes.
   */
  readonly sourceOf?: (annotation: Annotation) => string | undefined;
  /** Where the passage is, for a source read from a PDF (`p. 4 ¶ 2`); absent for others. */
  readonly citation?: string;
}

/** A form field's value as a still box of the field's size, for a card in preview. */
function FieldPreview({ value, kind = 'line' }: { readonly value: string; readonly kind?: 'line' | 'multiline' | 'select' }) {
  return <span className={kind === 'line' ? 'field-preview' : `field-preview ${kind}`}>{value}</span>;
}

const CONFIDENCES: readonly Confidence[] = ['low', 'moderate', 'high'];

/** A folded card's speaker, confidence and links, as text. */
function CardSummary(props: { readonly id: string; readonly annotation: Annotation; readonly linked: readonly Annotation[]; readonly label: (a: Annotation) => string }) {
  const { id, annotation, linked, label } = props;
  const parts = [
    annotation.speaker && `Speaker: ${annotation.speaker}`,
    annotation.confidence && `Confidence: ${annotation.confidence}`,
    linked.length > 0 && `Linked to ${linked.map(label).join('; ')}`,
  ].filter((part): part is string => !!part);
  if (parts.length === 0) return null;
  return (
    <p id={id} className="card-summary">
      {parts.join(' · ')}
    </p>
  );
}


/** An annotation card; re-renders only when its own props change. */
export const AnnotationCard = memo(function AnnotationCard(props: AnnotationCardProps) {
  const { annotation, active, expanded, orphaned, guarantees, linkedFrom, speakers, actions, preview = false, readOnly = false, sourceOf, citation } = props;
  /** A linked item's label, after its source's in a brief of several. */
  const itemLabel = (a: Annotation): string => {
    const source = sourceOf?.(a);
    return source ? `${source} · ${shortLabel(a)}` : shortLabel(a);
  };
  const ownSource = sourceOf?.(annotation);
  const id = annotation.id;
  const style = tagStyle(annotation.tag);
  const fieldId = useId();
  const detailsId = `${fieldId}-details`;
  const [note, setNote, flushNote] = useDraft(annotation.note, (value) => actions.edit(id, { note: value }, `note:${id}`));
  const [speaker, setSpeaker, flushSpeaker] = useDraft(annotation.speaker ?? '', (value) => actions.edit(id, { speaker: value.trim() }, `speaker:${id}`));
  const linked = annotation.links.map((l) => guarantees.find((g) => g.id === l)).filter((g): g is Annotation => !!g);
  // The guarantees are listed once the picker is focused or pressed: thousands of options in
  // every card made each scrolled-in card cost tens of milliseconds (measured in bench/). Until
  // then only their number is needed, which spares every card filtering them all.
  const [linkOptionsShown, setLinkOptionsShown] = useState(false);
  const anyLinkable = guarantees.length > linked.length;
  const linkable = linkOptionsShown ? guarantees.filter((g) => !annotation.links.includes(g.id)) : [];
  const showLinkOptions = () => setLinkOptionsShown(true);

  return (
    <div
      className={`annotation-card card-${annotation.tag}${active ? ' active' : ''}${orphaned ? ' orphaned' : ''}`}
      aria-current={active ? 'true' : undefined}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('input, textarea, select, button')) actions.activate(id);
      }}
    >
      <div className="card-header">
        <span className="card-tag">
          <span className="card-tag-name">
            <span className="tag-letter" aria-hidden="true">{style.letter}</span>
            {style.label}
          </span>
          {ownSource && <span className="card-source"> · {ownSource}</span>}
          {citation && (
            <>
              {' '}
              <span className="card-citation">· {citation}</span>
            </>
          )}
        </span>
        <span className="card-header-controls">
          {expanded && !preview && (
            <select aria-label="Tag" value={annotation.tag} disabled={readOnly} onChange={(e) => actions.edit(id, { tag: e.target.value as Tag })}>
              {TAG_STYLES.map((s) => (
                <option key={s.tag} value={s.tag}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
          {expanded && preview && <FieldPreview value={style.label} kind="select" />}
          <button type="button" className="card-button details-button" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} onClick={() => actions.toggleExpanded(id)}>
            Details
          </button>
        </span>
      </div>
      <blockquote className="card-quote">{annotation.target.quote.exact}</blockquote>
      {annotation.textChange && (
        <p className="card-text-change">
          <strong>Text changed</strong> in a revision: <WordChangesText before={annotation.textChange.before} after={annotation.target.quote.exact} />
        </p>
      )}
      <label className="card-field">
        <span>Note</span>
        {preview ? (
          <FieldPreview value={note} kind="multiline" />
        ) : (
          <textarea aria-label="Note" rows={2} value={note} readOnly={readOnly} onChange={(e) => setNote(e.target.value)} onBlur={flushNote} />
        )}
      </label>
      {expanded ? (
        <div id={detailsId} className="card-details">
        <div className="card-row">
          <label className="card-field">
            <span>Speaker</span>
            {preview ? (
              <FieldPreview value={speaker} />
            ) : (
              <>
                <input aria-label="Speaker" readOnly={readOnly} list={`${fieldId}-speakers`} value={speaker} onChange={(e) => setSpeaker(e.target.value)} onBlur={flushSpeaker} />
                <datalist id={`${fieldId}-speakers`}>
                  {speakers.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </label>
          <label className="card-field">
            <span>Confidence</span>
            {preview ? (
              <FieldPreview value={annotation.confidence ?? 'Not set'} kind="select" />
            ) : (
            <select
              aria-label="Confidence"
              disabled={readOnly}
              value={annotation.confidence ?? ''}
              onChange={(e) => actions.edit(id, { confidence: (e.target.value || undefined) as Confidence | undefined })}
            >
              <option value="">Not set</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            )}
          </label>
        </div>
        {annotation.tag !== 'guarantee' && (
          <div className="card-links">
            {linked.length > 0 && (
              <ul aria-label="Linked guarantees">
                {linked.map((g) => (
                  <li key={g.id} title={g.target.quote.exact}>
                    {itemLabel(g)}{' '}
                    {!readOnly && <button type="button" className="link-button" aria-label={`Unlink ${itemLabel(g)}`} onClick={() => actions.link(id, g.id, false)}>
                      Unlink
                    </button>}
                  </li>
                ))}
              </ul>
            )}
            {anyLinkable && !readOnly && preview && <FieldPreview value="Link to guarantee…" kind="select" />}
            {anyLinkable && !readOnly && !preview && (
              <select
                aria-label="Link to guarantee"
                value=""
                onFocus={showLinkOptions}
                onPointerDown={showLinkOptions}
                onChange={(e) => e.target.value && actions.link(id, e.target.value, true)}
              >
                <option value="">Link to guarantee…</option>
                {linkable.map((g) => (
                  // The whole quote as the option's tooltip: the label is cut to a line.
                  <option key={g.id} value={g.id} title={g.target.quote.exact}>
                    {itemLabel(g)}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        </div>
      ) : (
        <CardSummary id={detailsId} annotation={annotation} linked={linked} label={itemLabel} />
      )}
      {annotation.tag === 'guarantee' && linkedFrom.length > 0 && (
        <ul className="card-links" aria-label="Linked risks and precedents">
          {linkedFrom.map((a) => (
            <li key={a.id} title={a.target.quote.exact}>
              {itemLabel(a)}
            </li>
          ))}
        </ul>
      )}
      {annotation.verdict && (
        <p className={`card-verdict verdict-${annotation.verdict.status}`}>
          Review: <strong>{VERDICT_LABELS[annotation.verdict.status]}</strong>
          {annotation.verdict.comment && ` — ${annotation.verdict.comment}`} ({annotation.verdict.reviewer}, {formatTime(annotation.verdict.at)})
          {verdictOnEarlierWording(annotation) && <span className="earlier-wording"> · {EARLIER_WORDING}</span>}
        </p>
      )}
      {annotation.origin && <p className="card-origin">{describeOrigin(annotation.origin)}</p>}
      <div className="card-footer">
        <span className="card-meta">
          {annotation.author} · {formatTime(annotation.createdAt)}
          {annotation.updatedAt !== annotation.createdAt && ` · edited ${formatTime(annotation.updatedAt)}`}
        </span>
        {!readOnly && <span className="card-footer-buttons">
          {annotation.textChange && (
            <button type="button" className="card-button" title="The note and any verdict stand for the words as they read now" onClick={() => actions.confirmWording(id)}>
              Confirm wording
            </button>
          )}
          {orphaned && (
            <button type="button" className="card-button" title="Select the new passage in the article first" onClick={() => actions.reattach(id)}>
              Re-attach
            </button>
          )}
          <button type="button" className="card-button" onClick={() => actions.remove(id)}>
            Delete annotation
          </button>
        </span>}
      </div>
    </div>
  );
});
