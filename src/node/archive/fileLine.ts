// One file's line of `analyze --jsonl`, from its path: read, hashed, decoded, analysed and serialised in one
// place, on whichever thread runs it (an analysis thread as a rule, the main thread with one job or for a very
// long document), so that the main thread of a streamed run holds no document text at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyzeText, formatForPath } from '../../core/analyze';
import { decodeDocument } from '../../core/input';
import { isGeneratedByByline } from '../../core/exportFormats';
import type { IndexedAnnotation } from '../../core/workspace';
import { documentLine, type ArchiveLine } from './documentLine';

/** What became of one file: its line (trailing newline included), with `error` when it could not be analysed. */
export type FileLine =
  | { line: string; error?: string }
  /** an exported quote sheet of Byline's own: not a source, no line */
  | { skipped: true }
  /** longer than `maxLength`: left to the caller (the main thread, whose heap is not bounded) */
  | { tooLong: true };

/** The line of a document that could not be analysed (it still says which, for the load to report). */
export function errorLine(path: string, error: string, sha256?: string): string {
  const line: ArchiveLine = { path, entities: [], quotes: [], figures: [], error, entityRecords: [] };
  if (sha256) line.sha256 = sha256;
  return JSON.stringify(line) + '\n';
}

export function fileLine(path: string, annotations: IndexedAnnotation[], maxLength = Infinity): FileLine {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const error = `unreadable: ${(e as Error).message}`;
    return { line: errorLine(path, error), error };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const d = decodeDocument(bytes);
  if ('error' in d) return { line: errorLine(path, d.error, sha256), error: d.error };
  if (isGeneratedByByline(d.text)) return { skipped: true };
  if (d.text.length > maxLength) return { tooLong: true };
  try {
    return { line: JSON.stringify(documentLine(path, d.text, analyzeText(d.text, { format: formatForPath(path) }), sha256, annotations)) + '\n' };
  } catch (e) {
    const error = `analysis failed: ${(e as Error).message}`;
    return { line: errorLine(path, error, sha256), error };
  }
}
