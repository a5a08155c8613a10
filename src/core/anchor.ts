// Anchoring an annotation's target in a text that may have changed since (annotations-v1, "Anchoring after
// edits"). In order: (1) the TextPositionSelector, when the text there is still `exact`; (2) the occurrence of
// `exact` whose prefix/suffix agree best with the stored ones, the nearest to the old position on a tie; (3) an
// approximate match of `exact` with at most max(1, floor(length / 8)) edits, in a window around the old position
// first, then in the whole text; (4) else an orphan (null). Pure; offsets in and out are UTF-16 except the
// TextPositionSelector, which counts code points.
//
// The approximate search is bit-parallel (Myers 1999, in Hyyrö's multi-block form): O(n · ⌈m/32⌉) word steps for a
// pattern of m code units over n, without any O(n · m) table. Over a long text it only scans the regions where
// one of k + 1 pieces of the pattern occurs exactly (any match with <= k edits keeps one piece intact), those with
// the most pieces first, and stops at a cap on the work, so a long pattern in a long text stays bounded. Edits are
// counted in UTF-16 code units (an astral character replaced counts 2).

import { type AnnotationTarget, OffsetMap, positionOf, quoteOf, splitsPair, WORKSPACE_SOURCE } from './annotations';

/** Where a target lies in the new text: UTF-16 offsets, and which step found it. */
export interface Anchored {
  start: number;
  end: number;
  how: 'position' | 'quote' | 'fuzzy';
}

/** `exact` shorter than this is never matched approximately: too many near misses in any article. */
const MIN_FUZZY = 8;
/** Text scanned either side of the old position before searching the whole text (at least; 2·m for long `exact`). */
const WINDOW = 256;
/** A whole-text search of at most this many word steps (text length × ⌈m/32⌉, some 0.2 ms) scans it all. */
const DIRECT_WORK = 1 << 14;
/** Upper bound on the word steps of one filtered whole-text search (some 70 ms at worst). */
const MAX_WORK = 1 << 21;
/** A piece of the pattern found more often than this is no use as a filter. */
const MAX_PIECE_HITS = 20000;
/** Approximate match ends (with the fewest edits) examined further for their start and context, nearest first. */
const MAX_CANDIDATES = 32;
/** ...and at most about this many DP cells for them (a 2,000-character quote: two ends). */
const MAX_DP = 1 << 21;

/** Anchors a target's selectors in `text`; null = orphan. `map` may be passed to share an OffsetMap across many
 *  calls on one text. Workspace-wide targets (urn:byline:workspace) are not anchored here: null. */
export function anchorTarget(text: string, target: AnnotationTarget, map?: OffsetMap): Anchored | null {
  return anchorIn(new TextIndex(text, map), target);
}

/** Anchors many targets on one text, sharing the OffsetMap and the occurrence lists of repeated quotes. Same results
 *  as anchorTarget on each; one result per target. */
export function anchorAll(text: string, targets: AnnotationTarget[]): (Anchored | null)[] {
  const index = new TextIndex(text);
  return targets.map((t) => anchorIn(index, t));
}

/** What the anchoring of many targets on one text shares. */
class TextIndex {
  readonly map: OffsetMap;
  private readonly occ = new Map<string, number[]>();
  constructor(readonly text: string, map?: OffsetMap) {
    this.map = map ?? new OffsetMap(text);
  }

  /** Start offsets of `s` in the text (overlapping ones too), except those that would split a surrogate pair. */
  occurrences(s: string): number[] {
    let out = this.occ.get(s);
    if (out) return out;
    out = [];
    const text = this.text;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (!splitsPair(text, i) && !splitsPair(text, i + s.length)) out.push(i);
    }
    this.occ.set(s, out);
    return out;
  }
}

