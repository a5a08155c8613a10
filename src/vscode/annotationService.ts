// The journalist's annotations in the editor: one store per workspace folder (`.byline/annotations.jsonl`,
// read and written by src/node/annotationFile.ts: atomic writes, merged with what another window wrote,
// never over a line it cannot read), handed to the analysis index, where they win over the automatic
// analysis. Changes on disk (a `git pull`, another window) are picked up by a file watcher. Every change made
// here can be undone ("Byline: Undo Last Annotation"). An older `.byline/reviews.jsonl` (decisions on
// findings) is migrated into the annotations once and kept as `reviews.jsonl.migrated`.
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Annotation, AnnotationTarget, TextualBody } from '../core/annotations';
import { ANNOTATIONS_FILE, WORKSPACE_SOURCE, makeTarget, newAnnotation, withBodies } from '../core/annotations';
import type { Orphan } from '../core/applyAnnotations';
import type { IndexedAnnotation } from '../core/workspace';
import { AnnotationFileStore, migrateReviews } from '../node/annotationFile';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { DIAGNOSTIC_SOURCE } from './ids';
import * as settings from './settings';

interface FolderStore {
  folder: vscode.WorkspaceFolder;
  store: AnnotationFileStore;
}

/** One step of the undo history: how to put the annotations of one folder back as they were. */
interface UndoStep {
  label: string;
  folder: string;
  put: Annotation[];
  remove: string[];
}

/** Where a document's annotations go: its folder's store and its path relative to the folder. */
export interface AnnotationHome {
  folder: vscode.WorkspaceFolder;
  source: string;
}

const MAX_UNDO = 100;

