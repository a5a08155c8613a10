// The numbered words of the checks across documents (wordIds.ts): the vocabulary gives one number per word
// however the word is passed (a string or a slice of a text) and across its growth; wordsOf numbers the same
// words as the regular expressions it replaces, on random texts with accents, digits, other scripts and
// characters outside the Basic Multilingual Plane.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedIds, Vocabulary, wordsOf } from '../../src/core/wordIds';
import { rng } from '../../src/core/rng';

const STOP = new Set(('that this with from have been were they their there which would could should about ' +
  'after before said says also than them then when what will into over more most other some such only very ' +
  'just like many much each where while being does done told year years monday tuesday wednesday thursday ' +
  'friday saturday sunday').split(' '));

/** The words as the regular expressions find them (the definition wordsOf follows), as strings. */
function reference(lower: string): { tokens: Set<string>; words: Set<string> } {
  const tokens = new Set<string>();
  const words = new Set<string>();
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const t = m[0];
    tokens.add(t);
    if (t.length < 4 || STOP.has(t) || !/^\p{L}+$/u.test(t)) continue;
    const w = t.replace(/(?:ies|es|s)$/, '');
    if (w.length >= 4) words.add(w);
  }
  return { tokens, words };
}

const PIECES = ['the', 'council', 'councils', 'babies', 'boxes', 'bus', 'glass', 'ies', 'said', 'year', 'years', 'Łódź', 'straße',
  'müller', 'ș', 'İstanbul', '2024', 'covid19', 'x2', '中国', 'résumé', 'e\u0301', '𝒜bc', '𝟘𝟙', '😀', 'naïve', '٣', 'Ⅻ',
  ' ', ' ', '  ', '\n', '-', "'", '’', '.', ',', '"', '\ud800', '\udc00', '×'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

test('a word has one number, given as a string or as a slice of a text, before and after the vocabulary grows', () => {
  const v = new Vocabulary();
  const r = rng(7);
  const words: string[] = [];
  for (let i = 0; i < 5000; i++) words.push(`w${Math.floor(r() * 3000)}${i % 3 ? '' : 'é'}`);
  const ids = words.map((w) => v.id(w));
  words.forEach((w, i) => {
    assert.equal(v.id(w), ids[i]);
    assert.equal(v.find(w), ids[i]);
    const text = `«${w}»`;
    assert.equal(v.idAt(text, 1, 1 + w.length), ids[i]);
    assert.equal(v.word(ids[i]), w);
  });
  assert.equal(v.size, new Set(words).size);
  assert.equal(new Set(ids).size, new Set(words).size);
  assert.equal(v.find('never-seen'), undefined);
  assert.equal(v.find(''), undefined);
  assert.equal(v.id(''), v.size - 1);
});

test('sortedIds: distinct, ascending', () => {
  assert.deepEqual([...sortedIds([5, 3, 5, 1, 3, 9])], [1, 3, 5, 9]);
  assert.deepEqual([...sortedIds([])], []);
});

test('wordsOf numbers the words and content words the regular expressions find, on random texts', () => {
  const r = rng(11);
  const v = new Vocabulary();
  for (let k = 0; k < 400; k++) {
    const lower = randomText(r, 1 + Math.floor(r() * 60)).toLowerCase();
    const got = wordsOf(lower, v);
    const want = reference(lower);
    assert.deepEqual(new Set([...got.tokens].map((i) => v.word(i))), want.tokens, JSON.stringify(lower));
    assert.deepEqual(new Set([...got.words].map((i) => v.word(i))), want.words, JSON.stringify(lower));
    assert.equal(got.tokens.length, want.tokens.size);
    assert.equal(got.words.length, want.words.size);
    for (let i = 1; i < got.tokens.length; i++) assert.ok(got.tokens[i - 1] < got.tokens[i]);
  }
});

test('a long word numbered from a slice of a text is the word itself, found again from a string or another text', () => {
  const v = new Vocabulary();
  const text = 'the internationalisation of counterintelligence';
  const id = v.idAt(text, 4, 24);
  assert.equal(v.word(id), 'internationalisation');
  assert.equal(v.id('internationalisation'), id);
  assert.equal(v.idAt(`x internationalisation`, 2, 22), id);
  assert.equal(v.word(v.idAt(text, 28, text.length)), 'counterintelligence');
});
