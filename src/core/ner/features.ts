// Features of the NER tagger, shared by training (scripts/train-ner.mjs) and tagging (tagger.ts), so both see
// exactly the same feature ids. Everything that depends only on a word's surface form is computed once per word
// type; what depends on the position (sentence start, multi-word gazetteer matches, document evidence, previous
// tags) is a small set of flags per token. Feature strings are hashed (FNV-1a) into 2^BITS buckets.
import { Kind, type Token, type Tokenized } from '../text';
import * as lex from '../lex';

/** Bumped whenever a feature template changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 7;
export const BITS = 20;
export const DIM = 1 << BITS;

/** Internal types; MISC is learnt (so that "Americans" or "Brexit" are not forced into another type) and dropped. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const NTYPES = TYPES.length;
/** Tags: 0 = O; 1 + 4·type + pos with pos 0 = B, 1 = I, 2 = L (last), 3 = U (unit). */
export const NT = 1 + 4 * NTYPES;
export const B = 0, I = 1, L = 2, U = 3;
export const tag = (type: number, pos: number): number => 1 + 4 * type + pos;
export const tagType = (t: number): number => (t - 1) >> 2;
export const tagPos = (t: number): number => (t - 1) & 3;
/** B or I: the entity must go on (or be closed by repair). */
export const isOpen = (t: number): boolean => t > 0 && ((t - 1) & 3) <= I;

// ───────────── word classes and shapes ─────────────

/** Coarse word classes. */
export const enum Cls { Lower = 0, Title = 1, Caps = 2, Initial = 3, Mixed = 4, Num = 5, Punct = 6, Quote = 7, Bos = 8, Eos = 9 }
export const NCLS = 10;

const UPPER = /\p{Lu}/u;

export function wordClass(w: string, k: Kind): Cls {
  if (k === Kind.Num) return Cls.Num;
  if (k === Kind.Quote) return Cls.Quote;
  if (k === Kind.Punct) return Cls.Punct;
  const c = w.charCodeAt(0);
  const firstUpper = (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(w[0]));
  if (!firstUpper) return UPPER.test(w) ? Cls.Mixed : Cls.Lower;
  if (w.length === 1) return Cls.Initial;
  return w === w.toUpperCase() ? Cls.Caps : Cls.Title;
}

/** Can start a name: a word with a capital letter somewhere ("Kyiv", "NATO", "eBay", "al-Assad"). */
export const isCandidateCls = (c: Cls): boolean => c >= Cls.Title && c <= Cls.Mixed;

/** Word shape: X for capitals, x for small letters, d for digits, other characters kept; runs cut to 2. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 10; i++) {
    const ch = w[i];
    let s: string;
    if (ch >= 'a' && ch <= 'z') s = 'x';
    else if (ch >= 'A' && ch <= 'Z') s = 'X';
    else if (ch >= '0' && ch <= '9') s = 'd';
    else if (ch.toLowerCase() !== ch) s = 'X';
    else if (ch.toUpperCase() !== ch) s = 'x';
    else s = ch;
    if (s === last) { if (++run > 2) continue; } else { last = s; run = 1; }
    out += s;
  }
  return out;
}

// ───────────── hashing ─────────────

export function hash(s: string): number {
  return finish(fnv(0x811c9dc5, s, 0, s.length));
}

/** hash(prefix + s.slice(a, b)), without building the string. */
export function hashPart(prefix: string, s: string, a = 0, b = s.length): number {
  return finish(fnv(fnv(0x811c9dc5, prefix, 0, prefix.length), s, a, b));
}

function fnv(h: number, s: string, a: number, b: number): number {
  for (let i = a; i < b; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Final avalanche, so that close strings spread over the buckets. */
function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) & (DIM - 1);
}

// ───────────── per-word-type features ─────────────

/** Features of a word type, as bucket ids. `gaz` are the gazetteer features (dropped at random in training). */
export interface TypeFeatures {
  cls: Cls;
  /** the lower-case form (words) or the surface (others) */
  lower: string;
  /** may start a multi-word place, organisation or person name of the gazetteers */
  mw: boolean;
  /** TypeBit flags used by tokenFlags */
  bits: number;
  self: number[];
  gaz: number[];
  /** extra features when the word opens a sentence */
  first: number[];
  /** features of this word seen at offset −2, −1, +1, +2 from the token being tagged */
  ctx: [number[], number[], number[], number[]];
}

