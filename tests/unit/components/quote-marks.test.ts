import { expect, test } from 'vitest';
import { inQuotes } from '../../../components/quote-marks';

test('quotes inside a quote become single marks, so no closing mark is doubled', () => {
  expect(inQuotes('He called them “dated.”')).toBe('“He called them ‘dated.’”');
  expect(inQuotes('Plain words.')).toBe('“Plain words.”');
  expect(inQuotes('He said so.')).not.toMatch(/””/);
});
