import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Kind, tokenize, type Paragraph, type Sentence, type Token, type Tokenized } from '../../src/core/text';
import { maskMarkdown, frontMatterLength } from '../../src/core/markdown';
import { rng } from '../../src/core/rng';
import { ROOT } from './helpers';

const sentencesOf = (text: string): string[] => {
  const tz = tokenize(text);
  return tz.sentences.map((s) => text.slice(tz.tokens[s.a].s, tz.tokens[s.b - 1].e));
};

test('tokens carry exact offsets, possessives are split and dotted acronyms kept whole', () => {
  const text = "Zelensky's U.S. visit, Mr. Smith’s view.";
  const tz = tokenize(text);
  for (const t of tz.tokens) assert.equal(text.slice(t.s, t.e), t.w);
  const words = tz.tokens.map((t) => t.w);
  assert.deepEqual(words.slice(0, 4), ['Zelensky', "'s", 'U.S.', 'visit']);
  assert.ok(words.includes('Smith') && words.includes('’s'));
});

test('sentences split at terminal punctuation but not after abbreviations or initials', () => {
  assert.deepEqual(sentencesOf('Mr. Smith met Dr. Jones. They spoke. J. K. Rowling wrote.'), [
    'Mr. Smith met Dr. Jones.',
    'They spoke.',
    'J. K. Rowling wrote.',
  ]);
  assert.deepEqual(sentencesOf('"We will win," he said. "Never."'), ['"We will win," he said.', '"Never."']);
  assert.deepEqual(sentencesOf('Prices rose 3.5 percent. Good.'), ['Prices rose 3.5 percent.', 'Good.']);
});

test('paragraphs: blank lines when the text has them, otherwise every line', () => {
  assert.equal(tokenize('One line.\nSame paragraph.\n\nNew one.').paragraphs.length, 2);
  assert.equal(tokenize('One.\nTwo.\nThree.').paragraphs.length, 3);
  assert.equal(tokenize('One.\r\n\r\nTwo.').paragraphs.length, 2);
});

test('surrogate pairs and right-to-left text keep UTF-16 offsets', () => {
  const text = '🙂 Ahmed said “مرحبا” to 👍 Smith.';
  const tz = tokenize(text);
  for (const t of tz.tokens) assert.equal(text.slice(t.s, t.e), t.w);
  assert.ok(tz.tokens.some((t) => t.w === 'Smith'));
});

test('markdown masking keeps prose at its offsets and blanks code, URLs, HTML and front matter', () => {
  const md = '---\ntitle: "Not prose"\n---\n# Heading Here\n\nSee [the report](https://example.com/x "t") by **Jane Doe**.\n\n```\ncode "quoted"\n```\n\nInline `code` and <b>html</b> text.\n';
  const masked = maskMarkdown(md);
  assert.equal(masked.length, md.length);
  assert.ok(frontMatterLength(md) > 0);
  assert.ok(!masked.includes('Not prose'));
  assert.ok(!masked.includes('example.com'));
  assert.ok(!masked.includes('code "quoted"'));
  assert.ok(!masked.includes('<b>'));
  assert.equal(masked.indexOf('Jane Doe'), md.indexOf('Jane Doe'));
  assert.equal(masked.indexOf('the report'), md.indexOf('the report'));
  assert.equal(masked.indexOf('Heading Here'), md.indexOf('Heading Here'));
  assert.ok(masked.includes('html'), 'the text inside inline HTML tags stays');
  // newlines are kept, so paragraphs stay apart
  assert.equal(masked.split('\n').length, md.split('\n').length);
});

test('markdown without markup is returned as it is, and the fast path agrees with the parser', () => {
  const plain = 'Keir Starmer said "we will act" on Sunday.\n\nA second paragraph, with commas; and "quotes".';
  assert.equal(maskMarkdown(plain), plain);
  // a list line or emphasis goes through the parser
  assert.equal(maskMarkdown('- item one\n- item two'), '  item one\n  item two');
  assert.equal(maskMarkdown('a *b* c'), 'a  b  c');
  assert.equal(maskMarkdown('    indented code\n\ntext'), '                 \n\ntext');
});

// ---------------------------------------------------------------------------------------------------------------
// Equivalence of tokenize() with the regex tokenizer it replaced. referenceTokenize is that implementation, kept
// here verbatim (and only here) as the oracle: every field of every token, sentence and paragraph must agree.

