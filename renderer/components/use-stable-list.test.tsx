// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useStableList } from './use-stable-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useStableList', () => {
  it('keeps the previous list while the items are the same, takes a changed one', () => {
    const seen: (readonly object[])[] = [];
    function Probe({ list }: { list: readonly object[] }) {
      seen.push(useStableList(list));
      return null;
    }
    const a = { id: 'a' };
    const b = { id: 'b' };
    const root = createRoot(document.createElement('div'));
    const first = [a, b];
    act(() => root.render(<Probe list={first} />));
    act(() => root.render(<Probe list={[a, b]} />));
    expect(seen[1]).toBe(first);
    const reordered = [b, a];
    act(() => root.render(<Probe list={reordered} />));
    expect(seen[2]).toBe(reordered);
    const longer = [b, a, { id: 'c' }];
    act(() => root.render(<Probe list={longer} />));
    expect(seen[3]).toBe(longer);
    // Equal-looking but different objects are a change: an edited annotation is a new object.
    const edited = [b, a, { id: 'c' }];
    act(() => root.render(<Probe list={edited} />));
    expect(seen[4]).toBe(edited);
    act(() => root.unmount());
  });
});
