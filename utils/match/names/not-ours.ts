/**
 * Names on a page that look like one of the index's but belong to something else: a family name
 * inside another person's full name ("Melania Trump"), the start of a longer proper name ("The
 * Times of India", "Pentagon City"), a piece of a username, handle, e-mail address or URL. Pure
 * checks over the normalised, cased text, asked only for the few hits a page has.
 */

/** Capitalised words that often stand before a name without being a given name. */
const NOT_GIVEN_NAMES = new Set(
  (
    'a about after against also although an and as at because before but by despite during even ' +
    'for from given how however if in including into like meanwhile now of on once only or since ' +
    'so still than that the then though thus to under unlike until when whereas whether while ' +
    'why with without yet former president presidents mr mrs ms dr sir dame sen senator rep ' +
    'representative gov governor judge justice secretary candidate nominee vice elect ' +
    'yesterday today tonight last next this these those his her their our its says said told ' +
    'asked according wrote later earlier afterwards first finally instead indeed again there here ' +
    'both each every many most some such what which who whom whose where one two over nor not ' +
    'no yes perhaps maybe soon already just ever never always often'
  ).split(' '),
);

const SPACE = 0x20;

/** Words after a company's name that do not make it another name ("Facebook Inc. said"). */
const COMPANY_SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Limited', 'Incorporated']);

function isUpper(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLetter(code: number): boolean {
  return isUpper(code) || isLower(code);
}

/** The word (letters, apostrophes, hyphens) ending right before `end`, or ''. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (isLetter(code) || code === 0x2d || code === 0x27 || code === 0x2019) start--;
    else break;
  }
  return { word: text.slice(start, end), start };
}

/** The word starting at `start`: letters and inner hyphens or apostrophes. */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Whether `word` is written like a name: a capital, then a small letter ("Papers", not "CEO"). */
function isTitleCase(word: string): boolean {
  return (
    word.length >= 2 && isUpper(word.charCodeAt(0)) && isLower(word.charCodeAt(word.length - 1))
  );
}

/**
 * Whether the name at [start, end) goes on as a longer proper name: followed, in the same
 * sentence, by a capitalised word ("Pentagon City", "the Pentagon Papers") or, unless it is a
 * person's (whose "of" names an affiliation: "Roger Entner of Recon Analytics"), by "of" and one
 * ("The Times of India").
 */
export function startsLongerName(text: string, end: number, person = false): boolean {
  if (text.charCodeAt(end) !== SPACE) return false;
  const next = wordAt(text, end + 1);
  if (isTitleCase(next)) return !COMPANY_SUFFIXES.has(next);
  if (person || next !== 'of' || text.charCodeAt(end + 3) !== SPACE) return false;
  return isTitleCase(wordAt(text, end + 4));
}

/**
 * Whether the family name at `start` follows a given name that is not the indexed person's
 * ("Melania Trump", "Ivanka Trump"): a capitalised word right before it that is not a title, a
 * common word or the start of a sentence's usual openers.
 */
export function followsGivenName(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== SPACE) return false;
  const { word } = wordBefore(text, start - 1);
  if (!isTitleCase(word) || /[-'’]/.test(word)) return false;
  return !NOT_GIVEN_NAMES.has(word.toLowerCase());
}

/** Characters that make a run of text a handle, a path or an address rather than words. */
const HANDLE_MARKS = /[@_/\\#]|^www\.|\.(?:com|org|net|io|co|uk|gov)\b/i;
/** An e-mail address or a URL: names in it are part of the address ("jo@buzzfeed.com"). */
const ADDRESS_MARKS = /@|:\/\/|^www\./i;
const SPACE_LIKE = /\s/;
/** Punctuation that may stand around a word without making it part of something longer. */
const OPENERS = new Set(['(', '[', '“', '"', '‘', "'", '«']);
const CLOSERS = /^(?:[’']s)?[.,;:!?)\]”"’'»…-]*$/;

function runAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SPACE_LIKE.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SPACE_LIKE.test(text.charAt(to))) to++;
  return { from, to };
}

/** Whether [start, end) lies in an e-mail address, a URL or a handle ("@GhostTikTak"). */
export function inAddress(text: string, start: number, end: number): boolean {
  const { from, to } = runAround(text, start, end);
  return ADDRESS_MARKS.test(text.slice(from, to));
}

/**
 * Whether a close spelling at [start, end) is a piece of a longer run of characters: a username
 * ("GhostTikTak", "Ring_Apple"), an address, a word with digits glued on. A fuzzy reading is
 * only taken for a word standing on its own or starting a run of letters ("ByteDanseTeam").
 */
export function insideLongerRun(text: string, start: number, end: number): boolean {
  const { from, to } = runAround(text, start, end);
  if (HANDLE_MARKS.test(text.slice(from, to))) return true;
  for (let i = from; i < start; i++) if (!OPENERS.has(text.charAt(i))) return true;
  let rest = end;
  while (rest < to && isLetter(text.charCodeAt(rest))) rest++;
  return !CLOSERS.test(text.slice(rest, to));
}
