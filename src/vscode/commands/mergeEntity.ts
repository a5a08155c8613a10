import * as vscode from 'vscode';
import type { EntityRecord } from '../../core';
import { body } from '../../core/annotations';
import { typeWord } from '../../core/applyAnnotations';
import type { AnalysisService } from '../analysisService';
import { entityOf } from '../annotate';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';
import { collapseWhitespace } from '../markdown';

/** The tag that groups the annotations of one merge, so that it can be undone as one. */
export const MERGE_TAG = 'byline:merge:';

/** The surface forms of an entity that a merge moves: its name and the aliases no other entity uses. */
function formsOf(service: AnalysisService, e: EntityRecord): string[] {
  const others = new Set<string>();
  for (const o of service.index.entities()) if (o.id !== e.id) for (const a of [o.name, ...o.aliases]) others.add(a);
  return [e.name, ...e.aliases.filter((a) => /^\p{Lu}/u.test(a) && !others.has(a))];
}

/**
 * `byline.mergeEntity`: the entity of an Entities-view row (or under the cursor) is the same as another one:
 * every occurrence of its names joins the other, whose name it becomes an alias of. Undo with
 * "Byline: Undo Merge". Second argument (for tests): the other entity's id. Resolves to the number of
 * annotations written.
 */
export function registerMergeEntity(service: AnalysisService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.mergeEntity, async (arg?: unknown, intoArg?: unknown): Promise<number> => {
    const from = entityOf(service, arg);
    if (!from) {
      void vscode.window.showInformationMessage('Byline: put the cursor on a name, or run this on a row of the Entities view.');
      return 0;
    }
    let into = typeof intoArg === 'string' ? service.index.entity(intoArg) : undefined;
    if (!into) {
      const items = service.index
        .entities()
        .filter((e) => e.id !== from.id && (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE'))
        .sort((a, b) => (a.type === from.type ? 0 : 1) - (b.type === from.type ? 0 : 1) || a.name.localeCompare(b.name))
        .map((e) => ({ label: collapseWhitespace(e.name), description: [typeWord(e.type), e.roles[0]].filter(Boolean).join(' · '), id: e.id }));
      const picked = await vscode.window.showQuickPick(items, { title: `Byline: merge “${collapseWhitespace(from.name)}” into…`, matchOnDescription: true });
      if (!picked) return 0;
      into = service.index.entity(picked.id);
    }
    if (!into) return 0;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return 0;
    const tag = `${MERGE_TAG}${from.id}`;
    const put = formsOf(service, from).map((form) =>
      annotations.createWorkspaceWide(form, 'classifying', [body('classifying', typeWord(into.type) ?? 'person'), body('identifying', into.name), body('tagging', tag)]),
    );
    return (await annotations.save(folder, { put }, `merging “${from.name}” into “${into.name}”`)) ? put.length : 0;
  });
}
