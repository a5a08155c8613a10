import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { annotationsOf, claimsOf } from '../annotate';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/**
 * `byline.dismissClaim`: "not a claim" for the selected rows or the claim under the cursor: they disappear
 * from highlights, views, conflicts and the command line. A claim added by hand is removed instead (its
 * annotations deleted). Undo with "Byline: Undo Last Annotation". Resolves to the number dismissed.
 */
export function registerDismissClaim(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.dismissClaim, async (arg?: unknown, selected?: unknown): Promise<number> => {
    const claims = claimsOf(service, annotations, tree, arg, selected);
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a claim, or run this on a row of the Claims view.');
      return 0;
    }
    let n = 0;
    for (const c of claims) {
      const change = c.quote.added
        ? { remove: annotationsOf(annotations, c.quote).map((a) => a.id) }
        : { put: [annotations.create(c.home, c.text, c.quote.start, c.quote.end, 'classifying', [body('classifying', 'not-a-claim')])] };
      if (await annotations.save(c.home.folder, change, '"not a claim"')) n++;
    }
    return n;
  });
}
