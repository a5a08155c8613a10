// Words numbered once, for the checks across documents: a document's word sets become sorted arrays of numbers
// (4 bytes a word) instead of sets of strings, and a text is numbered in one pass over its characters, without
// a string per word (a table keyed by the characters themselves: only a word never seen before is copied out).
// Pure.

/**
 * Words numbered once, so that a document's word sets are sorted arrays of numbers (4 bytes a word) instead of
 * sets of strings (a string and a hash entry a word: the word sets of a 10,000-article check took 300 MB).
 */
export class Vocabulary {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** For wordsOf: the content word of each word (its number), -1 for none, -2 not yet known. */
  readonly contentOf: number[] = [];
  /** For wordsOf: the last call that met each word (its number in `passes`), so that a text's words are kept once. */
  readonly seen: number[] = [];
  passes = 0;
  /** Open addressing: number + 1 of the word in each slot, 0 for none. */
  private table = new Int32Array(1 << 12);
  get size(): number {
    return this.words.length;
  }
  /** The number of a word (a new number for a word not seen before). */
  id(w: string): number {
    return this.idAt(w, 0, w.length);
  }
  /** The number of the word text.slice(start, end), copied out only when new. */
  idAt(text: string, start: number, end: number): number {
    return this.idHashed(text, start, end, hashOf(text, start, end));
  }
  /** idAt, given hashOf(text, start, end) (computed by a caller that reads the characters anyway). */
  idHashed(text: string, start: number, end: number, h: number): number {
    const k = this.lookup(text, start, end, h);
    if (k >= 0) return k;
    const id = this.words.length;
    // a long slice would be a view keeping the whole text alive (a document's lower-cased copy, for as long as the
    // vocabulary): copied out (the slice of a two-part string is cut from a copy of just those parts)
    this.words.push(end - start >= 13 ? (' ' + text.slice(start, end)).slice(1) : text.slice(start, end));
    this.hashes.push(h);
    this.contentOf.push(-2);
    this.seen.push(0);
    if (this.words.length * 2 > this.table.length) this.grow();
    else this.place(id, h);
    return id;
  }
  /** The number of a word, if it has one. */
  find(w: string): number | undefined {
    const k = this.lookup(w, 0, w.length, hashOf(w, 0, w.length));
    return k >= 0 ? k : undefined;
  }
  /** The word numbered `id`. */
  word(id: number): string {
    return this.words[id];
  }
  private lookup(text: string, start: number, end: number, h: number): number {
    const mask = this.table.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.table[s];
      if (v === 0) return -1;
      const k = v - 1;
      if (this.hashes[k] === h) {
        const w = this.words[k];
        if (w.length === len && text.startsWith(w, start)) return k;
      }
    }
  }
  private place(id: number, h: number): void {
    const mask = this.table.length - 1;
    let s = h & mask;
    while (this.table[s] !== 0) s = (s + 1) & mask;
    this.table[s] = id + 1;
  }
  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let k = 0; k < this.words.length; k++) this.place(k, this.hashes[k]);
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of text.slice(start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Distinct numbers, ascending. */
export function sortedIds(ids: number[]): Int32Array {
  const a = Int32Array.from(ids).sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i];
  return a.slice(0, n);
}

const NONE = 0, LETTER = 1, NUMBER = 2, UNKNOWN = 255;
/** The class of each UTF-16 code unit outside surrogates: a letter (\p{L}), a number (\p{N}) or neither; filled when first met. */
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classOfPoint(s: string): number {
  return IS_LETTER.test(s) ? LETTER : IS_NUMBER.test(s) ? NUMBER : NONE;
}

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === UNKNOWN) CLASS[c] = k = c >= 0xd800 && c <= 0xdfff ? NONE : classOfPoint(String.fromCharCode(c));
  return k;
}

const CONTENT_STOP = new Set(('that this with from have been were they their there which would could should about ' +
  'after before said says also than them then when what will into over more most other some such only very ' +
  'just like many much each where while being does done told year years monday tuesday wednesday thursday ' +
  'friday saturday sunday').split(' '));

/** The words of a text: its numbered words, and its content words (see wordsOf). */
export interface TextWords {
  /** Every word (a run of letters and digits), numbered, distinct, ascending. */
  tokens: Int32Array;
  /** Its content words (four letters or more, not a stop word, plural endings dropped), numbered, distinct, ascending. */
  words: Int32Array;
}

/** The width in UTF-16 units of the character classAt read last (2 for a surrogate pair). */
let charWidth = 1;

/** The class of the character at i of s (a surrogate pair read as one character); its width in charWidth. */
function classAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  charWidth = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return NONE;
    charWidth = 2;
    return classOfPoint(s.slice(i, i + 2));
  }
  return classOf(c);
}

/**
 * A lower-cased text's words (the runs of letters and digits, /[\p{L}\p{N}]+/u), and its content words (words of
 * letters only, four or more, not a stop word, "-ies", "-es" or "-s" dropped, still four or more), numbered
 * in `vocab` (which remembers the content word of each word).
 */
export function wordsOf(lower: string, vocab: Vocabulary): TextWords {
  const content = vocab.contentOf;
  // each word once (a text repeats most of its words): marked with this call's number, not sorted again
  const seen = vocab.seen;
  const pass = ++vocab.passes;
  const tokens: number[] = [];
  const words: number[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    // the next word: its start, its end, whether it is letters only, and its hash (hashOf), read in one pass
    let k = classAt(lower, i, n);
    if (k === NONE) {
      i += charWidth;
      continue;
    }
    const start = i;
    let letters = k === LETTER;
    let h = FNV_OFFSET;
    for (let e = i + charWidth; i < e; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
    while (i < n) {
      k = classAt(lower, i, n);
      if (k === NONE) break;
      if (k !== LETTER) letters = false;
      for (let e = i + charWidth; i < e; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
    }
    const id = vocab.idHashed(lower, start, i, h | 0);
    if (seen[id] === pass) continue;
    seen[id] = pass;
    tokens.push(id);
    let w = content[id];
    if (w === -2) {
      w = -1;
      const t = vocab.word(id);
      if (t.length >= 4 && letters && !CONTENT_STOP.has(t)) {
        const cut = t.endsWith('ies') ? 3 : t.endsWith('es') ? 2 : t.endsWith('s') ? 1 : 0;
        if (t.length - cut >= 4) w = vocab.idAt(t, 0, t.length - cut);
      }
      content[id] = w;
    }
    if (w >= 0) words.push(w);
  }
  return { tokens: sortedIds(tokens), words: sortedIds(words) };
}
