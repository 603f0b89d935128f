import type { Strictness } from '../match/types';

/** The kinds of thing a reader can choose to highlight. */
export type HighlightKind =
  | 'person'
  | 'organization'
  | 'project'
  | 'government'
  | 'other'
  | 'claim';

export type HighlightStyle = 'underline' | 'background' | 'dotted';

export type Theme = 'auto' | 'light' | 'dark';

/** How a card is opened from a highlight. */
export type Activation = 'hover' | 'click';

export interface Settings {
  /** "Pause everywhere". */
  paused: boolean;
  /** Per-site rules: hostname → on/off; the most specific hostname wins, no rule means on. */
  sites: Record<string, boolean>;
  /** Entities the reader hid with "not this", per hostname. */
  hiddenEntities: Record<string, string[]>;
  /** Pointer intent delay before a card opens, in milliseconds. */
  hoverDelayMs: number;
  activation: Activation;
  kinds: Record<HighlightKind, boolean>;
  highlightStyle: HighlightStyle;
  strictness: Strictness;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  sites: {},
  hiddenEntities: {},
  hoverDelayMs: 300,
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
});
