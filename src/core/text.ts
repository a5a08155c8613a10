// Tokens, sentences and paragraphs with UTF-16 offsets. One regex pass over the text; no allocation per character.

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

// word: letters/digits, with inner apostrophes, hyphens, and dotted initials (U.S.); quotes; paragraph breaks; other punctuation
const TOKEN_RE =
  /([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-‑]|\.(?=\p{L}\.))[\p{L}\p{M}\p{N}]+)*)|(["“”„«»‘’'`])|(\n[ \t\r]*\n|\r\n[ \t]*\r\n)|([^\s\p{L}\p{N}])/gu;

const UPPER_RE = /\p{Lu}/u;
const DIGIT_RE = /^\d/;
const POSSESSIVE_RE = /^(.*\p{L})(['’]s?)$/u;
const DOTTED_ACRONYM_RE = /^(?:\p{L}\.)+\p{L}$/u;

/** Abbreviations after which a period does not end a sentence. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'insp', 'cmdr', 'adm', 'messrs', 'mt', 'ft', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept',
  'est', 'fig', 'gov', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd', 'rd', 'univ', 'assn', 'bros',
]);

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_RE.test(w[0]);
}

/** Whether the text separates paragraphs by blank lines (then single newlines are soft breaks). */
function usesBlankLineParagraphs(text: string): boolean {
  return /\n[ \t\r]*\n/.test(text);
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const softNewlines = usesBlankLineParagraphs(text);
  const paraBreaks: number[] = []; // token indexes where a new paragraph starts
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  let nextNl = softNewlines ? -1 : text.indexOf('\n');
  const push = (s: number, e: number, w: string, k: Kind): void => {
    tokens.push({ s, e, w, l: k === Kind.Word ? w.toLowerCase() : w, k, cap: k === Kind.Word && isCap(w), sent: 0, para: 0, first: false, cue: undefined });
  };
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    // a single newline between tokens is a paragraph break when the document has no blank-line paragraphs
    if (nextNl !== -1 && nextNl < s) {
      if (tokens.length > 0 && nextNl >= lastEnd) paraBreaks.push(tokens.length);
      nextNl = text.indexOf('\n', s);
    }
    if (m[1] !== undefined) {
      let w = m[1];
      let e = s + w.length;
      // dotted acronym keeps its final period: "U.S."
      if (text.charCodeAt(e) === 46 && DOTTED_ACRONYM_RE.test(w)) {
        w += '.';
        e += 1;
        TOKEN_RE.lastIndex = e;
      }
      const k = DIGIT_RE.test(w) ? Kind.Num : Kind.Word;
      const pm = k === Kind.Word && (w.includes("'") || w.includes('’')) ? POSSESSIVE_RE.exec(w) : null;
      if (pm && (pm[2].length === 2 || /s$/i.test(pm[1])) && isCap(w)) {
        // possessive: "Zelensky's" -> "Zelensky" + "'s"; "Reuters'" -> "Reuters" + "'"
        push(s, s + pm[1].length, pm[1], Kind.Word);
        push(s + pm[1].length, e, pm[2], Kind.Punct);
      } else if (pm && pm[2].length === 2 && pm[2][1] === 's' && !isCap(w)) {
        push(s, e, w, Kind.Word);
      } else {
        push(s, e, w, k);
      }
      lastEnd = e;
    } else if (m[2] !== undefined) {
      push(s, s + 1, m[2], Kind.Quote);
      lastEnd = s + 1;
    } else if (m[3] !== undefined) {
      if (tokens.length > 0) paraBreaks.push(tokens.length);
      lastEnd = s + m[3].length;
    } else {
      push(s, s + m[4].length, m[4], Kind.Punct);
      lastEnd = s + m[4].length;
    }
  }
  // straight single quotes and ’ inside words were consumed by the word pattern; a lone ' or ’ between a
  // letter and a letter cannot occur here. A ’ right after a letter and before a space is an apostrophe
  // only for plural possessives ("leaders’"), left as a quote token and resolved by the quote finder.

  // paragraphs
  const paragraphs: Paragraph[] = [];
  const breaks = [...new Set(paraBreaks)].sort((a, b) => a - b);
  let a = 0;
  for (const b of [...breaks, tokens.length]) {
    if (b > a) paragraphs.push({ a, b, start: tokens[a].s, end: tokens[b - 1].e });
    a = b;
  }
  for (let p = 0; p < paragraphs.length; p++) for (let i = paragraphs[p].a; i < paragraphs[p].b; i++) tokens[i].para = p;

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
