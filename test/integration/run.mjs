#!/usr/bin/env node
// UI tests of Byline in a real VS Code: code-server (VS Code 1.139's workbench and extension host) driven by
// headless Debian Chromium through playwright-core. What is checked is what a journalist sees on screen.
//
//   npm run test:integration        (npm test builds dist/ first; this script builds nothing)
//
// Env: BYLINE_TEST_KIT        kit folder (see kit.mjs; default ~/.cache/byline-vscode-kit)
//      BYLINE_UPDATE_SCREENSHOT=1  copy the showcase screenshot to media/screenshot.png
//      BYLINE_IT_TIMEOUT       ms for one wait (default 30000)
//      BYLINE_IT_KEEP=1        keep the temporary folders (user data, logs, workspace) and print where
//      BYLINE_IT_ONLY=a,m,n    run only these tests (by letter; a waits for activation, later ones build on earlier)
// Output: one `ok N - ...` / `not ok N - ...` line per test, then `P passed, F failed`; exit 1 on any failure.
// Screenshots and (on failure) logs: test-results/integration/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKit } from './kit.mjs';
import { launchChromium, startCodeServer, engineProblem, logFiles, readManifest } from './codeserver.mjs';
import { notYet, workbench } from './workbench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'test-results', 'integration');
const SEEDS = path.join(ROOT, 'seeds');
// the extension under test: this repo (BYLINE_IT_EXTENSION points at another build, to debug the harness)
const EXT = path.resolve(process.env.BYLINE_IT_EXTENSION || ROOT);
const DOC = '003_e2d21aa9f853506f.txt';
const OTHER_DOC = '000_3abe20738362dce4.txt';
const T = Number(process.env.BYLINE_IT_TIMEOUT) || 30000;
const WATCHDOG_MS = 15 * 60 * 1000;
const COLOUR_VARS = {
  entity: '--vscode-byline-entityBackground',
  quote: '--vscode-byline-quoteBackground',
  figure: '--vscode-byline-figureBackground',
};

const T0 = Date.now();
const secs = () => ((Date.now() - T0) / 1000).toFixed(1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
  until, closeWidgets, quickRows, quickInputTitle, activeTabLabel, waitForEditorOf, toasts, waitForToast,
  clearToasts, shot, runCommand, answerInputBox, openFile, statusSelection, goToLine, hoverVisibleText, hoverSettled,
  chooseInQuickInput,
} = workbench({ get page() { return page; }, get server() { return server; }, T, out: OUT });

let docText = '';
let otherText = '';
const results = [];
const seen = {}; // facts found by one test that later ones use (decoration colours)

// ------------------------------------------------------------------------------------------------ waiting

// ------------------------------------------------------------------------------------------------ workbench actions
const lineOf = (needle) => {
  const i = docText.indexOf(needle);
  if (i < 0) throw new Error(`seed ${DOC} has no "${needle}"`);
  return docText.slice(0, i).split('\n').length;
};

/** 1-based line and column of the first occurrence of `needle` in `text` (plus `shift` characters). */
function positionIn(text, needle, shift = 0) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`the seed has no "${needle}"`);
  const before = text.slice(0, i + shift);
  return { line: before.split('\n').length, col: i + shift - before.lastIndexOf('\n') };
}

/**
 * What the analysis core finds in the seeds, from the CLI (the same core as the extension, on the same two
 * files): `mentions(name)` gives { file: number of mentions } of the entity with that canonical name.
 */
