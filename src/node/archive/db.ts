// The archive's PostgreSQL connection and schema (archive-v1). Every query is parameterised or a COPY whose
// rows are escaped here: text from documents is data, never SQL. Loaded only by the commands that use the
// database (load, link, search) and by the editor when `byline.archive.database` is set.
import { Client, type ClientConfig } from 'pg';

/** The schema version this code creates and reads; older databases are migrated up to it. */
export const SCHEMA_VERSION = 1;

/** A connection failure said once, clearly, without the password; `exitCode` for the CLI. */
export class ArchiveConnectionError extends Error {
  readonly exitCode = 3;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(a connection URL that does not parse)';
  }
}

/** What went wrong connecting to `url`, in one sentence a journalist can act on. */
export function connectionMessage(url: string, e: unknown): string {
  const err = e as { code?: string; message?: string };
  const where = redactUrl(url);
  switch (err.code) {
    case '28P01':
    case '28000':
      return `cannot log in to the archive database ${where}: ${err.message ?? 'authentication failed'} (the password comes from the URL, PGPASSWORD or ~/.pgpass)`;
    case '3D000':
      return `the archive database ${where} does not exist: ${err.message ?? ''}`.trim();
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `cannot reach the archive database ${where} (${err.code}): is PostgreSQL running there, and the host and port right?`;
    default:
      if (/password must be a string/i.test(err.message ?? '')) return `the archive database ${where} asks for a password and none was given (the URL, PGPASSWORD, ~/.pgpass, or in the editor Byline: Set Archive Database Password…)`;
      if (/timeout/i.test(err.message ?? '')) return `cannot reach the archive database ${where}: the connection timed out`;
      return `cannot connect to the archive database ${where}: ${err.message ?? String(e)}`;
  }
}

export interface ConnectOptions {
  /** A password given by the caller (the editor's secret storage); otherwise pg reads PGPASSWORD or ~/.pgpass. */
  password?: string;
  timeoutMs?: number;
  applicationName?: string;
}

/** A connected client, or an ArchiveConnectionError. */
export async function connect(url: string, opts: ConnectOptions = {}): Promise<Client> {
  let config: ClientConfig;
  try {
    const u = new URL(url);
    // a password given by the caller goes into the URL: pg lets the URL's fields win over the others
    if (opts.password !== undefined && opts.password !== '') u.password = encodeURIComponent(opts.password);
    config = { connectionString: u.toString(), connectionTimeoutMillis: opts.timeoutMs ?? 10_000, application_name: opts.applicationName ?? 'byline' };
  } catch {
    throw new ArchiveConnectionError(`'${redactUrl(url)}' is not a PostgreSQL connection URL (postgresql://user@host:5432/database)`);
  }
  const client = new Client(config);
  // an error after connecting (the server going away) must not crash the process: queries then fail
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw new ArchiveConnectionError(connectionMessage(url, e));
  }
  return client;
}

const MIGRATIONS: string[][] = [
  // version 1
  [
    `CREATE TABLE documents (
       path text PRIMARY KEY,
       sha256 text NOT NULL,
       error text,
       dateline text,
       loaded_at timestamptz NOT NULL DEFAULT now())`,
    // the rows of a document are replaced together by load (one transaction), not through foreign keys: a
    // check per row would slow COPY down for nothing
    // each document's own entity records (ids from the document alone), the input of the archive-wide linking
    `CREATE TABLE document_entities (
       path text NOT NULL,
       local_id text NOT NULL,
       type text NOT NULL,
       name text NOT NULL,
       aliases jsonb NOT NULL,
       roles jsonb NOT NULL,
       PRIMARY KEY (path, local_id))`,
    `CREATE TABLE entities (
       id text PRIMARY KEY,
       type text NOT NULL,
       name text NOT NULL,
       aliases jsonb NOT NULL DEFAULT '[]',
       roles jsonb NOT NULL DEFAULT '[]',
       documents integer NOT NULL DEFAULT 0,
       mentions integer NOT NULL DEFAULT 0)`,
    // names and aliases, lower-cased, for finding a speaker by any of them
    `CREATE TABLE entity_names (
       name text NOT NULL,
       entity text NOT NULL,
       PRIMARY KEY (name, entity))`,
    `CREATE TABLE mentions (
       path text NOT NULL,
       span_start integer NOT NULL,
       span_end integer NOT NULL,
       text text NOT NULL,
       type text NOT NULL,
       local_entity text NOT NULL,
       entity text NOT NULL,
       role_start integer,
       role_end integer,
       role_text text)`,
    `CREATE INDEX mentions_path ON mentions (path)`,
    `CREATE INDEX mentions_entity ON mentions (entity)`,
    `CREATE TABLE claims (
       path text NOT NULL,
       span_start integer NOT NULL,
       span_end integer NOT NULL,
       text text NOT NULL,
       kind text NOT NULL,
       local_speaker text,
       speaker text,
       cue_start integer,
       cue_end integer,
       cue_text text,
       speaker_mention_start integer,
       speaker_mention_end integer,
       speaker_mention_text text,
       anonymous boolean NOT NULL DEFAULT false,
       status text,
       note text,
       tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)`,
    `CREATE INDEX claims_path ON claims (path)`,
    `CREATE INDEX claims_speaker ON claims (speaker)`,
    `CREATE INDEX claims_tsv ON claims USING gin (tsv)`,
    `CREATE TABLE figures (
       path text NOT NULL,
       span_start integer NOT NULL,
       span_end integer NOT NULL,
       text text NOT NULL,
       kind text NOT NULL,
       value text,
       unit text)`,
    `CREATE INDEX figures_path ON figures (path)`,
    `CREATE TABLE conflicts (
       id text PRIMARY KEY,
       kind text NOT NULL,
       message text NOT NULL,
       locations jsonb NOT NULL)`,
    // whether the archive-wide links and conflicts are those of the documents loaded (false after a change)
    `CREATE TABLE archive_state (key text PRIMARY KEY, value text NOT NULL)`,
    `INSERT INTO archive_state (key, value) VALUES ('linked', 'true')`,
  ],
];

/** Creates the schema, or migrates it to SCHEMA_VERSION; several loaders at once wait for each other. */
export async function migrate(client: Client): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['byline-schema']);
    await client.query('CREATE TABLE IF NOT EXISTS byline_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM byline_schema');
    const current = r.rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) throw new Error(`the archive database has schema version ${current}, newer than this Byline reads (${SCHEMA_VERSION}): update Byline`);
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      for (const sql of MIGRATIONS[v - 1]) await client.query(sql);
      await client.query('INSERT INTO byline_schema (version) VALUES ($1)', [v]);
    }
    await client.query('COMMIT');
    return current;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Whether the schema exists (search on an empty database says so instead of failing). */
export async function hasSchema(client: Client): Promise<boolean> {
  const r = await client.query<{ t: string | null }>("SELECT to_regclass('byline_schema')::text AS t");
  return r.rows[0]?.t != null;
}
