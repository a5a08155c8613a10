// Trains Byline's NER tagger from the labelled corpora and writes the shipped model (src/core/ner/model.json).
//
//   node scripts/train-ner.mjs [--data DIR] [--epochs N] [--out FILE] [--dev] [--no-write]
//
// DIR defaults to ../shared/ner-data (see its README: formats, licences, label conventions). Only the train
// splits are learnt from; dev splits are only scored (--dev, for choosing settings) and test splits are never
// read here (they are the held-out evaluation: npm run eval:ner). Deterministic: the same data give the same
// model, byte for byte. The TypeScript training code (src/core/ner/train.ts) is bundled with esbuild first.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const DATA = resolve(arg('--data', join(ROOT, '../shared/ner-data')));
const OUT = resolve(arg('--out', join(ROOT, 'src/core/ner/model.json')));
const EPOCHS = Number(arg('--epochs', '10'));
const GAZ_DROP = Number(arg('--gaz-drop', '0.35'));
const PRUNE = Number(arg('--prune', '0.5'));
const SEED = 20250302;

/**
 * Corpora and the weight of their updates. News first: Wikinews (news proper), re3d (press releases and
 * statements), BTC section G (tweets of news outlets); the rest adds name variety from other genres and is
 * down-weighted. BTC's train file holds sections A, B, E, G and half of H in that order: section G is documents
 * 3200–5337 (checked below on its first and last tweet).
 */
const CORPORA = [
  { name: 'gum-wikinews', weight: 3 },
  { name: 're3d-permissive', weight: 1.5, partial: true },
  { name: 'btc', weight: 0.5, section: { from: 3200, to: 5338, weight: 1.5, first: 'Millions of family-run', last: 'Watch Live: President Obama' } },
  { name: 'wnut17', weight: 0.3 },
  { name: 'sec-filings', weight: 0.2 },
  { name: 'gum-academic-court', weight: 1 },
  { name: 'litbank', weight: 0.5 },
];

// --weights name=w,name=w,btc-g=w: other corpus weights (for experiments)
for (const kv of (arg('--weights', '') || '').split(',').filter(Boolean)) {
  const [name, w] = kv.split('=');
  const c = CORPORA.find((x) => x.name === name);
  if (c) c.weight = Number(w);
  else if (name === 'btc-g') CORPORA.find((x) => x.section).section.weight = Number(w);
  else throw new Error(`--weights: no corpus ${name}`);
}

