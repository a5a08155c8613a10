// A throwaway PostgreSQL cluster for the archive's tests and benchmark: initdb into a temporary folder, a
// server on 127.0.0.1 only at a free port (its socket in that folder), password authentication over TCP,
// run as the `postgres` user when this process is root (initdb refuses root); stopped and deleted at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  password: string;
  /** A URL for another database of this cluster (created on demand by createDatabase). */
  urlFor(db: string, password?: string): string;
  createDatabase(name: string): string;
  stop(): void;
}

/** The folder of initdb and pg_ctl: $PG_BIN, the newest /usr/lib/postgresql/N/bin, or the PATH; undefined if none. */
export function findPgBin(): string | undefined {
  const env = process.env.PG_BIN;
  if (env && existsSync(join(env, 'initdb'))) return env;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  }
  const r = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const p = r.status === 0 ? r.stdout.trim() : '';
  return p ? p.replace(/\/initdb$/, '') : undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

export async function startCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian\'s postgresql package or set PG_BIN');
  const root = process.getuid?.() === 0;
  const pgUser = root ? uidOf('postgres') : undefined;
  if (root && !pgUser) throw new Error('running as root, and there is no `postgres` user to run the server as (initdb refuses root)');
  const dir = mkdtempSync(join(tmpdir(), 'byline-pg-'));
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  writeFileSync(pwfile, password + '\n');
  if (pgUser) {
    chownSync(dir, pgUser.uid, pgUser.gid);
    chownSync(pwfile, pgUser.uid, pgUser.gid);
  }
  chmodSync(dir, 0o700);
  const as = (cmd: string, args: string[]): { status: number | null; out: string } => {
    const r = pgUser ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8', cwd: dir }) : spawnSync(cmd, args, { encoding: 'utf8', cwd: dir });
    return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  };
  const port = await freePort();
  const cleanup = (): void => {
    as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  let r = as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${r.out}`);
  }
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  r = as(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  if (r.status !== 0) {
    cleanup();
    throw new Error(`pg_ctl start failed: ${r.out}`);
  }
  const urlFor = (db: string, pw = password): string => `postgresql://postgres:${encodeURIComponent(pw)}@127.0.0.1:${port}/${db}`;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    cleanup();
  };
  process.once('exit', stop);
  return {
    url: urlFor('postgres'),
    port,
    password,
    urlFor,
    createDatabase(name: string): string {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const c = as(join(bin, 'createdb'), ['-h', dir, '-p', String(port), '-U', 'postgres', name]);
      if (c.status !== 0) throw new Error(`createdb failed: ${c.out}`);
      return urlFor(name);
    },
    stop,
  };
}
