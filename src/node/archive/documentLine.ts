// One document's line of `analyze --jsonl` (archive-v1), built from its analysis alone: the analysis-v1
// document record after the annotations that concern it, its sha256, and the records of the entities it
// uses, their ids from the document itself (the same on every machine).
import { WorkspaceIndex, type IndexedAnnotation } from '../../core/workspace';
import type { ContractDocument } from '../../core/contract';
import type { DocumentAnalysis, EntityRecord } from '../../core/types';
import type { Orphan } from '../../core/applyAnnotations';

/** One line of `analyze --jsonl`: the analysis-v1 document record plus its sha256 and its entities' records. */
export interface ArchiveLine extends ContractDocument {
  sha256?: string;
  /** The records (id, type, name, aliases, roles) of the entities the document mentions or quotes. */
  entityRecords: EntityRecord[];
  /** This document's annotations that cannot be anchored any more. */
  orphans?: Orphan[];
}

/** One document's line: its analysis with the annotations that concern it, linked within the document alone. */
export function documentLine(path: string, text: string, analysis: DocumentAnalysis, sha256: string, annotations: IndexedAnnotation[]): ArchiveLine {
  const index = new WorkspaceIndex();
  if (annotations.length) index.setAnnotations(annotations);
  index.setAnalysis(path, text, analysis);
  // the document record exactly as contractOutput builds it, without the (single-document) conflicts
  const a = index.get(path)!.analysis;
  const doc: ContractDocument = { path, entities: a.entities, quotes: a.quotes, figures: a.figures };
  if (a.dateline) doc.dateline = a.dateline;
  if (a.error) doc.error = a.error;
  if (a.notes?.length) doc.notes = a.notes;
  const used = new Set<string>();
  for (const m of a.entities) used.add(m.entity);
  for (const q of a.quotes) if (q.speaker) used.add(q.speaker);
  const records = index.entities().filter((e) => used.has(e.id));
  // archive-v1 names both the mentions (analysis-v1) and the entity records "entities": each mention keeps its
  // analysis-v1 fields and also carries its entity's record fields (id, name, aliases, roles), so a reader of
  // either kind finds what it expects there; entityRecords holds each record once, speakers without a mention too
  const byId = new Map(records.map((e) => [e.id, e]));
  doc.entities = a.entities.map((m) => {
    const e = byId.get(m.entity);
    return e ? { ...m, id: e.id, name: e.name, aliases: e.aliases, roles: e.roles } : m;
  });
  const line: ArchiveLine = { ...doc, sha256, entityRecords: records };
  if (annotations.length) {
    const orphans = index.orphans().filter((o) => o.source !== 'urn:byline:workspace');
    if (orphans.length) line.orphans = orphans;
  }
  return line;
}
