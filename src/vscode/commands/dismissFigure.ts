import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { keyOf } from '../analysisService';
import type { AnnotationService } from '../annotationService';
import { toOffset } from '../convert';
import { innermost } from '../cursor';
import { Commands } from '../ids';

/**
 * `byline.dismissFigure`: the figure under the cursor is not a figure (a number in a name, a misread date):
 * its highlight, hover and fact checks go. Resolves to the annotation's id.
 */
export function registerDismissFigure(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.dismissFigure, async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && service.analysisFor(editor.document)?.analysis;
    const figure = editor && analysis ? innermost(analysis.figures, toOffset(editor.document, editor.selection.active), true) : undefined;
    const key = editor ? keyOf(editor.document.uri) : '';
    const home = annotations.homeOf(key);
    const text = service.textOf(key);
    if (!figure || !home || text === undefined) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a highlighted figure first.');
      return undefined;
    }
    const ann = annotations.create(home, text, figure.start, figure.end, 'classifying', [body('classifying', 'not-a-figure')]);
    return (await annotations.save(home.folder, { put: [ann] }, `"${figure.text}" is not a figure`)) ? ann.id : undefined;
  });
}
