// Applies the journalist's annotations (annotations-v1) to the automatic analysis. Pure: text, analysis and
// anchored annotations in, a corrected analysis out. Two steps, because speakers are named by canonical
// names that only the workspace knows:
//   1. per document, before entities are linked across documents: dismissed claims, names and figures
//      removed; names typed, renamed or added; claims added or given a kind, a status, a note; speakers
//      named by hand remembered as names to resolve;
//   2. after linking (resolveSpeakers): each speaker name becomes the id of the workspace entity with that
//      name or alias, or a new person.
// What the journalist says wins over the automatic analysis; when two annotations disagree on one record the
// later `modified` wins.
import type { Annotation } from './annotations';
import { bodyValue, bodyValues, isWorkspaceTarget, quoteSelectorOf } from './annotations';
import type { Anchored } from './anchor';
import { entityKey, slug } from './entities';
import { normName } from './names';
import type { DocumentAnalysis, DocumentNote, EntityMention, EntityRecord, EntityType, LocalEntity, Quote, QuoteKind } from './types';

export const CLAIM_STATUSES = ['verified', 'disputed', 'needs-source', 'unverified'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect'];

const TYPE_OF: Record<string, EntityType> = { person: 'PERSON', organisation: 'ORG', organization: 'ORG', place: 'PLACE' };
/** The annotations-v1 word for an entity type. */
export function typeWord(type: EntityType): string | undefined {
  return type === 'PERSON' ? 'person' : type === 'ORG' ? 'organisation' : type === 'PLACE' ? 'place' : undefined;
}


/** An annotation whose text is gone from its document (or whose document is gone). */
export interface Orphan {
  id: string;
  source: string;
  exact: string;
}

/** What an annotation decides, read from its bodies. */
export interface Decision {
  claim?: 'claim' | 'not-a-claim';
  kind?: QuoteKind;
  entityType?: EntityType;
  notAnEntity?: boolean;
  notAFigure?: boolean;
  identifying?: string;
  status?: string;
  note?: string;
  /** A decision on a cross-source finding: its fingerprint and 'reviewed' / 'not-a-conflict'. */
  conflict?: { fingerprint: string; decision: string };
}

export function decisionOf(a: Annotation): Decision {
  const d: Decision = {};
  for (const v of bodyValues(a, 'classifying')) {
    if (v === 'claim' || v === 'not-a-claim') d.claim = v;
    else if ((CLAIM_KINDS as readonly string[]).includes(v)) d.kind = v as QuoteKind;
    else if (v === 'not-an-entity') d.notAnEntity = true;
    else if (v === 'not-a-figure') d.notAFigure = true;
    else if (TYPE_OF[v]) d.entityType = TYPE_OF[v];
  }
  const id = bodyValue(a, 'identifying');
  if (id !== undefined && id.trim() !== '') d.identifying = id.trim();
  const assessing = bodyValue(a, 'assessing');
  if (assessing !== undefined) {
    const tag = bodyValues(a, 'tagging').find((t) => t.startsWith('byline:conflict:'));
    if (tag) d.conflict = { fingerprint: tag.slice('byline:conflict:'.length), decision: assessing };
    else d.status = assessing;
  }
  const note = bodyValue(a, 'commenting');
  if (note !== undefined && note !== '') d.note = note;
  return d;
}

/** True when the annotation is about a claim (and so applies to the claim its span overlaps). */
function aboutClaim(d: Decision): boolean {
  return d.claim !== undefined || d.kind !== undefined || d.status !== undefined;
}
function aboutEntity(d: Decision): boolean {
  return !aboutClaim(d) && (d.entityType !== undefined || d.notAnEntity === true || d.identifying !== undefined);
}

/** A speaker named by hand: "anonymous: a senior official" is an unnamed source, anything else a name. */
export function speakerOfName(name: string): { anonymous: string } | { name: string } {
  const m = /^anonymous\s*:\s*(.*)$/i.exec(name);
  return m ? { anonymous: m[1].trim() || 'source' } : { name };
}

export function anonymousId(description: string): string {
  return `anon:${slug(description.replace(/^(the|a|an)\s+/i, ''), 'source')}`;
}

/** A quote while annotations apply: a speaker named by hand is resolved to a workspace id after linking. */
interface AnnotatedQuote extends Quote {
  speakerName?: string;
  anonymousName?: string;
}
type AnnotatedMention = EntityMention;

/** Overlap of [a,b) and [c,d) in characters. */
function overlap(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}

/** The record whose span overlaps [s,e) by at least half of the shorter of the two (the best such), or -1. */
export function matchSpan(items: readonly { start: number; end: number }[], s: number, e: number): number {
  let best = -1;
  let bestOv = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.end <= s || it.start >= e) continue;
    const ov = overlap(s, e, it.start, it.end);
    const shorter = Math.min(e - s, it.end - it.start);
    if (ov * 2 < shorter || ov === 0) continue;
    if (ov > bestOv) {
      best = i;
      bestOv = ov;
    }
  }
  return best;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** Every word-bounded occurrence of `exact` in `text`. */
