import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { pickKind, pickSpeaker, selectionSpan } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

/**
 * `byline.addClaim`: the selection is a claim the analysis missed (or a claim whose span it got wrong): its
 * kind and speaker are asked for (a quick pick of the workspace's entities, an anonymous source, a new name).
 * Resolves to the new annotation's id, or undefined when cancelled or not saved.
 */
export function registerAddClaim(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.addClaim, async (): Promise<string | undefined> => {
    const span = selectionSpan(service, annotations);
    if (!span) {
      void vscode.window.showInformationMessage('Byline: select the words of the claim in a source (a .txt or .md file of a workspace folder) first.');
      return undefined;
    }
    const exact = span.text.slice(span.start, span.end);
    const kind = await pickKind(/^["“‘'«]/.test(exact) ? 'direct' : 'indirect');
    if (!kind) return undefined;
    const speaker = await pickSpeaker(service);
    if (speaker === undefined) return undefined;
    const bodies = [body('classifying', 'claim'), body('classifying', kind)];
    if (speaker !== '') bodies.push(body('identifying', speaker));
    const ann = annotations.create(span.home, span.text, span.start, span.end, 'classifying', bodies);
    return (await annotations.save(span.home.folder, { put: [ann] }, 'adding a claim')) ? ann.id : undefined;
  });
}
