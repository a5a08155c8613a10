// Turns the index's cross-document conflicts (contradicting roles, quotes, figures) into diagnostics,
// one per location, each pointing at the other locations through relatedInformation.
import * as vscode from 'vscode';
import type { Conflict } from '../core';
import type { AnalysisService } from './analysisService';
import { toRangeInText } from './convert';
import { DIAGNOSTIC_SOURCE, Settings } from './ids';
import * as settings from './settings';

export class ConflictDiagnostics implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.collection = vscode.languages.createDiagnosticCollection('byline');
    this.subscriptions.push(
      this.collection,
      service.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (settings.affects(e, Settings.diagnostics)) this.refresh();
      }),
    );
    this.refresh();
  }

  refresh(): void {
    // conflicts() looks across the whole workspace: wait for the initial indexing to finish.
    if (this.service.isIndexing) return;
    this.collection.clear();
    if (!settings.diagnosticsEnabled()) return;
    let conflicts: Conflict[];
    try {
      conflicts = this.service.index.conflicts();
    } catch {
      return;
    }
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const conflict of conflicts) {
      const located = conflict.locations.flatMap((loc) => {
        const lines = this.service.linesOf(loc.path);
        if (!lines) return [];
        try {
          const uri = this.service.uriOf(loc.path);
          return [{ loc, location: new vscode.Location(uri, toRangeInText(lines, loc)) }];
        } catch {
          return [];
        }
      });
      for (const here of located) {
        const diagnostic = new vscode.Diagnostic(here.location.range, conflict.message, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = conflict.kind;
        diagnostic.relatedInformation = located
          .filter((other) => other !== here)
          .map((other) => new vscode.DiagnosticRelatedInformation(other.location, `Conflicting ${conflict.kind} in ${this.service.relativePath(other.loc.path)}`));
        const key = here.location.uri.toString();
        let entry = byUri.get(key);
        if (!entry) byUri.set(key, (entry = { uri: here.location.uri, diagnostics: [] }));
        entry.diagnostics.push(diagnostic);
      }
    }
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
