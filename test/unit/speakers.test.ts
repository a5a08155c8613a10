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
  const text = 'Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”';
  assert.equal(speakerOf(text, 'Why now?'), 'Clinton');
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
  const text = 'Governor Mary Fallin (R-OK) said the nominee is trying to unite the country.\n\nBernie Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about the race.';
  assert.equal(speakerOf(text, 'the nominee is trying'), 'Mary Fallin');
  assert.equal(speakerOf(text, 'that fact speaks volumes'), 'Bernie Sanders');
  const long = 'Rosa Lind, who lost her son in the flood in Aurora, Colorado, in July 2012, said that the council had ignored the warnings.';
  assert.equal(speakerOf(long, 'that the council had ignored'), 'Rosa Lind');
});

test('a paragraph ending in a colon introduces the quotation of the next', () => {
  const text = 'Former state senator Kelli Ward called for an inquiry on Monday.\n\nDr. Ward stated:\n\n"The Department of Justice is not about equal justice anymore. It is about something else."';
  assert.equal(speakerOf(text, 'The Department of Justice'), 'Kelli Ward');
});

test('pronouns: never a name inside a quotation, a byline or a photo credit', () => {
  const text = 'Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the governor was in the running.\n\n“Hillary is my next choice. Donald Trump lost me a long time ago,” he said.';
  assert.equal(speakerOf(text, 'Hillary is my next choice'), 'Chris Shays');
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
