#!/usr/bin/env node
// Byline in a real VS Code (code-server + headless Chromium, as run.mjs drives it) on a large generated folder:
// activation time, indexing time and its progress in the status bar, hover latency during and after indexing,
// and the extension host's memory.
//
//   npm run bench:editor -- [--articles N] [--hovers K] [--json FILE] [--keep]
//
//   --articles N   generated articles (default 10000), plus the two seeds/*.txt
//   --hovers K     hover samples after indexing (default 25); during indexing it hovers as long as indexing lasts
//   --json FILE    also write the results as JSON
//   --keep         keep the temporary folders (corpus, user data, logs) and print where
// Builds nothing: run `node scripts/build.mjs` first. The built extension (package.json, dist/extension.js,
// dist/analyzeWorker.js, media/) is copied to a temporary folder at start, so that a rebuild of dist/ by
// someone else during the run does not change the extension under measurement.
// A watchdog stops everything after 10 minutes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureKit } from './kit.mjs';
import { launchChromium, startCodeServer, engineProblem, logFiles, readManifest } from './codeserver.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const DOC = '003_e2d21aa9f853506f.txt';
const HOVER_WORD = 'Zelensky';
const HOVER_CARD = /Volodymyr Zelensky/; // the entity card's canonical name
const HOVER_DELAY = 50; // editor.hover.delay
const HOVER_TIMEOUT = 30000;
const WATCHDOG_MS = 10 * 60 * 1000;
const T = 60000;

// ------------------------------------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const o = { articles: 10000, hovers: 25, json: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--articles') o.articles = Number.parseInt(val(), 10);
    else if (a === '--hovers') o.hovers = Number.parseInt(val(), 10);
    else if (a === '--json') o.json = path.resolve(val());
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node test/integration/bench-editor.mjs [--articles N] [--hovers K] [--json FILE] [--keep]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.articles >= 0)) throw new Error('--articles must be a number >= 0');
  if (!(o.hovers >= 1)) throw new Error('--hovers must be a number >= 1');
  return o;
}
const opts = parseArgs(process.argv.slice(2));

