import * as vscode from 'vscode';
import { Commands } from '../ids';
import { toggleHighlight } from '../settings';

/** `byline.toggleFigures`: flips the setting `byline.highlight.figures`. Resolves to the new value. */
export function registerToggleFigures(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.toggleFigures, () => toggleHighlight('figures'));
}