function anchorIn(index: TextIndex, target: AnnotationTarget): Anchored | null {
  if (target.source === WORKSPACE_SOURCE) return null;
  const { text, map } = index;
  const quote = quoteOf(target);
  const pos = positionOf(target);
  // the old range, in the new text's UTF-16 offsets (valid only if end <= text.length)
  const oldStart = pos ? map.toUtf16(pos.start) : undefined;
  const oldEnd = pos ? map.toUtf16(pos.end) : undefined;
  const posInside = oldEnd !== undefined && oldEnd <= text.length;
  if (!quote) return posInside ? { start: oldStart!, end: oldEnd!, how: 'position' } : null;

  const exact = quote.exact;
  const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
  const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';

  // (1) the position, when the text there is still `exact`
  if (posInside && oldEnd! - oldStart! === exact.length && text.startsWith(exact, oldStart!)) {
    return { start: oldStart!, end: oldEnd!, how: 'position' };
  }
  if (exact === '') {
    // nothing to search for: where the stored prefix and suffix meet, if they still do
    if (prefix === '' && suffix === '') return null;
    const at = text.indexOf(prefix + suffix);
    return at < 0 ? null : { start: at + prefix.length, end: at + prefix.length, how: 'quote' };
  }

  // (2) the occurrence whose context agrees best, the nearest to the old position on a tie
  let best = -1;
  let bestScore = -1;
  let bestDist = Infinity;
  for (const i of index.occurrences(exact)) {
    const score = contextScore(text, i, i + exact.length, prefix, suffix);
    const dist = oldStart === undefined ? 0 : Math.abs(i - oldStart);
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = i;
      bestScore = score;
      bestDist = dist;
    }
  }
  if (best >= 0) return { start: best, end: best + exact.length, how: 'quote' };

  // (3) an approximate match; (4) else an orphan
  if (exact.length < MIN_FUZZY) return null;
  return fuzzy(text, exact, prefix, suffix, oldStart);
}

/** Agreement of the stored context with the text around [s, e): the common suffix of `prefix` and the text before
 *  s, plus the common prefix of `suffix` and the text from e (in code units). */
function contextScore(text: string, s: number, e: number, prefix: string, suffix: string): number {
  let a = 0;
  const na = Math.min(prefix.length, s);
  while (a < na && prefix.charCodeAt(prefix.length - 1 - a) === text.charCodeAt(s - 1 - a)) a++;
  let b = 0;
  const nb = Math.min(suffix.length, text.length - e);
  while (b < nb && suffix.charCodeAt(b) === text.charCodeAt(e + b)) b++;
  return a + b;
}

interface Candidate {
  start: number;
  end: number;
  d: number;
  score: number;
  near: number;
}

/** Step 3: the best match of `exact` with <= max(1, floor(m / 8)) edits, in the window around the old position,
 *  else anywhere; ranked by edits, then context agreement, then length closest to m, then nearness. */
function fuzzy(text: string, exact: string, prefix: string, suffix: string, old: number | undefined): Anchored | null {
  const m = exact.length;
  const k = Math.max(1, Math.floor(m / 8));
  const pat = new BitPattern(exact);
  const hits = new Map<number, number>(); // match end -> fewest edits seen
  if (old !== undefined) {
    const slack = Math.max(WINDOW, 2 * m) + k;
    pat.scan(text, Math.max(0, old - slack), Math.min(text.length, old + m + slack), k, hits);
    if (hits.size) return pick(text, exact, k, prefix, suffix, old, hits);
  }
  if (text.length * pat.blocks <= DIRECT_WORK) pat.scan(text, 0, text.length, k, hits);
  else filteredScan(text, pat, k, old ?? 0, hits);
  return hits.size ? pick(text, exact, k, prefix, suffix, old, hits) : null;
}

/** The whole-text search in a long text: only where pieces of the pattern occur. The pattern holds k + 1 disjoint
 *  pieces, one of which any match with <= k edits keeps intact (pigeonhole); each exact occurrence of a piece fixes
 *  a diagonal (where the match would start), and the diagonals within 2k of each other vote with their number of
 *  distinct pieces: v votes mean at least k + 1 - v edits. Windows are scanned most votes first, until none left can
 *  hold a match as good as the best found, or the work cap is reached. */
