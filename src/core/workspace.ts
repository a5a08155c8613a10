import type { Conflict, DocumentAnalysis, EntityMention, EntityRecord, Quote } from './types';

/** A document's analysis with every entity/speaker key replaced by its canonical workspace id. */
export interface ResolvedDocument {
  path: string;
  version: number;
  analysis: DocumentAnalysis;
}

export interface MentionRef {
  path: string;
  mention: EntityMention;
}

export interface Claim {
  path: string;
  quote: Quote;
}

/** The cross-document index: per-document analyses (parsed once per version) and the entity links between them. */
export class WorkspaceIndex {
  set(path: string, text: string, version = 0): ResolvedDocument {
    void text;
    return { path, version, analysis: { entities: [], quotes: [], figures: [], clusters: [] } };
  }
  delete(path: string): void { void path; }
  rename(from: string, to: string): void { void from; void to; }
  has(path: string): boolean { void path; return false; }
  get(path: string): ResolvedDocument | undefined { void path; return undefined; }
  paths(): string[] { return []; }
  entities(): EntityRecord[] { return []; }
  entity(id: string): EntityRecord | undefined { void id; return undefined; }
  mentions(id: string): MentionRef[] { void id; return []; }
  claims(): Claim[] { return []; }
  conflicts(): Conflict[] { return []; }
  /** Called after any change; returns an unsubscribe function. */
  onDidChange(listener: () => void): () => void { void listener; return () => {}; }
}
