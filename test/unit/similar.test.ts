// The same remark in other documents (src/core/similar.ts): word diffs, relations, and look-ups on the seeds
// and on an index that changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';
import { claimWords, quoteBody, similarClaims, wordDiff } from '../../src/core/similar';
import type { Quote } from '../../src/core/types';
import { readSeed } from './helpers';

const A = 'seeds/000_3abe20738362dce4.txt';
const B = 'seeds/003_e2d21aa9f853506f.txt';

function seedIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set(A, readSeed('000_3abe20738362dce4.txt'));
  index.set(B, readSeed('003_e2d21aa9f853506f.txt'));
  return index;
}

function quoteIn(index: WorkspaceIndex, path: string, words: string): Quote {
  const q = index.get(path)!.analysis.quotes.find((x) => claimWords(x) === words);
  assert.ok(q, `no quote "${words}" in ${path}: ${index.get(path)!.analysis.quotes.map((x) => claimWords(x)).join(' | ')}`);
  return q;
}

test('wordDiff: a word dropped, a word added, a word replaced', () => {
  assert.deepEqual(wordDiff('complete diplomatic failure', 'complete failure'), [
    { op: 'same', text: 'complete' },
    { op: 'removed', text: 'diplomatic' },
    { op: 'same', text: 'failure' },
  ]);
  assert.deepEqual(wordDiff('tough dialogue', 'Despite the tough dialogue'), [
    { op: 'added', text: 'Despite the' },
    { op: 'same', text: 'tough dialogue' },
  ]);
  assert.deepEqual(wordDiff('we will not back down', 'we shall not back down now'), [
    { op: 'same', text: 'we' },
    { op: 'removed', text: 'will' },
    { op: 'added', text: 'shall' },
    { op: 'same', text: 'not back down' },
    { op: 'added', text: 'now' },
  ]);
});

test('wordDiff ignores case, accents and punctuation around words; same parts are spelt as in the second text', () => {
  assert.deepEqual(wordDiff('Meaningful and warm meeting,', 'meaningful and WARM meeting'), [{ op: 'same', text: 'meaningful and WARM meeting' }]);
  assert.deepEqual(wordDiff('Zelenskyy’s café', "zelenskyy's cafe"), [{ op: 'same', text: "zelenskyy's cafe" }]);
  assert.deepEqual(wordDiff('', 'new words'), [{ op: 'added', text: 'new words' }]);
  assert.deepEqual(wordDiff('old words', ''), [{ op: 'removed', text: 'old words' }]);
  assert.deepEqual(wordDiff('', ''), []);
});

test('wordDiff reconstructs both texts, and stays bounded on long inputs', () => {
  const rnd = (() => {
    let s = 42;
    return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  })();
  const vocab = ['peace', 'war', 'talks', 'deal', 'security', 'the', 'a', 'of', 'Europe', 'Ukraine', 'support', 'now'];
  const text = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ');
  for (const [n, m] of [[5, 7], [40, 35], [300, 280], [3000, 2900]]) {
    const a = text(n);
    const b = text(m);
    const t0 = performance.now();
    const d = wordDiff(a, b);
    const ms = performance.now() - t0;
    const side = (ops: string[]) => d.filter((p) => ops.includes(p.op)).map((p) => p.text).join(' ');
    assert.equal(side(['same', 'removed']).split(' ').sort().join(' '), a.split(' ').sort().join(' '), `${n}x${m}: a's words`);
    assert.equal(side(['same', 'added']).split(' ').sort().join(' '), b.split(' ').sort().join(' '), `${n}x${m}: b's words`);
    for (let i = 1; i < d.length; i++) assert.notEqual(d[i].op, d[i - 1].op, 'runs are merged');
    assert.ok(ms < 500, `${n}x${m} words took ${ms.toFixed(0)} ms`);
  }
});

test('quoteBody drops the quotation marks and a trailing comma', () => {
  assert.equal(quoteBody('"meaningful and warm meeting,"'), 'meaningful and warm meeting');
  assert.equal(quoteBody('“complete failure”'), 'complete failure');
  assert.equal(quoteBody('"or we are out."'), 'or we are out.');
  // white space around goes, white space inside is folded to single spaces; a text of marks alone is empty
  assert.equal(quoteBody(' \u00a0“we will  not\n\tback down”; '), 'we will not back down');
  assert.equal(quoteBody('\u2028"the end"\u3000'), 'the end');
  assert.equal(quoteBody('" ,;'), '');
  assert.equal(quoteBody(''), '');
  // an opening comma or colon is the text's own; a closing quotation mark is not
  assert.equal(quoteBody(',yes: "no"'), ',yes: "no');
  assert.equal(quoteBody("'s"), 's');
});

test('seeds: "complete diplomatic failure" (Zakharova) and "complete failure" (Moscow) are the same remark reworded', () => {
  const index = seedIndex();
  const zakharova = quoteIn(index, A, 'complete diplomatic failure');
  const found = similarClaims(index, A, zakharova);
  const other = found.find((f) => claimWords(f.quote) === 'complete failure');
  assert.ok(other, JSON.stringify(found.map((f) => f.quote.text)));
  assert.equal(other.path, B);
  assert.equal(other.relation, 'reworded');
  assert.deepEqual(other.diff, [
    { op: 'same', text: 'complete' },
    { op: 'removed', text: 'diplomatic' },
    { op: 'same', text: 'failure' },
  ]);
  assert.equal(index.entity(other.quote.speaker!)?.name, 'Moscow');
  // and the other way round
  const moscow = quoteIn(index, B, 'complete failure');
  const back = similarClaims(index, B, moscow);
  assert.equal(back[0]?.path, A);
  assert.equal(claimWords(back[0].quote), 'complete diplomatic failure');
  assert.deepEqual(back[0].diff.filter((p) => p.op !== 'same'), [{ op: 'added', text: 'diplomatic' }]);
});

