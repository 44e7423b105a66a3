// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefingDeskBridge } from '../../../app/platform/ipc-contract';
import { BriefingDeskDatabase } from '../../storage/database';
import { BriefExchange, isBriefFileName } from './BriefExchange';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const bridge: BriefingDeskBridge = {
  kind: 'browser',
  exportPdf: async () => ({ status: 'cancelled' }),
  saveFile: async () => ({ status: 'cancelled' }),
  onDidRequestCommand: () => () => {},
} as unknown as BriefingDeskBridge;

/** A drop of one file on the window, as a drag from the desktop or an OS-opened file arrives. */
function drop(name: string, text: string): Event {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files: [new File([text], name)], types: ['Files'] } });
  window.dispatchEvent(event);
  return event;
}

let db: BriefingDeskDatabase;
afterEach(async () => {
  await db.delete();
});

describe('BriefExchange', () => {
  it('takes a dropped .brief file (a refusal goes to the alert, nothing stored) and leaves other files to the article import', async () => {
    db = new BriefingDeskDatabase('brief-exchange-drop');
    const onError = vi.fn();
    const later = vi.fn();
    window.addEventListener('drop', later);
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(async () => {
      root.render(<BriefExchange db={db} bridge={bridge} article={undefined} analyst="Ada" onOpen={async () => {}} onError={onError} onStatus={() => {}} />);
    });

    const brief = drop('team.BRIEF', 'not json');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.stringMatching(/^team\.BRIEF was not imported\. The brief file is not valid JSON/)));
    expect(brief.defaultPrevented).toBe(true);
    expect(later).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);

    const text = drop('article.txt', 'Some article');
    expect(text.defaultPrevented).toBe(false);
    expect(later).toHaveBeenCalledTimes(1);

    act(() => root.unmount());
    window.removeEventListener('drop', later);
  });
});

describe('isBriefFileName', () => {
  it('goes by the extension, in any case', () => {
    expect(isBriefFileName('a.brief')).toBe(true);
    expect(isBriefFileName('A.Brief')).toBe(true);
    expect(isBriefFileName('brief.txt')).toBe(false);
  });
});
