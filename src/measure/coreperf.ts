// node dist/coreperf.js [--passes N] [--generated N] [--limit N] [--load-only] [FOLDER...]
// The analysis core alone, once per pass over fixed text, for instruction counts under
// `valgrind --tool=callgrind` (the shared machine's load blurs timings, not instruction counts): the files are
// read first, then analysed one after the other on this thread. --load-only stops after loading the core and
// its data (the start-up cost, to subtract); --generated N adds the bench's generated corpus (N articles).
// Prints the bytes analysed and the time of each pass (noisy on a shared machine).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, formatForPath } from '../core/analyze';
import { generateCorpus } from './bench';

function listText(dir: string): string[] {
  const st = statSync(dir);
  if (!st.isDirectory()) return [dir];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listText(p));
    else if (/\.(txt|md)$/i.test(name) && !/\.ner\.txt$/.test(name)) out.push(p);
  }
  return out;
}

function main(argv: string[]): void {
  let passes = 1;
  let limit = Infinity;
  let generated = 0;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--passes') passes = Number(argv[++i]);
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--generated') generated = Number(argv[++i]);
    else if (argv[i] === '--load-only') passes = 0;
    else folders.push(argv[i]);
  }
  const docs: { text: string; format: 'markdown' | 'plaintext' }[] = [];
  for (const f of folders.flatMap(listText)) docs.push({ text: readFileSync(f, 'utf8'), format: formatForPath(f) });
  if (generated) for (const text of generateCorpus(generated)) docs.push({ text, format: 'plaintext' });
  const use = docs.slice(0, limit);
  const bytes = use.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let sink = 0;
  for (let p = 0; p < passes; p++) {
    const t0 = process.hrtime.bigint();
    for (const d of use) {
      const a = analyzeText(d.text, { format: d.format });
      sink += a.entities.length + a.quotes.length + a.figures.length;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`pass ${p + 1}: ${use.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${ms.toFixed(0)} ms, ${(bytes / 1e3 / ms).toFixed(2)} MB/s, ${sink} records`);
  }
}

main(process.argv.slice(2));
