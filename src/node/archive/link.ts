// Archive-wide entity linking and conflicts, by the workspace index's own rules (linkEntities, findConflicts)
// run over what the database holds: each document's entity records stand for its clusters, as in the
// editor. One transaction: the links, entities, names and conflicts are those of the documents loaded, or
// the previous ones. Rows already right are not rewritten, so linking an unchanged archive changes nothing.
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { linkEntities } from '../../core/workspace';
import { findConflicts } from '../../core/conflicts';
import type { Conflict, DocumentAnalysis, EntityRecord, LocalEntity, Quote } from '../../core/types';
import type { ResolvedDocument } from '../../core/workspace';
import { copyRows, jsonCell } from './load';

interface DocEntityRow {
  path: string;
  local_id: string;
  type: string;
  name: string;
  aliases: string[];
  roles: string[];
}

/** Whether a document's record stands for a cluster of names (anonymous sources are grouped by their id). */
function isCluster(r: DocEntityRow): boolean {
  return r.type !== 'ANONYMOUS' && !r.local_id.startsWith('anon:');
}

export interface LinkResult {
  entities: number;
  conflicts: number;
}

export async function linkArchive(client: Client): Promise<LinkResult> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['byline-load']);
    const rows = (await client.query<DocEntityRow>('SELECT path, local_id, type, name, aliases, roles FROM document_entities ORDER BY path, local_id')).rows;
    // each document's records as the clusters linkEntities takes
    const byPath = new Map<string, LocalEntity[]>();
    for (const r of rows) {
      if (!isCluster(r)) continue;
      let l = byPath.get(r.path);
      if (!l) byPath.set(r.path, (l = []));
      l.push({ key: r.local_id, type: r.type, name: r.name, aliases: [r.name, ...r.aliases], roles: r.roles.map((role) => ({ role, start: 0, end: 0 })) });
    }
    const links = linkEntities([...byPath].map(([path, clusters]) => ({ path, analysis: { entities: [], quotes: [], figures: [], clusters } as DocumentAnalysis })));
    const globalOf = (path: string, local: string): string => links.get(path)?.get(local) ?? local;
    // the archive's records: the fullest name, every alias and role, as the index merges them
    const records = new Map<string, EntityRecord & { seenA: Set<string>; seenR: Set<string> }>();
    const mapRows: string[][] = [];
    for (const r of rows) {
      const id = isCluster(r) ? globalOf(r.path, r.local_id) : r.local_id;
      if (id !== r.local_id) mapRows.push([r.path, r.local_id, id]);
      let rec = records.get(id);
      if (!rec) records.set(id, (rec = { id, type: r.type, name: r.name, aliases: [], roles: [], seenA: new Set(), seenR: new Set() }));
      if (r.name.length > rec.name.length) rec.name = r.name;
      for (const a of [r.name, ...r.aliases]) if (!rec.seenA.has(a)) { rec.seenA.add(a); rec.aliases.push(a); }
      for (const x of r.roles) if (!rec.seenR.has(x)) { rec.seenR.add(x); rec.roles.push(x); }
    }
    for (const rec of records.values()) {
      rec.aliases = rec.aliases.filter((x) => x !== rec.name).sort();
      rec.roles = rec.roles.filter((x) => !rec.roles.some((o) => o !== x && o.toLowerCase().endsWith(` ${x.toLowerCase()}`))).sort();
    }
    // mentions and speakers: to their archive ids (rows already right are left alone)
    await client.query('CREATE TEMP TABLE link_map (path text, local_id text, entity text) ON COMMIT DROP');
    await copyRows(client, 'link_map', ['path', 'local_id', 'entity'], mapRows);
    await client.query('CREATE INDEX ON link_map (path, local_id)');
    await client.query('ANALYZE link_map');
    await client.query(`UPDATE mentions m SET entity = l.entity FROM link_map l
      WHERE m.path = l.path AND m.local_entity = l.local_id AND m.entity IS DISTINCT FROM l.entity`);
    await client.query(`UPDATE mentions m SET entity = m.local_entity
      WHERE m.entity IS DISTINCT FROM m.local_entity AND NOT EXISTS (SELECT 1 FROM link_map l WHERE l.path = m.path AND l.local_id = m.local_entity)`);
    await client.query(`UPDATE claims c SET speaker = l.entity FROM link_map l
      WHERE c.path = l.path AND c.local_speaker = l.local_id AND c.speaker IS DISTINCT FROM l.entity`);
    await client.query(`UPDATE claims c SET speaker = c.local_speaker
      WHERE c.speaker IS DISTINCT FROM c.local_speaker AND NOT EXISTS (SELECT 1 FROM link_map l WHERE l.path = c.path AND l.local_id = c.local_speaker)`);
    // counts, for the editor's "N more mentions in M archive documents"
    const counts = new Map<string, { n: number; d: number }>();
    for (const r of (await client.query<{ entity: string; n: string; d: string }>('SELECT entity, count(*) AS n, count(DISTINCT path) AS d FROM mentions GROUP BY entity')).rows) counts.set(r.entity, { n: Number(r.n), d: Number(r.d) });
    await client.query('CREATE TEMP TABLE new_entities (id text, type text, name text, aliases jsonb, roles jsonb, documents integer, mentions integer) ON COMMIT DROP');
    await copyRows(client, 'new_entities', ['id', 'type', 'name', 'aliases', 'roles', 'documents', 'mentions'],
      [...records.values()].map((r) => [r.id, r.type, r.name, jsonCell(r.aliases), jsonCell(r.roles), counts.get(r.id)?.d ?? 0, counts.get(r.id)?.n ?? 0]));
    await client.query('DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM new_entities n WHERE n.id = e.id)');
    await client.query(`INSERT INTO entities (id, type, name, aliases, roles, documents, mentions)
      SELECT id, type, name, aliases, roles, documents, mentions FROM new_entities
      ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name, aliases = EXCLUDED.aliases, roles = EXCLUDED.roles,
        documents = EXCLUDED.documents, mentions = EXCLUDED.mentions
      WHERE (entities.type, entities.name, entities.aliases, entities.roles, entities.documents, entities.mentions)
        IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.name, EXCLUDED.aliases, EXCLUDED.roles, EXCLUDED.documents, EXCLUDED.mentions)`);
    // every name and alias, lower-cased, for search by speaker
    const names = new Set<string>();
    const nameRows: string[][] = [];
    for (const r of records.values()) {
      for (const n of [r.name, ...r.aliases]) {
        const k = `${n.toLowerCase()}\u0000${r.id}`;
        if (!names.has(k)) { names.add(k); nameRows.push([n.toLowerCase(), r.id]); }
      }
    }
    await client.query('CREATE TEMP TABLE new_names (name text, entity text) ON COMMIT DROP');
    await copyRows(client, 'new_names', ['name', 'entity'], nameRows);
    await client.query('DELETE FROM entity_names e WHERE NOT EXISTS (SELECT 1 FROM new_names n WHERE n.name = e.name AND n.entity = e.entity)');
    await client.query('INSERT INTO entity_names (name, entity) SELECT name, entity FROM new_names ON CONFLICT DO NOTHING');
    // conflicts between sources, found by the workspace's rules on the linked records
    const conflicts = await archiveConflicts(client, records);
    const crow = conflicts.map((c) => [conflictId(c), c.kind, c.message, jsonCell(c.locations)]);
    await client.query('CREATE TEMP TABLE new_conflicts (id text, kind text, message text, locations jsonb) ON COMMIT DROP');
    await copyRows(client, 'new_conflicts', ['id', 'kind', 'message', 'locations'], crow);
    await client.query('DELETE FROM conflicts c WHERE NOT EXISTS (SELECT 1 FROM new_conflicts n WHERE n.id = c.id)');
    await client.query('INSERT INTO conflicts (id, kind, message, locations) SELECT DISTINCT ON (id) id, kind, message, locations FROM new_conflicts ON CONFLICT (id) DO NOTHING');
    await client.query("UPDATE archive_state SET value = 'true' WHERE key = 'linked' AND value <> 'true'");
    await client.query('COMMIT');
    return { entities: records.size, conflicts: conflicts.length };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** A conflict's id: a digest of what it says and where, the same on every run. */
