// Quotation marks: pairing, multi-paragraph quotes, apostrophes, unbalanced and pathological input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { tokenize } from '../../src/core/text';
import { findQuoteSpans } from '../../src/core/quotes';

const spans = (text: string): string[] => findQuoteSpans(tokenize(text)).map((q) => text.slice(q.start, q.end));

test('straight and curly double quotes pair up', () => {
  assert.deepEqual(spans('He said "yes" and she said “no”.'), ['"yes"', '“no”']);
});

test('apostrophes are not quotation marks', () => {
  const text = "The leaders’ summit in the '90s was rock 'n' roll, said O'Brien. It's Zelensky's call.";
  assert.deepEqual(spans(text), []);
});

test('UK single quotes pair when they open and close a quotation', () => {
  assert.deepEqual(spans("‘It wasn’t a mistake,’ said Nair. 'They chose not to listen.'"), ['‘It wasn’t a mistake,’', "'They chose not to listen.'"]);
});

test('a single quote inside a double quote is part of it', () => {
  assert.deepEqual(spans('One witness said: "He told me, \'Stop asking questions,\' and I did."'), ['"He told me, \'Stop asking questions,\' and I did."']);
});

test('a quote over several paragraphs: each opens with a mark, only the last closes', () => {
  const text = '"We heard from 200 witnesses," she said. "Many waited years.\n\n"Some did not live to see this day.\n\n"We owe them the truth."\n\nThe hearing ended.';
  const s = spans(text);
  assert.equal(s.length, 2);
  assert.ok(s[1].startsWith('"Many waited years.') && s[1].endsWith('the truth."'), s[1]);
  const claims = analyzeText(text).quotes;
  assert.ok(claims.some((q) => q.text === s[1]), 'the multi-paragraph quote is one claim');
});

test('an unbalanced quote ends with its paragraph and the rest of the document is analysed', () => {
  const text = 'The minister said "this will never happen\n\nLater, Jane Smith said "we are ready to talk," and left.';
  const s = spans(text);
  assert.equal(s[0], '"this will never happen');
  assert.ok(s.includes('"we are ready to talk,"'));
  const q = analyzeText(text).quotes.find((x) => x.text.includes('ready to talk'));
  assert.ok(q, 'the quote after the unbalanced one is found');
});

test('pathological input: only quote marks, or marks and spaces, gives no claims and no crash', () => {
  for (const text of ['""""""""', '" " " " "', '“”“”‘’‘’', "''''", '"', '\n"\n\n"\n']) {
    const a = analyzeText(text);
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('scare quotes and titles are not claims; an attributed short quote is', () => {
  const a = analyzeText('The so-called "peace dividend" never came. Critics praised "The Long Goodbye". Smith called the plan "reckless".');
  const texts = a.quotes.map((q) => q.text);
  assert.ok(!texts.some((t) => t.includes('peace dividend')), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes('Long Goodbye')), texts.join(' | '));
  assert.ok(texts.some((t) => t.includes('"reckless"')), texts.join(' | '));
});

test('headings in capitals before a colon are not speakers; interview labels still are', () => {
  const wire = analyzeText('MARKETS: "Stocks will recover by the spring," the analyst Jane Roe told clients.\n\nIN BRIEF: Police are appealing for witnesses.\n');
  assert.ok(wire.quotes.every((q) => q.speakerMention?.text !== 'MARKETS'), JSON.stringify(wire.quotes));
  const qa = analyzeText('Jane Roe spoke to us.\n\nQ: Will stocks recover?\n\nA: They will recover by the spring, I am sure of it.\n\nQ: And the loonie?\n\nA: It will rise with oil prices this year.\n');
  assert.equal(qa.quotes.filter((q) => q.kind === 'direct').length, 2, JSON.stringify(qa.quotes.map((q) => q.text)));
});

test('claims are not read from bylines, promotion lines, credits and advertising markers', () => {
  const a = analyzeText('By Sam Patel, Staff Reporter\n\nREAD MORE: Mayor says "the budget is balanced" in new plan\n\nThe council approved the plan on Monday, Mayor Olivia Chen said.\n\nPhoto: Chen said "we did it" (Jane Roe/The Canadian Press)\n\nStory continues below advertisement\n\n"It is a good day," Chen said.\n');
  const texts = a.quotes.map((q) => q.text);
  assert.ok(!texts.some((t) => t.includes('budget is balanced') || t.includes('we did it')), JSON.stringify(texts));
  assert.ok(texts.includes('"It is a good day,"'));
  assert.ok(a.entities.some((m) => m.text === 'Sam Patel'), 'names in a byline are still names');
});
