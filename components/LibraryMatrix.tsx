import { wordingLabel } from '../utils/citation/attribution';
import type { MatrixRow } from '../utils/index/lookup';
import type { Article } from '../utils/index/types';

/** A cell's tooltip: the passage, labelled when it is an altered copy's wording. */
function cellTitle(article: Article | undefined, quote: string | undefined): string | undefined {
  if (quote === undefined) return undefined;
  const label = article ? wordingLabel(article.fidelity.kind) : null;
  return label ? `${label}: ${quote}` : `“${quote}”`;
}

/** The source-by-claim matrix: rows are claims, columns sources; corroborated and disputed marked. */
export interface LibraryMatrixProps {
  /** The source documents (columns). */
  columns: Article[];
  /** One row per claim. */
  rows: MatrixRow[];
  /** Moves to a claim's entry in the claims list. */
  claimHref: (claimId: string) => string;
  /** A claim's text, for "disputed by". */
  claimText: (claimId: string) => string | undefined;
}

/** A claim named in a narrow cell: its first words. */
function shortClaim(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

export function LibraryMatrix({ columns, rows, claimHref, claimText }: LibraryMatrixProps) {
  return (
    <section
      class="matrix-wrap"
      aria-label="Sources by claims (scrolls both ways)"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
      tabIndex={0}
    >
      <table class="matrix" data-testid="matrix">
        <caption class="visually-hidden">
          Which source reports which claim. A check mark means the source reports the claim.
        </caption>
        <thead>
          <tr>
            <th scope="col" class="matrix-claim-col">
              Claim
            </th>
            {columns.map((article) => (
              <th key={article.id} scope="col" class="matrix-source" title={article.headline}>
                {article.outlet}
              </th>
            ))}
            <th scope="col" class="matrix-status-col">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.claim.id}
              class={`${row.corroborated ? 'row-corroborated' : ''} ${row.disputed ? 'row-disputed' : ''}`}
            >
              <th scope="row" class="matrix-claim">
                <a href={claimHref(row.claim.id)}>{row.claim.text}</a>
              </th>
              {row.cells.map((cites, i) => (
                <td key={columns[i]?.id ?? i} class="matrix-cell">
                  {cites.length > 0 ? (
                    <span class="mark" title={cellTitle(columns[i], cites[0]?.quote)}>
                      <span aria-hidden="true">✓</span>
                      <span class="visually-hidden">Reported</span>
                    </span>
                  ) : (
                    <span class="visually-hidden">Not reported</span>
                  )}
                </td>
              ))}
              <td>
                <div class="matrix-status">
                  {row.corroborated && (
                    <span class="tag tag-ok">{row.sources} independent reports</span>
                  )}
                  {row.disputed && <span class="tag tag-warn">Disputed</span>}
                  {row.claim.disputedBy.map((id) => {
                    const text = claimText(id);
                    return text ? (
                      <span key={id} class="matrix-disputed-by">
                        by <a href={claimHref(id)}>{shortClaim(text)}</a>
                      </span>
                    ) : null;
                  })}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
