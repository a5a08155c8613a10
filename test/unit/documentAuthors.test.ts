// Issue 14 (round 17): documents linked to the bodies that wrote or issued them, and company names with a legal
// suffix ("Corp.", "Inc.", "Ltd.") as speakers. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';

/** The speaker of the first claim whose text starts with claimStart: its canonical name, 'anonymous' or '?'. */
function speakerOf(text: string, claimStart: string): string | undefined {
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  for (const q of index.get('a.txt')!.analysis.quotes) {
    if (!q.text.replace(/^["“]/, '').startsWith(claimStart)) continue;
    const rec = q.speaker && !q.anonymous ? index.entity(q.speaker) : undefined;
    return rec?.name ?? (q.anonymous ? 'anonymous' : '?');
  }
  return undefined;
}

test('a company named with its legal suffix and its period ("Northwind Foods Inc. said", "Kestrel Holdings Ltd. said") is the speaker', () => {
  const text = 'SINGAPORE, 3 May 2027 – Retail shares fell on Tuesday.\n\n'
    + 'Northwind Foods Inc. said on Tuesday that sales had fallen for a third quarter.\n\n'
    + 'Shares of a rival dropped after Kestrel Holdings Ltd. said it would cut 200 jobs.\n\n'
    + 'Analysts at Tamsin Partners Corp. said the sector would recover next year.';
  assert.equal(speakerOf(text, 'that sales had fallen'), 'Northwind Foods Inc');
  assert.equal(speakerOf(text, 'it would cut 200 jobs'), 'Kestrel Holdings Ltd');
  assert.equal(speakerOf(text, 'the sector would recover'), 'Tamsin Partners Corp');
});

test('a document named by the body that issued it ("A Reuters poll of 22 economists found", "a Government Accountability Office report found") is that body\'s', () => {
  const text = 'ZURICH, 3 May 2027 – The Swiss National Bank is expected to cut rates next week.\n\n'
    + 'A Reuters poll of 22 economists found that 17 expect a quarter-point reduction.\n\n'
    + 'Senators debated the bill after a Government Accountability Office report found that lawmakers\' trades had beaten the market.';
  assert.equal(speakerOf(text, 'that 17 expect'), 'Reuters');
  assert.equal(speakerOf(text, 'that lawmakers\' trades'), 'Government Accountability Office');
});

test('a journal named in an aside after a document ("The study …, published on Wednesday in the European Journal of X, found") is where it appeared, not the speaker', () => {
  const text = 'LONDON, 3 May 2027 – A new injection cut asthma attacks in a large trial.\n\n'
    + 'The study of 1,140 adults in 11 countries, published on Wednesday in the European Journal of Respiratory Medicine, found that those given the drug had 64% fewer attacks.\n\n'
    + 'The paper, published in the journal Thorax Letters on Monday, said that side effects were mild.';
  assert.equal(speakerOf(text, 'that those given the drug'), 'anonymous');
  assert.equal(speakerOf(text, 'that side effects were mild'), 'anonymous');
});

test('a document whose producer an aside names after an "of" complement ("The survey of 1,412 nurses, carried out by Tremaine Insight, found") is the producer\'s', () => {
  const text = 'CARDIFF, 12 May 2026 – Nurses are leaving the profession.\n\n'
    + 'The survey of 1,412 district and community nurses, carried out by Tremaine Insight, found that pay was the main reason.\n\n'
    + 'A poll of 2,000 adults, conducted by Harwick Research, found that most backed the plan.';
  assert.equal(speakerOf(text, 'that pay was the main'), 'Tremaine Insight');
  assert.equal(speakerOf(text, 'that most backed the plan'), 'Harwick Research');
});

test('"the bulletin warned" after "the BMD said in its special bulletin" is the body that issued the bulletin', () => {
  const text = 'DHAKA, 3 May 2027 – A cyclone is heading for the coast.\n\n'
    + 'The storm could cross the coast by Wednesday evening, the Bangladesh Meteorological Department said in its 12th special bulletin.\n\n'
    + 'Low-lying areas could be flooded by a surge of five feet, the bulletin warned.';
  assert.equal(speakerOf(text, 'Low-lying areas could'), 'Bangladesh Meteorological Department');
});

test('a reporting verb does not take the "that" clause of another report inside an adverbial clause after it ("wrote it after a report found that …", "told reporters after a poll showed that …")', () => {
  const text = 'WASHINGTON, 3 May 2027 – A ban on trading by lawmakers moved ahead.\n\n'
    + 'Senator Marcia Delgado wrote it after a Government Accountability Office report found that lawmakers\' trades had beaten the market.\n\n'
    + 'Senator Tom Brekke told reporters after a Pew Research Center poll showed that most voters backed a ban.';
  assert.equal(speakerOf(text, 'that lawmakers\' trades'), 'Government Accountability Office');
  assert.equal(speakerOf(text, 'that most voters backed'), 'Pew Research Center');
});

test('the body that commissioned a document is not its author ("A report commissioned by the Kestrel Foundation found"); one that carried it out is', () => {
  const text = 'LEEDS, 3 May 2027 – Clinics are short of staff.\n\n'
    + 'A report commissioned by the Kestrel Foundation found that most clinics were understaffed.\n\n'
    + 'A survey conducted by Harwick Research found that most patients waited a month.';
  assert.equal(speakerOf(text, 'that most clinics were'), 'anonymous');
  assert.equal(speakerOf(text, 'that most patients waited'), 'Harwick Research');
});

test('a document\'s producer described with a place before the firm\'s name ("by the Blantyre firm Chisomo & Partners", "by the Singapore-based analytics firm Questline Data") is that firm', () => {
  const text = 'LILONGWE, 3 May 2027 – A charity suspended a school-meals programme.\n\n'
    + 'According to the audit, carried out by the Blantyre firm Chisomo & Partners, transport contractors signed for full loads.\n\n'
    + 'The game sells for about US$7. According to estimates by the Singapore-based analytics firm Questline Data, it has earned about US$6 million.';
  assert.equal(speakerOf(text, 'transport contractors signed'), 'Chisomo & Partners');
  assert.equal(speakerOf(text, 'it has earned about'), 'Questline Data');
});

test('a document by a unit of a named body ("A 2026 study by Qatar University\'s urban planning department found") is that body\'s', () => {
  const text = 'DOHA, 3 May 2027 – A seafront promenade will close to cars.\n\n'
    + 'A 2026 study by Qatar University\'s urban planning department found that footfall fell by about 30 per cent in summer.';
  assert.equal(speakerOf(text, 'that footfall fell'), 'Qatar University');
});

test('"according to the fund\'s latest actuarial valuation" is the fund\'s', () => {
  const text = 'WINDHOEK, 3 May 2027 – The Local Authorities Retirement Fund cut its annual adjustment on Tuesday.\n\n'
    + 'According to the fund\'s latest actuarial valuation, its funding level fell from 98% to 91% in the year to March.';
  assert.equal(speakerOf(text, 'its funding level fell'), 'Local Authorities Retirement Fund');
});

test('a live blog\'s entries: "NAME, holding the trophy above his head: \\"…\\"" is NAME\'s and "An email from Sandra Holt in Bolton: \\"…\\"" is Sandra Holt\'s, past the time stamp', () => {
  const text = 'Kerrigan wins the world darts title\n\n'
    + '22:05\nVan Helvoirt was gracious in defeat. Speaking to the presenter, Pieter van Helvoirt said: "Liam Kerrigan threw like a machine."\n\n'
    + '22:19\nLiam Kerrigan, holding the trophy above his head: "This is for my dad. He drove me to every pub league."\n\n'
    + '21:48\nAn email from Sandra Holt in Bolton: "My husband has gone to bed and says he can\'t watch."';
  assert.equal(speakerOf(text, 'This is for my dad'), 'Liam Kerrigan');
  assert.equal(speakerOf(text, 'My husband has gone'), 'Sandra Holt');
});

test('"There are reports that …" is an unnamed source\'s report, not a speaker named "There"', () => {
  const text = 'MANILA, 3 May 2027 – The coach spoke after the final.\n\n'
    + 'REPORTER (Soriano): Coach, is this your last game? There are reports that you have signed with a team in Japan.\n\n'
    + 'VILLAFUERTE: No comment on that.';
  assert.equal(speakerOf(text, 'that you have signed'), 'anonymous');
});