export function occurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  if (exact === '') return out;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + exact.length];
    if (isWordChar(exact[0]) && isWordChar(before)) continue;
    if (isWordChar(exact[exact.length - 1]) && isWordChar(after)) continue;
    out.push(i);
  }
  return out;
}

function addId<T extends { annotations?: string[] }>(r: T, id: string): void {
  if (!r.annotations) r.annotations = [id];
  else if (!r.annotations.includes(id)) r.annotations.push(id);
}

function byModified(a: { ann: Annotation }, b: { ann: Annotation }): number {
  return a.ann.modified < b.ann.modified ? -1 : a.ann.modified > b.ann.modified ? 1 : a.ann.id < b.ann.id ? -1 : a.ann.id > b.ann.id ? 1 : 0;
}

/** An annotation anchored in one document (a position target), or a workspace-wide one. */
export interface AnchoredAnnotation {
  ann: Annotation;
  /** UTF-16 span in the document; null = orphan; undefined for workspace targets. */
  anchor?: Anchored | null;
}

export interface AppliedDocument {
  analysis: DocumentAnalysis;
  orphans: Orphan[];
}

/**
 * Step 1: applies the annotations of one document (anchored already) and the workspace-wide ones to its
 * analysis. Returns a new analysis (the input is not changed) and the document's orphans.
 */
