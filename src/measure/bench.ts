// npm run bench [-- --articles N] [-- --json FILE] [-- --cli 1000,10000] [-- --no-annotations] [FOLDER...]
// Measures the analysis core on one thread: throughput, latency per article, index build time and memory,
// and look-up latency, on a deterministic generated corpus (seeded) and on any folder given.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeText, formatForPath } from '../core/analyze';
import { WorkspaceIndex } from '../core/workspace';
import people from '../core/data/people.json';
import places from '../core/data/places.json';
import { rng } from '../core/rng';
import { body, makeTarget, newAnnotation, parseAnnotations, serializeAnnotations, type Annotation } from '../core/annotations';
import { anchorAll } from '../core/anchor';

function listText(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    // test/fixtures/ner holds annotated copies (inline [name]{TYPE} markup), not articles as written; the
    // held-out and false-alarm sets are left out so that the generated corpus stays what it was
    if (statSync(p).isDirectory()) { if (!['ner', 'heldout2', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'unrelated'].includes(name)) out.push(...listText(p)); }
    else if (/\.(txt|md)$/i.test(name) && !/\.ner\.txt$/.test(name)) out.push(p);
  }
  return out;
}

/**
 * Articles made from the sentences of the seed articles and fixtures, shuffled, with the people and places
 * swapped for others from the gazetteers, so names, quotes and figures vary as in a real archive.
 */
