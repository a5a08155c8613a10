// Analysis on every core: a pool of worker threads running the pure core (analyzeWorker.ts). Requests are
// answered in any order; callers put the results where they belong, so the output does not depend on the
// number of threads. With one job, or when no worker can start, documents are analysed on this thread.
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import { primeFigureFacts, type FigureFact } from '../core/conflicts';
import type { DocumentAnalysis } from '../core/types';
import { AnalysisCache } from './analysisCache';
import { IdleStop } from './idleStop';

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
  /**
   * Stops the threads after this many milliseconds without work (their heaps, tens of MB each, are given back);
   * they start again with the next request. Unset: they run until `close`.
   */
  idleMs?: number;
  /**
   * The threads also compute the facts each document's figures state (figureFacts, the figure check's part that
   * reads one document alone), kept for the checks across sources here (primeFigureFacts): that work then runs
   * on every core while documents are analysed, not on this thread afterwards.
   */
  figureFacts?: boolean;
}

/** The number of cores: the default number of jobs. */
export function defaultJobs(): number {
  try {
    return Math.max(1, availableParallelism());
  } catch {
    return Math.max(1, cpus().length);
  }
}

/**
 * Below this many files `analyze` uses one thread unless --jobs says otherwise: each analysis thread warms V8's
 * compiler up on its own and sends its results back by copy, which a smaller folder does not pay back on this
 * project's 2-core machine (wall time, --jobs 1 against 2: 840 real articles 3.9 against 6.4 s, 1,000 generated
 * 3.8-4.3 against 4.8-4.9 s, 4,000 generated 11.4-13.2 against 13.4 s; at 10,000 two threads are a little faster
 * and keep less memory: 30-34 against 34 s, 600 against 659 MB).
 */
export const THREADS_FROM_FILES = 5000;

/** The number of analysis threads `analyze` uses for this many files when --jobs is not given. */
export function analyzeJobs(files: number, cores = defaultJobs()): number {
  return files < THREADS_FROM_FILES ? 1 : cores;
}

/**
 * How the editor runs its pool while indexing a folder: a thread per core but one, the extension host's thread
 * keeping a core for the editor's own work (a thread per core was measured on two cores: 40 % more CPU time for the
 * same documents, no faster, and the host's longest stores and timer delays longer); each heap bounded at 128 MB
 * (enough for the largest document the editor analyses, 2 million characters; a thread that reaches it fails that
 * document alone, which is then analysed on the host); the threads stopped after 5 s without work, so that their
 * heaps are given back before the links and the checks across sources are made.
 */
export function editorPoolOptions(): { jobs: number; limits: ResourceLimits; idleMs: number } {
  return { jobs: Math.max(1, defaultJobs() - 1), limits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }, idleMs: 5000 };
}

interface Pending {
  resolve: (a: unknown) => void;
  reject: (e: Error) => void;
  /** The worker doing it. */
  worker: number;
  /** The text analysed (its figure facts are kept with it). */
  text: string;
}

