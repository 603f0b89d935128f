import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ColourKey } from '../../components/ColourKey';
import type { PopupEntryContext } from '../../components/PopupEntries';
import { PopupHidden } from '../../components/PopupHidden';
import { PopupPageList } from '../../components/PopupPageList';
import { PopupRelevance } from '../../components/PopupRelevance';
import { PopupSearchField, PopupSearchResults, SEARCH_PAGE } from '../../components/PopupSearch';
import { PopupSiteControls } from '../../components/PopupSiteControls';
import { PopupTabs } from '../../components/PopupTabs';
import { SettingsPanel, type Shortcut } from '../../components/SettingsPanel';
import { SettingsTransfer } from '../../components/SettingsTransfer';
import { CITATION_FORMATS, formatCitations } from '../../utils/citation/format';
import { createLookup, type ResolvedCitation } from '../../utils/index/lookup';
import type { CompiledIndex } from '../../utils/index/types';
import type { PageState } from '../../utils/messaging';
import { hiddenOnSite } from '../../utils/popup/hidden-items';
import { pageEntries } from '../../utils/popup/page-entries';
import { createIndexSearch } from '../../utils/search/search';
import { withClaimShown } from '../../utils/settings/hidden-claims';
import { normalizeHostname } from '../../utils/settings/hostname';
import {
  isSiteEnabled,
  siteStatus,
  withEntityShown,
  withoutSiteRule,
  withSiteEnabled,
} from '../../utils/settings/sites';
import { exportSettings, readSettingsFile, settingsFileName } from '../../utils/settings/transfer';
import { defaultSettings, type Settings } from '../../utils/settings/types';
import type { PopupServices, TargetTab } from './services';

export interface AppProps {
  /** The bundled index. */
  index: CompiledIndex;
  /** Browser access (real or fake). */
  services: PopupServices;
}

type Load<T> = { state: 'loading' } | { state: 'done'; value: T };

/** How long a status message ("Copied…") stays before it clears. */
const STATUS_MS = 4000;

/** Applies the theme setting; "auto" leaves it to prefers-color-scheme. */
function applyTheme(theme: Settings['theme'], root = document.documentElement) {
  root.dataset.theme = theme;
}