test('seeds: "tough dialogue" (000) is an excerpt of "Despite the tough dialogue" (003)', () => {
  const index = seedIndex();
  // both are claims that mix reported speech and quoted words: only the quoted words are compared
  const q = quoteIn(index, A, 'tough dialogue');
  const found = similarClaims(index, A, q);
  const other = found.find((f) => claimWords(f.quote).startsWith('Despite the tough dialogue'));
  assert.ok(other, JSON.stringify(found.map((f) => f.quote.text)));
  assert.equal(other.path, B);
  assert.equal(other.relation, 'excerpt');
  assert.deepEqual(other.diff.slice(0, 2), [
    { op: 'added', text: 'Despite the' },
    { op: 'same', text: 'tough dialogue' },
  ]);
});

test('claimWords: the quoted parts of a mixed claim; quotations without their marks; reported speech as is', () => {
  assert.equal(claimWords({ kind: 'mixed', text: 'it was "a once-in-a-generation moment for Europe"' }), 'a once-in-a-generation moment for Europe');
  assert.equal(claimWords({ kind: 'mixed', text: '“Despite the tough dialogue”, the two countries “remain strategic partners”' }), 'Despite the tough dialogue … remain strategic partners');
  assert.equal(claimWords({ kind: 'mixed', text: 'that it was ‘a drop in the bucket’' }), 'a drop in the bucket');
  assert.equal(claimWords({ kind: 'mixed', text: 'that the plan would fail' }), 'that the plan would fail');
  assert.equal(claimWords({ kind: 'direct', text: '"We will not back down,"' }), 'We will not back down');
  assert.equal(claimWords({ kind: 'indirect', text: 'that the package was too small' }), 'that the package was too small');
});

test('only other documents; quotes with fewer than two content words have no look-alikes; limit holds', () => {
  const index = seedIndex();
  for (const c of index.claims()) {
    for (const f of similarClaims(index, c.path, c.quote)) assert.notEqual(f.path, c.path);
  }
  const ready = index.get(B)!.analysis.quotes.find((x) => claimWords(x) === 'ready');
  if (ready) assert.deepEqual(similarClaims(index, B, ready), []);
  const zakharova = quoteIn(index, A, 'complete diplomatic failure');
  assert.deepEqual(similarClaims(index, A, zakharova, 0), []);
});

test('identical wording in another document is "same"; the cache follows changes to the index', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'The minister said: "We will rebuild every school in the region before winter."');
  const q = index.get('a.txt')!.analysis.quotes[0];
  assert.ok(q, 'a quote in a.txt');
  assert.deepEqual(similarClaims(index, 'a.txt', q), []);
  index.set('b.txt', '"We will rebuild every school in the region before winter," the minister told reporters.');
  let found = similarClaims(index, 'a.txt', q);
  assert.equal(found.length, 1);
  assert.equal(found[0].path, 'b.txt');
  assert.equal(found[0].relation, 'same');
  assert.ok(found[0].diff.every((p) => p.op === 'same'));
  index.set('c.txt', 'She insisted: "We will rebuild every school in this region before the spring."');
  found = similarClaims(index, 'a.txt', q);
  assert.deepEqual(found.map((f) => [f.path, f.relation]), [['b.txt', 'same'], ['c.txt', 'reworded']]);
  index.delete('b.txt');
  found = similarClaims(index, 'a.txt', q);
  assert.deepEqual(found.map((f) => f.path), ['c.txt']);
  assert.deepEqual(found[0].diff.filter((p) => p.op !== 'same'), [
    { op: 'removed', text: 'the' },
    { op: 'added', text: 'this' },
    { op: 'removed', text: 'winter.' },
    { op: 'added', text: 'the spring.' },
  ]);
});

test('look-ups on a large index give the same answer from the cache (the time is printed, not asserted: npm run bench measures speed)', () => {
  const index = new WorkspaceIndex();
  const topics = ['the economy', 'the border', 'public health', 'energy prices', 'the ceasefire', 'school funding'];
  const verbs = ['improve', 'collapse', 'stabilise', 'recover', 'worsen'];
  for (let d = 0; d < 400; d++) {
    const lines: string[] = [];
    for (let k = 0; k < 8; k++) {
      const t = topics[(d + k) % topics.length];
      const v = verbs[(d * 7 + k) % verbs.length];
      lines.push(`"We expect ${t} to ${v} within ${k + 2} months of document ${d}," the official ${k} said.`);
    }
    index.set(`doc${d}.txt`, lines.join('\n\n'));
  }
  const q = index.get('doc0.txt')!.analysis.quotes[0];
  assert.ok(q);
  const first = similarClaims(index, 'doc0.txt', q); // builds the cache
  assert.ok(first.length > 0);
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) assert.deepEqual(similarClaims(index, 'doc0.txt', q), first);
  console.log(`similar-claim look-up on 400 documents: ${((performance.now() - t0) / 50).toFixed(1)} ms`);
});
