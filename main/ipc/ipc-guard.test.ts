import { describe, expect, it } from 'vitest';
import { exportPdfRequestSchema, type ExportPdfRequest } from '../../app/platform/ipc-contract';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { guardedHandler, type InvokeEvent } from './ipc-guard';

const appFrame: InvokeEvent = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
const request: ExportPdfRequest = { html: '<p>hi</p>', suggestedName: 'brief.pdf', title: 'Brief' };

/** A guarded handler that records what reached it. */
function recordingHandler() {
  const received: ExportPdfRequest[] = [];
  const handler = guardedHandler({
    action: 'Export PDF',
    appUrl: APP_ENTRY_URL,
    schema: exportPdfRequestSchema,
    handle: async (value) => {
      received.push(value);
      return { status: 'cancelled' } as const;
    },
  });
  return { handler, received };
}

describe('guardedHandler', () => {
  it('passes a valid request from the app\'s main frame to the handler', async () => {
    const { handler, received } = recordingHandler();
    await expect(handler(appFrame, request)).resolves.toEqual({ status: 'cancelled' });
    expect(received).toEqual([request]);
  });

  it('refuses a sender that is not the app\'s main frame, without running the handler', async () => {
    const { handler, received } = recordingHandler();
    const senders: InvokeEvent[] = [
      { senderFrame: null },
      { senderFrame: { url: APP_ENTRY_URL, parent: {} } },
      { senderFrame: { url: 'https://example.com/', parent: null } },
      { senderFrame: { url: 'file:///etc/passwd', parent: null } },
    ];
    for (const event of senders) {
      await expect(handler(event, request)).rejects.toThrow('Export PDF refused: the request did not come from the Briefing Desk window.');
    }
    expect(received).toEqual([]);
  });

  it('refuses arguments of the wrong shape or number, naming the problem', async () => {
    const { handler, received } = recordingHandler();
    await expect(handler(appFrame)).rejects.toThrow('expected one request, got 0');
    await expect(handler(appFrame, request, request)).rejects.toThrow('expected one request, got 2');
    await expect(handler(appFrame, 'html')).rejects.toThrow('Export PDF refused: invalid request.');
    await expect(handler(appFrame, { ...request, suggestedName: '../../.bashrc' })).rejects.toThrow(/suggestedName/);
    await expect(handler(appFrame, { ...request, extra: true })).rejects.toThrow(/extra/);
    expect(received).toEqual([]);
  });
});