const T0 = Date.now();
const secs = (t = Date.now()) => ((t - T0) / 1000).toFixed(1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const info = (msg) => console.log(`# ${secs().padStart(6)}s ${msg}`);

let server = null;
let browser = null;
let page = null;
let corpusTmp = null;
let extTmp = null;
const samplers = [];
// what main() has measured so far (report() prints it, also after a failure or the watchdog)
let kit = null;
let ext = null;
let corpus = null;
let tGoto = null;
let tWB = null;
const events = {};
const mem = [];
const statusSamples = [];
const hovers = [];
let reported = false;

// ------------------------------------------------------------------------------------------------ helpers
async function until(what, fn, ms = T, every = 150) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e.message.split('\n')[0];
    }
    if (server?.exited()) throw new Error(`code-server ${server.exited()} while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last: ${String(last).slice(0, 300)})` : ''}`);
    await sleep(every);
  }
}

/** Nearest-rank percentile of numbers. */
function pct(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** Runs `fn` every `ms` until stopped (no overlap: the next run starts `ms` after the previous ended). */
function every(ms, fn) {
  let stop = false;
  const done = (async () => {
    while (!stop) {
      try {
        await fn();
      } catch { /* the page may be busy or gone */ }
      await sleep(ms);
    }
  })();
  const s = { stop: async () => { stop = true; await done; } };
  samplers.push(s);
  return s;
}

// ------------------------------------------------------------------------------------------------ the corpus
function writeCorpus(n) {
  corpusTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-bench-editor-'));
  const dir = path.join(corpusTmp, 'articles');
  fs.mkdirSync(dir, { recursive: true });
  // dist/bench.js reads seeds/ and test/fixtures/ relative to the current folder
  const cwd = process.cwd();
  process.chdir(ROOT);
  let texts;
  try {
    const { generateCorpus } = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'bench.js'));
    texts = generateCorpus(n, 42);
  } finally {
    process.chdir(cwd);
  }
  const width = Math.max(5, String(n - 1).length);
  let bytes = 0;
  texts.forEach((t, i) => {
    fs.writeFileSync(path.join(dir, `${String(i).padStart(width, '0')}.txt`), t);
    bytes += Buffer.byteLength(t);
  });
  for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  return { dir, files: texts.length + 2, mb: bytes / 1e6 };
}

/** A copy of the built extension, so that a rebuild of dist/ during the run does not change what is measured. */
function snapshotExtension() {
  extTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-bench-ext-'));
  const dst = path.join(extTmp, 'byline');
  fs.mkdirSync(path.join(dst, 'dist'), { recursive: true });
  for (const f of ['package.json', 'LICENSE', 'README.md']) if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(dst, f));
  for (const f of ['extension.js', 'extension.js.map', 'analyzeWorker.js', 'analyzeWorker.js.map', 'analyzeChild.js', 'analyzeChild.js.map']) {
    const src = path.join(ROOT, 'dist', f);
    if (!fs.existsSync(src)) {
      if (f.endsWith('.map') || f.startsWith('analyzeChild')) continue; // (a build from before the analysis process)
      throw new Error(`dist/${f} is missing: run node scripts/build.mjs first`);
    }
    fs.copyFileSync(src, path.join(dst, 'dist', f));
  }
  fs.cpSync(path.join(ROOT, 'media'), path.join(dst, 'media'), { recursive: true });
  const st = fs.statSync(path.join(ROOT, 'dist', 'extension.js'));
  return { dir: dst, built: st.mtime.toISOString() };
}

// ------------------------------------------------------------------------------------------------ logs
function bylineLog() {
  return logFiles(server.logsDir).filter((f) => /Byline\.log$/.test(path.basename(f)))
    .map((f) => {
      try {
        return fs.readFileSync(f, 'utf8');
      } catch {
        return '';
      }
    }).join('\n');
}

// ------------------------------------------------------------------------------------------------ processes
function processTable() {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 << 20 });
  return out.split('\n').filter(Boolean).map((l) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l);
    return m && { pid: +m[1], ppid: +m[2], pgid: +m[3], rssKb: +m[4], args: m[5] };
  }).filter(Boolean);
}

/** CPU time (ms) used so far by a process and by its main thread (utime + stime from /proc). */
function cpuMs(pid) {
  const read = (f) => {
    try {
      const f2 = fs.readFileSync(f, 'utf8');
      const rest = f2.slice(f2.lastIndexOf(')') + 2).split(' ');
      return ((Number(rest[11]) + Number(rest[12])) * 1000) / 100; // clock ticks, USER_HZ = 100
    } catch {
      return null;
    }
  };
  return { proc: read(`/proc/${pid}/stat`), main: read(`/proc/${pid}/task/${pid}/stat`) };
}

function procStatus(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => {
      const m = new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text);
      return m ? Number(m[1]) : null;
    };
    const th = /^Threads:\s+(\d+)/m.exec(text);
    return { VmHWM: kb('VmHWM'), VmRSS: kb('VmRSS'), VmPeak: kb('VmPeak'), threads: th ? Number(th[1]) : null };
  } catch {
    return null;
  }
}

/** code-server's process tree: { root, all (descendants, with root), exthost } */
function codeServerProcs() {
  const ps = processTable();
  const root = ps.find((p) => p.args.includes(server.userData) && p.args.includes('entry.js'));
  if (!root) return null;
  const all = [root];
  for (let i = 0; i < all.length; i++) for (const p of ps) if (p.ppid === all[i].pid) all.push(p);
  // also whatever stayed in code-server's process group (children re-parented after their parent exited)
  for (const p of ps) if (p.pgid === root.pid && !all.includes(p)) all.push(p);
  const exthosts = all.filter((p) => /extensionHost|--type=extensionHost/i.test(p.args));
  return { root, all, exthosts };
}

// ------------------------------------------------------------------------------------------------ workbench
async function closeWidgets() {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

async function openFile(file) {
  await closeWidgets();
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill(file);
  let prev = null;
  const idx = await until(`"${file}" in quick open`, async () => {
    const rows = await page.evaluate(() => [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]
      .map((r) => ({ index: Number(r.getAttribute('data-index')), label: (r.querySelector('.label-name')?.textContent || '').replace(/\u00a0/g, ' ').trim(), focused: r.classList.contains('focused') })));
    const hit = rows.find((r) => r.label === file);
    const key = hit ? `${hit.index}/${rows.length}/${hit.focused}` : null;
    const stable = key && key === prev;
    prev = key;
    return stable ? hit : null;
  });
  if (idx.focused) await page.keyboard.press('Enter');
  else await page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${idx.index}"]`).click();
  await until(`an editor on ${file}`, () => page.evaluate((file) => {
    const group = document.querySelector('.part.editor .editor-group-container.active');
    const tab = group?.querySelector('.tab.active');
    const name = tab ? (tab.getAttribute('aria-label') || tab.textContent || '').split(',')[0].trim() : null;
    return name === file && !!group.querySelector('.monaco-editor .view-lines .view-line');
  }, file));
}

