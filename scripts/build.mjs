// Bundles the extension, the CLI and (with --tests) the unit tests with esbuild.
// Usage: node scripts/build.mjs [--tests] [--watch]
import { build, context } from 'esbuild';
import { readdirSync, existsSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));

/**
 * Writes the bundles in ASCII: every other character becomes a \u escape (an astral one two), in strings, regular
 * expressions and comments alike ("\’", an identity escape, is the character itself). V8 keeps a script holding a
 * single character beyond ASCII as UTF-16 and scans it more slowly, at load and again whenever it compiles a
 * function lazily; esbuild's charset=ascii escapes strings but not regular expressions or comments. (Columns after
 * such a character on its line shift in the source maps.)
 */
function toAscii(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) =>
    (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
const asciiOutput = {
  name: 'ascii-output',
  setup(b) {
    b.onEnd((result) => {
      for (const out of Object.keys(result.metafile?.outputs ?? {})) {
        if (!out.endsWith('.js')) continue;
        const code = readFileSync(out, 'utf8');
        const ascii = toAscii(code);
        if (ascii !== code) writeFileSync(out, ascii);
      }
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  // es2022, not node18: esbuild's node18 and node20 tables rewrite /\p{…}/u literals as new RegExp(…) calls, which
  // construct a RegExp (and look it up in V8's cache, or compile it again) every time they run
  target: 'es2022',
  metafile: true,
  plugins: [asciiOutput],
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
