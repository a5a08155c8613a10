// Tokens, sentences and paragraphs with UTF-16 offsets. One hand-written pass over the text's char codes (no regex
// scan, no allocation per character). Characters are classified exactly as the property escapes \p{L}, \p{N}, \p{M},
// \p{Lu} and \s classify them (the same escapes decide each character once): a table over the BMP filled on first
// sight, and a small cache for astral code points.

export const enum Kind {
  Word = 1,
  Num = 2,
  Punct = 3,
  /** A quotation mark (straight or curly, double or single used as a quote). */
  Quote = 4,
}

export interface Token {
  /** start offset (inclusive) */
  s: number;
  /** end offset (exclusive) */
  e: number;
  /** surface text */
  w: string;
  /** lower-cased text */
  l: string;
  k: Kind;
  /** first character is an upper-case letter */
  cap: boolean;
  /** index of the sentence holding the token */
  sent: number;
  /** index of the paragraph holding the token */
  para: number;
  /** first token of its sentence */
  first: boolean;
  /** the reporting-verb lemma of this word, cached on first use (null: not a cue; undefined: not asked yet) */
  cue?: string | null;
  /** the word's lexicon flags (lex.wordFlags), cached on first use */
  f?: number;
}

export interface Sentence {
  /** first token index */
  a: number;
  /** one past the last token index */
  b: number;
  para: number;
}

export interface Paragraph {
  a: number;
  b: number;
  start: number;
  end: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

// The token grammar, as the regex it replaces spelt it (test/unit/text.test.ts keeps that regex as the oracle):
//   word:   [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-‑]|\.(?=\p{L}\.))[\p{L}\p{M}\p{N}]+)*  letters/digits with inner
//           apostrophes, hyphens and dotted initials (U.S.); a dotted acronym keeps its final period
//   quote:  ["“”„«»‘’'`]
//   break:  \n[ \t\r]*\n | \r\n[ \t]*\r\n  (a blank line: paragraph break)
//   punct:  [^\s\p{L}\p{N}]  one code point (an astral one is two code units)
// anything else (white space) is skipped. Code points are read as the /u flag reads them: a high surrogate followed
// by a low one is one astral code point; a lone surrogate is a code point of its own (punctuation).

/** Character class bits. */
const C_L = 1; // \p{L}
const C_N = 2; // \p{N}
const C_M = 4; // \p{M}
const C_S = 8; // \s
const C_LU = 16; // \p{Lu}
const C_Q = 32; // a quotation mark of the quote rule
const C_DONE = 128; // the entry has been filled
const C_LN = C_L | C_N;
const C_LMN = C_L | C_M | C_N;

const L_RE = /\p{L}/u;
const N_RE = /\p{N}/u;
const M_RE = /\p{M}/u;
const S_RE = /\s/u;
const UPPER_RE = /\p{Lu}/u;
const QUOTE_CHARS = '"“”„«»‘’\'`';
const DOTTED_ACRONYM_RE = /^(?:\p{L}\.)+\p{L}$/u;

/** Classes of one code point given as a string (a lone surrogate included). */
function classify(ch: string): number {
  let f = C_DONE;
  if (L_RE.test(ch)) f |= C_L;
  if (N_RE.test(ch)) f |= C_N;
  if (M_RE.test(ch)) f |= C_M;
  if (S_RE.test(ch)) f |= C_S;
  if (UPPER_RE.test(ch)) f |= C_LU;
  if (ch.length === 1 && QUOTE_CHARS.includes(ch)) f |= C_Q;
  return f;
}

/** Classes of every UTF-16 code unit (BMP code point or lone surrogate); 0 until first seen. Latin-1 is filled now. */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 256; c++) BMP[c] = classify(String.fromCharCode(c));
const ASTRAL = new Map<number, number>();
const ASTRAL_CACHE_MAX = 4096;

function bmpClass(c: number): number {
  const f = BMP[c];
  return f !== 0 ? f : (BMP[c] = classify(String.fromCharCode(c)));
}

