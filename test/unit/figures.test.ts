// Unit tests for src/core/figures.ts: money, percent, count, date, duration, quantity and age figures.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  addDays, findFigures, isoWeek, isoWeekday, parseNumber, resolveWeekday,
} from '../../src/core/figures';
import type { Figure } from '../../src/core/types';

const ROOT = resolve(__dirname, '..', '..');
const SEED_000 = '000_3abe20738362dce4.txt';
const SEED_003 = '003_e2d21aa9f853506f.txt';
const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

/** Checks the record invariants every result must satisfy. */
function checkInvariants(text: string, figs: Figure[]): void {
  let last = 0;
  for (const f of figs) {
    assert.equal(text.slice(f.start, f.end), f.text, `slice of ${JSON.stringify(f.text)}`);
    assert.ok(f.start >= last, `sorted, non-overlapping at ${f.start} (${JSON.stringify(f.text)})`);
    assert.ok(f.end > f.start);
    last = f.end;
  }
}

function figs(text: string, dateline?: string): Figure[] {
  const out = findFigures(text, dateline);
  checkInvariants(text, out);
  return out;
}

/** The figure whose text is exactly `span` (the first one), or a failure listing what was found. */
function get(text: string, span: string, dateline?: string): Figure {
  const all = figs(text, dateline);
  const f = all.find((x) => x.text === span);
  assert.ok(f, `expected figure ${JSON.stringify(span)} in ${JSON.stringify(text)}; got ${JSON.stringify(all.map((x) => x.text))}`);
  return f;
}

type Row = [text: string, span: string, kind: string, value: number | string | null, unit: string | null, dateline?: string];

function table(rows: Row[]): void {
  for (const [text, span, kind, value, unit, dateline] of rows) {
    test(`${JSON.stringify(span)} in ${JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)}`, () => {
      const f = get(text, span, dateline);
      assert.equal(f.kind, kind, 'kind');
      if (typeof value === 'number' && typeof f.value === 'number') {
        assert.ok(Math.abs(f.value - value) <= Math.abs(value) * 1e-12, `value ${f.value} != ${value}`);
      } else assert.equal(f.value, value, 'value');
      assert.equal(f.unit, unit, 'unit');
      assert.equal(text.slice(f.start, f.end), span);
    });
  }
}

/** Asserts no figure covers `span` (no figure overlapping its first occurrence). */
function none(text: string, span: string, dateline?: string): void {
  const all = figs(text, dateline);
  const s = text.indexOf(span);
  assert.ok(s >= 0, 'span is in the text');
  const e = s + span.length;
  const hit = all.filter((f) => f.start < e && f.end > s);
  assert.deepEqual(hit.map((f) => `${f.kind}:${f.text}`), [], `no figure expected over ${JSON.stringify(span)} in ${JSON.stringify(text)}`);
}

// ---------------------------------------------------------------------------------------------------

describe('seed articles', () => {
  test('000: the loan, messages, year and casualties', () => {
    const text = read(`seeds/${SEED_000}`);
    const all = figs(text);
    const by = (s: string): Figure => {
      const f = all.find((x) => x.text === s);
      assert.ok(f, `missing ${s}; got ${all.map((x) => x.text).join(' | ')}`);
      return f;
    };
    assert.deepEqual([by('£2.26bn').kind, by('£2.26bn').value, by('£2.26bn').unit], ['money', 2260000000, 'GBP']);
    assert.deepEqual([by('$2.8bn').kind, by('$2.8bn').value, by('$2.8bn').unit], ['money', 2800000000, 'USD']);
    assert.deepEqual([by('14 messages').kind, by('14 messages').value, by('14 messages').unit], ['count', 14, 'messages']);
    assert.deepEqual([by('2019').kind, by('2019').value], ['date', '2019']);
    assert.deepEqual([by('12 people').kind, by('12 people').value, by('12 people').unit], ['count', 12, 'people']);
    assert.deepEqual([by('two children').kind, by('two children').value, by('two children').unit], ['count', 2, 'children']);
    // no dateline: weekdays are dates without a value
    assert.deepEqual([by('Saturday').kind, by('Saturday').value], ['date', null]);
    assert.deepEqual([by('Friday night').kind, by('Friday night').value], ['date', null]);
    // "the two leaders" points back at known people; "the first step" is an ordinal
    assert.ok(!all.some((f) => /two leaders|two sides|first/.test(f.text)), all.map((f) => f.text).join(' | '));
  });

  test('003: counts, duration, the loan and dates resolved against the dateline', () => {
    const text = read(`seeds/${SEED_003}`);
    const all = figs(text, '2025-03-02');
    const want: [string, string, number | string | null, string | null][] = [
      ['2025-03-02', 'date', '2025-03-02', null],
      ['Eighteen allies', 'count', 18, 'allies'],
      ['18 other top leaders', 'count', 18, 'leaders'],
      ['three years', 'duration', 3, 'year'],
      ['£2.26-billion', 'money', 2260000000, 'GBP'],
      ['75-minute', 'duration', 75, 'minute'],
      ['Sunday', 'date', '2025-03-02', null],
      ['Friday', 'date', '2025-02-28', null],
      ['Saturday', 'date', '2025-03-01', null],
      ['Wednesday', 'date', '2025-02-26', null],
    ];
    for (const [span, kind, value, unit] of want) {
      const f = all.find((x) => x.text === span);
      assert.ok(f, `missing ${span}; got ${all.map((x) => x.text).join(' | ')}`);
      assert.deepEqual([f.kind, f.value, f.unit], [kind, value, unit], span);
    }
    // "on Sunday" (first mention): the span is the weekday, not the preposition
    const sunday = all.find((f) => f.text === 'Sunday')!;
    assert.equal(text.slice(sunday.start - 3, sunday.start), 'on ');
    // "once-in-a-generation", "years-long", "a day earlier", "King Charles III": no figures
    assert.ok(!all.some((f) => /once|years-long|day earlier|III/.test(f.text)));
  });

  test('the same loan in both seeds normalises to one value and unit', () => {
    const a = figs(read(`seeds/${SEED_000}`)).find((f) => f.text === '£2.26bn')!;
    const b = figs(read(`seeds/${SEED_003}`), '2025-03-02').find((f) => f.text === '£2.26-billion')!;
    assert.deepEqual([a.value, a.unit], [b.value, b.unit]);
  });
});

