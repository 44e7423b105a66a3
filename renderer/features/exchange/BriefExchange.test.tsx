// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefingDeskBridge } from '../../../app/platform/ipc-contract';
import { BriefingDeskDatabase } from '../../storage/database';
import { createServices, ServicesProvider } from '../../services/services';
import { BriefExchange, isBriefFileName } from './BriefExchange';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const bridge: BriefingDeskBridge = {
  kind: 'browser',
  exportPdf: async () => ({ status: 'cancelled' }),
  saveFile: async () => ({ status: 'cancelled' }),
  onDidRequestCommand: () => () => {},
} as unknown as BriefingDeskBridge;

let db: BriefingDeskDatabase;
afterEach(async () => {
  await db.delete();
});

/** The exchange with no article open, in a window of its own services. */
async function mount() {
  const services = createServices(db, bridge);
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    root.render(
      <ServicesProvider services={services}>
        <BriefExchange brief={undefined} analyst="Ada" onOpen={async () => {}} />
      </ServicesProvider>,
    );
  });
  return { services, root };
}

describe('BriefExchange', () => {
  it('takes a brief file from the file intake (a refusal goes to the alert, nothing stored) and leaves other files to other importers', async () => {
    db = new BriefingDeskDatabase('brief-exchange-intake');
    const { services, root } = await mount();

    const refusals: string[] = [];
    expect(services.intake.deliver(new File(['not json'], 'team.BRIEF'), (m) => refusals.push(m))).toBe(true);
    await vi.waitFor(() => expect(services.notifications.getState().error).toMatch(/^team\.BRIEF was not imported\. The brief file is not valid JSON/));
    expect(await db.articles.count()).toBe(0);
    expect(services.intake.deliver(new File(['Some article'], 'article.txt'), (m) => refusals.push(m))).toBe(false);
    expect(refusals).toEqual([expect.stringMatching(/^“article\.txt” cannot be imported/)]);

    act(() => root.unmount());
  });

  it('offers Export brief only with an article open', async () => {
    db = new BriefingDeskDatabase('brief-exchange-commands');
    const { services, root } = await mount();
    expect(services.commands.isEnabled('export-brief')).toBe(false);
    expect(services.commands.isEnabled('import-brief')).toBe(true);
    act(() => root.unmount());
    expect(services.commands.isEnabled('import-brief')).toBe(false);
  });
});

describe('isBriefFileName', () => {
  it('goes by the extension, in any case', () => {
    expect(isBriefFileName('a.brief')).toBe(true);
    expect(isBriefFileName('A.Brief')).toBe(true);
    expect(isBriefFileName('brief.txt')).toBe(false);
  });
});
