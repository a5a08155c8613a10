import * as vscode from 'vscode';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/** `byline.showClaims`: reveals the Claims view. */
export function registerShowClaims(tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showClaims, () => tree.focus());
}
