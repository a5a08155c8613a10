// Code navigation over entities, as for symbols in code: Find All References / Peek References (every mention
// of the entity under the cursor, in every indexed document, open or not), Go to Definition (the mention that
// introduces the entity: see entityInfo.introduction) and document highlights (the entity's other mentions in
// the editor). Everything comes from the shared workspace index; ranges of documents that are not open are
// computed from the text the index analysed.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { ENTITY_SELECTOR, introduction, mentionAt, mentionLocation, rangeInDocument, syncOpenDocuments } from './entityInfo';

/** Every mention of the entity under the cursor, across the workspace. */
export class EntityReferenceProvider implements vscode.ReferenceProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerReferenceProvider(ENTITY_SELECTOR, this);
  }

  provideReferences(doc: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): vscode.Location[] | undefined {
    if (token.isCancellationRequested) return undefined;
    syncOpenDocuments(this.service);
    const mention = mentionAt(this.service, doc, position);
    if (!mention || token.isCancellationRequested) return undefined;
    const refs = this.service.index.mentions(mention.entity);
    const skip = context.includeDeclaration ? undefined : introduction(this.service, mention.entity);
    const out: vscode.Location[] = [];
    for (const ref of refs) {
      if (token.isCancellationRequested) return undefined;
      if (skip && ref.path === skip.path && ref.mention.start === skip.mention.start) continue;
      const loc = mentionLocation(this.service, ref);
      if (loc) out.push(loc);
    }
    return out;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** Go to Definition: the mention that introduces the entity in the workspace ("NATO chief Mark Rutte"). */
export class EntityDefinitionProvider implements vscode.DefinitionProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerDefinitionProvider(ENTITY_SELECTOR, this);
  }

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.DefinitionLink[] | undefined {
    if (token.isCancellationRequested) return undefined;
    syncOpenDocuments(this.service);
    const mention = mentionAt(this.service, doc, position);
    if (!mention || token.isCancellationRequested) return undefined;
    const target = introduction(this.service, mention.entity);
    const loc = target && mentionLocation(this.service, target);
    if (!loc) return undefined;
    // a link: the whole name under the cursor is underlined on Ctrl+hover, not just the word
    return [{ originSelectionRange: rangeInDocument(doc, mention), targetUri: loc.uri, targetRange: loc.range, targetSelectionRange: loc.range }];
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** The other mentions of the entity under the cursor, highlighted in the editor. */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerDocumentHighlightProvider(ENTITY_SELECTOR, this);
  }

  provideDocumentHighlights(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.DocumentHighlight[] | undefined {
    if (token.isCancellationRequested) return undefined;
    // asked on every cursor move: an analysis waiting for the edit debounce is not forced
    const mention = mentionAt(this.service, doc, position, true);
    if (!mention) return undefined;
    const analysis = this.service.currentAnalysisFor(doc)?.analysis;
    if (!analysis) return undefined;
    // the mentions that state a role (where the text says who this is) in the stronger, "write" colour
    return analysis.entities
      .filter((m) => m.entity === mention.entity)
      .map((m) => new vscode.DocumentHighlight(rangeInDocument(doc, m), m.role ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
