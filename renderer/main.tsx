/**
 * The renderer's entry: opens the database, picks the platform bridge and mounts the app
 * with the window's services.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { platformBridge } from './platform/bridge';
import { createServices } from './services/services';
import { BriefingDeskDatabase } from './storage/database';
import { applyTagPalette } from './ui/tag-palette';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
applyTagPalette(document.documentElement);
createRoot(container).render(
  <StrictMode>
    <App services={createServices(new BriefingDeskDatabase(), platformBridge())} />
  </StrictMode>,
);
