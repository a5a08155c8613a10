// Issue 14: the speaker resolver's general rules, each a class of error seen on at least three development sets.
// Texts written for these tests.
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

test('an unnamed source described with an indefinite article and a complement, before an aside, is the anonymous speaker; "she said" after it is that source, not a woman named earlier', () => {
  const text = 'GENEVA, 4 June 2027 – Talks on the river treaty resumed on Monday.\n\n'
    + 'Foreign Minister Ana Pereira said the talks had been constructive. "We are closer than ever," she said.\n\n'
    + 'A 31-year-old Eritrean woman, speaking through an interpreter, said the boat had drifted for three days. "We prayed and prayed," she said.\n\n'
    + 'A regional official involved in the negotiations, speaking on condition of anonymity, said the delegations were still far apart.\n\n'
    + 'A Kenyan official involved in the talks, who asked not to be named, said the draft had been leaked.';
  assert.equal(speakerOf(text, 'the boat had drifted'), 'anonymous');
  assert.equal(speakerOf(text, 'We prayed and prayed'), 'anonymous');
  assert.equal(speakerOf(text, 'the delegations were still'), 'anonymous');
  assert.equal(speakerOf(text, 'the draft had been leaked'), 'anonymous');
  assert.equal(speakerOf(text, 'the talks had been constructive'), 'Ana Pereira');
});

test('an unnamed source whose description ends right before the verb ("A 24-year-old farmer said") is anonymous, and so is "he said" after it', () => {
  const text = 'KISUMU, 2 March 2027 – Floods cut the main road on Sunday.\n\nGovernor Paul Ochieng visited the camp. '
    + 'A 24-year-old farmer said the water had risen within an hour. "We lost everything," he said.';
  assert.equal(speakerOf(text, 'the water had risen'), 'anonymous');
  assert.equal(speakerOf(text, 'We lost everything'), 'anonymous');
});

test('the phrase before an aside that says its source is unnamed ("speaking anonymously", "who asked not to be named") is an anonymous speaker whatever its noun, and so is the pronoun after it', () => {
  const text = 'LONDON, 4 June 2027 – The prize was awarded on Monday.\n\n'
    + 'Judge Mary Okello said the winner was clear. One literary agent, speaking anonymously, said the result would surprise nobody.\n\n'
    + 'Several developers, speaking privately, said they were watching the case closely.\n\n'
    + 'The 84-year-old\'s son, who asked not to be named, said his father had waited six hours. "He kept asking for water," he said.';
  assert.equal(speakerOf(text, 'the result would surprise'), 'anonymous');
  assert.equal(speakerOf(text, 'they were watching the case'), 'anonymous');
  assert.equal(speakerOf(text, 'his father had waited'), 'anonymous');
  assert.equal(speakerOf(text, 'He kept asking for water'), 'anonymous');
  assert.equal(speakerOf(text, 'the winner was clear'), 'Mary Okello');
});

test('"a spokesman for X" is an unnamed source for X also past a role ("for Transport Minister Aoife Brennan"), a description of the body ("for bus maker Halloran Coachworks"), a possessive ("for Ontario\'s Ministry of Labour") and after a fronted adverbial; in apposition to a name the name speaks', () => {
  const text = 'DUBLIN, 3 May 2027 – A driver was jailed on Monday.\n\n'
    + 'Outside the court, a spokeswoman for the Leinster Walking Group said the sentence sent a clear message.\n\n'
    + 'A spokesman for Transport Minister Aoife Brennan said the minister had met the families.\n\n'
    + 'A spokesman for bus maker Halloran Coachworks said the company already fitted the alarms.\n\n'
    + 'A spokesperson for Ontario\'s Ministry of Labour said in an email that the province had no plans to change the law.\n\n'
    + 'Ann Keane, a spokeswoman for the Leinster Walking Group, said the road was dangerous.';
  assert.equal(speakerOf(text, 'the sentence sent a clear'), 'anonymous');
  assert.equal(speakerOf(text, 'the minister had met'), 'anonymous');
  assert.equal(speakerOf(text, 'the company already fitted'), 'anonymous');
  assert.equal(speakerOf(text, 'that the province had no plans'), 'anonymous');
  assert.equal(speakerOf(text, 'the road was dangerous'), 'Ann Keane');
});

