// Speakers of found claims: attribution frames (appositions, asides, titles, "?"/"!" quotes, colon paragraphs,
// documents and their authors) and the salience-based resolution of pronouns and descriptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';

/** Each claim's text (its first 30 characters) with its speaker's canonical name, or '?' when none. */
function speakers(text: string, extra: Record<string, string> = {}): Map<string, string> {
  const index = new WorkspaceIndex();
  for (const [p, t] of Object.entries(extra)) index.set(p, t);
  index.set('a.txt', text);
  const out = new Map<string, string>();
  for (const q of index.get('a.txt')!.analysis.quotes) {
    const rec = q.speaker && !q.anonymous ? index.entity(q.speaker) : undefined;
    out.set(q.text.replace(/^["“]/, '').slice(0, 30), rec?.name ?? (q.anonymous ? 'anonymous' : '?'));
  }
  return out;
}

function speakerOf(text: string, claimStart: string, extra: Record<string, string> = {}): string | undefined {
  for (const [t, s] of speakers(text, extra)) if (t.startsWith(claimStart)) return s;
  return undefined;
}

test('a quote ending in "!" or "?" keeps the attribution that follows it', () => {
  const text = 'Maria Lopez spoke on Monday.\n\n“Never again!” John Smith said. The plan was approved.\n\n“Why not try it once more?” asked Lopez.';
  assert.equal(speakerOf(text, 'Never again!'), 'John Smith');
  assert.equal(speakerOf(text, 'Why not try it'), 'Maria Lopez');
});

test('after "?", an attribution before the quote wins over a narration sentence that follows', () => {
  const text = 'Harlow replies to Dunn with, “Why today? That was on the road to Lisbon?” Dunn then texts back, “Nice hat.”';
  assert.equal(speakerOf(text, 'Why today?'), 'Harlow');
});

test('"it said" is the organisation that is the recent subject', () => {
  const text = 'Acme Corp rejected the claims on Tuesday.\n\n“The allegations are false and we will fight them in court,” it said.';
  assert.equal(speakerOf(text, 'The allegations are false'), 'Acme Corp');
});

test('"said a statement released by X" and "X\'s statement added" name X', () => {
  const text = 'John Smith, the chairman, spoke first.\n\n“We are confident in the outcome of the review,” said a statement released by Acme Corp on Tuesday.\n\nSenator Jane Cornyn spoke later. Cornyn’s statement added, “There is no question the decision was wrong.”';
  assert.equal(speakerOf(text, 'We are confident'), 'Acme Corp');
  assert.equal(speakerOf(text, 'There is no question'), 'Jane Cornyn');
});

test('"the report said" is the author the article named', () => {
  const text = 'The Congressional Budget Office released a report on the bill on Monday. The report said the plan would add $2 trillion to the deficit.';
  assert.equal(speakerOf(text, 'the plan would add'), 'Congressional Budget Office');
});

test('titles, honorifics with a period and "Name of ORG" before or after the cue', () => {
  const text = '“This is a great day for science and for all of us,” said lead author Dr. Jane Roberts of Oxford University.\n\n“The market is broken and needs to be fixed now,” Peter Brown of the Consumer Council said.';
  assert.equal(speakerOf(text, 'This is a great day'), 'Jane Roberts');
  assert.equal(speakerOf(text, 'The market is broken'), 'Peter Brown');
  const appo = '“Nobody expected this outcome,” the study’s lead author, Dr. Ian Malcolm, said.';
  assert.equal(speakerOf(appo, 'Nobody expected'), 'Ian Malcolm');
});

test('parentheticals and several asides between the name and the verb', () => {
  const text = 'Governor Ruth Calder (R-OK) said the nominee is working to calm the town.\n\nPeter Dahl, by contrast, who has no such backers yet, said that fact tells you a lot about the contest.';
  assert.equal(speakerOf(text, 'the nominee is working'), 'Ruth Calder');
  assert.equal(speakerOf(text, 'that fact tells you a lot'), 'Peter Dahl');
  const long = 'Rosa Lind, who lost her shop in the flood in Dayton, Ohio, in May 2019, said that the council had ignored the warnings.';
  assert.equal(speakerOf(long, 'that the council had ignored'), 'Rosa Lind');
});

test('a paragraph ending in a colon introduces the quotation of the next', () => {
  const text = 'Former state senator Kelli Ward called for an inquiry on Monday.\n\nDr. Ward stated:\n\n"The Department of Justice is not about equal justice anymore. It is about something else."';
  assert.equal(speakerOf(text, 'The Department of Justice'), 'Kelli Ward');
});

test('pronouns: never a name inside a quotation, a byline or a photo credit', () => {
  const text = 'Former Rep. Alan Pryce (R-Ohio) was pro Peter Kell while the governor was in the race.\n\n“Helen is my second pick. Tom Vance lost me months ago,” he said.';
  assert.equal(speakerOf(text, 'Helen is my second pick'), 'Alan Pryce');
  const byline = 'Senator Anna Berg spoke on Monday.\n\nBy Jane Doe\n\nPhoto: Mary Smith/Reuters\n\n“The economy is in good shape for now,” she said.';
  assert.equal(speakerOf(byline, 'The economy is in good shape'), 'Anna Berg');
});

test('"they" is never one named person', () => {
  const text = 'Mr. Rubio and Mr. Cruz teamed up against Mr. Trump on Thursday. They said his plans would bankrupt the country.';
  assert.notEqual(speakerOf(text, 'his plans would bankrupt'), 'Cruz');
  assert.notEqual(speakerOf(text, 'his plans would bankrupt'), 'Rubio');
});

test('role descriptions link to the person named with that role, in apposition too', () => {
  const text = 'Foreign Minister Anna Berg met her counterpart on Monday.\n\n“We made real progress today and we will meet again soon,” the minister said.\n\nThe Red Sox manager, Alex Cora, was angry. Later the manager said the umpires had cost his team the game.';
  assert.equal(speakerOf(text, 'We made real progress'), 'Anna Berg');
  assert.equal(speakerOf(text, 'the umpires had cost'), 'Alex Cora');
});

test('a bare surname is not merged with a person of another gender, nor guessed between two full names', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'School spokeswoman Smith said the school would reopen on Monday.');
  index.set('b.txt', 'Senator John Smith arrived in London on Monday.');
  const smith = index.get('a.txt')!.analysis.entities.find((e) => e.text === 'Smith');
  assert.ok(smith);
  assert.notEqual(smith.entity, 'person:john-smith');
  const two = new WorkspaceIndex();
  two.set('a.txt', 'Rossi said the alliance was united.');
  two.set('b.txt', 'Mario Rossi arrived in Rome on Monday.');
  two.set('c.txt', 'Paolo Rossi scored twice on Sunday.');
  const rossi = two.get('a.txt')!.analysis.entities.find((e) => e.text === 'Rossi');
  assert.ok(rossi);
  assert.ok(rossi.entity !== 'person:mario-rossi' && rossi.entity !== 'person:paolo-rossi', rossi.entity);
});

test('transcript labels with a title, an honorific or a parenthetical name the person; a name in capitals links to the text\'s person', () => {
  const text = 'The hearing was chaired by Judge Wendy Tarrant. Counsel Peter Okoye spoke for the family and Lucia Brandt for the council.\n\n' +
    'JUDGE WENDY TARRANT: Mr. Okoye, what do you ask of this court?\n\n' +
    'MR. PETER OKOYE (for the family): We ask for the inquiry to be reopened, because the evidence was never heard.\n\n' +
    'BRANDT: The council has no objection to a short adjournment.\n\n' +
    'JUDGE WENDY TARRANT: Then the case is adjourned until March.';
  assert.equal(speakerOf(text, 'We ask for the inquiry'), 'Peter Okoye');
  assert.equal(speakerOf(text, 'The council has no objection'), 'Lucia Brandt');
  assert.equal(speakerOf(text, 'Then the case is adjourned'), 'Wendy Tarrant');
  // the judge's question is no claim
  assert.equal(speakerOf(text, 'Mr. Okoye, what do you ask'), undefined);
});

test('a section heading in capitals before a colon is never a transcript speaker', () => {
  const text = 'MARKETS: The index fell 2 per cent. "Traders are worried about the winter," said Nora Quist, an analyst.\n\n' +
    'COURTS: A driver was fined. "He was lucky to escape prison," said Judge Alan Piper.';
  assert.equal(speakerOf(text, 'Traders are worried'), 'Nora Quist');
  assert.equal(speakerOf(text, 'He was lucky to escape'), 'Alan Piper');
});

test('an interviewer\'s statement may report another person\'s claim', () => {
  const text = 'Ana Ruiz was elected mayor in May. She spoke to us about the budget.\n\n' +
    'Q: Your rival Tomas Berg says the tax rise will drive families away.\n\n' +
    'A: Families are leaving because there are no homes, not because of the tax.\n\n' +
    'Q: What comes next?\n\n' +
    'A: A housing plan, and I will publish it in June.';
  assert.equal(speakerOf(text, 'the tax rise will drive'), 'Tomas Berg');
  assert.equal(speakerOf(text, 'Families are leaving'), 'Ana Ruiz');
});

test('"said X\'s deputy, NAME" gives the named deputy, not the possessor', () => {
  const text = 'Minister Carl Jensen spoke first. "We will publish it next week," said Jensen\'s deputy, Marta Holm, who runs the programme.';
  assert.equal(speakerOf(text, 'We will publish it'), 'Marta Holm');
});

test('"the 24-year-old said" is the salient person; "the club said" may be a team named after its town', () => {
  const text = 'Coach Ben Archer praised his striker Luis Moreno, who scored twice.\n\n' +
    'Moreno, who joined in the summer, played down his goals. "It was a team effort," the 24-year-old said.';
  assert.equal(speakerOf(text, 'It was a team effort'), 'Luis Moreno');
});

test('"the report said" names an author given as "a report on X, written by Y"', () => {
  const text = 'A report on the region\'s water supply, written by Professor Rhea Collins of Tarn University, was published in May. ' +
    'The report said that three reservoirs would run dry by 2040.';
  assert.equal(speakerOf(text, 'that three reservoirs'), 'Rhea Collins');
});

test('"it said" prefers a subject or the organisation that spoke over one named as the object of a preposition', () => {
  const text = 'Norvik Foods said on Monday it would close its plant in Bray.\n\n' +
    'Union organiser Dan Keel said staff were told by email.\n\n' +
    'Chief executive Ola Berg said in a chat with the Bray Herald that the decision was final. It said it would keep its office in the town.';
  assert.equal(speakerOf(text, 'it would keep its office'), 'Norvik Foods');
});

test('"said TITLE-like noun phrase NAME": the named person, not a possessor or a place before the description', () => {
  const text = 'The senator spoke in Dallas.\n\n"The plan will fail," said Warren constituent Dale Pruitt after the event.\n\n' +
    '"We expected more from her," said Warren\'s chief of staff Nina Osei.\n\n"This is a turning point," said Ohio\'s Rick Tanner, a party consultant.';
  assert.equal(speakerOf(text, 'The plan will fail'), 'Dale Pruitt');
  assert.equal(speakerOf(text, 'We expected more from her'), 'Nina Osei');
  assert.equal(speakerOf(text, 'This is a turning point'), 'Rick Tanner');
});

test('an apposition ending in a place or a name inside a prepositional phrase is not the subject', () => {
  const text = 'Carla Ibsen, a delegate from Austin, Texas, said the convention was chaotic.\n\n' +
    'Morris Quell, founder of the Harbour Institute, retired sailor and long-time organiser, endorsed Ibsen, saying she "has always kept her word."';
  assert.equal(speakerOf(text, 'the convention was chaotic'), 'Carla Ibsen');
  assert.equal(speakerOf(text, 'she "has always kept'), 'Morris Quell');
});

test('a participle after a quotation takes the subject outside the quotation', () => {
  const text = '"Maria Lind is not going to win this way," Tom Hollis said, suggesting that a bolder plan could help her.';
  assert.equal(speakerOf(text, 'that a bolder plan could help'), 'Tom Hollis');
});

test('"X … but now said": the subject of the first verb, past an adverb', () => {
  const text = 'Congressman Tom Reyes backed Senator Ann Marsh in May but now said the governor had "the duty to unite us."';
  assert.equal(speakerOf(text, 'the governor had'), 'Tom Reyes');
});

test('a relative clause without commas between the subject and the verb', () => {
  const text = 'The committee met on Monday. Serving and retired officials who talked to The Daily Ledger said the agency had lost its way.';
  assert.equal(speakerOf(text, 'the agency had lost its way'), 'anonymous');
  // "the voters who Jones said": Jones speaks
  const text2 = 'Mayor Ed Jones spoke on Friday. There are voters who Jones said were ignored by the party.';
  assert.notEqual(speakerOf(text2, 'were ignored'), 'anonymous');
});

test('an adverbial participle before the main cue yields to it', () => {
  const text = 'On Sunday, while remarking on the rift in the town exposed by the floods, Governor Ruth Calder said the candidate is "trying to mend the town."';
  assert.equal(speakerOf(text, 'the candidate is'), 'Ruth Calder');
});

test('"it said" and "they said" may stand for a body named by its description', () => {
  const text = 'The Norwegian fisheries ministry said the quota would be cut. It said the stocks were falling.';
  assert.equal(speakerOf(text, 'the stocks were falling'), speakerOf(text, 'the quota would be cut'));
  assert.notEqual(speakerOf(text, 'the stocks were falling'), '?');
});

test('"her office said": the person the possessive stands for; with no compatible person, no guess', () => {
  const text = 'In a letter to MPs, Minister Fiona Dale said she had asked officials to look at a discount. Her office stressed that no decision had been taken.';
  assert.equal(speakerOf(text, 'that no decision had'), 'Fiona Dale');
  const text2 = 'In a letter to MPs, Minister Fiona Dale said she had asked officials to look at a discount. His office stressed that no decision had been taken.';
  assert.notEqual(speakerOf(text2, 'that no decision had'), 'Fiona Dale');
});

test('he/she is the subject who was speaking, not the person named as the object', () => {
  const text = 'Coach Dan Ellis praised striker Tom Nuno after the game. "He was brilliant today," he said.';
  assert.equal(speakerOf(text, 'He was brilliant today'), 'Dan Ellis');
});

test('names in a byline or a photo credit are never antecedents of a pronoun', () => {
  const text = 'By Ruth Kale\n\nPhoto: Nurse Joan Avery at the clinic. (AP Photo/Kim Lee)\n\nHospital director Mark Osei said the ward would reopen. "We are nearly there," she said.';
  assert.notEqual(speakerOf(text, 'We are nearly there'), 'Ruth Kale');
  assert.notEqual(speakerOf(text, 'We are nearly there'), 'Joan Avery');
});

test('"who" after a place or a prepositional phrase refers to the people before it; a campaign speaks for itself', () => {
  const text = 'The hearing was on Saturday. Voters in Iowa who saw the hearing said they were untroubled by the row.';
  assert.notEqual(speakerOf(text, 'they were untroubled'), 'Iowa');
  assert.notEqual(speakerOf(text, 'they were untroubled'), '?');
  const text2 = 'Senator Paul Hart spoke in Reno. His campaign said the senator raised $5 million.';
  assert.notEqual(speakerOf(text2, 'the senator raised'), 'Paul Hart');
});

test('a poll, survey or report speaks for the body the text names as its producer', () => {
  const poll = 'A poll released on Tuesday by Marlow Research put Diaz ahead of the mayor. The poll found that most voters wanted a new bridge.';
  assert.equal(speakerOf(poll, 'that most voters wanted'), 'Marlow Research');
  const according = 'Rents in the port district rose sharply last year, according to a report by the Harbour Trust.';
  assert.equal(speakerOf(according, 'Rents in the port district'), 'Harbour Trust');
  const later = 'The Harbour Trust released a report on Monday. The report found that the docks were losing money.';
  assert.equal(speakerOf(later, 'that the docks were losing'), 'Harbour Trust');
  const figures = 'The figures, published by the Fenwick Foundation, show that unemployment rose in March.';
  assert.equal(speakerOf(figures, 'that unemployment rose'), 'Fenwick Foundation');
  // a body described, not named: kept with its description, not the document's
  const index = new WorkspaceIndex();
  index.set('b.txt', 'The figures, published by the statistics office, show that unemployment rose in March.');
  const q = index.get('b.txt')!.analysis.quotes.find((x) => x.text.startsWith('that unemployment'));
  assert.equal(q?.speakerMention?.text, 'the statistics office');
  // no producer named: the document stays an unnamed source
  const unnamed = 'A poll of 800 voters was taken last week. The poll found that most voters wanted a new bridge.';
  assert.equal(speakerOf(unnamed, 'that most voters wanted'), 'anonymous');
});

test('a transcript label with a first name or a surname joins the full name; a label naming no one is its own speaker', () => {
  const intro = 'Tamsin Ngata, who chairs the harbour board, spoke to Rawiri Hohepa on Monday.\n\n';
  const first = `${intro}RAWIRI: Why did the board change its mind?\n\nTAMSIN: Because the dredging costs doubled in a year.\n\nRAWIRI: And the ferry?\n\nTAMSIN: The ferry will keep running until March.`;
  assert.equal(speakerOf(first, 'Because the dredging costs'), 'Tamsin Ngata');
  const surname = `${intro}HOHEPA: Why did the board change its mind?\n\nNGATA: Because the dredging costs doubled in a year.\n\nHOHEPA: And the ferry?\n\nNGATA: The ferry will keep running until March.`;
  assert.equal(speakerOf(surname, 'The ferry will keep'), 'Tamsin Ngata');
  const place = 'The Kellerton Museum reopened on Monday.\n\nHOST: What changed at the museum?\n\nKELLERTON: The roof was fixed and the lights are new.\n\nHOST: And the cost?\n\nKELLERTON: It cost far more than the council had planned.';
  assert.equal(speakerOf(place, 'The roof was fixed'), 'KELLERTON');
});

test('a body whose name the name finder took only in part ("the Friends of Lower Marsh") speaks as the whole name', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'The new road would cut the village in half, said Friends of Lower Marsh.');
  const q = index.get('a.txt')!.analysis.quotes.find((x) => x.text.startsWith('The new road'));
  const rec = q?.speaker ? index.entity(q.speaker) : undefined;
  assert.equal(rec?.name, 'Friends of Lower Marsh');
  assert.equal(rec?.type, 'ORG');
  assert.equal(speakerOf('The Friends of Lower Marsh said the new road would cut the village in half.', 'the new road'), 'Friends of Lower Marsh');
  // a title before "of" is a person's, not a body's name
  assert.notEqual(speakerOf('The Minister for Lower Marsh said the new road would cut the village in half.', 'the new road'), 'Minister for Lower Marsh');
});

