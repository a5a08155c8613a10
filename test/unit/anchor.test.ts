// Anchoring annotations again after edits (annotations-v1): each step on its own, a brute-force check of the
// approximate search, and the property test: random edit sequences on annotated articles, where each annotation's
// span is tracked through the edits to know where it truly went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Anchored, anchorAll, anchorTarget } from '../../src/core/anchor';
import { type AnnotationTarget, OffsetMap, makeTarget, workspaceTarget } from '../../src/core/annotations';
import { rng } from '../../src/core/rng';
import { readSeed, seedNames } from './helpers';

const quoteT = (exact: string, prefix?: string, suffix?: string, pos?: [number, number]): AnnotationTarget => ({
  source: 'a.txt',
  selector: [
    { type: 'TextQuoteSelector', exact, ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) },
    ...(pos ? [{ type: 'TextPositionSelector', start: pos[0], end: pos[1] }] : []),
  ],
});
const slice = (text: string, a: Anchored | null): string | undefined => (a ? text.slice(a.start, a.end) : undefined);

/** Edit distance (Levenshtein, code units): the reference the anchorer is checked against. */
function lev(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The fewest edits between `pat` and any substring of `text` (the O(n·m) textbook DP). */
function bruteBest(text: string, pat: string): number {
  const m = pat.length;
  let col = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let cur = new Int32Array(m + 1);
  let best = m;
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    cur[0] = 0;
    for (let i = 1; i <= m; i++) cur[i] = Math.min(col[i] + 1, cur[i - 1] + 1, col[i - 1] + (pat.charCodeAt(i - 1) === c ? 0 : 1));
    [col, cur] = [cur, col];
    best = Math.min(best, col[m]);
  }
  return best;
}

const maxEdits = (exact: string): number => Math.max(1, Math.floor(exact.length / 8));

// ---- each step --------------------------------------------------------------------------------------------

test('step 1: the position, counted in code points, when the text there is still exact', () => {
  const text = '😀🇺🇦 Peskov said no. Peskov said yes.';
  const t = makeTarget('a.txt', text, text.lastIndexOf('Peskov'), text.lastIndexOf('Peskov') + 6);
  assert.deepEqual((t.selector[1] as { start: number }).start, text.lastIndexOf('Peskov') - 3, 'three astral characters before');
  const r = anchorTarget(text, t);
  assert.deepEqual(r, { start: text.lastIndexOf('Peskov'), end: text.lastIndexOf('Peskov') + 6, how: 'position' });
  // a shared OffsetMap gives the same
  assert.deepEqual(anchorTarget(text, t, new OffsetMap(text)), r);
  // a position alone is used only while it lies inside the text
  const posOnly: AnnotationTarget = { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 2, end: 5 }] };
  assert.deepEqual(anchorTarget(text, posOnly), { start: 4, end: 8, how: 'position' }, 'code points 2-5: 🇦 and " Pe"');
  assert.equal(anchorTarget('abcd', posOnly), null);
  assert.deepEqual(anchorTarget('abcde', posOnly), { start: 2, end: 5, how: 'position' });
  // workspace targets are the callers' business
  assert.equal(anchorTarget('Oval Office', workspaceTarget('Oval Office')), null);
});

test('step 2: the occurrence whose context agrees best, the nearest to the old position on a tie', () => {
  const text = 'Trump said the deal was good. Later Zelensky said the deal was good. Then Rutte said the deal was good.';
  // the stored context points at the second one, the stale position at the third
  const t = quoteT('said the deal was good', 'Later Zelensky ', '. Then', [85, 107]);
  const r = anchorTarget(text, t)!;
  assert.equal(r.how, 'quote');
  assert.equal(r.start, text.indexOf('said', text.indexOf('Zelensky')));
  // no context: the occurrence nearest the old position
  const near = anchorTarget(text, quoteT('said the deal was good', undefined, undefined, [80, 102]))!;
  assert.equal(near.start, text.indexOf('said', text.indexOf('Rutte')));
  assert.equal(anchorTarget(text, quoteT('said the deal was good'))!.start, text.indexOf('said'), 'no position: the first');
  // a partial agreement still counts: the suffix says "Then"
  const part = anchorTarget(text, quoteT('said the deal was good', 'XXXX', '. Then R'))!;
  assert.equal(part.start, text.indexOf('said', text.indexOf('Zelensky')));
  // the stale position now holds something else: the quote is found again
  assert.equal(anchorTarget('New intro. ' + text, t)!.start, 11 + text.indexOf('said', text.indexOf('Zelensky')));
});

