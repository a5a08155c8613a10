// Byline's trained named-entity tagger: a greedy averaged perceptron over BILOU tags (training:
// scripts/train-ner.mjs; features: features.ts). The weights ship in model.json and are decoded once, on first
// use. Speed comes from caching per word type: the summed weights of every feature a word contributes (as the
// word itself, as the sentence opener, and as a neighbour at −2, −1, +1, +2) are computed the first time the
// word is seen, so tagging a token is a handful of vector additions.
import { Kind, type Tokenized } from '../text';
import modelJson from './model.json';
import { fromBase64, unpackModel } from './modelio';
import {
  BOS, EOS, FEATURE_VERSION, NCLS, bigramFeatures, NFLAGS, NHIST, NT, OFFSETS, DocScratch, boundaryFeatures, decode, flagFeatures, historyFeature,
  tagsToSpans, tokenFlags, transitionFeatures, typeFeatures, type Scorer, type TypeInfo,
} from './features';

export type NerType = 'PERSON' | 'ORG' | 'PLACE';

/** A name found by the tagger: token range [a, b) of tokenize()'s tokens. */
export interface TaggedEntity {
  a: number;
  b: number;
  type: NerType;
  /** confidence in [0, 1]: the least confident token's probability of its tag */
  score: number;
}

const OUT_TYPES: (NerType | null)[] = ['PERSON', 'ORG', 'PLACE', null];
/** Softmax temperature turning perceptron scores into probabilities (fitted on the dev splits). */
const TEMPERATURE = 4;
/** Word types kept in the cache before it is emptied (between documents). */
const MAX_TYPES = 120_000;
/** Word-pair memo keys: type ids below PAIR_IDS, the sentence boundary as PAIR_BOUNDARY. */
const PAIR_IDS = 1 << 17;
const PAIR_BOUNDARY = PAIR_IDS - 1;
/** Slots of the direct-mapped word-type cache. */
const FRONT = 1 << 16;

class Model {
  private readonly index: Int32Array;
  /** weight rows in integer units (one global scale): scores are sums of small integers */
  private readonly q: Int8Array;
  private readonly scale: number;
  /** one bit per feature bucket: has a row */
  private readonly present: Int32Array;
  // fixed vectors
  private readonly flagVec: Int16Array; // [bit][cls] × NT
  private readonly histVec: Int16Array; // [hist] × NT
  private readonly transVec: Int16Array; // [p2][p1][cls] × NT
  private readonly boundVec: Int16Array; // [offset] × NT
  // per word type: ids in three maps (words and numbers, punctuation, quotation marks), then arrays by id
  private readonly words = new Map<string, number>();
  private readonly puncts = new Map<string, number>();
  private readonly quotes = new Map<string, number>();
  private count = 0;
  private cap = 0;
  private ctx = new Int16Array(0); // [type][offset] × NT
  private selfVec = new Int16Array(0); // [type] × NT
  private firstVec = new Int16Array(0); // [type] × NT
  private cls = new Uint8Array(0);
  private mwStart = new Uint8Array(0);
  private typeBits = new Uint8Array(0);
  private lowerId = new Int32Array(0); // id of the lower-case form; -1 unknown when last looked at count lowerAt
  private lowerAt = new Int32Array(0);
  private lowers: string[] = [];
  private scratch = new DocScratch();

  constructor(bytes: Uint8Array) {
    const m = unpackModel(bytes);
    if (m.featureVersion !== FEATURE_VERSION || m.nt !== NT) throw new Error(`NER model: features v${m.featureVersion}, code v${FEATURE_VERSION}`);
    this.index = m.index;
    this.q = m.q;
    this.scale = m.scale;
    this.present = new Int32Array(this.index.length >>> 5);
    for (let id = 0; id < this.index.length; id++) if (this.index[id] >= 0) this.present[id >>> 5] |= 1 << (id & 31);
    this.flagVec = new Int16Array(NFLAGS * NCLS * NT);
    for (let b = 0; b < NFLAGS; b++) for (let c = 0; c < NCLS; c++) this.sum(flagFeatures(b, c), this.flagVec, (b * NCLS + c) * NT);
    this.histVec = new Int16Array(NHIST * NT);
    for (let h = 1; h < NHIST; h++) this.sum([historyFeature(h)], this.histVec, h * NT);
    this.transVec = new Int16Array(NT * NT * NCLS * NT);
    for (let p2 = 0; p2 < NT; p2++) for (let p1 = 0; p1 < NT; p1++) for (let c = 0; c < NCLS; c++) this.sum(transitionFeatures(p2, p1, c), this.transVec, ((p2 * NT + p1) * NCLS + c) * NT);
    this.boundVec = new Int16Array(4 * NT);
    for (let j = 0; j < 4; j++) this.sum(boundaryFeatures(OFFSETS[j]), this.boundVec, j * NT);
    this.reset();
  }

