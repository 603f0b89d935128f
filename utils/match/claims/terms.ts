/** Word-level normalisation for claim matching: stop-words, number words and a light stemmer. */

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not now of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours yourself yourselves s t said says say according told
  one ones new also may might must shall us per via however though although yet still even ever
  many much several including include includes included like well back since within without upon
  among around across already whether either neither get got make made way time times year years
  week weeks day days people thing things lot really percent pct`.split(/\s+/),
);

const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
};

export function isNumberTerm(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Irregular verb forms news prose uses often, to the base form the stemmer also gives. */
const IRREGULAR: Record<string, string> = {
  kept: 'keep',
  sold: 'sell',
  bought: 'buy',
  built: 'build',
  saw: 'see',
  seen: 'see',
  shown: 'show',
  held: 'hold',
  led: 'lead',
  paid: 'pay',
  sent: 'send',
  spent: 'spend',
  wrote: 'write',
  written: 'write',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  began: 'begin',
  begun: 'begin',
  found: 'find',
  brought: 'bring',
  thought: 'think',
  knew: 'know',
  known: 'know',
  met: 'meet',
  ran: 'run',
  chose: 'choose',
  chosen: 'choose',
  spoke: 'speak',
  spoken: 'speak',
  stood: 'stand',
  won: 'win',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  heard: 'hear',
  meant: 'mean',
  sought: 'seek',
  taught: 'teach',
  caught: 'catch',
  hid: 'hide',
  hidden: 'hide',
  struck: 'strike',
  went: 'go',
  gone: 'go',
  came: 'come',
  felt: 'feel',
  lost: 'lose',
  stole: 'steal',
  stolen: 'steal',
  forbade: 'forbid',
  forbidden: 'forbid',
};

/** British spellings to American ones, applied before stemming so that both meet. */
function americanSpelling(word: string): string {
  let w = word;
  // Each rewrite is tried only on words with the letters it rewrites: most words have none, and
  // a regular expression run once on a page costs more than these checks on every word.
  // licence, defence, offence, pretence (and their plurals)
  if (w.includes('enc')) w = w.replace(/^(lic|def|off|pret)enc(e|es)$/, '$1ens$2');
  // minimise, organisation, scrutinised, analyse
  if (w.includes('is')) w = w.replace(/(\w{3,})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2');
  if (w.includes('ys')) w = w.replace(/(\w{2,})ys(e|es|ed|ing)$/, '$1yz$2');
  // centre, theatre, metre
  if (w.includes('tre')) w = w.replace(/(\w{3,})tre(s?)$/, '$1ter$2');
  // colour, behaviour, favourite, labour
  if (w.includes('our')) w = w.replace(/(\w{2,}[^aeiou])our(s|ed|ing|ite|ites|able)?$/, '$1or$2');
  // travelled, cancelling, labelled
  if (w.includes('ll')) w = w.replace(/(\w{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  // catalogue, dialogue
  if (w.includes('ogue')) w = w.replace(/(\w{3,})ogue(s?)$/, '$1og$2');
  return w;
}

// The Porter stemmer (M. F. Porter, 1980), as he published it.

function isConsonant(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** The number of vowel-consonant sequences in `w` (Porter's m). */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonant(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** Consonant-vowel-consonant ending, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  if (!isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) return false;
  const last = w[n - 1];
  return last !== 'w' && last !== 'x' && last !== 'y';
}

/** Replaces the first suffix of `rules` that `w` ends with, if its stem's measure exceeds `min`. */
function replaceSuffix(w: string, rules: readonly [string, string][], min: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    return measure(stem) > min ? stem + replacement : w;
  }
  return w;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function porter(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  let trimmed = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    trimmed = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    trimmed = true;
  }
  if (trimmed) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += 'e';
  }
  // Step 1c: y to i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  // Step 4: the last suffix, when the stem is long enough.
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem;
    break;
  }
  // Step 5: a final e, a double l.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

function stem(word: string): string {
  const base = IRREGULAR[word];
  if (base) return porter(base);
  return porter(americanSpelling(word));
}

/** The term a folded word contributes, or null for stop-words and single letters. */
export function termOf(word: string): string | null {
  if (word.length < 2 && !isNumberTerm(word)) return null;
  if (STOP_WORDS.has(word)) return null;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  if (isNumberTerm(word)) return word.replace(/,/g, '');
  // "owns", "makes": a stop-word with an s is still one.
  if (word.endsWith('s') && STOP_WORDS.has(word.slice(0, -1))) return null;
  return stem(word);
}
