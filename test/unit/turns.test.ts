// Turn-taking formats: transcripts, court records, panels, press conferences, town halls and minutes. Every text
// here is written for these tests, in formats the development sets do not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace';

/** Each claim's first 30 characters with its speaker's canonical name ('?' when none, 'anonymous'). */
function speakers(text: string): Map<string, string> {
  const index = new WorkspaceIndex();
  index.set('a.txt', text);
  const out = new Map<string, string>();
  for (const q of index.get('a.txt')!.analysis.quotes) {
    const rec = q.speaker && !q.anonymous ? index.entity(q.speaker) : undefined;
    out.set(q.text.replace(/^["“]/, '').slice(0, 30), rec?.name ?? (q.anonymous ? 'anonymous' : '?'));
  }
  return out;
}

function speakerOf(text: string, claimStart: string): string | undefined {
  for (const [t, s] of speakers(text)) if (t.startsWith(claimStart)) return s;
  return undefined;
}

const norm = (s: string | undefined): string | undefined => s?.toLowerCase();

test('a court record\'s "Q." and "A.": the answers are the witness sworn in the heading, not the examining counsel', () => {
  const text = [
    'Transcript of proceedings, Kingswood Crown Court, 3 March',
    'Day four of the trial of the landlord charged over the Mercer Street fire.',
    'DR PRIYA NANDAKUMAR, sworn',
    'EXAMINATION BY MR OSWIN THRALE',
    'Q. Dr Nandakumar, you examined the boiler on the morning after the fire?',
    'A. I did. The pressure valve had been removed some weeks before, and the casing showed rust at every joint.',
    'Q. Could a tenant have removed it?',
    'A. No. It needs a special key that only the maintenance contractor holds.',
    'CROSS-EXAMINATION BY MS HALINA OSEI',
    'Q. You did not test the thermostat, did you?',
    'A. I tested it in the laboratory afterwards and it worked normally.',
    'BERNARD QUILLER, affirmed',
    'EXAMINATION BY MS HALINA OSEI',
    'Q. Mr Quiller, who held the key?',
    'THE WITNESS: The contractor kept it in a locked van, and I never saw it lent to anyone.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'I did. The pressure valve')), 'priya nandakumar');
  assert.equal(norm(speakerOf(text, 'No. It needs a special key')), 'priya nandakumar');
  assert.equal(norm(speakerOf(text, 'I tested it in the laboratory')), 'priya nandakumar');
  assert.equal(norm(speakerOf(text, 'The contractor kept it')), 'bernard quiller');
  // the questions are no one's claims
  assert.ok(![...got.keys()].some((k) => /^(Dr Nandakumar, you|Could a tenant|You did not test)/.test(k)), [...got.keys()].join(' | '));
});

test('"Q." and "A." are labels only when a text has both: an initial opening a paragraph stays a name', () => {
  const text = 'A. Okonkwo, the harbour master, said the channel would be dredged in May.\n\nThe port authority agreed.';
  assert.match(speakerOf(text, 'the channel would be dredged') ?? '', /Okonkwo/);
});

test('a timestamp before a transcript label is no part of it ("[00:01:05] SAMUEL ACHEBE:")', () => {
  const text = [
    'Northwind Energy all-staff town hall, 9 June (internal transcript)',
    'Joining us is our chief executive, Dr Jane Roe, with the finance director, Samuel Achebe.',
    '[00:00:12] HOST: Good morning, everyone. Jane, over to you.',
    '[00:00:20] JANE ROE: Thank you. The company made a loss of £12 million in the first quarter, mostly because of the outage at the Tyne plant.',
    '[00:01:05] SAMUEL ACHEBE: Our cash reserves are strong. We have enough to run for two years without new borrowing.',
    '[00:01:40] QUESTION FROM THE FLOOR: Will there be redundancies?',
    '[00:01:48] JANE ROE: There are no plans for compulsory redundancies this year.',
    '10:32 ACHEBE: And the pay rise agreed in March will be paid in full.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Thank you. The company made a'), 'Jane Roe');
  assert.equal(speakerOf(text, 'Our cash reserves are strong'), 'Samuel Achebe');
  assert.equal(speakerOf(text, 'There are no plans'), 'Jane Roe');
  assert.equal(speakerOf(text, 'And the pay rise agreed'), 'Samuel Achebe');
});

test('a label in capitals that is also a word ("LAM:") is a speaker when it spells the surname of a panellist', () => {
  const text = [
    'Sunday Forum, Channel 9, 12 October: transcript of the panel on the housing bill',
    'Panellists: Senator Tomas Ruiz, Dr Helen Okoro and Kevin Lam, chief executive of the Builders Federation.',
    'MODERATOR: Senator, why does the bill cap rents at all?',
    'RUIZ: Because rents in the capital have risen by a third in five years. Wages have not.',
    'MODERATOR: Dr Okoro, does a cap work?',
    'OKORO: In every city that has tried it, construction of rental homes fell within three years.',
    '[Crosstalk]',
    'LAM: My members will simply stop building rental blocks. We have told the minister so in writing.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'My members will simply stop'), 'Kevin Lam');
  assert.equal(speakerOf(text, 'In every city that has tried'), 'Helen Okoro');
});

test('a role as the label is the person the text introduces in that role, with an honorific before the name', () => {
  const text = [
    'Transcript of remarks by the Minister for Water and Sanitation, Ms Adaeze Nwachukwu-Bello, at a stand-up after visiting the Ikorodu treatment works today:',
    'Reporter: Minister, residents say the taps have been dry for a week. When will supply return?',
    'Minister for Water and Sanitation: The second pump arrives on Thursday. Supply to the eastern wards will be back by the weekend.',
    'Reporter: Who pays for the repairs?',
    'Minister for Water and Sanitation: The contractor\'s insurer has accepted liability for the damaged main.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'The second pump arrives'), 'Adaeze Nwachukwu-Bello');
  assert.equal(speakerOf(text, "The contractor's insurer"), 'Adaeze Nwachukwu-Bello');
});

test('a programme\'s host, introduced as such ("presented by …"), speaks in turns that are read as prose; a surname label joins the full name', () => {
  const text = [
    'Evening Line, Radio Kestrel, 4 May: the phone-in on the harbour toll, presented by Ingrid Solberg-Vik',
    'SOLBERG-VIK: Good evening. The harbour board wants to double the toll from June. The board told us this morning that the money will pay for a new breakwater. First caller, Ruth in Eastgate.',
    'RUTH: I cross twice a day to get to work. Double the toll and I lose a day\'s wages every month.',
    'SOLBERG-VIK: Thank you, Ruth. Next line.',
    'DESMOND: The breakwater was promised in 2019 and nothing happened.',
    'SOLBERG-VIK: Stay with us after the news.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(speakerOf(text, 'that the money will pay for a'), 'harbour board');
  assert.equal(speakerOf(text, 'I cross twice a day'), 'Ruth');
  assert.ok(![...got.keys()].some((k) => /^(Good evening|Thank you, Ruth|Stay with us)/.test(k)), [...got.keys()].join(' | '));
});

test('a member\'s label with the riding and party in one long bracket: the statement before the question is the member\'s', () => {
  const text = [
    'Standing Committee on Fisheries – Evidence (extract)',
    'Hon. Pierre-Luc Ouellette (Minister of Fisheries): Thank you, Madam Chair. The quota for northern cod will rise by 8% this season.',
    'Mrs. Nadia Kowalczyk-Thorne (Saint-Boniface—Saint-Vital—Île-des-Chênes, NDP): Minister, the plant in Harbour Grace closed in March and 300 people lost their jobs. What will you do for them?',
    'Hon. Pierre-Luc Ouellette: We have opened a retraining fund for every plant worker in the province.',
    'Mr. Gordon Vickery (Avalon, CPC): Minister, your department missed its own deadline for the stock assessment. Why?',
    'Hon. Pierre-Luc Ouellette: I won\'t comment on the internal scheduling of a scientific review panel.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(speakerOf(text, 'Minister, the plant in Harbour'), 'Nadia Kowalczyk-Thorne');
  assert.equal(speakerOf(text, 'Minister, your department miss'), 'Gordon Vickery');
  assert.ok(![...got.keys()].some((k) => k.startsWith("I won't comment")), [...got.keys()].join(' | '));
});

test('minutes: a role in brackets in the list of those present is the person "The Mayor said" means; a resolution is no one\'s claim', () => {
  const text = [
    'Minutes of the meeting of Eastholme Town Council held on 4 May',
    'Present: Cllr Rowena Feist (Mayor), Cllr Dennis Abara, Cllr Judith Lark',
    'Item 2. Car parking charges',
    'Cllr Abara proposed that parking charges at the Quay be frozen for a year. Cllr Lark said the freeze would cost the council about £40,000 in lost income.',
    'Moved by Cllr Abara, seconded by Cllr Lark.',
    'RESOLVED that parking charges at the Quay be frozen until April next year.',
    'Item 3. Library hours',
    'Councillor Lark asked whether the library could open on Sundays. The Mayor said the county council had cut the library grant by a fifth.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(speakerOf(text, 'the county council had cut'), 'Rowena Feist');
  assert.equal(speakerOf(text, 'the freeze would cost'), 'Judith Lark');
  assert.equal(speakerOf(text, 'that parking charges at the Qu'), 'Dennis Abara');
  assert.ok(![...got.keys()].some((k) => k.includes('until April') || k.startsWith('Cllr Lark.')), [...got.keys()].join(' | '));
});

test('a turn goes on past a procedural line ("[Laughter]", "(1432)") in a paragraph without a label, until the next label; narration after the turns does not', () => {
  const text = [
    'Post-match press conference, Riverside Stadium, Saturday',
    'An interview with: DANIEL OKAFOR, MARCUS BELL, coach ANTON WEISS',
    'Q: Daniel, the second goal came from nothing. What did you see?',
    'OKAFOR: I saw the keeper off his line and I just hit it.',
    'Q: Anton, are you worried about the defending?',
    'WEISS: We gave away two chances from set pieces, and that cannot happen at this level.',
    '[Laughter]',
    'We will work on it all week, and my players know it already.',
    '(1432)',
    'Q: Marcus, how is the ankle?',
    'BELL: It is sore, but the scan on Monday will tell us more.',
    'After the press conference, the club said in a statement that Bell would miss the cup tie.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'We will work on it all week')), 'anton weiss');
  assert.equal(norm(speakerOf(text, 'It is sore, but the scan')), 'marcus bell');
  assert.ok(![...got.entries()].some(([k, v]) => /Bell would miss/.test(k) && v.toLowerCase() === 'marcus bell'), [...got.entries()].join(' | '));
  assert.ok(![...got.keys()].some((k) => /Laughter|1432/.test(k)), [...got.keys()].join(' | '));
});

test('a turn that only passes the question on ("That is a matter for the board.", "That\'s a decision for the courts.") states nothing', () => {
  const text = [
    'Transcript of the chief constable\'s media briefing, 2 February',
    'Q: Will the officer be suspended?',
    'CHIEF CONSTABLE MAREK DUDEK: That is a matter for the professional standards board. I will not comment on personnel.',
    'Q: Will charges follow?',
    'CHIEF CONSTABLE MAREK DUDEK: That\'s a decision for the prosecution service.',
    'Q: How many calls did you receive?',
    'CHIEF CONSTABLE MAREK DUDEK: We received more than 400 calls in the first hour, and every one was answered.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'We received more than 400')), 'marek dudek');
  assert.ok(![...got.keys()].some((k) => /^That('s| is) a (matter|decision)/.test(k)), [...got.keys()].join(' | '));
});

test('"THE CHAIR:" is the person the text introduces as chairing ("chaired by …"); "THE MODERATOR:" a host whose turns are read as prose', () => {
  const chaired = [
    'Public meeting on the Harwick bypass, village hall, chaired by Cllr Olwen Pryce-Jarvis',
    'THE CHAIR: The county has confirmed the bypass will not be built before 2031. I have asked for that in writing.',
    'MR DERRICK FALE: Then the lorries will keep coming through the village for six more years.',
    'THE CHAIR: I will write to the minister tomorrow and read the reply at the next meeting.',
  ].join('\n\n');
  assert.equal(speakerOf(chaired, 'The county has confirmed the b'), 'Olwen Pryce-Jarvis');
  const moderated = [
    'Town hall on the clinic closures, moderated by Grace Mbeki',
    'THE MODERATOR: Welcome. The health board announced on Friday that two clinics would close in March.',
    'DR HELEN OKORO: Both clinics serve more than 9,000 patients. We were not consulted.',
  ].join('\n\n');
  const got = speakers(moderated);
  assert.ok(![...got.entries()].some(([k, v]) => k.startsWith('Welcome') || v === 'Grace Mbeki'), [...got.entries()].join(' | '));
  assert.equal(norm(speakerOf(moderated, 'Both clinics serve more')), 'helen okoro');
});

test('a time stamp in brackets after a label\'s name ("Jane Roe (00:01:35):") is no part of the label, and a turn so labelled ends the one before', () => {
  const text = [
    'The Allotment Hour, episode 9 (auto-generated transcript)',
    'Host: Bryony Quellinan. Guest: Dr Fenwick Adeyemi-Lusk, soil scientist, Ravenmoor College',
    'Bryony Quellinan (00:00:03): Welcome to the show. Fenwick, what went wrong with the potatoes this year?',
    'Fenwick Adeyemi-Lusk (00:00:19): We had blight in almost every plot by July. The wet spring left the soil cold for weeks, and the spores love that.',
    'Bryony Quellinan (00:01:02): Should people burn the haulms?',
    'Fenwick Adeyemi-Lusk (00:01:10): No. Bag them and send them to the council tip. Burning spreads the spores further than you would think.',
    'Bryony Quellinan (00:01:44): That is all we have time for. The Allotment Hour is produced by Hedgerow Audio.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'We had blight in almost every')), 'fenwick adeyemi-lusk');
  assert.equal(norm(speakerOf(text, 'No. Bag them and send them')), 'fenwick adeyemi-lusk');
  // the host's closing turn is no continuation of the guest's answer
  assert.ok(![...got.keys()].some((k) => /That is all we have|Quellinan \(00/.test(k)), [...got.entries()].join(' | '));
});

test('a court record\'s "Q." / "A." lines kept by single newlines in a text of blank-line paragraphs are one turn each', () => {
  const text = [
    'IN THE HIGH COURT OF ELDRIDGE',
    'Extract from the transcript of day three. Ms Odalys Ferreira-Quint, surveyor for the defendant, gave evidence. Ms Ferreira-Quint was cross-examined by Mr Lucan Brightwater.',
    [
      'Q. Ms Ferreira-Quint, you inspected the roof in May?',
      'A. In June. The May visit was cancelled because of the rain.',
      'Q. And the flashing was loose?',
      'A. Two sections were loose. I marked both on the drawing and told the site manager the same day.',
      'MR PELLING: My Lord, the drawing is at tab 14.',
      'Q. Thank you. Nothing further.',
    ].join('\n'),
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'In June. The May visit')), 'odalys ferreira-quint');
  assert.equal(norm(speakerOf(text, 'Two sections were loose')), 'odalys ferreira-quint');
  // the questions stay no one's claims
  assert.ok(![...got.keys()].some((k) => /^(Ms Ferreira-Quint, you|And the flashing)/.test(k)), [...got.entries()].join(' | '));
});

test('a single newline before a line in capitals with a colon splits a paragraph only in a run of such lines', () => {
  const text = [
    'The harbour board met on Tuesday.',
    'Its chair, Wendell Osagie, said the berth would reopen in March.\nNOTE: the figures are provisional.',
  ].join('\n\n');
  const got = speakers(text);
  assert.equal(norm(speakerOf(text, 'the berth would reopen')), 'wendell osagie');
  assert.ok(got.size >= 1);
});

test('turn labels by initials: "Jane Roe (JR)" in the heading, then "JR:" turns, are that person\'s', () => {
  const text = [
    'Riverside Voices archive, recording no. 41',
    'Narrator: Tomasina Brennock-Ule (TB), born 1951, retired ferry pilot',
    'Interviewer: Gideon Marsh (GM)',
    'GM: Mrs Brennock-Ule, when did you first take the ferry across?',
    'TB: In 1969, with my father at the wheel. The river was twice as wide then, before they built the embankment.',
    'GM: And the flood of 1977?',
    'TB: We carried people across for three days without sleep. The council sent one boat, and it sank on the second morning.',
  ].join('\n\n');
  assert.equal(norm(speakerOf(text, 'In 1969, with my father')), 'tomasina brennock-ule');
  assert.equal(norm(speakerOf(text, 'We carried people across')), 'tomasina brennock-ule');
});

test('turn labels by initials nobody declared: the one person of the text whose name they spell', () => {
  const text = [
    'Interview with Rosalind Achterberg, chief engineer of the Varne tunnel, by Paulo Menendez',
    'PM: How far have you dug?',
    'RA: Four kilometres from each side. We meet in the middle next spring if the chalk stays dry.',
    'PM: And if it does not?',
    'RA: Then we pump, and we lose a month for every wet section.',
  ].join('\n\n');
  assert.equal(norm(speakerOf(text, 'Four kilometres from each side')), 'rosalind achterberg');
  assert.equal(norm(speakerOf(text, 'Then we pump, and we lose')), 'rosalind achterberg');
});

test('an abbreviated title before a name in a turn label ("ENG. JANE ROE:", "INSP. ROE:") is no part of the name', () => {
  const text = [
    'Public inquiry into the Kestrel Road bridge, day 4',
    'Witness: Eng. Halvard Ostrowski-Bell, chief engineer, Kestrel Highways',
    'MS. TIERNEY: Mr. Ostrowski-Bell, when was the bridge last inspected?',
    'ENG. OSTROWSKI-BELL: In March. The inspection found corrosion on two of the bearings, and we ordered new ones that week.',
    'MS. TIERNEY: Were they fitted?',
    'ENG. OSTROWSKI-BELL: Not before the collapse. The supplier delivered them in June.',
  ].join('\n\n');
  assert.equal(norm(speakerOf(text, 'In March. The inspection found')), 'halvard ostrowski-bell');
  assert.equal(norm(speakerOf(text, 'Not before the collapse')), 'halvard ostrowski-bell');
});

test('a broadcast\'s title quoted in a transcript\'s heading is no claim; an interview\'s pull quote in its heading stays one', () => {
  const titled = [
    'Published 2027-03-04',
    'VALLEY FM\nTranscript of the episode "Frost, plums and a very bad spring", broadcast on 3 March (extract)',
    'PRESENTER: Good morning. Orla, how bad was the frost?',
    'ORLA VANTERPOOL: We lost two thirds of the plum blossom in one night. The insurers have told us it is not covered.',
    'PRESENTER: And the apples?',
    'ORLA VANTERPOOL: The apples flower later, so we hope they escaped.',
  ].join('\n\n');
  const got = speakers(titled);
  assert.ok(![...got.keys()].some((k) => k.startsWith('Frost, plums')), [...got.entries()].join(' | '));
  assert.equal(norm(speakerOf(titled, 'We lost two thirds')), 'orla vanterpool');
  const pulled = [
    'Interview: "A bridge is a promise to the next town"',
    'Marit Kvalheim-Osei designed the new footbridge at Tollgate. She spoke to the Gazette.',
    'Q: Was it worth the delay?',
    'A: Yes. Twelve thousand people crossed it in the first week.',
    'Q: And the cost?',
    'A: It came in under budget, which nobody mentions.',
  ].join('\n\n');
  assert.ok([...speakers(pulled).keys()].some((k) => k.startsWith('A bridge is a promise')));
});
