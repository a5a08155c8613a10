// Starts code-server (VS Code's workbench + Node extension host, served over HTTP) with the Byline
// extension linked into a temporary extensions folder, on a temporary workspace copy, with temporary
// user-data / HOME / XDG folders; stops it by killing its whole process group.
// Shared by run.mjs (the UI tests) and demo.mjs (npm run demo).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const BASE_SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.autoSave': 'off', // VS Code for the web saves a second after typing by default
  'files.hotExit': 'off',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function readManifest(extensionDir) {
  return JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
}

// "a.b.c" -> comparable number
const ver = (v) => v.split('.').slice(0, 3).reduce((acc, x) => acc * 1000 + (Number.parseInt(x, 10) || 0), 0);

/** Why VS Code `codeVersion` would refuse the extension (engines.vscode), or null. */
export function engineProblem(manifest, codeVersion) {
  const want = manifest.engines?.vscode;
  if (!want) return 'package.json has no engines.vscode';
  const m = /(\d+\.\d+\.\d+)/.exec(want);
  if (codeVersion && m && ver(m[1]) > ver(codeVersion)) return `engines.vscode ${want} is newer than the served VS Code ${codeVersion}`;
  return null;
}

function serverEnv(tmp) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|VSCODE_|ELECTRON_)/i.test(k) || k === 'NODE_OPTIONS' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: path.join(tmp, 'home'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: path.join(tmp, 'xdg', 'runtime'),
  };
}

/** Every *.log file under `root`, sorted. */
export function logFiles(root) {
  const out = [];
  const walk = (d) => {
    let ents = [];
    try {
      ents = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.log')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/**
 * Starts code-server. Options:
 *   kit           manifest from kit.mjs
 *   extensionDir  folder holding the extension's package.json and built bundle (linked, not copied)
 *   seedDir       folder copied into the temporary workspace (the workspace is that copy)
 *   settings      extra user settings
 *   port          fixed port (default: a free one)
 *   onOutput      (source, text) => void for code-server's stdout/stderr
 * Returns { url, port, workspace, tmp, userData, logsDir, extensionId, stop(), exited() }.
 * The process group is killed on stop() and, as a last resort, when this process exits.
 */
export async function startCodeServer({ kit, extensionDir, seedDir, settings = {}, port, onOutput = () => {}, keepTmp = false }) {
  const manifest = readManifest(extensionDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-vscode-'));
  const userData = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace', path.basename(seedDir));
  for (const d of [path.join(userData, 'User'), extDir, path.join(tmp, 'home'), path.join(tmp, 'xdg', 'runtime')]) fs.mkdirSync(d, { recursive: true });
  fs.chmodSync(path.join(tmp, 'xdg', 'runtime'), 0o700);
  fs.cpSync(seedDir, workspace, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const extensionId = `${manifest.publisher}.${manifest.name}`;
  fs.symlinkSync(path.resolve(extensionDir), path.join(extDir, `${extensionId}-${manifest.version}`.toLowerCase()), 'dir');

  const env = serverEnv(tmp);
  let child = null;
  let exitInfo = null;
  const killGroup = (signal) => {
    if (!child) return;
    try {
      process.kill(-child.pid, signal);
    } catch { /* already gone */ }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const tries = port ? 1 : 3; // a free port can be taken between our probe and code-server's bind: try another
  let chosen;
  for (let attempt = 1; ; attempt++) {
    chosen = port || (await freePort());
    exitInfo = null;
    child = spawn(kit.node24, [
      kit.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${chosen}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir', extDir,
      '--user-data-dir', userData,
      workspace,
    ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env, cwd: tmp });
    const proc = child;
    proc.stdout.on('data', (d) => onOutput('code-server', d.toString()));
    proc.stderr.on('data', (d) => onOutput('code-server:stderr', d.toString()));
    proc.on('exit', (code, signal) => {
      if (proc === child) exitInfo = `exit ${code ?? signal}`;
    });
    const deadline = Date.now() + 90000;
    let up = false;
    while (!exitInfo && Date.now() < deadline) {
      try {
        const r = await fetch(`http://127.0.0.1:${chosen}/healthz`);
        if (r.ok) {
          up = true;
          break;
        }
      } catch { /* not listening yet */ }
      await sleep(200);
    }
    if (up) break;
    killGroup('SIGKILL');
    if (attempt >= tries || !exitInfo) {
      throw new Error(exitInfo ? `code-server ${exitInfo} before it listened` : 'code-server did not answer /healthz within 90 s');
    }
    onOutput('harness', `code-server ${exitInfo} on port ${chosen}; trying another port`);
  }

  let stopped = false;
  return {
    url: `http://127.0.0.1:${chosen}/?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}`,
    port: chosen,
    workspace,
    tmp,
    userData,
    logsDir: path.join(userData, 'logs'),
    extensionId,
    manifest,
    exited: () => exitInfo,
    async stop() {
      if (stopped) return;
      stopped = true;
      killGroup('SIGTERM');
      const deadline = Date.now() + 4000;
      while (Date.now() < deadline) {
        try {
          process.kill(-child.pid, 0);
        } catch {
          break;
        }
        await sleep(100);
      }
      killGroup('SIGKILL');
      process.off('exit', onExit);
      if (!keepTmp) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Headless Debian Chromium from the kit, driven by playwright-core, with its home and config inside the
 * server's temporary folder and no background networking (this machine has no network).
 */
export async function launchChromium(kit, server) {
  const { chromium } = createRequire(import.meta.url)(kit.playwrightCore);
  return chromium.launch({
    executablePath: kit.chromium,
    headless: true,
    env: { ...process.env, HOME: path.join(server.tmp, 'home'), XDG_CONFIG_HOME: path.join(server.tmp, 'xdg', 'config') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
  });
}
