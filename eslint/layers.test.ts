import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The layering messages ESLint gives `code` planted at `path`. */
async function layering(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the layering rule', () => {
  it('refuses a feature importing another feature', async () => {
    const messages = await layering('renderer/features/library/planted.ts', "export { ReviewView } from '../review/ReviewView';\n");
    expect(messages).toEqual([expect.stringContaining('Features do not import each other: library imports review')]);
  });

  it('lets a feature use the shared renderer folders and the core', async () => {
    const code = "import { BriefingDeskDatabase } from '../../storage/database';\nimport { TAGS } from '../../../app/model/tags';\nexport const uses = [BriefingDeskDatabase, TAGS];\n";
    expect(await layering('renderer/features/library/planted.ts', code)).toEqual([]);
  });

  it('refuses a shared renderer folder importing a feature', async () => {
    const messages = await layering('renderer/storage/planted.ts', "export { LibraryView } from '../features/library/LibraryView';\n");
    expect(messages).toEqual([expect.stringContaining('shared by the features')]);
  });

  it('refuses app/ importing Node, the DOM, Dexie or another layer', async () => {
    expect(await layering('app/model/planted.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual(['app/ is platform-free: no node:fs.']);
    expect(await layering('app/model/planted.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toEqual(['app/ is platform-free: no dexie.']);
    expect(await layering('app/model/planted.ts', 'export const title = (): string => document.title;\n')).toEqual([expect.stringContaining("'document'")]);
    expect(await layering('app/model/planted.ts', "export { AnnotationSession } from '../../renderer/session/annotation-session';\n")).toEqual([
      'app/ is the pure core: it imports only app/.',
    ]);
  });

  it('keeps preload/ to electron and app/platform/', async () => {
    expect(await layering('preload/planted.ts', "export { IPC_CHANNELS } from '../app/platform/ipc-contract';\n")).toEqual([]);
    expect(await layering('preload/planted.ts', "export { TAGS } from '../app/model/tags';\n")).toEqual(['preload/ sees only electron and app/platform/.']);
    expect(await layering('preload/planted.ts', "import { z } from 'zod';\nexport const s = z;\n")).toEqual(['preload/ sees only electron and app/platform/.']);
  });

  it('keeps main/, cli/ and the renderer apart', async () => {
    expect(await layering('cli/planted.ts', "export { buildMenuTemplate } from '../main/shell/menu';\n")).toEqual(['cli/ imports only app/, node/ and itself.']);
    expect(await layering('main/planted.ts', "export { runCli } from '../cli/cli';\n")).toEqual(['main/ imports only app/, node/ and itself.']);
    expect(await layering('renderer/ui/planted.ts', "export { buildMenuTemplate } from '../../main/shell/menu';\n")).toEqual(['renderer/ imports only app/ and renderer/.']);
    expect(await layering('renderer/ui/planted.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([expect.stringContaining('never imports Electron or Node')]);
  });
});
