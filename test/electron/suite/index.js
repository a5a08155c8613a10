// Runs inside VS Code's extension host (loaded by @vscode/test-electron through --extensionTestsPath).
// No test framework: each check prints ok / not ok, and run() rejects when any failed.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'byline.byline';
const DOC = '003_e2d21aa9f853506f.txt';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn() until it returns a truthy value, or throws after ms. */
async function until(what, fn, ms = 30000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function run() {
  const results = [];
  const test = async (name, fn) => {
    try {
      await fn();
      results.push(true);
      console.log(`ok ${results.length} - ${name}`);
    } catch (e) {
      results.push(false);
      console.log(`not ok ${results.length} - ${name}\n#   ${String(e && e.stack ? e.stack : e).split('\n').join('\n#   ')}`);
    }
  };

  await test('the extension activates and indexes the workspace', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const api = await ext.activate();
    assert.ok(ext.isActive, 'not active after activate()');
    if (api && api.indexed) {
      const n = await api.indexed;
      assert.ok(n >= 2, `indexed ${n} documents; the seeds folder has 2`);
    }
  });

  await test('byline._debugState reports non-zero counts for an open source', async () => {
    const folder = process.env.BYLINE_TEST_WORKSPACE || vscode.workspace.workspaceFolders[0].uri.fsPath;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder, DOC)));
    await vscode.window.showTextDocument(doc);
    const state = await until('non-zero counts from byline._debugState', async () => {
      const s = await vscode.commands.executeCommand('byline._debugState');
      return s && s.documents > 0 && s.entities > 0 && s.quotes > 0 && s.figures > 0 ? s : null;
    });
    console.log(`#   ${JSON.stringify(state)}`);
    assert.ok(state.documents >= 2, `documents: ${state.documents}`);
  });

  await test('byline.showClaims runs', async () => {
    await vscode.commands.executeCommand('byline.showClaims');
  });

  await test('the toggle commands run (twice each, leaving highlights as they were)', async () => {
    for (const cmd of ['byline.toggleEntities', 'byline.toggleQuotes', 'byline.toggleFigures']) {
      await vscode.commands.executeCommand(cmd);
      await vscode.commands.executeCommand(cmd);
    }
  });

  const failed = results.filter((ok) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${results.length} Byline electron tests failed`);
}

module.exports = { run };
