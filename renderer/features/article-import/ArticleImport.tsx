/**
 * Every way an article comes in: the `Import article` command (button, Ctrl+O, File › Import
 * article…), which offers a file (a hidden file input, which works in a browser and in the
 * sandboxed Electron renderer alike) or pasted text; a paste anywhere outside a text field;
 * and an article file from the file intake (dropped, opened by the OS, or chosen). Each leads
 * to the preview; a refusal goes to the alert region and changes nothing. A PDF is read behind
 * a progress dialog that can cancel it, and asks for its password when it has one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { canonicalText } from '../../../app/model/canonical-text';
import type { Article, ArticleDraft } from '../../../app/model/model';
import { annotationsOf } from '../../storage/annotation-store';
import { articleWithText, storeImport, suggestedRevisionOf, type RevisionOutcomes } from '../../storage/import-store';
import { IMPORT_ACCEPT, importKind, PdfPasswordNeeded, type ImportCandidate } from './import-candidate';
import { reanchorInWorker } from './reanchor-client';
import { readImportFile, readPaste } from './read-import';
import { ImportSourceDialog } from './ImportSourceDialog';
import { ImportDialog, type ImportProgress } from './ImportDialog';
import { PdfPasswordDialog } from './PdfPasswordDialog';
import { PdfReadingDialog } from './PdfReadingDialog';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { inTextField } from '../../ui/text-field';
import { CommandButton } from '../../commands/CommandButton';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link ArticleImport}. */
export interface ArticleImportProps {
  /** Opens a stored article in the workspace. */
  readonly onOpen: (article: Article) => Promise<void>;
}

/** The preview being shown, with what it offers. */
interface Preview {
  readonly candidate: ImportCandidate;
  readonly articles: readonly Article[];
  readonly suggested: string | undefined;
}