describe('money', () => {
  table([
    ['a £2.26bn loan', '£2.26bn', 'money', 2.26e9, 'GBP'],
    ['($2.8bn)', '$2.8bn', 'money', 2.8e9, 'USD'],
    ['a £2.26-billion loan', '£2.26-billion', 'money', 2.26e9, 'GBP'],
    ['worth 2.26 billion pounds in all', '2.26 billion pounds', 'money', 2.26e9, 'GBP'],
    ['a €3m grant', '€3m', 'money', 3e6, 'EUR'],
    ['debt of US$1.2 trillion', 'US$1.2 trillion', 'money', 1.2e12, 'USD'],
    ['a $500,000 bail', '$500,000', 'money', 500000, 'USD'],
    ['a ¥10bn package', '¥10bn', 'money', 1e10, 'JPY'],
    ['allotted Rs 500 crore for roads', 'Rs 500 crore', 'money', 5e9, 'INR'],
    ['fined Rs. 5 lakh', 'Rs. 5 lakh', 'money', 5e5, 'INR'],
    ['Rs 11.1 lakh crore for infrastructure', 'Rs 11.1 lakh crore', 'money', 1.11e13, 'INR'],
    ['paid A$3bn', 'A$3bn', 'money', 3e9, 'AUD'],
    ['raised C$40m', 'C$40m', 'money', 4e7, 'CAD'],
    ['a HK$1.5bn bond', 'HK$1.5bn', 'money', 1.5e9, 'HKD'],
    ['NZ$2m in aid', 'NZ$2m', 'money', 2e6, 'NZD'],
    // other countries' dollars and East African shillings as their papers write them
    ['a reward of N$250,000', 'N$250,000', 'money', 250000, 'NAD'],
    ['a TT$40m contract', 'TT$40m', 'money', 4e7, 'TTD'],
    ['fined TSh 120 million', 'TSh 120 million', 'money', 1.2e8, 'TZS'],
    ['a KSh 2bn tender', 'KSh 2bn', 'money', 2e9, 'KES'],
    ['Shs 5 billion for roads', 'Shs 5 billion', 'money', 5e9, 'UGX'],
    ['a budget of UGX 3bn', 'UGX 3bn', 'money', 3e9, 'UGX'],
    ['a fee of Dh 500', 'Dh 500', 'money', 500, 'AED'],
    ['gave 5 million euros to charity', '5 million euros', 'money', 5e6, 'EUR'],
    ['a $4.5 million settlement', '$4.5 million', 'money', 4.5e6, 'USD'],
    ['bonds worth USD 3bn', 'USD 3bn', 'money', 3e9, 'USD'],
    ['an £850k house', '£850k', 'money', 850000, 'GBP'],
    ['a stamp costs 50p now', '50p', 'money', 0.5, 'GBP'],
    ['valued at $1.2tn.', '$1.2tn', 'money', 1.2e12, 'USD'],
    ['up 20 pence a litre', '20 pence', 'money', 0.2, 'GBP'],
    ['99 cents each', '99 cents', 'money', 0.99, 'USD'],
    ['1.67 trillion yuan in spending', '1.67 trillion yuan', 'money', 1.67e12, 'CNY'],
    ['set aside 10 trillion won', '10 trillion won', 'money', 1e13, 'KRW'],
    ['raised 300 billion rupees', '300 billion rupees', 'money', 3e11, 'INR'],
    ['paid 40 million Swiss francs', '40 million Swiss francs', 'money', 4e7, 'CHF'],
    ['a loan of 2 billion US dollars', '2 billion US dollars', 'money', 2e9, 'USD'],
    ['owed five million dollars', 'five million dollars', 'money', 5e6, 'USD'],
    ['a $5M seed round', '$5M', 'money', 5e6, 'USD'],
    ['costs £9,535 a year', '£9,535', 'money', 9535, 'GBP'],
    ['oil at $78.40 a barrel', '$78.40', 'money', 78.4, 'USD'],
    ['a £ 5 fee', '£ 5', 'money', 5, 'GBP'],
    ['between £2-3bn', '£2-3bn', 'money', null, 'GBP'],
    ['a €1.5 bn fund', '€1.5 bn', 'money', 1.5e9, 'EUR'],
    ['₹2,000 notes', '₹2,000', 'money', 2000, 'INR'],
    ['a $10-billion deal', '$10-billion', 'money', 1e10, 'USD'],
    ['paid EUR 12m', 'EUR 12m', 'money', 1.2e7, 'EUR'],
    ['a deal worth 3bn USD', '3bn USD', 'money', 3e9, 'USD'],
    ['and 200m EUR', '200m EUR', 'money', 2e8, 'EUR'],
    ['£3.50 a pint', '£3.50', 'money', 3.5, 'GBP'],
  ]);
  test('a capital M or B without a currency is a name, not a scale', () => {
    none('3M shares fell', '3M');
  });
  test('two amounts side by side are two figures', () => {
    const all = figs('a £2.26bn ($2.8bn) loan');
    assert.deepEqual(all.map((f) => f.text), ['£2.26bn', '$2.8bn']);
  });
  test('a lone currency symbol or code is not a figure', () => {
    assert.deepEqual(figs('prices in $ and £ and USD rose; the EUR fell'), []);
  });
});

