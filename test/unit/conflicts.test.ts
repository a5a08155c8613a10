// Cross-source findings: the quality bar on the hand-made pairs (test/fixtures/conflicts), silence on unrelated
// articles, and the rules behind each kind of finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../src/core/workspace';
import { FigureCheckState, drain, figureCounterparts, figureFacts, findConflictsSteps, incidentsIn, valuesAgree } from '../../src/core/conflicts';
import { analyzeText } from '../../src/core/analyze';
import { describeFigure, findFigures } from '../../src/core/figures';
import { REVIEWS_FILE, applyReviews, fingerprint, fingerprintTexts, parseReviews, reviewRecord, serializeReviews } from '../../src/core/review';
import { crossTalk, evaluatePairs, falseAlarms, score } from '../../src/measure/conflicteval';
import { ROOT } from './helpers';

const PAIRS = join(ROOT, 'test/fixtures/conflicts');

/** The findings of one kind when two articles make a workspace. */
function pairFindings(kind: string, a: string, b: string) {
  const index = new WorkspaceIndex();
  index.set('a.txt', a);
  index.set('b.txt', b);
  return index.conflicts().filter((c) => c.kind === kind);
}

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
  // two floors are each source's confirmed figure: the same floor agrees, another does not
  assert.ok(valuesAgree(atLeast, one('At least 12 people died in the blast.')));
  assert.ok(!valuesAgree(atLeast, one('At least 17 people were killed in the blast.')));
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
  // a tally: the votes against are what makes two reports' counts one fact
  assert.equal(fact('MPs voted by 312 votes to 254 to give the bill a second reading.', '312 votes'), 'count|vote level to 254');
  assert.equal(fact('The motion won 312 votes.', '312 votes'), null);
});

test('a vote tally given differently in two reports of one vote is a finding; the same tally or another vote is not', () => {
  const a = 'LONDON, 24 June 2026 – MPs voted by 312 votes to 254 on Tuesday to give the Water Bonus Bill its second reading, so regulators can ban bonuses at polluting water firms.';
  const b = 'LONDON, 24 June 2026 – The Water Bonus Bill, which lets regulators ban bonuses at polluting water firms, passed its second reading on Tuesday by 321 votes to 254.';
  const same = 'LONDON, 24 June 2026 – The Water Bonus Bill, which lets regulators ban bonuses at polluting water firms, passed its second reading on Tuesday by 312 votes to 254.';
  const other = 'LONDON, 24 June 2026 – The Water Bonus Bill, which lets regulators ban bonuses at polluting water firms, survived an amendment on Tuesday by 321 votes to 240.';
  const findings = (x: string, y: string) => pairFindings('figure', x, y);
  const found = findings(a, b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /312 votes.*321 votes|321 votes.*312 votes/);
  assert.deepEqual(findings(a, same), []);
  assert.deepEqual(findings(a, other), []);
});

test('roles: two holders of one office at the same time conflict; years apart they are a succession', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'BRUSSELS, June 10, 2019 — NATO Secretary General Ilse Varga opened the meeting.');
  index.set('b.txt', 'BRUSSELS, November 20, 2024 — NATO chief Tomas Brandt opened the meeting with Defence Minister Jan Kowal and Lena Ostrova.');
  assert.deepEqual(index.conflicts(), []);
  // no dateline and nothing else in common: it may be any time, any story
  index.set('d.txt', 'NATO chief Ilse Varga said the alliance was united.');
  assert.deepEqual(index.conflicts(), []);
  // no dateline, but the same story (the same people at the meeting): the same moment
  index.set('c.txt', 'NATO chief Ilse Varga opened the meeting with Defence Minister Jan Kowal and Lena Ostrova.');
  const c = index.conflicts();
  assert.equal(c.length, 1, JSON.stringify(c));
  assert.equal(c[0].kind, 'role');
  assert.match(c[0].message, /Ilse Varga/);
  assert.match(c[0].message, /Tomas Brandt/);
  // the 2019 article and the unrelated note are no part of it: only documents that may be contemporary are
  assert.deepEqual([...new Set(c[0].locations.map((l) => l.path))].sort(), ['b.txt', 'c.txt']);
});

test('roles: a holder named with years well before the article is a past holder, not a rival', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'OTTAWA, 3 February 2026 — Toronto Mayor Olivia Chen unveiled the budget with councillor Raj Patel.');
  index.set('b.txt', 'OTTAWA, 4 February 2026 — Councillor Raj Patel praised the budget. In 1998, Toronto Mayor Dan Ruiz had cut the same programme with Olivia Chen opposed.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'role'), []);
  index.set('b.txt', 'OTTAWA, 4 February 2026 — Councillor Raj Patel praised the budget presented by Toronto Mayor Dan Ruiz, with Olivia Chen opposed.');
  assert.equal(index.conflicts().filter((c) => c.kind === 'role').length, 1, 'the same sentence without the year is a rival');
});

test('quotes: stock phrases, and different remarks of different people, across unrelated articles are no conflict', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'HALIFAX, May 2, 2025 — Coach Mia Laurent called the 3-1 win over Dartmouth "a step in the right direction" for her young squad.');
  index.set('b.txt', 'REGINA, May 2, 2025 — Health Minister Paul Okoye said the new clinic hours were "a step in the right direction" for rural patients.');
  index.set('c.txt', 'CALGARY, June 9, 2025 — "We need more traffic wardens on the roads of this city," Councillor Amy Reid said on Monday.');
  index.set('d.txt', 'EDMONTON, June 9, 2025 — "We need more nurses on the wards of this hospital," union leader Tom Baxter said on Monday.');
  assert.deepEqual(index.conflicts(), []);
});

test('figures: prices and indexes are compared only between articles of the same day', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'TORONTO, 3 March 2025 — The TSX composite index closed at 25,100 points on Monday as Shopify and Enbridge rose.');
  index.set('b.txt', 'TORONTO, 5 March 2025 — The TSX composite index closed at 24,800 points on Wednesday as Shopify and Enbridge fell.');
  index.set('c.txt', 'The TSX composite index closed at 24,500 points as Shopify and Enbridge slipped.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'figure'), []);
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

test('the same fact elsewhere from the figure check\'s groups equals a look at every document (the conflict fixtures and seeds in one workspace)', () => {
  const index = new WorkspaceIndex();
  for (const pair of readdirSync(PAIRS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(PAIRS, pair.name)).filter((n) => n.endsWith('.txt'))) index.set(`${pair.name}/${f}`, readFileSync(join(PAIRS, pair.name, f), 'utf8'));
  }
  for (const f of readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'))) index.set(`seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const sources = index.paths().map((path) => ({ path, analysis: index.get(path)!.analysis, text: index.text(path) }));
  assert.equal(index.figureCounterparts(sources[0].path, sources[0].analysis.figures[0]), undefined, 'no answer before the findings are made');
  index.conflicts();
  const show = (fs: { path: string; figure: { start: number } }[]): string[] => fs.map((f) => `${f.path}@${f.figure.start}`);
  let answered = 0, withCounterparts = 0;
  for (const src of sources) {
    for (const fig of src.analysis.figures) {
      const fromGroups = index.figureCounterparts(src.path, fig);
      const scan = figureCounterparts(sources, src.path, fig);
      if (!fromGroups) {
        assert.ok(scan.agree.length === 0 && scan.differ.length === 0, `${src.path} ${fig.text}: no fact placed, yet counterparts`);
        continue;
      }
      answered++;
      if (scan.agree.length + scan.differ.length > 0) withCounterparts++;
      assert.deepEqual([show(fromGroups.agree), show(fromGroups.differ)], [show(scan.agree), show(scan.differ)], `${src.path} ${fig.text}`);
    }
  }
  assert.ok(answered > 50 && withCounterparts > 20, `${answered} figures answered, ${withCounterparts} with counterparts`);
  index.set(sources[0].path, index.text(sources[0].path) + '\nOne more line.');
  assert.equal(index.figureCounterparts(sources[0].path, sources[0].analysis.figures[0]), undefined, 'no answer once the findings are stale');
});

// ---------------------------------------------------------------------------------------------------------
// Review decisions (.byline/reviews.jsonl)

const SEED_PAIR = (): WorkspaceIndex => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'BRUSSELS, June 4, 2025 — NATO Secretary General Ilse Varga said on Wednesday that allies would meet.');
  index.set('b.txt', 'BRUSSELS, June 5, 2025 — NATO chief Tomas Brandt called the decision "overdue".');
  return index;
};

