// The CLI and its JSON contract (shared/contract/analysis-v1.md), run as a user would run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { analyzeJobs, THREADS_FROM_FILES } from '../../src/node/analyzePool';

const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the CLI is built', () => {
  assert.ok(existsSync(CLI), 'npm run build makes dist/cli.js');
});

test('analyze --json seeds follows the contract and every span is the file slice', () => {
  const r = run(['analyze', '--json', 'seeds']);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out);
  assert.equal(out.version, 1);
  assert.deepEqual(Object.keys(out).sort(), ['conflicts', 'documents', 'entities', 'version']);
  assert.equal(out.documents.length, 2);
  const ids = new Set(out.entities.map((e: { id: string }) => e.id));
  for (const d of out.documents) {
    assert.match(d.path, /^seeds\/\d{3}_[0-9a-f]+\.txt$/);
    const text = readFileSync(join(ROOT, d.path), 'utf8');
    const check = (s: { start: number; end: number; text: string } | null, what: string): void => {
      if (s === null) return;
      assert.equal(typeof s.start, 'number');
      assert.equal(text.slice(s.start, s.end), s.text, `${what} at ${s.start}`);
    };
    let prev = -1;
    for (const e of d.entities) {
      check(e, 'entity');
      assert.ok(['PERSON', 'ORG', 'PLACE'].includes(e.type) || /^[A-Z]+$/.test(e.type));
      assert.ok(ids.has(e.entity), `entity id ${e.entity} is listed`);
      assert.ok(e.start >= prev, 'entities in text order');
      prev = e.start;
    }
    for (const q of d.quotes) {
      check(q, 'quote');
      check(q.cue, 'cue');
      check(q.speakerMention, 'speakerMention');
      // the contract's four kinds, and the typed claims Byline adds (README, the command line and its contract)
      assert.ok(['direct', 'partial', 'mixed', 'indirect', 'stance', 'belief', 'evidence'].includes(q.kind));
      assert.ok(q.speaker === null || ids.has(q.speaker), `speaker ${q.speaker} is listed`);
    }
    for (const f of d.figures) {
      check(f, 'figure');
      assert.ok(typeof f.value === 'number' || typeof f.value === 'string' || f.value === null);
    }
  }
  for (const e of out.entities) {
    assert.deepEqual(Object.keys(e).sort(), ['aliases', 'id', 'name', 'roles', 'type']);
  }
  for (const c of out.conflicts) {
    assert.ok(['role', 'quote', 'figure'].includes(c.kind));
    assert.ok(c.locations.length >= 2);
  }
  // the contract's own example record
  const q = out.documents[0].quotes.find((x: { start: number }) => x.start === 129);
  assert.deepEqual(q, {
    start: 129, end: 145, text: '"tough dialogue"', kind: 'partial', speaker: 'person:volodymyr-zelensky',
    cue: { start: 65, end: 74, text: 'expressed' }, speakerMention: { start: 56, end: 64, text: 'Zelensky' },
  });
  const loan = out.documents[0].figures.find((f: { text: string }) => f.text === '£2.26bn');
  assert.deepEqual(loan, { start: 526, end: 533, text: '£2.26bn', kind: 'money', value: 2260000000, unit: 'GBP' });
});

test('the readable report groups claims by speaker and lists conflicts', () => {
  const r = run(['analyze', 'seeds']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /CLAIMS BY SPEAKER/);
  assert.match(r.out, /^ {2}Volodymyr Zelensky \(\d+\)$/m);
  assert.match(r.out, /CONFLICTS BETWEEN SOURCES/);
  assert.match(r.out, /Jens Stoltenberg.*Mark Rutte/);
});

test('bad files get an error record, the others are analysed, the exit status is 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  writeFileSync(join(dir, 'good.txt'), '"We will win," Jane Smith said.');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\n\nJohn Brown said "hello there my friends".')]));
  const r = run(['analyze', '--json', dir, join(dir, 'missing.txt')]);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.out);
  const byName = new Map(out.documents.map((d: { path: string }) => [d.path.split('/').pop(), d]));
  assert.match((byName.get('binary.txt') as { error: string }).error, /binary/);
  assert.match((byName.get('missing.txt') as { error: string }).error, /no such file/);
  const good = byName.get('good.txt') as { quotes: { speaker: string }[] };
  assert.equal(good.quotes.length, 1);
  assert.equal(good.quotes[0].speaker, 'person:jane-smith');
  // the BOM is dropped: offsets count from the first character after it
  const bom = byName.get('bom.md') as { entities: { text: string; start: number }[] };
  const john = bom.entities.find((e) => e.text === 'John Brown')!;
  assert.equal(john.start, '# Title\n\n'.length);
  assert.match(r.err, /binary/);
});

test('usage errors exit 2 and say how to call it', () => {
  const r = run(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Usage: byline analyze/);
});

test('analyze --json gives the same bytes with one job and with several, and is JSON.stringify(…, null, 2)', () => {
  const one = run(['analyze', '--json', '--jobs', '1', 'seeds', 'test/fixtures/conflicts']);
  const three = run(['analyze', '--json', '--jobs', '3', 'seeds', 'test/fixtures/conflicts']);
  assert.equal(one.code, 0, one.err);
  assert.equal(three.code, 0, three.err);
  assert.equal(three.out, one.out);
  // without --jobs (one thread for a folder this size): the same bytes
  assert.equal(run(['analyze', '--json', 'seeds', 'test/fixtures/conflicts']).out, one.out);
  assert.equal(one.out, JSON.stringify(JSON.parse(one.out), null, 2) + '\n');
  assert.equal(run(['analyze', '--jobs', '0', 'seeds']).code, 2, '--jobs 0 is refused');
});

test('without --jobs, analyze uses one thread below THREADS_FROM_FILES files and every core from there', () => {
  assert.equal(analyzeJobs(840, 2), 1);
  assert.equal(analyzeJobs(THREADS_FROM_FILES - 1, 8), 1);
  assert.equal(analyzeJobs(THREADS_FROM_FILES, 2), 2);
  assert.equal(analyzeJobs(10000, 8), 8);
});
