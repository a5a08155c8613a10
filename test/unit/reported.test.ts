// Reported speech without quotation marks (src/core/reported.ts and its use in the claims engine), and headlines
// that take no typed claim. Every sentence here was written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { tokenize } from '../../src/core/text';
import { endAtNextCue, headlineSentence, longClauseAt, thatComplementAt, verbFormCue } from '../../src/core/reported';
import * as lex from '../../src/core/lex';

// a body paragraph first, so that the sentence under test is prose, not the document's title line
const LEAD = 'The council met on Monday to discuss the harbour budget.\n\n';
const claims = (text: string): { kind: string; text: string; mention: string | null }[] =>
  analyzeText(LEAD + text).quotes.map((q) => ({ kind: q.kind, text: q.text, mention: q.speakerMention?.text ?? null }));
const find = (text: string, content: string) => claims(text).find((c) => c.text.includes(content));

test('zero-that clause with a long subject after a speech verb', () => {
  const c = find('Harbour analysts say the effort to move the ferry terminal to the north shore has been a failure.', 'the effort to move');
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'the effort to move the ferry terminal to the north shore has been a failure');
  assert.equal(c?.mention, 'Harbour analysts');
  // a quantifier opens the subject
  assert.equal(find('Town treasurers said about half of the shortfall came from lower parking fees.', 'about half')?.text,
    'about half of the shortfall came from lower parking fees');
  // a noun-phrase object is no clause: "said" + time, and a verb that needs "that" before a plain noun
  assert.equal(find('Councillor Mira Oduya announced plans for a new library in the spring.', 'plans for a new library')?.kind, 'indirect');
  // "figures" is a noun here: nothing reported starts at "across"
  assert.equal(claims('Senior planning figures across the region have welcomed the plan.').filter((c) => c.text.startsWith('across')).length, 0);
});

test('longClauseAt: a finite verb after the subject, none after a participle or a relative clause', () => {
  const at = (s: string, loose = true): boolean => {
    const tz = tokenize(s);
    return longClauseAt(tz.tokens, 0, tz.tokens.length - 1, new Set(['was', 'had']), loose) === 0;
  };
  assert.equal(at('the plan to widen the old harbour road near the school will cost more.'), true);
  assert.equal(at('the road widened by the council in the spring.'), false);
  assert.equal(at('the residents who live near the road were angry.'), false);
  assert.equal(at('in the spring the road was closed.'), false);
  assert.equal(at('voters were angry.', false), false);
  assert.equal(at('the voters were angry.', false), true);
});

test('a second cue ends the first claim: participles and coordinated verbs', () => {
  const a = claims('Mayor Tess Harlow said the tunnel would open in May, adding that the budget was safe.');
  assert.ok(a.some((c) => c.text === 'the tunnel would open in May'), JSON.stringify(a));
  assert.ok(a.some((c) => c.text.includes('the budget was safe') && !c.text.includes('tunnel')), JSON.stringify(a));
  const b = claims('Dr. Amir Sefton said the clinic had enough staff but did not say whether it would stay open.');
  assert.ok(b.some((c) => c.text === 'the clinic had enough staff'), JSON.stringify(b));
  // the reported clause's own coordinated verbs are kept: "would attack … and would respond"
  const c = claims('The ministry said it would close the bridge and would reopen it within a week.');
  assert.ok(c.some((x) => x.text === 'it would close the bridge and would reopen it within a week'), JSON.stringify(c));
});

test('endAtNextCue: only cues, not nouns after "and"', () => {
  const tz = tokenize('the plan drew criticism and support from the unions');
  const n = tz.tokens.length;
  assert.equal(endAtNextCue(tz.tokens, 0, n, (i) => lex.cueOf(tz.tokens[i]) !== undefined), n);
});

test('a trailing attribution whose speaker is a plain noun phrase', () => {
  const c = find('The ferry will stop running in January, harbour board spokesman Leo Marsh said Thursday.', 'The ferry will stop');
  assert.equal(c?.text, 'The ferry will stop running in January');
  assert.match(c?.mention ?? '', /Leo Marsh/);
});

test('a noun-phrase object that is what was said, not an addressee, a medium or a memory', () => {
  assert.equal(find('Councillor Ada Brennan defended the use of the reserve fund.', 'the use of the reserve fund')?.kind !== undefined, true);
  assert.equal(find('The club posted a video of the match.', 'a video'), undefined);
  assert.equal(find('Colleagues remember a patient and generous teacher.', 'a patient'), undefined);
  assert.equal(find('Ms. Rowe showed her the old maps.', 'the old maps'), undefined);
});