let coreJson = null;
function core() {
  coreJson ??= JSON.parse(execFileSync(process.execPath, [path.join(EXT, 'dist', 'cli.js'), 'analyze', '--json', SEEDS], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const mentions = (name) => {
    const ids = coreJson.entities.filter((e) => e.name === name).map((e) => e.id);
    if (ids.length !== 1) throw new Error(`the core has ${ids.length} entities named "${name}"`);
    const per = {};
    for (const d of coreJson.documents) {
      const n = (d.entities || []).filter((m) => m.entity === ids[0]).length;
      if (n) per[path.basename(d.path)] = n;
    }
    return per;
  };
  /** The canonical name of the speaker of the claim of `file` whose words are `text` (as the core gives it). */
  const speakerOfClaim = (file, text) => {
    const norm = (x) => x.replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();
    const d = coreJson.documents.find((x) => path.basename(x.path) === file);
    const q = (d?.quotes || []).find((x) => norm(x.text) === norm(text)) ?? (d?.quotes || []).find((x) => norm(x.text).startsWith(norm(text).slice(0, 40)));
    if (!q) throw new Error(`the core has no claim "${text.slice(0, 60)}" in ${file}`);
    return q.speaker ? coreJson.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker : 'Unattributed';
  };
  return { mentions, speakerOfClaim };
}

const sum = (per) => Object.values(per).reduce((a, b) => a + b, 0);

// ------------------------------------------------------------------------------------------------ reading the editor
/**
 * In the page: the active editor's extension decorations (elements with a generated `ced-` class inside
 * .view-lines / .view-overlays, with a background colour), the theme colours Byline contributes, and for each
 * of `texts` its occurrences in the rendered lines, each character with the background colours of the
 * decorations drawn under it (text is found across spans and wrapped lines).
 */
function probeEditor({ texts, vars }) {
  const clear = (c) => !c || c === 'transparent' || /^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(c);
  const group = document.querySelector('.part.editor .editor-group-container.active');
  const ed = group && group.querySelector('.monaco-editor');
  if (!ed) return { error: 'no active editor' };
  const box = ed.getBoundingClientRect();
  const decos = [...ed.querySelectorAll('.view-overlays [class*="ced-"], .view-lines [class*="ced-"]')]
    .map((el) => ({ bg: getComputedStyle(el).backgroundColor, r: el.getBoundingClientRect(), cls: [...el.classList].filter((c) => c.startsWith('ced-')).join(' ') }))
    .filter((d) => !clear(d.bg) && d.r.width > 0 && d.r.height > 0);
  const byColour = {};
  for (const d of decos) byColour[d.bg] = (byColour[d.bg] || 0) + 1;
  // theme colours, resolved the way the workbench resolves them
  const colours = {};
  const host = document.querySelector('.monaco-workbench') || document.body;
  const probe = document.createElement('div');
  host.appendChild(probe);
  for (const [kind, v] of Object.entries(vars)) {
    probe.style.backgroundColor = '';
    probe.style.backgroundColor = `var(${v})`;
    const c = getComputedStyle(probe).backgroundColor;
    colours[kind] = clear(c) ? null : c;
  }
  probe.remove();
  // the rendered text, in visual order, as one stream mapped back to text nodes
  const lines = [...ed.querySelectorAll('.view-lines .view-line')]
    .map((l) => ({ l, top: l.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top);
  const nodes = [];
  let stream = '';
  for (const { l } of lines) {
    const w = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      nodes.push({ n, start: stream.length });
      stream += n.nodeValue.replace(/\u00a0/g, ' ');
    }
  }
  const at = (pos) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return nodes[lo];
  };
  const hits = {};
  for (const text of texts) {
    hits[text] = [];
    for (let i = stream.indexOf(text); i >= 0 && hits[text].length < 20; i = stream.indexOf(text, i + 1)) {
      const chars = [];
      let visible = true;
      for (let k = 0; k < text.length; k++) {
        if (/\s/.test(text[k])) continue;
        const { n, start } = at(i + k);
        const range = document.createRange();
        range.setStart(n, i + k - start);
        range.setEnd(n, i + k - start + 1);
        const r = range.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) visible = false;
        const bgs = decos.filter((d) => x >= d.r.left - 0.5 && x <= d.r.right + 0.5 && y >= d.r.top - 0.5 && y <= d.r.bottom + 0.5).map((d) => d.bg);
        chars.push({ ch: text[k], x, y, bgs: [...new Set(bgs)] });
      }
      hits[text].push({ visible, chars });
    }
  }
  return { decorations: decos.length, byColour, colours, hits };
}

async function probe(texts = []) {
  return page.evaluate(probeEditor, { texts, vars: COLOUR_VARS });
}

/** The colour under every non-blank character of the first visible occurrence of `text`, or null. */
function colourUnder(p, text, want = null) {
  for (const occ of p.hits[text] || []) {
    if (!occ.visible || !occ.chars.length) continue;
    const common = occ.chars.reduce((acc, c) => acc.filter((bg) => c.bgs.includes(bg)), occ.chars[0].bgs);
    if (want) return common.includes(want) ? want : null;
    if (common.length) return common[0];
    return null;
  }
  return null;
}

/** Which kind (entity/quote/figure) a background colour stands for. */
function kindOf(colour) {
  const known = seen.colours || {};
  return Object.keys(known).find((k) => known[k] === colour) || null;
}

/**
 * The rows of one view of the side bar: the pane whose header title starts with `view` ("Claims", "Entities",
 * "Outline") when the side bar shows several views, else every row of the side bar (a view alone in its
 * container has no header). Row ids are unique across the page; data-index is per list.
 */
async function sidebarRows(view = 'Claims') {
  return page.evaluate((view) => {
    const sb = document.querySelector('.part.sidebar');
    if (!sb) return [];
    const panes = [...sb.querySelectorAll('.pane')].filter((p) => p.querySelector(':scope > .pane-header'));
    const pane = panes.find((p) => (p.querySelector(':scope > .pane-header .title')?.textContent || '').trim().startsWith(view));
    const scope = panes.length ? pane : sb;
    if (!scope) return [];
    return [...scope.querySelectorAll('.monaco-list-row')].map((row) => ({
      id: row.id,
      index: Number(row.getAttribute('data-index')),
      level: Number(row.getAttribute('aria-level') || 0),
      expanded: row.getAttribute('aria-expanded'),
      label: (row.querySelector('.label-name')?.textContent || row.textContent || '').replace(/\u00a0/g, ' ').trim(),
      description: (row.querySelector('.label-description')?.textContent || '').trim(),
      aria: row.getAttribute('aria-label') || '',
      selected: row.getAttribute('aria-selected') === 'true' || row.classList.contains('selected'),
      // the row's codicon (a claim's status icon: codicon-pass-filled for "Verified")
      icon: [...(row.querySelector('.custom-view-tree-node-item-icon')?.classList || [])].filter((c) => c.startsWith('codicon-')).join(' '),
    })).sort((a, b) => a.index - b.index);
  }, view);
}

/** Clicks a side-bar row found by sidebarRows (by its unique element id). */
async function clickRow(row) {
  await page.locator(`.part.sidebar [id="${row.id}"]`).click();
}

/** Expands or collapses a side-bar row by its twistie (the Outline opens the symbol on a click elsewhere). */
async function toggleRow(row) {
  await page.locator(`.part.sidebar [id="${row.id}"] .monaco-tl-twistie`).click();
}

/** The message a view shows above its rows (TreeView.message), if any. */
async function sidebarMessage(view = 'Claims') {
  return page.evaluate((view) => {
    const sb = document.querySelector('.part.sidebar');
    const panes = [...(sb?.querySelectorAll('.pane') || [])].filter((p) => p.querySelector(':scope > .pane-header'));
    const scope = panes.find((p) => (p.querySelector(':scope > .pane-header .title')?.textContent || '').trim().startsWith(view)) || sb;
    const m = [...(scope?.querySelectorAll('.message') || [])].find((e) => e.getBoundingClientRect().height > 0 && !e.classList.contains('hide'));
    return m ? m.textContent.replace(/\s+/g, ' ').trim() : '';
  }, view);
}

/** The labels of the top-level rows (speakers) of the Claims view. */
async function speakerLabels() {
  return (await sidebarRows()).filter((r) => r.level === 1).map((r) => r.label);
}

/** The status bar's text (messages such as "Byline: copied …" appear there). */
async function statusText() {
  return page.evaluate(() => (document.querySelector('.part.statusbar')?.textContent || '').replace(/\s+/g, ' '));
}

/** Screen position of the `k`-th character of the first visible occurrence of `text` in the active editor. */
async function charOf(text, k = 2) {
  const p = await until(`"${text}" to be drawn`, async () => {
    const q = await probe([text]);
    return (q.hits[text] || []).find((o) => o.visible) ? q : notYet();
  });
  return p.hits[text].find((o) => o.visible).chars[k];
}

/** Hovers the character at c until the hover's text matches `ok`; retries like test b. */
async function hoverUntil(c, what, ok) {
  let hover = '';
  for (let attempt = 1; attempt <= 3 && !hover; attempt++) {
    await page.mouse.move(c.x, c.y + 250);
    await until('no hover', async () => !(await hoverVisibleText()), 5000).catch(() => {});
    await page.mouse.move(c.x - 3, c.y, { steps: 3 });
    await page.mouse.move(c.x, c.y, { steps: 2 });
    hover = await until(what, async () => {
      const h = await hoverVisibleText();
      return ok(h) ? h : notYet(h);
    }, attempt < 3 ? 10000 : T).catch((e) => {
      if (attempt === 3) throw e;
      info(`hover attempt ${attempt}: ${e.message.slice(0, 200)}`);
      return '';
    });
  }
  return hover;
}

/**
 * The side bar's title, followed by the titles of its views when it shows several (a view's own title, such
 * as "Claims · This Document", is then in its section header): "Byline / Claims · Workspace / Entities".
 */
async function sidebarTitle() {
  return page.evaluate(() => {
    const sb = document.querySelector('.part.sidebar');
    if (!sb || sb.getBoundingClientRect().width === 0) return null;
    const title = (sb.querySelector('.composite.title .title-label')?.textContent || '').trim();
    const views = [...sb.querySelectorAll('.pane > .pane-header .title')].map((t) => t.textContent.trim()).filter(Boolean);
    return [title, ...views].join(' / ');
  });
}

/** Clicks an action of a view's title bar (its section header when the side bar shows several views). */
async function clickViewAction(view, label) {
  const header = page.locator('.part.sidebar .pane > .pane-header').filter({ has: page.locator('.title', { hasText: view }) });
  if (await header.count()) {
    await header.first().hover(); // section header actions show on hover
    await header.first().locator(`.action-label[aria-label="${label}"]`).click();
  } else {
    await page.locator(`.part.sidebar .composite.title .action-label[aria-label="${label}"]`).click();
  }
}

/** The rows of a tree under `parent` (one level down), from sidebarRows. */
function childRows(rows, parent) {
  const after = rows.filter((x) => x.index > parent.index);
  const end = after.findIndex((x) => x.level <= parent.level);
  return (end < 0 ? after : after.slice(0, end)).filter((x) => x.level === parent.level + 1);
}

/**
 * The references peek of the active editor: its title ("References (3)") and, per file row, the file name and
 * how many locations it holds (from the row's accessible name: "2 symbols in 000.txt, full path …").
 */
async function peekState() {
  return page.evaluate(() => {
    const w = [...document.querySelectorAll('.part.editor .peekview-widget')].find((x) => x.getBoundingClientRect().height > 0);
    if (!w) return null;
    const title = (w.querySelector('.peekview-title')?.textContent || '').replace(/\s+/g, ' ').trim();
    const rows = [...w.querySelectorAll('.ref-tree .monaco-list-row')].map((r) => ({
      level: Number(r.getAttribute('aria-level') || 0),
      aria: r.getAttribute('aria-label') || '',
      text: (r.textContent || '').trim(),
    }));
    const files = {};
    for (const r of rows) {
      const m = /^(\d+) (?:symbols?|references?|results?) in (.+?), full path/.exec(r.aria);
      if (r.level === 1 && m) files[m[2]] = Number(m[1]);
    }
    return { title, files, rows: rows.map((r) => `${r.level}:${r.aria.slice(0, 60)}`) };
  });
}

/** Waits until the peek lists exactly the files and counts of `want` ({ file: count }). */
async function peekListing(what, want) {
  return until(what, async () => {
    const p = await peekState();
    const same = p && Object.keys(want).length === Object.keys(p.files).length && Object.entries(want).every(([f, n]) => p.files[f] === n);
    return same ? p : notYet(p);
  });
}

// ------------------------------------------------------------------------------------------------ activation
function readLogs(predicate) {
  return logFiles(server.logsDir).filter(predicate).map((f) => {
    try {
      return { f, text: fs.readFileSync(f, 'utf8') };
    } catch {
      return { f, text: '' };
    }
  });
}

/** How many times the "Byline" output channels (of every extension host so far) said they indexed the workspace. */
function indexedCount() {
  return readLogs((f) => /Byline\.log$/.test(path.basename(f))).reduce((n, { text }) => n + (text.match(/Byline indexed \d+ documents?/g) || []).length, 0);
}

/**
 * Waits for the "Byline" output channel to say it indexed the workspace (for the (`after` + 1)-th time: after a
 * window reload, the new extension host's); fails fast if activation threw.
 */
async function waitForActivation(after = 0) {
  const id = server.extensionId.toLowerCase();
  return until('Byline to log "Byline indexed N documents" in its output channel', async () => {
    const failed = readLogs((f) => /exthost/i.test(f)).flatMap(({ text }) => text.split('\n'))
      .filter((l) => l.toLowerCase().includes(id) && /activating extension .* failed/i.test(l));
    if (failed.length) throw Object.assign(new Error(`activation failed: ${failed[0]}`), { fatal: true });
    const out = readLogs((f) => /Byline\.log$/.test(path.basename(f)));
    // the analysis process must run: its failure falls back to analysing on the extension host, which works but
    // blocks every extension (a V8 flag the host's Node did not know once stopped it at start)
    const fellBack = out.flatMap(({ text }) => text.split('\n')).find((l) => /background analysis of .* failed/.test(l));
    if (fellBack) throw Object.assign(new Error(`the analysis process failed: ${fellBack}`), { fatal: true });
    const hits = out.flatMap(({ text }) => [...text.matchAll(/Byline indexed (\d+) documents?/g)]);
    if (hits.length > after) return { documents: Number(hits[hits.length - 1][1]), activated: out.some(({ text }) => /Byline activated/.test(text)) };
    return notYet(out.length ? 'output channel has no new "indexed" line yet' : 'no Byline output channel yet');
  }, 90000, 250);
}

// ------------------------------------------------------------------------------------------------ annotations (m–t)
const annotationsFile = () => path.join(server.workspace, '.byline', 'annotations.jsonl');

/** The workspace's `.byline/annotations.jsonl` as on disk: its bytes, its lines and the annotations that parse. */
function readAnnotations() {
  let raw = Buffer.alloc(0);
  try {
    raw = fs.readFileSync(annotationsFile());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const lines = raw.toString('utf8').split('\n').map((text, i) => {
    let ann = null;
    try {
      ann = JSON.parse(text);
    } catch { /* not an annotation */ }
    return { n: i + 1, text, ann };
  }).filter((l) => l.text.trim());
  return { raw, lines, anns: lines.map((l) => l.ann).filter(Boolean) };
}
const bodiesOf = (ann, purpose) => [].concat(ann.body || []).filter((b) => b && b.purpose === purpose).map((b) => b.value);
const exactOf = (ann) => [].concat(ann.target?.selector || []).find((x) => x && x.type === 'TextQuoteSelector')?.exact;
const sourceOf = (ann) => ann.target?.source;
/** The annotations (parsed from disk) with a `commenting` body saying `note`. */
const notesSaying = (note) => readAnnotations().anns.filter((a) => bodiesOf(a, 'commenting').includes(note));

/** The status bar item "N not reviewed" (review mode), as a number; null when it is not shown. */
async function notReviewed() {
  const t = await page.evaluate(() => [...document.querySelectorAll('.part.statusbar .statusbar-item')].map((i) => i.textContent).join(' | '));
  const m = /(\d+) not reviewed/.exec(t);
  return m ? Number(m[1]) : null;
}

async function waitNotReviewed(n, why) {
  return until(`the status bar to say "${n} not reviewed" (${why})`, async () => {
    const x = await notReviewed();
    return x === n ? x : notYet(x);
  });
}

/** Expands or collapses a section (view) of the side bar by its header. */
async function setPane(view, expanded) {
  const header = page.locator('.part.sidebar .pane > .pane-header').filter({ has: page.locator('.title', { hasText: view }) }).first();
  if (!(await header.count())) return;
  if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.locator('.title').first().click();
  await until(`the ${view} section ${expanded ? 'expanded' : 'collapsed'}`, async () => ((await header.getAttribute('aria-expanded')) === String(expanded)) || notYet(await header.getAttribute('aria-expanded')));
}

/** The Byline side bar holds Claims, Entities and Orphans: the two others collapsed, every speaker fits in Claims. */
async function roomForClaims() {
  await setPane('Entities', false);
  await setPane('Orphans', false);
  await setPane('Claims', true);
}

/** The Claims view over the whole workspace, with room. */
async function showAllClaims() {
  await runCommand('Byline: Show Claims');
  const t = await until('the Claims view', async () => (await sidebarTitle()) || notYet(null));
  if (/This Document/.test(t)) await runCommand('Byline: Show Claims in Workspace');
  await roomForClaims();
}

/** Right-clicks `target` (a locator) and picks `item` in the context menu (`button`: 'left' for a "…" menu button). */
async function contextMenu(target, item, button = 'right') {
  await target.click({ button });
  const labels = page.locator('.monaco-menu .action-menu-item .action-label');
  await labels.first().waitFor({ state: 'visible', timeout: T });
  const entry = page.locator('.monaco-menu .action-menu-item').filter({ has: page.locator(`.action-label[aria-label="${item}"]`) });
  if (!(await entry.count())) throw new Error(`no "${item}" in the context menu: ${(await labels.allTextContents()).filter(Boolean).join(' | ')}`);
  // a click can land while the menu still ignores the mouse (just opened): hover the item until the menu
  // focuses it, then Enter, as a keyboard user would
  await entry.first().hover();
  const focused = await until(`"${item}" focused in the menu`, async () =>
    (await entry.first().evaluate((e) => e.closest('.action-item')?.classList.contains('focused') || e.matches(':focus'))) || notYet(), 3000).catch(() => false);
  if (focused) await page.keyboard.press('Enter');
  else await entry.first().click();
  await labels.first().waitFor({ state: 'hidden', timeout: T });
}

/** Clicks `label` in a view's "More Actions..." (…) menu of its header. */
async function viewMenuAction(view, label) {
  const header = page.locator('.part.sidebar .pane > .pane-header').filter({ has: page.locator('.title', { hasText: view }) }).first();
  await header.hover();
  await contextMenu(header.locator('.action-label[aria-label="More Actions..."]'), label, 'left').catch(async (e) => {
    if (!/no ".*" in the context menu/.test(e.message)) throw e;
    throw new Error(`${view}'s "More Actions..." menu: ${e.message}`);
  });
}

/** Waits (up to 3 s, not fatal) until the notification toasts have finished sliding in, for screenshots. */
async function toastsSettled() {
  await until('the notifications to finish sliding in', () => page.evaluate(() => {
    const box = document.querySelector('.notifications-toasts');
    return !box || !document.getAnimations().some((a) => {
      const t = a.effect && a.effect.target;
      return a.playState === 'running' && t && (box.contains(t) || t.contains(box));
    });
  }), 3000, 50).catch(() => {});
  // toasts fade in by a CSS transition: wait for their opacity to reach 1
  await until('the notifications to be opaque', () => page.evaluate(() =>
    [...document.querySelectorAll('.notifications-toasts .notification-toast-container, .notifications-toasts .notification-toast')]
      .every((e) => Number(getComputedStyle(e).opacity) === 1)), 3000, 50).catch(() => {});
}

/**
 * Selects `needle` (the first occurrence from the start of its line) in the active editor, the way a user would
 * with Find (Ctrl+F, type, Escape): the editor keeps the match selected. `text` is the document's text.
 */
async function selectText(needle, text = docText) {
  const at = positionIn(text, needle);
  await goToLine(at.line);
  await page.keyboard.press('Control+F');
  const find = page.locator('.part.editor .editor-group-container.active .find-widget.visible textarea[aria-label="Find"]');
  await find.waitFor({ state: 'visible', timeout: T });
  await find.fill(needle);
  const want = (s) => s && s.selected === needle.length && s.line === at.line && s.col === at.col + needle.length;
  await until(`"${needle}" selected by Find`, async () => {
    const s = await statusSelection();
    return want(s) ? s : notYet(s);
  });
  await page.keyboard.press('Escape');
  await page.locator('.part.editor .editor-group-container.active .find-widget.visible').waitFor({ state: 'hidden', timeout: T });
  return until(`"${needle}" still selected once Find is closed`, async () => {
    const s = await statusSelection();
    return want(s) ? s : notYet(s);
  });
}

/** The text the status bar's selection covers in `text` (the cursor at the end of the selection, or its start). */
function selectionText(sel, text = docText) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < sel.line - 1; i++) offset += lines[i].length + 1;
  offset += sel.col - 1;
  return { end: text.slice(offset - sel.selected, offset), start: text.slice(offset, offset + sel.selected) };
}

