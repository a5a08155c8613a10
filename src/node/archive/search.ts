// Claims across the archive: PostgreSQL full-text search on their words (the tsvector column and its GIN
// index), and/or one speaker's claims by name or alias. Parameterised queries only.
import type { Client } from 'pg';

export interface ArchiveClaim {
  path: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  speakerName: string | null;
}

export interface SearchOptions {
  query?: string;
  speaker?: string;
  limit?: number;
}

/** Claims matching the words of `query` (web-search syntax: "quoted phrase", or, -not) and/or said by `speaker`. */
export async function searchClaims(client: Client, opts: SearchOptions): Promise<ArchiveClaim[]> {
  const query = opts.query?.trim() || null;
  const speaker = opts.speaker?.trim().toLowerCase() || null;
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 10_000));
  // the speaker's ids first (a name or alias; failing that, the last word(s) of a name: "Peskov" for Dmitry
  // Peskov), so that the claims are then found through their speaker index
  let speakers: string[] | null = null;
  if (speaker !== null) {
    const exact = await client.query<{ entity: string }>('SELECT DISTINCT entity FROM entity_names WHERE name = $1 OR entity = $1', [speaker]);
    speakers = exact.rows.map((r) => r.entity);
    if (speakers.length === 0) {
      const tail = await client.query<{ entity: string }>("SELECT DISTINCT entity FROM entity_names WHERE right(name, length($1) + 1) = ' ' || $1", [speaker]);
      speakers = tail.rows.map((r) => r.entity);
    }
    if (speakers.length === 0) return [];
  }
  const r = await client.query<{ path: string; start: number; end: number; text: string; kind: string; speaker: string | null; speaker_name: string | null }>(
    `WITH q AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE websearch_to_tsquery('english', $1::text) END AS tsq)
     SELECT c.path, c.span_start AS start, c.span_end AS "end", c.text, c.kind, c.speaker, e.name AS speaker_name
     FROM claims c CROSS JOIN q LEFT JOIN entities e ON e.id = c.speaker
     WHERE ($1::text IS NULL OR c.tsv @@ q.tsq)
       AND ($2::text[] IS NULL OR c.speaker = ANY($2::text[]))
     ORDER BY CASE WHEN $1::text IS NULL THEN 0 ELSE ts_rank(c.tsv, q.tsq) END DESC, c.path, c.span_start
     LIMIT $3`,
    [query, speakers, limit],
  );
  return r.rows.map((x) => ({ path: x.path, start: x.start, end: x.end, text: x.text, kind: x.kind, speaker: x.speaker, speakerName: x.speaker_name }));
}

/** How often an entity is mentioned in the archive: mentions and documents (outside `exceptPath` when given). */
export async function entityCounts(client: Client, id: string, exceptPath?: string): Promise<{ mentions: number; documents: number }> {
  const r = await client.query<{ n: string; d: string }>(
    'SELECT count(*) AS n, count(DISTINCT path) AS d FROM mentions WHERE entity = $1 AND ($2::text IS NULL OR path <> $2::text)',
    [id, exceptPath ?? null],
  );
  return { mentions: Number(r.rows[0]?.n ?? 0), documents: Number(r.rows[0]?.d ?? 0) };
}
