#!/usr/bin/env node
// UI tests of the shared archive in a real VS Code (code-server + headless Chromium, as run.mjs): a throwaway
// PostgreSQL (initdb in a temporary folder, 127.0.0.1 only, a free port, stopped at the end) is loaded with
// `byline load --db` from `byline analyze --jsonl` of the seeds plus a few invented wire stories; the editor
// is pointed at it with `byline.archive.database` and the password is given through "Byline: Set Archive
// Database Password…". What is checked is what a journalist sees: the hover's "N more mentions in M archive
// documents" (its counts from the analysed lines, not from the database), "Byline: Search Archive" from the
// command palette (the claims listed, one opened in place, one not in the workspace), and an archive that
// cannot be reached (one clear message; highlights and hovers work offline).
//
//   node test/integration/archive.mjs     (npm run test:integration runs it after run.mjs; builds nothing)
//
// Env: as run.mjs (BYLINE_TEST_KIT, BYLINE_IT_TIMEOUT, BYLINE_IT_KEEP=1). PG_BIN: PostgreSQL's bin folder
// (default: the newest /usr/lib/postgresql/N/bin); without PostgreSQL the tests are skipped, saying so.
// Output: `ok N - ...` / `not ok N - ...` lines, then `P passed, F failed`; exit 1 on any failure.
// Screenshots and (on failure) logs: test-results/integration-archive/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureKit } from './kit.mjs';
import { launchChromium, startCodeServer, engineProblem, logFiles, readManifest, freePort } from './codeserver.mjs';
import { notYet, workbench } from './workbench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'test-results', 'integration-archive');
const SEEDS = path.join(ROOT, 'seeds');
const EXT = path.resolve(process.env.BYLINE_IT_EXTENSION || ROOT);
const CLI = path.join(EXT, 'dist', 'cli.js');
const DOC = '003_e2d21aa9f853506f.txt';
const OTHER_DOC = '000_3abe20738362dce4.txt';
const T = Number(process.env.BYLINE_IT_TIMEOUT) || 30000;
const WATCHDOG_MS = 10 * 60 * 1000;

// Invented wire stories (not in the workspace): Keir Starmer mentioned and quoted, with a word ("levy") that
// no seed has, so a search by it finds claims only outside the workspace.
const WIRE = {
  'wire/harbour-levy.txt': `LONDON (Wire) — Prime Minister Keir Starmer said on Tuesday that the harbour levy would be reviewed before the summer.

"We will publish every figure behind the harbour levy before the recess," Starmer told reporters at Downing Street.

Opposition leaders said the review came too late. Starmer added that the levy "was never meant to fall on small fishing crews".
`,
  'wire/coastal-towns.txt': `HULL (Wire) — Keir Starmer visited three coastal towns on Friday to hear complaints about the levy.

"I have heard the harbour masters, and they will be heard in Whitehall," Keir Starmer said after the meeting.
`,
};

const T0 = Date.now();
const secs = () => ((Date.now() - T0) / 1000).toFixed(1);
const info = (msg) => console.log(`# ${msg}`);
const consoleLines = [];
const clog = (src, text) => {
  for (const line of String(text).replace(/\s+$/, '').split('\n')) consoleLines.push(`${secs().padStart(6)}s [${src}] ${line}`);
};

let server = null;
let browser = null;
let page = null;
// the workbench helpers (workbench.mjs) read the page and code-server when called
const {
  until, closeWidgets, quickRows, quickInputTitle, waitForEditorOf, waitForToast, clearToasts, shot, runCommand,
  answerInputBox, openFile, statusSelection, goToLine, hoverVisibleText, hoverSettled, chooseInQuickInput,
} = workbench({ get page() { return page; }, get server() { return server; }, T, out: OUT });

let pg = null;
let archiveDir = null;
let docText = '';
const results = [];
const expected = {}; // what the archive holds, from the analysed lines

