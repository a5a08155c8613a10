import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { ClaimsTreeProvider } from '../claimsTree';
import { claimAtCursor, entityAtCursor } from '../cursor';
import { displayName } from '../hover';
import { Commands } from '../ids';

/** A speaker row of the Claims view, as VS Code passes it to a command from the row's context menu. */
function speakerRowId(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { kind, id } = arg as { kind?: unknown; id?: unknown };
  return kind === 'speaker' && typeof id === 'string' ? id : undefined;
}

/**
 * `byline.showSpeakerClaims`: filters the Claims view to one speaker and shows it. The speaker is the one of
 * the speaker row it is invoked on, else the entity under the cursor (or the speaker of the claim under the
 * cursor). Says so when that entity has no claims. Resolves to true when the view was filtered.
 */
export function registerShowSpeakerClaims(service: AnalysisService, tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showSpeakerClaims, async (arg?: unknown): Promise<boolean> => {
    let target: { id: string; name: string } | undefined;
    const rowId = speakerRowId(arg);
    if (rowId !== undefined) {
      // only a row the tree really has: the argument's other fields are not trusted
      const row = tree.speakerById(rowId);
      if (row?.id) target = { id: row.id, name: row.name };
    } else {
      const editor = vscode.window.activeTextEditor;
      const resolved = editor ? service.analysisFor(editor.document) : undefined;
      if (!editor || !resolved) {
        void vscode.window.showInformationMessage('Byline: open a source and put the cursor on a name to see the claims of that speaker.');
        return false;
      }
      const entity = entityAtCursor(service, editor);
      const id = entity?.mention.entity ?? claimAtCursor(service, editor)?.quote.speaker ?? undefined;
      if (!id) {
        void vscode.window.showInformationMessage('Byline: the cursor is not on a name. Put it on a person, an organisation or a place.');
        return false;
      }
      const name = displayName(service, resolved.analysis, id) ?? entity?.mention.text ?? id.replace(/^anon:/, '');
      target = { id, name: name.replace(/\s+/g, ' ').trim() };
    }
    if (!target) return false;
    const id = target.id;
    const claims = service.index.claims().filter((c) => c.quote.speaker === id);
    if (claims.length === 0) {
      void vscode.window.showInformationMessage(`Byline: no claims by ${target.name} in the workspace.`);
      return false;
    }
    if (tree.scope === 'document' && !claims.some((c) => c.path === tree.documentKey)) await tree.setScope('workspace');
    tree.setFilter(target);
    await tree.focus();
    const row = tree.speakerById(id);
    if (row) await tree.reveal(row, { select: false, focus: false, expand: true });
    return true;
  });
}
