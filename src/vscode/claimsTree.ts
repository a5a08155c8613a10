// The "Claims" view: the quotes and reported claims of the workspace (or of the active document), grouped by
// speaker. Named speakers come first, most claims first; then one "Anonymous sources" node holding the
// anonymous sources by description; then "Unattributed". The view can be filtered to one speaker.
import * as vscode from 'vscode';
import type { Claim, QuoteKind } from '../core';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import { baseName, kindLabel, shortName } from './claimFormat';
import { toLineNumber } from './convert';
import { Commands, ContextKeys, Settings, StateKeys, Views } from './ids';
import { collapseWhitespace, truncate } from './markdown';
import * as settings from './settings';
import { STATUS_COLORS, STATUS_ICONS, STATUS_LABELS } from './statusLabels';

const UNATTRIBUTED = 'Unattributed';
const ANONYMOUS_SOURCES = 'Anonymous sources';
const EXCERPT_LENGTH = 80;
const TOOLTIP_TEXT_LENGTH = 1000;

export type ClaimsScope = 'workspace' | 'document';

/** Distinct codicons per kind of claim. */
const KIND_ICONS: Record<string, string> = {
  direct: 'quote',
  partial: 'whole-word',
  mixed: 'comment-discussion',
  indirect: 'comment',
  stance: 'thumbsup',
  belief: 'lightbulb',
  evidence: 'graph',
};

export interface GroupNode {
  kind: 'group';
  name: string;
  speakers: SpeakerNode[];
  claimCount: number;
}

export interface SpeakerNode {
  kind: 'speaker';
  /** Entity id ("person:keir-starmer", "anon:two officials…"), or null for claims with no known speaker. */
  id: string | null;
  name: string;
  type: string | undefined;
  anonymous: boolean;
  claims: Claim[];
  /** The "Anonymous sources" node this speaker is listed under, if any. */
  parent?: GroupNode;
  /** Set when the view is filtered to this speaker (then it is the only root, expanded). */
  only?: boolean;
  children?: ClaimNode[];
}

export interface ClaimNode {
  kind: 'claim';
  speaker: SpeakerNode;
  claim: Claim;
  /** Stable, unique tree id. */
  id: string;
}

export type ClaimsTreeNode = GroupNode | SpeakerNode | ClaimNode;

/** The speaker the view is filtered to. */
export interface SpeakerFilter {
  id: string;
  name: string;
}

function isAnonymousId(id: string | null): boolean {
  return id !== null && id.startsWith('anon:');
}

/** Which statuses the view shows: a status word, or 'none' for claims not reviewed yet. */
export type StatusFilter = ReadonlySet<string>;

