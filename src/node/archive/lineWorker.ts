// The analysis thread of `analyze --jsonl`: a path in, the document's finished JSON line out, as UTF-8 bytes
// whose buffer is transferred (not copied), so that the main thread only hands out paths and writes bytes: it
// holds no document text and no line as a string, and its memory stays small whatever the archive's size.
import { parentPort } from 'node:worker_threads';
import type { IndexedAnnotation } from '../../core/workspace';
import { fileLine } from './fileLine';

interface LineRequest {
  id: number;
  path: string;
  annotations: IndexedAnnotation[];
  /** Longer documents are left to the main thread (this thread's heap is bounded). */
  maxLength: number;
}

/** The answer: `bytes` the line (absent when skipped or too long), `error` when it records a failure. */
export interface LineReply {
  bytes?: Uint8Array;
  error?: string;
  skipped?: boolean;
  tooLong?: boolean;
}

const encoder = new TextEncoder();

parentPort?.on('message', (req: LineRequest) => {
  try {
    const r = fileLine(req.path, req.annotations, req.maxLength);
    if ('line' in r) {
      const bytes = encoder.encode(r.line);
      const reply: LineReply = r.error === undefined ? { bytes } : { bytes, error: r.error };
      parentPort!.postMessage({ id: req.id, analysis: reply }, [bytes.buffer]);
    } else parentPort!.postMessage({ id: req.id, analysis: r satisfies LineReply });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message ?? String(e) });
  }
});