/** Screen position of the k-th character of the first visible `word` in the active editor (found across spans). */
async function charOf(word, k = 2) {
  return until(`"${word}" to be drawn`, () => page.evaluate(({ word, k }) => {
    const group = document.querySelector('.part.editor .editor-group-container.active');
    const ed = group && group.querySelector('.monaco-editor');
    if (!ed) return null;
    const box = ed.getBoundingClientRect();
    for (const line of ed.querySelectorAll('.view-lines .view-line')) {
      const nodes = [];
      let text = '';
      const w = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        nodes.push({ n, at: text.length });
        text += n.data;
      }
      const re = new RegExp(`\\b${word}\\b`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const at = m.index + k;
        const hit = nodes.findLast((x) => x.at <= at);
        const range = document.createRange();
        range.setStart(hit.n, at - hit.at);
        range.setEnd(hit.n, at - hit.at + 1);
        const r = range.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width > 0 && y > box.top + 5 && y < box.bottom - 5 && x > box.left && x < box.right) return { x, y };
      }
    }
    return null;
  }, { word, k }));
}

/** Text of the visible hover widgets. */
const hoverText = () => page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].filter((h) => {
  if (h.classList.contains('hidden')) return false;
  const r = h.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(h).visibility !== 'hidden';
}).map((h) => h.innerText).join('\n---\n'));

/**
 * One hover sample: mouse away until no hover shows, arm an in-page MutationObserver, move onto the word
 * (a few small steps, as a hand would), wait for a hover showing the entity card. Latency = in-page time of
 * the observer seeing the card in the DOM minus in-page time stamp of the last mousemove event.
 */
async function hoverOnce(c) {
  // away: onto the editor's vertical scroll bar (no text there, and not under the card, which a mouse on it keeps open)
  await page.mouse.move(c.away.x, c.away.y);
  await until('no hover', async () => !(await hoverText()), 3000, 50).catch(async () => {
    await page.keyboard.press('Escape');
    await until('no hover', async () => !(await hoverText()), 3000, 50).catch(() => {});
  });
  await page.evaluate((src) => {
    const re = new RegExp(src);
    window.__bench.shown = 0;
    window.__bench.any = 0;
    window.__bench.anyText = '';
    window.__bench.observer?.disconnect();
    const check = () => {
      for (const h of document.querySelectorAll('.monaco-hover')) {
        if (h.classList.contains('hidden')) continue;
        const r = h.getBoundingClientRect();
        if (!(r.width > 0 && r.height > 0)) continue;
        const text = (h.textContent || '').replace(/\s+/g, ' ');
        if (!window.__bench.any && text.trim()) {
          window.__bench.any = performance.now();
          window.__bench.anyText = text.replace(/\s+/g, ' ').slice(0, 160);
        }
        if (re.test(text)) {
          window.__bench.shown = performance.now();
          window.__bench.observer.disconnect();
          return;
        }
      }
    };
    window.__bench.observer = new MutationObserver(check);
    window.__bench.observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style'] });
  }, HOVER_CARD.source);
  const started = Date.now();
  await page.mouse.move(c.x - 3, c.y, { steps: 3 });
  await page.mouse.move(c.x, c.y, { steps: 2 });
  for (;;) {
    const s = await page.evaluate(() => ({ shown: window.__bench.shown, move: window.__bench.lastMove, any: window.__bench.any, anyText: window.__bench.anyText }));
    if (s.shown) {
      const r = { ms: s.shown - s.move, startedAt: started, endedAt: Date.now() };
      // something else (another hover, or a card without the name yet) showed first
      if (s.any && s.any < s.shown - 1) Object.assign(r, { firstOtherMs: s.any - s.move, firstOtherText: s.anyText });
      return r;
    }
    if (Date.now() - started > HOVER_TIMEOUT) {
      await page.evaluate(() => window.__bench.observer?.disconnect());
      return { ms: null, timeout: true, startedAt: started, endedAt: Date.now(), text: (await hoverText()).slice(0, 200) };
    }
    await sleep(15);
  }
}

