// `byline analyze --jsonl [--shard I/N]` (archive-v1): one JSON line per document, written as soon as the
// document is analysed, with bounded memory (a window of documents in flight, whatever the archive's size).
// Each line stands alone: its entity ids come from the document itself (deterministic: the same person gets
// the same id on every machine), so shards join without a global pass; the archive-wide linking is the
// database's (see load.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IndexedAnnotation } from '../../core/workspace';
import { analyzeText, formatForPath } from '../../core/analyze';
import { decodeDocument } from '../../core/input';
import { isGeneratedByByline } from '../../core/exportFormats';
import { AnalyzePool } from '../analyzePool';
import { documentLine, type ArchiveLine } from './documentLine';

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
export const BIG_DOCUMENT = 1 << 19;

export interface StreamOptions {
  jobs: number;
  shard?: ShardSpec;
  /** The annotations of the folder arguments (keys are index paths, as `analyze --json` builds them). */
  annotations?: IndexedAnnotation[];
  /** Writes one line (its trailing newline included); resolves when the output can take more. */
  write: (line: string) => Promise<void>;
  /** Told of each document that could not be analysed (its line carries the error too). */
  onError?: (path: string, error: string) => void;
  /** Worker script of the pool (tests). */
  workerScript?: string;
}

/**
 * Analyses the files of `args` (only those of one shard, with `shard`) on every core and writes one line per
 * document in the order of the files, each as soon as it and those before it are done; at most a few
 * documents per thread are held at once. Returns the number of documents written and of failures.
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
  const pool = new AnalyzePool(opts.jobs, opts.workerScript ?? join(__dirname, 'archiveWorker.js'), opts.jobs > 1, { limits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 } });
  const window = Math.max(4, opts.jobs * 4);
  const inFlight: Promise<string | undefined>[] = [];
  let documents = 0;
  let failed = 0;
  const errorLine = (path: string, error: string, sha256?: string): string => {
    failed++;
    opts.onError?.(path, error);
    const line: ArchiveLine = { path, entities: [], quotes: [], figures: [], error, entityRecords: [] };
    if (sha256) line.sha256 = sha256;
    return JSON.stringify(line) + '\n';
  };
  const drainOne = async (): Promise<void> => {
    const s = await inFlight.shift()!;
    if (s !== undefined) {
      documents++;
      await opts.write(s);
    }
  };
  try {
    for (const f of archiveFiles(args)) {
      if (opts.shard && shardOf(f.rel, opts.shard.count) !== opts.shard.index) continue;
      let job: Promise<string | undefined>;
      if (f.missing) job = Promise.resolve(errorLine(f.path, f.missing));
      else {
        let bytes: Uint8Array | undefined;
        try {
          bytes = readFileSync(f.path);
        } catch (e) {
          job = Promise.resolve(errorLine(f.path, `unreadable: ${(e as Error).message}`));
        }
        if (bytes) {
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const d = decodeDocument(bytes);
          if ('error' in d) job = Promise.resolve(errorLine(f.path, d.error, sha256));
          else if (isGeneratedByByline(d.text)) job = Promise.resolve(undefined); // an exported quote sheet is not a source
          else {
            const path = f.path;
            const text = d.text;
            const anns = [...everywhere, ...(local.get(path) ?? [])];
            // on worker threads the line is made there; on this thread (one job) here
            const here = (): Promise<string> => new Promise((resolve) => setImmediate(resolve)).then(() => JSON.stringify(documentLine(path, text, analyzeText(text, { format: formatForPath(path) }), sha256, anns)) + '\n');
            const line = pool.threaded && text.length <= BIG_DOCUMENT ? pool.analyze<string>(text, formatForPath(path), { path, sha256, annotations: anns }) : here();
            job = line.then(
              (l) => l,
              (e: Error) => errorLine(path, `analysis failed: ${e.message}`, sha256),
            );
          }
        }
      }
      inFlight.push(job!);
      if (inFlight.length >= window) await drainOne();
    }
    while (inFlight.length) await drainOne();
  } finally {
    await pool.close();
  }
  return { documents, failed };
}
