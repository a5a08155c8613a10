// `byline load --db URL FILE...`: the lines of `analyze --jsonl` into PostgreSQL, with COPY, a transaction per
// batch. A document already there with the same sha256 is left as it is; one with a new sha256 has all its
// rows replaced. A load killed midway has committed whole batches only, so running it again gives the same
// database as one uninterrupted run.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ArchiveLine } from './stream';
import { linkArchive } from './link';

type Cell = string | number | boolean | null | undefined;

/** A value in COPY's text format: backslash, tab and line breaks escaped, \N for null (NUL, which PostgreSQL cannot store, becomes U+FFFD). */
export function copyCell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v !== 'string') return String(v);
  return v.replace(/[\\\t\n\r\u0000]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\uFFFD'));
}

/** JSON for a jsonb column (NUL escapes, which jsonb refuses, become U+FFFD). */
export function jsonCell(v: unknown): string {
  return JSON.stringify(v).replace(/\\u0000/g, '\\ufffd');
}

/** COPY rows into a table (columns named here, never from input). */
export async function copyRows(client: Client, table: string, columns: string[], rows: Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const chunks: string[] = [];
  let size = 0;
  async function* gen(): AsyncGenerator<string> {
    for (const r of rows) {
      chunks.push(r.map(copyCell).join('\t') + '\n');
      size += chunks[chunks.length - 1].length;
      if (size >= 1 << 18) {
        yield chunks.join('');
        chunks.length = 0;
        size = 0;
      }
    }
    if (chunks.length) yield chunks.join('');
  }
  await pipeline(gen(), stream);
}

export interface LoadResult {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Lines that are not a document record (reported, skipped). */
  bad: { source: string; line: number; message: string }[];
  linked: boolean;
}

export interface LoadOptions {
  batchSize?: number;
  /** Called after each committed batch (tests stop a load midway through this). */
  onBatch?: (done: number) => void;
  /** Link the archive after loading (default true). */
  link?: boolean;
}

