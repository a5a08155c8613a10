// Review decisions on Byline's diagnostics: the "Mark as reviewed" / "Not a conflict" quick fixes, and the
// store that keeps them in `.byline/reviews.jsonl` of each workspace folder (shared through git, honoured by
// the command line). Writes are atomic (a temporary file renamed over the old one) and never replace a file
// that does not parse: that file is reported, in the Problems panel at its bad line and in a message.
import * as vscode from 'vscode';
import type { Conflict } from '../core';
import { REVIEWS_FILE, parseReviews, serializeReviews, type ReviewDecision, type ReviewRecord } from '../core/review';
import { DIAGNOSTIC_SOURCE } from './ids';

/** Command ids of the quick fixes (run from code actions only, so not in the command palette). */
export const ReviewCommands = {
  markReviewed: 'byline.markConflictReviewed',
  dismiss: 'byline.dismissConflict',
  reopen: 'byline.reopenConflict',
} as const;

/** What a quick fix needs to record a decision: the finding's fingerprint and the words for the file. */
export interface ReviewTarget {
  fingerprint: string;
  /** Workspace folder whose reviews file records the decision. */
  folder: string;
  kind: string;
  texts: string[];
  message: string;
}

interface FolderState {
  folder: vscode.WorkspaceFolder;
  records: Map<string, ReviewRecord>;
  /** Set when the file does not parse: its problems, and then its records are not used. */
  errors: { line: number; message: string }[];
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function reviewsUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...REVIEWS_FILE.split('/'));
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    if ((e as { code?: string }).code === 'FileNotFound' || (e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** The review decisions of every workspace folder, kept in step with the files on disk. */
export class ReviewStore implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the decisions changed (a file was written, edited, pulled or deleted). */
  readonly onDidChange = this.emitter.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('byline-reviews');
  private readonly subscriptions: vscode.Disposable[] = [this.emitter, this.problems];
  private watchers: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();
  private loading: Promise<void> = Promise.resolve();

  constructor() {
    this.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadAll()));
    this.reloadAll();
  }

  /** Resolves once the files known at the last (re)load have been read. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** The decision on a finding, from the reviews file of any folder that parses. */
  decision(fingerprint: string): ReviewDecision | undefined {
    for (const s of this.states.values()) {
      if (s.errors.length > 0) continue;
      const d = s.records.get(fingerprint)?.decision;
      if (d) return d;
    }
    return undefined;
  }

  /** The folder whose file records decisions on a finding located in `uri` (the first folder otherwise). */
  folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  }

  private reloadAll(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.states.clear();
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, REVIEWS_FILE));
      const reload = (): void => { void this.load(folder); };
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.loading = Promise.all(folders.map((f) => this.load(f, false))).then(() => this.emitter.fire());
  }

  private async load(folder: vscode.WorkspaceFolder, fire = true): Promise<void> {
    const uri = reviewsUri(folder);
    let text: string | undefined;
    try {
      text = await readText(uri);
    } catch (e) {
      this.setState(folder, new Map(), [{ line: 1, message: `cannot be read (${(e as Error).message})` }]);
      if (fire) this.emitter.fire();
      return;
    }
    const parsed = text === undefined ? { records: new Map<string, ReviewRecord>(), errors: [] } : parseReviews(text);
    this.setState(folder, parsed.records, parsed.errors);
    if (fire) this.emitter.fire();
  }

  private setState(folder: vscode.WorkspaceFolder, records: Map<string, ReviewRecord>, errors: FolderState['errors']): void {
    this.states.set(folder.uri.toString(), { folder, records, errors });
    const uri = reviewsUri(folder);
    if (errors.length === 0) {
      this.problems.delete(uri);
      this.reported.delete(uri.toString());
      return;
    }
    this.problems.set(uri, errors.map((e) => {
      const d = new vscode.Diagnostic(new vscode.Range(e.line - 1, 0, e.line - 1, 1000), `${e.message}: Byline ignores the review decisions in this file, and will not change it, until it is fixed`, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      return d;
    }));
    // one message per broken state of a file, not one per reload
    const key = uri.toString();
    if (!this.reported.has(key)) {
      this.reported.add(key);
      void vscode.window.showWarningMessage(`Byline: ${vscode.workspace.asRelativePath(uri)} line ${errors[0].line}: ${errors[0].message}. Review decisions in it are ignored until it is fixed.`);
    }
  }

  /**
   * Records (or, with null, forgets) a decision: reads the file afresh, refuses if it does not parse, and
   * replaces it atomically. Returns false (after telling the user) when it could not.
   */
  async decide(target: ReviewTarget, decision: ReviewDecision | null): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === target.folder);
    if (!folder) {
      void vscode.window.showWarningMessage('Byline: review decisions are kept in a workspace folder; open the folder that holds these documents.');
      return false;
    }
    const uri = reviewsUri(folder);
    let text: string | undefined;
    try {
      text = await readText(uri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Byline: cannot read ${vscode.workspace.asRelativePath(uri)}: ${(e as Error).message}`);
      return false;
    }
    const parsed = text === undefined ? { records: new Map<string, ReviewRecord>(), errors: [] } : parseReviews(text);
    if (parsed.errors.length > 0) {
      this.setState(folder, parsed.records, parsed.errors);
      void vscode.window.showErrorMessage(`Byline: ${vscode.workspace.asRelativePath(uri)} line ${parsed.errors[0].line}: ${parsed.errors[0].message}. Fix the file first; Byline does not overwrite it.`);
      this.emitter.fire();
      return false;
    }
    if (decision === null) parsed.records.delete(target.fingerprint);
    else {
      const prev = parsed.records.get(target.fingerprint);
      parsed.records.set(target.fingerprint, { ...prev, fingerprint: target.fingerprint, decision, kind: target.kind, texts: target.texts, message: target.message });
    }
    const out = serializeReviews(parsed.records.values());
    const dir = vscode.Uri.joinPath(uri, '..');
    const tmp = vscode.Uri.joinPath(dir, `.reviews.jsonl.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(tmp, encoder.encode(out));
      await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    } catch (e) {
      try {
        await vscode.workspace.fs.delete(tmp);
      } catch {
        // nothing was written
      }
      void vscode.window.showErrorMessage(`Byline: cannot write ${vscode.workspace.asRelativePath(uri)}: ${(e as Error).message}`);
      return false;
    }
    this.setState(folder, parsed.records, []);
    this.emitter.fire();
    return true;
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

/** A Byline diagnostic's finding, as the diagnostics know it. */
export interface DiagnosedConflict {
  conflict: Conflict;
  target: ReviewTarget;
  decision: ReviewDecision | undefined;
}

/** Finds the finding behind a diagnostic of a document (the diagnostics provider implements it). */
export interface ConflictLookup {
  conflictFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): DiagnosedConflict | undefined;
}

