// byline: the analysis core, headless.
//   byline analyze [--json] PATH...   (a folder means every .txt and .md file under it)
//   byline export --format csv|md|jsonld FOLDER
//   byline import FILE FOLDER
import { parseOptions } from './node/cliOptions';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { WorkspaceIndex, type IndexedAnnotation } from './core/workspace';
import { ANNOTATIONS_FILE, parseAnnotations, type Annotation } from './core/annotations';
import { conflictDecisions, type Orphan } from './core/applyAnnotations';
import { annotationCollection, claimRow, claimsCsv, isGeneratedByByline, quoteSheet, readAnnotationsExport, type ClaimRow } from './core/exportFormats';
import { AnnotationFileStore } from './node/annotationFile';
import { AnalyzePool, analyzeJobs, defaultJobs } from './node/analyzePool';
import { AnalysisCache } from './node/analysisCache';
import { analyzeText, formatForPath } from './core/analyze';
import type { DocumentAnalysis } from './core/types';
import { decodeDocument } from './core/input';
import type { EntityRecord, Figure, Quote } from './core/types';
import { contractOutput, type ContractOutput } from './core/contract';
import { BIG_DOCUMENT, parseShard, streamAnalysis, type ShardSpec } from './node/archive/stream';
import { probe, probing } from './node/memProbe';
import { collectGarbage, tieringFlags } from './node/v8Tuning';
import { jsonPieces } from './node/jsonPieces';
import { REVIEWS_FILE, applyReviews, parseReviews, type ReviewRecord, type ReviewedConflict } from './core/review';

const USAGE = `Usage: byline analyze [--json] [--jobs N] [--cache DIR] PATH...
       byline export --format csv|md|jsonld [--speaker NAME] [--status STATUS] [--output FILE] FOLDER
       byline import FILE FOLDER
       byline analyze --jsonl [--shard I/N] [--jobs N] PATH...
       byline load --db URL [--batch N] [--no-link] FILE...   (- reads standard input)
       byline link --db URL
       byline search --db URL [--speaker NAME] [--limit N] [--json] [QUERY]

analyze  Analyses .txt and .md files (a folder means every .txt and .md file under it, recursively) and
         prints the claims by speaker, the entities and the cross-source conflicts; with --json, the
         analysis-v1 JSON contract. --jobs N analyses on N threads (default: every core for 5,000 files or
         more, one thread below, where threads cost more than they give); the output is the same whatever N. --cache DIR keeps each document's analysis in DIR (by content and
         analyser version) so that unchanged documents are not analysed again. A folder's .byline/annotations.jsonl (the journalist's corrections,
         statuses and notes) applies to the documents under it; the file is read, never written.
export   The claims of FOLDER after its annotations, as CSV (a spreadsheet) or a Markdown quote sheet by
         speaker (--speaker and --status keep only some claims; STATUS is verified, disputed, needs-source,
         unverified or none), or its annotations as a W3C AnnotationCollection (jsonld).
import   Merges an exported jsonld file (or a .jsonl of annotations) into FOLDER/.byline/annotations.jsonl;
         an annotation with the same id keeps the later "modified".
--jsonl  One JSON line per document as soon as it is analysed (archive-v1): the document's record, its
         sha256 and its entities' records; --shard I/N analyses only the files of shard I of N (by their
         path relative to the folder argument), so N runs on any machines cover every file exactly once.
load     Loads --jsonl output into PostgreSQL (creating or migrating the schema): a document already loaded
         with the same sha256 is left as it is, one with a new sha256 has its rows replaced; then links the
         entities of the whole archive and finds its conflicts (as link does alone; --no-link leaves that
         to a later link, after loading several shards).
search   Claims across the archive: full text on their words, and/or one speaker's (by name or alias).
         The password comes from the URL, PGPASSWORD or ~/.pgpass.

Byline never uses the network, except load, link and search, which connect to the database you name.`;

/**
 * Each analysis thread's heap in `analyze`: the old generation bounded (a lazily collected heap per thread would
 * grow with the folder), the young one large enough that a document's temporaries die in it. At 8 MB (the
 * streamed run's bound) most of a thread's collections were scavenges promoting what one document still used:
 * on 2,000 articles 170-190 scavenges and 12 full collections per thread, against about 55 and 4 at 32 MB,
 * for 30 MB more per thread while the documents are analysed (the run's peak comes later, on this thread).
 */
const WORKER_HEAP_MB = 128;
const WORKER_YOUNG_MB = 32;

