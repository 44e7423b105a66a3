/**
 * Export Word for the open workspace: carries out the `export-word` command (the button beside
 * Export PDF, File › Export Word…) with the brief as its editor shows it — composed as for the
 * PDF, written as a `.docx` (the Word builder loads on first use) and saved through the bridge.
 */
import { useRef } from 'react';
import { composeBrief } from '../../../app/brief/brief-compose';
import { fileStem } from '../../../app/export/file-stem';
import { errorMessage } from '../../../app/model/error-message';
import { SAVE_FILE_TYPES } from '../../../app/platform/ipc-contract';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { useWorkspace } from '../../session/workspace-context';
import { workspaceBrief } from './workspace-brief';

/** The `export-word` command's handler; renders nothing. */
export function WordExport() {
  const { db, bridge, notifications } = useServices();
  const workspace = useWorkspace();
  const running = useRef(false);

  const exportWord = async (): Promise<void> => {
    if (running.current) return;
    running.current = true;
    try {
      notifications.status('Writing the Word brief…');
      const model = composeBrief({ ...(await workspaceBrief(db, workspace)), exportedAt: new Date().toISOString(), analyst: workspace.analyst });
      const { renderBriefDocx } = await import('../../../app/brief/brief-docx');
      const content = await renderBriefDocx(model);
      const result = await bridge.saveFile({ suggestedName: `${fileStem(model.title)}.docx`, mimeType: SAVE_FILE_TYPES['.docx'], content });
      notifications.error(null);
      notifications.status(result.status === 'saved' ? `Saved ${result.fileName}.` : result.status === 'downloaded' ? 'The Word brief was downloaded.' : 'Export cancelled.');
    } catch (e) {
      notifications.status('');
      notifications.error(`The Word brief was not exported: ${errorMessage(e)}`);
    } finally {
      running.current = false;
    }
  };

  useCommand('export-word', { run: exportWord });
  return null;
}
