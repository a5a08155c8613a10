// The journalist's annotations (annotations-v1): W3C Web Annotations, one JSON object per line in
// `.byline/annotations.jsonl`. Pure: parsing, canonical serialising (sorted by id, stable key order, so git merges
// stay line-wise), selector and body helpers, and code point <-> UTF-16 offset conversion.

export const ANNOTATIONS_FILE = '.byline/annotations.jsonl';
export const WORKSPACE_SOURCE = 'urn:byline:workspace';
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
/** start/end count Unicode code points, as the W3C model says. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector | { type: string; [k: string]: unknown };
export interface TextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
  [k: string]: unknown;
}
export interface AnnotationTarget {
  source: string;
  selector: Selector[];
  [k: string]: unknown;
}
export interface Annotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: { type: string; name: string };
  target: AnnotationTarget;
  body: TextualBody[];
  [extra: string]: unknown;
}
export interface AnnotationsParse {
  /** Valid lines, in file order; a repeated id keeps the later `modified` (ties: the later line). */
  annotations: Annotation[];
  /** 1-based line numbers; `text` is the raw line (without its line ending), kept so nothing is lost. */
  errors: { line: number; message: string; text: string }[];
}

/** Prefix/suffix length of a TextQuoteSelector, in code points (the contract says up to 32). */
const CONTEXT = 32;
/** Git's conflict markers: <<<<<<< ours, ||||||| base (diff3), =======, >>>>>>> theirs. */
const CONFLICT_RE = /^(?:<{7}|\|{7}|={7}|>{7})(?:\s|$)/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a parsed line is not an annotation, or undefined when it is one. */
function invalid(v: unknown): string | undefined {
  if (!isObject(v)) return 'not a JSON object';
  if (typeof v.id !== 'string' || v.id === '') return 'no string "id"';
  if (v.type !== 'Annotation') return v.type === undefined ? 'no "type"' : `"type" is ${JSON.stringify(v.type)}, not "Annotation"`;
  const t = v.target;
  if (!isObject(t) || typeof t.source !== 'string') return 'no "target.source" string';
  if (!Array.isArray(t.selector)) return '"target.selector" is not an array';
  if (!Array.isArray(v.body) || !v.body.every(isObject)) return '"body" is not an array of objects';
  return undefined;
}

/** True when `b` (seen later) replaces `a` for the same id: the later `modified`, the later line on a tie. */
function later(a: Annotation, b: Annotation): boolean {
  const ma = typeof a.modified === 'string' ? a.modified : '';
  const mb = typeof b.modified === 'string' ? b.modified : '';
  const ta = Date.parse(ma);
  const tb = Date.parse(mb);
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return tb >= ta;
  return mb >= ma;
}

export function parseAnnotations(text: string): AnnotationsParse {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  const errors: AnnotationsParse['errors'] = [];
  const valid: { line: number; a: Annotation }[] = [];
  const winner = new Map<string, number>(); // id -> index in `valid`
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i];
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.trim() === '') continue;
    const line = i + 1;
    if (CONFLICT_RE.test(raw)) {
      errors.push({ line, message: 'a merge conflict marker', text: raw });
      continue;
    }
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch (e) {
      errors.push({ line, message: `invalid JSON: ${(e as Error).message}`, text: raw });
      continue;
    }
    const why = invalid(v);
    if (why) {
      errors.push({ line, message: why, text: raw });
      continue;
    }
    const a = v as Annotation;
    const prev = winner.get(a.id);
    if (prev === undefined || later(valid[prev].a, a)) winner.set(a.id, valid.length);
    valid.push({ line, a });
  }
  const annotations: Annotation[] = [];
  for (let i = 0; i < valid.length; i++) if (winner.get(valid[i].a.id) === i) annotations.push(valid[i].a);
  return { annotations, errors };
}

const TOP_KEYS = ['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'target', 'body'];
const TARGET_KEYS = ['source', 'selector'];

/** `o` as JSON with the `first` keys first, then its other keys in their own order (undefined values left out). */
function stringifyOrdered(o: Record<string, unknown>, first: string[], nested?: Record<string, string[]>): string {
  const keys = first.filter((k) => Object.prototype.hasOwnProperty.call(o, k));
  for (const k of Object.keys(o)) if (!first.includes(k)) keys.push(k);
  const parts: string[] = [];
  for (const k of keys) {
    const v = o[k];
    const inner = nested?.[k];
    const json = inner && isObject(v) ? stringifyOrdered(v, inner) : JSON.stringify(v);
    if (json !== undefined) parts.push(`${JSON.stringify(k)}:${json}`);
  }
  return `{${parts.join(',')}}`;
}

/** One JSON object per line, sorted by id (code-unit order), stable key order, LF, final newline; '' when empty.
 *  A repeated id is written once, by the same rule as parseAnnotations (the later `modified`, else the later one). */
export function serializeAnnotations(anns: Iterable<Annotation>): string {
  const byId = new Map<string, Annotation>();
  for (const a of anns) {
    const prev = byId.get(a.id);
    if (prev === undefined || later(prev, a)) byId.set(a.id, a);
  }
  const ids = [...byId.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  let out = '';
  for (const id of ids) out += stringifyOrdered(byId.get(id)!, TOP_KEYS, { target: TARGET_KEYS }) + '\n';
  return out;
}

export function quoteSelectorOf(a: Annotation): TextQuoteSelector | undefined {
  return quoteOf(a.target);
}

export function positionSelectorOf(a: Annotation): TextPositionSelector | undefined {
  return positionOf(a.target);
}

/** The target's first TextQuoteSelector with a string `exact`. */
export function quoteOf(t: AnnotationTarget): TextQuoteSelector | undefined {
  for (const s of t.selector) if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') return s as TextQuoteSelector;
  return undefined;
}

/** The target's first well-formed TextPositionSelector (integers, 0 <= start <= end). */
export function positionOf(t: AnnotationTarget): TextPositionSelector | undefined {
  for (const s of t.selector) {
    if (s.type !== 'TextPositionSelector') continue;
    const { start, end } = s as { start: unknown; end: unknown };
    if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)) {
      return s as TextPositionSelector;
    }
  }
  return undefined;
}