export const OFFSETS = [-2, -1, 1, 2] as const;
const CTX_L = OFFSETS.map((d) => `c${d}l:`), CTX_C = OFFSETS.map((d) => `c${d}c:`), CTX_S = OFFSETS.map((d) => `c${d}s:`);
const PREFIX = [0, 1, 2, 3, 4].map((i) => `p${i}:`), SUFFIX = [0, 1, 2, 3, 4].map((i) => `x${i}:`);

/** Features of the sentence boundary seen from inside: offset −2/−1 before the start, +1/+2 after the end. */
export function boundaryFeatures(d: number): number[] {
  const mark = d < 0 ? '<s>' : '</s>';
  return [hash(`c${d}l:${mark}`), hash(`c${d}c:${d < 0 ? Cls.Bos : Cls.Eos}`)];
}

const H_BIAS = hash('b');

export function typeFeatures(w: string, k: Kind): TypeFeatures {
  const cls = wordClass(w, k);
  const isWord = k === Kind.Word;
  const l = isWord ? w.toLowerCase() : w;
  // each lexicon fact is looked up once (they feed the word's own, context and run features)
  const title = isWord && lex.isTitle(l), role = isWord && lex.isRoleExact(l), hon = isWord && lex.isHonorific(l);
  const cue = isWord && lex.cueLemma(l) !== undefined, orgHead = isWord && lex.isOrgHead(w), placeHead = isWord && lex.isPlaceHead(w);
  const named = isWord && cls !== Cls.Lower;
  const demonym = named && lex.demonymCountry(w) !== undefined, demonymNoun = named && lex.isDemonymNoun(w);
  const firstName = named && lex.firstNameGender(w) !== undefined;
  const self: number[] = [];
  const gaz: number[] = [];
  const first: number[] = [];
  const sh = shape(w);
  self.push(H_BIAS, hashPart('w:', w), hashPart('l:', l), hashPart('s:', sh), hashPart('c:', String(cls)));
  if (isWord) {
    const n = l.length;
    for (let i = 1; i <= 4 && i < n; i++) self.push(hashPart(PREFIX[i], l, 0, i), hashPart(SUFFIX[i], l, n - i, n));
    self.push(hash(`n:${n > 8 ? 9 : n}`));
    if (/[-‑]/.test(w)) self.push(hash('hy'));
    if (w.includes('.')) self.push(hash('dot'));
    if (/\d/.test(w)) self.push(hash('dig'));
    // gazetteers (src/core/lexicon.ts); their names are matched case-sensitively and all have a capital, so a
    // word without one is in none of them (checked on the 31,630 lower-case word types of the corpora)
    const bits = cls === Cls.Lower ? (title ? ['T'] : []) : gazetteerBits(w, firstName, demonym || demonymNoun, title);
    for (const b of bits) gaz.push(hash(`g:${b}`));
    // a few gazetteer features joined with the class: a known place in capitals is a place, in lower case a word
    for (const b of bits) if (b === 'P' || b === 'O' || b === 'F' || b === 'S' || b === 'D' || b === 'T') gaz.push(hash(`gc:${b}${cls}`));
    // lexical, not learnt from the corpora: common words, stop-caps, roles, cues
    const sc = lex.stopCapKind(w);
    if (sc) self.push(hash(`sc:${sc}`));
    const common = lex.isCommonWord(w);
    if (common) self.push(hash('cw'), hash(`cw${cls}`));
    if (title) self.push(hash('ti'));
    if (role) self.push(hash('ro'));
    if (hon) self.push(hash('ho'));
    if (cue) self.push(hash('cu'));
    if (orgHead) self.push(hash('oh'));
    if (placeHead) self.push(hash('ph'));
    if (demonym) self.push(hash('de'), hash(`de${cls}`));
    if (demonymNoun) self.push(hash('dn'));
    // sentence start: the capital says nothing, the word says more
    first.push(hashPart('f:', String(cls)), hashPart('fl:', l));
    if (common) first.push(hash(`fcw:${cls}`));
    if (sc) first.push(hash(`fsc:${sc}`));
  } else {
    first.push(hash(`f:${cls}`));
  }
  const ctx: [number[], number[], number[], number[]] = [[], [], [], []];
  for (let j = 0; j < 4; j++) {
    const d = OFFSETS[j];
    const f = ctx[j];
    f.push(hashPart(CTX_L[j], l), hashPart(CTX_C[j], String(cls)));
    if (d === -1 || d === 1) {
      f.push(hashPart(CTX_S[j], sh));
      if (isWord) {
        if (title) f.push(hash(`c${d}ti`));
        if (role) f.push(hash(`c${d}ro`));
        if (hon) f.push(hash(`c${d}ho`));
        if (cue) f.push(hash(`c${d}cu`));
        if (orgHead) f.push(hash(`c${d}oh`));
        if (placeHead) f.push(hash(`c${d}ph`));
        if (demonym) f.push(hash(`c${d}de`));
        if (cls !== Cls.Lower && firstName) f.push(hash(`c${d}fn`));
      }
    }
  }
  const mw = isWord && isCandidateCls(cls)
    && (lex.maxPhraseWords('place', w) >= 2 || lex.maxPhraseWords('org', w) >= 2 || lex.maxPhraseWords('person', w) >= 2);
  let bits = 0;
  if (orgHead) bits |= TypeBit.OrgHead;
  if (placeHead) bits |= TypeBit.PlaceHead;
  if (firstName) bits |= TypeBit.FirstName;
  return { cls, lower: l, mw, bits, self, gaz, first, ctx };
}

