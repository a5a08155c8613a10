import * as vscode from 'vscode';
import { CLAIM_STATUSES } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { askNote, claimsOf, pickStatus, setStatus } from '../annotate';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

function isStatus(v: unknown): v is string {
  return typeof v === 'string' && (v === '' || (CLAIM_STATUSES as readonly string[]).includes(v));
}

/**
 * `byline.setClaimStatus`: verified / disputed / needs source / unverified, with an optional note, on the
 * selected claim rows, on every claim of a speaker row, or on the claim under the cursor. Arguments after the
 * row (for keybindings and tests): the status ('' removes it) and the note. Resolves to the number of claims.
 */
export function registerSetClaimStatus(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  const run = async (arg: unknown, selected: unknown, given?: string, note?: string): Promise<number> => {
    const claims = claimsOf(service, annotations, tree, arg, selected);
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a claim, or run this on rows of the Claims view.');
      return 0;
    }
    let status = given;
    let text = note;
    if (status === undefined) {
      status = await pickStatus();
      if (status === undefined) return 0;
      if (status !== '') {
        text = await askNote(`Byline: a note on the ${status.replace('-', ' ')} status (optional)`, claims.length === 1 ? claims[0].quote.note : undefined);
        if (text === undefined) return 0;
      }
    }
    return (await setStatus(annotations, claims, status, text === '' ? undefined : text)) ? claims.length : 0;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.setClaimStatus, (arg?: unknown, selected?: unknown, status?: unknown, note?: unknown) =>
      run(arg, selected, isStatus(status) ? status : undefined, typeof note === 'string' ? note : undefined)),
    vscode.commands.registerCommand(Commands.verifyClaim, (arg?: unknown, selected?: unknown) => run(arg, selected, 'verified')),
    vscode.commands.registerCommand(Commands.disputeClaim, (arg?: unknown, selected?: unknown) => run(arg, selected, 'disputed')),
  );
}
