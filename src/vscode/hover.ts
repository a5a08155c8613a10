// Hovers for entity mentions (who this is, and where else they appear), quotes (who said it, how, and the
// same remark in other documents with the wording differences) and figures. All document text is untrusted:
// it goes through escapeMarkdown, links point only at documents (never `command:` URIs), and the
// MarkdownStrings are untrusted with HTML off.
import * as vscode from 'vscode';
import type { DocumentAnalysis, EntityMention, EntityRecord, Figure, LocalEntity, MentionRef, Quote } from '../core';
import { claimWords, similarClaims } from '../core/similar';
import type { DiffPart, SimilarClaim } from '../core/similar';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { kindLabel } from './claimFormat';
import { toLineLink, toOffset, toRange } from './convert';
import { innermost } from './cursor';
import { contextAround, escapeMarkdown, markdownLinkTarget, truncate, untrustedMarkdown } from './markdown';

/** Documents the hover applies to. */
export const HOVER_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { scheme: 'file', pattern: '**/*.{txt,md}' },
];

/** How many other documents the entity hover lists before summarising the rest. */
const MAX_DOCUMENT_LINES = 8;

/** How many similar quotes from other documents the quote hover lists. */
const MAX_SIMILAR = 5;

/** Runs of unchanged words longer than this are shortened in the hover's diffs. */
const MAX_SAME_WORDS = 12;

const TYPE_LABELS: Record<string, string> = { PERSON: 'person', ORG: 'organisation', PLACE: 'place' };

export function entityTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.toLowerCase();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The display name of an entity or speaker id, from the workspace index, else the document's own cluster. */
export function displayName(service: AnalysisService, analysis: DocumentAnalysis | undefined, id: string): string | undefined {
  return service.index.entity(id)?.name ?? analysis?.clusters.find((c) => c.key === id)?.name;
}

export class BylineHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerHoverProvider(HOVER_SELECTOR, this);
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const resolved = this.service.analysisFor(doc);
    if (!resolved || token.isCancellationRequested) return undefined;
    const analysis = resolved.analysis;
    const offset = toOffset(doc, position);

    const mention = innermost(analysis.entities, offset);
    const figure = innermost(analysis.figures, offset);
    const quote = innermost(analysis.quotes, offset);
    if (!mention && !figure && !quote) return undefined;

    const contents: vscode.MarkdownString[] = [];
    if (mention) contents.push(this.entitySection(keyOf(doc.uri), analysis, mention, token));
    if (token.isCancellationRequested) return undefined;
    if (figure) contents.push(this.figureSection(figure));
    if (quote) contents.push(this.quoteSection(keyOf(doc.uri), analysis, quote, token));
    if (token.isCancellationRequested) return undefined;

    const target = mention ?? figure ?? quote!;
    return new vscode.Hover(contents, toRange(doc, target));
  }

  private entitySection(key: string, analysis: DocumentAnalysis, mention: EntityMention, token: vscode.CancellationToken): vscode.MarkdownString {
    const record: EntityRecord | undefined = this.service.index.entity(mention.entity);
    const cluster: LocalEntity | undefined = analysis.clusters.find((c) => c.key === mention.entity);
    const name = record?.name ?? cluster?.name ?? mention.text;
    const type = record?.type ?? cluster?.type ?? mention.type;

    const roles: string[] = [];
    const addRole = (r: string | undefined) => {
      const t = r?.trim();
      if (t && !roles.some((x) => x.toLowerCase() === t.toLowerCase())) roles.push(t);
    };
    addRole(mention.role?.text);
    for (const r of record?.roles ?? []) addRole(r);
    for (const r of cluster?.roles ?? []) addRole(r.role);

    const aliases: string[] = [];
    for (const a of [...(record?.aliases ?? []), ...(cluster?.aliases ?? [])]) {
      const t = a.trim();
      if (t && t !== name && !aliases.includes(t)) aliases.push(t);
    }

    const md = untrustedMarkdown();
    md.appendMarkdown(`**${escapeMarkdown(name)}** — ${escapeMarkdown(entityTypeLabel(type))}\n\n`);
    if (roles.length) md.appendMarkdown(`Roles: ${roles.map(escapeMarkdown).join('; ')}\n\n`);
    if (aliases.length) md.appendMarkdown(`Also called: ${aliases.map(escapeMarkdown).join(', ')}\n\n`);

    // Other documents that mention the same entity.
    const byPath = new Map<string, MentionRef[]>();
    let here = 0;
    for (const ref of this.service.index.mentions(mention.entity)) {
      if (ref.path === key) {
        here++;
        continue;
      }
      let list = byPath.get(ref.path);
      if (!list) byPath.set(ref.path, (list = []));
      list.push(ref);
    }
    if (token.isCancellationRequested) return md;
    let others = 0;
    for (const list of byPath.values()) others += list.length;
    if (here > 0) md.appendMarkdown(`${plural(here, 'mention', 'mentions')} in this document. `);
    md.appendMarkdown(`${plural(others, 'mention', 'mentions')} in ${plural(byPath.size, 'other document', 'other documents')}`);
    if (byPath.size === 0) return md;
    md.appendMarkdown(':\n\n');

    const docs = [...byPath.entries()]
      .map(([path, refs]) => ({ path, rel: this.service.relativePath(path), first: refs.reduce((a, b) => (b.mention.start < a.mention.start ? b : a)), count: refs.length }))
      .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    for (const d of docs.slice(0, MAX_DOCUMENT_LINES)) md.appendMarkdown(this.documentLine(d.path, d.rel, d.first, d.count) + '\n');
    if (docs.length > MAX_DOCUMENT_LINES) md.appendMarkdown(`\n…and ${plural(docs.length - MAX_DOCUMENT_LINES, 'more document', 'more documents')}\n`);
    return md;
  }

  /** `- [relative/path.md](file:///…#L12,5) (3) — …context **Mention** context…` */
  private documentLine(path: string, rel: string, ref: MentionRef, count: number): string {
    let uri: vscode.Uri;
    try {
      uri = this.service.uriOf(path);
    } catch {
      return `- ${escapeMarkdown(rel)}`;
    }
    const lines = this.service.linesOf(path);
    const target = lines ? toLineLink(uri, lines, ref.mention.start) : uri;
    let line = `- [${escapeMarkdown(rel)}](${markdownLinkTarget(target)})`;
    if (count > 1) line += ` (${count})`;
    const text = this.service.textOf(path);
    if (text !== undefined) {
      const c = contextAround(text, ref.mention.start, ref.mention.end, 45);
      if (c.match) line += ` — ${escapeMarkdown(c.before)}**${escapeMarkdown(c.match)}**${escapeMarkdown(c.after)}`;
    }
    return line;
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

  private figureSection(figure: Figure): vscode.MarkdownString {
    const md = untrustedMarkdown();
    md.appendMarkdown(`**Figure** — ${escapeMarkdown(String(figure.kind))}`);
    if (figure.value !== null && figure.value !== undefined) {
      const value = typeof figure.value === 'number' ? figure.value.toLocaleString('en') : figure.value;
      md.appendMarkdown(`: ${escapeMarkdown(value)}${figure.unit ? ' ' + escapeMarkdown(figure.unit) : ''}`);
    } else if (figure.unit) {
      md.appendMarkdown(` (${escapeMarkdown(figure.unit)})`);
    }
    return md;
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
