import { describe, expect, test } from 'vitest';
import {
  buildHighlightCss,
  isDarkBackground,
  PALETTE,
  parseComputedColor,
  relativeLuminance,
} from '../../../utils/page/highlight-css';
import { highlightName } from '../../../utils/page/kinds';

describe('buildHighlightCss', () => {
  test('one rule per kind under prefixed names, and forced-colors fallbacks', () => {
    const css = buildHighlightCss({ style: 'underline', dark: false });
    for (const kind of ['person', 'organization', 'project', 'government', 'other', 'claim']) {
      expect(css).toContain(`::highlight(fact-cards-${kind})`);
    }
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).toContain('Highlight');
  });

  test('claims get a small tinted marker, the open mention a highlight; no kind is red', () => {
    const css = buildHighlightCss({ style: 'underline', dark: false });
    const rule = (name: string) =>
      css.split('\n').find((l) => l.startsWith(`::highlight(fact-cards-${name})`)) ?? '';
    expect(rule('claim')).toContain('background-color');
    expect(rule('claim')).not.toContain('text-decoration');
    expect(rule('active')).toContain('background-color: rgb(250 204 21');
    expect(rule('person')).toContain('text-decoration-skip-ink: none');
    for (const [r, g, b] of Object.values(PALETTE.light))
      expect(r > g + 60 && r > b + 60).toBe(false);
  });

  test('background style tints; dark pages get lighter colours', () => {
    expect(buildHighlightCss({ style: 'background', dark: false })).toContain(
      'background-color: rgb(29 78 216 / 0.16)',
    );
    expect(buildHighlightCss({ style: 'underline', dark: true })).toContain('rgb(147 197 253');
    expect(buildHighlightCss({ style: 'dotted', dark: false })).toContain(
      'text-decoration-style: dotted',
    );
  });
});

describe('page background', () => {
  test('parses computed colours', () => {
    expect(parseComputedColor('rgb(17, 20, 24)')).toEqual({ rgb: [17, 20, 24], alpha: 1 });
    expect(parseComputedColor('rgba(0, 0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 0 });
    expect(parseComputedColor('transparent')).toBeNull();
  });

  test('first opaque background decides; transparent ones fall through to the canvas', () => {
    expect(isDarkBackground(['rgba(0, 0, 0, 0)', 'rgb(17, 20, 24)'], false)).toBe(true);
    expect(isDarkBackground(['rgb(255, 255, 255)'], true)).toBe(false);
    expect(isDarkBackground(['rgba(0, 0, 0, 0)'], true)).toBe(true);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
  });
});

test('highlight names are prefixed to stay clear of the page’s own', () => {
  expect(highlightName('claim')).toBe('fact-cards-claim');
});
