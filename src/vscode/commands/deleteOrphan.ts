import * as vscode from 'vscode';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';
import { truncate } from '../markdown';
import { plainText } from '../entityInfo';
import { orphanIdsOf } from '../orphansTree';

const SHOWN = 5;

/**
 * `byline.deleteOrphan(row, selectedRows)`: deletes orphaned annotations (Orphans-view rows) from their files,
 * after a modal confirmation: the only way an annotation disappears. Undoable with "Byline: Undo Last
 * Annotation". Resolves to the number of annotations deleted (0 when cancelled).
 */
export function registerDeleteOrphan(annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.deleteOrphan, async (arg?: unknown, selected?: unknown): Promise<number> => {
    const ids = new Set(orphanIdsOf(arg, selected));
    // rows are looked up again: only annotations that are orphans now are deleted
    const rows = annotations.orphans().filter((r) => ids.has(r.ann.id));
    if (rows.length === 0) {
      void vscode.window.showInformationMessage('Byline: pick the annotations to delete in the Orphans view.');
      return 0;
    }
    const n = rows.length;
    const quoted = rows.slice(0, SHOWN).map((r) => {
      const exact = plainText(r.orphan.exact);
      return `${exact ? `“${truncate(exact, 80)}”` : '(no text)'} in ${plainText(r.orphan.source)}`;
    });
    if (n > SHOWN) quoted.push(`and ${n - SHOWN} more`);
    const answer = await vscode.window.showWarningMessage(
      `Delete ${n} annotation${n === 1 ? '' : 's'}? Their text is gone; this cannot be undone except by Byline: Undo Last Annotation.`,
      { modal: true, detail: quoted.join('\n') },
      'Delete',
    );
    if (answer !== 'Delete') return 0;
    const byFolder = new Map<string, { folder: vscode.WorkspaceFolder; ids: string[] }>();
    for (const r of rows) {
      const k = r.folder.uri.toString();
      let g = byFolder.get(k);
      if (!g) byFolder.set(k, (g = { folder: r.folder, ids: [] }));
      g.ids.push(r.ann.id);
    }
    let deleted = 0;
    for (const g of byFolder.values()) {
      const label = g.ids.length === 1 ? 'deleting an orphan' : `deleting ${g.ids.length} orphans`;
      if (await annotations.save(g.folder, { remove: g.ids }, label)) deleted += g.ids.length;
    }
    if (deleted > 0) vscode.window.setStatusBarMessage(`Byline: ${deleted} annotation${deleted === 1 ? '' : 's'} deleted`, 3000);
    return deleted;
  });
}
