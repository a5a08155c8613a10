// The editor's analysis process: a child of the extension host (child_process.fork, IPC with structured clone)
// that analyses documents, text in, DocumentAnalysis out. It runs the pure core exactly as the worker threads do
// (analyzeWorker.ts), so the results are identical whichever process computed them. Being a process of its own,
// it can run at a lower CPU priority than the extension host (see childPool.ts): when the user acts, the host,
// the editor's server and its window win the CPU.
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { factIncidents, figureFacts } from '../core/conflicts';
import { AnalysisCache, analyzeCached } from './analysisCache';
import type { ChildRequest, ChildReply, ChildSettings } from './childPool';

const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;
const cache = settings.cache ? new AnalysisCache(settings.cache.dir, settings.cache.version) : undefined;

/**
 * Lowers this process's priority to `nice`. On Linux a priority is a thread's: the threads started before this
 * runs (V8's helpers) are lowered one by one; those started later inherit it from the main thread.
 */
function lowerPriority(nice: number): void {
  try {
    setPriority(nice);
  } catch {
    return; // not allowed here: the parent's setting (or none) stays
  }
  if (process.platform !== 'linux') return;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        setPriority(Number(tid), nice);
      } catch {
        // a thread that ended meanwhile
      }
    }
  } catch {
    // no /proc: the main thread alone
  }
}

if (settings.nice) lowerPriority(settings.nice);

const send = (m: ChildReply): void => {
  process.send?.(m);
};

process.on('message', (req: ChildRequest) => {
  try {
    const analysis = analyzeCached(cache, req.text, req.format);
    // the facts its figures state, when asked (as the worker threads do: analyzeWorker.ts), in the same message so
    // that each fact's figure is one of the analysis's figures on the other side too
    if (settings.figureFacts && !analysis.error) {
      const facts = figureFacts(req.text, analysis.figures);
      send({ id: req.id, analysis, facts, incidents: factIncidents(req.text, facts) });
    } else send({ id: req.id, analysis });
  } catch (e) {
    send({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
// the extension host went away (closed, crashed): nothing to answer to
process.on('disconnect', () => process.exit(0));
send({ ready: true });