export class AnnotationService implements vscode.Disposable {
  private readonly stores = new Map<string, FolderStore>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the annotations changed (loaded, saved, undone, changed on disk). */
  readonly onDidChange = this.emitter.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('byline-annotations');
  private readonly subscriptions: vscode.Disposable[] = [this.emitter, this.problems];
  private watchers: vscode.Disposable[] = [];
  private readonly undoStack: UndoStep[] = [];
  private readonly reported = new Set<string>();
  private loading: Promise<void> = Promise.resolve();
  private byIdCache: Map<string, { ann: Annotation; folder: vscode.WorkspaceFolder }> | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly output: vscode.OutputChannel,
  ) {
    this.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadAll()));
    this.reloadAll();
  }

  /** Resolves once every folder's file has been read (and migrated). */
  get ready(): Promise<void> {
    return this.loading;
  }

  // ---------------------------------------------------------------- look-ups

  /** Every annotation of the workspace, with its folder. */
  all(): { ann: Annotation; folder: vscode.WorkspaceFolder }[] {
    return [...this.byId().values()];
  }

  get(id: string): { ann: Annotation; folder: vscode.WorkspaceFolder } | undefined {
    return this.byId().get(id);
  }

  private byId(): Map<string, { ann: Annotation; folder: vscode.WorkspaceFolder }> {
    if (this.byIdCache) return this.byIdCache;
    const m = new Map<string, { ann: Annotation; folder: vscode.WorkspaceFolder }>();
    for (const { folder, store } of this.stores.values()) for (const ann of store.annotations()) m.set(ann.id, { ann, folder });
    this.byIdCache = m;
    return m;
  }

  /** The folder and relative path a document's annotations use; undefined outside every workspace folder. */
  homeOf(key: string): AnnotationHome | undefined {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(key, true);
    } catch {
      return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !this.stores.has(folder.uri.toString())) return undefined;
    const base = folder.uri.path.replace(/\/+$/, '');
    if (!uri.path.startsWith(base + '/')) return undefined;
    return { folder, source: uri.path.slice(base.length + 1) };
  }

  /** Index key of an annotation's document, or undefined for a workspace-wide one. */
  keyOfSource(folder: vscode.WorkspaceFolder, source: string): string | undefined {
    if (source === WORKSPACE_SOURCE || /^[a-z][a-z0-9+.-]*:/i.test(source)) return undefined;
    const parts = source.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..')) return undefined;
    return keyOf(vscode.Uri.joinPath(folder.uri, ...parts));
  }

  /** Annotations whose text is gone, with the whole annotation (for the Orphans view). */
  orphans(): { orphan: Orphan; ann: Annotation; folder: vscode.WorkspaceFolder }[] {
    const out: { orphan: Orphan; ann: Annotation; folder: vscode.WorkspaceFolder }[] = [];
    for (const orphan of this.service.index.orphans()) {
      const found = this.get(orphan.id);
      if (found) out.push({ orphan, ...found });
    }
    return out;
  }

  /** The lines of an annotations file that cannot be read, by folder (nothing is written there until fixed). */
  problemsOf(folder: vscode.WorkspaceFolder): readonly { line: number; message: string }[] {
    return this.stores.get(folder.uri.toString())?.store.errors ?? [];
  }

  /** Who decides: the setting byline.annotations.author, else the account name. */
  author(): string {
    const set = settings.annotationAuthor();
    if (set) return set;
    try {
      return os.userInfo().username;
    } catch {
      return 'journalist';
    }
  }

  // ---------------------------------------------------------------- changes

  /** A new annotation on [start, end) of a document's text (UTF-16 offsets). */
  create(home: AnnotationHome, text: string, start: number, end: number, motivation: string, body: TextualBody[]): Annotation {
    return newAnnotation({ motivation, target: makeTarget(home.source, text, start, end), body, creator: this.author() });
  }

  /** A new annotation on every occurrence of `exact` as a name in the workspace. */
  createWorkspaceWide(exact: string, motivation: string, body: TextualBody[]): Annotation {
    const target: AnnotationTarget = { source: WORKSPACE_SOURCE, selector: [{ type: 'TextQuoteSelector', exact }] };
    return newAnnotation({ motivation, target, body, creator: this.author() });
  }

  /** The same annotation with new bodies, modified now by this author. */
  revise(ann: Annotation, body: TextualBody[]): Annotation {
    const next = withBodies(ann, body);
    next.creator = { type: 'Person', name: this.author() };
    return next;
  }

  /**
   * Saves a change to one folder's annotations and records how to undo it. Tells the user and resolves to
   * false when it could not be saved (the file keeps what it had).
   */
  async save(folder: vscode.WorkspaceFolder, change: { put?: Annotation[]; remove?: string[] }, label: string, undoable = true): Promise<boolean> {
    const fs = this.stores.get(folder.uri.toString());
    if (!fs) {
      void vscode.window.showWarningMessage('Byline: annotations are kept in a workspace folder on disk; open the folder that holds this document.');
      return false;
    }
    const before = new Map(fs.store.annotations().map((a) => [a.id, a]));
    const step: UndoStep = { label, folder: folder.uri.toString(), put: [], remove: [] };
    for (const a of change.put ?? []) {
      const old = before.get(a.id);
      if (old) step.put.push(old);
      else step.remove.push(a.id);
    }
    for (const id of change.remove ?? []) {
      const old = before.get(id);
      if (old) step.put.push(old);
    }
    try {
      await fs.store.apply(change);
    } catch (e) {
      const msg = (e as Error).message;
      this.output.appendLine(`Byline: ${msg}`);
      void vscode.window.showErrorMessage(`Byline: ${label} was not saved. ${msg}`);
      this.refreshProblems(fs);
      return false;
    }
    if (undoable) {
      this.undoStack.push(step);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
      void vscode.commands.executeCommand('setContext', 'byline.canUndoAnnotation', true);
    }
    return true;
  }

  /** Undoes the last change made in this window. Resolves to its label, or undefined when there is none. */
  async undo(): Promise<string | undefined> {
    const step = this.undoStack.pop();
    void vscode.commands.executeCommand('setContext', 'byline.canUndoAnnotation', this.undoStack.length > 0);
    if (!step) return undefined;
    const fs = this.stores.get(step.folder);
    if (!fs) return undefined;
    // the versions put back are modified now, so that they win over the undone ones in a merge
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const put = step.put.map((a) => ({ ...a, modified: now }));
    const ok = await this.save(fs.folder, { put, remove: step.remove }, `undo of ${step.label}`, false);
    return ok ? step.label : undefined;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  // ---------------------------------------------------------------- loading and watching

  private reloadAll(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.stores.clear();
    this.byIdCache = undefined;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    for (const folder of folders) {
      const store = new AnnotationFileStore(folder.uri.fsPath);
      const fs: FolderStore = { folder, store };
      this.stores.set(folder.uri.toString(), fs);
      store.onDidChange(() => this.changed(fs));
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ANNOTATIONS_FILE));
      const reload = (): void => void store.reloadIfChanged().catch((e: unknown) => this.output.appendLine(`Byline: cannot read ${store.file}: ${(e as Error).message}`));
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.loading = Promise.all([...this.stores.values()].map((fs) => this.load(fs))).then(() => this.push());
  }

  private async load(fs: FolderStore): Promise<void> {
    try {
      await fs.store.load();
    } catch (e) {
      this.output.appendLine(`Byline: cannot read ${fs.store.file}: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Byline: cannot read ${vscode.workspace.asRelativePath(fs.store.file)}: ${(e as Error).message}`);
      return;
    }
    try {
      const m = await migrateReviews(fs.folder.uri.fsPath, fs.store);
      if (m.migrated > 0) this.output.appendLine(`Byline: ${m.migrated} review decision(s) moved from .byline/reviews.jsonl into ${ANNOTATIONS_FILE} (the old file is kept as reviews.jsonl.migrated)`);
      if (m.error) this.output.appendLine(`Byline: .byline/reviews.jsonl was not migrated: ${m.error}`);
    } catch (e) {
      this.output.appendLine(`Byline: .byline/reviews.jsonl was not migrated: ${(e as Error).message}`);
    }
  }

  private changed(fs: FolderStore): void {
    this.byIdCache = undefined;
    this.refreshProblems(fs);
    this.push();
  }

  /** Hands every folder's annotations to the index and tells the views. */
  private push(): void {
    this.byIdCache = undefined;
    const items: IndexedAnnotation[] = [];
    for (const { folder, store } of this.stores.values()) {
      for (const ann of store.annotations()) {
        const source = typeof ann.target?.source === 'string' ? ann.target.source : '';
        const key = this.keyOfSource(folder, source);
        items.push(key === undefined ? { ann } : { ann, key });
      }
    }
    this.service.index.setAnnotations(items);
    this.service.notifyAll();
    this.emitter.fire();
  }

  private refreshProblems(fs: FolderStore): void {
    const uri = vscode.Uri.file(fs.store.file);
    const errors = fs.store.errors;
    if (errors.length === 0) {
      this.problems.delete(uri);
      this.reported.delete(uri.toString());
      return;
    }
    this.problems.set(
      uri,
      errors.map((e) => {
        const d = new vscode.Diagnostic(new vscode.Range(e.line - 1, 0, e.line - 1, 10_000), `${e.message}: Byline keeps this line and will not change the file until it is fixed (the other annotations still apply)`, vscode.DiagnosticSeverity.Error);
        d.source = DIAGNOSTIC_SOURCE;
        return d;
      }),
    );
    const key = uri.toString();
    if (!this.reported.has(key)) {
      this.reported.add(key);
      void vscode.window.showWarningMessage(`Byline: ${vscode.workspace.asRelativePath(uri)} line ${errors[0].line}: ${errors[0].message}. New annotations cannot be saved until the file is fixed; nothing in it is lost.`);
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
