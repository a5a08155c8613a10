import * as vscode from 'vscode';
import { toRange } from '../convert';
import { Commands } from '../ids';

/**
 * `byline.openClaim(uri: string, start: number, end: number)`: opens the document and selects the
 * claim's span (UTF-16 offsets). Used by the Claims view; hidden from the Command Palette.
 */
export function registerOpenClaim(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openClaim, async (uri: unknown, start: unknown, end: unknown) => {
    if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
    const target = vscode.Uri.parse(uri, true);
    const doc = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(doc, { preview: true });
    const range = toRange(doc, { start: start as number, end: end as number });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
