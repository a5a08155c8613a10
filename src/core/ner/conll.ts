// CoNLL-style NER files (token<TAB>BIO tag, blank line between sentences, -DOCSTART- between documents) turned
// into plain text as a news article would have it, with the gold entities as character spans. The training script
// and the evaluator read the corpora through this, so the tagger is trained and measured on the tokens that
// src/core/text.ts makes of real text, not on the corpora's own tokenisation.

/** Entity types of the corpora; MISC is kept for training and dropped from Byline's output. */
export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity {
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDoc {
  /** the document as text: sentences on their own lines */
  text: string;
  gold: GoldEntity[];
  /** number of the document in its file (0-based) */
  index: number;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', '…', "n't", "'s", "'S", "'m", "'re", "'ve", "'ll", "'d", "’s", '.)', '),', ').', ');', '!!', '??', '..']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '£', '€', '#', '@', '($']);

/** Parses a CoNLL file into documents with text and gold spans (BIO read leniently: a stray I- starts an entity). */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sents: { toks: string[]; tags: string[] }[] = [];
  let cur: { toks: string[]; tags: string[] } = { toks: [], tags: [] };
  const endSent = (): void => {
    if (cur.toks.length) sents.push(cur);
    cur = { toks: [], tags: [] };
  };
  const endDoc = (): void => {
    endSent();
    if (sents.length) docs.push(build(sents, docs.length));
    sents = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) { endDoc(); continue; }
    if (line.trim() === '') { endSent(); continue; }
    const tab = line.indexOf('\t');
    const tok = tab < 0 ? line : line.slice(0, tab);
    const tag = tab < 0 ? 'O' : line.slice(tab + 1).trim() || 'O';
    cur.toks.push(tok);
    cur.tags.push(tag);
  }
  endDoc();
  return docs;
}

function build(sents: { toks: string[]; tags: string[] }[], index: number): ConllDoc {
  // the text is collected in parts and joined once: a string built by += is a rope, which makes every later
  // regular-expression pass over it (the tokenizer's) about twice as slow as over text read from a file
  const parts: string[] = [];
  let len = 0;
  const add = (x: string): void => { parts.push(x); len += x.length; };
  const gold: GoldEntity[] = [];
  for (const s of sents) {
    if (len) add('\n');
    let open: GoldEntity | null = null;
    let dq = false; // inside a double-quoted passage
    let sq = false; // inside a single-quoted passage
    let glueNext = true;
    for (let i = 0; i < s.toks.length; i++) {
      const tok = s.toks[i];
      const prev = i > 0 ? s.toks[i - 1] : '';
      const next = i + 1 < s.toks.length ? s.toks[i + 1] : '';
      let glue = glueNext || NO_SPACE_BEFORE.has(tok);
      glueNext = NO_SPACE_AFTER.has(tok);
      const word = (x: string): boolean => /^[\p{L}\p{N}]/u.test(x) && /[\p{L}\p{N}]$/u.test(x);
      if (tok === '-' && word(prev) && word(next)) { glue = true; glueNext = true; } // "self - medicating"
      else if (tok === '"' || tok === '“' || tok === '”') {
        const opening = tok === '“' || (tok === '"' && !dq);
        if (tok === '"') dq = !dq;
        if (opening) glueNext = true;
        else glue = true;
      } else if (tok === "'" || tok === '‘' || tok === '’') {
        if (/s$/i.test(prev) && !sq && prev.length > 1 && word(prev)) glue = true; // plural possessive "leaders'"
        else {
          const opening = tok === '‘' || (tok === "'" && !sq);
          if (tok === "'") sq = !sq;
          if (opening) glueNext = true;
          else glue = true;
        }
      }
      const start = len + (glue ? 0 : 1);
      add((glue ? '' : ' ') + tok);
      const end = len;
      const tag = s.tags[i];
      const bio = tag[0];
      const type = tag.slice(2) as ConllType;
      if (bio === 'B' || (bio === 'I' && (!open || open.type !== type))) {
        if (open) gold.push(open);
        open = { start, end, type };
      } else if (bio === 'I' && open) open.end = end;
      else if (open) { gold.push(open); open = null; }
    }
    if (open) gold.push(open);
  }
  return { text: parts.join(''), gold, index };
}
