/**
 * Case folding of normalised text, one UTF-16 code unit at a time, so that the offsets of folded
 * and cased text stay equal. A scan reads the cased text and folds each character where it needs
 * to (`foldUnit`) rather than lowercasing the whole page first: the native lowercase costs as
 * much as tokenising the page, and most characters are only read once.
 */

/**
 * Units that the native lowercase folds differently than one at a time: it expands İ (which would
 * shift offsets between folded and cased text), turns a final Σ into ς and folds a surrogate pair
 * as one code point. One at a time, İ and surrogates stay and Σ becomes σ.
 */
export function foldsAlone(code: number): boolean {
  return code === 0x130 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff);
}

/** Per code unit: its folded unit, or 0 while not looked up yet (only NUL folds to 0). */
const folded = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) folded[code] = code >= 65 && code <= 90 ? code + 32 : code;

/**
 * The folded form of one code unit, as the folded text of a page has it. The native lowercase of
 * a whole string folds every other unit of the BMP as it folds the unit alone, which a test checks
 * for all of them.
 */
export function foldUnit(code: number): number {
  const known = folded[code] as number;
  if (known !== 0 || code === 0) return known;
  let unit = code;
  if (code === 0x3a3) unit = 0x3c3;
  else if (!foldsAlone(code)) unit = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  folded[code] = unit;
  return unit;
}

/** The folded text of `cased`, which has the units that fold alone at the offsets `alone`. */
export function foldWithAlone(cased: string, alone: readonly number[]): string {
  let text = '';
  let from = 0;
  for (const at of alone) {
    text += `${cased.slice(from, at).toLowerCase()}${String.fromCharCode(foldUnit(cased.charCodeAt(at)))}`;
    from = at + 1;
  }
  return text + cased.slice(from).toLowerCase();
}

/** The folded form of `cased[start, end)`: what the folded text of the same page has there. */
export function foldedSlice(cased: string, start: number, end: number): string {
  const alone: number[] = [];
  for (let i = start; i < end; i++) if (foldsAlone(cased.charCodeAt(i))) alone.push(i - start);
  return foldWithAlone(cased.slice(start, end), alone);
}
