// Gold names written inline in the text, as in test/fixtures/ner: "[Kremlin]{ORG} spokesman [Dmitry Peskov]{PER}".
// `\x` stands for the character x (Wikinews' editorial brackets: "\[[George W.\] Bush]{PER}"). Returns the text
// without markup and the names as character spans of it, in the same shape as the CoNLL reader's documents.
import type { ConllDoc, ConllType, GoldEntity } from './conll';

const TYPES = new Set<ConllType>(['PER', 'ORG', 'LOC']);

/** Parses one annotated article; throws with the offset on malformed markup. */
export function parseInline(content: string, index = 0): ConllDoc {
  let text = '';
  const gold: GoldEntity[] = [];
  let open = -1;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '\\' && i + 1 < content.length) { text += content[++i]; continue; }
    if (c === '[') {
      if (open >= 0) throw new Error(`nested "[" at ${i}`);
      open = text.length;
      continue;
    }
    if (c === ']') {
      const m = /^\]\{(PER|ORG|LOC)\}/.exec(content.slice(i, i + 6));
      if (open < 0 || !m || !TYPES.has(m[1] as ConllType)) throw new Error(`unexpected "]" at ${i}`);
      gold.push({ start: open, end: text.length, type: m[1] as ConllType });
      open = -1;
      i += m[0].length - 1;
      continue;
    }
    if (c === '{' || c === '}') throw new Error(`unescaped "${c}" at ${i}`);
    text += c;
  }
  if (open >= 0) throw new Error('unclosed "["');
  return { text, gold, index };
}
