// Review progress in the status bar: "$(checklist) 12 not reviewed", the counts per status in the tooltip; a
// click goes to the next claim with no status (review mode). Hidden when the workspace has no claims.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { Commands } from './ids';
import { STATUS_LABELS } from './statusLabels';
import { Coalesced } from './coalesce';

const ITEM_ID = 'byline.review';
const PRIORITY = 50;

export interface ReviewCounts {
  /** Every claim of the workspace. */
  total: number;
  /** Claims with no status. */
  notReviewed: number;
  /** Claims by status word (verified, disputed, needs-source, unverified, or another word the file holds). */
  byStatus: Record<string, number>;
}

export class ReviewStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly refresher = new Coalesced(() => this.update());
  private shown = false;

  constructor(private readonly service: AnalysisService) {
    this.item = vscode.window.createStatusBarItem(ITEM_ID, vscode.StatusBarAlignment.Left, PRIORITY);
    this.item.name = 'Byline Review';
    this.item.command = { command: Commands.nextUnreviewedClaim, title: 'Next Unreviewed Claim' };
    this.subscriptions.push(this.item, service.onDidChange(() => this.scheduleUpdate()));
    this.update();
  }

  /** The claims of the workspace counted by status. */
  counts(): ReviewCounts {
    const byStatus: Record<string, number> = {};
    let total = 0;
    let notReviewed = 0;
    let claims: ReturnType<AnalysisService['index']['claims']> = [];
    try {
      claims = this.service.index.claims();
    } catch {
      // the index is being rebuilt: counted at the next change
    }
    for (const c of claims) {
      total++;
      const s = c.quote.status;
      if (s === undefined) notReviewed++;
      else byStatus[s] = (byStatus[s] ?? 0) + 1;
    }
    return { total, notReviewed, byStatus };
  }

  /** What the item shows now (for tests): hidden, or its text and tooltip. */
  get state(): { visible: boolean; text: string; tooltip: string } {
    return { visible: this.shown, text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
  }

  private scheduleUpdate(): void {
    this.refresher.schedule();
  }

  update(): void {
    const { total, notReviewed, byStatus } = this.counts();
    if (total === 0) {
      this.shown = false;
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${notReviewed} not reviewed`;
    const lines = [`Byline: ${total} claim${total === 1 ? '' : 's'}${this.service.isIndexing ? ' so far (analysing sources…)' : ''}`, `Not reviewed: ${notReviewed}`];
    for (const [status, label] of Object.entries(STATUS_LABELS)) lines.push(`${label}: ${byStatus[status] ?? 0}`);
    for (const [status, n] of Object.entries(byStatus)) if (!(status in STATUS_LABELS)) lines.push(`${status}: ${n}`);
    lines.push('', notReviewed > 0 ? 'Click to go to the next claim not reviewed' : 'Every claim has a status');
    this.item.tooltip = lines.join('\n');
    this.item.accessibilityInformation = { label: `Byline: ${notReviewed} of ${total} claims not reviewed` };
    this.shown = true;
    this.item.show();
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