test('a finding\'s fingerprint is its kind and location texts: edits elsewhere, paths and offsets do not change it', () => {
  const index = SEED_PAIR();
  const [c] = index.conflicts();
  const fp = fingerprint(c, (p) => index.text(p));
  assert.match(fp, /^role-[0-9a-f]{16}$/);
  assert.deepEqual(fingerprintTexts(c, (p) => index.text(p)), ['nato chief tomas brandt', 'nato secretary general ilse varga']);
  const moved = new WorkspaceIndex();
  moved.set('file:///ws/notes/one.txt', 'Added first.\n\n' + index.text('a.txt')!);
  moved.set('file:///ws/two.txt', index.text('b.txt')!.replace('called the decision "overdue"', 'said the decision was "long overdue" and would be reviewed'));
  const [c2] = moved.conflicts();
  assert.equal(fingerprint(c2, (p) => moved.text(p)), fp);
});

test('the reviews file: one sorted JSON object per line; dismissed findings are dropped, reviewed ones marked', () => {
  const index = SEED_PAIR();
  index.set('c.txt', 'LONDON, March 2, 2025 — Keir Starmer and Volodymyr Zelensky signed a £2.26bn loan in Downing Street.');
  index.set('d.txt', 'LONDON, March 2, 2025 — Volodymyr Zelensky left Downing Street with a £2.5bn loan from Keir Starmer.');
  const textOf = (p: string): string | undefined => index.text(p);
  const conflicts = index.conflicts();
  assert.deepEqual(conflicts.map((c) => c.kind), ['role', 'figure']);
  const text = serializeReviews([reviewRecord(conflicts[1], 'dismissed', textOf), reviewRecord(conflicts[0], 'reviewed', textOf)]);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(text.endsWith('\n'));
  const fps = lines.map((l) => JSON.parse(l).fingerprint);
  assert.deepEqual(fps, [...fps].sort(), 'sorted by fingerprint');
  assert.deepEqual(Object.keys(JSON.parse(lines[0])), ['fingerprint', 'decision', 'kind', 'texts', 'message']);
  const parsed = parseReviews(text);
  assert.deepEqual(parsed.errors, []);
  assert.equal(serializeReviews(parsed.records.values()), text, 'a round trip changes nothing');
  const applied = applyReviews(conflicts, parsed.records, textOf);
  assert.deepEqual(applied.map((c) => [c.kind, c.reviewed ?? false]), [['role', true]]);
});

test('a reviews file that does not parse is reported line by line', () => {
  const ok = '{"fingerprint":"role-0000000000000001","decision":"reviewed"}';
  assert.deepEqual(parseReviews(`${ok}\n\n`).errors, []);
  const bad = parseReviews(`${ok}\n<<<<<<< HEAD\n{"fingerprint":"x","decision":"maybe"}\n[1]\n{"decision":"reviewed"}\n{oops\n`);
  assert.deepEqual(bad.errors.map((e) => `${e.line}: ${e.message}`), [
    '2: a merge conflict marker',
    '3: "decision" is neither "reviewed" nor "dismissed"',
    '4: not a JSON object',
    '5: no "fingerprint"',
    '6: not valid JSON',
  ]);
});

test('the CLI honours .byline/reviews.jsonl in an analysed folder, and reports a corrupt one without using it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-reviews-'));
  const index = SEED_PAIR();
  for (const p of index.paths()) writeFileSync(join(dir, p), index.text(p)!);
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', ...args], { encoding: 'utf8' });
  let r = cli('--json', dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).conflicts.length, 1);
  // the same fingerprint the extension computes (paths differ: texts decide)
  const [c] = index.conflicts();
  mkdirSync(join(dir, '.byline'));
  writeFileSync(join(dir, REVIEWS_FILE), serializeReviews([reviewRecord(c, 'reviewed', (p) => index.text(p))]));
  r = cli('--json', dir);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.conflicts.length, 1);
  assert.equal(out.conflicts[0].reviewed, true);
  assert.match(cli(dir).stdout, /\(reviewed\)/);
  writeFileSync(join(dir, REVIEWS_FILE), serializeReviews([reviewRecord(c, 'dismissed', (p) => index.text(p))]));
  r = cli('--json', dir);
  assert.deepEqual(JSON.parse(r.stdout).conflicts, []);
  writeFileSync(join(dir, REVIEWS_FILE), '<<<<<<< HEAD\n');
  r = cli('--json', dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /reviews\.jsonl:1: a merge conflict marker/);
  assert.equal(JSON.parse(r.stdout).conflicts.length, 1, 'decisions of a corrupt file are not applied');
  assert.equal(readFileSync(join(dir, REVIEWS_FILE), 'utf8'), '<<<<<<< HEAD\n', 'and the file is left as it is');
});

test('figures in words: money, percentages, dates with weekdays, durations, ages, quantities', () => {
  const words = (text: string, dateline?: string): string[] => findFigures(text, dateline).map((f) => `${f.text} = ${describeFigure(f)}`);
  assert.deepEqual(words('a £2.26bn ($2.8bn) loan, €3m, US$1.2 trillion, 50p'), [
    '£2.26bn = £2.26 billion (GBP 2,260,000,000)', '$2.8bn = $2.8 billion (USD 2,800,000,000)', '€3m = €3 million (EUR 3,000,000)',
    'US$1.2 trillion = $1.2 trillion (USD 1,200,000,000,000)', '50p = £0.50 (GBP 0.50)',
  ]);
  assert.deepEqual(words('rose 3.5%, by 0.25 percentage points, 50 basis points'), [
    '3.5% = 3.5 per cent', '0.25 percentage points = 0.25 percentage points', '50 basis points = 50 basis points (0.5 percentage points)',
  ]);
  assert.deepEqual(words('on Sunday, yesterday, in March, the 1990s', '2025-03-02'), [
    'Sunday = 2 March 2025 (Sunday)', 'yesterday = 1 March 2025 (Saturday)', 'March = March 2025', '1990s = the 1990s',
  ]);
  assert.deepEqual(words('Eighteen allies met for three years; a 75-minute talk; a 45-year-old man; 40C; magnitude 6.1'), [
    'Eighteen allies = 18 allies', 'three years = 3 years', '75-minute = 75 minutes', '45-year-old = 45 years old', '40C = 40 °C', '6.1 = magnitude 6.1',
  ]);
  assert.equal(describeFigure({ kind: 'date', value: null, unit: null }), null);
});

test('false alarms: 80 unrelated articles from many beats in one workspace give at most 2 findings per 100 articles', () => {
  // test/fixtures/unrelated: stock phrases, similar demands, past office holders, market figures of different
  // days, wire headings, captions and credits, and no true contradiction between articles
  const dir = join(ROOT, 'test', 'fixtures', 'unrelated');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 80, `${files.length} articles`);
  const index = new WorkspaceIndex();
  for (const f of files) index.set(f, readFileSync(join(dir, f), 'utf8'));
  const found = index.conflicts();
  assert.ok(found.length * 100 / files.length <= 2, found.map((c) => c.message.slice(0, 200)).join('\n'));
});

test('quotes: two papers\' house styles (curly or straight apostrophes, "--" or "-" for a dash) are one wording, not a rewording', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Senator Ruth Okafor said on Monday: "Anyone who says the valley\'s mills are finished -- and many do -- has not visited Harlow Bridge."');
  index.set('b.txt', 'Senator Ruth Okafor told voters in Harlow Bridge: “Anyone who says the valley’s mills are finished - and many do - has not visited Harlow Bridge.”');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
  // a word changed is still a rewording
  index.set('b.txt', 'Senator Ruth Okafor told voters in Harlow Bridge: “Anyone who says the valley’s mills are dying - and many do - has not visited Harlow Bridge.”');
  const found = index.conflicts().filter((c) => c.kind === 'quote');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /worded differently/);
});

