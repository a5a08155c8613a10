import * as vscode from 'vscode';
import { body, bodyValue, bodyValues } from '../../core/annotations';
import { typeWord } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { entityOf } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

const RENAME_TAG = 'byline:rename';

/**
 * `byline.renameEntity`: changes the canonical name of the entity of an Entities-view row (or under the
 * cursor) everywhere; its old name stays an alias. Renaming again revises the same annotation. Second
 * argument (for tests): the new name. Resolves to the annotation's id.
 */
export function registerRenameEntity(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.renameEntity, async (arg?: unknown, nameArg?: unknown): Promise<string | undefined> => {
    const entity = entityOf(service, arg);
    if (!entity) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a name, or run this on a row of the Entities view.');
      return undefined;
    }
    const name = typeof nameArg === 'string' ? nameArg.trim() : (await vscode.window.showInputBox({ title: `Byline: rename “${entity.name}”`, value: entity.name, validateInput: (v) => (v.trim() ? undefined : 'A name, please') }))?.trim();
    if (!name || name === entity.name) return undefined;
    const bodies = [body('classifying', typeWord(entity.type) ?? 'person'), body('identifying', name), body('tagging', RENAME_TAG)];
    const earlier = annotations.all().find(({ ann }) => bodyValues(ann, 'tagging').includes(RENAME_TAG) && bodyValue(ann, 'identifying') === entity.name);
    const folder = earlier?.folder ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const ann = earlier ? annotations.revise(earlier.ann, bodies) : annotations.createWorkspaceWide(entity.name, 'classifying', bodies);
    return (await annotations.save(folder, { put: [ann] }, `renaming “${entity.name}” to “${name}”`)) ? ann.id : undefined;
  });
}
