// Keeps the Claims view on the claim under the cursor: when the cursor of the active editor moves into a
// claim (and the view is visible), the claim's row is revealed and selected, without taking the focus.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import type { ClaimsTreeProvider } from './claimsTree';
import { claimAtCursor } from './cursor';

const DELAY_MS = 150;

export class ClaimFollower implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The claim row last revealed, so that moving inside one claim does not reveal it again and again. */
  private last: string | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly tree: ClaimsTreeProvider,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(true)),
      // a rebuilt tree may have lost the selection
      tree.onDidChangeTreeData(() => (this.last = undefined)),
      tree.onDidChangeVisibility((e) => {
        if (e.visible) this.schedule(true);
      }),
    );
  }

  private schedule(again = false): void {
    if (again) this.last = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.follow();
    }, DELAY_MS);
  }

  private follow(): void {
    if (!this.tree.visible) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const hit = claimAtCursor(this.service, editor, true);
    if (!hit) {
      this.last = undefined;
      return;
    }
    const node = this.tree.findClaim(hit.key, hit.quote.start, hit.quote.end);
    if (!node || node.id === this.last) return;
    this.last = node.id;
    void this.tree.reveal(node, { select: true, focus: false });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
  }
}
