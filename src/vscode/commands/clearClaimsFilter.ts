import * as vscode from 'vscode';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/** `byline.clearClaimsFilter`: the Claims view lists every speaker again. */
export function registerClearClaimsFilter(tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.clearClaimsFilter, () => tree.clearFilter());
}