test('step 3: an approximate match, bounded, the context choosing among equal ones', () => {
  const text = 'The minister, Jens Stoltenberg, said on Monday that the alliance would meet again in June.';
  const exact = 'Jens Stoltenberg, said on Monday';
  const t = makeTarget('a.txt', text, text.indexOf(exact), text.indexOf(exact) + exact.length);
  const edited = 'The minister, Jens Stoltenbergh, said on Mondey that the alliance would meet again in June.';
  const r = anchorTarget(edited, t)!;
  assert.equal(r.how, 'fuzzy');
  assert.equal(slice(edited, r), 'Jens Stoltenbergh, said on Mondey');
  // more edits than floor(32 / 8) = 4: an orphan
  assert.equal(anchorTarget('The minister, Jans Staltenbarg, sad an Monday that', t), null);
  // shorter than 8 characters: never approximate
  assert.equal(anchorTarget('Peskav said', quoteT('Peskov')), null);
  assert.equal(anchorTarget('Peskov said', quoteT('Peskov'))!.how, 'quote');
  // two equally close matches: the context decides, not the order
  const two = 'Rutte: the aliance is ready. Macron: the aliance is ready.';
  const ctx = anchorTarget(two, quoteT('the alliance is ready', 'Macron: ', '.'))!;
  assert.equal(ctx.how, 'fuzzy');
  assert.equal(ctx.start, two.indexOf('the', two.indexOf('Macron')));
  // the window around the old position first, even when a match elsewhere is as good
  const far = 'x'.repeat(3000) + ' the alliance is reedy ' + 'y'.repeat(3000) + ' the alliance is reedy ';
  const old = far.lastIndexOf('the');
  assert.equal(anchorTarget(far, quoteT('the alliance is ready', undefined, undefined, [old, old + 21]))!.start, old);
  assert.equal(anchorTarget(far, quoteT('the alliance is ready', undefined, undefined, [5, 26]))!.start, far.indexOf('the'));
  // a long quote (several 32-row blocks) with scattered edits, moved far away in a long text
  const long =
    '"We have to find a way that we can all work together. Because, in the end, we\'ve had three years of bloody conflict. Now we need to get to that lasting peace," Starmer told the BBC.';
  const base = 'Filler sentence number one. '.repeat(400);
  const lt = makeTarget('a.txt', base + long + ' ' + base, base.length, base.length + long.length);
  const changed = long.replace('find a way', 'find some way').replace('bloody', 'blody').replace('BBC', 'B.B.C');
  const moved = changed + ' ' + base + base;
  const lr = anchorTarget(moved, lt)!;
  assert.equal(lr.how, 'fuzzy');
  assert.equal(slice(moved, lr), changed);
});

test('step 3 finds the fewest edits the textbook DP finds (random small alphabets, 1- and multi-block patterns)', () => {
  const rand = rng(7);
  const pick = (s: string): string => s[Math.floor(rand() * s.length)];
  let fuzzyHits = 0;
  for (let round = 0; round < 440; round++) {
    // the last 40 rounds in long texts, where only the regions holding pieces of the pattern are scanned
    const long = round >= 400;
    const alpha = round % 2 && !long ? 'abc' : 'abcdefgh ';
    const m = 8 + Math.floor(rand() * (round % 3 === 0 ? 90 : 30));
    const pat = Array.from({ length: m }, () => pick(alpha)).join('');
    // a text with a mutated copy of the pattern in it, or none
    let copy = pat;
    const edits = Math.floor(rand() * (maxEdits(pat) + 2));
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * copy.length);
      const op = rand();
      copy = op < 0.33 ? copy.slice(0, at) + pick(alpha) + copy.slice(at + 1) : op < 0.66 ? copy.slice(0, at) + copy.slice(at + 1) : copy.slice(0, at) + pick(alpha) + copy.slice(at);
    }
    const noise = (n: number): string => Array.from({ length: n }, () => pick(alpha)).join('');
    const pad = long ? 10000 : 300;
    const text = noise(Math.floor(rand() * pad)) + (rand() < 0.8 ? copy : '') + noise(Math.floor(rand() * pad));
    const best = bruteBest(text, pat);
    const oldAt = Math.floor(rand() * text.length);
    const target = quoteT(pat, undefined, undefined, rand() < 0.5 ? [oldAt, oldAt + m] : undefined);
    const r = anchorTarget(text, target);
    const k = maxEdits(pat);
    if (best === 0) assert.equal(slice(text, r), pat);
    else if (best > k) assert.equal(r, null, `round ${round}: best ${best} > k ${k}`);
    else {
      assert.ok(r, `round ${round}: a match with ${best} <= ${k} edits exists`);
      assert.equal(r.how, 'fuzzy');
      assert.ok(r.end > r.start);
      const d = lev(text.slice(r.start, r.end), pat);
      if (target.selector.length === 1) assert.equal(d, best, `round ${round}: whole-text search finds the fewest edits`);
      else assert.ok(d <= k, `round ${round}: within the bound`); // the window around the old position comes first
      fuzzyHits++;
    }
  }
  assert.ok(fuzzyHits > 100, `${fuzzyHits} approximate matches checked`);
});

