// Hovers for entity mentions (who this is, and where else they appear: entityHover.ts), quotes (who said it,
// how, and the same remark in other documents with the wording differences). All document text is
// untrusted: it goes through escapeMarkdown and HTML is off. The quote and figure parts are untrusted
// MarkdownStrings whose links point only at documents; the entity card is trusted for Byline's own "Show All
// Mentions" command alone, with arguments the command validates against the index.
import * as vscode from 'vscode';
import type { DocumentAnalysis, Quote } from '../core';
import { claimWords, similarClaims } from '../core/similar';
import type { DiffPart, SimilarClaim } from '../core/similar';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { kindLabel } from './claimFormat';
import { toLineLink, toOffset, toRange } from './convert';
import { innermost } from './cursor';
import { EntityCard } from './entityHover';
import { escapeMarkdown, markdownLinkTarget, truncate, untrustedMarkdown } from './markdown';
import { STATUS_LABELS } from './statusLabels';

/** Documents the hover applies to. */
export const HOVER_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { scheme: 'file', pattern: '**/*.{txt,md}' },
];

/** How many similar quotes from other documents the quote hover lists. */
const MAX_SIMILAR = 5;

/** Runs of unchanged words longer than this are shortened in the hover's diffs. */
const MAX_SAME_WORDS = 12;

export { entityTypeLabel } from './entityInfo';

/** The display name of an entity or speaker id, from the workspace index, else the document's own cluster. */
export function displayName(service: AnalysisService, analysis: DocumentAnalysis | undefined, id: string): string | undefined {
  return service.index.entity(id)?.name ?? analysis?.clusters.find((c) => c.key === id)?.name;
}

