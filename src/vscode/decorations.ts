// Highlights entities, quotes and figures in visible editors.
// Quotes get a tinted background (they are long); entities a blue tint plus a border, so that an
// entity inside a quote still stands out; figures a green tint with an underline.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { toRange } from './convert';
import { Colors, Settings } from './ids';
import * as settings from './settings';
import type { HighlightKind } from './settings';
import { Coalesced } from './coalesce';

export class DecorationController implements vscode.Disposable {
  private readonly types: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly refresher = new Coalesced(() => this.refresh());

  constructor(private readonly service: AnalysisService) {
    this.types = {
      quotes: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(Colors.quoteBackground),
        overviewRulerColor: new vscode.ThemeColor(Colors.quoteBorder),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
      entities: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(Colors.entityBackground),
        borderColor: new vscode.ThemeColor(Colors.entityBorder),
        borderStyle: 'solid',
        borderWidth: '1px',
        borderRadius: '3px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
      figures: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(Colors.figureBackground),
        borderColor: new vscode.ThemeColor(Colors.figureBorder),
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    };

    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleRefresh()),
      service.onDidChange(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.highlight`) || e.affectsConfiguration(`${Settings.section}.${Settings.claimKinds}`)) this.refresh();
      }),
    );
    // drawn after activation: the first analysis on this thread (the lexicons' loading) is not activation's
    this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    this.refresher.schedule();
  }

  /** Redraws every visible editor. */
  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const doc = editor.document;
    // its analysis is on its way from a thread: drawn when it is stored (a change event follows)
    if (this.service.analysisInFlight(doc)) return;
    const analysis = this.service.analysisFor(doc)?.analysis;
    const ranges: Record<HighlightKind, vscode.Range[]> = { entities: [], quotes: [], figures: [] };
    if (analysis && !analysis.error) {
      if (settings.highlightEnabled('quotes')) {
        const kinds = settings.claimKinds();
        for (const q of analysis.quotes) if (kinds.has(q.kind)) ranges.quotes.push(toRange(doc, q));
      }
      if (settings.highlightEnabled('entities')) for (const m of analysis.entities) ranges.entities.push(toRange(doc, m));
      if (settings.highlightEnabled('figures')) for (const f of analysis.figures) ranges.figures.push(toRange(doc, f));
    }
    for (const kind of Object.keys(this.types) as HighlightKind[]) editor.setDecorations(this.types[kind], ranges[kind]);
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.subscriptions) d.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}
