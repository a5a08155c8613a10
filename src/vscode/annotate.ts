// What the annotation commands share: which claims or names a command acts on (tree rows, a multi-selection,
// the cursor, the selection), the pickers (speaker, kind, type, scope, status), and the edits that turn a
// decision into an annotation of annotations-v1 (one claim annotation per claim that accumulates kind and
// speaker; one status annotation per claim; names decided here or everywhere).
import * as vscode from 'vscode';
import type { Claim, EntityMention, EntityRecord, Quote, QuoteKind } from '../core';
import type { Annotation, TextualBody } from '../core/annotations';
import { body, bodyValue, bodyValues, isWorkspaceTarget } from '../core/annotations';
import { CLAIM_KINDS, typeWord } from '../core/applyAnnotations';
import type { AnalysisService } from './analysisService';
import { keyOf } from './analysisService';
import type { AnnotationHome, AnnotationService } from './annotationService';
import type { ClaimsTreeNode, ClaimsTreeProvider } from './claimsTree';
import { kindLabel } from './claimFormat';
import { toOffset } from './convert';
import { claimAtCursor, entityAtCursor } from './cursor';
import { collapseWhitespace, truncate } from './markdown';
import { STATUS_ICONS, STATUS_LABELS } from './statusLabels';

/** A claim a command acts on, with the folder its annotations go to. */
export interface ClaimRef extends Claim {
  home: AnnotationHome;
  text: string;
}

function isNode(arg: unknown): arg is ClaimsTreeNode {
  return typeof arg === 'object' && arg !== null && typeof (arg as { kind?: unknown }).kind === 'string';
}

/**
 * The claims a command acts on: the selected rows of the Claims view when it is run from a row (claim rows,
 * or every claim of a speaker row), else the claim under the cursor. Rows are looked up in the tree again:
 * their other fields are not trusted.
 */