describe('percent', () => {
  table([
    ['rose 5% on the day', '5%', 'percent', 5, '%'],
    ['to 5.5 per cent.', '5.5 per cent', 'percent', 5.5, '%'],
    ['by five percent', 'five percent', 'percent', 5, '%'],
    ['a lead of 12 percentage points', '12 percentage points', 'percent', 12, 'percentage points'],
    ['a 1 percentage point rise', '1 percentage point', 'percent', 1, 'percentage points'],
    ['GDP fell -3% last quarter', '-3%', 'percent', -3, '%'],
    ['(−0.4%)', '−0.4%', 'percent', -0.4, '%'],
    ['a cut of 25 basis points', '25 basis points', 'percent', 25, 'basis points'],
    ['yields 3pc on bonds', '3pc', 'percent', 3, '%'],
    ['about 50 percent of voters', '50 percent', 'percent', 50, '%'],
    ['up 200% in a year', '200%', 'percent', 200, '%'],
    ['a 5 % rise', '5 %', 'percent', 5, '%'],
    ['between 5-10% of staff', '5-10%', 'percent', null, '%'],
    ['seventy-five per cent of them', 'seventy-five per cent', 'percent', 75, '%'],
    ['turnout was 67.3 percent', '67.3 percent', 'percent', 67.3, '%'],
    ['rates rose 5 pct.', '5 pct', 'percent', 5, '%'],
  ]);
});