/** The Problems panel, filtered by `filter`: its marker rows, each with the file row it is under. */
async function problemRows(filter) {
  const shown = () => page.evaluate(() => {
    const m = document.querySelector('.part.panel .markers-panel');
    return !!m && m.getBoundingClientRect().height > 0;
  });
  if (!(await shown())) {
    await closeWidgets();
    await page.keyboard.press('Control+Shift+M'); // View: Toggle Problems
    await until('the Problems panel', shown);
  }
  const box = page.locator('.part.panel input[aria-label="Filter Problems"]');
  if ((await box.inputValue()) !== filter) await box.fill(filter);
  return page.evaluate(() => {
    const out = [];
    let file = '';
    for (const r of document.querySelectorAll('.part.panel .markers-panel .monaco-list-row')) {
      const level = Number(r.getAttribute('aria-level'));
      const aria = r.getAttribute('aria-label') || '';
      if (level === 1) file = (/in file (\S+)/.exec(aria) || [])[1] || aria;
      else if (level === 2) out.push({ file, aria, text: (r.textContent || '').trim() });
    }
    return out;
  });
}

async function hidePanel() {
  const open = await page.evaluate(() => {
    const p = document.querySelector('.part.panel');
    return !!p && p.getBoundingClientRect().height > 0;
  });
  if (open) {
    await closeWidgets();
    await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
  }
}

/** The note markers (gutter icons) of the active editor: their vertical centres. */
async function noteMarkers() {
  return page.evaluate(() => {
    const group = document.querySelector('.part.editor .editor-group-container.active');
    const ed = group && group.querySelector('.monaco-editor');
    if (!ed) return [];
    return [...ed.querySelectorAll('.margin [class*="ced-"], .glyph-margin-widgets [class*="ced-"], .margin-view-overlays [class*="ced-"]')]
      .filter((e) => /note\.svg/.test(getComputedStyle(e).backgroundImage))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { y: r.top + r.height / 2, h: r.height, w: r.width };
      })
      .filter((m) => m.h > 0 && m.w > 0);
  });
}

/** Hovers the first visible `text` of the active editor until the hover passes `ok`; returns it with spaces collapsed. */
async function hoverText(text, what, ok, k = 2) {
  const c = await charOf(text, k);
  const h = await hoverUntil(c, what, (x) => ok(x.replace(/\s+/g, ' ')));
  return h.replace(/\s+/g, ' ');
}

/** Moves the mouse away until no hover is shown. */
async function noHover() {
  await page.mouse.move(5, 450);
  await until('no hover', async () => !(await hoverVisibleText()), 5000).catch(() => {});
}

/** Reloads the window ("Developer: Reload Window") and waits for Byline to index the workspace again. */
async function reloadWindow() {
  const before = indexedCount();
  await page.evaluate(() => {
    window.__bylineBeforeReload = true;
  });
  await runCommand('Developer: Reload Window').catch((e) => info(`after Reload Window: ${e.message.split('\n')[0]}`));
  await until('the window to reload', () => page.evaluate(() => !window.__bylineBeforeReload && !!document.querySelector('.monaco-workbench .part.statusbar')).catch(() => false), 120000);
  const act = await waitForActivation(before);
  info(`after the reload Byline indexed ${act.documents} documents again (${secs()} s)`);
}

