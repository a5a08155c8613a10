// The annotations file at the edge (src/node/annotationFile.ts): "storage that never loses a word". Faults are
// made to happen, not assumed: a process killed during saves, a full disk at each step of a save, lines that do
// not parse, two windows on one folder, a change on disk, the migration of the old reviews file.
// With BYLINE_CHILD_SAVE set this file is the child process of the kill test instead (see childSaves).
import { test as nodeTest, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnnotations, serializeAnnotations, type Annotation } from '../../src/core/annotations';
import {
  AnnotationFileError,
  AnnotationFileStore,
  annotationFilePath,
  migrateReviews,
  nodeAnnotationFs,
  readAnnotationFile,
  reviewAnnotationId,
  type AnnotationChangeReason,
  type AnnotationFs,
} from '../../src/node/annotationFile';

const CHILD = process.env.BYLINE_CHILD_SAVE;
/** As the kill test's child, this file registers no tests. */
const test: typeof nodeTest = CHILD ? ((() => undefined) as unknown as typeof nodeTest) : nodeTest;

/** A fresh workspace folder, removed after the test. */
function folder(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-annfile-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function iso(seconds: number): string {
  return new Date(Date.UTC(2026, 11, 6, 10, 0, 0) + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** An annotation with a claim body; `modified` in seconds after a fixed moment. */
function ann(id: string, value = 'claim', modified = 0, source = 'seeds/a.txt'): Annotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: id.startsWith('urn:') ? id : `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created: iso(0),
    modified: iso(modified),
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'We will not retreat', prefix: 'said: "', suffix: '", he' }, { type: 'TextPositionSelector', start: 10, end: 29 }] },
    body: [{ type: 'TextualBody', purpose: 'classifying', value }],
  };
}

const id = (s: string): string => `urn:uuid:${s}`;
const ids = (store: AnnotationFileStore): string[] => store.annotations().map((a) => a.id).sort();
const fileOf = (dir: string): string => annotationFilePath(dir);
const tempsIn = (dir: string): string[] => (existsSync(join(dir, '.byline')) ? readdirSync(join(dir, '.byline')).filter((n) => n.includes('.tmp-')) : []);

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

// ---------------------------------------------------------------------------------------------------------------
// A process killed during a save

/** State k of the kill test: 3,000 to 4,000 annotations (about 1.5 MB), every one saying k. */
function bigState(k: number): Annotation[] {
  const n = 3000 + (k % 5) * 250;
  const filler = ' The minister said the figures would be published in the spring, after the audit.'.repeat(3);
  const out: Annotation[] = [];
  for (let i = 0; i < n; i++) out.push(ann(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `state ${k}${filler}`, k));
  return out;
}

/** The child: saves state after state through a store until it is killed. Prints each k once saved. */
async function childSaves(dir: string, first: number): Promise<void> {
  const store = new AnnotationFileStore(dir);
  await store.load();
  for (let k = first; ; k++) {
    const next = bigState(k);
    const keep = new Set(next.map((a) => a.id));
    await store.apply({ put: next, remove: ids(store).filter((x) => !keep.has(x)) });
    process.stdout.write(`${k}\n`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const stateTexts = new Map<number, string>();
/** The file of state k, as a save writes it. */
function stateText(k: number): string {
  let text = stateTexts.get(k);
  if (text === undefined) stateTexts.set(k, (text = serializeAnnotations(bigState(k))));
  return text;
}

/** The k of a complete state k, byte for byte; fails on anything else (a truncated file, a mixture). */
function completeState(raw: string, what: string): number {
  const k = Number(/"value":"state (\d+) /.exec(raw)?.[1]);
  if (Number.isInteger(k) && raw === stateText(k)) return k;
  assert.deepEqual(parseAnnotations(raw).errors, [], `${what}: the file parses`);
  assert.fail(`${what}: the file (${raw.length} characters) is not a complete state`);
}

/** Reads the file as another window would, while the child saves: it must be complete whenever it is there. */
function readWhileSaving(dir: string): boolean {
  let raw: string;
  try {
    raw = readFileSync(fileOf(dir), 'utf8');
  } catch {
    return false;
  }
  completeState(raw, 'read during a save');
  return true;
}

if (CHILD) {
  // never outlive the test: stop when its stdin closes (the parent is gone) or after half a minute
  process.stdin.on('close', () => process.exit(2)).resume();
  setTimeout(() => process.exit(3), 30_000).unref();
  childSaves(CHILD, Number(process.env.BYLINE_CHILD_FIRST)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

test('a process killed during a save leaves the previous file, complete; leftovers are ignored, then removed', async (t) => {
  const dir = folder(t);
  // the child runs a copy of this (self-contained) bundle, so a rebuild of test-out meanwhile does not matter
  const script = join(dir, 'child.js');
  copyFileSync(__filename, script);
  const rounds = 20;
  let prevK: number | undefined;
  let midWrite = 0;
  let saved = 0;
  let reads = 0;
  for (let round = 1; round <= rounds; round++) {
    const first = round * 1000;
    const env: NodeJS.ProcessEnv = { ...process.env, BYLINE_CHILD_SAVE: dir, BYLINE_CHILD_FIRST: String(first) };
    delete env.NODE_TEST_CONTEXT;
    const child = spawn(process.execPath, [script], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    try {
      if (round % 2 === 1) {
        // at a random moment (before, during or between saves), reading the file meanwhile
        const until = Date.now() + 40 + Math.floor(Math.random() * 700);
        while (Date.now() < until) {
          if (readWhileSaving(dir)) reads++;
          await sleep(3);
        }
      } else {
        // during a save: once the child has saved at least once, as soon as a temporary file shows, plus 0-3 ms
        const until = Date.now() + 5000;
        while (Date.now() < until && (out === '' || tempsIn(dir).length === 0)) {
          if (out !== '' && readWhileSaving(dir)) reads++;
          await new Promise((r) => setImmediate(r));
        }
        await sleep(Math.floor(Math.random() * 4));
      }
    } finally {
      // the kill; also when an assertion failed, so that the child never outlives the test
      child.kill('SIGKILL');
      await exited;
    }
    assert.equal(err, '', 'the child saved without errors until it was killed');
    const reported = out.split('\n').filter(Boolean).map(Number);
    saved += reported.length;
    if (tempsIn(dir).length > 0) midWrite++;
    if (!existsSync(fileOf(dir))) {
      assert.equal(prevK, undefined, 'once written, the file is never missing');
      continue;
    }
    const k = completeState(readFileSync(fileOf(dir), 'utf8'), `round ${round}`);
    // exactly a state that was saved: the previous one, the last this child reported, or the one it was renaming
    const last = reported.length > 0 ? reported[reported.length - 1] : undefined;
    const allowed = new Set([prevK, last, (last ?? first - 1) + 1].filter((x) => x !== undefined));
    assert.ok(allowed.has(k), `round ${round}: state ${k} is one of ${[...allowed].join(', ')}`);
    prevK = k;
  }
  console.log(`kill test: ${rounds} kills, ${saved} saves completed, ${midWrite} kills left a temporary file (killed mid-save), ${reads} complete reads during saves`);
  assert.ok(prevK !== undefined, 'the children saved');
  assert.ok(midWrite >= 1, 'at least one kill happened during a save');

  // readers ignore the leftovers; the next successful save removes them (their processes are gone)
  const read = await readAnnotationFile(dir);
  assert.deepEqual(read.errors, []);
  assert.equal(read.annotations.length, bigState(prevK).length);
  const store = new AnnotationFileStore(dir);
  await store.load();
  await store.apply({ put: [ann('after-the-kills')] });
  assert.deepEqual(tempsIn(dir), []);
  assert.equal((await readAnnotationFile(dir)).annotations.length, bigState(prevK).length + 1);
});

// ---------------------------------------------------------------------------------------------------------------
// A failing write

/** A file system that fails at one step of a save (writing only half the data first, as a full disk does). */
function failingAt(step: 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'mkdir', code: string): Partial<AnnotationFs> {
  const fail = (): never => {
    throw fsError(code);
  };
  switch (step) {
    case 'write': {
      let calls = 0;
      return {
        write: async (fd, data, off, len, pos) => {
          if (++calls > 1 || len < 2) fail();
          return nodeAnnotationFs.write(fd, data, off, Math.floor(len / 2), pos);
        },
      };
    }
    case 'fsync': {
      // the file's fsync, not the folder's (which comes after the rename)
      return { fsync: async () => fail() };
    }
    case 'open':
      return { open: async (p, flags, mode) => (flags === 'wx' ? fail() : nodeAnnotationFs.open(p, flags, mode)) };
    case 'close': {
      let calls = 0;
      return { close: async (fd) => (++calls === 1 ? (await nodeAnnotationFs.close(fd), fail()) : nodeAnnotationFs.close(fd)) };
    }
    case 'rename':
      return { rename: async () => fail() };
    case 'mkdir':
      return { mkdir: async () => fail() };
  }
}

for (const [step, code] of [['write', 'ENOSPC'], ['fsync', 'ENOSPC'], ['rename', 'ENOSPC'], ['open', 'EACCES'], ['close', 'EIO'], ['fsync', 'EIO']] as const) {
  test(`a save that fails at ${step} (${code}) keeps the old file byte for byte, says so, and leaves no temporary file`, async (t) => {
    const dir = folder(t);
    const good = new AnnotationFileStore(dir);
    await good.apply({ put: [ann('a'), ann('b')] });
    const before = readFileSync(fileOf(dir));

    const store = new AnnotationFileStore(dir, { fs: failingAt(step, code) });
    await store.load();
    let fired = 0;
    store.onDidChange(() => fired++);
    const err = await store.apply({ put: [ann('c'), ann('a', 'not-a-claim', 5)], remove: [id('b')] }).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof AnnotationFileError, `rejects (${String(err)})`);
    assert.equal(err.kind, 'write');
    assert.match(err.message, new RegExp(code));
    assert.match(err.message, /annotations were not saved/);
    assert.match(err.message, /previous file is intact/);
    assert.ok(err.message.includes(fileOf(dir)), 'names the file');
    assert.deepEqual(readFileSync(fileOf(dir)), before, 'the old file is unchanged');
    assert.deepEqual(tempsIn(dir), [], 'no temporary file is left');
    assert.deepEqual(ids(store), [id('a'), id('b')], 'the store still shows what is on disk');
    assert.equal(store.get(id('a'))?.body[0].value, 'claim');
    assert.equal(fired, 0);

    // the disk has room again: the same change saves
    const ok = new AnnotationFileStore(dir);
    await ok.load();
    await ok.apply({ put: [ann('c')] });
    assert.deepEqual(ids(ok), [id('a'), id('b'), id('c')]);
  });
}

test('a first save that fails leaves no file and no temporary file', async (t) => {
  const dir = folder(t);
  for (const step of ['mkdir', 'write', 'rename'] as const) {
    const store = new AnnotationFileStore(dir, { fs: failingAt(step, 'ENOSPC') });
    await store.load();
    await assert.rejects(store.apply({ put: [ann('a')] }), /not saved.*previous file is intact/s);
    assert.equal(existsSync(fileOf(dir)), false);
    assert.deepEqual(tempsIn(dir), []);
  }
});

test('a failing folder flush after the rename does not fail the save (not every platform can flush a folder)', async (t) => {
  const dir = folder(t);
  let files = 0;
  const store = new AnnotationFileStore(dir, {
    fs: {
      open: async (p, flags, mode) => (flags === 'r' ? Promise.reject(fsError('EISDIR')) : nodeAnnotationFs.open(p, flags, mode)),
      fsync: async (fd) => {
        files++;
        return nodeAnnotationFs.fsync(fd);
      },
    },
  });
  await store.apply({ put: [ann('a')] });
  assert.equal(files, 1, 'the file itself was flushed');
  assert.deepEqual((await readAnnotationFile(dir)).annotations.map((a) => a.id), [id('a')]);
});

// ---------------------------------------------------------------------------------------------------------------
// Lines that cannot be read

test('a corrupt line (bad JSON, a git conflict marker) makes the store read-only; apply is refused and the file untouched', async (t) => {
  const dir = folder(t);
  mkdirSync(join(dir, '.byline'));
  const lines = serializeAnnotations([ann('a'), ann('b')]).split('\n');
  const text = [lines[0], '<<<<<<< HEAD', lines[1], '=======', '{"id": "urn:uuid:c", "type": "Annot', '>>>>>>> theirs', ''].join('\n');
  writeFileSync(fileOf(dir), text);
  const before = readFileSync(fileOf(dir));

  const read = await readAnnotationFile(dir);
  assert.deepEqual(read.errors.map((e) => e.line), [2, 4, 5, 6]);
  assert.equal(read.errors[0].text, '<<<<<<< HEAD');

  const store = new AnnotationFileStore(dir);
  await store.load();
  assert.equal(store.readonly, true);
  assert.deepEqual(store.errors.map((e) => e.line), [2, 4, 5, 6]);
  assert.deepEqual(ids(store), [id('a'), id('b')], 'the readable lines are still shown');
  for (const change of [{ put: [ann('d')] }, { remove: [id('a')] }, { add: [ann('e')] }]) {
    const err = await store.apply(change).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof AnnotationFileError);
    assert.equal(err.kind, 'unreadable-lines');
    assert.deepEqual(err.lines, [2, 4, 5, 6]);
    assert.ok(err.message.includes(fileOf(dir)), 'names the file');
    assert.match(err.message, /line 2: a merge conflict marker/);
    assert.match(err.message, /line 5: invalid JSON/);
    assert.match(err.message, /not saved and the file was not changed/);
  }
  assert.deepEqual(readFileSync(fileOf(dir)), before, 'byte for byte unchanged');
  assert.deepEqual(tempsIn(dir), []);

  // fixed by hand: the next apply reads the fix and saves
  writeFileSync(fileOf(dir), serializeAnnotations([ann('a'), ann('b'), ann('c')]));
  assert.equal(await store.reloadIfChanged(), true);
  assert.equal(store.readonly, false);
  await store.apply({ put: [ann('d')] });
  assert.deepEqual(ids(store), [id('a'), id('b'), id('c'), id('d')]);
});

test('a file that turns corrupt after the store loaded (a git merge) is seen by the next apply, which refuses', async (t) => {
  const dir = folder(t);
  const store = new AnnotationFileStore(dir);
  await store.apply({ put: [ann('a')] });
  const reasons: AnnotationChangeReason[] = [];
  store.onDidChange((r) => reasons.push(r));
  writeFileSync(fileOf(dir), readFileSync(fileOf(dir), 'utf8') + 'not json\n');
  const before = readFileSync(fileOf(dir));
  await assert.rejects(store.apply({ put: [ann('b')] }), (e: unknown) => e instanceof AnnotationFileError && /line 2/.test(e.message));
  assert.equal(store.readonly, true);
  assert.deepEqual(reasons, ['external'], 'listeners hear that the file changed');
  assert.deepEqual(readFileSync(fileOf(dir)), before);
});

test('a line that is not valid UTF-8 is a corrupt line too (rewriting it would lose bytes)', async (t) => {
  const dir = folder(t);
  mkdirSync(join(dir, '.byline'));
  const good = Buffer.from(serializeAnnotations([ann('a')]));
  const bad = Buffer.concat([Buffer.from('{"id":"urn:uuid:b","note":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  writeFileSync(fileOf(dir), Buffer.concat([good, bad]));
  const store = new AnnotationFileStore(dir);
  await store.load();
  assert.equal(store.readonly, true);
  assert.equal(store.errors[0].line, 2);
  assert.match(store.errors[0].message, /UTF-8/);
  await assert.rejects(store.apply({ put: [ann('c')] }), /line 2: not valid UTF-8/);
  assert.deepEqual(readFileSync(fileOf(dir)), Buffer.concat([good, bad]));
});

test('a missing file is empty; a file that cannot be read throws a clear error', async (t) => {
  const dir = folder(t);
  assert.deepEqual(await readAnnotationFile(dir), { annotations: [], errors: [], exists: false });
  mkdirSync(fileOf(dir), { recursive: true }); // a folder where the file should be
  await assert.rejects(readAnnotationFile(dir), (e: unknown) => e instanceof AnnotationFileError && e.kind === 'read' && e.message.includes('cannot read') && e.message.includes(fileOf(dir)));
  const store = new AnnotationFileStore(dir);
  await assert.rejects(store.load(), /cannot read/);
  await assert.rejects(store.apply({ put: [ann('a')] }), /cannot read.*not saved; the file was not changed/s);
});

// ---------------------------------------------------------------------------------------------------------------
// Two windows on one folder

test('two stores on one folder: additions of both survive, the later modified wins, removes remove only their ids', async (t) => {
  const dir = folder(t);
  const seed = new AnnotationFileStore(dir);
  await seed.apply({ put: [ann('e', 'claim', 0), ann('r', 'claim', 0)] });
  const A = new AnnotationFileStore(dir);
  const B = new AnnotationFileStore(dir);
  await A.load();
  await B.load();

  // A adds x; B, loaded before A's write, adds y
  await A.apply({ put: [ann('x')] });
  await B.apply({ put: [ann('y')] });
  assert.deepEqual(ids(B), [id('e'), id('r'), id('x'), id('y')]);
  assert.deepEqual((await readAnnotationFile(dir)).annotations.map((a) => a.id).sort(), [id('e'), id('r'), id('x'), id('y')]);

  // both edit e, each from the version both loaded: the later `modified` wins, whichever saves last
  await A.apply({ put: [ann('e', 'by A', 20)] });
  await B.apply({ put: [ann('e', 'by B', 10)] });
  assert.equal((await readAnnotationFile(dir)).annotations.find((a) => a.id === id('e'))?.body[0].value, 'by A');
  assert.equal(B.get(id('e'))?.body[0].value, 'by A', "B's view shows the version that won");
  await A.reloadIfChanged();
  await B.apply({ put: [ann('r', 'by B', 30)] });
  await A.apply({ put: [ann('r', 'by A', 25)] });
  assert.equal((await readAnnotationFile(dir)).annotations.find((a) => a.id === id('r'))?.body[0].value, 'by B');

  // a put wins over the version it was based on, even with an older clock
  await A.reloadIfChanged();
  await A.apply({ put: [ann('r', 'by A, slow clock', 1)] });
  assert.equal((await readAnnotationFile(dir)).annotations.find((a) => a.id === id('r'))?.body[0].value, 'by A, slow clock');

  // A removes x while B adds z: z survives; B's stale view does not bring x back
  await A.apply({ remove: [id('x')] });
  await B.apply({ put: [ann('z')] });
  assert.deepEqual((await readAnnotationFile(dir)).annotations.map((a) => a.id).sort(), [id('e'), id('r'), id('y'), id('z')]);
  await B.apply({ remove: [id('y')] });
  await A.apply({ put: [ann('w')] });
  assert.deepEqual((await readAnnotationFile(dir)).annotations.map((a) => a.id).sort(), [id('e'), id('r'), id('w'), id('z')]);
});

test('quick changes in one process run one after another: none is lost', async (t) => {
  const dir = folder(t);
  const store = new AnnotationFileStore(dir);
  await store.load();
  const n = 30;
  await Promise.all(Array.from({ length: n }, (_, i) => store.apply({ put: [ann(`q${String(i).padStart(2, '0')}`)] })));
  assert.equal((await readAnnotationFile(dir)).annotations.length, n);
  // two stores of one file in one process wait for each other too
  const other = new AnnotationFileStore(dir);
  await Promise.all([store.apply({ put: [ann('s1')] }), other.apply({ put: [ann('o1')] }), store.apply({ remove: [id('q00')] }), other.apply({ put: [ann('o2')] })]);
  const after = (await readAnnotationFile(dir)).annotations.map((a) => a.id);
  assert.equal(after.length, n - 1 + 3);
  assert.ok(after.includes(id('s1')) && after.includes(id('o1')) && after.includes(id('o2')));
  assert.ok(!after.includes(id('q00')));
});

test('another process saving while a save is under way: the save merges again instead of replacing its lines', async (t) => {
  const dir = folder(t);
  const seed = new AnnotationFileStore(dir);
  await seed.apply({ put: [ann('a')] });
  let raced = 0;
  const store = new AnnotationFileStore(dir, {
    fs: {
      // between this store's read and its rename, "another window" saves an annotation of its own
      fsync: async (fd) => {
        if (raced++ === 0) writeFileSync(fileOf(dir), serializeAnnotations([ann('a'), ann('other-window')]));
        return nodeAnnotationFs.fsync(fd);
      },
    },
  });
  await store.load();
  await store.apply({ put: [ann('mine')] });
  assert.deepEqual((await readAnnotationFile(dir)).annotations.map((a) => a.id).sort(), [id('a'), id('mine'), id('other-window')]);
  assert.deepEqual(ids(store), [id('a'), id('mine'), id('other-window')]);
  assert.deepEqual(tempsIn(dir), []);
});

// ---------------------------------------------------------------------------------------------------------------
// A change on disk

test('reloadIfChanged picks up a change on disk (git pull), a deletion and a corruption; onDidChange reports them', async (t) => {
  const dir = folder(t);
  const store = new AnnotationFileStore(dir);
  const reasons: AnnotationChangeReason[] = [];
  store.onDidChange((r) => reasons.push(r));
  await store.load();
  await store.apply({ put: [ann('a')] });
  assert.deepEqual(reasons, ['load', 'apply']);
  assert.equal(await store.reloadIfChanged(), false, 'nothing changed');

  writeFileSync(fileOf(dir), serializeAnnotations([ann('a', 'not-a-claim', 3), ann('p')]));
  assert.equal(await store.reloadIfChanged(), true);
  assert.deepEqual(ids(store), [id('a'), id('p')]);
  assert.equal(store.get(id('a'))?.body[0].value, 'not-a-claim');
  assert.equal(await store.reloadIfChanged(), false);

  writeFileSync(fileOf(dir), '<<<<<<< HEAD\n');
  assert.equal(await store.reloadIfChanged(), true);
  assert.equal(store.readonly, true);

  rmSync(fileOf(dir));
  assert.equal(await store.reloadIfChanged(), true);
  assert.equal(store.exists, false);
  assert.equal(store.readonly, false);
  assert.deepEqual(ids(store), []);
  assert.deepEqual(reasons, ['load', 'apply', 'external', 'external', 'external']);

  // a change that does not change the file is not written
  await store.apply({ put: [ann('a')] });
  const m = readFileSync(fileOf(dir));
  const d = store.mtimeMs;
  await store.apply({ put: [ann('a')] });
  assert.deepEqual(readFileSync(fileOf(dir)), m);
  assert.equal(store.mtimeMs, d);
});

// ---------------------------------------------------------------------------------------------------------------
// Migration of .byline/reviews.jsonl

const REVIEWS =
  '{"fingerprint":"quote-0123456789abcdef","decision":"dismissed","kind":"quote","texts":["we will not retreat","we shall not retreat"],"message":"Two versions of a quote"}\n' +
  '{"fingerprint":"role-fedcba9876543210","decision":"reviewed","kind":"role","texts":["secretary general"],"message":"Two roles","team":"desk 2"}\n';

test('migrateReviews: two decisions become two annotations, the old file is kept as .migrated, twice adds nothing', async (t) => {
  const dir = folder(t);
  mkdirSync(join(dir, '.byline'));
  const reviews = join(dir, '.byline', 'reviews.jsonl');
  writeFileSync(reviews, REVIEWS);
  const store = new AnnotationFileStore(dir);
  await store.apply({ put: [ann('kept')] });

  assert.deepEqual(await migrateReviews(dir, store, { now: new Date(Date.UTC(2026, 11, 6, 10)) }), { migrated: 2 });
  assert.equal(existsSync(reviews), false);
  assert.equal(readFileSync(`${reviews}.migrated`, 'utf8'), REVIEWS, 'the old file, same bytes');
  const read = await readAnnotationFile(dir);
  assert.deepEqual(read.errors, []);
  assert.equal(read.annotations.length, 3);
  const dismissed = read.annotations.find((a) => a.id === reviewAnnotationId('quote-0123456789abcdef'));
  assert.deepEqual(dismissed, {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: reviewAnnotationId('quote-0123456789abcdef'),
    type: 'Annotation',
    motivation: 'assessing',
    created: '2026-12-06T10:00:00Z',
    modified: '2026-12-06T10:00:00Z',
    target: { source: 'urn:byline:workspace', selector: [{ type: 'TextQuoteSelector', exact: 'we will not retreat' }] },
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: 'not-a-conflict' },
      { type: 'TextualBody', purpose: 'tagging', value: 'byline:conflict:quote-0123456789abcdef' },
    ],
    'byline:conflict': { kind: 'quote', texts: ['we will not retreat', 'we shall not retreat'], message: 'Two versions of a quote' },
  });
  const reviewed = read.annotations.find((a) => a.id === reviewAnnotationId('role-fedcba9876543210'));
  assert.equal(reviewed?.body[0].value, 'reviewed');
  assert.deepEqual(reviewed?.['byline:conflict'], { kind: 'role', texts: ['secretary general'], message: 'Two roles', team: 'desk 2' });
  assert.match(reviewAnnotationId('x'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // again: no reviews file, nothing to do
  assert.deepEqual(await migrateReviews(dir, store), { migrated: 0 });
  // the old file comes back (a branch checked out): nothing added or changed, the earlier backup kept
  const annotationsBefore = readFileSync(fileOf(dir));
  copyFileSync(`${reviews}.migrated`, reviews);
  assert.deepEqual(await migrateReviews(dir, store, { now: new Date(Date.UTC(2027, 0, 1)) }), { migrated: 0 });
  assert.deepEqual(readFileSync(fileOf(dir)), annotationsBefore);
  assert.equal(readFileSync(`${reviews}.migrated`, 'utf8'), REVIEWS);
  assert.equal(readFileSync(`${reviews}.migrated.1`, 'utf8'), REVIEWS);
  assert.equal(existsSync(reviews), false);
});

test('migrateReviews leaves a reviews file that does not parse, or that cannot be saved, as it is and says so', async (t) => {
  const dir = folder(t);
  mkdirSync(join(dir, '.byline'));
  const reviews = join(dir, '.byline', 'reviews.jsonl');
  const corrupt = REVIEWS + '<<<<<<< HEAD\n';
  writeFileSync(reviews, corrupt);
  const store = new AnnotationFileStore(dir);
  const r = await migrateReviews(dir, store);
  assert.equal(r.migrated, 0);
  assert.match(r.error ?? '', /reviews\.jsonl.*line 3: a merge conflict marker.*left as it is/s);
  assert.equal(readFileSync(reviews, 'utf8'), corrupt);
  assert.equal(existsSync(`${reviews}.migrated`), false);
  assert.equal(existsSync(fileOf(dir)), false, 'no annotations file was made');

  // a good reviews file, but the annotations cannot be saved: the reviews file stays
  writeFileSync(reviews, REVIEWS);
  const full = new AnnotationFileStore(dir, { fs: failingAt('write', 'ENOSPC') });
  const r2 = await migrateReviews(dir, full);
  assert.equal(r2.migrated, 0);
  assert.match(r2.error ?? '', /not saved.*were not migrated/s);
  assert.equal(readFileSync(reviews, 'utf8'), REVIEWS);
  assert.equal(existsSync(`${reviews}.migrated`), false);

  // nor when the annotations file holds a line Byline cannot read
  writeFileSync(fileOf(dir), 'garbage\n');
  const r3 = await migrateReviews(dir, new AnnotationFileStore(dir));
  assert.match(r3.error ?? '', /line 1/);
  assert.equal(readFileSync(fileOf(dir), 'utf8'), 'garbage\n');
  assert.equal(readFileSync(reviews, 'utf8'), REVIEWS);
});

// ---------------------------------------------------------------------------------------------------------------
// Speed (printed, not asserted)

test('speed: load and save 10,000 annotations', async (t) => {
  const dir = folder(t);
  const many: Annotation[] = [];
  for (let i = 0; i < 10000; i++) {
    const a = ann(`${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, i % 3 ? 'claim' : 'not-a-claim', i % 100, `seeds/doc${i % 200}.txt`);
    a.body.push({ type: 'TextualBody', purpose: 'identifying', value: 'Dmitry Peskov' }, { type: 'TextualBody', purpose: 'commenting', value: `Checked against the transcript, call ${i}.` });
    many.push(a);
  }
  mkdirSync(join(dir, '.byline'));
  writeFileSync(fileOf(dir), serializeAnnotations(many));
  const size = readFileSync(fileOf(dir)).length;
  let t0 = performance.now();
  const read = await readAnnotationFile(dir);
  const readMs = performance.now() - t0;
  assert.equal(read.annotations.length, 10000);
  const store = new AnnotationFileStore(dir);
  t0 = performance.now();
  await store.load();
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  await store.apply({ put: [ann('ffffffff-0000-4000-8000-000000000000')] });
  const applyMs = performance.now() - t0;
  assert.equal(store.annotations().length, 10001);
  console.log(`speed: 10,000 annotations (${(size / 1e6).toFixed(1)} MB): read ${readMs.toFixed(0)} ms, store load ${loadMs.toFixed(0)} ms (target < 200 ms), apply of one change (re-read, merge, atomic save) ${applyMs.toFixed(0)} ms`);
});
