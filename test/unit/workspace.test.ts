// The workspace index: incremental updates equal a full rebuild (after Foam), linking across documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed, ROOT, seedNames } from './helpers';

function snapshot(index: WorkspaceIndex): unknown {
  return {
    paths: index.paths(),
    docs: index.paths().map((p) => index.get(p)!.analysis),
    entities: index.entities(),
    claims: index.claims(),
    conflicts: index.conflicts(),
  };
}

const extra = 'NATO Secretary General Jens Stoltenberg said on Monday that the alliance would meet. "We stand together," Stoltenberg said.';

test('incremental edits, deletes and renames equal a full rebuild', () => {
  const seeds = seedNames().map((n) => ({ path: `seeds/${n}`, text: readSeed(n) }));
  // a random-ish sequence of operations, deterministic
  const inc = new WorkspaceIndex();
  inc.set('notes/extra.txt', 'placeholder');
  for (const s of seeds) inc.set(s.path, s.text.slice(0, 500));
  for (const s of seeds) inc.set(s.path, s.text, 2);
  inc.set('notes/extra.txt', extra, 3);
  inc.set('notes/gone.md', '# Gone\n\nKeir Starmer said "this will vanish".');
  inc.delete('notes/gone.md');
  inc.set('notes/old-name.txt', extra);
  inc.rename('notes/old-name.txt', 'notes/new-name.txt');
  inc.conflicts(); // read in between, so caches must be invalidated by later changes
  inc.set(seeds[0].path, seeds[0].text + '\nStarmer said "one more line".', 4);
  inc.set(seeds[0].path, seeds[0].text, 5);

  const full = new WorkspaceIndex();
  for (const s of seeds) full.set(s.path, s.text);
  full.set('notes/extra.txt', extra);
  full.set('notes/new-name.txt', extra);
  const a = snapshot(inc) as { docs: unknown };
  const b = snapshot(full) as { docs: unknown };
  assert.deepEqual(a, b);
});

test('a surname alone links to the full name used in another document that shares another entity', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Rutte said in London the alliance was united.');
  index.set('b.txt', 'NATO chief Mark Rutte arrived in London on Monday.');
  const a = index.get('a.txt')!.analysis;
  const rutte = a.entities.find((e) => e.text === 'Rutte');
  assert.ok(rutte, 'Rutte is recognised');
  assert.equal(rutte.entity, 'person:mark-rutte');
  assert.equal(index.entity('person:mark-rutte')!.name, 'Mark Rutte');
  assert.deepEqual(index.entity('person:mark-rutte')!.roles, ['NATO chief']);
  assert.equal(index.mentions('person:mark-rutte').length, 2);
});

test('a surname alone does not link to a full name of an unrelated document', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Mayor John Brennan of Kent said the budget was balanced. "We did it," Brennan said.');
  index.set('b.txt', 'The Rovers won 2-0 on Saturday. Brennan scored twice in the second half. "It was a great day," Brennan said.');
  index.set('c.txt', 'Kent council met on Monday. "The budget is fine," Brennan said.');
  const speakerOf = (p: string): string | null | undefined => index.get(p)!.analysis.quotes[0]?.speaker;
  assert.equal(speakerOf('b.txt'), 'person:brennan');
  // sharing Kent with the mayor's story: the same person
  assert.equal(speakerOf('c.txt'), 'person:john-brennan');
});

test('an index that changes notifies its listeners, and stops after unsubscribe', () => {
  const index = new WorkspaceIndex();
  let calls = 0;
  const off = index.onDidChange(() => calls++);
  index.set('a.txt', 'One.');
  index.set('a.txt', 'One.'); // same text: no change
  index.delete('a.txt');
  off();
  index.set('b.txt', 'Two.');
  assert.equal(calls, 2);
});

test('unrelated articles raise no conflict', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'French President Emmanuel Macron said on Tuesday that talks would continue. "We are ready," Macron said.');
  index.set('b.txt', 'German Chancellor Olaf Scholz said the budget was fair. "It is a good deal for Germany," he said.');
  index.set('c.txt', 'UK Prime Minister Keir Starmer met Italian Prime Minister Giorgia Meloni in London.');
  assert.deepEqual(index.conflicts(), []);
});