/** A minimal RFC 4180 reader: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ------------------------------------------------------------------------------------------------ the tests
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('a. opening a source draws entity, quote and figure highlights in three colours', async () => {
  await openFile(DOC);
  const act = await waitForActivation();
  info(`Byline activated; its output channel says it indexed ${act.documents} documents (${secs()} s)`);
  if (act.documents < 2) throw new Error(`Byline indexed ${act.documents} documents; the workspace has 2`);
  const quote = 'once-in-a-generation moment for the security of Europe';
  // top of the file: "Starmer" (entity) and a quote
  await goToLine(1);
  const top = await until('decorations under "Starmer" and the Europe quote', async () => {
    const p = await probe(['Starmer', quote]);
    const ok = colourUnder(p, 'Starmer') && colourUnder(p, quote);
    return ok ? p : notYet({ decorations: p.decorations, byColour: p.byColour });
  });
  // further down: "£2.26-billion" (figure)
  await goToLine(lineOf('£2.26-billion'));
  const low = await until('a decoration under "£2.26-billion"', async () => {
    const p = await probe(['£2.26-billion']);
    return colourUnder(p, '£2.26-billion') ? p : notYet({ decorations: p.decorations, hits: p.hits['£2.26-billion']?.length });
  });
  const found = {
    entity: colourUnder(top, 'Starmer'),
    quote: colourUnder(top, quote),
    figure: colourUnder(low, '£2.26-billion'),
  };
  const theme = top.colours;
  info(`theme colours: ${JSON.stringify(theme)}; drawn: ${JSON.stringify({ ...top.byColour })}`);
  // When the extension contributes its theme colours, each kind must be drawn in its own one.
  for (const kind of Object.keys(found)) {
    if (!theme[kind]) continue;
    const want = theme[kind];
    const p = kind === 'figure' ? low : top;
    const text = { entity: 'Starmer', quote, figure: '£2.26-billion' }[kind];
    if (!colourUnder(p, text, want)) throw new Error(`"${text}" is not under a ${kind} decoration (byline.${kind}Background = ${want}); colours under it: ${found[kind]}`);
    found[kind] = want;
  }
  const distinct = new Set(Object.values(found));
  if (distinct.size !== 3) throw new Error(`entity, quote and figure highlights are not three distinct colours: ${JSON.stringify(found)}`);
  seen.colours = found;
  const counts = Object.fromEntries(Object.entries(found).map(([k, c]) => [k, (k === 'figure' ? low : top).byColour[c] || 0]));
  info(`decorations in view: ${JSON.stringify(counts)}; colours ${JSON.stringify(found)}`);
  await goToLine(1);
  await shot('a-highlights');
});

test('b. hovering an entity shows its canonical name and the other source that mentions it', async () => {
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  await goToLine(1);
  const p = await until('"Zelensky" to be drawn', async () => {
    const q = await probe(['Zelensky']);
    return (q.hits.Zelensky || []).find((o) => o.visible) ? q : notYet();
  });
  const occ = p.hits.Zelensky.find((o) => o.visible);
  const c = occ.chars[2]; // the "l": a character of the word, not a space next to it
  if (seen.colours?.entity && !c.bgs.includes(seen.colours.entity)) throw new Error('"Zelensky" is not highlighted as an entity');
  let hover = '';
  for (let attempt = 1; attempt <= 3 && !/Volodymyr Zelensky/.test(hover); attempt++) {
    await page.mouse.move(c.x, c.y + 250); // away first, so that a new hover starts
    await until('no hover', async () => !(await hoverVisibleText()), 5000).catch(() => {});
    await page.mouse.move(c.x - 3, c.y, { steps: 3 });
    await page.mouse.move(c.x, c.y, { steps: 2 });
    hover = await until('the hover over "Zelensky" to show "Volodymyr Zelensky"', async () => {
      const h = await hoverVisibleText();
      return /Volodymyr Zelensky/.test(h) && h.includes(OTHER_DOC) ? h : notYet(h);
    }, attempt < 3 ? 10000 : T).catch((e) => {
      if (attempt === 3) throw e;
      info(`hover attempt ${attempt}: ${e.message.slice(0, 200)}`);
      return '';
    });
  }
  info(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 300)}`);
  fs.writeFileSync(path.join(OUT, 'b-hover.txt'), hover + '\n');
  await hoverSettled();
  await shot('b-hover');
  await page.mouse.move(5, 450);
});

test('c. "Byline: Show Claims" lists claims by speaker; Keir Starmer expands to his claims', async () => {
  await closeWidgets();
  await until('a Byline entry in the activity bar', () => page.evaluate(() =>
    [...document.querySelectorAll('.part.activitybar .action-item .action-label')]
      .some((a) => /^Byline\b/.test(a.getAttribute('aria-label') || a.getAttribute('title') || ''))));
  await runCommand('Byline: Show Claims');
  const title = await until('the Byline side bar', async () => {
    const t = await sidebarTitle();
    return (t && /byline|claims/i.test(t) ? t : notYet(t));
  });
  const rows = await until('a "Keir Starmer" row in the claims tree', async () => {
    const r = await sidebarRows();
    return r.find((x) => /^Keir Starmer\b/.test(x.label)) ? r : notYet(r.map((x) => x.label));
  });
  const speakers = rows.filter((r) => r.level === 1).map((r) => `${r.label}${r.description ? ` (${r.description})` : ''}`);
  info(`side bar "${title}"; speakers in view: ${speakers.join(' | ')}`);
  const starmer = rows.find((x) => /^Keir Starmer\b/.test(x.label));
  if (starmer.expanded === 'false') {
    await clickRow(starmer);
  }
  const claims = await until('claim rows under "Keir Starmer"', async () => {
    const r = await sidebarRows();
    const s = r.find((x) => /^Keir Starmer\b/.test(x.label));
    if (!s || s.expanded !== 'true') return notYet(s);
    const after = r.filter((x) => x.index > s.index);
    const end = after.findIndex((x) => x.level <= s.level);
    const children = (end < 0 ? after : after.slice(0, end)).filter((x) => x.level === s.level + 1);
    return children.length ? children : notYet('expanded, no children yet');
  });
  info(`${claims.length} claim rows under Keir Starmer in view: ${claims.map((x) => x.label.slice(0, 60)).join(' | ')}`);
  seen.starmerClaims = claims;
  await shot('c-claims');
});

test('d. clicking a claim selects its quote in the source', async () => {
  if (!(await sidebarRows()).some((x) => /^Keir Starmer\b/.test(x.label))) await runCommand('Byline: Show Claims');
  const row = await until('a claim row containing "once-in-a-generation"', async () => {
    const r = await sidebarRows();
    const rows = r.filter((x) => x.level > 1 && x.label.includes('once-in-a-generation'));
    // the direct quote ("a once-in-a-generation moment for the security of Europe…") if listed, else any
    return rows.find((x) => /^["“]/.test(x.label)) || rows[0] || notYet(r.map((x) => x.label.slice(0, 40)));
  });
  // clear any selection first, so that the one we read comes from the click
  await goToLine(1);
  await clickRow(row);
  await waitForEditorOf(DOC);
  const sel = await until('the status bar to show a selection', async () => {
    const s = await statusSelection();
    return (s && s.selected > 0 ? s : notYet(s));
  });
  // The status bar gives the cursor (the selection's active end) and the selection's length; the seed file
  // gives the text. The cursor is at the end of the selection, or at its start for a reversed one.
  const lines = docText.split('\n');
  let offset = 0;
  for (let i = 0; i < sel.line - 1; i++) offset += lines[i].length + 1;
  offset += sel.col - 1;
  const candidates = [docText.slice(offset - sel.selected, offset), docText.slice(offset, offset + sel.selected)];
  const norm = (s) => s.replace(/^[\s"“”'‘’]+|[\s"“”'‘’.…]+$/g, '').replace(/\s+/g, ' ');
  const label = norm(row.label);
  const selected = candidates.find((t) => {
    const n = norm(t);
    return n.includes('once-in-a-generation') && (n === label || (row.label.trim().endsWith('…') && n.startsWith(label)) || label.includes(n));
  });
  info(`status bar "${sel.text}"; claim row "${row.label}"`);
  if (!selected) throw new Error(`the selection (${sel.text}) is not the claim's quote: around the cursor the source has ${JSON.stringify(candidates)}; the row says "${row.label}"`);
  if (norm(selected) !== label && !row.label.trim().endsWith('…')) {
    info(`note: the row's label "${row.label}" holds more than the selected quote "${selected}"`);
  }
  await until('the selection to be drawn in the editor', () => page.locator('.part.editor .editor-group-container.active .selected-text').count());
  info(`selected: "${selected}"`);
  await shot('d-claim-selected');
});

test('e. "Byline: Toggle Quote Highlights" hides the quote highlights and brings them back', async () => {
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  const quoteColour = seen.colours?.quote;
  const entityColour = seen.colours?.entity;
  if (!quoteColour || !entityColour) throw new Error('test a found no quote/entity colours to look for');
  await goToLine(lineOf('once-in-a-generation moment'));
  const count = (p, c) => p.byColour[c] || 0;
  const before = await until('quote decorations in view', async () => {
    const p = await probe();
    return count(p, quoteColour) > 0 ? p : notYet(p.byColour);
  });
  await runCommand('Byline: Toggle Quote Highlights');
  const off = await until('quote decorations to disappear (entities staying)', async () => {
    const p = await probe();
    return count(p, quoteColour) === 0 && count(p, entityColour) > 0 ? p : notYet(p.byColour);
  });
  info(`quote decorations in view: ${count(before, quoteColour)} -> ${count(off, quoteColour)}; entity ${count(before, entityColour)} -> ${count(off, entityColour)}`);
  await shot('e-quotes-off');
  await runCommand('Byline: Toggle Quote Highlights');
  await until('quote decorations to come back', async () => {
    const p = await probe();
    return count(p, quoteColour) > 0 ? p : notYet(p.byColour);
  });
});

test('f. hovering a quote shows its speaker and the same remark in the other source, with the wording differences', async () => {
  await closeWidgets();
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  await goToLine(lineOf('"complete failure"'));
  const c = await charOf('complete failure', 3);
  const hover = await hoverUntil(c, 'the hover over "complete failure" to list the similar quote in the other source', (h) =>
    /Elsewhere in the workspace/.test(h) && h.includes(OTHER_DOC));
  info(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 400)}`);
  fs.writeFileSync(path.join(OUT, 'f-quote-hover.txt'), hover + '\n');
  const flat = hover.replace(/\s+/g, ' ');
  if (!/Speaker: Moscow\b/.test(flat)) throw new Error(`the hover does not name the speaker Moscow: ${flat.slice(0, 300)}`);
  if (!/Cue: “branded”/.test(flat)) throw new Error(`the hover does not give the cue "branded": ${flat.slice(0, 300)}`);
  if (!/complete diplomatic failure/.test(flat)) throw new Error(`the hover does not quote "complete diplomatic failure": ${flat}`);
  if (!/Maria Zakharova/.test(flat)) throw new Error(`the hover does not name Maria Zakharova as the other speaker: ${flat}`);
  if (!/reworded/.test(flat)) throw new Error(`the hover does not say the remark was reworded: ${flat}`);
  // the word only the other source has is drawn in bold, and the link goes to the other document
  const marks = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.getBoundingClientRect().width > 0);
    if (!h) return null;
    return {
      bold: [...h.querySelectorAll('strong, b')].map((e) => e.textContent.trim()),
      links: [...h.querySelectorAll('a')].map((a) => a.textContent.trim()),
    };
  });
  if (!marks?.bold.includes('diplomatic')) throw new Error(`"diplomatic" is not in bold in the hover (bold: ${JSON.stringify(marks?.bold)})`);
  if (!marks.links.some((l) => l.includes(OTHER_DOC))) throw new Error(`no link to ${OTHER_DOC} in the hover (links: ${JSON.stringify(marks.links)})`);
  await hoverSettled();
  // for the screenshot: into the hover (it stays), and scrolled to its end, where the other source is
  const box = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.getBoundingClientRect().width > 0);
    const r = h?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (box) {
    await page.mouse.move(c.x, box.y, { steps: 4 });
    await page.mouse.wheel(0, 600);
    await sleep(300);
  }
  await shot('f-quote-hover');
  await page.mouse.move(5, 450);
});

test('g. the Claims view: "This Document" follows the editor, "Show Claims by This Speaker" filters to one speaker', async () => {
  await closeWidgets();
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  await runCommand('Byline: Show Claims');
  await roomForClaims(); // the side bar also holds Entities and Orphans: the speakers must fit to be listed
  const both = (labels) => labels.includes('Maria Zakharova') && labels.includes('Moscow');
  const ws = await until('Maria Zakharova (000) and Moscow (003) among the workspace speakers', async () => {
    const l = await speakerLabels();
    return both(l) ? l : notYet(l);
  });
  // this document only: 003 quotes Moscow, not Zakharova
  await runCommand('Byline: Show Claims in This Document');
  const here = await until(`only the speakers of ${DOC}`, async () => {
    const l = await speakerLabels();
    const t = await sidebarTitle();
    return l.includes('Moscow') && !l.includes('Maria Zakharova') && /This Document/.test(t || '') ? { l, t } : notYet({ l, t });
  });
  info(`side bar "${here.t}", message "${await sidebarMessage()}": ${here.l.join(' | ')} (workspace: ${ws.length} speakers)`);
  await shot('g-document-scope');
  // the scope follows the active editor
  await openFile(OTHER_DOC);
  const there = await until(`the speakers of ${OTHER_DOC} once it is the active editor`, async () => {
    const l = await speakerLabels();
    return l.includes('Maria Zakharova') && !l.includes('Moscow') ? l : notYet(l);
  });
  info(`after opening ${OTHER_DOC}: ${there.join(' | ')}`);
  await runCommand('Byline: Show Claims in Workspace');
  await until('both sources\' speakers again', async () => {
    const l = await speakerLabels();
    const t = await sidebarTitle();
    return both(l) && /Workspace/.test(t || '') ? l : notYet({ l, t });
  });
  // a name with no claims: an information message, and the view is not filtered
  await openFile(DOC);
  await goToLine(lineOf('Justin Trudeau'));
  const t = await charOf('Trudeau', 3);
  await page.mouse.click(t.x, t.y);
  await page.mouse.move(5, 450);
  await runCommand('Byline: Show Claims by This Speaker');
  const note = await until('a notification saying Justin Trudeau has no claims', async () => {
    const n = await page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((e) => e.textContent.trim()).join(' | '));
    return /no claims by Justin Trudeau/.test(n) ? n : notYet(n);
  }, 10000);
  info(`notification: ${note}`);
  if (!both(await speakerLabels())) throw new Error('the Claims view was filtered although Justin Trudeau has no claims');
  await closeWidgets();
  // the speaker under the cursor: click into "Starmer" in 003, then filter
  await goToLine(1);
  const c = await charOf('Starmer', 3);
  await page.mouse.click(c.x, c.y);
  await until('the cursor on line 1', async () => {
    const s = await statusSelection();
    return (s && s.line === 1 && s.selected === 0) || notYet(s);
  });
  await runCommand('Byline: Show Claims by This Speaker');
  const only = await until('only Keir Starmer, expanded, in the Claims view', async () => {
    const r = await sidebarRows();
    const top = r.filter((x) => x.level === 1);
    const kids = r.filter((x) => x.level === 2);
    return top.length === 1 && /^Keir Starmer\b/.test(top[0].label) && top[0].expanded === 'true' && kids.length > 0 ? { top, kids } : notYet(r.map((x) => `${x.level}:${x.label.slice(0, 30)}`));
  });
  const msg = await until('the view to say it shows only Keir Starmer', async () => {
    const m = await sidebarMessage();
    return /Keir Starmer/.test(m) ? m : notYet(m);
  }, 10000);
  if (seen.starmerClaims && only.kids.length < seen.starmerClaims.length) throw new Error(`${only.kids.length} claims under the filter, ${seen.starmerClaims.length} before`);
  info(`filtered: "${msg}"; ${only.kids.length} claim rows: ${only.kids.map((x) => `${x.label.slice(0, 40)} [${x.description}]`).join(' | ')}`);
  await shot('g-speaker-filter');
  // "Clear Speaker Filter" in the view's title bar brings everyone back
  await clickViewAction('Claims', 'Clear Speaker Filter');
  await until('every speaker back after "Clear Speaker Filter"', async () => {
    const l = await speakerLabels();
    return both(l) && l.length === ws.length ? l : notYet(l);
  });
});

test('h. the cursor in a quote selects its row in the Claims view; "Copy Claim with Citation" copies it with speaker, file and line', async () => {
  await closeWidgets();
  await waitForEditorOf(DOC).catch(() => openFile(DOC));
  if (!(await speakerLabels()).includes('Moscow')) await runCommand('Byline: Show Claims');
  await goToLine(lineOf('"complete failure"'));
  const c = await charOf('complete failure', 3);
  await page.mouse.click(c.x, c.y);
  await page.mouse.move(5, 450);
  const row = await until('the "complete failure" row selected in the Claims view', async () => {
    const r = await sidebarRows();
    const hit = r.find((x) => x.level === 2 && x.label.includes('complete failure'));
    return hit && hit.selected ? hit : notYet(r.filter((x) => x.selected || x.level === 1).map((x) => `${x.label.slice(0, 30)}${x.selected ? ' (selected)' : ''}`));
  });
  const parent = (await sidebarRows()).filter((x) => x.level === 1 && x.index < row.index).pop();
  if (!/^Moscow\b/.test(parent?.label || '')) throw new Error(`the selected row is under "${parent?.label}", not Moscow`);
  info(`selected row "${row.label}" [${row.description}] under ${parent.label}`);
  await shot('h-follow-cursor');
  await runCommand('Byline: Copy Claim with Citation');
  // the claim as the view shows it (the claims engine decides whether it is the quoted words alone, as
  // `“complete failure”`, or with what they describe), then speaker, cue, file and line
  const line = lineOf('"complete failure"');
  const tail = ` — Moscow (branded), ${DOC}, line ${line}`;
  const status = await until('the status bar to say what was copied', async () => {
    const t = await statusText();
    return /Byline: copied/.test(t) ? t : notYet(t);
  });
  if (!/complete failure["”] — Moscow \(branded\)/.test(status)) throw new Error(`the status bar says ${status}`);
  const clip = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(clipboard not readable: ${e.message})`);
  info(`clipboard: ${clip}`);
  const words = (t) => t.replace(/["“”…]/g, '').replace(/\s+/g, ' ').trim();
  const sameClaim = (c) => row.label.trim().endsWith('…') ? words(c).startsWith(words(row.label)) : words(c) === words(row.label);
  if (!clip.startsWith('(clipboard not readable') && !(clip.endsWith(tail) && /["“]complete failure["”]/.test(clip) && sameClaim(clip.slice(0, -tail.length)))) {
    throw new Error(`copied ${JSON.stringify(clip)}, want the claim "${row.label}" in its quotation marks, then ${JSON.stringify(tail)}`);
  }
});

test('i. the Entities view lists Volodymyr Zelensky under People with his mentions in both sources; a mention row selects it in its source', async () => {
  await closeWidgets();
  const want = core().mentions('Volodymyr Zelensky');
  const docs = Object.keys(want).length;
  if (docs < 2) throw new Error(`the core finds Volodymyr Zelensky in ${docs} seed(s): ${JSON.stringify(want)}`);
  await runCommand('Byline: Show Entities');
  const found = await until('"Volodymyr Zelensky" under People in the Entities view', async () => {
    const r = await sidebarRows('Entities');
    const people = r.find((x) => x.level === 1 && x.label === 'People');
    const z = people && childRows(r, people).find((x) => x.label === 'Volodymyr Zelensky');
    return z ? { people, z } : notYet(r.map((x) => `${x.level}:${x.label}`));
  });
  const description = `${sum(want)} mentions, ${docs} docs`;
  if (found.z.description !== description) throw new Error(`Volodymyr Zelensky's row says "${found.z.description}", the core counts "${description}"`);
  info(`People (${found.people.description}) > Volodymyr Zelensky [${found.z.description}]`);
  // one row per source, with its count
  if (found.z.expanded !== 'true') await clickRow(found.z);
  const files = await until('a row per source under Volodymyr Zelensky', async () => {
    const r = await sidebarRows('Entities');
    const z = r.find((x) => x.level === 2 && x.label === 'Volodymyr Zelensky');
    const kids = z && z.expanded === 'true' ? childRows(r, z) : [];
    return kids.length >= docs ? kids : notYet(kids.map((x) => x.label));
  });
  for (const [file, n] of Object.entries(want)) {
    const row = files.find((x) => x.label === file);
    if (!row) throw new Error(`no row for ${file} under Volodymyr Zelensky: ${files.map((x) => x.label).join(' | ')}`);
    if (!row.description.startsWith(`${n} mention`)) throw new Error(`${file} says "${row.description}", the core counts ${n}`);
  }
  info(`sources: ${files.map((x) => `${x.label} [${x.description}]`).join(' | ')}`);
  // the mentions in 000: the first is in its first line; a click selects it in the source
  await clickRow(files.find((x) => x.label === OTHER_DOC));
  const mentions = await until(`mention rows under ${OTHER_DOC}`, async () => {
    const r = await sidebarRows('Entities');
    const d = r.find((x) => x.level === 3 && x.label === OTHER_DOC);
    const kids = d && d.expanded === 'true' ? childRows(r, d) : [];
    return kids.length ? kids : notYet(d);
  });
  const at = positionIn(otherText, 'Zelensky');
  const first = mentions[0];
  if (!first.label.includes('Zelensky') || first.description !== `line ${at.line}`) throw new Error(`the first mention row is "${first.label}" [${first.description}], want an excerpt with Zelensky on line ${at.line}`);
  await shot('i-entities');
  await clickRow(first);
  await waitForEditorOf(OTHER_DOC);
  const sel = await until('"Zelensky" selected in the source', async () => {
    const st = await statusSelection();
    return (st && st.line === at.line && st.selected === 'Zelensky'.length) ? st : notYet(st);
  });
  info(`mention row "${first.label}" [${first.description}] -> ${OTHER_DOC}: ${sel.text}`);
});

test('j. Find All References (Shift+F12) on "Rutte" lists its mentions in both sources; Go to Definition goes to where he is introduced', async () => {
  await closeWidgets();
  const want = core().mentions('Mark Rutte');
  if (Object.keys(want).length < 2) throw new Error(`the core finds Mark Rutte in ${JSON.stringify(want)}`);
  await openFile(OTHER_DOC);
  await goToLine(positionIn(otherText, 'Rutte').line);
  const c = await charOf('Rutte', 2);
  await page.mouse.click(c.x, c.y);
  await page.mouse.move(5, 450);
  // the other mentions of the entity are highlighted in the editor (the one that states his role the strongest)
  const marks = await until('document highlights on the mentions of Mark Rutte', async () => {
    const n = await page.evaluate(() => document.querySelectorAll('.part.editor .editor-group-container.active .view-overlays .cdr[class*="wordHighlight"]').length);
    return n >= want[OTHER_DOC] ? n : notYet(n);
  }, 10000);
  info(`${marks} highlights in ${OTHER_DOC}`);
  await page.keyboard.press('Shift+F12');
  const peek = await peekListing('the references peek to list the mentions in both sources', want);
  info(`peek "${peek.title}": ${JSON.stringify(peek.files)}`);
  if (!peek.title.includes(`(${sum(want)})`)) throw new Error(`the peek's title is "${peek.title}", want ${sum(want)} references`);
  await shot('j-references');
  await closeWidgets();
  // from the other source, F12 goes to the first mention that states a role or the full name: "NATO chief Mark Rutte" in 000
  await openFile(DOC);
  await goToLine(lineOf('Rutte'));
  const d = await charOf('Rutte', 2);
  await page.mouse.click(d.x, d.y);
  await page.mouse.move(5, 450);
  await page.keyboard.press('F12');
  const target = positionIn(otherText, 'NATO chief Mark Rutte', 'NATO chief '.length);
  await waitForEditorOf(OTHER_DOC);
  const st = await until(`the cursor on "Mark Rutte", line ${target.line}, column ${target.col} of ${OTHER_DOC}`, async () => {
    const x = await statusSelection();
    return (x && x.line === target.line && x.col === target.col) ? x : notYet(x);
  });
  info(`F12 on "Rutte" in ${DOC} -> ${OTHER_DOC} ${st.text}`);
});

test('k. the hover on "Rutte" gives his role with where it is stated and his mentions in 2 documents; "Show all mentions" lists them', async () => {
  await closeWidgets();
  const want = core().mentions('Mark Rutte');
  await openFile(DOC);
  await goToLine(lineOf('Rutte'));
  const c = await charOf('Rutte', 2);
  const hover = await hoverUntil(c, 'the hover on "Rutte" to count his mentions', (h) => /Mark Rutte — person/.test(h) && /mentions in 2 documents/.test(h));
  const flat = hover.replace(/\s+/g, ' ');
  info(`hover: ${flat.slice(flat.indexOf('Mark Rutte — person'), flat.indexOf('Mark Rutte — person') + 400)}`);
  fs.writeFileSync(path.join(OUT, 'k-hover.txt'), hover + '\n');
  if (!flat.includes(`${sum(want)} mentions in 2 documents`)) throw new Error(`the hover does not say "${sum(want)} mentions in 2 documents": ${flat.slice(0, 600)}`);
  const role = positionIn(otherText, 'NATO chief Mark Rutte');
  if (!flat.includes(`NATO chief — ${OTHER_DOC}, line ${role.line}`)) throw new Error(`the hover does not say where "NATO chief" is stated (${OTHER_DOC}, line ${role.line}): ${flat.slice(0, 600)}`);
  const links = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.getBoundingClientRect().width > 0);
    return h ? [...h.querySelectorAll('a')].map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('data-href') || a.getAttribute('href') || '' })) : [];
  });
  const showAll = links.find((l) => l.text === 'Show all mentions');
  if (!showAll || !showAll.href.startsWith('command:byline.showEntityMentions?')) throw new Error(`no "Show all mentions" link running byline.showEntityMentions: ${JSON.stringify(links)}`);
  if (links.some((l) => l.href.startsWith('command:') && !l.href.startsWith('command:byline.showEntityMentions?'))) throw new Error(`the hover links another command: ${JSON.stringify(links)}`);
  await hoverSettled();
  await shot('k-entity-hover');
  await page.locator('.monaco-hover a', { hasText: 'Show all mentions' }).first().click();
  const peek = await peekListing('"Show all mentions" to list the mentions in both sources', want);
  info(`"Show all mentions" -> peek "${peek.title}": ${JSON.stringify(peek.files)}`);
  await page.mouse.move(5, 450);
  await shot('k-show-all-mentions');
  await closeWidgets();
});

test('l. the Outline lists the document\'s entities by type and its claims by speaker; Go to Symbol in Workspace (Ctrl+T) finds an entity', async () => {
  await closeWidgets();
  await openFile(DOC);
  await runCommand('Explorer: Focus on Outline View');
  await clickViewAction('Outline', 'Collapse All');
  const groups = await until('the Outline\'s groups (People, Places, Claims)', async () => {
    const r = await sidebarRows('Outline');
    const top = r.filter((x) => x.level === 1);
    return ['People', 'Places', 'Claims'].every((g) => top.some((t) => t.label === g)) ? top : notYet(r.map((x) => `${x.level}:${x.label}`));
  });
  info(`Outline groups: ${groups.map((x) => `${x.label} (${x.description})`).join(' | ')}`);
  await toggleRow(groups.find((x) => x.label === 'People'));
  const people = await until('Keir Starmer among the people in the Outline', async () => {
    const r = await sidebarRows('Outline');
    const p = r.find((x) => x.level === 1 && x.label === 'People');
    const kids = p ? childRows(r, p) : [];
    return kids.some((x) => x.label === 'Keir Starmer') ? kids : notYet(kids.map((x) => x.label));
  });
  info(`People: ${people.map((x) => `${x.label} [${x.description}]`).join(' | ')}`);
  await clickViewAction('Outline', 'Collapse All'); // so that the Claims group stays in view
  const claims = (await sidebarRows('Outline')).find((x) => x.level === 1 && x.label === 'Claims');
  if (!claims) throw new Error('the Outline lost its Claims group');
  await toggleRow(claims);
  const speakers = await until('speakers under Claims in the Outline', async () => {
    const r = await sidebarRows('Outline');
    const cl = r.find((x) => x.level === 1 && x.label === 'Claims');
    const kids = cl ? childRows(r, cl) : [];
    return kids.some((x) => x.label === 'Keir Starmer' && /claims?$/.test(x.description)) ? kids : notYet(kids.map((x) => `${x.label} [${x.description}]`));
  });
  info(`Claims: ${speakers.map((x) => `${x.label} [${x.description}]`).join(' | ')}`);
  await shot('l-outline');
  // Ctrl+T: the entity, its type and counts, and it opens where he is introduced
  const want = core().mentions('Mark Rutte');
  await closeWidgets();
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill('#Mark Rutte'); // Ctrl+T opens quick access with the '#' (workspace symbols) prefix
  const row = await until('"Mark Rutte" in Go to Symbol in Workspace', async () => {
    const rows = await quickRows();
    return rows.find((x) => x.label === 'Mark Rutte') || notYet(rows.map((x) => x.text));
  });
  const counts = `person · ${sum(want)} mentions in ${Object.keys(want).length} documents`;
  if (!row.text.includes(counts)) throw new Error(`the symbol row says "${row.text}", want "${counts}"`);
  await shot('l-workspace-symbols');
  await page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${row.index}"]`).click();
  const target = positionIn(otherText, 'NATO chief Mark Rutte', 'NATO chief '.length);
  await waitForEditorOf(OTHER_DOC);
  await until(`the cursor on "Mark Rutte" in ${OTHER_DOC}`, async () => {
    const x = await statusSelection();
    return (x && x.line === target.line) ? x : notYet(x);
  });
  info(`Ctrl+T "${row.text}" -> ${OTHER_DOC} line ${target.line}`);
});

// ------------------------------------------------------------------------------------------------ annotations
// m–t build on each other: m corrects a speaker, n gives two claims a status, o adds a note; p reloads the
// window and finds them all again; q exports them; r undoes a change; s orphans o's note and re-attaches it;
// t corrupts the annotations file and fixes it.
const NOTE_WORDS = 'a crowd of supporters cheered';
const NOTE = 'Ask the agency for the crowd photo';
const UNDO_WORDS = 'steadfast commitment';
const UNDO_NOTE = 'Temporary note, to be undone';
const REATTACH_WORDS = 'convoy swept into London';
const COMPLETE_FAILURE = 'complete failure';
const isFailureClaim = (x) => x.level === 2 && x.label.includes(COMPLETE_FAILURE);
/** Words of a claim, for comparing a row's label (maybe cut with "…") with a text. */
const claimWordsOf = (t) => t.replace(/["“”'‘’…]/g, '').replace(/\s+/g, ' ').trim();
const sameClaim = (label, text) => {
  const a = claimWordsOf(label);
  const b = claimWordsOf(text);
  return a.length >= 10 && (label.trim().endsWith('…') ? b.startsWith(a) : a === b);
};

/** The tooltip of a side-bar row, hovered until it contains `want`. */
async function rowTooltip(row, want) {
  const el = page.locator(`.part.sidebar [id="${row.id}"] .label-name`).first();
  await page.mouse.move(5, 450);
  await el.hover();
  return until(`the tooltip of "${row.label.slice(0, 40)}" to contain ${JSON.stringify(want)}`, async () => {
    const t = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover, .workbench-hover')]
      .filter((h) => h.getBoundingClientRect().width > 0 && !h.classList.contains('hidden'))
      .map((h) => h.innerText).join('\n---\n'));
    return t.includes(want) ? t : notYet(t.slice(0, 300));
  }, 10000);
}

/** The claim rows under the speaker `name` of the Claims view (the speaker row expanded, once, if it is not). */
async function claimsUnder(name, what, ok) {
  // (toggled again if still collapsed after 3 s: a refresh of the tree right after the click, as a correction
  // causes, draws the row anew, collapsed, and the click is lost)
  let toggledAt = 0;
  return until(what, async () => {
    const r = await sidebarRows();
    const sp = r.find((x) => x.level === 1 && x.label === name);
    if (!sp) return notYet(r.filter((x) => x.level === 1).map((x) => x.label));
    if (sp.expanded !== 'true') {
      if (Date.now() - toggledAt > 3000) {
        await toggleRow(sp);
        toggledAt = Date.now();
      }
      return notYet(`expanding ${name}`);
    }
    const kids = childRows(r, sp);
    return ok(kids, r) || notYet(kids.map((x) => `${x.label.slice(0, 40)} [${x.description}] ${x.icon}`));
  });
}

test('m. "Correct Speaker…" from a claim row\'s context menu gives "complete failure" to Maria Zakharova: tree, ✎, hover, Problems and .byline/annotations.jsonl say so', async () => {
  await closeWidgets();
  await openFile(DOC);
  await showAllClaims();
  const row = await claimsUnder('Moscow', 'the "complete failure" claim under Moscow', (kids) => kids.find(isFailureClaim));
  info(`claim row "${row.label}" [${row.description}] under Moscow`);
  if (row.description.includes('✎')) throw new Error(`the row is marked ✎ before any annotation: ${row.description}`);
  await contextMenu(page.locator(`.part.sidebar [id="${row.id}"]`), 'Correct Speaker…');
  const picker = await until('the speaker picker', async () => (await quickInputTitle()) || notYet(null));
  await chooseInQuickInput('Zakharova', 'Maria Zakharova');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  info(`picked Maria Zakharova in "${picker}"`);
  // the tree: under Maria Zakharova, with ✎, and nowhere else
  const moved = await claimsUnder('Maria Zakharova', 'the claim under Maria Zakharova, and only there', (kids, all) => {
    const hit = kids.find(isFailureClaim);
    return hit && all.filter(isFailureClaim).length === 1 ? { hit, speakers: all.filter((x) => x.level === 1).map((x) => x.label) } : null;
  });
  if (!moved.hit.description.includes('✎')) throw new Error(`the corrected claim's row is not marked ✎: [${moved.hit.description}]`);
  const moscowLeft = (await sidebarRows()).find((x) => x.level === 1 && x.label === 'Moscow');
  info(`row "${moved.hit.label}" [${moved.hit.description}] under Maria Zakharova; Moscow ${moscowLeft ? `still listed (${moscowLeft.description})` : 'gone from the speakers'}`);
  const tip = (await rowTooltip(moved.hit, '✎')).replace(/\s+/g, ' ');
  if (!/Speaker: Maria Zakharova/.test(tip) || !/✎ claim · speaker: Maria Zakharova — \S+, \d{4}-\d\d-\d\d/.test(tip)) throw new Error(`the row's tooltip does not give the speaker and who corrected it: ${tip}`);
  info(`row tooltip: ${tip.slice(tip.indexOf('Speaker:'), tip.indexOf('Speaker:') + 200)}`);
  await shot('m-tree');
  // the quote's hover
  await page.mouse.move(5, 450);
  await openFile(DOC);
  await goToLine(lineOf('"complete failure"'));
  const hover = await hoverText(COMPLETE_FAILURE, 'the quote hover to name Maria Zakharova', (h) => /Speaker: Maria Zakharova/.test(h) && /✎/.test(h), 3);
  const quote = hover.slice(hover.indexOf('Quote —'));
  info(`hover: ${quote.slice(0, 400)}`);
  fs.writeFileSync(path.join(OUT, 'm-quote-hover.txt'), hover + '\n');
  if (!/✎ claim · speaker: Maria Zakharova — \S+, \d{4}-\d\d-\d\d/.test(quote)) throw new Error(`the hover does not say who set the speaker, and when: ${quote.slice(0, 500)}`);
  if (/Speaker: Moscow/.test(quote)) throw new Error(`the hover still names Moscow: ${quote.slice(0, 300)}`);
  const elsewhere = quote.slice(quote.indexOf('Elsewhere in the workspace'));
  if (!/Elsewhere in the workspace/.test(quote) || !/Maria Zakharova/.test(elsewhere)) throw new Error(`the hover lost the same remark in ${OTHER_DOC}: ${quote}`);
  if (/another speaker/.test(elsewhere)) throw new Error(`the hover calls Maria Zakharova in ${OTHER_DOC} "another speaker" though both remarks are hers now: ${elsewhere}`);
  await hoverSettled();
  await shot('m-speaker-corrected');
  await noHover();
  // the Problems panel: the reworded remark, Maria Zakharova's in both sources
  const probs = await until('the reworded-remark finding naming Maria Zakharova for both sources in the Problems panel', async () => {
    const rows = (await problemRows(COMPLETE_FAILURE)).filter((x) => /Same remark/.test(x.aria));
    const good = (x) => x.aria.includes(`(Maria Zakharova, ${OTHER_DOC})`) && x.aria.includes(`(Maria Zakharova, ${DOC})`) && !/Moscow/.test(x.aria);
    const files = new Set(rows.filter(good).map((x) => x.file));
    return files.has(DOC) && files.has(OTHER_DOC) && rows.every(good) ? rows : notYet(rows.map((x) => `${x.file}: ${x.aria.slice(0, 250)}`));
  });
  info(`Problems: ${probs.map((x) => `${x.file}: ${x.aria.slice(0, 220)}`).join(' || ')}`);
  await shot('m-problems');
  await hidePanel();
  // the file on disk
  const { anns } = readAnnotations();
  const mine = anns.filter((a) => bodiesOf(a, 'identifying').includes('Maria Zakharova'));
  if (mine.length !== 1) throw new Error(`${annotationsFile()} has ${mine.length} annotations naming Maria Zakharova, want 1: ${JSON.stringify(anns).slice(0, 600)}`);
  const a = mine[0];
  if (!(exactOf(a) || '').includes(COMPLETE_FAILURE) || sourceOf(a) !== DOC || !bodiesOf(a, 'classifying').includes('claim')) throw new Error(`the annotation is not a claim on "${COMPLETE_FAILURE}" in ${DOC}: ${JSON.stringify(a)}`);
  info(`annotations.jsonl: ${JSON.stringify({ motivation: a.motivation, source: sourceOf(a), exact: exactOf(a), body: a.body, creator: a.creator })}`);
  seen.corrected = true;
});

test('n. review mode: Alt+] goes to the next claim not reviewed; "Mark Claim Verified" and Ctrl+Alt+Enter (Verify Claim and Go to Next) make claims Verified in the Claims view, the hover and the status bar count', async () => {
  await closeWidgets();
  await openFile(DOC);
  await showAllClaims();
  const before = await until('the "N not reviewed" status bar item', async () => (await notReviewed()) ?? notYet(null));
  info(`status bar: ${before} not reviewed`);
  await goToLine(1); // the cursor at the start of the document
  await page.keyboard.press('Alt+BracketRight');
  const a = await until('Alt+] (Next Unreviewed Claim) to select a claim', async () => {
    const st = await statusSelection();
    return st && st.selected > 0 ? st : notYet(st);
  });
  const aText = selectionText(a).end;
  info(`Alt+] selected ${a.text}: "${aText.slice(0, 80)}"`);
  const rowFor = (text, what, ok = () => true) => until(what, async () => {
    const r = await sidebarRows();
    const hit = r.find((x) => x.level === 2 && sameClaim(x.label, text));
    return hit && ok(hit) ? hit : notYet(r.filter((x) => x.level === 2).map((x) => `${x.label.slice(0, 30)} [${x.description}] ${x.icon}${x.selected ? ' (selected)' : ''}`));
  });
  await rowFor(aText, 'the claim gone to selected in the Claims view', (x) => x.selected);
  await runCommand('Byline: Mark Claim Verified', { keep: true });
  await waitNotReviewed(before - 1, 'one claim verified');
  const verified = (x) => /\bVerified\b/.test(x.description) && /codicon-pass-filled/.test(x.icon);
  const rowA = await rowFor(aText, 'the row of the verified claim to show "Verified" and its icon', verified);
  // the speaker row of a claim row: from the core (the same analysis), since a long tree may have scrolled the
  // speaker's row out of view while its claim row shows
  const speakerOf = async (row) => {
    const text = [aText, bText].find((t) => t && sameClaim(row.label, t));
    return core().speakerOfClaim(DOC, text ?? row.label);
  };
  info(`row "${rowA.label.slice(0, 50)}" [${rowA.description}] ${rowA.icon}`);
  const snippet = aText.replace(/^\W+/, '').slice(0, 20);
  const hover = await hoverText(snippet, 'the hover over the verified claim to say "Status: Verified"', (h) => /Status: Verified/.test(h));
  if (!/✎ verified — \S+, \d{4}-\d\d-\d\d/.test(hover)) throw new Error(`the hover does not say who verified the claim, and when: ${hover.slice(0, 500)}`);
  await noHover();
  // Alt+] again, then Verify Claim and Go to Next
  await page.keyboard.press('Alt+BracketRight');
  const b = await until('Alt+] to select the next claim not reviewed', async () => {
    const st = await statusSelection();
    return st && st.selected > 0 && (st.line !== a.line || st.col !== a.col) ? st : notYet(st);
  });
  const bText = selectionText(b).end;
  info(`Alt+] selected ${b.text}: "${bText.slice(0, 80)}"`);
  await page.keyboard.press('Control+Alt+Enter');
  await waitNotReviewed(before - 2, 'a second claim verified with Ctrl+Alt+Enter');
  const c = await until('Verify Claim and Go to Next to select a third claim', async () => {
    const st = await statusSelection();
    return st && st.selected > 0 && (st.line !== b.line || st.col !== b.col) ? st : notYet(st);
  });
  info(`then it selected ${c.text}: "${selectionText(c).end.slice(0, 60)}"`);
  const rowB = await rowFor(bText, 'the second verified claim\'s row to show "Verified"', verified);
  info(`row "${rowB.label.slice(0, 50)}" [${rowB.description}] ${rowB.icon}`);
  await page.mouse.move(5, 450);
  await shot('n-verified');
  seen.verified = [aText, bText];
  seen.verifiedSpeakers = [await speakerOf(rowA), await speakerOf(rowB)];
  seen.notReviewed = before - 2;
});

test('o. "Add Note…" on selected words: the note shows in their hover and a note marker in the margin', async () => {
  await closeWidgets();
  await openFile(DOC);
  await selectText(NOTE_WORDS);
  await runCommand('Byline: Add Note…', { keep: true, opens: true });
  await answerInputBox('Byline: note', NOTE);
  const saved = await until('the note in .byline/annotations.jsonl', () => notesSaying(NOTE)[0] || notYet(readAnnotations().lines.length));
  if (exactOf(saved) !== NOTE_WORDS || sourceOf(saved) !== DOC) throw new Error(`the note is on ${JSON.stringify(exactOf(saved))} in ${sourceOf(saved)}, not on "${NOTE_WORDS}" in ${DOC}`);
  const hover = await hoverText('crowd of supporters', 'the hover over the noted words to show the note', (h) => h.includes(NOTE));
  info(`hover: ${hover.slice(0, 300)}`);
  if (!new RegExp(`Note \\(by [^,()]+, \\d{4}-\\d\\d-\\d\\d\\): ${NOTE}`).test(hover)) throw new Error(`the hover does not say who wrote the note, and when: ${hover}`);
  const at = await charOf(NOTE_WORDS, 0);
  const marker = await until(`a note marker in the margin on line ${lineOf(NOTE_WORDS)}`, async () => {
    const m = await noteMarkers();
    return m.find((x) => Math.abs(x.y - at.y) < 12) || notYet(m);
  });
  info(`note marker in the margin at y=${marker.y.toFixed(0)} (the words at y=${at.y.toFixed(0)})`);
  await hoverSettled();
  await shot('o-note');
  await noHover();
  seen.note = true;
});

test('p. after "Developer: Reload Window" the corrected speaker, the statuses and the note are all still there', async () => {
  await closeWidgets();
  if (!seen.corrected || !seen.verified || !seen.note) throw new Error(`m, n or o left nothing to find again (${JSON.stringify({ corrected: !!seen.corrected, verified: !!seen.verified, note: !!seen.note })})`);
  await reloadWindow();
  await openFile(DOC);
  await waitNotReviewed(seen.notReviewed, 'the same count as before the reload');
  await showAllClaims();
  const z = await claimsUnder('Maria Zakharova', 'the "complete failure" claim under Maria Zakharova, with ✎', (kids) => kids.find((x) => isFailureClaim(x) && x.description.includes('✎')));
  info(`Maria Zakharova > "${z.label}" [${z.description}]`);
  const starmer = [];
  for (const [i, t] of seen.verified.entries()) {
    const speaker = seen.verifiedSpeakers[i];
    starmer.push(await claimsUnder(speaker, `"${t.slice(0, 40)}" under ${speaker}, Verified and ✎`, (kids) =>
      kids.find((x) => sameClaim(x.label, t) && /\bVerified\b/.test(x.description) && x.description.includes('✎') && /codicon-pass-filled/.test(x.icon))));
  }
  info(`verified rows: ${starmer.map((x) => `"${x.label.slice(0, 40)}" [${x.description}]`).join(' | ')}`);
  await page.mouse.move(5, 450);
  await openFile(DOC);
  await goToLine(lineOf('"complete failure"'));
  await hoverText(COMPLETE_FAILURE, 'the quote hover to name Maria Zakharova after the reload', (h) => /Speaker: Maria Zakharova/.test(h) && /✎ claim · speaker: Maria Zakharova/.test(h), 3);
  await noHover();
  await goToLine(positionIn(docText, seen.verified[0]).line);
  await hoverText(seen.verified[0].replace(/^\W+/, '').slice(0, 20), 'the hover to say "Status: Verified" after the reload', (h) => /Status: Verified/.test(h));
  await noHover();
  await goToLine(lineOf(NOTE_WORDS));
  await hoverText('crowd of supporters', 'the note in the hover after the reload', (h) => h.includes(NOTE));
  const at = await charOf(NOTE_WORDS, 0);
  await until('the note marker in the margin after the reload', async () => {
    const m = await noteMarkers();
    return m.some((x) => Math.abs(x.y - at.y) < 12) || notYet(m);
  });
  await hoverSettled();
  await shot('p-after-reload');
  await noHover();
});

test('q. "Export the Claims Listed…" in the Claims view\'s menu, as CSV: the file opens from the notification, with its header row, the corrected speaker and the statuses', async () => {
  await closeWidgets();
  await openFile(DOC);
  await showAllClaims();
  const count0 = await notReviewed();
  await viewMenuAction('Claims', 'Export the Claims Listed…');
  await chooseInQuickInput('CSV', 'CSV');
  // code-server's save dialog is a path box (the simple file dialog) with OK
  const target = path.join(server.workspace, 'claims.csv');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const dialog = await until('the save dialog', async () => {
    const t = await quickInputTitle();
    const v = t !== null ? await input.inputValue() : null;
    return t && /export/i.test(t) && v && /\.csv$/.test(v) ? { t, v } : notYet({ t, v });
  });
  info(`save dialog "${dialog.t}": ${dialog.v}`);
  if (dialog.v !== target) await input.fill(target);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  const note = await waitForToast('the "exported" notification', /exported to claims\.csv/);
  info(`notification: ${note}`);
  await page.locator('.notifications-toasts .notification-list-item').filter({ hasText: 'exported to claims.csv' }).locator('.monaco-button', { hasText: /^Open$/ }).first().click();
  await waitForEditorOf('claims.csv');
  const first = await until('the first line of claims.csv in the editor', () => page.evaluate(() => {
    const group = document.querySelector('.part.editor .editor-group-container.active');
    const lines = [...(group?.querySelectorAll('.monaco-editor .view-lines .view-line') || [])].sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top);
    return lines.length ? lines[0].textContent.replace(/\u00a0/g, ' ') : null;
  }));
  info(`claims.csv, line 1 in the editor: ${first}`);
  if (!first.startsWith('speaker,claim,kind,status,note,document,line')) throw new Error(`the CSV's first line is "${first}"`);
  const rows = parseCsv(fs.readFileSync(target, 'utf8'));
  const head = rows[0];
  const col = (name) => head.indexOf(name);
  const body = rows.slice(1).filter((r) => r.length > 1);
  const zak = body.filter((r) => r[col('claim')].includes(COMPLETE_FAILURE));
  if (zak.length !== 1 || zak[0][col('speaker')] !== 'Maria Zakharova' || zak[0][col('document')] !== DOC || zak[0][col('line')] !== String(lineOf('"complete failure"'))) {
    throw new Error(`the CSV's "complete failure" rows: ${JSON.stringify(zak)} (want one, Maria Zakharova, ${DOC}, line ${lineOf('"complete failure"')})`);
  }
  const ver = body.filter((r) => r[col('status')] === 'verified');
  const missing = (seen.verified || []).filter((t) => !ver.some((r) => claimWordsOf(r[col('claim')]) === claimWordsOf(t)));
  if (ver.length !== (seen.verified || []).length || missing.length) throw new Error(`the CSV has ${ver.length} verified rows (${ver.map((r) => r[col('claim')].slice(0, 40)).join(' | ')}); missing ${JSON.stringify(missing)}`);
  info(`claims.csv: ${body.length} rows; ${JSON.stringify(zak[0].slice(0, 7))}; verified: ${ver.map((r) => `${r[col('speaker')]}: ${r[col('claim')].slice(0, 40)}`).join(' | ')}`);
  // the corrected row as the editor shows it
  const line = rows.indexOf(zak[0]) + 1;
  await goToLine(line);
  const shown = `Maria Zakharova,"Zelensky's Washington trip a ""complete failure""",`;
  await until(`line ${line} of claims.csv to show ${shown}`, async () => {
    const p = await probe([shown]);
    return (p.hits[shown] || []).some((o) => o.visible) || notYet();
  });
  await shot('q-export-csv');
  // the export is not a source: having it open must not add claims to review (it is plain text to VS Code)
  const count1 = await notReviewed();
  const fromCsv = (await sidebarRows()).filter((x) => x.level === 2 && /claims\.csv/.test(x.description));
  const csvTab = await activeTabLabel();
  if (csvTab.tab === 'claims.csv') await runCommand('View: Close Editor');
  await until('claims.csv closed', async () => ((await activeTabLabel()).tab !== 'claims.csv') || notYet());
  if (count1 !== count0 || fromCsv.length) {
    throw new Error(`with the exported claims.csv open, the status bar says ${count1} not reviewed (${count0} before) and the Claims view lists ${fromCsv.length} claim(s) from claims.csv: ${fromCsv.map((x) => `"${x.label}" [${x.description}]`).join(' | ')}`);
  }
});