// ------------------------------------------------------------------------------------------------ the workbench
/** 1-based line and column of offset `i` of `text` (VS Code's status bar counts UTF-16 units, as the spans do). */
function lineCol(text, i) {
  const before = text.slice(0, i);
  return { line: before.split('\n').length, col: i - before.lastIndexOf('\n') };
}

/**
 * In the page: the number of extension decorations drawn in the active editor (generated `ced-` classes with
 * a background), and the screen position of each character of the first visible occurrence of `needle`.
 */
function probeEditor(needle) {
  const group = document.querySelector('.part.editor .editor-group-container.active');
  const ed = group && group.querySelector('.monaco-editor');
  if (!ed) return { error: 'no active editor' };
  const clear = (c) => !c || c === 'transparent' || /^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(c);
  const decorations = [...ed.querySelectorAll('.view-overlays [class*="ced-"], .view-lines [class*="ced-"]')]
    .filter((el) => !clear(getComputedStyle(el).backgroundColor) && el.getBoundingClientRect().width > 0).length;
  const box = ed.getBoundingClientRect();
  for (const line of [...ed.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)) {
    const nodes = [];
    let stream = '';
    const w = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      nodes.push({ n, start: stream.length });
      stream += n.nodeValue.replace(/\u00a0/g, ' ');
    }
    const i = stream.indexOf(needle);
    if (i < 0) continue;
    const chars = [];
    for (let k = 0; k < needle.length; k++) {
      const { n, start } = nodes.filter((x) => x.start <= i + k).pop();
      const range = document.createRange();
      range.setStart(n, i + k - start);
      range.setEnd(n, i + k - start + 1);
      const r = range.getBoundingClientRect();
      chars.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }
    if (chars.every((c) => c.x > box.left && c.x < box.right && c.y > box.top && c.y < box.bottom)) return { decorations, chars };
  }
  return { decorations, chars: null };
}

/**
 * Hovers a character of `needle` (on the line of its first occurrence in the document) until the hover's text
 * satisfies `ok`; hovers afresh (mouse away, back) every few seconds, since the archive line comes from a
 * cache filled in the background. Returns the hover's text, whitespace collapsed.
 */
async function hoverUntil(needle, what, ok) {
  await goToLine(lineCol(docText, docText.indexOf(needle)).line);
  const p = await until(`"${needle}" to be drawn`, async () => {
    const q = await page.evaluate(probeEditor, needle);
    return q.chars ? q : notYet(q);
  });
  const c = p.chars[2];
  let last = '';
  return until(what, async () => {
    // away to the side bar (below the word could be inside its own hover, which then stays), until it closes
    await page.mouse.move(5, 450);
    await until('no hover', async () => !(await hoverVisibleText()), 5000).catch(() => {});
    await page.mouse.move(c.x - 3, c.y, { steps: 3 });
    await page.mouse.move(c.x, c.y, { steps: 2 });
    const h = await until('a hover', async () => {
      const x = (await hoverVisibleText()).replace(/\s+/g, ' ');
      return x.includes('Starmer') ? x : notYet(x);
    }, 8000).catch(() => '');
    last = h;
    return ok(h) ? h : notYet(h);
  }, T, 500).catch((e) => {
    throw new Error(`${e.message.split(' (last:')[0]}; the hover said: ${last.slice(0, 400)}`);
  });
}

function bylineOutput() {
  return logFiles(server.logsDir).filter((f) => /Byline\.log$/.test(path.basename(f))).map((f) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  }).join('\n');
}

async function waitForActivation() {
  return until('Byline to log "Byline indexed N documents" in its output channel', async () => {
    const m = /Byline indexed (\d+) documents?/.exec(bylineOutput());
    return m ? Number(m[1]) : notYet('no "indexed" line yet');
  }, 90000, 250);
}

/**
 * Writes a setting into the Remote settings of code-server (its user-data's Machine/settings.json; VS Code watches
 * the file and applies the change). byline.archive.database is machine-overridable: in a remote window (code-server,
 * SSH) it is read from the Remote settings of the machine the extension runs on, not from the user's own settings.
 */
