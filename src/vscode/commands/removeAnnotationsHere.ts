import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations';
import { isWorkspaceTarget, quoteSelectorOf } from '../../core/annotations';
import { decisionOf } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { annotationsOf } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { toOffset } from '../convert';
import { innermost } from '../cursor';
import { Commands } from '../ids';
import { describeAnnotation as describeBodies } from '../orphansTree';
import { truncate } from '../markdown';

/** What an annotation says, in a few words, where it applies and its note. */
export function describeAnnotation(ann: Annotation): string {
  const d = decisionOf(ann);
  const words = describeBodies(ann).replace(/ · note$/, '');
  return [words, d.note !== undefined ? `note: ${truncate(d.note, 60)}` : '', isWorkspaceTarget(ann) ? 'everywhere' : ''].filter(Boolean).join(' · ');
}

/**
 * `byline.removeAnnotationsHere`: lists the annotations that shape the claim, name or note under the cursor
 * (a correction, a status, a note, a decision made for every occurrence) and removes the ones picked, so
 * the automatic analysis shows again. Undo with "Byline: Undo Last Annotation". Resolves to the number
 * removed.
 */
export function registerRemoveAnnotationsHere(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.removeAnnotationsHere, async (_arg?: unknown, all?: unknown): Promise<number> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && service.analysisFor(editor.document)?.analysis;
    if (!editor || !analysis) return 0;
    const offset = toOffset(editor.document, editor.selection.active);
    const ids = new Set<string>();
    for (const list of [analysis.quotes, analysis.entities, analysis.notes ?? []] as { start: number; end: number; annotations?: string[]; id?: string }[][]) {
      const hit = innermost(list, offset, true);
      if (!hit) continue;
      for (const a of annotationsOf(annotations, hit)) ids.add(a.id);
      if (typeof hit.id === 'string') ids.add(hit.id);
    }
    const found = [...ids].map((id) => annotations.get(id)).filter((x): x is NonNullable<typeof x> => x !== undefined);
    if (found.length === 0) {
      void vscode.window.showInformationMessage('Byline: no annotation here.');
      return 0;
    }
    let chosen = found;
    if (all !== true) {
      const picked = await vscode.window.showQuickPick(
        found.map((f) => ({ label: describeAnnotation(f.ann), description: `“${truncate(quoteSelectorOf(f.ann)?.exact ?? '', 50)}”`, detail: `${f.ann.creator?.name ?? 'someone'}, ${f.ann.modified}`, picked: true, f })),
        { title: 'Byline: remove which annotations?', canPickMany: true },
      );
      if (!picked || picked.length === 0) return 0;
      chosen = picked.map((p) => p.f);
    }
    let n = 0;
    const byFolder = new Map<string, typeof chosen>();
    for (const c of chosen) byFolder.set(c.folder.uri.toString(), [...(byFolder.get(c.folder.uri.toString()) ?? []), c]);
    for (const list of byFolder.values()) if (await annotations.save(list[0].folder, { remove: list.map((c) => c.ann.id) }, `removing ${list.length} annotation${list.length === 1 ? '' : 's'}`)) n += list.length;
    return n;
  });
}
