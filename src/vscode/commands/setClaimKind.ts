import * as vscode from 'vscode';
import type { QuoteKind } from '../../core';
import { CLAIM_KINDS } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { claimAnnotation, claimsOf, pickKind } from '../annotate';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/**
 * `byline.setClaimKind`: corrects the kind of claim (direct, partial, mixed, reported speech) of the selected
 * rows or of the claim under the cursor. Resolves to the number of claims corrected.
 */
export function registerSetClaimKind(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.setClaimKind, async (arg?: unknown, selected?: unknown): Promise<number> => {
    const claims = claimsOf(service, annotations, tree, arg, selected);
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a claim, or run this on a row of the Claims view.');
      return 0;
    }
    const given = typeof selected === 'string' && (CLAIM_KINDS as readonly string[]).includes(selected) ? (selected as QuoteKind) : undefined;
    const kind = given ?? (await pickKind(claims.length === 1 ? claims[0].quote.kind : undefined));
    if (!kind) return 0;
    let n = 0;
    for (const c of claims) if (await annotations.save(c.home.folder, { put: [claimAnnotation(annotations, c, { kind })] }, 'the kind of a claim')) n++;
    return n;
  });
}
