import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One entity or claim in a list: a disclosure button, actions, and the panel it opens. */
export interface PopupItemProps {
  /** The item's name or claim text (the disclosure button's label). */
  title: string;
  /** A short kind label shown under the title ("Organization", "Claim · disputed"). */
  subtitle?: string;
  /** Mentions on the page; omitted in search results. */
  count?: number;
  /** Whether the panel is open. */
  expanded: boolean;
  /** Opens or closes the panel. */
  onToggle: () => void;
  /** Tags shown beside the subtitle (e.g. "Disputed", "3 sources"). */
  tags?: { text: string; tone?: 'warn' | 'ok' | 'info' }[];
  /** Buttons shown in the panel's action row. */
  actions?: ComponentChildren;
  /** The panel's content (description, citations). */
  children: ComponentChildren;
  /** Test hook on the list item. */
  testId?: string;
}

export function PopupItem(props: PopupItemProps) {
  const panelId = useId();
  const { title, subtitle, count, expanded, tags = [] } = props;
  return (
    <li class={`item${expanded ? ' item-open' : ''}`} data-testid={props.testId}>
      <button
        type="button"
        class="item-toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={props.onToggle}
      >
        <svg class="item-chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d={expanded ? 'M3.5 6 8 10.5 12.5 6' : 'M6 3.5 10.5 8 6 12.5'}
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        </svg>
        <span class="item-text">
          <span class="item-title">{title}</span>
          {(subtitle || tags.length > 0) && (
            <span class="item-sub">
              {subtitle && <span>{subtitle}</span>}
              {tags.map((tag) => (
                <span key={tag.text} class={`tag tag-${tag.tone ?? 'info'}`}>
                  {tag.text}
                </span>
              ))}
            </span>
          )}
        </span>
        {count !== undefined && (
          <span class="count" data-testid="mention-count">
            {count}
            <span class="visually-hidden"> {count === 1 ? 'mention' : 'mentions'}</span>
          </span>
        )}
      </button>
      {expanded && (
        <div class="item-panel" id={panelId}>
          {props.actions && <div class="item-actions">{props.actions}</div>}
          {props.children}
        </div>
      )}
    </li>
  );
}
