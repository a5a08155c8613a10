// Training of the NER tagger: a greedy averaged perceptron over BILOU tags (Collins 2002; Ratinov & Roth 2009
// for the greedy BILOU set-up), with the features of features.ts. Pure: documents in, weights out. The script
// scripts/train-ner.mjs reads the corpora, calls this and writes the model.
import { Kind, tokenize, tokenAt, type Tokenized } from '../text';
import type { ConllDoc } from './conll';
import * as lex from '../lex';
import { rng } from '../rng';
import {
  BOS, EOS, bigramFeatures, B, DIM, I, L, NCLS, NFLAGS, NHIST, NT, NTYPES, OFFSETS, U, boundaryFeatures, classes, decode, flagFeatures,
  historyFeature, tag, tagsToSpans, tokenFlags, transitionFeatures, typeFeatures, DocScratch, GAZ_FLAGS,
  type DecodeInput, type Scorer, type TypeFeatures, type TypeInfo,
} from './features';

const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

export interface TrainDoc extends DecodeInput {
  gold: Uint8Array;
  /** weight of the document's updates */
  weight: number;
  /** per token: index into the type-feature table */
  tf: Int32Array;
  /** per token: 1 where the gold O is not to be trusted (a known name the annotators left out) */
  ignore: Uint8Array;
  corpus?: string;
}

/** Word-type features shared by all documents of a training run. */
export class TypeTable implements TypeInfo {
  readonly list: TypeFeatures[] = [];
  private readonly ids = new Map<string, number>();
  readonly scratch = new DocScratch();
  id(w: string, k: number): number {
    const key = k + w;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(typeFeatures(w, k));
      this.ids.set(key, id);
    }
    return id;
  }
  mw(id: number): boolean {
    return this.list[id].mw;
  }
  bits(id: number): number {
    return this.list[id].bits;
  }
  lowerOf(id: number): number {
    return this.ids.get(Kind.Word + this.list[id].lower) ?? -1;
  }
}

/** Gold entities as tags on the tokens of src/core/text.ts; entities that do not fall on token boundaries are lost. */
export function goldTags(tz: Tokenized, doc: ConllDoc): { gold: Uint8Array; lost: number } {
  const { tokens } = tz;
  const gold = new Uint8Array(tokens.length);
  let lost = 0;
  for (const g of doc.gold) {
    const a = tokenAt(tokens, g.start);
    let b = a;
    while (b < tokens.length && tokens[b].s < g.end) b++;
    if (a >= tokens.length || b === a || tokens[a].s !== g.start || tokens[b - 1].e !== g.end || tokens[a].sent !== tokens[b - 1].sent) { lost++; continue; }
    let ty = TYPE_INDEX[g.type];
    if (ty === undefined) continue;
    // one convention for nationalities: BTC tags "Ukrainian airspace" LOC, others leave demonyms O or MISC;
    // Byline (like CoNLL) says a nationality is not a place
    if (b === a + 1 && ty !== TYPE_INDEX.PER && lex.demonymCountry(tokens[a].w) && !lex.placeCanonical(tokens[a].w)) ty = TYPE_INDEX.MISC;
    if (b === a + 1) gold[a] = tag(ty, U);
    else {
      gold[a] = tag(ty, B);
      for (let i = a + 1; i < b - 1; i++) gold[i] = tag(ty, I);
      gold[b - 1] = tag(ty, L);
    }
  }
  return { gold, lost };
}

/**
 * Prepares a document. `partial`: the annotation is known to miss names (re3d: "about a quarter of mid-sentence
 * capitalised tokens are O"), so an O on a capitalised mid-sentence word that the gazetteers know as a name
 * ("Denmark" in a list of coalition members) is not learnt from.
 */
export function prepareDoc(doc: ConllDoc, table: TypeTable, weight: number, partial = false): { doc: TrainDoc; lost: number } {
  const tz = tokenize(doc.text);
  const { gold, lost } = goldTags(tz, doc);
  const ignore = new Uint8Array(tz.tokens.length);
  if (partial) {
    for (let i = 0; i < tz.tokens.length; i++) {
      const t = tz.tokens[i];
      if (gold[i] !== 0 || !t.cap || t.first || (i > 0 && gold[i - 1] !== 0) || (i + 1 < gold.length && gold[i + 1] !== 0)) continue;
      if (lex.placeCanonical(t.w) !== undefined || lex.orgCanonical(t.w) !== undefined || lex.isKnownPerson(t.w)) ignore[i] = 1;
    }
  }
  const tf = new Int32Array(tz.tokens.length);
  for (let i = 0; i < tz.tokens.length; i++) tf[i] = table.id(tz.tokens[i].w, tz.tokens[i].k);
  const cls = classes(tz.tokens);
  const gen = table.scratch.begin(table.list.length);
  const flags = tokenFlags(tz, cls, tf, table, table.scratch, gen);
  return { doc: { tz, cls, flags, typeId: tf, gold, weight, tf, ignore, scratch: table.scratch, gen: 0 }, lost };
}

