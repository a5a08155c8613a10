import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { claimAtCursor } from '../cursor';
import { Commands } from '../ids';

/**
 * `byline.revealClaimAtCursor`: opens the Claims view on the claim under the cursor and selects its row
 * (clearing a speaker filter that hides it). Resolves to true when a row was revealed.
 */
export function registerRevealClaimAtCursor(service: AnalysisService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.revealClaimAtCursor, async (): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const hit = editor && claimAtCursor(service, editor);
    if (!hit) {
      void vscode.window.showInformationMessage('Byline: the cursor is not on a quote or reported claim.');
      return false;
    }
    let node = tree.findClaim(hit.key, hit.quote.start, hit.quote.end);
    if (!node && tree.filter) {
      tree.clearFilter();
      node = tree.findClaim(hit.key, hit.quote.start, hit.quote.end);
    }
    if (!node && tree.scope === 'document') {
      await tree.setScope('workspace');
      node = tree.findClaim(hit.key, hit.quote.start, hit.quote.end);
    }
    if (!node) return false;
    await tree.focus();
    await tree.reveal(node, { select: true, focus: true });
    return true;
  });
}