export class BylineHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;
  private readonly entityCard: EntityCard;

  constructor(
    private readonly service: AnalysisService,
    /** What the journalist's annotations with these ids say, and who decided when: one plain line each. */
    private readonly annotationInfo: (ids: readonly string[]) => string[] = () => [],
    /** "N more mentions in M archive documents" for an entity, from the shared archive's cache (or undefined). */
    private readonly archiveLine: (id: string, key: string) => string | undefined = () => undefined,
  ) {
    this.entityCard = new EntityCard(service);
    this.registration = vscode.languages.registerHoverProvider(HOVER_SELECTOR, this);
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover> {
    return this.service.answerHover(doc, () => this.answer(doc, position, token));
  }

  private answer(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const resolved = this.service.analysisFor(doc);
    if (!resolved || token.isCancellationRequested) return undefined;
    const analysis = resolved.analysis;
    const offset = toOffset(doc, position);

    // figures have their own hover (figureHover.ts): the value in words and the same fact elsewhere
    const mention = innermost(analysis.entities, offset);
    const quote = innermost(analysis.quotes, offset);
    if (!mention && !quote) return undefined;

    const contents: vscode.MarkdownString[] = [];
    if (mention) {
      // the archive's counts under the workspace's, where they are seen without scrolling the card
      const card = this.entityCard.render(keyOf(doc.uri), analysis, mention, token, this.archiveLine(mention.entity, keyOf(doc.uri)));
      if (!card || token.isCancellationRequested) return undefined;
      const decided = this.annotationInfo(mention.annotations ?? []);
      if (mention.added || decided.length) {
        card.appendMarkdown(`\n\n---\n\n${mention.added ? '**Marked by hand**\n\n' : ''}${decided.map((l) => escapeMarkdown(l)).join('  \n')}`);
      }
      contents.push(card);
    }
    if (quote) contents.push(this.quoteSection(keyOf(doc.uri), analysis, quote, token));
    if (token.isCancellationRequested) return undefined;

    const target = mention ?? quote!;
    return new vscode.Hover(contents, toRange(doc, target));
  }

  private quoteSection(key: string, analysis: DocumentAnalysis, quote: Quote, token: vscode.CancellationToken): vscode.MarkdownString {
    const md = untrustedMarkdown();
    md.appendMarkdown(`**Quote** — ${escapeMarkdown(kindLabel(quote.kind))}\n\n`);
    let speaker: string;
    if (quote.speaker) {
      const name = displayName(this.service, analysis, quote.speaker) ?? quote.speakerMention?.text ?? quote.speaker.replace(/^anon:/, '');
      speaker = `**${escapeMarkdown(name)}**`;
      if (quote.anonymous || quote.speaker.startsWith('anon:')) speaker += ' (anonymous source)';
      const via = quote.speakerMention?.text.trim();
      if (via && via !== name) speaker += ` — via “${escapeMarkdown(via)}”`;
    } else {
      speaker = '_unknown_';
    }
    md.appendMarkdown(`Speaker: ${speaker}\n\n`);
    md.appendMarkdown(`Cue: ${quote.cue ? `“${escapeMarkdown(quote.cue.text.trim())}”` : '_none_'}\n\n`);
    md.appendMarkdown(`Status: ${quote.status ? `**${escapeMarkdown(STATUS_LABELS[quote.status] ?? quote.status)}**` : '_not reviewed_'}${quote.added ? ' · added by hand' : ''}\n\n`);
    if (quote.note) md.appendMarkdown(`Note: ${escapeMarkdown(truncate(quote.note, 500))}\n\n`);
    const decided = this.annotationInfo(quote.annotations ?? []);
    if (decided.length) md.appendMarkdown(`${decided.map((l) => escapeMarkdown(l)).join('  \n')}\n\n`);
    md.appendMarkdown(`> ${escapeMarkdown(truncate(quote.text, 240))}`);

    if (token.isCancellationRequested) return md;
    let similar: SimilarClaim[] = [];
    try {
      similar = similarClaims(this.service.index, key, quote, MAX_SIMILAR);
    } catch {
      similar = [];
    }
    if (similar.length === 0 || token.isCancellationRequested) return md;
    md.appendMarkdown('\n\n**Elsewhere in the workspace**');
    if (similar.some((s) => s.diff.some((p) => p.op !== 'same'))) {
      md.appendMarkdown(' (**bold**: words only in that source; ~~struck~~: words only in this one)');
    }
    md.appendMarkdown('\n\n');
    const mine = claimWords(quote).split(' ').length;
    for (const s of similar) md.appendMarkdown(this.similarLine(s, quote, mine) + '\n');
    return md;
  }

  /** `- “complete **diplomatic** failure” — Maria Zakharova (another speaker) · reworded · [000.txt](file:///…#L7,83)` */
  private similarLine(s: SimilarClaim, quote: Quote, mineWords: number): string {
    const resolved = this.service.get(s.path)?.analysis;
    const id = s.quote.speaker;
    const name = id ? displayName(this.service, resolved, id) ?? s.quote.speakerMention?.text ?? id.replace(/^anon:/, '') : undefined;
    let who = name ? escapeMarkdown(name) : '_unknown speaker_';
    if (id && id.startsWith('anon:')) who += ' (anonymous source)';
    if (id && quote.speaker && id !== quote.speaker) who += ' (another speaker)';
    const theirs = claimWords(s.quote).split(' ').length;
    const relation = s.relation === 'same' ? 'same words' : s.relation === 'reworded' ? 'reworded' : theirs < mineWords ? 'shorter excerpt' : 'longer version';
    const rel = this.service.relativePath(s.path);
    let link = escapeMarkdown(rel);
    try {
      const uri = this.service.uriOf(s.path);
      const lines = this.service.linesOf(s.path);
      link = `[${escapeMarkdown(rel)}](${markdownLinkTarget(lines ? toLineLink(uri, lines, s.quote.start) : uri)})`;
    } catch {
      // not a URI: the name alone
    }
    const words = s.quote.kind === 'indirect' ? renderDiff(s.diff) : `“${renderDiff(s.diff)}”`;
    return `- ${words} — ${who} · ${relation} · ${link}`;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** Escaped words of a diff: added words in bold, removed words struck through, long unchanged runs shortened. */
export function renderDiff(parts: readonly DiffPart[]): string {
  const out: string[] = [];
  parts.forEach((p, i) => {
    let text = p.text;
    if (p.op === 'same') {
      const w = text.split(' ');
      if (w.length > MAX_SAME_WORDS) {
        if (parts.length === 1) text = [...w.slice(0, MAX_SAME_WORDS), '…'].join(' ');
        else if (i === 0) text = ['…', ...w.slice(-6)].join(' ');
        else if (i === parts.length - 1) text = [...w.slice(0, 6), '…'].join(' ');
        else text = [...w.slice(0, 4), '…', ...w.slice(-4)].join(' ');
      }
      out.push(escapeMarkdown(text));
    } else {
      const e = escapeMarkdown(truncate(text, 200));
      out.push(p.op === 'added' ? `**${e}**` : `~~${e}~~`);
    }
  });
  return out.join(' ');
}
