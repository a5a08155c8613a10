import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { EntitiesTreeProvider } from '../entitiesTree';
import { mentionAt } from '../entityInfo';
import { Commands } from '../ids';

/**
 * `byline.showEntities`: reveals the Entities view; with the cursor on a name, its entity's row is selected and
 * expanded. Resolves to the id of that entity, if any.
 */
export function registerShowEntities(service: AnalysisService, tree: EntitiesTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showEntities, async (): Promise<string | undefined> => {
    await tree.focus();
    const editor = vscode.window.activeTextEditor;
    const mention = editor ? mentionAt(service, editor.document, editor.selection.active) : undefined;
    const row = mention ? tree.entityById(mention.entity) : undefined;
    if (!row) return undefined;
    await tree.reveal(row, { select: true, focus: false, expand: true });
    return row.id;
  });
}