test('r. "Undo Last Annotation" takes back the last change: a note just added leaves the hover and the file, the older note stays', async () => {
  await closeWidgets();
  await openFile(DOC);
  await selectText(UNDO_WORDS);
  await runCommand('Byline: Add Note…', { keep: true, opens: true });
  await answerInputBox('Byline: note', UNDO_NOTE);
  await until('the new note in .byline/annotations.jsonl', () => notesSaying(UNDO_NOTE).length === 1 || notYet());
  await hoverText('steadfast', 'the hover to show the new note', (h) => h.includes(UNDO_NOTE));
  await noHover();
  await runCommand('Byline: Undo Last Annotation');
  await until('the new note gone from .byline/annotations.jsonl', () => notesSaying(UNDO_NOTE).length === 0 || notYet());
  if (notesSaying(NOTE).length !== 1) throw new Error(`the undo also took the older note ("${NOTE}")`);
  const said = await until('the status bar to say what was undone', async () => {
    const t = await statusText();
    return /undid a note/.test(t) ? t.match(/Byline: undid[^|]*?note/)[0] : notYet(t.slice(-200));
  }, 5000).catch(() => '(no status bar message seen)');
  info(`status bar: ${said}`);
  // its marker leaves the margin; then the hover over the words, watched for 3 s, never shows the note
  const at = await charOf(UNDO_WORDS, 0);
  await until('the undone note\'s marker to leave the margin', async () => {
    const m = await noteMarkers();
    return !m.some((x) => Math.abs(x.y - at.y) < 12) || notYet(m);
  });
  const c = await charOf('steadfast', 3);
  await page.mouse.move(c.x - 3, c.y, { steps: 3 });
  await page.mouse.move(c.x, c.y, { steps: 2 });
  const t1 = Date.now() + 3000;
  let last = '';
  while (Date.now() < t1) {
    last = await hoverVisibleText();
    if (last.includes(UNDO_NOTE)) throw new Error(`the hover still shows the undone note: ${last.replace(/\s+/g, ' ').slice(0, 300)}`);
    await sleep(150);
  }
  info(`hover over "steadfast" after the undo: ${last ? last.replace(/\s+/g, ' ').slice(0, 120) : '(none)'}`);
  await noHover();
});

