// Byline's VS Code entry point: wires the analysis service to its views. The only code that
// imports `vscode` lives under src/vscode; the analysis itself is src/core.
import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core';
import { AnalysisService } from './analysisService';
import { ClaimFollower } from './claimFollower';
import { ClaimsTreeProvider } from './claimsTree';
import { registerClearClaimsFilter } from './commands/clearClaimsFilter';
import { registerCopyClaimWithCitation } from './commands/copyClaimWithCitation';
import { registerDebugState } from './commands/debugState';
import { registerOpenClaim } from './commands/openClaim';
import { registerOpenMention } from './commands/openMention';
import { registerRefresh } from './commands/refresh';
import { registerRevealClaimAtCursor } from './commands/revealClaimAtCursor';
import { registerShowClaims } from './commands/showClaims';
import { registerShowDocumentClaims } from './commands/showDocumentClaims';
import { registerShowEntities } from './commands/showEntities';
import { registerShowEntityMentions } from './commands/showEntityMentions';
import { registerShowSpeakerClaims } from './commands/showSpeakerClaims';
import { registerShowWorkspaceClaims } from './commands/showWorkspaceClaims';
import { registerToggleEntities } from './commands/toggleEntities';
import { registerToggleFigures } from './commands/toggleFigures';
import { registerToggleQuotes } from './commands/toggleQuotes';
import { DecorationController } from './decorations';
import { ConflictDiagnostics } from './diagnostics';
import { EntitiesTreeProvider } from './entitiesTree';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './entityProviders';
import { EntityDocumentSymbolProvider, EntityWorkspaceSymbolProvider } from './entitySymbols';
import { FigureHoverProvider } from './figureHover';
import { BylineHoverProvider } from './hover';
import { OUTPUT_CHANNEL_NAME } from './ids';

/** What `activate` returns (the extension's `exports`), for tests. */
export interface BylineApi {
  /** Resolves when the initial workspace indexing has finished (or was cancelled), with the number of files indexed. */
  readonly indexed: Promise<number>;
  readonly service: AnalysisService;
}

export function activate(context: vscode.ExtensionContext): BylineApi {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  context.subscriptions.push(output);

  const service = new AnalysisService(new WorkspaceIndex(), output);
  context.subscriptions.push(service);

  const tree = new ClaimsTreeProvider(service, context.workspaceState);
  context.subscriptions.push(
    tree,
    new ClaimFollower(service, tree),
    new DecorationController(service),
    new BylineHoverProvider(service),
    new FigureHoverProvider(service),
    new ConflictDiagnostics(service),
    registerShowClaims(tree),
    registerRefresh(service),
    registerToggleEntities(),
    registerToggleQuotes(),
    registerToggleFigures(),
    registerOpenClaim(),
    registerShowDocumentClaims(tree),
    registerShowWorkspaceClaims(tree),
    registerShowSpeakerClaims(service, tree),
    registerClearClaimsFilter(tree),
    registerRevealClaimAtCursor(service, tree),
    registerCopyClaimWithCitation(service, tree),
    registerDebugState(service),
  );

  // entities across sources: the Entities view, code navigation, symbols
  const entities = new EntitiesTreeProvider(service);
  context.subscriptions.push(
    entities,
    new EntityReferenceProvider(service),
    new EntityDefinitionProvider(service),
    new EntityHighlightProvider(service),
    new EntityDocumentSymbolProvider(service),
    new EntityWorkspaceSymbolProvider(service),
    registerShowEntities(service, entities),
    registerShowEntityMentions(service),
    registerOpenMention(service),
  );

  output.appendLine('Byline activated');
  const indexed = service.reindex();
  return { indexed, service };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