export function bodyValues(a: Annotation, purpose: string): string[] {
  const out: string[] = [];
  for (const b of a.body) if (b.purpose === purpose && typeof b.value === 'string') out.push(b.value);
  return out;
}

/** The first body value with that purpose. */
export function bodyValue(a: Annotation, purpose: string): string | undefined {
  for (const b of a.body) if (b.purpose === purpose && typeof b.value === 'string') return b.value;
  return undefined;
}

export function isWorkspaceTarget(a: Annotation): boolean {
  return a.target.source === WORKSPACE_SOURCE;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when UTF-16 offset i falls inside a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
}

/** UTF-16 offsets in `text` -> a target: TextQuoteSelector (exact = the slice, prefix/suffix up to 32 code points
 *  either side, never splitting a surrogate pair) + TextPositionSelector in code points. Offsets inside a surrogate
 *  pair are widened to the whole character. */
export function makeTarget(source: string, text: string, start: number, end: number): AnnotationTarget {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  let p = start;
  for (let n = 0; n < CONTEXT && p > 0; n++) p -= splitsPair(text, p - 1) ? 2 : 1;
  let q = end;
  for (let n = 0; n < CONTEXT && q < text.length; n++) q += splitsPair(text, q + 1) ? 2 : 1;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end) };
  if (p < start) quote.prefix = text.slice(p, start);
  if (q > end) quote.suffix = text.slice(end, q);
  const map = new OffsetMap(text);
  return {
    source,
    selector: [quote, { type: 'TextPositionSelector', start: map.toCodePoint(start), end: map.toCodePoint(end) }],
  };
}

/** A target for every occurrence of `exact` in the workspace. */
export function workspaceTarget(exact: string): AnnotationTarget {
  return { source: WORKSPACE_SOURCE, selector: [{ type: 'TextQuoteSelector', exact }] };
}

/** ISO 8601 to the second, as the contract writes it ("2026-12-06T10:00:00Z"). */
function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, 'Z');
}

export function newAnnotation(init: {
  motivation: string;
  target: AnnotationTarget;
  body: TextualBody[];
  creator?: string;
  now?: Date;
  id?: string;
}): Annotation {
  const at = isoSeconds(init.now ?? new Date());
  return {
    '@context': W3C_CONTEXT,
    id: init.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: init.motivation,
    created: at,
    modified: at,
    ...(init.creator !== undefined ? { creator: { type: 'Person', name: init.creator } } : {}),
    target: init.target,
    body: init.body,
  };
}

export function body(purpose: string, value: string): TextualBody {
  return { type: 'TextualBody', purpose, value };
}

/** A copy with new bodies and `modified` = now (created kept). */
export function withBodies(a: Annotation, bodies: TextualBody[], now?: Date): Annotation {
  return { ...a, modified: isoSeconds(now ?? new Date()), body: bodies };
}

/** Code points <-> UTF-16 offsets on one text, O(log k) per look-up for k astral characters (identity when the text
 *  has no surrogate pair). A lone surrogate counts as one code point, as string iteration counts it. An offset inside
 *  a pair maps to that character's code point. */
export class OffsetMap {
  /** UTF-16 offsets of the high surrogates of the pairs, ascending. */
  private readonly pairs: number[] = [];
  /** Code point index of each pair. */
  private readonly pairCps: number[] = [];

  constructor(text: string) {
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return;
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        this.pairCps.push(i - this.pairs.length);
        this.pairs.push(i);
        i++;
      }
    }
  }

  toCodePoint(utf16: number): number {
    return this.pairs.length === 0 ? utf16 : utf16 - countBelow(this.pairs, utf16);
  }

  toUtf16(codePoint: number): number {
    return this.pairs.length === 0 ? codePoint : codePoint + countBelow(this.pairCps, codePoint);
  }
}

/** How many values of the ascending array are < x. */
function countBelow(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