test('step 3 in a 1 MB text: a long quote with one edit is found, an orphan costs a bounded time', () => {
  const seed = seedNames().map(readSeed).join('\n\n');
  const big = seed.repeat(Math.ceil(1e6 / seed.length));
  const quote = seed.slice(100, 2100); // 2,000 characters: 63 blocks of 32 rows, k = 250
  const edited = quote.replace('Starmer', 'Starmar');
  const text = big.replace(quote, edited).split(quote).join(quote.replace(/e/g, 'E')); // one copy edited once, the others many times
  const t0 = performance.now();
  const r = anchorTarget(text, quoteT(quote))!;
  const found = performance.now() - t0;
  assert.equal(r.how, 'fuzzy');
  assert.equal(slice(text, r), edited);
  // nothing like it anywhere: the search stops at its work cap
  const t1 = performance.now();
  assert.equal(anchorTarget(big, quoteT('Zq'.repeat(600) + quote.slice(0, 800))), null);
  const orphan = performance.now() - t1;
  console.log(`1 MB text, 2,000-character quote: found with 1 edit in ${found.toFixed(1)} ms; a 2,000-character orphan in ${orphan.toFixed(1)} ms`);
});

test('anchorAll: one result per target, the same as anchorTarget on each; empty exact; no quote', () => {
  const text = readSeed(seedNames()[0]);
  const targets: AnnotationTarget[] = [];
  for (let i = 0; i < 40; i++) targets.push(makeTarget('a.txt', text, i * 97, i * 97 + 5 + (i % 30)));
  targets.push(workspaceTarget('Starmer'), quoteT(''), quoteT('', 'Keir ', 'Starmer'), quoteT('not in the text at all'));
  const edited = 'Intro line.\n\n' + text.replace(/Starmer/g, 'Starmer,');
  const all = anchorAll(edited, targets);
  assert.equal(all.length, targets.length);
  assert.deepEqual(all, targets.map((t) => anchorTarget(edited, t)));
  assert.equal(all[40], null);
  assert.equal(all[41], null, 'empty exact, no context: nothing to find');
  assert.equal(all[42]!.start, edited.indexOf('Keir Starmer') + 5);
  assert.equal(all[43], null);
});

// ---- the property test --------------------------------------------------------------------------------------

const NAMES = ['Jens Stoltenberg', 'Dmitry Peskov', 'Keir Starmer', 'Volodymyr Zelensky', 'Mark Rutte', 'Ursula von der Leyen', 'Emmanuel Macron', 'Stoltenberg', 'Peskov'];
const QUOTES = [
  'we stand together',
  'the talks will go on',
  'this is a once-in-a-generation moment',
  'nobody wants to see this',
  'we will not accept any deal without Ukraine',
  'the alliance is ready',
  'peace must be just and lasting',
];
const EMOJI = ['😀', '🇺🇦', '👍🏽', '🔥', '𝔄', '🙂'];
const FILLER = ['on Monday', 'in Brussels', 'after the summit', 'according to officials', 'in a statement', 'at a press conference'];

