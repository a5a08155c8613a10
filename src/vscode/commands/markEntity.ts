import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import { typeWord } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { entityOf, nameAtCursor, pickEntityType, pickScope, selectionSpan, type EntityTypeWord } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

const TYPES = new Set(['person', 'organisation', 'place']);

/**
 * `byline.markEntity`: the selection (a name the analysis missed) or the name under the cursor (typed wrong)
 * is a person, an organisation or a place, in this occurrence or in every occurrence in the workspace. Run
 * on a row of the Entities view it retypes that entity everywhere. Arguments after the row (for tests): the
 * type word and true for every occurrence. Resolves to the annotation's id.
 */
export function registerMarkEntity(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.markEntity, async (arg?: unknown, typeArg?: unknown, everyArg?: unknown): Promise<string | undefined> => {
    const given = typeof typeArg === 'string' && TYPES.has(typeArg) ? (typeArg as EntityTypeWord) : undefined;
    const row = typeof arg === 'object' && arg !== null ? entityOf(service, arg) : undefined;
    let exact: string;
    let current: string | undefined;
    let local: { home: NonNullable<ReturnType<typeof selectionSpan>>['home']; text: string; start: number; end: number } | undefined;
    if (row) {
      exact = row.name;
      current = row.type;
    } else {
      const editor = vscode.window.activeTextEditor;
      const sel = editor && !editor.selection.isEmpty ? selectionSpan(service, annotations) : undefined;
      const name = nameAtCursor(service, annotations);
      if (sel) {
        local = sel;
        const m = name && name.mention.start === sel.start && name.mention.end === sel.end ? name.mention : undefined;
        current = m?.type;
      } else if (name) {
        local = { home: name.home, text: name.text, start: name.mention.start, end: name.mention.end };
        current = name.mention.type;
      } else {
        void vscode.window.showInformationMessage('Byline: select a name (or put the cursor on one) in a source first.');
        return undefined;
      }
      exact = local.text.slice(local.start, local.end);
    }
    const type = given ?? (await pickEntityType(current));
    if (!type) return undefined;
    const every = row ? true : typeof everyArg === 'boolean' ? everyArg : await pickScope(exact);
    if (every === undefined) return undefined;
    const bodies = [body('classifying', type)];
    if (every || !local) {
      const ann = annotations.createWorkspaceWide(exact, 'classifying', bodies);
      const folder = local?.home.folder ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) return undefined;
      return (await annotations.save(folder, { put: [ann] }, `"${exact}" as ${type === current ? typeWord(current) : type} everywhere`)) ? ann.id : undefined;
    }
    const ann = annotations.create(local.home, local.text, local.start, local.end, 'classifying', bodies);
    return (await annotations.save(local.home.folder, { put: [ann] }, `"${exact}" as ${type}`)) ? ann.id : undefined;
  });
}
