import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { keyOf } from '../analysisService';
import { askNote, selectionSpan } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { claimAtCursor, entityAtCursor } from '../cursor';
import { Commands } from '../ids';

/**
 * `byline.addNote`: a note on the selection (or, with nothing selected, on the claim or name under the
 * cursor), shown in the hover and as a marker in the margin. Second argument (for tests): the note. Resolves
 * to the annotation's id.
 */
export function registerAddNote(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.addNote, async (_arg?: unknown, noteArg?: unknown): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    let span = editor && !editor.selection.isEmpty ? selectionSpan(service, annotations) : undefined;
    if (!span && editor) {
      const key = keyOf(editor.document.uri);
      const home = annotations.homeOf(key);
      const hit = claimAtCursor(service, editor)?.quote ?? entityAtCursor(service, editor)?.mention;
      const text = service.textOf(key);
      if (hit && home && text !== undefined) span = { key, start: hit.start, end: hit.end, text, home };
    }
    if (!span) {
      void vscode.window.showInformationMessage('Byline: select the words to annotate (or put the cursor on a claim or a name) in a source of a workspace folder.');
      return undefined;
    }
    const note = typeof noteArg === 'string' ? noteArg : await askNote('Byline: note');
    if (!note || !note.trim()) return undefined;
    const ann = annotations.create(span.home, span.text, span.start, span.end, 'commenting', [body('commenting', note.trim())]);
    return (await annotations.save(span.home.folder, { put: [ann] }, 'a note')) ? ann.id : undefined;
  });
}
