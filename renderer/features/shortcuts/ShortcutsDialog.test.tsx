// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { BriefingDeskBridge } from '../../../app/platform/ipc-contract';
import { createServices, ServicesProvider } from '../../services/services';
import type { BriefingDeskDatabase } from '../../storage/database';
import { ShortcutsDialog } from './ShortcutsDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('ShortcutsDialog', () => {
  it('lists what the command list knows, with the keys of this platform, when its command runs', async () => {
    const services = createServices({} as BriefingDeskDatabase, {} as BriefingDeskBridge);
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(async () => {
      root.render(
        <ServicesProvider services={services}>
          <ShortcutsDialog />
        </ServicesProvider>,
      );
    });
    expect(document.querySelector('dialog')).toBeNull();
    await act(async () => void services.commands.execute('keyboard-shortcuts'));
    const rows = [...document.querySelectorAll('.shortcuts-table tr')].map((row) => row.textContent);
    expect(rows).toEqual(
      expect.arrayContaining(['GGuarantee (in the article)', 'Ctrl+ZUndo', 'Ctrl+Shift+Z / Ctrl+YRedo', 'Ctrl+Shift+HToggle highlights', 'Ctrl+BBold (in the key judgments)', 'F1 / ?Keyboard shortcuts', 'Ctrl+PExport PDF']),
    );
    expect(rows.join()).not.toContain('Back up before quitting');
    act(() => root.unmount());
  });
});