async function loadTrainer() {
  const dir = join(ROOT, '.cache');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'train-ner.cjs');
  await build({
    stdin: {
      contents: "export * from './src/core/ner/train'; export * from './src/core/ner/conll'; export * from './src/core/ner/modelio'; export * as features from './src/core/ner/features';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile, logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

const t0 = Date.now();
const T = await loadTrainer();
const log = (s) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

const table = new T.TypeTable();
const trainDocs = [];
const devSets = [];
let lostTotal = 0, goldTotal = 0;
for (const c of CORPORA) {
  const file = join(DATA, c.name, 'train.conll');
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  const docs = T.parseConll(readFileSync(file, 'utf8'));
  if (c.section) {
    const a = docs[c.section.from]?.text ?? '', b = docs[c.section.to - 1]?.text ?? '';
    if (!a.startsWith(c.section.first) || !b.startsWith(c.section.last)) throw new Error(`${c.name}: section boundaries moved (${a.slice(0, 30)} / ${b.slice(0, 30)})`);
  }
  let n = 0, lost = 0, gold = 0;
  for (const d of docs) {
    const w = c.section && d.index >= c.section.from && d.index < c.section.to ? c.section.weight : c.weight;
    const p = T.prepareDoc(d, table, w, !!c.partial);
    p.doc.corpus = c.name;
    trainDocs.push(p.doc);
    n += p.doc.tz.tokens.length;
    lost += p.lost;
    gold += d.gold.length;
  }
  lostTotal += lost; goldTotal += gold;
  log(`${c.name}: ${docs.length} documents, ${n} tokens, ${gold} names (${lost} not on token boundaries)`);
  const devFile = join(DATA, c.name, 'dev.conll');
  if (argv.includes('--dev') && existsSync(devFile)) {
    devSets.push({ name: c.name, docs: T.parseConll(readFileSync(devFile, 'utf8')).map((d) => T.prepareDoc(d, table, 1).doc) });
  }
}
log(`${trainDocs.length} training documents, ${table.list.length} word types; ${lostTotal} of ${goldTotal} names lost to tokenisation`);

const fmt = (x) => (100 * x).toFixed(1).padStart(5);
function scoreDev(weights) {
  const lines = [];
  for (const ds of devSets) {
    const c = T.newCounts();
    for (const d of ds.docs) T.countSpans(d.gold, T.tagWith(d, table, weights, SIM_DROP, SEED), c);
    const per = ['PER', 'ORG', 'LOC'].map((n, t) => `${n} ${fmt(T.f1(c, [t]).f)}`).join('  ');
    const m = T.f1(c);
    lines.push(`  dev ${ds.name.padEnd(20)} micro P ${fmt(m.p)} R ${fmt(m.r)} F1 ${fmt(m.f)}   ${per}`);
  }
  return lines.join('\n');
}

const CV = Number(arg('--cv', '0'));
// in cross-validation, the held-out names' gazetteer features are dropped at this rate: the gazetteers know 65 %
// of the name tokens of the train and dev splits (they were harvested from them) but only 41–47 % of the test
// splits', and the folds must look like unseen text
const SIM_DROP = Number(arg('--sim-drop', '0.35'));
if (CV > 1) {
  // K-fold cross-validation over the documents of the news corpora (the training data only): the settings are
  // chosen on this, never on the test splits. Each fold is tagged by a model trained on everything else.
  const cvCorpora = (arg('--cv-corpora', '') || 'gum-wikinews,re3d-permissive').split(',');
  const errors = [];
  for (const name of cvCorpora) {
    const own = trainDocs.filter((d) => d.corpus === name);
    const c = T.newCounts();
    for (let k = 0; k < CV; k++) {
      const held = new Set(own.filter((d, i) => i % CV === k));
      const w = T.train(trainDocs.filter((d) => !held.has(d)), table, { epochs: EPOCHS, seed: SEED, gazDrop: GAZ_DROP });
      for (const d of held) {
        const pred = T.tagWith(d, table, w, SIM_DROP, SEED + k);
        T.countSpans(d.gold, pred, c);
        if (argv.includes('--cv-errors')) errors.push(...T.spanErrors(d, pred).map((e) => `${name}\t${e}`));
      }
    }
    const per = ['PER', 'ORG', 'LOC'].map((n, t) => { const x = T.f1(c, [t]); return `${n} ${fmt(x.p)}/${fmt(x.r)}/${fmt(x.f)}`; }).join('  ');
    const m = T.f1(c);
    log(`cv ${name.padEnd(16)} micro P ${fmt(m.p)} R ${fmt(m.r)} F1 ${fmt(m.f)}   ${per}`);
  }
  if (argv.includes('--cv-errors')) writeFileSync(arg('--cv-errors'), errors.join('\n') + '\n');
  process.exit(0);
}

const weights = T.train(trainDocs, table, {
  epochs: EPOCHS,
  seed: SEED,
  gazDrop: GAZ_DROP,
  log,
  onEpoch: devSets.length ? (e, avg) => console.log(scoreDev(avg)) : undefined,
});
log('trained');

const F = T.features;
const bytes = T.packModel(weights, F.BITS, F.NT, F.FEATURE_VERSION, PRUNE);
const nonzero = weights.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
log(`model: ${bytes.length} bytes packed (${nonzero} non-zero weights before pruning)`);
if (!argv.includes('--no-write')) {
  const model = {
    about: 'Byline NER tagger weights (greedy averaged perceptron, BILOU over PER/ORG/LOC/MISC). Generated by node scripts/train-ner.mjs from the train splits of ../shared/ner-data; do not edit. Attributions: NOTICE.md.',
    featureVersion: F.FEATURE_VERSION,
    bits: F.BITS,
    epochs: EPOCHS,
    gazDrop: GAZ_DROP,
    prune: PRUNE,
    corpora: CORPORA.map((c) => c.name),
    bytes: bytes.length,
    data: T.toBase64(bytes),
  };
  writeFileSync(OUT, JSON.stringify(model, null, 1) + '\n');
  log(`wrote ${OUT}`);
}
