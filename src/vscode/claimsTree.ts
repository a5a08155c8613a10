// The "Claims" view: every quote and reported claim in the workspace, grouped by speaker.
import * as vscode from 'vscode';
import type { Claim } from '../core';
import type { AnalysisService } from './analysisService';
import { Commands, Views } from './ids';
import { collapseWhitespace, truncate } from './markdown';

const UNATTRIBUTED = 'Unattributed';
const EXCERPT_LENGTH = 80;

export interface SpeakerNode {
  kind: 'speaker';
  /** Entity id, or null for claims with no known speaker. */
  id: string | null;
  name: string;
  type: string | undefined;
  anonymous: boolean;
  claims: Claim[];
}

export interface ClaimNode {
  kind: 'claim';
  speaker: SpeakerNode;
  claim: Claim;
  /** Stable, unique tree id. */
  id: string;
}

export type ClaimsTreeNode = SpeakerNode | ClaimNode;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  private readonly view: vscode.TreeView<ClaimsTreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private speakers: SpeakerNode[] | undefined;

  constructor(private readonly service: AnalysisService) {
    this.view = vscode.window.createTreeView(Views.claims, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      service.onDidChange(() => this.refresh()),
    );
    this.updateMessage();
  }

  /** Rebuilds the tree from the index (lazily, when the view next asks). */
  refresh(): void {
    this.speakers = undefined;
    this.changeEmitter.fire(undefined);
    this.updateMessage();
  }

  /** Reveals the view. */
  async focus(): Promise<void> {
    await vscode.commands.executeCommand(`${Views.claims}.focus`);
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) return this.build();
    if (node.kind === 'claim') return [];
    const used = new Set<string>();
    return [...node.claims]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.quote.start - b.quote.start))
      .map((claim) => {
        const base = `claim:${node.id ?? ''}:${claim.path}:${claim.quote.start}:${claim.quote.end}`;
        let id = base;
        for (let i = 2; used.has(id); i++) id = `${base}:${i}`;
        used.add(id);
        return { kind: 'claim', speaker: node, claim, id };
      });
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    return node.kind === 'claim' ? node.speaker : undefined;
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    return node.kind === 'speaker' ? this.speakerItem(node) : this.claimItem(node);
  }

  private speakerItem(node: SpeakerNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `speaker:${node.id ?? ''}`;
    item.description = String(node.claims.length);
    item.tooltip = `${node.name}${node.anonymous ? ' (anonymous source)' : ''}: ${node.claims.length} claim${node.claims.length === 1 ? '' : 's'}`;
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
    item.description = this.service.relativePath(claim.path);
    // A plain-string tooltip: never rendered as markdown.
    const cue = q.cue ? collapseWhitespace(q.cue.text) : '';
    const who = node.speaker.id === null ? UNATTRIBUTED : node.speaker.name;
    item.tooltip = `${collapseWhitespace(q.text)}\n\n— ${who}${cue ? `, ${cue}` : ''} (${q.kind})\n${item.description}`;
    item.iconPath = new vscode.ThemeIcon(q.kind === 'indirect' ? 'comment' : 'quote');
    item.contextValue = 'byline.claim';
    item.command = {
      command: Commands.openClaim,
      title: 'Open Claim',
      arguments: [claim.path, q.start, q.end],
    };
    return item;
  }

  private build(): SpeakerNode[] {
    if (this.speakers) return this.speakers;
    const groups = new Map<string | null, SpeakerNode>();
    let claims: Claim[] = [];
    try {
      claims = this.service.index.claims();
    } catch {
      claims = [];
    }
    for (const claim of claims) {
      const id = claim.quote.speaker ?? null;
      let group = groups.get(id);
      if (!group) {
        group = this.speakerNode(id, claim);
        groups.set(id, group);
      }
      group.claims.push(claim);
    }
    this.speakers = [...groups.values()].sort((a, b) => {
      if ((a.id === null) !== (b.id === null)) return a.id === null ? 1 : -1;
      return b.claims.length - a.claims.length || a.name.localeCompare(b.name);
    });
    return this.speakers;
  }

  private speakerNode(id: string | null, first: Claim): SpeakerNode {
    if (id === null) return { kind: 'speaker', id, name: UNATTRIBUTED, type: undefined, anonymous: false, claims: [] };
    const record = this.service.index.entity(id);
    const cluster = this.service.get(first.path)?.analysis.clusters.find((c) => c.key === id);
    const name = collapseWhitespace(record?.name ?? cluster?.name ?? first.quote.speakerMention?.text ?? id) || id;
    return {
      kind: 'speaker',
      id,
      name,
      type: record?.type ?? cluster?.type,
      anonymous: first.quote.anonymous === true || id.startsWith('anon:'),
      claims: [],
    };
  }

  private updateMessage(): void {
    this.view.message = this.service.isIndexing ? 'Analysing sources…' : undefined;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changeEmitter.dispose();
  }
}
