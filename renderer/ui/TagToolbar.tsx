/**
 * A toolbar that tags the current selection: one button per tag, with its letter and key,
 * each giving the tag's command. The fixed `Tag selection` toolbar and the floating
 * `Quick tag` one are both this.
 */
import type { CSSProperties } from 'react';
import { tagCommandId } from '../../app/platform/app-commands';
import { TAG_STYLES } from '../../app/model/tags';
import { ariaKeysOf } from '../commands/command-keys';
import { useServices } from '../services/services';

/** Props of {@link TagToolbar}. */
export interface TagToolbarProps {
  /** The toolbar's accessible name. */
  readonly label: 'Tag selection' | 'Quick tag';
  readonly className: string;
  /** Placement, for the floating toolbar. */
  readonly style?: CSSProperties;
}

/** A tagging toolbar. */
export function TagToolbar({ label, className, style }: TagToolbarProps) {
  const { commands } = useServices();
  return (
    <div role="toolbar" aria-label={label} className={className} style={style}>
      {TAG_STYLES.map((tagStyle) => (
        <button
          key={tagStyle.tag}
          type="button"
          className={`tag-button tag-${tagStyle.tag}`}
          aria-keyshortcuts={ariaKeysOf(tagCommandId(tagStyle.tag))}
          title={`${tagStyle.label} (${tagStyle.key.toUpperCase()})`}
          // Keep the article's selection: a mouse press on a button must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => commands.execute(tagCommandId(tagStyle.tag))}
        >
          <span className="tag-letter" aria-hidden="true">{tagStyle.letter}</span>
          {tagStyle.label}
        </button>
      ))}
    </div>
  );
}
