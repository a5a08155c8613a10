// Whether two documents report the same story: the evidence a cross-source finding needs before it says two
// sources disagree. Shared entities count by how rare they are in the workspace (a name in two articles of a
// thousand says much; the country, the government or the wire agency in half of them says little) and by
// type (people most, places least); datelines far apart say two stories. Pure. Documents and entities are
// numbered once, each document's entities kept as a sorted list, so that comparing two documents is a merge of
// two short lists (an archive compares many pairs).
import type { DocumentAnalysis, EntityType } from './types';
import { dayOf } from './dates';

/** Wire agencies and syndication credits: in every article of a feed, evidence of nothing. */
const AGENCIES = new Set([
  'associated press', 'ap', 'reuters', 'afp', 'agence france presse', 'canadian press', 'the canadian press',
  'cp', 'press association', 'pa', 'pa media', 'bloomberg', 'bloomberg news', 'dpa', 'upi', 'united press international', 'xinhua',
  'tass', 'efe', 'ansa', 'kyodo', 'kyodo news', 'aap', 'australian associated press', 'ani', 'pti', 'press trust of india', 'getty images',
]);

const TYPE_WEIGHT: Record<string, number> = { PERSON: 1, ORG: 0.7, PLACE: 0.35 };
const typeWeight = (t: EntityType): number => TYPE_WEIGHT[t] ?? 0.5;

/** Shared evidence at or above which two documents report the same story, whatever their length. */
export const SAME_STORY_SCORE = 2.5;
/** Less evidence suffices when it is most of what the shorter document names (two short briefs on one event). */
export const SAME_STORY_MIN = 1;
export const SAME_STORY_SHARE = 0.5;
/** Two datelines further apart than this are two stories (a follow-up a week later is still the story). */
export const STORY_DAYS = 10;

function nameOf(id: string): string {
  return id.replace(/^[a-z]+:/, '');
}

interface Doc {
  /** Entity numbers, ascending. */
  ents: Int32Array;
  /** The weight of each, in the same order. */
  weights: Float64Array;
  day: number | null;
  total: number;
}

export class StoryEvidence {
  private readonly index = new Map<string, number>();
  private readonly docs: Doc[] = [];

  /**
   * With `deferred`, nothing is computed until `fill()` (a generator of steps) has run to its end: for a caller
   * that spreads the work over many turns of its event loop.
   */
  constructor(input: Iterable<{ path: string; analysis: DocumentAnalysis }>, agencyName: (name: string) => string = (n) => n.replace(/-/g, ' '), deferred = false) {
    this.pending = { input, agencyName };
    if (!deferred) for (const fill = this.fill(); !fill.next().done;);
  }

  private pending: { input: Iterable<{ path: string; analysis: DocumentAnalysis }>; agencyName: (name: string) => string } | undefined;

  /** Computes the evidence (once), pausing between documents. */
  *fill(): Generator<void, void> {
    if (!this.pending) return;
    const { input, agencyName } = this.pending;
    this.pending = undefined;
    const entityNo = new Map<string, number>();
    const df: number[] = [];
    const agency: boolean[] = [];
    const raw: { ents: Map<number, EntityType>; day: number | null }[] = [];
    for (const d of input) {
      yield;
      const m = new Map<number, EntityType>();
      for (const e of d.analysis.entities) {
        if (e.entity.startsWith('anon:')) continue;
        const name = nameOf(e.entity);
        let k = entityNo.get(name);
        if (k === undefined) {
          entityNo.set(name, (k = df.length));
          df.push(0);
          agency.push(AGENCIES.has(agencyName(name)));
        }
        const prev = m.get(k);
        if (prev === undefined || typeWeight(e.type) > typeWeight(prev)) m.set(k, e.type);
      }
      for (const k of m.keys()) df[k]++;
      this.index.set(d.path, raw.length);
      raw.push({ ents: m, day: dayOf(d.analysis.dateline) });
    }
    const n = raw.length;
    // in a handful of documents every shared name counts; in an archive, a name in half of them counts nothing
    const rarity = (k: number): number => (n <= 4 || df[k] <= 2 ? 1 : Math.max(0, Math.min(1, Math.log(n / df[k]) / Math.log(n / 2))));
    for (const r of raw) {
      yield;
      const ks = [...r.ents.keys()].sort((a, b) => a - b);
      const ents = Int32Array.from(ks);
      const weights = Float64Array.from(ks.map((k) => (agency[k] ? 0 : typeWeight(r.ents.get(k)!) * rarity(k))));
      let total = 0;
      for (const w of weights) total += w;
      this.docs.push({ ents, weights, day: r.day, total });
    }
  }

