// compactAnalysis: an analysis that crossed a thread (structured clone) or a cache (JSON) keeps its values when
// its repeated strings are shared and its spans' words become views of the document's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { compactAnalysis, StringPool } from '../../src/core/compact';
import { WorkspaceIndex } from '../../src/core/workspace';
import { readSeed, seedNames } from './helpers';

const own = 'Harbour Board chair Mirela Ostrovska said on Tuesday that "the new ferry timetable will start in March, as promised to every island council". Ostrovska added that fares would rise by 4 per cent.\n\nThe Island Councils Association said the timetable "ignores the winter months".';

test('a compacted analysis equals the analysis it was made from', () => {
  const pool = new StringPool();
  for (const text of [own, ...seedNames().map(readSeed)]) {
    const a = analyzeText(text);
    const viaJson = JSON.parse(JSON.stringify(a));
    assert.deepEqual(compactAnalysis(text, viaJson, pool), a);
    assert.deepEqual(compactAnalysis(text, structuredClone(a), pool), a);
  }
});

test('a span whose words are not the text at its offsets keeps its own words', () => {
  const a = analyzeText(own);
  const copy = structuredClone(a);
  copy.quotes[0].text = 'words that are not in the document at all';
  const out = compactAnalysis(own, copy, new StringPool());
  assert.equal(out.quotes[0].text, 'words that are not in the document at all');
  assert.notEqual(a.quotes[0].text, out.quotes[0].text);
});

test('the pool starts afresh past its limit and still answers every string', () => {
  const pool = new StringPool(3);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'alpha', 'epsilon'];
  assert.deepEqual(words.map((w) => pool.get(w)), words);
});

test('an index fed analyses from elsewhere answers as one that analysed the documents itself', () => {
  const docs = [{ path: 'a.txt', text: own }, ...seedNames().map((n) => ({ path: `seeds/${n}`, text: readSeed(n) }))];
  const here = new WorkspaceIndex();
  const there = new WorkspaceIndex();
  for (const d of docs) {
    here.set(d.path, d.text);
    there.setAnalysis(d.path, d.text, JSON.parse(JSON.stringify(analyzeText(d.text))));
  }
  assert.deepEqual(there.entities(), here.entities());
  assert.deepEqual(docs.map((d) => there.get(d.path)!.analysis), docs.map((d) => here.get(d.path)!.analysis));
  assert.deepEqual(there.conflicts(), here.conflicts());
});
