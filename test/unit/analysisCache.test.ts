// The persistent analysis cache: an entry is used only for the same text, format and analyser version; anything
// else found in the cache folder (a truncated or foreign file) is ignored and replaced, never trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisCache, textKey } from '../../src/node/analysisCache';
import { analyzeText } from '../../src/core/analyze';
import { ROOT, readSeed } from './helpers';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : out.push(join(d, e.name));
  };
  walk(dir);
  return out;
}

test('a cached analysis is returned for the same text and version only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  try {
    const text = readSeed('003_e2d21aa9f853506f.txt');
    const a = analyzeText(text);
    const cache = new AnalysisCache(dir, 'aaaaaaaaaaaaaaaa');
    assert.equal(cache.get(text, 'plaintext'), undefined);
    cache.put(text, 'plaintext', a);
    assert.deepEqual(cache.get(text, 'plaintext'), a);
    assert.equal(cache.get(text + ' ', 'plaintext'), undefined, 'another text');
    assert.equal(cache.get(text, 'markdown'), undefined, 'another format');
    assert.equal(new AnalysisCache(dir, 'bbbbbbbbbbbbbbbb').get(text, 'plaintext'), undefined, 'another analyser version');
    assert.deepEqual(cache.stats, { hits: 1, misses: 3, rejected: 0, writes: 1, writeErrors: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt, truncated or misplaced entry is ignored and removed, then rebuilt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  try {
    const text = readSeed('000_3abe20738362dce4.txt');
    const other = readSeed('003_e2d21aa9f853506f.txt');
    const cache = new AnalysisCache(dir, 'aaaaaaaaaaaaaaaa');
    cache.put(text, 'plaintext', analyzeText(text));
    const [file] = files(dir);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1)); // a truncated write
    assert.equal(cache.get(text, 'plaintext'), undefined);
    assert.equal(files(dir).length, 0, 'the bad entry is removed');
    writeFileSync(file.replace(/[^/]+$/, '') + 'x', 'not ours'); // noise beside entries is left alone
    // an entry for another text copied to this text's place
    cache.put(other, 'plaintext', analyzeText(other));
    const otherFile = files(dir).find((f) => f.endsWith('.bin'))!;
    const key = textKey(text, 'plaintext');
    const place = join(dir, 'aaaaaaaaaaaaaaaa', key.slice(0, 2), `${key.slice(2)}.bin`);
    mkdirSync(join(dir, 'aaaaaaaaaaaaaaaa', key.slice(0, 2)), { recursive: true });
    writeFileSync(place, readFileSync(otherFile));
    assert.equal(cache.get(text, 'plaintext'), undefined, 'an entry whose key is another text is not trusted');
    assert.equal(cache.stats.rejected, 2);
    // prune removes other versions only
    new AnalysisCache(dir, 'bbbbbbbbbbbbbbbb').put(text, 'plaintext', analyzeText(text));
    cache.prune();
    assert.deepEqual(readdirSync(dir).sort(), ['aaaaaaaaaaaaaaaa']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('analyze --cache: the second run reads the cache and prints the same bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  try {
    const run = (): string => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', '--json', '--cache', dir, 'seeds'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const first = run();
    assert.equal(files(dir).filter((f) => f.endsWith('.bin')).length, 2);
    assert.equal(run(), first);
    // a corrupt entry: ignored, rebuilt, same output
    for (const f of files(dir)) writeFileSync(f, 'garbage');
    assert.equal(run(), first);
    assert.ok(files(dir).every((f) => readFileSync(f, 'utf8') !== 'garbage'), 'rebuilt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
