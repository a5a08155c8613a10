// Bundles the extension, the CLI and (with --tests) the unit tests with esbuild.
// Usage: node scripts/build.mjs [--tests] [--watch]
import { build, context } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  // the shipped bundle: whitespace and syntax minified, names kept so stack traces stay readable
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minifyWhitespace: true, minifySyntax: true },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // the analysis worker thread of the CLI (and the extension): the pure core alone
  { entryPoints: ['src/node/analyzeWorker.ts'], outfile: 'dist/analyzeWorker.js', minifyWhitespace: true, minifySyntax: true },
  // the editor's analysis process (a child of the extension host, at a lower priority): the pure core alone
  { entryPoints: ['src/node/analyzeChild.ts'], outfile: 'dist/analyzeChild.js', minifyWhitespace: true, minifySyntax: true },
  // the archive's analysis thread (analyze --jsonl): the core and the line of one document
  { entryPoints: ['src/node/archive/lineWorker.ts'], outfile: 'dist/archiveWorker.js', minifyWhitespace: true, minifySyntax: true },
];
// the measuring tools (evaluations and benchmarks), in src/measure: not part of the product
for (const extra of ['eval', 'bench', 'nereval', 'conflicteval', 'archiveperf', 'hostperf', 'coreperf']) {
  if (existsSync(`src/measure/${extra}.ts`)) entries.push({ entryPoints: [`src/measure/${extra}.ts`], outfile: `dist/${extra}.js` });
}

if (args.has('--tests')) {
  // BYLINE_TEST_OUT: another folder for the test bundle (two builds at once must not remove each other's)
  const out = process.env.BYLINE_TEST_OUT || 'test-out';
  rmSync(out, { recursive: true, force: true });
  const dir = 'test/unit';
  const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
  entries.push({ entryPoints: tests, outdir: `${out}/unit`, external: ['vscode'] });
}

if (args.has('--watch')) {
  for (const e of entries) await (await context({ ...common, ...e })).watch();
  console.log('watching…');
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
