// Claims on the project's own varied fixtures (test/fixtures/claims): found, with the right speaker and kind,
// and scare quotes and titles left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspace';
import { ROOT, normQuote } from './helpers';

interface Expect {
  claims: { text: string; speaker?: string; anonymous?: boolean; kind?: string }[];
  none: string[];
}
const dir = join(ROOT, 'test/fixtures/claims');
const expected: Record<string, Expect> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

for (const [file, exp] of Object.entries(expected)) {
  test(`claims in ${file}`, () => {
    const index = new WorkspaceIndex();
    index.set(file, readFileSync(join(dir, file), 'utf8'));
    const quotes = index.get(file)!.analysis.quotes;
    const problems: string[] = [];
    for (const e of exp.claims) {
      const want = normQuote(e.text);
      const q = quotes.find((x) => normQuote(x.text).includes(want));
      if (!q) {
        problems.push(`missing: ${e.text}`);
        continue;
      }
      if (e.anonymous) {
        if (!q.anonymous) problems.push(`not anonymous: ${e.text} (${q.speaker})`);
      } else {
        const name = q.speaker ? index.entity(q.speaker)?.name : undefined;
        if (name !== e.speaker) problems.push(`speaker of "${e.text}": got ${name ?? q.speaker}, want ${e.speaker}`);
      }
      if (e.kind && q.kind !== e.kind) problems.push(`kind of "${e.text}": got ${q.kind}, want ${e.kind}`);
    }
    for (const n of exp.none) {
      const q = quotes.find((x) => normQuote(x.text) === normQuote(n));
      if (q) problems.push(`not a claim, but found: ${q.text}`);
    }
    assert.deepEqual(problems, []);
  });
}
