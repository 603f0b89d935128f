import type { BackgroundView } from './types';

export interface BackgroundListProps {
  /** Facts from outside the reports, each with its own source. */
  items: readonly BackgroundView[];
}

/** Background facts, visibly labelled so they never pass for what the reports say. */
export function BackgroundList({ items }: BackgroundListProps) {
  if (items.length === 0) return null;
  return (
    <ul class="fc-background" data-testid="background">
      {items.map((item) => (
        <li key={item.text} class="fc-background-item">
          <span class="fc-tag fc-tag-background">Background</span> {item.text}
          <span class="fc-background-source">
            {' '}
            Source:{' '}
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.credit}
              </a>
            ) : (
              item.credit
            )}
            {item.unverifiedUrl ? (
              <span class="fc-url-text"> (link not verified: {item.unverifiedUrl})</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
