// Organisations, governments and their documents as speakers (issue 14): descriptions and possessives resolved to
// the body the text named before ("its foreign ministry", "the ministry", "her group", "the committee's report"),
// and people named with their organisation or an honorific kept apart from it. Invented sentences only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';
import { analyzeText } from '../../src/core/analyze';

/** The claim starting with `claimStart`: its speaker id, whether anonymous, and its speaker's workspace name. */
function claim(text: string, claimStart: string): { id: string | null; anonymous: boolean; name?: string } {
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  const q = index.get('a.txt')!.analysis.quotes.find((x) => x.text.replace(/^["“]/, '').startsWith(claimStart));
  assert.ok(q, `no claim starting with ${claimStart}`);
  return { id: q.speaker, anonymous: q.anonymous === true, name: q.speaker && !q.anonymous ? index.entity(q.speaker)?.name : undefined };
}

test('"its foreign ministry" is the ministry of the country whose government the text named just before', () => {
  const text = 'NIAMEY, 3 March (Wire) – The Harbour Council agreed on Monday to list six traders.\n\n'
    + "Niger's transitional government rejected the listings. Its foreign ministry said the measures would \"hurt herders, not smugglers\".\n\n"
    + "Later, Niger's foreign ministry said it would appeal.";
  const first = claim(text, 'the measures would');
  assert.equal(first.anonymous, false);
  assert.equal(first.id, 'org:niger-foreign-ministry');
  // the same body as the one named in full later ("Niger's foreign ministry")
  assert.equal(claim(text, 'it would appeal').id, first.id);
});

test('"the ministry" is the ministry the text named by its description before', () => {
  const text = 'Chile lodged a protest on Saturday after a fishing dispute.\n\n'
    + "Peru's fisheries ministry gave a different account of the incident. The boats were inside Peruvian waters, the ministry said.";
  const c = claim(text, 'The boats were inside');
  assert.equal(c.anonymous, false);
  assert.equal(c.id, 'org:peru-fisheries-ministry');
});

test('"her group" is the organisation the person was introduced with ("NAME of the Oslo-based ORG")', () => {
  const text = 'Campaigners said the rules were too weak. Ines Marwood of the Oslo-based Fjord Light Institute said only two boats had been named. '
    + 'Her group estimates that half of the catch is never reported.';
  assert.equal(claim(text, 'that half of the catch').name, 'Fjord Light Institute');
  // the person still speaks for herself, the place-based modifier no part of the organisation's name
  assert.equal(claim(text, 'only two boats').name, 'Ines Marwood');
});

test('"the committee\'s report", "the group\'s figures", "its latest survey": the body the possessor stands for', () => {
  const report = 'The chairman defended the changes, saying the Coastal Transport Review Committee had listened. '
    + 'According to the committee’s report, 58 per cent of the people who wrote in opposed the toll.';
  assert.equal(claim(report, '58 per cent').name, 'Coastal Transport Review Committee');
  const figures = 'In a statement, the director of the Northern Pipeline Operators Group, Tamsin Reeve, said that leaks were rare. '
    + "According to the group's figures, a repair takes about 30 days.";
  assert.equal(claim(figures, 'a repair takes').name, 'Northern Pipeline Operators Group');
  const survey = 'Investment in local start-ups fell by a fifth last year, according to the industry body Lakeshore Founders Network. '
    + 'Its latest quarterly survey found that software firms had been the exception.';
  assert.equal(claim(survey, 'that software firms').name, 'Lakeshore Founders Network');
});

test('a possessor of a kind no name in the text says ("the broadcaster\'s data") stays an unnamed source', () => {
  const text = 'The Eastern Cricket Board said 9,000 spectators had attended. '
    + "According to the broadcaster's ball-tracking data, Perera turned the ball more than any other spinner.";
  assert.equal(claim(text, 'Perera turned').anonymous, true);
});

test('"the employers\' association" is the named association whose name holds those words', () => {
  const text = 'Talks between the Harbour Freight Employers Association and the dockers broke down on Monday.\n\n'
    + 'The employers\' association said the union had walked away from a fair offer.';
  assert.equal(claim(text, 'the union had walked').name, 'Harbour Freight Employers Association');
});

test('a person named "NAME of ORG" or after an honorific such as Alhaji is a person of their own name', () => {
  const a = analyzeText('Analysts were divided. Obinna Adekunle of Marina Lagoon Securities argued that the bank had moved too early.');
  const people = a.clusters.filter((c) => c.type === 'PERSON').map((c) => c.name);
  const orgs = a.clusters.filter((c) => c.type === 'ORG').map((c) => c.name);
  assert.ok(people.includes('Obinna Adekunle'), `people: ${people.join(', ')}`);
  assert.ok(orgs.includes('Marina Lagoon Securities'), `orgs: ${orgs.join(', ')}`);
  const b = analyzeText('"Half a point is a start," its president, Alhaji Musa Danladi Bello, told reporters in Kano.');
  assert.ok(b.clusters.some((c) => c.type === 'PERSON' && c.name === 'Musa Danladi Bello'), b.clusters.map((c) => `${c.type} ${c.name}`).join('; '));
});

test('"it said" after a government named by its description ("The Icelandic government rejected …") is that government', () => {
  const text = 'The talks on herring quotas ended without a deal on Friday.\n\n'
    + 'The Icelandic government rejected that account. In a statement issued in Reykjavik, it said Norway had ignored where the fish now spawn.';
  const c = claim(text, 'Norway had ignored');
  assert.equal(c.anonymous, false);
  assert.equal(c.id, 'org:iceland-government');
});

test('"It also noted" after a report that spoke in the sentence before is that report; "it is said" stays impersonal', () => {
  const text = 'A council report published last week found that car journeys on the two streets fell by half during the trial. '
    + 'It also noted that traffic on the ring road had risen by about 9%.';
  const c = claim(text, 'that traffic on the ring road');
  assert.equal(c.anonymous, true);
  assert.equal(c.id, claim(text, 'that car journeys').id);
  // an impersonal passive names no speaker, whatever organisation the text named before
  const passive = 'The Harbour Board met on Monday. In the old town, it is said that smugglers once used the tunnel.';
  const index = new WorkspaceIndex();
  index.set('b.txt', passive);
  assert.ok(index.get('b.txt')!.analysis.quotes.every((q) => q.speaker !== 'org:harbour-board'));
});

test('"It also believes that" (an adverb, then a typed cue with a clause) is the organisation that is the subject before', () => {
  const text = 'The Northgate Shipping Association met the union again on Tuesday. It also believes that the port will lose trade.';
  assert.equal(claim(text, 'that the port will lose').name, 'Northgate Shipping Association');
});

test('"Inspectors found" is the inspecting body the text names ("rated … by ORG"); none named, they stay unnamed', () => {
  const text = 'A secondary school in Lowmoor has been rated ‘inadequate’ by Ofsted and placed in special measures.\n\n'
    + 'Inspectors who visited Glenholm Academy in March found that attendance had ‘collapsed’ and that governors had ‘failed to challenge’ leaders. '
    + 'The report, published on Friday, said that a third of lessons had been taught by supply staff.';
  assert.equal(claim(text, 'that attendance had').name, 'Ofsted');
  // the report of those findings is the same body's
  assert.equal(claim(text, 'that a third of lessons').name, 'Ofsted');
  const unnamed = 'When inspectors visited Glenholm Academy in March, staff were anxious.\n\n'
    + 'Inspectors found that attendance had ‘collapsed’ and that governors had ‘failed to challenge’ leaders.';
  assert.equal(claim(unnamed, 'that attendance had').anonymous, true);
});

test('"the directorate" is the body whose name has that head noun ("Grain Directorate"), however far back it was named', () => {
  const text = 'The Grain Directorate said in a statement that buyers who paid late would be named.\n\n'
    + 'Farmers in Molo said the delays had lasted for months.\n\nTraders said prices were rising.\n\nOne broker said stocks were low.\n\n'
    + 'Another said the rains had come early.\n\nAccording to the directorate, exports rose to a record last year.';
  assert.equal(claim(text, 'exports rose to a record').name, 'Grain Directorate');
  // a spokeswoman for such a body stays an unnamed source
  const proxy = 'The Grain Directorate met traders on Monday. A spokeswoman for the directorate said buyers who paid late would be named.';
  assert.equal(claim(proxy, 'buyers who paid late').anonymous, true);
});

test('"the City" is the municipality named before ("the City of Lakeport"), even typed as a place', () => {
  const text = 'Commuters will reach the airport by bus from Monday, the City of Lakeport has announced.\n\n'
    + 'A single ticket will cost R12, the City said.';
  assert.equal(claim(text, 'A single ticket').name, 'City of Lakeport');
});

test('"the drugmaker" is the company the sentence named, not the exchange in its ticker brackets', () => {
  const text = 'Tarrow Pharma (NSE: TARPH) rose 4 per cent after the drugmaker said it had won approval for a new tablet.';
  assert.equal(claim(text, 'it had won approval').name, 'Tarrow Pharma');
});

test('"the exchange\'s sale report" is in the voice of the exchange named before ("Tana Grain Exchange")', () => {
  const text = 'The Tana Grain Exchange held its weekly sale on Tuesday. According to the exchange\'s sale report, 900 of the 1,000 bags offered were sold.';
  assert.equal(claim(text, '900 of the 1,000').name, 'Tana Grain Exchange');
});

test('"a spokesperson for the Dock and Harbour Workers\' Union" is an unnamed source, however much of the name was taken', () => {
  for (const union of ["Dock and Harbour Workers' Union", "Construction and General Workers' Union"]) {
    const text = `Karoo Bricks reported a 12% rise in profit on Tuesday.\n\nA spokesperson for the ${union} said the union would demand a 9% increase.`;
    assert.equal(claim(text, 'the union would demand').anonymous, true, union);
  }
});
