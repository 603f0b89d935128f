import type { ComponentChildren } from 'preact';
import { CITATION_FORMATS } from '../utils/citation/format';
import type { Strictness } from '../utils/match/types';
import { disabledSites, hiddenEntityList } from '../utils/settings/sites';
import {
  type Activation,
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type HighlightStyle,
  MAX_HOVER_DELAY_MS,
  type MarkMode,
  type Settings,
  type Theme,
} from '../utils/settings/types';

/** A keyboard shortcut as the browser reports it. */
export interface Shortcut {
  /** Command name, e.g. "next-mention". */
  name: string;
  /** What the command does. */
  description: string;
  /** The keys, or "" when the reader removed the shortcut. */
  shortcut: string;
}

/** Every setting, the lists of sites turned off and entities hidden, and the shortcuts. */
export interface SettingsPanelProps {
  /** The current settings. */
  settings: Settings;
  /** Applies a change to the settings. */
  onChange: (change: (settings: Settings) => Settings) => void;
  /** Resolves an entity id to its entity for the hidden list. */
  entityName: (id: string) => string;
  /** Keyboard shortcuts to show. */
  shortcuts: Shortcut[];
  /** Opens the index page. */
  onOpenLibrary: () => void;
  /** Turns a site back on (removes its rule). */
  onRemoveSite: (host: string) => void;
  /** Shows a hidden entity again on a site. */
  onShowEntity: (host: string, entityId: string) => void;
  /** The import/export block. */
  transfer: ComponentChildren;
}

const KIND_LABEL: Record<HighlightKind, string> = {
  person: 'People',
  organization: 'Organizations',
  project: 'Projects',
  government: 'Government',
  other: 'Other',
  claim: 'Claims',
};

interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** A radio group in a fieldset. */
function Radios<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="field">
      <legend class="field-label">{props.legend}</legend>
      <div class="segmented">
        {props.choices.map((choice) => (
          <label key={choice.value} class="segment">
            <input
              type="radio"
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {props.choices.find((c) => c.value === props.value)?.hint && (
        <p class="field-hint">{props.choices.find((c) => c.value === props.value)?.hint}</p>
      )}
    </fieldset>
  );
}

const STRICTNESS: Choice<Strictness>[] = [
  { value: 'strict', label: 'Strict', hint: 'Exact names only; no guessing at misspellings.' },
  { value: 'balanced', label: 'Balanced', hint: 'Exact names and close spellings of long names.' },
  { value: 'loose', label: 'Loose', hint: 'Also weaker matches; may highlight the odd mistake.' },
];

export function SettingsPanel(props: SettingsPanelProps) {
  const { settings, onChange } = props;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange((s) => ({ ...s, [key]: value }));
  const sitesOff = disabledSites(settings);
  const hidden = hiddenEntityList(settings);
  return (
    <div class="settings" data-testid="settings">
      <section class="panel-section" aria-labelledby="cards-heading">
        <h2 id="cards-heading" class="section-heading">
          Cards
        </h2>
        <Radios<Activation>
          name="activation"
          legend="Open a card on"
          value={settings.activation}
          choices={[
            { value: 'hover', label: 'Hover' },
            { value: 'click', label: 'Click' },
          ]}
          onChange={(value) => set('activation', value)}
        />
        <div class="field">
          <div class="field-row">
            <label class="field-label" for="hover-delay">
              Hover delay
            </label>
            <output class="field-value" for="hover-delay">
              {settings.hoverDelayMs} ms
            </output>
          </div>
          <input
            id="hover-delay"
            type="range"
            min={0}
            max={MAX_HOVER_DELAY_MS}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            disabled={settings.activation === 'click'}
            aria-describedby="hover-delay-hint"
            onInput={(event) => set('hoverDelayMs', Number(event.currentTarget.value))}
          />
          <p class="field-hint" id="hover-delay-hint">
            {settings.activation === 'click'
              ? 'Cards open on click, so there is no delay.'
              : 'How long the pointer rests on a highlight before its card opens.'}
          </p>
        </div>
        <Radios<Theme>
          name="theme"
          legend="Theme (popup and cards)"
          value={settings.theme}
          choices={[
            { value: 'auto', label: 'Auto', hint: 'Follows the system’s light or dark mode.' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={(value) => set('theme', value)}
        />
        <div class="field">
          <label class="field-label" for="citation-format">
            Citation format
          </label>
          <select
            id="citation-format"
            class="select"
            value={settings.citationFormat}
            onChange={(event) =>
              set('citationFormat', event.currentTarget.value as Settings['citationFormat'])
            }
          >
            {CITATION_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section class="panel-section" aria-labelledby="highlights-heading">
        <h2 id="highlights-heading" class="section-heading">
          Highlights
        </h2>
        <fieldset class="field">
          <legend class="field-label">Highlight</legend>
          <div class="checks">
            {HIGHLIGHT_KINDS.map((kind) => (
              <label key={kind} class="check">
                <input
                  type="checkbox"
                  checked={settings.kinds[kind]}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    onChange((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
                  }}
                />
                <span>{KIND_LABEL[kind]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Radios<MarkMode>
          name="mark-mode"
          legend="Mark"
          value={settings.markMode}
          choices={[
            {
              value: 'first',
              label: 'First mention of each name',
              hint: 'The rest: Alt+Shift+J/K, this list, or the card’s “more on this page”.',
            },
            { value: 'every', label: 'Every mention' },
          ]}
          onChange={(value) => set('markMode', value)}
        />
        <Radios<HighlightStyle>
          name="highlight-style"
          legend="Style"
          value={settings.highlightStyle}
          choices={[
            { value: 'underline', label: 'Underline' },
            { value: 'background', label: 'Background' },
            { value: 'dotted', label: 'Dotted' },
          ]}
          onChange={(value) => set('highlightStyle', value)}
        />
        <Radios<Strictness>
          name="strictness"
          legend="Matching"
          value={settings.strictness}
          choices={STRICTNESS}
          onChange={(value) => set('strictness', value)}
        />
      </section>

      <section class="panel-section" aria-labelledby="sites-heading">
        <h2 id="sites-heading" class="section-heading">
          Sites turned off
        </h2>
        {sitesOff.length === 0 ? (
          <p class="muted">None. Fact Cards runs on every site.</p>
        ) : (
          <ul class="rows" data-testid="sites-off">
            {sitesOff.map((host) => (
              <li key={host} class="row">
                <span class="row-text">{host}</span>
                <button
                  type="button"
                  class="btn btn-small"
                  aria-label={`Turn ${host} back on`}
                  onClick={() => props.onRemoveSite(host)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <h2 id="hidden-heading" class="section-heading">
          Hidden with “not this”
        </h2>
        {hidden.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="rows" data-testid="hidden-entities" aria-labelledby="hidden-heading">
            {hidden.map(({ host, entityId }) => (
              <li key={`${host}/${entityId}`} class="row">
                <span class="row-text">
                  {props.entityName(entityId)} <span class="muted">on {host}</span>
                </span>
                <button
                  type="button"
                  class="btn btn-small"
                  aria-label={`Show ${props.entityName(entityId)} on ${host} again`}
                  onClick={() => props.onShowEntity(host, entityId)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel-section" aria-labelledby="keys-heading">
        <h2 id="keys-heading" class="section-heading">
          Keyboard shortcuts
        </h2>
        <dl class="shortcuts" data-testid="shortcuts">
          {props.shortcuts.map((s) => (
            <div key={s.name} class="shortcut">
              <dt>{s.description}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">Not set</span>}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section class="panel-section" aria-labelledby="data-heading">
        <h2 id="data-heading" class="section-heading">
          Index and settings
        </h2>
        <button type="button" class="btn" onClick={props.onOpenLibrary}>
          Open the index
        </button>
        {props.transfer}
      </section>
    </div>
  );
}
