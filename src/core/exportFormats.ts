// What newsrooms use: the claims of a workspace (after the journalist's annotations) as CSV for a spreadsheet
// and as a Markdown quote sheet by speaker for a fact-check, and the annotations themselves as a W3C
// AnnotationCollection (JSON-LD) that `import` reads back. Pure: records in, text out.
import { stringify } from 'csv-stringify/sync';
import type { Annotation } from './annotations';
import { parseAnnotations, W3C_CONTEXT } from './annotations';
import type { EntityRecord, Quote } from './types';

/** One claim as exported. `document` is the path relative to the workspace folder, `line` 1-based. */
export interface ClaimRow {
  speaker: string;
  speakerId: string | null;
  claim: string;
  kind: string;
  status: string;
  note: string;
  document: string;
  line: number;
  cue: string;
  start: number;
  end: number;
  added: boolean;
  annotations: string[];
}

/** The speaker as the annotation vocabulary writes it: a name, `anonymous: <description>`, or '' when unknown. */
export function speakerLabel(q: Quote, record: EntityRecord | undefined): string {
  if (!q.speaker) return '';
  if (q.anonymous || q.speaker.startsWith('anon:') || record?.type === 'ANONYMOUS') {
    return `anonymous: ${record?.name ?? q.speakerMention?.text ?? q.speaker.slice(5).replace(/-/g, ' ')}`;
  }
  return record?.name ?? q.speaker;
}

/** 1-based line of a UTF-16 offset. */
export function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function claimRow(document: string, text: string, q: Quote, record: EntityRecord | undefined): ClaimRow {
  return {
    speaker: speakerLabel(q, record),
    speakerId: q.speaker,
    claim: q.text,
    kind: q.kind,
    status: q.status ?? '',
    note: q.note ?? '',
    document,
    line: lineOf(text, q.start),
    cue: q.cue?.text ?? '',
    start: q.start,
    end: q.end,
    added: q.added === true,
    annotations: q.annotations ?? [],
  };
}

const CSV_COLUMNS: (keyof ClaimRow)[] = ['speaker', 'claim', 'kind', 'status', 'note', 'document', 'line', 'cue', 'start', 'end', 'added', 'annotations'];

/**
 * A cell that a spreadsheet would run as a formula (=, +, @, a tab, or - before something that is not a
 * number) gets a leading apostrophe: the text comes from documents nobody here controls.
 */
function safeCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join(' ') : typeof v === 'boolean' ? (v ? 'yes' : '') : String(v ?? '');
  return /^[=+@\t\r]|^-(?![\d.])/.test(s) ? `'${s}` : s;
}

/** RFC 4180 CSV (CRLF line ends, quotes doubled), a header row first. */
export function claimsCsv(rows: ClaimRow[]): string {
  return stringify([CSV_COLUMNS, ...rows.map((r) => CSV_COLUMNS.map((c) => safeCell(r[c])))], { record_delimiter: '\r\n' });
}

const STATUS_MARK: Record<string, string> = {
  verified: '✅ verified',
  disputed: '❌ disputed',
  'needs-source': '❓ needs source',
  unverified: '⬜ unverified',
};