test('s. deleting the noted words makes the note an orphan in the Orphans view; "Re-attach Orphan to Selection" puts it on other words', async () => {
  await closeWidgets();
  const before = notesSaying(NOTE)[0];
  if (!before) throw new Error(`test o's note ("${NOTE}") is not in ${annotationsFile()}`);
  await openFile(DOC);
  await selectText(NOTE_WORDS);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+S');
  const file = path.join(server.workspace, DOC);
  await until(`${DOC} saved without "${NOTE_WORDS}"`, () => !fs.readFileSync(file, 'utf8').includes(NOTE_WORDS) || notYet());
  docText = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n'); // what the editor shows from now on
  await setPane('Orphans', true);
  const orphans = await until('the note in the Orphans view', async () => {
    const r = await sidebarRows('Orphans');
    return r.some((x) => x.label.includes(NOTE_WORDS)) ? r : notYet(r.map((x) => `${x.label} [${x.description}]`));
  });
  info(`Orphans: ${orphans.map((x) => `${x.label} [${x.description}]`).join(' | ')}`);
  const row = orphans.find((x) => x.label.includes(NOTE_WORDS));
  if (!row.description.includes(DOC) || !/\bnote\b/.test(row.description)) throw new Error(`the orphan row says [${row.description}], want the document and "note"`);
  if (orphans.length !== 1) throw new Error(`${orphans.length} orphans; only the note lost its words (the speaker and statuses must be anchored again): ${orphans.map((x) => x.label).join(' | ')}`);
  await shot('s-orphan');
  // the words it belongs to now, then the row's context menu
  await selectText(REATTACH_WORDS);
  await contextMenu(page.locator(`.part.sidebar [id="${row.id}"]`), 'Re-attach Orphan to Selection');
  await until('the Orphans view to empty', async () => {
    const r = await sidebarRows('Orphans');
    return !r.some((x) => x.label.includes(NOTE_WORDS)) || notYet(r.map((x) => x.label));
  });
  const moved = await until('the note re-attached in .byline/annotations.jsonl', () => {
    const a = notesSaying(NOTE)[0];
    return a && exactOf(a) === REATTACH_WORDS ? a : notYet(a && exactOf(a));
  });
  if (moved.id !== before.id) throw new Error(`the re-attached note has another id (${moved.id}, was ${before.id})`);
  if (notesSaying(NOTE).length !== 1) throw new Error('the note is in the file twice');
  const msg = await sidebarMessage('Orphans').catch(() => '');
  info(`re-attached to "${exactOf(moved)}"; Orphans view: ${msg || '(empty)'}`);
  await page.mouse.move(5, 450);
  await goToLine(positionIn(docText, REATTACH_WORDS).line);
  await hoverText('convoy', 'the hover over the new words to show the note', (h) => h.includes(NOTE));
  const at = await charOf(REATTACH_WORDS, 0);
  await until('the note marker on the new words', async () => {
    const m = await noteMarkers();
    return m.some((x) => Math.abs(x.y - at.y) < 12) || notYet(m);
  });
  await hoverSettled();
  await shot('s-reattached');
  await noHover();
});

