/**
 * The article: a read-only ProseMirror view with the annotation highlights, selectable by
 * mouse and keyboard. G, R and P tag the selection while the article has focus.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../app/article-doc';
import type { Article } from '../../app/model';
import { tagForKey, type Tag } from '../../app/tags';
import type { TextRange } from '../../app/text-selectors';
import { addHighlights, annotationDecorations, type Highlight } from '../editor/annotation-decorations';
import { readOnly } from '../editor/read-only';
import { selectedTextRange } from '../editor/selected-range';

/** What the rest of the UI may ask of the article view. */
export interface ArticleViewHandle {
  /** The selected canonical-text range, or undefined when nothing is selected. */
  selectedRange(): TextRange | undefined;
  /** Draws new highlights, leaving the existing ones as they are. */
  addHighlights(highlights: readonly Highlight[]): void;
  /** Collapses the selection to its end, once it has been used. */
  collapseSelection(): void;
}

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  readonly article: Article;
  /** The article's canonical text (see `canonicalText`). */
  readonly text: string;
  /** Highlights drawn when the view is created; later ones go through the handle. */
  readonly initialHighlights: readonly Highlight[];
  /** Called when a tag key is pressed in the article. */
  readonly onTagKey: (tag: Tag) => void;
  readonly handle: Ref<ArticleViewHandle>;
}

/** The article view. */
export function ArticleView({ article, text, initialHighlights, onTagKey, handle }: ArticleViewProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onTagKeyRef = useRef(onTagKey);
  onTagKeyRef.current = onTagKey;

  useEffect(() => {
    if (!mount.current) return;
    const editor = new EditorView(mount.current, {
      state: EditorState.create({
        doc: articleToDoc(article.blocks),
        plugins: [readOnly(), annotationDecorations(initialHighlights)],
      }),
      attributes: { 'aria-label': `Text of ${article.title}`, class: 'article-text' },
      handleKeyDown(_view, event) {
        const tag = !event.ctrlKey && !event.metaKey && !event.altKey ? tagForKey(event.key) : undefined;
        if (!tag) return false;
        onTagKeyRef.current(tag);
        return true;
      },
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The view is made once per article; later highlights arrive through the handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article]);

  useImperativeHandle(
    handle,
    () => ({
      selectedRange: () => (view.current ? selectedTextRange(view.current.state, text) : undefined),
      addHighlights(highlights) {
        const editor = view.current;
        if (editor) editor.dispatch(addHighlights(editor.state.tr, highlights));
      },
      collapseSelection() {
        const editor = view.current;
        if (editor) editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.selection.to)));
      },
    }),
    [text],
  );

  return (
    <article className="article" aria-label={article.title}>
      <div ref={mount} />
    </article>
  );
}
