// Frames of attribution without quotation marks that news uses often (issue 14): headline forms and the like.
// Every sentence here was written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

const claimsOf = (doc: string): { kind: string; text: string; mention: string | null }[] =>
  analyzeText(doc).quotes.map((q) => ({ kind: q.kind, text: q.text, mention: q.speakerMention?.text ?? null }));

test('a title-case headline with a capitalised reporting verb reports speech', () => {
  const q = claimsOf('Harbour Mayor Says Tunnel Will Open Before The Winter Storms\n\nThe mayor spoke in Ashford on Monday.\n');
  const c = q.find((x) => x.text.startsWith('Tunnel Will Open'));
  assert.equal(c?.kind, 'indirect', JSON.stringify(q));
  assert.equal(c?.text, 'Tunnel Will Open Before The Winter Storms');
  assert.equal(c?.mention, 'Harbour Mayor');
  const w = claimsOf('Former Aide Warns Budget Is Short Of Funds\n\nThe aide left in May.\n').find((x) => x.text.startsWith('Budget Is Short'));
  assert.equal(w?.kind, 'indirect');
  // a capitalised verb in prose or in a line that is not title case is no cue; nor the title's first word
  assert.equal(claimsOf('The Says Tavern reopened in May after the flood.\n').length, 0);
  assert.equal(claimsOf('Says Who: A Festival Of Street Theatre Opens\n\nThe festival opened.\n').filter((x) => x.kind === 'indirect').length, 0);
});

test('a title naming a person before a colon gives that person the claim after it', () => {
  const q = claimsOf('Harlow: My tunnel plans are not set in stone.\n\nMayor Tess Harlow spoke in Ashford on Monday about the tunnel.\n');
  const c = q.find((x) => x.text.startsWith('My tunnel plans'));
  assert.equal(c?.kind, 'indirect', JSON.stringify(q));
  assert.equal(c?.text, 'My tunnel plans are not set in stone');
  assert.equal(c?.mention, 'Harlow');
  // a quotation inside makes it mixed
  const m = claimsOf('Harlow: Budget Plan ‘Will Hurt Families’ Across The North\n\nMayor Tess Harlow spoke on Monday.\n');
  assert.ok(m.some((x) => x.kind === 'mixed' && x.text.startsWith('Budget Plan')), JSON.stringify(m));
  // not a label that is no person, nor a person after a preposition, nor a colon further down the text
  assert.equal(claimsOf('Update: The tunnel will stay closed until May.\n\nThe council met.\n').length, 0);
  assert.equal(claimsOf('Big Win For Harlow: Council Backs The Tunnel Plan\n\nMayor Tess Harlow spoke on Monday.\n').filter((x) => x.text.startsWith('Council Backs')).length, 0);
  assert.equal(claimsOf('The council met on Monday.\n\nMayor Tess Harlow spoke later.\n\nHarlow: the tunnel will stay closed until May.\n').filter((x) => x.text.startsWith('the tunnel will')).length, 0);
});

test('a zero-that clause in the present tense after a speech verb is reported speech', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const c = claimsOf(lead + 'Transport experts said harbour traffic depends on the weather.').find((x) => x.text.startsWith('harbour traffic'));
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'harbour traffic depends on the weather');
  assert.equal(c?.mention, 'Transport experts');
  const a = claimsOf(lead + 'The farmers say inspectors still watch the harbour at night.').find((x) => x.text.startsWith('inspectors'));
  assert.equal(a?.text, 'inspectors still watch the harbour at night');
  // a noun-phrase object is no clause: "said a few words", "said prayers"
  assert.equal(claimsOf(lead + 'Harlow said a few words about her father at the harbour.').length, 0);
  assert.equal(claimsOf(lead + 'The crew said prayers for the victims on Sunday.').length, 0);
});

test('a report inside a relative clause whose pronoun is the reported subject ("which officials said will …")', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const q = claimsOf(lead + 'The ferry changes, which harbour officials said will take effect in June, were announced on Friday.');
  const c = q.find((x) => x.text.startsWith('will take effect'));
  assert.equal(c?.kind, 'indirect', JSON.stringify(q));
  // the clause set off by commas ends at its comma
  assert.equal(c?.text, 'will take effect in June');
  const r = claimsOf(lead + 'The council passed rules that critics said were unfair to renters.').find((x) => x.text.startsWith('were unfair'));
  assert.equal(r?.text, 'were unfair to renters');
  // a belief verb keeps its kind
  assert.equal(claimsOf(lead + 'Harlow praised the ferry plan, which she believes will save the harbour.').find((x) => x.text.startsWith('will save'))?.kind, 'belief');
  // a speech verb with its own clause subject is no gap ("which officials said the council would fund")
  assert.equal(claimsOf(lead + 'The pier, which officials said the council would fund, opened in May.').filter((x) => x.text.startsWith('would fund')).length, 0);
});

