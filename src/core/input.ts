// Turning a file's bytes into the text VS Code shows, or a clear reason why not.

/** Files larger than this are not analysed (they get an error record instead). */
export const MAX_BYTES = 20 * 1024 * 1024;

export type Decoded = { text: string; warning?: string } | { error: string };

/**
 * UTF-8 decoding as the editor does it: a leading byte-order mark dropped, line endings kept.
 * Binary files (a NUL byte in the first 8 KB) and files over MAX_BYTES are refused with a reason;
 * invalid UTF-8 is decoded with replacement characters and a warning.
 */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) {
    return { error: `file too large to analyse (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)` };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { error: 'binary file (it contains NUL bytes): not analysed' };
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), warning: 'invalid UTF-8: undecodable bytes were replaced by U+FFFD' };
  }
}
