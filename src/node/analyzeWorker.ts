// A worker thread that analyses documents: text in, DocumentAnalysis out (structured clone). The pure core runs
// here exactly as on the main thread, so the results are identical whichever thread computed them.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';

export interface AnalyzeRequest {
  id: number;
  text: string;
  format: 'markdown' | 'plaintext';
}

parentPort?.on('message', (req: AnalyzeRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, analysis: analyzeText(req.text, { format: req.format }) });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
