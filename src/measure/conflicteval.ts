// npm run eval:conflicts: Byline's cross-source findings (roles, quotes, figures) against hand-made pairs of
// articles with known conflicts and known agreements (test/fixtures/conflicts), and its false alarms on
// unrelated articles (the claim fixtures, test/fixtures/eval, and the unrelated dev set, test/fixtures/unrelated).
//   node dist/conflicteval.js [--verbose] [--json [FILE]]
// A found finding matches an expected one when the kinds are the same and every expected text lies inside one
// of its locations; one-to-one. Precision and recall over findings, overall and per kind. Runs offline.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { WorkspaceIndex } from '../core/workspace';
import type { Conflict } from '../core/types';

export interface ExpectedFinding {
  kind: string;
  texts: string[];
}

export interface ExpectedFile {
  pairs: Record<string, { note?: string; findings: ExpectedFinding[]; stories?: string[]; set?: string }>;
}

export interface PairResult {
  name: string;
  /** When the pair was written: 'development', 'held-out-1', … */
  set: string;
  expected: ExpectedFinding[];
  found: Conflict[];
  matched: { expected: ExpectedFinding; found: Conflict }[];
  missed: ExpectedFinding[];
  falseAlarms: Conflict[];
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
}

/** The texts of a finding's locations (what its ranges cover in each document). */
export function locationTexts(c: Conflict, textOf: (path: string) => string | undefined): string[] {
  return c.locations.map((l) => (textOf(l.path) ?? '').slice(l.start, l.end));
}

/** Whether a finding is the expected one: same kind, and every expected text inside one of its locations. */
export function findingMatches(e: ExpectedFinding, c: Conflict, textOf: (path: string) => string | undefined): boolean {
  if (e.kind !== c.kind) return false;
  const texts = locationTexts(c, textOf);
  return e.texts.every((t) => texts.some((x) => x.includes(t)));
}

/** One-to-one matching of expected and found findings (in order; the first fitting finding wins). */
export function matchFindings(expected: ExpectedFinding[], found: Conflict[], textOf: (path: string) => string | undefined): Pick<PairResult, 'matched' | 'missed' | 'falseAlarms'> {
  const used = new Set<number>();
  const matched: PairResult['matched'] = [];
  const missed: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = found.findIndex((c, k) => !used.has(k) && findingMatches(e, c, textOf));
    if (i < 0) missed.push(e);
    else {
      used.add(i);
      matched.push({ expected: e, found: found[i] });
    }
  }
  return { matched, missed, falseAlarms: found.filter((_, k) => !used.has(k)) };
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/i.test(name) && !/^readme\.md$/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every pair folder of `dir` analysed on its own (a workspace of its two articles), scored against expected.json. */
export function evaluatePairs(dir: string): PairResult[] {
  const expected: ExpectedFile = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const results: PairResult[] = [];
  for (const name of Object.keys(expected.pairs).sort()) {
    const pairDir = join(dir, name);
    if (!existsSync(pairDir)) throw new Error(`expected.json lists ${name}, which is not a folder of ${dir}`);
    const index = new WorkspaceIndex();
    for (const f of sourceFiles(pairDir)) index.set(relative(dir, f).replace(/\\/g, '/'), readFileSync(f, 'utf8'));
    const found = index.conflicts();
    const exp = expected.pairs[name].findings;
    results.push({ name, set: expected.pairs[name].set ?? 'development', expected: exp, found, ...matchFindings(exp, found, (p) => index.text(p)) });
  }
  return results;
}

/** Precision and recall over pair results, for one kind of finding or (kind undefined) all. */
export function score(results: PairResult[], kind?: string): Score {
  const k = (x: { kind: string }): boolean => kind === undefined || x.kind === kind;
  let expected = 0, found = 0, matched = 0;
  for (const r of results) {
    expected += r.expected.filter(k).length;
    found += r.found.filter(k).length;
    matched += r.matched.filter((m) => k(m.expected)).length;
  }
  return { expected, found, matched, precision: found === 0 ? 1 : matched / found, recall: expected === 0 ? 1 : matched / expected };
}

export interface FalseAlarms {
  articles: number;
  findings: Conflict[];
  /** Findings per 100 articles. */
  per100: number;
}

/** Findings among articles that are all unrelated to each other: every one is a false alarm. */
export function falseAlarms(dirs: string[]): FalseAlarms & { index: WorkspaceIndex } {
  const index = new WorkspaceIndex();
  let articles = 0;
  for (const dir of dirs) {
    for (const f of sourceFiles(dir)) {
      index.set(f.replace(/\\/g, '/'), readFileSync(f, 'utf8'));
      articles++;
    }
  }
  const findings = index.conflicts();
  return { articles, findings, per100: articles === 0 ? 0 : (100 * findings.length) / articles, index };
}

