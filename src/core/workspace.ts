// The cross-document index: one analysis per document version, and the links that make "Starmer" in one
// article and "UK Prime Minister Keir Starmer" in another one entity. Linking is recomputed lazily after a
// change (it is cheap: it works on entity clusters, not on text), so an incremental update always equals a
// full rebuild.
import type { Conflict, DocumentAnalysis, EntityMention, EntityRecord, Figure, LocalEntity, Quote } from './types';
import { analyzeText, formatForPath } from './analyze';
import { entityKey } from './entities';
import { drain, FigureCheckState, figureCounterpartsFrom, findConflictsSteps, type FigureCounterparts } from './conflicts';
import { compactAnalysis, StringPool } from './compact';
import * as lex from './lex';
import { normName } from './names';
import type { Annotation } from './annotations';
import { isWorkspaceTarget } from './annotations';
import { anchorAll, type Anchored } from './anchor';
import { applyToDocument, decisionOf, isDocumentAnnotation, resolveSpeakersSteps, type AnchoredAnnotation, type Orphan } from './applyAnnotations';

/** A document's analysis with every entity/speaker key replaced by its canonical workspace id. */
export interface ResolvedDocument {
  path: string;
  version: number;
  analysis: DocumentAnalysis;
}

export interface MentionRef {
  path: string;
  mention: EntityMention;
}

export interface Claim {
  path: string;
  quote: Quote;
}

interface Entry {
  path: string;
  version: number;
  text: string;
  analysis: DocumentAnalysis;
  format?: 'markdown' | 'plaintext';
}

/** A document's resolved mentions, with the workspace id of each of its clusters (in the clusters' order). */
interface KeptMentions {
  ids: string[];
  path: string;
  entities: EntityMention[];
  clusters: LocalEntity[];
}

/** The workspace id a document's local key was given (the last of its clusters with that key), or undefined. */
function idIn(kept: KeptMentions | undefined, key: string): string | undefined {
  if (!kept) return undefined;
  for (let c = kept.clusters.length - 1; c >= 0; c--) if (kept.clusters[c].key === key) return kept.ids[c];
  return undefined;
}

interface Links {
  /** path -> its clusters' global ids (idIn) */
  byDoc: Map<string, KeptMentions>;
  records: Map<string, EntityRecord>;
  /** The documents that mention each id, in path order (made with the links, a step at a time). */
  docsOf: Map<string, string[]>;
  /** The mentions of each id asked for so far (the command line never asks). */
  mentions: Map<string, MentionRef[]>;
  resolved: Map<string, ResolvedDocument>;
  orphans: Orphan[];
  conflicts?: Conflict[];
  /** The entry of each document the links were made from. */
  entries: Map<string, Entry>;
}

/** An annotation handed to the index: `key` is the index path of its document, absent for workspace-wide ones. */
export interface IndexedAnnotation {
  ann: Annotation;
  key?: string;
}

/** How many items a step of the linking works through before it pauses. */
const STEP = 16;

/** A string and its forms with one character deleted or replaced by a wildcard (keys of the one-edit index). */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + '\u0000' + w.slice(i + 1), w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Pairs of strings one edit apart (an inserted, deleted or substituted character), found through the strings
 * with one character deleted: two such strings share one of those (the pair is checked again by the caller).
 * Linear in the total length instead of comparing every pair.
 */