export function applyToDocument(text: string, analysis: DocumentAnalysis, local: AnchoredAnnotation[], workspace: Annotation[]): AppliedDocument {
  const orphans: Orphan[] = [];
  if (local.length === 0 && workspace.length === 0) return { analysis, orphans };
  let quotes: AnnotatedQuote[] = analysis.quotes.map((q) => ({ ...q }));
  let mentions: AnnotatedMention[] = analysis.entities.map((m) => ({ ...m }));
  let figures = analysis.figures.map((f) => ({ ...f }));
  const clusters = new Map<string, LocalEntity>(analysis.clusters.map((c) => [c.key, { ...c, aliases: [...c.aliases], roles: [...c.roles] }]));
  const notes: DocumentNote[] = [];
  let fresh = 0;
  const newKey = (): string => `ann:${++fresh}`;

  // ---- names, workspace-wide first, then this document's (later decisions win)
  const entityOps: { ann: Annotation; d: Decision; spans: { start: number; end: number }[]; whole: boolean }[] = [];
  for (const ann of workspace) {
    const d = decisionOf(ann);
    if (!aboutEntity(d)) continue;
    const exact = quoteSelectorOf(ann)?.exact ?? '';
    const spans = occurrences(text, exact).map((s) => ({ start: s, end: s + exact.length }));
    if (spans.length) entityOps.push({ ann, d, spans, whole: true });
  }
  const sortedLocal = [...local].sort(byModified);
  for (const { ann, anchor } of sortedLocal) {
    if (anchor === null || anchor === undefined) {
      if (anchor === null) orphans.push({ id: ann.id, source: ann.target.source, exact: quoteSelectorOf(ann)?.exact ?? '' });
      continue;
    }
    const d = decisionOf(ann);
    if (aboutEntity(d)) entityOps.push({ ann, d, spans: [{ start: anchor.start, end: anchor.end }], whole: false });
  }
  for (const op of entityOps) {
    const { ann, d } = op;
    for (const span of op.spans) {
      // a workspace decision names exact occurrences; a local one the mention its span overlaps
      const i = op.whole ? mentions.findIndex((m) => m.start === span.start && m.end === span.end) : matchSpan(mentions, span.start, span.end);
      if (d.notAnEntity) {
        if (i >= 0) mentions.splice(i, 1);
        continue;
      }
      if (i >= 0) {
        const m = mentions[i];
        const cl = clusters.get(m.entity);
        const type = d.entityType ?? m.type;
        const name = d.identifying;
        addId(m, ann.id);
        // the fullest form of a name stands for its whole cluster in this document (a rename, a merge, a
        // type); a shorter form decided on its own leaves the cluster
        if (cl && (m.text === cl.name || clustersMentions(mentions, m.entity) === 1)) {
          cl.type = type;
          if (name) cl.name = name;
          for (const o of mentions) if (o.entity === m.entity) o.type = type;
        } else if (type !== m.type || (name && name !== cl?.name)) {
          const key = newKey();
          clusters.set(key, { key, type, name: name ?? m.text, aliases: [m.text], roles: m.role ? [{ role: m.role.text, start: m.role.start, end: m.role.end }] : [] });
          m.entity = key;
          m.type = type;
        }
        continue;
      }
      if (!d.entityType && !d.identifying) continue;
      // everywhere: words inside a longer name are part of that name ("Peskov" in "Dmitry Peskov")
      if (op.whole && mentions.some((o) => o.start <= span.start && o.end >= span.end && o.end - o.start > span.end - span.start)) continue;
      // a name the recogniser missed: added, replacing any automatic mention it overlaps
      const exact = text.slice(span.start, span.end);
      const type = d.entityType ?? 'PERSON';
      const name = d.identifying ?? exact;
      let key = [...clusters.values()].find((c) => c.type === type && c.name === name)?.key;
      if (!key) {
        key = newKey();
        clusters.set(key, { key, type, name, aliases: [], roles: [] });
      }
      const cl = clusters.get(key)!;
      if (!cl.aliases.includes(exact)) cl.aliases.push(exact);
      mentions = mentions.filter((o) => overlap(o.start, o.end, span.start, span.end) === 0);
      const added: AnnotatedMention = { start: span.start, end: span.end, text: exact, type, entity: key, added: true, annotations: [ann.id] };
      mentions.push(added);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // clusters with no mention left are gone, and so are speakers that were only that name
  const used = new Set(mentions.map((m) => m.entity));
  for (const key of [...clusters.keys()]) {
    if (used.has(key)) continue;
    clusters.delete(key);
  }
  for (const q of quotes) {
    if (q.speaker && !q.speaker.startsWith('anon:') && !clusters.has(q.speaker) && analysis.clusters.some((c) => c.key === q.speaker)) {
      q.speaker = null;
      q.speakerMention = null;
    }
  }
  // a cluster's aliases are its mentions' texts
  for (const cl of clusters.values()) {
    const texts = new Set(mentions.filter((m) => m.entity === cl.key).map((m) => m.text));
    for (const a of cl.aliases) if (!/^[A-Z]/.test(a) || texts.has(a)) texts.add(a);
    cl.aliases = [...texts];
  }

  // ---- claims and figures: what makes or unmakes a claim first, then statuses and notes, so that a status
  // finds the claim added by hand whatever the order of their dates
  const claimFirst = [...sortedLocal].sort((a, b) => rankClaim(decisionOf(a.ann)) - rankClaim(decisionOf(b.ann)));
  for (const { ann, anchor } of claimFirst) {
    if (!anchor) continue;
    const d = decisionOf(ann);
    const { start, end } = anchor;
    if (d.notAFigure) {
      const i = matchSpan(figures, start, end);
      if (i >= 0) figures = figures.filter((_, k) => k !== i);
      continue;
    }
    if (!aboutClaim(d)) {
      if (d.note !== undefined && !aboutEntity(d)) notes.push({ id: ann.id, start, end, text: text.slice(start, end), note: d.note });
      continue;
    }
    const i = matchSpan(quotes, start, end);
    if (d.claim === 'not-a-claim') {
      if (i >= 0) quotes = quotes.filter((_, k) => k !== i);
      continue;
    }
    let q: AnnotatedQuote;
    if (i >= 0) q = quotes[i];
    else if (d.claim === 'claim' || d.kind !== undefined) {
      const t = text.slice(start, end);
      q = { start, end, text: t, kind: d.kind ?? (/^["“‘'«]/.test(t) ? 'direct' : 'indirect'), speaker: null, cue: null, speakerMention: null, added: true };
      quotes.push(q);
    } else {
      // a status with no claim to sit on: kept visible as a note on the span
      notes.push({ id: ann.id, start, end, text: text.slice(start, end), status: d.status, note: d.note });
      continue;
    }
    addId(q, ann.id);
    if (d.kind) q.kind = d.kind;
    if (d.identifying) {
      const sp = speakerOfName(d.identifying);
      if ('anonymous' in sp) {
        q.speaker = anonymousId(sp.anonymous);
        q.anonymous = true;
        delete q.speakerName;
        q.speakerMention = null;
        q.anonymousName = sp.anonymous;
      } else {
        q.speakerName = sp.name;
        q.speakerMention = null;
        delete q.anonymous;
      }
    }
    if (d.status) q.status = d.status;
    if (d.note !== undefined) q.note = d.note;
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: DocumentAnalysis = { ...analysis, entities: mentions, quotes, figures, clusters: [...clusters.values()] };
  if (notes.length) out.notes = notes.sort((a, b) => a.start - b.start);
  return { analysis: out, orphans };
}

/** 0 for annotations that add, remove or correct a claim; 1 for the rest (statuses, notes). Stable sort keeps date order. */
function rankClaim(d: Decision): number {
  return d.claim !== undefined || d.kind !== undefined || d.identifying !== undefined ? 0 : 1;
}

function clustersMentions(mentions: EntityMention[], key: string): number {
  let n = 0;
  for (const m of mentions) if (m.entity === key) n++;
  return n;
}

/**
 * Step 2, after linking: the speakers named by hand become workspace ids: the entity with that name, else one
 * with that alias (people first), else a new person (added to `records`). Anonymous sources named by hand get
 * a record of their own. Changes the quotes in place.
 */
export function resolveSpeakers(docs: Iterable<DocumentAnalysis>, records: Map<string, EntityRecord>): void {
  const steps = resolveSpeakersSteps(docs, records);
  while (!steps.next().done);
}

/** resolveSpeakers in steps: a generator that pauses every `every` documents (same result). */
export function* resolveSpeakersSteps(docs: Iterable<DocumentAnalysis>, records: Map<string, EntityRecord>, every = 16): Generator<void, void> {
  let byName: Map<string, string> | undefined;
  const lookup = (name: string): string => {
    if (!byName) {
      byName = new Map();
      const rank = (r: EntityRecord): number => (r.type === 'PERSON' ? 0 : r.type === 'ANONYMOUS' ? 2 : 1);
      const recs = [...records.values()].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
      for (const r of recs) if (!byName.has(normName(r.name))) byName.set(normName(r.name), r.id);
      for (const r of recs) for (const a of r.aliases) if (!byName.has(normName(a))) byName.set(normName(a), r.id);
    }
    const n = normName(name);
    const found = byName.get(n);
    if (found) return found;
    const id = entityKey('PERSON', name);
    if (!records.has(id)) records.set(id, { id, type: 'PERSON', name, aliases: [], roles: [] });
    byName.set(n, id);
    return id;
  };
  let n = 0;
  for (const a of docs) {
    if (++n % every === 0) yield;
    for (const q of a.quotes as AnnotatedQuote[]) {
      if (q.speakerName !== undefined) {
        q.speaker = lookup(q.speakerName);
        delete q.speakerName;
      } else if (q.anonymous && q.speaker && !records.has(q.speaker)) {
        const name = q.anonymousName;
        if (name) records.set(q.speaker, { id: q.speaker, type: 'ANONYMOUS', name, aliases: [], roles: [] });
      }
      delete q.anonymousName;
    }
  }
}

/** Decisions on cross-source findings kept as annotations: fingerprint -> 'reviewed' | 'dismissed' (the later wins). */
export function conflictDecisions(anns: Iterable<Annotation>): Map<string, { decision: 'reviewed' | 'dismissed'; id: string; modified: string }> {
  const out = new Map<string, { decision: 'reviewed' | 'dismissed'; id: string; modified: string }>();
  for (const a of anns) {
    const d = decisionOf(a).conflict;
    if (!d) continue;
    const decision = d.decision === 'not-a-conflict' || d.decision === 'dismissed' ? 'dismissed' : d.decision === 'reviewed' ? 'reviewed' : undefined;
    if (!decision) continue;
    const prev = out.get(d.fingerprint);
    if (!prev || prev.modified <= a.modified) out.set(d.fingerprint, { decision, id: a.id, modified: a.modified });
  }
  return out;
}

/** True for annotations that are anchored in a document (not workspace-wide, not a decision on a finding). */
export function isDocumentAnnotation(a: Annotation): boolean {
  return !isWorkspaceTarget(a) && decisionOf(a).conflict === undefined;
}
