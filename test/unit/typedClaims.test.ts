// Reported speech without "that" and the typed claims (stance, belief, evidence). Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { WorkspaceIndex } from '../../src/core/workspace';

const claims = (text: string): { kind: string; text: string; mention: string | null }[] =>
  analyzeText(text).quotes.map((q) => ({ kind: q.kind, text: q.text, mention: q.speakerMention?.text ?? null }));
const find = (text: string, content: string) => claims(text).find((c) => c.text.includes(content));

test('stance: a noun-phrase object after endorse, oppose, criticise', () => {
  const c = find('Senator Maria Lopez endorsed Governor Tom Reyes on Tuesday.', 'Governor Tom Reyes');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Maria Lopez/);
  assert.equal(find('The Chamber of Commerce opposed the new tax.', 'the new tax')?.kind, 'stance');
  assert.equal(find('Mayor Ann Cole criticized the budget cuts, saying they went too far.', 'the budget cuts')?.text, 'the budget cuts');
});

test('stance: verb + object + to-infinitive, and declined to', () => {
  const c = find('The harbour board urged the ferry operators to find a compromise.', 'to find a compromise');
  assert.equal(c?.kind, 'stance');
  assert.equal(c?.text, 'the ferry operators to find a compromise');
  assert.equal(find('The agency declined to comment on the report.', 'to comment')?.kind, 'stance');
});

test('belief: believes, wants, hopes', () => {
  assert.equal(find('Jane Park believes the city can balance its books.', 'the city can balance')?.kind, 'belief');
  const w = find('Priya Natarajan wants to bring back the night trains.', 'to bring back');
  assert.equal(w?.kind, 'belief');
  assert.match(w?.mention ?? '', /Natarajan/);
});

test('evidence: polls and records show, according to a report', () => {
  const p = find('Recent polls show Natarajan leading in both districts.', 'Natarajan leading');
  assert.equal(p?.kind, 'evidence');
  assert.equal(p?.mention, 'Recent polls');
  assert.equal(find('Court records show the company paid no tax in 2019.', 'the company paid')?.kind, 'evidence');
  assert.equal(find('The deficit grew by a third, according to the annual report.', 'The deficit grew')?.kind, 'evidence');
  // people who find something are not evidence, and "show" after a person is no claim of evidence
  assert.equal(find('Ann Lee showed reporters the damaged roof.', 'the damaged roof'), undefined);
});

test('zero-that reported speech after a subject the entity rules do not know', () => {
  const c = find('City staff said the plan would cost more than expected.', 'the plan would cost');
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.mention, 'City staff');
  assert.equal(find('Thirty-one percent said they would cycle to work more often.', 'they would cycle')?.mention, 'Thirty-one percent');
  // after a temporal adverbial
  assert.equal(find('Dario Fenn said on Friday he met the ferry operators earlier this week.', 'he met the ferry operators')?.kind, 'indirect');
});

test('no claim from a noun compound, a passive or a noun-phrase object of a speech verb without a clause', () => {
  assert.equal(claims('Moffat showed her the logbooks, the brass, the fog signal that has not sounded since 2005.').length, 0);
  // a passive with its agent is the agent's stance (see reported.test.ts); without an agent, none
  assert.equal(claims('The bill was opposed in the committee.').length, 0);
  // no zero-'that' clause here: what was announced is the whole noun phrase
  assert.equal(find('The ministry announced the expanded program for schools.', 'program')?.text, 'the expanded program for schools');
  assert.equal(claims('There was strong support for the measure in the north.').length, 0);
});

test('quote conflicts ignore the typed claims', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'HARBOUR CITY, May 2, 2026 — Senator Maria Lopez opposed the new harbour tax on imported steel, aluminium and copper.');
  index.set('b.txt', 'HARBOUR CITY, May 2, 2026 — Mayor Tom Reyes opposed the new harbour tax on imported steel, aluminium and copper.');
  assert.equal(index.get('a.txt')!.analysis.quotes[0]?.kind, 'stance');
  assert.deepEqual(index.conflicts().filter((c) => c.kind === 'quote'), []);
});

test("two apostrophes ('') pair as a double quotation mark", () => {
  const c = claims("''The tide tables are wrong,'' Mr. Okoro said in Leith.");
  assert.equal(c[0]?.kind, 'direct');
  assert.equal(c[0]?.text, "''The tide tables are wrong,''");
  // one apostrophe is still an apostrophe
  assert.equal(claims("The voters' mood, he said, was dark.").filter((x) => x.text.includes("'")).length <= 1, true);
});