/** Precomputed bucket ids of the positional features. */
interface FixedIds {
  flag: number[][][]; // [bit][cls] -> ids
  hist: number[];
  trans: Int32Array; // (p2 * NT + p1) * NCLS + cls -> 3 ids
  boundary: number[][]; // [offset index] -> ids
}
function fixedIds(): FixedIds {
  const flag: number[][][] = [];
  for (let b = 0; b < NFLAGS; b++) {
    flag.push([]);
    for (let c = 0; c < NCLS; c++) flag[b].push(flagFeatures(b, c));
  }
  const hist: number[] = [];
  for (let h = 0; h < NHIST; h++) hist.push(historyFeature(h));
  const trans = new Int32Array(NT * NT * NCLS * 3);
  for (let p2 = 0; p2 < NT; p2++) for (let p1 = 0; p1 < NT; p1++) for (let c = 0; c < NCLS; c++) trans.set(transitionFeatures(p2, p1, c), ((p2 * NT + p1) * NCLS + c) * 3);
  return { flag, hist, trans, boundary: OFFSETS.map((d) => boundaryFeatures(d)) };
}

/** Collects the feature ids of token i into `buf`, returns their number. */
function collect(doc: TrainDoc, table: TypeTable, fx: FixedIds, i: number, p2: number, p1: number, hist: number, flags: number, dropGaz: boolean, buf: Int32Array): number {
  let n = 0;
  const push = (ids: ArrayLike<number>): void => { for (let j = 0; j < ids.length; j++) buf[n++] = ids[j]; };
  const tf = table.list[doc.tf[i]];
  const tok = doc.tz.tokens[i];
  const sent = doc.tz.sentences[tok.sent];
  push(tf.self);
  if (!dropGaz) push(tf.gaz);
  if (tok.first) push(tf.first);
  for (let j = 0; j < 4; j++) {
    const k = i + OFFSETS[j];
    if (k < sent.a || k >= sent.b) push(fx.boundary[j]);
    else push(table.list[doc.tf[k]].ctx[j]);
  }
  const c = doc.cls[i];
  let f = dropGaz ? flags & ~GAZ_FLAGS : flags;
  for (let bit = 0; f; bit++, f >>>= 1) if (f & 1) push(fx.flag[bit][c]);
  if (hist) buf[n++] = fx.hist[hist];
  const toks = doc.tz.tokens;
  const [b1, b2] = bigramFeatures(i > sent.a ? toks[i - 1].l : BOS, tok.l, i + 1 < sent.b ? toks[i + 1].l : EOS);
  buf[n++] = b1; buf[n++] = b2;
  const t = ((p2 * NT + p1) * NCLS + c) * 3;
  buf[n++] = fx.trans[t]; buf[n++] = fx.trans[t + 1]; buf[n++] = fx.trans[t + 2];
  return n;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** probability of dropping a token's gazetteer features in training (the gazetteers know the training names) */
  gazDrop: number;
  log?: (s: string) => void;
  /** called after each epoch with the averaged weights so far */
  onEpoch?: (epoch: number, avg: Float32Array) => void;
}

