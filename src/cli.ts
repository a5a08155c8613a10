// byline: the analysis core, headless.
//   byline analyze [--json] PATH...   (a folder means every .txt and .md file under it)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from './core/workspace';
import { decodeDocument } from './core/input';
import type { EntityRecord, Figure, Quote } from './core/types';
import { contractOutput, type ContractOutput } from './core/contract';
import { REVIEWS_FILE, applyReviews, parseReviews, type ReviewRecord, type ReviewedConflict } from './core/review';

const USAGE = `Usage: byline analyze [--json] PATH...

Analyses .txt and .md files (a folder means every .txt and .md file under it, recursively) and prints the
claims by speaker, the entities and the cross-source conflicts; with --json, the analysis-v1 JSON contract.
Byline never uses the network.`;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Expands folder arguments into their .txt/.md files, keeping each path as the user wrote it. */
export function expandPaths(args: string[]): { path: string; missing?: string }[] {
  const out: { path: string; missing?: string }[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && /\.(txt|md)$/i.test(e.name)) out.push({ path: p });
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      out.push({ path: a, missing: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(a);
    else out.push({ path: a });
  }
  return out;
}

function analyze(args: string[]): { output: ContractOutput; index: WorkspaceIndex; failed: boolean } {
  const index = new WorkspaceIndex();
  const errors = new Map<string, string>();
  const files = expandPaths(args);
  for (const f of files) {
    if (f.missing) {
      errors.set(f.path, f.missing);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.path);
    } catch (e) {
      errors.set(f.path, `unreadable: ${(e as Error).message}`);
      continue;
    }
    const d = decodeDocument(bytes);
    if ('error' in d) errors.set(f.path, d.error);
    else index.set(f.path, d.text);
  }
  const output = contractOutput(index, files.map((f) => f.path), errors);
  // review decisions kept in an analysed folder: dismissed findings are left out, reviewed ones marked
  const reviews = readReviews(args);
  output.conflicts = applyReviews(output.conflicts, reviews.records, (p) => index.text(p));
  return { output, index, failed: errors.size > 0 || reviews.failed };
}

/** The decisions in `.byline/reviews.jsonl` of each folder argument; a file that does not parse is reported and ignored. */
function readReviews(args: string[]): { records: Map<string, ReviewRecord>; failed: boolean } {
  const records = new Map<string, ReviewRecord>();
  let failed = false;
  for (const a of args) {
    const file = join(a, REVIEWS_FILE);
    let text: string;
    try {
      if (!statSync(a).isDirectory()) continue;
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseReviews(text);
    if (parsed.errors.length > 0) {
      failed = true;
      for (const e of parsed.errors) process.stderr.write(`byline: ${file}:${e.line}: ${e.message}; the review decisions in this file are ignored\n`);
      continue;
    }
    for (const [k, r] of parsed.records) records.set(k, r);
  }
  return { records, failed };
}

function excerpt(s: string, max = 140): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A report for a terminal: claims grouped by speaker, entities, conflicts. */
function report(out: ContractOutput): string {
  const lines: string[] = [];
  const names = new Map<string, EntityRecord>(out.entities.map((e) => [e.id, e]));
  const bySpeaker = new Map<string, { path: string; q: Quote }[]>();
  for (const d of out.documents) {
    for (const q of d.quotes ?? []) {
      const k = q.speaker ?? (q.speakerMention ? `?${q.speakerMention.text}` : '');
      if (!bySpeaker.has(k)) bySpeaker.set(k, []);
      bySpeaker.get(k)!.push({ path: d.path, q });
    }
  }
  const label = (k: string): string => (k === '' ? 'Unattributed' : k.startsWith('?') ? `"${k.slice(1)}" (unresolved)` : names.get(k)?.name ?? k.replace(/^anon:/, 'Anonymous: '));
  const order = [...bySpeaker.keys()].sort((a, b) => {
    const rank = (k: string): number => (k === '' ? 2 : k.startsWith('anon:') || k.startsWith('?') ? 1 : 0);
    return rank(a) - rank(b) || bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || (label(a) < label(b) ? -1 : 1);
  });
  const nClaims = [...bySpeaker.values()].reduce((n, l) => n + l.length, 0);
  lines.push(`Byline: ${out.documents.length} document(s), ${nClaims} claim(s), ${out.entities.length} entities, ${out.conflicts.length} conflict(s)`, '');
  lines.push('CLAIMS BY SPEAKER');
  for (const k of order) {
    const list = bySpeaker.get(k)!;
    lines.push(`  ${label(k)} (${list.length})`);
    for (const { path, q } of list) lines.push(`    - [${q.kind}] ${excerpt(q.text)}  (${q.cue ? q.cue.text + ', ' : ''}${path}:${q.start})`);
  }
  lines.push('', 'ENTITIES');
  for (const type of ['PERSON', 'ORG', 'PLACE']) {
    const ents = out.entities.filter((e) => e.type === type);
    if (ents.length === 0) continue;
    lines.push(`  ${type}: ${ents.map((e) => (e.roles.length ? `${e.name} [${e.roles.join('; ')}]` : e.name)).join(', ')}`);
  }
  const figs: { path: string; f: Figure }[] = out.documents.flatMap((d) => (d.figures ?? []).map((f) => ({ path: d.path, f })));
  if (figs.length) {
    lines.push('', 'FIGURES');
    for (const { path, f } of figs) lines.push(`  ${f.text}  ${f.kind}${f.value !== null ? ` = ${f.value}` : ''}${f.unit ? ` ${f.unit}` : ''}  (${path})`);
  }
  lines.push('', 'CONFLICTS BETWEEN SOURCES');
  if (out.conflicts.length === 0) lines.push('  none found');
  for (const c of out.conflicts as ReviewedConflict[]) lines.push(`  ${c.reviewed ? '✓' : '!'} [${c.kind}] ${c.message}${c.reviewed ? ' (reviewed)' : ''}`);
  for (const d of out.documents) if (d.error) lines.push('', `ERROR ${d.path}: ${d.error}`);
  return lines.join('\n');
}

export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(USAGE + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd !== 'analyze') {
    process.stderr.write(`byline: unknown command '${cmd}'\n\n${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const paths = rest.filter((a) => a !== '--json');
  if (paths.length === 0) {
    process.stderr.write(`byline: no PATH given\n\n${USAGE}\n`);
    return 2;
  }
  const { output, failed } = analyze(paths);
  process.stdout.write(json ? JSON.stringify(output, null, 2) + '\n' : report(output) + '\n');
  for (const d of output.documents) if (d.error) process.stderr.write(`byline: ${d.path}: ${d.error}\n`);
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
