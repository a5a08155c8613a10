// The annotations file (annotations-v1): parse, canonical serialise, selectors, code point offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type Annotation,
  OffsetMap,
  W3C_CONTEXT,
  WORKSPACE_SOURCE,
  body,
  bodyValue,
  bodyValues,
  isWorkspaceTarget,
  makeTarget,
  newAnnotation,
  parseAnnotations,
  positionSelectorOf,
  quoteSelectorOf,
  serializeAnnotations,
  withBodies,
  workspaceTarget,
} from '../../src/core/annotations';

const T0 = new Date('2026-12-06T10:00:00.123Z');
const T1 = new Date('2026-12-06T10:05:00Z');

function sample(id: string, modified = '2026-12-06T10:00:00Z'): Annotation {
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'classifying',
    created: '2026-12-06T10:00:00Z',
    modified,
    target: { source: 'seeds/a.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Peskov' }] },
    body: [body('classifying', 'person')],
  };
}

test('a serialised file survives parse + serialise byte for byte, unknown fields and bodies included', () => {
  const a = newAnnotation({
    id: 'urn:uuid:2',
    motivation: 'classifying',
    target: makeTarget('seeds/003.txt', 'Kremlin spokesman Dmitry Peskov said “no” 😀.', 18, 31),
    body: [body('classifying', 'claim'), body('identifying', 'Dmitry Peskov'), { type: 'TextualBody', purpose: 'tagging', value: 'x', lang: 'en' }],
    creator: 'Ana',
    now: T0,
  });
  const b: Annotation = {
    ...sample('urn:uuid:1'),
    'x-future': { nested: [1, 'two', null], '10': true },
    target: { source: 's.md', selector: [{ type: 'XPathSelector', value: '/p[2]' }, { type: 'TextQuoteSelector', exact: 'é\u0000"\\' }], state: { type: 'HttpRequestState' } },
    body: [{ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/' } as never, body('commenting', 'line\nbreak')],
  };
  const s1 = serializeAnnotations([a, b]);
  const p = parseAnnotations(s1);
  assert.deepEqual(p.errors, []);
  assert.equal(p.annotations.length, 2);
  const s2 = serializeAnnotations(p.annotations);
  assert.equal(s2, s1);
  assert.deepEqual(p.annotations[0], b);
  assert.deepEqual(p.annotations[1], a);
  assert.equal(s1.split('\n').length, 3, 'one line each, final newline');
});

test('serialise: sorted by id in code-unit order, stable key order, LF, final newline, empty -> ""', () => {
  assert.equal(serializeAnnotations([]), '');
  const ids = ['urn:uuid:b', 'urn:uuid:a', 'urn:uuid:B', 'urn:uuid:ä', 'urn:uuid:aa'];
  const out = serializeAnnotations(ids.map((id) => sample(id)));
  assert.ok(out.endsWith('}\n') && !out.includes('\r'));
  const got = out.trimEnd().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(got, ['urn:uuid:B', 'urn:uuid:a', 'urn:uuid:aa', 'urn:uuid:b', 'urn:uuid:ä']);
  // keys in any order in the file come out in the contract's order; unknown keys after, in their own order
  const line =
    '{"zeta":1,"body":[{"value":"v","purpose":"commenting","type":"TextualBody"}],"target":{"extra":2,"selector":[],"source":"a.txt"},' +
    '"creator":{"type":"Person","name":"Ana"},"modified":"m","created":"c","motivation":"commenting","type":"Annotation","id":"i","@context":"x","alpha":0}';
  assert.equal(
    serializeAnnotations(parseAnnotations(line).annotations),
    '{"@context":"x","id":"i","type":"Annotation","motivation":"commenting","created":"c","modified":"m","creator":{"type":"Person","name":"Ana"},' +
      '"target":{"source":"a.txt","selector":[],"extra":2},"body":[{"value":"v","purpose":"commenting","type":"TextualBody"}],"zeta":1,"alpha":0}\n',
  );
});

test('parse: errors carry 1-based line numbers, a clear message and the raw line', () => {
  const good = serializeAnnotations([sample('urn:uuid:1')]).trimEnd();
  const noId = JSON.stringify({ ...sample('x'), id: undefined });
  const lines = [
    good, // 1
    '', // 2 blank
    '{"id": "broken"', // 3
    '<<<<<<< HEAD', // 4
    '|||||||  base', // 5
    '=======', // 6
    '>>>>>>> origin/main', // 7
    noId, // 8
    JSON.stringify({ ...sample('urn:uuid:3'), type: 'Note' }), // 9
    '[1,2]', // 10
    JSON.stringify({ ...sample('urn:uuid:4'), target: { selector: [] } }), // 11
    JSON.stringify({ ...sample('urn:uuid:5'), target: { source: 'a', selector: {} } }), // 12
    JSON.stringify({ ...sample('urn:uuid:6'), body: ['claim'] }), // 13
    '   ', // 14 blank
    JSON.stringify(sample('urn:uuid:7')), // 15
  ];
  const p = parseAnnotations('\uFEFF' + lines.join('\r\n') + '\r\n');
  assert.deepEqual(p.annotations.map((a) => a.id), ['urn:uuid:1', 'urn:uuid:7']);
  assert.deepEqual(p.errors.map((e) => e.line), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  const msg = (line: number): string => p.errors.find((e) => e.line === line)!.message;
  assert.match(msg(3), /^invalid JSON/);
  for (const l of [4, 5, 6, 7]) assert.equal(msg(l), 'a merge conflict marker');
  assert.match(msg(8), /id/);
  assert.match(msg(9), /"type" is "Note", not "Annotation"/);
  assert.equal(msg(10), 'not a JSON object');
  assert.match(msg(11), /target\.source/);
  assert.match(msg(12), /selector/);
  assert.match(msg(13), /body/);
  // the raw text is kept (without the line ending), so a caller can show or keep it
  assert.equal(p.errors[0].text, '{"id": "broken"');
  assert.equal(p.errors[1].text, '<<<<<<< HEAD');
  // a JSON line that merely contains "=======" is not a conflict marker
  const inside = JSON.stringify({ ...sample('urn:uuid:8'), body: [body('commenting', '=======')] });
  assert.equal(parseAnnotations(inside).errors.length, 0);
});

test('parse: a repeated id keeps the later modified (ties: the later line), at that line\'s place', () => {
  const lines = [
    JSON.stringify({ ...sample('urn:uuid:a', '2026-12-06T10:05:00Z'), motivation: 'newer' }),
    JSON.stringify(sample('urn:uuid:b')),
    JSON.stringify({ ...sample('urn:uuid:a', '2026-12-06T10:01:00Z'), motivation: 'older' }),
    JSON.stringify({ ...sample('urn:uuid:c'), motivation: 'first' }),
    JSON.stringify({ ...sample('urn:uuid:c'), motivation: 'second' }),
  ];
  const p = parseAnnotations(lines.join('\n'));
  assert.deepEqual(p.errors, []);
  assert.deepEqual(p.annotations.map((a) => [a.id, a.motivation]), [
    ['urn:uuid:a', 'newer'],
    ['urn:uuid:b', 'classifying'],
    ['urn:uuid:c', 'second'],
  ]);
  // serialise applies the same rule, so the file never holds an id twice
  const out = serializeAnnotations([
    { ...sample('urn:uuid:a', '2026-12-06T10:05:00Z'), motivation: 'newer' },
    { ...sample('urn:uuid:a', '2026-12-06T10:01:00Z'), motivation: 'older' },
  ]);
  assert.equal(out.trimEnd().split('\n').length, 1);
  assert.match(out, /"newer"/);
});

test('parse: BOM, CRLF, blank lines, no final newline', () => {
  const a = JSON.stringify(sample('urn:uuid:1'));
  const b = JSON.stringify(sample('urn:uuid:2'));
  for (const text of [`\uFEFF${a}\r\n\r\n${b}`, `${a}\n\n\n${b}\n`, `\n${a}\r\n${b}\r\n`]) {
    const p = parseAnnotations(text);
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.annotations.map((x) => x.id), ['urn:uuid:1', 'urn:uuid:2']);
  }
  assert.deepEqual(parseAnnotations(''), { annotations: [], errors: [] });
});

test('makeTarget: exact, prefix/suffix of up to 32 code points, code point positions past emoji', () => {
  const text = 'a'.repeat(40) + 'Jens Stoltenberg' + 'b'.repeat(40);
  const t = makeTarget('x.txt', text, 40, 56);
  const q = t.selector[0] as { exact: string; prefix: string; suffix: string };
  assert.equal(t.source, 'x.txt');
  assert.equal(q.exact, 'Jens Stoltenberg');
  assert.equal(q.prefix, 'a'.repeat(32));
  assert.equal(q.suffix, 'b'.repeat(32));
  assert.deepEqual(t.selector[1], { type: 'TextPositionSelector', start: 40, end: 56 });
  // at the edges: shorter context, none at all at the very start / end
  const edge = makeTarget('x.txt', 'Hello world', 0, 5);
  assert.deepEqual(edge.selector[0], { type: 'TextQuoteSelector', exact: 'Hello', suffix: ' world' });
  const end = makeTarget('x.txt', 'Hello world', 6, 11);
  assert.deepEqual(end.selector[0], { type: 'TextQuoteSelector', exact: 'world', prefix: 'Hello ' });
  // astral characters: each is one code point of context and of position, and is never cut in two
  const emoji = '😀'.repeat(40);
  const et = emoji + 'Peskov' + emoji;
  const s = emoji.length;
  const t2 = makeTarget('x.txt', et, s, s + 6);
  const q2 = t2.selector[0] as { exact: string; prefix: string; suffix: string };
  assert.equal(q2.exact, 'Peskov');
  assert.equal(q2.prefix, '😀'.repeat(32));
  assert.equal(q2.suffix, '😀'.repeat(32));
  assert.equal([...q2.prefix].length, 32);
  assert.deepEqual(t2.selector[1], { type: 'TextPositionSelector', start: 40, end: 46 });
  // offsets inside a pair widen to the whole character
  const t3 = makeTarget('x.txt', 'ab😀cd', 3, 4);
  assert.equal((t3.selector[0] as { exact: string }).exact, '😀');
  assert.deepEqual(t3.selector[1], { type: 'TextPositionSelector', start: 2, end: 3 });
  // prefix boundary falling inside a pair: it takes the whole character
  const mixed = 'x😀' + 'y'.repeat(31) + 'Z';
  const q4 = makeTarget('x.txt', mixed, mixed.length - 1, mixed.length).selector[0] as { prefix: string };
  assert.equal(q4.prefix, '😀' + 'y'.repeat(31));
});

test('OffsetMap: code points <-> UTF-16 both ways on text with emoji, identity without', () => {
  const text = 'a😀b\u{1F1EB}\u{1F1F7} é😀😀c\uD800d'; // flags are two astral code points; a lone surrogate is one
  const map = new OffsetMap(text);
  const cps = Array.from(text);
  let u = 0;
  for (let cp = 0; cp <= cps.length; cp++) {
    assert.equal(map.toUtf16(cp), u, `toUtf16(${cp})`);
    assert.equal(map.toCodePoint(u), cp, `toCodePoint(${u})`);
    if (cp < cps.length) {
      if (cps[cp].length === 2) assert.equal(map.toCodePoint(u + 1), cp, 'inside a pair: that character');
      u += cps[cp].length;
    }
  }
  const plain = new OffsetMap('plain text');
  for (const i of [0, 3, 10, 99]) {
    assert.equal(plain.toCodePoint(i), i);
    assert.equal(plain.toUtf16(i), i);
  }
});

test('helpers: new annotations, bodies, selectors, workspace targets', () => {
  const a = newAnnotation({ motivation: 'assessing', target: makeTarget('a.txt', 'x said y', 0, 8), body: [body('assessing', 'verified')], now: T0 });
  assert.match(a.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(a.created, '2026-12-06T10:00:00Z');
  assert.equal(a.modified, a.created);
  assert.equal(a['@context'], W3C_CONTEXT);
  assert.equal(a.creator, undefined);
  assert.notEqual(newAnnotation({ motivation: 'm', target: a.target, body: [] }).id, a.id);
  const named = newAnnotation({ motivation: 'm', target: a.target, body: [], creator: 'Ana', id: 'urn:uuid:fixed', now: T0 });
  assert.deepEqual(named.creator, { type: 'Person', name: 'Ana' });
  assert.equal(named.id, 'urn:uuid:fixed');
  const b = withBodies(a, [body('assessing', 'disputed'), body('commenting', 'one'), body('commenting', 'two')], T1);
  assert.equal(b.created, a.created);
  assert.equal(b.modified, '2026-12-06T10:05:00Z');
  assert.equal(a.body.length, 1, 'the original is left alone');
  assert.equal(bodyValue(b, 'assessing'), 'disputed');
  assert.deepEqual(bodyValues(b, 'commenting'), ['one', 'two']);
  assert.equal(bodyValue(b, 'identifying'), undefined);
  assert.deepEqual(quoteSelectorOf(a), { type: 'TextQuoteSelector', exact: 'x said y' });
  assert.deepEqual(positionSelectorOf(a), { type: 'TextPositionSelector', start: 0, end: 8 });
  assert.equal(isWorkspaceTarget(a), false);
  const w = newAnnotation({ motivation: 'classifying', target: workspaceTarget('Oval Office'), body: [body('classifying', 'place')] });
  assert.equal(isWorkspaceTarget(w), true);
  assert.deepEqual(w.target, { source: WORKSPACE_SOURCE, selector: [{ type: 'TextQuoteSelector', exact: 'Oval Office' }] });
  assert.equal(positionSelectorOf(w), undefined);
});

test('10,000 annotation lines parse completely (the time is printed; npm run bench measures it)', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said on Monday that “the talks will go on”. '.repeat(300);
  const anns: Annotation[] = [];
  for (let i = 0; i < 10000; i++) {
    const s = (i * 37) % (text.length - 120);
    anns.push(
      newAnnotation({
        id: `urn:uuid:${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
        motivation: 'classifying',
        target: makeTarget('seeds/003_e2d21aa9f853506f.txt', text, s, s + 40 + (i % 80)),
        body: [body('classifying', 'claim'), body('identifying', 'Dmitry Peskov')],
        creator: 'Ana',
        now: T0,
      }),
    );
  }
  const file = serializeAnnotations(anns);
  parseAnnotations(file); // warm up
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const p = parseAnnotations(file);
    times.push(performance.now() - t);
    assert.equal(p.annotations.length, 10000);
  }
  times.sort((x, y) => x - y);
  const t = performance.now();
  serializeAnnotations(anns);
  const ser = performance.now() - t;
  console.log(`parse 10,000 lines (${(file.length / 1e6).toFixed(1)} MB): median ${times[2].toFixed(1)} ms (best ${times[0].toFixed(1)}); serialise ${ser.toFixed(1)} ms`);
});
