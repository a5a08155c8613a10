// The extension host's side of indexing, without VS Code: the generated corpus analysed by the worker pool (as
// the extension starts it) and stored in a WorkspaceIndex, then linked and checked in slices, as
// analysisService.ts does. Prints where the host's time goes and its memory.
//
//   node --expose-gc dist/hostperf.js [--articles N] [--jobs J] [--inflight K] [--cache] [--worker-heap MB] [--young-mb MB] [--idle-ms MS] [--threads] [--probe]
//
// The analyses are made as the extension makes them: in child processes at a lower priority (childPool.ts);
// --threads: on worker threads instead (the pool the extension falls back to). The child processes' peak RSS is
// printed apart (childPeakRssMb: the sum of their VmHWM, read before they stop).
//
// The pool runs as in the extension (editorPoolOptions: threads, heap bound, idle stop) unless --jobs, --worker-heap
// (0: unbounded) --young-mb (0: V8's default) or --idle-ms (0: never stopped) say otherwise. Prints the host's longest hold in each phase (storing
// analyses, making the links, checking across sources), the CPU time of the whole process (threads included) and
// its peak RSS, sampled every 500 documents and every 100 slices.
//
// --steps: also times every step of the generators alone (a step is the work between two pauses, the smallest piece
// a slice can be cut into) and prints their distribution by phase (count, p50, p99, max ms).
//
// --holds: also the eight longest stores of an analysis with the time garbage collection paused this thread inside
// each, and the longest collection pause of the run.
//
// --no-facts: the analysis processes do not compute the figure facts (the checks do it on this thread, as before).
//
// --snapshot FILE: writes a heap snapshot once linked and checked.
//
// peakRssIndexingMb: the host's peak RSS until every file is stored (while the analysis processes run).
//
// --probe: the linking and the checks across sources are run one after the other, and the heap is measured after
// a collection every 200 slices of each (slower; the heap figures of each phase, not its time).
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { analyzerVersion } from '../node/analysisCache';
import { AnalyzePool, editorPoolOptions } from '../node/analyzePool';
import { ChildAnalyzePool, childLimits } from '../node/childPool';
import { WorkspaceIndex } from '../core/workspace';
import { generateCorpus } from './bench';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

/** Garbage collections by kind (V8's flags: 1 scavenge, 2 mark-compact, 4 incremental marking, 8 weak callbacks): count, total and longest pause (ms). */
function gcSummary(gcs: { ms: number; kind: number }[]): Record<string, { n: number; totalMs: number; maxMs: number; over20: number }> {
  const names: Record<number, string> = { 1: 'scavenge', 2: 'markCompact', 4: 'incremental', 8: 'weak' };
  const out: Record<string, { n: number; totalMs: number; maxMs: number; over20: number }> = {};
  for (const g of gcs) {
    const o = (out[names[g.kind] ?? String(g.kind)] ??= { n: 0, totalMs: 0, maxMs: 0, over20: 0 });
    o.n++;
    o.totalMs += g.ms;
    o.maxMs = Math.max(o.maxMs, g.ms);
    if (g.ms > 20) o.over20++;
  }
  for (const o of Object.values(out)) {
    o.totalMs = Math.round(o.totalMs);
    o.maxMs = Math.round(o.maxMs);
  }
  return out;
}