test('one office held by two people in two sources is a role conflict', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'White House spokeswoman Karoline Leavitt told reporters the meeting with Friedrich Merz went well.');
  index.set('b.txt', 'White House spokesman Sean Spicer said the president and Friedrich Merz would travel on Friday.');
  const c = index.conflicts();
  assert.equal(c.length, 1, JSON.stringify(c));
  assert.equal(c[0].kind, 'role');
  assert.match(c[0].message, /Karoline Leavitt/);
  assert.match(c[0].message, /Sean Spicer/);
  assert.equal(c[0].locations.length, 2);
});

test('a description is resolved through a role stated in another document', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Ukrainian President Volodymyr Zelensky met European leaders in London on Sunday.');
  index.set('b.txt', '"We need real guarantees," the Ukrainian leader said after the talks.');
  const q = index.get('b.txt')!.analysis.quotes[0];
  assert.equal(q.speaker, 'person:volodymyr-zelensky');
  assert.equal(q.speakerMention?.text, 'the Ukrainian leader');
  assert.ok(index.entity('person:volodymyr-zelensky')!.aliases.includes('the Ukrainian leader'));
});

test('unnamed sources are grouped by their description as anonymous speakers', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', '"It is a disgrace," said one senior diplomat. Officials said the talks had stalled.');
  index.set('b.txt', 'Officials said the deal was close.');
  const speakers = index.claims().map((c) => c.quote.speaker);
  assert.deepEqual(speakers, ['anon:one-senior-diplomat', 'anon:officials', 'anon:officials']);
  const rec = index.entity('anon:officials')!;
  assert.equal(rec.type, 'ANONYMOUS');
  assert.equal(rec.name, 'Officials');
});

test('spelling variants of one person join; different people with close names stay apart', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Ukrainian President Volodymyr Zelensky spoke in Kyiv. Zelensky said the talks would go on.');
  index.set('b.txt', 'Volodymyr Zelenskyy met European leaders. "We are ready," Zelenskyy said.');
  index.set('c.txt', 'Analyst Maria Hansen and economist Peter Hanson disagreed. Hanson said rates would rise.');
  const people = index.entities().filter((e) => e.type === 'PERSON').map((e) => e.id);
  assert.equal(people.filter((id) => id.startsWith('person:volodymyr-zelensk')).length, 1, people.join(', '));
  assert.equal(index.mentions(people.find((id) => id.startsWith('person:volodymyr-zelensk'))!).length, 4);
  assert.ok(people.includes('person:maria-hansen') && people.includes('person:peter-hanson'), people.join(', '));
});

test('held links: unchanged documents answer from the links made before, a changed one links again, release equals a rebuild', () => {
  const seeds = seedNames().map((n) => ({ path: `seeds/${n}`, text: readSeed(n) }));
  const index = new WorkspaceIndex();
  index.set(seeds[0].path, seeds[0].text);
  const before = index.get(seeds[0].path)!.analysis;
  index.holdLinks(true);
  index.set(seeds[1].path, seeds[1].text);
  // the first document has not changed: the same answer, without linking the index again
  assert.equal(index.get(seeds[0].path)!.analysis, before);
  assert.ok(index.claims().every((c) => c.path === seeds[0].path), 'lists come from the held links');
  // an edit is never answered from the held links
  index.set(seeds[0].path, 'Keir Starmer said "this is new".', 2);
  assert.equal(index.get(seeds[0].path)!.analysis.quotes[0].text, '"this is new"');
  index.set(seeds[0].path, seeds[0].text, 3);
  index.holdLinks(false);
  const full = new WorkspaceIndex();
  for (const s of seeds) full.set(s.path, s.text);
  assert.deepEqual(snapshot(index), snapshot(full));
});