test('a body known only by a description with a name in it ("The U.N. peacekeeping mission", "Italy\'s coast guard", "The United Nations Secretary-General\'s office") is a speaker named by that description; an all-lower-case one stays unnamed', () => {
  const text = 'GOMA, 3 May 2027 – Fighting resumed on Monday.\n\n'
    + 'The U.N. peacekeeping mission said its patrols had heard artillery fire.\n\n'
    + 'Italy\'s coast guard said it had assigned the ship a port.\n\n'
    + 'The United Nations Secretary-General\'s office said the conference would open in June.\n\n'
    + 'The provincial disaster office said six people had died.';
  assert.equal(speakerOf(text, 'its patrols had heard'), 'U.N. peacekeeping mission');
  assert.equal(speakerOf(text, 'it had assigned the ship'), 'Italy\'s coast guard');
  assert.equal(speakerOf(text, 'the conference would open'), 'United Nations Secretary-General\'s office');
  assert.equal(speakerOf(text, 'six people had died'), 'anonymous');
});

test('a journal a document appeared in is not its author: "according to a study published on Monday in the journal Marine Ecology" and "A paper published on Tuesday in Nature Geoscience reports" are the unnamed document\'s words', () => {
  const text = 'OSLO, 22 April 2027 – Scientists reported new findings this week.\n\n'
    + 'Seabirds are nesting later than they did in the 1990s, according to a study published on Monday in the journal Marine Ecology.\n\n'
    + 'A paper published on Tuesday in Nature Geoscience reports that the glacier is retreating faster than expected.\n\n'
    + 'A new pill cut the risk of stroke by a third, according to the results of a large trial published on Thursday in the Lancet.';
  assert.equal(speakerOf(text, 'Seabirds are nesting'), 'anonymous');
  assert.equal(speakerOf(text, 'that the glacier is retreating'), 'anonymous');
  assert.equal(speakerOf(text, 'A new pill cut'), 'anonymous');
});

test('"the club said" / "the company said" far from the lead is the body the lead is about, not the body named last; a body that is the subject just before in the paragraph still wins', () => {
  const text = 'Published 2027-03-02\n\nHarbourside Wanderers edge Kilnfield in late drama\n\n'
    + 'Harbourside Wanderers beat Kilnfield Athletic 2-1 at Quayside Road on Saturday to move three points clear at the top of the table.\n\n'
    + 'Kilnfield had led through a first-half header from Dario Mensah, but Harbourside scored twice in the last ten minutes.\n\n'
    + 'Kilnfield manager Owen Pask said his players had run out of legs. "We gave it everything," he said.\n\n'
    + 'Kilnfield are away to Marsh Lane next week.\n\n'
    + 'The club said on Sunday that goalkeeper Rory Tait had broken a finger and would miss a month.';
  assert.equal(speakerOf(text, 'that goalkeeper Rory Tait'), 'Harbourside Wanderers');
  const text2 = 'OSLO, 3 March 2027 – Fjellnett ASA raised its profit forecast on Tuesday after a strong winter at home.\n\n'
    + 'Shares in Fjellnett ASA rose 6 per cent. Analysts had expected less.\n\nThe wider market was flat. Oil prices eased.\n\n'
    + 'Tindra ASA fell 3 per cent. The company said its chief executive had resigned.';
  assert.equal(speakerOf(text2, 'its chief executive had resigned'), 'Tindra ASA');
});