describe('count', () => {
  table([
    ['injuring 12 people, including two children.', '12 people', 'count', 12, 'people'],
    ['injuring 12 people, including two children.', 'two children', 'count', 2, 'children'],
    ['Eighteen allies were gathered', 'Eighteen allies', 'count', 18, 'allies'],
    ['some of the 18 other top leaders, including', '18 other top leaders', 'count', 18, 'leaders'],
    ['a thread of 14 messages emphasizing', '14 messages', 'count', 14, 'messages'],
    ['Police arrested three men', 'three men', 'count', 3, 'men'],
    ['about 300 people were killed', '300 people', 'count', 300, 'people'],
    ['a dozen soldiers', 'a dozen soldiers', 'count', 12, 'soldiers'],
    ['two dozen eggs', 'two dozen eggs', 'count', 24, 'eggs'],
    ['a hundred people came', 'a hundred people', 'count', 100, 'people'],
    ['the twenty-five members', 'twenty-five members', 'count', 25, 'members'],
    ['two hundred and five villages', 'two hundred and five villages', 'count', 205, 'villages'],
    ['2m barrels a day', '2m barrels', 'count', 2e6, 'barrels'],
    ['41.2m barrels', '41.2m barrels', 'count', 41.2e6, 'barrels'],
    ['1.5 million Ukrainians fled', '1.5 million Ukrainians', 'count', 1.5e6, 'ukrainians'],
    ['half a million people', 'half a million people', 'count', 5e5, 'people'],
    ['1,200 troops arrived', '1,200 troops', 'count', 1200, 'troops'],
    ['Two more children died', 'Two more children', 'count', 2, 'children'],
    ['five Russian-made drones', 'five Russian-made drones', 'count', 5, 'drones'],
    ['12 Ukrainian soldiers', '12 Ukrainian soldiers', 'count', 12, 'soldiers'],
    ['one person was killed', 'one person', 'count', 1, 'person'],
    ['one senior official said', 'one senior official', 'count', 1, 'official'],
    ['killed 2000 people', '2000 people', 'count', 2000, 'people'],
    ['40 staff were sent home', '40 staff', 'count', 40, 'staff'],
    ['10–15 people', '10–15 people', 'count', null, 'people'],
    ['Labour won 411 of the 650 seats', '650 seats', 'count', 650, 'seats'],
    ['a crowd of 53,400 fans', '53,400 fans', 'count', 53400, 'fans'],
    ['with 3 NGOs', '3 NGOs', 'count', 3, 'ngos'],
    ['2000 people died.', '2000 people', 'count', 2000, 'people'],
    ['One Ukrainian official said', 'One Ukrainian official', 'count', 1, 'official'],
  ]);
  test('idioms with one and proper names are not counts', () => {
    none('One way or another, they left', 'One way');
    none('one thing is clear', 'one thing');
    none('One Nation won', 'One Nation');
    none('7-Eleven stores', 'Eleven');
    none('two out of three voters agreed', 'three voters');
    none('3 in 10 Americans', '10 Americans');
  });
  test('"one" as a pronoun or idiom is not a count', () => {
    none('One of the leaders left.', 'One');
    none('It was the one who left.', 'one');
    none('No one came.', 'one');
    none('at one point they met', 'one');
    none('they helped one another', 'one');
  });
  test('the number part of other figures is not a count', () => {
    const all = figs('they spent £5m over three years on 40% of 20 km');
    assert.deepEqual(all.map((f) => f.kind), ['money', 'duration', 'percent', 'quantity']);
  });
  test('no counted noun, no count', () => {
    none('the score was 12 at half time', '12');
    none('12 of them died', '12');
    none('12 killed in the attack', '12');
    none('hundreds of people fled', 'hundreds');
    none('dozens of people fled', 'dozens');
    none('tens of thousands of people', 'thousands');
    none('a ratio of one in five adults', 'five adults');
    none('between the two leaders', 'two leaders');
    none('three times as many', 'three times');
  });
  test('labels, codes and ordinals are not counts', () => {
    none('A Boeing 737 crashed', '737');
    none('the Boeing 737 jets', '737');
    none('COVID-19 patients filled wards', '19');
    none('leaders of the G7 nations', 'G7');
    none('see page 3 stories', '3');
    none('flight 370 passengers', '370');
    none('No. 10 staff', '10');
    none('No 10 staff', '10');
    none('the Formula One drivers', 'One');
    none('in Year 9 classes', '9');
    none('an F-16 jet', '16');
    none('4G phones and 5G masts', '4G');
    none('the 21st century', '21st');
    none('He came 2nd in the race', '2nd');
    none('sixty iPhone 15 units', '15');
    none('the first step toward security', 'first');
  });
  test('phone numbers, times and scores are not figures', () => {
    assert.deepEqual(figs('Call 020 7946 0958 or +44 20 7946 0958.'), []);
    assert.deepEqual(figs('at 3pm, at 10.30am, at 10:45, at 10.45 p.m.'), []);
    assert.deepEqual(figs('City beat Arsenal 3-1 and drew 2–2'), []);
    assert.deepEqual(figs('open 24/7 since 9/11'), []);
    assert.deepEqual(figs('a world record of 2:00:35'), []);
    assert.deepEqual(figs('See https://example.com/2024/03/story-123?id=456 and v.2 of item #5.'), []);
    assert.deepEqual(figs('FY2024 results for the 49ers, Catch-22 and H5N1'), []);
  });
});

