// Reads a source file from the local disk for the editor's indexing: node's fs on libuv's threads, without the
// round trips of the editor's file-system API (in a remote or web editor that API costs tens of milliseconds a
// file, most of the time of indexing a large folder).
import { readFile, stat } from 'node:fs/promises';

export type SourceFileRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  /** A folder, not a file. */
  | { kind: 'directory' }
  /** Larger than the limit: not read. */
  | { kind: 'tooLarge'; size: number }
  /** Not there (deleted, or a path through something that is not a folder). */
  | { kind: 'missing' };

/** The bytes of the file at `path` unless it is larger than `maxBytes`; other failures (permissions) throw. */
export async function readSourceFile(path: string, maxBytes: number): Promise<SourceFileRead> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) return { kind: 'directory' };
    if (st.size > maxBytes) return { kind: 'tooLarge', size: st.size };
    const bytes = await readFile(path);
    // the file may have grown between the two calls
    if (bytes.length > maxBytes) return { kind: 'tooLarge', size: bytes.length };
    return { kind: 'bytes', bytes };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw err;
  }
}
