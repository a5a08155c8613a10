// Prototype (not wired into the analysis): the trained tagger combined with today's rules (entities.ts).
// The model proposes the spans and types; the rules add what the model missed only where they rest on the
// gazetteers, cut roles and honorifics off person names, and retype a model span only when the model is unsure
// and the gazetteers are sure; finally the names are made consistent across the document (a surname given
// once in full is a person everywhere; a name typed once keeps its type; later bare mentions of a typed name are
// tagged too). MISC spans of the model are not output but block the rules ("Ukrainian", "Brexit").
import type { Tokenized } from '../text';
import * as lex from '../lex';
import { findEntities } from '../entities';
import { tagsToSpans } from './features';
import { tagTokens } from './tagger';

export type CombinedType = 'PERSON' | 'ORG' | 'PLACE';
export interface CombinedEntity { start: number; end: number; type: CombinedType; a: number; b: number }

const TYPE_NAMES = ['PERSON', 'ORG', 'PLACE', 'MISC'] as const;
type T4 = (typeof TYPE_NAMES)[number];
interface Span { a: number; b: number; type: T4; prob: number; from: 'model' | 'rules' | 'doc' }

/** The model is unsure below this probability (its least confident token). */
const UNSURE = 0.75;

function gazetteerType(text: string): CombinedType | null {
  if (lex.isOrgMetonym(text)) return null; // "Kremlin", "White House": ORG or PLACE by context; leave it to the model
  const place = lex.placeCanonical(text) !== undefined && !lex.isAmbiguousPlace(text);
  const org = lex.orgCanonical(text) !== undefined && !lex.isAmbiguousOrg(text);
  if (place && !org) return 'PLACE';
  if (org && !place) return 'ORG';
  if (lex.isKnownPerson(text)) return 'PERSON';
  return null;
}

/** Role, title, honorific or nationality words only ("Prime Minister", "Mr", "US Vice"?). */
function isRoleWords(tz: Tokenized, a: number, b: number): boolean {
  if (a >= b) return false;
  const text = tz.text.slice(tz.tokens[a].s, tz.tokens[b - 1].e);
  if (lex.isRole(text) || lex.isTitle(text.toLowerCase())) return true;
  for (let i = a; i < b; i++) {
    const w = tz.tokens[i].w;
    if (!(lex.isHonorific(w) || lex.isTitle(w.toLowerCase()) || lex.isRoleExact(w.toLowerCase()) || lex.isRoleModifier(w) || w === '.')) return false;
  }
  return true;
}