function filteredScan(text: string, pat: BitPattern, k: number, near: number, hits: Map<number, number>): void {
  const m = pat.pat.length;
  const hitsOf = pieceHits(text, pat.pat, k);
  // sorted by diagonal: (diagonal, piece) packed in one number, so that a plain numeric sort does it
  const P = k + 1;
  const keys = new Float64Array(hitsOf.diags.length);
  for (let i = 0; i < keys.length; i++) keys[i] = (hitsOf.diags[i] + m) * P + hitsOf.pieces[i];
  keys.sort();
  const diag = new Int32Array(keys.length);
  const piece = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    piece[i] = keys[i] % P;
    diag[i] = (keys[i] - piece[i]) / P - m;
  }
  // a sliding window of width 2k over the sorted diagonals, counting distinct pieces; windows bucketed by votes
  const buckets: number[][] = Array.from({ length: P + 1 }, () => []);
  const count = new Int32Array(P);
  let distinct = 0;
  for (let i = 0, j = 0; i < diag.length; i++) {
    for (; j < diag.length && diag[j] - diag[i] <= 2 * k; j++) if (count[piece[j]]++ === 0) distinct++;
    if (i === 0 || diag[i] !== diag[i - 1]) buckets[distinct].push(diag[i]);
    if (--count[piece[i]] === 0) distinct--;
  }
  const scanned = new Intervals();
  let budget = MAX_WORK;
  let best = k + 1;
  for (let votes = P; votes > 0 && P - votes <= best; votes--) {
    // most votes first, then nearest to the old position
    const bucket = buckets[votes].sort((x, y) => Math.abs(x - near) - Math.abs(y - near));
    for (const d of bucket) {
      // its matches start within [d - k, d + 3k] and are at most m + k long
      const lo = Math.max(0, d - k);
      const hi = Math.min(text.length, d + m + 4 * k);
      if (scanned.covers(lo, hi)) continue;
      // scanned wider, so that the windows around it are covered too
      const from = Math.max(0, lo - m);
      const to = Math.min(text.length, hi + m);
      const cost = (to - from) * pat.blocks;
      if (cost > budget) return;
      budget -= cost;
      best = Math.min(best, pat.scan(text, from, to, k, hits));
      scanned.add(from, to);
      if (P - votes > best) return; // the rest of this bucket cannot do better either
    }
  }
}

/** Exact occurrences of k + 1 disjoint pieces of the pattern (all of one length, spread over it): the diagonal of
 *  each (where a match holding it would start) and the piece's number. */
function pieceHits(text: string, pat: string, k: number): { diags: number[]; pieces: number[] } {
  const m = pat.length;
  const L = Math.floor(m / (k + 1)); // >= 4 since m >= 8 and k = max(1, floor(m / 8))
  const offsets: number[] = [];
  const strs: string[] = [];
  for (let p = 0; p <= k; p++) {
    offsets.push(Math.floor((p * m) / (k + 1)));
    strs.push(pat.slice(offsets[p], offsets[p] + L));
  }
  const diags: number[] = [];
  const pieces: number[] = [];
  const count = new Int32Array(k + 1);
  const hit = (q: number, p: number): void => {
    count[p]++;
    diags.push(q - offsets[p]);
    pieces.push(p);
  };
  if (k < 24) {
    // few pieces: indexOf, much faster per character than hashing
    for (let p = 0; p <= k; p++) {
      for (let q = text.indexOf(strs[p]); q >= 0 && count[p] <= MAX_PIECE_HITS; q = text.indexOf(strs[p], q + 1)) hit(q, p);
    }
  } else if (text.length >= L) {
    // many pieces: one pass with a rolling hash over windows of length L
    const byHash = new Map<number, number[]>();
    const seen = new Uint8Array(1 << 16); // a quick filter on the hash's high half
    for (let p = 0; p <= k; p++) {
      const h = hash(pat, offsets[p], L);
      const list = byHash.get(h);
      if (list) list.push(p);
      else byHash.set(h, [p]);
      seen[h >>> 16] = 1;
    }
    let pow = 1; // HASH_BASE^(L-1)
    for (let i = 1; i < L; i++) pow = Math.imul(pow, HASH_BASE);
    let h = hash(text, 0, L);
    for (let i = 0; ; i++) {
      if (seen[h >>> 16]) {
        const list = byHash.get(h);
        if (list) for (const p of list) if (count[p] <= MAX_PIECE_HITS && text.startsWith(strs[p], i)) hit(i, p);
      }
      if (i + L >= text.length) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), pow), HASH_BASE) + text.charCodeAt(i + L)) | 0;
    }
  }
  // a piece found too often (a run of dashes, a repeated phrase) tells nothing: left out
  if (count.some((c) => c > MAX_PIECE_HITS)) {
    let w = 0;
    for (let r = 0; r < diags.length; r++) {
      if (count[pieces[r]] > MAX_PIECE_HITS) continue;
      diags[w] = diags[r];
      pieces[w++] = pieces[r];
    }
    diags.length = pieces.length = w;
  }
  return { diags, pieces };
}

