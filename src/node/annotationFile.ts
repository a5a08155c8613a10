// The journalist's annotations on disk: `<folder>/.byline/annotations.jsonl` (shared/contract/annotations-v1.md).
// Node only (no editor API), used by the command line and by the extension host. "Storage that never loses a
// word": a save writes a temporary file in the same folder, flushes it and renames it over the old one, so a
// crash, a kill or a full disk leaves either the old file or the new one, never a mixture; a save first
// re-reads the file and merges, so two windows on one workspace do not overwrite each other; and a file that
// holds a line Byline cannot read is never rewritten (the store turns read-only until the line is fixed).
import * as nodeFs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ANNOTATIONS_FILE, body, newAnnotation, parseAnnotations, serializeAnnotations, workspaceTarget, type Annotation } from '../core/annotations';
import { REVIEWS_FILE, parseReviews } from '../core/review';

/** A line of the file that Byline cannot read (1-based line number). */
export interface AnnotationLineError {
  line: number;
  message: string;
  text: string;
}

/**
 * The file operations used here, fd-level so that a test can make any single step fail (ENOSPC at write, at
 * fsync, at rename…). Defaults to node:fs.
 */
export interface AnnotationFs {
  open(path: string, flags: string, mode?: number): Promise<number>;
  /** Writes `length` bytes of `data` from `offset` at file `position`; resolves to the bytes written. */
  write(fd: number, data: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  readdir(path: string): Promise<string[]>;
}

export const nodeAnnotationFs: AnnotationFs = {
  open: (p, flags, mode) => new Promise((res, rej) => nodeFs.open(p, flags, mode, (e, fd) => (e ? rej(e) : res(fd)))),
  write: (fd, data, offset, length, position) =>
    new Promise((res, rej) => nodeFs.write(fd, data, offset, length, position, (e, n) => (e ? rej(e) : res(n)))),
  fsync: (fd) => new Promise((res, rej) => nodeFs.fsync(fd, (e) => (e ? rej(e) : res()))),
  close: (fd) => new Promise((res, rej) => nodeFs.close(fd, (e) => (e ? rej(e) : res()))),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: (p, o) => fsp.mkdir(p, o),
  readFile: (p) => fsp.readFile(p),
  stat: (p) => fsp.stat(p),
  readdir: (p) => fsp.readdir(p),
};

function withFs(fs?: Partial<AnnotationFs>): AnnotationFs {
  return fs ? { ...nodeAnnotationFs, ...fs } : nodeAnnotationFs;
}

/** Why an operation on the annotations file failed; `message` is meant for the journalist. */
export class AnnotationFileError extends Error {
  constructor(
    message: string,
    /** `unreadable-lines`: the file holds lines Byline cannot read; `read` / `write`: the file system refused. */
    readonly kind: 'unreadable-lines' | 'read' | 'write',
    readonly file: string,
    readonly lines: number[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AnnotationFileError';
  }
}

function errCode(e: unknown): string | undefined {
  return (e as { code?: unknown })?.code as string | undefined;
}

/** A file-system error in words: the code and what it usually means. */
function describe(e: unknown): string {
  const code = errCode(e);
  const meaning: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    EIO: 'an input/output error',
    EBUSY: 'the file is busy',
    EMFILE: 'too many open files',
  };
  if (code && meaning[code]) return `${meaning[code]} (${code})`;
  return code ?? (e instanceof Error ? e.message : String(e));
}

export interface AnnotationFileRead {
  annotations: Annotation[];
  /** Lines that cannot be read; when there are any, the file must not be rewritten. */
  errors: AnnotationLineError[];
  exists: boolean;
  mtimeMs?: number;
  /** The file's text as read (absent when the file does not exist). */
  raw?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

/** Decodes the file; lines that are not valid UTF-8 are errors (rewriting them would lose bytes). */
function decode(bytes: Uint8Array): { text: string; errors: AnnotationLineError[] } {
  try {
    return { text: utf8.decode(bytes), errors: [] };
  } catch {
    const errors: AnnotationLineError[] = [];
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const slice = bytes.subarray(start, end);
      try {
        utf8.decode(slice);
      } catch {
        errors.push({ line, message: 'not valid UTF-8', text: utf8Lossy.decode(slice) });
      }
      start = end + 1;
    }
    return { text: utf8Lossy.decode(bytes), errors };
  }
}

/** The annotations file of a workspace folder. */
export function annotationFilePath(folder: string): string {
  return join(folder, ...ANNOTATIONS_FILE.split('/'));
}

/**
 * Reads `<folder>/.byline/annotations.jsonl`. A missing file is empty (`exists: false`); a file that cannot be
 * read throws an AnnotationFileError; lines that do not parse are returned in `errors`, the others parsed.
 */
export async function readAnnotationFile(folder: string, fs?: Partial<AnnotationFs>): Promise<AnnotationFileRead> {
  const read = await readWithStat(annotationFilePath(folder), withFs(fs));
  delete read.size;
  return read;
}

type StatStamp = { mtimeMs: number; size: number } | undefined;

/** readAnnotationFile, with the size the file had when read (for the check before a save's rename). */
async function readWithStat(file: string, ops: AnnotationFs): Promise<AnnotationFileRead & { size?: number }> {
  let bytes: Uint8Array;
  let st: { mtimeMs: number; size: number };
  try {
    // stat before reading: a change in between makes the stamp look stale, which only costs a re-read
    st = await ops.stat(file);
    bytes = await ops.readFile(file);
  } catch (e) {
    if (errCode(e) === 'ENOENT') return { annotations: [], errors: [], exists: false };
    throw new AnnotationFileError(`Byline cannot read ${file}: ${describe(e)}.`, 'read', file, [], { cause: e });
  }
  const { text, errors: encodingErrors } = decode(bytes);
  const parsed = parseAnnotations(text);
  const errors = encodingErrors.length > 0 ? mergeErrors(encodingErrors, parsed.errors) : parsed.errors;
  return { annotations: parsed.annotations, errors, exists: true, mtimeMs: st.mtimeMs, size: st.size, raw: text };
}

async function statStamp(file: string, ops: AnnotationFs): Promise<StatStamp> {
  try {
    const st = await ops.stat(file);
    return { mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return undefined;
  }
}

function mergeErrors(a: AnnotationLineError[], b: AnnotationLineError[]): AnnotationLineError[] {
  const byLine = new Map<number, AnnotationLineError>();
  for (const e of [...a, ...b]) if (!byLine.has(e.line)) byLine.set(e.line, e);
  return [...byLine.values()].sort((x, y) => x.line - y.line);
}

/** Prefix of the temporary files a save writes next to the file; readers never look at them. */
function tempPrefix(file: string): string {
  return `${basename(file)}.tmp-`;
}

/**
 * Replaces `file` with `text` atomically: a temporary file in the same folder is written and flushed, then
 * renamed over the target, then the folder is flushed (best effort: not every platform can). On any failure
 * the temporary file is removed, the previous file is left as it was, and the promise rejects.
 */
export async function writeFileAtomic(file: string, text: string, fs?: Partial<AnnotationFs>): Promise<void> {
  await writeAtomic(file, text, withFs(fs));
}

/**
 * writeFileAtomic; `beforeRename`, when given, is asked once the temporary file is flushed: on false the
 * temporary file is removed, the target left alone, and the result is false.
 */
async function writeAtomic(file: string, text: string, ops: AnnotationFs, beforeRename?: () => Promise<boolean>): Promise<boolean> {
  const dir = dirname(file);
  const tmp = join(dir, `${tempPrefix(file)}${process.pid}-${randomBytes(6).toString('hex')}`);
  const data = new TextEncoder().encode(text);
  let fd: number | undefined;
  let created = false;
  try {
    await ops.mkdir(dir, { recursive: true });
    fd = await ops.open(tmp, 'wx', 0o666);
    created = true;
    for (let off = 0; off < data.length; ) {
      const n = await ops.write(fd, data, off, data.length - off, off);
      if (n <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
      off += n;
    }
    await ops.fsync(fd);
    const closing = fd;
    fd = undefined;
    await ops.close(closing);
    if (beforeRename && !(await beforeRename())) {
      await ops.unlink(tmp).catch(() => undefined);
      return false;
    }
    await renameRetrying(tmp, file, ops);
  } catch (e) {
    if (fd !== undefined) await ops.close(fd).catch(() => undefined);
    if (created) await ops.unlink(tmp).catch(() => undefined);
    throw new AnnotationFileError(
      `Byline could not save the annotations to ${file}: ${describe(e)}. The annotations were not saved; the previous file is intact.`,
      'write', file, [], { cause: e });
  }
  // The rename is done: from here on nothing may report "not saved". Flushing the folder makes the rename
  // itself durable; Windows and some file systems cannot open or flush a folder, so failures are ignored.
  try {
    const dfd = await ops.open(dir, 'r');
    try {
      await ops.fsync(dfd);
    } finally {
      await ops.close(dfd).catch(() => undefined);
    }
  } catch {
    // best effort
  }
  return true;
}

/**
 * Renames, retrying briefly on Windows, where a reader or a virus scanner holding the target open makes the
 * rename fail for a moment (EPERM, EBUSY, EACCES).
 */
async function renameRetrying(from: string, to: string, ops: AnnotationFs): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ops.rename(from, to);
    } catch (e) {
      const transient = process.platform === 'win32' && ['EPERM', 'EBUSY', 'EACCES'].includes(errCode(e) ?? '');
      if (!transient || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

/** True when a process with this id is running (or exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errCode(e) === 'EPERM';
  }
}

const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes temporary files that earlier saves left behind (a killed process, a power cut). A temporary file
 * of a running process may belong to a save in progress (another window), so it is kept unless it is old.
 */
async function cleanStaleTemps(file: string, ops: AnnotationFs): Promise<void> {
  const dir = dirname(file);
  const prefix = tempPrefix(file);
  let names: string[];
  try {
    names = await ops.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    const path = join(dir, name);
    try {
      let stale = !Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !processAlive(pid));
      if (!stale) stale = Date.now() - (await ops.stat(path)).mtimeMs > STALE_TEMP_MS;
      if (stale) await ops.unlink(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** A change to the annotations: annotations to add or replace, ids to delete. */
export interface AnnotationChange {
  /** Added or replaced (by id). Wins over the file's version it was based on; see AnnotationFileStore.apply. */
  put?: Annotation[];
  /** Deleted by id; nothing else is removed. */
  remove?: string[];
  /** Added only where the file has no annotation with that id (migrations, imports that must not overwrite). */
  add?: Annotation[];
}

export type AnnotationChangeReason = 'load' | 'apply' | 'external';

export interface AnnotationStoreOptions {
  fs?: Partial<AnnotationFs>;
}

/** Milliseconds of an ISO date for comparing `modified`; NaN when it is not a date. */
function time(s: unknown): number {
  return typeof s === 'string' ? Date.parse(s) : NaN;
}

/** True when `a` was modified later than `b` (dates compared as dates, else as strings). */
function later(a: Annotation, b: Annotation): boolean {
  const ta = time(a.modified);
  const tb = time(b.modified);
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb;
  return String(a.modified ?? '') > String(b.modified ?? '');
}

/** Annotations by id; a repeated id (two sides of a git merge) keeps the later `modified`. */
function byId(anns: Iterable<Annotation>): Map<string, Annotation> {
  const m = new Map<string, Annotation>();
  for (const a of anns) {
    const prev = m.get(a.id);
    if (!prev || !later(prev, a)) m.set(a.id, a);
  }
  return m;
}

function checkAnnotation(a: Annotation): void {
  if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || a.id === '') {
    throw new TypeError('Byline: an annotation to save has no "id"');
  }
}

/** The last job queued on each file, so that stores of one file in one process never save at the same time. */
const fileQueues = new Map<string, Promise<void>>();

/** How many times a save starts again when another process changed the file while it was being saved. */
const SAVE_ATTEMPTS = 3;

/**
 * The annotations of one workspace folder, kept in step with `<folder>/.byline/annotations.jsonl`.
 *
 * Every change re-reads the file and merges (the file's current lines plus this change), then replaces the
 * file atomically; changes made in this process run one after another. When the file holds a line that
 * cannot be read, the store is read-only: `errors` says which lines, every `apply` is refused and the file is
 * left exactly as it is until someone fixes it (then `reloadIfChanged()` or the next `apply` sees the fix).
 */
export class AnnotationFileStore {
  readonly file: string;
  private readonly ops: AnnotationFs;
  private view = new Map<string, Annotation>();
  private lineErrors: AnnotationLineError[] = [];
  private raw: string | undefined;
  private fileExists = false;
  private mtime: number | undefined;
  private readonly listeners = new Set<(reason: AnnotationChangeReason) => void>();

  constructor(readonly folder: string, opts: AnnotationStoreOptions = {}) {
    this.file = annotationFilePath(folder);
    this.ops = withFs(opts.fs);
  }

  /** True while the file holds lines that cannot be read: nothing is written then. */
  get readonly(): boolean {
    return this.lineErrors.length > 0;
  }

  /** The lines of the file that cannot be read (empty when it parsed). */
  get errors(): readonly AnnotationLineError[] {
    return this.lineErrors;
  }

  get exists(): boolean {
    return this.fileExists;
  }

  get mtimeMs(): number | undefined {
    return this.mtime;
  }

  /** The current annotations: the file as last read or written (its readable lines, when read-only). */
  annotations(): Annotation[] {
    return [...this.view.values()];
  }

  get(id: string): Annotation | undefined {
    return this.view.get(id);
  }

  /** Calls `listener` after the annotations were loaded, changed by `apply`, or changed on disk. */
  onDidChange(listener: (reason: AnnotationChangeReason) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  private fire(reason: AnnotationChangeReason): void {
    for (const l of [...this.listeners]) {
      try {
        l(reason);
      } catch (e) {
        console.error('Byline: an annotation listener failed', e);
      }
    }
  }

  /** Runs `job` after every earlier load, apply and reload of any store of this file in this process. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const prev = fileQueues.get(this.file) ?? Promise.resolve();
    const run = prev.then(job, job);
    const tail = run.then(() => undefined, () => undefined);
    fileQueues.set(this.file, tail);
    void tail.then(() => {
      if (fileQueues.get(this.file) === tail) fileQueues.delete(this.file);
    });
    return run;
  }

  private setFrom(read: AnnotationFileRead): void {
    this.view = byId(read.annotations);
    this.lineErrors = read.errors;
    this.raw = read.raw;
    this.fileExists = read.exists;
    this.mtime = read.mtimeMs;
  }

  /** Reads the file (again) and fires onDidChange. Rejects when the file cannot be read at all. */
  load(): Promise<void> {
    return this.enqueue(async () => {
      this.setFrom(await readAnnotationFile(this.folder, this.ops));
      this.fire('load');
    });
  }

  /**
   * Re-reads the file now (a file watcher saw it change, a `git pull`); fires onDidChange and resolves to
   * true when its content differs from what the store had.
   */
  reloadIfChanged(): Promise<boolean> {
    return this.enqueue(async () => {
      const read = await readAnnotationFile(this.folder, this.ops);
      if (read.exists === this.fileExists && read.raw === this.raw) {
        this.mtime = read.mtimeMs;
        return false;
      }
      this.setFrom(read);
      this.fire('external');
      return true;
    });
  }

  /**
   * Saves a change. The file is read again and the change merged into its current lines, so what another
   * window wrote meanwhile survives:
   * - `put`: replaces the file's annotation with that id when the file still has the version this store knew
   *   when `apply` was called (or has none); when another window changed it since, the later `modified` wins
   *   (this change on a tie);
   * - `remove`: deletes those ids, nothing else;
   * - `add`: only where the id is not in the file.
   * Then the file is replaced atomically (not at all when nothing changed). Rejects, with the file untouched,
   * when it holds a line Byline cannot read or cannot be written.
   */
  apply(change: AnnotationChange): Promise<void> {
    const puts = change.put ?? [];
    const adds = change.add ?? [];
    // What each put was based on: the store's view when the caller made the change.
    const basis = new Map<string, string | undefined>();
    try {
      for (const a of [...puts, ...adds]) checkAnnotation(a);
      for (const a of puts) {
        const known = this.view.get(a.id);
        basis.set(a.id, known && JSON.stringify(known));
      }
      // The new annotations must read back as they are, or the file would hold a line Byline cannot read.
      const own = parseAnnotations(serializeAnnotations([...puts, ...adds]));
      if (own.errors.length > 0) {
        const e = own.errors[0];
        throw new TypeError(`Byline: an annotation to save would not read back (${e.message}): ${e.text.slice(0, 200)}`);
      }
    } catch (e) {
      return Promise.reject(e);
    }
    return this.enqueue(async () => {
      for (let attempt = 1; ; attempt++) {
        let read: Awaited<ReturnType<typeof readWithStat>>;
        try {
          read = await readWithStat(this.file, this.ops);
        } catch (e) {
          if (!(e instanceof AnnotationFileError)) throw e;
          throw new AnnotationFileError(`${e.message} The annotations were not saved; the file was not changed.`, e.kind, e.file, [], { cause: e.cause });
        }
        if (read.errors.length > 0) {
          const changed = read.raw !== this.raw || read.exists !== this.fileExists || this.lineErrors.length === 0;
          this.setFrom(read);
          if (changed) this.fire('external');
          throw unreadableError(this.file, read.errors);
        }
        const merged = byId(read.annotations);
        for (const id of change.remove ?? []) merged.delete(id);
        for (const a of puts) {
          const onDisk = merged.get(a.id);
          if (!onDisk || JSON.stringify(onDisk) === basis.get(a.id) || !later(onDisk, a)) merged.set(a.id, a);
        }
        for (const a of adds) if (!merged.has(a.id)) merged.set(a.id, a);
        const text = serializeAnnotations(merged.values());
        if (read.exists ? text === read.raw : merged.size === 0) {
          // nothing to write; the file may still differ from what the store had (another window)
          const changed = read.raw !== this.raw || read.exists !== this.fileExists;
          this.setFrom(read);
          if (changed) this.fire('external');
          return;
        }
        // Another process (a second window) may have saved since the read: then merge again with its lines
        // rather than replace them. Best effort: the stamp is the file's modification time and size.
        const stamp: StatStamp = read.exists ? { mtimeMs: read.mtimeMs ?? NaN, size: read.size ?? NaN } : undefined;
        const unchanged = async (): Promise<boolean> => {
          if (attempt >= SAVE_ATTEMPTS) return true;
          const now = await statStamp(this.file, this.ops);
          return now === undefined ? stamp === undefined : stamp !== undefined && now.mtimeMs === stamp.mtimeMs && now.size === stamp.size;
        };
        if (!(await writeAtomic(this.file, text, this.ops, unchanged))) continue;
        this.setFrom({ annotations: [...merged.values()], errors: [], exists: true, mtimeMs: (await statStamp(this.file, this.ops))?.mtimeMs, raw: text });
        await cleanStaleTemps(this.file, this.ops);
        this.fire('apply');
        return;
      }
    });
  }
}

function unreadableError(file: string, errors: AnnotationLineError[]): AnnotationFileError {
  const lines = errors.map((e) => e.line);
  const shown = errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ');
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  return new AnnotationFileError(
    `Byline cannot read ${errors.length === 1 ? 'a line' : `${errors.length} lines`} of ${file} (${shown}${more}). ` +
      'The annotations were not saved and the file was not changed: fix or remove those lines (a git merge conflict?) and try again.',
    'unreadable-lines', file, lines);
}

/** A UUID-shaped id (version 5 layout) from the SHA-1 of a review fingerprint: the same fingerprint, the same id. */
export function reviewAnnotationId(fingerprint: string): string {
  const b = createHash('sha1').update(fingerprint, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface MigrationResult {
  /** Annotations added (decisions already present as annotations are not counted). */
  migrated: number;
  /** Set when the reviews file was left as it is (it does not parse, or the save failed) or not renamed. */
  error?: string;
}

/**
 * Moves the conflict decisions of `.byline/reviews.jsonl` into the annotations: each decision becomes an
 * `assessing` annotation on the workspace (id derived from its fingerprint, so migrating twice adds nothing),
 * saved through `store`; only once that save succeeded is the reviews file renamed to
 * `reviews.jsonl.migrated` (kept, never deleted). A reviews file that does not parse is left alone.
 */
export async function migrateReviews(folder: string, store: AnnotationFileStore, opts: { fs?: Partial<AnnotationFs>; now?: Date } = {}): Promise<MigrationResult> {
  const ops = withFs(opts.fs);
  const file = join(folder, ...REVIEWS_FILE.split('/'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await ops.readFile(file));
  } catch (e) {
    if (errCode(e) === 'ENOENT') return { migrated: 0 };
    return { migrated: 0, error: `Byline cannot read ${file} (${describe(e)}); it was left as it is.` };
  }
  const parsed = parseReviews(text);
  if (parsed.errors.length > 0) {
    const shown = parsed.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ');
    return { migrated: 0, error: `Byline cannot read ${file} (${shown}); its decisions were not migrated and the file was left as it is.` };
  }
  const now = opts.now ?? new Date();
  const anns: Annotation[] = [];
  for (const r of parsed.records.values()) {
    const { fingerprint, decision, kind, texts, message, ...extra } = r;
    // what the finding was, for people reading the file (and any field the record had, so nothing is lost)
    const about: Record<string, unknown> = { kind, texts, message, ...extra };
    for (const k of Object.keys(about)) if (about[k] === undefined) delete about[k];
    const a = newAnnotation({
      id: reviewAnnotationId(fingerprint),
      motivation: 'assessing',
      target: workspaceTarget(texts?.[0] ?? ''),
      body: [body('assessing', decision === 'dismissed' ? 'not-a-conflict' : 'reviewed'), body('tagging', `byline:conflict:${fingerprint}`)],
      now,
    });
    anns.push({ ...a, 'byline:conflict': about });
  }
  let migrated: number;
  try {
    await store.reloadIfChanged();
    migrated = anns.filter((a) => store.get(a.id) === undefined).length;
    await store.apply({ add: anns });
  } catch (e) {
    return { migrated: 0, error: `${(e as Error).message} The decisions in ${file} were not migrated; that file was left as it is.` };
  }
  // Saved: keep the old file under a name nothing reads, never over an earlier backup.
  let target = `${file}.migrated`;
  for (let i = 1; await exists(target, ops); i++) target = `${file}.migrated.${i}`;
  try {
    await ops.rename(file, target);
  } catch (e) {
    return { migrated, error: `The decisions of ${file} were saved as annotations, but the file could not be renamed to ${basename(target)} (${describe(e)}).` };
  }
  return { migrated };
}

async function exists(path: string, ops: AnnotationFs): Promise<boolean> {
  try {
    await ops.stat(path);
    return true;
  } catch {
    return false;
  }
}