function setMachineSetting(key, value) {
  const file = path.join(server.userData, 'Machine', 'settings.json');
  let s = {};
  try {
    s = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch { /* not there yet */ }
  s[key] = value;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(s, null, 2));
}

// ------------------------------------------------------------------------------------------------ the archive
/** src/measure/pgCluster.ts bundled with esbuild (a devDependency) into the temporary folder, then loaded. */
function loadPgCluster(tmp) {
  const { buildSync } = createRequire(path.join(ROOT, 'package.json'))('esbuild');
  const out = path.join(tmp, 'pgCluster.cjs');
  buildSync({ entryPoints: [path.join(ROOT, 'src', 'measure', 'pgCluster.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return createRequire(import.meta.url)(out);
}

function cli(args, opts = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  if (r.status !== 0) throw new Error(`byline ${args[0]} exited ${r.status}: ${(r.stderr || '').trim().slice(0, 500)}`);
  return r.stdout;
}

/**
 * The archive folder (the two seeds at its top, as in the workspace, and the wire stories), analysed and loaded;
 * `expected` gets what the hover and the search must show, counted from the analysed lines themselves.
 */
function buildArchive(url) {
  archiveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-archive-it-'));
  for (const f of fs.readdirSync(SEEDS)) if (/\.(txt|md)$/.test(f)) fs.copyFileSync(path.join(SEEDS, f), path.join(archiveDir, f));
  for (const [f, text] of Object.entries(WIRE)) {
    fs.mkdirSync(path.dirname(path.join(archiveDir, f)), { recursive: true });
    fs.writeFileSync(path.join(archiveDir, f), text);
  }
  const jsonl = cli(['analyze', '--jsonl', '.'], { cwd: archiveDir });
  fs.writeFileSync(path.join(archiveDir, 'archive.jsonl'), jsonl);
  const lines = jsonl.trim().split('\n').map((l) => JSON.parse(l));
  const loaded = cli(['load', '--db', url, 'archive.jsonl'], { cwd: archiveDir, stdio: ['ignore', 'pipe', 'pipe'] });
  info(`archive: ${lines.length} documents analysed and loaded (${secs()} s) ${loaded.trim()}`);
  // the hover on "Keir Starmer" in DOC: his mentions in the other documents
  const isStarmer = (name) => /\bStarmer\b/.test(name || '');
  let mentions = 0;
  let documents = 0;
  for (const l of lines) {
    if (l.path === DOC) continue;
    const n = l.entities.filter((m) => isStarmer(m.name)).length;
    mentions += n;
    if (n) documents++;
  }
  expected.hover = { mentions, documents };
  // "@Starmer": his claims everywhere; "levy": the claims holding the word (only in the wire stories)
  const claims = (pred) => lines.flatMap((l) => {
    const records = new Map(l.entityRecords.map((e) => [e.id, e]));
    return l.quotes.filter((q) => pred(q, records)).map((q) => ({ path: l.path, start: q.start, end: q.end, text: q.text }));
  });
  expected.starmerClaims = claims((q, r) => isStarmer(r.get(q.speaker)?.name));
  expected.levyClaims = claims((q) => /\blevy\b/i.test(q.text));
  info(`expected: hover "${mentions} more mentions in ${documents} archive documents"; ${expected.starmerClaims.length} claims by Starmer; ${expected.levyClaims.length} with "levy"`);
  if (!mentions || !expected.starmerClaims.some((c) => c.path === OTHER_DOC) || !expected.levyClaims.length) {
    throw new Error('the analysed archive lacks what the tests need (Starmer in other documents, his claim in the other seed, "levy" claims)');
  }
}

/** Labels as the quick pick shows them (searchArchive.ts: one line, at most 120 characters). */
const label = (text) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
};

// ------------------------------------------------------------------------------------------------ tests
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('a. without the password the archive says once, clearly, that it needs one; "Set Archive Database Password…" stores it', async () => {
  await until('the Byline output channel to say the archive needs a password', async () => {
    const out = bylineOutput();
    return /Archive: the archive database postgresql:\/\/postgres@127\.0\.0\.1:\d+\/archive asks for a password and none was given.*Byline works offline meanwhile\./.test(out) || notYet(out.split('\n').filter((l) => /Archive/.test(l)));
  });
  await runCommand('Byline: Set Archive Database Password…', { opens: true });
  await answerInputBox('Archive database password', pg.password, { closes: false });
  await waitForToast('"Archive password saved."', /^Archive password saved\.$/);
  await shot('a-password-saved');
  await clearToasts();
});

test('b. the hover over "Keir Starmer" adds "N more mentions in M archive documents" with the archive\'s counts', async () => {
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  const { mentions, documents } = expected.hover;
  const want = `${mentions} more mention${mentions === 1 ? '' : 's'} in ${documents} archive document${documents === 1 ? '' : 's'}`;
  const hover = await hoverUntil('Keir Starmer', `the hover to say "${want}"`, (h) => /archive document/.test(h));
  fs.writeFileSync(path.join(OUT, 'b-hover.txt'), hover + '\n');
  const got = /(\d+) more mentions? in (\d+) archive documents?/.exec(hover);
  if (!got || got[0] !== want) throw new Error(`the hover says "${got?.[0]}", the archive holds "${want}"`);
  await hoverSettled();
  // seen without scrolling the card: its line lies inside the hover's visible box
  const seenAt = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.getBoundingClientRect().width > 0);
    const p = h && [...h.querySelectorAll('p, li')].find((e) => /archive documents?/.test(e.textContent || ''));
    if (!p) return null;
    const box = h.getBoundingClientRect();
    const r = p.getBoundingClientRect();
    return { inside: r.top >= box.top && r.bottom <= box.bottom, line: r.top, hover: [box.top, box.bottom] };
  });
  if (!seenAt?.inside) throw new Error(`the archive line is not visible in the hover without scrolling: ${JSON.stringify(seenAt)}`);
  await shot('b-hover-archive');
  await page.mouse.move(5, 450);
});

