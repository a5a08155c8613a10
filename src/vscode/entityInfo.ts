// One entity across the workspace, in editor terms: its mentions as Locations, the mention that introduces it
// (Go to Definition), where each of its roles is stated, its mentions grouped by document, and plain-text
// excerpts. Shared by the entity hover, the navigation providers, the symbols and the Entities view.
// Offsets become Ranges only through convert.ts; document text is never trusted (excerpts are plain strings,
// with control and bidirectional-override characters dropped).
import * as vscode from 'vscode';
import type { EntityMention, EntityRecord, EntityType, MentionRef } from '../core';
import type { AnalysisService } from './analysisService';
import { LineIndex, toOffset, toRange, toRangeInText } from './convert';
import type { OffsetSpan } from './convert';
import { innermost } from './cursor';
import { contextAround } from './markdown';

/** Documents the entity features apply to (the service decides which of them it tracks). */
export const ENTITY_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { scheme: 'file', pattern: '**/*.{txt,md}' },
];

const TYPE_LABELS: Record<string, string> = { PERSON: 'person', ORG: 'organisation', PLACE: 'place' };

/** "person", "organisation", "place"; other types in lower case. */
export function entityTypeLabel(type: EntityType): string {
  return TYPE_LABELS[type] ?? String(type).toLowerCase();
}

const GROUP_LABELS: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places' };
const GROUP_ORDER = ['PERSON', 'ORG', 'PLACE'];

/** "People", "Organisations", "Places"; other types by their own name ("Events"). */
export function typeGroupLabel(type: EntityType): string {
  if (GROUP_LABELS[type]) return GROUP_LABELS[type];
  const t = String(type).toLowerCase();
  return t ? t[0].toUpperCase() + t.slice(1) + (t.endsWith('s') ? '' : 's') : 'Other';
}

/** Sort order of entity types: people, organisations, places, then the others alphabetically. */
export function compareTypes(a: EntityType, b: EntityType): number {
  const ia = GROUP_ORDER.indexOf(a);
  const ib = GROUP_ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? GROUP_ORDER.length : ia) - (ib < 0 ? GROUP_ORDER.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The symbol kind of an entity type. There is no "person" kind, so: a person is an individual, an Object; an
 * organisation is a body made of members, a Struct; a place is a scope that others are in, a Namespace;
 * any other type is a Constant.
 */
export function symbolKindOf(type: EntityType): vscode.SymbolKind {
  if (type === 'PERSON') return vscode.SymbolKind.Object;
  if (type === 'ORG') return vscode.SymbolKind.Struct;
  if (type === 'PLACE') return vscode.SymbolKind.Namespace;
  return vscode.SymbolKind.Constant;
}

/** The tree icon of an entity type. */
export function typeIcon(type: EntityType): string {
  if (type === 'PERSON') return 'person';
  if (type === 'ORG') return 'organization';
  if (type === 'PLACE') return 'location';
  return 'symbol-constant';
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Control and bidirectional-override characters, which could disguise text in plain-string labels. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Document text made safe to show as a plain string: invisible characters dropped, whitespace collapsed. */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A plain-text excerpt around a span, with the span's position in it (for TreeItemLabel highlights). */
export function plainExcerpt(text: string, span: OffsetSpan, radius = 40): { label: string; highlight: [number, number] } {
  const c = contextAround(text, span.start, span.end, radius);
  const before = c.before.replace(INVISIBLE, '');
  const match = plainText(c.match);
  const after = c.after.replace(INVISIBLE, '');
  return { label: before + match + after, highlight: [before.length, before.length + match.length] };
}

/** A role as stated beside a name, without its determiner ("the Kremlin spokesman" -> "Kremlin spokesman"). */
export function roleText(role: string): string {
  return plainText(role).replace(/^(the|a|an|his|her|their)\s+/i, '');
}

// ------------------------------------------------------------------------------------------------ look-ups

/** The line index of the analysed text of an indexed document. */
export function linesOf(service: AnalysisService, path: string): LineIndex | undefined {
  const lines = service.linesOf(path);
  if (lines) return lines;
  const text = service.index.text(path);
  return text === undefined ? undefined : new LineIndex(text);
}

/** The range of a span of an indexed document (open or not), in the text it was analysed from. */
export function spanRange(service: AnalysisService, path: string, span: OffsetSpan): vscode.Range | undefined {
  const lines = linesOf(service, path);
  return lines ? toRangeInText(lines, span) : undefined;
}

/** The Location of a mention, in the text it was analysed from. */
export function mentionLocation(service: AnalysisService, ref: MentionRef): vscode.Location | undefined {
  const range = spanRange(service, ref.path, ref.mention);
  if (!range) return undefined;
  try {
    return new vscode.Location(service.uriOf(ref.path), range);
  } catch {
    return undefined; // a key that is not a URI: nothing to link to
  }
}

/** 1-based line of an offset of an indexed document. */
export function lineNumber(service: AnalysisService, path: string, offset: number): number | undefined {
  const lines = linesOf(service, path);
  return lines ? lines.positionAt(offset).line + 1 : undefined;
}

/**
 * The entity mention at `position` of an open document, analysing its current text if needed. With
 * `onlyIfCurrent`, an analysis still waiting for the edit debounce is not forced (for work on every cursor move).
 */
export function mentionAt(service: AnalysisService, doc: vscode.TextDocument, position: vscode.Position, onlyIfCurrent = false): EntityMention | undefined {
  const resolved = onlyIfCurrent ? service.currentAnalysisFor(doc) : service.analysisFor(doc);
  if (!resolved || resolved.analysis.error) return undefined;
  return innermost(resolved.analysis.entities, toOffset(doc, position), true);
}

/** The range of a mention of an open document whose analysis is current. */
export function rangeInDocument(doc: vscode.TextDocument, span: OffsetSpan): vscode.Range {
  return toRange(doc, span);
}

/**
 * Brings the analyses of the other open sources up to date with their editors (an edit may still be waiting
 * for its debounce), so that workspace-wide answers point into the text the user sees.
 */
export function syncOpenDocuments(service: AnalysisService): void {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isClosed && service.isTracked(doc)) service.analysisFor(doc);
  }
}

