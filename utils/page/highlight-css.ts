/**
 * The `::highlight()` rules, as text for a constructed stylesheet. Pure: the colours depend on
 * the page's background (hypothesis/product-backlog#198: marks must stay readable on any page)
 * and on the reader's chosen style; forced-colors mode gets system colours.
 */
import type { HighlightKind, HighlightStyle } from '../settings/types';
import { HIGHLIGHT_KINDS } from '../settings/types';
import { highlightName } from './kinds';

type Rgb = [number, number, number];

/**
 * Underline colours per kind: dark enough on white pages, light enough on dark ones (≥ 4.5:1).
 * None is red: a red line under a government's name reads like a spelling error.
 */
export const PALETTE: Record<'light' | 'dark', Record<HighlightKind, Rgb>> = {
  light: {
    person: [29, 78, 216],
    organization: [4, 120, 87],
    project: [109, 40, 217],
    government: [14, 116, 144],
    other: [133, 90, 14],
    claim: [71, 85, 105],
  },
  dark: {
    person: [147, 197, 253],
    organization: [110, 231, 183],
    project: [196, 181, 253],
    government: [103, 232, 249],
    other: [252, 211, 77],
    claim: [203, 213, 225],
  },
};

/** The open card's mention: a soft yellow, like a reader's own highlighter pen. */
const ACTIVE: Record<'light' | 'dark', string> = {
  light: 'rgb(250 204 21 / 0.4)',
  dark: 'rgb(250 204 21 / 0.3)',
};

/** A kind's colour as CSS, for the colour key in the popup and the welcome page. */
export function kindColor(kind: HighlightKind, dark: boolean): string {
  return rgba(PALETTE[dark ? 'dark' : 'light'][kind]);
}

function rgba([r, g, b]: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;
}

function underline(color: string, style: 'solid' | 'dotted' | 'dashed', px: number): string {
  return [
    'text-decoration-line: underline',
    `text-decoration-style: ${style}`,
    `text-decoration-color: ${color}`,
    `text-decoration-thickness: ${px}px`,
    // Below the descenders, and unbroken: "Beijing" keeps one line under the g and the j.
    'text-underline-offset: 0.3em',
    'text-decoration-skip-ink: none',
  ].join('; ');
}

function entityRule(style: HighlightStyle, rgb: Rgb, dark: boolean): string {
  switch (style) {
    case 'background':
      return `background-color: ${rgba(rgb, dark ? 0.28 : 0.16)}`;
    case 'dotted':
      return underline(rgba(rgb), 'dotted', 2);
    default:
      return underline(rgba(rgb, 0.85), 'solid', 2);
  }
}

/**
 * A claim's marker is its sentence's last character (mark-plan.ts): a small tinted block where
 * the sentence ends, covering no word of it, in every style.
 */
function claimRule(rgb: Rgb, dark: boolean): string {
  return `background-color: ${rgba(rgb, dark ? 0.5 : 0.4)}`;
}

export interface HighlightCssOptions {
  style: HighlightStyle;
  /** Whether the page's background is dark. */
  dark: boolean;
}

export function buildHighlightCss({ style, dark }: HighlightCssOptions): string {
  const palette = PALETTE[dark ? 'dark' : 'light'];
  const rules = HIGHLIGHT_KINDS.map((kind) => {
    const rule =
      kind === 'claim' ? claimRule(palette[kind], dark) : entityRule(style, palette[kind], dark);
    return `::highlight(${highlightName(kind)}) { ${rule}; }`;
  });
  rules.push(
    `::highlight(${highlightName('active')}) { background-color: ${ACTIVE[dark ? 'dark' : 'light']}; }`,
  );
  const entities = HIGHLIGHT_KINDS.filter((k) => k !== 'claim')
    .map((k) => `::highlight(${highlightName(k)})`)
    .join(', ');
  const claim = `::highlight(${highlightName('claim')})`;
  const active = `::highlight(${highlightName('active')}) { background-color: Highlight; color: HighlightText; }`;
  // Forced colours drop author colours; system colours keep the marks visible and distinct.
  const forced =
    style === 'background'
      ? `${entities} { background-color: Mark; color: MarkText; }
  ${claim} { background-color: transparent; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: CanvasText; }`
      : `${entities} { background-color: transparent; text-decoration-line: underline; text-decoration-color: Highlight; text-decoration-thickness: 2px; }
  ${claim} { background-color: transparent; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: CanvasText; }`;
  return `${rules.join('\n')}\n@media (forced-colors: active) {\n  ${forced}\n  ${active}\n}\n`;
}

/** Parses `rgb()` / `rgba()` as returned by getComputedStyle; null for anything else. */
export function parseComputedColor(value: string): { rgb: Rgb; alpha: number } | null {
  const match =
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      value.trim(),
    );
  if (!match) return null;
  const alphaText = match[4];
  let alpha = 1;
  if (alphaText !== undefined) {
    alpha = alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  }
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Whether the page reads as dark: the first opaque background from the body up to the root,
 * or the canvas colour scheme when neither paints one.
 */
export function isDarkBackground(backgrounds: readonly string[], canvasIsDark: boolean): boolean {
  for (const value of backgrounds) {
    const color = parseComputedColor(value);
    if (color && color.alpha >= 0.5) return relativeLuminance(color.rgb) < 0.35;
  }
  return canvasIsDark;
}