export function App({ index, services }: AppProps) {
  const lookup = useMemo(() => createLookup(index), [index]);
  const search = useMemo(() => createIndexSearch(index), [index]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<Load<TargetTab | null>>({ state: 'loading' });
  const [page, setPage] = useState<Load<PageState | null>>({ state: 'loading' });
  const [view, setView] = useState<'page' | 'settings'>('page');
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [searchShown, setSearchShown] = useState(SEARCH_PAGE);
  const [transferMessage, setTransferMessage] = useState<{
    kind: 'error' | 'ok';
    text: string;
  } | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const refreshTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let live = true;
    services.loadSettings().then((s) => live && setSettings(s));
    const unwatch = services.watchSettings((s) => setSettings(s));
    services.shortcuts().then((s) => live && setShortcuts(s));
    services.targetTab().then(async (target) => {
      if (!live) return;
      setTab({ state: 'done', value: target });
      const state = target ? await services.getPageState(target.id) : null;
      if (live) setPage({ state: 'done', value: state });
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [services]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const target = tab.state === 'done' ? tab.value : null;
  const pageState = page.state === 'done' ? page.value : null;
  const current = settings ?? defaultSettings();
  const hostname = pageState?.hostname ? pageState.hostname : null;
  const reachable = pageState !== null && pageState.status !== 'unsupported' && hostname !== null;
  const displayStatus =
    page.state === 'loading'
      ? 'loading'
      : reachable && hostname
        ? siteStatus(current, hostname)
        : 'unsupported';

  /** Asks the page again after a settings change: the content script rescans on its own. */
  const refreshPage = () => {
    if (!target) return;
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(async () => {
      const state = await services.getPageState(target.id);
      setPage({ state: 'done', value: state });
    }, 400);
  };

  const change = (fn: (s: Settings) => Settings) => {
    setSettings((s) => fn(s ?? defaultSettings()));
    services.updateSettings(fn).then(refreshPage, () => setStatus('Could not save the setting.'));
  };

  const formatLabel =
    CITATION_FORMATS.find((f) => f.id === current.citationFormat)?.label ?? 'Plain text';

  const ctx: PopupEntryContext = {
    lookup,
    expanded,
    formatLabel,
    format: current.citationFormat,
    onFormat: (citationFormat) => change((s) => ({ ...s, citationFormat })),
    onToggle: (key) =>
      setExpanded((open) => {
        const next = new Set(open);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    onCopy: async (cites: ResolvedCitation[], what: string) => {
      const text = formatCitations(
        cites.map((c) => ({
          claim: c.claim,
          citation: c.citation,
          article: c.article,
          articleOf: lookup.article,
          accessed: services.now(),
          pageUrl: pageState?.url,
        })),
        current.citationFormat,
      );
      try {
        await services.copy(text);
        const n = cites.length;
        setStatus(`Copied ${n === 1 ? 'citation' : `${n} citations`} (${what}) as ${formatLabel}.`);
      } catch {
        setStatus('Could not copy: the browser refused access to the clipboard.');
      }
    },
    onJump:
      target && displayStatus === 'on'
        ? async (kind, id, name) => {
            const ok = await services.jumpTo(target.id, { kind, id });
            setStatus(ok ? `Showing ${name} on the page.` : `Could not find ${name} on the page.`);
          }
        : undefined,
  };

  const entries = pageState && displayStatus === 'on' ? pageEntries(lookup, pageState) : null;
  const hidden = hostname ? hiddenOnSite(current, hostname, lookup) : [];
  const dark =
    current.theme === 'dark' ||
    (current.theme === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  const onPage = new Set([
    ...(pageState?.entities ?? []).map((e) => `entity:${e.entityId}`),
    ...(pageState?.claims ?? []).map((c) => `claim:${c.claimId}`),
  ]);
  // Every hit is counted; "Show more" lists them a page at a time.
  const hits =
    query.trim().length >= 2 ? search.search(query, { limit: Number.POSITIVE_INFINITY }) : null;

  return (
    <div class="popup">
      <header class="top">
        <div class="brand">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <h1>{services.manifest.name}</h1>
          <span class="version" data-testid="version">
            v{services.manifest.version}
          </span>
        </div>
        <PopupSiteControls
          hostname={hostname ? normalizeHostname(hostname) : null}
          title={pageState?.title || target?.title}
          status={displayStatus === 'loading' ? 'on' : displayStatus}
          siteOn={hostname ? isSiteEnabled(current, hostname) : false}
          paused={current.paused}
          onSiteChange={(on) => hostname && change((s) => withSiteEnabled(s, hostname, on))}
          onPauseChange={(paused) => change((s) => ({ ...s, paused }))}
        />
        <PopupTabs
          label="Popup sections"
          selected={view}
          onSelect={(id) => {
            setView(id === 'settings' ? 'settings' : 'page');
            setStatus('');
          }}
          tabs={[
            { id: 'page', label: 'This page' },
            { id: 'settings', label: 'Settings' },
          ]}
        />
      </header>
      <main class="content">
        <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`}>
          {view === 'page' ? (
            <>
              {pageState?.relevance && displayStatus === 'on' && (
                <PopupRelevance
                  relevance={pageState.relevance}
                  onShowEverything={async (on) => {
                    if (!target) return;
                    const state = await services.showEverything(target.id, on);
                    if (state) setPage({ state: 'done', value: state });
                    else setStatus('The page did not answer.');
                  }}
                />
              )}
              <PopupSearchField
                query={query}
                onQuery={(next) => {
                  setQuery(next);
                  setSearchShown(SEARCH_PAGE);
                }}
              />
              {hits ? (
                <PopupSearchResults
                  query={query.trim()}
                  hits={hits}
                  ctx={ctx}
                  onPage={onPage}
                  shown={searchShown}
                  onShowMore={() => setSearchShown((n) => n + SEARCH_PAGE)}
                />
              ) : (
                <PopupPageList page={entries} status={displayStatus} ctx={ctx} />
              )}
              {hostname && (
                <PopupHidden
                  hostname={normalizeHostname(hostname)}
                  items={hidden}
                  onShow={(item) =>
                    change((s) =>
                      item.kind === 'entity'
                        ? withEntityShown(s, hostname, item.id)
                        : withClaimShown(s, hostname, item.id),
                    )
                  }
                />
              )}
              <details class="panel-section key" data-testid="colour-key-section">
                <summary class="section-heading">Colour key</summary>
                <ColourKey dark={Boolean(dark)} />
              </details>
            </>
          ) : (
            <SettingsPanel
              settings={current}
              onChange={change}
              entityName={(id) => lookup.entity(id)?.name ?? id}
              shortcuts={shortcuts}
              onOpenLibrary={() => void services.openLibrary()}
              onRemoveSite={(host) => change((s) => withoutSiteRule(s, host))}
              onShowEntity={(host, id) => change((s) => withEntityShown(s, host, id))}
              transfer={
                <SettingsTransfer
                  message={transferMessage}
                  onExport={() => {
                    const now = services.now();
                    services.download(settingsFileName(now), exportSettings(current, now));
                    setTransferMessage({ kind: 'ok', text: 'Settings exported.' });
                  }}
                  readFile={readSettingsFile}
                  onImport={(result) => {
                    if (!result.ok) {
                      setTransferMessage({ kind: 'error', text: result.error });
                      return;
                    }
                    // Imported only once written: a failed write leaves the old settings shown.
                    services
                      .updateSettings(() => result.settings)
                      .then(
                        () => {
                          setSettings(result.settings);
                          setTransferMessage({ kind: 'ok', text: 'Settings imported.' });
                          refreshPage();
                        },
                        () =>
                          setTransferMessage({
                            kind: 'error',
                            text: 'The imported settings could not be saved, so no settings were changed.',
                          }),
                      );
                  }}
                />
              }
            />
          )}
        </div>
      </main>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
    </div>
  );
}