/** Markdown-escapes untrusted text so it reads as written (no links, emphasis, HTML or headings). */
export function mdEscape(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/([\\`*{}[\]()<>#+!|~])/g, '\\$1')
    .replace(/_/g, (m: string, i: number, all: string) => (/[\p{L}\p{N}]/u.test(all[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[i + 1] ?? '') ? '_' : '\\_'));
}

/** The first line of a quote sheet: Byline's own output is not a source (its claims would be counted twice). */
export const GENERATED_MARK = '<!-- Byline quote sheet: generated from the sources, not a source itself -->';

/** Whether a text is a quote sheet Byline wrote (and so is not analysed as a source). */
export function isGeneratedByByline(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(GENERATED_MARK.slice(0, 25));
}

/**
 * A quote sheet: speakers in order (most claims first, anonymous and unattributed last), each claim with its
 * status, note and citation (document and line).
 */
export function quoteSheet(rows: ClaimRow[], title = 'Quote sheet', generated?: string): string {
  const groups = new Map<string, ClaimRow[]>();
  for (const r of rows) {
    const k = r.speaker;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const rank = (k: string): number => (k === '' ? 2 : k.startsWith('anonymous:') ? 1 : 0);
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || groups.get(b)!.length - groups.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  const count = (s: string): number => rows.filter((r) => r.status === s).length;
  const out: string[] = [GENERATED_MARK, '', `# ${mdEscape(title)}`, ''];
  const summary = [`${rows.length} claim${rows.length === 1 ? '' : 's'}`, ...['verified', 'disputed', 'needs-source', 'unverified'].map((s) => `${count(s)} ${s.replace('-', ' ')}`), `${rows.filter((r) => !r.status).length} not reviewed`];
  out.push(`_${summary.join(' · ')}${generated ? ` · ${generated}` : ''}_`, '');
  for (const k of order) {
    const list = groups.get(k)!;
    const name = k === '' ? 'Unattributed' : k.startsWith('anonymous:') ? `Anonymous: ${k.slice(10).trim()}` : k;
    out.push(`## ${mdEscape(name)} (${list.length})`, '');
    for (const r of list) {
      const status = r.status ? STATUS_MARK[r.status] ?? r.status : 'not reviewed';
      const kind = r.kind === 'indirect' ? 'reported speech' : r.kind === 'stance' || r.kind === 'belief' || r.kind === 'evidence' ? r.kind : `${r.kind} quote`;
      out.push(`- ${mdEscape(r.claim)}`);
      out.push(`  — **${status}** · ${kind}${r.cue ? ` · ${mdEscape(r.cue)}` : ''} · ${mdEscape(r.document)}, line ${r.line}${r.added ? ' · added by hand' : ''}`);
      if (r.note) out.push(`  > Note: ${mdEscape(r.note)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The annotations as one W3C AnnotationCollection (JSON-LD), sorted by id. */
export function annotationCollection(anns: Iterable<Annotation>, label = 'Byline annotations'): Record<string, unknown> {
  const items = [...anns].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * Reads an export back: a JSON-LD AnnotationCollection (with `first.items`, or an AnnotationPage `items`, or an
 * array of annotations), or a .jsonl of annotations. Errors say where; the valid annotations are returned.
 */
export function readAnnotationsExport(text: string): { annotations: Annotation[]; errors: string[] } {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      v = undefined;
    }
    if (v !== undefined) {
      const o = v as Record<string, unknown>;
      let items: unknown;
      if (Array.isArray(v)) items = v;
      else if (o.type === 'AnnotationCollection') items = (o.first as Record<string, unknown> | undefined)?.items;
      else if (o.type === 'AnnotationPage') items = o.items;
      else if (o.type === 'Annotation') items = [o];
      if (!Array.isArray(items)) return { annotations: [], errors: ['not an AnnotationCollection: no "first.items" list'] };
      // each item goes through the file format's own checks
      const parsed = parseAnnotations(items.map((x) => JSON.stringify(x)).join('\n'));
      return { annotations: parsed.annotations, errors: parsed.errors.map((e) => `item ${e.line}: ${e.message}`) };
    }
  }
  const parsed = parseAnnotations(text);
  return { annotations: parsed.annotations, errors: parsed.errors.map((e) => `line ${e.line}: ${e.message}`) };
}

/** Merges incoming annotations into existing ones: the same `id` keeps the later `modified`. */
export function mergeAnnotations(existing: Iterable<Annotation>, incoming: Iterable<Annotation>): { merged: Annotation[]; added: number; updated: number; unchanged: number } {
  const byId = new Map<string, Annotation>();
  for (const a of existing) byId.set(a.id, a);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const a of incoming) {
    const old = byId.get(a.id);
    if (!old) {
      byId.set(a.id, a);
      added++;
    } else if (a.modified > old.modified) {
      byId.set(a.id, a);
      updated++;
    } else unchanged++;
  }
  return { merged: [...byId.values()], added, updated, unchanged };
}