test('a role stated after a name\'s possessive ("Norway\'s fisheries minister, Name,") links "the minister" to that person', () => {
  const text = "Norway's fisheries minister, Halvard Brekke, faced questions on Friday after the quota talks collapsed.\n\nOpposition spokeswoman Ingrid Solberg called the talks a failure. \"Nobody in that room was listening,\" she said.\n\nAt a briefing in Bergen, the minister said the fleet would keep fishing under last year's limits.";
  assert.equal(speakerOf(text, 'the fleet would keep'), 'Halvard Brekke');
  // without the role, the description stays an unnamed person
  const bare = "Halvard Brekke faced questions on Friday after the quota talks collapsed.\n\nAt a briefing in Bergen, the minister said the fleet would keep fishing under last year's limits.";
  assert.equal(speakerOf(bare, 'the fleet would keep'), 'anonymous');
});

test('"the regulator", "the force", "police" stand for the organisation whose name holds the noun, or the salient one', () => {
  const police = 'A van was stolen from a depot in Kelso overnight, police said on Friday.\n\nLothian Valley Police said in a release that the van had been found in a field. The force said no arrests had been made.';
  assert.equal(speakerOf(police, 'A van was stolen'), 'Lothian Valley Police');
  assert.equal(speakerOf(police, 'no arrests had been made'), 'Lothian Valley Police');
  const regulator = 'The Office of Water Standards fined Dunmere Water £3m on Monday. The regulator said the company had ignored four warnings.';
  assert.equal(speakerOf(regulator, 'the company had ignored'), 'Office of Water Standards');
  // two organisations with the noun in their names: neither is guessed from the name
  const two = 'Kelso Police and Border Police met on Friday. A farmer reported a stolen quad bike. Police said the bike had been found in a ditch.';
  assert.notEqual(speakerOf(two, 'the bike had been found'), 'Kelso Police');
});

