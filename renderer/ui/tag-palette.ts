/**
 * Publishes the tag colours and underline styles of `app/model/tags.ts` as CSS custom properties,
 * so the stylesheet never repeats them.
 */
import { TAG_STYLES } from '../../app/model/tags';

/** Sets `--<tag>-fill`, `--<tag>-ink` and `--<tag>-underline` on an element (the root). */
export function applyTagPalette(root: HTMLElement): void {
  for (const style of TAG_STYLES) {
    root.style.setProperty(`--${style.tag}-fill`, style.fill);
    root.style.setProperty(`--${style.tag}-ink`, style.ink);
    root.style.setProperty(`--${style.tag}-underline`, style.underline);
  }
}