test('quotes: a rewording whose changed word is its rarest is still grouped with the original (the grouping\'s index of rare words)', () => {
  // four content words, three shared: the one changed ("shortly" / "soon") is each wording's rarest, so the
  // index must list a wording under its two rarest words, not its rarest alone
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Senator Ruth Okafor said on Monday in Harlow Bridge: "The mills will reopen in Harlow soon."');
  index.set('b.txt', 'Senator Ruth Okafor told voters in Harlow Bridge on Monday: "The mills will reopen in Harlow shortly."');
  const found = index.conflicts().filter((c) => c.kind === 'quote');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /worded differently/);
});

test('quotes: a long speech does not gather short remarks whose words are merely somewhere in it (no chains through a long quote)', () => {
  const speech = '"I know that this city has had a hard year, and I know a little about hard years myself. When the plant closed we said we would help, and with your support we will finish it. The work is not finished, but we have travelled far and we will keep going until every family here has a job that pays," Mayor Dana Whitfield said in Corran on Friday.';
  const index = new WorkspaceIndex();
  index.set('a.txt', speech);
  // the speech as another paper quotes it, one word changed: a finding of its own
  index.set('c.txt', speech.replace('keep going', 'keep on').replace('Friday', 'Friday night'));
  index.set('b.txt', 'Mayor Dana Whitfield visited Corran on Friday. "This job pays little, I know," said her opponent Paul Brannock. "Every family here had a hard year," volunteer Sian Lloyd told the crowd in Corran.');
  const speechOnly = index.conflicts().filter((c) => c.kind === 'quote');
  assert.equal(speechOnly.length, 1, JSON.stringify(speechOnly));
  assert.deepEqual([...new Set(speechOnly[0].locations.map((l) => l.path))].sort(), ['a.txt', 'c.txt'], speechOnly[0].message);
  index.delete('c.txt');
  // an excerpt of the speech (its words in order, one changed) from the same speaker is still compared with it
  index.set('b.txt', 'Mayor Dana Whitfield visited Corran on Friday. "When the plant closed we said we would help, and with your support we shall finish it," she told the crowd in Corran.');
  const found = index.conflicts().filter((c) => c.kind === 'quote');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /worded differently/);
});

test('quotes: a short slogan in the mouths of three speakers is a phrase they repeat, not a misattribution', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'DES MOINES, March 3, 2026 — "Make the valley work again," candidate Carla Mendez told supporters in Des Moines.');
  index.set('b.txt', 'DES MOINES, March 3, 2026 — "Make the valley work again," said Governor Hal Tessier as Carla Mendez looked on in Des Moines.');
  index.set('c.txt', 'DES MOINES, March 3, 2026 — "Make the valley work again," a protester shouted as Carla Mendez spoke in Des Moines.');
  index.set('d.txt', 'DES MOINES, March 3, 2026 — Carla Mendez spoke in Des Moines. "Make the valley work again," said Nora Quist, a teacher.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
});

test('figures: articles that share only the names every article of the folder names are not one story', () => {
  // a season of campaign news: every article names the two candidates
  const filler = (i: number) => `Candidates Mara Lindqvist and Oren Falk campaigned in town number ${i} this week, talking about roads.`;
  const index = new WorkspaceIndex();
  for (let i = 0; i < 8; i++) index.set(`f${i}.txt`, filler(i));
  index.set('a.txt', 'Mara Lindqvist and Oren Falk debated the minimum wage. Lindqvist backs an hourly minimum wage of $12, her aides said.');
  index.set('b.txt', 'Oren Falk and Mara Lindqvist spoke at a union hall. Lindqvist backs an hourly minimum wage of $15, union leaders said.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'figure'), []);
  // the same two articles alone in a folder: their two names are all the evidence there is, and it is enough
  const pair = new WorkspaceIndex();
  pair.set('a.txt', 'Mara Lindqvist and Oren Falk debated the minimum wage. Lindqvist backs an hourly minimum wage of $12, her aides said.');
  pair.set('b.txt', 'Oren Falk and Mara Lindqvist spoke at a union hall. Lindqvist backs an hourly minimum wage of $15, union leaders said.');
  assert.equal(pair.conflicts().filter((c) => c.kind === 'figure').length, 1);
});

test('figures: poll shares are a reading of one day, compared only between articles of the same day', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Mara Lindqvist leads Oren Falk among young voters, and 61 percent of young voters now back her, according to a Tally Research poll.');
  index.set('b.txt', 'Oren Falk has narrowed the gap with Mara Lindqvist: 48 percent of young voters now back her, according to a Tally Research poll.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'figure'), []);
  index.set('a.txt', 'OMAHA, May 4, 2026 — Mara Lindqvist leads Oren Falk among young voters, and 61 percent of young voters now back her, according to a Tally Research poll.');
  index.set('b.txt', 'OMAHA, May 4, 2026 — Oren Falk has narrowed the gap with Mara Lindqvist: 48 percent of young voters now back her, according to a Tally Research poll.');
  assert.equal(index.conflicts().filter((c) => c.kind === 'figure').length, 1);
});

test('figures: an age is a person\'s only when it is joined to the name', () => {
  const ages = (text: string) => {
    const index = new WorkspaceIndex();
    index.set('a.txt', text);
    index.set('b.txt', 'Teodor Vance, 74, spoke in Omaha on Monday.');
    return index.conflicts().filter((c) => c.kind === 'figure');
  };
  assert.deepEqual(ages('Of the voters 20 to 29 years old, Teodor Vance wins most in Omaha.'), []);
  assert.deepEqual(ages('"They listen," said Bree Hollis, a 31-year-old Teodor Vance volunteer in Omaha.'), []);
  assert.equal(ages('The 79-year-old Teodor Vance spoke in Omaha on Monday.').length, 1);
});

test('roles: one holder named by first name in one article and in full in another is one holder', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Rowan Pike met Vermont Gov. Ellis in Burlington on Monday.');
  index.set('b.txt', 'Vermont Gov. Ellis Marchetti met Rowan Pike in Burlington on Monday.');
  // another Ellis in the folder: "Ellis" alone is not linked to either
  index.set('c.txt', 'Ellis Brand, a dairy farmer, met Rowan Pike in Burlington on Monday.');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'role'), []);
});

test('the kinds of incident a text reports: whole words of its letters, whatever stands around them', () => {
  const kinds = (text: string): string[] => [...incidentsIn(text.toLowerCase())];
  assert.deepEqual(kinds('Flash-floods cut the valley road after the earthquake.'), ['quake', 'flood']);
  assert.deepEqual(kinds('Two air-strikes and an airstrike hit the depot; gunmen fled.'), ['attack', 'shooting']);
  // in the order of the kinds, each once, whatever the order in the text
  assert.deepEqual(kinds('A heatwave, then tornadoes, then a fire, then more fires.'), ['fire', 'storm', 'heatwave']);
  // a word inside a longer one is not that word; digits and marks are not letters
  assert.deepEqual(kinds('The shots were fired at firemen near the firebreak, a shooter said.'), []);
  assert.deepEqual(kinds('heat2 and 2blast'), ['explosion', 'heatwave']);
  assert.deepEqual(kinds('crashes, derailment, derail, rallies, rall, marched, virus, viruses'), ['crash', 'protest', 'epidemic']);
  // letters beyond ASCII (and beyond the first plane) join a word; other signs end it
  assert.deepEqual(kinds('préfire, fireé, \u{1D400}riot, riot\u{1F600}'), ['protest']);
  // a lone surrogate is one sign between words
  assert.deepEqual(kinds('\ud800heat and fire\udc00'), ['fire', 'heatwave']);
  assert.deepEqual(kinds(''), []);
});

test('roles: a country\'s minister named in apposition, or without the country in an article naming one country, is that country\'s', () => {
  const roles = (a: string, b: string) => pairFindings('role', a, b);
  const a = 'QUITO, May 5, 2026 — Floods closed the Pan-American highway near Latacunga on Monday, Ecuador\'s government said. Transport Minister Lucia Paredes Vera said the road would reopen within a week.';
  const b = 'QUITO, May 5, 2026 — The Pan-American highway near Latacunga was closed by floods on Monday. Ecuador\'s transport minister, Ramiro Ortega Salas, said repairs would take a week.';
  const found = roles(a, b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Lucia Paredes Vera/);
  assert.match(found[0].message, /Ramiro Ortega Salas/);
  // two countries named: "Transport Minister" may be either's
  assert.deepEqual(roles(a.replace("Ecuador's government said", "Ecuador's and Peru's governments said"), b), []);
  // a deputy minister is one of several
  assert.deepEqual(roles(a, b.replace("Ecuador's transport minister", "Ecuador's deputy transport minister")), []);
  // a president or a governor without a country is no country's: states and councils have them too
  assert.deepEqual(roles(a.replace('Transport Minister', 'President'), b.replace("Ecuador's transport minister", "Ecuador's president")), []);
});

