export interface HiddenItem {
  kind: 'entity' | 'claim';
  id: string;
  /** The entity's name or the claim's text. */
  label: string;
}

export interface PopupHiddenProps {
  /** The site the list is for. */
  hostname: string;
  /** What "Not this" hid on it. */
  items: HiddenItem[];
  /** Shows one again. */
  onShow: (item: HiddenItem) => void;
}

/** "Hidden here": what the reader hid on this site, each one button away from coming back. */
export function PopupHidden({ hostname, items, onShow }: PopupHiddenProps) {
  if (items.length === 0) return null;
  return (
    <details class="panel-section hidden-here" data-testid="hidden-here">
      <summary class="section-heading">
        Hidden here<span class="section-count">{items.length}</span>
      </summary>
      <ul class="rows">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`} class="row">
            <span class="row-text">{item.label}</span>
            <button
              type="button"
              class="btn btn-small"
              aria-label={`Show ${item.label} again on ${hostname}`}
              onClick={() => onShow(item)}
            >
              Show
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