// ------------------------------------------------------------------------------------------------ cleanup
let finished = false;
async function cleanup(code, why) {
  if (finished) return;
  finished = true;
  if (why) console.log(`# ${why}`);
  if (!reported && tWB) {
    try {
      await Promise.race([report(why || 'the run failed'), sleep(15000)]);
    } catch (e) {
      console.log(`# could not report: ${e.message}`);
    }
  }
  for (const s of samplers) await Promise.race([s.stop(), sleep(3000)]);
  if (browser) await browser.close().catch(() => {});
  if (server) {
    if (opts.keep) info(`kept ${server.tmp}`);
    await server.stop().catch(() => {});
  }
  if (!opts.keep) {
    for (const d of [corpusTmp, extTmp]) if (d) fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  } else info(`kept ${corpusTmp} and ${extTmp}`);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    setTimeout(() => process.exit(130), 10000).unref();
    cleanup(130, `interrupted by ${sig}`);
  });
}
setTimeout(() => {
  setTimeout(() => process.exit(3), 15000).unref();
  cleanup(3, `watchdog: the run took over ${WATCHDOG_MS / 60000} minutes; stopped`);
}, WATCHDOG_MS).unref();

// ------------------------------------------------------------------------------------------------ main
async function main() {
  const manifest = readManifest(ROOT);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'bench.js'))) throw new Error('dist/bench.js is missing: run node scripts/build.mjs first');
  ext = snapshotExtension();
  info(`extension ${manifest.publisher}.${manifest.name} ${manifest.version}, dist/extension.js built ${ext.built}, copied to ${ext.dir}`);

  kit = ensureKit({ log: (m) => info(m) });
  info(`kit: code-server ${kit.codeServerVersion} (VS Code ${kit.codeVersion}), playwright-core ${kit.playwrightVersion}`);
  const problem = engineProblem(manifest, kit.codeVersion);
  if (problem) throw new Error(`VS Code would not load the extension: ${problem}`);

  const tGen = Date.now();
  corpus = writeCorpus(opts.articles);
  info(`generated ${opts.articles} articles + 2 seeds (${corpus.mb.toFixed(1)} MB) in ${((Date.now() - tGen) / 1000).toFixed(1)} s`);

  const settings = {
    'byline.maxFiles': Math.max(5000, corpus.files + 1000),
    'editor.hover.delay': HOVER_DELAY,
    'editor.renderWhitespace': 'none',
    'search.followSymlinks': false,
  };
  server = await startCodeServer({ kit, extensionDir: ext.dir, seedDir: corpus.dir, settings, keepTmp: opts.keep, onOutput: () => {} });
  info(`code-server on 127.0.0.1:${server.port}, workspace ${server.workspace}`);

  browser = await launchChromium(kit, server);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.setDefaultTimeout(T);
  await page.addInitScript(() => {
    window.__bench = { lastMove: 0, shown: 0, observer: null };
    window.addEventListener('mousemove', (e) => { window.__bench.lastMove = e.timeStamp; }, { capture: true, passive: true });
  });

  // ---- timeline: the Byline log and the process table, from before the workbench loads
  tGoto = Date.now();
  every(200, async () => {
    const log = bylineLog();
    if (!events.activated) {
      const m = /Byline activated in (\d+) ms/.exec(log);
      if (m) events.activated = { at: Date.now(), ms: Number(m[1]) };
    }
    if (!events.indexed) {
      const m = /Byline indexed (\d+) documents? in (\d+) ms(?: \(extension host timer late by (\d+) ms at most, p95 (\d+) ms\))?/.exec(log);
      if (m) {
        // the whole line: where the time went on the host and its longest holds by phase ("conflicts 12 ms, …")
        const line = log.slice(m.index).split('\n')[0];
        const h = /longest holds on this thread: (.*)$/.exec(line);
        const holds = h ? Object.fromEntries([...h[1].split(';')[0].matchAll(/(\w+) (\d+) ms/g)].map((x) => [x[1], +x[2]])) : null;
        // the hovers' own time on the host ("; 40 hovers answered in p95 3 ms, at most 9 ms")
        const hv = /(\d+) hovers answered in p95 (\d+) ms, at most (\d+) ms/.exec(line);
        const hostHovers = hv ? { n: +hv[1], p95: +hv[2], max: +hv[3] } : null;
        events.indexed = { at: Date.now(), documents: +m[1], ms: +m[2], lagMax: m[3] ? +m[3] : null, lagP95: m[4] ? +m[4] : null, holds, hostHovers, line };
      }
    }
    const other = log.split('\n').filter((l) => /cancelled|failed|source files found|cannot/i.test(l));
    if (other.length) events.otherLines = other;
  });
  every(1000, async () => {
    const p = codeServerProcs();
    if (!p) return;
    const ex = p.exthosts.map((x) => ({ pid: x.pid, ...procStatus(x.pid), cpu: cpuMs(x.pid) }));
    // CPU of the rest of code-server (server, file watcher, search…) and of the browser (renderer, GPU…)
    const sumCpu = (pids) => pids.reduce((n, pid) => n + (cpuMs(pid).proc || 0), 0);
    const exPids = new Set(p.exthosts.map((x) => x.pid));
    const bpid = browser?.process?.()?.pid;
    let bpids = [];
    if (bpid) {
      const ps = processTable();
      bpids = [bpid];
      for (let i = 0; i < bpids.length; i++) for (const q of ps) if (q.ppid === bpids[i]) bpids.push(q.pid);
    }
    // the extension host's own child processes (the analysis process): their RSS counts with the host's
    const kids = [];
    for (const x of p.exthosts) {
      const ids = [x.pid];
      for (let i = 0; i < ids.length; i++) for (const q of p.all) if (q.ppid === ids[i]) ids.push(q.pid);
      for (const q of p.all) if (ids.includes(q.ppid) && /analyzeChild/.test(q.args)) kids.push(q);
    }
    const kidsRssKb = kids.reduce((n, q) => n + q.rssKb, 0);
    mem.push({ t: Date.now(), exthosts: ex, kidsRssKb, kidsCpu: sumCpu(kids.map((q) => q.pid)), groupRssKb: p.all.reduce((n, x) => n + x.rssKb, 0), procs: p.all.length, serverCpu: sumCpu(p.all.filter((x) => !exPids.has(x.pid)).map((x) => x.pid)), browserCpu: sumCpu(bpids) });
  });

  await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120000 });
  tWB = Date.now();
  info(`workbench loaded ${((tWB - tGoto) / 1000).toFixed(1)} s after page.goto`);

  // ---- the status bar item (and the progress notification), every second
  every(1000, async () => {
    const s = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.part.statusbar .statusbar-item')];
      const it = items.find((i) => /Byline\s+[\d,]+\/[\d,]+|[\d,]+ sources?\b|Byline [\d,]+ of/.test(i.textContent || ''));
      const toast = [...document.querySelectorAll('.notifications-toasts .notification-list-item')].map((n) => n.textContent.replace(/\s+/g, ' ').trim()).find((x) => /Byline|Analysing sources/.test(x));
      return it ? { text: it.textContent.replace(/\s+/g, ' ').trim(), spin: !!it.querySelector('.codicon-sync.codicon-modifier-spin, .codicon-modifier-spin'), icon: [...(it.querySelector('.codicon')?.classList || [])].filter((c) => c.startsWith('codicon-')).join(' '), toast: toast || null } : { text: null, toast: toast || null };
    });
    statusSamples.push({ t: r1((Date.now() - tWB) / 1000), ...s });
    if (statusSamples.length % 15 === 0) {
      const m = mem[mem.length - 1];
      info(`status bar: ${s.text ?? '-'}; extension host RSS ${m?.exthosts[0]?.VmRSS ? Math.round(m.exthosts[0].VmRSS / 1024) : '-'} MB; hover samples ${hovers.length}`);
    }
  });

  // ---- open the seed article
  await openFile(DOC);
  info(`opened ${DOC}`);
  await until('Byline to log "Byline activated"', async () => events.activated, 120000, 100);
  info(`activation line seen (${((events.activated.at - tWB) / 1000).toFixed(1)} s after the workbench loaded)`);
  const c = await charOf(HOVER_WORD);
  c.away = await page.evaluate(() => {
    const ed = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
    const sb = ed.querySelector('.scrollbar.vertical');
    const r = (sb && sb.getBoundingClientRect().width > 0 ? sb : ed).getBoundingClientRect();
    return { x: r.right - Math.min(5, r.width / 2), y: r.top + r.height * 0.8 };
  });

  // ---- hovers: during indexing (as many as fit), then after
  const take = async (label) => {
    const s = await hoverOnce(c);
    const idxAt = events.indexed?.at ?? Infinity;
    s.phase = s.endedAt < idxAt ? 'during' : s.startedAt > idxAt ? 'after' : 'straddle';
    s.label = label;
    hovers.push(s);
    return s;
  };
  let first = true;
  // hover while indexing runs, up to 7.5 minutes after this script started (the watchdog stops all at 10)
  const indexDeadline = T0 + 7.5 * 60 * 1000;
  while (!events.indexed && Date.now() < indexDeadline) {
    const s = await take(first ? 'first' : 'during');
    if (first) info(`first hover: ${s.ms == null ? 'timed out' : `${Math.round(s.ms)} ms`} (${s.phase})`);
    first = false;
  }
  if (events.indexed) {
    info(`indexed line seen: ${events.indexed.line}`);
    await sleep(1500); // let the status bar and views settle
    for (let i = 0; i < opts.hovers; i++) await take('after');
    await sleep(2000); // two more status-bar samples after indexing
  } else {
    info(`indexing had not finished ${((Date.now() - tWB) / 1000).toFixed(0)} s after the workbench loaded; reporting what was measured`);
  }
  await report();
}

