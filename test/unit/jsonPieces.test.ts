import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonPieces } from '../../src/node/jsonPieces';
import { rng } from '../../src/core/rng';

test('jsonPieces writes exactly what JSON.stringify(output, null, 2) writes', () => {
  const rand = rng(16);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const value = (depth: number): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.3) return pick<unknown>([null, 0, -1.5, 1e21, true, false, '', 'a "quoted"\nline\tand \\ slash', 'plain', '\u2028\u00e9']);
    if (r < 0.55) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(rand() * 4); i > 0; i--) o[pick(['start', 'text', 'multi\nline key', 'x'])] = value(depth + 1);
    if (rand() < 0.2) o.skipped = undefined;
    return o;
  };
  for (let n = 0; n < 300; n++) {
    const output: Record<string, unknown> = {};
    for (const k of ['version', 'documents', 'entities', 'conflicts', 'empty', 'gone']) {
      output[k] = k === 'empty' ? [] : k === 'gone' ? undefined : k === 'version' ? value(3) : Array.from({ length: Math.floor(rand() * 5) }, () => value(1));
    }
    assert.equal([...jsonPieces(output)].join(''), JSON.stringify(output, null, 2) + '\n');
  }
});
