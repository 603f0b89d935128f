import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedSlice, foldsAlone, foldUnit } from '../../../utils/text/case-fold';
import { isWordChar } from '../../../utils/text/chars';
import { normalizeText } from '../../../utils/text/normalize';
import { tokenize } from '../../../utils/text/tokens';

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Every code unit of the BMP but surrogates, in order. */
function bmpUnits(): number[] {
  const units: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units.push(code);
  return units;
}

function hex(code: number): string {
  return code.toString(16).padStart(4, '0');
}

const text = fc.string({ unit: 'binary', maxLength: 60 });
const casedWords = fc
  .array(
    fc.constantFrom('Byte', 'DANCE', 'İstanbul', 'ΣΟΦΟΣ', 'Straße', '𐐀𐐨', '1,500', 'x', ' ', '\n'),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('case folding one code unit at a time', () => {
  it('folds every unit as the native lowercase of a whole string does, save those that fold alone', () => {
    const units = bmpUnits().filter((code) => !foldsAlone(code));
    // Side by side, so that a rule depending on the neighbours would show.
    const whole = String.fromCharCode(...units).toLowerCase();
    const wrong = units.filter((code, i) => whole.charCodeAt(i) !== foldUnit(code)).map(hex);
    expect(whole.length).toBe(units.length);
    expect(wrong).toEqual([]);
  });

  it('keeps İ and surrogates, and folds Σ to σ wherever it stands', () => {
    expect(foldUnit(0x130)).toBe(0x130);
    expect(foldUnit(0xd801)).toBe(0xd801);
    expect(foldUnit(0xdc00)).toBe(0xdc00);
    expect(String.fromCharCode(foldUnit('Σ'.charCodeAt(0)))).toBe('σ');
    expect(normalizeText('ΣΟΦΟΣ').text).toBe('σοφοσ');
  });

  it('keeps the class of every character, so cased and folded text have the same words', () => {
    const wrong = bmpUnits()
      .filter((code) => isWordChar(code) !== isWordChar(foldUnit(code)))
      .map(hex);
    expect(wrong).toEqual([]);
  });

  it('changes only letters of spaced scripts, so a name needing no boundary starts the same cased', () => {
    // Names that need no word boundary start with a character outside words or of an unspaced
    // script; the exact matcher looks for them in cased text. NFKC leaves no other kind of
    // character in a page's normalised text.
    const wrong = bmpUnits()
      .filter((code) => foldUnit(code) !== code)
      .filter((code) => String.fromCharCode(code).normalize('NFKC') === String.fromCharCode(code))
      .filter((code) =>
        [code, foldUnit(code)].some(
          (unit) => !isWordChar(unit) || UNSPACED_SCRIPT.test(String.fromCharCode(unit)),
        ),
      )
      .map(hex);
    expect(wrong).toEqual([]);
  });

  it('folds a slice of cased text as the folded text has it', () => {
    fc.assert(
      fc.property(fc.oneof(text, casedWords), fc.nat(), fc.nat(), (input, a, b) => {
        const normal = normalizeText(input);
        const n = normal.cased.length;
        const start = n === 0 ? 0 : a % (n + 1);
        const end = start + (n === 0 ? 0 : b % (n - start + 1));
        expect(foldedSlice(normal.cased, start, end)).toBe(normal.text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('gives cased text the tokens and hashes of its folded text', () => {
    fc.assert(
      fc.property(fc.oneof(text, casedWords), (input) => {
        const normal = normalizeText(input);
        const cased = tokenize(normal.cased);
        const folded = tokenize(normal.text);
        expect(cased.count).toBe(folded.count);
        const n = cased.count;
        expect([...cased.starts.subarray(0, n)]).toEqual([...folded.starts.subarray(0, n)]);
        expect([...cased.ends.subarray(0, n)]).toEqual([...folded.ends.subarray(0, n)]);
        expect([...cased.hashes.subarray(0, n)]).toEqual([...folded.hashes.subarray(0, n)]);
      }),
      { numRuns: 500 },
    );
  });
});