export class AnalyzePool {
  private readonly workers: (Worker | undefined)[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private nextId = 0;
  /** Set when threads keep stopping before answering anything (a broken script): every request then fails. */
  private failed: Error | undefined;
  private lostInARow = 0;
  private readonly cache: AnalysisCache | undefined;
  private readonly threads: number;
  private readonly idle: IdleStop;
  private closed = false;
  /** Threads started so far (for tests and measures: more than `jobs` after idle stops or a lost thread). */
  started = 0;

  /**
   * `jobs` threads (by default one job means none: analyse on this thread; `useWorkers` forces threads, for a
   * caller whose own thread must stay free). `script` is the bundled worker (dist/analyzeWorker.js beside the
   * bundle that runs this, by default). `options.cache`: the workers look analyses up and store them (hashing,
   * file reads and writes off the caller's thread); `options.limits` bounds each thread's heap; `options.idleMs`
   * stops the threads when they have had nothing to do for that long. Threads start with the first request.
   */
  constructor(
    readonly jobs: number = defaultJobs(),
    private readonly script: string = join(__dirname, 'analyzeWorker.js'),
    useWorkers = jobs > 1,
    private readonly options: PoolOptions = {},
  ) {
    this.idle = new IdleStop(options.idleMs, () => this.pending.size > 0, () => this.stopThreads());
    const cache = options.cache;
    this.cache = cache ? new AnalysisCache(cache.dir, cache.version) : undefined;
    this.threads = useWorkers && jobs >= 1 && existsSync(script) ? jobs : 0;
    for (let i = 0; i < this.threads; i++) {
      this.workers.push(undefined);
      this.load.push(0);
    }
  }

  /** Thread `i`, started if it is not running. */
  private worker(i: number): Worker {
    const running = this.workers[i];
    if (running) return running;
    const { cache, limits, figureFacts } = this.options;
    const workerData = { cache, figureFacts };
    const w = new Worker(this.script, limits ? { workerData, resourceLimits: limits } : { workerData });
    this.started++;
    w.on('message', (m: { id: number; analysis?: DocumentAnalysis; facts?: FigureFact[]; incidents?: string[]; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.load[i]--;
      this.lostInARow = 0;
      if (m.analysis && m.facts) primeFigureFacts(p.text, m.analysis.figures, m.facts, m.incidents);
      if (m.analysis) p.resolve(m.analysis);
      else p.reject(new Error(m.error ?? 'analysis failed'));
      this.armIdle();
    });
    // a thread that stops (its heap bound reached on a huge document, a crash) fails its own requests only; the
    // next request starts a new one
    const lost = (e: Error): void => {
      if (this.workers[i] !== w) return;
      this.workers[i] = undefined;
      this.load[i] = 0;
      if (++this.lostInARow >= 3) this.failed = e;
      for (const [id, p] of this.pending) {
        if (p.worker !== i) continue;
        this.pending.delete(id);
        p.reject(e);
      }
      this.armIdle();
    };
    w.on('error', (e) => lost(e));
    w.on('exit', (code) => lost(new Error(`an analysis worker stopped (exit code ${code})`)));
    this.workers[i] = w;
    return w;
  }

  /** When no request is waiting, the threads stop after `idleMs`. */
  private armIdle(): void {
    if (!this.closed) this.idle.arm();
  }

  /** Stops the threads now when no request is waiting, instead of after `idleMs` (see ChildAnalyzePool.stopIfIdle). */
  stopIfIdle(): void {
    if (this.closed || this.pending.size > 0) return;
    this.idle.cancel();
    void this.stopThreads();
  }

  private stopThreads(): Promise<unknown> {
    const running = this.workers.filter((w): w is Worker => w !== undefined);
    for (let i = 0; i < this.workers.length; i++) {
      this.workers[i] = undefined;
      this.load[i] = 0;
    }
    // requests still waiting (only when closed while busy) are told, not left unanswered
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new Error('the analysis pool was closed'));
    return Promise.all(running.map((w) => w.terminate()));
  }

  /** Threads running now. */
  get running(): number {
    return this.workers.filter((w) => w !== undefined).length;
  }

  /** Whether documents are analysed on worker threads (false: on the caller's thread). */
  get threaded(): boolean {
    return this.threads > 0;
  }

  /**
   * The analysis of one document's text. `extra` goes to the worker with the text (for a worker script that
   * answers with more than the analysis, such as the archive's lines: its answer is then a `T`).
   */
  analyze<T = DocumentAnalysis>(text: string, format: 'markdown' | 'plaintext', extra?: Record<string, unknown>): Promise<T> {
    if (this.threads === 0) {
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
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    this.idle.cancel();
    const id = this.nextId++;
    // the least loaded worker (documents differ in length; a round robin would leave one idle)
    let k = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[k]) k = i;
    this.load[k]++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject, worker: k, text });
      this.worker(k).postMessage(extra ? { ...extra, id, text, format } : { id, text, format });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.idle.cancel();
    await this.stopThreads();
  }
}
