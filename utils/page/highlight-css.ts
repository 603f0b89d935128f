/**
 * The `::highlight()` rules, as text for a constructed stylesheet. Pure: the colours depend on
 * the page's background (hypothesis/product-backlog#198: marks must stay readable on any page)
 * and on the reader's chosen style; forced-colors mode gets system colours.
 */
import type { HighlightKind, HighlightStyle } from '../settings/types';
import { HIGHLIGHT_KINDS } from '../settings/types';
import { highlightName } from './kinds';

type Rgb = [number, number, number];

/** Underline colours per kind: dark enough on white pages, light enough on dark ones (≥ 4.5:1). */
const PALETTE: Record<'light' | 'dark', Record<HighlightKind, Rgb>> = {
  light: {
    person: [29, 78, 216],
    organization: [4, 120, 87],
    project: [109, 40, 217],
    government: [185, 28, 28],
    other: [146, 64, 14],
    claim: [100, 116, 139],
  },
  dark: {
    person: [147, 197, 253],
    organization: [110, 231, 183],
    project: [196, 181, 253],
    government: [252, 165, 165],
    other: [252, 211, 77],
    claim: [148, 163, 184],
  },
};

function rgba([r, g, b]: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;
}

function underline(color: string, style: 'solid' | 'dotted' | 'dashed', px: number): string {
  return [
    'text-decoration-line: underline',
    `text-decoration-style: ${style}`,
    `text-decoration-color: ${color}`,
    `text-decoration-thickness: ${px}px`,
    'text-underline-offset: 0.18em',
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

/** Claims are whole sentences: a subtler mark than the names inside them. */
function claimRule(style: HighlightStyle, rgb: Rgb, dark: boolean): string {
  if (style === 'dotted') return `background-color: ${rgba(rgb, dark ? 0.16 : 0.1)}`;
  return underline(rgba(rgb, 0.75), 'dotted', 1);
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
      kind === 'claim'
        ? claimRule(style, palette[kind], dark)
        : entityRule(style, palette[kind], dark);
    return `::highlight(${highlightName(kind)}) { ${rule}; }`;
  });
  const entities = HIGHLIGHT_KINDS.filter((k) => k !== 'claim')
    .map((k) => `::highlight(${highlightName(k)})`)
    .join(', ');
  const claim = `::highlight(${highlightName('claim')})`;
  // Forced colours drop author colours; system colours keep the marks visible and distinct.
  const forced =
    style === 'background'
      ? `${entities} { background-color: Mark; color: MarkText; }
  ${claim} { background-color: transparent; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: CanvasText; }`
      : `${entities} { background-color: transparent; text-decoration-line: underline; text-decoration-color: Highlight; text-decoration-thickness: 2px; }
  ${claim} { background-color: transparent; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: CanvasText; }`;
  return `${rules.join('\n')}\n@media (forced-colors: active) {\n  ${forced}\n}\n`;
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
