import type { ComponentChildren } from 'preact';

export interface CardShellProps {
  /** Accessible name of the dialog ("TikTok, organisation"). */
  label: string;
  /** Small line above the title: the entity type or "Claim". */
  eyebrow: string;
  /** The card's heading. */
  title: string;
  /** Body content. */
  children: ComponentChildren;
  /** Buttons shown at the bottom. */
  actions?: ComponentChildren;
  /** Called by the close button and Escape. */
  onClose: () => void;
}

/** A non-modal dialog frame: heading, scrolling body, action bar. */
export function CardShell({ label, eyebrow, title, children, actions, onClose }: CardShellProps) {
  return (
    <div
      class="fc-card"
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      data-testid="fact-card"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="fc-head">
        <div class="fc-head-text">
          <p class="fc-eyebrow">{eyebrow}</p>
          <h2 class="fc-title">{title}</h2>
        </div>
        <button type="button" class="fc-close" aria-label="Close card" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" fill="none" />
          </svg>
        </button>
      </header>
      <div class="fc-body">{children}</div>
      {actions ? <footer class="fc-actions">{actions}</footer> : null}
    </div>
  );
}
