// npm run eval:ner -- [options] [CONLL...]
// Exact-boundary, entity-level P/R/F1 for PERSON, ORG and PLACE on held-out CoNLL files (token<TAB>BIO tag;
// documents split at -DOCSTART-), for the trained tagger (src/core/ner/tagger.ts), today's rule-based
// recogniser (analyzeText(...).entities), their combination (src/core/ner/combine.ts) and, when installed,
// compromise. The CoNLL tokens are joined back into text as it is written ("Zelensky's", "self-medicating",
// quotes attached) and every system reads that text, so all are measured on the same characters. MISC is not
// scored (Byline has no such type). With no files: the hand-annotated news gold of test/fixtures/ner (inline
// [name]{TYPE} markup, src/core/ner/inline.ts), the test split of every corpus in ../shared/ner-data and a
// mention-level check on the seed articles against test/fixtures/seeds.gold.json. Annotated .txt files may be
// given as arguments. --polnear DIR [--part even|odd] [--limit N]: agreement with the Stanford CoreNLP names that
// ship with PolNeAR's train split (a local, silver development signal; nothing of PolNeAR is committed).
//
// Options: --systems model,rules,combined,compromise   --verbose (false positives/negatives)
//          --only own,dev,gum (only the sets whose title starts so)
//          --speed [--repeat N] (MB/s of tokenize + tag, best of N runs, default 3)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../core/analyze';
import * as lex from '../core/lex';
import { tokenize } from '../core/text';
import { parseConll, type ConllDoc } from '../core/ner/conll';
import { parseInline } from '../core/ner/inline';
import { tagEntities } from '../core/ner/tagger';
import { combinedEntities } from '../core/ner/combine';

type Type = 'PERSON' | 'ORG' | 'PLACE';
const TYPES: Type[] = ['PERSON', 'ORG', 'PLACE'];
const MAP: Record<string, Type> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' };
interface Ent { start: number; end: number; type: string }
type System = (text: string) => Ent[];

const ROOT = resolve(__dirname, '..');
const DATA = resolve(ROOT, '../shared/ner-data');

function modelSystem(text: string): Ent[] {
  const tz = tokenize(text);
  return tagEntities(tz).map((e) => ({ start: tz.tokens[e.a].s, end: tz.tokens[e.b - 1].e, type: e.type }));
}
function rulesSystem(text: string): Ent[] {
  return analyzeText(text).entities.filter((e) => (TYPES as string[]).includes(e.type));
}
function combinedSystem(text: string): Ent[] {
  return combinedEntities(tokenize(text)).map((e) => ({ start: e.start, end: e.end, type: e.type }));
}

