// The "Orphans" view: the journalist's annotations whose text is gone from their document (edited away, or the
// document deleted or moved). They stay in `.byline/annotations.jsonl` until the journalist re-attaches them to
// a selection ("Re-attach Orphan to Selection") or deletes them ("Delete Orphan"): nothing disappears silently.
// While the workspace is being indexed, orphans are transient (a document not read yet orphans its
// annotations), so the view shows none and says so. Labels and tooltips are plain strings: document text and
// the annotations file are untrusted.
import * as vscode from 'vscode';
import type { Annotation } from '../core/annotations';
import { OffsetMap, positionSelectorOf } from '../core/annotations';
import { decisionOf, typeWord } from '../core/applyAnnotations';
import type { Orphan } from '../core/applyAnnotations';
import type { AnalysisService } from './analysisService';
import type { AnnotationService } from './annotationService';
import { Commands, ContextKeys, Views } from './ids';
import { truncate } from './markdown';
import { STATUS_LABELS } from './statusLabels';
import { Coalesced } from './coalesce';
import { plainText } from './entityInfo';

const LABEL_LENGTH = 60;
const TOOLTIP_TEXT_LENGTH = 1000;
const NOTE_LENGTH = 300;

/** A row of the Orphans view: an orphaned annotation, by id. */
export interface OrphanNode {
  kind: 'orphan';
  id: string;
}

/** An orphan with its whole annotation and the folder whose file holds it. */
export interface OrphanRow {
  orphan: Orphan;
  ann: Annotation;
  folder: vscode.WorkspaceFolder;
}


/**
 * What an annotation says, in a few words, from its bodies: "claim · direct · speaker: Dmitry Peskov",
 * "verified · note", "not a claim", "person · name: Oval Office", "note".
 */
export function describeAnnotation(ann: Annotation): string {
  const d = decisionOf(ann);
  const parts: string[] = [];
  if (d.claim === 'not-a-claim') parts.push('not a claim');
  else if (d.claim === 'claim') parts.push('claim');
  if (d.kind) parts.push(d.kind === 'indirect' ? 'reported speech' : d.kind);
  if (d.notAnEntity) parts.push('not a name');
  if (d.notAFigure) parts.push('not a figure');
  if (d.entityType) parts.push(typeWord(d.entityType) ?? String(d.entityType).toLowerCase());
  if (d.identifying) {
    const aboutName = d.entityType !== undefined && d.claim === undefined && d.kind === undefined && d.status === undefined;
    parts.push(`${aboutName ? 'name' : 'speaker'}: ${plainText(d.identifying)}`);
  }
  if (d.status) parts.push((STATUS_LABELS[d.status] ?? plainText(d.status)).toLowerCase());
  if (d.conflict) parts.push(d.conflict.decision === 'reviewed' ? 'finding reviewed' : 'not a conflict');
  if (d.note !== undefined) parts.push('note');
  return parts.length ? parts.join(' · ') : plainText(String(ann.motivation ?? 'annotation'));
}

