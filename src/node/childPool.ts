// The editor's analysis in child processes (analyzeChild.ts) run at a lower CPU priority than the extension host.
// A worker thread shares its process's priority (on most systems), so while a folder is indexed it competed for
// the CPU on equal terms with the extension host's thread, the editor's server and its window: a hover waited.
// A child process started with `nice` yields the CPU to them whenever they have work, and uses what is left.
// It behaves as the pool of threads did (analyzePool.ts): each heap bounded, the processes stopped after a
// while without work, a process that stops fails its own requests only, the same cache of analyses on disk.
// When no child process can be started (no `fork` here, a broken script), every request goes to `fallback`.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import type { DocumentAnalysis } from '../core/types';
import { primeFigureFacts, type FigureFact } from '../core/conflicts';
import type { PoolCache } from './analyzePool';
import { IdleStop } from './idleStop';
import { tieringFlags } from './v8Tuning';

/** What a child is started with (its first argument, as JSON). */
export interface ChildSettings {
  cache?: PoolCache;
  /** The priority the child gives itself (and every thread it has), as a nice value (0 normal, 19 lowest). */
  nice?: number;
  /** Whether it also sends the facts each document's figures state (see ChildPoolOptions.figureFacts). */
  figureFacts?: boolean;
}

export interface ChildRequest {
  id: number;
  text: string;
  format: 'markdown' | 'plaintext';
}

export type ChildReply = { ready: true } | { id: number; analysis?: DocumentAnalysis; facts?: FigureFact[]; incidents?: string[]; error?: string };

/** Anything that analyses documents off the caller's thread (this pool, its fallback). */
export interface Analyzer {
  analyze(text: string, format: 'markdown' | 'plaintext'): Promise<DocumentAnalysis>;
  close(): Promise<void>;
  /** Stops its threads or processes now when no request is waiting (the next request starts them again). */
  stopIfIdle?(): void;
}

export interface ChildPoolOptions {
  cache?: PoolCache;
  /** Each child's heap bound (MB): a child that reaches it stops, failing the document it was analysing alone. */
  maxOldMb?: number;
  /** Each child's young generation's semi-space (MB). */
  semiSpaceMb?: number;
  /** Stops the children after this many milliseconds without work; they start again with the next request. */
  idleMs?: number;
  /** The children's priority as a nice value (default 10: below the editor's processes, above idle work). */
  nice?: number;
  /** Where requests go when no child can be started (told why). */
  fallback?: (reason: string) => Analyzer;
  /**
   * The children also compute the facts each document's figures state (figureFacts, the figure check's part that
   * reads one document alone), kept for the checks across sources here (primeFigureFacts), as the worker threads
   * do (AnalyzePoolOptions.figureFacts): that work is then done while the files are analysed, in the children,
   * not on this thread in the checks afterwards (about a millisecond per article).
   */
  figureFacts?: boolean;
}

/** A worker thread's heap bounds as a child's (its semi-space is a third of the young generation, as V8 sizes it). */
export function childLimits(limits: ResourceLimits): { maxOldMb?: number; semiSpaceMb?: number } {
  const young = limits.maxYoungGenerationSizeMb;
  return { maxOldMb: limits.maxOldGenerationSizeMb, semiSpaceMb: young ? Math.max(1, Math.round(young / 3)) : undefined };
}

interface Pending {
  resolve: (a: DocumentAnalysis) => void;
  reject: (e: Error) => void;
  child: number;
  text: string;
  format: 'markdown' | 'plaintext';
}

interface Slot {
  proc: ChildProcess;
  ready: boolean;
  /** The last lines it wrote to stderr (said when it stops). */
  stderr: string;
}

/** The children stopped before they were ready this many times in a row: they cannot run here. */
const LOST_BEFORE_READY = 2;
/** The children stopped this many times in a row without answering anything: the script is broken. */
const LOST_IN_A_ROW = 3;

