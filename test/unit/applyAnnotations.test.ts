// The journalist's annotations applied by the workspace index: what they say wins in records, entities,
// claims and conflicts; what cannot be anchored is an orphan; an incremental update equals a rebuild.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex, type IndexedAnnotation } from '../../src/core/workspace';
import { body, makeTarget, newAnnotation, workspaceTarget } from '../../src/core/annotations';
import { matchSpan, occurrences } from '../../src/core/applyAnnotations';
import { readSeed } from './helpers';

const A = 'seeds/000_3abe20738362dce4.txt';
const B = 'seeds/003_e2d21aa9f853506f.txt';
const textA = readSeed('000_3abe20738362dce4.txt');
const textB = readSeed('003_e2d21aa9f853506f.txt');

function index(anns: IndexedAnnotation[] = []): WorkspaceIndex {
  const ix = new WorkspaceIndex();
  ix.set(A, textA);
  ix.set(B, textB);
  if (anns.length) ix.setAnnotations(anns);
  return ix;
}

/** An annotation on the first occurrence of `exact` (after `after`) in a seed. */
function on(path: string, text: string, exact: string, motivation: string, bodies: [string, string][], after = 0): IndexedAnnotation {
  const start = text.indexOf(exact, after);
  assert.ok(start >= 0, `${exact} is in ${path}`);
  const ann = newAnnotation({ motivation, target: makeTarget(path, text, start, start + exact.length), body: bodies.map(([p, v]) => body(p, v)) });
  return { ann, key: path };
}

function everywhere(exact: string, bodies: [string, string][]): IndexedAnnotation {
  return { ann: newAnnotation({ motivation: 'classifying', target: workspaceTarget(exact), body: bodies.map(([p, v]) => body(p, v)) }) };
}

function quoteAt(ix: WorkspaceIndex, path: string, needle: string) {
  return ix.get(path)!.analysis.quotes.find((q) => q.text.includes(needle));
}

test('a corrected speaker wins, and the conflicts are computed from it', () => {
  const before = index();
  const moscow = quoteAt(before, B, 'complete failure')!;
  assert.ok(moscow.speaker, 'the automatic analysis gives the remark a speaker');
  const reworded = before.conflicts().filter((c) => c.kind === 'quote');
  assert.equal(reworded.length, 1);
  assert.match(reworded[0].message, /Maria Zakharova.*Moscow/s);

  const fix = on(B, textB, moscow.text, 'classifying', [['classifying', 'claim'], ['identifying', 'Maria Zakharova']]);
  const after = index([fix]);
  const q = quoteAt(after, B, 'complete failure')!;
  assert.equal(q.speaker, 'person:maria-zakharova');
  assert.deepEqual(q.annotations, [fix.ann.id]);
  assert.equal(q.speakerMention, null, 'the words the automatic attribution rested on no longer apply');
  const c = after.conflicts().filter((x) => x.kind === 'quote');
  assert.equal(c.length, 1);
  assert.doesNotMatch(c[0].message, /Moscow/, 'the finding names the corrected speaker, not the automatic one');
  // the claims of the corrected speaker include it
  assert.ok(after.claims().some((x) => x.path === B && x.quote.speaker === 'person:maria-zakharova'));
});

test('a dismissed claim is gone everywhere, and so is the finding it made', () => {
  const ix = index();
  const q = quoteAt(ix, B, 'complete failure')!;
  const after = index([on(B, textB, q.text, 'classifying', [['classifying', 'not-a-claim']])]);
  assert.equal(quoteAt(after, B, 'complete failure'), undefined);
  assert.equal(after.conflicts().filter((c) => c.kind === 'quote').length, 0);
  assert.equal(after.claims().length, ix.claims().length - 1);
});

