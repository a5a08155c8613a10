import * as vscode from 'vscode';
import type { Claim } from '../../core';
import type { AnalysisService } from '../analysisService';
import { formatCitation } from '../claimFormat';
import type { ClaimsTreeProvider } from '../claimsTree';
import { toLineNumber } from '../convert';
import { claimAtCursor } from '../cursor';
import { displayName } from '../hover';
import { Commands } from '../ids';
import { truncate } from '../markdown';

/** A claim row of the Claims view, as VS Code passes it to a command from the row's (context) menu. */
function claimRowId(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { kind, id } = arg as { kind?: unknown; id?: unknown };
  return kind === 'claim' && typeof id === 'string' ? id : undefined;
}

/** The citation of a claim (see formatCitation): speaker, cue, document relative to the workspace, line. */
export function citationOf(service: AnalysisService, claim: Claim): string {
  const q = claim.quote;
  const analysis = service.get(claim.path)?.analysis;
  const anonymous = q.anonymous === true || (q.speaker?.startsWith('anon:') ?? false);
  const speaker = q.speaker ? displayName(service, analysis, q.speaker) ?? q.speakerMention?.text ?? q.speaker.replace(/^anon:/, '') : null;
  const lines = service.linesOf(claim.path);
  const line = lines ? toLineNumber(lines, q.start) : undefined;
  return formatCitation({
    text: q.text,
    kind: q.kind,
    speaker,
    anonymous,
    cue: q.cue?.text ?? null,
    path: service.relativePath(claim.path),
    line,
  });
}

/**
 * `byline.copyClaimWithCitation`: copies the claim of the row it is invoked on (else the claim under the
 * cursor) with its citation, e.g. `“complete failure” — Moscow (branded), seeds/003.txt, line 51`.
 * Resolves to the copied text.
 */
export function registerCopyClaimWithCitation(service: AnalysisService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.copyClaimWithCitation, async (arg?: unknown): Promise<string | undefined> => {
    let claim: Claim | undefined;
    const rowId = claimRowId(arg);
    if (rowId !== undefined) {
      // only a row the tree really has: the argument's other fields are not trusted
      claim = tree.claimById(rowId)?.claim;
    } else {
      const editor = vscode.window.activeTextEditor;
      const hit = editor && claimAtCursor(service, editor);
      if (hit) claim = { path: hit.key, quote: hit.quote };
    }
    if (!claim) {
      void vscode.window.showInformationMessage('Byline: the cursor is not on a quote or reported claim.');
      return undefined;
    }
    const text = citationOf(service, claim);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`Byline: copied ${truncate(text, 80)}`, 5000);
    return text;
  });
}