/** Mentions grouped by document, in path order (as the index gives them). */
export function byDocument(refs: readonly MentionRef[]): { path: string; refs: MentionRef[] }[] {
  const map = new Map<string, MentionRef[]>();
  for (const ref of refs) {
    let list = map.get(ref.path);
    if (!list) map.set(ref.path, (list = []));
    list.push(ref);
  }
  return [...map.entries()].map(([path, list]) => ({ path, refs: list }));
}

function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The mention that introduces an entity, for Go to Definition: the first mention in the workspace (documents
 * in path order) that states a role ("NATO chief Mark Rutte") or gives the full name; else the first mention.
 */
export function introduction(service: AnalysisService, id: string): MentionRef | undefined {
  const refs = service.index.mentions(id);
  if (refs.length === 0) return undefined;
  const record = service.index.entity(id);
  const full = record ? normName(record.name) : undefined;
  return refs.find((r) => r.mention.role !== undefined || (full !== undefined && normName(r.mention.text) === full)) ?? refs[0];
}

export interface RoleStatement {
  /** The role as stated, without its determiner. */
  role: string;
  /** The mentions it is stated beside, in path order (empty if the index knows the role but not where). */
  refs: MentionRef[];
}

/** The roles of an entity, each with the mentions it is stated beside ("UK Prime Minister" in 000 and 003). */
export function roleStatements(service: AnalysisService, id: string, record?: EntityRecord): RoleStatement[] {
  const out = new Map<string, RoleStatement>();
  for (const ref of service.index.mentions(id)) {
    const role = ref.mention.role ? roleText(ref.mention.role.text) : '';
    if (!role) continue;
    const key = role.toLowerCase();
    let s = out.get(key);
    if (!s) out.set(key, (s = { role, refs: [] }));
    s.refs.push(ref);
  }
  for (const r of record?.roles ?? service.index.entity(id)?.roles ?? []) {
    const role = roleText(r);
    if (role && !out.has(role.toLowerCase())) out.set(role.toLowerCase(), { role, refs: [] });
  }
  return [...out.values()];
}

/** Entities that have mentions in the workspace (anonymous sources and organisations named only as speakers have none). */
export function mentionedEntities(service: AnalysisService): EntityRecord[] {
  return service.index.entities().filter((e) => service.index.mentions(e.id).length > 0);
}
