// The analysis-v1 JSON contract (shared/contract/analysis-v1.md): field names are fixed; fields may be added.
import type { Conflict, DocumentNote, EntityRecord, EntityMention, Figure, Quote } from './types';
import type { WorkspaceIndex } from './workspace';

export interface ContractDocument {
  path: string;
  entities: EntityMention[];
  quotes: Quote[];
  figures: Figure[];
  dateline?: string;
  error?: string;
  /** The journalist's notes on spans (annotations-v1 `commenting`). */
  notes?: DocumentNote[];
}

export interface ContractOutput {
  version: 1;
  documents: ContractDocument[];
  entities: EntityRecord[];
  conflicts: Conflict[];
}

/** Builds the contract output for `paths` (in that order) from the index; `errors` gives failed files. */
export function contractOutput(index: WorkspaceIndex, paths: string[], errors: Map<string, string>): ContractOutput {
  const documents: ContractDocument[] = [];
  const used = new Set<string>();
  for (const path of paths) {
    const err = errors.get(path);
    if (err !== undefined) {
      documents.push({ path, entities: [], quotes: [], figures: [], error: err });
      continue;
    }
    const r = index.get(path);
    if (!r) continue;
    const a = r.analysis;
    for (const m of a.entities) used.add(m.entity);
    for (const q of a.quotes) if (q.speaker) used.add(q.speaker);
    const doc: ContractDocument = { path, entities: a.entities, quotes: a.quotes, figures: a.figures };
    if (a.dateline) doc.dateline = a.dateline;
    if (a.error) doc.error = a.error;
    if (a.notes?.length) doc.notes = a.notes;
    documents.push(doc);
  }
  const entities = index.entities().filter((e) => used.has(e.id));
  return { version: 1, documents, entities, conflicts: index.conflicts() };
}