  /** Adds the weight rows of the features into out[at .. at + NT) (integer units; at most ~60 rows of ±127). */
  private sum(ids: readonly number[], out: Int16Array, at: number): void {
    const { index, q, present } = this;
    for (const id of ids) {
      // most features have no row (never seen, or pruned): the 128 KB bit set answers without touching the index
      if (!(present[id >>> 5] & (1 << (id & 31)))) continue;
      const r = index[id];
      if (r < 0) continue;
      const base = r * NT;
      for (let t = 0; t < NT; t++) out[at + t] += q[base + t];
    }
  }

  private reset(): void {
    this.words.clear(); this.puncts.clear(); this.quotes.clear();
    this.count = 0;
    this.cap = 0;
    this.lowers = [];
    this.scratch = new DocScratch();
    this.pairs = new Map();
    this.frontKeys.fill('');
    this.grow(4096);
  }

  private grow(cap: number): void {
    const copy = <A extends Int16Array | Uint8Array | Int32Array>(old: A, make: (n: number) => A, per: number): A => {
      const a = make(cap * per);
      a.set(old.subarray(0, Math.min(old.length, this.count * per)));
      return a;
    };
    this.ctx = copy(this.ctx, (n) => new Int16Array(n), 4 * NT);
    this.selfVec = copy(this.selfVec, (n) => new Int16Array(n), NT);
    this.firstVec = copy(this.firstVec, (n) => new Int16Array(n), NT);
    this.cls = copy(this.cls, (n) => new Uint8Array(n), 1);
    this.mwStart = copy(this.mwStart, (n) => new Uint8Array(n), 1);
    this.typeBits = copy(this.typeBits, (n) => new Uint8Array(n), 1);
    this.lowerId = copy(this.lowerId, (n) => new Int32Array(n), 1);
    this.lowerAt = copy(this.lowerAt, (n) => new Int32Array(n), 1);
    this.cap = cap;
  }

  /** A direct-mapped cache in front of the maps (slot from the length and three characters): most tokens are
   * frequent words, found here without hashing the whole string. */
  private readonly frontKeys: string[] = new Array<string>(FRONT).fill('');
  private readonly frontIds = new Int32Array(FRONT);
  private readonly frontKinds = new Uint8Array(FRONT);

  /** Id of a word type, computing its vectors the first time. */
  private typeId(w: string, k: Kind): number {
    const n = w.length;
    const slot = (((n * 31 + w.charCodeAt(0)) * 31 + w.charCodeAt(n - 1)) * 31 + w.charCodeAt(n >> 1) + k) & (FRONT - 1);
    if (this.frontKeys[slot] === w && this.frontKinds[slot] === k) return this.frontIds[slot];
    const map = k === Kind.Word || k === Kind.Num ? this.words : k === Kind.Punct ? this.puncts : this.quotes;
    let id = map.get(w);
    if (id !== undefined) {
      this.frontKeys[slot] = w;
      this.frontKinds[slot] = k;
      this.frontIds[slot] = id;
      return id;
    }
    id = this.count;
    if (id >= this.cap) this.grow(this.cap * 2);
    this.count++;
    const f = typeFeatures(w, k);
    this.cls[id] = f.cls;
    this.mwStart[id] = f.mw ? 1 : 0;
    this.typeBits[id] = f.bits;
    this.lowers.push(f.lower);
    this.lowerId[id] = -1;
    this.lowerAt[id] = -1;
    this.sum(f.self, this.selfVec, id * NT);
    this.sum(f.gaz, this.selfVec, id * NT);
    this.sum(f.first, this.firstVec, id * NT);
    for (let j = 0; j < 4; j++) this.sum(f.ctx[j], this.ctx, (id * 4 + j) * NT);
    map.set(w, id);
    return id;
  }

  /** weight row of a word-pair feature (-1: none), memoised on the two word types and the side */
  private pairs = new Map<number, number>();
  private readonly bigram = (a: number, b: number, side: number, la: string, lb: string): number => {
    const key = (a * PAIR_IDS + b) * 2 + (side > 0 ? 1 : 0);
    let r = this.pairs.get(key);
    if (r === undefined) {
      const [b1, b2] = side < 0 ? bigramFeatures(la, lb, '') : bigramFeatures('', la, lb);
      r = this.index[side < 0 ? b1 : b2];
      if (this.pairs.size > 250_000) this.pairs.clear();
      this.pairs.set(key, r);
    }
    return r;
  };

