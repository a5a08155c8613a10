// Byline's VS Code entry point: wires the analysis service to its views. The only code that
// imports `vscode` lives under src/vscode; the analysis itself is src/core.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkspaceIndex, type DocumentAnalysis } from '../core';
import { AnalyzePool, editorPoolOptions, type PoolCache } from '../node/analyzePool';
import { AnalysisCache, analyzerVersion } from '../node/analysisCache';
import { ChildAnalyzePool, childLimits } from '../node/childPool';
import * as settings from './settings';
import { AnalysisService } from './analysisService';
import { AnnotationService } from './annotationService';
import { IndexStatusBar } from './indexStatusBar';
import { ClaimFollower } from './claimFollower';
import { ClaimsTreeProvider } from './claimsTree';
import { registerAddClaim } from './commands/addClaim';
import { registerAddNote } from './commands/addNote';
import { registerCorrectSpeaker } from './commands/correctSpeaker';
import { registerDismissClaim } from './commands/dismissClaim';
import { registerDismissEntity } from './commands/dismissEntity';
import { registerDismissFigure } from './commands/dismissFigure';
import { registerExportClaims } from './commands/exportClaims';
import { registerFilterClaimsByStatus } from './commands/filterClaimsByStatus';
import { registerImportAnnotations } from './commands/importAnnotations';
import { registerMarkEntity } from './commands/markEntity';
import { registerMergeEntity } from './commands/mergeEntity';
import { registerRemoveAnnotationsHere, describeAnnotation } from './commands/removeAnnotationsHere';
import { registerRenameEntity } from './commands/renameEntity';
import { registerSetClaimKind } from './commands/setClaimKind';
import { registerSetClaimStatus } from './commands/setClaimStatus';
import { registerUndoAnnotation } from './commands/undoAnnotation';
import { registerUnmergeEntity } from './commands/unmergeEntity';
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
import { registerDeleteOrphan } from './commands/deleteOrphan';
import { registerNextUnreviewedClaim } from './commands/nextUnreviewedClaim';
import { registerPreviousUnreviewedClaim } from './commands/previousUnreviewedClaim';
import { registerReattachOrphan } from './commands/reattachOrphan';
import { registerVerifyAndNext } from './commands/verifyAndNext';
import { registerSearchArchive } from './commands/searchArchive';
import { registerSetArchivePassword } from './commands/setArchivePassword';
import { ArchiveService } from './archive';
import { DecorationController } from './decorations';
import { ConflictDiagnostics } from './diagnostics';
import { EntitiesTreeProvider } from './entitiesTree';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './entityProviders';
import { EntityDocumentSymbolProvider, EntityWorkspaceSymbolProvider } from './entitySymbols';
import { FigureHoverProvider } from './figureHover';
import { BylineHoverProvider } from './hover';
import { NoteDecorations } from './noteDecorations';
import { OrphansTreeProvider } from './orphansTree';
import { ReviewStatusBar } from './reviewStatusBar';
import { OUTPUT_CHANNEL_NAME } from './ids';

/** What `activate` returns (the extension's `exports`), for tests. */
export interface BylineApi {
  /** Resolves when the initial workspace indexing has finished (or was cancelled), with the number of files indexed. */
  readonly indexed: Promise<number>;
  readonly service: AnalysisService;
  readonly annotations: AnnotationService;
}

