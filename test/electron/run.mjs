#!/usr/bin/env node
// npm run test:electron: Byline's smoke tests inside a desktop VS Code (Electron) that @vscode/test-electron
// downloads into .vscode-test/ (needs internet; on a Linux box without a display run it under xvfb-run).
// Not part of `npm test`: CI here reaches only the npm registry, so its UI tests run in code-server instead
// (test/integration/run.mjs).
//
//   npm run test:electron                     latest stable VS Code
//   VSCODE_VERSION=1.90.0 npm run test:electron   the oldest VS Code that package.json's engines allow
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
  // a copy of seeds/: the tests (and VS Code) must not write into the repo's files
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-electron-'));
  const workspace = path.join(tmp, 'seeds');
  fs.cpSync(path.join(ROOT, 'seeds'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(HERE, 'suite', 'index.js'),
      extensionTestsEnv: { BYLINE_TEST_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`test:electron failed: ${e.message}`);
  process.exit(1);
});
