// Cross-source findings: the quality bar on the hand-made pairs (test/fixtures/conflicts), silence on unrelated
// articles, and the rules behind each kind of finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspace';
import { figureCounterparts, figureFacts, valuesAgree } from '../../src/core/conflicts';
import { analyzeText } from '../../src/core/analyze';
import { crossTalk, evaluatePairs, falseAlarms, score } from '../../src/conflicteval';
import { ROOT } from './helpers';

const PAIRS = join(ROOT, 'test/fixtures/conflicts');

test('the conflict fixtures: precision and recall of findings are at least 0.9', () => {
  const results = evaluatePairs(PAIRS);
  assert.ok(results.length >= 20, `at least 20 pairs (got ${results.length})`);
  const s = score(results);
  const detail = results.flatMap((r) => [
    ...r.missed.map((m) => `MISS ${r.name}: [${m.kind}] ${m.texts.join(' / ')}`),
    ...r.falseAlarms.map((c) => `FALSE ${r.name}: [${c.kind}] ${c.message}`),
  ]).join('\n');
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(3)}\n${detail}`);
  assert.ok(s.recall >= 0.9, `recall ${s.recall.toFixed(3)}\n${detail}`);
  for (const kind of ['role', 'quote', 'figure']) assert.ok(score(results, kind).expected > 0, `the fixtures expect ${kind} findings`);
});

test('unrelated articles (the claim fixtures) give at most 2 findings per 100 articles', () => {
  const r = falseAlarms([join(ROOT, 'test/fixtures/eval')]);
  assert.ok(r.articles >= 30, `${r.articles} articles`);
  assert.ok(r.per100 <= 2, `${r.findings.length} findings in ${r.articles} articles:\n${r.findings.map((c) => c.message).join('\n')}`);
});

test('all conflict fixtures in one workspace: no finding joins articles about different stories', () => {
  const r = crossTalk(PAIRS);
  assert.deepEqual(r.across.map((c) => c.message), []);
});

test('values agree when one is a rounding of the other or the qualifiers allow both', () => {
  const exact = (v: number): { lo: number; hi: number } => ({ lo: v, hi: v });
  const facts = (sentence: string) => figureFacts(sentence, analyzeText(sentence).figures);
  const one = (sentence: string) => {
    const f = facts(sentence);
    assert.equal(f.length, 1, `${sentence}: ${JSON.stringify(f.map((x) => x.figure.text))}`);
    return f[0];
  };
  assert.ok(valuesAgree(exact(12), exact(12)));
  assert.ok(!valuesAgree(exact(12), exact(15)));
  const a = one('Britain agreed a £2.3bn loan to Ukraine.');
  const b = one('Britain agreed a £2.26bn loan to Ukraine.');
  const c = one('Britain agreed a £2.5bn loan to Ukraine.');
  assert.ok(valuesAgree(a, b), '£2.3bn is £2.26bn rounded');
  assert.ok(!valuesAgree(b, c));
  const atLeast = one('At least 12 people were killed in the blast.');
  const fourteen = one('The blast killed 14 people.');
  const ten = one('The blast killed 10 people.');
  assert.ok(valuesAgree(atLeast, fourteen));
  assert.ok(!valuesAgree(atLeast, ten));
  const about = one('About 2,000 people were evacuated from the town.');
  assert.ok(valuesAgree(about, one('The town evacuated 2,150 people.')));
});

test('what a figure measures: the noun it modifies or is linked to, the event of a count, change or level', () => {
  const fact = (sentence: string, figure: string) => {
    const f = figureFacts(sentence, analyzeText(sentence).figures).find((x) => x.figure.text === figure);
    return f ? `${f.measure} ${f.cls} ${f.head}${f.mods.length ? ` (${f.mods.join(' ')})` : ''}` : null;
  };
  assert.equal(fact('Zelensky announced a £2.26bn ($2.8bn) loan to Kyiv.', '£2.26bn'), 'money|GBP level loan');
  assert.equal(fact('Zelensky announced a £2.26bn ($2.8bn) loan to Kyiv.', '$2.8bn'), 'money|USD level loan');
  assert.equal(fact('The pair unveiled a £2.26-billion loan agreement.', '£2.26-billion'), 'money|GBP level agreement (loan)');
  assert.equal(fact('Britain will lend Ukraine £2.26bn to buy weapons.', '£2.26bn'), 'money|GBP level loan');
  assert.equal(fact('The loan, worth £2bn, was signed on Monday.', '£2bn'), 'money|GBP level loan');
  assert.equal(fact('The Treasury will spend £500m in military aid.', '£500m'), 'money|GBP level aid (military)');
  assert.equal(fact('The deal is worth £1.5bn a year.', '£1.5bn'), 'money|GBP rate deal');
  assert.equal(fact('Swedish inflation rose to 3.4% in May.', '3.4%'), 'percent|% level inflation');
  assert.equal(fact('Inflation in Sweden reached 3.9% in May.', '3.9%'), 'percent|% level inflation');
  assert.equal(fact('Prices rose 0.4% in May.', '0.4%'), 'percent|% change price');
  assert.equal(fact('He defended a 6 per cent rise in rail fares.', '6 per cent'), 'percent|% change fare (rail)');
  assert.equal(fact('A drone strike on Kharkiv killed 12 people.', '12 people'), 'count|person level killed');
  assert.equal(fact('Fifteen people were killed when drones hit Kharkiv.', 'Fifteen people'), 'count|person level killed');
  assert.equal(fact('The quake struck on Tuesday, killing at least 12 people and injuring 150 others.', '12 people'), 'count|person level killed');
  assert.equal(fact('A convoy carrying 3,000 tonnes of grain left Odesa.', '3,000 tonnes'), 'quantity|tonne level grain');
  assert.equal(fact('Turkey proposed a 30-day ceasefire on Wednesday.', '30-day'), 'duration|day level ceasefire');
  // no measure: a comparison, an earlier value, a verb, a relative count, a count without an event
  assert.equal(fact('Heatwaves now last 40 per cent longer than in the 1980s.', '40 per cent'), null);
  assert.equal(fact('Profit dropped to £312m from £401m a year earlier.', '£401m'), null);
  assert.equal(fact('The company would save about £150m a year.', '£150m'), null);
  assert.equal(fact('Zelensky was embraced by some of the 18 other top leaders.', '18 other top leaders'), null);
  assert.equal(fact('He posted a thread of 14 messages.', '14 messages'), null);
});

test('roles: two holders of one office at the same time conflict; years apart they are a succession', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'BRUSSELS, June 10, 2019 — NATO Secretary General Ilse Varga opened the meeting.');
  index.set('b.txt', 'BRUSSELS, November 20, 2024 — NATO chief Tomas Brandt opened the meeting.');
  assert.deepEqual(index.conflicts(), []);
  index.set('c.txt', 'NATO chief Ilse Varga said the alliance was united.'); // no dateline: may be any time
  const c = index.conflicts();
  assert.equal(c.length, 1, JSON.stringify(c));
  assert.equal(c[0].kind, 'role');
  assert.match(c[0].message, /Ilse Varga/);
  assert.match(c[0].message, /Tomas Brandt/);
  // the 2019 article is no part of it: only documents that may be contemporary are
  assert.deepEqual([...new Set(c[0].locations.map((l) => l.path))].sort(), ['b.txt', 'c.txt']);
});

test('quotes: the same words from an organisation and from its spokeswoman are no conflict', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Greece\'s foreign ministry said on Wednesday that the detention was "an unacceptable violation of international law".');
  index.set('b.txt', 'The detention was "an unacceptable violation of international law", foreign ministry spokeswoman Eleni Markou said.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
});

test('figures: one finding per disagreement, with a location in each document and the values in the message', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'LONDON, March 2, 2025 — Keir Starmer and Volodymyr Zelensky signed a £2.26bn loan in Downing Street.');
  index.set('b.txt', 'LONDON, March 2, 2025 — Volodymyr Zelensky left Downing Street with a £2.5bn loan from Keir Starmer.');
  index.set('c.txt', 'LONDON, March 2, 2025 — Keir Starmer gave Volodymyr Zelensky a £2.26-billion loan in Downing Street.');
  const c = index.conflicts();
  assert.equal(c.length, 1, JSON.stringify(c));
  assert.equal(c[0].kind, 'figure');
  assert.equal(c[0].message, 'Different figures for the loan: £2.26bn / £2.26-billion (a.txt, c.txt) vs £2.5bn (b.txt)');
  assert.deepEqual(c[0].locations.map((l) => `${l.path}:${index.text(l.path)!.slice(l.start, l.end)}`), ['a.txt:£2.26bn', 'b.txt:£2.5bn', 'c.txt:£2.26-billion']);
});

test('figures: a rising toll in a later article is an update, a lower one a conflict', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'KHARKIV, March 1, 2025 — A drone strike killed 12 people in Kharkiv, Ukraine\'s emergency service said.');
  index.set('b.txt', 'KHARKIV, March 3, 2025 — The drone strike on Kharkiv killed 19 people, Ukraine\'s emergency service said.');
  assert.deepEqual(index.conflicts(), []);
  index.set('b.txt', 'KHARKIV, March 3, 2025 — The drone strike on Kharkiv killed 9 people, Ukraine\'s emergency service said.');
  assert.equal(index.conflicts().length, 1);
});

test('the same fact elsewhere: figures in other documents that agree and that differ', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'LONDON, March 2, 2025 — Keir Starmer and Volodymyr Zelensky signed a £2.26bn loan in Downing Street.');
  index.set('b.txt', 'LONDON, March 2, 2025 — Volodymyr Zelensky left Downing Street with a £2.5bn loan from Keir Starmer.');
  index.set('c.txt', 'LONDON, March 2, 2025 — Keir Starmer gave Volodymyr Zelensky a £2.26-billion loan in Downing Street.');
  const sources = index.paths().map((path) => ({ path, analysis: index.get(path)!.analysis, text: index.text(path) }));
  const fig = sources[0].analysis.figures.find((f) => f.text === '£2.26bn')!;
  const r = figureCounterparts(sources, 'a.txt', fig);
  assert.deepEqual(r.agree.map((f) => `${f.path}:${f.figure.text}`), ['c.txt:£2.26-billion']);
  assert.deepEqual(r.differ.map((f) => `${f.path}:${f.figure.text}`), ['b.txt:£2.5bn']);
});