export function activate(context: vscode.ExtensionContext): BylineApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  context.subscriptions.push(output);

  // files read from disk are analysed in a child process at a lower CPU priority (the extension host, the editor's
  // server and its window win the CPU whenever the user acts), through a cache of analyses by content in the
  // extension's storage (the child looks analyses up in the cache and stores them: hashing and file I/O stay off
  // this thread); on worker threads if no child process can be started
  // (made on first use, after activation: the cache's version is a hash of the analysis bundles, 1.6 MB each)
  const script = path.join(context.extensionPath, 'dist', 'analyzeWorker.js');
  const childScript = path.join(context.extensionPath, 'dist', 'analyzeChild.js');
  let pool: ChildAnalyzePool | undefined;
  const startPool = (): ChildAnalyzePool => {
    let poolCache: PoolCache | undefined;
    if (settings.cacheEnabled() && context.globalStorageUri.scheme === 'file') {
      const cache = new AnalysisCache(path.join(context.globalStorageUri.fsPath, 'analysis-cache'), analyzerVersion([script, childScript]));
      poolCache = { dir: cache.dir, version: cache.version };
      setTimeout(() => cache.prune(), 10_000);
    }
    const { jobs, limits, idleMs } = editorPoolOptions();
    const fallback = (reason: string): AnalyzePool => {
      output.appendLine(`Byline: no analysis process could be started (${reason}); analysing on a thread`);
      return new AnalyzePool(jobs, script, true, { cache: poolCache, limits, idleMs, figureFacts: true });
    };
    return new ChildAnalyzePool(jobs, childScript, { ...childLimits(limits), cache: poolCache, idleMs, fallback, figureFacts: true });
  };
  context.subscriptions.push({ dispose: () => void pool?.close() });
  const analyzer = (text: string, format: 'markdown' | 'plaintext'): Promise<DocumentAnalysis> => (pool ??= startPool()).analyze(text, format);
  const service = new AnalysisService(new WorkspaceIndex(), output, { analyzer, analyzerIdle: () => pool?.stopIfIdle() });
  context.subscriptions.push(service, new IndexStatusBar(service));
  // the journalist's annotations: loaded before the first indexing ends, they win over the automatic analysis
  const annotations = new AnnotationService(service, output);
  context.subscriptions.push(annotations);

  // a shared archive in PostgreSQL, only when byline.archive.database is set (otherwise no connection at all)
  const archive = new ArchiveService(service, context.secrets, output);
  context.subscriptions.push(archive, registerSearchArchive(archive), registerSetArchivePassword(context.secrets, archive));

  const tree = new ClaimsTreeProvider(service, context.workspaceState);
  /** What annotations say and who decided when, one plain line each (for the tree's tooltips and the hovers). */
  const annotationInfo = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => {
      const a = annotations.get(id)?.ann;
      return a ? [`✎ ${describeAnnotation(a)} — ${a.creator?.name ?? 'someone'}, ${a.modified.replace('T', ' ').replace(/:\d\dZ$/, ' UTC')}`] : [];
    });
  context.subscriptions.push(
    tree,
    new ClaimFollower(service, tree),
    new DecorationController(service),
    new BylineHoverProvider(service, annotationInfo, (id, key) => archive.hoverLine(id, key)),
    new FigureHoverProvider(service),
    new ConflictDiagnostics(service, annotations),
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

  // the journalist's annotations: corrections, statuses, notes, export and import
  tree.setAnnotationInfo(annotationInfo);
  context.subscriptions.push(
    registerAddClaim(service, annotations),
    registerCorrectSpeaker(service, annotations, tree),
    registerSetClaimKind(service, annotations, tree),
    registerDismissClaim(service, annotations, tree),
    registerSetClaimStatus(service, annotations, tree),
    registerFilterClaimsByStatus(tree),
    registerMarkEntity(service, annotations),
    registerDismissEntity(service, annotations),
    registerDismissFigure(service, annotations),
    registerMergeEntity(service, annotations),
    registerUnmergeEntity(service, annotations),
    registerRenameEntity(service, annotations),
    registerAddNote(service, annotations),
    registerRemoveAnnotationsHere(service, annotations),
    registerUndoAnnotation(annotations),
    registerExportClaims(service, annotations, tree),
    registerImportAnnotations(annotations),
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

  // review: the Orphans view, review mode (next / previous unreviewed claim, verify and next) with its status
  // bar item, and the journalist's notes as comment markers in the editor
  context.subscriptions.push(
    new OrphansTreeProvider(service, annotations),
    new ReviewStatusBar(service),
    new NoteDecorations(service, annotations, context.extensionUri),
    registerReattachOrphan(service, annotations),
    registerDeleteOrphan(annotations),
    registerNextUnreviewedClaim(service, tree),
    registerPreviousUnreviewedClaim(service, tree),
    registerVerifyAndNext(service, annotations, tree),
  );

  output.appendLine(`Byline activated in ${Math.round(performance.now() - started)} ms`);
  // indexing starts once activation has returned (nothing heavy runs in activate)
  const indexed = new Promise<number>((resolve) => setTimeout(() => resolve(service.reindex()), 0));
  return { indexed, service, annotations };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
