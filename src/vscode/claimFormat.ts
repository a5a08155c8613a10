// Words for claims as Byline shows them: kind labels, short document names and the citation that
// "Byline: Copy Claim with Citation" puts on the clipboard. Plain strings, no `vscode` import.
import type { QuoteKind } from '../core';

const KIND_LABELS: Record<string, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  mixed: 'reported speech with quoted words',
  indirect: 'reported speech',
  stance: 'stance',
  belief: 'belief or intention',
  evidence: 'evidence',
};

/** "direct quote", "partial quote", "reported speech with quoted words", "reported speech". */
export function kindLabel(kind: QuoteKind): string {
  return KIND_LABELS[kind] ?? String(kind);
}

/** The file name of a path or URI string ("…/seeds/003_e2d21aa9f853506f.txt" -> "003_e2d21aa9f853506f.txt"). */
export function baseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '').replace(/[/\\]+$/, '');
  const i = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  let name = clean.slice(i + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // not percent-encoded after all
  }
  return name || path;
}

/** A file name shortened in the middle when long: "003_e2d21aa9f853506f.txt" -> "003_e2d21aa9f…506f.txt". */
export function shortName(name: string, max = 22): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const tail = Math.min(10, Math.floor(max / 2.5));
  return chars.slice(0, max - tail - 1).join('') + '…' + chars.slice(-tail).join('');
}

const OPEN_MARKS = /^["“„«‹‘'`]/;

/** Whitespace collapsed; control and bidirectional-override characters dropped (they could disguise text). */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export interface CitationParts {
  /** The claim as it stands in the document. */
  text: string;
  kind: QuoteKind;
  /** The speaker's name, the anonymous source's description, or null when nobody is named. */
  speaker: string | null;
  anonymous: boolean;
  cue: string | null;
  /** The document as the reader should find it: relative to the workspace folder. */
  path: string;
  /** 1-based line of the claim's first character, when known. */
  line?: number;
}

/**
 * A plain-text citation of a claim:
 *
 *   “complete failure” — Moscow (branded), seeds/003_e2d21aa9f853506f.txt, line 51
 *   that Ukraine is more eager than anyone to see peace — Volodymyr Zelensky (reiterated; reported speech), 000.txt, line 5
 *   the committee would meet in June — spokesperson for the central bank (said; anonymous source; reported speech), wire.txt, line 9
 *
 * Quoted words are put between curly double quotes (without the comma that ended them before "she said");
 * reported speech stays unquoted and says so, so that a paraphrase is never passed off as a quote.
 */
export function formatCitation(c: CitationParts): string {
  let text = clean(c.text);
  if (c.kind !== 'indirect' && OPEN_MARKS.test(text)) {
    text = `“${text.replace(/^["“”„«»‹›‘’'`]+|["“”„«»‹›‘’'`,;:\s]+$/g, '')}”`;
  }
  const notes: string[] = [];
  const cue = c.cue ? clean(c.cue) : '';
  if (cue) notes.push(cue);
  if (c.anonymous) notes.push('anonymous source');
  if (c.kind === 'indirect') notes.push('reported speech');
  const who = (c.speaker ? clean(c.speaker) : '') || 'unattributed';
  const line = c.line !== undefined ? `, line ${c.line}` : '';
  return `${text} — ${who}${notes.length ? ` (${notes.join('; ')})` : ''}, ${clean(c.path)}${line}`;
}