/** Lines of the inputs ('-' is standard input), with where they come from. */
async function* inputLines(files: string[], stdin: Readable): AsyncGenerator<{ source: string; line: number; text: string }> {
  for (const f of files) {
    const rl = createInterface({ input: f === '-' ? stdin : createReadStream(f, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const text of rl) {
      n++;
      if (text.trim()) yield { source: f === '-' ? '(standard input)' : f, line: n, text };
    }
  }
}

function isRecord(x: unknown): x is ArchiveLine {
  const r = x as ArchiveLine;
  return typeof r === 'object' && r !== null && typeof r.path === 'string' && r.path.length > 0 && typeof r.sha256 === 'string' && Array.isArray(r.entities) && Array.isArray(r.quotes) && Array.isArray(r.figures);
}

/** Writes one batch in one transaction; returns how many documents were added, replaced and left as they were. */
async function writeBatch(client: Client, batch: ArchiveLine[]): Promise<{ added: number; replaced: number; unchanged: number }> {
  await client.query('BEGIN');
  try {
    // loaders running at once (one per shard) take turns per batch
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['byline-load']);
    const paths = batch.map((d) => d.path);
    const old = new Map<string, string>();
    const r = await client.query<{ path: string; sha256: string }>('SELECT path, sha256 FROM documents WHERE path = ANY($1::text[])', [paths]);
    for (const row of r.rows) old.set(row.path, row.sha256);
    // the last line of a path wins within a batch
    const latest = new Map<string, ArchiveLine>();
    for (const d of batch) latest.set(d.path, d);
    const todo = [...latest.values()].filter((d) => old.get(d.path) !== d.sha256);
    const replaced = todo.filter((d) => old.has(d.path)).map((d) => d.path);
    if (replaced.length) {
      for (const table of ['document_entities', 'mentions', 'claims', 'figures', 'documents']) await client.query(`DELETE FROM ${table} WHERE path = ANY($1::text[])`, [replaced]);
    }
    if (todo.length) {
      await copyRows(client, 'documents', ['path', 'sha256', 'error', 'dateline'], todo.map((d) => [d.path, d.sha256, d.error ?? null, d.dateline ?? null]));
      const ents: Cell[][] = [];
      const mentions: Cell[][] = [];
      const claims: Cell[][] = [];
      const figures: Cell[][] = [];
      for (const d of todo) {
        const seen = new Set<string>();
        for (const e of d.entityRecords ?? []) {
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          ents.push([d.path, e.id, e.type, e.name, jsonCell(e.aliases ?? []), jsonCell(e.roles ?? [])]);
        }
        for (const m of d.entities) mentions.push([d.path, m.start, m.end, m.text, m.type, m.entity, m.entity, m.role?.start ?? null, m.role?.end ?? null, m.role?.text ?? null]);
        for (const q of d.quotes) {
          claims.push([d.path, q.start, q.end, q.text, q.kind, q.speaker, q.speaker, q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
            q.speakerMention?.start ?? null, q.speakerMention?.end ?? null, q.speakerMention?.text ?? null, q.anonymous === true, q.status ?? null, q.note ?? null]);
        }
        for (const f of d.figures) figures.push([d.path, f.start, f.end, f.text, f.kind, f.value === null || f.value === undefined ? null : String(f.value), f.unit ?? null]);
      }
      await copyRows(client, 'document_entities', ['path', 'local_id', 'type', 'name', 'aliases', 'roles'], ents);
      await copyRows(client, 'mentions', ['path', 'span_start', 'span_end', 'text', 'type', 'local_entity', 'entity', 'role_start', 'role_end', 'role_text'], mentions);
      await copyRows(client, 'claims', ['path', 'span_start', 'span_end', 'text', 'kind', 'local_speaker', 'speaker', 'cue_start', 'cue_end', 'cue_text',
        'speaker_mention_start', 'speaker_mention_end', 'speaker_mention_text', 'anonymous', 'status', 'note'], claims);
      await copyRows(client, 'figures', ['path', 'span_start', 'span_end', 'text', 'kind', 'value', 'unit'], figures);
      await client.query("UPDATE archive_state SET value = 'false' WHERE key = 'linked' AND value <> 'false'");
    }
    await client.query('COMMIT');
    return { added: todo.length - replaced.length, replaced: replaced.length, unchanged: latest.size - todo.length };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Loads the JSONL of `files` ('-' for `stdin`), then links the archive when anything changed (or a link is due). */
export async function loadArchive(client: Client, files: string[], stdin: Readable, opts: LoadOptions = {}): Promise<LoadResult> {
  const size = opts.batchSize ?? 500;
  const result: LoadResult = { read: 0, added: 0, replaced: 0, unchanged: 0, bad: [], linked: false };
  let batch: ArchiveLine[] = [];
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const r = await writeBatch(client, batch);
    result.added += r.added;
    result.replaced += r.replaced;
    result.unchanged += r.unchanged;
    batch = [];
    opts.onBatch?.(result.read);
  };
  for await (const l of inputLines(files, stdin)) {
    let rec: unknown;
    try {
      rec = JSON.parse(l.text);
    } catch (e) {
      result.bad.push({ source: l.source, line: l.line, message: `not JSON (${(e as Error).message})` });
      continue;
    }
    if (!isRecord(rec)) {
      result.bad.push({ source: l.source, line: l.line, message: 'not a document line of analyze --jsonl (path, sha256, entities, quotes, figures)' });
      continue;
    }
    result.read++;
    batch.push(rec);
    if (batch.length >= size) await flush();
  }
  await flush();
  if (opts.link !== false) {
    const state = await client.query<{ value: string }>("SELECT value FROM archive_state WHERE key = 'linked'");
    if (state.rows[0]?.value !== 'true') {
      await linkArchive(client);
      result.linked = true;
    }
  }
  return result;
}
