#!/usr/bin/env node
// Development signal on PolNeAR (political news attributions, US outlets 2016; github.com/networkdynamics/PolNeAR):
// Byline's claims scored against the TRAIN split only, with the same metric as `npm run eval`.
//   node scripts/polnear-eval.mjs PATH_TO_POLNEAR [--part even|odd] [--speakers] [--verbose N] [--json FILE]
// --part (or --half) keeps the even- or odd-numbered articles (0-based, in file-name order): study errors on one
// half, report the other half's figures too; --speakers limits --verbose output to wrong speakers (by the
// name-head test).
// PATH_TO_POLNEAR is a checkout (or extracted archive) holding data/train/{text,attributions}, or a git directory
// of the repository (read with `git archive` into a temporary folder). The dev and test splits are never read:
// PolNeAR's README reserves them. Nothing of PolNeAR is written into this repository.
//
// Gold: every attribution of the article's annotator (the alphabetically first one when several annotated it) with
// a content span; the content (discontinuous pieces kept apart) is the claim, the annotated source text the speaker.
// PolNeAR annotates beliefs and intentions too ("thinks", "wants"), so figures are also given for attributions
// whose cue holds a verb or noun of speech. Speakers are compared loosely: the head word of the annotated source
// (its last word that is not a function word) must appear in Byline's speaker mention or in a name of the
// resolved speaker.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnn } from './brat.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(msg) {
  if (msg) console.error(msg);
  console.error('Usage: node scripts/polnear-eval.mjs PATH_TO_POLNEAR [--part even|odd] [--speakers] [--verbose N] [--json FILE]');
  process.exit(2);
}

const args = process.argv.slice(2);
let source = null;
let verbose = 0;
let jsonOut = null;
let part = null;
let speakersOnly = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--verbose' || a === '-v') verbose = /^\d+$/.test(args[i + 1] ?? '') ? Number(args[++i]) : 20;
  else if (a === '--json') jsonOut = args[++i] ?? usage('--json needs a file');
  else if (a === '--part' || a === '--half') {
    part = args[++i];
    if (part !== 'even' && part !== 'odd') usage('--part takes even or odd');
  }
  else if (a === '--speakers') speakersOnly = true;
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else source = resolve(a);
}
if (!source) usage();

// Byline's core and the metric, from the eval bundle (built if missing or older than the sources)
const bundle = join(ROOT, 'dist', 'eval.js');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(join(ROOT, 'src', 'measure', 'eval.ts')).mtimeMs) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const ev = createRequire(import.meta.url)(bundle);

// the train split, from a checkout or a git directory
let dataDir = join(source, 'data', 'train');
let cleanup = null;
if (!existsSync(join(dataDir, 'text'))) {
  const isGit = existsSync(join(source, 'HEAD')) && existsSync(join(source, 'objects'));
  if (!isGit) usage(`${source}: no data/train/text and not a git directory`);
  const tmp = mkdtempSync(join(tmpdir(), 'polnear-train-'));
  const ar = spawnSync('git', ['--git-dir', source, 'archive', 'HEAD', 'data/train/text', 'data/train/attributions'], { maxBuffer: 1 << 30 });
  if (ar.status !== 0) usage(`git archive failed: ${ar.stderr}`);
  const tar = spawnSync('tar', ['-x', '-C', tmp], { input: ar.stdout });
  if (tar.status !== 0) usage(`tar failed: ${tar.stderr}`);
  dataDir = join(tmp, 'data', 'train');
  cleanup = tmp;
}


const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'on', 'to', 'and', 'or', 'who', 'that', 'which', 'with', 'from', 'by', 's', 'jr', 'sr']);
const words = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean);
function head(s) {
  const w = words(s).filter((x) => !STOP.has(x));
  return w.length ? w[w.length - 1] : null;
}
/** loose speaker test: the gold source's head word among the predicted mention's or speaker names' words */
function looseSpeaker(gold, pred) {
  const h = gold.names[0] ? head(gold.names[0]) : null;
  if (!h) return false;
  const have = new Set([...(pred.speakerMention ? words(pred.speakerMention) : []), ...pred.speakerNames.flatMap(words)]);
  return have.has(h);
}