test('a question put with its asker unnamed ("When asked whether …", "Asked on Monday why …", "was asked how …") is a stance claim', () => {
  const lead = 'The ferry board met in Ashford on Tuesday.\n\n';
  const q = claimsOf(lead + 'When asked whether the night crossings would resume, Ines Darrow said the board had not decided.');
  const c = q.find((x) => x.text.startsWith('whether'));
  assert.equal(c?.kind, 'stance', JSON.stringify(q));
  assert.equal(c?.text, 'whether the night crossings would resume');
  assert.equal(c?.mention, null);
  // the answer keeps its speaker
  assert.equal(q.find((x) => x.text.startsWith('the board had'))?.mention, 'Ines Darrow');
  const a = claimsOf(lead + 'Asked on Monday why the timetable had changed, the harbour master shrugged.').find((x) => x.text.startsWith('why'));
  assert.equal(a?.text, 'why the timetable had changed');
  const p = claimsOf(lead + 'Ola Brandt was asked by reporters how the repairs would be paid for.').find((x) => x.text.startsWith('how'));
  assert.equal(p?.text, 'how the repairs would be paid for');
  // the one who answers stays the speaker of the quotation after it
  const s = analyzeText('Mayor Tess Harlow opened the pier on Monday.\n\nA council spokeswoman said the pier would close at dusk. Asked whether the pier would stay open in winter, she said: "That is still being discussed."').quotes;
  assert.equal(s.find((x) => x.text.startsWith('"That is'))?.speaker, s.find((x) => x.text.startsWith('the pier would close'))?.speaker, JSON.stringify(s));
  assert.ok(s.find((x) => x.text.startsWith('"That is'))?.speaker);
  // in a passive with its subject, a topic is what was asked about
  const t = claimsOf(lead + 'At the quay on Friday, Ola Brandt was asked about the leaking hull of the pontoon.').find((x) => x.text.startsWith('the leaking'));
  assert.equal(t?.kind, 'stance');
  assert.equal(t?.text, 'the leaking hull of the pontoon');
  // "asked" with its own subject and an addressee, a fronted topic alone or an object that is no question, is not this frame
  assert.equal(claimsOf(lead + 'Asked about the late sailings, the harbour master shrugged.').length, 0);
  assert.ok(!claimsOf(lead + 'The clerk asked the crew to wait on the quay.').some((x) => x.kind === 'stance' && x.mention === null));
  assert.ok(!claimsOf(lead + 'Asked to leave, the passengers went ashore at noon.').some((x) => x.text.startsWith('to leave')));
});

test('a zero-that present-tense clause whose subject holds "of" after its head is reported speech', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const c = claimsOf(lead + 'Brandt said each week of delay costs the ferry company a fortune.').find((x) => x.text.startsWith('each week'));
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'each week of delay costs the ferry company a fortune');
  // "of" right after a quantifier is no subject's head ("said most of its …" stays to the other tests)
  assert.equal(claimsOf(lead + 'Harlow said a few words of thanks to the crews.').length, 0);
});

test('a long zero-that subject may join two nouns with "and", never a noun and a verb', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const c = claimsOf(lead + 'Councillor Ines Marlow says the only way to keep the ferry from closing and saving the pier may be to raise the levy.')
    .find((x) => x.text.startsWith('the only way'));
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'the only way to keep the ferry from closing and saving the pier may be to raise the levy');
  const d = claimsOf(lead + 'Dock workers said the harbour master and the ferry crews had agreed on a new timetable.').find((x) => x.text.startsWith('the harbour master'));
  assert.equal(d?.text, 'the harbour master and the ferry crews had agreed on a new timetable');
});

test('a subject of quantity reports speech: "Some say", "those surveyed say", "one in five say", "Nearly a third say"', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const s = claimsOf(lead + 'Some say the ferry timetable favours the islands over the mainland.').find((x) => x.text.startsWith('the ferry timetable'));
  assert.equal(s?.kind, 'indirect');
  assert.equal(s?.mention, 'Some');
  assert.equal(claimsOf(lead + 'Those polled said the pier should reopen before the summer.').find((x) => x.text.startsWith('the pier'))?.mention, 'Those polled');
  assert.equal(claimsOf(lead + 'One in five say the harbour levy is too high.').find((x) => x.text.startsWith('the harbour levy'))?.mention, 'One in five');
  assert.equal(claimsOf(lead + 'Nearly a third say they would pay more for a daily ferry.').find((x) => x.text.startsWith('they would'))?.mention, 'Nearly a third');
  // "some say" as a noun is no report
  assert.equal(claimsOf(lead + 'The crews asked for some say in the timetable.').filter((x) => x.kind === 'indirect').length, 0);
});