export function combine(tz: Tokenized, tags: Uint8Array, prob: Float32Array): CombinedEntity[] {
  const { tokens } = tz;
  const n = tokens.length;
  const textOf = (a: number, b: number): string => tz.text.slice(tokens[a].s, tokens[b - 1].e);
  const spans: (Span | null)[] = tagsToSpans(tags).map((s) => {
    let p = 1;
    for (let i = s.a; i < s.b; i++) p = Math.min(p, prob[i]);
    return { a: s.a, b: s.b, type: TYPE_NAMES[s.type], prob: p, from: 'model' as const };
  });
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => { for (let i = s!.a; i < s!.b; i++) owner[i] = k; });

  // 1. the rules' names, against the model's
  const rules = findEntities(tz);
  rules.mentions.forEach((m, k) => {
    const { a, b } = rules.ranges[k];
    if (m.start !== tokens[a].s || m.end !== tokens[b - 1].e) return; // part of a token ("Kyiv" in "Kyiv-Washington")
    const type = m.type as CombinedType;
    const text = textOf(a, b);
    const overlapping = new Set<number>();
    for (let i = a; i < b; i++) if (owner[i] >= 0) overlapping.add(owner[i]);
    if (overlapping.size === 0) {
      // the model saw nothing here: trust the rules where the gazetteers or a stated role vouch for the name
      // (or seats of government, which the model rarely saw: "the Kremlin said")
      if ((type === 'PERSON' && m.role && !lex.demonymCountry(text)) || (lex.isOrgMetonym(text) && (type === 'ORG' || type === 'PLACE'))) {
        const k2 = spans.push({ a, b, type, prob: 1, from: 'rules' }) - 1;
        for (let i = a; i < b; i++) owner[i] = k2;
      }
      return;
    }
    if (overlapping.size !== 1) return;
    const k2 = [...overlapping][0];
    const s = spans[k2]!;
    if (s.a === a && s.b === b) {
      if (s.type === type) return;
      // seats of government: an organisation when it acts, a place when something happens there (the rules
      // decide from the context: "the Kremlin said", "at the White House")
      if (lex.isOrgMetonym(text) && (type === 'ORG' || type === 'PLACE')) { s.type = type; s.from = 'rules'; return; }
      const g = gazetteerType(text);
      if (g === type && (s.prob < UNSURE || s.type === 'MISC')) { s.type = type; s.from = 'rules'; }
      return;
    }
    // the model took a role or an honorific into a person's name: the rules' cut is right
    if (type === 'PERSON' && s.a < a && s.b === b && isRoleWords(tz, s.a, a)) {
      for (let i = s.a; i < a; i++) owner[i] = -1;
      s.a = a;
      s.type = 'PERSON';
      s.from = 'rules';
    }
  });

  // 2. document-level consistency
  const live = spans.filter((s): s is Span => s !== null);
  // a. a person's surname (and first name) mentioned alone is that person
  const personParts = new Set<string>();
  for (const s of live) if (s.type === 'PERSON' && s.b - s.a >= 2) { personParts.add(tokens[s.b - 1].w); }
  for (const s of live) if (s.b - s.a === 1 && s.type !== 'PERSON' && personParts.has(tokens[s.a].w) && s.prob < UNSURE) s.type = 'PERSON';
  // b. one type per name: the majority of its confident mentions
  const votes = new Map<string, Map<T4, number>>();
  for (const s of live) {
    const key = textOf(s.a, s.b);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(s.type, (v.get(s.type) ?? 0) + s.prob);
  }
  const majority = new Map<string, T4>();
  const strength = new Map<string, number>();
  for (const [key, v] of votes) {
    let best: T4 | null = null, bestV = 0;
    for (const [t, x] of v) if (x > bestV) { best = t; bestV = x; }
    if (best) { majority.set(key, best); strength.set(key, bestV); }
  }
  for (const s of live) {
    const m = majority.get(textOf(s.a, s.b));
    if (m && m !== s.type && s.prob < UNSURE) s.type = m;
  }
  // c. later mentions of a single-word name the model left untagged (mid-sentence, capitalised)
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (owner[i] >= 0 || !t.cap || t.first) continue;
    const m = personParts.has(t.w) ? 'PERSON' : (strength.get(t.w) ?? 0) >= 1.5 ? majority.get(t.w) : undefined;
    if (!m || m === 'MISC' || lex.isCommonWord(t.w) || lex.demonymCountry(t.w)) continue;
    if (i + 1 < n && owner[i + 1] < 0 && tokens[i + 1].cap && tokens[i + 1].s - t.e <= 1) continue; // part of a longer capitalised run
    if (i > 0 && owner[i - 1] < 0 && tokens[i - 1].cap && t.s - tokens[i - 1].e <= 1 && !tokens[i - 1].first) continue;
    live.push({ a: i, b: i + 1, type: m, prob: 1, from: 'doc' });
    owner[i] = live.length - 1;
  }

  return live
    .filter((s) => s.type !== 'MISC')
    .sort((x, y) => x.a - y.a)
    .map((s) => ({ start: tokens[s.a].s, end: tokens[s.b - 1].e, type: s.type as CombinedType, a: s.a, b: s.b }));
}

/** The tagger and the rules combined (see combine). */
export function combinedEntities(tz: Tokenized): CombinedEntity[] {
  const { tags, prob } = tagTokens(tz);
  return combine(tz, tags, prob);
}