/**
 * The same test on the source's name part: parentheticals ("(D-Mo.)") dropped and an apposition or relative clause
 * after a comma cut ("Ada Lorn, a senior Green data adviser," -> "Ada Lorn"), so that a speaker given
 * by name is not judged by the head of its description.
 */
function nameHead(source) {
  let s = source.replace(/\([^)]*\)?/g, ' ');
  const m = /^(.*?\p{Lu}.*?),\s+(?:a|an|the|who|whose|which|one|another|both|then|now|\d|\p{Ll})/u.exec(s);
  if (m) s = m[1];
  return head(s);
}
function nameSpeaker(gold, pred) {
  const h = gold.names[0] ? nameHead(gold.names[0]) : null;
  if (!h) return false;
  const have = new Set([...(pred.speakerMention ? words(pred.speakerMention) : []), ...pred.speakerNames.flatMap(words)]);
  return have.has(h);
}

// cues of speech (an independent list, not Byline's lexicon): verbs and nouns of saying, telling, writing
const SPEECH = /\b(said|says|say|saying|told|tell|tells|telling|claim\w*|argu\w*|add\w*|stat\w*|warn\w*|insist\w*|announc\w*|explain\w*|report\w*|wr[io]te|writ\w*|tweet\w*|post\w*|declar\w*|assert\w*|acknowledg\w*|admit\w*|deni\w*|deny\w*|accus\w*|charg\w*|suggest\w*|not\w*|predict\w*|promis\w*|vow\w*|pledg\w*|confirm\w*|recall\w*|repl\w*|respond\w*|comment\w*|describ\w*|call\w*|quot\w*|according|statement|interview\w*|ask\w*|urg\w*|conced\w*|contend\w*|maintain\w*|mention\w*|remark\w*|testif\w*|complain\w*|criticiz\w*|criticis\w*|prais\w*|boast\w*|joke\w*|quipp?\w*|shout\w*|sa?id)\b/i;

