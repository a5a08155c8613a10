import * as vscode from 'vscode';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/** `byline.showWorkspaceClaims`: the Claims view lists the claims of every document of the workspace. */
export function registerShowWorkspaceClaims(tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showWorkspaceClaims, async () => {
    await tree.setScope('workspace');
    await tree.focus();
  });
}
