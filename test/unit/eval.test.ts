// The evaluation metric itself (src/measure/eval.ts): character coverage, greedy one-to-one matching, the two
// thresholds, precision/recall/F1 and speaker matching by alias, on small hand-made cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  coverage,
  figures,
  locate,
  matchClaims,
  negativesHit,
  normName,
  overlap,
  readGold,
  scoreDocument,
  speakerMatches,
  summarise,
  type DocInput,
  type GoldClaim,
  type PredClaim,
} from '../../src/measure/eval';
import { ROOT } from './helpers';

const r = (start: number, end: number) => ({ start, end });

function gold(start: number, end: number, extra: Partial<GoldClaim> = {}): GoldClaim {
  return { start, end, text: '', kind: 'direct', speaker: 'Keir Starmer', names: ['Keir Starmer', 'Starmer'], anonymous: false, ...extra };
}

function pred(start: number, end: number, extra: Partial<PredClaim> = {}): PredClaim {
  return { start, end, text: '', kind: 'direct', speakerNames: ['Keir Starmer'], speakerMention: 'Starmer', anonymous: false, ...extra };
}

test('overlap and coverage count characters, relative to the gold span only', () => {
  assert.equal(overlap(r(0, 10), r(5, 20)), 5);
  assert.equal(overlap(r(0, 10), r(10, 20)), 0, 'end is exclusive');
  assert.equal(overlap(r(0, 10), r(20, 30)), 0);
  assert.equal(coverage(r(0, 10), r(5, 20)), 0.5);
  // a prediction far longer than the gold still covers all of it
  assert.equal(coverage(r(10, 20), r(0, 1000)), 1);
  // but a short prediction covers little of a long gold span
  assert.equal(coverage(r(0, 1000), r(10, 20)), 0.01);
  assert.equal(coverage(r(5, 5), r(0, 10)), 0, 'an empty gold span is never covered');
});

test('discontinuous spans count only their pieces', () => {
  const g = { start: 0, end: 30, parts: [[0, 10], [20, 30]] as [number, number][] };
  assert.equal(coverage(g, r(0, 30)), 1);
  assert.equal(coverage(g, r(10, 20)), 0, 'the gap (an inserted "he said") is not part of the claim');
  assert.equal(coverage(g, r(5, 25)), 0.5);
});

test('thresholds are strict: more than 30 % (or 80 %), not equal', () => {
  const g = [r(0, 10)];
  assert.equal(matchClaims(g, [r(0, 3)], 0.3).length, 0, 'exactly 30 % is not a match');
  assert.equal(matchClaims(g, [r(0, 4)], 0.3).length, 1);
  assert.equal(matchClaims(g, [r(0, 8)], 0.8).length, 0, 'exactly 80 % is not a strict match');
  assert.equal(matchClaims(g, [r(0, 9)], 0.8).length, 1);
});

test('greedy one-to-one: the best-covering prediction wins and is used once', () => {
  // one prediction covering two gold claims serves only one of them (the better-covered one)
  const golds = [r(0, 10), r(10, 40)];
  const m = matchClaims(golds, [r(0, 40)], 0.3);
  assert.equal(m.length, 1);
  assert.equal(m[0].gold, 0);
  // two predictions for one gold claim: one matches, the other stays a false alarm
  const m2 = matchClaims([r(0, 10)], [r(0, 5), r(0, 10)], 0.3);
  assert.deepEqual(m2.map((x) => x.pred), [1]);
  // greedy by coverage: gold 1 takes its perfect prediction first, so gold 0 falls back to the other one
  const m3 = matchClaims([r(0, 10), r(5, 15)], [r(5, 15), r(0, 6)], 0.3);
  assert.deepEqual(m3.map((x) => [x.gold, x.pred]), [[0, 1], [1, 0]]);
});

test('precision, recall and F1 over claims', () => {
  const f = figures({ gold: 4, pred: 2, matched: 2, speakerRight: 1 });
  assert.equal(f.precision, 1);
  assert.equal(f.recall, 0.5);
  assert.ok(Math.abs(f.f1 - 2 / 3) < 1e-12);
  assert.equal(f.speakerAccuracy, 0.5);
  const none = figures({ gold: 3, pred: 0, matched: 0, speakerRight: 0 });
  assert.equal(none.precision, 0);
  assert.equal(none.f1, 0);
});