test('a document named again by another word ("a poll by X … the survey") or sent by a speaker ("X said in a statement") speaks for its producer', () => {
  const poll = 'A poll by Kestrel Research published on Monday put the mayor ten points ahead. The survey found that most voters wanted a new bridge.';
  assert.equal(speakerOf(poll, 'that most voters wanted'), 'Kestrel Research');
  const statement = 'Dunmere Water said in a statement that supplies would return by Friday. Three reservoirs were still closed, according to the statement.';
  assert.equal(speakerOf(statement, 'Three reservoirs were still'), 'Dunmere Water');
});

test('a place after a preposition completes an unnamed source\'s description ("a senior diplomat in Oslo said")', () => {
  const text = 'The talks ended without a deal on Friday. A senior diplomat in Oslo, speaking on condition of anonymity, said the quotas would be cut again next year.';
  assert.equal(speakerOf(text, 'the quotas would be cut'), 'anonymous');
  const organiser = 'Turnout was low. A party organiser in Tromsø said that volunteers were hard to find this year.';
  assert.equal(speakerOf(organiser, 'that volunteers were hard'), 'anonymous');
});

test('a subject with a common noun for its head ("Other polls", "Three farmers from the valley") is an unnamed source; a missed name is kept as written', () => {
  const polls = 'The mayor leads by four points. Other polls suggest the race is closer than that.';
  assert.equal(speakerOf(polls, 'the race is closer'), 'anonymous');
  const farmers = 'The dam was opened in May. Three farmers from the valley said the river had dried up by June.';
  assert.equal(speakerOf(farmers, 'the river had dried up'), 'anonymous');
  const share = 'The survey of 400 surgeries was published on Monday. 37% said their practice had stopped taking patients.';
  assert.equal(speakerOf(share, 'their practice had stopped'), 'anonymous');
});

test('"A survey by X earlier this month found": the survey speaks for X, past the time after its name', () => {
  const text = 'The mayor leads by four points. A survey by the Harbour Gazette earlier this month found that the two candidates were level.';
  assert.equal(speakerOf(text, 'that the two candidates'), 'Harbour Gazette');
});

test('a participle after a trailing attribution takes its speaker, not the sentence\'s first subject', () => {
  const text = 'Most farms in the northern Vale will lose their harvest this year, the Grain Council said on Thursday, warning that its funds were running out.';
  assert.equal(speakerOf(text, 'that its funds were running'), 'Grain Council');
  // no attribution before the participle: the main clause's subject, as before
  const plain = 'Nora Hale left the meeting early, warning that the vote would fail.';
  assert.equal(speakerOf(plain, 'that the vote would fail'), 'Nora Hale');
});

test('a relative clause whose verb the lexicon does not know ("who run the hall in X say") is skipped back to its antecedent', () => {
  const text = 'Volunteers who run the Riverside Institute in Oakbury say they will have to close the hall unless they raise £20,000.';
  assert.equal(speakerOf(text, 'they will have to close'), 'anonymous');
  // a name right after "who" is the clause's subject, not its verb: the person speaks
  const named = 'The voters who Helen Marsh said were angry stayed at home on polling day.';
  assert.equal(speakerOf(named, 'were angry'), 'Helen Marsh');
});

test('a place after "near" or "in" before an aside is not the speaker: the head of the phrase is', () => {
  const near = 'Conditions are worsening. A nurse working for a charity near Dunmere, who asked not to be named, said the clinic was full.';
  assert.equal(speakerOf(near, 'the clinic was full'), 'anonymous');
  const named = 'Conditions are worsening. Grace Obi, a nurse at a clinic in Dunmere, said the wards were full.';
  assert.equal(speakerOf(named, 'the wards were full'), 'Grace Obi');
});

test('a country\'s body named by its description ("Peru\'s environment ministry") is that organisation, one with "the Peruvian environment ministry"', () => {
  const text = 'The frog was found in the north of Peru.\n\nPeru\'s environment ministry said in a statement that it would expand the reserve.\n\nThe Peruvian environment ministry said later that rangers would patrol the ridge.';
  assert.equal(speakerOf(text, 'that it would expand'), 'Peru\'s environment ministry');
  assert.equal(speakerOf(text, 'that rangers would patrol'), 'Peru\'s environment ministry');
  // a person's possessive is no country: "Okafor's office" stays what it was
  const person = 'Mayor Ada Okafor was in Lagos on Monday. Okafor\'s department said the road would reopen in May.';
  assert.notEqual(speakerOf(person, 'the road would reopen'), 'Okafor\'s department');
});

test('a name after its own description in an aside (", the critic Helen Marsh,") speaks, not the phrase before the aside', () => {
  const text = 'The film won the top prize on Friday.\n\nThe chair of the jury, the critic Helen Marsh, said the vote had been close.';
  assert.equal(speakerOf(text, 'the vote had been close'), 'Helen Marsh');
  // a verb in the aside is a clause, not a description: the subject stays the phrase before it
  const clause = 'The chair of the jury, who praised Helen Marsh, said the vote had been close.';
  assert.notEqual(speakerOf(clause, 'the vote had been close'), 'Helen Marsh');
});

test('post-nominal letters ("Helen Okonjo KC", "Tom Hale MP") stay out of the name; the person speaks', () => {
  const text = 'Opening the case for the prosecution, Mariam Adebayo KC told jurors that the scheme had never built a house.';
  assert.equal(speakerOf(text, 'that the scheme had never'), 'Mariam Adebayo');
  const aside = 'In a short statement, Rhodri Penhallow QC, for the defendant, said his client accepted that the firm had failed.';
  assert.equal(speakerOf(aside, 'that the firm had failed'), 'Rhodri Penhallow');
});

test('a document whose producer is named only after it ("a new poll suggests … The survey by X") speaks for X', () => {
  const text = 'Support for the governing party has fallen to its lowest level in two years, a new poll suggests, as prices climb.\n\nThe survey by Harwick Research, conducted online among 2,000 adults, puts the opposition on 38 per cent.';
  assert.equal(speakerOf(text, 'Support for the governing'), 'Harwick Research');
  // an indefinite later poll is another document: no producer for the first
  const other = 'Support for the governing party has fallen to its lowest level in two years, a new poll suggests, as prices climb.\n\nA different survey by Harwick Research puts the opposition on 38 per cent.';
  assert.equal(speakerOf(other, 'Support for the governing'), 'anonymous');
});

test('a common plural opening the sentence ("Polls show", "Analysts say") is an unnamed source, not a name', () => {
  const text = 'The mayor leads by four points.\n\nPolls show the race is within the margin of error.';
  assert.equal(speakerOf(text, 'the race is within'), 'anonymous');
  const name = 'The mayor leads by four points.\n\nAndrews says the race is close.';
  assert.equal(speakerOf(name, 'the race is close'), 'Andrews');
});

test('"A Harwick Research survey (released Wednesday) found": the organisation before the document noun speaks', () => {
  const text = 'The mayor leads by four points.\n\nA Harwick Research survey released Wednesday found that the mayor leads by 47 per cent to 46.';
  assert.equal(speakerOf(text, 'that the mayor leads'), 'Harwick Research');
  const plain = 'The mayor leads by four points.\n\nA Harwick Research survey found that the mayor leads by 47 per cent to 46.';
  assert.equal(speakerOf(plain, 'that the mayor leads'), 'Harwick Research');
});

test('an unnamed document with a participle and its time ("A council report published last week found") is described without them', () => {
  const text = 'The road was closed in May.\n\nA council report published last week found that traffic on the two roads fell by 58 per cent.';
  const q = new WorkspaceIndex();
  q.set('a.txt', text);
  const claim = q.get('a.txt')!.analysis.quotes.find((c) => c.text.startsWith('that traffic'));
  assert.equal(claim?.anonymous, true);
  assert.equal(claim?.speakerMention?.text, 'council report');
});

test('"according to" a document that names no one is an unnamed source described by the phrase; a named one is not', () => {
  const q = new WorkspaceIndex();
  q.set('a.txt', 'Larkmoor Foods makes biscuits.\n\nThe firm employs 300 people and sold about £12 million of biscuits last year, according to its latest accounts.');
  const claim = q.get('a.txt')!.analysis.quotes.find((c) => c.text.startsWith('The firm employs'));
  assert.equal(claim?.anonymous, true);
  assert.equal(claim?.speakerMention?.text, 'its latest accounts');
  const images = 'Logging has reached the slopes below the pass, according to aerial photographs taken by the survey team.';
  assert.equal(speakerOf(images, 'Logging has reached'), 'anonymous');
  // a pronoun is no description: it is resolved, never shown as an unnamed source
  const him = 'Tom Ferris runs the depot.\n\nThe depot will close in June, according to him.';
  assert.notEqual(speakerOf(him, 'The depot will close'), 'anonymous');
});

