/**
 * Export PDF for the open workspace: carries out the `export-pdf` command (button, Ctrl+P, the
 * menu) with the brief as its editor shows it, and shows the export's progress with Cancel.
 * One export at a time.
 */
import { useRef, useState } from 'react';
import { errorMessage } from '../../../app/model/error-message';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { useWorkspace } from '../../session/workspace-context';
import { workspaceBrief } from './workspace-brief';
import { ExportProgress } from './ExportProgress';
import { runPdfExport, type PdfExportStage } from './pdf-export';

/** The export command's handler and its progress dialog. */
export function PdfExport() {
  const { db, bridge, notifications } = useServices();
  const workspace = useWorkspace();
  const [stage, setStage] = useState<PdfExportStage | null>(null);
  const running = useRef<AbortController | null>(null);

  const exportPdf = async (): Promise<void> => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    try {
      const result = await runPdfExport({
        ...(await workspaceBrief(db, workspace)),
        analyst: workspace.analyst,
        bridge,
        loadFonts: () => import('./brief-fonts').then((fonts) => fonts.loadBriefFonts()),
        signal: controller.signal,
        onStage: setStage,
      });
      notifications.error(null);
      notifications.status(result.status === 'saved' ? `Saved ${result.fileName}.` : result.status === 'opened' ? 'The brief opened in a print view.' : 'Export cancelled.');
    } catch (e) {
      notifications.status('');
      notifications.error(`The PDF was not exported: ${errorMessage(e)}`);
    } finally {
      running.current = null;
      setStage(null);
    }
  };

  useCommand('export-pdf', { run: exportPdf });

  return stage && <ExportProgress stage={stage} bridgeKind={bridge.kind} onCancel={() => running.current?.abort()} />;
}