  private readonly info: TypeInfo = {
    mw: (id) => this.mwStart[id] === 1,
    bits: (id) => this.typeBits[id],
    lowerOf: (id) => {
      if (this.lowerId[id] >= 0 || this.lowerAt[id] === this.count) return this.lowerId[id];
      // look again only when new types were added since the last look
      this.lowerAt[id] = this.count;
      const l = this.words.get(this.lowers[id]);
      if (l !== undefined) this.lowerId[id] = l;
      return this.lowerId[id];
    },
  };

  /** Tags of every token (BILOU, MISC included) and each token's probability of its tag. */
  tag(tz: Tokenized): { tags: Uint8Array; prob: Float32Array } {
    if (this.count > MAX_TYPES) this.reset();
    const { tokens, sentences } = tz;
    const n = tokens.length;
    const typeIdArr = new Int32Array(n);
    const cls = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const id = (typeIdArr[i] = this.typeId(tokens[i].w, tokens[i].k));
      cls[i] = this.cls[id];
    }
    const gen = this.scratch.begin(this.count);
    const flags = tokenFlags(tz, cls, typeIdArr, this.info, this.scratch, gen);
    const { ctx, selfVec, firstVec, flagVec, histVec, transVec, boundVec, index, q } = this;
    const bigram = this.bigram;
    const scorer: Scorer = {
      score(i, p2, p1, hist, fl, out) {
        const e = typeIdArr[i];
        let at = e * NT;
        for (let t = 0; t < NT; t++) out[t] += selfVec[at + t];
        if (tokens[i].first) for (let t = 0; t < NT; t++) out[t] += firstVec[at + t];
        const s = sentences[tokens[i].sent];
        for (let j = 0; j < 4; j++) {
          const k = i + OFFSETS[j];
          at = k < s.a || k >= s.b ? j * NT : (typeIdArr[k] * 4 + j) * NT;
          const v = k < s.a || k >= s.b ? boundVec : ctx;
          for (let t = 0; t < NT; t++) out[t] += v[at + t];
        }
        const c = cls[i];
        for (let bit = 0, f = fl; f; bit++, f >>>= 1) {
          if (!(f & 1)) continue;
          at = (bit * NCLS + c) * NT;
          for (let t = 0; t < NT; t++) out[t] += flagVec[at + t];
        }
        if (hist) { at = hist * NT; for (let t = 0; t < NT; t++) out[t] += histVec[at + t]; }
        // word pairs, their rows memoised on the pair of word types
        const prev = i > s.a ? typeIdArr[i - 1] : PAIR_BOUNDARY, next = i + 1 < s.b ? typeIdArr[i + 1] : PAIR_BOUNDARY;
        let r = bigram(prev, e, -1, i > s.a ? tokens[i - 1].l : BOS, tokens[i].l);
        if (r >= 0) { at = r * NT; for (let t = 0; t < NT; t++) out[t] += q[at + t]; }
        r = bigram(e, next, 1, tokens[i].l, i + 1 < s.b ? tokens[i + 1].l : EOS);
        if (r >= 0) { at = r * NT; for (let t = 0; t < NT; t++) out[t] += q[at + t]; }
        at = ((p2 * NT + p1) * NCLS + c) * NT;
        for (let t = 0; t < NT; t++) out[t] += transVec[at + t];
      },
    };
    const prob = new Float32Array(n).fill(1);
    const scale = this.scale;
    const tags = decode({ tz, cls, flags, typeId: typeIdArr, scratch: this.scratch, gen }, scorer, (i, pred, allowed, scores) => {
      if (pred === 0) return; // only the tokens of names need a confidence
      let z = 0;
      const best = scores[pred];
      for (let t = 0; t < NT; t++) if (allowed[t]) z += Math.exp(((scores[t] - best) * scale) / TEMPERATURE);
      prob[i] = 1 / z;
    });
    return { tags, prob };
  }
}

let model: Model | null = null;

function getModel(): Model {
  return (model ??= new Model(fromBase64((modelJson as { data: string }).data)));
}

/** BILOU tags of the tokens (0 = O; MISC included), for callers that combine the model with rules. */
export function tagTokens(tz: Tokenized): { tags: Uint8Array; prob: Float32Array } {
  return getModel().tag(tz);
}

/** Names of people, organisations and places in a tokenized text, as token ranges, in text order. */
export function tagEntities(tz: Tokenized): TaggedEntity[] {
  const { tags, prob } = getModel().tag(tz);
  const out: TaggedEntity[] = [];
  for (const s of tagsToSpans(tags)) {
    const type = OUT_TYPES[s.type];
    if (!type) continue;
    let score = 1;
    for (let i = s.a; i < s.b; i++) score = Math.min(score, prob[i]);
    out.push({ a: s.a, b: s.b, type, score: Math.round(score * 1000) / 1000 });
  }
  return out;
}
