/**
 * The right-hand column's tabs: "Annotations" and "Brief". Both panels stay mounted (the
 * hidden one with `hidden`), so switching keeps the annotations list's state and the brief's
 * drafts; arrow keys move between the tabs, as the WAI-ARIA tabs pattern asks.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** The tabs of the side column. */
export type SideTab = 'annotations' | 'brief';

const TABS: readonly { readonly tab: SideTab; readonly label: string }[] = [
  { tab: 'annotations', label: 'Annotations' },
  { tab: 'brief', label: 'Brief' },
];

/** Props of {@link SidePanelTabs}. */
export interface SidePanelTabsProps {
  readonly selected: SideTab;
  readonly onSelect: (tab: SideTab) => void;
  /** The content of each tab's panel. */
  readonly panels: Readonly<Record<SideTab, ReactNode>>;
}

/** The tab list and the two panels. */
export function SidePanelTabs({ selected, onSelect, panels }: SidePanelTabsProps) {
  const id = useId();
  const buttons = useRef(new Map<SideTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.tab === selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!.tab;
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div className="side-column">
      <div role="tablist" aria-label="Side panel" className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ tab, label }) => (
          <button
            key={tab}
            ref={(el) => {
              if (el) buttons.current.set(tab, el);
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={selected === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={selected === tab ? 0 : -1}
            onClick={() => onSelect(tab)}
          >
            {label}
          </button>
        ))}
      </div>
      {TABS.map(({ tab }) => (
        <div key={tab} role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}-tab`} hidden={selected !== tab} className="side-panel">
          {panels[tab]}
        </div>
      ))}
    </div>
  );
}