test('passives: an agent or the frame\'s own complement, not a bare passive of a speech verb', () => {
  const a = find('Councillor Dev Rana was accused of hiding the repair costs.', 'hiding the repair costs');
  assert.equal(a?.kind, 'indirect');
  assert.equal(a?.mention, null);
  const b = find('The harbour plan was criticized by the fishermen\'s union for ignoring the night ferries.', 'The harbour plan');
  assert.match(b?.mention ?? '', /union/);
  assert.equal(find('The students were told to leave the building.', 'The students'), undefined);
  // a stance verb in the passive: the agent's stance; without an agent, only a to-infinitive ("is expected to")
  assert.match(find('The marina plan was opposed by the sailing club.', 'The marina plan')?.mention ?? '', /sailing club/);
  assert.equal(find('The marina plan was opposed in the committee.', 'The marina plan'), undefined);
  assert.equal(find('The ferry strike is expected to last a week.', 'The ferry strike')?.kind, 'belief');
  assert.equal(find('Two injuries were reported in the town centre.', 'Two injuries'), undefined);
});

test('headlines and labels take no typed claim', () => {
  // a first line in title case, and a line without a final stop at the end of a paragraph
  const doc = 'Harbour Allies Embrace Mayor At Budget Talks\n\nThe council backed the mayor on Monday. Harbour allies embrace the mayor at budget talks\n\nfor the harbour\n';
  const q = analyzeText(doc).quotes;
  assert.equal(q.filter((c) => c.text.includes('Mayor At Budget') || c.text.includes('the mayor at budget') || c.text === 'for the harbour').length, 0, JSON.stringify(q));
  // prose keeps its stance claim
  assert.ok(q.some((c) => c.kind === 'stance' && c.text.includes('the mayor on Monday')), JSON.stringify(q));
  // a headline with a speech cue and a named speaker keeps its claim
  const h = analyzeText('The council met on Monday.\n\nMayor Tess Harlow says the tunnel will open in May\n').quotes;
  assert.ok(h.some((c) => c.kind === 'indirect' && c.text === 'the tunnel will open in May'), JSON.stringify(h));
});

test('headlineSentence: title case, a markdown heading, a line without a final stop', () => {
  const first = (s: string): boolean => {
    const tz = tokenize(s);
    const sent = tz.sentences[0];
    return headlineSentence(tz.tokens, sent.a, sent.b);
  };
  assert.equal(first('Council Approves Harbour Budget After Long Debate'), true);
  assert.equal(first('# Notes from the harbour meeting'), true);
  assert.equal(first('allies embrace the mayor at budget talks\n\nThe next paragraph.'), true);
  assert.equal(first('The council approved the harbour budget after a long debate on Monday.'), false);
});

test('a stance noun after a possessive is not a stance verb', () => {
  assert.equal(claims('The mayor has angered residents with the council\'s years-long support for the marina.').filter((c) => c.kind === 'stance' && c.text === 'for the marina').length, 0);
  assert.equal(find('Her father opposed the marina.', 'the marina')?.kind, 'stance');
});

test('a noun-phrase object inside a relative clause ends before the main verb', () => {
  assert.equal(find('A ferry captain who supports the mayor lost his licence last year.', 'the mayor')?.text, 'the mayor');
  assert.equal(find('Councillor Ivo Brandt, who had endorsed the marina plan, spoke first.', 'the marina plan')?.text, 'the marina plan');
  // a relative clause inside the object stays with it
  assert.equal(find('The union endorsed the plan that would widen the harbour road.', 'the plan')?.text, 'the plan that would widen the harbour road');
  // a conjunction before the next verb is left out
  assert.equal(find('Mayor Tess Harlow declared two days of mourning and said the town would rebuild.', 'two days')?.text, 'two days of mourning');
});

test('allegiance and judgement verbs, and a negated stance', () => {
  assert.equal(find('Nearly a third of the members voted for the new harbour master.', 'the new harbour master')?.kind, 'stance');
  assert.equal(find('The fishermen thanked the coast guard for the rescue.', 'the coast guard')?.kind, 'stance');
  assert.equal(find('Councillor Ivo Brandt has not endorsed any candidate.', 'any candidate')?.kind, 'stance');
  // speech that was not made is no claim
  assert.equal(find('The spokesman did not say whether the ferry would run.', 'the ferry would run'), undefined);
});

