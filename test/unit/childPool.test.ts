// The editor's analysis processes (childPool.ts): children start with the first request, run at a lower CPU
// priority, stop after `idleMs` without work and start again; a child that stops fails its own requests only; when
// no child can run, the fallback answers. A stand-in child script keeps these tests about the pool; the last test
// runs the real bundled child (dist/analyzeChild.js) against the core on this thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildAnalyzePool, childLimits, type Analyzer } from '../../src/node/childPool';
import { analyzeText } from '../../src/core/analyze';
import type { DocumentAnalysis } from '../../src/core/types';
import { collectGarbage, tieringFlags } from '../../src/node/v8Tuning';
import { spawnSync } from 'node:child_process';

// answers with the text, the priority of its main thread and the nice value of each of its threads (Linux)
const CHILD = `
const os = require('node:os');
const fs = require('node:fs');
const settings = JSON.parse(process.argv[2] || '{}');
if (settings.nice) os.setPriority(settings.nice);
const nices = () => {
  try {
    return fs.readdirSync('/proc/self/task').map((t) => Number(fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
  } catch { return []; }
};
process.on('message', (req) => {
  if (req.text === 'crash') process.exit(3);
  const text = req.text;
  setTimeout(() => process.send({ id: req.id, analysis: { entities: [], quotes: [], figures: [], clusters: [], text, pid: process.pid, priority: os.getPriority(), nices: nices() } }), text === 'slow' ? 200 : 0);
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
`;

/** The nice value of a thread, from its /proc/…/stat line. */
const niceOf = (stat: string): number => Number(stat.split(') ')[1].split(' ')[16]);

type Echo = DocumentAnalysis & { text: string; pid: number; priority: number; nices: number[] };

