import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab of the popup. */
export interface PopupTab {
  id: string;
  label: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs; only the
 * selected tab is in the tab order. https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export interface PopupTabsProps {
  /** The tabs, in order. */
  tabs: PopupTab[];
  /** The selected tab's id. */
  selected: string;
  /** Selects a tab. */
  onSelect: (id: string) => void;
  /** Accessible name of the tab list. */
  label: string;
}

export function PopupTabs({ tabs, selected, onSelect, label }: PopupTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          class="tab"
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => {
            const keys: Record<string, number> = {
              ArrowRight: index + 1,
              ArrowLeft: index - 1,
              Home: 0,
              End: tabs.length - 1,
            };
            const to = keys[event.key];
            if (to === undefined) return;
            event.preventDefault();
            move(to);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
