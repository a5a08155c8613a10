// The features and the use of the attribution-cue model of scripts/train-attrib.mjs (issue 14, an experiment that
// did not pass its gate, so nothing of it is in the product): a logistic regression over hashed local features of
// one token (its word, suffixes, shape, neighbours within two, whether Byline's lexicons know it as a cue, what
// follows it, commas near it, where it stands in its sentence). Written against the core's tokens, as the product
// would use it; bundled by the training script.
import { Kind, type Token } from '../src/core/text';
import * as lex from '../src/core/lex';
import { typedCueAt } from '../src/core/typedCues';

export interface AttribModel {
  bits: number;
  bias: number;
  /** indexed by the low `bits` bits of a feature's hash */
  weights: Float32Array;
}

/** FNV-1a, 32 bits */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);

function shapeOf(w: string): string {
  return w.replace(/\p{Lu}+/gu, 'A').replace(/\p{Ll}+/gu, 'a').replace(/\p{N}+/gu, '0').slice(0, 6);
}
function wordOf(t: Token | undefined): string {
  if (!t) return '<s>';
  if (t.k === Kind.Num) return '<num>';
  return t.l;
}
function classOf(t: Token | undefined): string {
  if (!t) return 'none';
  if (t.k === Kind.Num) return 'num';
  if (t.k !== Kind.Word) return t.w === ',' ? 'comma' : t.w === ':' ? 'colon' : /["“”]/.test(t.w) ? 'quote' : 'p';
  if (PRONOUN_SUBJECTS.has(t.l)) return 'pron';
  if (t.cap) return 'cap';
  return 'w';
}

const FNV_PRIME = 0x01000193;
/** FNV-1a continued over the characters of s from state h (hashFeature(a + b) = fnv(fnv(H0, a), b)). */
function fnv(h: number, s: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}
const H0 = 0x811c9dc5;
const BAR = (h: number): number => Math.imul(h ^ 124, FNV_PRIME);
const pre = (p: string): number => fnv(H0, p);
const P = {
  w: pre('w='), s3: pre('s3='), s2: pre('s2='), sh: pre('sh='), p1: pre('p1='), p2: pre('p2='), n1: pre('n1='), n2: pre('n2='),
  p1w: pre('p1w='), wn1: pre('wn1='), cp1: pre('cp1='), cn1: pre('cn1='), cp1n1: pre('cp1n1='), wcn1: pre('wcn1='), cp1w: pre('cp1w='),
  cue: pre('cue'), cuen1: pre('cue|n1='), typed: pre('typed='), typedn1: pre('typed|n1='), nocue: pre('nocue|s3='),
  cb: pre('cb='), ca: pre('ca='), ds: pre('ds='), de: pre('de='), first: pre('first='), that4: pre('that4'), to2: pre('to2'),
  capsubj: pre('capsubj'), pronsubj: pre('pronsubj'),
};
/** A lower-case word of ASCII letters has the shape "a" (the regular expressions of shapeOf are the general case). */
function fastShape(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return shapeOf(w);
  }
  return 'a';
}
const bucket = (n: number): string => (n < 0 ? 'no' : n <= 1 ? '1' : n <= 3 ? '3' : n <= 6 ? '6' : 'far');

/**
 * The hashed features of token i as a cue, in the sentence of tokens [sa, sb), pushed on out: FNV-1a of feature
 * strings ("w=said", "p1w=he|said", "cb=3", …) computed without building the strings. `typed` is typedCueAt(tokens, i).
 */
export function featureHashes(tokens: readonly Token[], i: number, sa: number, sb: number, typed: ReturnType<typeof typedCueAt>, out: number[]): void {
  const t = tokens[i];
  const w = t.l;
  const p1 = i - 1 >= sa ? tokens[i - 1] : undefined;
  const p2 = i - 2 >= sa ? tokens[i - 2] : undefined;
  const n1 = i + 1 < sb ? tokens[i + 1] : undefined;
  const n2 = i + 2 < sb ? tokens[i + 2] : undefined;
  const wp1 = wordOf(p1);
  const wn1 = wordOf(n1);
  const cp1 = classOf(p1);
  const cn1 = classOf(n1);
  const s3 = Math.max(0, w.length - 3);
  out.push(
    fnv(P.w, w),
    fnv(P.s3, w, s3),
    fnv(P.s2, w, Math.max(0, w.length - 2)),
    fnv(P.sh, fastShape(t.w)),
    fnv(P.p1, wp1),
    fnv(P.p2, wordOf(p2)),
    fnv(P.n1, wn1),
    fnv(P.n2, wordOf(n2)),
    fnv(BAR(fnv(P.p1w, wp1)), w),
    fnv(BAR(fnv(P.wn1, w)), wn1),
    fnv(P.cp1, cp1),
    fnv(P.cn1, cn1),
    fnv(BAR(fnv(P.cp1n1, cp1)), cn1),
    fnv(BAR(fnv(P.wcn1, w)), cn1),
    fnv(BAR(fnv(P.cp1w, cp1)), w),
  );
  const cue = lex.cueOf(t);
  if (cue !== undefined) out.push(P.cue, fnv(P.cuen1, cn1));
  if (typed) out.push(fnv(P.typed, typed.cue.kind), fnv(P.typedn1, cn1));
  if (!cue && !typed) out.push(fnv(P.nocue, w, s3));
  // commas within reach before and after, the distance to the sentence's ends, "that" and "to" after
  let commaBefore = -1;
  for (let k = i - 1; k >= sa && k >= i - 12; k--) if (tokens[k].w === ',') { commaBefore = i - k; break; }
  let commaAfter = -1;
  for (let k = i + 1; k < sb && k <= i + 12; k++) if (tokens[k].w === ',') { commaAfter = k - i; break; }
  out.push(fnv(P.cb, bucket(commaBefore)), fnv(P.ca, bucket(commaAfter)), fnv(P.ds, bucket(i - sa)), fnv(P.de, bucket(sb - 1 - i)), fnv(P.first, t.sent === 0 ? '1' : '0'));
  for (let k = i + 1; k < sb && k <= i + 4; k++) if (tokens[k].l === 'that') { out.push(P.that4); break; }
  if (n1?.l === 'to' || n2?.l === 'to') out.push(P.to2);
  // a capitalised subject just before (a name, "Trump", "Democrats"), maybe with an adverb
  let k = i - 1;
  while (k >= sa && tokens[k].k === Kind.Word && tokens[k].l.endsWith('ly')) k--;
  if (k >= sa && tokens[k].cap && tokens[k].k === Kind.Word && k > sa) out.push(P.capsubj);
  if (k >= sa && PRONOUN_SUBJECTS.has(tokens[k].l)) out.push(P.pronsubj);
}

