import type { AnalyzeOptions, DocumentAnalysis, Span } from './types';
import { maskMarkdown } from './markdown';
import { tokenize } from './text';
import { findEntities } from './entities';
import { findClaims } from './quotes';
import { findFigures, MONTH_ABBR, MONTH_NUM, MONTHS_FULL } from './figures';
import { boilerplateRanges, insideRanges } from './boilerplate';

/** 'markdown' for .md/.markdown paths, 'plaintext' otherwise. */
export function formatForPath(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** A month's name, full or abbreviated with or without a period ("Nov.", "Sept", "March"). */
const MONTH = `(${[...MONTHS_FULL, ...MONTH_ABBR].join('|')})\\.?`;

/** "March 2, 2025", "Nov. 4, 2025"; "2 February 2026" (compiled once, not again for every document). */
const MDY_RE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`);
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`);

function monthNumber(name: string): number {
  return MONTH_NUM.get(name.toLowerCase().replace(/\./, '')) ?? 0;
}

/**
 * The article's own date, if its first lines state one: "date 2025-03-02", "Published 2025-11-19", "March 2,
 * 2025", "Updated Nov. 4, 2025 at 6:12 p.m. ET", "OTTAWA, 3 February 2026 –". Only the head of the text is
 * read (a date deep in the story is an event's, not the article's).
 */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, 400);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number): string | undefined => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined);
  const iso = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(head);
  const mdy = MDY_RE.exec(head);
  const dmy = DMY_RE.exec(head);
  // the first date in the text is the article's
  const found = [
    iso && { at: iso.index, date: `${iso[1]}-${iso[2]}-${iso[3]}` },
    mdy && { at: mdy.index, date: valid(+mdy[3], monthNumber(mdy[1]), +mdy[2]) },
    dmy && { at: dmy.index, date: valid(+dmy[3], monthNumber(dmy[2]), +dmy[1]) },
  ].filter((x): x is { at: number; date: string } => !!x && !!x.date);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.date;
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
  // claims are not read from captions, credits, bylines and promotion lines
  const boiler = boilerplateRanges(prose);
  const quotes = boiler.length ? findClaims(tz, ents).filter((q) => !insideRanges(boiler, q.start, q.end)) : findClaims(tz, ents);
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