export function conflictId(c: Conflict): string {
  return createHash('sha256').update(JSON.stringify([c.kind, c.message, c.locations])).digest('hex').slice(0, 24);
}

/** The documents as the index would resolve them (archive ids), read from the tables, for findConflicts. */
async function archiveConflicts(client: Client, records: Map<string, EntityRecord>): Promise<Conflict[]> {
  const docs = new Map<string, DocumentAnalysis>();
  for (const r of (await client.query<{ path: string; dateline: string | null }>('SELECT path, dateline FROM documents WHERE error IS NULL ORDER BY path')).rows) {
    const a: DocumentAnalysis = { entities: [], quotes: [], figures: [], clusters: [] };
    if (r.dateline) a.dateline = r.dateline;
    docs.set(r.path, a);
  }
  // what findConflicts reads of the mentions without the texts: which entities each document names, with each
  // type they are named as, in the order first named (the story evidence), then the people named with a role
  // (role conflicts). One row per entity and type of a document rather than per mention: a third of the rows
  const e = await client.query({ text: 'SELECT path, type, entity, min(span_start) AS first FROM mentions GROUP BY path, entity, type ORDER BY path, first', rowMode: 'array' });
  for (const [path, type, entity, first] of e.rows as [string, string, string, number][]) docs.get(path)?.entities.push({ start: first, end: first, text: '', type, entity });
  const m = await client.query({
    text: "SELECT path, span_start, span_end, text, type, entity, role_start, role_end, role_text FROM mentions WHERE type = 'PERSON' AND role_start IS NOT NULL AND role_end IS NOT NULL AND role_text IS NOT NULL ORDER BY path, span_start",
    rowMode: 'array',
  });
  for (const [path, start, end, text, type, entity, rs, re, rt] of m.rows as [string, number, number, string, string, string, number, number, string][]) {
    docs.get(path)?.entities.push({ start, end, text, type, entity, role: { start: rs, end: re, text: rt } });
  }
  const q = await client.query({
    text: 'SELECT path, span_start, span_end, text, kind, speaker, cue_start, cue_end, cue_text, speaker_mention_start, speaker_mention_end, speaker_mention_text, anonymous FROM claims ORDER BY path, span_start',
    rowMode: 'array',
  });
  for (const [path, start, end, text, kind, speaker, cs, ce, ct, ss, se, st, anonymous] of q.rows as [string, number, number, string, Quote['kind'], string | null, number | null, number | null, string | null, number | null, number | null, string | null, boolean][]) {
    const quote: Quote = { start, end, text, kind, speaker, cue: cs !== null && ce !== null && ct !== null ? { start: cs, end: ce, text: ct } : null,
      speakerMention: ss !== null && se !== null && st !== null ? { start: ss, end: se, text: st } : null };
    if (anonymous) quote.anonymous = true;
    docs.get(path)?.quotes.push(quote);
  }
  const resolved: ResolvedDocument[] = [...docs].map(([path, analysis]) => ({ path, version: 0, analysis }));
  // the documents' texts stay where they are (the archive holds their analyses): findings that read the text
  // around a span (figures, tenure words) are the editor's, so the figures are not read here
  return findConflicts(resolved, records);
}