/** How much V8 grows the heap at a time once the documents are analysed (see analyze). */
const HEAP_GROWING_PERCENT = 10;
/** From how many files a full collection after the analysis is worth its time (see analyze; a tenth of a second at 10,000). */
const COLLECT_FROM_FILES = 500;

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

/** The annotations of each folder argument, with the index path of their documents. */
function readAnnotationsOf(args: string[]): { items: IndexedAnnotation[]; found: boolean; failed: boolean } {
  const items: IndexedAnnotation[] = [];
  let found = false;
  let failed = false;
  for (const a of args) {
    let text: string;
    const file = join(a, ANNOTATIONS_FILE);
    try {
      if (!statSync(a).isDirectory()) continue;
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        process.stderr.write(`byline: cannot read ${file}: ${(e as Error).message}\n`);
        failed = true;
      }
      continue;
    }
    found = true;
    const parsed = parseAnnotations(text);
    for (const e of parsed.errors) process.stderr.write(`byline: ${file}:${e.line}: ${e.message}; this line is left out (the file is not changed)\n`);
    if (parsed.errors.length) failed = true;
    for (const ann of parsed.annotations) {
      const source = ann.target.source;
      items.push(source === 'urn:byline:workspace' ? { ann } : { ann, key: join(a, ...source.split('/')) });
    }
  }
  return { items, found, failed };
}

async function analyze(args: string[], jobsAsked: number | undefined, cacheDir?: string): Promise<{ output: ContractOutput & { orphans?: Orphan[] }; index: WorkspaceIndex; failed: boolean }> {
  const index = new WorkspaceIndex();
  // the command line never asks for an entity's mentions: no index of the documents that mention each id
  index.mentionIndex = false;
  // nor what the figure check keeps for a next run and for hovers: dropped once the findings are made
  index.keepFigureState = false;
  const annotations = readAnnotationsOf(args);
  if (annotations.items.length) index.setAnnotations(annotations.items);
  const errors = new Map<string, string>();
  const skipped = new Set<string>();
  const files = expandPaths(args);
  const jobs = jobsAsked ?? analyzeJobs(files.length);
  // documents are read here and analysed on every core, a few per thread at a time (bounded memory: neither
  // every text nor every request waits in the threads' queues); the index takes them in path order, so the
  // output is the same whatever the number of jobs
  const threads = Math.min(jobs, Math.max(1, files.length));
  // each thread's heap bounded, as in a streamed run: a lazily collected heap per thread would grow with the folder
  const pool = new AnalyzePool(threads, undefined, threads > 1, { limits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }, figureFacts: true });
  const cache = cacheDir ? new AnalysisCache(cacheDir) : undefined;
  const window = Math.max(4, threads * 4);
  const inFlight: { path: string; text: string; analysis: Promise<DocumentAnalysis> }[] = [];
  const take = async (): Promise<void> => {
    const w = inFlight.shift()!;
    try {
      index.setAnalysis(w.path, w.text, await w.analysis);
    } catch (e) {
      errors.set(w.path, `analysis failed: ${(e as Error).message}`);
    }
    if (++done % 1000 === 0) probe(`indexed ${done}`);
  };
  let done = 0;
  try {
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
      else if (isGeneratedByByline(d.text)) skipped.add(f.path); // an exported quote sheet is not a source
      else {
        const format = formatForPath(f.path);
        const text = d.text;
        const cached = cache?.get(text, format);
        // a very long document is analysed on this thread, whose heap is not bounded, and so is one that a
        // thread could not finish (a thread that stops fails all its requests)
        const here = (): DocumentAnalysis => analyzeText(text, { format });
        const analysis = cached
          ? Promise.resolve(cached)
          : (text.length > BIG_DOCUMENT || !pool.threaded ? Promise.resolve().then(here) : pool.analyze(text, format).catch(here)).then((a) => {
              cache?.put(text, format, a);
              return a;
            });
        inFlight.push({ path: f.path, text, analysis });
        if (inFlight.length >= window) await take();
      }
    }
    while (inFlight.length) await take();
  } finally {
    await pool.close();
    cache?.prune();
  }
  // the links and the conflict check run on this thread alone now, allocating fast over a large live index: V8
  // would let the heap grow to about twice what is live before collecting (the peak of a 10,000-article run);
  // a heap grown by 10 % at a time collects more often there (a GC setting, read at each collection: the
  // results are the same). One collection now makes the setting count from here: without it, the limit the
  // analysis's last collection left (about twice what was live) held until the checks were nearly done.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (files.length >= COLLECT_FROM_FILES) collectGarbage();
  if (probing) {
    probe('analysed');
    index.entities();
    probe('linked');
    index.conflicts();
    probe('conflicts checked');
  }
  const output: ContractOutput & { orphans?: Orphan[] } = contractOutput(index, files.map((f) => f.path).filter((p) => !skipped.has(p)), errors);
  // decisions on findings (annotations, and the older reviews file): dismissed ones left out, reviewed marked
  const reviews = readReviews(args);
  for (const [fingerprint, d] of conflictDecisions(annotations.items.map((i) => i.ann))) reviews.records.set(fingerprint, { fingerprint, decision: d.decision });
  output.conflicts = applyReviews(output.conflicts, reviews.records, (p) => index.text(p));
  if (annotations.found) output.orphans = index.orphans();
  probe('output built');
  return { output, index, failed: errors.size > 0 || reviews.failed || annotations.failed };
}