test('links and conflicts made in steps, with changes at random points between steps, equal a full rebuild', () => {
  const seeds = seedNames().map((n) => ({ path: `seeds/${n}`, text: readSeed(n) }));
  const texts = [extra, seeds[0].text + '\nStarmer said "one more line".', 'Keir Starmer said "this will vanish".', seeds[1].text.slice(0, 800)];
  const paths = [...seeds.map((s) => s.path), 'notes/a.txt', 'notes/b.md'];
  let state = 12345;
  const rnd = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  // how many steps one uninterrupted run takes, to place the changes inside it
  const probe = new WorkspaceIndex();
  for (const s of seeds) probe.set(s.path, s.text);
  let total = 0;
  for (const steps = probe.linkSteps(); !steps.next().done;) total++;
  assert.ok(total > 10, `linking takes several steps (${total})`);
  assert.ok(probe.linked && probe.conflictsReady);
  // a run below starts from links already made (held): its first steps are the checks across sources', and
  // the changes are placed among as many steps as such a run takes
  const held = new WorkspaceIndex();
  for (const s of seeds) held.set(s.path, s.text);
  held.entities();
  held.holdLinks(true);
  let heldTotal = 0;
  for (const steps = held.linkSteps(); !steps.next().done;) heldTotal++;
  assert.ok(heldTotal > 3, `the checks take several steps (${heldTotal})`);

  for (let round = 0; round < 8; round++) {
    const inc = new WorkspaceIndex();
    const now = new Map<string, string>();
    for (const s of seeds) {
      inc.set(s.path, s.text);
      now.set(s.path, s.text);
    }
    inc.entities();
    inc.holdLinks(true);
    const changeAt = new Set(Array.from({ length: 3 }, () => rnd(heldTotal)));
    let restarts = 0;
    let step = 0;
    for (let steps = inc.linkSteps(); ;) {
      const r = steps.next();
      if (r.done) {
        if (r.value) break;
        restarts++;
        steps = inc.linkSteps();
        continue;
      }
      if (!changeAt.has(step++)) continue;
      const path = paths[rnd(paths.length)];
      if (now.has(path) && rnd(3) === 0) {
        inc.delete(path);
        now.delete(path);
      } else {
        const text = texts[rnd(texts.length)];
        inc.set(path, text, step);
        now.set(path, text);
        // while the links are held, a changed document is answered from its own new analysis
        const fresh = new WorkspaceIndex();
        fresh.set(path, text);
        assert.deepEqual(inc.get(path)!.analysis.quotes.map((q) => q.text), fresh.get(path)!.analysis.quotes.map((q) => q.text));
      }
    }
    assert.ok(restarts > 0, 'a change between steps drops the work and starts again');
    assert.ok(inc.linked && inc.conflictsReady);
    const full = new WorkspaceIndex();
    for (const [path, text] of now) full.set(path, text);
    assert.deepEqual(snapshot(inc), snapshot(full));
    inc.holdLinks(false);
    assert.deepEqual(snapshot(inc), snapshot(full));
  }
});

test('figure findings after random edits, additions and deletions equal a full rebuild, and an edit compares again only the facts it touches', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'conflicts');
  const docs = new Map<string, string>();
  for (const pair of readdirSync(dir).filter((d) => d.includes('figure')).sort()) {
    for (const f of readdirSync(join(dir, pair)).filter((x) => x.endsWith('.txt')).sort()) docs.set(`${pair}/${f}`, readFileSync(join(dir, pair, f), 'utf8'));
  }
  const texts = [...docs.values()];
  // edits of our own: a figure added, one changed, a paragraph dropped
  const edits: ((t: string) => string)[] = [
    (t) => `${t}\n\nOfficials said on Tuesday that 41 people had been taken to hospital.`,
    (t) => t.replace(/\d+(\.\d+)?/, (m) => String(Number(m) + 7)),
    (t) => t.split('\n\n').slice(0, -1).join('\n\n') || t,
    () => texts[texts.length - 1],
  ];
  let state = 777;
  const rnd = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const inc = new WorkspaceIndex();
  const now = new Map(docs);
  for (const [p, t] of now) inc.set(p, t);
  assert.ok(inc.conflicts().some((c) => c.kind === 'figure'), 'the pairs give figure findings');
  let partial = 0;
  const paths = [...docs.keys()];
  for (let step = 0; step < 24; step++) {
    const path = paths[rnd(paths.length)];
    const op = rnd(6);
    if (op === 0 && now.has(path)) {
      inc.delete(path);
      now.delete(path);
    } else {
      const text = op === 1 ? texts[rnd(texts.length)] : edits[rnd(edits.length)](now.get(path) ?? docs.get(path)!);
      inc.set(path, text, step + 1);
      now.set(path, text);
    }
    const got = inc.conflicts();
    const { buckets, compared } = inc.lastFigureCheck;
    if (compared < buckets) partial++;
    const full = new WorkspaceIndex();
    for (const [p, t] of now) full.set(p, t);
    assert.deepEqual(got, full.conflicts(), `step ${step}: ${path}`);
  }
  assert.ok(partial > 0, 'some checks compared only part of the facts again');
});

