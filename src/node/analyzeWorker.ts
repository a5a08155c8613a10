// A worker thread that analyses documents: text in, DocumentAnalysis out (structured clone). The pure core runs
// here exactly as on the main thread, so the results are identical whichever thread computed them.
import { parentPort, workerData } from 'node:worker_threads';
import { factIncidents, figureFacts } from '../core/conflicts';
import { AnalysisCache, analyzeCached } from './analysisCache';
import type { PoolCache } from './analyzePool';

// the pool's cache of analyses, if it has one: looked up and written here, off the caller's thread
const options = workerData as { cache?: PoolCache; figureFacts?: boolean } | null;
const cache = options?.cache ? new AnalysisCache(options.cache.dir, options.cache.version) : undefined;

export interface AnalyzeRequest {
  id: number;
  text: string;
  format: 'markdown' | 'plaintext';
}

parentPort?.on('message', (req: AnalyzeRequest) => {
  try {
    const analysis = analyzeCached(cache, req.text, req.format);
    // the facts its figures state (the figure check's per-document part), here on this thread when asked: sent
    // with the analysis in one message, so that each fact's figure is one of the analysis's figures there too
    // (and the kinds of incident the text reports, when a fact is a count: what the check compares counts by)
    if (options?.figureFacts && !analysis.error) {
      const facts = figureFacts(req.text, analysis.figures);
      parentPort!.postMessage({ id: req.id, analysis, facts, incidents: factIncidents(req.text, facts) });
    } else parentPort!.postMessage({ id: req.id, analysis });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
