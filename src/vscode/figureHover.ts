// Hover on a figure: its normalised value in words ("£2.26 billion (GBP 2,260,000,000)", "2 March 2025
// (Sunday)"), what Byline compares it as, the figures other documents give for the same fact when they differ,
// and the same figure elsewhere in the workspace, with links. Document text is untrusted: it goes through
// escapeMarkdown, links point only at documents, and the MarkdownString is untrusted with HTML off.
import * as vscode from 'vscode';
import type { Figure } from '../core';
import { figureCounterparts, type FactSource, type PlacedFact } from '../core/conflicts';
import { describeFigure } from '../core/figures';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { toLineLink, toOffset, toRange } from './convert';
import { innermost } from './cursor';
import { contextAround, escapeMarkdown, markdownLinkTarget, untrustedMarkdown } from './markdown';

/** How many documents each list of the hover shows before summarising the rest. */
const MAX_LINES = 5;

const KIND_WORDS: Record<string, string> = {
  money: 'money', percent: 'percentage', count: 'count', date: 'date', duration: 'duration', quantity: 'quantity', age: 'age',
};

const CLASS_WORDS: Record<string, string> = { level: '', change: ' (a change)', rate: ' (a rate)' };

/** A figure in another document. */
interface Elsewhere {
  path: string;
  figure: Figure;
}

/** Two figures give the same value: same kind and unit (counted nouns compared singular), same normalised value. */
function sameValue(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind || a.value === null || a.value !== b.value) return false;
  const unit = (u: string | null): string => (u ?? '').toLowerCase().replace(/s$/, '');
  return unit(a.unit) === unit(b.unit);
}

export class FigureHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerHoverProvider(
      [{ language: 'plaintext' }, { language: 'markdown' }, { scheme: 'file', pattern: '**/*.{txt,md}' }],
      this,
    );
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover> {
    return this.service.answerHover(doc, () => this.answer(doc, position, token));
  }

  private answer(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const resolved = this.service.analysisFor(doc);
    if (!resolved || token.isCancellationRequested) return undefined;
    const figure = innermost(resolved.analysis.figures, toOffset(doc, position));
    if (!figure) return undefined;
    const key = keyOf(doc.uri);
    const md = untrustedMarkdown();
    md.appendMarkdown(`**${escapeMarkdown(figure.text)}** — ${escapeMarkdown(KIND_WORDS[String(figure.kind)] ?? String(figure.kind))}\n\n`);
    const words = describeFigure(figure);
    if (words) md.appendMarkdown(`${escapeMarkdown(words)}\n\n`);
    else if (figure.kind === 'date') md.appendMarkdown(resolved.analysis.dateline ? '_Not resolved to a day._\n\n' : '_Not resolved: the document states no date of its own._\n\n');
    if (figure.kind === 'date' && words && resolved.analysis.dateline && !/\d/.test(figure.text)) {
      const dl = describeFigure({ kind: 'date', value: resolved.analysis.dateline, unit: null });
      if (dl) md.appendMarkdown(`_Counted from the document's date, ${escapeMarkdown(dl)}._\n\n`);
    }
    if (token.isCancellationRequested) return undefined;

    // the same fact in other documents: differing values first, then agreeing ones; then the same value anywhere
    const sources: FactSource[] = [];
    for (const path of this.service.index.paths()) {
      const a = this.service.get(path)?.analysis;
      if (a) sources.push({ path, analysis: a, text: this.service.textOf(path) });
    }
    let differ: PlacedFact[] = [];
    let agree: PlacedFact[] = [];
    let label: string | undefined;
    try {
      // from the figure check's groups when its findings are current; else every document's figures
      const r = this.service.index.figureCounterparts(key, figure) ?? figureCounterparts(sources, key, figure, () => token.isCancellationRequested);
      differ = r.differ;
      agree = r.agree;
      if (r.fact) label = `${r.fact.measure.startsWith('age|') ? 'the age of the person named' : r.fact.label}${CLASS_WORDS[r.fact.cls] ?? ''}`;
    } catch {
      // the hover still shows the value
    }
    if (token.isCancellationRequested) return undefined;
    if (label) md.appendMarkdown(`Compared across documents as: ${escapeMarkdown(label)}\n\n`);
    if (differ.length > 0) {
      md.appendMarkdown(`**Other figures for the same ${escapeMarkdown(label ?? 'fact')}**\n\n`);
      md.appendMarkdown(this.lines(differ) + '\n\n');
    }
    const same: Elsewhere[] = [...agree];
    for (const s of sources) {
      if (token.isCancellationRequested) return undefined;
      if (s.path === key) continue;
      for (const f of s.analysis.figures) {
        if (sameValue(figure, f) && !same.some((x) => x.path === s.path && x.figure.start === f.start)) same.push({ path: s.path, figure: f });
      }
    }
    if (same.length > 0) {
      md.appendMarkdown('**The same figure elsewhere**\n\n');
      md.appendMarkdown(this.lines(same) + '\n');
    }
    return new vscode.Hover(md, toRange(doc, figure));
  }

  /** `- [other.txt](file:///…#L3,14) — …context **£2.5bn** context…`, one per document, then a summary. */
  private lines(list: Elsewhere[]): string {
    const byPath = new Map<string, Elsewhere[]>();
    for (const e of list) {
      let l = byPath.get(e.path);
      if (!l) byPath.set(e.path, (l = []));
      l.push(e);
    }
    const docs = [...byPath.entries()]
      .map(([path, es]) => ({ path, rel: this.service.relativePath(path), first: es.reduce((a, b) => (b.figure.start < a.figure.start ? b : a)), count: es.length }))
      .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    const out = docs.slice(0, MAX_LINES).map((d) => {
      let link = escapeMarkdown(d.rel);
      try {
        const uri = this.service.uriOf(d.path);
        const lines = this.service.linesOf(d.path);
        link = `[${escapeMarkdown(d.rel)}](${markdownLinkTarget(lines ? toLineLink(uri, lines, d.first.figure.start) : uri)})`;
      } catch {
        // not a URI: the name alone
      }
      let line = `- ${link}${d.count > 1 ? ` (${d.count})` : ''}`;
      const text = this.service.textOf(d.path);
      if (text !== undefined) {
        const c = contextAround(text, d.first.figure.start, d.first.figure.end, 45);
        if (c.match) line += ` — ${escapeMarkdown(c.before)}**${escapeMarkdown(c.match)}**${escapeMarkdown(c.after)}`;
      } else {
        line += ` — **${escapeMarkdown(d.first.figure.text)}**`;
      }
      return line;
    });
    if (docs.length > MAX_LINES) out.push(`- …and ${docs.length - MAX_LINES} more ${docs.length - MAX_LINES === 1 ? 'document' : 'documents'}`);
    return out.join('\n');
  }

  dispose(): void {
    this.registration.dispose();
  }
}