function withScript(body: string, run: (script: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-child-'));
  const script = join(dir, 'child.js');
  writeFileSync(script, body);
  return run(script).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** A fallback that answers with its own marker and counts its requests. */
function fallbackAnalyzer(): { make: (reason: string) => Analyzer; calls: string[]; reasons: string[] } {
  const calls: string[] = [];
  const reasons: string[] = [];
  return {
    calls,
    reasons,
    make: (reason) => {
      reasons.push(reason);
      return {
        analyze: async (text) => {
          calls.push(text);
          return { entities: [], quotes: [], figures: [], clusters: [], text: `fallback:${text}` } as unknown as DocumentAnalysis;
        },
        close: async () => undefined,
      };
    },
  };
}

test('children start with the first request, stop when idle and start again with the next request', () =>
  withScript(CHILD, async (script) => {
    const pool = new ChildAnalyzePool(2, script, { idleMs: 50 });
    try {
      assert.equal(pool.started, 0);
      assert.equal(pool.running, 0);
      const got = (await Promise.all(['a', 'b', 'c'].map((t) => pool.analyze(t, 'plaintext')))) as Echo[];
      assert.deepEqual(got.map((g) => g.text), ['a', 'b', 'c']);
      assert.equal(pool.started, 2);
      assert.equal(new Set(got.map((g) => g.pid)).size, 2, 'the least loaded child takes each request');
      assert.ok(!got.some((g) => g.pid === process.pid), 'analysed in other processes');
      await until(() => pool.running === 0);
      const again = (await pool.analyze('d', 'plaintext')) as Echo;
      assert.equal(again.text, 'd');
      assert.equal(pool.started, 3);
      assert.equal(pool.usingChildren, true);
    } finally {
      await pool.close();
    }
  }));

test('stopIfIdle stops the children at once when nothing is waiting, never while a request is, and the next request starts them again', () =>
  withScript(CHILD, async (script) => {
    const pool = new ChildAnalyzePool(1, script, { idleMs: 60_000 });
    try {
      assert.equal(((await pool.analyze('a', 'plaintext')) as Echo).text, 'a');
      assert.equal(pool.running, 1);
      const slow = pool.analyze('slow', 'plaintext');
      pool.stopIfIdle();
      assert.equal(((await slow) as Echo).text, 'slow', 'a request waiting is answered');
      assert.equal(pool.running, 1);
      pool.stopIfIdle();
      assert.equal(pool.running, 0, 'stopped without waiting for idleMs');
      assert.equal(((await pool.analyze('b', 'plaintext')) as Echo).text, 'b');
      assert.equal(pool.started, 2);
    } finally {
      await pool.close();
    }
  }));

test('the children run at the lower priority asked, this process does not', () =>
  withScript(CHILD, async (script) => {
    const pool = new ChildAnalyzePool(1, script, { nice: 7 });
    try {
      const before = (await import('node:os')).getPriority();
      const got = (await pool.analyze('a', 'plaintext')) as Echo;
      assert.equal(got.priority, 7);
      if (process.platform === 'linux') {
        const mine = readdirSync('/proc/self/task').map((t) => niceOf(readFileSync(`/proc/self/task/${t}/stat`, 'utf8')));
        assert.ok(mine.every((n) => n === before), 'the threads of this process keep their priority');
      }
      assert.equal((await import('node:os')).getPriority(), before);
    } finally {
      await pool.close();
    }
  }));

test('a child that stops fails its own request only; the next request gets a new child', () =>
  withScript(CHILD, async (script) => {
    const pool = new ChildAnalyzePool(2, script);
    try {
      const results = await Promise.allSettled([pool.analyze('crash', 'plaintext'), pool.analyze('slow', 'plaintext')]);
      assert.equal(results[0].status, 'rejected');
      assert.match(String((results[0] as PromiseRejectedResult).reason), /exit code 3/);
      assert.equal(results[1].status, 'fulfilled');
      const next = (await pool.analyze('after', 'plaintext')) as Echo;
      assert.equal(next.text, 'after');
      assert.equal(pool.started, 3);
      assert.equal(pool.usingChildren, true);
    } finally {
      await pool.close();
    }
  }));

test('children that cannot start: their requests and every later one go to the fallback', () =>
  withScript('process.exit(1);\n', async (script) => {
    const fb = fallbackAnalyzer();
    const pool = new ChildAnalyzePool(1, script, { fallback: fb.make });
    try {
      const first = (await Promise.allSettled([pool.analyze('a', 'plaintext'), pool.analyze('b', 'plaintext')])).map((r) => (r.status === 'fulfilled' ? (r.value as Echo).text : 'rejected'));
      // the first child stopped before it was ready: its requests are failed or (once the fallback is set) moved
      const later = (await pool.analyze('c', 'plaintext')) as Echo;
      const more = (await pool.analyze('d', 'plaintext')) as Echo;
      assert.equal(pool.usingChildren, false);
      assert.equal(later.text, 'fallback:c');
      assert.equal(more.text, 'fallback:d');
      assert.ok(pool.started <= 2, `children started: ${pool.started}`);
      assert.equal(fb.reasons.length, 1);
      assert.match(fb.reasons[0], /exit code 1/);
      assert.ok(first.every((t) => t === 'rejected' || t.startsWith('fallback:')), first.join(','));
    } finally {
      await pool.close();
    }
  }));

test('a missing script: the fallback answers at once; without one, every request fails', async () => {
  const fb = fallbackAnalyzer();
  const pool = new ChildAnalyzePool(1, join(tmpdir(), 'byline-no-such-child.js'), { fallback: fb.make });
  assert.equal(((await pool.analyze('a', 'plaintext')) as Echo).text, 'fallback:a');
  assert.equal(pool.started, 0);
  await pool.close();
  const bare = new ChildAnalyzePool(1, join(tmpdir(), 'byline-no-such-child.js'));
  await assert.rejects(bare.analyze('a', 'plaintext'));
  assert.equal(bare.started, 0);
  await bare.close();
});

test("a worker thread's heap bounds as a child's", () => {
  assert.deepEqual(childLimits({ maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }), { maxOldMb: 128, semiSpaceMb: 5 });
  assert.deepEqual(childLimits({}), { maxOldMb: undefined, semiSpaceMb: undefined });
});

test('the bundled analysis process gives the analysis made on this thread, uses the cache, and runs every thread at nice 10', async () => {
  const script = join(process.cwd(), 'dist', 'analyzeChild.js');
  assert.ok(existsSync(script), 'dist/analyzeChild.js is built');
  const dir = mkdtempSync(join(tmpdir(), 'byline-child-cache-'));
  const pool = new ChildAnalyzePool(1, script, { cache: { dir, version: 'test' }, maxOldMb: 128, semiSpaceMb: 5 });
  try {
    const text = 'The mayor of Brackenfield, Ilse Varga, said on Tuesday that "the bridge will reopen in May." Varga added that 40 workers were on site.';
    const got = await pool.analyze(text, 'plaintext');
    assert.deepEqual(got, analyzeText(text, { format: 'plaintext' }));
    assert.ok(got.quotes.length > 0 && got.entities.length > 0, 'the text has quotes and entities');
    // stored in the cache by the child
    const files = readdirSync(join(dir, 'test'), { recursive: true }).filter((f) => String(f).endsWith('.bin'));
    assert.equal(files.length, 1);
    if (process.platform === 'linux') {
      const [pid] = pool.pids;
      const nices = readdirSync(`/proc/${pid}/task`).map((t) => niceOf(readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8')));
      assert.ok(nices.length > 1, 'the child has several threads');
      assert.deepEqual([...new Set(nices)], [10], 'every thread of the analysis process runs at nice 10');
    }
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the V8 tiering flags chosen for this Node are flags it knows: a process started with them runs and says nothing', () => {
  const flags = tieringFlags();
  const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'ran');
  assert.equal(r.stderr, '');
  // set at run time, as the CLI does: no "unrecognized flag" either
  const s = spawnSync(process.execPath, ['-e', `for (const f of ${JSON.stringify(flags)}) require('node:v8').setFlagsFromString(f)`], { encoding: 'utf8' });
  assert.equal(s.stderr, '');
  // only measured versions get flags
  assert.deepEqual(tieringFlags('11.3.244.8-node.38'), ['--interrupt-budget=2000000']);
  assert.equal(tieringFlags('13.6.233.17-node.53').length, 2);
  assert.deepEqual(tieringFlags('12.4.254.21-node.33'), []);
  assert.deepEqual(tieringFlags('14.1.0'), []);
});

test('collectGarbage runs a full collection in a process started without --expose-gc, and leaves no gc global behind', () => {
  const before = typeof (globalThis as { gc?: unknown }).gc;
  let garbage: { i: number; s: string }[] | null = [];
  for (let i = 0; i < 300000; i++) garbage.push({ i, s: `x${i}` });
  garbage = null;
  const used = process.memoryUsage().heapUsed;
  assert.equal(collectGarbage(), true);
  const freed = used - process.memoryUsage().heapUsed;
  assert.ok(freed > 5e6, `a full collection frees the garbage (${freed} bytes)`);
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, before);
});
