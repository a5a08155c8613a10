import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { keyOf } from '../analysisService';
import { toRange } from '../convert';
import { Commands } from '../ids';

/**
 * `byline.openMention(key: string, start: number, end: number)`: opens an indexed document and selects the
 * span (UTF-16 offsets into the analysed text), e.g. an entity mention. Used by the Entities view; hidden from
 * the Command Palette. Documents Byline has not indexed are refused. Resolves to true when opened.
 */
export function registerOpenMention(service: AnalysisService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openMention, async (key: unknown, start: unknown, end: unknown): Promise<boolean> => {
    if (typeof key !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return false;
    const s = start as number;
    const e = end as number;
    if (s < 0 || e < s) return false;
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(key, true);
    } catch {
      return false;
    }
    if (!service.index.has(keyOf(uri))) return false;
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: true });
    const range = toRange(doc, { start: s, end: e });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