test('links and conflicts stepped in slices of any size, with the held answers read between slices, equal running to the end', () => {
  // many sources: the seeds, the conflict fixtures (roles, quotes, figures) and invented spelling variants of one
  // surname, so that every part of the linking and of the checks across sources runs through its pauses
  const dir = join(ROOT, 'test', 'fixtures', 'conflicts');
  const docs: { path: string; text: string }[] = seedNames().map((n) => ({ path: `seeds/${n}`, text: readSeed(n) }));
  for (const c of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const f of readdirSync(join(dir, c)).filter((x) => /\.(txt|md)$/.test(x)).sort()) docs.push({ path: `conflicts/${c}/${f}`, text: readFileSync(join(dir, c, f), 'utf8') });
  }
  docs.push({ path: 'notes/v1.txt', text: 'Ukrainian President Volodymyr Zelenskyy said on Tuesday that talks in Geneva would resume.' });
  docs.push({ path: 'notes/v2.txt', text: 'President Volodymyr Zelensky arrived in Geneva. "We are ready," Zelensky said.' });
  docs.push({ path: 'notes/v3.txt', text: 'Zelenskky told reporters in Geneva that the talks were "a first step".' });
  const half = Math.floor(docs.length / 2);
  const full = new WorkspaceIndex();
  for (const d of docs) full.set(d.path, d.text);
  const expected = snapshot(full);
  assert.ok((expected as { conflicts: unknown[] }).conflicts.length >= 10, 'the fixtures give findings to compare');
  let most = 0;
  for (const budget of [1, 2, 3, 5, 16, 97, 1000, Infinity]) {
    const inc = new WorkspaceIndex();
    for (const d of docs.slice(0, half)) inc.set(d.path, d.text);
    inc.conflicts(); // links and findings made once: held while the rest is added
    inc.holdLinks(true);
    for (const d of docs.slice(half)) inc.set(d.path, d.text);
    const steps = inc.linkSteps(true);
    let slices = 0;
    for (;;) {
      let r: IteratorResult<void, boolean>;
      let n = 0;
      do r = steps.next();
      while (!r.done && ++n < budget);
      if (r.done) {
        assert.equal(r.value, true, 'nothing changed on the way');
        break;
      }
      slices++;
      // what the views ask between slices: answered from the held links, and must not disturb the stepping
      if (slices % 7 === 1) {
        inc.entities();
        inc.claims();
        inc.conflicts();
      }
    }
    most = Math.max(most, slices);
    assert.ok(inc.linked && inc.conflictsReady, `budget ${budget}: done`);
    assert.deepEqual(snapshot(inc), expected, `budget ${budget}: same links and findings`);
    inc.holdLinks(false);
    assert.deepEqual(snapshot(inc), expected, `budget ${budget}: same after the hold`);
  }
  assert.ok(most > 100, `the work pauses often (${most} slices of one step)`);
});

for (const mentionIndex of [true, false]) test(`an entity's mentions, read from ${mentionIndex ? 'the documents that mention it' : 'every document (no mention index, as the command line)'}, are every resolved mention with its id in path then offset order, also after edits`, async () => {
  const { generateCorpus } = await import('../../src/measure/bench');
  const texts = generateCorpus(40, 11);
  const index = new WorkspaceIndex();
  index.mentionIndex = mentionIndex;
  texts.forEach((t, i) => index.set(`c/a${String(i).padStart(3, '0')}.txt`, t));
  // the definition: every mention of every linked document whose id is the entity's, documents in path order
  const expected = (id: string): { path: string; start: number; end: number }[] =>
    index.paths().flatMap((path) => index.get(path)!.analysis.entities.filter((m) => m.entity === id).map((m) => ({ path, start: m.start, end: m.end })));
  const check = (): number => {
    let n = 0;
    for (const e of index.entities()) {
      const got = index.mentions(e.id).map((r) => ({ path: r.path, start: r.mention.start, end: r.mention.end }));
      assert.deepEqual(got, expected(e.id), e.id);
      // asked again: the same answer
      assert.equal(index.mentions(e.id), index.mentions(e.id));
      n += got.length;
    }
    return n;
  };
  assert.ok(check() > 100);
  // a document edited, one removed: the next links answer for the documents as they are
  index.set('c/a003.txt', texts[5]);
  index.delete('c/a007.txt');
  assert.ok(check() > 100);
  assert.deepEqual(index.mentions('no-such-id'), []);
});
