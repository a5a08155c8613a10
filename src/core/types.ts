// The analysis core's records. Pure data: no `vscode` import anywhere under src/core.
// Offsets are UTF-16 code-unit offsets into the document text (a JavaScript string index):
// `start` inclusive, `end` exclusive, so `text.slice(start, end) === span.text`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** PERSON, ORG, PLACE, or another upper-case word for other kinds. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | (string & {});

/** One mention of a named entity in one document. */
export interface EntityMention extends Span {
  type: EntityType;
  /** Document-local cluster key until the workspace links it; then the canonical id ("person:keir-starmer"). */
  entity: string;
  /** A title or description stated next to the mention ("Kremlin spokesman", "a doctor"), with its span. */
  role?: Span;
  /** A name marked by hand (annotations-v1). */
  added?: true;
  /** Ids of the annotations that shaped this record. */
  annotations?: string[];
}

/** A journalist's note on a span ("commenting"), or a status that found no claim to sit on. */
export interface DocumentNote {
  id: string;
  start: number;
  end: number;
  text: string;
  note?: string;
  status?: string;
}

/**
 * direct / partial / mixed: quotations; indirect: reported speech without quotation marks; and attributions beyond
 * speech, never quoted: stance (endorses, opposes, criticises, urges X to, denies, "support for"), belief (believes,
 * thinks, wants, hopes, fears, expects) and evidence (polls, records, data or studies show; "according to" a
 * document).
 */
export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect' | 'stance' | 'belief' | 'evidence';

/** Every claim kind, in the order the UI lists them. */
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect', 'stance', 'belief', 'evidence'];

/** Kinds that hold no quotation: reported speech and the typed claims. */
export function isUnquotedKind(kind: QuoteKind): boolean {
  return kind === 'indirect' || kind === 'stance' || kind === 'belief' || kind === 'evidence';
}

/** A claim: a direct, partial or mixed quotation, reported speech, or a stance, belief or evidence attributed to a source. */
export interface Quote extends Span {
  kind: QuoteKind;
  /** Entity id of the speaker (document-local key until linked), or null when unknown. */
  speaker: string | null;
  /** The reporting verb or phrase ("said", "according to"), or null. */
  cue: Span | null;
  /** The words the attribution rests on ("he", "Starmer", "officials"), or null. */
  speakerMention: Span | null;
  /** For anonymous sources ("officials", "a source close to the talks"): the description; speaker is then an "anon:" id. */
  anonymous?: boolean;
  /** The journalist's annotations (annotations-v1): a claim added by hand. */
  added?: true;
  /** verified / disputed / needs-source / unverified, as the journalist assessed it. */
  status?: string;
  note?: string;
  /** Ids of the annotations that shaped this record. */
  annotations?: string[];
}

export type FigureKind = 'money' | 'percent' | 'count' | 'date' | 'duration' | 'quantity' | (string & {});

export interface Figure extends Span {
  kind: FigureKind;
  /** A number, or an ISO 8601 string for a date; null when it cannot be normalised. */
  value: number | string | null;
  /** ISO 4217 code for money, a unit word ("people", "km", "%"), or null. */
  unit: string | null;
}

/** An entity as one document knows it: its mentions' cluster. */
export interface LocalEntity {
  key: string;
  type: EntityType;
  /** The fullest name used in the document ("Keir Starmer"). */
  name: string;
  /** Every surface form used ("Starmer", "Keir Starmer"), plus descriptions resolved to it ("the Ukrainian leader"). */
  aliases: string[];
  /** Roles stated in this document ("UK Prime Minister"), each with the offset of its first statement. */
  roles: { role: string; start: number; end: number }[];
}

/** The analysis of one document, independent of any other document. */
export interface DocumentAnalysis {
  entities: EntityMention[];
  quotes: Quote[];
  figures: Figure[];
  /** Local entity clusters, keyed by the `entity` field of mentions and the `speaker` field of quotes. */
  clusters: LocalEntity[];
  /** The article's date if it states one (ISO 8601 day), used to resolve relative dates. */
  dateline?: string;
  /** Set when the document could not be analysed (binary, too large, unreadable). */
  error?: string;
  /** The journalist's notes on spans of this document. */
  notes?: DocumentNote[];
}

/** One real-world entity across the workspace. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
}

export interface ConflictLocation {
  path: string;
  start: number;
  end: number;
}

export interface Conflict {
  kind: 'role' | 'quote' | 'figure';
  message: string;
  locations: ConflictLocation[];
}

export interface AnalyzeOptions {
  /** 'markdown' parses with remark and analyses prose only; anything else is plain text. */
  format?: 'markdown' | 'plaintext';
}
