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

test('rebuilt mentions, claims and local entities keep their values and key order; other shapes are kept as they are', () => {
  const pool = new StringPool();
  for (const text of [own, ...seedNames().map(readSeed)]) {
    const a = analyzeText(text);
    const copy = structuredClone(a);
    const out = compactAnalysis(text, copy, pool, true);
    assert.deepEqual(out, a);
    assert.equal(JSON.stringify(out), JSON.stringify(a));
    for (const [x, y] of [[out.entities, a.entities], [out.quotes, a.quotes], [out.clusters, a.clusters]] as const) {
      x.forEach((o, i) => assert.deepEqual(Object.keys(o), Object.keys(y[i])));
    }
  }
  // rebuilt: a new object with the same keys; a shape not listed (an annotation's extra field) is the same object
  const a = analyzeText(own);
  assert.ok(a.entities.length >= 2 && a.quotes.length >= 1);
  const copy = structuredClone(a);
  const before = copy.entities[0];
  const odd = Object.assign(copy.entities[1], { added: true as const });
  const out = compactAnalysis(own, copy, new StringPool(), true);
  assert.notEqual(out.entities[0], before);
  assert.deepEqual(out.entities[0], a.entities[0]);
  assert.equal(out.entities[1], odd);
  assert.equal(out.entities[1].added, true);
  // without rebuild the objects are the ones given
  const kept = structuredClone(a);
  const first = kept.quotes[0];
  assert.equal(compactAnalysis(own, kept, new StringPool()).quotes[0], first);
});

test('rebuilt claims and mentions carry rebuilt cues, speakers\' words and roles; one shared span stays one object', () => {
  const pool = new StringPool();
  for (const text of [own, ...seedNames().map(readSeed)]) {
    const a = analyzeText(text);
    const copy = structuredClone(a);
    const cues = copy.quotes.map((q) => q.cue);
    const out = compactAnalysis(text, copy, pool, true);
    assert.equal(JSON.stringify(out), JSON.stringify(a));
    out.quotes.forEach((q, i) => {
      if (q.cue) assert.notEqual(q.cue, cues[i], 'a cue that crossed a thread is written anew');
      if (q.cue) assert.deepEqual(Object.keys(q.cue), ['start', 'end', 'text']);
    });
  }
  // two claims pointing to one cue object still do after the rebuild
  const a = analyzeText(own);
  const withCue = a.quotes.filter((q) => q.cue);
  assert.ok(withCue.length >= 2, 'the text has two claims with cues');
  withCue[1].cue = withCue[0].cue;
  const copy = structuredClone(a);
  const out = compactAnalysis(own, copy, new StringPool(), true).quotes.filter((q) => q.cue);
  assert.equal(out[0].cue, out[1].cue);
  assert.deepEqual(out[1].cue, a.quotes.filter((q) => q.cue)[0].cue);
});
