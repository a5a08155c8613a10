import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { ClaimRef } from '../annotate';
import { claimsOf, setStatus } from '../annotate';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';
import type { ClaimLocation } from './nextUnreviewedClaim';
import { editorPosition, goToUnreviewed, placeId } from './nextUnreviewedClaim';

export interface VerifyAndNextResult {
  /** The claim given the status "verified" (none when the cursor was on no claim or it could not be saved). */
  verified: ClaimLocation[];
  /** The claim with no status gone to next, or undefined when every claim has one (or saving failed). */
  next: ClaimLocation | undefined;
}

/**
 * `byline.verifyAndNext`: review mode's "yes, checked": gives the claim at the cursor (or the focused Claims-view
 * claim row) the status "verified" (a note it had is kept; undoable) and goes to the next claim with no status,
 * as `byline.nextUnreviewedClaim` does. When the cursor is on no claim, it only goes to the next one.
 */
export function registerVerifyAndNext(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.verifyAndNext, async (arg?: unknown): Promise<VerifyAndNextResult> => {
    // one claim row at most: a keypress on a speaker row or a multi-selection must not verify many claims
    const row = typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'claim' ? arg : undefined;
    const claims: ClaimRef[] = claimsOf(service, annotations, tree, row).slice(0, 1);
    let from = editorPosition(service);
    const verified: ClaimLocation[] = [];
    if (claims.length > 0) {
      if (!(await setStatus(annotations, claims, 'verified'))) return { verified, next: undefined };
      const c = claims[0];
      verified.push({ path: c.path, start: c.quote.start, end: c.quote.end });
      from = verified[0];
    } else {
      vscode.window.setStatusBarMessage('Byline: the cursor is on no claim; nothing verified', 3000);
    }
    const next = await goToUnreviewed(service, tree, 'next', from, new Set(verified.map(placeId)));
    return { verified, next };
  });
}