test('figures: what two people want are positions, compared only with the same holder\'s', () => {
  const findings = (x: string, y: string) => pairFindings('figure', x, y);
  const a = 'Mara Lindqvist and Oren Falk debated the minimum wage in Omaha. Lindqvist supports a $12 minimum wage, her aides said.';
  // another holder's position: no contradiction
  assert.deepEqual(findings(a, 'Oren Falk and Mara Lindqvist debated the minimum wage in Omaha. Falk supports a $15 minimum wage, his aides said.'), []);
  // a target with no named holder, after a change not made yet
  assert.deepEqual(findings(a, 'Oren Falk and Mara Lindqvist debated the minimum wage in Omaha. The party is united on lifting the city minimum wage to $15.'), []);
  // the same holder's position given two ways is a finding
  assert.equal(findings(a, 'Oren Falk and Mara Lindqvist debated the minimum wage in Omaha. Lindqvist supports a $15 minimum wage, union leaders said.').length, 1);
  // a tally is no position: "backing it by 321 votes"
  assert.equal(findings('LONDON, 24 June 2026 – MPs voted by 312 votes to 254 on Tuesday to pass the Water Bonus Bill.',
    'LONDON, 24 June 2026 – MPs passed the Water Bonus Bill on Tuesday, supporting it by 321 votes to 254.').length, 1);
});

test('figures: the kin of some of the dead, or a toll at each place, is not the whole toll', () => {
  const findings = (x: string, y: string) => pairFindings('figure', x, y);
  const d = 'OSTRAVA, May 4, 2026 — ';
  const whole = `${d}The ambush on the Tarvel convoy near Ostrava on Sunday killed four soldiers, Colonel Jan Reiter said.`;
  assert.deepEqual(findings(whole, `${d}The parents of two soldiers killed in the ambush on the Tarvel convoy near Ostrava on Sunday are suing, Colonel Jan Reiter said.`), []);
  assert.deepEqual(findings(whole, `${d}In the ambush on the Tarvel convoy near Ostrava on Sunday, two soldiers were killed at each checkpoint, Colonel Jan Reiter said.`), []);
  assert.equal(findings(whole, `${d}The ambush on the Tarvel convoy near Ostrava on Sunday killed two soldiers, Colonel Jan Reiter said.`).length, 1);
});

test('roles: a title-case headline ending in a full stop is read as a headline, not as names', () => {
  const text = 'Ohio Gov. Hears About Budget Gap, Sends Stern Warning To Senate.\n\nOhio Gov. Dana Whitcombe wrote to the Senate on Monday about the budget gap.';
  const names = analyzeText(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
  assert.ok(!names.some((n) => /Hears|Warning|Budget/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('Dana Whitcombe'), JSON.stringify(names));
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'role'), []);
});

test('figures: what a thing sold or fetched for is its price, compared across reports of the sale', () => {
  const findings = (x: string, y: string) => pairFindings('figure', x, y);
  const d = 'PERTH, 3 March 2026 – ';
  const a = `${d}A seascape by the painter Iris Calloway sold for $2.6 million at a Perth auction on Tuesday, a record for the artist.`;
  const found = findings(a, `${d}Iris Calloway's seascape fetched $6.2 million at a Perth auction on Tuesday, a record for the painter.`);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /\$2\.6 million.*\$6\.2 million|\$6\.2 million.*\$2\.6 million/);
  assert.deepEqual(findings(a, `${d}Iris Calloway's seascape fetched $2.6m at a Perth auction on Tuesday, a record for the painter.`), []);
});

test('quotes: a remark quoted in fragments in one paper and whole in another is no rewording', () => {
  const d = 'DAYTON, May 4, 2026 — ';
  const index = new WorkspaceIndex();
  index.set('a.txt', `${d}Dana Whitcombe met Carl Brandt in Dayton on Monday. She said it was "a very workable plan for the city" and called its timetable "unheard of."`);
  index.set('b.txt', `${d}Dana Whitcombe met Carl Brandt in Dayton on Monday. "It is a very workable plan for the city," Whitcombe told reporters after the meeting.`);
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
  // the fragment reworded is a finding
  index.set('b.txt', `${d}Dana Whitcombe met Carl Brandt in Dayton on Monday. "It is a barely workable plan for the city," Whitcombe told reporters after the meeting.`);
  assert.equal(index.conflicts().filter((c) => c.kind === 'quote').length, 1);
});

test('quotes: a name the writer adds in brackets after a pronoun is not the speaker\'s wording', () => {
  const d = 'DAYTON, May 4, 2026 — ';
  const index = new WorkspaceIndex();
  index.set('a.txt', `${d}Dana Whitcombe met Carl Brandt in Dayton on Monday. "She had no exact budget in view, and he is acting unfairly toward the city council," said Lena Ortiz, an aide.`);
  index.set('b.txt', `${d}Dana Whitcombe met Carl Brandt in Dayton on Monday. Lena Ortiz said Whitcombe "had no exact budget in view, and he [Brandt] is acting unfairly toward the city council."`);
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
});

test('an index that keeps no figure state (the command line) finds the same conflicts, and answers no counterparts from it', () => {
  const kept = new WorkspaceIndex();
  const dropped = new WorkspaceIndex();
  dropped.keepFigureState = false;
  for (const pair of readdirSync(PAIRS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(PAIRS, pair.name)).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(PAIRS, pair.name, f), 'utf8');
      kept.set(`${pair.name}/${f}`, text);
      dropped.set(`${pair.name}/${f}`, text);
    }
  }
  const found = kept.conflicts();
  assert.ok(found.some((c) => c.kind === 'figure'), 'the fixtures have figure conflicts');
  assert.deepEqual(dropped.conflicts(), found);
  const withFacts = kept.paths().flatMap((p) => kept.get(p)!.analysis.figures.map((f) => ({ p, f }))).filter(({ p, f }) => kept.figureCounterparts(p, f) !== undefined);
  assert.ok(withFacts.length > 0);
  for (const { p, f } of withFacts) assert.equal(dropped.figureCounterparts(p, f), undefined);
  assert.deepEqual(dropped.lastFigureCheck, { buckets: 0, compared: 0 });
  // a second look at the findings is the same list (they are kept; only the figure check's state is dropped)
  assert.equal(dropped.conflicts(), dropped.conflicts());
});

test('roles: a form of address between the role and the name ("Health Minister Dr …", "Health Minister, Dr …") is in neither', () => {
  const person = analyzeText('Jamaica\'s Health Minister Dr Everton Blake opened the wing.').entities.find((e) => e.type === 'PERSON')!;
  assert.equal(person.text, 'Everton Blake');
  assert.equal(person.role?.text, 'Health Minister');
  const d = 'KINGSTON, March 10, 2026 — ';
  const index = new WorkspaceIndex();
  index.set('a.txt', `${d}Jamaica's Health Minister Dr Orville Dacres opened a 90-bed wing at the Morant Bay hospital on Tuesday.`);
  index.set('b.txt', `${d}A 90-bed wing opened at the Morant Bay hospital on Tuesday, with Jamaica's Health Minister, Dr Paulette Rowe, promising shorter waits.`);
  const found = index.conflicts().filter((c) => c.kind === 'role');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Orville Dacres/);
  assert.match(found[0].message, /Paulette Rowe/);
});