test('trailing attributions with a tail: a prepositional phrase, an inverted speaker, a semicolon', () => {
  assert.equal(find('A clean win matters most, she said after talks Tuesday with club staff.', 'A clean win')?.text, 'A clean win matters most');
  assert.equal(find('The pier was closed for a week, the sailing club posted on Facebook.', 'The pier')?.text, 'The pier was closed for a week');
  const inv = find('The ferry will stop in May, said Rita Okoye, the director of the harbour board, which runs the port.', 'The ferry');
  assert.equal(inv?.text, 'The ferry will stop in May');
  assert.match(inv?.mention ?? '', /Rita Okoye/);
  assert.equal(find('To win, candidates need forty percent of the vote, analysts say; in 2012, the party lost.', 'candidates need')?.mention, 'analysts');
  // a passive is no trailing attribution
  assert.equal(find('In 1990, at age nine, she was told to leave the island.', 'In 1990'), undefined);
});

test('"welcome" greeting a person is no claim; welcoming a decision stays a stance', () => {
  // a person as the object, then where to: hospitality, nothing said
  assert.equal(find('Mayor Lena Hartig warmly welcomed Tomas Brandvik to the town hall on Friday.', 'Tomas Brandvik'), undefined);
  assert.equal(find('The harbour master welcomed them back after the storm.', 'them back'), undefined);
  assert.equal(find('Organisers welcomed delegates at the ferry port on Sunday.', 'delegates at'), undefined);
  // a decision, or a person's plan, is a position taken
  assert.equal(find('Mayor Lena Hartig welcomed the decision to reopen the pier.', 'the decision to reopen')?.kind, 'stance');
  assert.equal(find('Mayor Lena Hartig welcomed Brandvik\'s plan for the pier.', 'plan for the pier')?.kind, 'stance');
});

test('topic-of-speech, position and knowledge verbs with their frames', () => {
  // speech about a topic: the object is what was talked about; not when the speech was not made
  assert.equal(find('The harbour master discussed the dredging schedule with the ferry crews.', 'the dredging schedule')?.kind, 'indirect');
  assert.equal(find('The ferry company did not immediately respond to the Ledger\'s questions.', 'the Ledger\'s questions'), undefined);
  assert.equal(find('Councillor Ines Marlow responded to the audit of the pier accounts.', 'the audit of the pier')?.kind, 'indirect');
  // positions and knowledge
  assert.equal(find('Councillor Ines Marlow dismissed the survey of the marina berths.', 'the survey of the marina')?.kind, 'stance');
  assert.equal(find('The fishermen voted to reject the new quota on Friday.', 'to reject the new quota')?.kind, 'stance');
  assert.equal(find('Councillor Ines Marlow knew the ferry contract would expire in May.', 'the ferry contract would expire')?.kind, 'belief');
  // the anonymity formula is no stance of its own, and leaves the report after it whole
  const anon = find('A harbour official, who asked not to be named because the talks are private, said the ferry contract would be renewed.', 'the ferry contract would be renewed');
  assert.equal(anon?.text, 'the ferry contract would be renewed');
});

test('a complement clause with no subject found keeps its claim, the speaker unknown', () => {
  const c = find('On the eve of the vote, and with the pier closed, it was then noted by nobody, adding that the repairs would take a year.', 'the repairs would take a year');
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.mention, null);
  // a relative clause after an object is no complement ("announced a plan that …"), nor a passive participle
  assert.equal(thatComplementAt(tokenize('They announced a plan that would close the pier.').tokens, 1, 9), -1);
  assert.equal(thatComplementAt(tokenize('They argued in a letter on Monday that the pier was safe.').tokens, 1, 12), 7);
  const toks = tokenize('The ferry strike is expected to last a week.').tokens;
  assert.equal(verbFormCue(toks, 4, new Set()), false);
  assert.equal(find('The ferry strike is expected to last a week.', 'The ferry strike')?.kind, 'belief');
});

