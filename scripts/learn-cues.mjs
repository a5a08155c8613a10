#!/usr/bin/env node
// Learns typed-claim cue verbs from PolNeAR's train split (even-numbered articles only; the odd half is held out
// for scoring) and writes src/core/data/learned-cues.json. Not run by the build or CI: run it by hand with a local
// checkout (or an extracted archive) of github.com/networkdynamics/PolNeAR:
//   node scripts/learn-cues.mjs PATH_TO_POLNEAR [--min-cue N] [--min-precision P] [--folds] [--fold 0|1] [--out FILE]
// What is written is a table of lemmas with counts (a model): no sentence, span or word sequence of PolNeAR.
//
// Method. Every word of the even half is tokenised; a verb form is read by its next word(s) as one of the
// frames the typed-claim rules use: "that" (a clause), "to" + a verb (an infinitive), a determiner, possessive,
// number or capitalised word (a noun-phrase object), or a preposition (a phrasal cue "lemma prep" with a noun
// phrase). The word before must not be a determiner or a possessive (a noun, not a verb: "the support for").
// Each such position counts once for its (lemma, frame); it is a hit when the word lies inside a gold attribution's
// cue span (the alphabetically first annotator, as scripts/polnear-eval.mjs scores) and that attribution's content
// starts where the frame reads it (within the two words after the cue and its adverbs). Forms are grouped into
// lemmas by the regular inflections typedCues.ts generates (the lemma whose forms cover most of the forms seen).
// Kept: (lemma, frame) pairs with at least --min-cue cue occurrences and cue precision >= --min-precision, whose
// lemma is not already a reporting verb of cues.json, a typed cue of typedCues.ts or a linking verb. --folds
// reports a two-fold split of the even half (select on one fold, measure the other) for a grid of thresholds;
// --fold K learns from one fold alone, to score the system on the other.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let source = null;
let minCue = 4;
let minP = 0.5;
let folds = false;
/** --fold K: learn from that fold of the even half only (0 or 1; articles alternate), to score on the other */
let onlyFold = -1;
/** --keep-known: keep lemmas of the hand-written lexicons too (to study their frames; not for the committed file) */
let keepKnown = false;
let out = join(ROOT, 'src', 'core', 'data', 'learned-cues.json');
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--min-cue') minCue = Number(args[++i]);
  else if (a === '--min-precision') minP = Number(args[++i]);
  else if (a === '--folds') folds = true;
  else if (a === '--fold') onlyFold = Number(args[++i]);
  else if (a === '--keep-known') keepKnown = true;
  else if (a === '--out') out = resolve(args[++i]);
  else source = resolve(a);
}
if (!source) {
  console.error('Usage: node scripts/learn-cues.mjs PATH_TO_POLNEAR [--min-cue N] [--min-precision P] [--folds] [--fold 0|1] [--out FILE]');
  process.exit(2);
}

let dataDir = join(source, 'data', 'train');
let cleanup = null;
if (!existsSync(join(dataDir, 'text'))) {
  const tmp = mkdtempSync(join(tmpdir(), 'polnear-train-'));
  const ar = spawnSync('git', ['--git-dir', source, 'archive', 'HEAD', 'data/train/text', 'data/train/attributions'], { maxBuffer: 1 << 30 });
  if (ar.status !== 0) throw new Error(`git archive failed: ${ar.stderr}`);
  spawnSync('tar', ['-x', '-C', tmp], { input: ar.stdout });
  dataDir = join(tmp, 'data', 'train');
  cleanup = tmp;
}

const DET = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'some', 'any', 'no', 'every', 'each', 'all', 'both']);
const POSS_BEFORE = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'whose', "'s", '’s', 'of', 'to']);
const PREPS = new Set(['about', 'of', 'on', 'for', 'against', 'with', 'to', 'over', 'at', 'into', 'from', 'in']);
const FUNCTION = new Set([...DET, ...PREPS, 'and', 'or', 'but', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would',
  'could', 'can', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'as', 'by', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'him', 'them', 'us', 'me', 'who', 'which', 'what', 'when', 'where', 'how', 'why', 'there', 'here', 'so', 'if', 'than', 'then', 'also',
  'just', 'more', 'most', 'up', 'out', 'new', 'said', 'says', 'say']);
/**
 * Linking and raising verbs ("seems to", "appeared to", "sounds like", "proved to"): an evidential frame whose
 * subject holds no claim, and catenatives that typedCues.ts already reads through to the verb after "to".
 */
const LINKING = ['seem', 'appear', 'look', 'sound', 'prove', 'become', 'remain', 'continue', 'begin', 'start', 'try', 'tend', 'move', 'use', 'come', 'go', 'accord'];

