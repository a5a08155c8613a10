// A persistent cache of document analyses on disk, keyed by the text's SHA-256, its format and the analyser's
// version (a hash of the analysis code and data as built), so that reopening a large workspace of unchanged
// articles does not analyse them again. An entry is one file written atomically (temporary file, rename);
// anything that does not read back as an entry of this version for this text — a truncated write, another
// version's entry, a file put there by hand — is ignored (and replaced), never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyzeText } from '../core/analyze';
import type { DocumentAnalysis } from '../core/types';

const MAGIC = 'byline-analysis-cache-1';

/**
 * The analyser's version: a hash of the files that compute an analysis (the bundled worker, which holds the
 * whole core and its data). Any change to the code or the lexicons gives another version.
 */
export function analyzerVersion(files: string[] = [join(__dirname, 'analyzeWorker.js')]): string {
  const h = createHash('sha256');
  for (const f of files) {
    try {
      h.update(readFileSync(f));
    } catch {
      h.update(`missing:${f}`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** The key of a text: SHA-256 of its format and its UTF-16 code units as UTF-8. */
export function textKey(text: string, format: string): string {
  return createHash('sha256').update(format).update('\u0000').update(text).digest('hex');
}

interface Entry {
  magic: string;
  version: string;
  key: string;
  analysis: DocumentAnalysis;
}

export interface CacheStats {
  hits: number;
  misses: number;
  rejected: number;
  writes: number;
  writeErrors: number;
}

export class AnalysisCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, writes: 0, writeErrors: 0 };
  private readonly root: string;

  /** `dir` holds one folder per analyser version; older versions' folders are removed when `prune` is called. */
  constructor(readonly dir: string, readonly version: string = analyzerVersion()) {
    this.root = join(dir, version);
  }

  private pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), `${key.slice(2)}.bin`);
  }

  /** The cached analysis of a text, or undefined (missing, unreadable, or not an entry for this text and version). */
  get(text: string, format: 'markdown' | 'plaintext', key = textKey(text, format)): DocumentAnalysis | undefined {
    const file = this.pathOf(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const e = deserialize(bytes) as Entry;
      if (e && e.magic === MAGIC && e.version === this.version && e.key === key && e.analysis && Array.isArray(e.analysis.entities) && Array.isArray(e.analysis.quotes) && Array.isArray(e.analysis.figures) && Array.isArray(e.analysis.clusters)) {
        this.stats.hits++;
        return e.analysis;
      }
    } catch {
      // not an entry: ignored below
    }
    this.stats.rejected++;
    try {
      unlinkSync(file);
    } catch {
      // gone already, or not ours to remove: it is ignored anyway
    }
    return undefined;
  }

  /** Stores an analysis (atomically); a failure (a full disk, no permission) only costs the cache. */
  put(text: string, format: 'markdown' | 'plaintext', analysis: DocumentAnalysis, key = textKey(text, format)): void {
    const file = this.pathOf(key);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.root, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, serialize({ magic: MAGIC, version: this.version, key, analysis } satisfies Entry));
      renameSync(tmp, file);
      this.stats.writes++;
    } catch {
      this.stats.writeErrors++;
      try {
        if (existsSync(tmp)) unlinkSync(tmp);
      } catch {
        // nothing more to do
      }
    }
  }

  /** Removes the folders of other analyser versions (their entries can never be used again). */
  prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === this.version) continue;
      const p = join(this.dir, name);
      try {
        if (/^[0-9a-f]{16}$/.test(name) && statSync(p).isDirectory()) rmSync(p, { recursive: true, force: true });
      } catch {
        // in use or not ours
      }
    }
  }
}

/** A text's analysis from the cache when it holds one, else made here (and put in the cache when there is one). */
export function analyzeCached(cache: AnalysisCache | undefined, text: string, format: 'markdown' | 'plaintext'): DocumentAnalysis {
  const key = cache ? textKey(text, format) : '';
  let analysis = cache?.get(text, format, key);
  if (!analysis) {
    analysis = analyzeText(text, { format });
    cache?.put(text, format, analysis, key);
  }
  return analysis;
}
