import * as vscode from 'vscode';
import { bodyValue, bodyValues, quoteSelectorOf } from '../../core/annotations';
import type { AnalysisService } from '../analysisService';
import { entityOf } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';
import { MERGE_TAG } from './mergeEntity';

/**
 * `byline.unmergeEntity`: undoes a merge into the entity of an Entities-view row (or under the cursor): the
 * merged names are separate entities again. With several merges, asks which. Resolves to the number of
 * annotations removed.
 */
export function registerUnmergeEntity(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.unmergeEntity, async (arg?: unknown): Promise<number> => {
    const entity = entityOf(service, arg);
    if (!entity) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a name, or run this on a row of the Entities view.');
      return 0;
    }
    const names = new Set([entity.name, ...entity.aliases]);
    const groups = new Map<string, { folder: vscode.WorkspaceFolder; ids: string[]; forms: string[] }>();
    for (const { ann, folder } of annotations.all()) {
      const tag = bodyValues(ann, 'tagging').find((t) => t.startsWith(MERGE_TAG));
      if (!tag || !names.has(bodyValue(ann, 'identifying') ?? '')) continue;
      const g = groups.get(tag) ?? { folder, ids: [], forms: [] };
      g.ids.push(ann.id);
      g.forms.push(quoteSelectorOf(ann)?.exact ?? '');
      groups.set(tag, g);
    }
    if (groups.size === 0) {
      void vscode.window.showInformationMessage(`Byline: nothing was merged into “${entity.name}”.`);
      return 0;
    }
    let chosen = [...groups.values()];
    if (chosen.length > 1) {
      const picked = await vscode.window.showQuickPick(
        chosen.map((g) => ({ label: g.forms.join(', '), g })),
        { title: `Byline: undo which merge into “${entity.name}”?`, canPickMany: true },
      );
      if (!picked || picked.length === 0) return 0;
      chosen = picked.map((p) => p.g);
    }
    let n = 0;
    for (const g of chosen) if (await annotations.save(g.folder, { remove: g.ids }, `undoing the merge of “${g.forms[0]}”`)) n += g.ids.length;
    return n;
  });
}