/** compromise (npm), if installed: people / organizations / places with their character offsets. */
function compromiseSystem(): System | null {
  let nlp: ((s: string) => { people(): View; organizations(): View; places(): View }) | null = null;
  type View = { out(f: string): { offset: { start: number; length: number }; text: string }[] };
  try {
    const name = 'compromise';
    nlp = require(name);
  } catch {
    return null;
  }
  return (text: string) => {
    const doc = nlp!(text);
    const out: Ent[] = [];
    const add = (v: View, type: Type): void => {
      for (const m of v.out('offset')) {
        // compromise includes trailing punctuation and possessives in some terms: trim to the name
        let s = m.offset.start, e = m.offset.start + m.offset.length;
        while (e > s && /[\s.,;:!?'’"”)]/.test(text[e - 1])) e--;
        if (text.slice(e - 2, e) === "'s" || text.slice(e - 2, e) === '’s') e -= 2;
        while (s < e && /[\s"“(‘']/.test(text[s])) s++;
        if (e > s) out.push({ start: s, end: e, type });
      }
    };
    add(doc.people(), 'PERSON');
    add(doc.organizations(), 'ORG');
    add(doc.places(), 'PLACE');
    return out;
  };
}

interface Counts { tp: Record<string, number>; fp: Record<string, number>; fn: Record<string, number> }
const newCounts = (): Counts => ({ tp: { PERSON: 0, ORG: 0, PLACE: 0 }, fp: { PERSON: 0, ORG: 0, PLACE: 0 }, fn: { PERSON: 0, ORG: 0, PLACE: 0 } });

/** BTC tags a Twitter handle's "@" and the handle as names; these are not names in prose. */
function isHandle(text: string, e: Ent): boolean {
  return text[e.start] === '@' || text[e.start - 1] === '@' || text[e.start] === '#';
}

function score(docs: ConllDoc[], sys: System, opts: { noHandles?: boolean; verbose?: string }): Counts {
  const c = newCounts();
  for (const d of docs) {
    let gold: Ent[] = d.gold.filter((g) => MAP[g.type]).map((g) => ({ start: g.start, end: g.end, type: MAP[g.type] }));
    let pred = sys(d.text);
    if (opts.noHandles) {
      gold = gold.filter((e) => !isHandle(d.text, e));
      pred = pred.filter((e) => !isHandle(d.text, e));
    }
    const key = (e: Ent): string => `${e.start}:${e.end}:${e.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const e of pred) {
      if (g.has(key(e))) c.tp[e.type]++;
      else { c.fp[e.type]++; if (opts.verbose) console.log(`  ${opts.verbose} FP ${e.type.padEnd(6)} ${d.text.slice(e.start, e.end)}   | ${context(d.text, e)}`); }
    }
    for (const e of gold) {
      if (!p.has(key(e))) { c.fn[e.type]++; if (opts.verbose) console.log(`  ${opts.verbose} FN ${e.type.padEnd(6)} ${d.text.slice(e.start, e.end)}   | ${context(d.text, e)}`); }
    }
  }
  return c;
}

function context(text: string, e: Ent): string {
  return (text.slice(Math.max(0, e.start - 40), e.start) + '[' + text.slice(e.start, e.end) + ']' + text.slice(e.end, e.end + 40)).replace(/\n/g, ' ');
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
function prf(tp: number, fp: number, fn: number): string {
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = (2 * P * R) / (P + R || 1);
  return `${pct(P)} ${pct(R)} ${pct(F)}`;
}
function row(name: string, c: Counts): string {
  const cells = TYPES.map((t) => prf(c.tp[t], c.fp[t], c.fn[t]));
  const sum = (o: Record<string, number>): number => TYPES.reduce((n, t) => n + o[t], 0);
  return `${name.padEnd(11)} ${cells.join(' │ ')} │ ${prf(sum(c.tp), sum(c.fp), sum(c.fn))}`;
}
function header(title: string, docs: ConllDoc[]): string {
  const n: Record<string, number> = { PER: 0, ORG: 0, LOC: 0 };
  for (const d of docs) for (const g of d.gold) if (g.type in n) n[g.type]++;
  return `\n${title} (gold: ${n.PER} PERSON, ${n.ORG} ORG, ${n.LOC} PLACE)\n${' '.repeat(11)} ${'PERSON P/R/F1'.padEnd(17)} │ ${'ORG P/R/F1'.padEnd(17)} │ ${'PLACE P/R/F1'.padEnd(17)} │ micro P/R/F1`;
}

// ───────────── the seeds: which gold names are found (mention level, distinct names) ─────────────

interface SeedGold { aliases: Record<string, string[]>; documents: Record<string, { entities: Record<Type, string[]> }> }

/**
 * Whether a mention's text names the gold entity: the same text, a listed alias, the same gazetteer canonical
 * name ("US" for "United States"), or for people part of the full name ("Zelensky" for "Volodymyr Zelensky").
 */
function names(gold: SeedGold, name: string, type: string, text: string): boolean {
  if (text === name || gold.aliases[name]?.includes(text)) return true;
  if (type === 'PLACE') { const c = lex.placeCanonical(text); return c !== undefined && c === lex.placeCanonical(name); }
  if (type === 'ORG') { const c = lex.orgCanonical(text); return c !== undefined && c === lex.orgCanonical(name); }
  const words = name.split(' ');
  const part = text.split(' ');
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, j) => words[i + j] === w)) return true;
  return false;
}

function seedCheck(systems: [string, System][], verbose: boolean): void {
  const goldPath = join(ROOT, 'test/fixtures/seeds.gold.json');
  if (!existsSync(goldPath)) return;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold;
  console.log('\nseeds: the gold names of test/fixtures/seeds.gold.json found by some mention (typed; untyped), and the share of');
  console.log('distinct mentions that name a gold entity (mention level: "Zelensky" finds "Volodymyr Zelensky", "US" finds "United States")');
  for (const [sysName, sys] of systems) {
    let ng = 0, found = 0, foundU = 0, np = 0, good = 0, goodU = 0;
    const notes: string[] = [];
    for (const [file, g] of Object.entries(gold.documents)) {
      const text = readFileSync(join(ROOT, 'seeds', file), 'utf8');
      const mentions = new Map<string, { type: string; text: string }>();
      for (const e of sys(text)) { const t = text.slice(e.start, e.end); mentions.set(`${e.type}:${t}`, { type: e.type, text: t }); }
      for (const type of TYPES) {
        for (const name of g.entities[type] ?? []) {
          ng++;
          const ms = [...mentions.values()].filter((m) => names(gold, name, type, m.text) || names(gold, name, m.type, m.text));
          if (ms.some((m) => m.type === type)) found++;
          else notes.push(`${file.slice(0, 3)} missed ${type} ${name}${ms.length ? ` (as ${ms.map((m) => m.type).join('/')})` : ''}`);
          if (ms.length) foundU++;
        }
      }
      for (const m of mentions.values()) {
        np++;
        const typed = (g.entities[m.type as Type] ?? []).some((name) => names(gold, name, m.type, m.text));
        const any = typed || TYPES.some((t) => (g.entities[t] ?? []).some((name) => names(gold, name, t, m.text)));
        if (typed) good++;
        else notes.push(`${file.slice(0, 3)} extra ${m.type} ${m.text}`);
        if (any) goodU++;
      }
    }
    console.log(`${sysName.padEnd(11)} found ${pct(found / ng)} % typed, ${pct(foundU / ng)} % untyped of ${ng} names;  mentions naming a gold entity ${pct(good / np)} % typed, ${pct(goodU / np)} % untyped of ${np}`);
    if (verbose) for (const m of notes) console.log(`  ${m}`);
  }
}

// ───────────── speed ─────────────

function speed(repeat: number): void {
  const read = (c: string): string[] => {
    const out: string[] = [];
    for (const split of ['train.conll', 'dev.conll', 'test.conll']) {
      const f = join(DATA, c, split);
      if (existsSync(f)) for (const d of parseConll(readFileSync(f, 'utf8'))) out.push(d.text);
    }
    return out;
  };
  const corpora = existsSync(DATA) ? readdirSync(DATA).filter((c) => existsSync(join(DATA, c, 'train.conll'))).sort() : [];
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  console.log('');
  const bytes = (xs: string[]): number => xs.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const fill = (xs: string[]): string[] => {
    const out: string[] = [];
    while (bytes(out) < 5e6) out.push(...xs);
    return out;
  };
  // MB/s per CPU second of this process (other processes on the machine do not count) and per wall-clock second
  // best of `times` runs: other processes on the machine only ever slow a run down
  const run = (name: string, docs: string[], f: (s: string) => void, times = repeat): number => {
    const mb = bytes(docs) / 1e6;
    let cpu = Infinity, wall = Infinity;
    for (let k = 0; k < times; k++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const d of docs) f(d);
      const c = process.cpuUsage(c0);
      cpu = Math.min(cpu, (c.user + c.system) / 1e6);
      wall = Math.min(wall, (performance.now() - t0) / 1000);
    }
    console.log(`${name.padEnd(58)} ${mb.toFixed(2)} MB  ${(mb / cpu).toFixed(1).padStart(6)} MB/s CPU  ${(mb / wall).toFixed(1).padStart(6)} MB/s wall${times > 1 ? ` (best of ${times})` : ''}`);
    return mb / cpu;
  };
  // the tagger's own cost, as the analysis pays it (it tokenizes anyway): 1 / (1/both − 1/tokenize)
  const alone = (name: string, both: number, tok: number): void => console.log(`${name.padEnd(58)}          ${(1 / (1 / both - 1 / tok)).toFixed(1).padStart(6)} MB/s CPU`);
  const t0 = performance.now();
  tagEntities(tokenize('Byline loads its model.'));
  console.log(`model and gazetteers loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  const tag = (s: string): void => void tagEntities(tokenize(s));
  // news-like: the Wikinews articles and interviews, the re3d press releases and the seed articles, repeated
  const news = fill([...read('gum-wikinews'), ...read('re3d-permissive'), ...seeds]);
  // every corpus text once (tweets, fiction, filings: 60k word types), then again with the cache warm
  const all = corpora.flatMap(read);
  console.log(`speed (one thread, Node ${process.version})`);
  if (all.length) run('tokenize + tag: all corpus texts, first time (new word types)', all, tag, 1);
  const nb = run('tokenize + tag: news-like (Wikinews, re3d, seeds) to 5 MB', news, tag);
  const nt = run('tokenize only: news-like', news, (s) => void tokenize(s));
  alone('tag alone: news-like', nb, nt);
  if (all.length) {
    const ab = run('tokenize + tag: all corpus texts (tweets, fiction, filings)', all, tag);
    const at = run('tokenize only: all corpus texts', all, (s) => void tokenize(s));
    alone('tag alone: all corpus texts', ab, at);
  }
  const sb = run('tokenize + tag: seeds repeated to 5 MB', fill(seeds), tag);
  const st = run('tokenize only: seeds repeated', fill(seeds), (s) => void tokenize(s));
  alone('tag alone: seeds', sb, st);
  // for scale: the whole rule-based analysis (tokens, entities, claims, figures) on the same news-like text
  run('analyzeText (whole analysis, rules): news-like', news, (s) => void analyzeText(s), 1);
}

/**
 * PolNeAR's train split (US political news, 7 outlets, 2016; github.com/networkdynamics/PolNeAR) with the NER
 * layer of the Stanford CoreNLP output it ships: a *silver* reference (a CRF's output, about 90 F1 on newswire),
 * read locally for development only; nothing of PolNeAR is written into the repository. Adjacent tokens with the
 * same CoreNLP class make one name (CoreNLP gives no B-/I- boundaries).
 */
function readPolnear(dir: string, limit: number): ConllDoc[] {
  const CLASS: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };
  const textDir = join(dir, 'data/train/text');
  const docs: ConllDoc[] = [];
  for (const f of readdirSync(textDir).sort()) {
    if (docs.length >= limit) break;
    const xmlPath = join(dir, 'data/train/corenlp', `${f}.xml`);
    if (!existsSync(xmlPath)) continue;
    const text = readFileSync(join(textDir, f), 'utf8');
    const xml = readFileSync(xmlPath, 'utf8');
    const gold: ConllDoc['gold'] = [];
    let prev: { type: string; end: number; sent: number } | null = null;
    let sent = 0;
    const re = /<sentence id="(\d+)"|<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>[\s\S]*?<NER>([A-Z_]+)<\/NER>/g;
    for (let m; (m = re.exec(xml)); ) {
      if (m[1]) { sent = Number(m[1]); prev = null; continue; }
      const s = Number(m[2]), e = Number(m[3]), t = CLASS[m[4]];
      if (!t) { prev = null; continue; }
      const last = gold[gold.length - 1];
      if (prev && prev.type === t && prev.sent === sent && last && /^[\s&.'’-]*$/.test(text.slice(last.end, s))) last.end = e;
      else gold.push({ start: s, end: e, type: t });
      prev = { type: t, end: e, sent };
    }
    docs.push({ text, gold, index: docs.length });
  }
  return docs;
}

function main(argv: string[]): void {
  const files: string[] = [];
  let sysArg = 'model,rules,combined,compromise';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--systems') sysArg = argv[++i];
    else if (argv[i] === '--repeat' || argv[i] === '--polnear' || argv[i] === '--limit' || argv[i] === '--part' || argv[i] === '--only') i++;
    else if (!argv[i].startsWith('--')) files.push(argv[i]);
  }
  const verbose = argv.includes('--verbose');
  const all: Record<string, System | null> = { model: modelSystem, rules: rulesSystem, combined: combinedSystem, compromise: compromiseSystem() };
  const systems = sysArg.split(',').filter((s) => all[s]).map((s) => [s, all[s]!] as [string, System]);
  if (argv.includes('--speed')) { speed(Number(argv[argv.indexOf('--repeat') + 1]) || 3); return; }
  const sets: { title: string; file: string; noHandles?: boolean; docs?: ConllDoc[] }[] = [];
  // the hand-annotated news gold of test/fixtures/ner (one written convention; see its README)
  const fixtures = join(ROOT, 'test/fixtures/ner');
  if (!files.length && existsSync(fixtures)) {
    for (const [dir, title] of [['own', 'test/fixtures/ner/own (28 news articles of our own)'], ['dev', 'test/fixtures/ner/dev (sports results and tables, markets, local news, a transcript, Wikipedia-style articles; written for developing the rules)'], ['heldout', 'test/fixtures/ner/heldout (16 news articles of our own, never looked at while developing)'], ['gum-wikinews-test', 'test/fixtures/ner/gum-wikinews-test (GUM test, conventions as in the README)']]) {
      const folder = join(fixtures, dir);
      if (!existsSync(folder)) continue;
      const docs = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f, k) => parseInline(readFileSync(join(folder, f), 'utf8'), k));
      sets.push({ title, file: folder, docs });
    }
  }
  const pn = argv.indexOf('--polnear');
  if (pn >= 0) {
    // --part even|odd: every other article (one half to look at while developing, the other half held out)
    const part = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : 'all';
    const docs = readPolnear(argv[pn + 1], Number(argv[argv.indexOf('--limit') + 1]) || Infinity).filter((d) => part === 'all' || d.index % 2 === (part === 'odd' ? 1 : 0));
    console.log(header('PolNeAR train, CoreNLP silver names (local development signal)', docs));
    for (const [name, sys] of systems) console.log(row(name, score(docs, sys, { verbose: verbose ? name : undefined })));
    return;
  }
  // .txt files: articles annotated inline (test/fixtures/ner format); others: CoNLL files
  const inline = files.filter((f) => f.endsWith('.txt'));
  if (inline.length) sets.push({ title: `${inline.length} annotated articles`, file: '', docs: inline.map((f, k) => parseInline(readFileSync(f, 'utf8'), k)) });
  if (files.length) for (const f of files.filter((x) => !x.endsWith('.txt'))) sets.push({ title: f, file: f });
  else {
    for (const c of ['gum-wikinews', 're3d-permissive', 'btc', 'wnut17', 'sec-filings', 'gum-academic-court', 'litbank']) {
      const f = join(DATA, c, 'test.conll');
      if (!existsSync(f)) continue;
      sets.push({ title: `${c} test`, file: f });
      if (c === 'btc') sets.push({ title: 'btc test without @-handles and #-tags', file: f, noHandles: true });
    }
  }
  // --only a,b: the sets whose title starts with one of these ("own", "dev", "test/fixtures/ner/dev", "btc")
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
  for (const s of sets) {
    if (only && !only.some((o) => s.title.startsWith(o) || s.title.startsWith(`test/fixtures/ner/${o}`))) continue;
    const docs = s.docs ?? parseConll(readFileSync(s.file, 'utf8'));
    console.log(header(s.title, docs));
    for (const [name, sys] of systems) console.log(row(name, score(docs, sys, { noHandles: s.noHandles, verbose: verbose ? name : undefined })));
  }
  if (!files.length) seedCheck(systems, verbose);
}

main(process.argv.slice(2));