test('"the airline", "the regulator" speak for the organisation whose name says its kind, not the latest body named', () => {
  const airline = 'Pilots at Brisa Airways walked out on Friday.\n\nThe Cabin Crew Federation backed the strike and said members would join it. ' +
    'The airline said it had offered a 6 per cent rise over two years.';
  assert.equal(speakerOf(airline, 'it had offered a 6 per cent'), 'Brisa Airways');
  const regulator = 'The takeover needs the approval of shareholders and of the Fair Trading Authority. The Holloway Savers Group opposes it.\n\n' +
    'The regulator said that it would rule within 30 days.';
  assert.equal(speakerOf(regulator, 'that it would rule'), 'Fair Trading Authority');
});

test('"the club said" is an organisation at hand before a place (a team\'s ground is a place too)', () => {
  const text = 'Dunford Rovers won 2-1 on Saturday.\n\nPellam Park was sold out for the first time this season. ' +
    'The club said that its captain would miss the next match.';
  assert.equal(speakerOf(text, 'that its captain would miss'), 'Dunford Rovers');
});

test('minutes: "THE CLERK:" speaks as the person listed with that role, "Cllr MARSH:" as the councillor named Marsh', () => {
  const text = 'Minutes of the parish council meeting held on 3 March.\n\n' +
    'Present: Councillor Helen Marsh, Councillor Tariq Bhatti. In attendance: Graham Pollard (Parish Clerk).\n\n' +
    'THE CLERK: I wrote to the highways authority again last week. Their reply says the work will be re-tendered.\n\n' +
    'Cllr MARSH: The authority told us the repair would take a month. It has now taken four.\n\n' +
    'Cllr BHATTI: We should ask for a firm date before we agree to anything.';
  assert.equal(speakerOf(text, 'I wrote to the highways'), 'Graham Pollard');
  assert.equal(speakerOf(text, 'The authority told us'), 'Helen Marsh');
  // a role nobody is listed with stays a heading, not a speaker
  const none = text.replace(' (Parish Clerk)', '');
  assert.notEqual(speakerOf(none, 'I wrote to the highways'), 'Graham Pollard');
});

test('"the agency said" refers back to the body named before it; "the gallery" only to a gallery the text names', () => {
  const agency = 'The World Health Organization warned of a cholera outbreak on Monday.\n\nIn a report released in Dakar, the agency said vaccine stocks had run out.';
  assert.equal(speakerOf(agency, 'vaccine stocks had run out'), 'World Health Organization');
  // a body of another kind is not what "the ministry" refers back to
  const ministry = 'The World Health Organization warned of a cholera outbreak on Monday.\n\nIn a statement, the ministry said vaccine stocks had run out.';
  assert.equal(speakerOf(ministry, 'vaccine stocks had run out'), 'anonymous');
  const gallery = 'The show was paid for by the Marlow Heritage Fund.\n\nThe Fenwick Gallery bought two of the quilts in March. The gallery said it hoped to tour the show next year.';
  assert.equal(speakerOf(gallery, 'it hoped to tour'), 'Fenwick Gallery');
  const unnamed = 'The show was paid for by the Marlow Heritage Fund.\n\nThe gallery said it hoped to tour the show next year.';
  assert.equal(speakerOf(unnamed, 'it hoped to tour'), 'anonymous');
});

test('"Kestrel Park\'s manager, Ray Devlin, said": the name in apposition to a possessor\'s role speaks, not another holder of the role', () => {
  const lead = 'Anna Berg scored twice for Linfield Rovers. Their manager, Denise Okoro, was pleased.\n\n';
  for (const text of [
    lead + 'Kestrel Park\'s manager, Ray Devlin, was blunt: "That was our worst half of the season."',
    lead + '"That was our worst half of the season," Kestrel Park\'s manager, Ray Devlin, said.',
  ]) assert.equal(speakerOf(text, 'That was our worst half'), 'Ray Devlin');
});

test('"Maria Lindqvist of Brenner & Vogt wrote": the analyst speaks, not the last word of the firm\'s name', () => {
  const text = 'Shares fell.\n\nAnalysts were less relaxed. Maria Lindqvist of Brenner & Vogt wrote in a note to clients that the cut was "bigger than feared".';
  assert.equal(speakerOf(text, 'that the cut was'), 'Maria Lindqvist');
});

test('"the firm said" after a poll is the research firm, not the university a commentator works at', () => {
  const text = 'Support for the government fell to 31 per cent in a survey by Harwick Research.\n\n' +
    'Paul Martin, a lecturer in politics at the University of Leeds, said slumps were common.\n\n' +
    'The survey\'s margin of error is 2 points, the firm said.';
  assert.equal(speakerOf(text, 'The survey\'s margin'), 'Harwick Research');
});

test('a cue verb\'s bare form used as a noun ("secretary of state", "Ohio state delegate") does not cut the speaker', () => {
  const text = 'The vote is on Friday.\n\nThe former secretary of state now insists that she kept to the rules.\n\n' +
    'Ohio state delegate Mary Lund, clad in a red cape, said the convention could split.\n\n' +
    'Volunteers who run the hall in Mytholm say they will have to close it.';
  const all = speakers(text);
  assert.equal([...all.keys()].some((k) => k.startsWith('delegate Mary Lund')), false);
  assert.equal(speakerOf(text, 'the convention could split'), 'Mary Lund');
  const q = new WorkspaceIndex();
  q.set('a.txt', text);
  const mentions = q.get('a.txt')!.analysis.quotes.map((c) => c.speakerMention?.text);
  assert.ok(mentions.includes('The former secretary of state'), mentions.join(' | '));
  assert.equal([...all.keys()].some((k) => k.startsWith('they will have to close')), true);
});

test('"a source familiar with Carver\'s thinking said": a possessive inside the complement keeps the anonymous source', () => {
  const text = 'The debate turned sharp on Tuesday. Tim Carver spoke first.\n\n' +
    'Another source familiar with Carver\'s thinking said, "I think he will try harder."\n\n' +
    'A person close to Carver\'s campaign said the deal was close.';
  assert.equal(speakerOf(text, 'I think he will try harder'), 'anonymous');
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  const mentions = index.get('a.txt')!.analysis.quotes.map((c) => c.speakerMention?.text);
  assert.deepEqual(mentions, ['Another source familiar with Carver\'s thinking', 'A person close to Carver\'s campaign']);
});

test('a quote that its sentence goes on from, then ", said NAME" at the end: that name speaks', () => {
  const text = 'The union met on Monday.\n\n"For most teachers, he is saying the right things" about pay and pensions, said Marla Kent, executive director of the Teachers Union.';
  assert.equal(speakerOf(text, 'For most teachers'), 'Marla Kent');
});

test('a quote, more of the sentence, then ", said NAME" within a few words: the name after the verb, not the object before the comma', () => {
  const text = 'Peter Grant spoke on Monday. Helen Ward listened.\n\n"This will be a hard sell" for Grant, said Ward.\n\n' +
    '"It looks very unlikely" that Troy can catch Grant, said Steve Elmore, a campaign manager.';
  assert.equal(speakerOf(text, 'This will be a hard sell'), 'Helen Ward');
  assert.equal(speakerOf(text, 'It looks very unlikely'), 'Steve Elmore');
  // "told AFP" names the hearer: the speaker is before the verb
  const told = 'Delegates met in Ohio.\n\n"What they want is a way to rewrite the rules at a drawn-out convention," ' +
    'Morton Black, a party committeeman from Ohio, told AFP. The delegate backs the senator.';
  assert.equal(speakerOf(told, 'What they want is'), 'Morton Black');
});

test('a quote closed after its full stop, then a bare "Dunn said." sentence: that is its frame', () => {
  const text = 'Karen Holt spoke in Ohio. Mark Dunn answered.\n\n"I hope you can find the files that went astray." Dunn said. Holt says the files were personal.';
  assert.equal(speakerOf(text, 'I hope you can find'), 'Mark Dunn');
});

test('"Another former lawmaker, Sen. Joe Carver (I-Conn.), said": the named senator in apposition speaks, title and party tag aside', () => {
  const text = 'The vote is near.\n\nAnother former lawmaker, Sen. Joe Carver (I-Conn.), also stated his wish to back the bill on Wednesday.\n\n' +
    'A longtime ally, Gov. Ann Rowe, said she would back it too.';
  assert.equal(speakerOf(text, 'his wish to back'), 'Joe Carver');
  assert.equal(speakerOf(text, 'she would back it'), 'Ann Rowe');
});

test('"Holm on Tuesday night said" and "Berg, who calls the mayor a \\"menace,\\" said": the subject before the time and the aside', () => {
  const text = 'The club met.\n\nClub spokesman Peter Holm on Tuesday night said the club was not in trouble.\n\n' +
    'Dan Berg, who calls the mayor a "menace," said he sees no need for a rival plan.';
  assert.equal(speakerOf(text, 'the club was not in trouble'), 'Peter Holm');
  assert.equal(speakerOf(text, 'he sees no need'), 'Dan Berg');
});

test('"responded by saying", "drew boos upon saying": the participle\'s speaker is the subject of the main clause', () => {
  const text = 'The convention opened.\n\nSarah Silver, herself a backer during the race, drew loud boos upon saying, "The mayor heard the anger of the people."\n\n' +
    'Mark Dunn responded by saying he would never say sorry to anyone.';
  assert.equal(speakerOf(text, 'The mayor heard the anger'), 'Sarah Silver');
  assert.equal(speakerOf(text, 'he would never say sorry'), 'Mark Dunn');
});

test('"Other housing advocates also said": a plural noun before a reporting verb is the subject, not a stance cue', () => {
  const text = 'The policy changed on Monday.\n\nOther housing advocates also said the council should go further.';
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  const claims = index.get('a.txt')!.analysis.quotes;
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speakerMention?.text, 'Other housing advocates');
  assert.equal(claims[0].text, 'the council should go further');
});

test('"according to the nonpartisan Budget Office": plain modifiers before a named body do not hide it; "a yearly Hollis poll" stays the poll', () => {
  const text = 'Lawmakers must pass a budget soon.\n\nAccording to the nonpartisan Legislative Budget Office, the state has never finished a budget on time.\n\n' +
    'According to a yearly Hollis poll, most voters want the budget passed by June.';
  assert.equal(speakerOf(text, 'the state has never finished'), 'Legislative Budget Office');
  assert.notEqual(speakerOf(text, 'most voters want'), 'Hollis');
});