function astralClass(cp: number): number {
  let f = ASTRAL.get(cp);
  if (f === undefined) {
    f = classify(String.fromCodePoint(cp));
    if (ASTRAL.size < ASTRAL_CACHE_MAX) ASTRAL.set(cp, f);
  }
  return f;
}

/** Classes of the code point at i (its width: 2 when astral, see cpWidth). */
function classAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 256) return BMP[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return bmpClass(c);
}

/** Code units of the code point at i: 2 for a surrogate pair, else 1. */
function cpWidth(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** End of the word that starts with a letter or digit at s (before any dotted-acronym period). */
function wordEnd(text: string, s: number, n: number): number {
  let i = s + cpWidth(text, s, n);
  for (;;) {
    // [\p{L}\p{M}\p{N}]*
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((BMP[c] & C_LMN) === 0) break;
        i++;
      } else {
        if ((classAt(text, i, n) & C_LMN) === 0) break;
        i += cpWidth(text, i, n);
      }
    }
    if (i + 1 >= n) return i; // a separator needs a character after it
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2011) {
      // an inner apostrophe or hyphen, when a letter, mark or digit follows
      if ((classAt(text, i + 1, n) & C_LMN) === 0) return i;
      i += 1 + cpWidth(text, i + 1, n);
    } else if (c === 46) {
      // a period followed by a letter and a period: "U.S."
      if ((classAt(text, i + 1, n) & C_L) === 0) return i;
      const w = cpWidth(text, i + 1, n);
      if (i + 1 + w >= n || text.charCodeAt(i + 1 + w) !== 46) return i;
      i += 1 + w;
    } else {
      return i;
    }
  }
}

/** A surname written with a lower-case particle ("al-Assad's" -> "al-Assad" + "'s", like a capitalised name). */
export const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|abu|bin|ibn|ben|bint)[-‑][A-Z]/;

/** Ends in 's or ’s right after a letter, astral letters included ("Zelensky's"; split off when capitalised). */
function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false;
  const a = w.charCodeAt(n - 2);
  if (a !== 39 && a !== 0x2019) return false;
  const c = w.charCodeAt(n - 3);
  if (c >= 0xdc00 && c <= 0xdfff && n >= 4) {
    const h = w.charCodeAt(n - 4);
    if (h >= 0xd800 && h <= 0xdbff) return (astralClass(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000) & C_L) !== 0;
  }
  return (bmpClass(c) & C_L) !== 0;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'insp', 'cmdr', 'adm', 'messrs', 'mt', 'ft', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept',
  'est', 'fig', 'gov', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd', 'rd', 'univ', 'assn', 'bros',
]);

/** The first code unit is an upper-case letter (an astral capital's lone high surrogate is not). */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return (bmpClass(c) & C_LU) !== 0;
}

/** Whether the text separates paragraphs by blank lines (then single newlines are soft breaks). */
function usesBlankLineParagraphs(text: string): boolean {
  let p = text.indexOf('\n');
  while (p !== -1) {
    const n = text.length;
    let j = p + 1;
    // (no reading past the end: a read out of bounds makes V8 throw away the optimised code)
    let c = j < n ? text.charCodeAt(j) : -1;
    while (c === 32 || c === 9 || c === 13) c = ++j < n ? text.charCodeAt(j) : -1;
    if (c === 10) return true;
    p = text.indexOf('\n', j);
  }
  return false;
}

/**
 * A transcript turn's label opening the line at `from` (after spaces and a time stamp): "Q." or "A." (or with a
 * colon), or up to five words in capitals (figures between, "CORAL 281") with a bracket after them, then a colon.
 */
const TURN_LABEL_LINE = /^[ \t]*(?:[[(]?\d{1,4}(?:[:.]\d{2}){1,2}[\])]?[ \t]+)?(?:[QA][.:][ \t]|(?:(?:\p{Lu}[\p{Lu}'’.-]*|\d+)[ \t]){0,4}\p{Lu}[\p{Lu}'’.-]*(?:[ \t]\d+)?(?:[ \t]\([^)\n]{1,40}\))?:[ \t])/u;
function turnLabelLine(text: string, from: number): boolean {
  if (from <= 0 || from >= text.length) return false;
  const c = text.charCodeAt(from);
  // (a capital, a digit, a bracket or a space must open it: a quick test before the expression)
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 91 || c === 40 || c === 32 || c === 9 || c > 127)) return false;
  return TURN_LABEL_LINE.test(text.slice(from, from + 80));
}

