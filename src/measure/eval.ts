// npm run eval: Byline's claims against hand-made gold, scored with the Gender Gap Tracker's published metric.
//   node dist/eval.js [--verbose] [--json [FILE]] [GOLD_DIR...]
// A gold claim is found when one prediction covers more than 30 % (strict: 80 %) of its characters; each
// prediction serves at most one gold claim (greedy, best coverage first). Precision, recall and F1 over claims
// at both thresholds; speaker accuracy over the matched claims (canonical name or a gold alias; "anonymous"
// for anonymous sources); per-kind recall for information. Runs offline from the repository alone.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { WorkspaceIndex } from '../core/workspace';
import { formatForPath } from '../core/analyze';
import type { QuoteKind } from '../core/types';
import { QUOTE_KINDS, isUnquotedKind } from '../core/types';

// ---------------------------------------------------------------------------------------------------------
// The metric (pure; exported for the unit tests and scripts/polnear-eval.mjs)

export interface Range {
  start: number;
  end: number;
  /** Discontinuous spans (PolNeAR content around an inserted "he said"): the pieces, in order. */
  parts?: [number, number][];
}

export interface GoldClaim extends Range {
  text: string;
  kind?: QuoteKind;
  /** Canonical name, or null for an anonymous source. */
  speaker: string | null;
  /** Canonical name and every alias the gold accepts. */
  names: string[];
  anonymous: boolean;
}

export interface PredClaim extends Range {
  text: string;
  kind: QuoteKind;
  /** The resolved speaker's canonical name and the other names the engine knows it by ([] when unresolved). */
  speakerNames: string[];
  /** The words the attribution rests on ("he", "officials"), for information and loose matching. */
  speakerMention: string | null;
  anonymous: boolean;
}

function pieces(r: Range): [number, number][] {
  return r.parts && r.parts.length ? r.parts : [[r.start, r.end]];
}

/** Characters of `r` (summed over its pieces). */
export function length(r: Range): number {
  let n = 0;
  for (const [s, e] of pieces(r)) n += Math.max(0, e - s);
  return n;
}

/** Characters shared by two spans. */
export function overlap(a: Range, b: Range): number {
  let n = 0;
  for (const [as, ae] of pieces(a)) for (const [bs, be] of pieces(b)) n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return n;
}

/** |gold ∩ predicted| / |gold|: the share of the gold span's characters the prediction covers. */
export function coverage(gold: Range, pred: Range): number {
  const n = length(gold);
  return n === 0 ? 0 : overlap(gold, pred) / n;
}

export interface Match {
  gold: number;
  pred: number;
  coverage: number;
}

/**
 * One-to-one matching: every (gold, prediction) pair whose coverage exceeds `threshold`, taken greedily by
 * coverage (ties: the prediction that starts nearer the gold, then document order); each gold claim and each
 * prediction is used at most once.
 */
export function matchClaims(gold: Range[], pred: Range[], threshold: number): Match[] {
  const pairs: (Match & { dist: number })[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const c = coverage(gold[g], pred[p]);
      if (c > threshold) pairs.push({ gold: g, pred: p, coverage: c, dist: Math.abs(gold[g].start - pred[p].start) });
    }
  }
  pairs.sort((x, y) => y.coverage - x.coverage || x.dist - y.dist || x.gold - y.gold || x.pred - y.pred);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Match[] = [];
  for (const m of pairs) {
    if (usedG.has(m.gold) || usedP.has(m.pred)) continue;
    usedG.add(m.gold);
    usedP.add(m.pred);
    out.push({ gold: m.gold, pred: m.pred, coverage: m.coverage });
  }
  return out.sort((x, y) => x.gold - y.gold);
}

/** Name comparison: accents, case, punctuation, a leading "the" and a trailing possessive ignored. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The predicted speaker is right: both anonymous, or one of its names is the gold's canonical name or an alias.
 * A gold speaker that is itself an unnamed source, described ("the paper in ZooKeys", "memo to staff": its
 * canonical name opens in lower case), is also found by an unnamed prediction whose mention is one of the gold's
 * names for it ("the memo"): the engine showed the same described source.
 */
export function speakerMatches(gold: GoldClaim, pred: PredClaim): boolean {
  if (gold.anonymous) return pred.anonymous;
  const want = new Set(gold.names.map(normName).filter(Boolean));
  if (pred.anonymous) return !!gold.speaker && /^\p{Ll}/u.test(gold.speaker) && !!pred.speakerMention && want.has(normName(pred.speakerMention));
  return pred.speakerNames.some((n) => want.has(normName(n)));
}

