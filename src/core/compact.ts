// An analysis that crossed a thread or was read back from a cache (structured clone, JSON) holds a fresh copy of
// every string: each mention's type and id, each claim's kind and cue, each span's words. Kept for a whole
// archive, the copies are a third of the index's memory. compactAnalysis makes the repeated strings one string
// each and the spans' words views of the document's text. Values are unchanged (same strings, same order).
import type { DocumentAnalysis, Span } from './types';

/** Strings seen, each kept once. Bounded: past the limit it starts afresh (later strings are merely not shared). */
export class StringPool {
  private pool = new Map<string, string>();
  constructor(private readonly limit = 500_000) {}
  get(s: string): string {
    const hit = this.pool.get(s);
    if (hit !== undefined) return hit;
    if (this.pool.size >= this.limit) this.pool = new Map();
    this.pool.set(s, s);
    return s;
  }
}

/** Words at least this long are read from the document's text (a view of it) instead of being kept apart. */
const VIEW_MIN = 13;

function span<T extends Span | null | undefined>(text: string, s: T, pool: StringPool): T {
  if (!s || typeof s.text !== 'string') return s;
  const w = s.text;
  if (w.length >= VIEW_MIN && s.end - s.start === w.length && text.startsWith(w, s.start)) s.text = text.slice(s.start, s.end);
  else s.text = pool.get(w);
  return s;
}

/** Shares the repeated strings of an analysis of `text` (in place) and returns it. */
export function compactAnalysis(text: string, a: DocumentAnalysis, pool: StringPool): DocumentAnalysis {
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
    for (let i = 0; i < c.aliases.length; i++) c.aliases[i] = pool.get(c.aliases[i]);
    for (const r of c.roles) r.role = pool.get(r.role);
  }
  if (a.dateline !== undefined) a.dateline = pool.get(a.dateline);
  return a;
}
