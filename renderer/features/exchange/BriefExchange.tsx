/**
 * The team exchange of the open brief: `Export brief`, the `Export as…` formats (JSON-LD,
 * Markdown, CSV, REFI-QDA project) and `Import brief` (button, File menu, or a brief file from the file intake:
 * dropped, opened by the OS, or chosen). An import is checked by `parseBriefFile` first — a
 * refusal goes to the alert region and changes nothing — then stored or merged in one
 * transaction, the brief (re)opened and the `Merge summary` shown. A REFI-QDA project
 * (`.qdpx`) chosen there goes to its own preview (`QdpxImport.tsx`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { QdpxImport } from './QdpxImport';
import { describeOrigin } from '../../../app/annotations/annotation-origin';
import { parseBriefFile } from '../../../app/exchange/brief-file';
import { swappedConflict } from '../../../app/exchange/merge-conflict';
import type { Brief } from '../../../app/brief/brief';
import type { HistoryStep } from '../../../app/annotations/undo-history';
import { importBriefFile, swapStoredConflict, type ImportOutcome } from './brief-exchange';
import { exportRequest, type ExportKind } from './export-files';
import { MergeSummaryDialog, type ConflictState } from './MergeSummaryDialog';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { CommandButton } from '../../commands/CommandButton';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { errorMessage } from '../../../app/model/error-message';
import { shortenQuote } from '../../../app/model/shorten-quote';

/** Props of {@link BriefExchange}. */
export interface BriefExchangeProps {
  /** The open brief, if any: what the exports export (read afresh from the database for each). */
  readonly brief: Brief | undefined;
  readonly analyst: string;
  /** Opens (or reopens, re-reading its annotations) a stored brief; `done` is the merge, which Undo then takes back first. */
  readonly onOpen: (brief: Brief, sourceId?: string, done?: HistoryStep) => Promise<void>;
}

/** What a brief is called in a message: its title, or its first source's while it has none. */
function briefName(brief: Brief, firstSource: string | undefined): string {
  return brief.title.trim() || firstSource || 'Untitled brief';
}

/** Whether a file is a brief file by its name; the file intake routes by this. */
export function isBriefFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.brief');
}

const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = { brief: 'brief', jsonld: 'JSON-LD', markdown: 'Markdown', csv: 'CSV', qdpx: 'REFI-QDA project' };

/** The exchange buttons, the hidden file chooser and the merge summary. */
export function BriefExchange({ brief, analyst, onOpen }: BriefExchangeProps) {
  const briefId = brief?.id;
  const { db, bridge, intake, notifications } = useServices();
  const { error: onError, status: onStatus } = notifications;
  const input = useRef<HTMLInputElement>(null);
  const [merged, setMerged] = useState<{ outcome: ImportOutcome; source: string; label: string; warnings: readonly string[]; conflicts: readonly ConflictState[] } | null>(null);

  const exportAs = useCallback(
    async (kind: ExportKind) => {
      if (!briefId) return;
      try {
        const result = await bridge.saveFile(await exportRequest(db, briefId, kind, analyst));
        onError(null);
        onStatus(result.status === 'saved' ? `Saved ${result.fileName}.` : result.status === 'downloaded' ? `The ${EXPORT_LABELS[kind]} file was downloaded.` : 'Export cancelled.');
      } catch (e) {
        onError(`The ${EXPORT_LABELS[kind]} file was not exported: ${errorMessage(e)}`);
      }
    },
    [analyst, briefId, bridge, db, onError, onStatus],
  );

  const importFile = useCallback(
    async (file: File) => {
      try {
        const parsed = await parseBriefFile(await file.text());
        if (!parsed.ok) {
          onError(`${file.name} was not imported. ${parsed.message}`);
          return;
        }
        const outcome = await notifications.during(`Merging ${file.name}`, () => importBriefFile(db, parsed.value));
        // The Undo button reads `Undo merge <file>`: a long name is cut so the bar keeps one line.
        const label = `merge ${shortenQuote(file.name, 24)}`;
        await onOpen(outcome.brief, undefined, outcome.newBrief ? undefined : { changes: outcome.changes, label });
        onError(null);
        const source = describeOrigin({ author: parsed.value.exportedBy, exportedAt: parsed.value.exportedAt });
        const name = briefName(outcome.brief, parsed.value.articles[0]?.title);
        const gained = outcome.addedSources > 0 ? ` It added ${outcome.addedSources} source${outcome.addedSources === 1 ? '' : 's'}.` : '';
        onStatus(outcome.newBrief ? `Imported “${name}” ${source}.` : `Merged ${file.name} into “${name}”.${gained}`);
        setMerged({ outcome, source, label, warnings: parsed.warnings, conflicts: outcome.plan.conflicts.map((conflict) => ({ conflict, swapped: false })) });
      } catch (e) {
        onError(`${file.name} was not imported; nothing was changed: ${errorMessage(e)}`);
      }
    },
    [db, notifications, onError, onOpen, onStatus],
  );

  const swap = useCallback(
    async (index: number) => {
      const state = merged?.conflicts[index];
      if (!state || state.final) return;
      try {
        const at = new Date().toISOString();
        await swapStoredConflict(db, state.conflict, at);
        // A swapped-in edit can be swapped back; a swapped-in deletion leaves nothing to go back to.
        const next = swappedConflict(state.conflict, at);
        const after: ConflictState = next ? { conflict: next, swapped: !state.swapped } : { ...state, swapped: true, final: true };
        setMerged((m) => m && { ...m, conflicts: m.conflicts.map((c, i) => (i === index ? after : c)) });
        // Undo still takes the whole merge back, swaps and all.
        const stored = merged && (await db.dossiers.get(merged.outcome.brief.id));
        if (merged && stored) await onOpen(stored, undefined, merged.outcome.newBrief ? undefined : { changes: merged.outcome.changes, label: merged.label });
        onError(null);
      } catch (e) {
        onError(`The conflict was not swapped: ${errorMessage(e)}`);
      }
    },
    [db, merged, onError, onOpen],
  );

  const chooseFile = useCallback(() => input.current?.click(), []);

  useCommand('import-brief', { run: chooseFile });
  useCommand('export-brief', { run: () => exportAs('brief'), isEnabled: () => !!briefId }, !!briefId);
  useEffect(() => intake.register({ accepts: isBriefFileName, open: importFile }), [importFile, intake]);

  return (
    <div className="exchange-actions" role="group" aria-label="Exchange">
      <CommandButton command="export-brief" />
      <select
        aria-label="Export as"
        value=""
        disabled={!briefId}
        onChange={(event) => {
          const kind = event.target.value as ExportKind;
          if (kind) void exportAs(kind);
        }}
      >
        <option value="">Export as…</option>
        <option value="jsonld">Export JSON-LD</option>
        <option value="markdown">Export Markdown</option>
        <option value="csv">Export CSV</option>
        <option value="qdpx">REFI-QDA project (.qdpx)</option>
      </select>
      <CommandButton command="import-brief" />
      <HiddenFileInput ref={input} accept=".brief,.qdpx,application/json" label="Brief file" onFile={(file) => intake.deliver(file, onError)} />
      <QdpxImport analyst={analyst} onOpen={(opened) => onOpen(opened)} />
      {merged && (
        <MergeSummaryDialog
          source={merged.source}
          summary={merged.outcome.plan.summary}
          changes={merged.outcome.plan.changes}
          warnings={merged.warnings}
          conflicts={merged.conflicts}
          onSwap={(index) => void swap(index)}
          onClose={() => setMerged(null)}
        />
      )}
    </div>
  );
}