const cuesJson = JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'data', 'cues.json'), 'utf8'));
const KNOWN = new Set([...Object.keys(cuesJson.verbs ?? {}), ...LINKING]);
// the typed cues already written by hand (typedCues.ts: "['lemma', 'kind'" entries, adjectives and nouns alike)
for (const m of readFileSync(join(ROOT, 'src', 'core', 'typedCues.ts'), 'utf8').matchAll(/\['([a-z]+)(?: [a-z]+)?', '(?:stance|belief|evidence|indirect)'/g)) KNOWN.add(m[1]);
/** Irregular forms -> lemma: the cue verbs' table, and a few common irregular verbs of opinion and speech. */
const IRREGULAR = new Map();
for (const line of readFileSync(join(ROOT, 'scripts', 'lexicon', 'irregular-verbs.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [lemma, ...fs] = line.split('\t');
  for (const f of fs) if (f && f !== lemma) IRREGULAR.set(f, lemma);
}
for (const [f, l] of [['told', 'tell'], ['wrote', 'write'], ['written', 'write'], ['knew', 'know'], ['known', 'know'], ['found', 'find'], ['sought', 'seek'],
  ['thought', 'think'], ['felt', 'feel'], ['saw', 'see'], ['seen', 'see'], ['said', 'say'], ['made', 'make'], ['took', 'take'], ['taken', 'take'],
  ['gave', 'give'], ['given', 'give'], ['got', 'get'], ['gotten', 'get'], ['held', 'hold'], ['kept', 'keep'], ['meant', 'mean'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['stood', 'stand'], ['fought', 'fight'], ['led', 'lead'], ['put', 'put'], ['set', 'set'], ['laid', 'lay'], ['came', 'come'],
  ['went', 'go'], ['gone', 'go'], ['brought', 'bring'], ['taught', 'teach'], ['understood', 'understand'], ['chose', 'choose'], ['chosen', 'choose']]) IRREGULAR.set(f, l);
const COPULA = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'remain', 'remains', 'remained', 'seem',
  'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'became', 'becomes', 'felt', 'feel', 'feels', 'stayed']);
const DEGREE = new Set(['very', 'so', 'too', 'more', 'less', 'most', 'not', 'also', 'still', 'quite', 'rather', 'deeply', 'highly', 'openly', 'sharply',
  'publicly', 'always', 'never', 'now', 'already', 'clearly', 'particularly', 'increasingly', 'equally', 'far', 'much']);

/** Regular forms of a verb lemma, as typedCues.ts generates them (no consonant doubling list: both tried). */
function forms(verb) {
  if (/[^aeiou]y$/.test(verb)) return [verb, verb.slice(0, -1) + 'ies', verb.slice(0, -1) + 'ied', verb + 'ing'];
  if (/e$/.test(verb)) return [verb, verb + 's', verb + 'd', verb.slice(0, -1) + 'ing'];
  const out = [verb, /(s|sh|ch|x|z|o)$/.test(verb) ? verb + 'es' : verb + 's', verb + 'ed', verb + 'ing'];
  // a final consonant after one vowel may double ("admitted", "slammed"): both spellings
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) out.push(verb + verb.slice(-1) + 'ed', verb + verb.slice(-1) + 'ing');
  return out;
}
function lemmaCandidates(f) {
  const c = new Set([f]);
  for (const [suf, rep] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']]) {
    if (f.endsWith(suf) && f.length - suf.length >= 3) c.add(f.slice(0, -suf.length) + rep);
  }
  for (const suf of ['ed', 'ing']) if (f.endsWith(suf) && /([bdgklmnprt])\1$/.test(f.slice(0, -suf.length))) c.add(f.slice(0, -suf.length - 1));
  return [...c].filter((l) => forms(l).includes(f));
}

/** Each attribution's cue pieces and where its content starts. */
function parseAnn(src) {
  const spans = new Map();
  const out = [];
  for (const line of src.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) spans.set(t[1], { type: t[2], parts: t[3].split(';').map((p) => p.trim().split(/\s+/).map(Number)) });
  }
  for (const line of src.split('\n')) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const cue = [];
    let content = Infinity;
    for (const kv of e[1].trim().split(/\s+/)) {
      const [k, v] = kv.split(':');
      if (!spans.has(v)) continue;
      if (k === 'Cue') cue.push(...spans.get(v).parts);
      if (k.startsWith('Content')) for (const [a] of spans.get(v).parts) content = Math.min(content, a);
    }
    out.push({ cue, content });
  }
  return out;
}

const textDir = join(dataDir, 'text');
const annDir = join(dataDir, 'attributions');
const annOf = new Map();
for (const f of readdirSync(annDir).sort()) {
  const m = /^(.*)_([0-9a-f]{4})\.ann$/.exec(f);
  if (m && !annOf.has(m[1])) annOf.set(m[1], f);
}

/** Per fold: key "lemma\tframe" -> [cue, total]; and form counts for lemmatising. */
const stats = [new Map(), new Map()];
const formSeen = new Map();
/** Every word's frequency in the half (to lemmatise), and per form how often it stands after a copula. */
const freq = new Map();
const afterCop = new Map();
let articleNo = -1;
let evenNo = 0;
for (const f of readdirSync(textDir).sort()) {
  if (!f.endsWith('.txt')) continue;
  articleNo++;
  if (articleNo % 2 !== 0) continue; // the even half only
  const fold = evenNo++ % 2;
  const base = f.slice(0, -4);
  if (!annOf.has(base)) continue;
  const text = readFileSync(join(textDir, f), 'utf8');
  // per character of a cue: where its attribution's content starts (the first content after the cue when several)
  const contentAt = new Float64Array(text.length + 1).fill(-1);
  for (const { cue, content } of parseAnn(readFileSync(join(annDir, annOf.get(base)), 'utf8'))) {
    for (const [a, b] of cue) for (let k = a; k < b && k < text.length; k++) if (contentAt[k] < 0 || (content > k && content < contentAt[k])) contentAt[k] = content;
  }
  const toks = [];
  for (const m of text.matchAll(/[A-Za-z]+(?:['’][a-z]+)?|\d[\d,.]*|[^\sA-Za-z\d]/g)) toks.push({ w: m[0], l: m[0].toLowerCase(), s: m.index, cap: /^[A-Z]/.test(m[0]) });
  for (const t of toks) if (!t.cap) freq.set(t.l, (freq.get(t.l) ?? 0) + 1);
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.cap || !/^[a-z]{3,}$/.test(t.l) || FUNCTION.has(t.l)) continue;
    const p = toks[i - 1];
    if (POSS_BEFORE.has(p.l) || /^[.!?;:"“”(]$/.test(p.w)) continue;
    let j = i + 1;
    while (j < toks.length && /ly$/.test(toks[j].l) && toks[j].l.length > 4) j++;
    const n = toks[j];
    const n2 = toks[j + 1];
    if (!n) continue;
    let frame = null;
    if (n.l === 'that') frame = 'c';
    else if (n.l === 'to' && n2 && /^[a-z]+$/.test(n2.w) && !DET.has(n2.l)) frame = 't';
    else if (PREPS.has(n.l) && n.l !== 'to' && n2 && (DET.has(n2.l) || n2.cap || /^\d/.test(n2.w))) frame = 'p:' + n.l;
    else if (DET.has(n.l) && n.l !== 'that' || (n.cap && n.w.length > 1) || /^\d/.test(n.w)) frame = 'n';
    if (!frame) continue;
    let b = i - 1;
    while (b > 0 && DEGREE.has(toks[b].l)) b--;
    const cop = COPULA.has(toks[b].l) ? 1 : 0;
    const ac = afterCop.get(t.l) ?? [0, 0];
    ac[0] += cop;
    ac[1]++;
    afterCop.set(t.l, ac);
    // a cue whose content is what the frame reads: it starts within the frame's first words after the cue
    // ("issued a statement" is a cue whose content lies elsewhere: no use to a frame that claims the object)
    const c0 = contentAt[t.s];
    const hit = c0 > t.s && c0 <= (toks[j + 2]?.s ?? Infinity) ? 1 : 0;
    const key = `${t.l}\t${frame}`;
    const s = stats[fold].get(key) ?? [0, 0];
    s[0] += hit;
    s[1]++;
    stats[fold].set(key, s);
    if (hit) formSeen.set(t.l, (formSeen.get(t.l) ?? 0) + 1);
  }
}

/** The lemma of a form: the candidate whose regular forms were seen as cues most often. */
function lemmaOf(f) {
  if (IRREGULAR.has(f)) return IRREGULAR.get(f);
  let best = null;
  let bestScore = -1;
  for (const l of lemmaCandidates(f)) {
    if (FUNCTION.has(l) && l !== f) continue;
    // the other forms seen anywhere in the half, the bare lemma counting double (a stem never written alone is no lemma)
    const score = forms(l).reduce((a, x) => a + (x === f ? 0 : freq.get(x) ?? 0), 0) + (l === f ? 0 : freq.get(l) ?? 0);
    // on a tie an inflection's stem beats the form itself ("bemoaned" -> "bemoan")
    // … and between two stems unseen, the "-e" one after a letter English words rarely end on ("authoriz",
    // "pronounc") or a short closed syllable ("chid")
    const eStem = best && best !== f && l === best + 'e' && /([czvu]|^[^aeiou]+[aeiou][^aeiou])$/.test(best);
    if (score > bestScore || (score === bestScore && (best === f || eStem))) { best = l; bestScore = score; }
  }
  return best;
}
function byLemma(m) {
  const o = new Map();
  for (const [key, [c, n]] of m) {
    const [f, frame] = key.split('\t');
    if (!/(s|ed|ing)$/.test(f) && lemmaCandidates(f).length === 1 && !formSeen.has(f) && c === 0) continue;
    let l = lemmaOf(f);
    if (!l) continue;
    // an adjective keeps its own form ("convinced that", not "convince")
    const cls = wordClass(f, l);
    if (cls === 'a') l = f;
    if (KNOWN.has(l) && !(keepKnown && !LINKING.includes(l))) continue;
    const k = `${l}\t${frame}\t${cls}`;
    const s = o.get(k) ?? [0, 0];
    s[0] += c;
    s[1] += n;
    o.set(k, s);
  }
  return o;
}
/**
 * The word class of a form: 'a' an adjective (mostly after a copula, and not a participle of a verb with a past),
 * 'v' a verb (an inflected form, or a lemma whose -ed or irregular past is written in the half), else 'n' a noun.
 */
function wordClass(f, l) {
  const ac = afterCop.get(f) ?? [0, 1];
  if (ac[0] / ac[1] >= 0.5 && !/ing$/.test(f)) return 'a';
  if (IRREGULAR.has(f) || f !== l) return 'v';
  const past = forms(l).filter((x) => /ed$/.test(x));
  return past.some((x) => (freq.get(x) ?? 0) >= 2) ? 'v' : 'n';
}
const merged = new Map();
for (const m of onlyFold >= 0 ? [stats[onlyFold]] : stats) for (const [k, [c, n]] of m) { const s = merged.get(k) ?? [0, 0]; s[0] += c; s[1] += n; merged.set(k, s); }

if (folds) {
  const [A, B] = stats.map(byLemma);
  for (const [mc, mp] of [[2, 0.4], [3, 0.4], [3, 0.5], [4, 0.5], [3, 0.6], [5, 0.5], [4, 0.6], [6, 0.6], [3, 0.7], [5, 0.7]]) {
    let kept = 0;
    let cue = 0;
    let tot = 0;
    for (const [train, test] of [[A, B], [B, A]]) {
      for (const [k, [c, n]] of train) {
        if (c < mc || c / n < mp) continue;
        kept++;
        const t = test.get(k) ?? [0, 0];
        cue += t[0];
        tot += t[1];
      }
    }
    console.log(`min-cue ${mc} min-precision ${mp}: ${kept / 2} entries a fold; on the other fold ${cue} cue positions of ${tot}, precision ${(100 * cue / Math.max(1, tot)).toFixed(1)} %`);
  }
}

const all = byLemma(merged);
const entries = [...all].filter(([, [c, n]]) => c >= minCue && c / n >= minP).map(([k, [c, n]]) => {
  const [lemma, frame, cls] = k.split('\t');
  return [lemma, cls, frame, c, n];
}).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[2] < y[2] ? -1 : 1));
const outJson = {
  about: 'Typed-claim cue verbs learned by scripts/learn-cues.mjs from the even-numbered articles of PolNeAR\'s train split '
    + `(github.com/networkdynamics/PolNeAR): (lemma, frame) pairs seen at least ${minCue} times as a gold attribution's cue whose content starts where `
    + `the frame reads it, in >= ${minP} of their positions (thresholds chosen on a two-fold split of the even half); lemmas of cues.json, of typedCues.ts `
    + 'and linking verbs left out. Rebuild: node scripts/learn-cues.mjs PATH_TO_POLNEAR --min-cue 3 --min-precision 0.5. Word class: v = verb, a = adjective after a copula, n = noun. Frames: c = + that-clause, t = + to-infinitive, n = + noun-phrase object, p:PREP = + preposition and noun phrase. '
    + 'Columns: lemma, word class, frame, cue count, count of the positions. No text of PolNeAR is stored.',
  minCue,
  minPrecision: minP,
  cues: entries,
};
writeFileSync(out, JSON.stringify(outJson).replace(/\],\[/g, '],\n[') + '\n');
console.log(`${entries.length} (lemma, frame) pairs, ${new Set(entries.map((e) => e[0])).size} lemmas -> ${out}`);
if (cleanup) rmSync(cleanup, { recursive: true, force: true });