describe('date', () => {
  table([
    ['date 2025-03-02 London', '2025-03-02', 'date', '2025-03-02', null],
    ['on 2 March 2025 he', '2 March 2025', 'date', '2025-03-02', null],
    ['on 2nd March 2025 he', '2nd March 2025', 'date', '2025-03-02', null],
    ['on March 2, 2025, he', 'March 2, 2025', 'date', '2025-03-02', null],
    ['by March 2025', 'March 2025', 'date', '2025-03', null],
    ['in December 2023 a', 'December 2023', 'date', '2023-12', null],
    ['attacks on Sept. 11, 2001', 'Sept. 11, 2001', 'date', '2001-09-11', null],
    ['on Oct 9, 2024', 'Oct 9, 2024', 'date', '2024-10-09', null],
    ['from 1 January', '1 January', 'date', '2025-01-01', null, '2025-03-02'],
    ['from 1 January', '1 January', 'date', null, null],
    ['on 30 December', '30 December', 'date', '2024-12-30', null, '2025-01-05'],
    ['in 2019, which', '2019', 'date', '2019', null],
    ['a previous ceasefire agreement from 2019, which', '2019', 'date', '2019', null],
    ['the 2019 elections', '2019', 'date', '2019', null],
    ["Russia's 2022 invasion", '2022', 'date', '2022', null],
    ['In 2000 people were killed', '2000', 'date', '2000', null],
    ['a mid-2019 deal', '2019', 'date', '2019', null],
    ['the US 2024 election', '2024', 'date', '2024', null],
    ['Q3 2024 results', '2024', 'date', '2024', null],
    ['the 1920s', '1920s', 'date', '192X', null],
    ['the 1990s were', '1990s', 'date', '199X', null],
    ['on 25/12/2024', '25/12/2024', 'date', '2024-12-25', null],
    ['on 03/04/2024', '03/04/2024', 'date', null, null],
    ['in March, prices', 'March', 'date', '2025-03', null, '2025-03-02'],
    ['in March, prices', 'March', 'date', null, null],
    ['by mid-March', 'March', 'date', '2025-03', null, '2025-03-02'],
    ['in November the vote', 'November', 'date', '2024-11', null, '2025-01-10'],
    ['in May he', 'May', 'date', '2025-05', null, '2025-03-02'],
    ['March 3 (Wire) - Shares', 'March 3', 'date', '2025-03-03', null, '2025-03-05'],
    ['Sunday, March 2, 2025 was busy', 'Sunday, March 2, 2025', 'date', '2025-03-02', null],
    ['he met on Friday 28 February', 'Friday 28 February', 'date', '2025-02-28', null, '2025-03-02'],
  ]);
  describe('weekdays and relative dates against a dateline (Sunday 2025-03-02)', () => {
    const DL = '2025-03-02';
    table([
      ['Starmer on Sunday warned', 'Sunday', 'date', '2025-03-02', null, DL],
      ['a heated Friday meeting', 'Friday', 'date', '2025-02-28', null, DL],
      ['On Friday night, a drone', 'Friday night', 'date', '2025-02-28', null, DL],
      ['in London on Saturday', 'Saturday', 'date', '2025-03-01', null, DL],
      ["on Wednesday.", 'Wednesday', 'date', '2025-02-26', null, DL],
      ['The summit will be held on Thursday', 'Thursday', 'date', '2025-03-06', null, DL],
      ['He said yesterday that', 'yesterday', 'date', '2025-03-01', null, DL],
      ['Today we', 'Today', 'date', '2025-03-02', null, DL],
      ['tomorrow morning', 'tomorrow morning', 'date', '2025-03-03', null, DL],
      ['last night', 'last night', 'date', '2025-03-01', null, DL],
      ['last Friday', 'last Friday', 'date', '2025-02-28', null, DL],
      ['last Sunday', 'last Sunday', 'date', '2025-02-23', null, DL],
      ['next Monday', 'next Monday', 'date', '2025-03-03', null, DL],
      ['Last week, officials', 'Last week', 'date', '2025-W08', null, DL],
      ['this week', 'this week', 'date', '2025-W09', null, DL],
      ['next month', 'next month', 'date', '2025-04', null, DL],
      ['last month', 'last month', 'date', '2025-02', null, DL],
      ['last year', 'last year', 'date', '2024', null, DL],
      ['next year', 'next year', 'date', '2026', null, DL],
      ['last March', 'last March', 'date', '2024-03', null, DL],
      ['three days ago', 'three days ago', 'date', '2025-02-27', null, DL],
      ['two weeks ago', 'two weeks ago', 'date', '2025-02-16', null, DL],
      ['five years ago', 'five years ago', 'date', '2020', null, DL],
    ]);
    test('without a dateline weekdays and relative dates have no value', () => {
      for (const f of figs('On Sunday, yesterday and last week, and on Friday night.')) {
        assert.equal(f.kind, 'date');
        assert.equal(f.value, null, f.text);
      }
    });
    test('a dateline of only a year still dates a month', () => {
      assert.equal(get('in March', 'March', '2025').value, '2025-03');
      assert.equal(get('on Sunday', 'Sunday', '2025').value, null);
    });
  });
  test('names that look like dates are not dates', () => {
    none('Theresa May said', 'May');
    none('the March on Washington', 'March');
    none('Jan Smith said', 'Jan');
    none('over the last week', 'last week');
    none('the last three years', 'last');
    none('He told USA Today', 'Today');
    none('a Good Friday service', 'Friday');
    none('in the Sunday Times', 'Sunday');
  });
});

