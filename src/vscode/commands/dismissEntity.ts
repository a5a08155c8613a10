import * as vscode from 'vscode';
import { body } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { entityOf, nameAtCursor, pickScope } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

/**
 * `byline.dismissEntity`: the name under the cursor is not a name (this occurrence, or every occurrence of
 * the same words in the workspace); run on an Entities-view row, every occurrence of the entity's name.
 * Second argument (for tests): true for every occurrence. Resolves to the annotation's id.
 */
export function registerDismissEntity(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.dismissEntity, async (arg?: unknown, everyArg?: unknown): Promise<string | undefined> => {
    const row = typeof arg === 'object' && arg !== null ? entityOf(service, arg) : undefined;
    const name = row ? undefined : nameAtCursor(service, annotations);
    if (!row && !name) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a highlighted name first.');
      return undefined;
    }
    const exact = row ? row.name : name!.mention.text;
    const every = row ? true : typeof everyArg === 'boolean' ? everyArg : await pickScope(exact);
    if (every === undefined) return undefined;
    const bodies = [body('classifying', 'not-an-entity')];
    if (every) {
      const folder = (name && name.home.folder) ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) return undefined;
      const ann = annotations.createWorkspaceWide(exact, 'classifying', bodies);
      return (await annotations.save(folder, { put: [ann] }, `"${exact}" is not a name`)) ? ann.id : undefined;
    }
    const n = name!;
    const ann = annotations.create(n.home, n.text, n.mention.start, n.mention.end, 'classifying', bodies);
    return (await annotations.save(n.home.folder, { put: [ann] }, `"${exact}" is not a name`)) ? ann.id : undefined;
  });
}