test('a reporting verb under a negation or a modal still reports an explicit clause', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const p = claimsOf(lead + 'Mayor Tess Harlow is backing the levy, but she is not predicting that it will pass.').find((x) => x.text.startsWith('that it will pass'));
  assert.equal(p?.kind, 'indirect');
  const m = claimsOf(lead + 'The harbour board did not mention that the pier had been closed for a week.').find((x) => x.text.includes('the pier had been closed'));
  assert.equal(m?.kind, 'indirect');
  // an object alone, or an infinitive, is still no report
  assert.equal(claimsOf(lead + 'Brandt would have to tell the mayor before Friday.').filter((x) => x.kind === 'indirect').length, 0);
});

test('a second report whose subject is a share in words ends the first: "… and one in four said …"', () => {
  const q = claimsOf('The council met on Monday.\n\nOne in three said the harbour board ignores the port and one in four said it was hostile to the port.');
  assert.ok(q.some((x) => x.text === 'the harbour board ignores the port'), JSON.stringify(q));
  assert.equal(q.find((x) => x.text === 'it was hostile to the port')?.mention, 'one in four');
});

test('an adverbial before the comma is no trailing content when the cue takes an object after it', () => {
  const lead = 'The council met on Monday.\n\n';
  const q = claimsOf(lead + 'Shortly after the vote, Ines Marlow announced her resignation.');
  assert.ok(!q.some((x) => x.text.startsWith('Shortly')), JSON.stringify(q));
  assert.equal(q.find((x) => x.text === 'her resignation')?.mention, 'Ines Marlow');
  const r = claimsOf(lead + "The club's former chairman, Ivo Brandt, said the clerk who replaced him should be dismissed.");
  assert.ok(!r.some((x) => x.text.includes('former chairman')), JSON.stringify(r));
  // a clause before the comma still trails
  assert.equal(claimsOf(lead + 'The pier will close in May, Marlow said.').find((x) => x.text === 'The pier will close in May')?.mention, 'Marlow');
});

test('the new subject and negation frames stay within their limits', () => {
  const lead = 'The council met on Monday.\n\n';
  // "some claims" after "and" is a noun phrase, not "some" + a reporting verb
  const a = claimsOf(lead + 'The clerk told reporters that names, addresses and some claims records had been copied from the harbour database.');
  assert.ok(!a.some((x) => x.mention === 'some'), JSON.stringify(a));
  // a verb under a modal inside another's report stays part of that report
  const b = claimsOf(lead + 'Harlow struck a cautious note. The port would insist that the fish be landed at home, she said, rather than shipped abroad.');
  assert.ok(b.some((x) => x.text.startsWith('The port would insist')), JSON.stringify(b));
  // "may not speak English" reports nothing
  assert.equal(claimsOf(lead + 'The forms are hard for those who may not speak English or have access to legal help.').filter((x) => x.kind === 'indirect').length, 0);
});

test('a zero-that clause after "said in a statement" (and a weekday with its part of the day) is reported speech', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const c = claimsOf(lead + 'The ferry company said in a statement Friday night it cancelled the late crossing because the pier was unsafe.').find((x) => x.text.startsWith('it cancelled'));
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'it cancelled the late crossing because the pier was unsafe');
  assert.equal(c?.mention, 'The ferry company');
  const l = claimsOf(lead + 'Harlow wrote in a letter to members the budget would be cut by a third.').find((x) => x.text.startsWith('the budget'));
  assert.equal(l?.text, 'the budget would be cut by a third');
  // a place after "in" is no medium: the content still needs its own clause
  assert.equal(claimsOf(lead + 'Harlow spoke in a hall near the harbour on Friday.').length, 0);
});

test('a gerund opening a zero-that clause in the present tense ("say taxing fuel encourages …") is reported speech', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const c = claimsOf(lead + 'Rural economists say taxing diesel encourages thrift among the fishing crews.').find((x) => x.text.startsWith('taxing'));
  assert.equal(c?.kind, 'indirect');
  assert.equal(c?.text, 'taxing diesel encourages thrift among the fishing crews');
  assert.equal(c?.mention, 'Rural economists');
  // a participle after the verb is no subject ("said speaking at the rally …")
  assert.equal(claimsOf(lead + 'Harlow said speaking at the harbour makes her nervous.').filter((x) => x.text.startsWith('speaking')).length, 0);
});

test('a subject with a participle phrase or a "whose" clause before the reporting verb is the speaker', () => {
  const lead = 'The council met on Monday to discuss the harbour budget.\n\n';
  const p = claimsOf(lead + 'Farm lobbyists trying to win the vote in March say they have a strong new argument about the drought.').find((x) => x.text.startsWith('they have'));
  assert.equal(p?.kind, 'indirect');
  assert.equal(p?.text, 'they have a strong new argument about the drought');
  assert.equal(p?.mention, 'Farm lobbyists');
  const w = claimsOf(lead + 'The council members whose budgets were cut say the real damage came from the new rules.').find((x) => x.text.startsWith('the real damage'));
  assert.equal(w?.text, 'the real damage came from the new rules');
  assert.equal(w?.mention, 'The council members');
  // a noun in -ing after a determiner opens no participle phrase
  assert.equal(claimsOf(lead + 'The morning meeting in March said nothing.').length, 0);
});