test('an aside "X, she said, Y" is one claim; a second cue after it is a claim of its own', () => {
  const lead = 'Mira Oduya and Tom Reyes met the harbour board on Monday. ';
  assert.equal(find(lead + 'The pier, she explained, needs new pilings before the winter.', 'needs new pilings')?.text,
    'The pier, she explained, needs new pilings before the winter');
  assert.equal(find(lead + 'It was, he said, the worst storm in a decade.', 'the worst storm')?.text, 'It was, he said, the worst storm in a decade');
  // a tail after the cue ends at its comma
  assert.equal(find(lead + 'The dredging is overdue, he said after touring the docks on Tuesday, because silt has built up.', 'dredging')?.text,
    'The dredging is overdue');
  const two = claims(lead + 'The ferry will resume in May, the harbour master said, adding that fares would rise.');
  assert.ok(two.some((c) => c.text === 'The ferry will resume in May'));
  assert.ok(two.some((c) => c.text.includes('fares would rise') && !c.text.includes('ferry')));
});

test('noun cues after a possessor: a position, a claim, a belief', () => {
  const lead = 'Mira Oduya chairs the harbour board. ';
  assert.equal(find(lead + 'Her support for the sea wall surprised the board.', 'the sea wall')?.kind, 'stance');
  const c = find(lead + 'Her claim that the pier was unsafe spread quickly.', 'the pier was unsafe');
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'that the pier was unsafe');
  assert.equal(find(lead + 'His decision to close the ferry office angered staff.', 'close the ferry office')?.kind, 'stance');
  assert.equal(find(lead + "The union's doubts about the new yard proved wrong.", 'the new yard')?.kind, 'belief');
  // "to" before a noun phrase is no infinitive; a noun without a possessor is no one's
  assert.equal(find(lead + 'Her plan to the board ran to forty pages.', 'the board ran'), undefined);
  assert.equal(find(lead + 'The claim that the pier was unsafe spread quickly.', 'the pier was unsafe'), undefined);
});

test('a position verb with its object keeps its claim when no subject is found', () => {
  const c = find('Nineteen percent of the ferry crews polled endorsed the new timetable.', 'the new timetable');
  assert.equal(c?.kind, 'stance');
  assert.equal(c?.text, 'the new timetable');
  // a participle modifying a noun is no position taken ("the op-ed supporting biofuels"), nor a topic of speech
  assert.equal(find('Asked about the new timetable, the harbour master smiled.', 'the new timetable'), undefined);
});

test('a reporting verb before a finite clause keeps its claim when no subject is recognised', () => {
  const c = find('Nearly nine out of ten say they will need new training before the winter.', 'they will need new training');
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'they will need new training before the winter');
  // no clause after the verb: nothing ("Nearly nine out of ten say so")
  assert.equal(claims('Nearly nine out of ten say so.').length, 0);
  // an infinitive or a sentence-initial imperative is no verb form of a report
  assert.equal(verbFormCue(tokenize('They want to say the pier is safe.').tokens, 3, new Set()), false);
});

test('positions under a modal, a belief passive with "as", and a trailing attribution over a position', () => {
  assert.equal(find('Councillor Ines Marlow would support the harbour levy.', 'the harbour levy')?.kind, 'stance');
  // speech under a modal was not made
  assert.equal(find('Councillor Ines Marlow would discuss the harbour levy.', 'the harbour levy'), undefined);
  assert.equal(find('The ferry deal was widely seen as a betrayal of the crews.', 'The ferry deal')?.kind, 'belief');
  const t = find('Mira Oduya met the union on Monday. The union urged members to reject the offer, its leader said.', 'reject the offer');
  assert.equal(t?.kind, 'indirect');
  assert.equal(t?.text, 'The union urged members to reject the offer');
});

test('a report holding a noun cue keeps the whole clause; a question as object runs to its end', () => {
  const lead = 'Mira Oduya met the union on Monday. ';
  assert.equal(find(lead + 'Oduya said she stands fully behind the mayor\'s opposition to the levy.', 'the levy')?.text,
    'she stands fully behind the mayor\'s opposition to the levy');
  assert.equal(find(lead + 'She talked about how the tunnel was built in the 1920s.', 'the tunnel')?.text, 'how the tunnel was built in the 1920s');
});

test('an account of how or why after a reporting verb; no claim from a temporal "when"', () => {
  const lead = 'Mira Oduya met the union on Monday. ';
  assert.equal(find(lead + 'Oduya explained why the pier had closed so early.', 'the pier had closed')?.text, 'why the pier had closed so early');
  assert.equal(find(lead + 'She said when she was young the pier was busy.', 'she was young'), undefined);
});