describe('duration, age and quantity', () => {
  table([
    ["we've had three years of conflict", 'three years', 'duration', 3, 'year'],
    ['their 75-minute closed-door talks', '75-minute', 'duration', 75, 'minute'],
    ['a three-year deal', 'three-year', 'duration', 3, 'year'],
    ['for two weeks', 'two weeks', 'duration', 2, 'week'],
    ['held for 48 hours', '48 hours', 'duration', 48, 'hour'],
    ['a 10-day truce', '10-day', 'duration', 10, 'day'],
    ['for half an hour', 'half an hour', 'duration', 0.5, 'hour'],
    ['two and a half years', 'two and a half years', 'duration', 2.5, 'year'],
    ['a nine-and-a-half-year contract', 'nine-and-a-half-year', 'duration', 9.5, 'year'],
    ['after 20 months', '20 months', 'duration', 20, 'month'],
    ['for a decade, then two decades', 'two decades', 'duration', 2, 'decade'],
    ['in 30 seconds', '30 seconds', 'duration', 30, 'second'],
    ['a 45-year-old man', '45-year-old', 'age', 45, 'year'],
    ['a six-month-old baby', 'six-month-old', 'age', 6, 'month'],
    ['she is 30 years old', '30 years old', 'age', 30, 'year'],
    ['died aged 24 in', '24', 'age', 24, 'year'],
    // an age in apposition to a name
    ['Chief executive Dana Whitfield, 58, said', '58', 'age', 58, 'year'],
    ['Thomas Sam, 42, and his wife', '42', 'age', 42, 'year'],
    ['and his wife Manju Sam, 36, from Sydney', '36', 'age', 36, 'year'],
    ['the winner, Ana Silva (34), said', '34', 'age', 34, 'year'],
    ['walked 5 km', '5 km', 'quantity', 5, 'km'],
    ['ran 10 kilometres', '10 kilometres', 'quantity', 10, 'km'],
    ['a 10-mile walk', '10-mile', 'quantity', 10, 'mile'],
    ['3.5 tonnes of aid', '3.5 tonnes', 'quantity', 3.5, 'tonne'],
    ['it hit 40C', '40C', 'quantity', 40, '°C'],
    ['it hit 40 degrees', '40 degrees', 'quantity', 40, 'degree'],
    ['it hit 104°F', '104°F', 'quantity', 104, '°F'],
    ['down to -4C overnight', '-4C', 'quantity', -4, '°C'],
    ['40 degrees Celsius', '40 degrees Celsius', 'quantity', 40, '°C'],
    ['winds of 200 mph', '200 mph', 'quantity', 200, 'mph'],
    ['winds of 120mph', '120mph', 'quantity', 120, 'mph'],
    ['at 80 km/h', '80 km/h', 'quantity', 80, 'km/h'],
    ['4.2 million square kilometres', '4.2 million square kilometres', 'quantity', 4.2e6, 'sq km'],
    ['18.5m hectares burned', '18.5m hectares', 'quantity', 18.5e6, 'hectare'],
    ['a 1,000MW plant', '1,000MW', 'quantity', 1000, 'MW'],
    ['ten miles away', 'ten miles', 'quantity', 10, 'mile'],
    ['a 6ft fence', '6ft', 'quantity', 6, 'ft'],
    ['won the 400m hurdles', '400m', 'quantity', 400, 'm'],
    ['a magnitude 6.1 earthquake', '6.1', 'quantity', 6.1, 'magnitude'],
    ['a 7.8-magnitude quake', '7.8-magnitude', 'quantity', 7.8, 'magnitude'],
  ]);
  test('fractions in words are shares in per cent when they are of something', () => {
    for (const [text, span, value] of [['three quarters of voters', 'three quarters', 75], ['two-thirds of members', 'two-thirds', 66.67], ['one fifth of homes', 'one fifth', 20]] as const) {
      const f = get(text, span);
      assert.deepEqual([f.kind, f.value, f.unit], ['percent', value, '%']);
    }
    assert.ok(figs('profits fell in two quarters').every((f) => f.kind !== 'percent'), 'periods of a year are not shares');
  });
  test('a number between commas is an age only after a name', () => {
    none('In Paris, 12, were hurt', '12');
    none('the results were 3, 4 and 5', '3');
    none('In March, 12, of them', '12');
    none('Whitfield, 58, said', '58'); // one word at the start of a sentence may be anything ("However, 3, ...")
  });
  test('words without a number are not durations', () => {
    none("Washington's years-long support", 'years-long');
    none('Just a day earlier', 'a day');
    none('for a decade', 'decade');
  });
});

