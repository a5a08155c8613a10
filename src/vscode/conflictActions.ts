// Review decisions on Byline's diagnostics: the "Mark as reviewed" / "Not a conflict" quick fixes, kept with the
// journalist's other annotations in `.byline/annotations.jsonl` of each workspace folder (shared through git,
// honoured by the command line; see annotationService.ts for how the file is written).
import * as vscode from 'vscode';
import type { Conflict } from '../core';
import type { ReviewDecision } from '../core/review';
import { body } from '../core/annotations';
import { conflictDecisions } from '../core/applyAnnotations';
import type { AnnotationService } from './annotationService';
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

/**
 * Decisions on findings, kept as `assessing` annotations in each folder's `.byline/annotations.jsonl` (an older
 * `.byline/reviews.jsonl` is migrated there by the AnnotationService): a body `assessing` = `reviewed` or
 * `not-a-conflict` and a body `tagging` = `byline:conflict:<fingerprint>`.
 */
export class ReviewStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the decisions may have changed. */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [this.emitter];

  constructor(private readonly annotations: AnnotationService) {
    this.subscriptions.push(annotations.onDidChange(() => this.emitter.fire()));
  }

  get ready(): Promise<void> {
    return this.annotations.ready;
  }

  /** The decision on a finding (the latest annotation about it wins). */
  decision(fingerprint: string): ReviewDecision | undefined {
    return conflictDecisions(this.annotations.all().map((a) => a.ann)).get(fingerprint)?.decision;
  }

  /** The folder whose file records decisions on a finding located in `uri` (the first folder otherwise). */
  folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** Records (or, with null, forgets) a decision. Returns false (after telling the user) when it could not. */
  async decide(target: ReviewTarget, decision: ReviewDecision | null): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === target.folder);
    if (!folder) {
      void vscode.window.showWarningMessage('Byline: review decisions are kept in a workspace folder; open the folder that holds these documents.');
      return false;
    }
    const tag = `byline:conflict:${target.fingerprint}`;
    const existing = this.annotations.all().filter((a) => a.folder.uri.toString() === folder.uri.toString() && a.ann.body.some((b) => b.purpose === 'tagging' && b.value === tag));
    if (decision === null) return this.annotations.save(folder, { remove: existing.map((e) => e.ann.id) }, 'reopening a finding');
    const bodies = [body('assessing', decision === 'dismissed' ? 'not-a-conflict' : 'reviewed'), body('tagging', tag)];
    const ann = existing.length ? this.annotations.revise(existing[0].ann, bodies) : this.annotations.createWorkspaceWide(target.texts[0] ?? '', 'assessing', bodies);
    ann['byline:conflict'] = { kind: target.kind, texts: target.texts, message: target.message };
    return this.annotations.save(folder, { put: [ann], remove: existing.slice(1).map((e) => e.ann.id) }, decision === 'dismissed' ? '"not a conflict"' : '"reviewed"');
  }

  dispose(): void {
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
