// The analysis thread of `analyze --jsonl`: text in, the document's finished JSON line out, so that the
// main thread only reads files and writes lines (its memory stays small whatever the archive's size).
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../../core/analyze';
import type { IndexedAnnotation } from '../../core/workspace';
import { documentLine } from './documentLine';


interface LineRequest {
  id: number;
  text: string;
  format: 'markdown' | 'plaintext';
  path: string;
  sha256: string;
  annotations: IndexedAnnotation[];
}

parentPort?.on('message', (req: LineRequest) => {
  try {
    const line = JSON.stringify(documentLine(req.path, req.text, analyzeText(req.text, { format: req.format }), req.sha256, req.annotations)) + '\n';
    parentPort!.postMessage({ id: req.id, analysis: line });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
