// Symbols for sources. The Outline (and breadcrumbs, Go to Symbol in Editor) of a document lists its entities
// grouped by type ("People", "Organisations", "Places"), each at the mention that introduces it there, and its
// claims grouped by speaker; Go to Symbol in Workspace (Ctrl+T) finds every entity of the workspace by name or
// alias and goes to the mention that introduces it. Symbol kinds: a person is an Object, an organisation a
// Struct, a place a Namespace (see entityInfo.symbolKindOf); groups are Packages and claims Strings.
import * as vscode from 'vscode';
import type { DocumentAnalysis, EntityMention, Quote } from '../core';
import type { AnalysisService } from './analysisService';
import { kindLabel } from './claimFormat';
import {
  ENTITY_SELECTOR,
  byDocument,
  compareTypes,
  entityTypeLabel,
  introduction,
  mentionLocation,
  mentionedEntities,
  plainText,
  plural,
  rangeInDocument,
  symbolKindOf,
  typeGroupLabel,
} from './entityInfo';
import { truncate } from './markdown';

const CLAIM_NAME_LENGTH = 60;
/** The most symbols Go to Symbol in Workspace gets from Byline for one query. */
const MAX_WORKSPACE_SYMBOLS = 500;

function union(symbols: readonly vscode.DocumentSymbol[]): vscode.Range {
  return symbols.reduce((r, s) => r.union(s.range), symbols[0].range);
}

function group(name: string, detail: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  const g = new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Package, union(children), children[0].selectionRange);
  g.children = children;
  return g;
}

export class EntityDocumentSymbolProvider implements vscode.DocumentSymbolProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerDocumentSymbolProvider(ENTITY_SELECTOR, this, { label: 'Byline' });
  }

  provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): vscode.ProviderResult<vscode.DocumentSymbol[]> {
    // the document's analysis is on its way from a thread: answered when it is stored
    const waiting = this.service.analysisInFlight(doc);
    if (waiting) return waiting.then(() => this.provideDocumentSymbols(doc, token));
    if (token.isCancellationRequested) return undefined;
    const analysis = this.service.analysisFor(doc)?.analysis;
    if (!analysis || analysis.error || token.isCancellationRequested) return undefined;
    return [...this.entityGroups(doc, analysis), ...this.claimsGroup(doc, analysis)];
  }

  private entityGroups(doc: vscode.TextDocument, analysis: DocumentAnalysis): vscode.DocumentSymbol[] {
    const byEntity = new Map<string, EntityMention[]>();
    for (const m of analysis.entities) {
      let list = byEntity.get(m.entity);
      if (!list) byEntity.set(m.entity, (list = []));
      list.push(m);
    }
    const byType = new Map<string, vscode.DocumentSymbol[]>();
    for (const [id, mentions] of byEntity) {
      const record = this.service.index.entity(id);
      const name = plainText(record?.name ?? analysis.clusters.find((c) => c.key === id)?.name ?? mentions[0].text) || id;
      const type = record?.type ?? mentions[0].type;
      // where this document introduces it: a mention stating a role or the full name, else the first
      const full = name.toLowerCase();
      const at = mentions.find((m) => m.role !== undefined || plainText(m.text).toLowerCase() === full) ?? mentions[0];
      const role = mentions.find((m) => m.role)?.role;
      const detail = [plural(mentions.length, 'mention', 'mentions'), role ? plainText(role.text) : ''].filter(Boolean).join(' · ');
      const range = rangeInDocument(doc, at);
      const symbol = new vscode.DocumentSymbol(name, detail, symbolKindOf(type), range, range);
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push(symbol);
    }
    return [...byType.entries()]
      .sort((a, b) => compareTypes(a[0], b[0]))
      .map(([type, symbols]) => group(typeGroupLabel(type), String(symbols.length), symbols));
  }

  private claimsGroup(doc: vscode.TextDocument, analysis: DocumentAnalysis): vscode.DocumentSymbol[] {
    const bySpeaker = new Map<string | null, Quote[]>();
    for (const q of analysis.quotes) {
      const id = q.speaker ?? null;
      let list = bySpeaker.get(id);
      if (!list) bySpeaker.set(id, (list = []));
      list.push(q);
    }
    if (bySpeaker.size === 0) return [];
    const speakers: vscode.DocumentSymbol[] = [];
    for (const [id, quotes] of bySpeaker) {
      const claims = quotes.map((q) => {
        const range = rangeInDocument(doc, q);
        const name = truncate(plainText(q.text), CLAIM_NAME_LENGTH) || '…';
        const detail = [q.cue ? plainText(q.cue.text) : '', kindLabel(q.kind)].filter(Boolean).join(' · ');
        return new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.String, range, range);
      });
      const { name, kind } = this.speaker(id, analysis, quotes[0]);
      const s = new vscode.DocumentSymbol(name, plural(quotes.length, 'claim', 'claims'), kind, union(claims), claims[0].selectionRange);
      s.children = claims;
      speakers.push(s);
    }
    return [group('Claims', String(analysis.quotes.length), speakers)];
  }

  private speaker(id: string | null, analysis: DocumentAnalysis, first: Quote): { name: string; kind: vscode.SymbolKind } {
    if (id === null) return { name: 'Unattributed', kind: vscode.SymbolKind.Variable };
    const record = this.service.index.entity(id);
    const anonymous = id.startsWith('anon:') || first.anonymous === true || record?.type === 'ANONYMOUS';
    const fallback = anonymous ? id.replace(/^anon:/, '') : first.speakerMention?.text ?? id;
    const name = plainText(record?.name ?? analysis.clusters.find((c) => c.key === id)?.name ?? fallback) || id;
    if (anonymous) return { name: `Anonymous: ${name}`, kind: vscode.SymbolKind.Variable };
    return { name, kind: symbolKindOf(record?.type ?? analysis.clusters.find((c) => c.key === id)?.type ?? 'PERSON') };
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** Whether the characters of `query` appear in order in `text` (case-insensitive), as VS Code's own filter asks. */
function fuzzyContains(text: string, query: string): boolean {
  let i = 0;
  const t = text.toLowerCase();
  for (const ch of query) {
    i = t.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

export class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: AnalysisService) {
    this.registration = vscode.languages.registerWorkspaceSymbolProvider(this);
  }

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const q = query.toLowerCase().replace(/\s+/g, '');
    const out: vscode.SymbolInformation[] = [];
    for (const e of mentionedEntities(this.service)) {
      if (token.isCancellationRequested || out.length >= MAX_WORKSPACE_SYMBOLS) break;
      if (q && !fuzzyContains(e.name, q) && !e.aliases.some((a) => fuzzyContains(a, q))) continue;
      const target = introduction(this.service, e.id);
      const loc = target && mentionLocation(this.service, target);
      if (!loc) continue;
      const refs = this.service.index.mentions(e.id);
      const docs = byDocument(refs).length;
      const container = `${entityTypeLabel(e.type)} · ${plural(refs.length, 'mention', 'mentions')} in ${plural(docs, 'document', 'documents')}`;
      out.push(new vscode.SymbolInformation(plainText(e.name) || e.id, symbolKindOf(e.type), container, loc));
    }
    return out;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
