/**
 * The Briefing Desk window: the article with its highlights, the tag toolbar, the
 * annotations panel and the export commands.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { insertInTextOrder, placeAnnotations, type AnchoredAnnotation } from '../app/anchored-annotations';
import { textOffsetToDocPos } from '../app/article-doc';
import { composeBrief } from '../app/brief-compose';
import { renderBriefHtml } from '../app/brief-html';
import { canonicalText } from '../app/canonical-text';
import type { AppCommand, BriefingDeskBridge } from '../app/ipc-contract';
import type { Annotation, Article } from '../app/model';
import type { Tag } from '../app/tags';
import { describeRange } from '../app/text-selectors';
import { ArticleView, type ArticleViewHandle } from './components/ArticleView';
import { AnnotationsPanel } from './components/AnnotationsPanel';
import { TagToolbar } from './components/TagToolbar';
import { addAnnotation, annotationsOf } from './db/annotation-store';
import { openLibrary } from './db/article-store';
import type { BriefingDeskDatabase } from './db/database';
import { sampleArticle } from './sample-article';

/** Props of {@link App}. */
export interface AppProps {
  readonly db: BriefingDeskDatabase;
  readonly bridge: BriefingDeskBridge;
}

/** An article opened for reading, with its annotations placed on its text. */
interface OpenArticle {
  readonly article: Article;
  readonly text: string;
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphaned: readonly Annotation[];
}

/** The analyst's name until settings ask for it. */
const DEFAULT_ANALYST = 'Analyst';

/** A message for the alert region from anything thrown. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A file name for an article's PDF: its title's words, safe on every file system. */
function pdfFileName(title: string): string {
  const stem = title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80).replace(/ /g, '-');
  return `${stem || 'brief'}.pdf`;
}

/** The application window. */
export function App({ db, bridge }: AppProps) {
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const articleView = useRef<ArticleViewHandle>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [first] = await openLibrary(db, sampleArticle);
      if (!first) throw new Error('The library is empty and the sample article could not be added.');
      const text = canonicalText(first.blocks);
      const placed = placeAnnotations(text, await annotationsOf(db, first.id));
      if (!cancelled) setOpen({ article: first, text, ...placed });
    })().catch((e: unknown) => setError(`Could not open the library: ${messageOf(e)}`));
    return () => {
      cancelled = true;
    };
  }, [db]);

  const tagSelection = useCallback(
    async (tag: Tag) => {
      if (!open) return;
      const range = articleView.current?.selectedRange();
      if (!range) {
        setStatus('Select a passage of the article first.');
        return;
      }
      const now = new Date().toISOString();
      const annotation: Annotation = {
        id: crypto.randomUUID(),
        articleId: open.article.id,
        tag,
        target: describeRange(open.text, range),
        note: '',
        links: [],
        author: DEFAULT_ANALYST,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await addAnnotation(db, annotation);
      } catch (e) {
        setError(`The annotation was not saved: ${messageOf(e)}`);
        return;
      }
      setError(null);
      articleView.current?.addHighlights([{ id: annotation.id, tag, from: textOffsetToDocPos(range.start), to: textOffsetToDocPos(range.end) }]);
      articleView.current?.collapseSelection();
      setOpen((current) => current && { ...current, anchored: insertInTextOrder(current.anchored, { annotation, range }) });
    },
    [db, open],
  );

  const exportPdf = useCallback(async () => {
    if (!open) return;
    setStatus('Preparing the briefing PDF…');
    try {
      const model = composeBrief({
        article: open.article,
        annotations: open.anchored.map((a) => a.annotation),
        exportedAt: new Date().toISOString(),
        analyst: DEFAULT_ANALYST,
      });
      const result = await bridge.exportPdf({
        html: renderBriefHtml(model),
        suggestedName: pdfFileName(open.article.title),
        title: open.article.title,
      });
      setError(null);
      setStatus(result.status === 'saved' ? `Saved ${result.fileName}.` : result.status === 'opened' ? 'The brief opened in a print view.' : 'Export cancelled.');
    } catch (e) {
      setStatus('');
      setError(`The PDF was not exported: ${messageOf(e)}`);
    }
  }, [bridge, open]);

  useEffect(
    () =>
      bridge.onDidRequestCommand((command: AppCommand) => {
        if (command === 'export-pdf') void exportPdf();
      }),
    [bridge, exportPdf],
  );

  const initialHighlights = useMemo(
    () =>
      (open?.anchored ?? []).map(({ annotation, range }) => ({
        id: annotation.id,
        tag: annotation.tag,
        from: textOffsetToDocPos(range.start),
        to: textOffsetToDocPos(range.end),
      })),
    // Only the first placement draws all highlights; later ones are added one by one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open?.article],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Briefing Desk</h1>
        <TagToolbar onTag={(tag) => void tagSelection(tag)} />
        <div className="app-actions">
          <button type="button" onClick={() => void exportPdf()} disabled={!open}>
            Export PDF
          </button>
        </div>
      </header>
      <div role="alert" className="error-message">
        {error}
      </div>
      <p role="status" className="status-message">
        {status}
      </p>
      <main className="workspace">
        {open ? (
          <ArticleView
            article={open.article}
            text={open.text}
            initialHighlights={initialHighlights}
            onTagKey={(tag) => void tagSelection(tag)}
            handle={articleView}
          />
        ) : (
          <p className="loading">Opening the library…</p>
        )}
        <AnnotationsPanel annotations={open?.anchored.map((a) => a.annotation) ?? []} />
      </main>
    </div>
  );
}
