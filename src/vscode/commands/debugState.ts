import * as vscode from 'vscode';
import type { AnalysisService, AnalysisStats } from '../analysisService';
import { Commands } from '../ids';

/**
 * `byline._debugState`: counts for tests, `{ documents, entities, quotes, mentions, figures, conflicts,
 * indexing, indexed }`. Hidden from the Command Palette.
 */
export function registerDebugState(service: AnalysisService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.debugState, (): AnalysisStats => service.stats());
}