/** A plural-aware count: `1 annotation`, `2 annotations`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The `Import article` button and everything behind it. */
export function ArticleImport({ onOpen }: ArticleImportProps) {
  const { db, intake, importRoute, notifications } = useServices();
  const { error: onError, status: onStatus } = notifications;
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [progress, setProgress] = useState<ImportProgress | 'storing' | null>(null);

  /** Shows the preview of what was read, or the refusal (unless `handled` deals with the error). */
  const offer = useCallback(
    async (read: () => Promise<ImportCandidate>, handled: (e: unknown) => boolean = () => false) => {
      try {
        const candidate = await read();
        const [articles, suggested] = await Promise.all([db.articles.orderBy('title').toArray(), suggestedRevisionOf(db, candidate.cleaned)]);
        onError(null);
        setPreview({ candidate, articles, suggested: suggested?.id });
      } catch (e) {
        if (!handled(e)) onError(errorMessage(e));
      }
    },
    [db, onError],
  );

  // A PDF is read page by page behind a progress dialog that can cancel it, and may need its password.
  const [reading, setReading] = useState<{ readonly source: string; readonly done: number; readonly total: number; readonly controller: AbortController } | null>(null);
  const [locked, setLocked] = useState<{ readonly file: File; readonly retry: boolean } | null>(null);
  const readFile = useCallback(
    async (file: File, password?: string) => {
      if (importKind(file.name) !== 'pdf') return offer(() => readImportFile(file));
      const controller = new AbortController();
      const onProgress = (done: number, total: number) => setReading((shown) => (shown?.controller === controller ? { ...shown, done, total } : shown));
      setReading({ source: file.name, done: 0, total: 0, controller });
      await offer(
        () => readImportFile(file, { signal: controller.signal, password, onProgress }),
        (e) => {
          if (e instanceof PdfPasswordNeeded) setLocked({ file, retry: e.retry });
          else if (controller.signal.aborted) onStatus(`Stopped reading “${file.name}”: nothing was imported.`);
          else return false;
          return true;
        },
      );
      setReading(null);
    },
    [offer, onStatus],
  );

  const [choosing, setChoosing] = useState(false);
  useCommand('import-article', { run: () => setChoosing(true) });

  // A file while the preview is open waits for none: the preview in front is answered first.
  const previewOpen = useRef(false);
  previewOpen.current = preview !== null;
  useEffect(
    () =>
      intake.register({
        accepts: (name) => importKind(name) !== undefined,
        open: (file) => {
          if (!previewOpen.current) void readFile(file);
        },
      }),
    [intake, readFile],
  );

  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      // A paste into a dialog's field (the name, an import preview) is typing too.
      if (preview || inTextField(event.target) || (event.target instanceof Element && event.target.closest('dialog')) || !event.clipboardData) return;
      const html = event.clipboardData.getData('text/html');
      const text = event.clipboardData.getData('text/plain');
      if (!html.trim() && !text.trim()) return;
      event.preventDefault();
      void offer(() => readPaste(html, text));
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [offer, preview]);

  const importDraft = useCallback(
    async (draft: ArticleDraft, revisionOf: string | undefined) => {
      try {
        const existing = await articleWithText(db, draft);
        // A brief's Add source may have directed this import into it; a revision goes where its article is.
        const directed = importRoute.take();
        const target = revisionOf ? undefined : directed;
        const deliver = (article: Article) => (target ? target(article) : onOpen(article));
        if (existing) {
          setPreview(null);
          await deliver(existing);
          onError(null);
          onStatus(
            target
              ? `This text is already in the library as “${existing.title}”: added it to the brief instead of importing it again.`
              : `This text is already in the library as “${existing.title}”: opened it instead of importing it again.`,
          );
          return;
        }
        const old = revisionOf ? await db.articles.get(revisionOf) : undefined;
        let revision: RevisionOutcomes | undefined;
        if (old) {
          const annotations = await annotationsOf(db, old.id);
          setProgress({ done: 0, total: annotations.length });
          const outcomes = await reanchorInWorker(canonicalText(draft.blocks), annotations, (done, total) => setProgress({ done, total }), canonicalText(old.blocks));
          revision = { previous: old, annotations, outcomes };
        }
        setProgress('storing');
        const stored = await storeImport(db, draft, revision);
        setPreview(null);
        await deliver(stored.article);
        onError(null);
        const counts = stored.counts;
        onStatus(
          stored.existed
            ? `This text is already in the library as “${stored.article.title}”: opened it instead of importing it again.`
            : old && counts
              ? `Imported “${stored.article.title}” as a new revision of “${old.title}”: ${count(counts.anchored, 'annotation')} placed, ${counts.review} in Needs review, ${counts.orphaned} orphaned.`
              : target
                ? `Imported “${stored.article.title}” into the brief as a source.`
                : `Imported “${stored.article.title}”.`,
        );
      } catch (e) {
        setPreview(null);
        onError(`The article was not imported: ${errorMessage(e)}`);
      } finally {
        setProgress(null);
      }
    },
    [db, importRoute, onError, onOpen, onStatus],
  );

  return (
    <>
      <CommandButton command="import-article" />
      <HiddenFileInput ref={input} accept={IMPORT_ACCEPT} label="Article file" onFile={(file) => intake.deliver(file, onError)} />
      {choosing && (
        <ImportSourceDialog
          onChooseFile={() => {
            setChoosing(false);
            input.current?.click();
          }}
          onPaste={(text) => {
            setChoosing(false);
            void offer(() => readPaste('', text));
          }}
          onCancel={() => {
            importRoute.take();
            setChoosing(false);
          }}
        />
      )}
      {reading && (
        <PdfReadingDialog
          source={reading.source}
          done={reading.done}
          total={reading.total}
          onCancel={() => {
            importRoute.take();
            reading.controller.abort();
            setReading(null);
          }}
        />
      )}
      {locked && (
        <PdfPasswordDialog
          source={locked.file.name}
          retry={locked.retry}
          onPassword={(password) => {
            setLocked(null);
            void readFile(locked.file, password);
          }}
          onCancel={() => {
            importRoute.take();
            setLocked(null);
          }}
        />
      )}
      {preview && (
        <ImportDialog
          candidate={preview.candidate}
          articles={preview.articles}
          suggestedRevisionOf={preview.suggested}
          progress={progress}
          onImport={(draft, revisionOf) => void importDraft(draft, revisionOf)}
          onCancel={() => {
            importRoute.take();
            setPreview(null);
          }}
        />
      )}
    </>
  );
}