/** Writes pieces to standard output in chunks of about a megabyte, waiting for the pipe to drain. */
async function writeOut(pieces: Iterable<string>): Promise<void> {
  let chunk: string[] = [];
  let size = 0;
  let written = 0;
  const flush = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = chunk.join('');
      chunk = [];
      size = 0;
      process.stdout.write(s, (e) => (e ? reject(e) : resolve()));
    });
  for (const p of pieces) {
    chunk.push(p);
    size += p.length;
    if (size >= 1 << 20) await flush();
    if (++written % 2000 === 0) probe(`written ${written} pieces`);
  }
  if (size > 0) await flush();
  probe('written');
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
    for (const { path, q } of list) {
      const marks = [q.status, q.added ? 'added by hand' : undefined, q.annotations && !q.added ? 'annotated' : undefined].filter(Boolean);
      lines.push(`    - [${q.kind}] ${excerpt(q.text)}  (${q.cue ? q.cue.text + ', ' : ''}${path}:${q.start})${marks.length ? ` {${marks.join(', ')}}` : ''}`);
      if (q.note) lines.push(`      note: ${excerpt(q.note)}`);
    }
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
  const orphans = (out as ContractOutput & { orphans?: Orphan[] }).orphans ?? [];
  if (orphans.length) {
    lines.push('', 'ORPHANED ANNOTATIONS (their text is gone; re-attach or delete them in the editor)');
    for (const o of orphans) lines.push(`  ${o.source}: "${excerpt(o.exact, 80)}" (${o.id})`);
  }
  for (const d of out.documents) if (d.error) lines.push('', `ERROR ${d.path}: ${d.error}`);
  return lines.join('\n');
}

/** The claims of a folder's documents after its annotations, as export rows (paths relative to the folder). */
function claimRows(folder: string, output: ContractOutput, index: WorkspaceIndex): ClaimRow[] {
  const records = new Map(output.entities.map((e) => [e.id, e]));
  const rows: ClaimRow[] = [];
  for (const d of output.documents) {
    const text = index.text(d.path) ?? '';
    const document = relative(folder, d.path).split(sep).join('/');
    for (const q of d.quotes) rows.push(claimRow(document, text, q, q.speaker ? records.get(q.speaker) ?? index.entity(q.speaker) : undefined));
  }
  return rows;
}

async function exportCommand(args: string[]): Promise<number> {
  const { opts, rest, error } = parseOptions(args, ['format', 'speaker', 'status', 'output']);
  const format = opts.get('format');
  if (error || rest.length !== 1 || !format || !['csv', 'md', 'jsonld'].includes(format)) {
    process.stderr.write(`byline: ${error ?? (rest.length !== 1 ? 'export takes one FOLDER' : 'export needs --format csv, md or jsonld')}\n\n${USAGE}\n`);
    return 2;
  }
  const folder = rest[0];
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    process.stderr.write(`byline: ${folder}: not a folder\n`);
    return 2;
  }
  let out: string;
  let failed = false;
  if (format === 'jsonld') {
    const read = readAnnotationsOf([folder]);
    failed = read.failed;
    out = JSON.stringify(annotationCollection(read.items.map((i) => i.ann)), null, 2) + '\n';
  } else {
    const r = await analyze([folder], undefined);
    failed = r.failed;
    let rows = claimRows(folder, r.output, r.index);
    const speaker = opts.get('speaker')?.toLowerCase();
    if (speaker !== undefined) rows = rows.filter((row) => row.speaker.toLowerCase() === speaker || (row.speakerId !== null && r.index.entity(row.speakerId)?.aliases.some((a) => a.toLowerCase() === speaker)));
    const status = opts.get('status');
    if (status !== undefined) rows = rows.filter((row) => (status === 'none' ? row.status === '' : row.status === status));
    out = format === 'csv' ? claimsCsv(rows) : quoteSheet(rows, `Quote sheet: ${folder}`) + '\n';
  }
  const file = opts.get('output');
  if (file) writeFileSync(file, out);
  else process.stdout.write(out);
  return failed ? 1 : 0;
}