test('trailing attributions for any speech verb, with an addressee or a day; not after a participle phrase', () => {
  const c = find('The chemist was travelling to Lisbon for a workshop, the Courier reported.', 'travelling to Lisbon');
  assert.equal(c?.kind, 'indirect');
  assert.equal(find('She had been finishing her final year, a college spokesman told The Harbour Times.', 'final year')?.mention, 'a college spokesman');
  assert.equal(claims('Asked about her own future, Okafor smiled.').length, 0);
  // a clause after the cue is the claim, not the words before the comma
  assert.equal(find('When asked whether the new timetable was better, 62 percent said it was not.', 'it was not')?.mention, '62 percent');
});

test('asked whether / if: the question is the claim', () => {
  const c = find('The Courier asked the mayor if she had been preparing for a second term.', 'if she had been');
  assert.equal(c?.text, 'if she had been preparing for a second term');
});

test('according to a long description of a poll: evidence, its speaker as written', () => {
  const c = find('According to early results of a survey conducted for the council by Brightline Research, nearly half of riders were students.', 'nearly half');
  assert.equal(c?.kind, 'evidence');
  assert.match(c?.mention ?? '', /^early results of a survey/);
});

test('a noun-phrase object of a speech verb that names what was said; never an addressee', () => {
  assert.equal(find('Senator Maria Lopez announced her candidacy for governor on Monday.', 'her candidacy')?.kind, 'indirect');
  assert.equal(claims('Ilya Voronin told reporters on a phone call.').length, 0);
  assert.equal(claims('Agnes Moffat described the scene to the inquiry.').length, 0);
});

test('a long reported subject with an auxiliary; "In a poll, …" is evidence', () => {
  assert.equal(find('Councillor Rhys Morgan says the only way to save the pier may be to raise the parking fees.', 'the only way')?.kind, 'indirect');
  const p = find('In a Harbour Times poll released Monday, 54 percent of respondents chose the tunnel.', '54 percent');
  assert.equal(p?.kind, 'evidence');
  assert.equal(p?.mention, 'a Harbour Times poll released Monday');
  // a speech cue in the rest of the sentence keeps its own claim
  assert.equal(find('In a letter to MPs, Delacroix said she had asked officials to look at a discount.', 'she had asked')?.mention, 'Delacroix');
});

test('noun cues of stance after a possessor: support for, opposition to', () => {
  const c = find("Morgan's support for the sea wall grew louder on Monday.", 'sea wall');
  assert.equal(c?.kind, 'stance');
  assert.equal(c?.text, 'the sea wall');
  assert.equal(find("The union's opposition to the plan is well known.", 'the plan')?.kind, 'stance');
});

test('beliefs drop "that": a demonstrative subject, a subject phrase headed by "few"', () => {
  assert.equal(find('Planners believe this gives cyclists a safer route.', 'this gives')?.kind, 'belief');
  assert.equal(find('But few in either camp think the toll will ever be collected.', 'the toll will')?.mention, 'few in either camp');
});

test('speech verbs with a prepositional object: talked about, wrote about, referring to', () => {
  assert.equal(find('Okoro wrote about her plans for the harbour.', 'her plans')?.kind, 'indirect');
  assert.equal(find('Fenn talked about the risk of flooding.', 'the risk')?.mention, 'Fenn');
});

test('a position carried through "to" by a catenative verb takes that verb\'s subject', () => {
  const c = find('Councillor Ines Braga has continued to push for night buses.', 'night buses');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Braga/);
  assert.match(find('Ferreira seemed to mock the mayor\'s harbour plan.', 'harbour plan')?.mention ?? '', /Ferreira/);
  // after a verb that is no catenative, "to" + cue is a purpose or an infinitive object: no claim
  assert.equal(find('The board hired lawyers to challenge the ruling.', 'the ruling'), undefined);
});

test('belief: an object and its predicate after "as" (sees X as Y, viewed it as Y)', () => {
  const c = find('Okonkwo sees the ferry levy as a tax on islanders.', 'the ferry levy as a tax');
  assert.equal(c?.kind, 'belief');
  assert.match(c?.mention ?? '', /Okonkwo/);
  assert.equal(find('Many growers viewed the quota as a betrayal.', 'as a betrayal')?.kind, 'belief');
  // "as" opening a clause of time is no predicate, and an object with a clause of time is no belief's clause
  assert.equal(find('Many growers regarded the harvest as it came in.', 'the harvest'), undefined);
  assert.equal(find('Ferreira knew the harbour when it was busy.', 'the harbour'), undefined);
});

test('evidence: a poll, study or report as the subject even when a name ends the phrase before the cue', () => {
  const p = find('New polls released Sunday showed Braga taking a lead in the north.', 'Braga taking a lead');
  assert.equal(p?.kind, 'evidence');
  assert.match(p?.mention ?? '', /polls/);
  assert.equal(find('A poll shows Councillor Braga leading the incumbent.', 'Braga leading')?.kind, 'evidence');
  // pictures depict: no claim
  assert.equal(find('Photos released of the scene showed several damaged cars.', 'damaged cars'), undefined);
});

