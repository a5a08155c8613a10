import * as vscode from 'vscode';
import type { Claim } from '../../core';
import { annotationCollection, claimRow, claimsCsv, quoteSheet, type ClaimRow } from '../../core/exportFormats';
import type { AnalysisService } from '../analysisService';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

type Format = 'csv' | 'md' | 'jsonld';
const FORMATS: { label: string; description: string; value: Format; ext: string; filter: string }[] = [
  { label: 'CSV', description: 'claims, one row each: opens in a spreadsheet', value: 'csv', ext: 'csv', filter: 'CSV' },
  { label: 'Markdown quote sheet', description: 'claims by speaker with statuses and citations, for a fact-check', value: 'md', ext: 'md', filter: 'Markdown' },
  { label: 'W3C annotations (JSON-LD)', description: 'every annotation, for another tool or Byline: Import Annotations', value: 'jsonld', ext: 'jsonld', filter: 'JSON-LD' },
];

/** Export rows of claims: the path relative to the workspace folder, the line, the speaker's name. */
export function rowsOf(service: AnalysisService, annotations: AnnotationService, claims: Claim[]): ClaimRow[] {
  return claims.map((c) => {
    const text = service.textOf(c.path) ?? '';
    const document = annotations.homeOf(c.path)?.source ?? service.relativePath(c.path);
    return claimRow(document, text, c.quote, c.quote.speaker ? service.index.entity(c.quote.speaker) : undefined);
  });
}

/**
 * `byline.exportClaims` (every claim of the workspace) and `byline.exportViewClaims` (the claims the Claims
 * view lists now: its scope, speaker and status filters): CSV, a Markdown quote sheet, or the annotations as
 * W3C JSON-LD. Arguments (for tests): the format and the file's URI, which skip the pickers. Resolves to the
 * URI written.
 */
export function registerExportClaims(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  const run = async (fromView: boolean, formatArg?: unknown, uriArg?: unknown): Promise<string | undefined> => {
    let format = FORMATS.find((f) => f.value === formatArg);
    if (!format) {
      format = await vscode.window.showQuickPick(FORMATS, { title: fromView ? 'Byline: export the claims the view lists as…' : 'Byline: export the claims of the workspace as…' });
      if (!format) return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    let target: vscode.Uri | undefined;
    if (typeof uriArg === 'string') target = vscode.Uri.parse(uriArg, true);
    else {
      const name = format.value === 'jsonld' ? 'annotations.jsonld' : `claims.${format.ext}`;
      target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder.uri, name) : undefined, filters: { [format.filter]: [format.ext] }, title: 'Byline: export' });
    }
    if (!target) return undefined;
    let out: string;
    if (format.value === 'jsonld') out = JSON.stringify(annotationCollection(annotations.all().map((a) => a.ann)), null, 2) + '\n';
    else {
      const claims = fromView ? tree.visibleClaims() : service.index.claims();
      const rows = rowsOf(service, annotations, claims);
      const title = fromView ? `Quote sheet: ${tree.view.title ?? 'Claims'}${tree.view.description ? ` (${tree.view.description})` : ''}` : `Quote sheet: ${folder?.name ?? 'workspace'}`;
      out = format.value === 'csv' ? claimsCsv(rows) : quoteSheet(rows, title, `exported ${new Date().toISOString().slice(0, 10)}`) + '\n';
    }
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(out));
    } catch (e) {
      void vscode.window.showErrorMessage(`Byline: cannot write ${target.fsPath}: ${(e as Error).message}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`Byline: exported to ${vscode.workspace.asRelativePath(target)}`, 'Open').then((a) => {
      if (a === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
    return target.toString();
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportClaims, (format?: unknown, uri?: unknown) => run(false, format, uri)),
    vscode.commands.registerCommand(Commands.exportViewClaims, (format?: unknown, uri?: unknown) => run(true, format, uri)),
  );
}
