#!/usr/bin/env node
// Issue 14's experiment: a token-level model of attribution cues, trained on PolNeAR's train split, EVEN-numbered
// articles only (0-based, in file-name order, as scripts/polnear-eval.mjs numbers them), tuned by cross-validation
// inside that half. It did not pass its gate (README, "How well it finds claims"), so the product does not use it;
// this script records how it was built and measured. Not run by the build or CI: run by hand with a local checkout
// (or an extracted archive) of github.com/networkdynamics/PolNeAR:
//   node scripts/train-attrib.mjs PATH_TO_POLNEAR [--folds K] [--epochs N] [--bits B] [--l2 X] [--all-sentences]
//        [--no-known-cue] [--odd-once] [--curve FILE] [--out FILE]
// --out writes the weights (Int16 by hashed feature, base64; a model, no sentence, span or word sequence of PolNeAR).
//
// Method. Every lower-case word that is not a cue of speech Byline knows (scripts/attrib-features.ts, candidateHashes)
// is a candidate cue; it is a positive when it lies inside the cue span of a gold attribution (the alphabetically
// first annotator, as polnear-eval scores). Features: featureHashes (word, suffixes, shape, neighbours within two,
// word classes around it, Byline's cue lexicons, commas, distance to the sentence's ends, "that"/"to" after, a
// capitalised or pronoun subject before). Logistic regression, AdaGrad, L2, trained on the sentences where the rules
// found no claim (--all-sentences: every sentence). --folds K: a K-fold cross-validation by article inside the even
// half, measured as the product would use the model: in each sentence where Byline's rules found no claim and that
// holds no quotation mark (--no-known-cue: and no cue the rules know), the best-scoring candidate above a threshold is
// a cue and contentSpan its content; a new claim is right when it covers more than 30 % of a gold attribution the
// rules did not find (one claim per gold). --odd-once trains on the whole even half and reports the same curve on
// the odd half: to be run once, at the end.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnn } from './brat.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let source = null;
let folds = 0;
let epochs = 4;
let bits = 18;
let l2 = 1e-6;
let out = null;
/** train on the sentences the rules left alone only (where the model is used); --all-sentences: on every sentence */
let freeOnly = true;
/** --no-known-cue: the model reads only sentences without a cue the rules know (sentenceHasCue) */
let knownCueFree = false;
/** --odd-once: train on the whole even half, report the curve on the odd half (to be run once, at the end) */
let oddOnce = false;
let dumpCurve = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--folds') folds = Number(args[++i]);
  else if (a === '--epochs') epochs = Number(args[++i]);
  else if (a === '--bits') bits = Number(args[++i]);
  else if (a === '--l2') l2 = Number(args[++i]);
  else if (a === '--all-sentences') freeOnly = false;
  else if (a === '--no-known-cue') knownCueFree = true;
  else if (a === '--odd-once') oddOnce = true;
  else if (a === '--out') out = resolve(args[++i]);
  else if (a === '--curve') dumpCurve = resolve(args[++i]);
  else source = resolve(a);
}
if (!source || !existsSync(join(source, 'data', 'train', 'text'))) {
  console.error('Usage: node scripts/train-attrib.mjs PATH_TO_POLNEAR (holding data/train/{text,attributions}) [--folds K] [--epochs N] [--bits B] [--l2 X] [--all-sentences] [--no-known-cue] [--odd-once] [--curve FILE] [--out FILE]');
  process.exit(2);
}

