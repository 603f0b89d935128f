import { describe, expect, test } from 'vitest';
import { discoverUnits, discoverUnitsSliced } from '../../../utils/page/units';

describe('discoverUnitsSliced', () => {
  test('finds what discoverUnits finds, pausing along the way on a big DOM', async () => {
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) =>
        `<div><p>ByteDance <b>owns</b> TikTok ${i}.</p><section><p>More ${i}</p></section></div>`,
    ).join('');
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside a shadow root</p>';
    document.body.append(host);
    let pauses = 0;
    const sliced = await discoverUnitsSliced(
      document.body,
      () => false,
      async () => {
        pauses++;
        return true;
      },
    );
    const whole = discoverUnits(document.body);
    if (!sliced) throw new Error('stopped');
    expect(sliced.units).toEqual(whole.units);
    expect(sliced.shadowRoots).toEqual(whole.shadowRoots);
    expect(sliced.units).toHaveLength(6001);
    expect(pauses).toBeGreaterThan(10);
  });
});
