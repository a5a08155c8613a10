import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { claimAnnotation, claimsOf, pickSpeaker } from '../annotate';
import type { AnnotationService } from '../annotationService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';

/**
 * `byline.correctSpeaker`: gives the claims of the selected rows of the Claims view (or the claim under the
 * cursor) another speaker, picked from the workspace's entities, an anonymous source, a new name or nobody.
 * A second argument `speaker` (an annotations-v1 `identifying` value) skips the picker. Resolves to the
 * number of claims corrected.
 */
export function registerCorrectSpeaker(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.correctSpeaker, async (arg?: unknown, selected?: unknown): Promise<number> => {
    const claims = claimsOf(service, annotations, tree, arg, selected);
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a claim, or run this on a row of the Claims view.');
      return 0;
    }
    const given = typeof selected === 'string' ? selected : undefined;
    const speaker = given ?? (await pickSpeaker(service, claims.length === 1 ? claims[0].quote.speaker : undefined));
    if (speaker === undefined) return 0;
    const byFolder = new Map<string, typeof claims>();
    for (const c of claims) {
      const k = c.home.folder.uri.toString();
      byFolder.set(k, [...(byFolder.get(k) ?? []), c]);
    }
    let n = 0;
    for (const list of byFolder.values()) {
      const put = list.map((c) => claimAnnotation(annotations, c, { speaker }));
      if (await annotations.save(list[0].home.folder, { put }, `the speaker of ${list.length} claim${list.length === 1 ? '' : 's'}`)) n += list.length;
    }
    return n;
  });
}