test('"found" with a thing as object reports nothing; with a study as subject or a clause it does', () => {
  // things found are not findings
  assert.equal(find('Divers found a rusted anchor off the pier on Sunday.', 'rusted anchor'), undefined);
  assert.equal(find('Volunteers found the missing terrier near the old quarry.', 'missing terrier'), undefined);
  // a finding: a document as subject (evidence), or a that-clause
  assert.equal(find('The harbour audit found serious gaps in the safety records.', 'serious gaps')?.kind, 'evidence');
  assert.equal(find('The inspectors found that the crane had not been serviced since 2019.', 'the crane had not')?.kind, 'indirect');
});

test('a plural agent noun opening a sentence is a group of people, not a name', () => {
  const r = analyzeText(LEAD + 'Firefighters said the warehouse blaze was under control by midnight. Campaigners argue that the depot should close.');
  assert.deepEqual(r.entities.filter((e) => /Firefighters|Campaigners/.test(e.text)), []);
  const q = r.quotes.find((c) => c.text.includes('warehouse blaze'));
  assert.equal(q?.speakerMention?.text, 'Firefighters');
  assert.match(String(q?.speaker), /^anon:/);
  // a surname the lexicons know stays a name
  assert.ok(analyzeText(LEAD + 'Dr Ruth Sanders runs the clinic. Sanders said the waiting list had doubled.').entities.some((e) => e.text === "Sanders"));
});

test('a new clause with its own subject and speech cue ends the claim before it', () => {
  const text = 'The harbour board declined to comment, and two council aides later said the lease had lapsed.';
  assert.equal(find(text, 'to comment')?.text, 'to comment');
  const aides = find(text, 'the lease had lapsed');
  assert.equal(aides?.text, 'the lease had lapsed');
  assert.equal(aides?.mention, 'two council aides');
  const two = 'Mayor Ines Braga said the ferry fare would rise, and her deputy said it was too steep.';
  assert.equal(find(two, 'the ferry fare')?.text, 'the ferry fare would rise');
  assert.equal(find(two, 'too steep')?.mention, 'her deputy');
  // a noun phrase and a verb that is no speech cue continue the claim
  assert.equal(find('Braga said the fare would rise, and the ferry company lost money.', 'the fare')?.text, 'the fare would rise, and the ferry company lost money');
});

test('a parenthetical attribution with an honorific: "The ferry industry, Mr. Costa said, was …"', () => {
  const c = find('The ferry industry, Mr. Costa said, was oversupplied with boats.', 'oversupplied');
  assert.equal(c?.kind, 'indirect');
  assert.match(c?.mention ?? '', /Costa/);
});

test('a report inside the reported clause: the outer content starts after its own cue, not at the inner "that"', () => {
  const a = find('Aides said the senator believes that the ferry levy will fail in the autumn.', 'the ferry levy');
  assert.equal(a?.mention, 'Aides');
  assert.equal(a?.text, 'the senator believes that the ferry levy will fail in the autumn');
  const b = find('Councillor Dana Reyes said Mayor Tom Pike had told her that the bridge would reopen in May.', 'the bridge would reopen');
  assert.equal(b?.mention, 'Dana Reyes');
  assert.equal(b?.text, 'Mayor Tom Pike had told her that the bridge would reopen in May');
  // a semicolon closes the first report: its "that" is not the one after the second cue
  const c = claims('The mayor\'s office said the bridge would reopen soon; Reyes added that the repairs were nearly done.');
  assert.ok(c.some((x) => x.text === 'the bridge would reopen soon' && x.mention === "The mayor's office"), JSON.stringify(c));
  assert.ok(c.some((x) => x.text === 'that the repairs were nearly done' && x.mention === 'Reyes'), JSON.stringify(c));
  // a noun after a preposition is no inner report: "said in remarks aired on Sunday that …"
  assert.equal(find('The ministry said in remarks aired on Sunday that the new tariff largely matched its own plan.', 'tariff')?.text,
    'that the new tariff largely matched its own plan');
});