describe('input handling', () => {
  test('empty and figure-free text', () => {
    assert.deepEqual(findFigures(''), []);
    assert.deepEqual(findFigures('No figures here at all.'), []);
  });
  test('offsets are UTF-16 indices (emoji and accents before a figure)', () => {
    const text = 'Zełenśky 😀😀 said £5m and 😀 12 people';
    const all = figs(text);
    assert.deepEqual(all.map((f) => f.text), ['£5m', '12 people']);
    assert.equal(all[0].start, text.indexOf('£5m'));
  });
  test('blanked non-prose regions are ignored and offsets kept', () => {
    const text = 'Intro 3 people.\n' + ' '.repeat(40) + '\nThen £5m.';
    const all = figs(text);
    assert.deepEqual(all.map((f) => [f.text, f.start]), [['3 people', 6], ['£5m', text.indexOf('£5m')]]);
  });
  test('hard-wrapped lines: one line break is a space, a blank line is not', () => {
    const text = 'Drones injured 12\npeople, including two\r\nchildren; a loan of 2.26\nbillion pounds rose 5\nper cent\non 2\nMarch 2025 for three\nyears.\n\n14\n\nmessages';
    assert.deepEqual(figs(text).map((f) => [f.kind, f.text.replace(/\r?\n/g, ' ')]), [
      ['count', '12 people'], ['count', 'two children'], ['money', '2.26 billion pounds'], ['percent', '5 per cent'],
      ['date', '2 March 2025'], ['duration', 'three years'],
    ]);
  });
  test('figures at the very start and end of the text', () => {
    assert.deepEqual(figs('5%').map((f) => f.text), ['5%']);
    assert.deepEqual(figs('£5m').map((f) => f.text), ['£5m']);
    assert.deepEqual(figs('12').map((f) => f.text), []);
    assert.deepEqual(figs('in 2019').map((f) => f.text), ['2019']);
    assert.deepEqual(figs('$').map((f) => f.text), []);
  });
  test('a malformed dateline is ignored', () => {
    assert.equal(get('on Sunday', 'Sunday', 'not a date').value, null);
    assert.equal(get('on Sunday', 'Sunday', '2025-13-40').value, null);
  });
  test('datelines with a time part are accepted', () => {
    assert.equal(get('on Sunday', 'Sunday', '2025-03-02T10:00:00Z').value, '2025-03-02');
  });
  test('results do not depend on earlier calls', () => {
    const text = read(`seeds/${SEED_003}`);
    const a = JSON.stringify(findFigures(text, '2025-03-02'));
    findFigures('£5m and 12 people', '2020-01-01');
    assert.equal(JSON.stringify(findFigures(text, '2025-03-02')), a);
  });
  test('a mixed wire corpus keeps every invariant and finds typical figures', () => {
    const text = read('test/fixtures/figures/wire-mix.txt');
    const all = figs(text, '2024-03-17');
    const texts = new Set(all.map((f) => f.text));
    for (const s of ['4.2%', '£312m', '14,000 people', '1,500 jobs', '$1.2 trillion', '3,000 migrants', '10 km',
      '6 miles', '26-year-old', '1.67 trillion yuan', '$232bn', '17-year-old', '2.4 billion euros', '217GW']) {
      assert.ok(texts.has(s), `missing ${s}`);
    }
    for (const s of ['3-1', '1-1', '101', '4521', '15 units', 'Year 6', '10.45pm', 'five adults']) {
      assert.ok(!all.some((f) => f.text.includes(s)), `unexpected ${s}`);
    }
  });
});

describe('parseNumber', () => {
  const cases: [string, number | null][] = [
    ['12', 12], ['1,200', 1200], ['1,200.5', 1200.5], ['-3', -3], ['−3.5', -3.5], ['0.25', 0.25],
    ['2.26bn', 2.26e9], ['4.5 million', 4.5e6], ['2.26-billion', 2.26e9], ['850k', 850000], ['1.2tn', 1.2e12],
    ['500 crore', 5e9], ['5 lakh', 5e5], ['two', 2], ['Eighteen', 18], ['twenty-five', 25], ['twenty five', 25],
    ['ninety-nine', 99], ['a hundred', 100], ['one hundred', 100], ['two hundred and five', 205],
    ['three thousand', 3000], ['a dozen', 12], ['two dozen', 24], ['a million', 1e6], ['three million', 3e6],
    ['one million two hundred thousand', 1.2e6], ['half a million', 5e5], ['two and a half', 2.5], ['zero', 0],
    ['five crore', 5e7], ['  seven  ', 7],
    ['', null], ['abc', null], ['one two', null], ['twelve people', null], ['first', null], ['hundreds', null],
    ['a', null], ['12 people', null], ['1,2', null],
  ];
  for (const [s, v] of cases) {
    test(JSON.stringify(s), () => assert.equal(parseNumber(s), v));
  }
});

