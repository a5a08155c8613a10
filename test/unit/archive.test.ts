// The archive beyond one machine (shared/contract/archive-v1.md), against a REAL PostgreSQL: a throwaway
// cluster (initdb in a temporary folder, 127.0.0.1 only, a free port, run as `postgres` when root), stopped
// and deleted at the end. Skipped, with a message, only when the PostgreSQL server binaries are absent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join, isAbsolute } from 'node:path';
import { Client } from 'pg';
import { ROOT } from './helpers';
import { findPgBin, freePort, startCluster, type PgCluster } from '../../src/measure/pgCluster';
import { generateCorpus } from '../../src/measure/bench';
import { ArchiveClient, archiveCountsLine, parseArchiveQuery, workspaceCandidates } from '../../src/node/archive/archiveClient';
import { copyCell } from '../../src/node/archive/load';
import { shardOf, parseShard } from '../../src/node/archive/stream';

const CLI = join(ROOT, 'dist', 'cli.js');
const PG_BIN = findPgBin();
const skip = PG_BIN ? false : 'PostgreSQL server binaries (initdb, pg_ctl) are not installed here: install Debian\'s postgresql package (.ci/run does) to run the archive tests';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function cli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: opts.input, env: opts.env ?? process.env, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function jsonl(out: string): Record<string, unknown>[] {
  return out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every row of the archive's tables, as JSON, sorted; with `xmin`, a rewritten row shows even if equal. */
async function snapshot(url: string, withXmin = false): Promise<Record<string, string[]>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const t of ['documents', 'document_entities', 'entities', 'entity_names', 'mentions', 'claims', 'figures', 'conflicts', 'byline_schema', 'archive_state']) {
      const x = withXmin ? ", 'xmin', t.xmin::text" : '';
      const r = await c.query<{ j: string }>(`SELECT (to_jsonb(t) - 'loaded_at' - 'tsv' - 'applied_at' || jsonb_build_object('_'::text, 0${x}))::text AS j FROM ${t} t ORDER BY 1`);
      out[t] = r.rows.map((row) => row.j);
    }
    return out;
  } finally {
    await c.end();
  }
}

async function count(url: string, sql: string, params: unknown[] = []): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(sql, params);
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

const counts = (s: Record<string, string[]>): Record<string, number> => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.length]));

