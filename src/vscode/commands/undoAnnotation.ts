import * as vscode from 'vscode';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

/**
 * `byline.undoAnnotation`: undoes the last annotation change made in this window (a correction, a status, a
 * note, a dismissal, a merge, a deletion). Resolves to what was undone.
 */
export function registerUndoAnnotation(annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.undoAnnotation, async (): Promise<string | undefined> => {
    if (!annotations.canUndo) {
      void vscode.window.showInformationMessage('Byline: no annotation change to undo in this window.');
      return undefined;
    }
    const label = await annotations.undo();
    if (label) vscode.window.setStatusBarMessage(`Byline: undid ${label}`, 5000);
    return label;
  });
}