test('speaker matching: canonical name or any gold alias, normalised; anonymous only for anonymous', () => {
  const g = gold(0, 10);
  assert.ok(speakerMatches(g, pred(0, 10, { speakerNames: ['Starmer'] })), 'an alias');
  assert.ok(speakerMatches(g, pred(0, 10, { speakerNames: ['keir  starmer'] })), 'case and spacing');
  assert.ok(!speakerMatches(g, pred(0, 10, { speakerNames: ['Keir Starmer Jr'] })));
  assert.ok(!speakerMatches(g, pred(0, 10, { speakerNames: [] })), 'unresolved is wrong');
  assert.ok(!speakerMatches(g, pred(0, 10, { speakerNames: [], anonymous: true })));
  const anon = gold(0, 10, { speaker: null, names: [], anonymous: true });
  assert.ok(speakerMatches(anon, pred(0, 10, { speakerNames: [], anonymous: true })));
  assert.ok(!speakerMatches(anon, pred(0, 10)), 'a named speaker for an anonymous source is wrong');
  const org = gold(0, 10, { speaker: 'Kremlin', names: ['Kremlin', 'Moscow', 'the Kremlin'] });
  assert.ok(speakerMatches(org, pred(0, 10, { speakerNames: ['The Kremlin'] })), 'a leading "the" is ignored');
  assert.ok(speakerMatches(org, pred(0, 10, { speakerNames: ['Moscow'] })));
  assert.equal(normName('Zelenský’s'), 'zelensky');
  // a gold speaker that is an unnamed, described source: an unnamed prediction by one of its gold names is right
  const memo = gold(0, 10, { speaker: 'memo to staff', names: ['memo to staff', 'the memo'] });
  assert.ok(speakerMatches(memo, pred(0, 10, { speakerNames: [], speakerMention: 'The memo', anonymous: true })));
  assert.ok(!speakerMatches(memo, pred(0, 10, { speakerNames: [], speakerMention: 'the letter', anonymous: true })), 'another description');
  // a named gold speaker is never found by an unnamed prediction, even by one of its aliases
  const company = gold(0, 10, { speaker: 'Quillmere', names: ['Quillmere', 'the company'] });
  assert.ok(!speakerMatches(company, pred(0, 10, { speakerNames: [], speakerMention: 'the company', anonymous: true })));
});

test('a document score: matches, speakers and both thresholds', () => {
  const doc: DocInput = {
    path: 'x.txt',
    subset: 'test',
    text: '',
    gold: [gold(0, 10), gold(20, 30), gold(40, 50, { speaker: 'Vance', names: ['JD Vance', 'Vance'] })],
    pred: [pred(0, 10), pred(22, 30), pred(40, 45), pred(60, 70)],
  };
  const res = scoreDocument(doc);
  const a = res.at['0.3'].counts;
  assert.deepEqual(a, { gold: 3, pred: 4, matched: 3, speakerRight: 2 });
  const b = res.at['0.8'].counts;
  assert.deepEqual(b, { gold: 3, pred: 4, matched: 1, speakerRight: 1 }, '80 % of [20,30) is 8 characters: [22,30) is exactly 80 %, not more');
  const s = summarise([doc], [res]);
  assert.equal(s.at['0.3'].recall, 1);
  assert.equal(s.at['0.3'].precision, 0.75);
  assert.equal(s.kinds.direct.gold, 3);
  assert.equal(s.kinds.direct.at['0.8'].matched, 1);
});

test('listed non-claims count when an unmatched prediction contains them, by whole words', () => {
  const doc: DocInput = {
    path: 'x.txt',
    subset: 'test',
    text: '',
    gold: [gold(0, 10)],
    pred: [pred(0, 10, { text: 'matched' }), pred(20, 40, { text: '“Project Fear”' }), pred(50, 60, { text: '‘streamlined’' })],
    none: ['Project Fear', 'streamline', 'matched'],
  };
  assert.deepEqual(negativesHit(doc, scoreDocument(doc)), ['Project Fear']);
});

test('gold claims are located by exact text and occurrence, and ambiguity is an error', () => {
  const text = 'He said “no”. Later he said “no” again.';
  assert.equal(locate(text, '“no”'), 8);
  assert.equal(locate(text, '“no”', 1), 28);
  assert.equal(locate(text, '“no”', 2), -1);
  const gf = (claims: object[]) => ({ file: 'x.txt', genre: 'wire', source: 'test', speakers: { 'Ann Lee': ['Lee'] }, claims }) as never;
  const g = readGold(gf([{ text: '“no”', occurrence: 1, kind: 'direct', speaker: 'Ann Lee' }]), text, 'x');
  assert.deepEqual([g[0].start, g[0].end, g[0].names], [28, 32, ['Ann Lee', 'Lee']]);
  assert.throws(() => readGold(gf([{ text: '“no”', kind: 'direct', speaker: 'Ann Lee' }]), text, 'x'), /occurs 2 times/);
  assert.throws(() => readGold(gf([{ text: '“yes”', kind: 'direct', speaker: 'Ann Lee' }]), text, 'x'), /not in the document/);
  assert.throws(() => readGold(gf([{ text: '“no”', occurrence: 0, kind: 'quote', speaker: 'Ann Lee' }]), text, 'x'), /bad kind/);
  assert.throws(() => readGold(gf([{ text: 'He said “no”', kind: 'indirect', speaker: 'Ann Lee' }, { text: '“no”', occurrence: 0, kind: 'direct', speaker: 'Ann Lee' }]), text, 'x'), /overlap/);
});

test('every gold file of the fixtures reads cleanly (texts found, unambiguous, no overlaps)', () => {
  const dir = join(ROOT, 'test/fixtures/eval');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.gold.json'));
  assert.ok(files.length >= 25, `${files.length} gold files`);
  let claims = 0;
  for (const rel of files) {
    const gf = JSON.parse(readFileSync(join(dir, rel), 'utf8'));
    const text = readFileSync(join(dir, rel, '..', gf.file), 'utf8');
    claims += readGold(gf, text, rel).length;
  }
  assert.ok(claims >= 250, `${claims} gold claims`);
});