async function importCommand(args: string[]): Promise<number> {
  if (args.length !== 2) {
    process.stderr.write(`byline: import takes FILE FOLDER\n\n${USAGE}\n`);
    return 2;
  }
  const [file, folder] = args;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`byline: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const read = readAnnotationsExport(text);
  for (const e of read.errors) process.stderr.write(`byline: ${file}: ${e}; left out\n`);
  if (read.annotations.length === 0 && read.errors.length) return 1;
  const store = new AnnotationFileStore(folder);
  try {
    await store.load();
    const before = new Map(store.annotations().map((a) => [a.id, a]));
    // an annotation with the same id keeps the later `modified`
    const put: Annotation[] = read.annotations.filter((a) => {
      const old = before.get(a.id);
      return !old || a.modified > old.modified;
    });
    await store.apply({ put });
    const added = put.filter((a) => !before.has(a.id)).length;
    process.stdout.write(`byline: ${added} annotation(s) added, ${put.length - added} updated, ${read.annotations.length - put.length} already there, in ${store.file}\n`);
  } catch (e) {
    process.stderr.write(`byline: ${(e as Error).message}\n`);
    return 1;
  }
  return read.errors.length ? 1 : 0;
}

async function analyzeJsonlCommand(rest: string[]): Promise<number> {
  const { opts, rest: args, error } = parseOptions(rest, ['jobs', 'shard']);
  const jobs = opts.has('jobs') ? Number(opts.get('jobs')) : defaultJobs();
  const shard = opts.has('shard') ? parseShard(opts.get('shard')!) : undefined;
  const problem = error ?? (!Number.isInteger(jobs) || jobs < 1 ? `--jobs takes a whole number of at least 1, not '${opts.get('jobs')}'` : typeof shard === 'string' ? shard : args.length === 0 ? 'no PATH given' : undefined);
  if (problem) {
    process.stderr.write(`byline: ${problem}\n\n${USAGE}\n`);
    return 2;
  }
  const annotations = readAnnotationsOf(args);
  const write = (line: Uint8Array | string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (process.stdout.write(line)) return resolve();
      const drained = (): void => {
        process.stdout.off('error', failed);
        resolve();
      };
      const failed = (e: Error): void => {
        process.stdout.off('drain', drained);
        reject(e);
      };
      process.stdout.once('drain', drained).once('error', failed);
    });
  const r = await streamAnalysis(args, { jobs, shard: shard as ShardSpec | undefined, annotations: annotations.items, write, onError: (path, e) => process.stderr.write(`byline: ${path}: ${e}\n`) });
  return r.failed > 0 || annotations.failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(USAGE + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === 'export') return exportCommand(rest);
  if (cmd === 'import') return importCommand(rest);
  if (cmd === 'analyze' && rest.includes('--jsonl')) return analyzeJsonlCommand(rest.filter((a) => a !== '--jsonl'));
  if (cmd === 'load' || cmd === 'link' || cmd === 'search') {
    // the database client is loaded only by the commands that use it: analyze never touches the network
    const { archiveCommand } = await import('./node/archive/commands');
    return archiveCommand(cmd, rest, USAGE);
  }
  if (cmd !== 'analyze') {
    process.stderr.write(`byline: unknown command '${cmd}'\n\n${USAGE}\n`);
    return 2;
  }
  const { opts, rest: args, error } = parseOptions(rest.filter((a) => a !== '--json'), ['jobs', 'cache']);
  const json = rest.includes('--json');
  const jobs = opts.has('jobs') ? Number(opts.get('jobs')) : undefined;
  if (error || (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))) {
    process.stderr.write(`byline: ${error ?? `--jobs takes a whole number of at least 1, not '${opts.get('jobs')}'`}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.length === 0) {
    process.stderr.write(`byline: no PATH given\n\n${USAGE}\n`);
    return 2;
  }
  const { output, failed } = await analyze(args, jobs, opts.get('cache'));
  await writeOut(json ? jsonPieces(output) : [report(output) + '\n']);
  for (const d of output.documents) if (d.error) process.stderr.write(`byline: ${d.path}: ${d.error}\n`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  // set before any analysis code has run, and before the analysis threads start (V8's flags are the process's)
  for (const flag of tieringFlags()) setFlagsFromString(flag);
  void Promise.resolve(main(process.argv.slice(2))).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`byline: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