export function claimsOf(service: AnalysisService, annotations: AnnotationService, tree: ClaimsTreeProvider, arg?: unknown, selected?: unknown): ClaimRef[] {
  const claims: Claim[] = [];
  const rows = Array.isArray(selected) && selected.length > 1 ? selected : isNode(arg) ? [arg] : [];
  for (const row of rows) {
    if (!isNode(row)) continue;
    if (row.kind === 'claim') {
      const found = tree.claimById(row.id);
      if (found) claims.push(found.claim);
    } else if (row.kind === 'speaker') {
      const found = tree.speakerById(row.id ?? '');
      if (found) claims.push(...found.claims);
      else if (row.id === null) claims.push(...tree.visibleClaims().filter((c) => c.quote.speaker === null));
    }
  }
  if (rows.length === 0) {
    const editor = vscode.window.activeTextEditor;
    const hit = editor && claimAtCursor(service, editor);
    if (hit) claims.push({ path: hit.key, quote: hit.quote });
  }
  const out: ClaimRef[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const id = `${c.path}#${c.quote.start}:${c.quote.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const home = annotations.homeOf(c.path);
    const text = service.textOf(c.path);
    if (home && text !== undefined) out.push({ ...c, home, text });
  }
  return out;
}

/** The selection of the active editor as a span of an analysed document, when it is not empty. */
export function selectionSpan(service: AnalysisService, annotations: AnnotationService): { key: string; start: number; end: number; text: string; home: AnnotationHome } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.analysisFor(editor.document)) return undefined;
  const key = keyOf(editor.document.uri);
  const home = annotations.homeOf(key);
  const text = service.textOf(key);
  if (!home || text === undefined) return undefined;
  let start = toOffset(editor.document, editor.selection.start);
  let end = toOffset(editor.document, editor.selection.end);
  // leading and trailing blanks are not part of what was meant
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return undefined;
  return { key, start, end, text, home };
}

/** The name a command acts on: an Entities-view row's entity, else the mention under the cursor. */
export interface NameRef {
  key: string;
  mention: EntityMention;
  record: EntityRecord | undefined;
  home: AnnotationHome;
  text: string;
}

export function nameAtCursor(service: AnalysisService, annotations: AnnotationService): NameRef | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const hit = entityAtCursor(service, editor);
  if (!hit) return undefined;
  const home = annotations.homeOf(hit.key);
  const text = service.textOf(hit.key);
  if (!home || text === undefined) return undefined;
  return { key: hit.key, mention: hit.mention, record: service.index.entity(hit.mention.entity), home, text };
}

/** An entity from an Entities-view row ({ kind: 'entity', id }) or from the cursor. */
export function entityOf(service: AnalysisService, arg: unknown): EntityRecord | undefined {
  if (typeof arg === 'object' && arg !== null) {
    const { kind, id } = arg as { kind?: unknown; id?: unknown };
    if ((kind === 'entity' || kind === 'speaker') && typeof id === 'string') return service.index.entity(id);
  }
  const editor = vscode.window.activeTextEditor;
  const hit = editor && entityAtCursor(service, editor);
  return hit ? service.index.entity(hit.mention.entity) : undefined;
}

// ---------------------------------------------------------------- pickers

interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

/**
 * The speaker of a claim: a person or organisation of the workspace, an anonymous source (described), a new
 * name, or nobody. Resolves to the annotation's `identifying` value ('' = no speaker), or undefined when
 * cancelled.
 */
export async function pickSpeaker(service: AnalysisService, current?: string | null): Promise<string | undefined> {
  const ents = service.index.entities().filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE');
  const counts = new Map<string, number>();
  for (const c of service.index.claims()) if (c.quote.speaker) counts.set(c.quote.speaker, (counts.get(c.quote.speaker) ?? 0) + 1);
  ents.sort((a, b) => (a.type === 'PERSON' ? 0 : 1) - (b.type === 'PERSON' ? 0 : 1) || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const NEW = '\u0000new';
  const ANON = '\u0000anon';
  const items: (Choice<string> | vscode.QuickPickItem)[] = [
    { label: '$(add) New name…', description: 'a person the workspace does not know yet', value: NEW } as Choice<string>,
    { label: '$(eye-closed) Anonymous source…', description: 'described, e.g. "a senior official"', value: ANON } as Choice<string>,
    { label: '$(circle-slash) No speaker', description: 'unattributed', value: '' } as Choice<string>,
    { label: 'Entities of the workspace', kind: vscode.QuickPickItemKind.Separator },
    ...ents.map((e): Choice<string> => ({
      label: `${e.type === 'PERSON' ? '$(person)' : '$(organization)'} ${collapseWhitespace(e.name)}`,
      description: [e.roles[0], counts.get(e.id) ? `${counts.get(e.id)} claim${counts.get(e.id) === 1 ? '' : 's'}` : undefined].filter(Boolean).join(' · '),
      detail: e.aliases.length ? `also ${truncate(e.aliases.join(', '), 80)}` : undefined,
      value: e.name,
      picked: current === e.id,
    })),
  ];
  const picked = (await vscode.window.showQuickPick(items, { title: 'Byline: who said it?', placeHolder: 'Type a name to filter; pick "New name…" for someone else', matchOnDescription: true, matchOnDetail: true })) as Choice<string> | undefined;
  if (!picked) return undefined;
  if (picked.value === NEW) {
    const name = await vscode.window.showInputBox({ title: 'Byline: the speaker’s name', prompt: 'As the person should be listed, e.g. "Dmitry Peskov"', validateInput: (v) => (v.trim() ? undefined : 'A name, please') });
    return name?.trim() || undefined;
  }
  if (picked.value === ANON) {
    const d = await vscode.window.showInputBox({ title: 'Byline: describe the anonymous source', prompt: 'As the text describes them, e.g. "two officials familiar with the talks"', validateInput: (v) => (v.trim() ? undefined : 'A description, please') });
    return d?.trim() ? `anonymous: ${d.trim()}` : undefined;
  }
  return picked.value;
}

export async function pickKind(current?: QuoteKind): Promise<QuoteKind | undefined> {
  const help: Record<QuoteKind, string> = {
    direct: 'the speaker’s words, in quotation marks',
    partial: 'a few quoted words inside the writer’s sentence',
    mixed: 'reported speech with quoted words',
    indirect: 'reported speech, no quotation marks',
    stance: 'a position taken: endorses, opposes, criticises, urges',
    belief: 'what the source believes, wants, hopes or fears',
    evidence: 'what polls, records, data or documents show',
  };
  const items = CLAIM_KINDS.map((k): Choice<QuoteKind> => ({ label: kindLabel(k), description: k === current ? `${help[k]} (now)` : help[k], value: k }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Byline: what kind of claim?' });
  return picked?.value;
}

export type EntityTypeWord = 'person' | 'organisation' | 'place';

export async function pickEntityType(current?: string): Promise<EntityTypeWord | undefined> {
  const items: Choice<EntityTypeWord>[] = [
    { label: '$(person) Person', value: 'person' },
    { label: '$(organization) Organisation', value: 'organisation' },
    { label: '$(globe) Place', value: 'place' },
  ].map((i) => ({ ...i, description: typeWord(current ?? '') === i.value ? 'now' : undefined })) as Choice<EntityTypeWord>[];
  const picked = await vscode.window.showQuickPick(items, { title: 'Byline: what is this name?' });
  return picked?.value;
}

/** "This occurrence" or "every occurrence in the workspace". Resolves to true for every occurrence. */
export async function pickScope(exact: string): Promise<boolean | undefined> {
  const shown = `“${truncate(collapseWhitespace(exact), 40)}”`;
  const items: Choice<boolean>[] = [
    { label: 'This occurrence', description: 'only here', value: false },
    { label: 'Every occurrence in the workspace', description: `${shown} in every document, now and later`, value: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Byline: apply to ${shown}…` });
  return picked?.value;
}