/** The orphan ids a command acts on: the selected rows when run on one of several, else the row it was run on. */
export function orphanIdsOf(arg?: unknown, selected?: unknown): string[] {
  const rows = Array.isArray(selected) && selected.length > 1 ? selected : [arg];
  const ids: string[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { kind, id } = row as { kind?: unknown; id?: unknown };
    if (kind === 'orphan' && typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The annotation's date as a day ("2026-12-06"), or the raw value when it is not a date. */
export function dayOf(iso: unknown): string | undefined {
  if (typeof iso !== 'string' || iso === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : plainText(iso);
}

export class OrphansTreeProvider implements vscode.TreeDataProvider<OrphanNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<OrphanNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<OrphanNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private rowsCache: Map<string, OrphanRow> | undefined;
  private readonly refresher = new Coalesced(() => this.refresh());
  private pendingContext: boolean | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly annotations: AnnotationService,
  ) {
    this.view = vscode.window.createTreeView(Views.orphans, { treeDataProvider: this, canSelectMany: true });
    this.subscriptions.push(
      this.view,
      this.changeEmitter,
      annotations.onDidChange(() => this.scheduleRefresh()),
      service.onDidChange(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRefresh()),
    );
    this.refresh();
  }

  /** The orphans the view lists now (none while indexing), in the index's order (document, then id). */
  rows(): OrphanRow[] {
    return [...this.byId().values()];
  }

  /** True while the view waits for indexing to end. */
  get pendingIndexing(): boolean {
    return this.service.isIndexing;
  }

  private byId(): Map<string, OrphanRow> {
    if (this.rowsCache) return this.rowsCache;
    const m = new Map<string, OrphanRow>();
    if (!this.service.isIndexing) {
      try {
        for (const row of this.annotations.orphans()) m.set(row.ann.id, row);
      } catch {
        // the index is being rebuilt: nothing to list for now
      }
    }
    this.rowsCache = m;
    return m;
  }

  private scheduleRefresh(): void {
    this.refresher.schedule();
  }

  /** Rebuilds the rows, the badge and the message. */
  refresh(): void {
    this.rowsCache = undefined;
    const n = this.byId().size;
    const indexing = this.service.isIndexing;
    this.view.message = indexing ? 'Analysing sources…' : undefined;
    this.view.description = n > 0 ? String(n) : undefined;
    this.view.badge = n > 0 ? { value: n, tooltip: `${n} orphaned annotation${n === 1 ? '' : 's'}: their text is gone` } : undefined;
    if (this.pendingContext !== indexing) {
      this.pendingContext = indexing;
      void vscode.commands.executeCommand('setContext', ContextKeys.orphansPending, indexing);
    }
    this.changeEmitter.fire(undefined);
  }

  // ---------------------------------------------------------------- TreeDataProvider

  getChildren(node?: OrphanNode): OrphanNode[] {
    if (node) return [];
    return this.rows().map((r) => ({ kind: 'orphan', id: r.ann.id }));
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(node: OrphanNode): vscode.TreeItem {
    const row = this.byId().get(node.id);
    if (!row) return new vscode.TreeItem('(gone)', vscode.TreeItemCollapsibleState.None);
    const { orphan, ann, folder } = row;
    const exact = plainText(orphan.exact);
    const item = new vscode.TreeItem(exact ? truncate(exact, LABEL_LENGTH) : '(no text)', vscode.TreeItemCollapsibleState.None);
    item.id = `orphan:${ann.id}`;
    const what = describeAnnotation(ann);
    const where = this.shownPath(folder, orphan.source);
    item.description = `${where} · ${what}`;
    const d = decisionOf(ann);
    const who = ann.creator && typeof ann.creator.name === 'string' ? plainText(ann.creator.name) : '';
    const when = dayOf(ann.modified);
    const key = this.annotations.keyOfSource(folder, orphan.source);
    const text = key !== undefined ? this.service.textOf(key) : undefined;
    // A plain-string tooltip: never rendered as markdown.
    item.tooltip = [
      exact ? truncate(exact, TOOLTIP_TEXT_LENGTH) : '(no text)',
      '',
      `Annotation: ${what}`,
      ...(d.note !== undefined ? [`Note: ${truncate(plainText(d.note), NOTE_LENGTH)}`] : []),
      `Document: ${where}${text === undefined ? ' (not found)' : ''}`,
      `By: ${who || 'unknown'}${when ? `, ${when}` : ''}`,
      '',
      text === undefined
        ? 'The document is gone: open the document the text is in now, select it and re-attach the annotation, or delete it.'
        : 'This text is no longer in the document: select where it is now and re-attach the annotation, or delete it.',
    ].join('\n');
    item.iconPath = new vscode.ThemeIcon('debug-disconnect');
    item.contextValue = 'byline.orphan';
    if (key !== undefined && text !== undefined) {
      // opens the document where the text was, so that the journalist can select where it is now
      const at = this.oldOffset(ann, text);
      item.command = { command: Commands.openClaim, title: 'Open Document', arguments: [key, at, at] };
    }
    return item;
  }

  /** The annotation's old position in today's text (UTF-16), clamped; 0 when it had none. */
  private oldOffset(ann: Annotation, text: string): number {
    const pos = positionSelectorOf(ann);
    if (!pos) return 0;
    const at = new OffsetMap(text).toUtf16(pos.start);
    return Math.max(0, Math.min(at, text.length));
  }

  /** The document path as the journalist knows it: relative to its folder, the folder named in a multi-root workspace. */
  private shownPath(folder: vscode.WorkspaceFolder, source: string): string {
    const rel = plainText(source);
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${plainText(folder.name)}/${rel}` : rel;
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