test('belief: "seems to", "appeared to" with no source is a hedged claim of the subject and its infinitive', () => {
  const c = find('The fire appears to have started in the ferry kitchen.', 'started in the ferry kitchen');
  assert.equal(c?.kind, 'belief');
  assert.equal(c?.text, 'The fire appears to have started in the ferry kitchen');
  assert.equal(c?.mention, null);
  // "seems to" + a stance verb keeps the subject's stance
  assert.match(find('Ferreira seemed to mock the mayor\'s harbour plan.', 'harbour plan')?.mention ?? '', /Ferreira/);
  // "seems to" + a person is no infinitive
  assert.equal(find('The council seems to the islanders a distant body.', 'distant body'), undefined);
});

test('adjectives of attitude after a copula: critical of, skeptical of, confident that, eager to', () => {
  const c = find('Councillor Ines Braga is deeply critical of the harbour levy.', 'the harbour levy');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Braga/);
  const b = find('Ferreira remained confident that the ferry bill would pass.', 'the ferry bill would pass');
  assert.equal(b?.kind, 'belief');
  assert.match(b?.mention ?? '', /Ferreira/);
  assert.equal(find('The fishing crews were skeptical of the new quota.', 'the new quota')?.kind, 'stance');
  // an adjective with no copula is no attitude ("the critical part of the plan"), nor "sure" without "that"
  assert.equal(find('The critical part of the harbour plan is its cost.', 'the harbour plan'), undefined);
  assert.equal(find('The ferry is sure to be late again.', 'to be late'), undefined);
});

test('agent nouns after a copula or in an apposition: a critic of, supporters of', () => {
  const c = find('Ferreira is a fierce critic of the harbour levy.', 'the harbour levy');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Ferreira/);
  assert.match(find('Ines Braga, a longtime supporter of the ferry plan, spoke first.', 'the ferry plan')?.mention ?? '', /Braga/);
  // a noun phrase that is the sentence's subject names no holder apart from itself
  assert.equal(find('Critics of the ferry plan met on Monday.', 'the ferry plan'), undefined);
});

test('learned cues (data/learned-cues.json): well-formed counts within the thresholds its header states, no text', async () => {
  const learned = (await import('../../src/core/data/learned-cues.json')).default as unknown as { minCue: number; minPrecision: number; cues: [string, string, string, number, number][] };
  assert.ok(learned.cues.length > 0);
  for (const [lemma, cls, frame, cue, total] of learned.cues) {
    assert.match(lemma, /^[a-z]+$/, 'one lower-case word');
    assert.match(cls, /^[van]$/);
    assert.match(frame, /^(n|t|c|p:[a-z]+)$/);
    assert.ok(Number.isInteger(cue) && Number.isInteger(total) && cue <= total && cue >= learned.minCue && cue / total >= learned.minPrecision, lemma);
  }
});

test('learned cues: each verb learned with an object frame makes a stance claim of its subject, not of a noun after a determiner', async () => {
  const learned = (await import('../../src/core/data/learned-cues.json')).default as unknown as { cues: [string, string, string, number, number][] };
  const past = (v: string): string => (v.endsWith('e') ? v + 'd' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ied' : v + 'ed');
  const verbs = learned.cues.filter(([, cls, frame]) => cls === 'v' && frame === 'n').map(([lemma]) => lemma);
  assert.ok(verbs.length > 0);
  for (const v of verbs) {
    const c = find(`Councillor Dana Whitfield ${past(v)} the harbour levy on Monday.`, 'the harbour levy');
    assert.equal(c?.kind, 'stance', v);
    assert.match(c?.mention ?? '', /Whitfield/, v);
    // the same word as a noun after a determiner is no cue
    assert.equal(claims(`The ${v} of the harbour board grew longer in the spring.`).length, 0, v);
  }
});

test('stance: a progressive ("is backing", "has been attacking") takes the subject before its auxiliary', () => {
  const c = find('Governor Ida Marsh is backing Tom Reyes in the runoff.', 'Tom Reyes');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Ida Marsh/);
  assert.match(find('The teachers union has been attacking the new levy for weeks.', 'the new levy')?.mention ?? '', /teachers union/);
});

test('stance: a second cue after "and", or in a relative clause on the object, makes its own claim', () => {
  const cs = claims('Senator Hal Brook blasted the ferry board and defended the harbour master in an interview.');
  assert.deepEqual(cs.map((c) => c.text), ['the ferry board', 'the harbour master in an interview']);
  assert.ok(cs.every((c) => c.kind === 'stance' && /Hal Brook/.test(c.mention ?? '')));
  const r = claims('Ines Varga praised her old ally Tom Reyes, who has pledged to reopen the night trains.');
  assert.equal(r.find((c) => c.text.startsWith('her old ally'))?.text, 'her old ally Tom Reyes');
  assert.match(r.find((c) => c.text.startsWith('to reopen'))?.mention ?? '', /Reyes/);
});

