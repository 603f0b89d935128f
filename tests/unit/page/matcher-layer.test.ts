import { describe, expect, it, vi } from 'vitest';
import { createMatcher, matcherSteps } from '../../../utils/match/matcher';
import {
  loadMatcherLayer,
  type MatcherLayer,
  registerMatcherLayer,
} from '../../../utils/page/matcher-layer';

const layer: MatcherLayer = { createMatcher, matcherSteps };

describe('matcher layer script', () => {
  it('is imported once and gives the builders it registered', async () => {
    const global = {};
    const importScript = vi.fn(async () => registerMatcherLayer(layer, global));
    expect(await loadMatcherLayer('/matcher-layer.js', importScript, global)).toBe(layer);
    expect(await loadMatcherLayer('/matcher-layer.js', importScript, global)).toBe(layer);
    expect(importScript).toHaveBeenCalledTimes(1);
  });

  it('says so when the script registered nothing, and is found once registered', async () => {
    const global = {};
    registerMatcherLayer(layer, global);
    await expect(loadMatcherLayer('/matcher-layer.js', async () => undefined, {})).rejects.toThrow(
      'Fact Cards: /matcher-layer.js did not register the matcher layer',
    );
    expect(await loadMatcherLayer('/x.js', async () => undefined, global)).toBe(layer);
  });
});
