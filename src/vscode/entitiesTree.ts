// The "Entities" view, beside the Claims view: every entity of the workspace by type (People, Organisations,
// Places), most mentioned first, each with how many mentions in how many documents; under an entity, the
// documents that mention it; under a document, each mention with its excerpt. A click on a mention opens the
// document and selects it. Labels, descriptions and tooltips are plain strings: document text is untrusted.
import * as vscode from 'vscode';
import type { EntityRecord, EntityType, MentionRef } from '../core';
import type { AnalysisService } from './analysisService';
import { baseName } from './claimFormat';
import { byDocument, compareTypes, entityTypeLabel, lineNumber, mentionedEntities, plainExcerpt, plainText, plural, roleStatements, typeGroupLabel, typeIcon } from './entityInfo';
import { Commands, Views } from './ids';

const EXCERPT_RADIUS = 40;
const TOOLTIP_ROLES = 8;
const TOOLTIP_ALIASES = 12;

export interface TypeNode {
  kind: 'type';
  type: EntityType;
  entities: EntityNode[];
}

export interface EntityNode {
  kind: 'entity';
  /** Entity id ("person:volodymyr-zelensky"). */
  id: string;
  record: EntityRecord;
  refs: MentionRef[];
  documentCount: number;
  parent: TypeNode;
  children?: DocumentNode[];
}

export interface DocumentNode {
  kind: 'document';
  entity: EntityNode;
  /** Index key of the document. */
  path: string;
  refs: MentionRef[];
  children?: MentionNode[];
}

export interface MentionNode {
  kind: 'mention';
  document: DocumentNode;
  ref: MentionRef;
}