/** Gazetteer memberships of a single word, as letters. */
function gazetteerBits(w: string, firstName: boolean, demonym: boolean, title: boolean): string[] {
  const out: string[] = [];
  const pk = lex.placeKind(w);
  if (pk) out.push('P', `Pk${pk}`);
  if (lex.isAmbiguousPlace(w)) out.push('Pa');
  if (lex.orgCanonical(w) !== undefined) out.push('O', `Ok${lex.orgKind(w) ?? ''}`);
  if (lex.isAmbiguousOrg(w)) out.push('Oa');
  if (lex.isOrgMetonym(w)) out.push('Om');
  if (firstName) out.push('F');
  if (lex.isKnownSurname(w)) out.push('S');
  if (lex.isAmbiguousName(w)) out.push('Na');
  if (lex.isKnownPerson(w)) out.push('K');
  if (demonym) out.push('D');
  if (title) out.push('T');
  return out;
}

// ───────────── per-token (positional) features ─────────────

/** Positional flags of a token, as bits. */
export const enum Flag {
  /** inside a multi-word gazetteer match: place (B, I, L), organisation, known person */
  MgPB = 1 << 0, MgPI = 1 << 1, MgPL = 1 << 2,
  MgOB = 1 << 3, MgOI = 1 << 4, MgOL = 1 << 5,
  MgKB = 1 << 6, MgKI = 1 << 7, MgKL = 1 << 8,
  /** a capitalised word whose lower-case form is used as an ordinary word elsewhere in the document */
  DocLower = 1 << 9,
  /** a sentence-initial word that is capitalised mid-sentence elsewhere in the document */
  DocMidCap = 1 << 10,
  /** in a headline-like sentence (most words capitalised) */
  Headline = 1 << 11,
  /** right after an opening quotation mark or bracket */
  AfterOpen = 1 << 12,
  /** position in a run of capitalised words (connectors such as "of" allowed inside): begin, inside, last, unit */
  RunB = 1 << 13, RunI = 1 << 14, RunL = 1 << 15, RunU = 1 << 16,
  /** the run ends with an organisation head or suffix ("Foundation", "Party", "Inc") */
  RunOrgHead = 1 << 17,
  /** the run ends with a place head ("Street", "River", "Province") */
  RunPlaceHead = 1 << 18,
  /** the run starts with a known given name */
  RunFirstName = 1 << 19,
  /** the run has three words or more */
  RunLong = 1 << 20,
}
export const NFLAGS = 21;
/** Flags that come from the gazetteers (dropped with the word's own gazetteer features in training). */
export const GAZ_FLAGS = 0x1ff;

/** Bucket ids of the flag features: flag f alone and joined with the word class. */
export function flagFeatures(f: number, cls: number): number[] {
  return [hash(`F${f}`), hash(`F${f}c${cls}`)];
}
/** Bucket ids of the word-pair features of a scored token: previous + this word, this + next word (lower case). */
export function bigramFeatures(prev: string, cur: string, next: string): [number, number] {
  return [hash(`b-:${prev}|${cur}`), hash(`b+:${cur}|${next}`)];
}
export const BOS = '<s>', EOS = '</s>';