/**
 * Every pair of the conflict fixtures in one workspace: any finding that joins articles of pairs about
 * different stories is a cross-talk false alarm (pairs tagged with a common story may be joined).
 */
export function crossTalk(dir: string): { articles: number; findings: Conflict[]; across: Conflict[] } {
  const expected: ExpectedFile = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const index = new WorkspaceIndex();
  const files = sourceFiles(dir);
  for (const f of files) index.set(relative(dir, f).replace(/\\/g, '/'), readFileSync(f, 'utf8'));
  const findings = index.conflicts();
  const storiesOf = (p: string): string[] => {
    const pair = p.split('/')[0];
    return expected.pairs[pair]?.stories ?? [pair];
  };
  const across = findings.filter((c) => {
    const tags = c.locations.map((l) => storiesOf(l.path));
    // one story every location belongs to
    return !tags[0].some((t) => tags.every((ts) => ts.includes(t)));
  });
  return { articles: files.length, findings, across };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const ji = argv.indexOf('--json');
  const json = ji < 0 ? undefined : argv[ji + 1] && !argv[ji + 1].startsWith('--') ? argv[ji + 1] : '-';
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log('Usage: node dist/conflicteval.js [--verbose] [--json [FILE]] [--pairs DIR]\n\nScores Byline\'s cross-source findings against test/fixtures/conflicts (or DIR: pair folders with an expected.json in the same format) and counts its false alarms on the unrelated articles of test/fixtures/eval.');
    return 0;
  }
  const root = resolve(__dirname, '..');
  const pi = argv.indexOf('--pairs');
  if (pi >= 0 && !argv[pi + 1]) {
    console.error('--pairs needs a folder of pair folders with an expected.json');
    return 2;
  }
  const pairsDir = pi >= 0 ? resolve(argv[pi + 1]) : join(root, 'test/fixtures/conflicts');
  if (!existsSync(join(pairsDir, 'expected.json'))) {
    console.error(`${pairsDir} has no expected.json`);
    return 2;
  }
  const results = evaluatePairs(pairsDir);
  const kinds = ['role', 'quote', 'figure'];
  const all = score(results);
  const sets = [...new Set(results.map((r) => r.set))];
  const unrelated = falseAlarms([join(root, 'test/fixtures/eval'), join(root, 'test/fixtures/unrelated')]);
  const cross = crossTalk(pairsDir);
  const report = {
    pairs: results.length,
    overall: all,
    byKind: Object.fromEntries(kinds.map((k) => [k, score(results, k)])),
    bySet: Object.fromEntries(sets.map((set) => [set, score(results.filter((r) => r.set === set))])),
    unrelatedArticles: { articles: unrelated.articles, findings: unrelated.findings.length, per100: unrelated.per100 },
    crossTalk: { articles: cross.articles, findings: cross.findings.length, acrossStories: cross.across.length },
  };
  if (json !== undefined) {
    const s = JSON.stringify(report, null, 2);
    if (json === '-') console.log(s);
    else writeFileSync(json, s + '\n');
    if (json === '-') return 0;
  }
  console.log(`Byline cross-source findings: ${results.length} pairs of articles (${relative(process.cwd(), pairsDir) || '.'})`);
  console.log('kind     expected  found  matched  precision  recall');
  for (const [k, s] of [...kinds.map((k) => [k, score(results, k)] as const), ['all', all] as const]) {
    console.log(`${k.padEnd(8)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${String(s.matched).padStart(8)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(7)}`);
  }
  for (const set of sets) {
    const s = score(results.filter((r) => r.set === set));
    console.log(`  ${set}: ${results.filter((r) => r.set === set).length} pairs, precision ${pct(s.precision)}, recall ${pct(s.recall)} (${s.matched}/${s.found} found, ${s.matched}/${s.expected} expected)`);
  }
  console.log(`false alarms on unrelated articles (test/fixtures/eval and unrelated): ${unrelated.findings.length} in ${unrelated.articles} articles = ${unrelated.per100.toFixed(2)} per 100 articles`);
  console.log(`all pairs in one workspace: ${cross.across.length} finding(s) joining articles about different stories (${cross.articles} articles, ${cross.findings.length} findings)`);
  if (verbose) {
    for (const r of results) {
      for (const m of r.missed) console.log(`  MISS  ${r.name}: [${m.kind}] ${m.texts.join(' / ')}`);
      for (const c of r.falseAlarms) console.log(`  FALSE ${r.name}: [${c.kind}] ${c.message}`);
    }
    for (const c of unrelated.findings) console.log(`  FALSE eval: [${c.kind}] ${c.message}`);
    for (const c of cross.across) console.log(`  CROSS [${c.kind}] ${c.message}`);
  }
  return 0;
}

if (/(^|[\\/])conflicteval\.js$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
