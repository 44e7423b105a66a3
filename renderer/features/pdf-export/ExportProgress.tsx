/**
 * Export PDF's progress: which stage the export is at, and the button that cancels it. Not
 * modal — the analyst may keep reading — but announced, and the Cancel button takes the focus
 * so Enter or Space stops a long export.
 */
import { useEffect, useRef } from 'react';
import type { PdfExportStage } from './pdf-export';

/** Props of {@link ExportProgress}. */
export interface ExportProgressProps {
  readonly stage: PdfExportStage;
  /** Which bridge prints: the desktop app prints and saves, the browser opens a print view. */
  readonly bridgeKind: 'electron' | 'browser';
  readonly onCancel: () => void;
}

/** The stages in order, with what each says to the analyst. */
function stagesFor(kind: ExportProgressProps['bridgeKind']): readonly { readonly stage: PdfExportStage; readonly label: string }[] {
  return [
    { stage: 'composing', label: 'Composing the brief' },
    { stage: 'printing', label: kind === 'electron' ? 'Printing and saving the PDF' : 'Opening the print view' },
  ];
}

/** The export's progress dialog. */
export function ExportProgress({ stage, bridgeKind, onCancel }: ExportProgressProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const stages = stagesFor(bridgeKind);
  const current = stages.findIndex((s) => s.stage === stage);
  return (
    <div role="dialog" aria-labelledby="export-progress-heading" className="export-progress">
      <h2 id="export-progress-heading">Exporting PDF</h2>
      <ol className="export-stages">
        {stages.map((s, index) => (
          <li key={s.stage} aria-current={index === current ? 'step' : undefined} className={index < current ? 'done' : index === current ? 'current' : ''}>
            {s.label}
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {stages[current]?.label}…
      </p>
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}
