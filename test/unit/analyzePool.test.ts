// The pool of analysis threads: threads start with the first request, stop after `idleMs` without work and start
// again with the next one; a thread that stops on the way (a heap bound reached, a crash) fails its own requests
// only, and the next request gets a new thread. A stand-in worker script (echo, or exit on "crash") keeps these
// tests about the pool, not the analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyzePool, defaultJobs, editorPoolOptions } from '../../src/node/analyzePool';

const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (req) => {
  if (req.text === 'crash') process.exit(3);
  const text = req.text;
  setTimeout(() => parentPort.postMessage({ id: req.id, analysis: { entities: [], quotes: [], figures: [], clusters: [], text } }), text === 'slow' ? 200 : 0);
});
`;

function withScript(body: (script: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-pool-'));
  const script = join(dir, 'worker.js');
  writeFileSync(script, WORKER);
  return body(script).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

test('threads start with the first request, stop when idle and start again with the next request', () =>
  withScript(async (script) => {
    const pool = new AnalyzePool(2, script, true, { idleMs: 50 });
    try {
      assert.equal(pool.threaded, true);
      assert.equal(pool.started, 0);
      assert.equal(pool.running, 0);
      const got = await Promise.all(['a', 'b', 'c'].map((t) => pool.analyze<{ text: string }>(t, 'plaintext')));
      assert.deepEqual(got.map((g) => g.text), ['a', 'b', 'c']);
      assert.equal(pool.started, 2);
      await until(() => pool.running === 0);
      const again = await pool.analyze<{ text: string }>('d', 'plaintext');
      assert.equal(again.text, 'd');
      assert.equal(pool.started, 3);
    } finally {
      await pool.close();
    }
  }));

test('threads are not stopped while a request waits', () =>
  withScript(async (script) => {
    const pool = new AnalyzePool(1, script, true, { idleMs: 20 });
    try {
      await pool.analyze('a', 'plaintext');
      // the idle timer was armed by the first answer; a slow request started at once must keep its thread
      await new Promise((r) => setTimeout(r, 5));
      const slow = await pool.analyze<{ text: string }>('slow', 'plaintext');
      assert.equal(slow.text, 'slow');
      assert.equal(pool.started, 1);
    } finally {
      await pool.close();
    }
  }));

test('a thread that stops fails its own request only; the next request gets a new thread', () =>
  withScript(async (script) => {
    const pool = new AnalyzePool(2, script, true);
    try {
      const results = await Promise.allSettled([pool.analyze('crash', 'plaintext'), pool.analyze<{ text: string }>('slow', 'plaintext')]);
      assert.equal(results[0].status, 'rejected');
      assert.equal(results[1].status, 'fulfilled');
      const next = await pool.analyze<{ text: string }>('after', 'plaintext');
      assert.equal(next.text, 'after');
      assert.equal(pool.started, 3);
    } finally {
      await pool.close();
    }
  }));

test('a script whose threads keep stopping fails every request instead of starting threads forever', () =>
  withScript(async (script) => {
    const pool = new AnalyzePool(1, script, true);
    try {
      for (let i = 0; i < 3; i++) await assert.rejects(pool.analyze('crash', 'plaintext'));
      await assert.rejects(pool.analyze('fine', 'plaintext'));
      assert.equal(pool.started, 3);
    } finally {
      await pool.close();
    }
  }));

test("the editor's pool: a thread per core but one, bounded heaps, stopped when idle", () => {
  const o = editorPoolOptions();
  assert.ok(o.jobs >= 1);
  assert.equal(o.jobs, Math.max(1, defaultJobs() - 1), "a core is left to the extension host");
  assert.ok((o.limits.maxOldGenerationSizeMb ?? 0) >= 128, 'the largest document the editor analyses needs 128 MB');
  assert.ok(o.idleMs > 0);
});
