// The figure facts computed on the analysis threads (AnalyzePool's figureFacts option): kept for the checks across
// sources on the caller's thread (primeFigureFacts), equal to those the caller would compute, and refused when
// they do not point into the analysis they came with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyzePool } from '../../src/node/analyzePool';
import { ChildAnalyzePool } from '../../src/node/childPool';
import { analyzeText } from '../../src/core/analyze';
import { factIncidents, figureCounterparts, figureFacts, primeFigureFacts, type FactSource, type FigureFact } from '../../src/core/conflicts';

// invented text
const TEXT = [
  'KESTRELFORD, 4 March 2026 - The Marlow Water Board agreed a £2.4bn loan with the Halden Bank on Tuesday, its chair, Ines Varga, said.',
  'Inflation in Kestrelford rose to 3.5% last month, and at least 12 people were killed in floods near the Marlow dam.',
  'The board said about 40,000 homes would be connected by 2028.',
].join('\n\n');

const plain = (fs: FigureFact[]): unknown[] => fs.map((f) => ({ ...f, figure: { start: f.figure.start, end: f.figure.end, text: f.figure.text } }));

test('facts computed on an analysis thread equal those computed here, and are the ones kept', async () => {
  const script = join(process.cwd(), 'dist', 'analyzeWorker.js');
  assert.ok(existsSync(script), 'dist/analyzeWorker.js is built');
  const pool = new AnalyzePool(1, script, true, { figureFacts: true });
  try {
    const a = await pool.analyze(TEXT, 'plaintext');
    const kept = figureFacts(TEXT, a.figures);
    assert.ok(kept.length >= 2, `facts found: ${kept.length}`);
    for (const f of kept) assert.ok(a.figures.includes(f.figure), 'each fact points to a figure of the analysis it came with');
    const here = figureFacts(TEXT, analyzeText(TEXT, { format: 'plaintext' }).figures);
    assert.deepEqual(plain(kept), plain(here));
  } finally {
    await pool.close();
  }
});

test('facts computed in an analysis process (the editor\'s) equal those computed here, and are the ones kept', async () => {
  const script = join(process.cwd(), 'dist', 'analyzeChild.js');
  assert.ok(existsSync(script), 'dist/analyzeChild.js is built');
  const pool = new ChildAnalyzePool(1, script, { figureFacts: true });
  try {
    const a = await pool.analyze(TEXT, 'plaintext');
    assert.deepEqual(a, analyzeText(TEXT, { format: 'plaintext' }), 'the analysis itself is unchanged');
    const kept = figureFacts(TEXT, a.figures);
    assert.ok(kept.length >= 2, `facts found: ${kept.length}`);
    for (const f of kept) assert.ok(a.figures.includes(f.figure), 'each fact points to a figure of the analysis it came with');
    const here = figureFacts(TEXT, analyzeText(TEXT, { format: 'plaintext' }).figures);
    assert.deepEqual(plain(kept), plain(here));
  } finally {
    await pool.close();
  }
});

test('the pool keeps the facts its thread sent with the analysis (a stand-in thread with facts no text gives)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-facts-'));
  const script = join(dir, 'worker.js');
  writeFileSync(script, `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', (req) => {
  const figure = { start: 0, end: 1, text: req.text.slice(0, 1), kind: 'count', value: 1, unit: null };
  const analysis = { entities: [], quotes: [], figures: [figure], clusters: [] };
  const facts = workerData.figureFacts ? [{ figure, measure: 'stand|in', cls: 'level', head: 'x', keys: ['x'], mods: [], label: 'x', lo: 1, hi: 1, sentStart: 0, sentEnd: 1 }] : undefined;
  parentPort.postMessage({ id: req.id, analysis, facts });
});`);
  const pool = new AnalyzePool(1, script, true, { figureFacts: true });
  try {
    const text = 'Zebra crossings: one.';
    const a = await pool.analyze(text, 'plaintext');
    assert.deepEqual(figureFacts(text, a.figures).map((f) => f.measure), ['stand|in']);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('facts that do not point into the figures given are not kept', () => {
  const a = analyzeText(TEXT, { format: 'plaintext' });
  const b = analyzeText(TEXT, { format: 'plaintext' });
  const theirs = figureFacts(TEXT, b.figures);
  assert.ok(theirs.length > 0);
  assert.equal(primeFigureFacts(TEXT, a.figures, theirs), false);
  const mine = figureFacts(TEXT, a.figures);
  assert.notEqual(mine, theirs);
  for (const f of mine) assert.ok(a.figures.includes(f.figure));
  // facts that do point into them are kept as they are
  // (rebuilt as object literals: the same values, each fact pointing to the analysis's figure, rebuilt too)
  assert.ok(mine.length >= 2);
  const some = mine.slice(0, 1);
  const expected = plain(some);
  const json = JSON.stringify(a.figures);
  assert.equal(primeFigureFacts(TEXT, a.figures, some), true);
  const kept = figureFacts(TEXT, a.figures);
  assert.deepEqual(plain(kept), expected);
  assert.ok(a.figures.includes(kept[0].figure));
  assert.equal(JSON.stringify(a.figures), json);
  assert.equal(figureFacts(TEXT, a.figures), kept);
  // and a different text is not answered from them
  assert.equal(figureFacts(TEXT + ' ', a.figures).length, mine.length);
});

test('the kinds of incident sent with the facts are the ones the figure check compares counts by', () => {
  // invented texts
  const a = 'KESTRELFORD, 4 March 2026 - Twelve people were killed in floods near the Marlow dam, Ines Varga of the Marlow Water Board said.';
  const b = 'KESTRELFORD, 4 March 2026 - Fourteen people were killed in floods near the Marlow dam, Ines Varga of the Marlow Water Board said.';
  const sources = (): FactSource[] => [
    { path: 'a.txt', text: a, analysis: analyzeText(a, { format: 'plaintext' }) },
    { path: 'b.txt', text: b, analysis: analyzeText(b, { format: 'plaintext' }) },
  ];
  const countOf = (s: FactSource) => s.analysis.figures.find((f) => f.kind === 'count')!;
  // as computed here: the other article's count differs
  const plainRun = sources();
  assert.deepEqual(factIncidents(b, figureFacts(b, plainRun[1].analysis.figures)), ['flood']);
  assert.equal(figureCounterparts(plainRun, 'a.txt', countOf(plainRun[0])).differ.length, 1);
  // the same with b's facts and incidents as a thread would send them: the same answer
  const sent = sources();
  const facts = figureFacts(b, sent[1].analysis.figures);
  assert.equal(primeFigureFacts(b, sent[1].analysis.figures, facts, factIncidents(b, facts)), true);
  assert.equal(figureCounterparts(sent, 'a.txt', countOf(sent[0])).differ.length, 1);
  // incidents that are kept are the ones used: victims of a quake are not victims of a flood
  const other = sources();
  assert.equal(primeFigureFacts(b, other[1].analysis.figures, figureFacts(b, other[1].analysis.figures), ['quake']), true);
  assert.equal(figureCounterparts(other, 'a.txt', countOf(other[0])).differ.length, 0);
  // no count, no incidents to send
  assert.equal(factIncidents(TEXT, []), undefined);
});