test('a claim added by hand, with a kind, an anonymous speaker, a status and a note', () => {
  // a sentence the engine takes no claim from ("Zakharova reaffirmed Russia's intention …" is one now)
  const sentence = 'Russia has made incremental gains on the battlefield';
  const add = on(A, textA, sentence, 'classifying', [['classifying', 'claim'], ['classifying', 'indirect'], ['identifying', 'anonymous: a Kremlin insider']]);
  const status = on(A, textA, sentence, 'assessing', [['assessing', 'disputed'], ['commenting', 'No second source']]);
  const ix = index([add, status]);
  const q = ix.get(A)!.analysis.quotes.find((x) => x.text === sentence)!;
  assert.ok(q, 'the claim is there');
  assert.equal(q.added, true);
  assert.equal(q.kind, 'indirect');
  assert.equal(q.speaker, 'anon:kremlin-insider');
  assert.equal(q.status, 'disputed');
  assert.equal(q.note, 'No second source');
  assert.deepEqual([...q.annotations!].sort(), [add.ann.id, status.ann.id].sort());
  assert.equal(ix.entity('anon:kremlin-insider')?.type, 'ANONYMOUS');
});

test('a speaker named by hand that the workspace does not know becomes a new person', () => {
  const q = quoteAt(index(), B, 'complete failure')!;
  const ix = index([on(B, textB, q.text, 'classifying', [['classifying', 'claim'], ['identifying', 'Anna Example']])]);
  assert.equal(quoteAt(ix, B, 'complete failure')!.speaker, 'person:anna-example');
  assert.deepEqual(ix.entity('person:anna-example'), { id: 'person:anna-example', type: 'PERSON', name: 'Anna Example', aliases: [], roles: [] });
});

test('names: typed everywhere, dismissed here, added, merged and renamed', () => {
  const base = index();
  const ds = base.get(B)!.analysis.entities.filter((m) => m.text === 'Downing Street');
  assert.ok(ds.length >= 1);
  // every occurrence
  const typed = index([everywhere('Downing Street', [['classifying', 'organisation']])]);
  for (const p of [A, B]) for (const m of typed.get(p)!.analysis.entities.filter((x) => x.text === 'Downing Street')) assert.equal(m.type, 'ORG');
  // not a name, this occurrence only
  const first = ds[0];
  const dismissed = index([{ ann: newAnnotation({ motivation: 'classifying', target: makeTarget(B, textB, first.start, first.end), body: [body('classifying', 'not-an-entity')] }), key: B }]);
  const left = dismissed.get(B)!.analysis.entities.filter((m) => m.text === 'Downing Street');
  assert.equal(left.length, ds.length - 1);
  assert.ok(!left.some((m) => m.start === first.start));
  // a name the recogniser missed
  const added = index([on(A, textA, 'territories', 'classifying', [['classifying', 'place']])]);
  const m = added.get(A)!.analysis.entities.find((x) => x.text === 'territories')!;
  assert.equal(m.type, 'PLACE');
  assert.equal(m.added, true);
  assert.ok(added.entity(m.entity), 'the added name is a workspace entity');
  // merge "Zakharova"'s entity into Dmitry Peskov (a journalist's decision, whatever the truth)
  const merged = index([everywhere('Maria Zakharova', [['classifying', 'person'], ['identifying', 'Dmitry Peskov']])]);
  assert.equal(merged.entity('person:maria-zakharova'), undefined);
  const peskov = merged.entity('person:dmitry-peskov')!;
  assert.ok(peskov.aliases.includes('Maria Zakharova'), 'the merged name is an alias');
  assert.ok(merged.mentions('person:dmitry-peskov').some((r) => r.path === A), 'its mentions moved');
  // everywhere, words inside a longer name stay part of it
  const inside = index([everywhere('Zakharova', [['classifying', 'place']])]);
  const full = inside.get(A)!.analysis.entities.find((x) => x.text === 'Maria Zakharova')!;
  assert.equal(full.type, 'PERSON', 'the full name is not cut');
  // rename: the new canonical name, the old one an alias, one entity still
  const renamed = index([everywhere('Keir Starmer', [['classifying', 'person'], ['identifying', 'Sir Keir Starmer']])]);
  const sk = renamed.entity('person:sir-keir-starmer')!;
  assert.equal(sk.name, 'Sir Keir Starmer');
  assert.ok(sk.aliases.includes('Keir Starmer'));
  assert.equal(renamed.entity('person:keir-starmer'), undefined);
  assert.ok(renamed.claims().filter((c) => c.quote.speaker === 'person:sir-keir-starmer').length >= 5, 'his claims follow the new name');
});

