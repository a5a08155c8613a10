// The editor's view of a shared archive (no `vscode` here): entity counts for hovers, cached and fetched in
// the background, and claim search. Without a database URL it does nothing at all: no connection is opened
// and the PostgreSQL client is not even loaded. A database that cannot be reached is reported once and
// tried again only after a pause; the editor works offline meanwhile.
import type { Client } from 'pg';
import type { ArchiveClaim, SearchOptions } from './search';

export interface ArchiveCounts {
  mentions: number;
  documents: number;
}

export interface ArchiveClientOptions {
  /** The password from the editor's secret storage (undefined: PGPASSWORD or ~/.pgpass, as pg reads them). */
  password?: () => Promise<string | undefined>;
  /** Connection timeout (default 3 s). */
  timeoutMs?: number;
  /** How long counts are kept (default 5 minutes). */
  ttlMs?: number;
  /** How long after a failed connection the next attempt waits (default 30 s). */
  retryMs?: number;
  /** Told once per failure, with a message without the password. */
  onError?: (message: string) => void;
}

/** "12 more mentions in 5 archive documents", or undefined when the archive has none beyond this document. */
export function archiveCountsLine(c: ArchiveCounts | undefined): string | undefined {
  if (!c || c.mentions === 0) return undefined;
  return `${c.mentions} more ${c.mentions === 1 ? 'mention' : 'mentions'} in ${c.documents} archive ${c.documents === 1 ? 'document' : 'documents'}`;
}

export class ArchiveClient {
  private client: Promise<Client> | undefined;
  private failedAt = 0;
  private readonly counts = new Map<string, { at: number; value?: ArchiveCounts; pending?: Promise<void> }>();
  /** The last connection or query failure (for the editor's output), without the password. */
  lastError: string | undefined;
  /** Connections opened so far (0 without a URL). */
  connections = 0;

  constructor(
    readonly url: string | undefined,
    private readonly opts: ArchiveClientOptions = {},
  ) {}

  get enabled(): boolean {
    return !!this.url;
  }

  private async connection(): Promise<Client> {
    if (!this.url) throw new Error('no archive database is set (byline.archive.database)');
    if (this.client) return this.client;
    if (Date.now() - this.failedAt < (this.opts.retryMs ?? 30_000)) throw new Error(this.lastError ?? 'the archive database cannot be reached');
    const url = this.url;
    this.client = (async () => {
      const { connect } = await import('./db');
      const password = await this.opts.password?.();
      this.connections++;
      const c = await connect(url, { password, timeoutMs: this.opts.timeoutMs ?? 3000, applicationName: 'byline-editor' });
      c.on('error', () => this.drop());
      c.on('end', () => this.drop());
      return c;
    })();
    try {
      return await this.client;
    } catch (e) {
      this.client = undefined;
      this.failedAt = Date.now();
      this.fail((e as Error).message);
      throw e;
    }
  }

  private drop(): void {
    this.client = undefined;
  }

  private fail(message: string): void {
    if (message === this.lastError) return;
    this.lastError = message;
    this.opts.onError?.(message);
  }

  private key(id: string, exceptPath: string | undefined): string {
    return `${id}\u0000${exceptPath ?? ''}`;
  }

  /** The counts cached for an entity (undefined when not known yet); starts fetching them when not cached. */
  cachedCounts(id: string, exceptPath?: string): ArchiveCounts | undefined {
    if (!this.url) return undefined;
    const k = this.key(id, exceptPath);
    const c = this.counts.get(k);
    if (!c || (!c.pending && Date.now() - c.at > (this.opts.ttlMs ?? 300_000))) void this.prefetch([id], exceptPath);
    return c?.value;
  }