export type EntitiesTreeNode = TypeNode | EntityNode | DocumentNode | MentionNode;

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<EntitiesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  private readonly view: vscode.TreeView<EntitiesTreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: TypeNode[] | undefined;

  constructor(private readonly service: AnalysisService) {
    this.view = vscode.window.createTreeView(Views.entities, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(this.view, service.onDidChange(() => this.refresh()));
    this.updateMessage();
  }

  get visible(): boolean {
    return this.view.visible;
  }

  /** Rebuilds the tree from the index (lazily, when the view next asks). */
  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
    this.updateMessage();
  }

  async focus(): Promise<void> {
    await vscode.commands.executeCommand(`${Views.entities}.focus`);
  }

  async reveal(node: EntitiesTreeNode, options: { select?: boolean; focus?: boolean; expand?: boolean | number }): Promise<void> {
    try {
      await this.view.reveal(node, options);
    } catch {
      // the tree changed under us: nothing to reveal any more
    }
  }

  /** An entity row of the current tree by its id (command arguments are checked against the tree this way). */
  entityById(id: string): EntityNode | undefined {
    for (const t of this.build()) {
      const found = t.entities.find((e) => e.id === id);
      if (found) return found;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- TreeDataProvider

  getChildren(node?: EntitiesTreeNode): EntitiesTreeNode[] {
    if (!node) return this.build();
    if (node.kind === 'type') return node.entities;
    if (node.kind === 'entity') return this.documentNodes(node);
    if (node.kind === 'document') return this.mentionNodes(node);
    return [];
  }

  getParent(node: EntitiesTreeNode): EntitiesTreeNode | undefined {
    if (node.kind === 'mention') return node.document;
    if (node.kind === 'document') return node.entity;
    if (node.kind === 'entity') return node.parent;
    return undefined;
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.kind === 'type') return this.typeItem(node);
    if (node.kind === 'entity') return this.entityItem(node);
    if (node.kind === 'document') return this.documentItem(node);
    return this.mentionItem(node);
  }

  private typeItem(node: TypeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(typeGroupLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `type:${node.type}`;
    item.description = String(node.entities.length);
    item.tooltip = `${typeGroupLabel(node.type)}: ${node.entities.length} in the workspace`;
    item.iconPath = new vscode.ThemeIcon(typeIcon(node.type));
    item.contextValue = 'byline.entityType';
    return item;
  }

  private entityItem(node: EntityNode): vscode.TreeItem {
    const name = plainText(node.record.name) || node.id;
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `entity:${node.id}`;
    const counts = `${plural(node.refs.length, 'mention', 'mentions')}, ${plural(node.documentCount, 'doc', 'docs')}`;
    const annotated = node.refs.some((r) => (r.mention.annotations?.length ?? 0) > 0);
    item.description = annotated ? `✎ · ${counts}` : counts;
    const roles = roleStatements(this.service, node.id, node.record).map((r) => r.role);
    const aliases = node.record.aliases.map(plainText).filter((a) => a && a !== name);
    // a plain-string tooltip: never rendered as markdown
    item.tooltip = [
      `${name} — ${entityTypeLabel(node.record.type)}`,
      roles.length ? `Roles: ${roles.slice(0, TOOLTIP_ROLES).join('; ')}${roles.length > TOOLTIP_ROLES ? '; …' : ''}` : '',
      aliases.length ? `Also called: ${aliases.slice(0, TOOLTIP_ALIASES).join(', ')}${aliases.length > TOOLTIP_ALIASES ? ', …' : ''}` : '',
      `${plural(node.refs.length, 'mention', 'mentions')} in ${plural(node.documentCount, 'document', 'documents')}`,
      annotated ? '✎ Corrected by hand (type, name or merge)' : '',
    ].filter(Boolean).join('\n');
    item.accessibilityInformation = { label: `${name}, ${entityTypeLabel(node.record.type)}, ${plural(node.refs.length, 'mention', 'mentions')} in ${plural(node.documentCount, 'document', 'documents')}` };
    item.iconPath = new vscode.ThemeIcon(typeIcon(node.record.type));
    item.contextValue = 'byline.entity';
    return item;
  }

  private documentItem(node: DocumentNode): vscode.TreeItem {
    const rel = this.service.relativePath(node.path);
    const item = new vscode.TreeItem(baseName(rel), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `entity:${node.entity.id}|doc:${node.path}`;
    const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    item.description = [plural(node.refs.length, 'mention', 'mentions'), folder].filter(Boolean).join(' · ');
    item.tooltip = `${rel}: ${plural(node.refs.length, 'mention', 'mentions')} of ${plainText(node.entity.record.name)}`;
    try {
      item.resourceUri = this.service.uriOf(node.path); // the file type's icon
    } catch {
      // not a URI: the generic file icon
    }
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'byline.entityDocument';
    return item;
  }

  private mentionItem(node: MentionNode): vscode.TreeItem {
    const { ref } = node;
    const text = this.service.textOf(ref.path) ?? this.service.index.text(ref.path);
    const excerpt = text !== undefined ? plainExcerpt(text, ref.mention, EXCERPT_RADIUS) : { label: plainText(ref.mention.text), highlight: [0, 0] as [number, number] };
    const label: vscode.TreeItemLabel = { label: excerpt.label || plainText(ref.mention.text) || '…', highlights: excerpt.highlight[1] > excerpt.highlight[0] ? [excerpt.highlight] : [] };
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `entity:${node.document.entity.id}|mention:${ref.path}|${ref.mention.start}`;
    const line = lineNumber(this.service, ref.path, ref.mention.start);
    item.description = line !== undefined ? `line ${line}` : '';
    const rel = this.service.relativePath(ref.path);
    item.tooltip = [excerpt.label, '', `${plainText(ref.mention.text)}${ref.mention.role ? ` (${plainText(ref.mention.role.text)})` : ''} — ${rel}${line !== undefined ? `, line ${line}` : ''}`].join('\n');
    item.iconPath = new vscode.ThemeIcon(ref.mention.role ? 'tag' : 'symbol-text');
    item.contextValue = 'byline.mention';
    item.command = { command: Commands.openMention, title: 'Open Mention', arguments: [ref.path, ref.mention.start, ref.mention.end] };
    return item;
  }

  // ---------------------------------------------------------------- building

  private build(): TypeNode[] {
    if (this.roots) return this.roots;
    const byType = new Map<EntityType, TypeNode>();
    let records: EntityRecord[] = [];
    try {
      records = mentionedEntities(this.service);
    } catch {
      records = [];
    }
    for (const record of records) {
      const refs = this.service.index.mentions(record.id);
      let t = byType.get(record.type);
      if (!t) byType.set(record.type, (t = { kind: 'type', type: record.type, entities: [] }));
      t.entities.push({ kind: 'entity', id: record.id, record, refs, documentCount: byDocument(refs).length, parent: t });
    }
    const roots = [...byType.values()].sort((a, b) => compareTypes(a.type, b.type));
    for (const t of roots) t.entities.sort((a, b) => b.refs.length - a.refs.length || a.record.name.localeCompare(b.record.name));
    this.roots = roots;
    return roots;
  }

  private documentNodes(node: EntityNode): DocumentNode[] {
    if (!node.children) {
      node.children = byDocument(node.refs)
        .map((d) => ({ kind: 'document' as const, entity: node, path: d.path, refs: d.refs, rel: this.service.relativePath(d.path) }))
        .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
        .map(({ rel: _rel, ...d }) => d);
    }
    return node.children;
  }

  private mentionNodes(node: DocumentNode): MentionNode[] {
    if (!node.children) node.children = node.refs.map((ref) => ({ kind: 'mention', document: node, ref }));
    return node.children;
  }

  private updateMessage(): void {
    this.view.message = this.service.isIndexing ? 'Analysing sources…' : undefined;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changeEmitter.dispose();
  }
}
