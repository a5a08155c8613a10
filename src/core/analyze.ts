import type { AnalyzeOptions, DocumentAnalysis, Span } from './types';
import { maskMarkdown } from './markdown';
import { tokenize } from './text';
import { findEntities } from './entities';
import { findClaims } from './quotes';
import { findFigures } from './figures';

/** 'markdown' for .md/.markdown paths, 'plaintext' otherwise. */
export function formatForPath(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The article's own date, if its first lines state one ("date 2025-03-02", "March 2, 2025", "2 March 2025"). */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(head);
  if (iso) return iso[0];
  const pad = (n: number): string => String(n).padStart(2, '0');
  const mdy = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/.exec(head);
  if (mdy) return `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1].toLowerCase()) + 1)}-${pad(+mdy[2])}`;
  const dmy = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/.exec(head);
  if (dmy) return `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2].toLowerCase()) + 1)}-${pad(+dmy[1])}`;
  return undefined;
}

/** Re-reads a span's text from the original document (the analysed text may have markup blanked out). */
function fix<T extends Span | null | undefined>(text: string, s: T): T {
  if (s) s.text = text.slice(s.start, s.end);
  return s;
}

/** Analyses one document: entities, claims with speakers, figures. Pure and deterministic. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const prose = options.format === 'markdown' ? maskMarkdown(text) : text;
  const tz = tokenize(prose);
  const ents = findEntities(tz);
  const quotes = findClaims(tz, ents);
  const dateline = findDateline(prose);
  const figures = findFigures(prose, dateline);
  if (prose !== text) {
    for (const m of ents.mentions) { fix(text, m); fix(text, m.role); }
    for (const q of quotes) { fix(text, q); fix(text, q.cue); fix(text, q.speakerMention); }
    for (const f of figures) fix(text, f);
  }
  const out: DocumentAnalysis = { entities: ents.mentions, quotes, figures, clusters: ents.clusters };
  if (dateline) out.dateline = dateline;
  return out;
}