test('roles: a national chief officer named without the country ("Chief veterinary officer Dr …", "the country\'s chief veterinary officer, Dr …") is the one country\'s', () => {
  const d = 'KIGALI, Tuesday 13 July 2027 – ';
  const a = `${d}Veterinary teams have culled 1,340 pigs in Rwanda's Eastern Province after African swine fever was confirmed near Kayonza. The country's chief veterinary officer, Dr Eric Nshimiyimana, told reporters that tests had confirmed the virus on Saturday.`;
  const b = (role: string, country = 'Rwanda') => `${d}${country} has banned the movement of pigs within 10 kilometres of a farm in Kayonza after African swine fever was confirmed there. ${role} Dr Alice Mukamana said the virus had been confirmed by laboratory tests on Saturday.`;
  const found = pairFindings('role', a, b('Chief veterinary officer'));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Eric Nshimiyimana/);
  assert.match(found[0].message, /Alice Mukamana/);
  // the same person: nothing
  assert.deepEqual(pairFindings('role', a, b('Chief veterinary officer').replace('Alice Mukamana', 'Eric Nshimiyimana')), []);
  // another country's officer, or an office of many holders ("a veterinary officer"), is no rival
  assert.deepEqual(pairFindings('role', a, b('Chief veterinary officer', 'Uganda').replace("Kayonza", 'Mbarara').replace("Kayonza", 'Mbarara')), []);
  assert.deepEqual(pairFindings('role', a, b('Veterinary officer')), []);
  // a company's chief executive is not the country's
  assert.deepEqual(pairFindings('role', a.replace("The country's chief veterinary officer", "The country's chief executive officer"), b('Chief executive officer')), []);
});

test('figures: the age of a person described without a name is compared between reports of one event', () => {
  const a = 'DUNEDIN, 3 May 2026 – A 29-year-old Mosgiel tramper was found alive after two nights in the Silver Peaks, Dunedin police said. The tramper had set out from Mosgiel alone on Friday.';
  const b = 'DUNEDIN, 3 May 2026 – A Mosgiel tramper, aged 52, was rescued from the Silver Peaks on Sunday after two nights in the open, police said.';
  const found = pairFindings('figure', a, b);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /age of the unnamed Mosgiel tramper/);
  // a tramper may be a woman
  assert.equal(pairFindings('figure', a, b.replace('A Mosgiel tramper', 'A Mosgiel woman')).length, 1);
  // a man and a woman, a girl and a woman, or two men told apart by nothing: not one person
  assert.deepEqual(pairFindings('figure',
    'DUNEDIN, 3 May 2026 – A 29-year-old Mosgiel man was found alive in the Silver Peaks, Dunedin police said.',
    'DUNEDIN, 3 May 2026 – A Mosgiel woman, aged 52, was rescued from the Silver Peaks on Sunday, police said.'), []);
  assert.deepEqual(pairFindings('figure',
    'DUNEDIN, 3 May 2026 – A 12-year-old Mosgiel girl was found alive in the Silver Peaks, Dunedin police said.',
    'DUNEDIN, 3 May 2026 – A Mosgiel woman, aged 52, was rescued from the Silver Peaks on Sunday, police said.'), []);
  assert.deepEqual(pairFindings('figure',
    'DUNEDIN, 3 May 2026 – A 19-year-old man was stabbed in the Octagon in Dunedin on Friday night, police said.',
    'DUNEDIN, 3 May 2026 – A 45-year-old man was arrested in the Octagon in Dunedin on Saturday, police said.'), []);
});

test('figures: an age without a name beside it is the person the sentences around name (a definite age after the name, the delayed lede before it)', () => {
  const d = 'LUSAKA, 4 June 2026 – ';
  const named = `${d}Retired nurse Chanda Mwewa rowed across Lake Kariba alone on Saturday to raise money for a rural clinic. The 66-year-old, who learned to row at 60, finished in nine hours.`;
  const lede = `${d}A 63-year-old retired nurse rowed across Lake Kariba alone on Saturday to raise money for a rural clinic. Mrs Chanda Mwewa, who learned to row at 60, finished in nine hours.`;
  const found = pairFindings('figure', named, lede);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Chanda Mwewa/);
  // the name in the paragraph before
  assert.equal(pairFindings('figure', named.replace(' The 66-year-old', '\n\nThe 66-year-old'), lede).length, 1);
  // the same age in both: nothing to flag
  assert.deepEqual(pairFindings('figure', named, lede.replace('63-year-old', '66-year-old')), []);
  // ages far apart are two people who share a name, not a slip
  assert.deepEqual(pairFindings('figure', named, lede.replace('63-year-old', '31-year-old')), []);
  // two people named in the sentence before: the age is nobody's
  assert.deepEqual(pairFindings('figure', named.replace('Retired nurse Chanda Mwewa rowed', 'Retired nurse Chanda Mwewa and her coach Bupe Tembo rowed'), lede), []);
  // the next sentence opens with someone speaking: a police officer as often as the person described
  assert.deepEqual(pairFindings('figure', named, lede.replace('Mrs Chanda Mwewa, who learned to row at 60, finished in nine hours.', 'Chanda Mwewa said she learned to row at 60.')), []);
  // a person named before the lede's age: the age is someone else's, not the next sentence's
  assert.deepEqual(pairFindings('figure', named, lede.replace('A 63-year-old retired nurse rowed', 'Coach Bupe Tembo said a 63-year-old retired nurse rowed')), []);
});

test('figures: the size of one crowd is compared between reports of one event ("the crowd at 107,000", "275,000 people joined")', () => {
  const d = (day: string) => `KAMPALA, ${day} – `;
  const a = (day: string) => `${d(day)}Thousands marched through Kampala on Saturday against the Nakivubo fuel levy. Police put the crowd at 18,000, and organisers from the Uganda Motorists Forum said the march was peaceful.`;
  const b = (day: string) => `${d(day)}Organisers of the Uganda Motorists Forum said 60,000 people joined Saturday's march in Kampala against the Nakivubo fuel levy.`;
  const found = pairFindings('figure', a('6 June 2026'), b('6 June 2026'));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /the crowd: 18,000 .* vs 60,000 people/);
  assert.deepEqual(pairFindings('figure', a('6 June 2026'), b('6 June 2026').replace('60,000', '18,000')), []);
  // a march a month later is another crowd
  assert.deepEqual(pairFindings('figure', a('6 June 2026'), b('11 July 2026')), []);
  // a turnout in percent stays a measure of its own
  assert.equal(pairFindings('figure', `${d('6 June 2026')}Turnout in the Kampala by-election was 48%, the Uganda Electoral Commission said.`,
    `${d('6 June 2026')}The Uganda Electoral Commission said turnout in the Kampala by-election was 62%.`).length, 1);
});

test('figures: animals poached are animals killed; a fine after its object of several words is a fine ("fined a Dar es Salaam drug distributor TSh 120 million")', () => {
  const d = 'WINDHOEK, Thursday 2 December 2027 – ';
  const a = (n: number) => `${d}Poachers have killed ${n} rhinos in Etosha National Park since January, the Ministry of Environment, Forestry and Tourism said yesterday.`;
  const b = (n: number) => `${d}A total of ${n} rhinos have been poached in Etosha National Park so far this year, Ministry of Environment, Forestry and Tourism spokesperson Sakaria Ndjambula said.`;
  assert.equal(pairFindings('figure', a(14), b(41)).length, 1);
  assert.deepEqual(pairFindings('figure', a(14), b(14)), []);
  const t = 'DAR ES SALAAM, Friday 5 March 2027 – ';
  const c = (n: number) => `${t}The Tanzania Medicines and Medical Devices Authority has fined a Dar es Salaam drug distributor TSh ${n} million for selling unregistered antibiotics.`;
  const e = (n: number) => `${t}A drug distributor in Dar es Salaam has been fined TSh ${n} million by the Tanzania Medicines and Medical Devices Authority.`;
  const found = pairFindings('figure', c(120), e(210));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /fine/);
  assert.deepEqual(pairFindings('figure', c(120), e(120)), []);
});