/**
 * The hashed features of token i when it is a candidate cue (candidateAt), else null.
 */
export function candidateHashes(tokens: readonly Token[], i: number, sa: number, sb: number): number[] | null {
  const t = tokens[i];
  if (t.k !== Kind.Word || t.cap || t.l.length < 2 || lex.cueOf(t) !== undefined) return null;
  const typed = typedCueAt(tokens, i);
  if (typed?.cue.kind === 'indirect') return null;
  const out: number[] = [];
  featureHashes(tokens, i, sa, sb, typed, out);
  return out;
}

/**
 * Whether a sentence holds a cue Byline's rules know (a reporting verb or a typed cue): the rules have judged such a
 * sentence, and their refusals ("welcomed X to the town hall", "did not say whether …") stand; the model reads only
 * sentences without one.
 */
export function sentenceHasCue(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k === Kind.Word && !t.cap && (lex.cueOf(t) !== undefined || typedCueAt(tokens, i) !== null)) return true;
  }
  return false;
}

const scratch: number[] = [];
/** The model's score (log-odds) for token i as a cue, or null when it is no candidate (cueCandidate). */
export function cueScore(m: AttribModel, tokens: readonly Token[], i: number, sa: number, sb: number): number | null {
  const t = tokens[i];
  if (t.k !== Kind.Word || t.cap || t.l.length < 2 || lex.cueOf(t) !== undefined) return null;
  const typed = typedCueAt(tokens, i);
  if (typed?.cue.kind === 'indirect') return null;
  scratch.length = 0;
  featureHashes(tokens, i, sa, sb, typed, scratch);
  const mask = (1 << m.bits) - 1;
  let s = m.bias;
  for (let k = 0; k < scratch.length; k++) s += m.weights[scratch[k] & mask];
  return s;
}

/**
 * The content a cue at v reads, in the sentence [sa, sb): what follows it (after "that", a comma or a colon) when
 * at least four words follow, else what comes before its subject (the sentence up to the comma before the cue).
 * Token indices [a, b), or null.
 */
export function contentSpan(tokens: readonly Token[], v: number, sa: number, sb: number): { a: number; b: number } | null {
  let end = sb;
  while (end > sa && tokens[end - 1].k !== Kind.Word && tokens[end - 1].k !== Kind.Num) end--;
  let words = 0;
  for (let k = v + 1; k < end; k++) if (tokens[k].k === Kind.Word || tokens[k].k === Kind.Num) words++;
  if (words >= 4) {
    let a = v + 1;
    while (a < end && (tokens[a].l === 'that' || tokens[a].w === ',' || tokens[a].w === ':')) a++;
    // a prepositional phrase is no content ("told analysts on a call", "posted on the website")
    if (a < end && CONTENT_REFUSED.has(tokens[a].l)) return null;
    return a < end ? { a, b: end } : null;
  }
  let c = v - 1;
  while (c > sa && tokens[c].w !== ',') c--;
  if (c - sa < 4) return null;
  return { a: sa, b: c };
}

/** Prepositions that open no content after a cue. */
const CONTENT_REFUSED = new Set(['on', 'at', 'by', 'in', 'as', 'of', 'from', 'with', 'for']);

/** Decodes the committed model (base64 of little-endian Int16 weights, each `scale` times the weight). */
export function loadModel(json: { bits: number; scale: number; bias: number; weights: string }): AttribModel {
  const bin = atob(json.weights);
  const weights = new Float32Array(1 << json.bits);
  for (let i = 0; i < weights.length && 2 * i + 1 < bin.length; i++) weights[i] = ((bin.charCodeAt(2 * i) | (bin.charCodeAt(2 * i + 1) << 8)) << 16 >> 16) / json.scale;
  return { bits: json.bits, bias: json.bias, weights };
}
