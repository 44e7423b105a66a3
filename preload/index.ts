// The preload of the main window: runs sandboxed, before the page, and exposes exactly the
// IPC contract as `window.briefingDesk` (see preload-bridge.ts) through the context bridge.
import { contextBridge, ipcRenderer } from 'electron';
import { createElectronBridge } from './preload-bridge';

contextBridge.exposeInMainWorld('briefingDesk', createElectronBridge(ipcRenderer));