test('quotes: a short remark word for word from two named people in two reports of one story on one day is flagged', () => {
  const a = (day: string) => `GALWAY, ${day} — The council's housing plan was "a disaster for young families", opposition councillor Niamh Brogan said on Tuesday, after council leader Peadar Quinlan published the €40m scheme for Galway and Oranmore.`;
  const b = (day: string) => `GALWAY, ${day} — Tenants' advocate Declan Furey called the council's €40m housing plan "a disaster for young families" on Tuesday. Council leader Peadar Quinlan defended the scheme for Galway and Oranmore.`;
  const found = pairFindings('quote', a('May 5, 2026'), b('May 5, 2026'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /given to different speakers/);
  // reports of different days: two people may well have used the same words
  assert.deepEqual(pairFindings('quote', a('May 5, 2026'), b('May 19, 2026')), []);
});

test('figures: two reports of one event on one day giving different floors for its toll are flagged', () => {
  const a = (n: number, day: string) => `KISUMU, ${day} – At least ${n} people were killed when a market roof collapsed in Kondele on Monday, police said. County commander Joseph Otieno Wanyama said 30 people had been rescued.`;
  const b = (n: number, day: string) => `KISUMU, ${day} – A market roof collapsed in Kondele on Monday, killing at least ${n} people, according to police. County commander Joseph Otieno Wanyama said 30 people had been rescued.`;
  assert.equal(pairFindings('figure', a(11, '9 March 2027'), b(17, '9 March 2027')).length, 1);
  assert.deepEqual(pairFindings('figure', a(11, '9 March 2027'), b(11, '9 March 2027')), []);
  // a higher floor a day later is an update
  assert.deepEqual(pairFindings('figure', a(11, '9 March 2027'), b(17, '10 March 2027')), []);
});

test('figures: jobs cut are one count whichever noun counts them ("cut 900 jobs", "600 staff will lose their jobs", "job cuts", "laid off")', () => {
  const a = (n: string) => `HAMILTON, 4 June 2027 – Waikato dairy processor Te Awa Milk will cut ${n} jobs at its Morrinsville factory by March, the company said on Friday, blaming a fall in export orders.`;
  const b = (clause: string) => `HAMILTON, 4 June 2027 – ${clause}, Te Awa Milk said on Friday. Chief executive Aroha Ngata said export orders to China had fallen for two years.`;
  const cases: [string, string, number][] = [
    ['900', 'About 600 staff at Te Awa Milk\'s Morrinsville factory will lose their jobs by March', 1],
    ['900', 'Te Awa Milk will lay off 600 workers at its Morrinsville factory', 1],
    ['900', 'The Morrinsville factory faces 600 job cuts at Te Awa Milk', 1],
    ['600', 'About 600 staff at Te Awa Milk\'s Morrinsville factory will lose their jobs by March', 0],
    // how many the factory employs is another measure
    ['900', 'The Morrinsville factory of Te Awa Milk employs about 600 workers', 0],
  ];
  for (const [n, clause, want] of cases) assert.equal(pairFindings('figure', a(n), b(clause)).length, want, `${n} jobs / ${clause}`);
});

test('quotes: one person\'s sentence quoted in two reports of one day with one word changed is flagged, with both words', () => {
  const a = (word: string, day: string) => `SUVA, ${day} — Fiji will double school grants for rural districts from January, Education Minister Losana Vuki said on Monday. "We are going to double school ${word} for rural districts from January, because every child deserves a full classroom," Vuki told reporters in Suva.`;
  const b = (day: string) => `SUVA, ${day} — Education Minister Losana Vuki announced changes to rural schooling in Fiji on Monday. "We are going to double school fees for rural districts from January, since the ministry cannot carry the cost alone," Vuki told reporters in Suva.`;
  const found = pairFindings('quote', a('grants', '12 July 2027'), b('12 July 2027'));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /"grants" \/ "fees"/);
  // reports of different days, or a change that is a form of the same word, are not flagged
  assert.deepEqual(pairFindings('quote', a('grants', '12 July 2027'), b('19 July 2027')), []);
  assert.deepEqual(pairFindings('quote', a('fee', '12 July 2027'), b('12 July 2027')), []);
});

test('a figure check whose state is not kept gathers no pairs for later and finds the same conflicts', () => {
  const index = new WorkspaceIndex();
  for (const pair of readdirSync(PAIRS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(PAIRS, pair.name)).filter((n) => n.endsWith('.txt'))) index.set(`${pair.name}/${f}`, readFileSync(join(PAIRS, pair.name, f), 'utf8'));
  }
  const docs = index.paths().sort().map((p) => index.get(p)!);
  const records = new Map(index.entities().map((e) => [e.id, e]));
  const textOf = (p: string): string | undefined => index.text(p);
  const kept = new FigureCheckState();
  const found = drain(findConflictsSteps(docs, records, textOf, kept));
  assert.ok(found.some((c) => c.kind === 'figure') && kept.buckets.size > 0);
  const dropped = new FigureCheckState();
  dropped.keep = false;
  assert.deepEqual(drain(findConflictsSteps(docs, records, textOf, dropped)), found);
  assert.equal(dropped.buckets.size, 0, 'no pairs kept');
  assert.deepEqual(dropped.lastRun, kept.lastRun);
});

test('figures: a count of derailed wagons is compared, after an "of" complement and when the wagons "came off the tracks"', () => {
  const a = (n: string) => `KALGOORLIE, 3 May 2027 – ${n} wagons of an iron ore train came off the tracks near Coolgardie on Monday, Pacific Rail Haulage said. Operations manager Dean Whitlock said the line would reopen on Wednesday.`;
  const b = (n: string) => `KALGOORLIE, 3 May 2027 – The line east of Coolgardie stayed shut after ${n} wagons of an iron ore train derailed on Monday, according to Pacific Rail Haulage. Dean Whitlock, its operations manager, said the line would reopen on Wednesday.`;
  assert.equal(pairFindings('figure', a('Twelve'), b('21')).length, 1);
  assert.deepEqual(pairFindings('figure', a('Twelve'), b('12')), []);
});

test('figures: wagons that "left the tracks" are derailed whatever words follow ("left the tracks near …")', () => {
  const a = (n: string) => `KALGOORLIE, 3 May 2027 – ${n} wagons left the tracks near Coolgardie on Monday, Pacific Rail Haulage said. Operations manager Dean Whitlock said the line would reopen on Wednesday.`;
  const b = (n: string) => `KALGOORLIE, 3 May 2027 – ${n} wagons of an iron ore train derailed near Coolgardie on Monday, according to Pacific Rail Haulage. Dean Whitlock, its operations manager, said the line would reopen on Wednesday.`;
  assert.equal(pairFindings('figure', a('Twelve'), b('21')).length, 1);
  assert.deepEqual(pairFindings('figure', a('Twelve'), b('12')), []);
});

test('roles: an organisation\'s role in apposition around the name counts for the office, in each of its forms', () => {
  const d = 'BRUSSELS, June 4, 2026 — ';
  const a = `${d}NATO Secretary General Ilse Varga opened the meeting of NATO defence ministers in Brussels on Thursday.`;
  for (const b of [
    'Tomas Brenner, NATO\'s secretary general, opened the meeting of NATO defence ministers in Brussels on Thursday.',
    'Tomas Brenner, the secretary general of NATO, opened the meeting of NATO defence ministers in Brussels on Thursday.',
    'The secretary general of NATO, Tomas Brenner, opened the meeting of NATO defence ministers in Brussels on Thursday.',
    'Tomas Brenner, NATO secretary general, opened the meeting of NATO defence ministers in Brussels on Thursday.',
  ]) {
    const found = pairFindings('role', a, d + b);
    assert.equal(found.length, 1, b);
    assert.match(found[0].message, /Ilse Varga.*Tomas Brenner/);
    // the finding's range in each document covers the name and its role, whichever comes first
    const loc = found[0].locations.find((l) => l.path === 'b.txt')!;
    assert.ok(loc.start < loc.end, JSON.stringify(loc));
    assert.match((d + b).slice(loc.start, loc.end), /Tomas Brenner/);
    assert.match((d + b).slice(loc.start, loc.end), /secretary general/);
  }
  // a former holder, or one of several ("a deputy"), is no rival
  for (const b of [
    'Tomas Brenner, the former secretary general of NATO, spoke at the meeting of NATO defence ministers in Brussels on Thursday.',
    'Tomas Brenner, a deputy secretary general of NATO, spoke at the meeting of NATO defence ministers in Brussels on Thursday.',
  ]) assert.deepEqual(pairFindings('role', a, d + b), [], b);
});

test('roles: the office of an organisation the lexicon does not know is the one the document names, by its name or its acronym', () => {
  const d = 'LILONGWE, Monday 8 June 2026 – ';
  const a = `${d}The Lake Malawi Fisheries Board opened a hatchery at Nkhata Bay on Monday. LMFB Director-General Mr Chisomo Banda said 40 jobs would follow.`;
  const b = `${d}A hatchery opened at Nkhata Bay on Monday. It was opened by the director-general of the Lake Malawi Fisheries Board (LMFB), Mrs Tamanda Phiri, who said 40 jobs would follow.`;
  const found = pairFindings('role', a, b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Chisomo Banda.*Tamanda Phiri/);
  // another body's director-general is another office
  assert.deepEqual(pairFindings('role', a, b.replace(/Lake Malawi Fisheries Board \(LMFB\)/, 'Malawi Ports Authority (MPA)')), []);
});