/** Bucket id of the document-history feature: the type this word was given before in the document. */
export function historyFeature(h: number): number {
  return hash(`h:${h}`);
}
/** History values: 0 never seen as a candidate before, 1 mostly O, 2 + type for PER/ORG/LOC/MISC. */
export const NHIST = 2 + NTYPES;
export function transitionFeatures(p2: number, p1: number, cls: number): [number, number, number] {
  return [hash(`t1:${p1}`), hash(`t2:${p2}:${p1}`), hash(`t1c:${p1}:${cls}`)];
}

/** Lower-case words found inside multi-word names ("Bank of England", "Rio de Janeiro", "Trinidad and Tobago"). */
const CONNECTORS = new Set(['of', 'and', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'du', 'des',
  'van', 'von', 'der', 'den', 'ter', 'the', 'for', 'on', 'upon', 'in', 'al', 'el', 'y', 'e', 'bin', 'ibn', 'at', 'sur', 'an']);

/** Lower-case words that may join capitalised words into one run ("Bank of England", "Procter & Gamble"). */
const RUN_CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'the', 'on', 'upon']);

/** Facts about a word type that tokenFlags needs for runs of capitalised words. */
export const enum TypeBit { OrgHead = 1, PlaceHead = 2, FirstName = 4 }

/** What tokenFlags and decode need to know about word types (ids from the caller's type table). */
export interface TypeInfo {
  /** TypeBit flags of the type */
  bits(id: number): number;
  /** may the type start a multi-word gazetteer name */
  mw(id: number): boolean;
  /** id of the type of the lower-case form of type `id` ("officials" for "Officials"), or -1 if none yet */
  lowerOf(id: number): number;
}

/** Scratch arrays indexed by word-type id, reused from document to document (stamped, never cleared). */
/** Word-type ids at or above this are not memoised (ids beyond 2^17 would not fit the memo key). */
const MEMO_NONE = (1 << 17) - 1;

export class DocScratch {
  /** multi-word gazetteer match lengths, memoised by the word types of the next three tokens */
  readonly mwMemo = new Map<number, number>();
  lowerSeen = new Int32Array(0);
  midCap = new Int32Array(0);
  histGen = new Int32Array(0);
  hist = new Int32Array(0);
  private gen = 0;
  /** Starts a document over `nTypes` type ids; returns its stamp. */
  begin(nTypes: number): number {
    if (nTypes > this.lowerSeen.length) {
      const cap = Math.max(nTypes, 2 * this.lowerSeen.length, 1024);
      this.lowerSeen = new Int32Array(cap);
      this.midCap = new Int32Array(cap);
      this.histGen = new Int32Array(cap);
      this.hist = new Int32Array(cap * (1 + NTYPES));
    }
    return ++this.gen;
  }
}

