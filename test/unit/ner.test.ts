// The trained NER tagger (src/core/ner): the shipped model loads, tags a news sentence as expected, gives token
// ranges that map back to the text, and is deterministic. Held-out scores are measured by npm run eval:ner, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text';
import { tagEntities, tagTokens } from '../../src/core/ner/tagger';
import { combinedEntities } from '../../src/core/ner/combine';
import { parseConll } from '../../src/core/ner/conll';
import { fromBase64, packModel, toBase64, unpackModel } from '../../src/core/ner/modelio';
import { NT, shape, tagsToSpans, wordClass } from '../../src/core/ner/features';
import { Kind } from '../../src/core/text';
import { readSeed, seedNames } from './helpers';

function names(text: string): string[] {
  const tz = tokenize(text);
  return tagEntities(tz).map((e) => `${e.type}:${text.slice(tz.tokens[e.a].s, tz.tokens[e.b - 1].e)}`);
}

test('the model loads and tags an empty or name-less text without names', () => {
  assert.deepEqual(tagEntities(tokenize('')), []);
  assert.deepEqual(tagEntities(tokenize('it was raining and nobody came.')), []);
});

test('a news sentence: titles and roles stay outside the names', () => {
  assert.deepEqual(names('UK Prime Minister Keir Starmer met NATO chief Mark Rutte in London.'), [
    'PLACE:UK', 'PERSON:Keir Starmer', 'ORG:NATO', 'PERSON:Mark Rutte', 'PLACE:London',
  ]);
});

test('token ranges map to the text, in order, with scores in [0, 1]', () => {
  for (const name of seedNames()) {
    const text = readSeed(name);
    const tz = tokenize(text);
    const ents = tagEntities(tz);
    assert.ok(ents.length > 20, `${name}: names found`);
    let last = -1;
    for (const e of ents) {
      assert.ok(e.a >= 0 && e.a < e.b && e.b <= tz.tokens.length);
      assert.ok(e.a > last, 'ordered, not overlapping');
      last = e.b - 1;
      assert.ok(['PERSON', 'ORG', 'PLACE'].includes(e.type));
      assert.ok(e.score >= 0 && e.score <= 1);
      const s = text.slice(tz.tokens[e.a].s, tz.tokens[e.b - 1].e);
      assert.equal(s.trim(), s);
      assert.ok(tz.tokens[e.a].sent === tz.tokens[e.b - 1].sent, 'inside one sentence');
    }
  }
});

test('deterministic: the same text gives the same names, whatever was tagged before', () => {
  const text = readSeed(seedNames()[0]);
  const first = tagEntities(tokenize(text));
  tagEntities(tokenize(readSeed(seedNames()[1])));
  assert.deepEqual(tagEntities(tokenize(text)), first);
  const t1 = tagTokens(tokenize(text)).tags;
  assert.deepEqual(tagTokens(tokenize(text)).tags, t1);
});

test('the seed articles: the main people, organisations and places are found', () => {
  const found = new Set<string>();
  for (const name of seedNames()) for (const n of names(readSeed(name))) found.add(n);
  for (const n of ['PERSON:Keir Starmer', 'PERSON:Mark Rutte', 'PERSON:JD Vance', 'ORG:NATO', 'PLACE:Ukraine', 'PLACE:Washington']) {
    assert.ok(found.has(n), n);
  }
});

test('the combination prototype gives character spans of the three types', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said Moscow would wait. Peskov spoke to reporters in Kyiv.';
  const ents = combinedEntities(tokenize(text));
  for (const e of ents) assert.ok(['PERSON', 'ORG', 'PLACE'].includes(e.type) && e.start < e.end);
  const persons = ents.filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));
  assert.deepEqual(persons, ['Dmitry Peskov', 'Peskov']);
});

test('CoNLL documents become text with gold spans on the right characters', () => {
  const conll = '-DOCSTART-\t\n\nZelensky\tB-PER\n\'s\tO\nself\tO\n-\tO\nmedicating\tO\n(\tO\nUN\tB-ORG\n)\tO\nsaid\tO\n"\tO\nNew\tB-LOC\nYork\tI-LOC\n"\tO\n.\tO\n\nBye\tO\n';
  const [doc] = parseConll(conll);
  assert.equal(doc.text, 'Zelensky\'s self-medicating (UN) said "New York".\nBye');
  assert.deepEqual(doc.gold.map((g) => `${g.type}:${doc.text.slice(g.start, g.end)}`), ['PER:Zelensky', 'ORG:UN', 'LOC:New York']);
});

test('model bytes survive packing, base64 and unpacking', () => {
  const bits = 4;
  const w = new Float32Array((1 << bits) * NT);
  w[3 * NT + 2] = 1.5; w[3 * NT + 16] = -0.75; w[9 * NT] = 0.01; w[15 * NT + 5] = 2;
  const bytes = packModel(w, bits, NT, 7, 0.1, 1);
  const back = unpackModel(fromBase64(toBase64(bytes)));
  assert.equal(back.featureVersion, 7);
  assert.equal(back.index[9], -1, 'tiny rows pruned');
  const w8 = (row: number, t: number): number => back.q[back.index[row] * NT + t] * back.scale;
  assert.ok(Math.abs(w8(3, 2) - 1.5) < 0.02);
  assert.ok(Math.abs(w8(3, 16) + 0.75) < 0.02);
  assert.ok(Math.abs(w8(15, 5) - 2) < 0.02);
  for (const s of ['', 'a', 'ab', 'abc', 'abcd']) assert.equal(new TextDecoder().decode(fromBase64(toBase64(new TextEncoder().encode(s)))), s);
});

test('word classes, shapes and BILOU spans', () => {
  assert.equal(shape('Zelensky'), 'Xxx');
  assert.equal(shape('U.S.'), 'X.X.');
  assert.equal(shape('MH17'), 'XXdd');
  assert.equal(wordClass('eBay', Kind.Word), wordClass('iPhone', Kind.Word));
  assert.notEqual(wordClass('NATO', Kind.Word), wordClass('Nato', Kind.Word));
  // O, U-PER, B-ORG, I-ORG, L-ORG, O
  assert.deepEqual(tagsToSpans(Uint8Array.from([0, 4, 5, 6, 7, 0])), [{ a: 1, b: 2, type: 0 }, { a: 2, b: 5, type: 1 }]);
});
