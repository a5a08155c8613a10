// Analysis on every core: a pool of worker threads running the pure core (analyzeWorker.ts). Requests are
// answered in any order; callers put the results where they belong, so the output does not depend on the
// number of threads. With one job, or when no worker can start, documents are analysed on this thread.
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import type { DocumentAnalysis } from '../core/types';
import { AnalysisCache } from './analysisCache';

/** A cache of analyses on disk that the workers read and write themselves (see analysisCache.ts). */
export interface PoolCache {
  dir: string;
  version: string;
}

/** How the pool's threads run: a cache they share, a bound on each thread's heap. */
export interface PoolOptions {
  cache?: PoolCache;
  /** Bounds each thread's heap (a long streamed run keeps its memory flat instead of letting every heap grow). */
  limits?: ResourceLimits;
}

/** The number of cores: the default number of jobs. */
export function defaultJobs(): number {
  try {
    return Math.max(1, availableParallelism());
  } catch {
    return Math.max(1, cpus().length);
  }
}

interface Pending {
  resolve: (a: unknown) => void;
  reject: (e: Error) => void;
}

export class AnalyzePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private nextId = 0;
  private failed: Error | undefined;
  private readonly cache: AnalysisCache | undefined;

  /**
   * `jobs` threads (by default one job means none: analyse on this thread; `useWorkers` forces threads, for a
   * caller whose own thread must stay free). `script` is the bundled worker (dist/analyzeWorker.js beside the
   * bundle that runs this, by default). `options.cache`: the workers look analyses up and store them (hashing,
   * file reads and writes off the caller's thread); `options.limits` bounds each thread's heap.
   */
  constructor(readonly jobs: number = defaultJobs(), script: string = join(__dirname, 'analyzeWorker.js'), useWorkers = jobs > 1, options: PoolOptions = {}) {
    const cache = options.cache;
    this.cache = cache ? new AnalysisCache(cache.dir, cache.version) : undefined;
    if (!useWorkers || jobs < 1 || !existsSync(script)) return;
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(script, options.limits ? { workerData: { cache }, resourceLimits: options.limits } : { workerData: { cache } });
      w.on('message', (m: { id: number; analysis?: DocumentAnalysis; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[i]--;
        if (m.analysis) p.resolve(m.analysis);
        else p.reject(new Error(m.error ?? 'analysis failed'));
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && this.pending.size > 0) this.fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  private fail(e: Error): void {
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Whether documents are analysed on worker threads (false: on the caller's thread). */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  /**
   * The analysis of one document's text. `extra` goes to the worker with the text (for a worker script that
   * answers with more than the analysis, such as the archive's lines: its answer is then a `T`).
   */
  analyze<T = DocumentAnalysis>(text: string, format: 'markdown' | 'plaintext', extra?: Record<string, unknown>): Promise<T> {
    if (this.workers.length === 0) {
      try {
        const hit = this.cache?.get(text, format);
        if (hit) return Promise.resolve(hit as T);
        const a = analyzeText(text, { format });
        this.cache?.put(text, format, a);
        return Promise.resolve(a as T);
      } catch (e) {
        return Promise.reject(e as Error);
      }
    }
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    // the least loaded worker (documents differ in length; a round robin would leave one idle)
    let k = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[k]) k = i;
    this.load[k]++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject });
      this.workers[k].postMessage(extra ? { ...extra, id, text, format } : { id, text, format });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