test('t. a merge-conflict line in .byline/annotations.jsonl: a warning names the line, Problems has an error on it, a new status is refused and the file is left untouched; fixed on disk, annotating works again', async () => {
  await closeWidgets();
  await clearToasts();
  await openFile(DOC);
  const file = annotationsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const good = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0); // (empty when t runs alone)
  const text = good.toString('utf8');
  const sep = text && !text.endsWith('\n') ? '\n' : '';
  const badLine = (text + sep).split('\n').length; // the line after the last one
  fs.writeFileSync(file, Buffer.concat([good, Buffer.from(`${sep}<<<<<<< HEAD\n`)]));
  const corrupt = fs.readFileSync(file);
  const warning = await waitForToast(`a warning naming line ${badLine} of the annotations file`, new RegExp(`annotations\\.jsonl line ${badLine}\\b`));
  info(`notification: ${warning}`);
  await toastsSettled();
  await shot('t-warning');
  const err = await until(`an error on line ${badLine} of annotations.jsonl in the Problems panel`, async () => {
    const rows = await problemRows('Byline keeps this line');
    return rows.find((x) => x.file === 'annotations.jsonl' && /^Error\b/.test(x.aria) && new RegExp(`\\bline ${badLine}\\b`).test(x.aria)) || notYet(rows.map((x) => `${x.file}: ${x.aria.slice(0, 200)}`));
  });
  info(`Problems: ${err.aria.slice(0, 250)}`);
  await shot('t-problems');
  await hidePanel();
  // a new status is refused, and says so
  const count = await notReviewed();
  await goToLine(lineOf('"complete failure"'));
  const c = await charOf(COMPLETE_FAILURE, 3);
  await page.mouse.click(c.x, c.y);
  await page.mouse.move(5, 450);
  await runCommand('Byline: Mark Claim Verified', { keep: true });
  const refused = await waitForToast('an error saying the status was not saved', /not saved/);
  info(`notification: ${refused}`);
  if (!fs.readFileSync(file).equals(corrupt)) throw new Error(`${file} changed although it could not be read`);
  if ((await notReviewed()) !== count) throw new Error(`the status bar count went from ${count} to ${await notReviewed()} though nothing was saved`);
  // fixed on disk: the error leaves Problems and annotating works again
  fs.writeFileSync(file, good);
  await until('the error to leave the Problems panel', async () => {
    const rows = (await problemRows('Byline keeps this line')).filter((x) => x.file === 'annotations.jsonl');
    return rows.length === 0 || notYet(rows.map((x) => x.aria.slice(0, 100)));
  });
  await hidePanel();
  await clearToasts();
  await page.mouse.click(c.x, c.y);
  await page.mouse.move(5, 450);
  await runCommand('Byline: Mark Claim Verified', { keep: true });
  await waitNotReviewed(count - 1, 'the status saved once the file is fixed');
  const after = readAnnotations();
  const status = after.anns.filter((a) => a.motivation === 'assessing' && (exactOf(a) || '').includes(COMPLETE_FAILURE));
  if (status.length !== 1 || !bodiesOf(status[0], 'assessing').includes('verified')) throw new Error(`no "verified" annotation on "${COMPLETE_FAILURE}" in the fixed file: ${JSON.stringify(status)}`);
  if (after.lines.some((l) => !l.ann)) throw new Error(`the fixed file has lines that are not annotations: ${after.lines.filter((l) => !l.ann).map((l) => l.n).join(', ')}`);
  await hoverText(COMPLETE_FAILURE, 'the hover to say "Status: Verified"', (h) => /Status: Verified/.test(h), 3);
  await noHover();
});