/** Trains on the documents; returns the averaged weights (DIM × NT). */
export function train(docs: TrainDoc[], table: TypeTable, opts: TrainOptions): Float32Array {
  const W = new Float32Array(DIM * NT);
  const A = new Float64Array(DIM * NT); // sum of step-weighted updates, for averaging
  const fx = fixedIds();
  const buf = new Int32Array(512);
  const rand = rng(opts.seed);
  let step = 1;
  const order = docs.map((_, i) => i);
  const averaged = (): Float32Array => {
    const avg = new Float32Array(DIM * NT);
    for (let j = 0; j < avg.length; j++) avg[j] = W[j] - A[j] / step;
    return avg;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // deterministic shuffle
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0, scored = 0;
    for (const di of order) {
      const doc = docs[di];
      let nIds = 0;
      let drop = false;
      const scorer: Scorer = {
        score(i, p2, p1, hist, flags, out) {
          // the gazetteers were built from these corpora's train and dev names: on names, their features are
          // dropped at the rate that brings their coverage down to what it is on unseen text
          drop = opts.gazDrop > 0 && doc.gold[i] !== 0 && rand() < opts.gazDrop;
          nIds = collect(doc, table, fx, i, p2, p1, hist, flags, drop, buf);
          for (let j = 0; j < nIds; j++) {
            const base = buf[j] * NT;
            for (let t = 0; t < NT; t++) out[t] += W[base + t];
          }
        },
      };
      doc.gen = table.scratch.begin(table.list.length);
      decode(doc, scorer, (i, pred, allowed) => {
        scored++;
        const g = doc.gold[i];
        if (pred !== g && !doc.ignore[i]) {
          errors++;
          if (allowed[g]) {
            const c = doc.weight;
            for (let j = 0; j < nIds; j++) {
              const base = buf[j] * NT;
              W[base + g] += c; A[base + g] += c * step;
              W[base + pred] -= c; A[base + pred] -= c * step;
            }
          }
        }
        step++;
      });
    }
    opts.log?.(`epoch ${epoch + 1}: ${errors} errors on ${scored} scored tokens (${((100 * errors) / scored).toFixed(2)} %)`);
    if (opts.onEpoch) opts.onEpoch(epoch + 1, averaged());
  }
  return averaged();
}

/**
 * Tags a prepared document with fixed weights (training-time scorer, no caches): token tags. `simDrop` drops the
 * gazetteer features of gold names at that rate, to simulate names the gazetteers do not know (cross-validation).
 */
export function tagWith(doc: TrainDoc, table: TypeTable, weights: Float32Array, simDrop = 0, seed = 1): Uint8Array {
  const fx = fixedIds();
  const buf = new Int32Array(512);
  const rand = rng(seed);
  const scorer: Scorer = {
    score(i, p2, p1, hist, flags, out) {
      const drop = simDrop > 0 && doc.gold[i] !== 0 && rand() < simDrop;
      const n = collect(doc, table, fx, i, p2, p1, hist, flags, drop, buf);
      for (let j = 0; j < n; j++) {
        const base = buf[j] * NT;
        for (let t = 0; t < NT; t++) out[t] += weights[base + t];
      }
    },
  };
  doc.gen = table.scratch.begin(table.list.length);
  return decode(doc, scorer);
}

export interface Counts { tp: number[]; fp: number[]; fn: number[] }
export const newCounts = (): Counts => ({ tp: [0, 0, 0, 0], fp: [0, 0, 0, 0], fn: [0, 0, 0, 0] });

/** Exact-boundary entity-level counts per type, comparing predicted tags with the gold tags. */
export function countSpans(gold: Uint8Array, pred: Uint8Array, c: Counts): void {
  const key = (s: { a: number; b: number; type: number }): string => `${s.a}:${s.b}:${s.type}`;
  const g = tagsToSpans(gold), p = tagsToSpans(pred);
  const gs = new Set(g.map(key)), ps = new Set(p.map(key));
  for (const s of p) (gs.has(key(s)) ? c.tp : c.fp)[s.type]++;
  for (const s of g) if (!ps.has(key(s))) c.fn[s.type]++;
}

/** Wrong and missed names of a document, for reading: "FP PER Kyiv | context". */
export function spanErrors(doc: TrainDoc, pred: Uint8Array): string[] {
  const { tz } = doc;
  const names = ['PER', 'ORG', 'LOC', 'MISC'];
  const key = (s: { a: number; b: number; type: number }): string => `${s.a}:${s.b}:${s.type}`;
  const g = tagsToSpans(doc.gold), p = tagsToSpans(pred);
  const gs = new Set(g.map(key)), ps = new Set(p.map(key));
  const show = (s: { a: number; b: number; type: number }, what: string): string => {
    const start = tz.tokens[s.a].s, end = tz.tokens[s.b - 1].e;
    const ctx = (tz.text.slice(Math.max(0, start - 50), start) + '[' + tz.text.slice(start, end) + ']' + tz.text.slice(end, end + 50)).replace(/\n/g, ' ');
    return `${what}\t${names[s.type]}\t${tz.text.slice(start, end)}\t${ctx}`;
  };
  return [...p.filter((s) => !gs.has(key(s))).map((s) => show(s, 'FP')), ...g.filter((s) => !ps.has(key(s))).map((s) => show(s, 'FN'))];
}

export function f1(c: Counts, types = [0, 1, 2]): { p: number; r: number; f: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const t of types) { tp += c.tp[t]; fp += c.fp[t]; fn += c.fn[t]; }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export { NTYPES, B, I, L, U };
