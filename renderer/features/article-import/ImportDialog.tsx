/**
 * The `Import article` preview: the cleaned article (or, on request, its raw lines), its
 * editable metadata, and whether it is a new revision of an article already in the library.
 * Nothing is stored until `Import`; while a revision's annotations are re-anchored, a
 * progress bar shows how far it has got. A PDF's blocks are shown under the page they start on.
 */
import { Fragment, useMemo, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import type { Article, ArticleBlock, ArticleDraft } from '../../../app/model/model';
import { BLOCK_CLASS } from '../../../app/model/block-class';
import { metadataOf, withMetadata, type EditableMetadata, type ImportCandidate } from './import-candidate';

/** How far re-anchoring has got, in annotations. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** Props of {@link ImportDialog}. */
export interface ImportDialogProps {
  readonly candidate: ImportCandidate;
  /** Every article in the library, for "New revision of…". */
  readonly articles: readonly Article[];
  /** The article the import looks like a revision of, preselected. */
  readonly suggestedRevisionOf: string | undefined;
  /** Set while the import is being stored. */
  readonly progress: ImportProgress | 'storing' | null;
  /** Stores the draft, as a revision of the article with id `revisionOf` when one is chosen. */
  readonly onImport: (draft: ArticleDraft, revisionOf: string | undefined) => void;
  readonly onCancel: () => void;
}

/** The most blocks the preview lists; the rest are counted. */
const PREVIEW_BLOCKS = 400;

const FIELDS: readonly { readonly key: keyof EditableMetadata; readonly label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'byline', label: 'Byline' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'published', label: 'Published' },
  { key: 'sourceUrl', label: 'Source URL' },
];

/** One block of the preview, as text. */
function PreviewBlock({ block }: { readonly block: ArticleBlock }) {
  switch (block.type) {
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'quote':
      return <blockquote>{block.text}</blockquote>;
    case 'caption':
      return <p className="import-caption">{block.text}</p>;
    default:
      return (
        <p className={BLOCK_CLASS[block.type]} data-marker={block.marker}>
          {block.text}
        </p>
      );
  }
}

/** The `Import article` dialog. */
export function ImportDialog({ candidate, articles, suggestedRevisionOf, progress, onImport, onCancel }: ImportDialogProps) {
  const [keepRaw, setKeepRaw] = useState(false);
  const [metadata, setMetadata] = useState<EditableMetadata>(() => metadataOf(candidate.cleaned));
  const [revisionOf, setRevisionOf] = useState(suggestedRevisionOf ?? '');
  const chosen = keepRaw ? candidate.raw : candidate.cleaned;
  const draft = useMemo(() => {
    try {
      return withMetadata(chosen, metadata, candidate.source);
    } catch {
      return undefined;
    }
  }, [candidate, chosen, metadata]);
  const busy = progress !== null;

  const blocks = draft?.blocks ?? chosen.blocks;
  return (
    <ModalDialog
      titleId="import-dialog-title"
      className="import-dialog"
      onCancel={() => {
        if (!busy) onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft && !busy) onImport(draft, revisionOf || undefined);
        }}
      >
        <h2 id="import-dialog-title">Import article</h2>
        <p className="import-source">From {candidate.source}</p>
        <div className="import-body">
          {/* Focusable, so the keyboard can scroll a long preview. */}
          <section className="import-preview" aria-label="Preview" tabIndex={0}>
            {blocks.slice(0, PREVIEW_BLOCKS).map((block, i) => (
              <Fragment key={i}>
                {block.page !== undefined && block.page !== blocks[i - 1]?.page && <p className="import-page">Page {block.page}</p>}
                <PreviewBlock block={block} />
              </Fragment>
            ))}
            {blocks.length > PREVIEW_BLOCKS && <p className="import-more">…and {blocks.length - PREVIEW_BLOCKS} more blocks.</p>}
          </section>
          <fieldset className="import-fields" disabled={busy}>
            <legend>About the article</legend>
            {FIELDS.map(({ key, label }) => (
              <label key={key}>
                {label}
                <input
                  value={metadata[key]}
                  required={key === 'title'}
                  type={key === 'sourceUrl' ? 'url' : 'text'}
                  onChange={(e) => setMetadata({ ...metadata, [key]: e.target.value })}
                />
              </label>
            ))}
            <label className="import-checkbox">
              <input type="checkbox" checked={keepRaw} onChange={(e) => setKeepRaw(e.target.checked)} />
              Keep the raw text
            </label>
            <label>
              New revision of…
              <select value={revisionOf} onChange={(e) => setRevisionOf(e.target.value)}>
                <option value="">None: a new article</option>
                {articles.map((article) => (
                  <option key={article.id} value={article.id}>
                    {article.title}
                  </option>
                ))}
              </select>
            </label>
            {revisionOf && <p className="import-hint">Its annotations are carried over; any that cannot be placed for sure wait in Needs review.</p>}
          </fieldset>
        </div>
        {progress && progress !== 'storing' && (
          <label className="import-progress">
            Re-anchoring {progress.done} of {progress.total} annotations
            <progress aria-label="Re-anchoring" value={progress.done} max={Math.max(progress.total, 1)} />
          </label>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" disabled={!draft || busy}>
            Import
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
