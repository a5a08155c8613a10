import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations';
import { makeTarget } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { selectionSpan } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';
import { orphanIdsOf } from '../orphansTree';

const LABEL = 're-attaching an annotation';

/**
 * `byline.reattachOrphan(row)`: anchors an orphaned annotation (an Orphans-view row, `{ kind: 'orphan', id }`)
 * to the selection of the active editor. The annotation keeps its id, bodies and `created`; its target becomes
 * the selection (a TextQuoteSelector with its context and a TextPositionSelector) and it is modified now. When
 * the selection is in another workspace folder, the annotation moves to that folder's file. Undoable with
 * "Byline: Undo Last Annotation". Resolves to the annotation as saved, or undefined when nothing was saved.
 */
export function registerReattachOrphan(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reattachOrphan, async (arg?: unknown): Promise<Annotation | undefined> => {
    const [id] = orphanIdsOf(arg);
    // the row is looked up again: only an annotation that is an orphan now is re-attached
    const row = id !== undefined ? annotations.orphans().find((r) => r.ann.id === id) : undefined;
    if (!row) {
      void vscode.window.showInformationMessage('Byline: pick an annotation in the Orphans view to re-attach.');
      return undefined;
    }
    const span = selectionSpan(service, annotations);
    if (!span) {
      void vscode.window.showInformationMessage('Byline: select the text to re-attach the annotation to first (in a source document of a workspace folder), then run "Re-attach Orphan to Selection" again.');
      return undefined;
    }
    const revised = annotations.revise(row.ann, row.ann.body);
    const next: Annotation = { ...revised, target: { ...row.ann.target, ...makeTarget(span.home.source, span.text, span.start, span.end) } };
    const to = span.home.folder;
    if (!(await annotations.save(to, { put: [next] }, LABEL))) return undefined;
    // moved to another folder's file: out of the old one (after it is safe in the new one)
    if (to.uri.toString() !== row.folder.uri.toString()) await annotations.save(row.folder, { remove: [row.ann.id] }, LABEL);
    vscode.window.setStatusBarMessage('Byline: annotation re-attached', 3000);
    return next;
  });
}