test('"the agency said" after a named "… Administration" or "… Authority": that body', () => {
  const text = 'The Federal Maritime Administration issued a rule on Monday that covers 2,000 ferries.\n\n' +
    'The agency said the rule would prevent about 40 collisions a year.';
  assert.equal(speakerOf(text, 'the rule would prevent'), 'Federal Maritime Administration');
});

test('"according to an estimate by X" is X\'s; "according to an article in the Dunmore Gazette" is the paper\'s', () => {
  const text = 'Talks on the fishing quota ended without a deal.\n\n' +
    'The total catch is likely to exceed 900,000 tonnes, according to an estimate by the Ocean Catch Council.\n\n' +
    'Film rights to the novel have already been sold, according to an article in the Dunmore Gazette, a weekly newspaper.';
  assert.equal(speakerOf(text, 'The total catch is likely'), 'Ocean Catch Council');
  assert.equal(speakerOf(text, 'Film rights to the novel'), 'Dunmore Gazette');
});

test('a transcript label with a police rank abbreviation ("SUPT HALE:") is the listed officer; "A:" answers go to an interviewee introduced with an age ("Ilsa Varkonyi, 41, is …")', () => {
  const presser = 'Transcript: press conference. Speakers: Detective Chief Inspector Ruth Adeyemi and Superintendent Colm Hale.\n\n' +
    'DCI ADEYEMI: We have arrested two men and they are in custody.\n\nSUPT HALE: From tonight there will be extra patrols in the town centre.';
  assert.equal(speakerOf(presser, 'From tonight there will be'), 'Colm Hale');
  const interview = 'Ilsa Varkonyi, 41, is the founder of a satellite start-up. She spoke to us about money.\n\n' +
    'Q: What went wrong with the first launch?\n\nA: A valve froze in the second stage, and we found the cause within a week.\n\n' +
    'Q: Did your investors stay?\n\nA: All but one of them stayed with us through the year.';
  assert.equal(speakerOf(interview, 'A valve froze'), 'Ilsa Varkonyi');
  assert.equal(speakerOf(interview, 'All but one'), 'Ilsa Varkonyi');
});

test('a rank before a name is not in the speaker\'s canonical name ("Garda Niamh Carey" is Niamh Carey)', () => {
  const text = 'Detective Garda Niamh Carey told the court that the money was never found.\n\nGarda Carey said the van had been stolen.';
  assert.equal(speakerOf(text, 'that the money was never'), 'Niamh Carey');
  assert.equal(speakerOf(text, 'the van had been stolen'), 'Niamh Carey');
});

test('"according to" a long body\'s name, or to a described firm named after its description, is the body\'s claim', () => {
  const text = 'Burglaries rose 12 per cent last year, according to the NSW Bureau of Housing Statistics and Research.\n\nThe two ports handle most of the freight, according to the shipping data firm Keelson Analytics.';
  assert.equal(speakerOf(text, 'Burglaries rose'), 'NSW Bureau of Housing Statistics and Research');
  assert.equal(speakerOf(text, 'The two ports'), 'Keelson Analytics');
});

test('"he" after "X, an airline analyst at Y, said" is X', () => {
  const text = 'Dev Varma, an airline analyst at Kestrel Securities, said the deal was risky. He said the review could take a year.';
  assert.equal(speakerOf(text, 'the review could take'), 'Dev Varma');
});

/** Each claim's text (its first 30 characters) with its speaker's key, or '?' when none. */
function speakerKeys(text: string): Map<string, string> {
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  return new Map(index.get('a.txt')!.analysis.quotes.map((q) => [q.text.slice(0, 30), q.speaker ?? '?']));
}

test('"her campaign said", "Pruitt\'s campaign says": the campaign of that candidate, a body of its own, one per candidate', () => {
  const text = 'State Sen. Marisol Varga leads the race for governor. Her campaign said it had raised $2 million in March.\n\n'
    + 'Her rival, Dale Pruitt, trails by six points. Pruitt\'s campaign says its own numbers show a tied race.';
  const keys = speakerKeys(text);
  assert.equal(keys.get('it had raised $2 million in Ma'), 'org:varga-campaign');
  assert.equal(keys.get('its own numbers show a tied ra'), 'org:pruitt-campaign');
});

test('"the prime minister said" with no one given that role: the person who spoke without a role stated; never one with another role', () => {
  const text = 'Harriet Quill has insisted the government will hit its target for new nurses. The opposition leader, Tom Brack, accused her of counting agency staff.\n\n'
    + 'The prime minister said the figures had been audited twice.';
  assert.equal(speakerOf(text, 'the figures had been audited'), 'Harriet Quill');
  const other = 'The mayor, Ann Lo, said the bridge would reopen in May.\n\nThe prime minister said the figures had been audited twice.';
  assert.equal(speakerOf(other, 'the figures had been audited'), 'anonymous');
  const nobody = 'The bridge closed on Monday after a lorry struck it.\n\nThe prime minister said the figures had been audited twice.';
  assert.equal(speakerOf(nobody, 'the figures had been audited'), 'anonymous');
  // a bare surname may have been given its role where it was introduced, outside this text
  const bare = 'Asked whether he would resign, Mr Quill said he had done nothing wrong.\n\nThe prime minister said the figures had been audited twice.';
  assert.equal(speakerOf(bare, 'the figures had been audited'), 'anonymous');
});

test('"The likely nominee, state Sen. Ann Ruiz of Dayton, said": the named person speaks, and the apposition is no claim', () => {
  const text = 'The likely Democratic nominee, state Sen. Marisol Varga of Dayton, said the Republican fight showed the party was divided.';
  const all = speakers(text);
  assert.equal(speakerOf(text, 'the Republican fight showed'), 'Marisol Varga');
  assert.deepEqual([...all.keys()].filter((t) => t.includes('Varga')), []);
});

test('documents given to their producer: a firm described before its name, a long body name, "their report"', () => {
  const review = 'Ministers were warned that the link could cost twice its budget, according to a confidential review by the engineering consultancy Marlow Fenwick Partners.\n\n'
    + 'The review says ground conditions under the estuary were poorly understood.';
  assert.equal(speakerOf(review, 'Ministers were warned'), 'Marlow Fenwick Partners');
  assert.equal(speakerOf(review, 'ground conditions'), 'Marlow Fenwick Partners');
  const figures = 'According to figures published on Tuesday by the Department of Transport, Tourism and Coastal Affairs, 4,120 homes were completed in the first quarter.';
  assert.equal(speakerOf(figures, '4,120 homes'), 'Department of Transport, Tourism and Coastal Affairs');
  const report = 'The Tarnside Shire Council will decide on the tower next week. Council staff had recommended approval.\n\n'
    + 'According to their report, the building would stand 17 metres above the height limit.';
  assert.equal(speakerOf(report, 'the building would stand'), 'Tarnside Shire Council');
});

test('"according to a report by the Harbour Trust." at a sentence end: the mention leaves out the full stop', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'Rents rose 9 per cent last year, according to a report by the Harbour Trust.');
  assert.deepEqual(index.get('a.txt')!.analysis.quotes.map((q) => q.speakerMention?.text), ['a report by the Harbour Trust']);
});

test('"a spokeswoman for Mr. Hollister said", "an aide to Senator Lind said": the unnamed source, not the person or body named', () => {
  const text = 'Senator Wade Hollister has not said whether he will schedule a vote. A spokeswoman for Mr. Hollister said only that the leader was reviewing the changes.\n\n'
    + 'An aide to Senator Lind said the votes were not there. A spokesman for Kestrel Bank said the branch would close.\n\n'
    + 'Ann Lee, a spokeswoman for Kestrel Bank, said the branch had lost money for years.';
  assert.equal(speakerOf(text, 'that the leader was reviewing'), 'anonymous');
  assert.equal(speakerOf(text, 'the votes were not there'), 'anonymous');
  assert.equal(speakerOf(text, 'the branch would close'), 'anonymous');
  assert.equal(speakerOf(text, 'the branch had lost money'), 'Ann Lee');
});

test('"according to the aviation data firm Cirrus Analytics": the firm named after its trade, not the description', () => {
  const text = 'The two carriers fly about 60 per cent of the seats out of the region, according to the aviation data firm Norrland Metrics.';
  assert.equal(speakerOf(text, 'The two carriers fly'), 'Norrland Metrics');
});

test('"The jury, chaired by the actor Oliver Pendrell, said": the group before the participle aside speaks, not its agent', () => {
  const text = 'The jury, chaired by the British actor Tomas Verhoeven, said in its citation that the film showed great patience.';
  assert.equal(speakerOf(text, 'that the film showed'), 'anonymous');
  const named = 'Tomas Verhoeven, backed by the union, said the film showed great patience.';
  assert.equal(speakerOf(named, 'the film showed'), 'Tomas Verhoeven');
});

test('a feature\'s "she says" is the woman the piece lets speak in the present, not a critic quoted in the past just before', () => {
  const text = 'Thandiwe Mokoena wrote her first novel at night.\n\n“Nobody noticed,” she says, at a café near her flat.\n\n'
    + 'The critic Lerato Dube wrote in the Review that it was “the best novel of the decade”. She is wary of such praise.\n\n'
    + '“Reviews are weather,” she says.';
  assert.equal(speakerOf(text, 'Reviews are weather'), 'Thandiwe Mokoena');
  // in the past tense both are reported alike: the latest speaker stays the likelier one
  const past = text.replace(/ says/g, ' said');
  assert.equal(speakerOf(past, 'Reviews are weather'), 'Lerato Dube');
});

