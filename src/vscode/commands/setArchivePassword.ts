import * as vscode from 'vscode';
import { archiveDatabaseSetting, archivePasswordKey, type ArchiveService } from '../archive';
import { Commands, Settings } from '../ids';

/**
 * `byline.setArchivePassword`: asks for the archive database's password and keeps it in the editor's secret
 * storage (never in settings or the workspace); an empty answer forgets it (PGPASSWORD or ~/.pgpass then apply).
 */
export function registerSetArchivePassword(secrets: vscode.SecretStorage, archive: ArchiveService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.setArchivePassword, async (): Promise<void> => {
    const url = archiveDatabaseSetting();
    if (!url) {
      const open = 'Open Settings';
      const pick = await vscode.window.showInformationMessage('Set byline.archive.database (the archive\'s connection URL, without the password) first.', open);
      if (pick === open) await vscode.commands.executeCommand('workbench.action.openSettings', `${Settings.section}.${Settings.archiveDatabase}`);
      return;
    }
    const pw = await vscode.window.showInputBox({
      title: 'Archive database password',
      prompt: 'Kept in the editor\'s secret storage for this connection URL. Leave empty to forget it.',
      password: true,
      ignoreFocusOut: true,
    });
    if (pw === undefined) return;
    if (pw === '') await secrets.delete(archivePasswordKey(url));
    else await secrets.store(archivePasswordKey(url), pw);
    archive.reset();
    void vscode.window.showInformationMessage(pw === '' ? 'Archive password forgotten.' : 'Archive password saved.');
  });
}
