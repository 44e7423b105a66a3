/**
 * A toolbar that tags the current selection: one button per tag, with its letter and key.
 * The fixed `Tag selection` toolbar and the floating `Quick tag` one are both this.
 */
import type { CSSProperties } from 'react';
import { TAG_STYLES, type Tag } from '../../app/model/tags';

/** Props of {@link TagToolbar}. */
export interface TagToolbarProps {
  /** The toolbar's accessible name. */
  readonly label: 'Tag selection' | 'Quick tag';
  readonly className: string;
  /** Placement, for the floating toolbar. */
  readonly style?: CSSProperties;
  readonly onTag: (tag: Tag) => void;
}

/** A tagging toolbar. */
export function TagToolbar({ label, className, style, onTag }: TagToolbarProps) {
  return (
    <div role="toolbar" aria-label={label} className={className} style={style}>
      {TAG_STYLES.map((tagStyle) => (
        <button
          key={tagStyle.tag}
          type="button"
          className={`tag-button tag-${tagStyle.tag}`}
          aria-keyshortcuts={tagStyle.key.toUpperCase()}
          title={`${tagStyle.label} (${tagStyle.key.toUpperCase()})`}
          // Keep the article's selection: a mouse press on a button must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(tagStyle.tag)}
        >
          <span className="tag-letter" aria-hidden="true">{tagStyle.letter}</span>
          {tagStyle.label}
        </button>
      ))}
    </div>
  );
}