export interface Counts {
  gold: number;
  pred: number;
  matched: number;
  speakerRight: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** speakerRight / matched */
  speakerAccuracy: number;
}

export function figures(c: Counts): Figures {
  const precision = c.pred ? c.matched / c.pred : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1, speakerAccuracy: c.matched ? c.speakerRight / c.matched : 0 };
}

export const THRESHOLDS = [0.3, 0.8] as const;
export const KINDS: QuoteKind[] = [...QUOTE_KINDS];

export interface DocInput {
  path: string;
  subset: string;
  text: string;
  gold: GoldClaim[];
  pred: PredClaim[];
  /** Quoted strings the gold says are not claims (scare quotes, titles, terms). */
  none?: string[];
  /** Predictions left out of scoring because the gold does not annotate their kind (stances, beliefs). */
  outOfScope?: PredClaim[];
}

/**
 * The fixtures annotate quotations and reported speech (documents' findings included), not positions taken or
 * beliefs: stance and belief predictions are scored on PolNeAR (which annotates them) and listed apart here.
 */
export const FIXTURE_UNANNOTATED: ReadonlySet<QuoteKind> = new Set<QuoteKind>(['stance', 'belief']);

export interface DocResult {
  path: string;
  subset: string;
  /** per threshold ("0.3", "0.8") */
  at: Record<string, { counts: Counts; matches: Match[] }>;
}

export type SpeakerTest = (gold: GoldClaim, pred: PredClaim) => boolean;

export function scoreDocument(doc: DocInput, sameSpeaker: SpeakerTest = speakerMatches): DocResult {
  const at: DocResult['at'] = {};
  for (const t of THRESHOLDS) {
    const matches = matchClaims(doc.gold, doc.pred, t);
    let speakerRight = 0;
    for (const m of matches) if (sameSpeaker(doc.gold[m.gold], doc.pred[m.pred])) speakerRight++;
    at[String(t)] = { counts: { gold: doc.gold.length, pred: doc.pred.length, matched: matches.length, speakerRight }, matches };
  }
  return { path: doc.path, subset: doc.subset, at };
}

export interface Summary {
  docs: number;
  at: Record<string, Figures>;
  /** recall per gold kind, per threshold */
  kinds: Record<string, { gold: number; at: Record<string, { matched: number; recall: number }> }>;
  /** matched claims (at 0.3) whose predicted kind equals the gold kind, for information */
  kindAgreement: { matched: number; same: number };
  /** listed non-claims (scare quotes, titles) and how many of them an unmatched prediction contains */
  negatives: { listed: number; predicted: number };
}

/** The listed non-claims that some prediction left unmatched (at 0.3) contains. */
export function negativesHit(doc: DocInput, result: DocResult): string[] {
  const used = new Set(result.at[String(THRESHOLDS[0])].matches.map((m) => m.pred));
  const free = doc.pred.filter((_, i) => !used.has(i)).map((p) => ` ${normName(p.text)} `);
  return (doc.none ?? []).filter((n) => free.some((t) => t.includes(` ${normName(n)} `)));
}

export function summarise(docs: DocInput[], results: DocResult[]): Summary {
  const at: Summary['at'] = {};
  for (const t of THRESHOLDS) {
    const c: Counts = { gold: 0, pred: 0, matched: 0, speakerRight: 0 };
    for (const r of results) {
      const x = r.at[String(t)].counts;
      c.gold += x.gold;
      c.pred += x.pred;
      c.matched += x.matched;
      c.speakerRight += x.speakerRight;
    }
    at[String(t)] = figures(c);
  }
  const kinds: Summary['kinds'] = {};
  const kindAgreement = { matched: 0, same: 0 };
  const negatives = { listed: 0, predicted: 0 };
  for (const k of KINDS) kinds[k] = { gold: 0, at: {} };
  docs.forEach((d, i) => {
    negatives.listed += d.none?.length ?? 0;
    negatives.predicted += negativesHit(d, results[i]).length;
    for (const g of d.gold) if (g.kind) kinds[g.kind].gold++;
    for (const t of THRESHOLDS) {
      for (const m of results[i].at[String(t)].matches) {
        const k = d.gold[m.gold].kind;
        if (!k) continue;
        const e = (kinds[k].at[String(t)] ??= { matched: 0, recall: 0 });
        e.matched++;
        if (t === THRESHOLDS[0]) {
          kindAgreement.matched++;
          if (d.pred[m.pred].kind === k) kindAgreement.same++;
        }
      }
    }
  });
  for (const k of KINDS) {
    for (const t of THRESHOLDS) {
      const e = (kinds[k].at[String(t)] ??= { matched: 0, recall: 0 });
      e.recall = kinds[k].gold ? e.matched / kinds[k].gold : 0;
    }
  }
  return { docs: docs.length, at, kinds, kindAgreement, negatives };
}

