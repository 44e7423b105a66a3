// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../app/model/model';
import type { Tag } from '../../../app/model/tags';
import { AnnotationCard, type CardActions } from './AnnotationCard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function annotation(id: string, tag: Tag, exact: string): Annotation {
  return {
    id,
    briefId: 'brief',
    articleId: 'a1',
    tag,
    target: { position: { type: 'TextPositionSelector', start: 0, end: exact.length }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    note: '',
    links: [],
    author: 'Ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('AnnotationCard link picker', () => {
  it('lists the guarantees only once the picker is focused, so thousands of cards stay cheap, and links the one chosen', async () => {
    const guarantees = Array.from({ length: 50 }, (_, i) => annotation(`g${i}`, 'guarantee', `Guarantee number ${i}`));
    const actions: CardActions = { activate: vi.fn(), toggleExpanded: vi.fn(), edit: vi.fn(), remove: vi.fn(), link: vi.fn(), reattach: vi.fn(), confirmWording: vi.fn() };
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      createRoot(container).render(
        <AnnotationCard annotation={annotation('r1', 'risk', 'A risk')} active={false} expanded guarantees={guarantees} linkedFrom={[]} speakers={[]} actions={actions} />,
      );
    });
    const picker = container.querySelector<HTMLSelectElement>('select[aria-label="Link to guarantee"]')!;
    expect(picker.options).toHaveLength(1);
    await act(async () => {
      picker.focus();
      picker.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    expect(picker.options).toHaveLength(51);
    await act(async () => {
      picker.value = 'g7';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.link).toHaveBeenCalledWith('r1', 'g7', true);
  });

  it('folded, offers only Details, the note and Delete to the keyboard, and shows the other fields as text', async () => {
    const risk = { ...annotation('r1', 'risk', 'A risk'), speaker: 'Dmitry Peskov', confidence: 'high' as const, links: ['g1'] };
    const actions: CardActions = { activate: vi.fn(), toggleExpanded: vi.fn(), edit: vi.fn(), remove: vi.fn(), link: vi.fn(), reattach: vi.fn(), confirmWording: vi.fn() };
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      createRoot(container).render(
        <AnnotationCard annotation={risk} active={false} expanded={false} guarantees={[annotation('g1', 'guarantee', 'Article 5')]} linkedFrom={[]} speakers={[]} actions={actions} />,
      );
    });
    const stops = [...container.querySelectorAll<HTMLElement>('button, input, select, textarea')].map((el) => el.getAttribute('aria-label') ?? el.textContent);
    expect(stops).toEqual(['Details', 'Note', 'Delete annotation']);
    expect(container.querySelector('.card-summary')?.textContent).toBe('Speaker: Dmitry Peskov · Confidence: high · Linked to G: Article 5');
    const details = container.querySelector<HTMLButtonElement>('.details-button')!;
    expect(details.getAttribute('aria-expanded')).toBe('false');
    await act(async () => details.click());
    expect(actions.toggleExpanded).toHaveBeenCalledWith('r1');
  });
});

describe('AnnotationCard after a revision', () => {
  const actions = (): CardActions => ({ activate: vi.fn(), toggleExpanded: vi.fn(), edit: vi.fn(), remove: vi.fn(), link: vi.fn(), reattach: vi.fn(), confirmWording: vi.fn() });
  const changed: Annotation = {
    ...annotation('g1', 'guarantee', 'guarantees similar to Article 5'),
    textChange: { before: 'guarantees akin to Article 5' },
    verdict: { status: 'agreed', comment: 'Solid', reviewer: 'Rev', at: '2026-01-02T00:00:00.000Z' },
  };

  async function render(props: Partial<Parameters<typeof AnnotationCard>[0]> & { readonly actions: CardActions }) {
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      createRoot(container).render(<AnnotationCard annotation={changed} active={false} expanded={false} guarantees={[]} linkedFrom={[]} speakers={[]} {...props} />);
    });
    return container;
  }

  it('shows Text changed with the old and new words, the verdict as given on earlier wording, and confirms on request', async () => {
    const card = actions();
    const container = await render({ actions: card });
    const change = container.querySelector('.card-text-change');
    expect(change?.textContent).toBe('Text changed in a revision: guarantees deleted akininserted similar to Article 5');
    expect(change?.querySelector('del')?.textContent).toBe('deleted akin');
    expect(change?.querySelector('ins')?.textContent).toBe('inserted similar');
    expect(container.querySelector('.card-verdict')?.textContent).toContain('given on earlier wording');
    const confirm = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Confirm wording')!;
    await act(async () => confirm.click());
    expect(card.confirmWording).toHaveBeenCalledWith('g1');
  });

  it('on an earlier revision offers only Details, with the note read-only', async () => {
    const container = await render({ actions: actions(), readOnly: true, expanded: true });
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Details']);
    expect(container.querySelector('textarea')?.readOnly).toBe(true);
    expect(container.querySelector<HTMLSelectElement>('select[aria-label="Tag"]')?.disabled).toBe(true);
  });
});