test('c. "Byline: Search Archive" with "@Starmer" lists his claims from every archive document and opens one in the other seed at its words', async () => {
  await runCommand('Byline: Search Archive', { opens: true });
  await answerInputBox('Search Archive', '@Starmer', { closes: false });
  const want = expected.starmerClaims;
  const title = await until('the archive\'s claims in a quick pick', async () => {
    const t = await quickInputTitle();
    return t && /^Archive: \d+ claims?/.test(t) ? t : notYet(t);
  });
  if (title !== `Archive: ${want.length} claim${want.length === 1 ? '' : 's'}`) throw new Error(`the quick pick is titled "${title}", the archive has ${want.length} claims by Starmer`);
  const rows = await until('the rows', async () => {
    const r = await quickRows();
    return r.length >= Math.min(want.length, 5) ? r : notYet(r.length);
  });
  // every row shown is one of his claims, with its file (those outside the workspace said so)
  for (const r of rows) {
    const c = want.find((x) => label(x.text) === r.label);
    if (!c) throw new Error(`the row "${r.label}" is not a claim of Starmer's in the archive`);
    const inWorkspace = fs.existsSync(path.join(server.workspace, c.path));
    if (!r.text.includes(c.path) || r.text.includes('not in this workspace') === inWorkspace) throw new Error(`the row "${r.label.slice(0, 60)}" reads "${r.text.slice(0, 300)}"`);
  }
  await shot('c-search-starmer');
  // open his claim in the other seed: typing filters the list to it
  const claim = want.find((c) => c.path === OTHER_DOC);
  await chooseInQuickInput(label(claim.text).slice(0, 40), label(claim.text));
  await waitForEditorOf(OTHER_DOC);
  const text = fs.readFileSync(path.join(server.workspace, OTHER_DOC), 'utf8');
  const end = lineCol(text, claim.end);
  const s = await until('the claim to be selected', async () => {
    const x = await statusSelection();
    return x && x.line === end.line && x.col === end.col && x.selected === claim.end - claim.start ? x : notYet(x);
  });
  info(`opened ${OTHER_DOC} with "${claim.text.slice(0, 50)}" selected (Ln ${s.line}, Col ${s.col}, ${s.selected} selected)`);
  await shot('c-claim-opened');
});

