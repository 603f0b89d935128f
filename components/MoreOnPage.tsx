export interface MoreOnPageProps {
  /** Other mentions of the same thing on the page. */
  count: number | undefined;
  /** Moves to the next one and opens its card. */
  onNext: () => void;
}

/** "n more on this page": the unmarked mentions, one press away. */
export function MoreOnPage({ count, onNext }: MoreOnPageProps) {
  if (!count) return null;
  return (
    <button type="button" class="fc-link-button fc-on-page" onClick={onNext}>
      {count} more on this page
      <span class="fc-muted" aria-hidden="true">
        {' '}
        — next
      </span>
    </button>
  );
}