  private doc(path: string): Doc | undefined {
    const i = this.index.get(path);
    return i === undefined ? undefined : this.docs[i];
  }

  /**
   * A document's number, for the methods below that take numbers (-1 for a path it does not know): a caller
   * comparing many pairs looks each path up once.
   */
  no(path: string): number {
    return this.index.get(path) ?? -1;
  }

  /** The shared-entity evidence of two documents (each shared entity counted at the lower of its two weights). */
  score(a: string, b: string): number {
    return this.scoreOf(this.no(a), this.no(b));
  }

  /** score, by the documents' numbers. */
  scoreOf(ia: number, ib: number): number {
    if (ia < 0 || ib < 0) return 0;
    // not cached: the merge of two short sorted lists costs less than a look-up in a map of every pair compared,
    // which in an archive holds millions of entries (memory, and time collecting it)
    const da = this.docs[ia];
    const db = this.docs[ib];
    let s = 0;
    let i = 0;
    let j = 0;
    while (i < da.ents.length && j < db.ents.length) {
      const x = da.ents[i];
      const y = db.ents[j];
      if (x === y) {
        s += Math.min(da.weights[i], db.weights[j]);
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return s;
  }

  /** Whether the datelines (when both documents have one) are close enough for one story. */
  contemporary(a: string, b: string, days = STORY_DAYS): boolean {
    return this.contemporaryOf(this.no(a), this.no(b), days);
  }

  /** contemporary, by the documents' numbers. */
  contemporaryOf(ia: number, ib: number, days = STORY_DAYS): boolean {
    const da = this.dayOf(ia), db = this.dayOf(ib);
    return da === null || db === null || Math.abs(da - db) <= days;
  }

  /** A document's dateline as a day number, by the document's number; null without one. */
  dayOf(i: number): number | null {
    return i < 0 ? null : this.docs[i].day;
  }

  /** Whether both documents have datelines on the same day. */
  sameDay(a: string, b: string): boolean {
    return this.sameDayOf(this.no(a), this.no(b));
  }

  /** sameDay, by the documents' numbers. */
  sameDayOf(ia: number, ib: number): boolean {
    const da = this.dayOf(ia);
    return da !== null && da === this.dayOf(ib);
  }

  /** The evidence a document could share at most: the weights of all its entities. */
  total(path: string): number {
    return this.doc(path)?.total ?? 0;
  }

  /** Entity numbers of a document that count as evidence (weight above zero), for building candidate lists. */
  evidence(path: string): number[] {
    const d = this.doc(path);
    if (!d) return [];
    const out: number[] = [];
    for (let i = 0; i < d.ents.length; i++) if (d.weights[i] > 0) out.push(d.ents[i]);
    return out;
  }

  /**
   * Whether two documents report the same story: datelines close when both have one, and enough shared
   * evidence (SAME_STORY_SCORE), or at least SAME_STORY_MIN that is most of what the shorter one names.
   */
  same(a: string, b: string): boolean {
    if (a === b) return false;
    return this.sameOf(this.no(a), this.no(b));
  }

  /** same, for two different documents by number (see no). */
  sameOf(ia: number, ib: number): boolean {
    return this.contemporaryOf(ia, ib) && this.sameScored(ia, ib, this.scoreOf(ia, ib));
  }

  /** Whether evidence `s` (scoreOf the two documents) is enough for one story: same without the datelines. */
  sameScored(ia: number, ib: number, s: number): boolean {
    if (s >= SAME_STORY_SCORE) return true;
    const ta = ia < 0 ? 0 : this.docs[ia].total;
    const tb = ib < 0 ? 0 : this.docs[ib].total;
    return s >= SAME_STORY_MIN && s >= SAME_STORY_SHARE * Math.min(ta, tb);
  }
}