export function generateCorpus(n: number, seed = 42, sources: string[] = ['seeds', 'test/fixtures']): string[] {
  const r = rng(seed);
  const sentences: string[] = [];
  for (const dir of sources) {
    let files: string[] = [];
    try {
      files = listText(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      for (const para of readFileSync(f, 'utf8').split(/\n+/)) {
        for (const s of para.match(/[^.!?]+[.!?]+["”’]?\s*/g) ?? []) if (s.length > 30) sentences.push(s.trim());
      }
    }
  }
  const names = (people as { full: string[] }).full.filter((x) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(x));
  const cities = Object.keys((places as { names: Record<string, string> }).names).filter((x) => /^[A-Z][a-z]+$/.test(x));
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const swaps: [RegExp, () => string][] = [
    [/\b(Zelensky|Starmer|Trump|Rutte|Vance|Peskov|Zakharova|Meloni)\b/g, () => pick(names).split(' ')[1]],
    [/\b(London|Kyiv|Washington|Kharkiv|Moscow)\b/g, () => pick(cities)],
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 12 + Math.floor(r() * 40);
    const paras: string[] = [];
    let para: string[] = [];
    for (let k = 0; k < len; k++) {
      let s = pick(sentences);
      for (const [re, f] of swaps) if (r() < 0.7) s = s.replace(re, f);
      para.push(s);
      if (r() < 0.4) {
        paras.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paras.push(para.join(' '));
    out.push(paras.join('\n\n'));
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Row {
  corpus: string;
  articles: number;
  mb: number;
  mbPerSec: number;
  medianMs: number;
  p95Ms: number;
  indexMs: number;
  heapMb: number;
  lookupP95Us: number;
}

function measure(label: string, docs: { path: string; text: string }[]): Row {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // warm-up, then one pass timing each article
  for (const d of docs.slice(0, 20)) analyzeText(d.text, { format: formatForPath(d.path) });
  const lat: number[] = [];
  const t0 = now();
  for (const d of docs) {
    const s = now();
    analyzeText(d.text, { format: formatForPath(d.path) });
    lat.push(now() - s);
  }
  const total = now() - t0;
  // index build (analysis, linking, conflicts) and its memory
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const i0 = now();
  const index = new WorkspaceIndex();
  for (const d of docs) index.set(d.path, d.text);
  index.conflicts();
  const indexMs = now() - i0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
  // look-ups as a hover makes them: the entity and its mentions
  const ids = index.entities().map((e) => e.id);
  const lk: number[] = [];
  for (let k = 0; k < Math.min(2000, ids.length * 4); k++) {
    const id = ids[(k * 7919) % ids.length];
    const s = now();
    index.entity(id);
    index.mentions(id).slice(0, 10);
    lk.push((now() - s) * 1000);
  }
  return {
    corpus: label,
    articles: docs.length,
    mb: bytes / 1e6,
    mbPerSec: bytes / 1e6 / (total / 1000),
    medianMs: quantile(lat, 0.5),
    p95Ms: quantile(lat, 0.95),
    indexMs,
    heapMb,
    lookupP95Us: lk.length ? quantile(lk, 0.95) : 0,
  };
}

/**
 * The journalist's annotations: loading 10,000 annotation lines (parse), re-anchoring the annotations of one
 * ~20 KB article after an edit, and the index with 10,000 annotations over 1,000 articles (first link with
 * anchoring, then a relink after one document changed).
 */
function measureAnnotations(): string[] {
  const r = rng(7);
  const texts = generateCorpus(1000, 11);
  const anns: { ann: Annotation; key: string }[] = [];
  for (let i = 0; i < 10_000; i++) {
    const d = Math.floor(r() * texts.length);
    const t = texts[d];
    const start = Math.floor(r() * Math.max(1, t.length - 120));
    const end = Math.min(t.length, start + 8 + Math.floor(r() * 100));
    const kind = i % 3;
    const bodies = kind === 0 ? [body('classifying', 'claim'), body('identifying', 'Anna Example')] : kind === 1 ? [body('assessing', 'verified')] : [body('commenting', 'checked with the press office')];
    anns.push({ ann: newAnnotation({ motivation: kind === 0 ? 'classifying' : kind === 1 ? 'assessing' : 'commenting', target: makeTarget(`gen/${d}.txt`, t, start, end), body: bodies }), key: `gen/${d}.txt` });
  }
  const file = serializeAnnotations(anns.map((a) => a.ann));
  const parse: number[] = [];
  for (let k = 0; k < 7; k++) {
    const s = now();
    const p = parseAnnotations(file);
    parse.push(now() - s);
    if (p.annotations.length !== 10_000) throw new Error('bench: parse lost annotations');
  }
  // a ~20 KB article with 50 annotations, edited near the top: every anchor moves
  let article = '';
  for (let i = 0; article.length < 20_000; i++) article += texts[i] + '\n\n';
  article = article.slice(0, 20_000);
  const targets = Array.from({ length: 50 }, () => {
    const start = Math.floor(r() * (article.length - 200));
    return makeTarget('a.txt', article, start, start + 10 + Math.floor(r() * 150));
  });
  const edited = 'An editor\'s note added at the top.\n\n' + article.slice(0, 5000) + article.slice(5040);
  const reanchor: number[] = [];
  for (let k = 0; k < 50; k++) {
    const s = now();
    anchorAll(edited, targets);
    reanchor.push(now() - s);
  }
  const index = new WorkspaceIndex();
  texts.forEach((t, i) => index.set(`gen/${i}.txt`, t));
  index.entities();
  const l0 = now();
  index.setAnnotations(anns);
  index.entities();
  const firstLink = now() - l0;
  index.set('gen/0.txt', 'A new first paragraph.\n\n' + texts[0], 2);
  const l1 = now();
  index.entities();
  const relink = now() - l1;
  return [
    `annotations: parse 10,000 lines (${(file.length / 1e6).toFixed(1)} MB) median ${quantile(parse, 0.5).toFixed(1)} ms (target < 200)`,
    `annotations: re-anchor 50 on a 20 KB article after an edit median ${quantile(reanchor, 0.5).toFixed(2)} ms, p95 ${quantile(reanchor, 0.95).toFixed(2)} ms (target < 5)`,
    `annotations: index of 1,000 articles + 10,000 annotations: first link with anchoring ${firstLink.toFixed(0)} ms, relink after one edit ${relink.toFixed(0)} ms; ${index.orphans().length} orphans`,
  ];
}

/**
 * The CLI as a whole process on generated archives written to a temporary folder: wall time and peak memory
 * (GNU time's maximum resident set size) of `byline analyze --json`, without and with a warm cache.
 */
function measureCli(sizes: number[]): string[] {
  const lines: string[] = ['', 'whole process, byline analyze --json (wall s / peak MB):', 'articles | MB | every core | every core, cache warm', '--- | --- | --- | ---'];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
    try {
      const texts = generateCorpus(n, 1234);
      let bytes = 0;
      texts.forEach((t, i) => {
        writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), t);
        bytes += Buffer.byteLength(t);
      });
      const cache = join(dir, '.cache');
      const run = (extra: string[]): string => {
        const args = [join(__dirname, 'cli.js'), 'analyze', '--json', ...extra, dir];
        const t0 = now();
        const r = timeBin ? spawnSync(timeBin, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] }) : spawnSync(process.execPath, args, { stdio: 'ignore' });
        const wall = (now() - t0) / 1000;
        const peak = timeBin ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(String(r.stderr ?? ''))?.[1] ?? NaN) / 1024 : NaN;
        return `${wall.toFixed(1)} s / ${Number.isNaN(peak) ? '?' : peak.toFixed(0)} MB`;
      };
      const cold = run([]);
      run(['--cache', cache]);
      const warm = run(['--cache', cache]);
      lines.push(`${n} | ${(bytes / 1e6).toFixed(1)} | ${cold} | ${warm}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}

function main(argv: string[]): void {
  let articles = [1, 1000];
  let jsonOut: string | undefined;
  let cliSizes: number[] = [];
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') articles = argv[++i].split(',').map(Number);
    else if (argv[i] === '--json') jsonOut = argv[++i];
    else if (argv[i] === '--cli') cliSizes = argv[++i].split(',').map(Number);
    else if (argv[i] !== '--no-annotations') folders.push(argv[i]);
  }
  const rows: Row[] = [];
  for (const n of articles) {
    const texts = generateCorpus(n);
    rows.push(measure(`generated ×${n}`, texts.map((text, i) => ({ path: `gen/${i}.txt`, text }))));
  }
  for (const f of folders) rows.push(measure(f, listText(f).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }))));
  const head = ['corpus', 'articles', 'MB', 'MB/s', 'median ms', 'p95 ms', 'index ms', 'heap MB', 'lookup p95 µs'];
  const lines = [head.join(' | '), head.map(() => '---').join(' | ')];
  for (const r of rows) {
    lines.push([r.corpus, r.articles, r.mb.toFixed(2), r.mbPerSec.toFixed(2), r.medianMs.toFixed(2), r.p95Ms.toFixed(2), r.indexMs.toFixed(0), r.heapMb.toFixed(0), r.lookupP95Us.toFixed(1)].join(' | '));
  }
  const annLines = argv.includes('--no-annotations') ? [] : measureAnnotations();
  if (cliSizes.length) annLines.push(...measureCli(cliSizes));
  process.stdout.write(`Byline core benchmark (one thread, Node ${process.version})\n\n${lines.join('\n')}\n\n${annLines.join('\n')}\n`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ node: process.version, rows }, null, 2));
}

if (/bench\.js$/.test(process.argv[1] ?? "")) main(process.argv.slice(2));
