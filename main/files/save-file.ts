/**
 * Save a file, as main runs it for the renderer (`.brief`, JSON-LD, Markdown, CSV, Word and
 * REFI-QDA exports): ask where, then write the UTF-8 text or the bytes atomically. The dialog and the writer are ports, so this
 * is tested against real folders; main passes Electron's dialog and `writeFileAtomic`.
 */
import { basename, extname } from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../../app/platform/ipc-contract';

/** What saving needs from the platform. */
export interface SaveFilePorts {
  /** Asks the user where to save, offering `suggestedName`; `undefined` when they cancel. */
  readonly chooseSavePath: (suggestedName: string) => Promise<string | undefined>;
  /** Writes the bytes so a failure leaves no half-written file. */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/**
 * Saves `request.content` where the user picks. Resolves `{status:'cancelled'}` when the dialog
 * is cancelled (nothing written), `{status:'saved', fileName}` once the file is complete on
 * disk; rejects with the file system's error otherwise.
 */
export async function saveFile(request: SaveFileRequest, ports: SaveFilePorts): Promise<SaveFileResult> {
  const chosen = await ports.chooseSavePath(request.suggestedName);
  if (chosen === undefined || chosen === '') return { status: 'cancelled' };
  // Linux save dialogs do not add the extension the filter names.
  const extension = extname(request.suggestedName);
  const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
  await ports.writeFile(path, typeof request.content === 'string' ? new TextEncoder().encode(request.content) : request.content);
  return { status: 'saved', fileName: basename(path) };
}