/** The flags of every token of a tokenized document (depends on the document, not on the model). */
export function tokenFlags(tz: Tokenized, cls: Uint8Array, typeId: Int32Array, info: TypeInfo, scratch: DocScratch, gen: number): Uint32Array {
  const { tokens } = tz;
  const n = tokens.length;
  const flags = new Uint32Array(n);
  // document evidence: lower-case uses and mid-sentence capitalised uses of each word
  const { lowerSeen, midCap } = scratch;
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (c === Cls.Lower) { if (tokens[i].k === Kind.Word) lowerSeen[typeId[i]] = gen; }
    else if ((c === Cls.Title || c === Cls.Caps) && !tokens[i].first) midCap[typeId[i]] = gen;
  }
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (c !== Cls.Title && c !== Cls.Caps) continue;
    const t = tokens[i];
    const lid = info.lowerOf(typeId[i]);
    if (lid >= 0 && lowerSeen[lid] === gen) flags[i] |= Flag.DocLower;
    if (t.first && midCap[typeId[i]] === gen) flags[i] |= Flag.DocMidCap;
    if (i > 0 && (tokens[i - 1].k === Kind.Quote || tokens[i - 1].w === '(') && tokens[i - 1].e === t.s) flags[i] |= Flag.AfterOpen;
  }
  for (const s of tz.sentences) {
    // headline-like: capitalised words, and no lower-case word longer than four letters
    let words = 0, caps = 0, longLower = 0;
    for (let i = s.a; i < s.b; i++) {
      if (tokens[i].k !== Kind.Word) continue;
      words++;
      if (cls[i] !== Cls.Lower) caps++;
      else if (tokens[i].w.length > 4) longLower++;
    }
    if (words >= 4 && longLower === 0 && caps >= 0.6 * words) for (let i = s.a; i < s.b; i++) flags[i] |= Flag.Headline;
    // runs of capitalised words
    for (let i = s.a; i < s.b; i++) {
      if (!isCandidateCls(cls[i] as Cls)) continue;
      let j = i + 1;
      for (;;) {
        if (j < s.b && isCandidateCls(cls[j] as Cls)) { j++; continue; }
        if (j + 1 < s.b && RUN_CONNECTORS.has(tokens[j].w) && isCandidateCls(cls[j + 1] as Cls)) { j += 2; continue; }
        break;
      }
      let f = 0;
      const lastBits = info.bits(typeId[j - 1]);
      if (lastBits & TypeBit.OrgHead) f |= Flag.RunOrgHead;
      if (lastBits & TypeBit.PlaceHead) f |= Flag.RunPlaceHead;
      if (j - i > 1 && info.bits(typeId[i]) & TypeBit.FirstName) f |= Flag.RunFirstName;
      if (j - i >= 3) f |= Flag.RunLong;
      if (j - i === 1) flags[i] |= f | Flag.RunU;
      else {
        flags[i] |= f | Flag.RunB;
        for (let k = i + 1; k < j - 1; k++) flags[k] |= f | Flag.RunI;
        flags[j - 1] |= f | Flag.RunL;
      }
      i = j - 1;
    }
    // multi-word gazetteer names
    for (let i = s.a; i < s.b; i++) {
      if (!info.mw(typeId[i]) || i + 1 >= s.b) continue;
      // the second word of a multi-word name is capitalised, a number or a connector ("Bank of England")
      const next = tokens[i + 1];
      if (cls[i + 1] === Cls.Lower && !CONNECTORS.has(next.w)) continue;
      // memoised on the next three word types (matches of up to three words depend on nothing else)
      const id3 = i + 2 < s.b ? typeId[i + 2] : MEMO_NONE;
      const key = typeId[i] < MEMO_NONE && typeId[i + 1] < MEMO_NONE && id3 <= MEMO_NONE ? (typeId[i] * (MEMO_NONE + 1) + typeId[i + 1]) * (MEMO_NONE + 1) + id3 : -1;
      let lens = key >= 0 ? scratch.mwMemo.get(key) : undefined;
      if (lens === undefined) {
        const w = tokens[i].w;
        const words: string[] = [];
        for (let j = i; j < s.b && j < i + 6; j++) words.push(tokens[j].w);
        const len = (kind: 'place' | 'org' | 'person'): number => {
          if (lex.maxPhraseWords(kind, w) < 2) return 0;
          const m = lex.longestMatch(kind, words, 0);
          return m && m.length > 1 && (kind === 'person' || tokens[i + m.length - 1].cap) ? m.length : 0;
        };
        lens = len('place') | (len('org') << 3) | (len('person') << 6);
        if (key >= 0 && (lens & 7) <= 3 && ((lens >> 3) & 7) <= 3 && (lens >> 6) <= 3) scratch.mwMemo.set(key, lens);
      }
      if (!lens) continue;
      const mark = (len: number, bits: number): void => {
        if (len < 2) return;
        flags[i] |= bits & (Flag.MgPB | Flag.MgOB | Flag.MgKB);
        for (let j = i + 1; j < i + len - 1; j++) flags[j] |= bits & (Flag.MgPI | Flag.MgOI | Flag.MgKI);
        flags[i + len - 1] |= bits & (Flag.MgPL | Flag.MgOL | Flag.MgKL);
      };
      const lp = lens & 7, lo = (lens >> 3) & 7, lk = lens >> 6;
      mark(lp, Flag.MgPB | Flag.MgPI | Flag.MgPL);
      mark(lo, Flag.MgOB | Flag.MgOI | Flag.MgOL);
      mark(lk, Flag.MgKB | Flag.MgKI | Flag.MgKL);
      const longest = Math.max(lp, lo, lk);
      if (longest > 1) i += longest - 1;
    }
  }
  return flags;
}

// ───────────── greedy decoding with BILOU constraints ─────────────

/** Scores of all tags for token i given the two previous tags and the history value (added into `out`). */
export interface Scorer {
  score(i: number, p2: number, p1: number, hist: number, flags: number, out: Float64Array): void;
}

