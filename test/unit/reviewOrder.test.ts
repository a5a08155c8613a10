// Review mode's order (src/core/reviewOrder.ts): unreviewed claims by path then offset, from the cursor on,
// wrapping around.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaimPlaces, nextInReview } from '../../src/core/reviewOrder';

interface C {
  path: string;
  start: number;
  end: number;
  status?: string;
}

const claims: C[] = [
  { path: 'b.txt', start: 50, end: 60 },
  { path: 'a.txt', start: 10, end: 20, status: 'verified' },
  { path: 'a.txt', start: 30, end: 40 },
  { path: 'a.txt', start: 0, end: 5 },
  { path: 'c.txt', start: 0, end: 8, status: 'disputed' },
  { path: 'c.txt', start: 20, end: 30 },
];
const open = (c: C): boolean => c.status === undefined;
const at = (r: { claim: C } | undefined): string | undefined => r && `${r.claim.path}:${r.claim.start}`;

test('without a position: the first unreviewed claim, or the last one going back', () => {
  assert.equal(at(nextInReview(claims, open, undefined, 'next')), 'a.txt:0');
  assert.equal(at(nextInReview(claims, open, undefined, 'previous')), 'c.txt:20');
});

test('from a bare cursor: the claim starting at or after it, in this document first, then the next documents', () => {
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 0, end: 0 }, 'next')), 'a.txt:0');
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 6, end: 6 }, 'next')), 'a.txt:30');
  // the verified claim at 10..20 is skipped
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 8, end: 8 }, 'next')), 'a.txt:30');
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 41, end: 41 }, 'next')), 'b.txt:50');
  // a document with no claims: the next document in path order
  assert.equal(at(nextInReview(claims, open, { path: 'bb.txt', start: 0, end: 0 }, 'next')), 'c.txt:20');
});

test('inside a claim, or with the claim selected: past it, and back before it', () => {
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 33, end: 33 }, 'next')), 'b.txt:50');
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 30, end: 40 }, 'next')), 'b.txt:50');
  assert.equal(at(nextInReview(claims, open, { path: 'b.txt', start: 50, end: 60 }, 'previous')), 'a.txt:30');
  assert.equal(at(nextInReview(claims, open, { path: 'b.txt', start: 55, end: 55 }, 'previous')), 'a.txt:30');
  // inside a reviewed claim: the next unreviewed one after it
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 15, end: 15 }, 'next')), 'a.txt:30');
  assert.equal(at(nextInReview(claims, open, { path: 'a.txt', start: 15, end: 15 }, 'previous')), 'a.txt:0');
});

test('wraps around at either end', () => {
  const last = nextInReview(claims, open, { path: 'c.txt', start: 20, end: 30 }, 'next');
  assert.equal(at(last), 'a.txt:0');
  assert.equal(last?.wrapped, true);
  const first = nextInReview(claims, open, { path: 'a.txt', start: 0, end: 5 }, 'previous');
  assert.equal(at(first), 'c.txt:20');
  assert.equal(first?.wrapped, true);
  assert.equal(nextInReview(claims, open, { path: 'a.txt', start: 6, end: 6 }, 'next')?.wrapped, false);
});

test('the only claim left is returned again; none left gives undefined', () => {
  const one: C[] = [{ path: 'a.txt', start: 0, end: 5 }, { path: 'a.txt', start: 9, end: 12, status: 'verified' }];
  assert.equal(at(nextInReview(one, open, { path: 'a.txt', start: 0, end: 5 }, 'next')), 'a.txt:0');
  assert.equal(nextInReview(one, (c) => c.status === undefined && c.start !== 0, { path: 'a.txt', start: 0, end: 0 }, 'next'), undefined);
  assert.equal(nextInReview([], open, undefined, 'next'), undefined);
});

test('next and previous undo each other', () => {
  const todo = claims.filter(open).sort(compareClaimPlaces);
  for (const c of todo) {
    const n = nextInReview(claims, open, c, 'next')!.claim;
    assert.deepEqual(nextInReview(claims, open, n, 'previous')!.claim, c);
  }
});

test('the input is not reordered', () => {
  const copy = claims.map((c) => ({ ...c }));
  nextInReview(claims, open, undefined, 'next');
  assert.deepEqual(claims, copy);
});