/** Quick fixes on Byline's diagnostics: mark the finding as reviewed, say it is not a conflict, or reopen it. */
export class ConflictActionProvider implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly lookup: ConflictLookup, private readonly store: ReviewStore) {
    const run = (decision: ReviewDecision | null) => async (target: ReviewTarget | undefined): Promise<boolean> => {
      if (!target || typeof target.fingerprint !== 'string' || typeof target.folder !== 'string') return false;
      return this.store.decide(target, decision);
    };
    this.subscriptions = [
      vscode.languages.registerCodeActionsProvider(
        [{ language: 'plaintext' }, { language: 'markdown' }, { scheme: 'file', pattern: '**/*.{txt,md}' }],
        this,
        { providedCodeActionKinds: ConflictActionProvider.kinds },
      ),
      vscode.commands.registerCommand(ReviewCommands.markReviewed, run('reviewed')),
      vscode.commands.registerCommand(ReviewCommands.dismiss, run('dismissed')),
      vscode.commands.registerCommand(ReviewCommands.reopen, run(null)),
    ];
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) break;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const found = this.lookup.conflictFor(doc.uri, diagnostic);
      if (!found) continue;
      const action = (title: string, command: string): vscode.CodeAction => {
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diagnostic];
        a.command = { title, command, arguments: [found.target] };
        return a;
      };
      if (found.decision !== 'reviewed') out.push(action('Byline: Mark as reviewed', ReviewCommands.markReviewed));
      out.push(action('Byline: Not a conflict (hide it)', ReviewCommands.dismiss));
      if (found.decision === 'reviewed') out.push(action('Byline: Reopen (forget the review)', ReviewCommands.reopen));
    }
    return out;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
