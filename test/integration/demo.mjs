#!/usr/bin/env node
// npm run demo: Byline in a real VS Code in your browser, offline.
// Starts code-server (VS Code 1.139 for the web) with this repo's built extension on a copy of seeds/ and
// prints the address to open; runs until Ctrl+C. The first run installs the kit (Node 24, code-server:
// a few minutes; see kit.mjs). Build first: npm run build.
//
//   npm run demo                      a free port
//   npm run demo -- --port 8080       a fixed port
//   npm run demo -- --folder ~/notes  another folder (copied, so that the demo never writes to it)
//   npm run demo -- --dark            dark theme
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKit } from './kit.mjs';
import { startCodeServer, engineProblem, readManifest } from './codeserver.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXT = path.resolve(process.env.BYLINE_IT_EXTENSION || ROOT); // another build, to debug the harness

function args(argv) {
  const o = { port: undefined, folder: path.join(ROOT, 'seeds'), dark: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--folder') o.folder = path.resolve(argv[++i] || '');
    else if (a === '--dark') o.dark = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run demo [-- --port N] [--folder DIR] [--dark] [--verbose]');
      process.exit(0);
    } else {
      console.error(`demo: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (o.port !== undefined && !(o.port > 0 && o.port < 65536)) {
    console.error('demo: --port wants a number');
    process.exit(2);
  }
  return o;
}

async function main() {
  const o = args(process.argv.slice(2));
  const manifest = readManifest(EXT);
  const bundle = path.join(EXT, manifest.main || 'dist/extension.js');
  if (!fs.existsSync(bundle)) throw new Error(`${path.relative(ROOT, bundle)} is missing: run npm run build first`);
  if (!fs.existsSync(o.folder) || !fs.statSync(o.folder).isDirectory()) throw new Error(`no folder ${o.folder}`);
  const kit = ensureKit({ log: (m) => console.log(m) });
  const problem = engineProblem(manifest, kit.codeVersion);
  if (problem) throw new Error(`VS Code would not load the extension: ${problem}`);

  const server = await startCodeServer({
    kit,
    extensionDir: EXT,
    seedDir: o.folder,
    port: o.port,
    settings: o.dark ? { 'workbench.colorTheme': 'Default Dark Modern' } : {},
    onOutput: (src, text) => {
      if (o.verbose || /error/i.test(text)) process.stderr.write(`[${src}] ${text}`);
    },
  });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    await server.stop().catch(() => {});
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));
  const watch = setInterval(() => {
    if (server.exited()) {
      console.error(`code-server stopped (${server.exited()})`);
      clearInterval(watch);
      stop(1);
    }
  }, 1000);

  console.log(`
Byline ${manifest.version} in VS Code ${kit.codeVersion} (code-server ${kit.codeServerVersion}), on a copy of ${o.folder}:

    ${server.url}

Open that address in a browser on this machine. Open a .txt file to see highlights; hover a name; the
Byline icon in the activity bar lists claims by speaker. The workspace is a temporary copy: edits are not
saved back. Ctrl+C stops the server.
`);
}

main().catch((e) => {
  console.error(`demo: ${e.message}`);
  process.exit(1);
});
