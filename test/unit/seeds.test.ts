// Golden cases: the seed articles' quotes and speakers from the hand-made gold file
// (test/fixtures/seeds.gold.json, a copy of shared/eval/seeds.gold.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspace';
import { ROOT, normQuote, readSeed, seedNames } from './helpers';

interface Gold {
  aliases: Record<string, string[]>;
  documents: Record<string, { quotes: { text: string; speakers: string[] }[] }>;
}

const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seeds.gold.json'), 'utf8'));

function buildIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const name of seedNames()) index.set(`seeds/${name}`, readSeed(name));
  return index;
}

test('the gold copy in the repo matches shared/eval when it is present', { skip: !existsSync(join(ROOT, '../shared/eval/seeds.gold.json')) }, () => {
  const shared = JSON.parse(readFileSync(join(ROOT, '../shared/eval/seeds.gold.json'), 'utf8'));
  assert.deepEqual(gold, shared);
});

test('every gold quote of the seeds is found with an acceptable speaker', () => {
  const index = buildIndex();
  const failures: string[] = [];
  let total = 0;
  for (const [doc, g] of Object.entries(gold.documents)) {
    const r = index.get(`seeds/${doc}`);
    assert.ok(r, `seed ${doc} analysed`);
    for (const gq of g.quotes) {
      total++;
      const want = normQuote(gq.text);
      const found = r.analysis.quotes.filter((q) => normQuote(q.text).includes(want));
      if (found.length === 0) {
        failures.push(`${doc}: quote not found: ${gq.text}`);
        continue;
      }
      const acceptable = new Set<string>();
      for (const s of gq.speakers) {
        acceptable.add(s);
        for (const a of gold.aliases[s] ?? []) acceptable.add(a);
      }
      const ok = found.some((q) => {
        if (!q.speaker) return false;
        const rec = index.entity(q.speaker);
        return rec !== undefined && acceptable.has(rec.name);
      });
      if (!ok) {
        const got = found.map((q) => `${q.speaker ?? 'null'} via ${JSON.stringify(q.speakerMention?.text ?? null)}`).join('; ');
        failures.push(`${doc}: wrong speaker for "${gq.text}": got ${got}, want ${gq.speakers.join(' or ')}`);
      }
    }
  }
  assert.equal(total, 26, 'the gold file has 26 quotes');
  assert.deepEqual(failures, [], `${failures.length} of ${total} gold quotes failed`);
});

test('every span of the seeds equals the slice of the file at its offsets', () => {
  const index = buildIndex();
  for (const name of seedNames()) {
    const text = readSeed(name);
    const a = index.get(`seeds/${name}`)!.analysis;
    const spans = [
      ...a.entities,
      ...a.entities.flatMap((m) => (m.role ? [m.role] : [])),
      ...a.quotes,
      ...a.quotes.flatMap((q) => [q.cue, q.speakerMention].filter((s) => s !== null)),
      ...a.figures,
    ];
    assert.ok(spans.length > 50, `${name}: many spans`);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `${name}@${s.start}`);
  }
});

test('the seeds name the two people at the heart of the story as one entity each across both articles', () => {
  const index = buildIndex();
  const ids = index.entities().filter((e) => e.type === 'PERSON').map((e) => e.name);
  for (const name of ['Volodymyr Zelensky', 'Keir Starmer', 'Donald Trump', 'Mark Rutte', 'Dmitry Peskov', 'Maria Zakharova']) {
    assert.ok(ids.includes(name), `${name} is a PERSON entity (got ${ids.join(', ')})`);
  }
  const zel = index.entity('person:volodymyr-zelensky')!;
  const docs = new Set(index.mentions(zel.id).map((m) => m.path));
  assert.equal(docs.size, 2, 'Zelensky is linked across both seeds');
  assert.ok(!ids.includes('Zelensky'), 'the surname alone is not a separate person');
});

test('the seeds show both role conflicts and the re-worded quote, and no other conflict', () => {
  const conflicts = buildIndex().conflicts();
  const roles = conflicts.filter((c) => c.kind === 'role').map((c) => c.message);
  assert.equal(roles.length, 2, roles.join('\n'));
  assert.ok(roles.some((m) => m.includes('Jens Stoltenberg') && m.includes('Mark Rutte')), roles.join('\n'));
  assert.ok(roles.some((m) => m.includes('Maria Zakharova') && m.includes('Dmitry Peskov')), roles.join('\n'));
  const quotes = conflicts.filter((c) => c.kind === 'quote');
  assert.equal(quotes.length, 1, quotes.map((c) => c.message).join('\n'));
  assert.match(quotes[0].message, /complete diplomatic failure/);
  assert.match(quotes[0].message, /complete failure/);
});
