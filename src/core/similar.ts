// The same remark elsewhere: claims in other documents whose wording is the same as, contained in, or close to
// a given quote, with a word-level diff between the two wordings. Pure functions over a WorkspaceIndex; the
// inverted index of content words they use is built lazily once per index version and cached here.
import type { Quote } from './types';
import type { Claim, WorkspaceIndex } from './workspace';

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** 'same': identical wording once normalised; 'excerpt': one wording contains the other; 'reworded': otherwise. */
export type SimilarRelation = 'same' | 'excerpt' | 'reworded';

export interface SimilarClaim {
  path: string;
  quote: Quote;
  relation: SimilarRelation;
  /** From the given quote's wording to this one's: 'removed' words are only in the given quote, 'added' only here. */
  diff: DiffPart[];
}

interface Word {
  /** As written, with its punctuation. */
  raw: string;
  /** Compared form: lower case, no accents, curly apostrophes straightened, outer punctuation dropped. */
  key: string;
}

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'that', 'this', 'these', 'those', 'is',
  'are', 'was', 'were', 'be', 'been', 'it', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'his', 'her', 'their',
  'its', 'as', 'at', 'by', 'from', 'but', 'not', 'have', 'has', 'had', 'all', 'will', 'would', 'can', 'could',
  'there', 'what', 'which', 'who', 'very', 'just', 'than', 'then', 'into', 'about', 'more', 'also',
]);

/** Quotation marks that open or close a quote's text rather than belong to its words (with white space). */
const OUTER_MARKS = new Set([...'"“”„«»‹›‘’\'`']);
/** The same, and the punctuation that may end a quote's text ("meeting," she said). */
const TRAILING_MARKS = new Set([...OUTER_MARKS, ',', ';', ':']);
const SPACE = /\s/;
/** White space that is not a single space between two words: what folding to single spaces changes. */
const SPACES_TO_FOLD = /\s\s|[^\S ]/;

/**
 * The words of a quote, without the quotation marks around it or a trailing comma ("meeting," she said), white
 * space folded to single spaces. The ends are trimmed a character at a time and the text folded only when it
 * has white space to fold (a pattern anchored at the end, tried at every space of the text, cost most of the
 * quote check's time on an archive).
 */
export function quoteBody(text: string): string {
  let s = 0;
  while (s < text.length && (OUTER_MARKS.has(text[s]) || SPACE.test(text[s]))) s++;
  let e = text.length;
  while (e > s && (TRAILING_MARKS.has(text[e - 1]) || SPACE.test(text[e - 1]))) e--;
  const body = s === 0 && e === text.length ? text : text.slice(s, e);
  return SPACES_TO_FOLD.test(body) ? body.replace(/\s+/g, ' ') : body;
}

const DOUBLE_QUOTED = /["“„«]([^"“”„«»]+)["”“»]/g;
const SINGLE_QUOTED = /[‘‚‹]([^‘’‚‹›]+)[’‛›]/g;

/**
 * The words a claim is compared by: a quotation's words without its marks; for a claim that mixes reported
 * speech and quoted words, the quoted parts only (several joined by " … "); reported speech as it stands.
 */
export function claimWords(q: Pick<Quote, 'text' | 'kind'>): string {
  const w = quotedWords(q);
  // words in square brackets after a pronoun are the writer's, saying who it is ("he [Trump] is being used"),
  // not the speaker's (a word replaced, "what the [censored] is", stays: it stands for a word said)
  return w.includes('[') ? w.replace(CLARIFICATION, '$1') : w;
}
const CLARIFICATION = /\b(he|she|it|they|him|her|them|his|its|their|this|that|we|us|our|I|me|my|you|your)\s*\[[^\[\]]{1,40}\]/gi;

function quotedWords(q: Pick<Quote, 'text' | 'kind'>): string {
  // a mixed claim, or a partial one that carries its object ("branded the trip a \"complete failure\""):
  // compare the quoted words only
  if (q.kind === 'mixed' || (q.kind === 'partial' && !/^["“‘'«„]/.test(q.text))) {
    for (const re of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
      const parts = [...q.text.matchAll(re)].map((m) => quoteBody(m[1])).filter(Boolean);
      if (parts.length) return parts.join(' … ');
    }
  }
  return quoteBody(q.text);
}

function keyOf(raw: string): string {
  const k = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/'s$/, '');
  // a token of punctuation alone ("—") compares as itself
  return k || raw;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const raw of text.split(/\s+/)) if (raw) out.push({ raw, key: keyOf(raw) });
  return out;
}

function isContent(key: string): boolean {
  return /\d/.test(key) || (key.length > 2 && !STOP.has(key) && /\p{L}/u.test(key));
}

/** Most cells of the LCS table: beyond this (about 500 × 500 words after the common ends), the middle is one change. */
const MAX_CELLS = 250_000;

function pushPart(parts: DiffPart[], op: DiffOp, text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += ' ' + text;
  else parts.push({ op, text });
}

function diffWords(a: Word[], b: Word[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head].key === b[head].key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].key === b[b.length - 1 - tail].key) tail++;
  // equal words carry the second wording's spelling
  for (let k = 0; k < head; k++) pushPart(parts, 'same', b[k].raw);
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const n = x.length;
  const m = y.length;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lcs[i * (m + 1) + j]: length of the longest common subsequence of x[i..] and y[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i].key === y[j].key ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (x[i].key === y[j].key) {
        pushPart(parts, 'same', y[j].raw);
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
        pushPart(parts, 'removed', x[i++].raw);
      } else {
        pushPart(parts, 'added', y[j++].raw);
      }
    }
    for (; i < n; i++) pushPart(parts, 'removed', x[i].raw);
    for (; j < m; j++) pushPart(parts, 'added', y[j].raw);
  } else {
    for (const t of x) pushPart(parts, 'removed', t.raw);
    for (const t of y) pushPart(parts, 'added', t.raw);
  }
  for (let k = b.length - tail; k < b.length; k++) pushPart(parts, 'same', b[k].raw);
  return parts;
}