describe('date utilities', () => {
  test('isoWeekday', () => {
    assert.equal(isoWeekday('2025-03-02'), 7);
    assert.equal(isoWeekday('2025-02-24'), 1);
    assert.equal(isoWeekday('1970-01-01'), 4);
    assert.equal(isoWeekday('nope'), null);
  });
  test('resolveWeekday', () => {
    assert.equal(resolveWeekday('Friday', '2025-03-02'), '2025-02-28');
    assert.equal(resolveWeekday('Sunday', '2025-03-02'), '2025-03-02');
    assert.equal(resolveWeekday('Saturday', '2025-03-02'), '2025-03-01');
    assert.equal(resolveWeekday(7, '2025-03-02', 'before'), '2025-02-23');
    assert.equal(resolveWeekday('monday', '2025-03-02', 'after'), '2025-03-03');
    assert.equal(resolveWeekday('Sunday', '2025-03-02', 'onOrAfter'), '2025-03-02');
    assert.equal(resolveWeekday('Monday', '2025-03-02', 'sameWeek'), '2025-02-24');
    assert.equal(resolveWeekday('Funday', '2025-03-02'), null);
    assert.equal(resolveWeekday('Friday', '2025'), null);
  });
  test('addDays and isoWeek across month, year and leap-day boundaries', () => {
    assert.equal(addDays('2025-03-01', -1), '2025-02-28');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(isoWeek('2025-03-02'), '2025-W09');
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
  });
});

test('a megabyte of news-like text: every figure found (the time is printed; npm run bench measures speed)', () => {
  const base = read(`seeds/${SEED_000}`) + '\n' + read(`seeds/${SEED_003}`) + '\n' + read('test/fixtures/figures/wire-mix.txt');
  let text = '';
  while (text.length < 1_000_000) text += base + '\n\n';
  findFigures(text, '2025-03-02');
  const t0 = performance.now();
  const n = findFigures(text, '2025-03-02').length;
  const ms = performance.now() - t0;
  assert.ok(n > 1000);
  console.log(`figures: ${(text.length / 1e6).toFixed(2)} MB in ${ms.toFixed(1)} ms`);
});

test('a bare number after "the crowd at", "a crowd of", "a turnout of" counts people; other bare numbers stay uncounted', () => {
  const one = (text: string) => figs(text).filter((f) => f.kind === 'count').map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(one('Police put the crowd at 107,000.'), [['107,000', 107000, 'people']]);
  assert.deepEqual(one('A crowd of 45,000 watched the final, and a turnout of 3,200 was recorded in the by-election.'), [['45,000', 45000, 'people'], ['3,200', 3200, 'people']]);
  assert.deepEqual(one('The price was put at 107,000.'), []);
  assert.deepEqual(figs('Turnout of 48% was the lowest since 2001.').map((f) => f.kind), ['percent', 'date']);
});

test('a bare number that a death toll comes to, or right after "killed", counts people; a toll road\'s number does not', () => {
  const one = (text: string) => figs(text).filter((f) => f.kind === 'count').map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(one('The death toll from the floods in Sylhet rose to 31 on Thursday.'), [['31', 31, 'people']]);
  assert.deepEqual(one('The toll stands at 1,204, officials said.'), [['1,204', 1204, 'people']]);
  assert.deepEqual(one('The floods killed 31, officials said.'), [['31', 31, 'people']]);
  assert.deepEqual(one('The toll road was closed at 31 places.'), [['31 places', 31, 'places']]);
  assert.deepEqual(one('Traffic on the toll road rose to 31 an hour.'), []);
  assert.deepEqual(one('Sales rose to 31 in March.'), []);
});

test('money in the currencies of smaller economies, by their names ("2.4 million patacas", "50,000 cedis", "Ugandan shillings")', () => {
  const money = (text: string) => figs(text).filter((f) => f.kind === 'money').map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(money('The casino was fined 2.4 million patacas.'), [['2.4 million patacas', 2400000, 'MOP']]);
  assert.deepEqual(money('Traders owe 50,000 cedis and 300 tala.'), [['50,000 cedis', 50000, 'GHS'], ['300 tala', 300, 'WST']]);
  assert.deepEqual(money("A fine of 1,500 pa'anga was paid."), [["1,500 pa'anga", 1500, 'TOP']]);
  assert.deepEqual(money('It costs 2 billion Ugandan shillings, or 40 million kwacha.'), [['2 billion Ugandan shillings', 2e9, 'UGX'], ['40 million kwacha', 40e6, 'ZMW']]);
  assert.deepEqual(money('He paid 12,000 Malawian kwacha.'), [['12,000 Malawian kwacha', 12000, 'MWK']]);
});
