import * as vscode from 'vscode';
import { Commands } from '../ids';
import { toggleHighlight } from '../settings';

/** `byline.toggleQuotes`: flips the setting `byline.highlight.quotes`. Resolves to the new value. */
export function registerToggleQuotes(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.toggleQuotes, () => toggleHighlight('quotes'));
}