function* oneEditCandidates(words: string[]): Generator<void, [string, string][]> {
  const byKey = new Map<string, string[]>();
  const add = (k: string, w: string): void => {
    const l = byKey.get(k);
    if (!l) byKey.set(k, [w]);
    else if (l[l.length - 1] !== w) l.push(w);
  };
  for (let n = 0; n < words.length; n++) {
    if (n % STEP === 0) yield;
    const w = words[n];
    add(w, w);
    for (let i = 0; i < w.length; i++) add(w.slice(0, i) + '\u0000' + w.slice(i + 1), w);
    for (let i = 0; i < w.length; i++) add(w.slice(0, i) + w.slice(i + 1), w);
  }
  const seen = new Set<string>();
  const out: [string, string][] = [];
  let n = 0;
  for (const l of byKey.values()) {
    if (n++ % (STEP * 64) === 0) yield;
    if (l.length < 2 || l.length > 50) continue;
    for (let i = 0; i < l.length; i++) {
      for (let j = i + 1; j < l.length; j++) {
        const [a, b] = l[i] < l[j] ? [l[i], l[j]] : [l[j], l[i]];
        const k = `${a}\u0001${b}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push([a, b]);
      }
    }
  }
  return out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
}

/** True when a and b differ by one inserted, deleted or substituted character. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether two lists hold the same strings in the same order. */
function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A body's description that says little on its own: one word ("ministry") or a possessive pronoun's ("its ministry"). */
function weakBodyName(name: string): boolean {
  return !/\s/.test(name) || /^(its|their|his|her|our)\s/i.test(name);
}

/** Links the clusters of every document into workspace entities. Pure: same entries in, same links out. */
export function linkEntities(entries: Iterable<{ path: string; analysis: DocumentAnalysis }>): Map<string, Map<string, string>> {
  const list = [...entries];
  const ids = drain(linkEntitiesSteps(list));
  const byDoc = new Map<string, Map<string, string>>();
  list.forEach((e, k) => {
    let m = byDoc.get(e.path);
    if (!m) byDoc.set(e.path, (m = new Map()));
    e.analysis.clusters.forEach((cl, i) => m!.set(cl.key, ids[k][i]));
  });
  return byDoc;
}

/**
 * linkEntities in steps (a generator that pauses between pieces of work; same links): the workspace id of each
 * cluster, by entry and then in the order of the entry's clusters (lists, not a map per document: 10,000 maps
 * of about 30 keys were 13 MB of the editor's heap, made again at every linking).
 */
function* linkEntitiesSteps(entries: readonly { path: string; analysis: DocumentAnalysis }[]): Generator<void, string[][]> {
  // every cluster of the workspace, with the number of its entry (two lists, not an object per cluster: 300,000
  // on 10,000 articles, all kept until the end of the linking)
  const allCl: LocalEntity[] = [];
  const allDoc: number[] = [];
  const firstOf: number[] = [];
  for (let k = 0; k < entries.length; k++) {
    if (k % STEP === 0) yield;
    firstOf.push(allCl.length);
    for (const cl of entries[k].analysis.clusters) {
      allCl.push(cl);
      allDoc.push(k);
    }
  }
  // full person names by surname and by first name, counted across the workspace
  const bySurname = new Map<string, Map<string, number>>();
  yield;
  for (let i = 0; i < allCl.length; i++) {
    if (i % STEP === 0) yield;
    const cl = allCl[i];
    if (cl.type !== 'PERSON') continue;
    const parts = cl.name.split(/\s+/);
    if (parts.length < 2) continue;
    const full = normName(cl.name);
    let last = parts[parts.length - 1];
    if (/^(jr|sr|ii|iii|iv)\.?$/i.test(last) && parts.length > 2) last = parts[parts.length - 2];
    const s = normName(last);
    const m = bySurname.get(s) ?? new Map<string, number>();
    m.set(full, (m.get(full) ?? 0) + cl.aliases.length);
    bySurname.set(s, m);
  }
  // what each full name's clusters say about the person: first-name gender and stated role keys
  const rolesOfFull = new Map<string, Set<string>>();
  for (let i = 0; i < allCl.length; i++) {
    if (i % STEP === 0) yield;
    const cl = allCl[i];
    if (cl.type !== 'PERSON' || !/\s/.test(cl.name)) continue;
    const full = normName(cl.name);
    const set = rolesOfFull.get(full) ?? new Set<string>();
    for (const r of cl.roles) {
      const k = roleKeyOf(r.role);
      if (k) set.add(k);
    }
    rolesOfFull.set(full, set);
  }
  const displayName = new Map<string, string>();
  for (let i = 0; i < allCl.length; i++) {
    if (i % STEP === 0) yield;
    const cl = allCl[i];
    const n = normName(cl.name);
    const prev = displayName.get(n);
    if (!prev || cl.name.length > prev.length) displayName.set(n, cl.name);
  }
  // spelling variants of one surname ("Zelensky" / "Zelenskyy", "Lavrov" / "Lavrow"): one letter apart, long
  // enough not to be different names, and never when both spellings come with different first names
  const variant = new Map<string, string>(); // surname -> the spelling it joins
  const surnames = [...bySurname.keys()].sort();
  yield;
  // candidate pairs in sorted order (a < b), as the pairwise scan took them
  const candidates = yield* oneEditCandidates(surnames.filter((x) => x.length >= 5));
  for (let i = 0; i < candidates.length; i++) {
    if (i % STEP === 0) yield;
    const [a, b] = candidates[i];
    {
      if (a[0] !== b[0]) continue;
      if (Math.min(a.length, b.length) < 6 || !oneEditApart(a, b)) continue;
      const firstsA = new Set([...bySurname.get(a)!.keys()].map((f) => f.split(' ')[0]));
      const firstsB = [...bySurname.get(b)!.keys()].map((f) => f.split(' ')[0]);
      if (!firstsB.some((f) => firstsA.has(f))) continue;
      // the spelling used more wins
      const na = [...bySurname.get(a)!.values()].reduce((x, y) => x + y, 0);
      const nb = [...bySurname.get(b)!.values()].reduce((x, y) => x + y, 0);
      if (nb > na) variant.set(a, b);
      else variant.set(b, a);
    }
  }
  // surnames by their one-deletion forms, for a surname alone spelled one letter off (first in sorted order)
  const byDeletion = new Map<string, string[]>();
  yield;
  for (let i = 0; i < surnames.length; i++) {
    if (i % STEP === 0) yield;
    const s2 = surnames[i];
    if (s2.length < 6) continue;
    for (const k of deletions(s2)) {
      const l = byDeletion.get(k);
      if (l) l.push(s2);
      else byDeletion.set(k, [s2]);
    }
  }
  const nearSurnames = new Map<string, string>();
  const fullOf = (full: string): string => {
    const parts = full.split(' ');
    const last = parts[parts.length - 1];
    const v = variant.get(last);
    if (!v) return full;
    const joined = [...parts.slice(0, -1), v].join(' ');
    return displayName.has(joined) ? joined : full;
  };
  // the documents each named entity appears in, and each document's named entities (persons by full name), so that
  // a bare surname links to a full name of another document only when the two share something besides it
  const docsOfName = new Map<string, Set<string>>();
  const namesOfDoc = new Map<string, Set<string>>();
  // each "TYPE:name" made once (one per cluster was 300,000 strings on 10,000 articles, kept to the end)
  const typedKey = new Map<string, Map<string, string>>();
  for (let i = 0; i < allCl.length; i++) {
    if (i % STEP === 0) yield;
    const cl = allCl[i];
    const path = entries[allDoc[i]].path;
    if (cl.type === 'PERSON' && !/\s/.test(cl.name)) continue;
    const norm = normName(cl.name);
    let ofType = typedKey.get(cl.type);
    if (!ofType) typedKey.set(cl.type, (ofType = new Map()));
    let n = ofType.get(norm);
    if (n === undefined) ofType.set(norm, (n = `${cl.type}:${norm}`));
    let set = namesOfDoc.get(path);
    if (!set) namesOfDoc.set(path, (set = new Set()));
    set.add(n);
    let docs = docsOfName.get(n);
    if (!docs) docsOfName.set(n, (docs = new Set()));
    docs.add(path);
  }
  const nDocs = namesOfDoc.size;
  /** Whether the document at `path` shares a named entity, other than the person `full`, with a document naming `full` in full. */
  const cooccurs = (path: string, full: string): boolean => {
    const self = `PERSON:${full}`;
    const docs = docsOfName.get(self);
    if (!docs || docs.has(path)) return true;
    for (const n of namesOfDoc.get(path) ?? []) {
      if (n === self) continue;
      const with_ = docsOfName.get(n)!;
      // entities named in most of a large workspace (a country, a wire agency) are no evidence
      if (nDocs >= 4 && with_.size * 2 > nDocs) continue;
      const [small, large] = with_.size < docs.size ? [with_, docs] : [docs, with_];
      for (const d of small) if (d !== path && large.has(d)) return true;
    }
    return false;
  };
  const ids: string[][] = entries.map((e) => new Array<string>(e.analysis.clusters.length));
  // each id made once: a name in thousands of documents was as many copies of its id in their maps (and in the
  // mentions and claims linking gives them), 25 MB on 10,000 generated articles
  const idOf = new Map<string, string>();
  yield;
  for (let i = 0; i < allCl.length; i++) {
    if (i % STEP === 0) yield;
    const cl = allCl[i];
    const path = entries[allDoc[i]].path;
    let name = cl.name;
    if (cl.type === 'PERSON' && /\s/.test(name)) name = displayName.get(fullOf(normName(name))) ?? name;
    if (cl.type === 'PERSON' && !/\s/.test(name)) {
      let key = normName(name);
      if (!bySurname.has(key)) {
        // a surname alone, spelled one letter off a surname given in full elsewhere
        if (key.length >= 5) {
          const near = nearSurnames.get(key);
          if (near === undefined) {
            let found = '';
            for (const k of deletions(key)) for (const s2 of byDeletion.get(k) ?? []) if ((!found || s2 < found) && s2[0] === key[0] && Math.min(s2.length, key.length) >= 6 && oneEditApart(s2, key)) found = s2;
            nearSurnames.set(key, found);
            if (found) key = found;
          } else if (near) key = near;
        }
      }
      key = variant.get(key) ?? key;
      const cands = bySurname.get(key);
      const best = cands ? bareSurnameTarget(cl, cands, rolesOfFull, (full) => cooccurs(path, full)) : null;
      if (best) name = displayName.get(best) ?? name;
    }
    const made = entityKey(cl.type, displayName.get(normName(name)) ?? name);
    let id = idOf.get(made);
    if (id === undefined) idOf.set(made, (id = made));
    ids[allDoc[i]][i - firstOf[allDoc[i]]] = id;
  }
  return ids;
}

/** The role key of a stated role, its places and nationalities left out ("UK Prime Minister" -> prime minister). */
function roleKeyOf(role: string): string | undefined {
  return lex.roleKey(role.split(/\s+/).filter((w) => !lex.demonymCountry(w) && !lex.placeCanonical(w) && !lex.orgCanonical(w)).join(' '));
}

/**
 * The full name a bare surname ("Rutte") stands for, among the full names with that surname used elsewhere in the
 * workspace (normalised name -> uses), or null. A full name whose first name says another gender than the bare
 * surname's roles and honorifics ("Mrs. Smith", "spokeswoman") is never it; one that shares a stated role is it;
 * otherwise the surname links only when one compatible full name is left and its document shares another named
 * entity with the surname's (`together`), so that two people with one surname in two articles are not merged by
 * guess ("Brennan scored twice" in a match report is not the mayor John Brennan of a council story).
 */
function bareSurnameTarget(cl: LocalEntity, cands: Map<string, number>, rolesOfFull: Map<string, Set<string>>, together: (full: string) => boolean): string | null {
  let gender: string | undefined;
  const keys = new Set<string>();
  for (const r of cl.roles) {
    const g = lex.roleGender(r.role.split(/\s+/)[0]) ?? lex.roleGender(r.role);
    if (g === 'm' || g === 'f') gender = g;
    const k = roleKeyOf(r.role);
    if (k) keys.add(k);
  }
  const compatible = [...cands.entries()].filter(([full]) => {
    const g = lex.firstNameGender(full.split(' ')[0]);
    return !gender || (g !== 'm' && g !== 'f') || g === gender;
  });
  const order = (x: [string, number], y: [string, number]): number => y[1] - x[1] || (x[0] < y[0] ? -1 : 1);
  const sharing = compatible.filter(([full]) => [...keys].some((k) => rolesOfFull.get(full)?.has(k)));
  if (sharing.length) return sharing.sort(order)[0][0];
  if (compatible.length !== 1) return null;
  const [full] = compatible[0];
  // both with stated roles and none in common: two people ("the Rovers striker Smith", "Senator John Smith")
  const theirs = rolesOfFull.get(full);
  if (keys.size && theirs?.size) return null;
  return together(full) ? full : null;
}

/** Role phrase words -> the people whose stated roles use them, for resolving descriptions across documents. */
function rolesIndex(records: Map<string, EntityRecord>): { id: string; country?: string; key?: string; mentions: number }[] {
  const out: { id: string; country?: string; key?: string; mentions: number }[] = [];
  for (const rec of records.values()) {
    if (rec.type !== 'PERSON') continue;
    for (const role of rec.roles) {
      const words = role.split(/\s+/);
      const country = words.map((w) => lex.demonymCountry(w) ?? lex.placeCanonical(w)).find(Boolean);
      const key = lex.roleKey(words.filter((w) => !lex.demonymCountry(w) && !lex.placeCanonical(w) && !lex.orgCanonical(w)).join(' '));
      out.push({ id: rec.id, country, key, mentions: rec.aliases.length });
    }
  }
  return out;
}

const LEADER_KEYS = new Set(['head', 'president', 'prime minister', 'chancellor', 'king', 'queen']);

/** "the Ukrainian leader" -> the one person whose roles name Ukraine and a leading post (unique, or undefined). */
function resolveDescription(text: string, byRole: ReturnType<typeof rolesIndex>): string | undefined {
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  const country = words.map((w) => lex.demonymCountry(w) ?? lex.placeCanonical(w)).find(Boolean);
  const key = lex.roleKey(words.filter((w) => !lex.demonymCountry(w) && !lex.placeCanonical(w)).join(' '));
  if (!country || !key) return undefined;
  const ids = new Set<string>();
  for (const r of byRole) {
    if (r.country !== country) continue;
    if (r.key === key || (key === 'head' && (r.key === undefined || LEADER_KEYS.has(r.key)))) ids.add(r.id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, Entry>();
  private links: Links | undefined;
  private readonly listeners = new Set<() => void>();
  /** The journalist's annotations by document path, and the workspace-wide ones. */
  private local = new Map<string, Annotation[]>();
  /** Workspace-wide decisions about names (decisions on findings are applied by the callers, by fingerprint). */
  private workspaceNames: Annotation[] = [];
  private annotationList: IndexedAnnotation[] = [];
  /** Anchors of a document's annotations, kept while its text and its annotations are the same objects. */
  private readonly anchorCache = new WeakMap<Annotation, { text: string; anchor: Anchored | null }>();
  /** A document's corrected analysis, kept while its entry and the annotations are the same. */
  private readonly appliedCache = new WeakMap<Entry, { version: number; analysis: DocumentAnalysis; orphans: Orphan[] }>();
  private annotationsVersion = 0;
  /** Links held while a batch is added (holdLinks), with the entry of each document they were made from. */
  private held = false;
  private stale: { links: Links; entries: Map<string, Entry> } | undefined;
  /** Answers for documents changed or added since the held links were made (see `get`), by entry. */
  private provisional = new WeakMap<Entry, { version: number; resolved: ResolvedDocument }>();
  /** Bumped at every change of documents or annotations: links made from an older generation are not used. */
  private generation = 0;
  /** Milliseconds the last complete linking of the index took (computing, not counting pauses between steps). */
  lastLinkMs = 0;
  /**
   * Whether linking records the documents that mention each id, so that `mentions` reads only those (the editor's
   * hovers). Off, `mentions` scans every document instead: the command line, which never asks, keeps the memory.
   */
  mentionIndex = true;
  /**
   * Whether the figure check keeps what it placed and compared for the next run (an edit then compares only what
   * it touched) and for figureCounterparts (the editor's hovers). Off, it is dropped after each check: the command
   * line, which checks once and asks nothing more, writes its output without it in memory (tens of MB on 10,000
   * articles).
   */
  keepFigureState = true;
  /** Documents whose annotations changed since the links were made ('all': the workspace-wide ones changed). */
  private annotationsChanged: Set<string> | 'all' = new Set();
  /** Resolved mentions of a document's (corrected) analysis, with the cluster ids they were resolved with. */
  private readonly mentionCache = new WeakMap<DocumentAnalysis, KeptMentions>();
  /** The strings of analyses made elsewhere, each kept once (see compactAnalysis). */
  private readonly strings = new StringPool();
  /** What the figure check keeps between runs: after an edit it compares again only what the edit touched. */
  private figureState = new FigureCheckState();

  /**
   * Analyses `text` unless this path already holds this text. Linking is lazy: the returned record resolves its
   * analysis (canonical ids) when it is read, so indexing N documents costs N analyses and one link.
   */
  set(path: string, text: string, version = 0, format: 'markdown' | 'plaintext' = formatForPath(path)): ResolvedDocument {
    const old = this.docs.get(path);
    if (!old || old.text !== text || old.format !== format) {
      const analysis = analyzeText(text, { format });
      this.docs.set(path, { path, version, text, analysis, format });
      this.invalidate();
    } else if (old.version !== version) {
      old.version = version;
    }
    const get = (): ResolvedDocument => this.get(path)!;
    return {
      path,
      get version() { return get().version; },
      get analysis() { return get().analysis; },
    };
  }

  /**
   * Stores a document analysed elsewhere (a worker thread, a cache): `analysis` must be what
   * analyzeText(text, { format }) gives. Same result as `set`, without analysing here.
   */
  setAnalysis(path: string, text: string, analysis: DocumentAnalysis, version = 0, format: 'markdown' | 'plaintext' = formatForPath(path)): ResolvedDocument {
    const old = this.docs.get(path);
    if (old && old.text === text && old.format === format) old.version = version;
    else {
      // an analysis from a worker or a cache holds its own copy of every string: shared here
      this.docs.set(path, { path, version, text, analysis: compactAnalysis(text, analysis, this.strings, true), format });
      this.invalidate();
    }
    const get = (): ResolvedDocument => this.get(path)!;
    return {
      path,
      get version() { return get().version; },
      get analysis() { return get().analysis; },
    };
  }

  /** Stores a document that could not be analysed, with the reason. */
  setError(path: string, error: string, version = 0): void {
    this.docs.set(path, { path, version, text: '', analysis: { entities: [], quotes: [], figures: [], clusters: [], error } });
    this.invalidate();
  }

  delete(path: string): void {
    if (this.docs.delete(path)) this.invalidate();
  }

  rename(from: string, to: string): void {
    const e = this.docs.get(from);
    if (!e) return;
    this.docs.delete(from);
    // the analysis depends on the format, which depends on the extension
    const format = formatForPath(to);
    if ((e.format ?? formatForPath(from)) === format) this.docs.set(to, { ...e, path: to, format });
    else this.docs.set(to, { path: to, version: e.version, text: e.text, analysis: analyzeText(e.text, { format }), format });
    this.invalidate();
  }

  clear(): void {
    this.docs.clear();
    this.invalidate();
  }

  /**
   * Replaces the journalist's annotations (annotations-v1). They are anchored in their documents (again after
   * every change of text, from a cache otherwise) and win over the automatic analysis in every answer of the
   * index: records, entities, claims, conflicts. Decisions on findings are not applied here (see
   * conflictDecisions).
   */
  setAnnotations(items: IndexedAnnotation[]): void {
    const oldLocal = this.local;
    const oldNames = this.workspaceNames;
    this.annotationList = items;
    this.annotationsVersion++;
    this.local = new Map();
    this.workspaceNames = [];
    for (const it of items) {
      if (it.key === undefined || !isDocumentAnnotation(it.ann)) {
        if (isWorkspaceTarget(it.ann) && decisionOf(it.ann).conflict === undefined) this.workspaceNames.push(it.ann);
        continue;
      }
      const list = this.local.get(it.key);
      if (list) list.push(it.ann);
      else this.local.set(it.key, [it.ann]);
    }
    this.invalidate();
    // while links are held, the documents whose annotations changed are not answered from them
    const same = (a: Annotation[] | undefined, b: Annotation[] | undefined): boolean => (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);
    if (this.annotationsChanged !== 'all') {
      if (!same(oldNames, this.workspaceNames)) this.annotationsChanged = 'all';
      else for (const key of new Set([...oldLocal.keys(), ...this.local.keys()])) if (!same(oldLocal.get(key), this.local.get(key))) this.annotationsChanged.add(key);
    }
  }

  /** The annotations last given to setAnnotations. */
  annotations(): readonly IndexedAnnotation[] {
    return this.annotationList;
  }

  /** Annotations that cannot be anchored: their text is gone, or their document is not in the index. */
  orphans(): Orphan[] {
    return this.link().orphans;
  }

  /** Where an annotation of a document is anchored now (UTF-16 offsets), or null for an orphan. */
  anchorOf(ann: Annotation, key: string): Anchored | null {
    const text = this.docs.get(key)?.text;
    if (text === undefined) return null;
    return this.anchors(text, [ann])[0];
  }

  private anchors(text: string, anns: Annotation[]): (Anchored | null)[] {
    const out: (Anchored | null)[] = new Array(anns.length);
    const todo: number[] = [];
    for (let i = 0; i < anns.length; i++) {
      const c = this.anchorCache.get(anns[i]);
      if (c && c.text === text) out[i] = c.anchor;
      else todo.push(i);
    }
    if (todo.length) {
      const got = anchorAll(text, todo.map((i) => anns[i].target));
      todo.forEach((i, k) => {
        out[i] = got[k];
        this.anchorCache.set(anns[i], { text, anchor: got[k] });
      });
    }
    return out;
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  text(path: string): string | undefined {
    return this.docs.get(path)?.text;
  }

  paths(): string[] {
    return [...this.docs.keys()].sort();
  }

  get(path: string): ResolvedDocument | undefined {
    if (this.links) return this.links.resolved.get(path);
    // while links are held, a document whose text has not changed since they were made is answered from them;
    // one that changed or is new (an edit, a file read while indexing) is answered from its own current analysis,
    // its entities given the ids the held links gave them (its own local ids for those they do not know) until
    // the links are made again
    if (this.held && this.stale) {
      const e = this.docs.get(path);
      if (e === undefined) return undefined;
      const r = this.stale.links.resolved.get(path);
      const annotated = this.annotationsChanged === 'all' || this.annotationsChanged.has(path);
      if (r && this.stale.entries.get(path) === e && !annotated) return r;
      return this.provisionalOf(e);
    }
    return this.relink().resolved.get(path);
  }

  private provisionalOf(e: Entry): ResolvedDocument {
    const got = this.provisional.get(e);
    if (got && got.version === this.annotationsVersion) return got.resolved;
    const kept = this.stale?.links.byDoc.get(e.path);
    const id = (k: string | null): string | null => (k === null ? null : idIn(kept, k) ?? k);
    const a = this.appliedOf(e).analysis;
    const analysis: DocumentAnalysis = {
      ...a,
      entities: a.entities.map((m) => ({ ...m, entity: id(m.entity)! })),
      quotes: a.quotes.map((q) => ({ ...q, speaker: id(q.speaker) })),
    };
    const r = { path: e.path, version: e.version, analysis };
    this.provisional.set(e, { version: this.annotationsVersion, resolved: r });
    return r;
  }

  /** True when every answer is current (the links were made from the documents and annotations as they are). */
  get linked(): boolean {
    return this.links !== undefined;
  }

  /** True when the workspace-wide findings are current too. */
  get conflictsReady(): boolean {
    return this.links?.conflicts !== undefined;
  }

  /**
   * Makes the links (and then the conflicts, with `conflicts`) in steps: a generator that pauses between small
   * pieces of work, for a caller that must keep its thread responsive and drives it a slice at a time. Answers
   * meanwhile come from the held links (hold them first: holdLinks). Returns true when it finished with the
   * index unchanged (every answer is then current, as after a rebuild), false when the index changed on the way
   * (the work is dropped: start again).
   */
  *linkSteps(conflicts = true): Generator<void, boolean> {
    const gen = this.generation;
    if (!this.links) {
      const t0 = performance.now();
      let busy = 0;
      const steps = this.relinkSteps();
      // the index may change only while paused (between steps): checked before each step resumes
      for (let t = performance.now(); ; t = performance.now()) {
        if (this.generation !== gen) return false;
        const r = steps.next();
        busy += performance.now() - t;
        if (r.done) break;
        yield;
      }
      this.lastLinkMs = Math.round(Math.min(busy, performance.now() - t0));
    }
    const links = this.links;
    if (!links || this.generation !== gen) return false;
    if (conflicts && !links.conflicts) {
      const texts = new Map<string, string>();
      for (const p of links.resolved.keys()) texts.set(p, this.docs.get(p)?.text ?? '');
      const steps = this.conflictSteps(links, (p) => texts.get(p));
      for (;;) {
        if (this.generation !== gen) return false;
        const r = steps.next();
        if (r.done) {
          links.conflicts = r.value;
          if (!this.keepFigureState) this.figureState = new FigureCheckState();
          break;
        }
        yield;
      }
    }
    return true;
  }

  /**
   * While a large batch of documents is being added (indexing a folder), answers may come from the links made
   * before the latest additions instead of linking the whole index again after every one: every look-up of
   * a document that has not changed since, and the workspace-wide lists (entities, claims, conflicts), are
   * answered from them. A document that changed since is never answered from them. Releasing the hold makes
   * every answer current again (equal to a rebuild).
   */
  holdLinks(hold: boolean): void {
    this.held = hold;
    if (!hold) this.stale = undefined;
  }

  entities(): EntityRecord[] {
    return [...this.link().records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  entity(id: string): EntityRecord | undefined {
    return this.link().records.get(id);
  }

  /** Every mention of an entity across the workspace, by path then offset. */
  mentions(id: string): MentionRef[] {
    const links = this.link();
    // from the documents that mention it alone (a hover on a name mentioned in thousands of documents reads
    // those, not every mention of the workspace); kept for the next time it is asked
    let refs = links.mentions.get(id);
    if (!refs) {
      refs = [];
      const paths = this.mentionIndex ? links.docsOf.get(id) ?? [] : links.resolved.keys();
      for (const path of paths) {
        for (const mention of links.resolved.get(path)!.analysis.entities) if (mention.entity === id) refs.push({ path, mention });
      }
      links.mentions.set(id, refs);
    }
    return refs;
  }

  claims(): Claim[] {
    const out: Claim[] = [];
    // the documents the links were made from (while links are held, documents added since wait)
    const links = this.link();
    for (const path of [...links.resolved.keys()].sort()) {
      const r = links.resolved.get(path);
      if (r) for (const quote of r.analysis.quotes) out.push({ path, quote });
    }
    return out;
  }

  conflicts(): Conflict[] {
    const links = this.link();
    // the documents the links were made from (while links are held, documents added since wait)
    if (!links.conflicts) {
      links.conflicts = drain(this.conflictSteps(links, (p) => this.docs.get(p)?.text));
      if (!this.keepFigureState) this.figureState = new FigureCheckState();
    }
    return links.conflicts;
  }

  private conflictSteps(links: Links, textOf: (path: string) => string | undefined): Generator<void, Conflict[]> {
    if (this.figureState.full) this.figureState = new FigureCheckState();
    this.figureState.keep = this.keepFigureState;
    return findConflictsSteps([...links.resolved.keys()].sort().map((p) => links.resolved.get(p)!), links.records, textOf, this.figureState);
  }

  /**
   * The same fact as `figure` (in `path`) in the other documents, from what the figure check kept: answered
   * without looking at every document, but only while the findings are current (conflictsReady) and the check
   * placed a fact for the figure; undefined otherwise (figureCounterparts over the documents answers then).
   */
  figureCounterparts(path: string, figure: Figure): FigureCounterparts | undefined {
    if (!this.links?.conflicts) return undefined;
    const r = this.links.resolved.get(path);
    return r ? figureCounterpartsFrom(this.figureState, path, r.analysis.entities, figure) : undefined;
  }

  /** Buckets of facts the last figure check looked at, and how many of them it compared again (the rest were kept). */
  get lastFigureCheck(): { buckets: number; compared: number } {
    return this.figureState.lastRun;
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private invalidate(): void {
    this.generation++;
    if (this.links && this.held) {
      this.stale = { links: this.links, entries: this.links.entries };
      this.provisional = new WeakMap();
    }
    this.links = undefined;
    for (const l of this.listeners) l();
  }

  private link(): Links {
    if (this.links) return this.links;
    if (this.held && this.stale) return this.stale.links;
    return this.relink();
  }

  private relink(): Links {
    const t0 = performance.now();
    drain(this.relinkSteps());
    this.lastLinkMs = Math.round(performance.now() - t0);
    return this.links!;
  }

  /** A document's analysis with the journalist's annotations applied, and its orphans (cached). */
  private appliedOf(e: Entry): { analysis: DocumentAnalysis; orphans: Orphan[] } {
    const anns = this.local.get(e.path) ?? [];
    if (anns.length === 0 && this.workspaceNames.length === 0) return { analysis: e.analysis, orphans: [] };
    let r = this.appliedCache.get(e);
    if (!r || r.version !== this.annotationsVersion) {
      const anchored = this.anchors(e.text, anns);
      const local: AnchoredAnnotation[] = anns.map((ann, i) => ({ ann, anchor: anchored[i] }));
      const got = applyToDocument(e.text, e.analysis, local, e.analysis.error ? [] : this.workspaceNames);
      r = { version: this.annotationsVersion, analysis: got.analysis, orphans: got.orphans };
      this.appliedCache.set(e, r);
    }
    return r;
  }

  /** Makes the links from the documents as they are, in steps (see linkSteps); sets them at the end. */
  private *relinkSteps(): Generator<void, void> {
    const paths = this.paths();
    // the journalist's annotations first: entities are linked from the corrected analyses
    const orphans: Orphan[] = [];
    const applied = new Map<string, DocumentAnalysis>();
    const entries = new Map<string, Entry>();
    for (let i = 0; i < paths.length; i++) {
      if (i % STEP === 0) yield;
      const path = paths[i];
      const e = this.docs.get(path)!;
      entries.set(path, e);
      const r = this.appliedOf(e);
      applied.set(path, r.analysis);
      orphans.push(...r.orphans);
    }
    for (const [key, anns] of this.local) {
      if (this.docs.has(key)) continue;
      for (const ann of anns) {
        const q = ann.target.selector.find((s) => s.type === 'TextQuoteSelector') as { exact?: string } | undefined;
        orphans.push({ id: ann.id, source: ann.target.source, exact: typeof q?.exact === 'string' ? q.exact : '' });
      }
    }
    orphans.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : 1));
    const idsOf = yield* linkEntitiesSteps(paths.map((p) => ({ path: p, analysis: applied.get(p)! })));
    const byDoc = new Map<string, KeptMentions>();
    const records = new Map<string, EntityRecord>();
    const resolved = new Map<string, ResolvedDocument>();
    const pending: DocumentAnalysis[] = [];
    const seenOf = new Map<EntityRecord, { aliases: Set<string>; roles: Set<string> }>();
    const docsOf = new Map<string, string[]>();
    for (let i = 0; i < paths.length; i++) {
      if (i % STEP === 0) yield;
      const path = paths[i];
      const e = this.docs.get(path)!;
      const a = applied.get(path)!;
      // the document's local keys -> workspace ids, for this step only (not kept: a map per document was 13 MB)
      const map = new Map<string, string>();
      for (let c = 0; c < a.clusters.length; c++) map.set(a.clusters[c].key, idsOf[i][c]);
      const id = (k: string | null): string | null => (k === null ? null : map.get(k) ?? k);
      for (const cl of a.clusters) {
        const gid = map.get(cl.key)!;
        let rec = records.get(gid);
        if (!rec) records.set(gid, (rec = { id: gid, type: cl.type, name: cl.name, aliases: [], roles: [] }));
        if (cl.name.length > rec.name.length) rec.name = cl.name;
        // sets beside the arrays: a name mentioned in thousands of documents has as many alias and role lists
        let seen = seenOf.get(rec);
        if (!seen) seenOf.set(rec, (seen = { aliases: new Set(rec.aliases), roles: new Set(rec.roles) }));
        for (const x of cl.aliases) if (!seen.aliases.has(x)) { seen.aliases.add(x); rec.aliases.push(x); }
        for (const r of cl.roles) if (!seen.roles.has(r.role)) { seen.roles.add(r.role); rec.roles.push(r.role); }
      }
      // a document whose clusters link to the same ids as last time keeps its resolved mentions (and their
      // references): a change elsewhere does not rebuild every mention of the workspace
      // the ids as a list of the strings the links hold (a string joined from them was a second copy of every
      // document's ids: 12 MB on 10,000 articles)
      const ids = a.clusters.map((cl) => map.get(cl.key) ?? cl.key);
      let kept = this.mentionCache.get(a);
      if (!kept || kept.path !== path || !sameStrings(kept.ids, ids)) {
        // a mention whose local id is its workspace id is shared with the analysis, not copied (memory)
        const ents = a.entities.map((m) => {
          const gid = id(m.entity)!;
          return gid === m.entity ? m : { ...m, entity: gid };
        });
        kept = { ids, path, entities: ents, clusters: a.clusters };
        this.mentionCache.set(a, kept);
      }
      byDoc.set(path, kept);
      if (this.mentionIndex) for (const m of kept.entities) {
        const list = docsOf.get(m.entity);
        if (!list) docsOf.set(m.entity, [path]);
        else if (list[list.length - 1] !== path) list.push(path);
      }
      const analysis: DocumentAnalysis = {
        ...a,
        entities: kept.entities,
        // a claim whose speaker id is its workspace id, and that the steps below do not change (a speaker the
        // journalist named, an unnamed or anonymous one), is shared with the analysis, not copied (memory)
        quotes: a.quotes.map((q) => {
          const sp = id(q.speaker);
          if (sp === q.speaker && !q.speaker?.startsWith('anon:') && !('speakerName' in q) && !('anonymousName' in q)) return q;
          return { ...q, speaker: sp };
        }),
      };
      pending.push(analysis);
      resolved.set(path, { path, version: e.version, analysis });
    }
    // speakers the journalist named: the workspace entity with that name or alias, or a new person
    yield* resolveSpeakersSteps(pending, records, STEP);
    // unnamed speakers: a definite description ("the Ukrainian leader") resolved through the roles stated
    // anywhere in the workspace; otherwise a record of their own, grouped by description
    yield;
    const byRole = rolesIndex(records);
    const described = new Set<string>();
    for (let i = 0; i < pending.length; i++) {
      if (i % STEP === 0) yield;
      const analysis = pending[i];
      for (const q of analysis.quotes) {
        if (q.speaker?.startsWith('org:') && (!records.has(q.speaker) || described.has(q.speaker))) {
          // an organisation named only by its description ("the Russian defence ministry"); its other
          // descriptions ("Russia's defence ministry") are its aliases
          const name = (q.speakerMention?.text ?? q.speaker.slice(4)).replace(/^(the|a|an)\s+/i, '');
          const rec = records.get(q.speaker);
          if (!rec) {
            records.set(q.speaker, { id: q.speaker, type: 'ORG', name, aliases: [], roles: [] });
            described.add(q.speaker);
          } else if (name !== rec.name && !rec.aliases.includes(name)) {
            // a fuller description names the body better than a bare noun or a possessive ("the ministry", "its
            // foreign ministry" … "Guatemala's defence ministry")
            if (weakBodyName(rec.name) && !weakBodyName(name) && described.has(q.speaker)) {
              rec.aliases.push(rec.name);
              rec.name = name;
            } else rec.aliases.push(name);
          }
          continue;
        }
        if (!q.speaker?.startsWith('anon:')) continue;
        const found = q.speakerMention && /^the\s/i.test(q.speakerMention.text) ? resolveDescription(q.speakerMention.text, byRole) : undefined;
        if (found) {
          q.speaker = found;
          delete q.anonymous;
          const rec = records.get(found)!;
          if (!rec.aliases.includes(q.speakerMention!.text)) rec.aliases.push(q.speakerMention!.text);
        } else if (!records.has(q.speaker)) {
          const name = (q.speakerMention?.text ?? q.speaker.slice(5)).replace(/^(the|a|an)\s+/i, '');
          records.set(q.speaker, { id: q.speaker, type: 'ANONYMOUS', name, aliases: [], roles: [] });
        }
      }
    }
    let k = 0;
    for (const rec of records.values()) {
      if (k++ % STEP === 0) yield;
      rec.aliases = rec.aliases.filter((x) => x !== rec.name).sort();
      // "Vice President" says less than "US Vice President": keep the fuller wording only
      rec.roles = rec.roles.filter((r) => !rec.roles.some((o) => o !== r && o.toLowerCase().endsWith(` ${r.toLowerCase()}`))).sort();
    }
    this.links = { byDoc, records, resolved, orphans, entries, docsOf, mentions: new Map() };
    this.annotationsChanged = new Set();
  }
}