/** Prints the table (and writes --json) from what was measured so far. */
async function report(note = null) {
  if (reported || !tWB) return;
  reported = true;
  // ---- memory at the end
  const final = codeServerProcs();
  const exFinal = (final?.exthosts || []).map((x) => ({ pid: x.pid, args: x.args.slice(0, 200), ...procStatus(x.pid), children: final.all.filter((p) => p.ppid === x.pid).map((p) => ({ pid: p.pid, rssKb: p.rssKb, args: p.args.slice(0, 400) })) }));
  const groupFinal = final ? { procs: final.all.map((p) => ({ pid: p.pid, ppid: p.ppid, rssKb: p.rssKb, args: p.args.slice(0, 400) })) } : null;
  for (const s of samplers) await Promise.race([s.stop(), sleep(3000)]);
  samplers.length = 0;

  // ---- results
  const lat = (phase) => hovers.filter((h) => h.phase === phase);
  const stats = (xs) => {
    // a hover that timed out counts as HOVER_TIMEOUT (a lower bound) in the percentiles
    const ok = xs.map((h) => (h.ms == null ? HOVER_TIMEOUT : h.ms));
    const net = ok.map((x) => x - HOVER_DELAY);
    return { n: xs.length, timeouts: xs.filter((h) => h.ms == null).length, p50: r1(pct(ok, 0.5)), p95: r1(pct(ok, 0.95)), max: r1(ok.length ? Math.max(...ok) : null), netP50: r1(pct(net, 0.5)), netP95: r1(pct(net, 0.95)) };
  };
  const ex = exFinal[0] || null;
  const peakSampled = Math.max(0, ...mem.flatMap((m) => m.exthosts.map((e) => e.VmRSS || 0)));
  const peakGroup = Math.max(0, ...mem.map((m) => m.groupRssKb));
  // the host and its analysis process(es) together, sampled at the same moment
  const peakHostAndKids = Math.max(0, ...mem.map((m) => (m.exthosts[0]?.VmRSS || 0) + (m.kidsRssKb || 0)));
  const peakKids = Math.max(0, ...mem.map((m) => m.kidsRssKb || 0));
  const spinning = statusSamples.filter((s) => /Byline\s+[\d,]+\/[\d,]+/.test(s.text || ''));
  const lastProgress = [...statusSamples].reverse().find((x) => x.text);
  const results = {
    date: new Date().toISOString(),
    note: note || (events.indexed ? null : `indexing not finished when the run ended; last status bar text: ${lastProgress?.text ?? '-'} at ${lastProgress?.t ?? '-'} s`),
    machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((x) => r1(x)), totalMemMb: Math.round(os.totalmem() / 1048576) },
    articles: opts.articles,
    files: corpus.files,
    corpusMb: r1(corpus.mb),
    codeServer: kit.codeServerVersion,
    vscode: kit.codeVersion,
    extensionBuilt: ext.built,
    workbenchLoadS: r1((tWB - tGoto) / 1000),
    activation: { loggedMs: events.activated?.ms ?? null, seenAfterWorkbenchS: events.activated ? r1((events.activated.at - tWB) / 1000) : null },
    indexing: events.indexed ? {
      documents: events.indexed.documents,
      loggedMs: events.indexed.ms,
      lagMaxMs: events.indexed.lagMax,
      lagP95Ms: events.indexed.lagP95,
      holdsMs: events.indexed.holds,
      hostHovers: events.indexed.hostHovers,
      wallFromWorkbenchS: r1((events.indexed.at - tWB) / 1000),
      wallFromActivationSeenS: events.activated ? r1((events.indexed.at - events.activated.at) / 1000) : null,
      line: events.indexed.line,
    } : null,
    otherLogLines: events.otherLines || [],
    statusBar: {
      samples: statusSamples.length,
      progressSamples: spinning.length,
      progressSamplesWithSpinIcon: spinning.filter((s) => s.spin).length,
      first: statusSamples.find((s) => s.text) || null,
      progress: spinning.filter((_, i, a) => i % Math.max(1, Math.floor(a.length / 6)) === 0 || i === a.length - 1),
      last: statusSamples[statusSamples.length - 1] || null,
      all: statusSamples,
    },
    hover: {
      delayMs: HOVER_DELAY,
      first: hovers[0] ? { ms: r1(hovers[0].ms), phase: hovers[0].phase } : null,
      during: stats(lat('during').filter((h) => h.label !== 'first')),
      straddle: stats(lat('straddle').filter((h) => h.label !== 'first')),
      after: stats(lat('after').filter((h) => h.label !== 'first')),
      samples: hovers.map((h) => ({ label: h.label, phase: h.phase, ms: r1(h.ms), tFromWorkbenchS: r1((h.startedAt - tWB) / 1000), ...(h.firstOtherText ? { firstOtherMs: r1(h.firstOtherMs), firstOtherText: h.firstOtherText } : {}), ...(h.timeout ? { timeout: true, text: h.text } : {}) })),
    },
    memory: {
      extensionHost: ex ? { pid: ex.pid, VmHWMMb: r1(ex.VmHWM / 1024), VmRSSMb: r1(ex.VmRSS / 1024), threads: ex.threads, childProcesses: ex.children } : null,
      extensionHostCount: exFinal.length,
      peakSampledExthostRssMb: r1(peakSampled / 1024),
      peakSampledCodeServerTreeRssMb: r1(peakGroup / 1024),
      peakSampledHostAndAnalysisProcessesRssMb: r1(peakHostAndKids / 1024),
      peakSampledAnalysisProcessesRssMb: r1(peakKids / 1024),
      processes: groupFinal,
      // every 5th one-second sample; mainCpu: share of one core used by the extension host's main thread (its
      // event loop) since the previous entry, procCpu: the whole process (worker threads included), in cores
      timeline: mem.filter((_, i) => i % 5 === 0).map((m, i, a) => {
        const prev = a[i - 1];
        const c = m.exthosts[0]?.cpu;
        const pc = prev?.exthosts[0]?.cpu;
        const dt = prev ? m.t - prev.t : 0;
        const share = (x, y) => (dt > 0 && x != null && y != null ? r1((x - y) / dt) : null);
        return { t: r1((m.t - tWB) / 1000), exthostRssMb: r1((m.exthosts[0]?.VmRSS || 0) / 1024), treeRssMb: r1(m.groupRssKb / 1024), mainCpu: share(c?.main, pc?.main), procCpu: share(c?.proc, pc?.proc), kidsRssMb: r1((m.kidsRssKb || 0) / 1024), kidsCpu: share(m.kidsCpu, prev?.kidsCpu), serverCpu: share(m.serverCpu, prev?.serverCpu), browserCpu: share(m.browserCpu, prev?.browserCpu) };
      }),
      exthostRssAtIndexedMb: (() => {
        const at = events.indexed?.at;
        const m = at ? mem.filter((x) => x.t <= at).pop() : null;
        return m ? r1((m.exthosts[0]?.VmRSS || 0) / 1024) : null;
      })(),
    },
  };

  if (results.note) console.log(`# NOTE: ${results.note}`);
  const row = (k, v, how) => console.log(`| ${k.padEnd(34)} | ${String(v).padEnd(30)} | ${how}`);
  console.log('');
  console.log(`Byline in code-server ${kit.codeServerVersion} (VS Code ${kit.codeVersion}), ${corpus.files} files (${opts.articles} generated + 2 seeds, ${corpus.mb.toFixed(1)} MB), ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (shared machine: noisy)`);
  row('metric', 'value', 'how');
  row('-'.repeat(34), '-'.repeat(30), '---');
  row('activation (logged)', `${results.activation.loggedMs} ms`, '"Byline activated in X ms" in the Byline output channel');
  row('indexing (logged)', results.indexing ? `${results.indexing.documents} docs in ${results.indexing.loggedMs} ms` : 'not seen', '"Byline indexed N documents in X ms"');
  row('ext host timer lateness', results.indexing ? `max ${results.indexing.lagMaxMs} ms, p95 ${results.indexing.lagP95Ms} ms` : '-', 'same log line (event loop blocked)');
  row('hovers answered on the ext host', results.indexing?.hostHovers ? `p95 ${results.indexing.hostHovers.p95} / max ${results.indexing.hostHovers.max} ms (N=${results.indexing.hostHovers.n})` : '-', 'same log line: the providers\' own time while indexing');
  row('ext host longest holds', results.indexing?.holdsMs ? Object.entries(results.indexing.holdsMs).map(([k, v]) => `${k} ${v}`).join(', ') + ' ms' : '-', 'same log line: longest work at once, by phase');
  row('indexing wall time', results.indexing ? `${results.indexing.wallFromWorkbenchS} s` : '-', 'workbench loaded -> indexed line seen (log polled every 200 ms)');
  row('status bar progress samples', `${spinning.length} of ${statusSamples.length} (spin icon ${results.statusBar.progressSamplesWithSpinIcon})`, 'item text "Byline done/total", sampled every 1 s');
  for (const s of results.statusBar.progress) row('  status bar', `${s.t} s: ${s.text}`, s.spin ? 'spinning' : '');
  row('  status bar at end', results.statusBar.last ? `${results.statusBar.last.t} s: ${results.statusBar.last.text}` : '-', '');
  const hs = (h) => (h.n ? `p50 ${h.p50} / p95 ${h.p95} / max ${h.max} ms (N=${h.n}${h.timeouts ? `, ${h.timeouts} timed out` : ''})` : 'N=0');
  row('first hover (after opening)', results.hover.first ? `${results.hover.first.ms} ms (${results.hover.first.phase})` : '-', 'raw, from last mousemove to card in DOM');
  row('hover during indexing (raw)', hs(results.hover.during), 'last mousemove -> entity card in DOM');
  row('hover during indexing (- delay)', results.hover.during.n ? `p50 ${results.hover.during.netP50} / p95 ${results.hover.during.netP95} ms` : '-', `raw minus editor.hover.delay ${HOVER_DELAY} ms`);
  if (results.hover.straddle.n) row('hover straddling the end', hs(results.hover.straddle), '');
  row('hover after indexing (raw)', hs(results.hover.after), 'last mousemove -> entity card in DOM');
  row('hover after indexing (- delay)', `p50 ${results.hover.after.netP50} / p95 ${results.hover.after.netP95} ms`, `raw minus editor.hover.delay ${HOVER_DELAY} ms`);
  row('ext host VmHWM (peak RSS)', ex ? `${results.memory.extensionHost.VmHWMMb} MB` : 'not found', `/proc/${ex?.pid}/status at the end (worker threads included)`);
  row('ext host VmRSS at end', ex ? `${results.memory.extensionHost.VmRSSMb} MB, ${ex.threads} threads` : '-', `${exFinal.length} extension host process(es); child processes: ${ex?.children.length ?? '-'}`);
  row('ext host RSS peak (1 s samples)', `${results.memory.peakSampledExthostRssMb} MB`, 'VmRSS sampled every second');
  row('host + analysis processes peak', `${results.memory.peakSampledHostAndAnalysisProcessesRssMb} MB (processes ${results.memory.peakSampledAnalysisProcessesRssMb} MB)`, 'ext host VmRSS + its analysis child processes\' RSS, sampled every second');
  row('code-server tree RSS peak', `${results.memory.peakSampledCodeServerTreeRssMb} MB`, 'sum of RSS of code-server and its descendants (context only)');
  if (results.otherLogLines.length) console.log(`# other Byline log lines: ${results.otherLogLines.slice(0, 5).join(' | ')}`);
  if (opts.json) {
    fs.mkdirSync(path.dirname(opts.json), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
    info(`wrote ${opts.json}`);
  }
  return results;
}

main().then(() => cleanup(events.indexed ? 0 : 2), (e) => {
  console.log(`# failed: ${e.stack || e.message}`);
  cleanup(1);
});
