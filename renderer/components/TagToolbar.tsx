/**
 * The fixed toolbar that tags the current selection: one button per tag, showing its key.
 */
import { TAG_STYLES, type Tag } from '../../app/tags';

/** Props of {@link TagToolbar}. */
export interface TagToolbarProps {
  readonly onTag: (tag: Tag) => void;
}

/** The `Tag selection` toolbar. */
export function TagToolbar({ onTag }: TagToolbarProps) {
  return (
    <div role="toolbar" aria-label="Tag selection" className="tag-toolbar">
      {TAG_STYLES.map((style) => (
        <button
          key={style.tag}
          type="button"
          className={`tag-button tag-${style.tag}`}
          aria-keyshortcuts={style.key.toUpperCase()}
          // Keep the article's selection: a mouse press on a button must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(style.tag)}
        >
          <span className="tag-letter" aria-hidden="true">{style.letter}</span>
          {style.label}
        </button>
      ))}
    </div>
  );
}