test('a delayed-identification lead: "A delivery driver … told a jury that …" is the person then named with an age', () => {
  const text = 'A delivery driver from Leeds told a jury on Tuesday that he had been dazzled by low sun.\n\n'
    + 'Gareth Hollins, 34, of Tarnside, denies the charge.';
  assert.equal(speakerOf(text, 'that he had been dazzled'), 'Gareth Hollins');
  // an unnamed source is not identified so, and a name without the identifying formula is someone else
  const source = 'A senior official told reporters on Tuesday that the talks had stalled.\n\nGareth Hollins, 34, of Tarnside, denies the charge.';
  assert.equal(speakerOf(source, 'that the talks had stalled'), 'anonymous');
  const other = 'A judge said on Tuesday that the warning signs were faded.\n\nGareth Hollins got into difficulty while swimming.';
  assert.equal(speakerOf(other, 'that the warning signs'), 'anonymous');
});

test('"Martin Stroud, estates manager for the quarry\'s owners, Hallam Aggregates, said": the person before the role speaks, not the name for its complement', () => {
  const text = 'Martin Stroud, estates manager for the quarry\'s owners, Kelso Aggregates Ltd, said the company had put up 12 signs.';
  assert.equal(speakerOf(text, 'the company had put up'), 'Martin Stroud');
  const plain = 'The quarry\'s owner, Kelso Aggregates Ltd, said the company had put up 12 signs.';
  assert.equal(speakerOf(plain, 'the company had put up'), 'Kelso Aggregates Ltd');
});

test('a headline naming its speaker before a colon ("Harlow: … \'…\'") gives the quote to that person; other labels do not', () => {
  const text = 'Harlow: Budget Plan \'Will Hurt Every Working Family.\'\n\nSenator Dana Harlow on Monday attacked the budget plan in a television interview.';
  // the whole title after the colon is the claim, mixed (the quotation with the words before it)
  assert.equal(speakerOf(text, 'Budget Plan \'Will Hurt Every'), 'Dana Harlow');
  const topic = 'Gillan on the Harbour Plan: \'I Think It Will Pass Soon.\'\n\nFire Chief Nora Gillan on Monday defended the harbour plan in an interview.';
  assert.equal(speakerOf(topic, '\'I Think It Will Pass'), 'Nora Gillan');
  // a label that names no one is no speaker
  const update = 'Update: "We have no further comment at this stage," a statement read.\n\nNora Gillan left the meeting early.';
  assert.notEqual(speakerOf(update, 'We have no further comment'), 'Nora Gillan');
});

test('a participle after a dash or past an adverb takes the clause\'s subject; a fronted participle the main clause\'s', () => {
  const dash = 'Marco Velez changed his mind at the harbour rally – saying he now backed the ferry plan.';
  assert.equal(speakerOf(dash, 'he now backed'), 'Marco Velez');
  const adverb = 'Orla Fenwick has promised to build a new bridge, while also suggesting that the tolls should be abolished.';
  assert.equal(speakerOf(adverb, 'that the tolls should'), 'Orla Fenwick');
  const fronted = 'Orla Fenwick spoke first.\n\nWhile saying that he respects Ms. Fenwick, Marco Velez continued to doubt her plan.';
  assert.equal(speakerOf(fronted, 'that he respects Ms. Fenwick'), 'Marco Velez');
  // the report ends at the comma before the main clause
  assert.ok([...speakers(fronted).keys()].every((t) => !t.includes('continued')));
});

test('"according to Electoral Commission filings": the body speaks, and the mention keeps the records it is cited for', () => {
  const index = new WorkspaceIndex();
  index.set('a.txt', 'The Harbour Fund raised $4 million in March, according to Electoral Commission filings.\n\nThe county grew by 12 percent, according to the Harbour Institute.');
  const qs = index.get('a.txt')!.analysis.quotes;
  const filings = qs.find((q) => q.text.startsWith('The Harbour Fund'));
  assert.equal(filings?.speakerMention?.text, 'Electoral Commission filings');
  assert.equal(index.entity(filings!.speaker!)?.name, 'Electoral Commission');
  // a body cited alone keeps its own name as the mention
  const plain = qs.find((q) => q.text.startsWith('The county grew'));
  assert.equal(plain?.speakerMention?.text, 'Harbour Institute');
});

test('\'"…," Quick said\': a surname that is also an ordinary word is the one person named in full with it', () => {
  const text = '"I never said that," Tom Hardy said, after the network\'s Becky Quick read the remark aloud. "My apologies, I am so sorry," Quick said.';
  assert.equal(speakerOf(text, 'My apologies'), 'Becky Quick');
  // two people of that surname: no guess
  const two = '"I never said that," Tom Hardy said, after Becky Quick and Sam Quick read the remark aloud. "My apologies, I am so sorry," Quick said.';
  assert.ok(!['Becky Quick', 'Sam Quick'].includes(speakerOf(two, 'My apologies') ?? ''));
});

test('a poll share holding a stance in the conditional ("61 percent would vote for X") is the stance\'s holder', () => {
  const text = 'Among older voters, 61 percent would vote for Ms. Fenwick. Twenty-three percent would vote for Mr. Velez.';
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  const mentions = index.get('a.txt')!.analysis.quotes.filter((q) => q.kind === 'stance').map((q) => q.speakerMention?.text);
  assert.deepEqual(mentions, ['61 percent', 'Twenty-three percent']);
});

test('"X was quick to say" / "was forced to admit" / "was prompted to say": X said it; "declined to say" stays no report', () => {
  assert.equal(speakerOf('Marco Velez was forced to admit that the budget had a hole in it.', 'that the budget had a hole'), 'Marco Velez');
  assert.equal(speakerOf('The debate was so calm that Marco Velez was prompted to say, "Until now, I am amazed how polite the whole evening has been."', 'Until now, I am amazed'), 'Marco Velez');
  const declined = speakers('Marco Velez declined to say whether the budget had a hole in it.');
  assert.ok(![...declined].some(([t, s]) => t.startsWith('whether') && s === 'Marco Velez'));
});

test('transcript labels that are roles: a parliamentary record\'s "Title (Name):" and a briefing\'s role introduced with its holder', () => {
  const hansard = [
    'House of Commons, 9 June 2026. Coastal Ferries.',
    '',
    '1. Owain Pritchard (Ceredigion Coast) (LD): What assessment the Department has made of ferry cancellations.',
    '',
    'The Minister for Maritime Transport (Delyth Caradog): Cancellations fell by a third last year, and we are funding two new vessels for the western routes.',
    '',
    'Owain Pritchard: Islanders were promised those vessels in 2023 and they are still waiting for the first of them to be launched.',
  ].join('\n');
  assert.equal(speakerOf(hansard, 'Cancellations fell'), 'Delyth Caradog');
  assert.equal(speakerOf(hansard, 'Islanders were promised'), 'Owain Pritchard');
  const briefing = [
    'Daily press briefing by Tomasz Lindqvist-Oduya, Deputy Spokesperson for the Secretary-General, in New York.',
    '',
    'Deputy Spokesperson: Turning to the floods, our colleagues report that 40,000 people have now left their homes in the delta districts.',
    '',
    'Question: Does the UN plan an appeal for the delta?',
    '',
    'Deputy Spokesperson: We are discussing that with the authorities this week, and I expect to say more on Friday about the appeal.',
  ].join('\n');
  assert.equal(speakerOf(briefing, 'Turning to the floods'), 'Tomasz Lindqvist-Oduya');
  assert.equal(speakerOf(briefing, 'We are discussing'), 'Tomasz Lindqvist-Oduya');
});

test('a long description in apposition after a quotation: the name between its commas speaks', () => {
  const text = [
    'In remarks after a meeting on Tuesday, Dana Whitcombe repeated her view that the plan would work.',
    '',
    '"Is Governor Whitcombe going to finally admit the plan has failed? If she doesn\'t she should resign in disgrace!" the presumptive Republican presidential nominee, Carl Brandt, tweeted Sunday.',
  ].join('\n');
  assert.equal(speakerOf(text, 'Is Governor'), 'Carl Brandt');
});

test('a host\'s turns are theirs only where they relay someone; a legislator\'s statement before the question is the member\'s own', () => {
  const radio = 'Published 2026-05-02\n\nEvening Line, Radio Dunmore. Tamsin Roe speaks to Duncan Fairlie, chief executive of Lakeside Trams.\n\n' +
    'TAMSIN ROE: Duncan Fairlie, the trams were late all week. Why?\n\n' +
    'DUNCAN FAIRLIE: A power fault at the depot took out four of our twelve trams, and the spare parts came from Lyon.\n\n' +
    'TAMSIN ROE: A listener wrote in this morning. She says she waited ninety minutes at the Quayside stop on Monday. What do you tell her?\n\n' +
    'DUNCAN FAIRLIE: I am sorry. Every passenger delayed that long can claim a refund on our website.\n\n' +
    'TAMSIN ROE: Will fares rise next year?\n\n' +
    'DUNCAN FAIRLIE: I can\'t talk about that today.\n\n' +
    'TAMSIN ROE: Duncan Fairlie, thank you. The Dunmore Passenger Forum told us afterwards that it would ask the mayor for an inquiry.\n';
  const got = speakers(radio);
  const find = (start: string): [string, string] | undefined => [...got].find(([t]) => t.startsWith(start));
  // the presenter relays a listener ("she" is not the presenter) and a body; her own words are no claims
  assert.notEqual(find('she waited ninety minutes')?.[1], 'Tamsin Roe');
  assert.equal(find('that it would ask the mayor')?.[1], 'Dunmore Passenger Forum');
  assert.equal(find('Duncan Fairlie, thank you'), undefined);
  // a refusal is no claim; answers are the guest's
  assert.equal(find('I can\'t talk about that'), undefined);
  assert.equal(find('A power fault at the depot')?.[1], 'Duncan Fairlie');

  const hansard = 'Published 2026-05-02\n\nHouse of Commons. Rural Buses.\n\n' +
    'Helen Cartwright (Mid Wessex) (Lab): What steps her Department is taking to protect rural bus routes.\n\n' +
    'The Minister for Local Transport (Owen Pritchard): We have given councils a further £80 million this year for rural routes.\n\n' +
    'Helen Cartwright: The Transport Audit Unit found last month that a third of rural routes have been cut since 2019. Will the Minister meet me to discuss it?\n\n' +
    'Owen Pritchard: I would be glad to meet the hon. Lady, and officials will look at the figures for her county.\n';
  const h = speakers(hansard);
  assert.equal([...h].find(([t]) => t.startsWith('The Transport Audit Unit found'))?.[1], 'Helen Cartwright');
  assert.equal([...h].find(([t]) => t.startsWith('We have given councils'))?.[1], 'Owen Pritchard');
});