test('d. a search by a word found only outside the workspace lists those claims, marked so; choosing one says where it is', async () => {
  await runCommand('Byline: Search Archive', { opens: true });
  await answerInputBox('Search Archive', 'levy', { closes: false });
  const want = expected.levyClaims;
  const rows = await until('the claims with "levy"', async () => {
    const r = await quickRows();
    const t = await quickInputTitle();
    return t === `Archive: ${want.length} claim${want.length === 1 ? '' : 's'}` && r.length === want.length ? r : notYet({ t, rows: r.map((x) => x.label) });
  });
  for (const c of want) {
    const r = rows.find((x) => x.label === label(c.text));
    if (!r || !r.text.includes(`${c.path} (not in this workspace)`)) throw new Error(`no row for "${c.text.slice(0, 60)}" marked as not in this workspace: ${JSON.stringify(rows.map((x) => x.text))}`);
  }
  await shot('d-search-levy');
  await chooseInQuickInput('', label(want[0].text));
  await waitForToast('the message that the file is not in this workspace', new RegExp(`^${want[0].path.replace(/[.]/g, '\\.')} is not in this workspace`));
  await clearToasts();
});

test('e. an archive that cannot be reached: one clear message in the output and from Search Archive; highlights and hovers work offline', async () => {
  await openFile(DOC);
  const port = await freePort(); // nothing listens there
  const url = `postgresql://postgres@127.0.0.1:${port}/archive`;
  setMachineSetting('byline.archive.database', url);
  const said = new RegExp(`Archive: cannot reach the archive database postgresql://postgres@127\\.0\\.0\\.1:${port}/archive \\(ECONNREFUSED\\).*Byline works offline meanwhile\\.`);
  // the hover asks the (new) archive; the answer cannot come, the hover still gives what the workspace knows
  const hover = await hoverUntil('Keir Starmer', 'the hover to show the entity without archive counts, once the archive was found unreachable', (h) => said.test(bylineOutput()) && /Keir Starmer/.test(h) && h.includes(OTHER_DOC));
  if (/archive document/.test(hover)) throw new Error(`the hover still shows archive counts: ${hover.slice(0, 300)}`);
  const p = await page.evaluate(probeEditor, 'Keir Starmer');
  if (!(p.decorations > 10)) throw new Error(`only ${p.decorations} highlights drawn offline`);
  fs.writeFileSync(path.join(OUT, 'e-hover-offline.txt'), hover + '\n');
  await hoverSettled();
  await shot('e-hover-offline');
  await page.mouse.move(5, 450);
  const times = (bylineOutput().match(new RegExp(said.source, 'g')) || []).length;
  if (times !== 1) throw new Error(`the output says ${times} times that the archive cannot be reached`);
  await runCommand('Byline: Search Archive', { opens: true });
  await answerInputBox('Search Archive', 'ceasefire', { closes: false });
  const toast = await waitForToast('an error that the archive cannot be reached', /cannot reach the archive database/);
  if (!toast.startsWith(`Byline: cannot reach the archive database ${url} (ECONNREFUSED)`) || toast.includes(pg.password)) throw new Error(`the error reads: ${toast}`);
  await shot('e-search-unreachable');
  await clearToasts();
});