/**
 * Word-level diff from `a` to `b` (longest common subsequence of words, compared without case, accents or
 * surrounding punctuation): 'removed' parts are only in `a`, 'added' parts only in `b`, 'same' parts (spelt as
 * in `b`) in both. Runs of one kind are merged; a replacement lists its removed words before its added ones.
 * The work is bounded: past about 500 differing words on each side, the differing middle is one removal and
 * one addition.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(words(a), words(b));
}

/** Whether `inner` occurs as a contiguous run of words in `outer`. */
function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let k = 0; k < inner.length; k++) if (outer[i + k] !== inner[k]) continue outer;
    return true;
  }
  return false;
}

function relationOf(a: string[], b: string[]): SimilarRelation {
  if (a.length === b.length && a.every((k, i) => k === b[i])) return 'same';
  return containsRun(a, b) || containsRun(b, a) ? 'excerpt' : 'reworded';
}

// ------------------------------------------------------------------------------------------------ the cached index

interface Wording {
  words: Word[];
  keys: string[];
  content: number;
  uses: Claim[];
}

interface Built {
  wordings: Wording[];
  /** content word -> indexes of the wordings that use it */
  byWord: Map<string, number[]>;
}

interface CacheEntry {
  /** Bumped on every change of the index (its onDidChange). */
  version: number;
  builtFor: number;
  built?: Built;
}

const cache = new WeakMap<WorkspaceIndex, CacheEntry>();

function contentSet(ws: Word[]): Set<string> {
  const s = new Set<string>();
  for (const w of ws) if (isContent(w.key)) s.add(w.key);
  return s;
}

function build(index: WorkspaceIndex): Built {
  const byKey = new Map<string, Wording>();
  const wordings: Wording[] = [];
  const byWord = new Map<string, number[]>();
  for (const claim of index.claims()) {
    const ws = words(claimWords(claim.quote));
    if (ws.length === 0) continue;
    const keys = ws.map((w) => w.key);
    const k = keys.join(' ');
    let wording = byKey.get(k);
    if (!wording) {
      const content = contentSet(ws);
      wording = { words: ws, keys, content: content.size, uses: [] };
      byKey.set(k, wording);
      const i = wordings.push(wording) - 1;
      for (const c of content) {
        let list = byWord.get(c);
        if (!list) byWord.set(c, (list = []));
        list.push(i);
      }
    }
    wording.uses.push(claim);
  }
  return { wordings, byWord };
}

function builtFor(index: WorkspaceIndex): Built {
  let entry = cache.get(index);
  if (!entry) {
    const e: CacheEntry = { version: 0, builtFor: -1 };
    index.onDidChange(() => {
      e.version++;
      e.built = undefined;
    });
    cache.set(index, (entry = e));
  }
  if (!entry.built || entry.builtFor !== entry.version) {
    entry.built = build(index);
    entry.builtFor = entry.version;
  }
  return entry.built;
}

const RELATION_RANK: Record<SimilarRelation, number> = { same: 0, excerpt: 1, reworded: 2 };

/**
 * Claims in documents other than `path` whose wording (claimWords) is the same as `quote`'s, an excerpt of it (or it of
 * them), or close to it: at least two content words shared, and at least three quarters of the shorter
 * wording's content words. Best first (most words in common, then same, excerpt, reworded), at most `limit`,
 * one per wording and document. Quotes with fewer than two content words ("ready") have no similar claims.
 */
export function similarClaims(index: WorkspaceIndex, path: string, quote: Quote, limit = 5): SimilarClaim[] {
  if (limit <= 0) return [];
  const mine = words(claimWords(quote));
  const content = contentSet(mine);
  if (content.size < 2) return [];
  const built = builtFor(index);
  const shared = new Map<number, number>();
  for (const c of content) for (const i of built.byWord.get(c) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const keys = mine.map((w) => w.key);
  const found: { claim: Claim; wording: Wording; relation: SimilarRelation; score: number }[] = [];
  for (const [i, n] of shared) {
    const wording = built.wordings[i];
    if (n < 2 || n / Math.min(content.size, wording.content) < 0.75) continue;
    const relation = relationOf(keys, wording.keys);
    // how much of both wordings the shared words cover
    const score = n / content.size + n / wording.content;
    const seen = new Set<string>();
    for (const claim of wording.uses) {
      if (claim.path === path || seen.has(claim.path)) continue;
      seen.add(claim.path);
      found.push({ claim, wording, relation, score });
    }
  }
  found.sort(
    (x, y) =>
      y.score - x.score ||
      RELATION_RANK[x.relation] - RELATION_RANK[y.relation] ||
      (x.claim.path < y.claim.path ? -1 : x.claim.path > y.claim.path ? 1 : x.claim.quote.start - y.claim.quote.start),
  );
  return found.slice(0, limit).map((f) => ({
    path: f.claim.path,
    quote: f.claim.quote,
    relation: f.relation,
    diff: diffWords(mine, words(claimWords(f.claim.quote))),
  }));
}
