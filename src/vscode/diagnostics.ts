// Turns the index's cross-document conflicts (contradicting roles, quotes, figures) into diagnostics,
// one per location, each pointing at the other locations through relatedInformation. Conflicts are computed
// from the corrected analysis (speakers and names as the journalist set them). Review decisions
// (annotations, see conflictActions.ts) apply: dismissed findings are not shown, reviewed ones are
// shown as information with "(reviewed)".
import * as vscode from 'vscode';
import type { Conflict } from '../core';
import { fingerprint, fingerprintTexts } from '../core/review';
import type { AnalysisService } from './analysisService';
import type { AnnotationService } from './annotationService';
import { ConflictActionProvider, ReviewStore, type ConflictLookup, type DiagnosedConflict } from './conflictActions';
import { toRangeInText } from './convert';
import { DIAGNOSTIC_SOURCE, Settings } from './ids';
import * as settings from './settings';

const KIND_LABEL: Record<string, string> = { role: 'role', quote: 'quote', figure: 'figure' };

/**
 * Other locations a diagnostic points to, at most: a finding across hundreds of articles (a role named in
 * every one) would otherwise give each of its locations every other one (a quadratic number of links).
 */
const MAX_RELATED = 20;

function rangeKey(uri: vscode.Uri, range: vscode.Range): string {
  return `${uri.toString()}#${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export class ConflictDiagnostics implements vscode.Disposable, ConflictLookup {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly reviews: ReviewStore;
  /** The findings behind the diagnostics shown, by document and range (for the quick fixes). */
  private byRange = new Map<string, DiagnosedConflict[]>();

  constructor(private readonly service: AnalysisService, annotations: AnnotationService) {
    this.collection = vscode.languages.createDiagnosticCollection('byline');
    this.reviews = new ReviewStore(annotations);
    this.subscriptions.push(
      this.collection,
      this.reviews,
      new ConflictActionProvider(this, this.reviews),
      service.onDidChange(() => this.refresh()),
      this.reviews.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (settings.affects(e, Settings.diagnostics)) this.refresh();
      }),
    );
    this.refresh();
  }

  conflictFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): DiagnosedConflict | undefined {
    const list = this.byRange.get(rangeKey(uri, diagnostic.range));
    if (!list) return undefined;
    return list.find((d) => diagnostic.message.startsWith(d.conflict.message)) ?? (list.length === 1 ? list[0] : undefined);
  }

  /** Bumped at every refresh: a refresh in slices that is no longer the latest stops. */
  private refreshes = 0;

  refresh(): void {
    // conflicts() looks across the whole workspace: wait for the initial indexing to finish.
    if (this.service.isIndexing || this.service.isLinking) return;
    const ticket = ++this.refreshes;
    if (!settings.diagnosticsEnabled()) {
      this.collection.clear();
      this.byRange = new Map();
      return;
    }
    let conflicts: Conflict[];
    try {
      conflicts = this.service.index.conflicts();
    } catch {
      this.collection.clear();
      this.byRange = new Map();
      return;
    }
    // many findings (a large workspace) are turned into diagnostics a slice at a time: the extension host
    // never waits long on them; the diagnostics shown change at once, at the end
    const steps = this.build(conflicts);
    const run = (): void => {
      if (ticket !== this.refreshes || this.disposed) return;
      const until = performance.now() + 12;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          this.collection.clear();
          this.byRange = r.value.byRange;
          this.collection.set(r.value.entries);
          return;
        }
        if (performance.now() >= until) break;
      }
      setImmediate(run);
    };
    run();
  }

  private disposed = false;

  private *build(conflicts: Conflict[]): Generator<void, { entries: [vscode.Uri, vscode.Diagnostic[]][]; byRange: Map<string, DiagnosedConflict[]> }> {
    const byRange = new Map<string, DiagnosedConflict[]>();
    const textOf = (key: string): string | undefined => this.service.textOf(key);
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const conflict of conflicts) {
      yield;
      const located = conflict.locations.flatMap((loc) => {
        const lines = this.service.linesOf(loc.path);
        if (!lines) return [];
        try {
          const uri = this.service.uriOf(loc.path);
          return [{ loc, location: new vscode.Location(uri, toRangeInText(lines, loc)), related: undefined as vscode.DiagnosticRelatedInformation | undefined }];
        } catch {
          return [];
        }
      });
      if (located.length === 0) continue;
      const fp = fingerprint(conflict, textOf);
      const decision = this.reviews.decision(fp);
      if (decision === 'dismissed') continue;
      const folder = this.reviews.folderFor(located[0].location.uri);
      const diagnosed: DiagnosedConflict = {
        conflict,
        decision,
        target: { fingerprint: fp, folder: folder?.uri.toString() ?? '', kind: conflict.kind, texts: fingerprintTexts(conflict, textOf), message: conflict.message },
      };
      const reviewed = decision === 'reviewed';
      const label = KIND_LABEL[conflict.kind] ?? conflict.kind;
      const related = (x: (typeof located)[number]): vscode.DiagnosticRelatedInformation =>
        (x.related ??= new vscode.DiagnosticRelatedInformation(x.location, `Conflicting ${label} in ${this.service.relativePath(x.loc.path)}`));
      for (const here of located) {
        const diagnostic = new vscode.Diagnostic(
          here.location.range,
          reviewed ? `${conflict.message} (reviewed)` : conflict.message,
          reviewed ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = conflict.kind;
        const others: vscode.DiagnosticRelatedInformation[] = [];
        for (const other of located) {
          if (others.length >= MAX_RELATED) break;
          if (other !== here) others.push(related(other));
        }
        diagnostic.relatedInformation = others;
        const key = here.location.uri.toString();
        let entry = byUri.get(key);
        if (!entry) byUri.set(key, (entry = { uri: here.location.uri, diagnostics: [] }));
        entry.diagnostics.push(diagnostic);
        const rk = rangeKey(here.location.uri, here.location.range);
        let list = byRange.get(rk);
        if (!list) byRange.set(rk, (list = []));
        list.push(diagnosed);
      }
    }
    return { entries: [...byUri.values()].map(({ uri, diagnostics }): [vscode.Uri, vscode.Diagnostic[]] => [uri, diagnostics]), byRange };
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.subscriptions) d.dispose();
  }
}