export async function pickStatus(): Promise<string | undefined> {
  const items = Object.entries(STATUS_LABELS).map(([value, label]): Choice<string> => ({ label: `$(${STATUS_ICONS[value]}) ${label}`, value }));
  items.push({ label: '$(discard) Not reviewed', description: 'remove the status', value: '' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Byline: status of the claim' });
  return picked?.value;
}

// ---------------------------------------------------------------- edits

/** The annotations that shaped a record (its `annotations` ids), found in the store. */
export function annotationsOf(annotations: AnnotationService, record: { annotations?: string[] }): Annotation[] {
  return (record.annotations ?? []).map((id) => annotations.get(id)?.ann).filter((a): a is Annotation => a !== undefined);
}

/** The annotation that says a claim is a claim (kind, speaker), if this claim has one. */
function claimAnnotationOf(annotations: AnnotationService, q: Quote): Annotation | undefined {
  return annotationsOf(annotations, q).find((a) => !isWorkspaceTarget(a) && bodyValues(a, 'classifying').includes('claim'));
}

/** The status annotation of a claim, if it has one. */
export function statusAnnotationOf(annotations: AnnotationService, q: Quote): Annotation | undefined {
  return annotationsOf(annotations, q).find((a) => a.motivation === 'assessing' && bodyValue(a, 'assessing') !== undefined);
}

/**
 * The claim annotation of `c` with a change: the kind and/or the speaker (an `identifying` value; '' = no
 * speaker) set, the rest kept.
 */
export function claimAnnotation(annotations: AnnotationService, c: ClaimRef, change: { kind?: QuoteKind; speaker?: string }): Annotation {
  const old = claimAnnotationOf(annotations, c.quote);
  const kind = change.kind ?? (old ? (bodyValues(old, 'classifying').find((v) => (CLAIM_KINDS as readonly string[]).includes(v)) as QuoteKind | undefined) : undefined);
  const speaker = change.speaker !== undefined ? change.speaker : old ? bodyValue(old, 'identifying') : undefined;
  const bodies: TextualBody[] = [body('classifying', 'claim')];
  if (kind) bodies.push(body('classifying', kind));
  if (speaker !== undefined) bodies.push(body('identifying', speaker));
  return old ? annotations.revise(old, bodies) : annotations.create(c.home, c.text, c.quote.start, c.quote.end, 'classifying', bodies);
}

/** Saves a status (and note) on claims, grouped by folder. '' removes the status. */
export async function setStatus(annotations: AnnotationService, claims: ClaimRef[], status: string, note?: string): Promise<boolean> {
  const byFolder = new Map<string, { home: AnnotationHome; put: Annotation[]; remove: string[] }>();
  for (const c of claims) {
    const k = c.home.folder.uri.toString();
    let g = byFolder.get(k);
    if (!g) byFolder.set(k, (g = { home: c.home, put: [], remove: [] }));
    const old = statusAnnotationOf(annotations, c.quote);
    if (status === '') {
      if (old) g.remove.push(old.id);
      continue;
    }
    const keepNote = note === undefined && old ? bodyValue(old, 'commenting') : note;
    const bodies = [body('assessing', status), ...(keepNote ? [body('commenting', keepNote)] : [])];
    g.put.push(old ? annotations.revise(old, bodies) : annotations.create(c.home, c.text, c.quote.start, c.quote.end, 'assessing', bodies));
  }
  const what = status ? `status "${STATUS_LABELS[status] ?? status}"` : 'status removed';
  let ok = true;
  for (const g of byFolder.values()) ok = (await annotations.save(g.home.folder, { put: g.put, remove: g.remove }, `${what} on ${claims.length} claim${claims.length === 1 ? '' : 's'}`)) && ok;
  return ok;
}

/** The journalist's note to add, asked for in an input box (undefined when cancelled). */
export async function askNote(title: string, value?: string): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, value, prompt: 'A note for the file (shown in the hover); leave empty for none' });
}