const REF_TOKEN_RE =
  /([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-‑]|\.(?=\p{L}\.))[\p{L}\p{M}\p{N}]+)*)|(["“”„«»‘’'`])|(\n[ \t\r]*\n|\r\n[ \t]*\r\n)|([^\s\p{L}\p{N}])/gu;
const REF_UPPER_RE = /\p{Lu}/u;
const REF_DIGIT_RE = /^\d/;
const REF_POSSESSIVE_RE = /^(.*\p{L})(['’]s?)$/u;
const REF_DOTTED_ACRONYM_RE = /^(?:\p{L}\.)+\p{L}$/u;
const REF_ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'insp', 'cmdr', 'adm', 'messrs', 'mt', 'ft', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept',
  'est', 'fig', 'gov', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd', 'rd', 'univ', 'assn', 'bros',
]);

function refIsCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return REF_UPPER_RE.test(w[0]);
}

function refUsesBlankLineParagraphs(text: string): boolean {
  return /\n[ \t\r]*\n/.test(text);
}

const REF_TURN_LABEL = /^[ \t]*(?:[[(]?\d{1,4}(?:[:.]\d{2}){1,2}[\])]?[ \t]+)?(?:[QA][.:][ \t]|(?:(?:\p{Lu}[\p{Lu}'’.-]*|\d+)[ \t]){0,4}\p{Lu}[\p{Lu}'’.-]*(?:[ \t]\d+)?(?:[ \t]\([^)\n]{1,40}\))?:[ \t])/u;
function refTurnLabelLine(text: string, from: number): boolean {
  return from > 0 && from < text.length && REF_TURN_LABEL.test(text.slice(from, from + 80));
}

/** The regex tokenizer that tokenize() replaced, unchanged but for turn-label lines: the oracle for the equivalence tests below. */
function referenceTokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const softNewlines = refUsesBlankLineParagraphs(text);
  const paraBreaks: number[] = []; // token indexes where a new paragraph starts
  REF_TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  let nextNl = softNewlines ? -1 : text.indexOf('\n');
  const push = (s: number, e: number, w: string, k: Kind): void => {
    tokens.push({ s, e, w, l: k === Kind.Word ? w.toLowerCase() : w, k, cap: k === Kind.Word && refIsCap(w), sent: 0, para: 0, first: false, cue: undefined, f: undefined });
  };
  while ((m = REF_TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    // (added since: in a text of blank-line paragraphs, a single newline before a line that opens with a turn
    // label is a paragraph break when the line before it or the line after it opens with one too)
    if (softNewlines) {
      for (let p = text.indexOf('\n', lastEnd); p !== -1 && p < s; p = text.indexOf('\n', p + 1)) {
        if (tokens.length > 0 && refTurnLabelLine(text, p + 1) && (refTurnLabelLine(text, text.lastIndexOf('\n', p - 1) + 1) || refTurnLabelLine(text, text.indexOf('\n', p + 1) + 1))) paraBreaks.push(tokens.length);
      }
    }
    // a single newline between tokens is a paragraph break when the document has no blank-line paragraphs
    if (nextNl !== -1 && nextNl < s) {
      if (tokens.length > 0 && nextNl >= lastEnd) paraBreaks.push(tokens.length);
      nextNl = text.indexOf('\n', s);
    }
    if (m[1] !== undefined) {
      let w = m[1];
      let e = s + w.length;
      // dotted acronym keeps its final period: "U.S."
      if (text.charCodeAt(e) === 46 && REF_DOTTED_ACRONYM_RE.test(w)) {
        w += '.';
        e += 1;
        REF_TOKEN_RE.lastIndex = e;
      }
      const k = REF_DIGIT_RE.test(w) ? Kind.Num : Kind.Word;
      const pm = k === Kind.Word && (w.includes("'") || w.includes('’')) ? REF_POSSESSIVE_RE.exec(w) : null;
      if (pm && (pm[2].length === 2 || /s$/i.test(pm[1])) && (refIsCap(w) || (pm[2].length === 2 && /^(?:al|el|ad|ash|as|at|az|ar|an|abu|bin|ibn|ben|bint)[-‑][A-Z]/.test(w)))) {
        // possessive: "Zelensky's" -> "Zelensky" + "'s"; "Reuters'" -> "Reuters" + "'"
        push(s, s + pm[1].length, pm[1], Kind.Word);
        push(s + pm[1].length, e, pm[2], Kind.Punct);
      } else if (pm && pm[2].length === 2 && pm[2][1] === 's' && !refIsCap(w)) {
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
        if (prev.e === t.s && prev.k === Kind.Word && (REF_ABBREV.has(prev.l) || (prev.w.length === 1 && prev.cap))) continue;
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

const TOKEN_FIELDS = ['s', 'e', 'w', 'l', 'k', 'cap', 'sent', 'para', 'first', 'cue'] as const;

const show = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (v === undefined ? '<undefined>' : v));

/** The first difference between two tokenizations of the same text, or null when they are identical. */
function firstDifference(got: Tokenized, want: Tokenized): string | null {
  const text = want.text;
  const around = (s: number, e: number): string => show(text.slice(Math.max(0, s - 30), e + 30));
  if (got.text !== text) return 'the text differs';
  const n = Math.min(got.tokens.length, want.tokens.length);
  for (let i = 0; i < n; i++) {
    const g = got.tokens[i];
    const w = want.tokens[i];
    const same = Object.keys(g).join() === Object.keys(w).join() && TOKEN_FIELDS.every((f) => g[f] === w[f]);
    if (!same) return `first differing token #${i}: got ${show(g)}, want ${show(w)}, in ${around(w.s, w.e)}`;
  }
  if (got.tokens.length !== want.tokens.length) {
    const extra = got.tokens.length > n ? `got extra ${show(got.tokens[n])}` : `missing ${show(want.tokens[n])}`;
    return `token count ${got.tokens.length}, want ${want.tokens.length}: ${extra}`;
  }
  for (const key of ['sentences', 'paragraphs'] as const) {
    const gs: object[] = got[key];
    const ws: object[] = want[key];
    for (let i = 0; i < Math.max(gs.length, ws.length); i++) {
      if (show(gs[i]) !== show(ws[i])) {
        const t = want.tokens[(ws[i] as Sentence | undefined)?.a ?? (gs[i] as Sentence).a];
        return `first differing ${key.slice(0, -1)} #${i}: got ${show(gs[i])}, want ${show(ws[i])}, at ${t ? around(t.s, t.e) : '?'}`;
      }
    }
  }
  return null;
}

function assertSameAsReference(text: string, label: string): void {
  const diff = firstDifference(tokenize(text), referenceTokenize(text));
  if (diff !== null) assert.fail(`${label}: ${diff}`);
}

function listTextFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTextFiles(p));
    else if (/\.(txt|md)$/i.test(name)) out.push(p);
  }
  return out;
}

test('tokenize agrees with the reference regex tokenizer on the hand-written cases', () => {
  const cases = [
    '',
    ' ',
    "Zelensky's U.S. visit, Mr. Smith’s view.",
    "Reuters' report and the leaders’ talks; don't, o'clock, it’s, 𝐀's, 𝐚's.",
    'U.S.A. and U.K. and e.g. this, i.e. that, a.m. p.m. 3.5 1.a. ab.c. 𝐀.𝐁. É.Ö.',
    'well-known non‑breaking co-op — dash – en -lead trail- ‑x',
    'One line.\nSame paragraph.\n\nNew one.\r\n\r\nThird.\n \t\r\nFourth.\r\n \r\n.',
    'One.\nTwo.\nThree.\n',
    '\n\nLeading blank lines.\n\n\n',
    'Combining: é, Cafe\u0301, \u0301alone, 𝐀𝐁𝐂 𝟎𝟏 ٣٤ ½ Ⅻ ǅungla ΑΘΗΝΑ 東京 مرحبا 🙂👍🏽 \uD800 \uDC00x \uD835',
    '"We will win," he said. «Non», „ja“ ‘single’ `tick` \'straight\'',
    'J. K. Rowling wrote. (Then left.) [Yes.] Done… Next! What? 𝐀. Smith',
  ];
  for (const c of cases) assertSameAsReference(c, show(c));
});

test('tokenize agrees with the reference regex tokenizer on every seed and fixture text', (t) => {
  const files = [...listTextFiles(join(ROOT, 'seeds')), ...listTextFiles(join(ROOT, 'test/fixtures'))];
  assert.ok(files.length >= 100, `only ${files.length} seed and fixture texts found`);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    assertSameAsReference(text, relative(ROOT, f));
    if (f.endsWith('.md')) assertSameAsReference(maskMarkdown(text), `${relative(ROOT, f)} (masked)`);
  }
  t.diagnostic(`${files.length} files compared (and each .md once more as masked prose)`);
});

test('tokenize agrees with the reference regex tokenizer on the texts of ../shared/ner-data', (t) => {
  const data = resolve(ROOT, '../shared/ner-data');
  if (!existsSync(data)) return; // the labelled corpora are not in every checkout
  let files = 0;
  let documents = 0;
  for (const corpus of readdirSync(data).sort()) {
    const dir = join(data, corpus);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.conll')) continue;
      // tokens joined by spaces, a sentence a line, a blank line between documents
      const docs: string[][] = [];
      let doc: string[] = [];
      let sent: string[] = [];
      const endSentence = (): void => {
        if (sent.length) doc.push(sent.join(' '));
        sent = [];
      };
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        if (line.startsWith('-DOCSTART-')) {
          endSentence();
          if (doc.length) docs.push(doc);
          doc = [];
        } else if (line.trim() === '') endSentence();
        else sent.push(line.split('\t')[0]);
      }
      endSentence();
      if (doc.length) docs.push(doc);
      const label = `${corpus}/${name}`;
      // the whole file as one text (blank-line paragraphs), and each document alone (a line is a paragraph)
      assertSameAsReference(docs.map((d) => d.join('\n')).join('\n\n'), label);
      docs.forEach((d, i) => assertSameAsReference(d.join('\n'), `${label}, document ${i}`));
      files++;
      documents += docs.length;
    }
  }
  assert.ok(files > 0, `no .conll files in ${data}`);
  t.diagnostic(`${files} .conll files compared whole and as ${documents} separate documents`);
});

