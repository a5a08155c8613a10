import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { archiveDatabaseSetting, type ArchiveService } from '../archive';
import { Commands, Settings } from '../ids';
import { parseArchiveQuery, workspaceCandidates } from '../../node/archive/archiveClient';
import type { ArchiveClaim } from '../../node/archive/search';

interface ClaimItem extends vscode.QuickPickItem {
  claim: ArchiveClaim;
  file?: string;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * `byline.searchArchive`: claims of the shared archive by words and/or speaker (`@Name` or `speaker:"Name"`),
 * in a quick pick; a claim whose document is in the workspace opens at its span. Resolves to the claims found.
 */
export function registerSearchArchive(archive: ArchiveService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.searchArchive, async (input?: string): Promise<ArchiveClaim[] | undefined> => {
    if (!archiveDatabaseSetting()) {
      const open = 'Open Settings';
      const pick = await vscode.window.showInformationMessage('No archive is set: Byline works offline. Set byline.archive.database to a shared archive\'s connection URL to search it.', open);
      if (pick === open) await vscode.commands.executeCommand('workbench.action.openSettings', `${Settings.section}.${Settings.archiveDatabase}`);
      return undefined;
    }
    const text = input ?? (await vscode.window.showInputBox({
      title: 'Search Archive',
      prompt: 'Words to find in claims, and/or a speaker: @Peskov or speaker:"Dmitry Peskov"',
      placeHolder: 'ceasefire talks @Peskov',
      ignoreFocusOut: true,
    }));
    if (!text?.trim()) return undefined;
    const q = parseArchiveQuery(text);
    let claims: ArchiveClaim[];
    try {
      claims = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Searching the archive…' }, () => archive.client.search({ ...q, limit: 200 }));
    } catch (e) {
      void vscode.window.showErrorMessage(`Byline: ${(e as Error).message}`);
      return undefined;
    }
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    const items: ClaimItem[] = claims.map((claim) => {
      const file = workspaceCandidates(claim.path, folders, path.join, path.isAbsolute).find((p) => existsSync(p));
      return {
        claim,
        file,
        label: oneLine(claim.text, 120),
        description: `${claim.speakerName ?? 'unattributed'} · ${claim.kind}`,
        detail: file ? claim.path : `${claim.path} (not in this workspace)`,
      };
    });
    if (input !== undefined) return claims; // called with the words (tests, other commands): no picker
    const picked = await vscode.window.showQuickPick(items, {
      title: `Archive: ${claims.length} claim${claims.length === 1 ? '' : 's'}${claims.length === 200 ? ' (the first 200)' : ''}`,
      matchOnDescription: true,
      matchOnDetail: true,
      placeHolder: claims.length ? 'Open a claim (those whose document is in this workspace)' : 'No claims found',
    });
    if (!picked) return claims;
    if (!picked.file) {
      void vscode.window.showInformationMessage(`${picked.claim.path} is not in this workspace: open the folder that holds it to read the claim in place.`);
      return claims;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(picked.file));
    const range = new vscode.Range(doc.positionAt(picked.claim.start), doc.positionAt(picked.claim.end));
    await vscode.window.showTextDocument(doc, { selection: range });
    return claims;
  });
}