// ---------------------------------------------------------------------------------------------------------
// Gold files and predictions

/** One claim as a gold file writes it: exact text (plus which occurrence, 0-based, if it repeats). */
interface GoldEntry {
  text: string;
  occurrence?: number;
  kind: QuoteKind;
  speaker?: string | null;
  anonymous?: boolean;
  note?: string;
}

interface GoldFile {
  file: string;
  genre: string;
  source: string;
  /** canonical name -> aliases */
  speakers?: Record<string, string[]>;
  claims: GoldEntry[];
  /** quoted strings that are not claims (scare quotes, titles); for information */
  none?: string[];
}

/** Offset of the n-th (0-based) occurrence of `needle`, or -1. */
export function locate(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Reads one gold file against its text; throws on a claim that cannot be located unambiguously. */
export function readGold(gf: GoldFile, text: string, where: string): GoldClaim[] {
  const out: GoldClaim[] = [];
  for (const c of gf.claims) {
    const n = countOccurrences(text, c.text);
    if (n === 0) throw new Error(`${where}: claim text not in the document: ${JSON.stringify(c.text.slice(0, 80))}`);
    if (n > 1 && c.occurrence === undefined) throw new Error(`${where}: claim text occurs ${n} times, give "occurrence": ${JSON.stringify(c.text.slice(0, 80))}`);
    if (!KINDS.includes(c.kind)) throw new Error(`${where}: bad kind ${c.kind}`);
    const start = locate(text, c.text, c.occurrence ?? 0);
    if (start < 0) throw new Error(`${where}: no occurrence ${c.occurrence} of ${JSON.stringify(c.text.slice(0, 80))}`);
    const anonymous = c.anonymous === true;
    if (!anonymous && !c.speaker) throw new Error(`${where}: claim without a speaker: ${JSON.stringify(c.text.slice(0, 80))}`);
    const speaker = c.speaker ?? null;
    const names = speaker ? [speaker, ...(gf.speakers?.[speaker] ?? [])] : [];
    out.push({ start, end: start + c.text.length, text: c.text, kind: c.kind, speaker: anonymous ? null : speaker, names, anonymous });
  }
  out.sort((a, b) => a.start - b.start);
  for (let i = 1; i < out.length; i++) {
    if (out[i].start < out[i - 1].end) throw new Error(`${where}: gold claims overlap: ${JSON.stringify(out[i - 1].text.slice(0, 40))} / ${JSON.stringify(out[i].text.slice(0, 40))}`);
  }
  return out;
}

/** Byline's claims for one document, analysed on its own (a one-document workspace), speakers by name. */
export function predictClaims(path: string, text: string): PredClaim[] {
  const index = new WorkspaceIndex();
  index.set(path, text, 0, formatForPath(path));
  const doc = index.get(path)!;
  return doc.analysis.quotes.map((q) => {
    const anonymous = q.anonymous === true || (q.speaker?.startsWith('anon:') ?? false);
    const rec = q.speaker && !anonymous ? index.entity(q.speaker) : undefined;
    const speakerNames = rec ? [rec.name, ...rec.aliases] : [];
    return { start: q.start, end: q.end, text: q.text, kind: q.kind, speakerNames, speakerMention: q.speakerMention?.text ?? null, anonymous };
  });
}

const QUOTE_MARKS = /["“”„«»‘’']/;

interface SeedsGold {
  aliases: Record<string, string[]>;
  documents: Record<string, { quotes: { text: string; speakers: string[] }[] }>;
}

/**
 * The seeds' gold (test/fixtures/seeds.gold.json) lists quotations only, by their inner text: each becomes a
 * claim spanning its marks; predictions without any quotation mark are left out of this subset's count.
 */
function loadSeeds(root: string): DocInput[] {
  const goldPath = join(root, 'test/fixtures/seeds.gold.json');
  const dir = join(root, 'seeds');
  if (!existsSync(goldPath) || !existsSync(dir)) return [];
  const sg: SeedsGold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const out: DocInput[] = [];
  for (const [file, d] of Object.entries(sg.documents)) {
    const p = join(dir, file);
    if (!existsSync(p)) continue;
    const text = readFileSync(p, 'utf8');
    const gold: GoldClaim[] = [];
    const taken: Range[] = [];
    for (const q of d.quotes) {
      const inner = q.text.replace(/[\s.,;:!?]+$/, '');
      // the first occurrence right after an opening mark that no earlier gold quote took
      let start = -1;
      for (let at = text.indexOf(inner); at >= 0; at = text.indexOf(inner, at + 1)) {
        if (QUOTE_MARKS.test(text[at - 1] ?? '') && !taken.some((t) => at >= t.start && at < t.end)) {
          start = at;
          break;
        }
      }
      if (start < 0) start = text.indexOf(inner);
      if (start < 0) throw new Error(`seeds gold: ${file}: not found: ${q.text}`);
      let s = start;
      let e = start + inner.length;
      if (QUOTE_MARKS.test(text[s - 1] ?? '')) s--;
      while (e < text.length && /[.,;:!?]/.test(text[e])) e++;
      if (QUOTE_MARKS.test(text[e] ?? '')) e++;
      const names = q.speakers.flatMap((n) => [n, ...(sg.aliases[n] ?? [])]);
      gold.push({ start: s, end: e, text: text.slice(s, e), speaker: q.speakers[0] ?? null, names, anonymous: false });
      taken.push({ start: s, end: e });
    }
    gold.sort((a, b) => a.start - b.start);
    const pred = predictClaims(file, text).filter((c) => !isUnquotedKind(c.kind));
    out.push({ path: `seeds/${file}`, subset: 'seeds (quotes only)', text, gold, pred });
  }
  return out;
}

/** Every *.gold.json under `dir` (recursively), with its text and Byline's predictions. */
export function loadGoldDir(dir: string, root: string): DocInput[] {
  const out: DocInput[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.gold.json')) {
        const gf: GoldFile = JSON.parse(readFileSync(p, 'utf8'));
        const textPath = join(dirname(p), gf.file);
        const text = readFileSync(textPath, 'utf8');
        const rel = relative(root, textPath).split('\\').join('/');
        const gold = readGold(gf, text, relative(root, p));
        const pred = predictClaims(basename(textPath), text);
        const outOfScope = pred.filter((c) => FIXTURE_UNANNOTATED.has(c.kind));
        out.push({ path: rel, subset: gf.source, text, gold, pred: pred.filter((c) => !FIXTURE_UNANNOTATED.has(c.kind)), none: gf.none ?? [], outOfScope });
      }
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Report

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export function formatTable(groups: { name: string; summary: Summary }[]): string {
  const lines: string[] = [];
  const w = [22, 4, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7];
  lines.push(row(['subset', 'docs', 'gold', 'pred', 'P@.3', 'R@.3', 'F1@.3', 'P@.8', 'R@.8', 'F1@.8', 'spk@.3', 'spk@.8'], w));
  for (const { name, summary: s } of groups) {
    const a = s.at['0.3'];
    const b = s.at['0.8'];
    lines.push(row([name, String(s.docs), String(a.gold), String(a.pred), pct(a.precision), pct(a.recall), pct(a.f1), pct(b.precision), pct(b.recall), pct(b.f1), pct(a.speakerAccuracy), pct(b.speakerAccuracy)], w));
  }
  return lines.join('\n');
}

export function formatKinds(s: Summary): string {
  const w = [10, 5, 6, 6];
  const lines = [row(['kind', 'gold', 'R@.3', 'R@.8'], w)];
  for (const k of KINDS) {
    const e = s.kinds[k];
    lines.push(row([k, String(e.gold), pct(e.at['0.3'].recall), pct(e.at['0.8'].recall)], w));
  }
  return lines.join('\n');
}

const clip = (s: string, n = 110): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function speakerLabel(p: PredClaim): string {
  if (p.anonymous) return `anonymous (${p.speakerMention ?? '?'})`;
  return p.speakerNames[0] ?? (p.speakerMention ? `? (${p.speakerMention})` : '?');
}

export function formatVerbose(docs: DocInput[], results: DocResult[], sameSpeaker: SpeakerTest = speakerMatches): string {
  const lines: string[] = [];
  docs.forEach((d, i) => {
    const m = results[i].at['0.3'].matches;
    const strict = new Set(results[i].at['0.8'].matches.map((x) => x.gold));
    const gotG = new Set(m.map((x) => x.gold));
    const gotP = new Set(m.map((x) => x.pred));
    const out: string[] = [];
    d.gold.forEach((g, gi) => {
      if (!gotG.has(gi)) out.push(`  miss [${g.kind ?? '?'}] ${g.anonymous ? 'anonymous' : g.speaker}: ${clip(g.text)}`);
    });
    d.pred.forEach((p, pi) => {
      if (!gotP.has(pi)) out.push(`  false alarm [${p.kind}] ${speakerLabel(p)}: ${clip(p.text)}`);
    });
    for (const n of negativesHit(d, results[i])) out.push(`  non-claim taken for a claim: ${clip(n, 80)}`);
    for (const x of m) {
      const g = d.gold[x.gold];
      const p = d.pred[x.pred];
      if (!sameSpeaker(g, p)) out.push(`  wrong speaker: got ${speakerLabel(p)}, want ${g.anonymous ? 'anonymous' : g.speaker}: ${clip(g.text, 80)}`);
      else if (!strict.has(x.gold)) out.push(`  loose span (${(100 * x.coverage).toFixed(0)} %): gold ${clip(g.text, 60)} | got ${clip(p.text, 60)}`);
    }
    if (out.length) lines.push(`${d.path}`, ...out);
  });
  return lines.join('\n');
}

function main(argv: string[]): number {
  const root = resolve(__dirname, '..');
  let verbose = false;
  let json: string | null = null;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = argv[i + 1] && !argv[i + 1].startsWith('-') ? argv[++i] : '-';
    else if (a.startsWith('--json=')) json = a.slice(7);
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node dist/eval.js [--verbose] [--json [FILE]] [GOLD_DIR...]\n\nScores Byline\'s claims against the gold in test/fixtures/eval (and the seeds\' quotation gold) with the Gender Gap Tracker metric.');
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a}`);
      return 2;
    } else dirs.push(resolve(a));
  }
  const docs: DocInput[] = [];
  for (const d of dirs.length ? dirs : [join(root, 'test/fixtures/eval')]) docs.push(...loadGoldDir(d, root));
  const seeds = dirs.length ? [] : loadSeeds(root);
  const all = [...docs, ...seeds];
  const results = all.map((d) => scoreDocument(d));
  const bySubset = new Map<string, number[]>();
  all.forEach((d, i) => {
    const l = bySubset.get(d.subset) ?? [];
    l.push(i);
    bySubset.set(d.subset, l);
  });
  const pick = (idx: number[]): Summary => summarise(idx.map((i) => all[i]), idx.map((i) => results[i]));
  const groups: { name: string; summary: Summary }[] = [];
  const fixtureIdx = docs.map((_, i) => i);
  for (const [name, idx] of bySubset) groups.push({ name, summary: pick(idx) });
  const overall = pick(fixtureIdx);
  groups.splice(groups.length - (seeds.length ? 1 : 0), 0, { name: 'all fixtures', summary: overall });

  if (json !== null) {
    const data = {
      metric: 'GGT: gold covered by > threshold of its characters by one prediction; one-to-one greedy; speaker by canonical name or gold alias',
      thresholds: THRESHOLDS,
      subsets: Object.fromEntries(groups.map((g) => [g.name, g.summary])),
      documents: all.map((d, i) => ({ path: d.path, subset: d.subset, ...Object.fromEntries(THRESHOLDS.map((t) => [String(t), figures(results[i].at[String(t)].counts)])) })),
    };
    const s = JSON.stringify(data, null, 2);
    if (json === '-') console.log(s);
    else writeFileSync(json, s + '\n');
    if (json === '-') return 0;
  }
  console.log('Byline claims: GGT metric (a gold claim is found when one prediction covers > 30 % / > 80 % of it; one-to-one)');
  console.log(formatTable(groups));
  console.log('');
  console.log(`recall by gold kind (all fixtures; matched kinds agree ${overall.kindAgreement.same}/${overall.kindAgreement.matched})`);
  console.log(formatKinds(overall));
  console.log(`listed non-claims (scare quotes, titles, terms) predicted as claims: ${overall.negatives.predicted} of ${overall.negatives.listed}`);
  const unscored = docs.flatMap((d) => d.outOfScope ?? []);
  if (unscored.length) console.log(`stance and belief claims, not annotated in the fixtures, not scored: ${unscored.length}`);
  if (verbose) {
    console.log('');
    console.log(formatVerbose(all, results));
    for (const d of docs) for (const c of d.outOfScope ?? []) console.log(`  unscored [${c.kind}] ${d.path}: ${c.speakerMention ?? '?'}: ${c.text.slice(0, 100)}`);
  }
  return 0;
}

// run only as dist/eval.js (not when a test or script loads the bundle for its functions)
if (/(^|[\\/])eval\.js$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