/** A made-up article: repeated names, quotes and phrases (so context must choose), emoji and astral letters. */
function article(rand: () => number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)];
  const sentence = (): string => {
    const n = pick(NAMES);
    const q = pick(QUOTES);
    switch (Math.floor(rand() * 6)) {
      case 0:
        return `${n} said “${q}” ${pick(FILLER)}.`;
      case 1:
        return `"${q[0].toUpperCase()}${q.slice(1)}," ${n} told reporters ${pick(FILLER)}.`;
      case 2:
        return `According to ${n}, ${q} ${pick(FILLER)}.`;
      case 3:
        return `${n} ${pick(EMOJI)} said ${q}.`;
      case 4:
        return `The meeting ${pick(FILLER)} was short.`;
      default:
        return `${n} said ${q} ${pick(FILLER)}, and ${pick(NAMES)} agreed ${pick(EMOJI)}.`;
    }
  };
  const paras: string[] = [];
  const np = 4 + Math.floor(rand() * 10);
  for (let p = 0; p < np; p++) paras.push(Array.from({ length: 1 + Math.floor(rand() * 5) }, sentence).join(' '));
  return paras.join('\n\n');
}

/** Snaps an offset out of a surrogate pair (to its start). */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff ? i - 1 : i;
}

/** Random spans worth annotating: sentences, names, quotations, and arbitrary 3-200 character stretches. */
function randomSpans(text: string, rand: () => number, n: number): [number, number][] {
  const pools: [number, number][][] = [[], [], []];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]/g)) pools[0].push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*/gu)) pools[1].push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/“[^”]*”|"[^"\n]*"/g)) pools[2].push([m.index! + 1, m.index! + m[0].length - 1]);
  const out: [number, number][] = [];
  while (out.length < n) {
    const kind = Math.floor(rand() * 4);
    let s: number;
    let e: number;
    if (kind < 3 && pools[kind].length) [s, e] = pools[kind][Math.floor(rand() * pools[kind].length)];
    else {
      s = Math.floor(rand() * (text.length - 3));
      e = s + 3 + Math.floor(rand() * 198);
    }
    s = snap(text, Math.max(0, s));
    e = snap(text, Math.min(text.length, e));
    if (e - s >= 3 && e - s <= 200 && text.slice(s, e).trim() !== '') out.push([s, e]);
  }
  return out;
}

/** An annotated span followed through the edits: where its text truly is, and whether an edit touched it. */
interface Tracked {
  s: number;
  e: number;
  touched: boolean;
}

/** Replaces text[at, at + del) by ins, moving the tracked spans the way an editor moves its markers. */
function splice(text: string, at: number, del: number, ins: string, spans: Tracked[]): string {
  const delta = ins.length - del;
  for (const t of spans) {
    if (at + del <= t.s) {
      // wholly before the span (an insertion right at its start goes before it)
      t.s += delta;
      t.e += delta;
    } else if (at >= t.e) {
      // wholly after it (an insertion right at its end goes after it)
    } else {
      t.touched = true;
      const s = t.s < at ? t.s : at;
      const e = t.e > at + del ? t.e + delta : at + ins.length;
      t.s = s;
      t.e = Math.max(s, e);
    }
  }
  return text.slice(0, at) + ins + text.slice(at + del);
}

/** Paragraph starts (0 and after each blank line). */
function paragraphStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\r?\n\r?\n/g)) out.push(m.index! + m[0].length);
  return out;
}

const EDITS = ['insert', 'delete', 'move', 'crlf', 'emoji', 'replace', 'duplicate'] as const;