test('stance: characterisations, a small clause or an object with "as"', () => {
  const c = find('Councillor Ada Pike called the tunnel plan a costly mistake.', 'a costly mistake');
  assert.equal(c?.kind, 'stance');
  assert.equal(c?.text, 'the tunnel plan a costly mistake');
  assert.match(c?.mention ?? '', /Ada Pike/);
  assert.equal(find('Critics have dubbed it the ferry to nowhere.', 'ferry to nowhere')?.text, 'it the ferry to nowhere');
  assert.equal(find('Tom Reyes described himself as a cautious reformer.', 'cautious reformer')?.text, 'himself as a cautious reformer');
  // the "as" predicate ends before a second verb of the subject
  assert.equal(find('Ola Berg, who described herself as a lifelong sailor, said the harbour was safe.', 'lifelong sailor')?.text, 'herself as a lifelong sailor');
  // calling someone on the phone, calling a meeting or the police is no characterisation
  for (const s of ['The mayor called the police after the fight.', 'Ines Varga called a meeting for Tuesday.', 'She called Reyes on Tuesday.']) {
    assert.equal(claims(s).filter((x) => x.kind === 'stance').length, 0, s);
  }
});

test('stance: a question put by a named asker ("asked whether", "wondered why"), none without one', () => {
  const c = find('The ferry union asked whether the new timetable would cut jobs.', 'whether the new timetable');
  assert.equal(c?.kind, 'stance');
  assert.equal(c?.text, 'whether the new timetable would cut jobs');
  assert.match(c?.mention ?? '', /ferry union/);
  assert.equal(find('Ada Pike asked the harbour master which berths would close.', 'which berths')?.text, 'which berths would close');
  assert.equal(find('Tom Reyes wondered why the board had waited so long.', 'why the board')?.kind, 'belief');
  // asked to: a request, left to the speech rules; "When asked whether": no asker named, no typed claim
  assert.equal(claims('When asked whether he would run again, Hal Brook smiled.').filter((x) => x.kind === 'stance').length, 0);
});

test('"referring to" (its doubled r) names what a speaker meant; "referred to X as Y" only names', () => {
  const c = find('"We have to wake up the towns," Ines Varga said, referring to the coastal villages.', 'the coastal villages');
  assert.equal(c?.kind, 'indirect');
  assert.match(c?.mention ?? '', /Varga/);
  assert.equal(find('The report referred to the register as the Harbour Safety Index.', 'the register'), undefined);
});

test('noun cues after a possessor read past adjectives; "would like to" is a belief', () => {
  const c = find("Voters remember Tom Reyes's controversial proposal to close the ferry at night.", 'to close the ferry');
  assert.equal(c?.kind, 'stance');
  assert.match(c?.mention ?? '', /Reyes/);
  const w = find('The harbour board would like to sell the old pier.', 'to sell the old pier');
  assert.equal(w?.kind, 'belief');
  assert.match(w?.mention ?? '', /harbour board/);
});

test('belief: cognition verbs of WordNet with a clause ("learned that", "interpreted"), only as a finite verb', () => {
  const c = find('Councillor Ines Varga learned that the ferry contract had been cancelled.', 'the ferry contract had been cancelled');
  assert.equal(c?.kind, 'belief');
  assert.match(c?.mention ?? '', /Varga/);
  assert.equal(find('She later learned the pier would close for a year.', 'the pier would close')?.kind, 'belief');
  // a participle after its noun (a reduced relative) or after "was" is no cue of its own
  assert.equal(claims('The lessons learned that winter were never written down.').filter((x) => x.kind === 'belief').length, 0);
});

test('a WordNet cognition verb reads "that" only right after it: a later "warned that" keeps its own claim', () => {
  const c = find('One official who has read the full audit said it also warned that the dredging budget was too small.', 'the dredging budget was too small');
  assert.equal(c?.kind, 'indirect');
});

test('an adjective of attitude after a copula, then "about", takes a stance on its object', () => {
  const doc = 'The council met on Monday.\n\nCouncillor Ines Marlow is upbeat about the ferry contract. The festival is all about music. Tickets were made about a week ago.\n';
  const q = analyzeText(doc).quotes.map((x) => ({ kind: x.kind, text: x.text, mention: x.speakerMention?.text ?? null }));
  const c = q.find((x) => x.text.startsWith('the ferry contract'));
  assert.equal(c?.kind, 'stance', JSON.stringify(q));
  assert.equal(c?.mention, 'Ines Marlow');
  assert.ok(!q.some((x) => x.text.startsWith('music') || x.text.startsWith('a week')), JSON.stringify(q));
});
