// `byline analyze --jsonl [--shard I/N]` (archive-v1): one JSON line per document, written as soon as the
// document is analysed, with bounded memory (a window of documents in flight, whatever the archive's size).
// Each line stands alone: its entity ids come from the document itself (deterministic: the same person gets
// the same id on every machine), so shards join without a global pass; the archive-wide linking is the
// database's (see load.ts).
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IndexedAnnotation } from '../../core/workspace';
import { formatForPath } from '../../core/analyze';
import { AnalyzePool } from '../analyzePool';
import { errorLine, fileLine } from './fileLine';
import type { LineReply } from './lineWorker';

export type { ArchiveLine } from './documentLine';

export interface ShardSpec {
  index: number; // 1-based
  count: number;
}

/** "I/N" -> { index: I, count: N }, or an error message. */
export function parseShard(s: string): ShardSpec | string {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return `--shard takes I/N (for example 2/8), not '${s}'`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard I/N needs 1 <= I <= N, not '${s}'`;
  return { index, count };
}

/** The shard (1..count) of a path relative to its folder argument, "/" separators: the same on every machine. */
export function shardOf(relPath: string, count: number): number {
  const h = createHash('sha256').update(relPath.split(sep).join('/'), 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/**
 * The .txt/.md files of the arguments (folders walked in name order, as `analyze` does), each with the path
 * that decides its shard: relative to its folder argument, or the argument itself for a file.
 */
export function* archiveFiles(args: string[]): Generator<{ path: string; rel: string; missing?: string }> {
  function* walk(root: string, dir: string): Generator<{ path: string; rel: string }> {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) yield* walk(root, p);
      } else if (e.isFile() && /\.(txt|md)$/i.test(e.name)) yield { path: p, rel: relative(root, p).split(sep).join('/') };
    }
  }
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      yield { path: a, rel: a, missing: 'no such file or folder' };
      continue;
    }
    if (st.isDirectory()) yield* walk(a, a);
    else yield { path: a, rel: a.split(sep).join('/') };
  }
}

/**
 * The old-generation heap of each analysis thread in a streamed run: bounded, so that every thread collects
 * instead of growing its heap with the archive. Documents longer than BIG_DOCUMENT (rare in an archive of
 * articles; up to the 20 MB that Byline analyses) are analysed on the main thread, whose heap is not bounded.
 */
export const WORKER_HEAP_MB = 64;
export const WORKER_YOUNG_MB = 8;
export const BIG_DOCUMENT = 1 << 19;

export interface StreamOptions {
  jobs: number;
  shard?: ShardSpec;
  /** The annotations of the folder arguments (keys are index paths, as `analyze --json` builds them). */
  annotations?: IndexedAnnotation[];
  /** Writes one line (its trailing newline included, UTF-8 bytes or a string); resolves when the output can take more. */
  write: (line: Uint8Array | string) => Promise<void>;
  /** Told of each document that could not be analysed (its line carries the error too). */
  onError?: (path: string, error: string) => void;
  /** Worker script of the pool (tests). */
  workerScript?: string;
}

/**
 * Analyses the files of `args` (only those of one shard, with `shard`) on every core and writes one line per
 * document in the order of the files, each as soon as it and those before it are done; at most a few
 * documents per thread are in flight at once. The analysis threads read the files themselves and answer with
 * the finished line's bytes: this thread only hands out paths and writes. Returns the number of documents
 * written and of failures.
 */
export async function streamAnalysis(args: string[], opts: StreamOptions): Promise<{ documents: number; failed: number }> {
  const local = new Map<string, IndexedAnnotation[]>();
  const everywhere: IndexedAnnotation[] = [];
  for (const it of opts.annotations ?? []) {
    if (it.key === undefined) everywhere.push(it);
    else {
      const l = local.get(it.key);
      if (l) l.push(it);
      else local.set(it.key, [it]);
    }
  }
  // each thread's heap bounded: what a document needs is small, and a lazily collected heap per thread would
  // make the peak grow with the archive
  const pool = new AnalyzePool(opts.jobs, opts.workerScript ?? join(__dirname, 'archiveWorker.js'), opts.jobs > 1, { limits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  const window = Math.max(4, opts.jobs * 4);
  const inFlight: { path: string; reply: Promise<LineReply> }[] = [];
  let documents = 0;
  let failed = 0;
  // failures are told as their lines are written: in the order of the files, whichever thread finished first
  const drainOne = async (): Promise<void> => {
    const { path, reply } = inFlight.shift()!;
    const r = await reply;
    if (r.error !== undefined) {
      failed++;
      opts.onError?.(path, r.error);
    }
    if (r.bytes === undefined) return;
    documents++;
    await opts.write(r.bytes);
  };
  // on this thread: with one job, for a document too long for an analysis thread, or when a thread failed
  const here = (path: string, anns: IndexedAnnotation[]): Promise<LineReply> =>
    new Promise((resolve) => setImmediate(resolve)).then(() => {
      const r = fileLine(path, anns);
      return 'line' in r ? { bytes: Buffer.from(r.line, 'utf8'), error: r.error } : { skipped: true };
    });
  try {
    for (const f of archiveFiles(args)) {
      if (opts.shard && shardOf(f.rel, opts.shard.count) !== opts.shard.index) continue;
      let job: Promise<LineReply>;
      if (f.missing) job = Promise.resolve({ bytes: Buffer.from(errorLine(f.path, f.missing), 'utf8'), error: f.missing });
      else {
        const path = f.path;
        const anns = everywhere.length === 0 ? local.get(path) ?? [] : [...everywhere, ...(local.get(path) ?? [])];
        // the worker reads the file from its path: no text is sent (hence the empty text of the request)
        job = pool.threaded
          ? pool.analyze<LineReply>('', formatForPath(path), { path, annotations: anns, maxLength: BIG_DOCUMENT }).then(
              (r) => (r.tooLong ? here(path, anns) : r),
              // a thread that could not finish (one that stopped fails all its requests): this thread does it
              () => here(path, anns),
            )
          : here(path, anns);
      }
      inFlight.push({ path: f.path, reply: job });
      if (inFlight.length >= window) await drainOne();
    }
    while (inFlight.length) await drainOne();
  } finally {
    await pool.close();
  }
  return { documents, failed };
}
