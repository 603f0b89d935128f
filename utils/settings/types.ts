import type { CitationFormat } from '../citation/format';
import type { Strictness } from '../match/types';

/** The kinds of thing a reader can choose to highlight. */
export type HighlightKind =
  | 'person'
  | 'organization'
  | 'project'
  | 'government'
  | 'other'
  | 'claim';

/** Every highlight kind, in the order the popup lists them. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'person',
  'organization',
  'project',
  'government',
  'other',
  'claim',
];

export type HighlightStyle = 'underline' | 'background' | 'dotted';

export type Theme = 'auto' | 'light' | 'dark';

/** How a card is opened from a highlight. */
export type Activation = 'hover' | 'click';

/**
 * Which mentions of a name are underlined: only the first of each name per section of the page
 * (the rest stay reachable from the keyboard, the popup and the card), or every one.
 */
export type MarkMode = 'first' | 'every';

/** The longest hover delay the settings accept, in milliseconds. */
export const MAX_HOVER_DELAY_MS = 2000;

/** The current settings shape (storage version `SETTINGS_VERSION`). */
export interface Settings {
  /** "Pause everywhere". */
  paused: boolean;
  /** Per-site rules: hostname → on/off; the most specific hostname wins, no rule means on. */
  sites: Record<string, boolean>;
  /** Entities the reader hid with "not this", per hostname. */
  hiddenEntities: Record<string, string[]>;
  /** Claims the reader hid with "not this", per hostname. */
  hiddenClaims: Record<string, string[]>;
  /** Pointer intent delay before a card opens, in milliseconds (0–2000). */
  hoverDelayMs: number;
  markMode: MarkMode;
  activation: Activation;
  kinds: Record<HighlightKind, boolean>;
  highlightStyle: HighlightStyle;
  strictness: Strictness;
  theme: Theme;
  /** The format "Copy citation" uses (popup, index page and cards). */
  citationFormat: CitationFormat;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  sites: {},
  hiddenEntities: {},
  hiddenClaims: {},
  // Wikipedia Page Previews' delay: long enough that a pointer passing over a name opens nothing.
  hoverDelayMs: 500,
  markMode: 'first',
  activation: 'hover',
  kinds: {
    person: true,
    organization: true,
    project: true,
    government: true,
    other: true,
    claim: true,
  },
  highlightStyle: 'underline',
  strictness: 'balanced',
  theme: 'auto',
  citationFormat: 'plain',
});

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS itself is shared and frozen). */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    sites: {},
    hiddenEntities: {},
    hiddenClaims: {},
    kinds: { ...DEFAULT_SETTINGS.kinds },
  };
}
