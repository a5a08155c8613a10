// Whether two documents report the same story: the evidence a cross-source finding needs before it says two
// sources disagree. Shared entities count by how rare they are in the workspace (a name in two articles of a
// thousand says much; the country, the government or the wire agency in half of them says little) and by
// type (people most, places least); datelines far apart say two stories. Pure.
import type { DocumentAnalysis, EntityType } from './types';
import { dayOf } from './dates';

/** Wire agencies and syndication credits: in every article of a feed, evidence of nothing. */
const AGENCIES = new Set([
  'associated press', 'ap', 'reuters', 'afp', 'agence france presse', 'agence france-presse', 'canadian press', 'the canadian press',
  'cp', 'press association', 'pa', 'pa media', 'bloomberg', 'bloomberg news', 'dpa', 'upi', 'united press international', 'xinhua',
  'tass', 'efe', 'ansa', 'kyodo', 'kyodo news', 'aap', 'australian associated press', 'ani', 'pti', 'press trust of india', 'getty images',
]);

const TYPE_WEIGHT: Record<string, number> = { PERSON: 1, ORG: 0.7, PLACE: 0.35 };

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

export class StoryEvidence {
  private readonly ents = new Map<string, Map<string, EntityType>>();
  private readonly days = new Map<string, number | null>();
  private readonly df = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private readonly n: number;

  constructor(docs: Iterable<{ path: string; analysis: DocumentAnalysis }>, private readonly agencyName: (id: string) => string = nameOf) {
    for (const d of docs) {
      const m = new Map<string, EntityType>();
      for (const e of d.analysis.entities) {
        if (e.entity.startsWith('anon:')) continue;
        const k = nameOf(e.entity);
        if (!m.has(k) || (TYPE_WEIGHT[e.type] ?? 0.5) > (TYPE_WEIGHT[m.get(k)!] ?? 0.5)) m.set(k, e.type);
      }
      this.ents.set(d.path, m);
      this.days.set(d.path, dayOf(d.analysis.dateline));
      for (const k of m.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    }
    this.n = this.ents.size;
  }

  /** How much sharing this entity says: its type's weight times its rarity in the workspace (0 for agencies). */
  weight(name: string, type: EntityType): number {
    if (AGENCIES.has(this.agencyName(name).replace(/-/g, ' '))) return 0;
    const df = this.df.get(name) ?? 1;
    // in a handful of documents every shared name counts; in an archive, a name in half of them counts nothing
    const rarity = this.n <= 4 || df <= 2 ? 1 : Math.max(0, Math.min(1, Math.log(this.n / df) / Math.log(this.n / 2)));
    return (TYPE_WEIGHT[type] ?? 0.5) * rarity;
  }

  /** The shared-entity evidence of two documents. */
  score(a: string, b: string): number {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let s = this.cache.get(key);
    if (s !== undefined) return s;
    s = 0;
    const ea = this.ents.get(a);
    const eb = this.ents.get(b);
    if (ea && eb) {
      const [small, large] = ea.size <= eb.size ? [ea, eb] : [eb, ea];
      for (const [k, t] of small) if (large.has(k)) s += this.weight(k, TYPE_WEIGHT[t] >= (TYPE_WEIGHT[large.get(k)!] ?? 0) ? t : large.get(k)!);
    }
    this.cache.set(key, s);
    return s;
  }

  /** Whether the datelines (when both documents have one) are close enough for one story. */
  contemporary(a: string, b: string, days = STORY_DAYS): boolean {
    const da = this.days.get(a) ?? null;
    const db = this.days.get(b) ?? null;
    return da === null || db === null || Math.abs(da - db) <= days;
  }

  /** Whether both documents have datelines on the same day. */
  sameDay(a: string, b: string): boolean {
    const da = this.days.get(a) ?? null;
    return da !== null && da === (this.days.get(b) ?? null);
  }

  /** The evidence a document could share at most: the weights of all its entities. */
  total(path: string): number {
    let t = this.totals.get(path);
    if (t === undefined) {
      t = 0;
      for (const [k, type] of this.ents.get(path) ?? []) t += this.weight(k, type);
      this.totals.set(path, t);
    }
    return t;
  }

  /**
   * Whether two documents report the same story: datelines close when both have one, and enough shared
   * evidence (SAME_STORY_SCORE), or at least SAME_STORY_MIN that is most of what the shorter one names.
   */
  same(a: string, b: string): boolean {
    if (a === b || !this.contemporary(a, b)) return false;
    const s = this.score(a, b);
    if (s >= SAME_STORY_SCORE) return true;
    return s >= SAME_STORY_MIN && s >= SAME_STORY_SHARE * Math.min(this.total(a), this.total(b));
  }
}
