// npm run bench (after the core benchmark), or: node dist/archiveperf.js [--articles N] [--jobs N]
// The archive's targets on this machine (archive-v1): `analyze --jsonl` peak memory on N generated articles
// (target < 300 MB at 10,000), `load` time of their lines into a throwaway PostgreSQL (< 60 s) and search
// latency on that archive (p95 < 100 ms), by words and by speaker.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { generateCorpus } from './bench';
import { findPgBin, startCluster } from './pgCluster';
import { searchClaims } from '../node/archive/search';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Runs the CLI with its standard output to `out` (a file), under GNU time when there is one: wall s and peak MB. */
function timed(args: string[], out?: string): { wall: number; peakMb: number; code: number | null; err: string } {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const fd = out ? openSync(out, 'w') : 'ignore';
  const t0 = now();
  const r = timeBin
    ? spawnSync(timeBin, ['-v', process.execPath, join(__dirname, 'cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, [join(__dirname, 'cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 26 });
  const wall = (now() - t0) / 1000;
  if (typeof fd === 'number') closeSync(fd);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { wall, peakMb: peakKb / 1024, code: r.status, err: (r.stderr ?? '').split('\n').filter((l) => l.startsWith('byline')).join('\n') };
}

async function main(argv: string[]): Promise<void> {
  let n = 10_000;
  const extra: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') n = Number(argv[++i]);
    else if (argv[i] === '--jobs') extra.push('--jobs', argv[++i]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'byline-archiveperf-'));
  const lines: string[] = [`Byline archive benchmark (${n} generated articles, Node ${process.version})`, ''];
  try {
    const texts = generateCorpus(n, 1234);
    let bytes = 0;
    const folder = join(dir, 'archive');
    mkdirSync(folder);
    texts.forEach((t, i) => {
      writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), t);
      bytes += Buffer.byteLength(t);
    });
    const jsonlFile = join(dir, 'archive.jsonl');
    const a = timed(['analyze', '--jsonl', ...extra, folder], jsonlFile);
    lines.push(`analyze --jsonl: ${(bytes / 1e6).toFixed(1)} MB in ${a.wall.toFixed(1)} s (${(bytes / 1e6 / a.wall).toFixed(2)} MB/s), peak RSS ${a.peakMb.toFixed(0)} MB (target < 300 MB at 10,000) ${a.code === 0 ? '' : `exit ${a.code} ${a.err}`}`);
    lines.push(`  output: ${(statSync(jsonlFile).size / 1e6).toFixed(1)} MB of JSON lines`);
    if (!findPgBin()) {
      lines.push('', 'load and search: skipped (PostgreSQL server binaries not found; install Debian\'s postgresql)');
      return;
    }
    const pg = await startCluster();
    try {
      const url = pg.createDatabase('bench');
      const l = timed(['load', '--no-link', '--db', url, jsonlFile]);
      lines.push(`load --no-link (schema, COPY): ${l.wall.toFixed(1)} s, peak RSS ${l.peakMb.toFixed(0)} MB ${l.code === 0 ? '' : `exit ${l.code} ${l.err}`}`);
      const k = timed(['link', '--db', url]);
      lines.push(`link (archive-wide entities, then conflicts by the core's findConflicts): ${k.wall.toFixed(1)} s, peak RSS ${k.peakMb.toFixed(0)} MB ${k.code === 0 ? '' : `exit ${k.code} ${k.err}`}`);
      lines.push(`load, all of it: ${(l.wall + k.wall).toFixed(1)} s (target < 60 s)`);
      const again = timed(['load', '--db', url, jsonlFile]);
      lines.push(`load again (nothing changed): ${again.wall.toFixed(1)} s`);
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        const stats = (await c.query<{ d: string; m: string; q: string; e: string; k: string }>(
          'SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM mentions) m, (SELECT count(*) FROM claims) q, (SELECT count(*) FROM entities) e, (SELECT count(*) FROM conflicts) k')).rows[0];
        lines.push(`  archive: ${stats.d} documents, ${stats.m} mentions, ${stats.q} claims, ${stats.e} entities, ${stats.k} conflicts`);
        // queries: words from claims, and speakers' names, sampled evenly
        const words = (await c.query<{ w: string }>("SELECT DISTINCT lower(m[1]) AS w FROM claims, regexp_matches(text, '([A-Za-z]{5,})') AS m ORDER BY 1")).rows.map((r) => r.w);
        const names = (await c.query<{ name: string }>("SELECT name FROM entities WHERE type = 'PERSON' AND mentions > 1 ORDER BY id")).rows.map((r) => r.name);
        const pickEvenly = <T>(xs: T[], k: number): T[] => (xs.length <= k ? xs : Array.from({ length: k }, (_, i) => xs[Math.floor((i * xs.length) / k)]));
        const time = async (opts: Parameters<typeof searchClaims>[1]): Promise<number> => {
          const t0 = now();
          await searchClaims(c, opts);
          return now() - t0;
        };
        await time({ query: 'said' }); // warm
        const byWords: number[] = [];
        for (const w of pickEvenly(words, 200)) byWords.push(await time({ query: w }));
        const bySpeaker: number[] = [];
        for (const s of pickEvenly(names, 200)) bySpeaker.push(await time({ speaker: s }));
        const both: number[] = [];
        for (let i = 0; i < 100; i++) both.push(await time({ speaker: pickEvenly(names, 100)[i] ?? names[0], query: pickEvenly(words, 100)[i] ?? 'said' }));
        const row = (label: string, xs: number[]): string => `  ${label}: ${xs.length} queries, median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
        lines.push('search (target p95 < 100 ms):', row('by words', byWords), row('by speaker', bySpeaker), row('words and speaker', both));
        const cliRun = timed(['search', '--db', url, '--json', words[Math.floor(words.length / 2)] ?? 'said']);
        lines.push(`  the whole CLI process for one search: ${(cliRun.wall * 1000).toFixed(0)} ms`);
      } finally {
        await c.end();
      }
    } finally {
      pg.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(lines.join('\n') + '\n');
  }
}

if (/archiveperf\.js$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`archiveperf: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}