/** Per-token data the decoder needs. */
export interface DecodeInput {
  tz: Tokenized;
  cls: Uint8Array;
  flags: Uint32Array;
  /** id of each token's word type, for the document history (same id = same surface form) */
  typeId: Int32Array;
  scratch: DocScratch;
  /** the document's stamp in the scratch arrays (from scratch.begin) */
  gen: number;
}

/**
 * Called for every scored token: the tag chosen, the tags allowed and their scores (training updates its
 * weights here; the tagger reads its confidence).
 */
export type Learner = (i: number, pred: number, allowed: Uint8Array, scores: Float64Array) => void;

/**
 * Greedy left-to-right BILOU decoding. Names start only at words with a capital letter; inside a name any token
 * may follow. A name left open (B/I followed by something else, or the sentence end) is closed by repair: its
 * last tag becomes L, or U for one token. Returns the tag of every token.
 */
export function decode(inp: DecodeInput, scorer: Scorer, learn?: Learner): Uint8Array {
  const { tz, cls, flags, typeId, gen } = inp;
  const { histGen, hist } = inp.scratch;
  const H = 1 + NTYPES;
  const n = tz.tokens.length;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(NT);
  const allowed = new Uint8Array(NT);
  // document history: per word type, counts of O / PER / ORG / LOC / MISC given so far (scratch.hist)
  for (const s of tz.sentences) {
    let p1 = 0, p2 = 0;
    for (let i = s.a; i < s.b; i++) {
      const c = cls[i] as Cls;
      const cand = isCandidateCls(c);
      const open = isOpen(p1);
      if (!cand && !open) { tags[i] = 0; p2 = p1; p1 = 0; continue; }
      const last = i === s.b - 1;
      // allowed tags
      allowed.fill(0);
      allowed[0] = 1;
      for (let t = 0; t < NTYPES; t++) {
        if (cand) {
          if (!last) allowed[tag(t, B)] = 1;
          allowed[tag(t, U)] = 1;
        }
      }
      if (open) {
        const ty = tagType(p1);
        if (!last) allowed[tag(ty, I)] = 1;
        allowed[tag(ty, L)] = 1;
      }
      let hv = 0;
      const id = typeId[i];
      if (cand && histGen[id] === gen) {
        let best = 0;
        for (let k = 1; k <= NTYPES; k++) if (hist[id * H + k] > hist[id * H + best]) best = k;
        hv = 1 + best;
      }
      scores.fill(0);
      scorer.score(i, p2, p1, hv, flags[i], scores);
      let pred = -1;
      let bestScore = -Infinity;
      for (let t = 0; t < NT; t++) if (allowed[t] && scores[t] > bestScore) { bestScore = scores[t]; pred = t; }
      if (learn) learn(i, pred, allowed, scores);
      // repair a name left open
      if (open && !(pred > 0 && tagType(pred) === tagType(p1) && (tagPos(pred) === I || tagPos(pred) === L))) {
        tags[i - 1] = tagPos(p1) === B ? tag(tagType(p1), U) : tag(tagType(p1), L);
      }
      tags[i] = pred;
      // sentence openers are not remembered: their capital says little, and one mistake there would spread
      if (cand && !tz.tokens[i].first) {
        if (histGen[id] !== gen) { histGen[id] = gen; hist.fill(0, id * H, id * H + H); }
        hist[id * H + (pred === 0 ? 0 : 1 + tagType(pred))]++;
      }
      p2 = p1;
      p1 = pred;
    }
  }
  return tags;
}

/** Entities (token ranges) from BILOU tags; MISC included (type index 3). */
export function tagsToSpans(tags: Uint8Array): { a: number; b: number; type: number }[] {
  const out: { a: number; b: number; type: number }[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) { start = -1; continue; }
    const pos = tagPos(t);
    if (pos === U) { out.push({ a: i, b: i + 1, type: tagType(t) }); start = -1; }
    else if (pos === B) start = i;
    else if (pos === L && start >= 0) { out.push({ a: start, b: i + 1, type: tagType(t) }); start = -1; }
  }
  return out;
}

/** Token-level word classes of a tokenized text. */
export function classes(tokens: Token[]): Uint8Array {
  const cls = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) cls[i] = wordClass(tokens[i].w, tokens[i].k);
  return cls;
}
