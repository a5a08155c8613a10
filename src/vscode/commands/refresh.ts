import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { Commands } from '../ids';

/** `byline.refresh`: finds and re-analyses every source in the workspace. Resolves to the number indexed. */
export function registerRefresh(service: AnalysisService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.refresh, () => service.reindex(true));
}
