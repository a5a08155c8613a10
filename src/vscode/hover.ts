// Hovers for entity mentions (who this is, and where else they appear), quotes (who said it, how)
// and figures. All document text is untrusted: it goes through escapeMarkdown, links point only at
// documents (never `command:` URIs), and the MarkdownStrings are untrusted with HTML off.
import * as vscode from 'vscode';
import type { DocumentAnalysis, EntityMention, EntityRecord, Figure, LocalEntity, MentionRef, Quote } from '../core';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { toLineLink, toOffset, toRange } from './convert';
import { contextAround, escapeMarkdown, markdownLinkTarget, truncate, untrustedMarkdown } from './markdown';

/** Documents the hover applies to. */
export const HOVER_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { scheme: 'file', pattern: '**/*.{txt,md}' },
];

/** How many other documents the entity hover lists before summarising the rest. */
const MAX_DOCUMENT_LINES = 8;

const TYPE_LABELS: Record<string, string> = { PERSON: 'person', ORG: 'organisation', PLACE: 'place' };

export function entityTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.toLowerCase();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The innermost span of `spans` that contains `offset` (spans are [start, end)). */
function innermost<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
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
    if (quote) contents.push(this.quoteSection(analysis, quote));

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

  private quoteSection(analysis: DocumentAnalysis, quote: Quote): vscode.MarkdownString {
    const md = untrustedMarkdown();
    md.appendMarkdown(`**Quote** — ${escapeMarkdown(quote.kind)}\n\n`);
    let speaker: string;
    if (quote.speaker) {
      const name = displayName(this.service, analysis, quote.speaker) ?? quote.speakerMention?.text ?? quote.speaker;
      speaker = `**${escapeMarkdown(name)}**`;
      if (quote.anonymous) speaker += ' (anonymous source)';
      const via = quote.speakerMention?.text.trim();
      if (via && via !== name) speaker += ` — via “${escapeMarkdown(via)}”`;
    } else {
      speaker = '_unknown_';
    }
    md.appendMarkdown(`Speaker: ${speaker}\n\n`);
    md.appendMarkdown(`Cue: ${quote.cue ? `“${escapeMarkdown(quote.cue.text.trim())}”` : '_none_'}\n\n`);
    md.appendMarkdown(`> ${escapeMarkdown(truncate(quote.text, 240))}`);
    return md;
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