  /** The counts of an entity, waiting at most `waitMs` for them (undefined when not there by then, or offline). */
  async countsWithin(id: string, exceptPath: string | undefined, waitMs: number): Promise<ArchiveCounts | undefined> {
    if (!this.url) return undefined;
    const now = this.cachedCounts(id, exceptPath);
    const c = this.counts.get(this.key(id, exceptPath));
    if (!c?.pending) return now;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([c.pending, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
    clearTimeout(timer);
    return this.counts.get(this.key(id, exceptPath))?.value;
  }

  /** Fetches the counts of several entities in one query (a document's entities when it is opened). */
  prefetch(ids: string[], exceptPath?: string): Promise<void> {
    if (!this.url) return Promise.resolve();
    const todo = [...new Set(ids)].filter((id) => {
      const c = this.counts.get(this.key(id, exceptPath));
      return !c || (!c.pending && Date.now() - c.at > (this.opts.ttlMs ?? 300_000));
    });
    if (todo.length === 0) return Promise.resolve();
    const run = (async () => {
      try {
        const client = await this.connection();
        const r = await client.query<{ entity: string; n: string; d: string }>(
          'SELECT entity, count(*) AS n, count(DISTINCT path) AS d FROM mentions WHERE entity = ANY($1::text[]) AND ($2::text IS NULL OR path <> $2::text) GROUP BY entity',
          [todo, exceptPath ?? null],
        );
        const got = new Map(r.rows.map((x) => [x.entity, { mentions: Number(x.n), documents: Number(x.d) }]));
        for (const id of todo) this.counts.set(this.key(id, exceptPath), { at: Date.now(), value: got.get(id) ?? { mentions: 0, documents: 0 } });
      } catch (e) {
        // offline: remembered as unknown for a while, so hovers do not wait on a database that is not there
        for (const id of todo) this.counts.set(this.key(id, exceptPath), { at: Date.now() });
        if (!/no archive database/.test((e as Error).message)) this.fail((e as Error).message);
      }
    })();
    for (const id of todo) {
      const k = this.key(id, exceptPath);
      this.counts.set(k, { ...(this.counts.get(k) ?? { at: 0 }), pending: run });
    }
    return run;
  }

  /** Claims of the archive by words and/or speaker; throws with a clear message when the archive cannot be reached. */
  async search(opts: SearchOptions): Promise<ArchiveClaim[]> {
    const client = await this.connection();
    const { searchClaims } = await import('./search');
    return searchClaims(client, opts);
  }

  /** Forgets the cached counts (after a load, or when the setting changes). */
  clear(): void {
    this.counts.clear();
  }

  async dispose(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    this.counts.clear();
    if (c) await c.then((x) => x.end()).catch(() => undefined);
  }
}

/**
 * What the Search Archive box says: words to find, and a speaker as `speaker:Name`, `speaker:"Two Names"` or
 * `@Name` (anywhere in the text).
 */
export function parseArchiveQuery(input: string): { query?: string; speaker?: string } {
  let speaker: string | undefined;
  const rest = input.replace(/(?:^|\s)(?:speaker:(?:"([^"]*)"|(\S+))|@(?:"([^"]*)"|(\S+)))/i, (_m, a?: string, b?: string, c?: string, d?: string) => {
    speaker = (a ?? b ?? c ?? d ?? '').trim();
    return ' ';
  });
  const query = rest.replace(/\s+/g, ' ').trim();
  return { ...(query ? { query } : {}), ...(speaker ? { speaker } : {}) };
}

/**
 * Where an archive path may be in a workspace: the path itself when absolute, else under each workspace folder
 * as it is, then without its first folders (an archive loaded from `news/2024/a.txt` opened at `news/`).
 */
export function workspaceCandidates(archivePath: string, folders: readonly string[], join: (...p: string[]) => string, isAbsolute: (p: string) => boolean): string[] {
  if (isAbsolute(archivePath)) return [archivePath];
  const parts = archivePath.split('/').filter((p) => p && p !== '.');
  if (parts.some((p) => p === '..')) return [];
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) for (const f of folders) out.push(join(f, ...parts.slice(k)));
  return out;
}