/** What the annotations say about a claim, for its row: who decided and when, in plain text. */
export type AnnotationInfo = (ids: readonly string[]) => string[];

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  readonly view: vscode.TreeView<ClaimsTreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: ClaimsTreeNode[] | undefined;
  private scopeValue: ClaimsScope;
  private filterValue: SpeakerFilter | undefined;
  private statusFilterValue: StatusFilter | undefined;
  private annotationInfo: AnnotationInfo = () => [];
  /** The document the "This Document" scope shows: the active editor's, or the last tracked one that was active. */
  private documentKeyValue: string | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly state: vscode.Memento,
  ) {
    this.scopeValue = state.get<string>(StateKeys.claimsScope) === 'document' ? 'document' : 'workspace';
    this.documentKeyValue = this.trackedKey(vscode.window.activeTextEditor);
    this.view = vscode.window.createTreeView(Views.claims, { treeDataProvider: this, showCollapseAll: true, canSelectMany: true });
    this.subscriptions.push(
      this.view,
      service.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (settings.affects(e, Settings.claimKinds)) this.refresh();
      }),
    );
    this.updateContext();
    this.updateTitle();
  }

  // ---------------------------------------------------------------- state

  get scope(): ClaimsScope {
    return this.scopeValue;
  }

  get filter(): SpeakerFilter | undefined {
    return this.filterValue;
  }

  /** Index key of the document the "This Document" scope shows. */
  get documentKey(): string | undefined {
    return this.documentKeyValue;
  }

  get visible(): boolean {
    return this.view.visible;
  }

  get onDidChangeVisibility(): vscode.Event<vscode.TreeViewVisibilityChangeEvent> {
    return this.view.onDidChangeVisibility;
  }

  async setScope(scope: ClaimsScope): Promise<void> {
    if (scope === 'document') this.documentKeyValue = this.trackedKey(vscode.window.activeTextEditor) ?? this.documentKeyValue;
    if (scope === this.scopeValue) return;
    this.scopeValue = scope;
    this.updateContext();
    this.refresh();
    await this.state.update(StateKeys.claimsScope, scope);
  }

  setFilter(filter: SpeakerFilter): void {
    this.filterValue = { id: filter.id, name: filter.name };
    this.updateContext();
    this.refresh();
  }

  clearFilter(): void {
    if (!this.filterValue && !this.statusFilterValue) return;
    this.filterValue = undefined;
    this.statusFilterValue = undefined;
    this.updateContext();
    this.refresh();
  }

  get statusFilter(): StatusFilter | undefined {
    return this.statusFilterValue;
  }

  /** Shows only the claims with one of these statuses ('none': not reviewed); undefined shows all. */
  setStatusFilter(filter: StatusFilter | undefined): void {
    this.statusFilterValue = filter && filter.size ? new Set(filter) : undefined;
    this.updateContext();
    this.refresh();
  }

  setAnnotationInfo(info: AnnotationInfo): void {
    this.annotationInfo = info;
    this.refresh();
  }

  /** True when a claim passes the status filter. */
  private statusPasses(claim: Claim): boolean {
    const f = this.statusFilterValue;
    return !f || f.has(claim.quote.status ?? 'none');
  }

  /** The claims the view lists now: the scope, the speaker filter and the status filter applied. */
  visibleClaims(): Claim[] {
    const id = this.filterValue?.id;
    return this.claimsInScope().filter((c) => (id === undefined || c.quote.speaker === id) && this.statusPasses(c));
  }

  /** The claims the current scope covers, before the speaker filter. */
  claimsInScope(): Claim[] {
    try {
      // only the kinds `byline.claims.kinds` shows (a quote-only user hides reported speech and typed claims)
      const kinds = settings.claimKinds();
      if (this.scopeValue === 'workspace') return this.service.index.claims().filter((c) => kinds.has(c.quote.kind));
      const key = this.documentKeyValue;
      const quotes = key ? this.service.get(key)?.analysis.quotes ?? [] : [];
      return quotes.filter((quote) => kinds.has(quote.kind)).map((quote) => ({ path: key!, quote }));
    } catch {
      return [];
    }
  }

  /** Rebuilds the tree from the index (lazily, when the view next asks). */
  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
    this.updateTitle();
  }

  /** Reveals the view. */
  async focus(): Promise<void> {
    await vscode.commands.executeCommand(`${Views.claims}.focus`);
  }

  async reveal(node: ClaimsTreeNode, options: { select?: boolean; focus?: boolean; expand?: boolean | number }): Promise<void> {
    try {
      await this.view.reveal(node, options);
    } catch {
      // the tree changed under us: nothing to reveal any more
    }
  }

  // ---------------------------------------------------------------- look-ups

  /** The row of the claim at [start, end) of document `key`, if the view lists it. */
  findClaim(key: string, start: number, end: number): ClaimNode | undefined {
    for (const speaker of this.speakers()) {
      if (!speaker.claims.some((c) => c.path === key && c.quote.start === start && c.quote.end === end)) continue;
      return this.claimNodes(speaker).find((n) => n.claim.path === key && n.claim.quote.start === start && n.claim.quote.end === end);
    }
    return undefined;
  }

  /** A claim row of the current tree by its id (command arguments are checked against the tree this way). */
  claimById(id: string): ClaimNode | undefined {
    for (const speaker of this.speakers()) {
      const found = this.claimNodes(speaker).find((n) => n.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** A speaker row of the current tree by its speaker id. */
  speakerById(id: string): SpeakerNode | undefined {
    return this.speakers().find((s) => s.id === id);
  }

  private speakers(): SpeakerNode[] {
    return this.build().flatMap((n) => (n.kind === 'group' ? n.speakers : n.kind === 'speaker' ? [n] : []));
  }

  // ---------------------------------------------------------------- TreeDataProvider

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) return this.build();
    if (node.kind === 'group') return node.speakers;
    if (node.kind === 'speaker') return this.claimNodes(node);
    return [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'claim') return node.speaker;
    if (node.kind === 'speaker') return node.parent;
    return undefined;
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'group') return this.groupItem(node);
    return node.kind === 'speaker' ? this.speakerItem(node) : this.claimItem(node);
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = 'group:anonymous';
    const sources = `${node.speakers.length} source${node.speakers.length === 1 ? '' : 's'}`;
    const claims = `${node.claimCount} claim${node.claimCount === 1 ? '' : 's'}`;
    item.description = `${sources}, ${claims}`;
    item.tooltip = `Sources the documents do not name, by how they describe them: ${sources}, ${claims}`;
    item.iconPath = new vscode.ThemeIcon('eye-closed');
    item.contextValue = 'byline.anonymousSources';
    return item;
  }

  private speakerItem(node: SpeakerNode): vscode.TreeItem {
    const label = node.anonymous && !node.parent ? `Anonymous: ${node.name}` : node.name;
    const state = node.only ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(label, state);
    // a different id when filtered, so that the row opens expanded whatever state it was left in
    item.id = `speaker:${node.id ?? ''}${node.only ? ':only' : ''}`;
    item.description = String(node.claims.length);
    const n = `${node.claims.length} claim${node.claims.length === 1 ? '' : 's'}`;
    item.tooltip = node.anonymous ? `Anonymous source: ${node.name} — ${n}` : `${node.name}: ${n}`;
    // A place as a speaker ("Moscow said") stands for its government: shown as an organisation.
    const icon = node.id === null ? 'question' : node.type === 'ORG' || node.type === 'PLACE' ? 'organization' : 'person';
    item.iconPath = new vscode.ThemeIcon(icon);
    item.contextValue = node.id === null ? 'byline.unattributed' : 'byline.speaker';
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const { claim } = node;
    const q = claim.quote;
    const item = new vscode.TreeItem(truncate(q.text, EXCERPT_LENGTH), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const rel = this.service.relativePath(claim.path);
    const cue = q.cue ? collapseWhitespace(q.cue.text) : '';
    const annotated = (q.annotations?.length ?? 0) > 0;
    item.description = [annotated ? '✎' : '', q.status ? STATUS_LABELS[q.status] ?? q.status : '', cue, shortName(baseName(rel))].filter(Boolean).join(' · ');
    // A plain-string tooltip: never rendered as markdown.
    const lines = this.service.linesOf(claim.path);
    const where = lines ? `${rel}, line ${toLineNumber(lines, q.start)}` : rel;
    const via = q.speakerMention ? collapseWhitespace(q.speakerMention.text) : '';
    const who = node.speaker.id === null ? UNATTRIBUTED : node.speaker.anonymous ? `${node.speaker.name} (anonymous source)` : node.speaker.name;
    item.tooltip = [
      truncate(q.text, TOOLTIP_TEXT_LENGTH),
      '',
      `Speaker: ${who}${via && via !== node.speaker.name ? ` — “${via}”` : ''}`,
      `Cue: ${cue || 'none'}`,
      `Kind: ${kindLabel(q.kind)}`,
      `Document: ${where}`,
      `Status: ${q.status ? STATUS_LABELS[q.status] ?? q.status : 'not reviewed'}${q.note ? ` — ${truncate(q.note, 300)}` : ''}`,
      ...(q.added ? ['Added by hand'] : []),
      ...this.annotationInfo(q.annotations ?? []),
    ].join('\n');
    item.iconPath = q.status
      ? new vscode.ThemeIcon(STATUS_ICONS[q.status] ?? 'circle-large-outline', new vscode.ThemeColor(STATUS_COLORS[q.status] ?? 'descriptionForeground'))
      : new vscode.ThemeIcon(KIND_ICONS[q.kind as QuoteKind] ?? 'quote');
    item.contextValue = 'byline.claim';
    item.command = {
      command: Commands.openClaim,
      title: 'Open Claim',
      arguments: [claim.path, q.start, q.end],
    };
    return item;
  }

  // ---------------------------------------------------------------- building

  private claimNodes(speaker: SpeakerNode): ClaimNode[] {
    if (speaker.children) return speaker.children;
    const used = new Set<string>();
    speaker.children = [...speaker.claims]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.quote.start - b.quote.start))
      .map((claim) => {
        const base = `claim:${speaker.id ?? ''}:${claim.path}:${claim.quote.start}:${claim.quote.end}`;
        let id = base;
        for (let i = 2; used.has(id); i++) id = `${base}:${i}`;
        used.add(id);
        return { kind: 'claim', speaker, claim, id };
      });
    return speaker.children;
  }

  private build(): ClaimsTreeNode[] {
    if (this.roots) return this.roots;
    const groups = new Map<string | null, SpeakerNode>();
    const filter = this.filterValue;
    for (const claim of this.claimsInScope()) {
      const id = claim.quote.speaker ?? null;
      if (filter && id !== filter.id) continue;
      if (!this.statusPasses(claim)) continue;
      let group = groups.get(id);
      if (!group) {
        group = this.speakerNode(id, claim);
        groups.set(id, group);
      }
      group.claims.push(claim);
    }
    const byCount = (a: SpeakerNode, b: SpeakerNode): number => b.claims.length - a.claims.length || a.name.localeCompare(b.name);
    const all = [...groups.values()];
    if (filter) {
      for (const s of all) s.only = true;
      this.roots = all;
      return this.roots;
    }
    const named = all.filter((s) => s.id !== null && !s.anonymous).sort(byCount);
    const anonymous = all.filter((s) => s.anonymous).sort(byCount);
    const roots: ClaimsTreeNode[] = [...named];
    if (anonymous.length) {
      const group: GroupNode = { kind: 'group', name: ANONYMOUS_SOURCES, speakers: anonymous, claimCount: 0 };
      for (const s of anonymous) {
        s.parent = group;
        group.claimCount += s.claims.length;
      }
      roots.push(group);
    }
    const unattributed = groups.get(null);
    if (unattributed) roots.push(unattributed);
    this.roots = roots;
    return roots;
  }

  private speakerNode(id: string | null, first: Claim): SpeakerNode {
    if (id === null) return { kind: 'speaker', id, name: UNATTRIBUTED, type: undefined, anonymous: false, claims: [] };
    const record = this.service.index.entity(id);
    const cluster = this.service.get(first.path)?.analysis.clusters.find((c) => c.key === id);
    const anonymous = isAnonymousId(id) || first.quote.anonymous === true || record?.type === 'ANONYMOUS';
    const fallback = anonymous ? id.replace(/^anon:/, '') : first.quote.speakerMention?.text ?? id;
    const name = collapseWhitespace(record?.name ?? cluster?.name ?? fallback) || id;
    return { kind: 'speaker', id, name, type: record?.type ?? cluster?.type, anonymous, claims: [] };
  }

  // ---------------------------------------------------------------- scope, title, context

  private trackedKey(editor: vscode.TextEditor | undefined): string | undefined {
    if (!editor || !this.service.isTracked(editor.document)) return undefined;
    return keyOf(editor.document.uri);
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    const key = this.trackedKey(editor);
    // another kind of editor (settings, output) keeps the last source in view
    if (!key || key === this.documentKeyValue) return;
    this.documentKeyValue = key;
    if (this.scopeValue === 'document') this.refresh();
  }

  /**
   * The scope is in the view's title ("Claims · Workspace", "Claims · This Document"), which VS Code shows in
   * the side bar's title; the document and the speaker filter are in the message above the rows (and in the
   * description, which VS Code shows when the view has its own header).
   */
  private updateTitle(): void {
    const doc = this.documentKeyValue ? shortName(baseName(this.service.relativePath(this.documentKeyValue)), 40) : undefined;
    const document = this.scopeValue === 'document';
    this.view.title = document ? 'Claims · This Document' : 'Claims · Workspace';
    const parts = [document ? doc : undefined, this.filterValue ? `${this.filterValue.name} only` : undefined, this.statusFilterValue ? [...this.statusFilterValue].map((s) => (s === 'none' ? 'not reviewed' : STATUS_LABELS[s] ?? s)).join(', ') : undefined];
    this.view.description = parts.filter(Boolean).join(' · ');
    this.view.message = this.message(doc);
  }

  private message(doc: string | undefined): string | undefined {
    if (this.service.isIndexing) return 'Analysing sources…';
    const document = this.scopeValue === 'document';
    if (document && !this.documentKeyValue) return 'Open a .txt or .md source to see its claims.';
    if (!document && !this.filterValue && !this.statusFilterValue) return undefined; // an empty tree shows the welcome text
    if (this.statusFilterValue && !this.filterValue) {
      const n = this.visibleClaims().length;
      const which = [...this.statusFilterValue].map((s) => (s === 'none' ? 'not reviewed' : (STATUS_LABELS[s] ?? s).toLowerCase())).join(' or ');
      return n ? `${n} claim${n === 1 ? '' : 's'} ${which} in ${document ? doc ?? 'this document' : 'the workspace'}:` : `No claims ${which} in ${document ? doc ?? 'this document' : 'the workspace'}.`;
    }
    const where = document ? doc ?? 'this document' : 'the workspace';
    const claims = this.claimsInScope();
    if (this.filterValue) {
      const id = this.filterValue.id;
      const any = claims.some((c) => c.quote.speaker === id);
      return any ? `Only the claims by ${this.filterValue.name} in ${where}.` : `No claims by ${this.filterValue.name} in ${where}.`;
    }
    return claims.length ? `Claims in ${where}:` : `No claims in ${where}.`;
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsScope, this.scopeValue);
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsFiltered, this.filterValue !== undefined || this.statusFilterValue !== undefined);
    void vscode.commands.executeCommand('setContext', ContextKeys.claimsStatusFiltered, this.statusFilterValue !== undefined);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changeEmitter.dispose();
  }
}
