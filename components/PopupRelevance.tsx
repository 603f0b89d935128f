import type { PageRelevanceState } from '../utils/messaging';

/** Whether the page is about the index's story, why, and the way to see everything anyway. */
export interface PopupRelevanceProps {
  /** The page's decision and its explanation, as the content script made them. */
  relevance: PageRelevanceState;
  /** Shows everything found on the page (true) or only what fits its relevance (false). */
  onShowEverything: (on: boolean) => void;
}

export function PopupRelevance({ relevance, onShowEverything }: PopupRelevanceProps) {
  const quiet = relevance.relevance !== 'on-topic';
  return (
    <section
      class={`relevance relevance-${relevance.relevance}`}
      aria-label="Is this page about the story?"
      data-testid="relevance"
    >
      <p class="relevance-text" data-testid="relevance-text">
        {relevance.explanation}
      </p>
      {quiet &&
        (relevance.showEverything ? (
          <p class="relevance-note">
            Showing everything found on this page for this visit.{' '}
            <button
              type="button"
              class="btn-link"
              data-testid="show-fitting"
              onClick={() => onShowEverything(false)}
            >
              Show only what fits
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="btn"
            data-testid="show-everything"
            onClick={() => onShowEverything(true)}
          >
            Show everything on this page
          </button>
        ))}
    </section>
  );
}