test('a "Mc" surname in capitals keeps its small c as a transcript label; a host\'s quoted attribution is the source\'s', () => {
  const text = 'Published 2026-05-02\n\nAn interview on Radio Dunmore with Shona McAllister, head of the Dunmore Harbour Board.\n\n' +
    'IONA BAIRD: Ms McAllister, the harbour was shut for a week. Why?\n\n' +
    'McALLISTER: The south wall cracked in the storm, and we could not let boats in until the engineers had checked it.\n\n' +
    'BAIRD: The Dunmore Fishing Federation called the closure "a week of lost wages for nothing". Is that fair?\n\n' +
    'McALLISTER: I understand the anger, but safety has to come first.\n\n' +
    'BAIRD: The Harbour Users\' Alliance called it "the worst-run week in memory". Will you apologise?\n\n' +
    'McALLISTER: No. The wall had to be checked.\n';
  const got = [...speakers(text)];
  const find = (part: string): string | undefined => got.find(([t]) => t.includes(part))?.[1];
  assert.equal(find('The south wall cracked'), 'Shona McAllister');
  assert.equal(find('I understand the anger'), 'Shona McAllister');
  assert.equal(find('the closure'), 'Dunmore Fishing Federation');
  // the label says who asks, not who called it so
  assert.notEqual(find('the worst-run week'), 'Iona Baird');
  assert.notEqual(find('the worst-run week'), 'IONA BAIRD');
});

test('a relation introduced with a name in apposition ("His daughter, NAME,") is that person when the text says "his daughter" again', () => {
  const text = 'Published 2026-05-02\n\nThe bandleader Obi Nwankwo has died aged 88. His daughter, Adaeze Nwankwo-Reid, said he died peacefully at home.\n\n' +
    'He recorded nine albums and toured West Africa for three decades.\n\n"He loved the noise of a full hall," his daughter said. "We will miss him."';
  assert.equal(speakerOf(text, 'He loved the noise'), 'Adaeze Nwankwo-Reid');
  // a relation never introduced by name stays an unnamed source
  const unnamed = 'Published 2026-05-02\n\nThe bandleader Obi Nwankwo has died aged 88.\n\n"He loved the noise of a full hall," his daughter said.';
  assert.equal(speakerOf(unnamed, 'He loved the noise'), 'anonymous');
});

test('"he said" after a quotation of two sentences looks back past the quotation; a quoted deflection and a "referring to NAME" gloss are no claims', () => {
  const text = 'PERTH, 3 March 2026 – Harbour Kings coach Dragan Petrović was angry after the loss.\n\n' +
    'Petrović said forward Sione Latu would miss Friday\'s game. ‘That’s a question for Marcus,’ he said, referring to general manager Marcus Hale.\n\n' +
    'Kings captain Tom Ferris, who scored 19 points, was calmer. ‘We lost our shape after the break. That’s on the senior players,’ he said.';
  const got = speakers(text);
  assert.equal([...got].find(([t]) => t.startsWith('‘We lost our shape') || t.startsWith('We lost our shape'))?.[1], 'Tom Ferris');
  assert.equal([...got].find(([t]) => t.includes('a question for Marcus')), undefined);
  assert.equal([...got].find(([t]) => t.includes('general manager Marcus')), undefined);
  assert.equal(speakerOf(text, 'forward Sione Latu'), 'Dragan Petrović');
});

test('a hearer is no speaker: "The court heard that he … and later told police …" is the accused\'s claim', () => {
  const text = 'Published 2026-05-02\n\nGrant Mathers, 52, pleaded guilty in the Wairoa District Court to theft. The court heard that he moved the hives over three nights and later told police he had only taken back what was owed.';
  assert.equal(speakerOf(text, 'he had only taken back'), 'Grant Mathers');
  // a speaker who said and then warned keeps both claims
  const said = 'Published 2026-05-02\n\nMayor Ruth Keane said that the budget was tight and later warned that rates would rise.';
  assert.equal(speakerOf(said, 'that rates would rise'), 'Ruth Keane');
});

test('a side that "conceded five penalties" said nothing, and a quotation after "Asked about X, which …, NAME was blunt." is NAME\'s', () => {
  const text = 'Published 2026-05-02\n\nAsked about the lineout, which conceded five penalties last weekend, Rawiri Tane was blunt. "We got pushed around. There is no other way to put it."';
  const got = speakers(text);
  assert.equal([...got].find(([t]) => t.includes('five penalties')), undefined);
  assert.equal(speakerOf(text, 'We got pushed around'), 'Rawiri Tane');
});

test('"he said" with no subject named since the last claim is that claim\'s speaker when the claim ended in the previous sentence', () => {
  const text = 'Published 2026-05-02\n\n"We switched off," said Penhallow coach Gwenna Roskell. "You cannot do that at this level," Roskell said. Roskell praised her wing.\n\n' +
    'The visitors\' director of rugby, Harvey Stodd, felt his side had been denied a try in the final minute. Television pictures were not available, he said, "so we will never know, and that is the frustrating bit".';
  assert.equal(speakerOf(text, 'so we will never know'), 'Harvey Stodd');
});

test('a name after a role of several capitalised words in an aside is the subject ("…, former Secretary of State Ann Ruiz, said"), and a capitalised word of that role is no verb before a participle', () => {
  const text = 'Harbour budget row.\n\nThe other speaker, former Secretary of State Maria Velden, said the costs were high.\n\nBut the second guest on the panel, former Secretary of State Maria Velden, drew a contrast, saying that the delays were not to be dismissed.';
  assert.equal(speakerOf(text, 'the costs were high'), 'Maria Velden');
  assert.equal(speakerOf(text, 'that the delays were not'), 'Maria Velden');
  // (a participle's agent in the aside is still not the subject)
  assert.notEqual(speakerOf('The panel, chaired by the retired actor Oliver Brandt, said in its notes that the film was brave.', 'that the film was brave'), 'Oliver Brandt');
});

test('after "said", a name after a possessor and a description of up to six words is the speaker ("said Ruiz\'s senior foreign affairs adviser Tom Lind")', () => {
  const text = 'Harbour row.\n\nMaria Velden spoke on Monday. "This is the first time a mayor has done this," said Velden\'s senior foreign affairs adviser Tom Ardle. "It is reckless."';
  assert.equal(speakerOf(text, 'This is the first time'), 'Tom Ardle');
});

test('a person before a role whose complement is an organisation named with a title word ("Greg Raiff, chief executive of Private Jet Services, a charter firm, said") is the speaker', () => {
  const text = 'Fleet row.\n\nIvo Brandt, managing director of Private Cargo Services, a charter broker in Leeds, said the plane was old.';
  assert.equal(speakerOf(text, 'the plane was old'), 'Ivo Brandt');
});

test('a participle after a short quotation that holds the comma takes the sentence\'s subject, and "state" after "of" is no verb ("The outgoing secretary of state teased X over his \\"grand harbour,\\" adding that …")', () => {
  const text = 'Ferry notes.\n\nThe former harbour master dubbed the scheme a "ferry fiasco," noting that the plan would double the fares.\n\nThe outgoing secretary of state teased Ardle over his "grand harbour," adding that the budget had no room for it.';
  const keys = speakerKeys(text);
  assert.equal(keys.get('that the plan would double the'), 'anon:former-harbour-master');
  assert.equal(keys.get('that the budget had no room fo'), 'anon:outgoing-secretary-of-state');
});

test('"he said" right after a claim by a person the text only describes ("The businessman has insisted …") is that description, not a person named before it; a description of the other gender is not', () => {
  const text = 'Mill sale questioned.\n\nThe mill was sold to a developer in 2019. Councillor Tom Kay said the sale had been rushed. The businessman has insisted the sale was fair. "I paid the full price," he said.';
  const keys = speakerKeys(text);
  assert.equal(keys.get('"I paid the full price,"'), 'anon:businessman');
  const other = 'Ferry row.\n\nCouncillor Tom Kay said the timetable had been rushed. The spokeswoman has insisted the timetable was fair. "We consulted everyone," he said.';
  assert.equal(speakerKeys(other).get('"We consulted everyone,"'), 'person:tom-kay');
});

test('a place after a preposition ends the subject\'s phrase but does not speak: its head does', () => {
  const text = 'Economist Dr Sahar Qureshi of the Institute of Trade Studies in Lahore estimated that sales of cattle would pass Rs400 billion this year.';
  assert.equal(speakerOf(text, 'that sales of cattle'), 'Sahar Qureshi');
});

test('a list line that states a role ("Chairman: Mr Lee Wen Hao") introduces the role: "The Chairman said" is that person', () => {
  const text = 'MINUTES OF THE ANNUAL MEETING\n\nPresent:\nChairman: Mr Lee Wen Hao\nSecretary: Ms Tan Bee Lin\n\nThe Chairman noted that a quorum was present and called the meeting to order.\n\nMs Tan said the accounts had been filed.';
  assert.equal(speakerOf(text, 'that a quorum was present'), 'Lee Wen Hao');
  // a labelled turn that goes on after the name states no role
  const turn = 'Chairman: Mr Lee Wen Hao will now read the motion.\n\nThe Chairman noted that a quorum was present.';
  assert.equal(speakerOf(turn, 'that a quorum was present'), 'anonymous');
});

