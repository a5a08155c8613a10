import * as vscode from 'vscode';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/** `byline.showDocumentClaims`: the Claims view lists the claims of the active document only (and follows the active editor). */
export function registerShowDocumentClaims(tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showDocumentClaims, async () => {
    await tree.setScope('document');
    await tree.focus();
  });
}
