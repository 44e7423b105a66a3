/**
 * The renderer's entry: picks the platform bridge, keeps a backup of a database this build is
 * about to upgrade, opens the database and mounts the app with the window's services.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { platformBridge } from './platform/bridge';
import { createServices } from './services/services';
import { BriefingDeskDatabase } from './storage/database';
import { backupBeforeUpgrade } from './storage/upgrade-backup';
import { applyTagPalette } from './ui/tag-palette';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
applyTagPalette(document.documentElement);
const bridge = platformBridge();
// An upgrade keeps everything, but the analyst keeps a copy as the older version left it
// first; a backup that cannot be made does not keep them from their work.
const before = await backupBeforeUpgrade().catch((e: unknown) => console.error('No backup before the upgrade:', e));
if (before) await bridge.saveBackup({ text: before, reason: 'upgrade' }).catch((e: unknown) => console.error('The backup before the upgrade was not kept:', e));
createRoot(container).render(
  <StrictMode>
    <App services={createServices(new BriefingDeskDatabase(), bridge)} />
  </StrictMode>,
);
