import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryMatrix } from '../../components/LibraryMatrix';
import { LibraryClaims, LibraryEntities, LibrarySources } from '../../components/LibrarySections';
import { PopupSearchField } from '../../components/PopupSearch';
import { createLookup, sourceClaimMatrix } from '../../utils/index/lookup';
import type { CompiledIndex } from '../../utils/index/types';
import { createIndexSearch } from '../../utils/search/search';
import type { Theme } from '../../utils/settings/types';

export interface LibraryAppProps {
  /** The bundled index. */
  index: CompiledIndex;
  /** Starts a download of the index as JSON. */
  onExport: () => void;
  /** Subscribes to the theme setting; returns the unsubscribe function. */
  watchTheme: (callback: (theme: Theme) => void) => () => void;
}

export function LibraryApp({ index, onExport, watchTheme }: LibraryAppProps) {
  const lookup = useMemo(() => createLookup(index), [index]);
  const search = useMemo(() => createIndexSearch(index), [index]);
  const matrix = useMemo(() => sourceClaimMatrix(index), [index]);
  const [query, setQuery] = useState('');
  const header = useRef<HTMLElement>(null);

  // Whatever the bar's height (it wraps on a phone), a heading reached by a link lands below it.
  useEffect(() => {
    const bar = header.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `${Math.ceil(bar.getBoundingClientRect().height) + 12}px`;
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () =>
      watchTheme((theme) => {
        document.documentElement.dataset.theme = theme;
      }),
    [watchTheme],
  );

  const hits = query.trim().length >= 2 ? search.search(query, { limit: 200 }) : null;
  const entities = hits
    ? hits.flatMap((h) => (h.kind === 'entity' ? [h.entity] : []))
    : index.entities;
  const claims = hits ? hits.flatMap((h) => (h.kind === 'claim' ? [h.claim] : [])) : index.claims;
  const corroborated = matrix.rows.filter((r) => r.corroborated).length;
  const disputed = matrix.rows.filter((r) => r.disputed).length;

  return (
    <>
      <a class="skip" href="#main">
        Skip to the index
      </a>
      <header class="lib-header" ref={header}>
        <div class="lib-header-inner">
          <h1>Fact Cards index</h1>
          <p class="muted">
            {index.entities.length} entities · {index.claims.length} claims ·{' '}
            {index.articles.length} sources
          </p>
          <div class="lib-tools">
            <PopupSearchField
              query={query}
              onQuery={setQuery}
              placeholder="Search entities and claims (typos are fine)…"
            />
            <button type="button" class="btn" onClick={onExport} data-testid="export-index">
              Export index (JSON)
            </button>
          </div>
          <nav aria-label="Sections">
            <ul class="lib-nav">
              <li>
                <a href="#matrix-heading">Sources × claims</a>
              </li>
              <li>
                <a href="#sources-heading">Sources</a>
              </li>
              <li>
                <a href="#claims-heading">Claims</a>
              </li>
              <li>
                <a href="#entities-heading">Entities</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="lib-main">
        {hits && (
          <p role="status" class="lib-result-count">
            {entities.length} entities and {claims.length} claims match “{query.trim()}”.
          </p>
        )}
        {!hits && (
          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">Which source reports which claim</h2>
            <p class="muted">
              {corroborated} claims are reported by two or more sources (green); {disputed} are
              disputed (orange edge).
            </p>
            <LibraryMatrix
              columns={matrix.columns}
              rows={matrix.rows}
              claimHref={(id) => `#claim-${id}`}
              claimText={(id) => lookup.claim(id)?.text}
            />
          </section>
        )}
        {!hits && (
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources</h2>
            <LibrarySources articles={index.articles} lookup={lookup} />
          </section>
        )}
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims</h2>
          <LibraryClaims claims={claims} lookup={lookup} />
        </section>
        <section aria-labelledby="entities-heading">
          <h2 id="entities-heading">Entities</h2>
          <LibraryEntities entities={entities} lookup={lookup} />
        </section>
      </main>
    </>
  );
}