const HASH_BASE = 0x01000193;

/** Polynomial hash of s[o, o + L), mod 2^32 (as the rolling update in pieceHits computes it). */
function hash(s: string, o: number, L: number): number {
  let h = 0;
  for (let i = o; i < o + L; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** A set of disjoint ranges [from, to), sorted. */
class Intervals {
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** Index of the last range starting at or before x, or -1. */
  private before(x: number): number {
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.from[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  covers(a: number, b: number): boolean {
    const i = this.before(a);
    return i >= 0 && this.to[i] >= b;
  }

  add(a: number, b: number): void {
    let i = this.before(a);
    if (i >= 0 && this.to[i] >= a) a = this.from[i];
    else i++;
    let j = i;
    while (j < this.from.length && this.from[j] <= b) b = Math.max(b, this.to[j++]);
    this.from.splice(i, j - i, a);
    this.to.splice(i, j - i, b);
  }
}

/** From the match ends found (end offsets, edit counts), the best (start, end); null when none. */
function pick(
  text: string,
  exact: string,
  k: number,
  prefix: string,
  suffix: string,
  old: number | undefined,
  hits: Map<number, number>,
): Anchored | null {
  const m = exact.length;
  // ranked by edits first: only the ends with the fewest (Myers' count; the DP below has the last word), nearest first
  let min = Infinity;
  for (const d of hits.values()) if (d < min) min = d;
  const near = (e: number): number => (old === undefined ? 0 : Math.abs(e - (old + m)));
  const keep: number[] = [];
  for (const [e, d] of hits) if (d === min) keep.push(e);
  keep.sort((x, y) => near(x) - near(y) || x - y);
  const cands: Candidate[] = [];
  const most = Math.max(1, Math.min(MAX_CANDIDATES, Math.floor(MAX_DP / (m * (2 * k + 1)))));
  for (const e of keep.slice(0, most)) {
    const { d, starts } = bestStarts(text, exact, e, k);
    for (const s of starts) {
      cands.push({ start: s, end: e, d, score: contextScore(text, s, e, prefix, suffix), near: old === undefined ? 0 : Math.abs(s - old) });
    }
  }
  if (cands.length === 0) return null;
  cands.sort((x, y) => x.d - y.d || y.score - x.score || Math.abs(x.end - x.start - m) - Math.abs(y.end - y.start - m) || x.near - y.near || x.start - y.start);
  let { start, end } = cands[0];
  // never split a surrogate pair: widen to the whole character
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  return { start, end, how: 'fuzzy' };
}

/** For a match of `pat` ending at `e`: the fewest edits over the starts s in [e - m - k, e - m + k], and those
 *  starts. A DP from the end backwards, banded to |i - c| <= k (O(m · (2k + 1))); values capped at k + 1. */
function bestStarts(text: string, pat: string, e: number, k: number): { d: number; starts: number[] } {
  const m = pat.length;
  const cmax = Math.min(m + k, e); // text code units consumed backwards from e
  const BIG = k + 1;
  let prev = new Int32Array(cmax + 2);
  let cur = new Int32Array(cmax + 2);
  const top = Math.min(k, cmax);
  for (let c = 0; c <= top; c++) prev[c] = c;
  prev[top + 1] = BIG;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(0, i - k);
    const hi = Math.min(cmax, i + k);
    if (lo > hi) return { d: BIG, starts: [] };
    const pc = pat.charCodeAt(m - i);
    let left = BIG;
    for (let c = lo; c <= hi; c++) {
      let v: number;
      if (c === 0) v = i;
      else {
        v = prev[c - 1] + (pc === text.charCodeAt(e - c) ? 0 : 1);
        if (prev[c] + 1 < v) v = prev[c] + 1;
        if (left + 1 < v) v = left + 1;
      }
      if (v > BIG) v = BIG;
      cur[c] = left = v;
    }
    cur[hi + 1] = BIG;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let d = BIG;
  const starts: number[] = [];
  for (let c = Math.max(0, m - k); c <= Math.min(cmax, m + k); c++) {
    if (prev[c] < d) {
      d = prev[c];
      starts.length = 0;
    }
    if (prev[c] === d && d < BIG) starts.push(e - c);
  }
  return { d, starts };
}

/** A pattern prepared for Myers' bit-parallel approximate search, in blocks of 32 rows. */
class BitPattern {
  readonly blocks: number;
  /** Match vectors: ASCII in a flat table, other code units in a map; blocks words each. */
  private readonly ascii: Int32Array;
  private readonly other = new Map<number, Int32Array>();
  private readonly zero: Int32Array;
  /** The bit of the pattern's last row in the last block. */
  private readonly lastBit: number;

  constructor(readonly pat: string) {
    const m = pat.length;
    this.blocks = Math.ceil(m / 32);
    this.ascii = new Int32Array(128 * this.blocks);
    this.zero = new Int32Array(this.blocks);
    this.lastBit = 1 << ((m - 1) % 32);
    for (let i = 0; i < m; i++) {
      const c = pat.charCodeAt(i);
      const b = i >>> 5;
      const bit = 1 << (i & 31);
      if (c < 128) this.ascii[c * this.blocks + b] |= bit;
      else {
        let v = this.other.get(c);
        if (!v) this.other.set(c, (v = new Int32Array(this.blocks)));
        v[b] |= bit;
      }
    }
  }

  /** Scans text[from, to): records each end offset (exclusive) whose best match, starting at or after `from`, has
   *  <= k edits, with that edit count (the fewest, when the end is already there). Returns the fewest seen. */
  scan(text: string, from: number, to: number, k: number, hits: Map<number, number>): number {
    const B = this.blocks;
    const P = new Int32Array(B).fill(-1);
    const M = new Int32Array(B);
    const HIGH = 1 << 31;
    let score = this.pat.length;
    let best = k + 1;
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j);
      let eqs: Int32Array;
      let base = 0;
      if (c < 128) {
        eqs = this.ascii;
        base = c * B;
      } else eqs = this.other.get(c) ?? this.zero;
      let hin = 0; // the top row is 0 everywhere: a match may start anywhere
      for (let b = 0; b < B; b++) {
        const Pv = P[b];
        const Mv = M[b];
        let Eq = eqs[base + b];
        const Xv = Eq | Mv;
        if (hin < 0) Eq |= 1;
        const Xh = (((Eq & Pv) + Pv) ^ Pv) | Eq;
        let Ph = Mv | ~(Xh | Pv);
        let Mh = Pv & Xh;
        const bit = b === B - 1 ? this.lastBit : HIGH;
        const hout = Ph & bit ? 1 : Mh & bit ? -1 : 0;
        Ph <<= 1;
        Mh <<= 1;
        if (hin < 0) Mh |= 1;
        else if (hin > 0) Ph |= 1;
        P[b] = Mh | ~(Xv | Ph);
        M[b] = Ph & Xv;
        hin = hout;
      }
      score += hin;
      if (score <= k) {
        const had = hits.get(j + 1);
        if (had === undefined || score < had) hits.set(j + 1, score);
        if (score < best) best = score;
      }
    }
    return best;
  }
}
