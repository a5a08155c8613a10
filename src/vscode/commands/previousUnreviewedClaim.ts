import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';
import type { ClaimLocation } from './nextUnreviewedClaim';
import { claimRowPosition, editorPosition, goToUnreviewed } from './nextUnreviewedClaim';

/**
 * `byline.previousUnreviewedClaim`: review mode, backwards: the claim with no status before the cursor (or the
 * claim the cursor is in), then in the previous documents, wrapping around. Resolves like
 * `byline.nextUnreviewedClaim`: `{ path, start, end }` or undefined when every claim has a status.
 */
export function registerPreviousUnreviewedClaim(service: AnalysisService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.previousUnreviewedClaim, (arg?: unknown): Promise<ClaimLocation | undefined> =>
    goToUnreviewed(service, tree, 'previous', claimRowPosition(tree, arg) ?? editorPosition(service)),
  );
}