// ------------------------------------------------------------------------------------------------ teardown
let finished = false;
async function finish(fatal) {
  if (finished) return;
  finished = true;
  if (fatal) {
    console.log(`not ok ${results.length + 1} - harness: ${fatal.message.split('\n')[0]}`);
    for (const line of (fatal.stack || '').split('\n').slice(1, 6)) console.log(`#   ${line.trim()}`);
    results.push({ ok: false });
    if (page) await shot('fail-harness').catch(() => {});
  }
  const failed = results.filter((r) => !r.ok).length;
  try {
    if (server) fs.writeFileSync(path.join(OUT, 'byline-output.log'), bylineOutput());
    if (failed) {
      const parts = ['## browser console and code-server output', ...consoleLines];
      if (server) for (const f of logFiles(server.logsDir)) parts.push(`## ${path.relative(server.userData, f)}`, fs.readFileSync(f, 'utf8').slice(-200000));
      fs.writeFileSync(path.join(OUT, 'console.txt'), parts.join('\n') + '\n');
    }
  } catch (e) {
    console.log(`# could not write logs: ${e.message}`);
  }
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop().catch(() => {});
  if (pg) pg.stop();
  if (archiveDir && process.env.BYLINE_IT_KEEP !== '1') fs.rmSync(archiveDir, { recursive: true, force: true });
  info(`total ${secs()} s; screenshots in ${path.relative(ROOT, OUT)}/`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    setTimeout(() => process.exit(130), 8000).unref();
    finish(new Error(`interrupted by ${sig}`));
  });
}
setTimeout(() => finish(new Error(`the whole run took over ${WATCHDOG_MS / 60000} minutes`)), WATCHDOG_MS).unref();

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const manifest = readManifest(EXT);
  for (const f of [manifest.main || 'dist/extension.js', 'dist/cli.js']) {
    if (!fs.existsSync(path.join(EXT, f))) throw new Error(`${f} is missing: run npm run build first (npm test does)`);
  }
  docText = fs.readFileSync(path.join(SEEDS, DOC), 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-archive-it-build-'));
  let cluster;
  try {
    cluster = loadPgCluster(tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!cluster.findPgBin()) {
    console.log('ok 1 - # SKIP PostgreSQL\'s server binaries (initdb, pg_ctl) are not installed: apt-get install -y postgresql, or set PG_BIN');
    console.log('0 passed, 0 failed');
    process.exit(0);
  }
  pg = await cluster.startCluster();
  info(`PostgreSQL on 127.0.0.1:${pg.port} (${secs()} s)`);
  buildArchive(pg.createDatabase('archive'));

  const kit = ensureKit({ log: (m) => info(m) });
  const problem = engineProblem(manifest, kit.codeVersion);
  if (problem) throw new Error(`VS Code would not load the extension: ${problem}`);
  server = await startCodeServer({
    kit,
    extensionDir: EXT,
    seedDir: SEEDS,
    settings: { 'editor.renderWhitespace': 'none' },
    keepTmp: process.env.BYLINE_IT_KEEP === '1',
    onOutput: clog,
  });
  // the URL without its password, as a user sets it (the password is given in test a), before the window opens
  setMachineSetting('byline.archive.database', `postgresql://postgres@127.0.0.1:${pg.port}/archive`);
  info(`code-server on 127.0.0.1:${server.port} (${secs()} s)`);
  browser = await launchChromium(kit, server);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.setDefaultTimeout(T);
  page.on('console', (m) => clog(`browser:${m.type()}`, m.text().replace(/%c/g, '')));
  page.on('pageerror', (e) => clog('browser:pageerror', e.stack || e.message));
  await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  const n = await waitForActivation();
  info(`workbench loaded, Byline indexed ${n} documents (${secs()} s)`);
  await openFile(DOC);

  const only = (process.env.BYLINE_IT_ONLY || '').split(',').filter(Boolean);
  for (const [i, t] of tests.entries()) {
    if (only.length && !only.includes(t.name.split('.')[0])) continue;
    const t1 = Date.now();
    try {
      await t.fn();
      results.push({ ok: true });
      console.log(`ok ${i + 1} - ${t.name} (${((Date.now() - t1) / 1000).toFixed(1)} s)`);
    } catch (e) {
      results.push({ ok: false });
      console.log(`not ok ${i + 1} - ${t.name}`);
      console.log(`#   ${e.message.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter(Boolean).slice(0, 6).join('\n#   ')}`);
      await shot(`fail-${t.name.slice(0, 1)}`).catch(() => {});
      await closeWidgets().catch(() => {});
    }
  }
}

main().then(() => finish(null), (e) => finish(e));
