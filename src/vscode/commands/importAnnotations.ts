import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations';
import { readAnnotationsExport } from '../../core/exportFormats';
import type { AnnotationService } from '../annotationService';
import { Commands } from '../ids';

/**
 * `byline.importAnnotations`: merges an exported W3C JSON-LD file (or a .jsonl of annotations) into the
 * annotations of a workspace folder; an annotation with the same id keeps the later `modified`. Arguments
 * (for tests): the file's URI and the folder's URI. Resolves to the number added or updated.
 */
export function registerImportAnnotations(annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.importAnnotations, async (fileArg?: unknown, folderArg?: unknown): Promise<number | undefined> => {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('Byline: open a folder first: annotations are kept in it.');
      return undefined;
    }
    let file = typeof fileArg === 'string' ? vscode.Uri.parse(fileArg, true) : undefined;
    if (!file) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Annotations': ['jsonld', 'json', 'jsonl'] }, title: 'Byline: import annotations' });
      file = picked?.[0];
    }
    if (!file) return undefined;
    let folder = typeof folderArg === 'string' ? folders.find((f) => f.uri.toString() === folderArg) : undefined;
    if (!folder) folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Import into which folder?' });
    if (!folder) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch (e) {
      void vscode.window.showErrorMessage(`Byline: cannot read ${file.fsPath}: ${(e as Error).message}`);
      return undefined;
    }
    const read = readAnnotationsExport(text);
    if (read.errors.length) void vscode.window.showWarningMessage(`Byline: ${read.errors.length} item(s) of ${vscode.workspace.asRelativePath(file)} are not annotations and were left out (${read.errors[0]}).`);
    const here = new Map(annotations.all().filter((a) => a.folder.uri.toString() === folder.uri.toString()).map((a) => [a.ann.id, a.ann]));
    const put: Annotation[] = read.annotations.filter((a) => {
      const old = here.get(a.id);
      return !old || a.modified > old.modified;
    });
    if (put.length === 0) {
      void vscode.window.showInformationMessage(`Byline: nothing new to import (${read.annotations.length} annotation(s) already there).`);
      return 0;
    }
    if (!(await annotations.save(folder, { put }, `importing ${put.length} annotation(s)`))) return undefined;
    void vscode.window.showInformationMessage(`Byline: imported ${put.length} annotation(s) into ${folder.name}.`);
    return put.length;
  });
}
