// Owns the core WorkspaceIndex and keeps it in step with the workspace: files on disk (indexed in the
// background, then followed with a FileSystemWatcher) and open editors (their live text, debounced).
// Each distinct text of a document is analysed once; every provider reads the shared result.
import * as vscode from 'vscode';
import { WorkspaceIndex, decodeDocument } from '../core';
import type { DocumentAnalysis, ResolvedDocument } from '../core';
import { formatForPath } from '../core/analyze';
import { LineIndex } from './convert';
import { isGeneratedByByline } from '../core/exportFormats';
import * as settings from './settings';
import { readSourceFile, type SourceFileRead } from '../node/sourceFile';

export interface AnalysisChangeEvent {
  /** Index keys (document URIs as strings) whose analysis changed or that were removed. */
  readonly keys: readonly string[];
}

export interface AnalysisServiceOptions {
  /** Delay after the last edit before an open document is re-analysed. */
  debounceMs?: number;
  /** Documents longer than this (UTF-16 code units) are not analysed. */
  maxChars?: number;
  /** Files larger than this on disk are not read. */
  maxBytes?: number;
  /** Files read from disk concurrently while indexing. */
  concurrency?: number;
  /**
   * Analyses files read from disk off the extension host's thread (a worker pool, a cache); documents open in
   * an editor are analysed here, at once, so that what the user sees follows every edit.
   */
  analyzer?: (text: string, format: 'markdown' | 'plaintext') => Promise<DocumentAnalysis>;
  /**
   * Told when a folder has been read and analysed: the analyzer's processes can stop now (the links and checks
   * that follow grow this thread's heap; their memory given back meanwhile lowers the peak of both).
   */
  analyzerIdle?: () => void;
}

export interface AnalysisStats {
  /** How late a 20 ms timer on the extension host ran during the last indexing (ms): the host's longest stall. */
  hostLag?: { max: number; p95: number; samples: number };
  /**
   * The longest piece of work done at once on the extension host during the last indexing, by phase (ms):
   * storing an analysis, a slice of linking, a slice of the checks across sources, the views catching up, answering a
   * hover.
   */
  holds?: Record<HoldPhase, number>;
  /** Milliseconds the last indexing took. */
  indexMs?: number;
  documents: number;
  entities: number;
  quotes: number;
  mentions: number;
  figures: number;
  conflicts: number;
  indexing: boolean;
  indexed: boolean;
}

/** What the extension host was doing (see AnalysisStats.holds). */
export type HoldPhase = 'store' | 'links' | 'conflicts' | 'views' | 'hover';

interface Entry {
  /** The text that was analysed. */
  text: string;
  /** Our per-key revision, passed to `index.set` as the version; bumped whenever the text changes. */
  revision: number;
  /** TextDocument.version of the editor text that was analysed, if it came from an editor. */
  docVersion?: number;
  fromEditor: boolean;
  /** What `index.set` returned, used only if `index.get` has nothing. */
  resolved?: ResolvedDocument;
  lines?: LineIndex;
}

const TRACKED_LANGUAGES = new Set(['plaintext', 'markdown']);
const TRACKED_SCHEMES = new Set(['file', 'untitled']);
const TRACKED_EXTENSION = /\.(txt|md)$/i;
const EXCLUDED_PATH = /(^|\/)node_modules\//;