// quotation marks: straight and curly double quotes, and two apostrophes ('') as some archives write them
function kindOf(content) {
  const t = content.trim().replace(/''/g, '"');
  if (!/["“”]/.test(t)) return 'indirect';
  const inner = t.replace(/^["“]/, '').replace(/["”][.,]?$/, '');
  if (/^["“]/.test(t) && /["”][.,]?$/.test(t) && !/["“”]/.test(inner)) return 'direct';
  return 'mixed';
}

const textDir = join(dataDir, 'text');
const annDir = join(dataDir, 'attributions');
const anns = new Map();
for (const f of readdirSync(annDir).sort()) {
  const m = /^(.*)_([0-9a-f]{4})\.ann$/.exec(f);
  if (!m) continue;
  if (!anns.has(m[1])) anns.set(m[1], f); // sorted: the alphabetically first annotator wins
}

const docsAll = [];
const docsSpeech = [];
let mismatches = 0;
let skipped = 0;
const t0 = Date.now();
let articleNo = -1;
for (const f of readdirSync(textDir).sort()) {
  if (!f.endsWith('.txt')) continue;
  articleNo++;
  if (part && (articleNo % 2 === 0) !== (part === 'even')) continue;
  const base = f.slice(0, -4);
  const annFile = anns.get(base);
  if (!annFile) {
    skipped++;
    continue;
  }
  const text = readFileSync(join(textDir, f), 'utf8');
  const { spans, events } = parseAnn(readFileSync(join(annDir, annFile), 'utf8'));
  const gold = [];
  for (const ev of events) {
    const contentIds = [...(ev.Content ?? []), ...(ev.Content2 ?? [])];
    const parts = contentIds.flatMap((id) => spans.get(id)?.parts ?? []).filter(([s, e]) => e > s && e <= text.length).sort((x, y) => x[0] - y[0]);
    if (!parts.length) continue;
    const src = (ev.Source ?? []).map((id) => spans.get(id)).filter(Boolean);
    const srcText = src.map((s) => s.parts.map(([a, b]) => text.slice(a, b)).join(' ')).join(' ');
    const cue = (ev.Cue ?? []).map((id) => spans.get(id)).filter(Boolean).map((s) => s.parts.map(([a, b]) => text.slice(a, b)).join(' ')).join(' ');
    const contentText = parts.map(([a, b]) => text.slice(a, b)).join(' ');
    if (!contentText.trim()) {
      mismatches++;
      continue;
    }
    gold.push({ start: parts[0][0], end: parts[parts.length - 1][1], parts, text: contentText, kind: kindOf(contentText), speaker: srcText || null, names: srcText ? [srcText] : [], anonymous: false, cue });
  }
  gold.sort((a, b) => a.start - b.start);
  const pred = ev.predictClaims(f, text);
  docsAll.push({ path: base, subset: 'PolNeAR train', text, gold, pred });
  docsSpeech.push({ path: base, subset: 'PolNeAR train, speech cues', text, gold: gold.filter((g) => SPEECH.test(g.cue)), pred });
}
const seconds = (Date.now() - t0) / 1000;

function run(docs, test = looseSpeaker) {
  const results = docs.map((d) => ev.scoreDocument(d, test));
  return { results, summary: ev.summarise(docs, results) };
}
const all = run(docsAll);
const speech = run(docsSpeech);
const pct = (x) => (100 * x).toFixed(1);
console.log(`PolNeAR train split${part ? ` (${part}-numbered articles)` : ''}: ${docsAll.length} articles (${skipped} without annotations), ${seconds.toFixed(1)} s`);
console.log(ev.formatTable([{ name: 'all attributions', summary: all.summary }]));
// precision against the speech-cue subset alone would count Byline's other true attributions as false alarms,
// so that subset reports recall and speaker accuracy only
const sp = speech.summary.at;
console.log(`speech cues only: ${sp['0.3'].gold} attributions, R@.3 ${pct(sp['0.3'].recall)}, R@.8 ${pct(sp['0.8'].recall)}, speaker@.3 ${pct(sp['0.3'].speakerAccuracy)}`);
// unquoted attributions: recall of gold content without quotation marks, precision of the predictions that are not
// quotations (reported speech and the typed claims: stance, belief, evidence), matched against any gold attribution
const QUOTED = new Set(['direct', 'partial', 'mixed']);
let unqPred = 0;
let unqHit = 0;
docsAll.forEach((d, i) => {
  const used = new Set(all.results[i].at['0.3'].matches.map((m) => m.pred));
  d.pred.forEach((p, j) => {
    if (QUOTED.has(p.kind)) return;
    unqPred++;
    if (used.has(j)) unqHit++;
  });
});
const unqR = all.summary.kinds.indirect?.at['0.3']?.recall ?? 0;
const byKind = {};
for (const d of docsAll) for (const p of d.pred) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
console.log(`unquoted attributions: R@.3 ${pct(unqR)} of ${all.summary.kinds.indirect?.gold ?? 0}; unquoted predictions ${unqPred}, P@.3 ${pct(unqPred ? unqHit / unqPred : 0)}`);
console.log(`predictions by kind: ${Object.entries(byKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
const spn = run(docsSpeech, nameSpeaker).summary.at;
const alln = run(docsAll, nameSpeaker).summary.at;
console.log(`speaker@.3 by the source's name head (parentheticals and appositions cut): speech cues ${pct(spn['0.3'].speakerAccuracy)}, all ${pct(alln['0.3'].speakerAccuracy)}`);
console.log('');
console.log('recall by gold kind (all attributions; "direct" = content wholly quoted, "mixed" = partly)');
console.log(ev.formatKinds(all.summary));
console.log('speaker: head word of the annotated source in Byline\'s speaker mention or speaker names');

if (verbose > 0) {
  // a sample of misses and false alarms, for development on this machine only
  let lines = ev.formatVerbose(docsSpeech, speech.results, speakersOnly ? nameSpeaker : looseSpeaker).split('\n');
  if (speakersOnly) lines = lines.filter((l) => !l.startsWith('  ') || l.startsWith('  wrong speaker')).filter((l, i, a) => l.startsWith('  ') || a[i + 1]?.startsWith('  '));
  console.log('');
  console.log(lines.slice(0, verbose * 4).join('\n'));
}
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ articles: docsAll.length, all: all.summary, speechCues: speech.summary }, null, 2) + '\n');
}
if (mismatches) console.error(`${mismatches} attributions with empty content skipped`);
if (cleanup) rmSync(cleanup, { recursive: true, force: true });
