/**
 * The annotations panel: one card per annotation in text order, with its tag and quote.
 */
import type { Annotation } from '../../app/model';
import { tagStyle } from '../../app/tags';

/** Props of {@link AnnotationsPanel}. */
export interface AnnotationsPanelProps {
  /** The annotations, already in text order. */
  readonly annotations: readonly Annotation[];
}

/** The `Annotations` region. */
export function AnnotationsPanel({ annotations }: AnnotationsPanelProps) {
  return (
    <section className="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations</h2>
      {annotations.length === 0 ? (
        <p className="empty-hint">Select a passage and press G, R or P to tag it.</p>
      ) : (
        <ol className="annotation-list">
          {annotations.map((annotation) => {
            const style = tagStyle(annotation.tag);
            return (
              <li key={annotation.id} className={`annotation-card card-${annotation.tag}`} aria-label={`${style.label}: ${annotation.target.quote.exact}`}>
                <p className="card-tag">
                  <span className="tag-letter" aria-hidden="true">{style.letter}</span>
                  {style.label}
                </p>
                <blockquote className="card-quote">{annotation.target.quote.exact}</blockquote>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