test('an annotation whose text is gone is an orphan, listed, never dropped; one whose document is gone too', () => {
  const kept = on(B, textB, 'complete failure', 'commenting', [['commenting', 'check the wire copy']]);
  const gone = on(B, textB, 'tough dialogue', 'commenting', [['commenting', 'a note']]);
  const ix = index([kept, gone, { ann: newAnnotation({ motivation: 'commenting', target: makeTarget('seeds/missing.txt', 'some text', 0, 4), body: [body('commenting', 'x')] }), key: 'seeds/missing.txt' }]);
  assert.equal(ix.orphans().length, 1, 'only the missing document');
  assert.equal(ix.get(B)!.analysis.notes!.length, 2);
  // the words are edited away
  ix.set(B, textB.replace(/tough dialogue/g, 'hard talk'), 2);
  const orphans = ix.orphans();
  assert.deepEqual(orphans.map((o) => o.id).sort(), [gone.ann.id, ix.annotations()[2].ann.id].sort());
  assert.equal(orphans.find((o) => o.id === gone.ann.id)!.exact, 'tough dialogue');
  assert.deepEqual(ix.get(B)!.analysis.notes!.map((n) => n.id), [kept.ann.id]);
  // edits before the annotated words move them; the note follows
  ix.set(B, 'A new first line.\n' + textB, 3);
  const note = ix.get(B)!.analysis.notes!.find((n) => n.id === kept.ann.id)!;
  assert.equal(note.text, 'complete failure');
});

test('with annotations, incremental updates equal a full rebuild', () => {
  const q = quoteAt(index(), B, 'complete failure')!;
  const anns = [
    on(B, textB, q.text, 'classifying', [['classifying', 'claim'], ['identifying', 'Maria Zakharova']]),
    everywhere('Downing Street', [['classifying', 'organisation']]),
    on(A, textA, 'territories', 'classifying', [['classifying', 'place']]),
  ];
  const inc = new WorkspaceIndex();
  inc.setAnnotations(anns.slice(0, 1));
  inc.set(A, textA.slice(0, 300));
  inc.set(B, textB);
  inc.conflicts();
  inc.setAnnotations(anns);
  inc.set(A, textA, 2);
  const full = index(anns);
  const snap = (ix: WorkspaceIndex) => ({ docs: ix.paths().map((p) => ix.get(p)!.analysis), entities: ix.entities(), conflicts: ix.conflicts(), orphans: ix.orphans() });
  assert.deepEqual(snap(inc), snap(full));
});

test('matchSpan: at least half of the shorter span overlaps', () => {
  const items = [{ start: 0, end: 10 }, { start: 20, end: 40 }];
  assert.equal(matchSpan(items, 2, 8), 0);
  assert.equal(matchSpan(items, 8, 30), 1, 'the larger overlap wins');
  assert.equal(matchSpan(items, 9, 19), -1, 'one character of ten is not half');
  assert.equal(matchSpan(items, 15, 25), 1, '5 of the shorter 10');
  assert.equal(matchSpan(items, 50, 60), -1);
});

test('occurrences are word-bounded', () => {
  assert.deepEqual(occurrences('Peskov, Peskovs and Peskov.', 'Peskov'), [0, 20]);
  assert.deepEqual(occurrences('Ann, Anna and Ann', 'Ann'), [0, 14]);
});