test('a name in apposition after a bare description of its kind (", Melbourne company Redgum Pictures,", ", Dutch insurer Aalder Group,") is the speaker, not the description before it', () => {
  const text = 'Festival drops film.\n\nThe festival withdrew the documentary on Friday. Its director, Ana Ruiz, said the decision was hers.\n\nThe film\'s producer, Melbourne company Redgum Pictures, said it was "disappointed" but had agreed to the request.\n\nThe scheme\'s backer, Dutch insurer Aalder Group, said it would review the deal.';
  assert.equal(speakerOf(text, 'it was "disappointed"'), 'Redgum Pictures');
  assert.equal(speakerOf(text, 'it would review the deal'), 'Aalder Group');
});

test('"according to" a description with a name in apposition ("according to its executive director, Ms Anna Lint.") is the named person; a name that possesses what follows is not in apposition', () => {
  const text = 'Chargers recalled.\n\nThe consumer group Shop Fair has received 12 complaints since January, according to its executive director, Ms Anna Lint.';
  assert.equal(speakerOf(text, 'The consumer group Shop Fair'), 'Anna Lint');
  const clause = 'Chargers recalled.\n\nSales fell by a third, according to a council auditor, Tom Ward\'s former deputy.';
  assert.notEqual(speakerOf(clause, 'Sales fell by a third'), 'Tom Ward');
});

test('a definite description of an organisation\'s kind ("the group", "the producer", "the insurer") is the organisation the text introduced as of that kind, not the most salient one', () => {
  const text = 'Chargers recalled.\n\nThe consumer group Consumer Voice Network has received 27 complaints. Dyffryn Rail closed the line. The group said most were about overheating.\n\nTarn Mining, the country\'s largest coal producer, cut output on Monday. Marlow Shipping said freight rates had doubled. The producer said prices had fallen.';
  assert.equal(speakerOf(text, 'most were about overheating'), 'Consumer Voice Network');
  assert.equal(speakerOf(text, 'prices had fallen'), 'Tarn Mining');
  // a description that opens the next clause is no apposition: the body before it is not of that kind
  const clause = 'Port strike.\n\nAnn Berg, president of the Harbour Workers Union, called the bill unfair. In a message posted on Facebook, the union said it would challenge the law.';
  assert.notEqual(speakerOf(clause, 'it would challenge the law'), 'Facebook');
});

test('a business described by its trade with modifiers ("the budget airline", "the rail operator", "the payments provider") is the one the text named, not a new body', () => {
  const text = 'Fares cut.\n\nSkyvale Airways cut fares on Monday. The budget airline said demand was strong.\n\nDyffryn Rail closed the line. The rail operator said it would reopen on Friday.\n\nHarbour Bank rose 2 per cent. Koala Pay plunged 18 per cent after the online payments provider warned that bad debts would rise.';
  assert.equal(speakerOf(text, 'demand was strong'), 'Skyvale Airways');
  assert.equal(speakerOf(text, 'it would reopen on Friday'), 'Dyffryn Rail');
  assert.equal(speakerOf(text, 'that bad debts would rise'), 'Koala Pay');
});

test('a lede\'s description of a kind of business ("with the operator warning that …") that several named bodies fit, none named before it, is the first one the text names after it', () => {
  const text = 'CARDIFF – Commuters faced a second day of disruption after a landslip closed the railway, with the operator warning that the line may not reopen before Friday.\n\nTaff Valley Rail said replacement buses were running.\n\nThe Welsh Government said it was in contact with Network Rail.';
  assert.equal(speakerOf(text, 'that the line may not reopen'), 'Taff Valley Rail');
});

test('a trade a person may have ("the real estate developer") is not resolved to an organisation, and a modified kind ("the online retail giant") needs the words the organisation was introduced with', () => {
  const text = 'Markets.\n\nOil stocks fell after the oil giant Petrovane reported weak results. Rennick Group rose 3 per cent. The online retail giant said sales had doubled.\n\nHarbour Homes lost a court case. Later, the real estate developer said he would run for mayor.';
  assert.notEqual(speakerOf(text, 'sales had doubled'), 'Petrovane');
  assert.notEqual(speakerOf(text, 'he would run for mayor'), 'Harbour Homes');
});

test('a predicate that states a role ("Tom Varga is the club\'s head coach") introduces it: "the coach said" is that person; a characterisation ("X is the only candidate who …") states no role', () => {
  const text = 'Club news.\n\nTom Varga is the club\'s head coach. Ann Bell, the captain, scored twice. Bell said the team was tired. "We needed that," the coach said.';
  assert.equal(speakerOf(text, 'We needed that'), 'Tom Varga');
  const only = 'Race notes.\n\nLars Moe is the only candidate who has raised no money. Ida Berg spoke to voters on Monday. "We are ready," the candidate said.';
  assert.notEqual(speakerOf(only, 'We are ready'), 'Lars Moe');
});

test('"the prop" is not the winger named before (two positions, two players); "the 29-year-old prop" is the captain just introduced', () => {
  const lede = 'The Harbour Sharks beat the Tide 20-12 on Saturday.\n\nTwo tries to winger Marco Delane in the second half turned the game.\n\n'
    + 'The Tide, who scored two tries, missed three kicks.\n\n';
  const plain = `${lede}Tide captain Sam Oduya was frustrated. "We gave them two soft ones," the prop said.`;
  const got = speakerOf(plain, 'We gave them two soft ones');
  assert.ok(got !== undefined && got !== 'Marco Delane', `got ${got}`);
  const aged = `${lede}Tide captain Sam Oduya, who scored once himself, was frustrated. "We gave them two soft ones," the 29-year-old prop said.`;
  assert.equal(speakerOf(aged, 'We gave them two soft ones'), 'Sam Oduya');
});

test('a participle after a comma takes the subject of a main clause in the present ("X backs the levy, arguing that …"), not a name after a preposition', () => {
  const text = 'Town hall.\n\nCouncillor Ravi Menon backs the new levy, arguing that the old market roof cannot last another winter.';
  assert.equal(speakerOf(text, 'that the old market roof'), 'Ravi Menon');
  const prep = 'Town hall.\n\nAccording to Harbour Weekly news, citing two aides, the mayor will resign in June.';
  assert.notEqual(speakerOf(prep, 'the mayor will resign'), 'Harbour Weekly');
});

test('an adverb of sequence between the comma and the participle ("…, later telling a radio station that …") keeps the main clause\'s subject', () => {
  const text = 'Music.\n\nThe singer Mara Quell won the prize on Friday.\n\nLast spring she called off a tour of Canada, later telling a radio station that she had been exhausted.';
  assert.equal(speakerOf(text, 'that she had been exhausted'), 'Mara Quell');
});

test('a cue after a comma and "then" or "later" ("won the final, then admitted …") shares the first verb\'s subject', () => {
  const text = 'Athletics.\n\nThe sprinter Tova Rinne won the final in Oslo on Saturday, then admitted she had not seen the clock.';
  assert.equal(speakerOf(text, 'she had not seen the clock'), 'Tova Rinne');
});

test('"it" opening the clause an organisation reports ("X, which …, said in a statement that it welcomed …") is that organisation, not an earlier subject', () => {
  const text = 'Ferries.\n\nThe Tarn Valley Council approved the new timetable on Monday.\n\nHarbourline Ferries, which runs four boats on the lake, said in a statement that it welcomed "a fair and open review".';
  assert.equal(speakerOf(text, 'a fair and open review'), 'Harbourline Ferries');
});

test('an unnamed source with a number and a complement opening a clause after "after" ("after three sources within the OPEC+ group said") is that anonymous source', () => {
  const text = 'Markets.\n\nCopper rose on Tuesday after two traders within the Andes+ cartel said output would fall in March.';
  const q = speakers(text);
  let got: string | undefined;
  for (const [t, s] of q) if (t.startsWith('output would fall')) got = s;
  assert.equal(got, 'anonymous');
});

test('a participle after "before" or "after" ("spoke for ten minutes before saying …") takes the subject of its clause', () => {
  const text = 'Town hall.\n\nThe mayor Ann Voss spoke for ten minutes before saying the tunnel would open in May.';
  assert.equal(speakerOf(text, 'the tunnel would open'), 'Ann Voss');
});

test('an indefinite description ("One Western envoy", "a community leader who asked not to be named") is someone new, not a person with that role named before; a name in apposition in its own sentence still counts', () => {
  const text = 'Talks.\n\nThe envoy Ngozi Bassey opened the talks in Dodoma on Monday. "We are hopeful," Bassey said.\n\nOne Western envoy described the mood as "polite and stuck".';
  assert.equal(speakerOf(text, 'the mood as'), 'anonymous');
  const named = 'Floods.\n\nThe lawyer Rob Tay spoke first.\n\nAn insurance lawyer, Neil Abernethy, said the wording of the exclusions varied.';
  assert.equal(speakerOf(named, 'the wording of the exclusions'), 'Neil Abernethy');
});

test('"he said" after an unnamed source described with a complement ("A spokesman for the Tarn Power Company (TPC) said …") is that source, not a person named earlier', () => {
  const text = 'Heat.\n\nMuhammad Arif, a rickshaw driver, said the heat was terrible.\n\nA spokesman for the Tarn Power Company (TPC) said demand had hit a record. He said 90 repair crews were working through the night.';
  assert.equal(speakerOf(text, '90 repair crews'), 'anonymous');
});

test('a quotation after "a message to X:" is the clause subject\'s, not the addressee\'s; "went to X:" and "from X:" stay X\'s', () => {
  const q = '"It is time to stop attacking rivals and get on message."';
  assert.equal(speakerOf(`Senate leader Mitch Ramsay delivered a blunt message to Donald Pratt: ${q}`, 'It is time'), 'Mitch Ramsay');
  assert.equal(speakerOf(`Senate leader Mitch Ramsay had a warning for Donald Pratt: ${q}`, 'It is time'), 'Mitch Ramsay');
  assert.equal(speakerOf(`The last word went to Ada Lind: ${q}`, 'It is time'), 'Ada Lind');
  assert.equal(speakerOf(`And from the chairwoman, Ada Lind: ${q}`, 'It is time'), 'Ada Lind');
});