export class ChildAnalyzePool implements Analyzer {
  private readonly slots: (Slot | undefined)[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly idle: IdleStop;
  private closed = false;
  private lostBeforeReady = 0;
  private lostInARow = 0;
  /** Set once children cannot be started: every request goes there. */
  private fallback: Analyzer | undefined;
  /** Children started so far (for tests and measures). */
  started = 0;

  constructor(
    readonly jobs: number,
    private readonly script: string,
    private readonly options: ChildPoolOptions = {},
  ) {
    this.idle = new IdleStop(options.idleMs, () => this.pending.size > 0, () => this.stopChildren());
    for (let i = 0; i < Math.max(1, jobs); i++) {
      this.slots.push(undefined);
      this.load.push(0);
    }
    if (!existsSync(script)) this.useFallback(new Error(`no analysis script at ${script}`));
  }

  /** Whether the analyses are made in child processes (false: children could not be started, the fallback runs). */
  get usingChildren(): boolean {
    return this.fallback === undefined;
  }

  /** Children running now. */
  get running(): number {
    return this.slots.filter((s) => s !== undefined).length;
  }

  /** Process ids of the children running now. */
  get pids(): number[] {
    return this.slots.flatMap((s) => (s?.proc.pid !== undefined ? [s.proc.pid] : []));
  }

  analyze(text: string, format: 'markdown' | 'plaintext'): Promise<DocumentAnalysis> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.fallback) return this.fallback.analyze(text, format);
    if (this.failed) return Promise.reject(this.failed);
    this.idle.cancel();
    // the least loaded child (documents differ in length; a round robin would leave one idle)
    let k = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[k]) k = i;
    const slot = this.child(k);
    if (!slot) return this.fallback ? (this.fallback as Analyzer).analyze(text, format) : Promise.reject(this.failed ?? new Error('no analysis process could be started'));
    const id = this.nextId++;
    this.load[k]++;
    return new Promise<DocumentAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, child: k, text, format });
      const req: ChildRequest = { id, text, format };
      try {
        slot.proc.send(req);
      } catch (e) {
        // the channel closed under us: the exit handler fails (or moves) the request
        this.lost(k, slot, e as Error);
      }
    });
  }

  /** Child `i`, started if it is not running (undefined if it cannot be: then the fallback is set, if any). */
  private child(i: number): Slot | undefined {
    const running = this.slots[i];
    if (running) return running;
    const { cache, maxOldMb, semiSpaceMb } = this.options;
    const nice = this.options.nice ?? 10;
    const settings: ChildSettings = { cache, nice, ...(this.options.figureFacts ? { figureFacts: true } : {}) };
    // the child runs this process's binary (process.execPath), so this process's V8 version
    const execArgv: string[] = tieringFlags();
    if (maxOldMb) execArgv.push(`--max-old-space-size=${maxOldMb}`);
    if (semiSpaceMb) execArgv.push(`--max-semi-space-size=${semiSpaceMb}`);
    let proc: ChildProcess;
    try {
      proc = fork(this.script, [JSON.stringify(settings)], {
        execArgv,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        // an editor built on Electron runs its binary as node for the child
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
    } catch (e) {
      this.useFallback(e as Error);
      return undefined;
    }
    this.started++;
    const slot: Slot = { proc, ready: false, stderr: '' };
    this.slots[i] = slot;
    // lowered from here too (where the child cannot lower itself); it does so itself for every thread it has
    if (proc.pid !== undefined && nice) {
      try {
        setPriority(proc.pid, nice);
      } catch {
        // not allowed: it runs at the normal priority
      }
    }
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (d: string) => {
      slot.stderr = (slot.stderr + d).slice(-2000);
    });
    proc.on('message', (m: ChildReply) => {
      if ('ready' in m) {
        slot.ready = true;
        this.lostBeforeReady = 0;
        return;
      }
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
    proc.on('error', (e) => this.lost(i, slot, e));
    proc.on('exit', (code, signal) => {
      const why = slot.stderr.trim().split('\n').slice(-1)[0];
      this.lost(i, slot, new Error(`the analysis process stopped (${signal ?? `exit code ${code}`})${why ? `: ${why}` : ''}`));
    });
    return slot;
  }

  /**
   * A child stopped (its heap bound reached on a huge document, a crash, killed): its own requests fail, the next
   * request starts a new one. Children that keep stopping before they are ready cannot run here: the fallback
   * takes their requests and every later one.
   */
  private lost(i: number, slot: Slot, e: Error): void {
    if (this.slots[i] !== slot) return;
    this.slots[i] = undefined;
    this.load[i] = 0;
    const mine = [...this.pending].filter(([, p]) => p.child === i);
    for (const [id] of mine) this.pending.delete(id);
    if (!this.closed && ((!slot.ready && ++this.lostBeforeReady >= LOST_BEFORE_READY) || ++this.lostInARow >= LOST_IN_A_ROW)) this.useFallback(e);
    for (const [, p] of mine) {
      if (this.fallback && !slot.ready) this.fallback.analyze(p.text, p.format).then(p.resolve, p.reject);
      else p.reject(e);
    }
    try {
      slot.proc.kill();
    } catch {
      // gone already
    }
    this.armIdle();
  }

  private useFallback(e: Error): void {
    if (this.fallback || this.failed) return;
    // without a fallback every request fails from now on (rather than starting broken children forever)
    if (!this.options.fallback) {
      this.failed = e;
      return;
    }
    this.fallbackReason = e.message;
    this.fallback = this.options.fallback(e.message);
  }

  /** Set when children cannot run here and there is no fallback: every request fails with it. */
  private failed: Error | undefined;

  /** Why the children could not be used (when the fallback runs). */
  fallbackReason: string | undefined;

  /** When no request is waiting, the children stop after `idleMs`. */
  private armIdle(): void {
    if (!this.closed) this.idle.arm();
  }

  private stopChildren(): void {
    const running = this.slots.filter((s): s is Slot => s !== undefined);
    for (let i = 0; i < this.slots.length; i++) {
      this.slots[i] = undefined;
      this.load[i] = 0;
    }
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new Error('the analysis pool was closed'));
    for (const s of running) {
      try {
        s.proc.kill();
      } catch {
        // gone already
      }
    }
  }

  /**
   * Stops the children now when no request is waiting, instead of after `idleMs`: for a caller that knows no
   * request will come soon (a folder indexed: the host links and checks it next and grows meanwhile, so the
   * children's memory given back then lowers the peak of both). The next request starts them again.
   */
  stopIfIdle(): void {
    if (this.closed || this.pending.size > 0) return;
    this.idle.cancel();
    this.stopChildren();
    this.fallback?.stopIfIdle?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.idle.cancel();
    this.stopChildren();
    await this.fallback?.close();
  }
}
