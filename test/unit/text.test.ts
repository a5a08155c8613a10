import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text';
import { maskMarkdown, frontMatterLength } from '../../src/core/markdown';

const sentencesOf = (text: string): string[] => {
  const tz = tokenize(text);
  return tz.sentences.map((s) => text.slice(tz.tokens[s.a].s, tz.tokens[s.b - 1].e));
};

test('tokens carry exact offsets, possessives are split and dotted acronyms kept whole', () => {
  const text = "Zelensky's U.S. visit, Mr. Smith’s view.";
  const tz = tokenize(text);
  for (const t of tz.tokens) assert.equal(text.slice(t.s, t.e), t.w);
  const words = tz.tokens.map((t) => t.w);
  assert.deepEqual(words.slice(0, 4), ['Zelensky', "'s", 'U.S.', 'visit']);
  assert.ok(words.includes('Smith') && words.includes('’s'));
});

test('sentences split at terminal punctuation but not after abbreviations or initials', () => {
  assert.deepEqual(sentencesOf('Mr. Smith met Dr. Jones. They spoke. J. K. Rowling wrote.'), [
    'Mr. Smith met Dr. Jones.',
    'They spoke.',
    'J. K. Rowling wrote.',
  ]);
  assert.deepEqual(sentencesOf('"We will win," he said. "Never."'), ['"We will win," he said.', '"Never."']);
  assert.deepEqual(sentencesOf('Prices rose 3.5 percent. Good.'), ['Prices rose 3.5 percent.', 'Good.']);
});

test('paragraphs: blank lines when the text has them, otherwise every line', () => {
  assert.equal(tokenize('One line.\nSame paragraph.\n\nNew one.').paragraphs.length, 2);
  assert.equal(tokenize('One.\nTwo.\nThree.').paragraphs.length, 3);
  assert.equal(tokenize('One.\r\n\r\nTwo.').paragraphs.length, 2);
});

test('surrogate pairs and right-to-left text keep UTF-16 offsets', () => {
  const text = '🙂 Ahmed said “مرحبا” to 👍 Smith.';
  const tz = tokenize(text);
  for (const t of tz.tokens) assert.equal(text.slice(t.s, t.e), t.w);
  assert.ok(tz.tokens.some((t) => t.w === 'Smith'));
});

test('markdown masking keeps prose at its offsets and blanks code, URLs, HTML and front matter', () => {
  const md = '---\ntitle: "Not prose"\n---\n# Heading Here\n\nSee [the report](https://example.com/x "t") by **Jane Doe**.\n\n```\ncode "quoted"\n```\n\nInline `code` and <b>html</b> text.\n';
  const masked = maskMarkdown(md);
  assert.equal(masked.length, md.length);
  assert.ok(frontMatterLength(md) > 0);
  assert.ok(!masked.includes('Not prose'));
  assert.ok(!masked.includes('example.com'));
  assert.ok(!masked.includes('code "quoted"'));
  assert.ok(!masked.includes('<b>'));
  assert.equal(masked.indexOf('Jane Doe'), md.indexOf('Jane Doe'));
  assert.equal(masked.indexOf('the report'), md.indexOf('the report'));
  assert.equal(masked.indexOf('Heading Here'), md.indexOf('Heading Here'));
  assert.ok(masked.includes('html'), 'the text inside inline HTML tags stays');
  // newlines are kept, so paragraphs stay apart
  assert.equal(masked.split('\n').length, md.split('\n').length);
});

test('markdown without markup is returned as it is, and the fast path agrees with the parser', () => {
  const plain = 'Keir Starmer said "we will act" on Sunday.\n\nA second paragraph, with commas; and "quotes".';
  assert.equal(maskMarkdown(plain), plain);
  // a list line or emphasis goes through the parser
  assert.equal(maskMarkdown('- item one\n- item two'), '  item one\n  item two');
  assert.equal(maskMarkdown('a *b* c'), 'a  b  c');
  assert.equal(maskMarkdown('    indented code\n\ntext'), '                 \n\ntext');
});
