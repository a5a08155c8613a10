// The hover card of an entity mention: canonical name and type, the roles the sources give it (each linked to
// where it is stated), its other names, how often and where the workspace mentions it, up to 10 excerpts with
// links, and "Show all mentions". Document text is untrusted: every piece of it is escaped. The card is trusted
// for one command only (Byline's own "Show All Mentions"), whose argument is an entity id and an anchor that
// the command looks up again in the index; links to documents are plain file links.
import * as vscode from 'vscode';
import type { DocumentAnalysis, EntityMention, MentionRef } from '../core';
import type { AnalysisService } from './analysisService';
import { toLineLink } from './convert';
import { byDocument, entityTypeLabel, linesOf, plural, roleStatements } from './entityInfo';
import { Commands } from './ids';
import { contextAround, escapeMarkdown, markdownLinkTarget } from './markdown';

/** How many excerpts the card shows. */
const MAX_SNIPPETS = 10;
/** How many roles, and places per role, the card lists. */
const MAX_ROLES = 6;
const MAX_ROLE_PLACES = 3;
const MAX_ALIASES = 12;

/** What `byline.showEntityMentions` receives from the card: the entity and the mention the card is on. */
export interface ShowMentionsArgs {
  id: string;
  uri: string;
  offset: number;
}

/** A `command:` link target for Byline's command with JSON arguments, safe inside a markdown link. */
export function commandLinkTarget(command: string, args: unknown[]): string {
  return markdownLinkTarget(vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`));
}

export class EntityCard {
  constructor(private readonly service: AnalysisService) {}

  /**
   * The card for `mention` of document `key`; undefined when cancelled. `archived`: the shared archive's line
   * ("12 more mentions in 5 archive documents"), shown under the workspace's counts, above the excerpts.
   */
  render(key: string, analysis: DocumentAnalysis, mention: EntityMention, token: vscode.CancellationToken, archived?: string): vscode.MarkdownString | undefined {
    const index = this.service.index;
    const id = mention.entity;
    const record = index.entity(id);
    const cluster = analysis.clusters.find((c) => c.key === id);
    const name = record?.name ?? cluster?.name ?? mention.text;
    const type = record?.type ?? cluster?.type ?? mention.type;

    const md = new vscode.MarkdownString('', false);
    // trusted for Byline's own command only; no HTML, no theme icons
    md.isTrusted = { enabledCommands: [Commands.showEntityMentions] };
    md.supportHtml = false;
    md.supportThemeIcons = false;
    md.appendMarkdown(`**${escapeMarkdown(name)}** — ${escapeMarkdown(entityTypeLabel(type))}\n\n`);

    // roles, each linked to where it is stated
    const roles = roleStatements(this.service, id, record);
    if (mention.role && roles.length === 0) roles.push({ role: mention.role.text, refs: [{ path: key, mention }] });
    if (roles.length) {
      md.appendMarkdown('Roles:\n\n');
      for (const r of roles.slice(0, MAX_ROLES)) {
        const places = r.refs.slice(0, MAX_ROLE_PLACES).map((ref) => this.link(ref.path, ref.mention.start));
        const more = r.refs.length > MAX_ROLE_PLACES ? `, +${r.refs.length - MAX_ROLE_PLACES} more` : '';
        md.appendMarkdown(`- ${escapeMarkdown(r.role)}${places.length ? ` — ${places.join(', ')}${more}` : ''}\n`);
      }
      if (roles.length > MAX_ROLES) md.appendMarkdown(`- …and ${plural(roles.length - MAX_ROLES, 'more role', 'more roles')}\n`);
      md.appendMarkdown('\n');
    }

    const aliases: string[] = [];
    for (const a of [...(record?.aliases ?? []), ...(cluster?.aliases ?? [])]) {
      const t = a.replace(/\s+/g, ' ').trim();
      if (t && t !== name && !aliases.includes(t)) aliases.push(t);
    }
    if (aliases.length) {
      const shown = aliases.slice(0, MAX_ALIASES).map(escapeMarkdown).join(', ');
      md.appendMarkdown(`Also called: ${shown}${aliases.length > MAX_ALIASES ? ', …' : ''}\n\n`);
    }
    if (token.isCancellationRequested) return undefined;

    // counts and the command that lists them all
    let refs = index.mentions(id);
    if (refs.length === 0) refs = analysis.entities.filter((m) => m.entity === id).map((m) => ({ path: key, mention: m }));
    const docs = byDocument(refs);
    const here = docs.find((d) => d.path === key)?.refs.length ?? 0;
    md.appendMarkdown(`${plural(refs.length, 'mention', 'mentions')} in ${plural(docs.length, 'document', 'documents')}`);
    if (docs.length > 1 && here > 0) md.appendMarkdown(` (${here} in this one)`);
    const args: ShowMentionsArgs = { id, uri: key, offset: mention.start };
    md.appendMarkdown(` · [Show all mentions](${commandLinkTarget(Commands.showEntityMentions, [args])} "Show every mention of this entity in the workspace")\n\n`);
    if (archived) md.appendMarkdown(`${escapeMarkdown(archived)}\n\n`);

    // excerpts: the other documents first, one mention from each in turn, then this document
    const others = docs.filter((d) => d.path !== key).map((d) => ({ d, rel: this.service.relativePath(d.path) })).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)).map((x) => x.d);
    const mine = docs.filter((d) => d.path === key);
    const picked = pickRoundRobin([...others, ...mine], MAX_SNIPPETS, (ref) => !(ref.path === key && ref.mention.start === mention.start));
    for (const ref of picked) {
      if (token.isCancellationRequested) return undefined;
      md.appendMarkdown(this.snippetLine(ref) + '\n');
    }
    const rest = refs.length - 1 - picked.length;
    if (picked.length && rest > 0) md.appendMarkdown(`\n…and ${plural(rest, 'more mention', 'more mentions')}\n`);
    return md;
  }

  /** `[relative/path.txt, line 12](file:///…#L12,5)`, or the escaped name alone when there is no URI. */
  private link(path: string, offset: number): string {
    const rel = this.service.relativePath(path);
    const lines = linesOf(this.service, path);
    const label = lines ? `${rel}, line ${lines.positionAt(offset).line + 1}` : rel;
    try {
      const uri = this.service.uriOf(path);
      return `[${escapeMarkdown(label)}](${markdownLinkTarget(lines ? toLineLink(uri, lines, offset) : uri)})`;
    } catch {
      return escapeMarkdown(label);
    }
  }

  /** `- [000.txt, line 4](…) — …context **Mention** context…` */
  private snippetLine(ref: MentionRef): string {
    let line = `- ${this.link(ref.path, ref.mention.start)}`;
    const text = this.service.textOf(ref.path) ?? this.service.index.text(ref.path);
    if (text !== undefined) {
      const c = contextAround(text, ref.mention.start, ref.mention.end, 45);
      if (c.match) line += ` — ${escapeMarkdown(c.before)}**${escapeMarkdown(c.match)}**${escapeMarkdown(c.after)}`;
    }
    return line;
  }
}

/**
 * Up to `max` mentions taken one document at a time in turn (so that every document shows), skipping those
 * `keep` rejects; returned in the documents' order, then by offset.
 */
export function pickRoundRobin(docs: readonly { path: string; refs: readonly MentionRef[] }[], max: number, keep: (ref: MentionRef) => boolean): MentionRef[] {
  const queues = docs.map((d) => d.refs.filter(keep));
  const taken = queues.map(() => 0);
  let total = 0;
  for (let progress = true; progress && total < max; ) {
    progress = false;
    for (let i = 0; i < queues.length && total < max; i++) {
      if (taken[i] < queues[i].length) {
        taken[i]++;
        total++;
        progress = true;
      }
    }
  }
  return queues.flatMap((q, i) => q.slice(0, taken[i]));
}
