// The core never imports the editor API (the lint rule says the same; this holds even without the linter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

test('src/core has no vscode import', () => {
  const dir = join(ROOT, 'src', 'core');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(src, /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/, f);
    assert.doesNotMatch(src, /from\s+['"]\.\.\/vscode/, f);
  }
});