describe('archive: analyze --jsonl, load, search with a real PostgreSQL', { skip }, () => {
  let pg: PgCluster;
  let dir: string;
  let archive: string;
  let full: Record<string, unknown>[];
  let fullOut: string;

  before(async () => {
    pg = await startCluster();
    dir = mkdtempSync(join(tmpdir(), 'byline-archive-test-'));
    archive = join(dir, 'archive');
    mkdirSync(join(archive, 'desk'), { recursive: true });
    const texts = generateCorpus(36, 7, [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures')]);
    texts.forEach((t, i) => writeFileSync(join(archive, i % 3 === 0 ? 'desk' : '', `${String(i).padStart(3, '0')}.txt`), t));
    const r = cli(['analyze', '--jsonl', archive]);
    assert.equal(r.code, 0, r.err);
    fullOut = r.out;
    full = jsonl(r.out);
  });

  after(() => {
    pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('one line per document, each with its sha256 and the records of the entities it uses', () => {
    assert.equal(full.length, 36);
    for (const line of full) {
      const path = line.path as string;
      const bytes = readFileSync(path);
      assert.equal(line.sha256, createHash('sha256').update(bytes).digest('hex'));
      const text = bytes.toString('utf8');
      const ids = new Set((line.entityRecords as { id: string }[]).map((e) => e.id));
      for (const m of line.entities as { start: number; end: number; text: string; entity: string }[]) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(ids.has(m.entity), `${m.entity} has its record`);
      }
      for (const q of line.quotes as { speaker: string | null }[]) if (q.speaker) assert.ok(ids.has(q.speaker), `speaker ${q.speaker} has its record`);
    }
  });

  test('shards cover every file exactly once, with the same lines (deterministic ids), whatever N', () => {
    assert.equal(typeof parseShard('3/2'), 'string');
    assert.equal(typeof parseShard('0/2'), 'string');
    assert.deepEqual(parseShard('2/5'), { index: 2, count: 5 });
    assert.equal(cli(['analyze', '--jsonl', '--shard', '3/2', archive]).code, 2);
    const byPath = new Map(fullOut.split('\n').filter(Boolean).map((l) => [(JSON.parse(l) as { path: string }).path, l]));
    for (const n of [2, 3]) {
      const seen = new Map<string, number>();
      for (let i = 1; i <= n; i++) {
        const r = cli(['analyze', '--jsonl', '--jobs', '1', '--shard', `${i}/${n}`, archive]);
        assert.equal(r.code, 0, r.err);
        for (const l of r.out.split('\n').filter(Boolean)) {
          const p = (JSON.parse(l) as { path: string }).path;
          seen.set(p, (seen.get(p) ?? 0) + 1);
          assert.equal(l, byPath.get(p), `${p}: the same line in a shard as in one run`);
        }
      }
      assert.deepEqual([...seen.keys()].sort(), [...byPath.keys()].sort());
      assert.ok([...seen.values()].every((k) => k === 1));
      assert.ok(seen.size > 0 && n > 1);
    }
    // the shard depends on the path relative to the folder, not on where the folder is
    assert.equal(shardOf('desk/000.txt', 7), shardOf('desk/000.txt', 7));
  });

  test('two shards loaded separately give the same database as one load; a second load changes nothing', async () => {
    const one = pg.createDatabase('one_run');
    const shards = pg.createDatabase('two_shards');
    const files: string[] = [];
    for (const i of [1, 2]) {
      const r = cli(['analyze', '--jsonl', '--shard', `${i}/2`, archive]);
      assert.equal(r.code, 0, r.err);
      const f = join(dir, `shard-${i}.jsonl`);
      writeFileSync(f, r.out);
      files.push(f);
    }
    const all = join(dir, 'all.jsonl');
    writeFileSync(all, fullOut);
    let r = cli(['load', '--db', one, all]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /36 document\(s\) read: 36 added, 0 replaced, 0 unchanged/);
    for (const f of files) {
      r = cli(['load', '--db', shards, f]);
      assert.equal(r.code, 0, r.err);
    }
    const a = await snapshot(one);
    const b = await snapshot(shards);
    assert.equal(a.documents.length, 36);
    assert.ok(a.mentions.length > 100 && a.claims.length > 20 && a.entities.length > 20, JSON.stringify(counts(a)));
    assert.deepEqual(counts(b), counts(a));
    assert.deepEqual(b, a, 'the same rows');
    // linking ran over the whole archive: mentions point at archive entities that exist
    assert.equal(await count(one, 'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity)'), 0);
    assert.equal(await count(one, 'SELECT count(*) AS n FROM claims c WHERE c.speaker IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = c.speaker)'), 0);

    const before = await snapshot(one, true);
    r = cli(['load', '--db', one, all]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /36 document\(s\) read: 0 added, 0 replaced, 36 unchanged/);
    assert.deepEqual(await snapshot(one, true), before, 'not one row rewritten');
    r = cli(['load', '--db', one, '-'], { input: fullOut });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(await snapshot(one, true), before, 'standard input: not one row rewritten');
  });

  test('a changed document has its rows replaced, and only its rows', async () => {
    const url = pg.createDatabase('changed');
    const all = join(dir, 'all-changed.jsonl');
    writeFileSync(all, fullOut);
    assert.equal(cli(['load', '--db', url, all]).code, 0);
    const copy = join(dir, 'changed-archive');
    mkdirSync(copy);
    const victim = full[4];
    const name = (victim.path as string).split('/').pop()!;
    writeFileSync(join(copy, name), 'Mayor Hanna Lindqvist said the new bridge would open "before the winter, whatever it costs".\n');
    const changed = jsonl(cli(['analyze', '--jsonl', copy]).out)[0];
    changed.path = victim.path; // the same document, edited
    const otherXmin = await snapshot(url, true);
    const r = cli(['load', '--db', url, '-'], { input: JSON.stringify(changed) + '\n' });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 document\(s\) read: 0 added, 1 replaced, 0 unchanged/);
    assert.equal(await count(url, 'SELECT count(*) AS n FROM documents WHERE path = $1 AND sha256 = $2', [victim.path, changed.sha256]), 1);
    assert.equal(await count(url, 'SELECT count(*) AS n FROM claims WHERE path = $1', [victim.path]), (changed.quotes as unknown[]).length);
    assert.equal(await count(url, 'SELECT count(*) AS n FROM mentions WHERE path = $1', [victim.path]), (changed.entities as unknown[]).length);
    assert.equal(await count(url, "SELECT count(*) AS n FROM claims WHERE path = $1 AND text LIKE '%whatever it costs%'", [victim.path]), 1);
    // the other documents' rows are the same rows
    const after = await snapshot(url, true);
    const others = (rows: string[]): string[] => rows.filter((j) => (JSON.parse(j) as { path?: string }).path !== victim.path && (JSON.parse(j) as { path?: string }).path !== undefined);
    assert.deepEqual(others(after.documents), others(otherXmin.documents));
    assert.deepEqual(others(after.figures), others(otherXmin.figures));
  });

  test('a load killed midway (SIGKILL) and run again gives the same database as one uninterrupted load', async () => {
    const reference = await snapshot(pg.urlFor('one_run'));
    const url = pg.createDatabase('killed');
    const lines = fullOut.split('\n').filter(Boolean);
    const child = spawn(process.execPath, [CLI, 'load', '--db', url, '--batch', '4', '-'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdin.write(lines.slice(0, 10).join('\n') + '\n');
    // wait until two batches are committed: the third (lines 9-10 of 12) is open when the process dies
    const t0 = Date.now();
    for (;;) {
      let n = 0;
      try {
        n = await count(url, 'SELECT count(*) AS n FROM documents');
      } catch {
        n = 0; // the schema is not there yet
      }
      if (n >= 8) break;
      assert.ok(Date.now() - t0 < 60_000, 'the load committed its first batches');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const midway = await count(url, 'SELECT count(*) AS n FROM documents');
    assert.ok(midway >= 8 && midway < 36, `killed midway (${midway} documents)`);
    const all = join(dir, 'all-killed.jsonl');
    writeFileSync(all, fullOut);
    const r = cli(['load', '--db', url, all]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`36 document\\(s\\) read: ${36 - midway} added, 0 replaced, ${midway} unchanged`));
    assert.deepEqual(await snapshot(url), reference);
  });

  test('search by words and by speaker (name, alias or surname), --json as the contract says', async () => {
    const url = pg.urlFor('one_run');
    // a claim with a named speaker, and a rare word of it
    const c = new Client({ connectionString: url });
    await c.connect();
    let target: { path: string; start: number; text: string; speaker: string; name: string };
    let word: string;
    try {
      const r = await c.query<{ path: string; start: number; text: string; speaker: string; name: string }>(
        "SELECT c.path, c.span_start AS start, c.text, c.speaker, e.name FROM claims c JOIN entities e ON e.id = c.speaker WHERE e.type = 'PERSON' AND e.name LIKE '% %' ORDER BY c.path, c.span_start LIMIT 1");
      target = r.rows[0];
      assert.ok(target, 'a claim with a named speaker');
      const words = target.text.toLowerCase().match(/[a-z]{6,}/g) ?? [];
      // one query at a time: a pg client runs its queries in turn
      const freq: { w: string; n: number }[] = [];
      for (const w of words) freq.push({ w, n: Number((await c.query<{ n: string }>("SELECT count(*) AS n FROM claims WHERE tsv @@ plainto_tsquery('english', $1)", [w])).rows[0].n) });
      // the rarest word that text search indexes (a stop word such as "should" or "before" matches nothing)
      const indexed = freq.filter((f) => f.n > 0).sort((x, y) => x.n - y.n);
      assert.ok(indexed.length, 'the claim has a word text search indexes');
      word = indexed[0].w;
    } finally {
      await c.end();
    }
    let r = cli(['search', '--db', url, '--json', word]);
    assert.equal(r.code, 0, r.err);
    const got = JSON.parse(r.out) as { claims: { path: string; start: number; end: number; text: string; kind: string; speaker: string | null; speakerName: string | null }[] };
    assert.ok(got.claims.length >= 1);
    for (const k of got.claims) assert.deepEqual(Object.keys(k).sort(), ['end', 'kind', 'path', 'speaker', 'speakerName', 'start', 'text']);
    assert.ok(got.claims.some((k) => k.path === target.path && k.start === target.start && k.speakerName === target.name));
    assert.ok(got.claims.every((k) => k.text.toLowerCase().includes(word.slice(0, 4))), 'every claim found holds the word (stemmed)');

    for (const who of [target.name, target.name.toUpperCase(), target.name.split(' ').pop()!]) {
      r = cli(['search', '--db', url, '--json', '--speaker', who]);
      assert.equal(r.code, 0, r.err);
      const bySpeaker = (JSON.parse(r.out) as typeof got).claims;
      assert.ok(bySpeaker.some((k) => k.path === target.path && k.start === target.start), `found by ${who}`);
      if (who !== target.name.split(' ').pop()) assert.ok(bySpeaker.every((k) => k.speaker === target.speaker), 'only that speaker');
    }
    r = cli(['search', '--db', url, '--json', '--speaker', target.name, word]);
    assert.ok((JSON.parse(r.out) as typeof got).claims.every((k) => k.speaker === target.speaker));
    r = cli(['search', '--db', url, '--json', 'zzqxnonexistentword']);
    assert.deepEqual(JSON.parse(r.out), { claims: [] });
    r = cli(['search', '--db', url, word]);
    assert.equal(r.code, 0);
    assert.match(r.out, new RegExp(target.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test('hostile input is data, never SQL: quotes, semicolons, backslashes, tabs, line breaks in paths, names, claims and queries', async () => {
    const url = pg.createDatabase('hostile');
    const evil = "O'Brien\"; DROP TABLE claims; --\\ \t\n\r\\N \u0000end";
    const line = {
      path: "evil'; DROP TABLE documents; --\\x.txt",
      sha256: 'abc',
      entities: [{ start: 0, end: 5, text: evil, type: 'PERSON', entity: "person:o'brien;--", role: { start: 6, end: 9, text: "Kremlin's \\ spokesman;" } }],
      quotes: [{ start: 10, end: 40, text: `"${evil}" he said; DELETE FROM entities;`, kind: 'direct', speaker: "person:o'brien;--", cue: { start: 41, end: 45, text: 'said' }, speakerMention: { start: 0, end: 5, text: evil } }],
      figures: [{ start: 50, end: 55, text: "5' ; --", kind: 'count', value: 5, unit: "people'" }],
      entityRecords: [{ id: "person:o'brien;--", type: 'PERSON', name: evil, aliases: ["Bobby'); DROP TABLE entities;--", 'back\\slash'], roles: ["Kremlin's \\ spokesman;"] }],
    };
    let r = cli(['load', '--db', url, '-'], { input: JSON.stringify(line) + '\n' });
    assert.equal(r.code, 0, r.err);
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      const stored = (await c.query<{ path: string; text: string }>('SELECT path, text FROM claims')).rows;
      assert.deepEqual(stored, [{ path: line.path, text: line.quotes[0].text.replace('\u0000', '\uFFFD') }]);
      // linked: the archive id comes from the name by the index's rules; the name and aliases are kept as they are
      const ent = (await c.query<{ name: string; aliases: string[] }>('SELECT name, aliases FROM entities')).rows[0];
      assert.equal(ent.name, evil.replace('\u0000', '\uFFFD'));
      assert.deepEqual(ent.aliases, ['Bobby\'); DROP TABLE entities;--', 'back\\slash']);
      assert.equal((await c.query('SELECT role_text FROM mentions')).rows[0].role_text, "Kremlin's \\ spokesman;");
    } finally {
      await c.end();
    }
    for (const q of ["'; DROP TABLE claims; --", '\\', '"unbalanced', "O'Brien", 'a & b | !c', '-- ;', "'); DELETE FROM documents; --"]) {
      r = cli(['search', '--db', url, '--json', q]);
      assert.equal(r.code, 0, `${q}: ${r.err}`);
      assert.ok(Array.isArray((JSON.parse(r.out) as { claims: unknown[] }).claims));
      r = cli(['search', '--db', url, '--json', '--speaker', q]);
      assert.equal(r.code, 0, `${q}: ${r.err}`);
    }
    r = cli(['search', '--db', url, '--json', '--speaker', "Bobby'); DROP TABLE entities;--"]);
    assert.equal((JSON.parse(r.out) as { claims: { path: string }[] }).claims[0]?.path, line.path, 'found by its hostile alias');
    r = cli(['search', '--db', url, '--json', 'DELETE']);
    assert.equal((JSON.parse(r.out) as { claims: unknown[] }).claims.length, 1);
    assert.equal(await count(url, 'SELECT count(*) AS n FROM documents'), 1, 'every table still there');
    assert.equal(await count(url, 'SELECT count(*) AS n FROM entities'), 1);
    // the COPY escaping itself
    assert.equal(copyCell('a\\b\tc\nd\re'), 'a\\\\b\\tc\\nd\\re');
    assert.equal(copyCell(null), '\\N');
    assert.equal(copyCell('\\N'), '\\\\N');
  });

  test('a wrong password or an unreachable database: one clear message and exit code 3, the password never shown', async () => {
    const wrong = pg.urlFor('one_run', 'not-the-password');
    let r = cli(['search', '--db', wrong, 'anything']);
    assert.equal(r.code, 3);
    assert.match(r.err, /^byline: cannot log in to the archive database postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/one_run: password authentication failed/);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.doesNotMatch(r.err, /not-the-password/);
    r = cli(['load', '--db', wrong, '-'], { input: '' });
    assert.equal(r.code, 3);
    const port = await freePort();
    r = cli(['search', '--db', `postgresql://postgres@127.0.0.1:${port}/x`, 'anything']);
    assert.equal(r.code, 3);
    assert.match(r.err, /^byline: cannot reach the archive database postgresql:\/\/postgres@127\.0\.0\.1:\d+\/x \(ECONNREFUSED\)/);
    assert.equal(r.err.trim().split('\n').length, 1);
    r = cli(['search', '--db', 'not a url', 'x']);
    assert.equal(r.code, 3);
    assert.match(r.err, /not a PostgreSQL connection URL/);
    // no password anywhere
    const bare: NodeJS.ProcessEnv = { ...process.env, HOME: tmpdir(), PGPASSFILE: join(tmpdir(), 'no-such-pgpass') };
    delete bare.PGPASSWORD;
    r = cli(['search', '--db', `postgresql://postgres@127.0.0.1:${pg.port}/one_run`, 'x'], { env: bare });
    assert.equal(r.code, 3);
    assert.match(r.err, /asks for a password and none was given/);
    // PGPASSWORD is used when the URL has none
    r = cli(['search', '--db', `postgresql://postgres@127.0.0.1:${pg.port}/one_run`, '--json', 'x'], { env: { ...process.env, PGPASSWORD: pg.password } });
    assert.equal(r.code, 0, r.err);
  });

  test('the editor\'s archive client: counts cached and fetched in the background, offline on failure without throwing', async () => {
    const url = pg.urlFor('one_run');
    const id = (await new Promise<string>((resolve, reject) => {
      const c = new Client({ connectionString: url });
      c.connect().then(() => c.query<{ entity: string }>('SELECT entity FROM mentions GROUP BY entity HAVING count(DISTINCT path) > 2 ORDER BY entity LIMIT 1')).then((r) => { resolve(r.rows[0].entity); return c.end(); }, reject);
    }));
    const expected = { mentions: await count(url, 'SELECT count(*) AS n FROM mentions WHERE entity = $1', [id]), documents: await count(url, 'SELECT count(DISTINCT path) AS n FROM mentions WHERE entity = $1', [id]) };
    const client = new ArchiveClient(pg.urlFor('one_run', ''), { password: async () => pg.password });
    try {
      assert.equal(client.cachedCounts(id), undefined, 'not known yet: the hover does not wait');
      assert.deepEqual(await client.countsWithin(id, undefined, 10_000), expected, client.lastError);
      assert.deepEqual(client.cachedCounts(id), expected);
      assert.equal(client.connections, 1);
      const found = await client.search({ speaker: id, limit: 5 });
      assert.ok(found.every((k) => k.speaker === id));
      assert.equal(client.connections, 1, 'one connection for counts and search');
      assert.match(archiveCountsLine(expected)!, /^\d+ more mentions? in \d+ archive documents?$/);
    } finally {
      await client.dispose();
    }
    const errors: string[] = [];
    const bad = new ArchiveClient(pg.urlFor('one_run', 'wrong'), { onError: (m) => errors.push(m), retryMs: 60_000 });
    assert.equal(await bad.countsWithin(id, undefined, 10_000), undefined);
    assert.equal(await bad.countsWithin('another', undefined, 10_000), undefined);
    await assert.rejects(bad.search({ query: 'x' }), /cannot log in|password authentication failed/);
    assert.equal(errors.length, 1, 'told once');
    assert.match(errors[0], /cannot log in/);
    assert.doesNotMatch(errors[0], /wrong/);
    assert.equal(bad.connections, 1, 'no new attempt before the pause is over');
    await bad.dispose();
  });
});

test('without a database URL the editor\'s archive client opens no connection at all', async () => {
  let sockets = 0;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    sockets++;
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  try {
    const c = new ArchiveClient(undefined);
    assert.equal(c.enabled, false);
    assert.equal(c.cachedCounts('person:anyone'), undefined);
    assert.equal(await c.countsWithin('person:anyone', undefined, 50), undefined);
    await c.prefetch(['person:anyone']);
    await assert.rejects(c.search({ query: 'x' }), /no archive database is set/);
    await c.dispose();
    assert.equal(c.connections, 0);
    assert.equal(sockets, 0);
  } finally {
    net.Socket.prototype.connect = original;
  }
});

test('analyze (--json and --jsonl) opens no network connection: a preload that fails on any socket proves it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-nonet-'));
  try {
    const preload = join(dir, 'nonet.js');
    writeFileSync(preload, `
      const fail = (what) => { require('fs').writeSync(2, 'NETWORK USED: ' + what + '\\n'); process.exit(97); };
      const net = require('net'), tls = require('tls'), dns = require('dns'), dgram = require('dgram');
      net.Socket.prototype.connect = function () { fail('net.Socket.connect'); };
      net.createConnection = net.connect = () => fail('net.connect');
      tls.connect = () => fail('tls.connect');
      dns.lookup = () => fail('dns.lookup');
      dgram.createSocket = () => fail('dgram.createSocket');
    `);
    const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${preload}`.trim() };
    for (const args of [['analyze', '--jsonl', 'seeds'], ['analyze', '--json', 'seeds'], ['analyze', '--jsonl', '--shard', '1/2', 'seeds'], ['analyze', 'seeds']]) {
      const r = cli(args, { env });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
      assert.doesNotMatch(r.err, /NETWORK USED/);
    }
    // the guard does catch a connection: load opens one
    const r = cli(['load', '--db', 'postgresql://nobody@127.0.0.1:9/x', '-'], { env, input: '' });
    assert.equal(r.code, 97);
    assert.match(r.err, /NETWORK USED/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('analyze --jsonl applies the folder\'s annotations as --json does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-jsonl-ann-'));
  try {
    for (const f of ['000_3abe20738362dce4.txt', '003_e2d21aa9f853506f.txt']) writeFileSync(join(dir, f), readFileSync(join(ROOT, 'seeds', f)));
    const plain = jsonl(cli(['analyze', '--jsonl', dir]).out);
    const doc = plain.find((l) => (l.path as string).endsWith('003_e2d21aa9f853506f.txt'))!;
    const [q1, q2] = doc.quotes as { start: number; end: number; text: string }[];
    const ann = (id: string, q: { start: number; end: number; text: string }, motivation: string, purpose: string, value: string): string =>
      JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', motivation, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
        target: { source: '003_e2d21aa9f853506f.txt', selector: [{ type: 'TextQuoteSelector', exact: q.text }, { type: 'TextPositionSelector', start: q.start, end: q.end }] },
        body: [{ type: 'TextualBody', purpose, value }] });
    mkdirSync(join(dir, '.byline'));
    writeFileSync(join(dir, '.byline', 'annotations.jsonl'), [ann('urn:uuid:a1', q1, 'assessing', 'assessing', 'verified'), ann('urn:uuid:a2', q2, 'classifying', 'classifying', 'not-a-claim')].join('\n') + '\n');
    const lines = jsonl(cli(['analyze', '--jsonl', dir]).out);
    const json = JSON.parse(cli(['analyze', '--json', dir]).out) as { documents: { path: string; quotes: { start: number; status?: string }[] }[] };
    const got = lines.find((l) => l.path === doc.path)!;
    const want = json.documents.find((d) => d.path === doc.path)!;
    const quotes = got.quotes as { start: number; status?: string; annotations?: string[] }[];
    assert.equal(quotes.find((q) => q.start === q1.start)?.status, 'verified');
    assert.ok(!quotes.some((q) => q.start === q2.start), 'the dismissed claim is absent');
    assert.deepEqual(quotes.map((q) => [q.start, q.status ?? null]), want.quotes.map((q) => [q.start, q.status ?? null]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Search Archive: the words and the speaker of the box, and where a claim\'s file is in the workspace', () => {
  assert.deepEqual(parseArchiveQuery('ceasefire talks'), { query: 'ceasefire talks' });
  assert.deepEqual(parseArchiveQuery('@Peskov ceasefire'), { query: 'ceasefire', speaker: 'Peskov' });
  assert.deepEqual(parseArchiveQuery('ceasefire speaker:"Dmitry Peskov" talks'), { query: 'ceasefire talks', speaker: 'Dmitry Peskov' });
  assert.deepEqual(parseArchiveQuery('speaker:Rutte'), { speaker: 'Rutte' });
  assert.deepEqual(parseArchiveQuery('   '), {});
  const join2 = (...p: string[]): string => p.join('/');
  assert.deepEqual(workspaceCandidates('news/2024/a.txt', ['/ws'], join2, isAbsolute), ['/ws/news/2024/a.txt', '/ws/2024/a.txt', '/ws/a.txt']);
  assert.deepEqual(workspaceCandidates('/abs/a.txt', ['/ws'], join2, isAbsolute), ['/abs/a.txt']);
  assert.deepEqual(workspaceCandidates('../../etc/passwd', ['/ws'], join2, isAbsolute), []);
  assert.equal(archiveCountsLine({ mentions: 0, documents: 0 }), undefined);
  assert.equal(archiveCountsLine({ mentions: 1, documents: 1 }), '1 more mention in 1 archive document');
  assert.equal(archiveCountsLine({ mentions: 12, documents: 5 }), '12 more mentions in 5 archive documents');
});

test('analyze --jsonl: a file that cannot be analysed still gets its line, with an error, and the exit status is 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-jsonl-err-'));
  try {
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x61, 0x00, 0x62]));
    writeFileSync(join(dir, 'story.txt'), 'Mayor Jo Park said the new bridge would open "before the winter".\n');
    const r = cli(['analyze', '--jsonl', dir]);
    assert.equal(r.code, 1);
    const lines = jsonl(r.out);
    assert.deepEqual(lines.map((l) => (l.path as string).split('/').pop()), ['binary.txt', 'story.txt']);
    assert.match(lines[0].error as string, /binary/);
    assert.equal(lines[0].sha256, createHash('sha256').update(Buffer.from([0x61, 0x00, 0x62])).digest('hex'));
    assert.equal(lines[1].error, undefined);
    assert.match(r.err, /binary\.txt: binary file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
