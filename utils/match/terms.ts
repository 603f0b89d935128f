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
  week weeks day days people thing things lot really`.split(/\s+/),
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

function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopped" → "stopp" → "stop", so both spellings meet.
  if (w.length > 3 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2)) w = w.slice(0, -1);
  return w;
}

/** The term a folded word contributes, or null for stop-words and single letters. */
export function termOf(word: string): string | null {
  if (word.length < 2 && !isNumberTerm(word)) return null;
  if (STOP_WORDS.has(word)) return null;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  if (isNumberTerm(word)) return word;
  return stem(word);
}
