// Review decisions on cross-source findings, kept in the workspace (`.byline/reviews.jsonl`) so that a team
// shares them through git: "reviewed" (checked, still shown, quieter) or "dismissed" (not a conflict, hidden).
// A decision is keyed by a fingerprint of its finding: the kind and the texts its locations cover, normalised —
// no offsets and no paths — so it survives edits elsewhere in the documents, renames, and the command line
// seeing paths that the editor sees as URIs. Pure: parsing, serialising and applying; reading and writing the
// file (atomically, never over a file that does not parse) is left to the callers.
import type { Conflict } from './types';

/** Where decisions live, relative to a workspace folder (or to a folder given to the command line). */
export const REVIEWS_FILE = '.byline/reviews.jsonl';

export type ReviewDecision = 'reviewed' | 'dismissed';

/** One line of the reviews file. Fields other than these are kept as they are. */
export interface ReviewRecord {
  fingerprint: string;
  decision: ReviewDecision;
  /** For people reading the file: the finding's kind, the texts it was found in and its message. */
  kind?: string;
  texts?: string[];
  message?: string;
  [extra: string]: unknown;
}

export interface ReviewsParse {
  records: Map<string, ReviewRecord>;
  /** Problems that make the file unusable (1-based line numbers); empty when it parsed. */
  errors: { line: number; message: string }[];
}

/** A finding with the decision that applies to it. */
export type ReviewedConflict = Conflict & { reviewed?: true };

/** Normalises a location's text for the fingerprint: case, spacing and quotation-mark styles do not matter. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^["'(\s]+|["'),.;:\s]+$/g, '');
}

/** The distinct normalised texts of a finding's locations, sorted. */
export function fingerprintTexts(c: Conflict, textOf: (path: string) => string | undefined): string[] {
  const texts = new Set<string>();
  for (const l of c.locations) {
    const t = textOf(l.path);
    if (t !== undefined) texts.add(normaliseText(t.slice(l.start, l.end)));
  }
  return [...texts].sort();
}

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits. */
function fnv64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The stable key of a finding: its kind and the sorted normalised texts of its locations. */
export function fingerprint(c: Conflict, textOf: (path: string) => string | undefined): string {
  return `${c.kind}-${fnv64([c.kind, ...fingerprintTexts(c, textOf)].join('\u001f'))}`;
}

const DECISIONS = new Set<string>(['reviewed', 'dismissed']);

/**
 * Parses a reviews file. Any line that is not a JSON object with a string `fingerprint` and a known
 * `decision` (a git conflict marker, a truncated write, a typo) is an error, and a file with errors must be
 * neither trusted in part nor overwritten. Blank lines are allowed; a repeated fingerprint keeps its last line.
 */
export function parseReviews(text: string): ReviewsParse {
  const records = new Map<string, ReviewRecord>();
  const errors: ReviewsParse['errors'] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      errors.push({ line: i + 1, message: /^(<<<<<<<|=======|>>>>>>>)/.test(line) ? 'a merge conflict marker' : 'not valid JSON' });
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      errors.push({ line: i + 1, message: 'not a JSON object' });
      return;
    }
    const r = v as Record<string, unknown>;
    if (typeof r.fingerprint !== 'string' || r.fingerprint === '') {
      errors.push({ line: i + 1, message: 'no "fingerprint"' });
      return;
    }
    if (typeof r.decision !== 'string' || !DECISIONS.has(r.decision)) {
      errors.push({ line: i + 1, message: '"decision" is neither "reviewed" nor "dismissed"' });
      return;
    }
    records.set(r.fingerprint, r as ReviewRecord);
  });
  return { records, errors };
}

/** The first keys of every line, in this order; other keys follow in their own order. */
const KEY_ORDER = ['fingerprint', 'decision', 'kind', 'texts', 'message'];

/** Serialises decisions: one JSON object per line, sorted by fingerprint, fixed key order, final newline. */
export function serializeReviews(records: Iterable<ReviewRecord>): string {
  const sorted = [...records].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return sorted
    .map((r) => {
      const o: Record<string, unknown> = {};
      for (const k of KEY_ORDER) if (r[k] !== undefined) o[k] = r[k];
      for (const k of Object.keys(r)) if (!(k in o) && r[k] !== undefined) o[k] = r[k];
      return JSON.stringify(o);
    })
    .map((l) => l + '\n')
    .join('');
}

/** A record for a decision on a finding. */
export function reviewRecord(c: Conflict, decision: ReviewDecision, textOf: (path: string) => string | undefined): ReviewRecord {
  return { fingerprint: fingerprint(c, textOf), decision, kind: c.kind, texts: fingerprintTexts(c, textOf), message: c.message };
}

/**
 * Applies decisions: dismissed findings are dropped, reviewed ones carry `reviewed: true`, the rest are as
 * they were. Order is kept.
 */
export function applyReviews(conflicts: Conflict[], records: Map<string, ReviewRecord>, textOf: (path: string) => string | undefined): ReviewedConflict[] {
  if (records.size === 0) return conflicts;
  const out: ReviewedConflict[] = [];
  for (const c of conflicts) {
    const d = records.get(fingerprint(c, textOf))?.decision;
    if (d === 'dismissed') continue;
    out.push(d === 'reviewed' ? { ...c, reviewed: true } : c);
  }
  return out;
}