/** One random edit; returns the new text and its name. */
function randomEdit(text: string, spans: Tracked[], rand: () => number): [string, string] {
  const kind = EDITS[Math.floor(rand() * EDITS.length)];
  const pos = (): number => snap(text, Math.floor(rand() * (text.length + 1)));
  const words = (): string => Array.from({ length: 1 + Math.floor(rand() * 8) }, () => ['the', 'said', 'Peskov', 'alliance', 'Monday', 'talks', ',', 'new'][Math.floor(rand() * 8)]).join(' ');
  switch (kind) {
    case 'insert':
      return [splice(text, pos(), 0, rand() < 0.5 ? ' ' + words() + ' ' : '\n\n' + words() + '.', spans), kind];
    case 'delete': {
      const a = pos();
      const b = snap(text, Math.min(text.length, a + 1 + Math.floor(rand() * 300)));
      return [splice(text, a, b - a, '', spans), kind];
    }
    case 'replace': {
      const a = pos();
      const b = snap(text, Math.min(text.length, a + 1 + Math.floor(rand() * 40)));
      return [splice(text, a, b - a, words(), spans), kind];
    }
    case 'duplicate': {
      // a copy of some stretch pasted elsewhere: a second occurrence of annotated text, context must choose
      const a = pos();
      const b = snap(text, Math.min(text.length, a + 20 + Math.floor(rand() * 200)));
      return [splice(text, pos(), 0, text.slice(a, b), spans), kind];
    }
    case 'emoji': {
      const t = spans[Math.floor(rand() * spans.length)];
      const at = snap(text, Math.max(0, t.s - Math.floor(rand() * 60)));
      return [splice(text, at, 0, EMOJI[Math.floor(rand() * EMOJI.length)], spans), kind];
    }
    case 'crlf': {
      // the whole text to CRLF, or back to LF: one splice per line ending, from the end so offsets hold
      const toLf = text.includes('\r\n');
      const at: number[] = [];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        const cr = i > 0 && text[i - 1] === '\r';
        if (toLf && cr) at.push(i - 1);
        if (!toLf && !cr) at.push(i);
      }
      for (let j = at.length - 1; j >= 0; j--) text = toLf ? splice(text, at[j], 1, '', spans) : splice(text, at[j], 0, '\r', spans);
      return [text, kind];
    }
    case 'move': {
      // cut a paragraph (with its blank line) and paste it before another one
      const starts = paragraphStarts(text);
      if (starts.length < 3) return [text, 'none'];
      const i = Math.floor(rand() * (starts.length - 1));
      const [a, b] = [starts[i], starts[i + 1]];
      const cut = text.slice(a, b);
      const inside = spans.filter((t) => t.s >= a && t.e <= b);
      const offs = inside.map((t) => [t.s - a, t.e - a]);
      const others = spans.filter((t) => !inside.includes(t));
      let out = splice(text, a, b - a, '', others);
      const targets = paragraphStarts(out).filter((p) => p !== a);
      const to = targets[Math.floor(rand() * targets.length)];
      out = splice(out, to, 0, cut, others);
      inside.forEach((t, j) => {
        t.s = to + offs[j][0];
        t.e = to + offs[j][1];
      });
      return [out, kind];
    }
  }
}