/** Whether text[s..e) is ASCII without a capital, so that toLowerCase would return it as it is. */
function isLowerAscii(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** A token; l is the lower-cased text of a word, else w itself. */
/**
 * Typographic marks beyond Latin-1 as string constants. V8 gives text[i] of a character up to U+00FF as a shared,
 * internalised string but makes a new string for any other: the quote and punctuation tokens' strings are then all
 * of one kind, and the code comparing them ("t.w === '.'") is not thrown away by V8 at the first dash or curly quote.
 */
const MARKS = new Map<number, string>(['‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '–', '—', '―', '‐', '‑', '‒', '…', '•', '′', '″', '€', '№', '™', '→']
  .map((c) => [c.charCodeAt(0), c]));
function charString(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c < 256 ? text[i] : MARKS.get(c) ?? text[i];
}

function makeToken(s: number, e: number, w: string, l: string, k: Kind, para: number): Token {
  return { s, e, w, l, k, cap: k === Kind.Word && isCap(w), sent: 0, para, first: false, cue: undefined, f: undefined };
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const n = text.length;
  const softNewlines = usesBlankLineParagraphs(text);
  // paragraphs: a break before token index b starts a new one (breaks come in order; an empty paragraph is none)
  const paragraphs: Paragraph[] = [];
  let paraStart = 0; // first token of the open paragraph
  const paraBreak = (): void => {
    const b = tokens.length;
    if (b > paraStart) {
      paragraphs.push({ a: paraStart, b, start: tokens[paraStart].s, end: tokens[b - 1].e });
      paraStart = b;
    }
  };
  let lastEnd = 0;
  let nextNl = softNewlines ? -1 : text.indexOf('\n');
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = c < 256 ? BMP[c] : classAt(text, i, n);
    if ((f & C_S) !== 0) {
      // white space: skipped, unless it starts a blank line (\n[ \t\r]*\n or \r\n[ \t]*\r\n)
      let j = -1;
      if (c === 10) {
        // (every read is bounded by n: a read past the end makes V8 throw away tokenize's optimised code)
        let k = i + 1;
        let d = k < n ? text.charCodeAt(k) : -1;
        while (d === 32 || d === 9 || d === 13) d = ++k < n ? text.charCodeAt(k) : -1;
        if (d === 10) j = k + 1;
      } else if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) {
        let k = i + 2;
        let d = k < n ? text.charCodeAt(k) : -1;
        while (d === 32 || d === 9) d = ++k < n ? text.charCodeAt(k) : -1;
        if (d === 13 && k + 1 < n && text.charCodeAt(k + 1) === 10) j = k + 2;
      }
      if (j === -1) {
        // in a text of blank-line paragraphs, a run of lines that each open with a transcript's turn label ("Q. …",
        // "A. …", "THE COURT: …", "0912:40 TOWER: …") keeps one paragraph a line
        if (c === 10 && softNewlines && tokens.length > 0 && turnLabelLine(text, i + 1) && (turnLabelLine(text, text.lastIndexOf('\n', i - 1) + 1) || turnLabelLine(text, text.indexOf('\n', i + 1) + 1))) paraBreak();
        i++;
        continue;
      }
      // (a blank line means softNewlines, so nextNl is -1 here)
      if (tokens.length > 0) paraBreak();
      lastEnd = j;
      i = j;
      continue;
    }
    const s = i;
    // a single newline between tokens is a paragraph break when the document has no blank-line paragraphs
    if (nextNl !== -1 && nextNl < s) {
      if (tokens.length > 0 && nextNl >= lastEnd) paraBreak();
      nextNl = text.indexOf('\n', s);
    }
    const para = paragraphs.length;
    if ((f & C_LN) !== 0) {
      let e = wordEnd(text, s, n);
      let w = text.slice(s, e);
      // dotted acronym keeps its final period: "U.S."
      if (e < n && text.charCodeAt(e) === 46 && w.includes('.') && DOTTED_ACRONYM_RE.test(w)) {
        w += '.';
        e += 1;
      }
      const d = text.charCodeAt(s);
      if (d >= 48 && d <= 57) {
        tokens.push(makeToken(s, e, w, w, Kind.Num, para));
      } else if (isPossessive(w) && (isCap(w) || PARTICLE_NAME.test(w))) {
        // possessive: "Zelensky's" -> "Zelensky" + "'s"
        const m = e - 2;
        const stem = w.slice(0, -2);
        // the mark as a constant string (isPossessive read it: ' or ’ then s), like every other punctuation token's
        const mark = w.charCodeAt(w.length - 2) === 39 ? "'s" : '’s';
        tokens.push(makeToken(s, m, stem, stem.toLowerCase(), Kind.Word, para));
        tokens.push(makeToken(m, e, mark, mark, Kind.Punct, para));
      } else {
        tokens.push(makeToken(s, e, w, isLowerAscii(text, s, e) ? w : w.toLowerCase(), Kind.Word, para));
      }
      i = lastEnd = e;
    } else if ((f & C_Q) !== 0) {
      const q = charString(text, s);
      tokens.push(makeToken(s, s + 1, q, q, Kind.Quote, para));
      i = lastEnd = s + 1;
    } else {
      const e = s + cpWidth(text, s, n);
      const p = e === s + 1 ? charString(text, s) : text.slice(s, e);
      tokens.push(makeToken(s, e, p, p, Kind.Punct, para));
      i = lastEnd = e;
    }
  }
  // straight single quotes and ’ inside words were consumed by the word rule; a lone ' or ’ between a
  // letter and a letter cannot occur here. A ’ right after a letter and before a space is an apostrophe
  // only for plural possessives ("leaders’", "Reuters'"), left as a quote token and resolved by the quote finder.
  paraBreak();

  // sentences
  const sentences: Sentence[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { a: pa, b: pb } = paragraphs[p];
    let start = pa;
    for (let i = pa; i < pb; i++) {
      const t = tokens[i];
      if (t.k !== Kind.Punct || (t.w !== '.' && t.w !== '!' && t.w !== '?' && t.w !== '…')) continue;
      if (t.w === '.' && i > pa) {
        const prev = tokens[i - 1];
        // abbreviation or initial ("J. Smith") -> no break
        if (prev.e === t.s && prev.k === Kind.Word && (ABBREV.has(prev.l) || (prev.w.length === 1 && prev.cap))) continue;
        if (prev.k === Kind.Num && i + 1 < pb && tokens[i + 1].k === Kind.Num && tokens[i + 1].s === t.e) continue;
      }
      // include closing quotes / brackets right after the terminator
      let j = i + 1;
      while (j < pb && ((tokens[j].k === Kind.Quote && tokens[j].s === tokens[j - 1].e) || tokens[j].w === ')' || tokens[j].w === ']')) j++;
      if (j >= pb) break;
      const next = tokens[j];
      // a sentence starts with a capital, a digit or an opening quote; otherwise ("e.g. this") it continues
      if (next.cap || next.k === Kind.Num || next.k === Kind.Quote || next.w === '(' || next.w === '—' || next.w === '-') {
        if (next.s === tokens[j - 1].e && next.k !== Kind.Quote) continue; // "3.5", "U.S.A" glued
        sentences.push({ a: start, b: j, para: p });
        start = j;
        i = j - 1;
      }
    }
    if (start < pb) sentences.push({ a: start, b: pb, para: p });
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let i = s.a; i < s.b; i++) tokens[i].sent = si;
    let f = s.a;
    while (f < s.b && (tokens[f].k === Kind.Quote || tokens[f].k === Kind.Punct)) f++;
    if (f < s.b) tokens[f].first = true;
  }
  return { text, tokens, sentences, paragraphs };
}

/** Binary search: index of the first token whose end is > offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].e <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
