// The status-bar item that says how many sources Byline has analysed: progress while indexing, the count
// after, and a warning when byline.maxFiles left files out (a click offers to raise it).
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { Commands } from './ids';

const n = (x: number): string => x.toLocaleString('en');

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.index', vscode.StatusBarAlignment.Left, 9);
  private readonly subscriptions: vscode.Disposable[] = [this.item];

  constructor(private readonly service: AnalysisService) {
    this.item.name = 'Byline Sources';
    this.subscriptions.push(service.onDidChangeProgress(() => this.update()), service.onDidChange(() => this.update()));
    this.update();
  }

  /** What the item shows now (for tests). */
  get state(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
  }

  private update(): void {
    const { done, total } = this.service.progress;
    const docs = this.service.index.paths().length;
    const cap = this.service.capped;
    if (this.service.isIndexing) {
      this.item.text = `$(sync~spin) Byline ${n(done)}/${n(total)}`;
      this.item.tooltip = `Byline is analysing the workspace's sources: ${n(done)} of ${n(total)} (off the editor's thread; every view answers meanwhile)`;
      this.item.command = undefined;
    } else if (this.service.isLinking) {
      this.item.text = `$(sync~spin) Byline linking ${n(docs)} sources`;
      this.item.tooltip = `Byline is linking the entities of ${n(docs)} sources and checking them against each other (in the background; every view answers meanwhile)`;
      this.item.command = undefined;
    } else if (cap) {
      this.item.text = `$(warning) Byline ${n(docs)} of ${n(cap.found)}+ sources`;
      this.item.tooltip = `Only the first ${n(cap.max)} source files are analysed (setting byline.maxFiles). Click to change it.`;
      this.item.command = { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['byline.maxFiles'] };
    } else {
      this.item.text = `$(library) ${n(docs)} source${docs === 1 ? '' : 's'}`;
      this.item.tooltip = `Byline has analysed ${n(docs)} source document${docs === 1 ? '' : 's'} of this workspace. Click to analyse them again.`;
      this.item.command = { title: 'Re-analyse Workspace', command: Commands.refresh };
    }
    if (docs > 0 || this.service.isIndexing || cap) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
