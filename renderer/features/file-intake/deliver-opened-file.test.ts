// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deliverOpenedFile } from './deliver-opened-file';

describe('deliverOpenedFile', () => {
  it('hands the file to a drop handler as a File with its name and text', async () => {
    const target = new EventTarget();
    const received: File[] = [];
    target.addEventListener('drop', (event) => {
      const file = (event as DragEvent).dataTransfer?.files[0];
      if (file) received.push(file);
      event.preventDefault();
    });
    expect(deliverOpenedFile({ name: 'team.brief', text: '{"format":"briefing-desk"}' }, target)).toBe(true);
    expect(received.map((file) => file.name)).toEqual(['team.brief']);
    expect(await received[0]?.text()).toBe('{"format":"briefing-desk"}');
  });

  it('reports a file nobody took', () => {
    expect(deliverOpenedFile({ name: 'x.brief', text: '' }, new EventTarget())).toBe(false);
  });
});