test('quotes: a number in words in one paper and in digits in another is the same wording, not a rewording', () => {
  const d = 'PORT OF SPAIN, 9 June 2026 – ';
  const q = (n: string) => `${d}Divers freed a humpback whale from a fishing net off Chacachacare on Monday. "It was the most beautiful thing I have seen in ${n} years of diving," said diver Nadia Rampersad-Lebon of the Caribbean Reef Trust.`;
  assert.deepEqual(pairFindings('quote', q('twenty'), q('20')), []);
  assert.deepEqual(pairFindings('quote', q('twenty-five'), q('25')), []);
  // a different number is still a different wording
  assert.equal(pairFindings('quote', q('twenty'), q('30')).length, 1);
});

test('roles: "the agency\'s chief executive, NAME" is the chief executive of the organisation named before whose name has that word', () => {
  const a = `NAIROBI, 14 April 2027 – A marathon runner has been banned for four years after testing positive for EPO, the Anti-Doping Agency of Kenya (ADAK) said yesterday.\n\nThe agency's chief executive, Sarah Wambui, told journalists in Nairobi that the sample was collected at a training camp in Iten in January.`;
  const b = `NAIROBI, April 14, 2027 — A Kenyan marathoner was handed a four-year ban on Tuesday for using EPO.\n\nPeter Lagat, chief executive of the Anti-Doping Agency of Kenya, said the positive sample had been taken at a training camp in Iten in January.`;
  const found = pairFindings('role', a, b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /Sarah Wambui/);
  assert.match(found[0].message, /Peter Lagat/);
  // the same person: nothing
  assert.deepEqual(pairFindings('role', a, b.replace('Peter Lagat', 'Sarah Wambui')), []);
  // no organisation named before with that word ("the company's" when only an agency is named): nobody's office
  assert.deepEqual(pairFindings('role', a.replace("The agency's", "The company's"), b), []);
  // an office of many ("the agency's spokesperson") or a former holder is no rival
  assert.deepEqual(pairFindings('role', a.replace("The agency's chief executive", "The agency's spokesperson"), b.replace('chief executive of', 'spokesperson for')), []);
  assert.deepEqual(pairFindings('role', a.replace("The agency's chief executive", "The agency's former chief executive"), b), []);
});

test('figures: the place of a dateline is where the story was filed, not something the sentence after it names', () => {
  const a = 'PORT MORESBY, Wednesday 18 August 2027 – Fisheries officers have seized 3.2 tonnes of dried sea cucumber from a warehouse in Alotau, the National Fisheries Authority said yesterday.\n\nTwo men were arrested at the warehouse.';
  const b = "ALOTAU, August 18, 2027 (Wire) — Papua New Guinea's National Fisheries Authority said on Tuesday it had seized 2.3 tonnes of dried sea cucumber at a warehouse in Alotau.\n\nPolice arrested two men at the warehouse.";
  const found = pairFindings('figure', a, b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /3\.2 tonnes/);
  assert.deepEqual(pairFindings('figure', a, b.replace('2.3 tonnes', '3.2 tonnes')), []);
  // a place named in the sentence itself still tells two subjects apart ("… in Lae" against "… in Alotau", each
  // article naming a place the other never does)
  assert.deepEqual(pairFindings('figure', a.replace('from a warehouse in Alotau', 'from a warehouse in Lae'),
    b.replace("Papua New Guinea's ", 'The ').replace('Alotau.', 'Rabaul.')), []);
});

test('figures: customers who "will pay 8.5 per cent more" report a price rise, compared with a rise "by 5.8 per cent"', () => {
  const a = (x: string) => `GABORONE, Tuesday 25 May 2027 – Home broadband customers of Kgalagadi Telecom will pay ${x} from 1 July, the company announced yesterday.`;
  const b = 'GABORONE, 25 May 2027 – Kgalagadi Telecom will raise its home broadband prices by 5.8 per cent on 1 July, the operator said on Monday.';
  const found = pairFindings('figure', a('8.5 per cent more'), b);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /8\.5 per cent/);
  assert.deepEqual(pairFindings('figure', a('5.8 per cent more'), b), []);
  // "for" names what costs more: compared when it is the same thing, not when it is another
  assert.equal(pairFindings('figure', a('8.5 per cent more for home broadband'), b).length, 1);
  assert.deepEqual(pairFindings('figure', a('8.5 per cent more for mobile data'), b), []);
  // "more" without paying is no price ("8.5 per cent more customers")
  assert.deepEqual(pairFindings('figure', 'GABORONE, Tuesday 25 May 2027 – Kgalagadi Telecom signed up 8.5 per cent more customers this year, the company announced yesterday.', b), []);
});

test('roles: more forms of an organisation\'s role around a name ("ORG\'s chief executive NAME", "…, chief executive at ORG,", "its chief executive, NAME,", "NAME, the authority\'s chief executive,")', () => {
  const d = 'MOMBASA, 3 May 2027 – The container berth at Mombasa port will reopen on Monday after repairs. ';
  const b = 'MOMBASA, May 3, 2027 — Mary Wanjiru, the chief executive of the Kenya Ports Authority, said the container berth at Mombasa port would reopen on Monday after repairs.';
  for (const a of [
    "Kenya Ports Authority's chief executive Peter Lagat said the berth would reopen.",
    'Peter Lagat, chief executive at the Kenya Ports Authority, said the berth would reopen.',
    'The Kenya Ports Authority said the berth would reopen. Its chief executive, Peter Lagat, said repairs were done.',
    'The Kenya Ports Authority said the berth would reopen. Peter Lagat, its chief executive, said repairs were done.',
    "The Kenya Ports Authority said the berth would reopen. Peter Lagat, the authority's chief executive, said repairs were done.",
    // an acronym the article defines, though the lexicon knows those letters as another body's
    'The Kenya Ports Authority (KPA) said the berth would reopen. KPA chief executive Peter Lagat said repairs were done.',
  ]) {
    const found = pairFindings('role', d + a, b);
    assert.equal(found.length, 1, a);
    assert.match(found[0].message, /Peter Lagat/);
    const loc = found[0].locations.find((l) => l.path === 'a.txt')!;
    assert.match((d + a).slice(loc.start, loc.end), /Peter Lagat/);
  }
  // "its" with no organisation named before, a lecturer "at" it (one of many), or an agency's chief when only a
  // ports authority is named: nobody's office
  for (const a of [
    'Its chief executive, Peter Lagat, said repairs were done.',
    'Peter Lagat, a lecturer at the Kenya Ports Authority, said the berth would reopen.',
    "The Kenya Ports Authority said the berth would reopen. Peter Lagat, the agency's chief executive, said repairs were done.",
  ]) assert.deepEqual(pairFindings('role', d + a, b), [], a);
});

test('figures: a death toll, lives claimed and "killed 31" without a noun are people killed, compared with "killed 23 people"', () => {
  const a = 'SYLHET, 3 May 2027 – Flash floods in Sylhet killed 23 people on Thursday, the disaster management ministry said.';
  const b = (s: string) => `SYLHET, May 3, 2027 — ${s}`;
  for (const s of [
    'The death toll from flash floods in Sylhet rose to 31 on Thursday, the disaster management ministry said.',
    'Flash floods in Sylhet claimed 31 lives on Thursday, the disaster management ministry said.',
    'Flash floods in Sylhet on Thursday killed 31, the disaster management ministry said.',
  ]) {
    const found = pairFindings('figure', a, b(s));
    assert.equal(found.length, 1, s);
    assert.match(found[0].message, /23 people/);
    assert.deepEqual(pairFindings('figure', a, b(s.replace('31', '23'))), [], s);
  }
  // a toll that is money, or a number that counts something else, is no death toll
  assert.deepEqual(pairFindings('figure', a, b('Flash floods in Sylhet closed the toll road for 31 hours on Thursday, the disaster management ministry said.')), []);
  assert.deepEqual(pairFindings('figure', a, b('Flash floods in Sylhet on Thursday killed 31 cattle, the disaster management ministry said.')), []);
});