test('a nickname in quotation marks between a given name and a surname is inside the person\'s name and is no quotation; the surname alone later is that person', () => {
  const text = 'DURBAN, 5 May 2027 – The Harbour Hawks won the regional final on Sunday.\n\n'
    + 'Hawks captain Thandiwe "Blaze" Mokoena, 24, said the team had trained twice a day for a month. '
    + '"We wanted it more," Mokoena said.\n\n'
    + 'Their coach, Pieter "Oom Piet" Vermaak, said the referee had been fair.';
  assert.equal(speakerOf(text, 'the team had trained'), 'Thandiwe "Blaze" Mokoena');
  assert.equal(speakerOf(text, 'We wanted it more'), 'Thandiwe "Blaze" Mokoena');
  assert.equal(speakerOf(text, 'the referee had been fair'), 'Pieter "Oom Piet" Vermaak');
  assert.equal(speakerOf(text, 'Blaze'), undefined);
});

test('the surname of a name ending in a suffix with its period ("Jr.") is the word before the suffix: the surname alone later is that person', () => {
  const text = 'CEBU CITY — The recount ended on Wednesday. Incumbent Mayor Rodrigo Almonte Jr. stayed ahead by 40 votes.\n\n'
    + 'Almonte, speaking to supporters at the town hall, said the recount had proved his win.';
  assert.equal(speakerOf(text, 'the recount had proved'), 'Rodrigo Almonte Jr.');
});

test('"the survey showed" is the body named as its author earlier, also after a comma (", a survey by X has found"); "the report showed" after "…, X reported." is X', () => {
  const text = 'CARDIFF, 5 March 2027 – More than a third of dental surgeries in Wales have stopped taking new patients, a survey by the British Dental Association has found.\n\n'
    + 'Dentists said they were exhausted.\n\nThe survey showed that the gap between areas was widening.';
  assert.equal(speakerOf(text, 'that the gap between areas'), 'British Dental Association');
  const text2 = 'WASHINGTON, 17 March 2027 – Car sales fell in February as snow kept buyers at home.\n\n'
    + 'Sales of new cars dropped 4.1% to an annual rate of 14.2 million, the Commerce Department reported. The forecast had been 14.6 million.\n\n'
    + '"It was the cold," said Ana Ruiz, an economist at Bell Brothers.\n\nSales fell 9% in the Midwest, the report showed.';
  assert.equal(speakerOf(text2, 'Sales fell 9%'), 'Department of Commerce');
});

test('a name followed by a relative clause in commas and a reporting verb ("X, whose son attends the school, said") is a speaker the name finder keeps, and the claim is theirs', () => {
  const text = 'LEEDS, 5 May 2027 – The school board met on Monday to discuss the closure of the primary school.\n\n'
    + 'Kerry-Lee Dawson, whose two children attend the school, said many parents were angry.\n\n'
    + 'Hallvard Ostrem, which runs the buses, said in a note to riders that its routes would change.\n\n'
    + 'One teacher in Wakefield, who asked not to be named, said staff had been told on Friday.';
  assert.equal(speakerOf(text, 'many parents were angry'), 'Kerry-Lee Dawson');
  assert.equal(speakerOf(text, 'that its routes would change'), 'Hallvard Ostrem');
  assert.equal(speakerOf(text, 'staff had been told'), 'anonymous');
});

test('"NAME of [the] BODY said", the body\'s words unknown to the gazetteers, is the person\'s claim, not the body\'s', () => {
  const text = 'KARACHI, 5 May 2027 – Floods cut the main canal road on Sunday.\n\n'
    + 'Political analyst Tariq Mahmood Qazi of the Idara Tehqiqat Sindhi said the province had ignored the warnings.\n\n'
    + 'Imran Ali Lashari of the opposition Awami Tehreek Sindh told the assembly that the canal had not been repaired.';
  assert.equal(speakerOf(text, 'the province had ignored'), 'Tariq Mahmood Qazi');
  assert.equal(speakerOf(text, 'that the canal had not'), 'Imran Ali Lashari');
});