/** Pieces the fuzz strings are made of: one character each, or a short run that exercises one rule. */
const FUZZ_PIECES: string[] = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'sssSSSaeiouAEIOU', // more possessive 's and short words
  'é', 'É', 'ñ', 'Ö', 'ß', 'ø', 'Ł', 'ǅ', 'Ω', 'ω', 'Ж', 'ж', 'İ', 'ı', // accented and other BMP letters
  '\u0301', '\u0301', '\u0308', '\u20dd', // combining marks
  '東', '京', '語', 'ー', 'の', // CJK
  'م', 'ر', 'ح', 'ب', 'ا', '٣', '٤', '\u064b', // Arabic letters, Arabic-Indic digits, a mark
  '½', 'Ⅻ', '²', // numbers that are not decimal digits
  '🙂', '👍', '🏽', '\u200d', '🇬', '🇧', '𝄞', // emoji, a modifier, ZWJ, flags, a musical symbol (astral, not letters)
  '𝐀', '𝐁', '𝐚', '𝐳', '𝟎', '𝟗', '𝟎', '\u{1D7CE}', '\u{20000}', '\u{10400}', '\u{10428}', '\u{1E900}', // astral letters and digits
  '\uD800', '\uDC00', '\uD835', // lone surrogates
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", '`', '’', "'", // quotes (apostrophes twice as likely)
  '-', '‑', '–', '—', '-', // hyphens and dashes
  '.', '.', '.', '.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '/', '%', '$', '€', '&', '*', '#', '@', '_',
  ' ', ' ', ' ', ' ', ' ', ' ', '\t', '\u00a0', '\u2028', '\u3000', '\u200b', '\ufeff', // white space (and ZWSP, not \s)
  '\n', '\n', '\r\n', '\r', '\n \n', '\n\t\r\n', '\r\n\r\n', '\r\n \t\r\n', '\n\n', // newlines and blank lines
  'U.S.', 'U.K', 'e.g.', 'i.e.', 'Mr.', 'Dr.', 'No.', 'J.', "'s", '’s', "s'", 'Smith', '3.5', 'A.B.C', '𝐀.𝐁.', // runs
];
/** The same without blank lines, so single newlines act as paragraph breaks. */
const FUZZ_PIECES_SOFT = FUZZ_PIECES.filter((p) => !/\n[ \t\r]*\n/.test(p));

test('tokenize agrees with the reference regex tokenizer on 20,000 seeded random strings', () => {
  const r = rng(20240611);
  const STRINGS = 20000;
  for (let n = 0; n < STRINGS; n++) {
    // half the strings may hold blank lines; the other half only single newlines
    const pieces = n % 2 === 0 ? FUZZ_PIECES : FUZZ_PIECES_SOFT;
    const len = Math.floor(r() * (n % 10 === 0 ? 400 : 60));
    let s = '';
    for (let i = 0; i < len; i++) s += pieces[Math.floor(r() * pieces.length)];
    assertSameAsReference(s, `fuzz string #${n} ${show(s)}`);
  }
});
