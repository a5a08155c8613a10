// Organisation names (src/core/entities.ts): what is no organisation although it looks like one, and what is one.
// Every sentence here was written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

/** The names analyzeText finds, as "TYPE name" strings in text order. */
function names(text: string): string[] {
  return analyzeText(text).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

test('ordinary nouns written as acronyms are no organisations; a broadcaster of the same letters is one when it speaks', () => {
  assert.deepEqual(names('Shares in chip makers rose as demand for AI servers grew, and two GP practices in Leith closed.'), ['PLACE Leith']);
  assert.deepEqual(names('Detectives released CCTV footage and an MRI scan showed a fracture.'), []);
  assert.deepEqual(names('The referee awarded the goal after a VAR check, and Dunmore won 88-86 in OT.'), ['ORG Dunmore']);
  assert.deepEqual(names('She was appointed OBE in 2019.'), []);
  assert.deepEqual(names('State broadcaster CCTV said the talks would resume.'), ['ORG CCTV']);
});

test('a code of a letter or two and digits is a model, a batch, a route or a road, no organisation', () => {
  assert.deepEqual(names('Lamps with batch codes KT40 or KT41 are being recalled, Orvane Lighting Ltd said.'), ['ORG Orvane Lighting Ltd']);
  assert.deepEqual(names('The new bus, numbered B7, runs along the A38 to Worcester every ten minutes.'), ['PLACE Worcester']);
  assert.deepEqual(names('Leaders of the G7 met in Rome.'), ['ORG G7', 'PLACE Rome']);
  // (one that acts is a name: a band opening the sentence, or after a word for one)
  assert.deepEqual(names('K9 played two encores, and the band T4 opened.'), ['ORG K9', 'ORG T4']);
});

test('the Government, the Board, the Company and the Group capitalised by house style are no names', () => {
  assert.deepEqual(names('Asked about the flooding, the minister insisted the Government had acted quickly.'), []);
  assert.deepEqual(names('Mr Tan asked whether the Company would buy back shares. The Chairman replied that the Board expected to restore the dividend and that the Group had cash.'), ['PERSON Tan']);
  // (the short form of a body named in full, and one that speaks, stay the body)
  assert.deepEqual(names('The Government of Lesotho declared a disaster. The Government has asked for help.'), ['ORG Government of Lesotho', 'ORG Government']);
  assert.deepEqual(names('On the drought, the Government said it had enough maize.'), ['ORG Government']);
  // (the short form of a body whose name the text gave is that body)
  assert.deepEqual(names('The vote in the Legislature is due on Monday.'), ['ORG Legislature']);
});

test('a possessive inside a body\'s name stays inside: plural possessors after an article or a nationality, office-holders before their office', () => {
  assert.deepEqual(names('The People\'s Bank of Kalvaria held its rate.'), ['ORG People\'s Bank of Kalvaria']);
  assert.deepEqual(names('Delegates of the Estonian People\'s Alliance walked out.'), ['ORG Estonian People\'s Alliance']);
  assert.deepEqual(names('A spokesman for the Dane County District Attorney\'s Office declined to comment.'), ['ORG Dane County District Attorney\'s Office']);
  assert.deepEqual(names('The Marlow County State\'s Attorney\'s Office filed charges.'), ['ORG Marlow County State\'s Attorney\'s Office']);
  // (a person's office in lower case is no body's name)
  assert.deepEqual(names('Mayor Tove Lind\'s office said nothing.'), ['PERSON Tove Lind']);
});

test('a title word opening a body\'s name before an ordinary word is part of it', () => {
  assert.deepEqual(names('The Harbour Dockers\' Union and the General Transport Workers\' Union called a strike.'), ['ORG Harbour Dockers\' Union', 'ORG General Transport Workers\' Union']);
  assert.deepEqual(names('The appeal goes to the General Court next year.'), ['ORG General Court']);
  // (a title before a person's name stays a title)
  assert.deepEqual(names('General Mark Halvorsen said the army was ready.'), ['PERSON Mark Halvorsen']);
});

test('"and" inside a body\'s name: a harvested headline word after its head and "of", a given name that is an ordinary word before "and"', () => {
  assert.deepEqual(names('She lectures at the Kisumu Institute of Art and Design, and paints.'), ['ORG Kisumu Institute of Art and Design']);
  assert.deepEqual(names('The developer will appeal to the Land and Environment Court.'), ['ORG Land and Environment Court']);
});

test('a broadcaster\'s numbered service keeps its number', () => {
  assert.deepEqual(names('The single was first played on BBC Radio 6 Music last spring.'), ['ORG BBC Radio 6 Music']);
  assert.deepEqual(names('Channel 4 has moved its newsroom to Leeds.'), ['ORG Channel 4', 'PLACE Leeds']);
});

test('a noun for what someone does opening the sentence is no part of the name after it', () => {
  assert.deepEqual(names('Researcher Ilse Vandermolen said the gap had narrowed.'), ['PERSON Ilse Vandermolen']);
  assert.deepEqual(names('Student Thandeka Mabuza, 20, was less sure.'), ['PERSON Thandeka Mabuza']);
  // (a surname or a known name that looks like such a noun stays: "Porter Airlines")
  assert.deepEqual(names('Porter Airlines said flights would resume.'), ['ORG Porter Airlines']);
});