async function main(): Promise<void> {
  const n = arg('--articles', 10000);
  const editor = editorPoolOptions();
  const jobs = arg('--jobs', editor.jobs);
  const inflight = arg('--inflight', 8);
  const texts = generateCorpus(n, 42);
  const mb = texts.reduce((s, t) => s + t.length, 0) / 1e6;
  const cacheDir = process.argv.includes('--cache') ? mkdtempSync(join(tmpdir(), 'byline-hostperf-')) : undefined;
  const heap = arg('--worker-heap', editor.limits.maxOldGenerationSizeMb ?? 0);
  const young = arg('--young-mb', editor.limits.maxYoungGenerationSizeMb ?? 0);
  const limits = heap ? { ...editor.limits, maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: young || undefined } : undefined;
  const idleMs = arg('--idle-ms', editor.idleMs) || undefined;
  const cache = cacheDir ? { dir: cacheDir, version: analyzerVersion() } : undefined;
  const threads = process.argv.includes('--threads');
  // the figure facts computed with the analyses, as in the extension (--no-facts: on this thread in the checks)
  const figureFacts = !process.argv.includes('--no-facts');
  const pool = threads
    ? new AnalyzePool(jobs, join(__dirname, 'analyzeWorker.js'), true, { cache, limits, idleMs, figureFacts })
    : new ChildAnalyzePool(jobs, join(__dirname, 'analyzeChild.js'), { ...(limits ? childLimits(limits) : {}), cache, idleMs, figureFacts });
  // the children's peak RSS (VmHWM), read while they run (they stop after idleMs without work)
  const childPeak = new Map<number, number>();
  const readChildren = (): void => {
    if (!(pool instanceof ChildAnalyzePool)) return;
    for (const pid of pool.pids) {
      try {
        const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        childPeak.set(pid, Math.max(childPeak.get(pid) ?? 0, kb * 1024));
      } catch {
        // not Linux, or gone
      }
    }
  };
  const cpu0 = process.cpuUsage();
  const holds: Record<string, number> = { store: 0, links: 0, conflicts: 0 };
  const index = new WorkspaceIndex();
  let lagMax = 0;
  let last = performance.now();
  const lagTimer = setInterval(() => {
    const now = performance.now();
    lagMax = Math.max(lagMax, now - last - 20);
    last = now;
  }, 20);
  let hostMs = 0;
  let peak = 0;
  // --holds: the longest stores, each with the garbage collections that ran inside it (their pause on this thread)
  const holdsDetail = process.argv.includes('--holds');
  const gcs: { start: number; ms: number; kind: number }[] = [];
  const stores: { i: number; start: number; ms: number }[] = [];
  const gcObs = holdsDetail ? new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration, kind: ((e as { detail?: { kind?: number } }).detail)?.kind ?? 0 });
  }) : undefined;
  gcObs?.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < texts.length) {
      const i = next++;
      const key = `file:///c/a${String(i).padStart(5, '0')}.txt`;
      const a = await pool.analyze(texts[i], 'plaintext');
      const t = performance.now();
      index.holdLinks(true);
      index.setAnalysis(key, texts[i], a, 1, 'plaintext');
      const ms = performance.now() - t;
      hostMs += ms;
      holds.store = Math.max(holds.store, ms);
      if (holdsDetail) stores.push({ i, start: t, ms });
      if (i % 500 === 0) {
        peak = Math.max(peak, process.memoryUsage().rss);
        readChildren();
      }
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all(Array.from({ length: inflight }, runner));
  const tIndexed = performance.now() - t0;
  readChildren();
  // the host's peak RSS while the files were analysed and stored (the analysis processes run then), apart
  const peakIndexing = Math.max(peak, process.memoryUsage().rss);
  // as the extension does once a folder is analysed: the analysis processes stop before the linking
  pool.stopIfIdle();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapIndexed = process.memoryUsage().heapUsed;
  index.holdLinks(true);
  let longest = 0;
  const probe = process.argv.includes('--probe');
  const phasePeak: Record<string, number> = {};
  const stepTimes = process.argv.includes('--steps');
  const steps: Record<string, number[]> = { links: [], conflicts: [] };
  // in a function of its own, as in the extension: the finished generators (and what they held) are garbage after
  const link = async (conflicts: boolean, phase: string): Promise<void> => {
    const gen = index.linkSteps(conflicts);
    let slices = 0;
    for (;;) {
      const t = performance.now();
      const at = index.linked ? 'conflicts' : 'links';
      let r: IteratorResult<void, boolean>;
      if (stepTimes) {
        let s = t;
        for (;;) {
          r = gen.next();
          const e = performance.now();
          steps[at].push(e - s);
          if (r.done || e >= t + 12) break;
          s = e;
        }
      } else {
        do r = gen.next();
        while (!r.done && performance.now() < t + 12);
      }
      const ms = performance.now() - t;
      longest = Math.max(longest, ms);
      holds[at] = Math.max(holds[at], ms);
      if (slices % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (++slices % 200 === 0 && probe && gc) {
        gc();
        phasePeak[phase] = Math.max(phasePeak[phase] ?? 0, Math.round(process.memoryUsage().heapUsed / 1e6));
      }
      if (r.done) break;
      await new Promise((res) => setImmediate(res));
    }
    if (probe && gc) {
      gc();
      phasePeak[`${phase}Done`] = Math.round(process.memoryUsage().heapUsed / 1e6);
    }
  };
  const tl = performance.now();
  // --heap-growing P: V8's heap grown by P % at a time while linking and checking (as the extension sets it then)
  const growing = arg('--heap-growing', 0);
  if (growing) setFlagsFromString(`--heap-growing-percent=${growing}`);
  if (probe) await link(false, 'linkHeapMb');
  await link(!process.argv.includes('--no-conflicts'), 'conflictHeapMb');
  index.holdLinks(false);
  const tLinked = performance.now() - tl;
  if (growing) setFlagsFromString('--heap-growing-percent=0');
  // the first look-up of an entity's mentions after linking, as a hover asks for it: the longest over the
  // entities of the first document, and how many mentions that one has
  let mentionsMs = 0;
  let mentionsOf = 0;
  for (const m of index.get(index.paths()[0])?.analysis.entities ?? []) {
    const tm = performance.now();
    const n = index.mentions(m.entity).length;
    const ms = performance.now() - tm;
    if (ms > mentionsMs) [mentionsMs, mentionsOf] = [ms, n];
  }
  mentionsMs = Math.round(mentionsMs * 10) / 10;
  // --snapshot FILE: a heap snapshot of the host once linked and checked (what the index keeps)
  const snapAt = process.argv.indexOf('--snapshot');
  if (snapAt >= 0) {
    (globalThis as { gc?: () => void }).gc?.();
    writeHeapSnapshot(process.argv[snapAt + 1]);
  }
  clearInterval(lagTimer);
  const dist = (xs: number[]): Record<string, number> => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number): number => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 10) / 10;
    return { n: s.length, p50: at(0.5), p99: at(0.99), max: at(1) };
  };
  gcObs?.disconnect();
  const inside = (s: { start: number; ms: number }): number => gcs.filter((g) => g.start >= s.start - 1 && g.start < s.start + s.ms).reduce((a, g) => a + g.ms, 0);
  const tEnd = t0 + tIndexed;
  const holdDetail = holdsDetail ? { longestStores: [...stores].sort((a, b) => b.ms - a.ms).slice(0, 8).map((s) => ({ doc: s.i, ms: Math.round(s.ms), gcMs: Math.round(inside(s)) })), gcIndexing: gcSummary(gcs.filter((g) => g.start < tEnd)), gcLinking: gcSummary(gcs.filter((g) => g.start >= tEnd)) } : {};
  const stepDist = stepTimes ? { steps: { links: dist(steps.links), conflicts: dist(steps.conflicts) } } : {};
  peak = Math.max(peak, process.memoryUsage().rss);
  const threadsAtEnd = pool.running;
  const childPeakRssMb = threads ? null : Math.round([...childPeak.values()].reduce((a, b) => a + b, 0) / 1e6);
  await pool.close();
  const cpu = process.cpuUsage(cpu0);
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  gc?.();
  console.log(JSON.stringify({ n, mb: Math.round(mb * 10) / 10, jobs, heapGrowingPercent: growing || null, analysedIn: threads ? 'threads' : 'processes', workerHeapMb: heap || null, childPeakRssMb, idleMs: idleMs ?? null, threadsStarted: pool.started, threadsAtEnd, inflight, cpuS: Math.round((cpu.user + cpu.system) / 1e5) / 10, holdMs: Object.fromEntries(Object.entries(holds).map(([k, v]) => [k, Math.round(v)])), indexedMs: Math.round(tIndexed), hostSetMs: Math.round(hostMs), linkMs: Math.round(tLinked), linkWork: index.lastLinkMs, longestSlice: Math.round(longest), mentionsMs, mentionsOf, lagMax: Math.round(lagMax), peakRssMb: Math.round(peak / 1e6), peakRssIndexingMb: Math.round(peakIndexing / 1e6), heapIndexedMb: Math.round(heapIndexed / 1e6), heapAfterMb: Math.round(process.memoryUsage().heapUsed / 1e6), conflicts: process.argv.includes('--no-conflicts') ? -1 : index.conflicts().length, ...phasePeak, ...stepDist, ...holdDetail }));
}

void main();