/** Not a test: the picture for the README (claims tree, highlights, a hover), taken after the tests. */
async function showcase() {
  try {
    await closeWidgets();
    if (!(await sidebarRows()).some((x) => /^Keir Starmer\b/.test(x.label))) await runCommand('Byline: Show Claims');
    if ((await activeTabLabel()).tab !== DOC) await openFile(DOC);
    await goToLine(1);
    const p = await probe(['Zelensky']);
    const shown = (p.hits.Zelensky || []).filter((o) => o.visible);
    const occ = shown.find((o) => o.chars[0].y > 350) || shown[0]; // one mid-screen, so the hover hides little
    if (occ) {
      const c = occ.chars[2];
      await page.mouse.move(c.x, c.y + 200);
      await page.mouse.move(c.x, c.y, { steps: 3 });
      await until('the hover', async () => /Volodymyr Zelensky/.test(await hoverVisibleText()), 15000);
      await hoverSettled();
    }
    const file = await shot('showcase');
    if (process.env.BYLINE_UPDATE_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(ROOT, 'media'), { recursive: true });
      fs.copyFileSync(file, path.join(ROOT, 'media', 'screenshot.png'));
      info('copied showcase.png to media/screenshot.png');
    }
  } catch (e) {
    info(`showcase screenshot: ${e.message.split('\n')[0]}`);
  }
}

// ------------------------------------------------------------------------------------------------ logs, teardown
function dumpLogs(reason) {
  const parts = [`# Byline integration run ${new Date().toISOString()}: ${reason}`, '', '## browser console and code-server output', ...consoleLines, ''];
  if (server) {
    const files = logFiles(server.logsDir);
    const order = (f) => (/Byline\.log$/.test(f) ? 0 : /exthost/i.test(f) ? 1 : 2);
    for (const f of files.sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
      let text = '';
      try {
        text = fs.readFileSync(f, 'utf8');
      } catch {
        continue;
      }
      if (!text.trim()) continue;
      if (text.length > 300000) text = `[... ${text.length - 300000} chars cut ...]\n${text.slice(-300000)}`;
      parts.push(`## ${path.relative(server.userData, f)}`, text.replace(/\s+$/, ''), '');
    }
  }
  fs.writeFileSync(path.join(OUT, 'console.txt'), parts.join('\n') + '\n');
  console.log(`# logs: ${path.relative(ROOT, path.join(OUT, 'console.txt'))}`);
}

function saveBylineOutput() {
  if (!server) return;
  const out = readLogs((f) => /Byline\.log$/.test(path.basename(f)));
  if (out.length) fs.writeFileSync(path.join(OUT, 'byline-output.log'), out.map((o) => o.text).join('\n'));
}

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
  const passed = results.length - failed;
  try {
    saveBylineOutput();
    if (failed) dumpLogs(fatal ? `harness failure: ${fatal.message}` : `${failed} failed`);
  } catch (e) {
    console.log(`# could not write logs: ${e.message}`);
  }
  if (browser) await browser.close().catch(() => {});
  if (server) {
    if (process.env.BYLINE_IT_KEEP === '1') info(`kept ${server.tmp}`);
    await server.stop().catch(() => {});
  }
  info(`total ${secs()} s; screenshots in ${path.relative(ROOT, OUT)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    setTimeout(() => process.exit(130), 8000).unref();
    finish(new Error(`interrupted by ${sig}`));
  });
}
setTimeout(() => finish(new Error(`the whole run took over ${WATCHDOG_MS / 60000} minutes`)), WATCHDOG_MS).unref();

// ------------------------------------------------------------------------------------------------ main
async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const manifest = readManifest(EXT);
  const bundle = path.join(EXT, manifest.main || 'dist/extension.js');
  if (!fs.existsSync(bundle)) throw new Error(`${path.relative(ROOT, bundle)} is missing: run npm run build first (npm test does)`);
  docText = fs.readFileSync(path.join(SEEDS, DOC), 'utf8').replace(/\r\n/g, '\n');
  otherText = fs.readFileSync(path.join(SEEDS, OTHER_DOC), 'utf8').replace(/\r\n/g, '\n');

  const kit = ensureKit({ log: (m) => info(m) });
  info(`kit ${kit.dir}: code-server ${kit.codeServerVersion} (VS Code ${kit.codeVersion}), playwright-core ${kit.playwrightVersion} (${kit.seconds} s)`);
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
  info(`code-server on 127.0.0.1:${server.port} with ${server.extensionId} (${secs()} s)`);

  browser = await launchChromium(kit, server);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin }).catch(() => {});
  page = await context.newPage();
  page.setDefaultTimeout(T);
  page.on('console', (m) => clog(`browser:${m.type()}`, m.text().replace(/%c/g, '')));
  page.on('pageerror', (e) => clog('browser:pageerror', e.stack || e.message));
  page.on('requestfailed', (r) => clog('browser:requestfailed', `${r.url()} ${r.failure()?.errorText || ''}`));

  await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  info(`workbench loaded (${secs()} s)`);

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
  await showcase();
}

main().then(() => finish(null), (e) => finish(e));
