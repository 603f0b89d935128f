/** Slots of a new cache: a page has a few thousand distinct words. */
const INITIAL_SLOTS = 4096;

/**
 * A bounded cache from words to numbers, looked up by a word's place in a text and its hash (as
 * `tokenize` gives them), so that a scan can look up every word of a page without first cutting
 * each one out as a string: most of the cost of a `Map<string, …>` lookup per word. Words are
 * compared as written; the hash is the folded word's, so "Leaked" and "leaked" are two entries
 * in neighbouring slots.
 */
export class WordCache {
  private mask = 0;
  /** Per slot: the entry there plus one (0: empty), and its word's hash. */
  private slots = new Int32Array(0);
  private slotHashes = new Int32Array(0);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: number[] = [];

  /** Holds up to `limit` words; adding one more first empties it. */
  constructor(private readonly limit: number) {
    this.resize(INITIAL_SLOTS);
  }

  /** The value of the word `text[start, end)` whose hash is `hash`, if it was set. */
  get(text: string, start: number, end: number, hash: number): number | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = (this.slots[slot] as number) - 1;
      if (entry < 0) return undefined;
      if (this.slotHashes[slot] !== hash) continue;
      // One native call, not a loop over the characters: the loop costs far more in cold code.
      const word = this.words[entry] as string;
      if (word.length === end - start && text.startsWith(word, start)) return this.values[entry];
    }
  }

  /** Sets the value of `word`, whose hash is `hash`; `word` must not be in the cache yet. */
  set(word: string, hash: number, value: number): void {
    if (this.words.length >= this.limit) {
      this.words.length = 0;
      this.hashes.length = 0;
      this.values.length = 0;
      this.resize(INITIAL_SLOTS);
    } else if (2 * (this.words.length + 1) > this.slots.length) {
      // At most half full, so that a miss ends at an empty slot soon.
      this.resize(this.slots.length * 2);
    }
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(this.words.length - 1);
  }

  private place(entry: number): void {
    const hash = this.hashes[entry] as number;
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry + 1;
    this.slotHashes[slot] = hash;
  }

  private resize(size: number): void {
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.mask = size - 1;
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }
}
