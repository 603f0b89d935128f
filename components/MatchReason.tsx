import type { MatchView } from './types';

export interface MatchReasonProps {
  /** Why the page's words were recognised. */
  match: MatchView;
}

/** A collapsed "why this was recognised" line (hypothesis/browser-extension#221). */
export function MatchReason({ match }: MatchReasonProps) {
  return (
    <details class="fc-why">
      <summary>Why this is marked</summary>
      <p>
        <strong>{match.how}</strong>
        {match.score !== null ? ` · ${Math.round(match.score * 100)}% match` : ''}
      </p>
      <p>{match.why}</p>
    </details>
  );
}
