// The journalist's notes in the editor, as comment markers: a note icon in the gutter at the start of the
// span, a dotted underline and an overview-ruler mark over it, and a hover "**Note** (by NAME, DATE): …".
// Notes are the document's `notes` (a note on any span, or a status that found no claim) and the claims that
// carry a note. Only an analysis of the editor's current text is drawn; while an edit waits for its analysis
// the markers stay where they were (VS Code moves them with the text). Hovers are untrusted markdown: the
// note, the name and the date come from the annotations file and are escaped.
import * as vscode from 'vscode';
import type { DocumentAnalysis, DocumentNote, Quote } from '../core';
import type { Annotation } from '../core/annotations';
import { bodyValue } from '../core/annotations';
import type { AnalysisService } from './analysisService';
import { annotationsOf } from './annotate';
import type { AnnotationService } from './annotationService';
import { toRange } from './convert';
import { Colors } from './ids';
import { escapeMarkdown, untrustedMarkdown } from './markdown';
import { STATUS_LABELS } from './statusLabels';
import { Coalesced } from './coalesce';

/** A note as drawn: its span, what it says, and the annotation it comes from (for who and when). */
export interface NoteMarker {
  start: number;
  end: number;
  note?: string;
  status?: string;
  ann?: Annotation;
}

export class NoteDecorations implements vscode.Disposable {
  /** Dotted underline, overview-ruler mark and hover over the noted span. */
  private readonly spanType: vscode.TextEditorDecorationType;
  /** The gutter icon, on the first line of the span only. */
  private readonly gutterType: vscode.TextEditorDecorationType;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly refresher = new Coalesced(() => this.refresh());

  constructor(
    private readonly service: AnalysisService,
    private readonly annotations: AnnotationService,
    extensionUri: vscode.Uri,
  ) {
    const color = new vscode.ThemeColor(Colors.noteBorder);
    this.spanType = vscode.window.createTextEditorDecorationType({
      borderColor: color,
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.gutterType = vscode.window.createTextEditorDecorationType({
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'note.svg'),
      gutterIconSize: '80%',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleRefresh()),
      service.onDidChange(() => this.scheduleRefresh()),
      annotations.onDidChange(() => this.scheduleRefresh()),
    );
    this.refresh();
  }

  private scheduleRefresh(): void {
    this.refresher.schedule();
  }

  /** Redraws every visible editor. */
  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  /** The notes of an analysis: its `notes`, then its claims with a note, by offset. */
  markers(analysis: DocumentAnalysis): NoteMarker[] {
    const out: NoteMarker[] = [];
    for (const n of analysis.notes ?? []) if ((n.note !== undefined && n.note !== '') || n.status !== undefined) out.push(this.noteMarker(n));
    for (const q of analysis.quotes) if (q.note !== undefined && q.note !== '') out.push(this.quoteMarker(q));
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private noteMarker(n: DocumentNote): NoteMarker {
    return { start: n.start, end: n.end, note: n.note, status: n.status, ann: this.annotations.get(n.id)?.ann };
  }

  private quoteMarker(q: Quote): NoteMarker {
    // the latest annotation of the claim that says this note
    const said = annotationsOf(this.annotations, q)
      .filter((a) => bodyValue(a, 'commenting') === q.note)
      .sort((a, b) => (String(a.modified) < String(b.modified) ? -1 : String(a.modified) > String(b.modified) ? 1 : 0));
    return { start: q.start, end: q.end, note: q.note, ann: said[said.length - 1] };
  }

  private draw(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!this.service.isTracked(doc)) {
      editor.setDecorations(this.spanType, []);
      editor.setDecorations(this.gutterType, []);
      return;
    }
    // only an analysis of the current text: offsets of an older text would land in the wrong place
    const resolved = this.service.currentAnalysisFor(doc);
    if (!resolved) return;
    const spans: vscode.DecorationOptions[] = [];
    const gutter: vscode.Range[] = [];
    if (!resolved.analysis.error) {
      for (const m of this.markers(resolved.analysis)) {
        const range = toRange(doc, m);
        spans.push({ range, hoverMessage: noteHover(m) });
        gutter.push(new vscode.Range(range.start, range.start));
      }
    }
    editor.setDecorations(this.spanType, spans);
    editor.setDecorations(this.gutterType, gutter);
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.subscriptions) d.dispose();
    this.spanType.dispose();
    this.gutterType.dispose();
  }
}

/** "**Note** (by NAME, DATE): the note", everything from the file escaped; a status with no claim says so. */
export function noteHover(m: NoteMarker): vscode.MarkdownString {
  const md = untrustedMarkdown();
  const name = m.ann?.creator && typeof m.ann.creator.name === 'string' ? m.ann.creator.name.trim() : '';
  const modified = typeof m.ann?.modified === 'string' ? m.ann.modified : '';
  const date = /^\d{4}-\d{2}-\d{2}/.test(modified) ? modified.slice(0, 10) : modified;
  const by = [name ? `by ${escapeMarkdown(name)}` : '', escapeMarkdown(date)].filter(Boolean).join(', ');
  const head = by ? ` (${by})` : '';
  if (m.note !== undefined && m.note !== '') md.appendMarkdown(`**Note**${head}: ${escapeMarkdown(m.note)}`);
  if (m.status !== undefined) {
    const label = escapeMarkdown(STATUS_LABELS[m.status] ?? m.status);
    md.appendMarkdown(m.note ? `\n\n**Status**: ${label} (no claim was found at this span)` : `**Status**${head}: ${label} (no claim was found at this span)`);
  }
  return md;
}
