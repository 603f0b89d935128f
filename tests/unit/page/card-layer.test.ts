import { describe, expect, it, vi } from 'vitest';
import {
  type CardLayerRenderer,
  loadCardLayer,
  registerCardLayer,
} from '../../../utils/page/card-layer';

const renderer: CardLayerRenderer = {
  render: () => undefined,
  clear: () => undefined,
  follow: () => () => undefined,
};

describe('card layer script', () => {
  it('is imported once and gives the renderer it registered', async () => {
    const global = {};
    const importScript = vi.fn(async () => registerCardLayer(renderer, global));
    expect(await loadCardLayer('/card-layer.js', importScript, global)).toBe(renderer);
    expect(await loadCardLayer('/card-layer.js', importScript, global)).toBe(renderer);
    expect(importScript).toHaveBeenCalledTimes(1);
  });

  it('says so when the script registered nothing', async () => {
    await expect(loadCardLayer('x/card-layer.js', async () => undefined, {})).rejects.toThrow(
      'Fact Cards: x/card-layer.js did not register the card layer',
    );
  });
});