test('an "as" aside before the content', () => {
  const a = find('As Reyes noted, the ferry crews have not had a pay rise since the bridge opened.', 'ferry crews');
  assert.equal(a?.text, 'the ferry crews have not had a pay rise since the bridge opened');
  assert.equal(a?.mention, 'Reyes');
  const b = find('As the Harbour Courier reported on Monday, the county auditor has asked the marina for its fuel accounts.', 'auditor');
  assert.equal(b?.text, 'the county auditor has asked the marina for its fuel accounts');
  // a temporal "as" clause is no aside, nor a cue with an object
  assert.equal(claims('As the strike continues, the port has lost most of its winter trade.').length, 0);
  assert.equal(claims('As the company announced layoffs, its shares fell by a tenth.').filter((c) => c.text.startsWith('its shares')).length, 0);
});

test('an inverted trailing attribution with an apposition or a relative clause after the speaker', () => {
  const a = find('The ferry timetable suits nobody on the outer islands, said Ines Darrow, a ferry pilot from Tarn who retired in May.', 'timetable');
  assert.equal(a?.text, 'The ferry timetable suits nobody on the outer islands');
  assert.equal(a?.mention, 'Ines Darrow');
  const b = find('The harbour board had quietly shelved the dredging plan before the storm, said a clerk who sat in on its meetings.', 'dredging');
  assert.equal(b?.text, 'The harbour board had quietly shelved the dredging plan before the storm');
  assert.equal(b?.mention, 'a clerk');
  // the speaker's phrase is never the claim
  assert.ok(!claims('The slipway will stay shut, said a clerk who sat in on the meetings.').some((c) => c.text.startsWith('an official')));
  // a verb that does not invert ("showed") takes no speaker after it
  assert.ok(!claims('Its projections, released with the minutes, showed the jobless rate easing to about 4.1% by next spring.').some((c) => c.mention?.startsWith('the jobless rate')));
});

test('content before a trailing cue keeps a report inside it', () => {
  const a = find('Back when the cannery still ran two shifts, Ms. Lorn found the night work easier than school, she said.', 'cannery');
  assert.equal(a?.text, 'Back when the cannery still ran two shifts, Ms. Lorn found the night work easier than school');
  assert.equal(a?.mention, 'she');
});

test('a second report in the sentence with a number, a share or "others" as its subject', () => {
  const a = claims('Some boat owners say the new moorings are too dear, while others say the fees are fair for a sheltered berth.');
  assert.ok(a.some((c) => c.text === 'the new moorings are too dear'), JSON.stringify(a));
  assert.ok(a.some((c) => c.text === 'the fees are fair for a sheltered berth' && c.mention === 'others'), JSON.stringify(a));
  // the digits after a thousands comma open no subject
  const tz = tokenize('insurers refused to renew more than 300,000 homeowner policies reported in the west');
  const n = tz.tokens.length;
  assert.equal(endAtNextCue(tz.tokens, 0, n, (i) => lex.cueOf(tz.tokens[i]) !== undefined), n);
});

test('a possessive day opens the reported clause; an indirect question reports nothing', () => {
  assert.equal(find("Rita Berg said Thursday's tide tables had been printed with the wrong year.", 'tide')?.text,
    "Thursday's tide tables had been printed with the wrong year");
  assert.ok(!claims('Pressed on whether she had discussed stepping down with the board chair, she shrugged.').some((c) => c.text.startsWith('stepping')));
});

test('a subject with a relative clause before "say": the clause\'s object is not the claim, the group is the speaker', () => {
  const a = claims('Angling clubs that have backed the harbour master say that the new buoys should be lit at night.');
  assert.ok(a.some((c) => c.text === 'that the new buoys should be lit at night' && c.mention === 'Angling clubs'), JSON.stringify(a));
  assert.ok(!a.some((c) => c.text.includes('master say')), JSON.stringify(a));
  const b = claims('Voters who backed the mayor in 2019 say the toll has hurt their trade.');
  assert.ok(b.some((c) => c.text === 'the toll has hurt their trade' && c.mention === 'Voters'), JSON.stringify(b));
  // "that" after a reporting verb opens its clause, not a relative one
  assert.equal(find('Residents said that officials ignored the report.', 'officials')?.mention, 'Residents');
});

test('"told" with a long addressee before its "that"; a relative "that" far from the cue opens no claim', () => {
  assert.equal(find('Skipper Ben Cole told the fishing co-op members at their quayside shed in Tarn that the quota cut would sink two boats.', 'quota')?.text,
    'that the quota cut would sink two boats');
  assert.ok(!claims('Ben Cole told the fishing co-op members at their quayside shed in Tarn that had flooded in March about his catch.').some((c) => c.text.startsWith('that had')));
});