test('property: 1,000 random edit sequences on annotated articles', () => {
  const rand = rng(20261206);
  const seeds = seedNames().map(readSeed);
  const how = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  let total = 0;
  let survived = 0;
  let survivedExact = 0;
  let uniqueUntouched = 0;
  let uniqueAtTrue = 0;
  let repeatedUntouched = 0;
  let repeatedAtTrue = 0;
  let samePosition = 0;
  let gone = 0;
  let fuzzyOnTrue = 0;
  const editCounts: Record<string, number> = {};
  const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
  for (let seq = 0; seq < 1000; seq++) {
    const original = seq % 4 === 0 ? seeds[(seq / 4) % seeds.length] : article(rand);
    const spans = randomSpans(original, rand, 12);
    const targets = spans.map(([s, e]) => makeTarget('a.txt', original, s, e));
    const exacts = spans.map(([s, e]) => original.slice(s, e));
    const tracked: Tracked[] = spans.map(([s, e]) => ({ s, e, touched: false }));
    let text = original;
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const [next, kind] = randomEdit(text, tracked, rand);
      text = next;
      editCounts[kind] = (editCounts[kind] ?? 0) + 1;
    }
    const results = anchorAll(text, targets);
    assert.equal(results.length, targets.length, 'one result per target, none dropped');
    const newMap = new OffsetMap(text);
    for (let i = 0; i < targets.length; i++) {
      total++;
      const r = results[i];
      const exact = exacts[i];
      const t = tracked[i];
      how[r ? r.how : 'orphan']++;
      if (r) {
        assert.ok(r.end > r.start && r.start >= 0 && r.end <= text.length, `seq ${seq}: a proper range`);
        assert.ok(!astral.test(text[r.start - 1] + text[r.start]) && !astral.test(text[r.end - 1] + text[r.end]), `seq ${seq}: no pair split`);
      }
      if (!t.touched) assert.equal(text.slice(t.s, t.e), exact, `seq ${seq}: the tracker follows the span`);
      const first = text.indexOf(exact);
      if (first >= 0) {
        survived++;
        if (slice(text, r) === exact) survivedExact++;
        if (t.touched) continue;
        const unique = text.indexOf(exact, first + 1) < 0;
        const atTrue = r !== null && r.start === t.s && r.end === t.e;
        if (unique) {
          uniqueUntouched++;
          if (atTrue) uniqueAtTrue++;
          assert.ok(atTrue, `seq ${seq}: unique untouched "${exact}" anchored at its true place ${t.s}, got ${JSON.stringify(r)}`);
        } else {
          repeatedUntouched++;
          if (atTrue) repeatedAtTrue++;
        }
        // the same code point range as before: step 1 must take it, whatever astral characters came before
        const pos = targets[i].selector[1] as { start: number; end: number };
        if (newMap.toCodePoint(t.s) === pos.start && newMap.toCodePoint(t.e) === pos.end) {
          samePosition++;
          assert.equal(r!.how, 'position', `seq ${seq}: unchanged code point range anchors by position`);
        }
      } else {
        // the exact text is gone: an orphan, or an approximate match within the bound
        gone++;
        if (r) {
          assert.equal(r.how, 'fuzzy', `seq ${seq}: "${exact}" is gone, so only a fuzzy match`);
          assert.ok(exact.length >= 8, 'no fuzzy match for short quotes');
          assert.ok(lev(text.slice(r.start, r.end), exact) <= maxEdits(exact) + 1, `seq ${seq}: fuzzy within the bound (+1 for a widened pair)`);
          if (r.start < t.e && t.s < r.end) fuzzyOnTrue++;
        }
      }
    }
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;
  console.log(`anchoring after 1,000 random edit sequences (${JSON.stringify(editCounts)}):`);
  console.log(`  ${total} annotations: position ${how.position}, quote ${how.quote}, fuzzy ${how.fuzzy}, orphans ${how.orphan}`);
  console.log(`  exact text survives: ${survived}, anchored on exactly that text: ${survivedExact} (${pct(survivedExact, survived)})`);
  console.log(`  untouched and unique: ${uniqueAtTrue}/${uniqueUntouched} at the true place (${pct(uniqueAtTrue, uniqueUntouched)})`);
  console.log(`  untouched, text repeated: ${repeatedAtTrue}/${repeatedUntouched} at the true place (${pct(repeatedAtTrue, repeatedUntouched)})`);
  console.log(`  code point range unchanged -> by position: ${samePosition}`);
  console.log(`  exact text gone: ${gone}: fuzzy ${how.fuzzy} (${fuzzyOnTrue} overlapping the true place), orphans ${gone - how.fuzzy}`);
  assert.ok(survivedExact / survived >= 0.99, `survivors anchored on their text: ${pct(survivedExact, survived)}`);
  assert.equal(uniqueAtTrue, uniqueUntouched);
  assert.ok(repeatedAtTrue / repeatedUntouched >= 0.97, `repeated texts at the true place: ${pct(repeatedAtTrue, repeatedUntouched)}`);
  assert.ok(uniqueUntouched > 2000 && repeatedUntouched > 200 && how.fuzzy > 100 && samePosition > 1000, 'the sample covers every case');
});

// ---- speed --------------------------------------------------------------------------------------------------

test('re-anchoring 50 annotations of a 20 KB article after an edit: by position, quote and fuzzy match (the time is printed; npm run bench measures it)', () => {
  const rand = rng(42);
  let text = seedNames().map(readSeed).join('\n\n');
  while (text.length < 20000) text += '\n\n' + article(rand);
  text = text.slice(0, 20000);
  const spans = randomSpans(text, rand, 50).sort((a, b) => a[0] - b[0]);
  const targets = spans.map(([s, e]) => makeTarget('a.txt', text, s, e));
  // an edit in the middle: the second half moves (quote search), and one span loses a character (fuzzy)
  const mid = text.indexOf('.', 10000) + 1;
  let edited = text.slice(0, mid) + ' A new sentence was added here.' + text.slice(mid);
  const victim = targets.findIndex((t, i) => spans[i][0] > mid + 1000 && spans[i][1] - spans[i][0] > 40);
  const ve = (targets[victim].selector[0] as { exact: string }).exact;
  const vAt = edited.indexOf(ve, mid);
  edited = edited.slice(0, vAt + 10) + edited.slice(vAt + 11);
  for (let i = 0; i < 20; i++) anchorAll(edited, targets); // warm up
  const times: number[] = [];
  let res: (Anchored | null)[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    res = anchorAll(edited, targets);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const by = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  for (const r of res) by[r ? r.how : 'orphan']++;
  console.log(`re-anchor 50 annotations, 20 KB: median ${times[25].toFixed(2)} ms, best ${times[0].toFixed(2)} ms, p90 ${times[45].toFixed(2)} ms (${JSON.stringify(by)})`);
  assert.equal(res[victim]!.how, 'fuzzy');
  assert.ok(by.quote > 5);
});
