// The shared archive in the editor (archive-v1): a connection only when `byline.archive.database` is set,
// the password from the editor's secret storage (else PGPASSWORD or ~/.pgpass). Entity counts are fetched in
// the background when a document is shown, so the hover reads them from a cache and never waits long.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { Settings } from './ids';
import { ArchiveClient, archiveCountsLine } from '../node/archive/archiveClient';

/** The secret-storage key of an archive's password (per connection URL). */
export function archivePasswordKey(url: string): string {
  return `byline.archive.password:${url}`;
}

/** `byline.archive.database`, trimmed; undefined when empty. */
export function archiveDatabaseSetting(): string | undefined {
  const v = vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.archiveDatabase, '');
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

export class ArchiveService implements vscode.Disposable {
  private current: ArchiveClient;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly service: AnalysisService,
    private readonly secrets: vscode.SecretStorage,
    private readonly output: vscode.OutputChannel,
  ) {
    this.current = this.make();
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.archiveDatabase}`)) this.reset();
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => ed && this.prefetch(ed.document)),
    );
    const ed = vscode.window.activeTextEditor;
    if (ed) this.prefetch(ed.document);
  }

  private make(): ArchiveClient {
    const url = archiveDatabaseSetting();
    return new ArchiveClient(url, {
      password: url ? async () => (await this.secrets.get(archivePasswordKey(url))) ?? undefined : undefined,
      onError: (m) => this.output.appendLine(`Archive: ${m}; Byline works offline meanwhile.`),
    });
  }

  /** A new connection (the setting or the password changed). */
  reset(): void {
    void this.current.dispose();
    this.current = this.make();
  }

  get client(): ArchiveClient {
    return this.current;
  }

  /** The archive path of a workspace document: its path relative to the workspace folder. */
  archivePath(key: string): string {
    return this.service.relativePath(key).split('\\').join('/');
  }

  private prefetch(doc: vscode.TextDocument): void {
    if (!this.current.enabled) return;
    const resolved = this.service.analysisFor(doc);
    if (!resolved) return;
    void this.current.prefetch(resolved.analysis.entities.map((m) => m.entity), this.archivePath(keyOf(doc.uri)));
  }

  /** The hover's archive line for an entity, from the cache (undefined when unknown yet, offline, or no archive). */
  hoverLine(id: string, key: string): string | undefined {
    if (!this.current.enabled) return undefined;
    return archiveCountsLine(this.current.cachedCounts(id, this.archivePath(key)));
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    void this.current.dispose();
  }
}