/** Index key of a URI. */
export function keyOf(uri: vscode.Uri): string {
  return uri.toString();
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Longest piece of linking or conflict checking done at once on the extension host (ms). */
const SLICE_MS = 12;
/** At most this many documents are linked at once when indexing starts (see runIndexing). */
const HOLD_LINK_DOCS = 200;
/**
 * After the user acted (a hover, a cursor move, a scroll, an edit) within this long (ms), the background work on
 * this thread pauses between its slices (see pauseAfterSlice): the next request of the user's, which travels
 * through the editor's window and server before it reaches this thread, finds CPU for them free.
 */
const ACTIVE_MS = 2000;
/**
 * The pause after each slice of background work while the user is active (ms): this thread busy two thirds of the
 * time. (10,000 articles in code-server, load 3-5: a pause as long as the slice made linking 2.7 times slower for
 * hovers no faster than with this one.)
 */
const ACTIVE_PAUSE_MS = SLICE_MS / 2;
/** An index that links in less than this (ms) is linked at once after a change; a larger one in slices. */
const SYNC_LINK_MS = 25;

export class AnalysisService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AnalysisChangeEvent>();
  private readonly progressEmitter = new vscode.EventEmitter<void>();
  /** Fires when indexing progresses, starts or ends, or the file cap is hit. */
  readonly onDidChangeProgress = this.progressEmitter.event;
  /** Indexing progress: documents done of those found. */
  progress = { done: 0, total: 0 };
  /** Set when the include globs found more files than byline.maxFiles: how many were found (at least). */
  capped: { found: number; max: number } | undefined;
  private lastProgress = 0;
  /** Fires (coalesced) after analyses change. */
  readonly onDidChange = this.emitter.event;

  private readonly entries = new Map<string, Entry>();
  /** Tracked documents open in VS Code: their live text wins over the file on disk. */
  private readonly openDocs = new Map<string, vscode.TextDocument>();
  /** Keys of files that match the include globs on disk. */
  private readonly diskKeys = new Set<string>();
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly diskTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Latest read ticket per key: a disk read whose ticket is stale is dropped (a newer read or removal won). */
  private readonly readTickets = new Map<string, number>();
  private ticket = 0;
  private readonly tooLarge = new Set<string>();
  private readonly deletedPaths = new Set<string>();
  private deleteTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly createdPaths = new Map<string, vscode.Uri>();
  private createTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];

  private readonly pendingKeys = new Set<string>();
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private bulk = 0;

  private indexing: vscode.CancellationTokenSource | undefined;
  private indexedOnce = false;
  private disposed = false;

  private readonly debounceMs: number;
  private readonly maxChars: number;
  private readonly maxBytes: number;
  private readonly concurrency: number;
  private readonly analyzer: AnalysisServiceOptions['analyzer'];
  private readonly analyzerIdle: AnalysisServiceOptions['analyzerIdle'];

  constructor(
    readonly index: WorkspaceIndex,
    private readonly output: vscode.OutputChannel,
    options: AnalysisServiceOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxChars = options.maxChars ?? 2_000_000;
    this.maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
    // with analysis on worker threads, more files in flight keep the workers busy
    this.concurrency = Math.max(1, options.concurrency ?? (options.analyzer ? 8 : 4));
    this.analyzer = options.analyzer;
    this.analyzerIdle = options.analyzerIdle;

    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      // what the user does in an editor: background work pauses between its slices meanwhile
      vscode.window.onDidChangeTextEditorSelection(() => this.userActed()),
      vscode.window.onDidChangeTextEditorVisibleRanges(() => this.userActed()),
      vscode.window.onDidChangeActiveTextEditor(() => this.userActed()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (settings.affects(e, 'include') || settings.affects(e, 'maxFiles')) {
          this.createWatchers();
          void this.reindex();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.relativePaths.clear();
        this.createWatchers();
        void this.reindex();
      }),
    );
    // the documents already open are analysed after activation (the first analysis here loads the lexicons)
    setTimeout(() => {
      for (const doc of vscode.workspace.textDocuments) this.onOpen(doc);
    }, 0);
    this.createWatchers();
  }

  // ---------------------------------------------------------------- queries

  /** Whether Byline analyses this document (plaintext/markdown or .txt/.md, on disk or untitled). */
  isTracked(doc: vscode.TextDocument): boolean {
    if (!TRACKED_SCHEMES.has(doc.uri.scheme)) return false;
    // a file on disk is a source when its name says so or the include globs found it (a .csv or a log that
    // opens as plain text is not); a new untitled document is one by its language
    if (doc.uri.scheme === 'file') return TRACKED_EXTENSION.test(doc.uri.path) || this.diskKeys.has(keyOf(doc.uri));
    return TRACKED_LANGUAGES.has(doc.languageId) || TRACKED_EXTENSION.test(doc.uri.path);
  }

  /**
   * The analysis of an open document's current text. Analyses it now if the latest edit is still
   * waiting for its debounce (each document version is analysed at most once).
   */
  analysisFor(doc: vscode.TextDocument): ResolvedDocument | undefined {
    if (this.disposed || doc.isClosed || !this.isTracked(doc)) return undefined;
    const key = keyOf(doc.uri);
    this.openDocs.set(key, doc);
    const entry = this.entries.get(key);
    // (an answer asked at once while the analysis of this version is on a thread is made here: see
    // analysisInFlight for callers that can wait for it)
    if (!entry || !entry.fromEditor || entry.docVersion !== doc.version) this.analyseDocument(doc, false, true);
    return this.get(key);
  }

  /**
   * The analysis of an open document if it was computed from the editor's current text; never analyses
   * (for work on every cursor move, which should not defeat the edit debounce).
   */
  currentAnalysisFor(doc: vscode.TextDocument): ResolvedDocument | undefined {
    if (this.disposed || doc.isClosed) return undefined;
    const entry = this.entries.get(keyOf(doc.uri));
    if (!entry || !entry.fromEditor || entry.docVersion !== doc.version) return undefined;
    return this.get(keyOf(doc.uri));
  }

  /** The analysis of any indexed document, by key. */
  get(key: string): ResolvedDocument | undefined {
    return this.index.get(key) ?? this.entries.get(key)?.resolved;
  }

  /** The text the current analysis of `key` was computed from. */
  textOf(key: string): string | undefined {
    return this.entries.get(key)?.text;
  }

  /** Line index of the analysed text of `key` (for documents that are not open). */
  linesOf(key: string): LineIndex | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    return (entry.lines ??= new LineIndex(entry.text));
  }

  uriOf(key: string): vscode.Uri {
    return vscode.Uri.parse(key, true);
  }

  /** The path to show for a document: relative to its workspace folder when it is in one. */
  relativePath(key: string): string {
    let rel = this.relativePaths.get(key);
    if (rel !== undefined) return rel;
    try {
      rel = vscode.workspace.asRelativePath(this.uriOf(key));
    } catch {
      rel = key;
    }
    // remembered (hovers and views sort thousands of documents by it); forgotten when the folders change
    if (this.relativePaths.size > 200_000) this.relativePaths.clear();
    this.relativePaths.set(key, rel);
    return rel;
  }

  private readonly relativePaths = new Map<string, string>();

  /** The open document for a key, if it is open. */
  openDocument(key: string): vscode.TextDocument | undefined {
    const doc = this.openDocs.get(key);
    return doc && !doc.isClosed ? doc : undefined;
  }

  get isIndexing(): boolean {
    return this.indexing !== undefined;
  }

  /** True while the links and the conflicts across sources are being made again, in slices. */
  get isLinking(): boolean {
    return this.linking !== undefined;
  }

  private linking: Promise<void> | undefined;
  /** The longest slice of linking since indexing started (ms). */
  private longestSlice = 0;

  /**
   * Makes the links and the conflicts across sources again, a slice of at most SLICE_MS at a time, so that the
   * extension host never waits on them; answers meanwhile come from the held links. Starts again when the
   * index changes on the way. When done, every listener hears that every document may have changed (once).
   */
  private linkInBackground(): Promise<void> {
    if (this.linking) return this.linking;
    const run = async (): Promise<void> => {
      try {
        for (;;) {
          if (this.disposed || this.bulk > 0) return;
          const steps = this.index.linkSteps(true);
          let r: IteratorResult<void, boolean>;
          for (;;) {
            const t = performance.now();
            const until = t + SLICE_MS;
            const phase = this.index.linked ? 'conflicts' : 'links';
            do r = steps.next();
            while (!r.done && performance.now() < until);
            const ms = performance.now() - t;
            this.longestSlice = Math.max(this.longestSlice, ms);
            this.hold(phase, ms);
            if (r.done) break;
            await this.pauseAfterSlice();
            if (this.disposed) return;
          }
          if (r.value) break;
          // the index changed meanwhile (an edit, a file): again, after the burst
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } catch (err) {
        this.output.appendLine(`Byline: linking the sources failed: ${errorMessage(err)}`);
      } finally {
        this.linking = undefined;
      }
      if (this.disposed || this.bulk > 0) return;
      this.index.holdLinks(this.largeIndex());
      for (const key of this.index.paths()) this.pendingKeys.add(key);
      this.flushChanges(true);
    };
    this.linking = run();
    this.progressEmitter.fire();
    void this.linking.then(() => this.progressEmitter.fire());
    return this.linking;
  }

  /** When the user last acted (performance.now()): a hover, a cursor move, a scroll, an edit. */
  private lastUserAt = -Infinity;

  /** The user acted: background work on this thread pauses between its slices for a while (see ACTIVE_MS). */
  userActed(): void {
    this.lastUserAt = performance.now();
  }

  /**
   * Between two slices of background work: a turn of the event loop; while the user is active, a pause of
   * ACTIVE_PAUSE_MS too. On a loaded machine the extension host, the editor's server and its window share the
   * cores; this thread working without a pause made each hover wait for CPU on its way (p50 about 200 ms while
   * linking, against about 60 ms while the files were read, with the same outside load).
   */
  private pauseAfterSlice(): Promise<void> {
    if (performance.now() - this.lastUserAt < ACTIVE_MS) return new Promise((resolve) => setTimeout(resolve, ACTIVE_PAUSE_MS));
    return yieldToEventLoop();
  }

  /** An index too large to link again at once after every change (linking it takes longer than SYNC_LINK_MS). */
  private largeIndex(): boolean {
    return this.index.lastLinkMs >= SYNC_LINK_MS;
  }

  stats(): AnalysisStats {
    let mentions = 0;
    let figures = 0;
    const paths = this.index.paths();
    for (const p of paths) {
      const a = this.get(p)?.analysis;
      mentions += a?.entities.length ?? 0;
      figures += a?.figures.length ?? 0;
    }
    return {
      documents: paths.length,
      entities: this.index.entities().length,
      quotes: this.index.claims().length,
      mentions,
      figures,
      conflicts: this.index.conflicts().length,
      indexing: this.isIndexing,
      indexed: this.indexedOnce,
      hostLag: this.lagStats(),
      holds: { ...this.holds },
      indexMs: this.indexMs,
    };
  }

  private lag: number[] = [];
  /** The longest piece of work at once on this thread since indexing started, by phase (ms). */
  private holds: Record<HoldPhase, number> = { store: 0, links: 0, conflicts: 0, views: 0, hover: 0 };

  private hold(phase: HoldPhase, ms: number): void {
    if (ms > this.holds[phase]) this.holds[phase] = ms;
  }

  /**
   * A hover's answer: once the analysis of the document's current version, if one is on its way from the analysis
   * process, is stored (the editor would not ask again); its time on this thread counted with the longest holds.
   */
  answerHover<T>(doc: vscode.TextDocument, answer: () => T): T | Promise<T> {
    const waiting = this.analysisInFlight(doc);
    if (waiting) return waiting.then(() => this.answerHover(doc, answer));
    const t = performance.now();
    try {
      return answer();
    } finally {
      this.hoverAnswered(performance.now() - t);
    }
  }

  /** A hover was answered in `ms` on this thread (counted in the indexing's longest holds). */
  private hoverAnswered(ms: number): void {
    this.userActed();
    this.hold('hover', ms);
    if (this.lagTimer !== undefined) this.hoverMs.push(ms);
  }

  /** How long each hover answered while indexing took on this thread (ms). */
  private hoverMs: number[] = [];

  /** The phases' longest holds, longest first: "conflicts 181 ms, views 40 ms, …". */
  private holdsLine(): string {
    return (Object.entries(this.holds) as [HoldPhase, number][])
      .sort((a, b) => b[1] - a[1])
      .map(([phase, ms]) => `${phase} ${Math.round(ms)} ms`)
      .join(', ');
  }

  /** Where the last indexing's time went on this thread (ms): reading files, storing analyses, the views' catch-ups. */
  private hostTimes = { read: 0, store: 0, views: 0, filesMs: 0 };
  private lagTimer: ReturnType<typeof setInterval> | undefined;
  private indexMs: number | undefined;

  /** Measures how late a 20 ms timer runs while indexing: what every other extension waits on this host. */
  private startLagMonitor(): void {
    this.stopLagMonitor();
    this.lag = [];
    this.hoverMs = [];
    let last = performance.now();
    this.lagTimer = setInterval(() => {
      const now = performance.now();
      this.lag.push(Math.max(0, now - last - 20));
      last = now;
    }, 20);
  }

  private stopLagMonitor(): void {
    if (this.lagTimer !== undefined) clearInterval(this.lagTimer);
    this.lagTimer = undefined;
  }

  private lagStats(xs = this.lag): AnalysisStats['hostLag'] {
    if (xs.length === 0) return undefined;
    const s = [...xs].sort((a, b) => a - b);
    return { max: Math.round(s[s.length - 1]), p95: Math.round(s[Math.floor(s.length * 0.95)]), samples: s.length };
  }

  /** Tells every listener that all analyses may have changed (the journalist's annotations changed). */
  notifyAll(): void {
    if (this.disposed) return;
    for (const key of this.index.paths()) this.pendingKeys.add(key);
    this.flushChanges(true);
    this.relinkLater();
  }

  /** In a large index, after a change: answers come from the held links until they are made again, in slices. */
  private relinkLater(): void {
    if (this.bulk === 0 && !this.index.linked && this.largeIndex()) void this.linkInBackground();
  }

  // ---------------------------------------------------------------- indexing

  /**
   * Finds every source file (setting `byline.include`) and analyses it, in the background with a
   * cancellable progress notification. With `force`, unchanged documents are analysed again too.
   * Resolves to the number of files indexed.
   */
  reindex(force = false): Promise<number> {
    if (this.disposed) return Promise.resolve(0);
    this.indexing?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.indexing = cts;
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Byline', cancellable: true },
        (progress, userToken) => this.runIndexing(cts, userToken, progress, force),
      ),
    );
  }

  private async runIndexing(
    cts: vscode.CancellationTokenSource,
    userToken: vscode.CancellationToken,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    force: boolean,
  ): Promise<number> {
    const token = cts.token;
    const userCancel = userToken.onCancellationRequested(() => cts.cancel());
    this.bulk++;
    this.startLagMonitor();
    this.longestSlice = 0;
    this.holds = { store: 0, links: 0, conflicts: 0, views: 0, hover: 0 };
    this.hostTimes = { read: 0, store: 0, views: 0, filesMs: 0 };
    // while the folder is read, answers come from the links made before the latest documents (a hover does
    // not link the whole index again after every file); released at the end
    this.index.holdLinks(true);
    // links that answers can be held to: made now if there are none, while the index holds few documents (the
    // open ones); otherwise the first answer asked for (a hover, a view) would link every document read so far at
    // once, on this thread (141 ms measured for a hover at 2,000 articles)
    if (!this.index.linked && this.index.paths().length <= HOLD_LINK_DOCS) for (const r = this.index.linkSteps(true); !r.next().done; );
    const t0 = performance.now();
    let finished = false;
    this.flushChanges(true); // listeners learn that indexing started
    let done = 0;
    let total = 0;
    try {
      if (force) for (const doc of this.openDocs.values()) if (!doc.isClosed) this.analyseDocument(doc, true);
      progress.report({ message: 'Finding sources…' });
      const uris = await this.findSources(token);
      if (token.isCancellationRequested) return 0;
      total = uris.length;
      this.progress = { done: 0, total };
      this.progressEmitter.fire();

      const found = new Set(uris.map(keyOf));
      for (const key of [...this.diskKeys]) {
        if (found.has(key)) continue;
        this.diskKeys.delete(key);
        if (!this.openDocs.has(key)) this.remove(key);
      }
      for (const key of found) this.diskKeys.add(key);

      const step = total ? 100 / total : 0;
      let reported = 0;
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < uris.length && !token.isCancellationRequested) {
          const uri = uris[next++];
          if (!this.openDocs.has(keyOf(uri))) await this.readFromDisk(uri, force, token);
          if (token.isCancellationRequested) return;
          done++;
          this.progress = { done, total };
          // the notification and the status bar are told four times a second, not after every file
          if (Date.now() - this.lastProgress > 250 || done === total) {
            this.lastProgress = Date.now();
            progress.report({ message: `Analysing sources: ${done}/${total}`, increment: step * (done - reported) });
            reported = done;
            this.progressEmitter.fire();
          }
          await yieldToEventLoop();
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, Math.max(1, total)) }, worker));
      this.hostTimes.filesMs = performance.now() - t0;

      if (token.isCancellationRequested) {
        this.output.appendLine(`Byline indexing cancelled after ${done} of ${total} documents`);
      } else finished = true;
      return done;
    } catch (err) {
      this.output.appendLine(`Byline indexing failed: ${errorMessage(err)}`);
      return done;
    } finally {
      userCancel.dispose();
      this.bulk--;
      if (this.indexing === cts) {
        this.indexing = undefined;
        this.indexedOnce = true;
      }
      cts.dispose();
      this.progress = { done, total };
      this.progressEmitter.fire();
      // the links and the checks across sources, in slices (the views hear of it once, when they are ready); the
      // time and the host's longest stall are read after them and the views' refresh
      if (this.bulk === 0) await this.afterIndexing(progress, t0, done, finished);
    }
  }

  private async afterIndexing(progress: vscode.Progress<{ message?: string }>, t0: number, done: number, finished: boolean): Promise<void> {
    {
      progress.report({ message: `Linking ${done.toLocaleString('en')} sources…` });
      this.analyzerIdle?.();
      const tl = performance.now();
      await this.linkInBackground();
      const linkMs = Math.round(performance.now() - tl);
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.stopLagMonitor();
      this.indexMs = Math.round(performance.now() - t0);
      if (finished) {
        const lag = this.lagStats();
        const hovers = this.lagStats(this.hoverMs);
        this.output.appendLine(`Byline indexed ${done} documents in ${this.indexMs} ms` + (lag ? ` (extension host timer late by ${lag.max} ms at most, p95 ${lag.p95} ms)` : '') + `; links and conflicts across sources made in ${linkMs} ms (linking ${this.index.lastLinkMs} ms of work; longest slice ${Math.round(this.longestSlice)} ms); files read and analysed in ${Math.round(this.hostTimes.filesMs)} ms (on this thread: reading ${Math.round(this.hostTimes.read)} ms including waits, storing ${Math.round(this.hostTimes.store)} ms, views ${Math.round(this.hostTimes.views)} ms); longest holds on this thread: ${this.holdsLine()}` + (hovers ? `; ${hovers.samples} hovers answered in p95 ${hovers.p95} ms, at most ${hovers.max} ms` : ''));
      }
    }
  }

  private async findSources(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const max = settings.maxFiles();
    const byKey = new Map<string, vscode.Uri>();
    for (const glob of settings.includeGlobs()) {
      if (token.isCancellationRequested) break;
      let uris: vscode.Uri[] = [];
      try {
        uris = await vscode.workspace.findFiles(glob, settings.DEFAULT_EXCLUDE, max + 1, token);
      } catch (err) {
        this.output.appendLine(`Byline: cannot search for ${JSON.stringify(glob)}: ${errorMessage(err)}`);
      }
      for (const uri of uris) byKey.set(keyOf(uri), uri);
    }
    const all = [...byKey.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    if (all.length > max) {
      this.output.appendLine(`Byline: ${all.length}+ source files found; indexing the first ${max} (setting byline.maxFiles)`);
      this.capped = { found: all.length, max };
      this.progressEmitter.fire();
      void this.offerToRaiseCap(all.length, max);
      return all.slice(0, max);
    }
    this.capped = undefined;
    return all;
  }

  private capOffered = false;

  /** Says where the user looks that files were left out, with a button to raise the cap (once a session). */
  private async offerToRaiseCap(found: number, max: number): Promise<void> {
    if (this.capOffered) return;
    this.capOffered = true;
    const raise = 'Raise the limit';
    const pick = await vscode.window.showWarningMessage(
      `Byline analyses the first ${max.toLocaleString('en')} source files of this workspace; at least ${found.toLocaleString('en')} match byline.include. The others are not analysed.`,
      raise,
      'Open Settings',
    );
    if (pick === raise) {
      const next = Math.max(max * 2, Math.ceil(found / 1000) * 1000 + 1000);
      await vscode.workspace.getConfiguration('byline').update('maxFiles', next, vscode.ConfigurationTarget.Workspace);
    } else if (pick === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'byline.maxFiles');
    }
  }

  // ---------------------------------------------------------------- editors

  private onOpen(doc: vscode.TextDocument): void {
    if (this.disposed || !this.isTracked(doc)) return;
    this.openDocs.set(keyOf(doc.uri), doc);
    this.analyseDocument(doc);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (this.disposed || e.contentChanges.length === 0 || !this.isTracked(doc)) return;
    this.userActed();
    const key = keyOf(doc.uri);
    this.openDocs.set(key, doc);
    this.schedule(this.editTimers, key, () => this.analyseDocument(doc));
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = keyOf(doc.uri);
    if (this.openDocs.get(key) !== doc) return;
    this.openDocs.delete(key);
    this.offThread.delete(key);
    this.cancelTimer(this.editTimers, key);
    // Unsaved edits are gone: fall back to the file on disk, or forget the document.
    if (this.diskKeys.has(key) && doc.uri.scheme === 'file') void this.readFromDisk(doc.uri);
    else this.remove(key);
  }

  /**
   * Analyses an open document's current text unless that text was already analysed: here, at once. A document
   * opened as it is on disk, before this thread has analysed anything, is analysed on an analysis thread instead,
   * as the files on disk are (this thread's first analysis loads the lexicons: 120-150 ms that would hold the
   * extension host, at startup while the folder is being indexed), the result stored when it comes back if the
   * document is still at that version; the first edit is analysed here, and so is a document whose analysis is
   * asked for at once (`here`: analysisFor) before the thread's came back.
   */
  private analyseDocument(doc: vscode.TextDocument, force = false, here = false): void {
    const key = keyOf(doc.uri);
    this.cancelTimer(this.editTimers, key);
    if (doc.isClosed) return;
    const entry = this.entries.get(key);
    if (!force && entry?.fromEditor && entry.docVersion === doc.version) return;
    if (!force && !here && this.offThread.get(key)?.version === doc.version) return;
    const text = doc.getText();
    if (!this.checkSize(key, text.length)) return;
    const format = doc.languageId === 'markdown' ? 'markdown' : undefined;
    // (the same text as the file read from disk needs no analysis at all: see apply)
    const known = entry !== undefined && entry.text === text && this.index.has(key);
    if (this.analyzer && !here && !this.hostWarm && !doc.isDirty && !known && !isGeneratedByByline(text)) {
      this.analyseOffThread(doc, key, text, format, force);
      return;
    }
    this.offThread.delete(key);
    this.apply(key, text, { fromEditor: true, docVersion: doc.version, format }, force);
  }

  /** Whether this thread has analysed a text (its core's lexicons are loaded). */
  private hostWarm = false;
  /** Open documents being analysed on a thread: the document version each analysis is of, and its end. */
  private readonly offThread = new Map<string, { version: number; done: Promise<void> }>();

  /**
   * Resolves when the analysis of the document's current version, being made on a thread, is stored (for a hover
   * asked before it came back, which the editor would not ask again); undefined when there is none in flight.
   */
  analysisInFlight(doc: vscode.TextDocument): Promise<void> | undefined {
    const got = this.offThread.get(keyOf(doc.uri));
    return got && got.version === doc.version ? got.done : undefined;
  }

  private analyseOffThread(doc: vscode.TextDocument, key: string, text: string, format: 'markdown' | undefined, force: boolean): void {
    const entry = { version: doc.version, done: Promise.resolve() };
    this.offThread.set(key, entry);
    entry.done = this.storeOffThread(doc, key, text, format, force, entry);
  }

  private async storeOffThread(doc: vscode.TextDocument, key: string, text: string, format: 'markdown' | undefined, force: boolean, entry: { version: number }): Promise<void> {
    const version = entry.version;
    let analysis: DocumentAnalysis | undefined;
    try {
      analysis = await this.analyzer!(text, format ?? formatForPath(key));
    } catch (err) {
      // analysed here below
      this.output.appendLine(`Byline: background analysis of ${this.relativePath(key)} failed (${errorMessage(err)}); analysing it here`);
    }
    // a newer edit, a close or another analysis since: that one counts
    if (this.offThread.get(key) !== entry) return;
    this.offThread.delete(key);
    if (this.disposed || doc.isClosed || doc.version !== version || this.openDocs.get(key) !== doc) return;
    this.apply(key, text, { fromEditor: true, docVersion: version, format, analysis }, force);
    // what the editor shows is told soon, not at the next catch-up of the views while indexing
    this.flushSoon();
  }

  // ---------------------------------------------------------------- disk

  private createWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (this.disposed) return;
    for (const glob of settings.includeGlobs()) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => this.onDiskChange(uri)),
        watcher.onDidChange((uri) => this.onDiskChange(uri)),
        watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      );
    }
    // A folder that is deleted, moved or renamed may be reported once, as the folder: watch anything.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.watchers.push(
      folders,
      folders.onDidCreate((uri) => this.onAnyCreate(uri)),
      folders.onDidDelete((uri) => this.onAnyDelete(uri)),
    );
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (this.disposed || EXCLUDED_PATH.test(uri.path)) return;
    const key = keyOf(uri);
    this.diskKeys.add(key);
    if (this.openDocs.has(key)) return; // the editor's text wins; VS Code reloads it if it is not dirty
    this.schedule(this.diskTimers, key, () => void this.readFromDisk(uri));
  }

  /** A source file was deleted (a rename is a delete plus a create). */
  private onDiskDelete(uri: vscode.Uri): void {
    if (this.disposed) return;
    this.forgetDiskFile(keyOf(uri));
  }

  /** Something was deleted: if it was a folder, forget the sources under it (batched: deletions come in storms). */
  private onAnyDelete(uri: vscode.Uri): void {
    if (this.disposed || EXCLUDED_PATH.test(uri.path)) return;
    this.deletedPaths.add(keyOf(uri).replace(/\/+$/, ''));
    this.deleteTimer ??= setTimeout(() => {
      this.deleteTimer = undefined;
      const deleted = new Set(this.deletedPaths);
      this.deletedPaths.clear();
      if (this.disposed) return;
      for (const key of [...new Set([...this.entries.keys(), ...this.diskKeys])]) {
        for (let p = key, i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/')) {
          p = p.slice(0, i);
          if (deleted.has(p)) {
            this.forgetDiskFile(key);
            break;
          }
        }
      }
    }, 100);
  }

  /** Something was created: if it is a folder (moved or copied in), index the sources inside it. Batched. */
  private onAnyCreate(uri: vscode.Uri): void {
    if (this.disposed || EXCLUDED_PATH.test(uri.path) || TRACKED_EXTENSION.test(uri.path)) return;
    this.createdPaths.set(keyOf(uri), uri);
    this.createTimer ??= setTimeout(() => {
      this.createTimer = undefined;
      const created = [...this.createdPaths.values()];
      this.createdPaths.clear();
      void this.scanCreatedFolders(created);
    }, 200);
  }

  private async scanCreatedFolders(created: vscode.Uri[]): Promise<void> {
    for (const uri of created) {
      if (this.disposed) return;
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (!(stat.type & vscode.FileType.Directory)) continue;
        const prefix = keyOf(uri).replace(/\/+$/, '') + '/';
        for (const glob of settings.includeGlobs()) {
          // `**/…` globs can be searched under the folder alone; anchored ones need the whole workspace.
          const pattern = glob.startsWith('**/') ? new vscode.RelativePattern(uri, glob) : glob;
          const found = await vscode.workspace.findFiles(pattern, settings.DEFAULT_EXCLUDE, settings.maxFiles());
          for (const f of found) if (keyOf(f).startsWith(prefix)) this.onDiskChange(f);
        }
      } catch {
        // Gone again, or unreadable: nothing to index.
      }
    }
  }

  private forgetDiskFile(key: string): void {
    this.diskKeys.delete(key);
    this.cancelTimer(this.diskTimers, key);
    if (!this.openDocs.has(key)) this.remove(key); // an open editor keeps its text until it is closed
  }

  /** Reads a file and analyses it, unless it is open in an editor (then the editor's text is used). */
  private async readFromDisk(uri: vscode.Uri, force = false, token?: vscode.CancellationToken): Promise<void> {
    const key = keyOf(uri);
    this.cancelTimer(this.diskTimers, key);
    const ticket = ++this.ticket;
    this.readTickets.set(key, ticket);
    const stale = () => this.disposed || token?.isCancellationRequested || this.readTickets.get(key) !== ticket;
    let text: string;
    try {
      const tr = performance.now();
      const read = await this.readBytes(uri);
      if (stale()) return;
      if (read.kind === 'directory') {
        this.readTickets.delete(key);
        return;
      }
      if (read.kind === 'missing') throw vscode.FileSystemError.FileNotFound(uri);
      if (read.kind === 'tooLarge') {
        this.checkSize(key, read.size, this.maxBytes);
        this.readTickets.delete(key);
        if (!this.openDocs.has(key)) this.remove(key);
        return;
      }
      // the core's decoding: a BOM dropped, binary files refused with a reason, bad UTF-8 replaced with a warning
      const decoded = decodeDocument(read.bytes);
      this.hostTimes.read += performance.now() - tr;
      if ('error' in decoded) {
        this.readTickets.delete(key);
        this.output.appendLine(`Byline: ${this.relativePath(key)}: ${decoded.error}`);
        if (!this.openDocs.has(key)) this.remove(key);
        return;
      }
      if (decoded.warning) this.output.appendLine(`Byline: ${this.relativePath(key)}: ${decoded.warning}`);
      text = decoded.text;
    } catch (err) {
      if (stale()) return;
      this.readTickets.delete(key);
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') {
        this.diskKeys.delete(key);
      } else {
        this.output.appendLine(`Byline: cannot read ${this.relativePath(key)}: ${errorMessage(err)}`);
      }
      if (!this.openDocs.has(key)) this.remove(key);
      return;
    }
    if (this.openDocs.has(key)) {
      this.readTickets.delete(key);
      return;
    }
    if (!this.checkSize(key, text.length)) {
      this.readTickets.delete(key);
      return;
    }
    // off this thread: the analysis of a text that changed comes from the cache or a worker
    let analysis: DocumentAnalysis | undefined;
    const prev = this.entries.get(key);
    if (this.analyzer && !isGeneratedByByline(text) && (force || !prev || prev.text !== text || !this.index.has(key))) {
      try {
        analysis = await this.analyzer(text, formatForPath(key));
      } catch (err) {
        // (not said when the read is stale: the extension is closing, which stops the threads too)
        if (!stale()) this.output.appendLine(`Byline: background analysis of ${this.relativePath(key)} failed (${errorMessage(err)}); analysing it here`);
      }
      if (stale()) return;
    }
    // stored in a slice of stores with the other analyses that came back meanwhile: a hover or a keystroke that
    // arrives while many are waiting is answered between two slices, not after all of them
    await this.queueStore(() => {
      if (stale()) return;
      this.readTickets.delete(key);
      if (this.openDocs.has(key)) return;
      this.apply(key, text, { fromEditor: false, analysis }, force);
    });
  }

  /** Stores of files' analyses waiting for their slice (see drainStores). */
  private readonly storeQueue: (() => void)[] = [];
  private storeHead = 0;
  private draining = false;

  /** Runs `store` in the next slice of stores; resolves when it has run. */
  private queueStore(store: () => void): Promise<void> {
    return new Promise<void>((resolve) => {
      this.storeQueue.push(() => {
        try {
          store();
        } catch (err) {
          this.output.appendLine(`Byline: storing an analysis failed: ${errorMessage(err)}`);
        } finally {
          resolve();
        }
      });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => this.drainStores());
      }
    });
  }

  /**
   * Stores the waiting analyses for at most SLICE_MS, then lets the event loop turn (the editor's requests, a
   * hover, are read then) before the next slice. Analyses come back from the analysis process in bursts, each
   * message handled at once; stored as they came, a burst held this thread for all of them.
   */
  private drainStores(): void {
    const until = performance.now() + SLICE_MS;
    do this.storeQueue[this.storeHead++]();
    while (this.storeHead < this.storeQueue.length && performance.now() < until);
    if (this.storeHead >= this.storeQueue.length) {
      this.storeQueue.length = 0;
      this.storeHead = 0;
      this.draining = false;
    } else void this.pauseAfterSlice().then(() => this.drainStores());
  }

  /** A file's bytes: local files through node's fs (fast), others through the editor's file-system API. */
  private async readBytes(uri: vscode.Uri): Promise<SourceFileRead> {
    if (uri.scheme === 'file') return readSourceFile(uri.fsPath, this.maxBytes);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'directory' };
    if (stat.size > this.maxBytes) return { kind: 'tooLarge', size: stat.size };
    return { kind: 'bytes', bytes: await vscode.workspace.fs.readFile(uri) };
  }

  // ---------------------------------------------------------------- index updates

  private apply(key: string, text: string, source: { fromEditor: boolean; docVersion?: number; format?: 'markdown' | 'plaintext'; analysis?: DocumentAnalysis }, force: boolean): void {
    if (isGeneratedByByline(text)) {
      // a quote sheet Byline exported: its claims are the sources' claims again, not a source of its own
      if (this.entries.has(key) || this.index.has(key)) this.remove(key);
      return;
    }
    const prev = this.entries.get(key);
    if (!force && prev && prev.text === text && this.index.has(key)) {
      // Same text as already analysed (e.g. a file opened in an editor): nothing to redo.
      prev.fromEditor = source.fromEditor;
      prev.docVersion = source.docVersion;
      return;
    }
    const ts = performance.now();
    const revision = (prev?.revision ?? 0) + 1;
    const entry: Entry = { text, revision, fromEditor: source.fromEditor, docVersion: source.docVersion };
    this.entries.set(key, entry);
    if (this.largeIndex()) this.index.holdLinks(true);
    try {
      if (source.analysis) entry.resolved = this.index.setAnalysis(key, text, source.analysis, revision, source.format ?? formatForPath(key));
      else {
        this.hostWarm = true;
        entry.resolved = this.index.set(key, text, revision, source.format);
      }
    } catch (err) {
      this.output.appendLine(`Byline: analysis of ${this.relativePath(key)} failed: ${errorMessage(err)}`);
    }
    this.markChanged(key);
    this.relinkLater();
    const ms = performance.now() - ts;
    this.hostTimes.store += ms;
    this.hold('store', ms);
  }

  private remove(key: string): void {
    this.cancelTimer(this.editTimers, key);
    this.cancelTimer(this.diskTimers, key);
    if (this.readTickets.has(key)) this.readTickets.set(key, ++this.ticket); // drop reads in flight
    const known = this.entries.delete(key);
    this.tooLarge.delete(key);
    let indexed = false;
    try {
      indexed = this.index.has(key);
      if (indexed && this.largeIndex()) this.index.holdLinks(true);
      if (indexed) this.index.delete(key);
    } catch (err) {
      this.output.appendLine(`Byline: cannot remove ${this.relativePath(key)}: ${errorMessage(err)}`);
    }
    if (known || indexed) this.markChanged(key);
    this.relinkLater();
  }

  private checkSize(key: string, size: number, limit = this.maxChars): boolean {
    if (size <= limit) {
      this.tooLarge.delete(key);
      return true;
    }
    if (!this.tooLarge.has(key)) {
      this.tooLarge.add(key);
      this.output.appendLine(`Byline: skipping ${this.relativePath(key)}: too large to analyse`);
    }
    return false;
  }

  // ---------------------------------------------------------------- events and timers

  private markChanged(key: string): void {
    this.pendingKeys.add(key);
    if (this.fireTimer !== undefined) return;
    // Coalesce: a burst of changes (indexing, a watcher storm) becomes one event.
    // while indexing, views and checks catch up every two seconds (each catch-up links the whole index)
    this.fireTimer = setTimeout(() => this.flushChanges(false), this.bulk > 0 ? 2000 : 15);
  }

  /** Fires the pending changes within 15 ms, even while indexing (whose catch-ups come every two seconds). */
  private flushSoon(): void {
    if (this.fireTimer !== undefined) clearTimeout(this.fireTimer);
    this.fireTimer = setTimeout(() => this.flushChanges(false), 15);
  }

  private flushChanges(always: boolean): void {
    if (this.fireTimer !== undefined) clearTimeout(this.fireTimer);
    this.fireTimer = undefined;
    if (this.disposed || (!always && this.pendingKeys.size === 0)) return;
    const keys = [...this.pendingKeys];
    this.pendingKeys.clear();
    const t0 = performance.now();
    this.emitter.fire({ keys });
    const ms = performance.now() - t0;
    this.hostTimes.views += ms;
    this.hold('views', ms);
    // the views run on this event: a slow one is said where it can be found
    if (ms > 100) this.output.appendLine(`Byline: the views took ${Math.round(ms)} ms to catch up with ${keys.length} changed document(s)`);
  }

  private schedule(timers: Map<string, ReturnType<typeof setTimeout>>, key: string, run: () => void): void {
    this.cancelTimer(timers, key);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!this.disposed) run();
      }, this.debounceMs),
    );
  }

  private cancelTimer(timers: Map<string, ReturnType<typeof setTimeout>>, key: string): void {
    const t = timers.get(key);
    if (t !== undefined) {
      clearTimeout(t);
      timers.delete(key);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.indexing?.cancel();
    for (const t of this.editTimers.values()) clearTimeout(t);
    for (const t of this.diskTimers.values()) clearTimeout(t);
    this.editTimers.clear();
    this.diskTimers.clear();
    if (this.fireTimer !== undefined) clearTimeout(this.fireTimer);
    if (this.deleteTimer !== undefined) clearTimeout(this.deleteTimer);
    if (this.createTimer !== undefined) clearTimeout(this.createTimer);
    this.stopLagMonitor();
    for (const d of this.watchers) d.dispose();
    for (const d of this.subscriptions) d.dispose();
    this.emitter.dispose();
    this.progressEmitter.dispose();
  }
}