// the core's tokenizer, Byline's claims (the rules) and the model's features, bundled from the sources
const bundleFile = join(tmpdir(), `byline-attrib-train-${process.pid}.cjs`);
await build({
  stdin: { contents: "export { tokenize } from './src/core/text'; export * from './scripts/attrib-features'; export { predictClaims } from './src/measure/eval';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile: bundleFile, logLevel: 'warning',
});
const req = createRequire(import.meta.url);
const core = req(bundleFile);
rmSync(bundleFile, { force: true });
const ev = core;


const dataDir = join(source, 'data', 'train');
const anns = new Map();
for (const f of readdirSync(join(dataDir, 'attributions')).sort()) {
  const m = /^(.*)_([0-9a-f]{4})\.ann$/.exec(f);
  if (m && !anns.has(m[1])) anns.set(m[1], f);
}
const QUOTED = new Set(['direct', 'partial', 'mixed']);
const mask = (1 << bits) - 1;
const docs = [];
let articleNo = -1;
const t0 = Date.now();
for (const f of readdirSync(join(dataDir, 'text')).sort()) {
  if (!f.endsWith('.txt')) continue;
  articleNo++;
  if (articleNo % 2 !== 0 && !oddOnce) continue; // the even half only, unless --odd-once
  const base = f.slice(0, -4);
  const annFile = anns.get(base);
  if (!annFile) continue;
  const text = readFileSync(join(dataDir, 'text', f), 'utf8');
  const { spans, events } = parseAnn(readFileSync(join(dataDir, 'attributions', annFile), 'utf8'));
  const gold = [];
  const cueChars = new Uint8Array(text.length + 1);
  for (const e of events) {
    const parts = [...(e.Content ?? []), ...(e.Content2 ?? [])].flatMap((id) => spans.get(id)?.parts ?? []).filter(([s, t]) => t > s && t <= text.length);
    if (!parts.length) continue;
    const ct = parts.map(([a, b]) => text.slice(a, b)).join(' ');
    if (!ct.trim()) continue;
    gold.push({ parts, len: parts.reduce((n, [a, b]) => n + b - a, 0), quoted: /["“”]|''/.test(ct) });
    for (const id of e.Cue ?? []) for (const [a, b] of spans.get(id)?.parts ?? []) for (let k = a; k < b && k < text.length; k++) cueChars[k] = 1;
  }
  const pred = ev.predictClaims(f, text);
  const tz = core.tokenize(text);
  const { tokens } = tz;
  // sentences the rules left alone: no claim overlaps them, no quotation mark inside
  const sents = [];
  for (const s of tz.sentences) {
    const so = tokens[s.a].s;
    const eo = tokens[s.b - 1].e;
    const free = !pred.some((p) => p.start < eo && p.end > so) && !tokens.slice(s.a, s.b).some((t) => /["“”]/.test(t.w)) ;
    const hasCue = core.sentenceHasCue(tokens, s.a, s.b);
    const cands = [];
    for (let i = s.a; i < s.b; i++) {
      const feats = core.candidateHashes(tokens, i, s.a, s.b);
      if (!feats) continue;
      cands.push({ i, feats, y: cueChars[tokens[i].s] ? 1 : 0 });
    }
    sents.push({ a: s.a, b: s.b, free: free && !(knownCueFree && hasCue), cands });
  }
  const cover = (g, a, b) => g.parts.reduce((n, [x, y]) => n + Math.max(0, Math.min(y, b) - Math.max(x, a)), 0) / g.len;
  // gold found by the rules (greedy, one prediction per gold, as the metric)
  const used = new Set();
  const foundByRules = gold.map((g) => {
    let best = -1;
    pred.forEach((p, j) => { if (!used.has(j) && cover(g, p.start, p.end) > 0.3 && best < 0) best = j; });
    if (best >= 0) used.add(best);
    return best >= 0;
  });
  const unqPred = pred.filter((p) => !QUOTED.has(p.kind)).length;
  const unqPredHit = pred.filter((p, j) => !QUOTED.has(p.kind) && used.has(j)).length;
  docs.push({ no: articleNo, text, tokens, gold, foundByRules, sents, cover, unqPred, unqPredHit });
}
const odd = docs.filter((d) => d.no % 2 === 1);
docs.splice(0, docs.length, ...docs.filter((d) => d.no % 2 === 0));
console.log(`${docs.length} even-half articles read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

function train(trainDocs) {
  const w = new Float64Array(1 << bits);
  const g2 = new Float64Array(1 << bits).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const items = [];
  for (const d of trainDocs) for (const s of d.sents) if (s.free || !freeOnly) for (const c of s.cands) items.push(c);
  const lr = 0.1;
  let seed = 1;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = items.length - 1; k > 0; k--) { const j = Math.floor(rnd() * (k + 1)); [items[k], items[j]] = [items[j], items[k]]; }
    for (const it of items) {
      let z = b;
      for (const h of it.feats) z += w[h & mask];
      const p = 1 / (1 + Math.exp(-z));
      const g = p - it.y;
      for (const h of it.feats) {
        const k = h & mask;
        const gg = g + l2 * w[k];
        g2[k] += gg * gg;
        w[k] -= (lr * gg) / Math.sqrt(g2[k]);
      }
      gb += g * g;
      b -= (lr * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

/** new claims of the model in the rules' free sentences, each with its score and whether it is right */
function apply(m, testDocs) {
  const out = [];
  for (const d of testDocs) {
    for (const s of d.sents) {
      if (!s.free) continue;
      let best = -Infinity;
      let bi = -1;
      for (const c of s.cands) {
        let z = m.b;
        for (const h of c.feats) z += m.w[h & mask];
        if (z > best) { best = z; bi = c.i; }
      }
      if (bi < 0) continue;
      const span = core.contentSpan(d.tokens, bi, s.a, s.b);
      if (!span) continue;
      const a = d.tokens[span.a].s;
      const b = d.tokens[span.b - 1].e;
      let hit = -1;
      d.gold.forEach((g, j) => { if (hit < 0 && !d.foundByRules[j] && d.cover(g, a, b) > 0.3) hit = j; });
      out.push({ doc: d, score: best, hit, unqHit: hit >= 0 && !d.gold[hit].quoted });
    }
  }
  return out;
}

function curve(claims, testDocs, label) {
  const unqGold = testDocs.reduce((n, d) => n + d.gold.filter((g) => !g.quoted).length, 0);
  const unqFound = testDocs.reduce((n, d) => n + d.gold.filter((g, j) => !g.quoted && d.foundByRules[j]).length, 0);
  const P0 = testDocs.reduce((n, d) => n + d.unqPred, 0);
  const H0 = testDocs.reduce((n, d) => n + d.unqPredHit, 0);
  console.log(`${label}: rules alone: unquoted recall ${(100 * unqFound / unqGold).toFixed(1)} % of ${unqGold}, precision ${(100 * H0 / P0).toFixed(1)} % of ${P0}`);
  const rows = [];
  for (const t of [3, 2.5, 2, 1.5, 1, 0.5, 0, -0.5, -1]) {
    const sel = claims.filter((c) => c.score >= t);
    // one claim per gold: count distinct golds hit
    const hitSet = new Set(sel.filter((c) => c.hit >= 0).map((c) => c.doc.no + ':' + c.hit));
    const unqHitSet = new Set(sel.filter((c) => c.unqHit).map((c) => c.doc.no + ':' + c.hit));
    const right = hitSet.size;
    const R = (unqFound + unqHitSet.size) / unqGold;
    const P = (H0 + right) / (P0 + sel.length);
    rows.push({ t, n: sel.length, right, R, P });
    console.log(`  t=${t.toFixed(1).padStart(4)}: new claims ${String(sel.length).padStart(5)}, right ${String(right).padStart(5)} (${(100 * right / Math.max(1, sel.length)).toFixed(1)} %), unquoted recall ${(100 * R).toFixed(1)} %, precision ${(100 * P).toFixed(1)} %`);
  }
  return rows;
}

if (folds > 1) {
  const all = [];
  for (let k = 0; k < folds; k++) {
    const tr = docs.filter((_, i) => i % folds !== k);
    const te = docs.filter((_, i) => i % folds === k);
    const m = train(tr);
    all.push(...apply(m, te));
  }
  const rows = curve(all, docs, `${folds}-fold cross-validation on the even half`);
  if (dumpCurve) writeFileSync(dumpCurve, JSON.stringify(rows, null, 1));
}

if (oddOnce) {
  const m = train(docs);
  curve(apply(m, odd), odd, `trained on the even half, measured on the odd half (${odd.length} articles)`);
}

if (out) {
  const m = train(docs);
  const scale = 2000;
  const buf = Buffer.alloc(2 << bits);
  let nz = 0;
  for (let i = 0; i < (1 << bits); i++) {
    const q = Math.max(-32767, Math.min(32767, Math.round(m.w[i] * scale)));
    if (q) nz++;
    buf.writeInt16LE(q, 2 * i);
  }
  const about = 'Attribution-cue model (scripts/attrib-features.ts): logistic-regression weights over hashed local features (FNV-1a, low `bits` bits), Int16 little-endian, base64, weight = int / scale. Trained by scripts/train-attrib.mjs on the even-numbered articles of PolNeAR\'s train split (github.com/networkdynamics/PolNeAR); holds no text of it.';
  writeFileSync(out, JSON.stringify({ about, bits, scale, bias: Math.round(m.b * 1000) / 1000, weights: buf.toString('base64') }) + '\n');
  console.log(`model written to ${out}: ${nz} non-zero weights of ${1 << bits}`);
}
