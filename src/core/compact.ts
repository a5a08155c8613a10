// An analysis that crossed a thread or was read back from a cache (structured clone, JSON) holds a fresh copy of
// every string: each mention's type and id, each claim's kind and cue, each span's words. Kept for a whole
// archive, the copies are a third of the index's memory. compactAnalysis makes the repeated strings one string
// each and the spans' words views of the document's text. Values are unchanged (same strings, same order).
import type { DocumentAnalysis, EntityMention, Figure, LocalEntity, Quote, Span } from './types';

/** Strings seen, each kept once. Bounded: past the limit it starts afresh (later strings are merely not shared). */
export class StringPool {
  private pool = new Map<string, string>();
  private ones = new Map<string, string[]>();
  constructor(private readonly limit = 500_000) {}
  get(s: string): string {
    const hit = this.pool.get(s);
    if (hit !== undefined) return hit;
    if (this.pool.size >= this.limit) this.pool = new Map();
    this.pool.set(s, s);
    return s;
  }
  /** A list of the one string `s` (pooled), shared and frozen: read only. */
  one(s: string): string[] {
    const w = this.get(s);
    const hit = this.ones.get(w);
    if (hit !== undefined) return hit;
    if (this.ones.size >= this.limit) this.ones = new Map();
    const l = Object.freeze([w]) as string[];
    this.ones.set(w, l);
    return l;
  }
}

/** The empty list of roles every local entity without one shares (frozen: read only). */
const NO_ROLES = Object.freeze([]) as unknown as LocalEntity['roles'];

/** Words at least this long are read from the document's text (a view of it) instead of being kept apart. */
const VIEW_MIN = 13;

function span<T extends Span | null | undefined>(text: string, s: T, pool: StringPool): T {
  if (!s || typeof s.text !== 'string') return s;
  const w = s.text;
  if (w.length >= VIEW_MIN && s.end - s.start === w.length && text.startsWith(w, s.start)) s.text = text.slice(s.start, s.end);
  else s.text = pool.get(w);
  return s;
}

/** Whether an object's own keys are exactly `keys`, in that order (the order JSON.stringify writes them in). */
function keysAre(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

const MENTION = ['start', 'end', 'text', 'type', 'entity'] as const;
const MENTION_ROLE = [...MENTION, 'role'] as const;
const QUOTE = ['start', 'end', 'text', 'kind', 'speaker', 'cue', 'speakerMention'] as const;
const QUOTE_ANON = [...QUOTE, 'anonymous'] as const;
const CLUSTER = ['key', 'type', 'name', 'aliases', 'roles'] as const;

// An object that crossed a thread (structured clone) holds four properties in itself and the others in a second
// array (40 bytes more for a mention, a claim or a local entity: 8 MB of the index on 2,000 articles). Written
// as an object literal it holds them all: the usual shapes are rebuilt so (the same keys in the same order, the
// same values); any other shape is left as it is.
function mentionOf(m: EntityMention): EntityMention {
  if (keysAre(m, MENTION)) return { start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity };
  if (keysAre(m, MENTION_ROLE)) return { start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, role: m.role };
  return m;
}

function quoteOf(q: Quote): Quote {
  if (keysAre(q, QUOTE)) return { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, speakerMention: q.speakerMention };
  if (keysAre(q, QUOTE_ANON)) return { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, speakerMention: q.speakerMention, anonymous: q.anonymous };
  return q;
}

const FIGURE = ['start', 'end', 'text', 'kind', 'value', 'unit'] as const;

/** A figure as an object literal when it has the usual keys (see mentionOf), otherwise itself. */
export function figureOf(f: Figure): Figure {
  return keysAre(f, FIGURE) ? { start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit } : f;
}

const SPAN = ['start', 'end', 'text'] as const;
const ROLE = ['role', 'start', 'end'] as const;

/**
 * A claim's cue or speaker's words, or a mention's role, as an object literal (see mentionOf): 48 bytes instead of
 * 56 and its properties' second array (about 8 MB of a 10,000-article index). One object met twice in the analysis
 * (a structured clone keeps such sharing) stays one object.
 */
function spanOf<T extends Span | null | undefined>(s: T, seen: Map<Span, Span>): T {
  if (!s || !keysAre(s, SPAN)) return s;
  let got = seen.get(s);
  if (!got) seen.set(s, (got = { start: s.start, end: s.end, text: s.text }));
  return got as T;
}

function clusterOf(c: LocalEntity): LocalEntity {
  if (!keysAre(c, CLUSTER)) return c;
  // no roles (nine local entities in ten): one shared empty list instead of one each (8 MB on 10,000 articles)
  const roles = c.roles.length === 0 ? NO_ROLES : c.roles.map((r) => (keysAre(r, ROLE) ? { role: r.role, start: r.start, end: r.end } : r));
  return { key: c.key, type: c.type, name: c.name, aliases: c.aliases, roles };
}

/**
 * Shares the repeated strings of an analysis of `text` (in place) and returns it. With `rebuild`, also writes
 * its mentions, claims and local entities anew as object literals (see mentionOf), for an analysis that crossed
 * a thread or was read back: the same values, in less memory; nothing else may hold those objects yet (a figure
 * is not rebuilt here: the figure facts sent with it point to it; primeFigureFacts rebuilds both).
 */
export function compactAnalysis(text: string, a: DocumentAnalysis, pool: StringPool, rebuild = false): DocumentAnalysis {
  if (rebuild) {
    const seen = new Map<Span, Span>();
    for (let i = 0; i < a.entities.length; i++) {
      const m = (a.entities[i] = mentionOf(a.entities[i]));
      if (m.role) m.role = spanOf(m.role, seen);
    }
    for (let i = 0; i < a.quotes.length; i++) {
      const q = (a.quotes[i] = quoteOf(a.quotes[i]));
      if (q.cue) q.cue = spanOf(q.cue, seen);
      if (q.speakerMention) q.speakerMention = spanOf(q.speakerMention, seen);
    }
    for (let i = 0; i < a.clusters.length; i++) a.clusters[i] = clusterOf(a.clusters[i]);
  }
  for (const m of a.entities) {
    span(text, m, pool);
    m.type = pool.get(m.type);
    m.entity = pool.get(m.entity);
    span(text, m.role, pool);
  }
  for (const q of a.quotes) {
    span(text, q, pool);
    q.kind = pool.get(q.kind) as typeof q.kind;
    if (q.speaker !== null) q.speaker = pool.get(q.speaker);
    span(text, q.cue, pool);
    span(text, q.speakerMention, pool);
  }
  for (const f of a.figures) {
    span(text, f, pool);
    f.kind = pool.get(f.kind);
    if (typeof f.value === 'string') f.value = pool.get(f.value);
    if (f.unit !== null) f.unit = pool.get(f.unit);
  }
  for (const c of a.clusters) {
    c.key = pool.get(c.key);
    c.type = pool.get(c.type);
    c.name = pool.get(c.name);
    // one alias (most local entities): a list shared by every entity with that alias (read only, as the whole
    // stored analysis is; rebuilt ones only, which nothing else holds yet)
    if (rebuild && c.aliases.length === 1 && !Object.isFrozen(c.aliases)) c.aliases = pool.one(c.aliases[0]);
    else if (!Object.isFrozen(c.aliases)) for (let i = 0; i < c.aliases.length; i++) c.aliases[i] = pool.get(c.aliases[i]);
    for (const r of c.roles) r.role = pool.get(r.role);
  }
  if (a.dateline !== undefined) a.dateline = pool.get(a.dateline);
  return a;
}