test('figures: "a 3.2-tonne haul of X" and "X weighing 3.2 tonnes" measure X, compared with "seized 2.3 tonnes of X"', () => {
  const a = 'SYLHET, 3 May 2027 – Fisheries officers seized 2.3 tonnes of dried sea cucumber at a warehouse in Alotau on Sunday, the National Fisheries Authority said.';
  const b = (s: string) => `SYLHET, May 3, 2027 — ${s}`;
  for (const s of [
    'The National Fisheries Authority said a 3.2-tonne haul of dried sea cucumber was seized at a warehouse in Alotau on Sunday.',
    'The National Fisheries Authority said a shipment of 3.2 tonnes of dried sea cucumber was seized at a warehouse in Alotau on Sunday.',
    'Officers found dried sea cucumber weighing 3.2 tonnes at a warehouse in Alotau on Sunday, the National Fisheries Authority said.',
  ]) {
    const found = pairFindings('figure', a, b(s));
    assert.equal(found.length, 1, s);
    assert.deepEqual(pairFindings('figure', a, b(s.replace('3.2', '2.3'))), [], s);
  }
  // a haul of something else is another haul
  assert.deepEqual(pairFindings('figure', a, b('The National Fisheries Authority said a 3.2-tonne haul of shark fin was seized at a warehouse in Alotau on Sunday.')), []);
});

test('figures: "increase home broadband prices 8.5 per cent" (a verb of change, its object, then the figure) is a change in those prices', () => {
  const a = 'GABORONE, 25 May 2027 – Kgalagadi Telecom will raise its home broadband prices by 5.8 per cent on 1 July, the operator said on Monday.';
  const b = (x: string) => `GABORONE, Tuesday 25 May 2027 – Kgalagadi Telecom will increase ${x} on 1 July, the operator said.`;
  assert.equal(pairFindings('figure', a, b('home broadband prices 8.5 per cent')).length, 1);
  assert.equal(pairFindings('figure', a, b('its home broadband prices 8.5 per cent')).length, 1);
  assert.deepEqual(pairFindings('figure', a, b('home broadband prices 5.8 per cent')), []);
  // another thing raised is another change
  assert.deepEqual(pairFindings('figure', a, b('mobile data prices 8.5 per cent')), []);
});

test('roles: a national minister named in more forms around the name ("Ana Ruiz, Peru\'s interior minister,", "the interior minister, Ana Ruiz,", "Minister of the Interior Ana Ruiz", "minister for health")', () => {
  const a = "LIMA, May 3, 2027 — Peru's interior minister, Carla Mendoza, said on Monday that 40 police officers had been suspended over the Cusco protests.";
  const b = (s: string) => `LIMA, 3 May 2027 – ${s}\n\nThe protests began on Friday in Cusco, Peru.`;
  for (const s of [
    "Ana Ruiz, Peru's interior minister, said on Monday that 40 police officers had been suspended over the Cusco protests.",
    'Ana Ruiz, the interior minister, said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'The interior minister, Ana Ruiz, said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'Ana Ruiz, minister of the interior, said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'Minister of the Interior Ana Ruiz said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'Minister for the Interior Ana Ruiz said on Monday that 40 police officers had been suspended over the Cusco protests.',
    "Ana Ruiz, Peru's minister of the interior, said on Monday that 40 police officers had been suspended over the Cusco protests.",
    'The Peruvian interior minister, Ana Ruiz, said on Monday that 40 police officers had been suspended over the Cusco protests.',
  ]) {
    const found = pairFindings('role', a, b(s));
    assert.equal(found.length, 1, s);
    assert.match(found[0].message, /Carla Mendoza.*Ana Ruiz|Ana Ruiz.*Carla Mendoza/);
    const loc = found[0].locations.find((l) => l.path === 'b.txt')!;
    assert.match(b(s).slice(loc.start, loc.end), /Ana Ruiz/);
  }
  // "minister for health" is the health minister
  assert.equal(pairFindings('role', a.replace("interior minister", "health minister"), b('Ana Ruiz, minister for health, said on Monday that 40 nurses had been suspended over the Cusco protests.')).length, 1);
  // another country's minister, a former one, or one of several ("a deputy") is no rival
  for (const s of [
    "Ana Ruiz, Bolivia's interior minister, said on Monday that 40 police officers had been suspended over the Cusco protests.",
    'Ana Ruiz, the former interior minister, said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'Ana Ruiz, a deputy interior minister, said on Monday that 40 police officers had been suspended over the Cusco protests.',
    'The deputy interior minister, Ana Ruiz, said on Monday that 40 police officers had been suspended over the Cusco protests.',
  ]) assert.deepEqual(pairFindings('role', a, b(s)), [], s);
});

test('roles: one holder spelled two ways by two outlets (a middle initial, "-ey" or "-y" for "-ei" or "-i" at the end of a given name, accents) is one person', () => {
  const a = 'MOSCOW, Sept. 6, 2016 — Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva on Monday to discuss a truce in Syria.';
  const b = (name: string) => `GENEVA, Sept. 6, 2016 — ${name}, Russia's foreign minister, met John Kerry in Geneva on Monday to discuss a truce in Syria.`;
  assert.deepEqual(pairFindings('role', a, b('Sergey V. Lavrov')), []);
  assert.deepEqual(pairFindings('role', a, b('Sergéi Lavrov')), []);
  // another given name, or the same given name spelled with another vowel inside it, is flagged
  assert.equal(pairFindings('role', a, b('Sergio Lavrov')).length, 1);
  assert.equal(pairFindings('role', a, b('Sergei Lavrentiev')).length, 1);
});

test('figures: a prison term ("jailed for four years", "sentenced NAME to six years", "a six-year prison sentence") is compared for the one person sentenced', () => {
  const a = 'ALOTAU, 3 May 2027 – A court in Alotau jailed Peter Kapi for four years on Monday for smuggling sea cucumber, the National Fisheries Authority said.';
  const b = (s: string) => `ALOTAU, May 3, 2027 — ${s}`;
  for (const s of [
    'A court in Alotau jailed Peter Kapi for six years on Monday for smuggling sea cucumber, the National Fisheries Authority said.',
    'A court in Alotau sentenced Peter Kapi to six years in prison on Monday for smuggling sea cucumber, the National Fisheries Authority said.',
    'Peter Kapi was given a six-year prison sentence by a court in Alotau on Monday for smuggling sea cucumber, the National Fisheries Authority said.',
  ]) {
    const found = pairFindings('figure', a, b(s));
    assert.equal(found.length, 1, s);
    assert.match(found[0].message, /four years/);
    assert.deepEqual(pairFindings('figure', a, b(s.replace('six', 'four'))), [], s);
  }
  // another person's term, or a term in a sentence naming two people, is not compared
  assert.deepEqual(pairFindings('figure', a, b('A court in Alotau jailed John Mori for six years on Monday for smuggling sea cucumber, the National Fisheries Authority said.')), []);
  assert.deepEqual(pairFindings('figure', a, b('A court in Alotau jailed Peter Kapi and John Mori for six years on Monday for smuggling sea cucumber, the National Fisheries Authority said.')), []);
});

test('figures: a crowd counted as fans or spectators ("54,000 fans watched", "drew 54,000 spectators") is the crowd of "a crowd of 45,000"', () => {
  const a = "AARHUS, 3 May 2027 – A crowd of 45,000 watched Saturday's final at the Ceres Arena in Aarhus, organisers said.";
  const b = (s: string) => `AARHUS, May 3, 2027 — ${s}`;
  for (const s of [
    "Some 54,000 fans watched Saturday's final at the Ceres Arena in Aarhus, organisers said.",
    "Saturday's final at the Ceres Arena in Aarhus drew 54,000 spectators, organisers said.",
  ]) {
    assert.equal(pairFindings('figure', a, b(s)).length, 1, s);
    assert.deepEqual(pairFindings('figure', a, b(s.replace('54,000', '45,000'))), [], s);
  }
  // players or police at the match are no crowd
  assert.deepEqual(pairFindings('figure', a, b("Some 540 police officers watched Saturday's final at the Ceres Arena in Aarhus, organisers said.")), []);
});
