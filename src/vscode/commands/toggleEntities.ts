import * as vscode from 'vscode';
import { Commands } from '../ids';
import { toggleHighlight } from '../settings';

/** `byline.toggleEntities`: flips the setting `byline.highlight.entities`. Resolves to the new value. */
export function registerToggleEntities(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.toggleEntities, () => toggleHighlight('entities'));
}
