// Cross-source consistency: one role held by different people at the same time, the same remark in other
// words or from another speaker, and the same fact given with different figures. Findings are deterministic
// and ordered. Each check errs on the side of silence: a false alarm costs a journalist more than a miss.
import type { Conflict, ConflictLocation, DocumentAnalysis, EntityMention, EntityRecord, Figure, Quote, Span } from './types';
import { isUnquotedKind } from './types';
import type { ResolvedDocument } from './workspace';
import * as lex from './lex';
import { claimWords } from './similar';
import { dayOf } from './dates';
import { SAME_STORY_SCORE, StoryEvidence } from './story';
import { sortedIds, Vocabulary, wordsOf } from './wordIds';
import { figureOf } from './compact';
import { SMALL_NUMBERS, TENS_NUMBERS, TOLL_BEFORE, TOLL_LINK } from './figures';

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

/**
 * The office a role phrase names, when it is a single-holder office of a known organisation or country:
 * "NATO Secretary General" and "NATO chief" -> "nato|head"; "Kremlin spokesman" -> "kremlin|spokesperson".
 */
/** "a spokesman for …", "one adviser": one of several holders, not an office. */
const ONE_OF_MANY = /^(a|an|one|another)\s/i;
/** The same article or number as a whole word (before a role's words alone). */
const ONE_OF_MANY_WORD = /^(?:a|an|one|another)\b/i;
/** Ranks below an office: a deputy's, a junior's, a shadow's, a minister of state's, an assistant's, an acting holder's. */
const BELOW_THE_OFFICE = /^(?:deputy|junior|shadow|state|assistant|vice|acting)\b/i;

export function officeOf(role: string, orgs?: ReadonlyMap<string, string>): { office: string; label: string } | null {
  // "a spokesman for …", "one adviser": one of several, not an office
  if (ONE_OF_MANY.test(role)) return null;
  const words = role.replace(/^(the|his|her|their|its)\s+/i, '').split(/\s+/);
  // the longest organisation or place name (or demonym) at the start: "White House", "NATO", "Ukrainian"
  let holder: string | undefined;
  let holderWord = '';
  let n = 0;
  // (an organisation the lexicon does not know is the one the document names by those words, at any length: its
  // entity, "Ghana Ports and Harbours Authority director-general")
  for (let k = Math.min(orgs?.size ? 8 : 4, words.length - 1); k >= 1 && !holder; k--) {
    const w = words.slice(0, k).join(' ');
    // (the document's own organisations first: they hold only names the lexicon does not know, and acronyms the
    // document defines otherwise)
    const h = orgs?.get(w) ?? (k <= 4 ? lex.orgCanonical(w) ?? lex.placeCanonical(w) ?? (k === 1 ? lex.demonymCountry(w) : undefined) : undefined);
    if (h) {
      holder = h;
      holderWord = w;
      n = k;
    }
  }
  const rest = words.slice(n);
  if (!holder || rest.length === 0) return null;
  const restText = rest.join(' ');
  const chief = NATIONAL_CHIEF.test(restText);
  const key = chief ? restText.toLowerCase() : lex.roleKey(restText) ?? lex.roleKey(ministerLast(restText));
  if (!key) return null;
  // the spokesperson of a seat of government ("Kremlin spokesman", "White House spokeswoman") is its press
  // secretary, one person at a time; other organisations have many spokespeople
  // a country's minister of a portfolio ("Peru's interior minister", "French foreign minister") is one person at a
  // time, as its prime minister is (not a deputy, junior or shadow minister, not a minister of a party or a firm)
  const national = / minister$/.test(key) && !BELOW_THE_OFFICE.test(restText) && lex.placeKind(lex.demonymCountry(holderWord) ?? holderWord) === 'country';
  const single = chief || lex.isSingleHolderRole(key) || national || (key === 'spokesperson' && lex.isOrgMetonym(holderWord));
  if (!single) return null;
  return { office: `${holder.toLowerCase()}|${key}`, label: role };
}

/** "minister for health" / "Minister of Finance" as "health minister" / "Finance minister" (not "minister of state"). */
function ministerLast(role: string): string {
  const m = /^(.*?)\b(minister) (?:of|for) (?:the )?(?!state\b)(.+)$/i.exec(role);
  return m ? `${m[1]}${m[3]} ${m[2]}` : role;
}

export { dayOf } from './dates';

/**
 * Two holders of one office in articles whose datelines are further apart than this are a succession, not a
 * contradiction (an office changes hands; an article names whoever held it then).
 */
export const SUCCESSION_DAYS = 90;

/** Whether two documents may describe the same moment: either has no dateline, or their datelines are close. */
function contemporary(a: number | null, b: number | null, days: number): boolean {
  return a === null || b === null || Math.abs(a - b) <= days;
}

/** Words before a role that say its holder no longer (or not yet) holds it: "Former NATO chief Ilse Varga". */
const NOT_IN_OFFICE = /(?:^|[^\p{L}])(?:former|ex|then|late|erstwhile|one-time|onetime|previous|outgoing|incoming|future|would-be|retired|ousted|deposed|sacked|acting)[\s-]+$/iu;

/** The year an article is written in: its dateline's, else the latest year it mentions (undefined if none). */
function yearOfArticle(text: string, dateline: string | undefined): number | undefined {
  if (dateline) return +dateline.slice(0, 4);
  let max: number | undefined;
  for (const m of text.matchAll(/\b(19\d\d|20\d\d)\b/g)) if (max === undefined || +m[1] > max) max = +m[1];
  return max;
}

/**
 * Whether the sentence around a role speaks of the past: it names only years (or decades) well before the
 * article's ("the club's coach in 1987", "who led the city from 1998 to 2006", "in the 1990s").
 */
function pastTenure(text: string, start: number, end: number, year: number | undefined, soft: boolean): boolean {
  if (year === undefined) return false;
  const [a, b] = sentenceAround(text, start, end, soft);
  const years = [...text.slice(a, b).matchAll(/\b(19\d\d|20\d\d)(s)?\b|['’](\d)0s\b/g)].map((m) => (m[1] ? +m[1] + (m[2] ? 9 : 0) : 1900 + +m[3] * 10 + 9));
  return years.length > 0 && Math.max(...years) <= year - 2;
}

/** Documents one shared entity proposes as candidates for the same story, at most. */
const MAX_CANDIDATES = 300;

/**
 * "Peru's interior minister, " right before a name: a country's or body's possessive, a role (in lower case or title
 * case: "Jamaica's Health Minister, Dr "), a comma, and a form of address if any.
 */
const APPOSITIVE_ROLE = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})['’]s ((?:[A-Za-z][a-z-]* ){0,3}[A-Za-z][a-z-]*),? (?:(\p{Lu}\p{L}*)\.? )?$/u;

/**
 * A national office held by one person at a time that news often names without its country ("Chief veterinary
 * officer Dr Alice Mukamana", "the country's chief medical officer, Dr …"): a country has one, as it has one minister
 * of a portfolio.
 */
const NATIONAL_CHIEF = /^chief (?:medical|veterinary|nursing|dental|pharmaceutical|health|public health|plant health|environmental health|scientific) officer$|^chief (?:scientist|statistician|scientific advis[eo]r)$/i;

/** "the country's chief veterinary officer, " right before a name: the office of the one country the document names. */
const COUNTRY_ROLE = /(?:^|[^\p{L}])(?:[Tt]he (?:country|nation)['’]s|[Tt]he national) ((?:[a-z-]+ ){1,3}[a-z-]+), (?:(\p{Lu}\p{L}*)\.? )?$/u;

function countryRole(text: string, start: number): Span | undefined {
  const head = text.slice(Math.max(0, start - 80), start);
  if (!head.includes('he nation') && !head.includes('he country')) return undefined;
  const m = COUNTRY_ROLE.exec(head);
  if (!m || (m[2] !== undefined && !lex.isHonorific(m[2])) || !NATIONAL_CHIEF.test(m[1])) return undefined;
  const at = start - m[0].length + m[0].lastIndexOf(m[1]);
  return { text: m[1], start: at, end: at + m[1].length };
}

/** The role in apposition right before a name at `start` ("Peru's interior minister, Ana Ruiz"), as a span. */
function appositiveRole(text: string, start: number): Span | undefined {
  const head = text.slice(Math.max(0, start - 80), start);
  // (only where a possessive is: most names have none before them)
  if (!head.includes("'s ") && !head.includes('’s ')) return undefined;
  const m = APPOSITIVE_ROLE.exec(head);
  if (!m || (m[3] !== undefined && !lex.isHonorific(m[3]))) return undefined;
  const roleText = `${m[1]} ${m[2]}`;
  const base = start - m[0].length;
  const i1 = m[0].indexOf(m[1]);
  return { text: roleText, start: base + i1, end: base + m[0].indexOf(m[2], i1 + m[1].length) + m[2].length };
}

/**
 * A role of an organisation described by its kind or by "its", right before a name ("the agency's chief executive,
 * Sarah Wambui,", "Its chief executive, Sarah Wambui,") or right after it ("Sarah Wambui, the agency's chief
 * executive,", "…, its chief executive,"): the kind's word in lower case (or "its"), then role words.
 */
const DESCRIBED_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he (\p{Ll}+)['’]s|[Ii]ts) ((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*[a-z]), (?:(\p{Lu}\p{L}*)\.? )?$/u;
const DESCRIBED_AFTER = /^, +(?:the (\p{Ll}+)['’]s|its) ((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*[a-z])(?=[,.;:)]|$)/u;

/**
 * "The agency's chief executive, NAME" (or "NAME, the agency's chief executive,"): the office of the nearest
 * organisation named before whose name has that word ("the Anti-Doping Agency of Kenya"); "its", of the nearest
 * organisation named in the 300 characters before. None when no organisation named before fits ("the company's"
 * after only an agency), so a description is never guessed onto another body.
 */
function describedRole(text: string, m: EntityMention, entities: EntityMention[]): { span: Span; office: string } | undefined {
  let span: Span;
  let kind: string | undefined;
  let role: string;
  const head = text.slice(Math.max(0, m.start - 80), m.start);
  const b = /, (?:\p{Lu}\p{L}*\.? )?$/u.test(head) && /(?:['’]s|[Ii]ts) /.test(head) ? DESCRIBED_BEFORE.exec(head) : null;
  if (b && (b[3] === undefined || lex.isHonorific(b[3]))) {
    const from = m.start - b[0].length + b[0].search(/[Tt]he |[Ii]ts /);
    const end = m.start - b[0].length + b[0].lastIndexOf(b[2]) + b[2].length;
    span = { start: from, end, text: text.slice(from, end) };
    [kind, role] = [b[1], b[2]];
  } else {
    const a = text.charCodeAt(m.end) === 44 ? DESCRIBED_AFTER.exec(text.slice(m.end, m.end + 80)) : null;
    if (!a) return undefined;
    const from = m.end + a[0].search(/the |its /);
    span = { start: from, end: m.end + a[0].length, text: text.slice(from, m.end + a[0].length) };
    [kind, role] = [a[1], a[2]];
  }
  const upTo = Math.min(span.start, m.start);
  const before = entitiesIn(entities, Math.max(0, upTo - (kind === undefined ? 300 : 3000)), upTo);
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i];
    if (e.type !== 'ORG' || (kind !== undefined && !e.text.toLowerCase().split(/[^\p{L}]+/u).includes(kind))) continue;
    return { span, office: `${e.text} ${role}` };
  }
  return undefined;
}

/** "Minister of the Interior Ana Ruiz", "Minister for Health Ana Ruiz": a title the recogniser leaves out (for its "of"). */
const MINISTER_OF_BEFORE = /(?:^|[^\p{L}])([Mm]inister (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?:(?:,? | and | & )\p{Lu}[\p{L}-]*){0,3}) $/u;
/** "The interior minister, Ana Ruiz," / "The Peruvian interior minister, Ana Ruiz,": a role before the name. */
const THE_ROLE_BEFORE = /(?:^|[^\p{L}])[Tt]he ((?:\p{Lu}\p{L}+ )?(?:[a-z-]+ ){0,3}[a-z-]+), (?:(\p{Lu}\p{L}*)\.? )?$/u;
/** ", Peru's interior minister," / ", the interior minister," / ", minister of the interior," after the name. */
const ROLE_AFTER = /^, +(?:the +)?(?:(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})(?:['’]s)? +)?([a-z][a-z-]*(?: [a-z-]+){0,3})(?=[,.;:)]|$)/u;

/** Whether a capitalised word before a role names a country: "Peru", "Peru's", "Peruvian". */
function countryWord(w: string): boolean {
  return lex.demonymCountry(w) !== undefined || lex.placeKind(w) === 'country';
}

/**
 * A role of a country around a person's name that neither the recogniser nor an organisation's apposition gives:
 * "Minister of the Interior Ana Ruiz", "The (Peruvian) interior minister, Ana Ruiz,", "Ana Ruiz, (Peru's|the)
 * interior minister,", "Ana Ruiz, minister of the interior,". With its country named it is that country's; without,
 * `national` (a minister's or a national chief officer's, of the one country the document names).
 */
function nationalRole(text: string, m: EntityMention): { span: Span; office: string; national: boolean } | undefined {
  const r = nationalRoleAround(text, m);
  // one of several ("a deputy interior minister", "the junior health minister") holds no office of one
  const words = r?.office.replace(/^\p{Lu}\p{L}*(?:['’]s)? /u, '');
  return r && !ONE_OF_MANY_WORD.test(words!) && !BELOW_THE_OFFICE.test(words!) ? r : undefined;
}


function nationalRoleAround(text: string, m: EntityMention): { span: Span; office: string; national: boolean } | undefined {
  const head = text.slice(Math.max(0, m.start - 80), m.start);
  // (the patterns only where their fixed words are: most names have none of these around them)
  const t = head.includes('inister ') ? MINISTER_OF_BEFORE.exec(head) : null;
  if (t) {
    const start = m.start - t[0].length + t[0].indexOf(t[1]);
    return { span: { start, end: start + t[1].length, text: t[1] }, office: t[1], national: true };
  }
  const b = /, (?:\p{Lu}\p{L}*\.? )?$/u.test(head) && /[Tt]he /.test(head) ? THE_ROLE_BEFORE.exec(head) : null;
  if (b && (b[2] === undefined || lex.isHonorific(b[2]))) {
    const first = /^\p{Lu}\p{L}+/u.exec(b[1])?.[0];
    if (first === undefined || countryWord(first)) {
      const start = m.start - b[0].length + b[0].indexOf(b[1]);
      return { span: { start, end: start + b[1].length, text: b[1] }, office: b[1], national: first === undefined };
    }
  }
  const a = text.charCodeAt(m.end) === 44 ? ROLE_AFTER.exec(text.slice(m.end, m.end + 80)) : null;
  if (a && (a[1] === undefined || countryWord(a[1].replace(/['’]s$/, '')))) {
    const start = m.end + a[0].search(/\p{L}/u);
    const end = m.end + a[0].length;
    return { span: { start, end, text: text.slice(start, end) }, office: a[1] === undefined ? a[2] : `${a[1]} ${a[2]}`, national: a[1] === undefined };
  }
  return undefined;
}

/**
 * The organisations a document names that the lexicon does not know, by the words naming them: the entity each
 * stands for ("Ghana Ports and Harbours Authority" and "GPHA" both "org:ghana-ports-and-harbours-authority").
 */
function orgsNamed(entities: EntityMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) if (e.type === 'ORG' && !out.has(e.text) && lex.orgCanonical(e.text) === undefined) out.set(e.text, e.entity);
  // an acronym the document defines as another organisation's ("the Kenya Ports Authority (KPA)") is that
  // organisation here, whatever the lexicon knows by those letters
  const named = new Set(out.values());
  for (const e of entities) if (e.type === 'ORG' && named.has(e.entity) && !out.has(e.text) && /^[A-Z]{2,6}$/.test(e.text)) out.set(e.text, e.entity);
  return out;
}

/** Role words of an apposition: one to four words, lower or title case, hyphens inside ("director-general"). */
const ROLE_WORDS = /^(?:[A-Za-z][a-z-]*[a-z] ){0,3}[A-Za-z][a-z-]*[a-z]$/;
/** What may follow an apposition's role after the name ("…, the secretary general of NATO, said"). */
const APPOSITION_END = /^\s*(?:[,.;:)]|$)/;

/**
 * A role of an organisation in apposition around a person's name, as `office`, the words officeOf reads (the
 * organisation first), and the span it covers:
 * - after the name: "Jens Halvorsen, NATO's secretary general," / "…, the secretary general of NATO," /
 *   "…, NATO secretary general,";
 * - before it: "the secretary general of NATO, Jens Halvorsen," / "the director-general of the Ghana Ports and
 *   Harbours Authority (GPHA), Mrs Akosua Frimpong-Manso".
 * The organisation is a name the document's recogniser found there; "a"/"an" before the role makes it one of
 * several (officeOf refuses it), "former" or "acting" one not held now (NOT_IN_OFFICE).
 */
function roleOfOrganisation(text: string, m: EntityMention, entities: EntityMention[]): { span: Span; office: string } | undefined {
  const r = appositionOfOrganisation(text, m, entities);
  return r && !NOT_NOW_WORD.test(r.span.text) ? r : undefined;
}

/** A word inside a role that says it is not held now ("the former secretary general of NATO"). */
const NOT_NOW_WORD = /(?:^|[\s-])(?:former|ex|then|late|erstwhile|one-time|onetime|previous|outgoing|incoming|future|would-be|retired|ousted|deposed|sacked|acting|interim)[\s-]/i;

function appositionOfOrganisation(text: string, m: EntityMention, entities: EntityMention[]): { span: Span; office: string } | undefined {
  // (mentions are in text order: found by binary search, entitiesIn)
  const orgAt = (at: number): EntityMention | undefined => entitiesIn(entities, at, at + 120).find((e) => e.type === 'ORG' && e.start === at);
  const orgEndingAt = (end: number): EntityMention | undefined => entitiesIn(entities, Math.max(0, end - 120), end).find((e) => e.type === 'ORG' && e.end === end);
  // after the name
  const after = /^, +(?:(the|an?) +)?/.exec(text.slice(m.end, m.end + 8));
  if (after) {
    const from = m.end + after[0].length;
    const org = orgAt(from);
    if (org) {
      // "NATO's secretary general," / "NATO secretary general,"
      const poss = /^(?:['’]s)? +((?:[A-Za-z][a-z-]*[a-z] ){0,3}[A-Za-z][a-z-]*[a-z])/.exec(text.slice(org.end, org.end + 60));
      if (poss && !after[1] && APPOSITION_END.test(text.slice(org.end + poss[0].length, org.end + poss[0].length + 2))) {
        return { span: { start: from, end: org.end + poss[0].length, text: text.slice(from, org.end + poss[0].length) }, office: `${org.text} ${poss[1]}` };
      }
    } else {
      // "the secretary general of NATO,", "chief executive at the Kenya Ports Authority,"
      const of = /^((?:[A-Za-z][a-z-]*[a-z] ){0,3}[A-Za-z][a-z-]*[a-z]) (?:of|at) (?:the )?/.exec(text.slice(from, from + 60));
      const o2 = of ? orgAt(from + of[0].length) : undefined;
      if (of && o2 && APPOSITION_END.test(text.slice(o2.end, o2.end + 2))) {
        return { span: { start: from, end: o2.end, text: text.slice(from, o2.end) }, office: `${after[1] && after[1] !== 'the' ? `${after[1]} ` : ''}${o2.text} ${of[1]}` };
      }
    }
  }
  // before the name: "the secretary general of NATO, [Mrs ]NAME"
  const before = /(?:^|[^\p{L}])(the|an?) ((?:[A-Za-z][a-z-]*[a-z] ){0,3}[A-Za-z][a-z-]*[a-z]) of (?:the )?$/iu;
  const lead = /(?: \([A-Z][A-Za-z&]{1,9}\))?, (?:(\p{Lu}\p{L}*)\.? )?$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (lead && (lead[1] === undefined || lex.isHonorific(lead[1]))) {
    const org = orgEndingAt(m.start - lead[0].length);
    const b = org ? before.exec(text.slice(Math.max(0, org.start - 70), org.start)) : null;
    if (org && b && ROLE_WORDS.test(b[2])) {
      const start = text.lastIndexOf(b[2], org.start);
      return { span: { start, end: org.end, text: text.slice(start, org.end) }, office: `${b[1].toLowerCase() === 'the' ? '' : `${b[1]} `}${org.text} ${b[2]}` };
    }
  }
  return undefined;
}

/** The one country a document names (a place whose kind is country), or null when none or several. */
function soleCountry(entities: EntityMention[]): string | null {
  let found: string | null = null;
  for (const e of entities) {
    if (e.type !== 'PLACE' || lex.placeKind(e.text) !== 'country') continue;
    const c = lex.placeCanonical(e.text) ?? e.text;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}

function* roleConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>, story: StoryEvidence, textOf?: (path: string) => string | undefined): Generator<void, Conflict[]> {
  interface Holder { locs: ConflictLocation[]; labels: string[]; paths: Set<string> }
  // office -> holder id -> locations
  const offices = new Map<string, { label: string; holders: Map<string, Holder> }>();
  const dateOf = new Map<string, number | null>();
  // officeOf by role text, for this run: the same few role phrases recur across an archive's documents
  const officeByRole = new Map<string, { office: string; label: string } | null>();
  for (const d of docs) {
    yield;
    dateOf.set(d.path, dayOf(d.analysis.dateline));
    const text = textOf?.(d.path);
    // the article's year and paragraphs, read from its text only for a document naming an office holder (most
    // name none: a scan of every text cost a tenth of this check)
    let year: number | undefined;
    let soft: boolean | undefined;
    let country: string | null | undefined; // the one country the document names (looked for once, when needed)
    let orgs: Map<string, string> | undefined; // the organisations it names that the lexicon does not know (likewise)
    for (const m of d.analysis.entities) {
      if (m.type !== 'PERSON') continue;
      // a role in apposition before the name ("Peru's interior minister, Ana Ruiz,") counts for the office too, and
      // one of an organisation around the name ("Ana Ruiz, the secretary general of NATO,")
      let role = m.role ?? (text !== undefined ? appositiveRole(text, m.start) : undefined);
      // a national office "of the country" ("the country's chief veterinary officer, Dr X,") is read as one
      // named without its country
      let national = role !== undefined && role === m.role;
      if (!role && text !== undefined) {
        role = countryRole(text, m.start);
        national = role !== undefined;
      }
      let officeText = role?.text;
      // a role the recogniser gave without its organisation, after the organisation's possessive ("Kenya Ports
      // Authority's chief executive Peter Lagat"): that organisation's
      if (role !== undefined && role === m.role && text !== undefined) {
        const owner = entitiesIn(d.analysis.entities, Math.max(0, role.start - 120), role.start).find((e) => e.type === 'ORG' && /^['’]s $/.test(text.slice(e.end, role!.start)));
        if (owner) {
          officeText = `${owner.text} ${role.text}`;
          role = { start: owner.start, end: role.end, text: text.slice(owner.start, role.end) };
          national = false;
        }
      }
      if (!role && text !== undefined) {
        const r = roleOfOrganisation(text, m, d.analysis.entities) ?? describedRole(text, m, d.analysis.entities);
        if (r && !NOT_NOW_WORD.test(r.span.text)) [role, officeText] = [r.span, r.office];
      }
      if (!role && text !== undefined) {
        const r = nationalRole(text, m);
        if (r && !NOT_NOW_WORD.test(r.span.text)) [role, officeText, national] = [r.span, r.office, r.national];
      }
      if (!role || officeText === undefined) continue;
      let o: { office: string; label: string } | null | undefined;
      orgs ??= orgsNamed(d.analysis.entities);
      if (orgs.size === 0) {
        o = officeByRole.get(officeText);
        if (o === undefined) officeByRole.set(officeText, (o = officeOf(officeText)));
      } else o = officeOf(officeText, orgs);
      if (o) o = { office: o.office, label: role.text };
      // a minister's portfolio named without its country ("Interior Minister Ana Ruiz") in a document that names
      // one country only: that country's (not a president or governor: states, cities and councils have them too;
      // not a prime or first minister, whom foreign news names with the country's name left out as often)
      // (and a national chief officer's: "Chief veterinary officer Dr Alice Mukamana")
      const plain = !o && national ? ministerLast(officeText) : officeText;
      if (!o && national && ((/ minister$/i.test(plain) && !/(?:prime|first) minister$/i.test(plain)) || NATIONAL_CHIEF.test(plain))) {
        country ??= soleCountry(d.analysis.entities);
        if (country) {
          const key = `${country} ${plain}`;
          let c = officeByRole.get(key);
          if (c === undefined) officeByRole.set(key, (c = officeOf(key)));
          if (c) o = { office: c.office, label: role.text };
        }
      }
      if (!o) continue;
      if (text !== undefined && NOT_IN_OFFICE.test(text.slice(Math.max(0, role.start - 24), role.start))) continue;
      // a holder named in passing from years before ("the club's coach in 1987") is no rival of today's
      if (text !== undefined && soft === undefined) {
        year = yearOfArticle(text, d.analysis.dateline);
        soft = /\n[ \t\r]*\n/.test(text);
      }
      if (text !== undefined && pastTenure(text, role.start, m.end, year, soft!)) continue;
      let off = offices.get(o.office);
      if (!off) offices.set(o.office, (off = { label: o.label, holders: new Map() }));
      let h = off.holders.get(m.entity);
      if (!h) off.holders.set(m.entity, (h = { locs: [], labels: [], paths: new Set() }));
      // (the role may come after the name: "Peter Lagat, chief executive of …")
      h.locs.push({ path: d.path, start: Math.min(role.start, m.start), end: Math.max(role.end, m.end) });
      h.labels.push(role.text);
      h.paths.add(d.path);
    }
  }
  const out: Conflict[] = [];
  for (const [, off] of [...offices.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (off.holders.size < 2) continue;
    yield;
    // only documents that name another holder at about the same time take part: articles years apart that
    // name different holders record a succession
    const entries = [...off.holders.entries()];
    const keep = new Map<string, Set<string>>();
    // the holders each document names for this office
    const named = new Map<string, string[]>();
    for (const [id, h] of entries) {
      for (const p of h.paths) {
        const l = named.get(p);
        if (l) l.push(id);
        else named.set(p, [id]);
      }
    }
    const pair = (pa: string, pb: string): void => {
      for (const x of named.get(pa)!) {
        for (const y of named.get(pb)!) {
          if (x === y) continue;
          if (!keep.has(x)) keep.set(x, new Set());
          if (!keep.has(y)) keep.set(y, new Set());
          keep.get(x)!.add(pa);
          keep.get(y)!.add(pb);
        }
      }
    };
    const paths = [...named.keys()];
    // one document naming two holders
    for (const p of paths) if (named.get(p)!.length > 1) pair(p, p);
    // two dated documents: contemporary datelines (a sweep over the documents in date order)
    // pairing two dated documents keeps each for a holder it names when the other names a different one: so
    // a dated document is kept for every holder it names when the documents within SUCCESSION_DAYS of it
    // (itself included) name two holders or more, found with a window sliding over them in date order (a
    // pair per two documents cost most of the archive's conflicts on large offices)
    const dated = paths.filter((p) => dateOf.get(p) != null).sort((a, b) => dateOf.get(a)! - dateOf.get(b)!);
    const inWindow = new Map<string, number>();
    const enter = (p: string): void => {
      for (const x of named.get(p)!) inWindow.set(x, (inWindow.get(x) ?? 0) + 1);
    };
    const leave = (p: string): void => {
      for (const x of named.get(p)!) {
        const n = inWindow.get(x)! - 1;
        if (n === 0) inWindow.delete(x);
        else inWindow.set(x, n);
      }
    };
    for (let i = 0, lo = 0, hi = 0; i < dated.length; i++) {
      const day = dateOf.get(dated[i])!;
      while (hi < dated.length && dateOf.get(dated[hi])! - day <= SUCCESSION_DAYS) enter(dated[hi++]);
      while (day - dateOf.get(dated[lo])! > SUCCESSION_DAYS) leave(dated[lo++]);
      if (inWindow.size < 2) continue;
      for (const x of named.get(dated[i])!) {
        let k = keep.get(x);
        if (!k) keep.set(x, (k = new Set()));
        k.add(dated[i]);
      }
    }
    // an undated document: only documents that report the same story say the same moment; candidates are the
    // documents of this office that share an entity with it
    // (the documents by their place in `paths`, each with its number in the story evidence)
    const byEntity = new Map<number, number[]>();
    const storyNo = new Int32Array(paths.length);
    for (let k = 0; k < paths.length; k++) {
      storyNo[k] = story.no(paths[k]);
      for (const e of story.evidence(paths[k])) {
        const l = byEntity.get(e);
        if (l) l.push(k);
        else byEntity.set(e, [k]);
      }
    }
    // each candidate compared once per undated document: marked with the document's place (plus one)
    const metFor = new Int32Array(paths.length);
    for (let a = 0; a < paths.length; a++) {
      const pa = paths[a];
      if (dateOf.get(pa) != null) continue;
      yield;
      metFor[a] = a + 1;
      for (const e of story.evidence(pa)) {
        const with_ = byEntity.get(e)!;
        // a name in hundreds of this office's articles says little: it proposes no candidates of its own
        if (with_.length > MAX_CANDIDATES) continue;
        for (const b of with_) {
          if (metFor[b] === a + 1) continue;
          metFor[b] = a + 1;
          if (story.sameOf(storyNo[a], storyNo[b])) pair(pa, paths[b]);
        }
      }
    }
    // one person named two ways ("Ellis" in one article, "Ellis Marchetti" in another) is one holder
    if (keep.size < 2 || distinctPeople([...keep.keys()], records).size < 2) continue;
    const holders = entries
      .filter(([id]) => keep.has(id))
      .map(([id, h]): [string, Holder] => {
        const paths = keep.get(id)!;
        const idx = h.locs.map((_, i) => i).filter((i) => paths.has(h.locs[i].path));
        return [id, { locs: idx.map((i) => h.locs[i]), labels: [...new Set(idx.map((i) => h.labels[i]))], paths }];
      })
      .sort((a, b) => a[1].locs.length - b[1].locs.length);
    const label = [...holders[holders.length - 1][1].labels].sort((a, b) => b.length - a.length)[0] ?? off.label;
    const parts = holders.map(([id, h]) => {
      const docsOf = [...new Set(h.locs.map((l) => baseName(l.path)))].join(', ');
      return `${records.get(id)?.name ?? id} (${h.labels.join(' / ')}; ${docsOf})`;
    });
    out.push({
      kind: 'role',
      message: `${label}: ${parts.slice(0, -1).join(', ')} but ${parts[parts.length - 1]}`,
      locations: holders.flatMap(([, h]) => h.locs),
    });
  }
  return out;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'it', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'his', 'her', 'their', 'its', 'as', 'at', 'by', 'from', 'but', 'not', 'have', 'has', 'had', 'all', 'will', 'would']);

/** A word that says something: not a stop word, longer than two letters. */
function isContentWord(w: string): boolean {
  return w.length > 2 && !STOP.has(w);
}

/** A light stem, so that a paraphrase's inflections match ("paying" / "pay", "funding" / "fund", "debts" / "debt"). */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WORD_RUN = /[\p{L}\p{N}'-]+/gu;
const ASCII_WORD_RUN = /[A-Za-z0-9'-]+/g;

/**
 * The words of a text, lower-cased and decomposed (NFKD): its runs of letters, digits, apostrophes and hyphens
 * (what is left when every other sign is a space). A text in ASCII, most of them, is already decomposed.
 */
function wordRuns(text: string): string[] {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower.match(ASCII_WORD_RUN) ?? [];
  return lower.normalize('NFKD').match(WORD_RUN) ?? [];
}

/** A word run without the apostrophes and hyphens around it ("'tis'" -> "tis", "--" -> ""). */
function trimMarks(w: string): string {
  let s = 0, e = w.length;
  while (s < e && (w.charCodeAt(s) === 39 || w.charCodeAt(s) === 45)) s++;
  while (e > s && (w.charCodeAt(e - 1) === 39 || w.charCodeAt(e - 1) === 45)) e--;
  return s === 0 && e === w.length ? w : w.slice(s, e);
}

/**
 * The words of a claim's wording, lower-cased: typographic apostrophes are straight ones and marks that are no word
 * ("--" for a dash, a lone apostrophe) are dropped, so that two papers' house styles ("America’s" / "America's",
 * "--" / "—") give one wording.
 */
function quoteWords(inner: string): string[] {
  const out: string[] = [];
  for (const w of wordRuns(inner.replace(/[‘’ʼ]/g, "'"))) {
    const t = trimMarks(w);
    if (t) out.push(NUMBER_WORDS.get(t) ?? t);
  }
  return out;
}

/**
 * Numbers in words as digits ("twenty" and "20", "twenty-five" and "25"): house styles spell numbers differently
 * ("twenty years of diving" / "20 years of diving"), which is no rewording.
 */
const NUMBER_WORDS = new Map<string, string>();
for (const [w, n] of SMALL_NUMBERS) NUMBER_WORDS.set(w, String(n));
for (const [t, n] of TENS_NUMBERS) {
  NUMBER_WORDS.set(t, String(n));
  for (const [u, k] of SMALL_NUMBERS) if (k >= 1 && k <= 9) NUMBER_WORDS.set(`${t}-${u}`, String(n + k));
}

function normQuote(words: string[]): string {
  return ` ${words.join(' ')} `;
}

/** Whether a speaker id is a named person's. */
function isPersonIn(records: Map<string, EntityRecord>, id: string | null): id is string {
  return id !== null && records.get(id)?.type === 'PERSON';
}

/**
 * The people among speaker ids, one per person: a name whose words are all in another's ("Lin" and "Lin Wei",
 * a family name written first) is the same person.
 */
function distinctPeople(ids: string[], records: Map<string, EntityRecord>): Set<string> {
  const words = new Map<string, string[]>();
  for (const id of new Set(ids)) words.set(id, nameWords(records.get(id)?.name ?? id));
  const out = new Set<string>();
  for (const [id, w] of words) {
    // (the same words: one person named alike by two outlets, counted once)
    const inOther = [...words].some(([other, ow]) => other !== id && (ow.length > w.length || (ow.length === w.length && other < id)) && w.every((x) => ow.includes(x)));
    if (!inOther) out.add(id);
  }
  return out;
}

/**
 * A person's name as words compared across outlets' spellings: lower case without accents, middle initials dropped
 * ("Sergey V. Lavrov"), and a given name's final "y" read as "i" ("Sergey" / "Sergei", "Dmitry" / "Dmitri").
 */
function nameWords(name: string): string[] {
  const w = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s-]+/).filter(Boolean);
  const kept = w.length > 2 ? w.filter((x, i) => i === 0 || i === w.length - 1 || !/^\p{L}\.?$/u.test(x)) : w;
  return kept.map((x, i) => (i < kept.length - 1 && x.length > 3 ? x.replace(/ey$/, 'ei').replace(/y$/, 'i') : x));
}

/** Content words of a text (stemmed), for comparing what two claims are about. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordRuns(text)) {
    // without apostrophes and hyphens around it, nor a final "'s"
    let t = trimMarks(w);
    if (t.endsWith("'s")) t = t.slice(0, -2);
    if (isContentWord(t)) out.add(stem(t));
  }
  return out;
}

function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Share of the longer wording's content words below which a shorter one joins it only as an excerpt (excerptOf). */
const EXCERPT_SHARE = 0.5;

/** The content words of a wording's words in their order (stemmed, repeats kept). */
function contentStems(words: string[]): string[] {
  const out: string[] = [];
  for (const x of words) if (isContentWord(x)) out.push(stem(x));
  return out;
}

/**
 * Whether wording `short` is an excerpt of `long`: at least three quarters of its content words appear in `long`
 * in the same order within a stretch not much longer than `short` (a word may be cut or changed, as an excerpt's
 * editor does), not merely somewhere in it.
 */
function excerptOf(short: Stemmed, long: Stemmed): boolean {
  const a = (short.stems ??= contentStems(short.words)), b = (long.stems ??= contentStems(long.words));
  if (a.length === 0) return false;
  const need = Math.ceil(0.75 * a.length);
  const reach = 2 * a.length + 3;
  // (a stretch with fewer words left than `need`, or with fewer words of `short` left to match, cannot make it)
  for (let s = 0; s + need <= b.length; s++) {
    // a stretch of `long` starting at s, matched against `short` in order (words of `short` may be skipped)
    let k = 0, got = 0;
    for (let t = s; t < b.length && t - s < reach && k < a.length && got + a.length - k >= need; t++) {
      let m = k;
      while (m < a.length && a[m] !== b[t]) m++;
      if (m < a.length) {
        got++;
        k = m + 1;
      }
    }
    if (got >= need) return true;
  }
  return false;
}

/** A wording's words, and its content words in order once excerptOf has asked for them. */
interface Stemmed {
  words: string[];
  stems?: string[];
}

/**
 * The wordings listed under each word (ascending), each under its nj - need + 1 rarest words only (see
 * quoteConflicts); wordings that can join no centre under none. A plain function: V8 optimises a generator's
 * loops late or never.
 */
function rareWordIndex(itemStart: Int32Array, itemWords: Int32Array, wordCount: number[]): number[][] {
  const byWord: number[][] = [];
  for (let k = 0; k < wordCount.length; k++) byWord.push([]);
  const byRarity = (a: number, b: number): number => wordCount[a] - wordCount[b] || a - b;
  const order: number[] = [];
  for (let j = 0; j + 1 < itemStart.length; j++) {
    const nj = itemStart[j + 1] - itemStart[j];
    let need = 2;
    while (need <= nj && need / nj < 0.75) need++;
    if (need > nj) continue; // can join no centre
    order.length = 0;
    for (let x = itemStart[j]; x < itemStart[j + 1]; x++) order.push(itemWords[x]);
    order.sort(byRarity);
    for (let x = 0; x <= nj - need; x++) byWord[order[x]].push(j);
  }
  return byWord;
}

/** The state of quoteConflicts' grouping of wordings around centres (see groupAround). */
interface Grouping {
  items: Stemmed[];
  itemStart: Int32Array;
  itemWords: Int32Array;
  byWord: number[][];
  centreOf: number[];
  /** The candidates of a centre in the order first met, each once (metBy: the centre's number + 1). */
  metBy: Int32Array;
  touched: number[];
  /** The centre's words, marked by its number + 1. */
  inCentre: Int32Array;
  /** Where each word's list is read from: past the centres already taken (centres come in ascending order). */
  from: Int32Array;
}

/**
 * The group of centre i: i and the wordings after it, not in a group yet, that are directly similar to it (they
 * join it). A function of its own, not a part of quoteConflicts: V8 optimises a generator's loops late or never.
 */
function groupAround(gr: Grouping, i: number): number[] {
  const { items, itemStart, itemWords, byWord, centreOf, metBy, inCentre, from, touched } = gr;
  centreOf[i] = i;
  const g = [i];
  touched.length = 0;
  for (let x = itemStart[i]; x < itemStart[i + 1]; x++) inCentre[itemWords[x]] = i + 1;
  for (let x = itemStart[i]; x < itemStart[i + 1]; x++) {
    const k = itemWords[x];
    const list = byWord[k];
    let c = from[k];
    while (c < list.length && list[c] <= i) c++;
    from[k] = c;
    for (; c < list.length; c++) {
      const j = list[c];
      if (centreOf[j] === -1 && metBy[j] !== i + 1) {
        metBy[j] = i + 1;
        touched.push(j);
      }
    }
  }
  for (const j of touched) {
    let n = 0;
    for (let x = itemStart[j]; x < itemStart[j + 1]; x++) if (inCentre[itemWords[x]] === i + 1) n++;
    const ni = itemStart[i + 1] - itemStart[i], nj = itemStart[j + 1] - itemStart[j];
    // most of the shorter one's words in the longer: the same remark when they are most of the longer one's
    // too, else only when the shorter is an excerpt of it (its words in order, close together: words of
    // a four-word remark are somewhere in any long speech)
    if (n >= 2 && n / Math.min(ni, nj) >= 0.75 && (n / Math.max(ni, nj) >= EXCERPT_SHARE || excerptOf(items[j], items[i]))) {
      centreOf[j] = i;
      g.push(j);
    }
  }
  return g;
}

/** Wordings with fewer content words than this are short: stock phrases and scare quotes live here. */
const SHORT_WORDING = 3;
/** Uses of one wording compared with others, at most (in path order). */
const MAX_USES = 50;
/** Content words from which a nearly identical wording is evidence of the same story by itself. */
const LONG_WORDING = 5;
/** A short wording (at most SLOGAN_WORDS content words) given to this many speakers is a phrase they repeat. */
const REPEATED_BY = 3;
const SLOGAN_WORDS = 5;
/** Wordings of different named people are one remark only when this many content words agree, nearly all. */
const SAME_WORDS_FOR_TWO_PEOPLE = 4;

/**
 * Same remark in different words, or given to different speakers, across documents that report the same story
 * (story.ts). Identical wordings are pooled first (a story syndicated fifty times is one wording); then each
 * wording is compared with the longest wordings directly (no chains: A like B and B like C does not make A like
 * C). A short wording (a stock phrase, a scare quote) is one remark only when both claims are about the same
 * thing (their words outside the quotation marks agree); a remark given to two different named people only
 * when the wordings are nearly identical over several content words.
 */
function* quoteConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>, story: StoryEvidence, textOf?: (path: string) => string | undefined): Generator<void, Conflict[]> {
  // the words around a claim, numbered (a set of strings per claim took tens of MB in an archive)
  interface Use { path: string; doc: number; q: Quote; context: Int32Array }
  const vocab = new Vocabulary();
  interface Wording {
    key: string;
    words: string[];
    /** Its content words in order (contentStems), once excerptOf has asked for them. */
    stems: string[] | undefined;
    content: Set<string>;
    /** Its fragments' keys (one, the key, unless the claim quotes several fragments). */
    parts: string[];
    uses: Use[];
  }
  const byKey = new Map<string, Wording>();
  for (const d of docs) {
    yield;
    const text = textOf?.(d.path);
    let soft: boolean | undefined; // the text's paragraphs, looked for once (see sentenceAround)
    for (const q of d.analysis.quotes) {
      if (isUnquotedKind(q.kind)) continue; // reported speech and typed claims have no wording to compare
      const inner = claimWords(q);
      const words = quoteWords(inner);
      const key = normQuote(words);
      let w = byKey.get(key);
      if (!w) {
        const content = new Set(contentStems(words));
        if (content.size < 2) continue;
        // the quoted fragments of a mixed claim (claimWords joins them with " … "), each its own wording
        const parts = inner.includes(' … ') ? inner.split(' … ').map((f) => normQuote(quoteWords(f))) : [key];
        byKey.set(key, (w = { key, words, stems: undefined, content, parts, uses: [] }));
      }
      // what the claim is about: its words outside the quotation marks, else its sentence's
      let around = contentWords(q.text.replace(/["“”„«»][^"“”„«»]*["“”„«»]/g, ' '));
      if (around.size < 2 && text !== undefined) {
        const [a, b] = sentenceAround(text, q.start, q.end, (soft ??= /\n[ \t\r]*\n/.test(text)));
        around = contentWords(text.slice(a, q.start) + ' ' + text.slice(q.end, b));
      }
      const context: number[] = [];
      for (const c of around) if (!w.content.has(c)) context.push(vocab.id(c));
      w.uses.push({ path: d.path, doc: story.no(d.path), q, context: sortedIds(context) });
    }
  }
  const items = [...byKey.values()].sort((a, b) => b.content.size - a.content.size || b.words.length - a.words.length || (a.key < b.key ? -1 : 1));
  // two uses in different documents are the same remark: the same story, and for short wordings the same subject
  // `long`: the wordings are long and nearly the same (see below), computed once per pair of wordings
  const sameRemark = (a: Wording, ua: Use, b: Wording, ub: Use, long: boolean): boolean => {
    if (ua.path === ub.path || !story.contemporaryOf(ua.doc, ub.doc)) return false;
    const s = story.scoreOf(ua.doc, ub.doc);
    // a long wording repeated nearly word for word is evidence of its own: a shared name or place suffices
    if (long) return s > 0;
    if (!story.sameScored(ua.doc, ub.doc, s)) return false;
    // a short one (a stock phrase, a scare quote) needs a strongly shared story, the same day, or the same
    // subject around it
    if (Math.min(a.content.size, b.content.size) < SHORT_WORDING) {
      return s >= SAME_STORY_SCORE || story.sameDayOf(ua.doc, ub.doc) || sharedIds(ua.context, ub.context) >= 2;
    }
    return true;
  };
  // each content word numbered, and each wording's words by number (wording i's at itemWords[itemStart[i]] up to
  // itemStart[i + 1], in one array: an array per wording cost more memory at the run's peak)
  const wordNo = new Map<string, number>();
  const itemStart = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) itemStart[i + 1] = itemStart[i] + items[i].content.size;
  const itemWords = new Int32Array(itemStart[items.length]);
  /** Wordings that have each word. */
  const wordCount: number[] = [];
  yield;
  for (let i = 0; i < items.length; i++) {
    if (i % 256 === 0) yield;
    let n = itemStart[i];
    for (const w of items[i].content) {
      let k = wordNo.get(w);
      if (k === undefined) {
        wordNo.set(w, (k = wordCount.length));
        wordCount.push(0);
      }
      wordCount[k]++;
      itemWords[n++] = k;
    }
  }
  // An inverted index of each wording's rarest words only (prefix filtering): a wording j after a centre i (so with
  // no more content words) joins it only with n >= 2 shared words and n / nj >= 0.75 (see below), so at most
  // nj - need of its words are missing from the centre, and any nj - need + 1 of its words include a shared one.
  // Listing each wording under its nj - need + 1 rarest words finds every wording that can join a centre, and
  // the shared words are then counted for those alone (every wording under every word made the grouping
  // quadratic in a common word's wordings).
  yield;
  const byWord = rareWordIndex(itemStart, itemWords, wordCount);
  // groups around centres, longest wordings first: a wording joins the first centre it is directly similar to
  const centreOf = new Array<number>(items.length).fill(-1);
  const groups: number[][] = [];
  const grouping: Grouping = { items, itemStart, itemWords, byWord, centreOf, metBy: new Int32Array(items.length), inCentre: new Int32Array(wordCount.length), from: new Int32Array(byWord.length), touched: [] };
  for (let i = 0; i < items.length; i++) {
    if (centreOf[i] !== -1) continue;
    if (i % 8 === 0) yield;
    const g = groupAround(grouping, i);
    g.sort((a, b) => a - b);
    groups.push(g);
  }
  // A fragment fits a wording when it is an excerpt of it, holds one of its fragments, or is about something
  // else (most of its content words are not in it: another excerpt of the same remark, "unheard of" beside "He
  // was very charming"). Two wordings agree when each one's fragments fit the other.
  const fits = (p: string, w: Wording): boolean => {
    if (w.key.includes(p) || w.parts.some((b) => p.includes(b))) return true;
    const stems = contentStems(p.trim().split(' '));
    let n = 0;
    for (const x of stems) if (w.content.has(x)) n++;
    return stems.length === 0 || n / stems.length < 0.5;
  };
  const agree = (a: Wording, b: Wording): boolean => a.parts.every((p) => fits(p, b)) && b.parts.every((p) => fits(p, a));
  const speakerName = (id: string | null): string => (id ? records.get(id)?.name ?? id.replace(/^anon:/, '') : 'unknown');
  const isPerson = (id: string | null): id is string => isPersonIn(records, id);
  const out: Conflict[] = [];
  // pauses between pieces of work, not at every group or pair of wordings (most groups are one wording used once:
  // a pause for each cost more than the group)
  let work = 0;
  for (const g of groups) {
    if (++work >= 64) {
      work = 0;
      yield;
    }
    // one wording from at most one person (a syndicated quote, a remark repeated): nothing can disagree; a
    // wording used once is from one person at most
    if (g.length === 1 && items[g[0]].uses.length < 2) continue;
    const ws = g.map((i) => items[i]);
    if (ws.length === 1 && distinctPeople(ws[0].uses.map((u) => u.q.speaker).filter(isPerson), records).size < 2) continue;
    // the uses that are the same remark as a use in another document: across wordings, and within one wording
    // across speakers; each wording's uses are compared up to MAX_USES (a remark quoted in hundreds of
    // articles is judged on the first ones, in path order)
    const kept = new Set<Use>();
    const pairs: [Wording, Use, Wording, Use][] = [];
    const usesOf = (w: Wording): Use[] => w.uses.slice(0, MAX_USES);
    for (let x = 0; x < ws.length; x++) {
      for (let y = x; y < ws.length; y++) {
        work += Math.min(ws[x].uses.length, MAX_USES) * Math.min(ws[y].uses.length, MAX_USES);
        if (work >= 64) {
          work = 0;
          yield;
        }
        const n = overlapCount(ws[x].content, ws[y].content);
        const long = n >= LONG_WORDING && n / Math.max(ws[x].content.size, ws[y].content.size) >= 0.8;
        for (const ua of usesOf(ws[x])) {
          for (const ub of usesOf(ws[y])) {
            if (ua === ub || (x === y && ua.q.speaker === ub.q.speaker)) continue;
            if (!sameRemark(ws[x], ua, ws[y], ub, long)) continue;
            kept.add(ua);
            kept.add(ub);
            pairs.push([ws[x], ua, ws[y], ub]);
          }
        }
      }
    }
    if (pairs.length === 0) continue;
    const keptWordings = ws.filter((w) => w.uses.some((u) => kept.has(u)));
    // reworded: two wordings of the same remark in different documents that do not agree (see agree)
    const reworded = pairs.some(([wa, , wb]) => wa !== wb && !agree(wa, wb));
    // a short wording in the mouths of three speakers or more (named, or described: "a protester") is a phrase
    // people repeat (a slogan, a chant, a catchphrase), not one remark misattributed
    if (keptWordings.every((w) => w.content.size <= SLOGAN_WORDS)) {
      const speakers = [...kept].map((u) => u.q.speaker);
      const named = distinctPeople(speakers.filter(isPerson), records).size;
      const described = new Set(speakers.filter((id) => id !== null && id.startsWith('anon:'))).size;
      if (named + described >= REPEATED_BY) continue;
    }
    // only named people count as different speakers (a government or a capital speaks through the person
    // quoted elsewhere; an anonymous source may be the named one), and only over nearly the same words
    const twoPeople = pairs.some(([wa, ua, wb, ub]) => {
      if (!isPerson(ua.q.speaker) || !isPerson(ub.q.speaker)) return false;
      if (distinctPeople([ua.q.speaker, ub.q.speaker], records).size < 2) return false;
      const n = overlapCount(wa.content, wb.content);
      if (n >= SAME_WORDS_FOR_TWO_PEOPLE && n / Math.max(wa.content.size, wb.content.size) >= 0.8) return true;
      // a shorter remark word for word ("a betrayal of rural families") in two reports of one story (sameRemark)
      // on one day: one of them has the wrong speaker
      return wa === wb && n >= SHORT_WORDING && story.sameDayOf(ua.doc, ub.doc);
    });
    const people = distinctPeople([...kept].map((u) => u.q.speaker).filter(isPerson), records);
    if (people.size >= 2 && !twoPeople) continue; // two people, different remarks
    if (!reworded && !twoPeople) continue;
    const uses = [...kept].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.q.start - b.q.start));
    const what = reworded && twoPeople ? 'worded differently and given to different speakers' : reworded ? 'worded differently' : 'given to different speakers';
    const shown = uses.slice(0, 4).map((u) => `${u.q.text} (${speakerName(u.q.speaker)}, ${baseName(u.path)})`);
    out.push({
      kind: 'quote',
      message: `Same remark ${what}: ${shown.join(' vs ')}${uses.length > 4 ? ` and ${uses.length - 4} more` : ''}`,
      locations: uses.map((u) => ({ path: u.path, start: u.q.start, end: u.q.end })),
    });
  }
  yield* changedWords(items, centreOf, records, story, out);
  return out.sort((a, b) => (a.message < b.message ? -1 : 1));
}

/** Words of a wording that another must repeat, in order, on both sides of one changed word (see changedWord). */
const FRAME_WORDS = 4;
/** A run of this many words shared by two wordings makes them candidates for a changed word. */
const SHINGLE = 4;
/** A run of words quoted in more wordings than this is a stock phrase, no evidence of one remark. */
const SHINGLE_USES = 40;
/** Wordings of one speaker on one day compared pair by pair, at most; more need a shared run of words. */
const PAIRWISE_UP_TO = 40;

/**
 * One word changed in a sentence otherwise quoted word for word: `a` and `b` hold a run of identical words, then
 * one different word each, then identical words again ("going to halve bus fares for students from September" /
 * "going to halve bus services for students from September"). The frame around the change holds at least
 * FRAME_WORDS content words, at least one on each side, and the two changed words are content words that are not
 * forms of one word or numbers (the figure check compares those). Returns the two words, or null.
 */
export function changedWord(a: string[], b: string[]): [string, string] | null {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i] !== b[j] || (i > 0 && j > 0 && a[i - 1] === b[j - 1])) continue; // the start of a shared run
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      const x = a[i + k], y = b[j + k];
      if (x === undefined || y === undefined || k < 2) continue;
      if (!isContentWord(x) || !isContentWord(y) || stem(x) === stem(y) || /\d/.test(x + y)) continue;
      let m = 0;
      while (a[i + k + 1 + m] !== undefined && a[i + k + 1 + m] === b[j + k + 1 + m]) m++;
      if (m < 2) continue;
      let before = 0, after = 0;
      for (let t = i; t < i + k; t++) if (isContentWord(a[t])) before++;
      for (let t = i + k + 1; t < i + k + 1 + m; t++) if (isContentWord(a[t])) after++;
      if (before >= 1 && after >= 1 && before + after >= FRAME_WORDS) return [x, y];
    }
  }
  return null;
}

/**
 * The same person's sentence quoted in two reports of one story on one day with one word changed ("halve bus
 * fares" / "halve bus services"): one of them misquotes. Only wordings of one named person in documents dated the
 * same day are compared (grouped by speaker and day first); wordings already grouped as one remark are the
 * grouping's to judge; in a large group, candidates share a run of SHINGLE words that is no stock phrase.
 */
function* changedWords(items: { key: string; words: string[]; uses: { path: string; doc: number; q: Quote }[] }[], groupOf: number[], records: Map<string, EntityRecord>, story: StoryEvidence, out: Conflict[]): Generator<void> {
  const isPerson = (id: string | null): id is string => isPersonIn(records, id);
  // wordings by speaker and day (each wording once per group)
  const byWho = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % 256 === 0) yield;
    if (items[i].words.length < SHINGLE + 3) continue;
    for (const u of items[i].uses) {
      const day = story.dayOf(u.doc);
      if (day === null || !isPerson(u.q.speaker)) continue;
      const key = `${u.q.speaker}\u0000${day}`;
      const list = byWho.get(key);
      if (list === undefined) byWho.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const tried = new Set<number>();
  let work = 0;
  const consider = (i: number, j: number, speaker: string, day: number): void => {
    if (groupOf[i] === groupOf[j]) return;
    const pairKey = i < j ? i * items.length + j : j * items.length + i;
    if (tried.has(pairKey)) return;
    tried.add(pairKey);
    // the speaker's uses on that day, in two documents of one story
    let hit: [typeof items[0]['uses'][0], typeof items[0]['uses'][0]] | undefined;
    for (const ua of items[i].uses) {
      if (ua.q.speaker !== speaker || story.dayOf(ua.doc) !== day) continue;
      for (const ub of items[j].uses) {
        if (ub.path === ua.path || ub.q.speaker !== speaker || story.dayOf(ub.doc) !== day) continue;
        if (story.sameScored(ua.doc, ub.doc, story.scoreOf(ua.doc, ub.doc))) { hit = [ua, ub]; break; }
      }
      if (hit) break;
    }
    if (!hit) return;
    const change = changedWord(items[i].words, items[j].words);
    if (!change) return;
    // in path order, like every finding's locations
    const [ua, ub, wa, wb] = hit[0].path < hit[1].path ? [hit[0], hit[1], change[0], change[1]] : [hit[1], hit[0], change[1], change[0]];
    const who = records.get(speaker)?.name ?? '';
    out.push({
      kind: 'quote',
      message: `Same remark worded differently ("${wa}" / "${wb}"): ${ua.q.text} (${who}, ${baseName(ua.path)}) vs ${ub.q.text} (${who}, ${baseName(ub.path)})`,
      locations: [ua, ub].map((u) => ({ path: u.path, start: u.q.start, end: u.q.end })),
    });
  };
  // every pair of a list of wordings, pausing now and then
  function* pairs(list: number[], speaker: string, day: number): Generator<void> {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (++work % 64 === 0) yield;
        consider(list[x], list[y], speaker, day);
      }
    }
  }
  for (const [key, list] of byWho) {
    if (list.length < 2) continue;
    const cut = key.lastIndexOf('\u0000');
    const speaker = key.slice(0, cut), day = Number(key.slice(cut + 1));
    if (list.length <= PAIRWISE_UP_TO) {
      yield* pairs(list, speaker, day);
      continue;
    }
    // a speaker quoted many times on one day: only wordings that share a run of words
    const byShingle = new Map<string, number[]>();
    for (const i of list) {
      const w = items[i].words;
      const seen = new Set<string>();
      for (let s = 0; s + SHINGLE <= w.length; s++) {
        const k = w.slice(s, s + SHINGLE).join(' ');
        if (seen.has(k)) continue;
        seen.add(k);
        const l = byShingle.get(k);
        if (l === undefined) byShingle.set(k, [i]);
        else if (l.length <= SHINGLE_USES) l.push(i);
      }
    }
    for (const l of byShingle.values()) if (l.length >= 2 && l.length <= SHINGLE_USES) yield* pairs(l, speaker, day);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Figures: the same fact given with different values
//
// A figure states a fact when its context says what it measures: the noun it modifies or is linked to ("a
// £2.26bn loan", "a loan worth £2.26bn", "£500m in aid", "inflation rose to 3.5%", "34% of voters"), for a
// count the counted noun plus what happened to them ("12 people were killed"), for an age the person. Two
// figures in different documents state the same fact when they measure the same thing (kind, unit, head noun,
// level or change), their sentences name a common entity, the documents share entities and were written at
// about the same time. Values agree when one can be a rounding of the other or the qualifiers ("at least",
// "about", "nearly") allow both.

/** What a figure measures and what it allows, from its document alone (no workspace ids). */
export interface FigureFact {
  figure: Figure;
  /** kind and unit: "money|GBP", "count|person", "percent|%", "age". */
  measure: string;
  /** 'level' ("rose to 3%", "a £2bn loan"), 'change' ("rose by 3%", "a 3% rise") or 'rate' ("£2bn a year"). */
  cls: 'level' | 'change' | 'rate';
  /** The thing measured: a head noun ("loan"), for a count the event ("killed"), for an age the person. */
  head: string;
  /** The words the fact can be matched by: the head, and for a wrapper ("loan agreement") what it wraps. */
  keys: string[];
  /** Words that narrow the head ("aid" in "aid package"). */
  mods: string[];
  /** Words for messages: "aid package", "people killed", "age". */
  label: string;
  /** The values the wording allows (open bounds; equal bounds mean exactly that value). */
  lo: number;
  hi: number;
  /** The sentence around the figure (entity context), and for ages the span a person must touch. */
  sentStart: number;
  sentEnd: number;
}

const NUMBER_STOP = new Set(('a an the this that these those its his her their our my your some any each every no ' +
  'of in on at to for from by with into onto over under after before during since until across against between ' +
  'among amid through about around per than as like including via within without upon toward towards behind ' +
  'and or but nor so yet because although though if whether while when where which who whom whose what how ' +
  'he she it they we you i me him them us one two three four five six seven eight nine ten ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'said says say told tells according not also too very just only still already then now there here ago later ' +
  'earlier more less most least much many instead again another other others such both either neither all ' +
  'rose rise rises risen fell fall falls fallen grew grow grows grown stood stands reached reach reaches hit hits ' +
  'totalled totaled totalling totaling total amounted amounting came come comes cost costs paid pay pays raised ' +
  'raise raises worth valued estimated put set up down cut cuts slashed lowered lifted added announced unveiled ' +
  'agreed pledged promised offered approved received gave give gives given provide provided providing secured ' +
  'lent lend borrowed borrow spent spend spends sent send sends earned earn made make makes took take takes ' +
  'increased increase increases decreased decrease decreases dropped drop drops climbed jumped slumped plunged ' +
  'soared surged declined gained lost shed year years month months week weeks day days annually yearly monthly ' +
  'weekly daily apiece each respectively overall altogether combined roughly nearly almost about approximately ' +
  'compared cannot can\'t won\'t didn\'t doesn\'t don\'t aboard away ahead behind long old late early later ' +
  'north south east west northeast northwest southeast southwest northern southern eastern western above below ' +
  'beyond inside outside near nearby off out back apart overnight aside last next ago tonight today yesterday ' +
  'tomorrow instead respectively ' +
  // common irregular past forms, which would otherwise pass for nouns after a figure ("earthquake struck")
  'struck hit left took made came went began became saw told gave held kept brought bought built sent won met ' +
  'ran shook tore swept spread broke burnt burned caught chose drew drove flew forgot froze hid knew led meant ' +
  'read rode rang sank sat slept spoke stole stuck swam taught threw understood woke wore wrote').split(' '));
/** Words before a verb: a noun-looking word after them is a verb ("would save £150m", "to spend £3m"). */
const BEFORE_VERB = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'to', 'did', 'does', 'do', 'cannot', "can't", "won't", "didn't", "don't", "doesn't", "'ll", 'not', 'never']);
/** Heads that wrap the thing they are about: "a loan agreement" is about a loan, "an aid package" about aid. */
const WRAPPER_HEAD = new Set(('agreement agreements deal deals package packages programme programmes program ' +
  'programs scheme schemes plan plans contract contracts bill bills facility facilities arrangement ' +
  'arrangements offer offers bid bids settlement settlements').split(' '));
/** Verbs of sending someone to prison for a term ("jailed for four years", "sentenced X to six years"). */
const JAIL_VERB = /^(?:jailed|jailing|jails|jail|imprisoned|imprisoning|sentenced|sentencing|sentences|sentence)$/;

/** Verbs of raising or cutting a thing by a figure said right after it ("increase prices 8.5 per cent"). */
const RAISE_VERB = /^(?:raise|raises|raised|raising|increase|increases|increased|increasing|hike|hikes|hiked|hiking|cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing)$/;

/** Heads that hold what they measure: "a 3.2-tonne haul of sea cucumber" measures the sea cucumber. */
const CONTAINER_HEAD = new Set(('haul hauls shipment shipments consignment consignments cargo cargoes load loads batch ' +
  'batches stash stashes cache caches seizure seizures').split(' '));
/** Heads too general to say what a figure measures. */
const GENERIC_HEAD = new Set(('total sum amount figure figures number numbers value level levels rate rates ' +
  'estimate estimates record time times share part lot majority minority average bit half quarter third').split(' '));
/** Words between a head noun and its figure that link them ("a loan worth £2bn", "inflation rose to 3%"). */
const LINK_LEFT = new Set(('of at to by was is were are be been stood stands stand reached reach reaches hit hits ' +
  'rose rise rises risen fell fall falls fallen grew grow grows grown totalled totaled totalling totaling ' +
  'amounted amounting came comes come worth valued estimated put set around about nearly almost roughly some ' +
  'approximately just over under more than less fewer least up down an a the its now currently increased ' +
  'decreased dropped climbed jumped slumped plunged soared surged declined gained cut slashed lowered lifted ' +
  'has have had will would could should may might must shall can remains remained go goes went gone going ' +
  'come comes came stand stood be being set sets weighing weighed weighs').split(' '));
/** Verbs of movement: a figure right after one (no "to") is the size of the change. */
const CHANGE_VERB = new Set(('rose rise rises risen fell fall falls fallen grew grow grows grown increased ' +
  'increase increases decreased decrease decreases dropped drop drops climbed climb climbs jumped jump jumps ' +
  'slumped slump plunged plunge soared soar surged surge declined decline declines gained gain gains lost lose ' +
  'shed cut cuts slashed lowered lifted raised up down added adds').split(' '));
/** Words that are nouns as often as verbs: nouns when another noun follows ("pay rise", "cost overrun"). */
const NOUN_OR_VERB = new Set(['pay', 'cost', 'costs', 'offer', 'spending', 'set', 'cut', 'cuts', 'rise', 'fall', 'drop', 'increase', 'lost', 'raise']);

/** Nouns of change: "a 3% rise", "a £2bn cut". */
const CHANGE_NOUN = new Set(('rise rises increase increases fall falls drop drops cut cuts decline declines jump ' +
  'jumps hike hikes reduction reductions gain gains loss losses boost boosts growth surge slump').split(' '));
/** What happened to counted people or things, by canonical event. */
const EVENT = new Map<string, string>();
for (const [canon, forms] of Object.entries({
  // (animals poached are animals killed: "41 rhinos have been poached", "Poachers have killed 14 rhinos")
  killed: 'killed kill kills killing dead died die dies dying perished deaths fatalities poached',
  injured: 'injured injuring injure injures wounded wounding hurt',
  arrested: 'arrested arresting arrests arrest detained detaining held',
  missing: 'missing',
  evacuated: 'evacuated evacuating',
  displaced: 'displaced displacing',
  rescued: 'rescued rescuing',
  hospitalised: 'hospitalised hospitalized',
  destroyed: 'destroyed destroying flattened razed',
  damaged: 'damaged damaging',
  infected: 'infected',
  charged: 'charged',
  sacked: 'sacked laid redundant',
  convicted: 'convicted jailed sentenced',
  employed: 'employed employs employ employing',
  derailed: 'derailed derailing derail derails',
  // fans who watched at the ground are its crowd (CROWD_PEOPLE); other watchers are not counted
  watched: 'watched',
  // the people at a rally, a match or a concert: "275,000 people joined the protest" (and CROWD_NOUNS)
  crowd: 'attended attending marched marching rallied protested demonstrated gathered joined drew packed',
})) for (const f of forms.split(' ')) EVENT.set(f, canon);
/** The words between a toll and its figure: the figures' (TOLL_LINK), and a rising or increased toll. */
const tollLink = (w: string): boolean => TOLL_LINK.has(w) || w === 'rising' || w === 'increased';
/** Verbs of "claimed 31 lives", "cost 31 lives". */
const LIVES_VERB = /^(?:claimed|claiming|claim|claims|cost|costing|costs|took|taken|taking|take|takes)$/;

/**
 * Whether a count is of people killed though no verb of killing is beside it: the number a death toll comes to
 * ("the death toll rose to 31", "the toll stands at 31"), or lives claimed or lost ("claimed 31 lives", "31 lives
 * were lost").
 */
function deathToll(left: Tok[], li: number, noun: string, right: Tok[]): boolean {
  if (noun === 'life') {
    for (let i = left.length - 1, n = 0; i >= 0 && n < 3; i--, n++) if (LIVES_VERB.test(left[i].l)) return true;
    return right.slice(0, 3).some((t) => t.l === 'lost');
  }
  // (the figures give a toll's bare number as people: figures.ts, tollBefore)
  if (noun !== 'person') return false;
  // a toll named before in the clause ("the death toll from the floods rose to 31"), the figure right after the
  // toll's verb and its preposition ("rose to", "stands at", "reached", "of")
  let k = li;
  while (k >= 0 && tollLink(left[k].l)) k--;
  if (k === li) return false;
  for (let i = k, n = 0; i >= 0 && n < 8; i--, n++) {
    if (/^[,;:.()]$/.test(left[i].w)) return false;
    if (left[i].l === 'toll') return TOLL_BEFORE.has(left[i - 1]?.l ?? '');
  }
  return false;
}

/** People a crowd is counted in: "54,000 fans", "54,000 spectators". */
const CROWD_PEOPLE = new Set(['person', 'people', 'fan', 'spectator', 'supporter', 'attendee', 'concertgoer', 'festivalgoer', 'visitor']);

/** Nouns before a count of the people at an event ("police put the crowd at 107,000"): the event 'crowd'. */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance']);
/** Verbs of "came off the tracks", "left the rails": a derailment said in words. */
const OFF_THE_TRACKS = /^(?:came|come|comes|coming|went|gone|goes|going|left|leave|leaves|leaving)$/;

/** Whether ts[i] starts a derailment said in words: VERB [off] [the] tracks|rails, whatever follows. */
function offTheTracks(ts: Tok[], i: number): boolean {
  if (!OFF_THE_TRACKS.test(ts[i].l)) return false;
  let j = i + 1;
  if (ts[j]?.l === 'off') j++;
  if (ts[j]?.l === 'the') j++;
  return j > i + 1 && /^(?:tracks?|rails?)$/.test(ts[j]?.l ?? '');
}
/** Who or what a job cut counts: "1,250 jobs", "250 workers", "40 posts" (lemmas). */
const JOB_NOUNS = new Set(('job position post role worker employee staff staffer person member').split(' '));
/** Verbs that cut jobs, right before the count ("will cut 1,250 jobs", "shed 40 posts", "lost 300 jobs"). */
const JOB_CUT = new Set(('cut cuts cutting shed sheds shedding axe axes axed axing slash slashes slashed slashing ' +
  'eliminate eliminates eliminated eliminating scrap scraps scrapped scrapping lose loses lost losing retrench ' +
  'retrenches retrenched retrenching').split(' '));
/** After the count: "… jobs will go / be cut", "… workers will lose their jobs / were laid off / made redundant". */
const JOB_LOST_AFTER = /^(?:(?:will|would|could|are|were|is|was|to|be|been|being|have|has|had|now|also|all|reportedly|set|due|expected|likely)\s+)*(?:go|gone|going|cut|axed|shed|slashed|eliminated|scrapped|lost|retrenched|sacked|laid\s+off|made\s+redundant)\b/i;
const LOSE_THEIR_JOBS = /\b(?:lose|loses|lost|losing)\s+(?:their\s+|his\s+|her\s+)?(?:jobs?|positions?|posts?)\b|\b(?:be|been|were|was|are|is|being)\s+(?:laid\s+off|made\s+redundant|retrenched|sacked)\b/i;

/**
 * A count of jobs lost: "cut 1,250 jobs", "1,250 job cuts", "40 redundancies", "lay off 250 workers", "about 250
 * workers at the plant will lose their jobs" all measure one thing (the jobs a decision ends), whichever noun
 * counts them. `right` is the clause after the count, up to the next figure.
 */
function jobsLost(f: Figure, noun: string, left: Tok[], li: number, rightText: string): boolean {
  if (/\bjob\s+(?:cuts|losses)\b/i.test(f.text) || noun === 'redundancy' || noun === 'layoff') return true;
  if (!JOB_NOUNS.has(noun)) return false;
  const imm = li >= 0 ? left[li].l : '';
  if (JOB_CUT.has(imm) || (imm === 'off' && /^(lay|lays|laid|laying)$/.test(left[li - 1]?.l ?? ''))) return true;
  const clause = rightText.split(/[;.?!]/)[0];
  if (JOB_LOST_AFTER.test(clause.trim())) return true;
  // "250 workers at the carmaker's plant will lose their jobs": the people whose jobs go, within a clause
  if (noun === 'job') return false;
  const m = LOSE_THEIR_JOBS.exec(clause);
  if (!m) return false;
  const before = clause.slice(0, m.index);
  return !before.includes(',') && before.trim().split(/\s+/).length <= 10;
}

/** Auxiliaries and adverbs between a count and its event word ("12 people have reportedly been killed"). */
const EVENT_GAP = new Set(('were was are is have has had been being be reportedly also all now so far thought ' +
  'believed feared confirmed said known to reported later who that either seriously critically badly ' +
  'fatally at least').split(' '));
/** Nouns before "of" that make a count a part of those counted: their kin, or some of them. */
const KIN_OR_PART = new Set(('parents parent families family relatives relative widows widow widower mothers mother ' +
  'fathers father sons son daughters daughter children child wives wife husbands husband siblings brothers sister ' +
  'sisters brother friends friend colleagues loved').split(' '));
/** A figure after these words is not the current value: "up from 2%", "from £2bn to £3bn", "not £2bn". */
const NOT_CURRENT = new Set(['from', 'than', 'not', 'never', 'versus', 'vs', 'previous', 'previously', 'original', 'originally', 'initially', 'initial', 'earlier', 'last', 'former']);

interface Tok {
  s: number;
  e: number;
  w: string;
  l: string;
  /** Starts a sentence or follows a dash, colon or opening quote: a capital there says nothing. */
  first?: boolean;
}
const TOK_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*(?:[-.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function toks(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOK_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOK_RE.exec(text)) !== null && m.index < to) {
    const e = Math.min(m.index + m[0].length, to);
    const w = text.slice(m.index, e);
    let b = m.index - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
    const first = b < 0 || /[.!?\n\r—–:"“‘(]/.test(text[b]);
    out.push({ s: m.index, e, w, l: w.toLowerCase(), first });
  }
  return out;
}

const ABBREV = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|prof|st|no|gen|gov|sen|rep|lt|col|capt|sgt|jr|sr|inc|ltd|co|corp|vs|approx|[a-z])$/iu;

/** Start and end of the sentence around [start, end): stops at ., !, ? before a capital, and at paragraph breaks. */
function sentenceAround(text: string, start: number, end: number, softNewlines: boolean): [number, number] {
  const isEnd = (i: number): boolean => {
    const c = text[i];
    if (c === '\n') return !softNewlines || /\n[ \t\r]*$/.test(text.slice(Math.max(0, i - 4), i)) || text[i + 1] === '\n';
    if (c !== '.' && c !== '!' && c !== '?') return false;
    let j = i + 1;
    while (j < text.length && /["”’')\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) return false;
    while (j < text.length && /[ \t\r\n]/.test(text[j])) j++;
    if (j < text.length && !/[\p{Lu}\p{N}"“‘'(]/u.test(text[j])) return false;
    if (c === '.' && ABBREV.test(text.slice(Math.max(0, i - 6), i))) return false;
    return true;
  };
  // only full stops, ! and ? and line breaks can end a sentence: test those
  const candidate = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return (c === 46 || c === 33 || c === 63 || c === 10) && isEnd(i);
  };
  let s = start;
  const sLim = Math.max(0, start - 600);
  while (s > sLim && !candidate(s - 1)) s--;
  let e = end;
  const eLim = Math.min(text.length, end + 600);
  while (e < eLim && !candidate(e)) e++;
  return [s, Math.min(text.length, e + 1)];
}

function lemma(w: string): string {
  const l = w.toLowerCase().replace(/['’]s?$/, '');
  const irregular: Record<string, string> = { people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', lives: 'life', staff: 'staff', police: 'police', troops: 'troop' };
  if (irregular[l]) return irregular[l];
  if (l.length > 4 && l.endsWith('ies')) return l.slice(0, -3) + 'y';
  if (l.length > 4 && /(ches|shes|sses|xes)$/.test(l)) return l.slice(0, -2);
  if (l.length > 3 && l.endsWith('s') && !/(ss|us|is)$/.test(l)) return l.slice(0, -1);
  return l;
}

/** A word that can be part of a noun phrase naming what a figure measures. */
function nounish(t: Tok): boolean {
  if (!/^\p{L}/u.test(t.w)) return false;
  if (CHANGE_NOUN.has(t.l)) return true;
  if (NUMBER_STOP.has(t.l) || EVENT.has(t.l) || /^(north|south|east|west)/.test(t.l)) return false;
  if (/ly$/.test(t.l) && t.l.length > 4) return false;
  const cap = /^\p{Lu}/u.test(t.w);
  // acronyms (GDP, NHS) name things; other capitalised words are names, not what is measured, unless the
  // capital only marks a sentence start ("Inflation in Sweden reached 3.9%")
  if (cap && !(t.w.length >= 2 && t.w === t.w.toUpperCase()) && !(t.first && t.w.slice(1) === t.l.slice(1) && !lex.isKnownName(t.w) && !lex.demonymCountry(t.w))) return false;
  return true;
}

/** Up to three noun-phrase words from index i onwards (stopping at the first non-noun); [] if none. */
/** The noun run after the determiners at i ("of the home broadband …", "in its fares"). */
function nounRunAfterDeterminers(ts: Tok[], i: number): Tok[] {
  while (i < ts.length && /^(the|a|an|its|their|his|her|our)$/.test(ts[i].l)) i++;
  return nounRun(ts, i);
}

function nounRun(ts: Tok[], i: number): Tok[] {
  const out: Tok[] = [];
  // words that are verbs or nouns ("pay", "cost") are nouns before another noun: "a 4% pay rise"
  while (i < ts.length && out.length < 3 && (nounish(ts[i]) || (NOUN_OR_VERB.has(ts[i].l) && i + 1 < ts.length && nounish(ts[i + 1])))) out.push(ts[i++]);
  // a participle ending the run is a verb ("£3m paid"), not the head
  while (out.length > 0 && /(ed)$/.test(out[out.length - 1].l)) out.pop();
  return out;
}

/** Numeric precision of a figure as written: half the unit of its last significant digit, in value units. */
function halfUnit(f: Figure): number {
  const v = f.value as number;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  if (!m) return 0; // number words: exact
  const int = m[1].replace(/,/g, '');
  const dec = m[2]?.length ?? 0;
  const literal = Number(m[2] ? `${int}.${m[2]}` : int);
  if (!literal) return 0;
  const scale = Math.abs(v / literal);
  if (dec > 0) return 0.5 * 10 ** -dec * scale;
  // round thousands ("2,000 troops", "£500,000") are often rounded; exact small integers are not
  const zeros = /0+$/.exec(int)?.[0].length ?? 0;
  if (zeros >= 2 && literal >= 1000) return 0.5 * 10 ** Math.min(zeros, int.length - 1) * scale;
  if (scale >= 1000) return 0.5 * scale; // "£2bn": whole billions
  return 0;
}

const QUAL_AT_LEAST = /(?:^|\s)(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|above|exceeding)\s+$/;
const QUAL_AT_MOST = /(?:^|\s)(?:up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|under|below|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of)\s+$/;
const QUAL_NEARLY = /(?:^|\s)(?:nearly|almost|close\s+to|just\s+under|just\s+short\s+of|approaching)\s+$/;
const QUAL_ABOUT = /(?:^|\s)(?:about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated|circa|c\.|or\s+so|an\s+expected|expected|a\s+projected|projected|reportedly|perhaps|possibly|maybe|likely)\s+$/;

/** The values a figure's wording allows, from its qualifiers and its precision. */
function valueRange(text: string, f: Figure, sentStart: number): [number, number] {
  const v = f.value as number;
  const h = halfUnit(f);
  const before = text.slice(Math.max(sentStart, f.start - 40), f.start).toLowerCase().replace(/\s+/g, ' ');
  const after = text.slice(f.end, f.end + 12).toLowerCase();
  if (QUAL_ABOUT.test(before) || /^\s+or\s+so\b/.test(after)) return [Math.min(v * 0.85, v - h), Math.max(v * 1.15, v + h)];
  if (QUAL_AT_LEAST.test(before) || /^(?:\s+or\s+more\b|-plus\b|\+)/.test(after)) return [v - h - 1e-9 * Math.abs(v), Infinity];
  if (QUAL_NEARLY.test(before)) return [Math.min(v * 0.85, v - h), v + h];
  // "will go up to £12.71" is where it goes, not a ceiling
  if (QUAL_AT_MOST.test(before) && !/(?:^|\s)(?:go|goes|went|gone|going|rise|rises|rose|risen|climb\w*|jump\w*|move\w*|push\w*|put|puts|soar\w*|shoot|shot|edge\w*|creep\w*|crept)\s+up\s+to\s+$/.test(before)) return [-Infinity, v + h];
  return [v - h, v + h];
}

/** Whether two value ranges allow a common value (a rounding of one is the other, or the qualifiers overlap). */
export function valuesAgree(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  // two floors ("at least 11 killed", "at least 17 killed") or two ceilings: each is the figure its source
  // confirms, so they agree only when they are the same
  if (a.hi === Infinity && b.hi === Infinity) return Math.abs(a.lo - b.lo) <= 1e-9 * Math.max(1, Math.abs(a.lo));
  if (a.lo === -Infinity && b.lo === -Infinity) return Math.abs(a.hi - b.hi) <= 1e-9 * Math.max(1, Math.abs(a.hi));
  if (a.lo === a.hi || b.lo === b.hi) {
    // an exact value: inside the other's range (rounding intervals are half-open: 2.5 does not round to 2)
    const x = a.lo === a.hi ? a : b;
    const y = x === a ? b : a;
    if (y.lo === y.hi) return x.lo === y.lo;
    return x.lo >= y.lo && x.lo < y.hi;
  }
  return a.lo < b.hi && b.lo < a.hi;
}

const MEASURED_KINDS = new Set(['money', 'count', 'percent', 'quantity', 'duration', 'age']);

/** Verbs that name what a sum is ("lend Ukraine £2bn" is a loan, "fined Veltronic €420m" a fine, "sold for $4.8m" a sale). */
const VERB_HEAD = new Map<string, string>();
for (const [noun, forms] of Object.entries({
  loan: 'lend lends lent lending loaned loaning',
  fine: 'fine fines fined fining',
  investment: 'invest invests invested investing',
  donation: 'donate donates donated donating',
  grant: 'granted',
  compensation: 'compensate compensates compensated',
  bail: 'bailed',
  // a price paid for one thing: "sold for $4.8m", "fetched $8.4m", "bought for £2m"
  sale: 'sold fetched fetches fetch fetching bought',
})) for (const f of forms.split(' ')) VERB_HEAD.set(f, noun);

/** Words that end the object between a verb and its amount ("fined X …"): the verb is not before them. */
const OBJECT_END = /^(?:that|which|who|whom|whose|and|but|or|while|after|before|because|than|if|when)$/;
/** Prepositions between a subject and the rest of its noun phrase ("inflation in Sweden"). */
const SUBJECT_PREP = new Set(['in', 'of', 'for', 'at', 'to', 'across', 'among', 'from']);

function isCapWord(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.w);
}

/** Qualifiers and determiners between a figure and the words that say what it is ("at least", "a", "about"). */
const QUALIFIER = new Set(('a an the its their his her our some about around nearly almost roughly approximately ' +
  'just over under more less fewer least most as many much estimated reported reportedly expected projected ' +
  'extra additional further another total whopping mere only now currently already').split(' '));

/** Who a word is, for the left-hand scans: 'q' qualifier, 'l' link word, 'n' noun-like, '' anything else. */
function leftRole(t: Tok): 'q' | 'l' | 'n' | '' {
  if (t.l === 'at' || t.l === 'to' || t.l === 'up' || t.l === 'down') return 'l';
  if (QUALIFIER.has(t.l)) return 'q';
  if (LINK_LEFT.has(t.l)) return 'l';
  return nounish(t) ? 'n' : '';
}

/**
 * Words of a stance: a figure after one in its clause is what someone wants, not what is ("she supports a $12
 * wage", "the union is demanding a 9% rise", "calls for a £15 minimum"). Two people's positions differ without
 * contradicting each other, so a position is compared only with the same holder's.
 */
const STANCE_WORD = new Set(('support supports supported supporting favour favours favoured favouring favor favors ' +
  'favored favoring endorse endorses endorsed endorsing embrace embraces embraced embracing advocate advocates ' +
  'advocated advocating want wants wanted wanting demand demands demanded demanding urge urges urged urging').split(' '));
/** Verbs of a stance with "for": "calls for", "pushing for", "fought for", "lobbied for", "campaigns for". */
const STANCE_FOR = /^(?:call|calls|called|calling|push|pushes|pushed|pushing|fight|fights|fought|fighting|lobby|lobbies|lobbied|lobbying|campaign|campaigns|campaigned|campaigning|argue|argues|argued|arguing)$/;
/** Verbs of a change whose target ("to $15") is a position when the change is not made yet. */
const TARGET_VERB = /^(?:raise|raising|increase|increasing|lift|lifting|hike|hiking|boost|boosting|cut|cutting|lower|lowering|reduce|reducing|bring|bringing)$/;
/** Words that end the clause a stance governs. */
const CLAUSE_BREAK = /^(?:[;:.!?()]|but|while|whereas|although|though)$/;

/**
 * The holder of the stance a figure is given under ("Sanders" in "Sanders supports raising the wage to $15"),
 * '' when the stance has no named holder, or null when the figure is no position. The holder is the nearest
 * capitalised word before the stance word in its sentence that is not an ordinary sentence opener.
 */
function positionHolder(left: Tok[]): string | null {
  // "supported it by 312 votes": a tally, not a position
  if (left.length > 0 && left[left.length - 1].l === 'by') return null;
  let at = -1;
  for (let i = left.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = left[i];
    if (CLAUSE_BREAK.test(t.l)) break;
    if (STANCE_WORD.has(t.l) || (t.l === 'for' && i > 0 && STANCE_FOR.test(left[i - 1].l))) { at = t.l === 'for' ? i - 1 : i; break; }
  }
  // the target of a change not made yet: "lifting the hourly pay floor to $14", "to cut the rate to 2%"
  if (at < 0 && left.length > 0 && left[left.length - 1].l === 'to') {
    for (let i = left.length - 2, n = 0; i >= 0 && n < 6; i--, n++) {
      const t = left[i];
      if (CLAUSE_BREAK.test(t.l) || t.w === ',') break;
      if (TARGET_VERB.test(t.l) && (/ing$/.test(t.l) || left[i - 1]?.l === 'to')) { at = i; break; }
    }
  }
  if (at < 0) return null;
  for (let i = at - 1; i >= 0; i--) {
    const t = left[i];
    if (/^[;:.!?]$/.test(t.w)) break;
    if (isCapWord(t) && !NUMBER_STOP.has(t.l)) return t.w.replace(/['’]s?$/, '');
  }
  return '';
}

/** The fact a figure states, or null when its context does not say what it measures. */
function factOf(text: string, f: Figure, prevEnd: number, nextStart: number, softNewlines: boolean): FigureFact | null {
  if (!MEASURED_KINDS.has(String(f.kind)) || typeof f.value !== 'number' || !Number.isFinite(f.value)) return null;
  const [sentStart, sentEnd] = sentenceAround(text, f.start, f.end, softNewlines);
  // the words around the figure, up to the neighbouring figures; a conversion in brackets right after it
  // ("£2.26bn ($2.8bn) loan") is skipped
  const left = toks(text, Math.max(sentStart, prevEnd), f.start);
  let rightFrom = f.end;
  const paren = /^\s*\([^()]{0,40}\)/.exec(text.slice(f.end, f.end + 48));
  if (paren) rightFrom = f.end + paren[0].length;
  let rightTo = sentEnd;
  if (nextStart >= rightFrom && nextStart < rightTo) rightTo = nextStart;
  const right = toks(text, rightFrom, rightTo);
  // the word before the figure, past qualifiers ("rose by about 3%" -> "by")
  let li = left.length - 1;
  while (li >= 0 && (QUALIFIER.has(left[li].l) || (left[li].l === 'at' && /^(least|most)$/.test(left[li + 1]?.l ?? '')) || left[li].l === 'than' && /^(more|less|fewer)$/.test(left[li - 1]?.l ?? ''))) li--;
  const imm = li >= 0 ? left[li].l : '';
  const last = left.length > 0 ? left[left.length - 1].l : '';
  // not the current value: "up from 2%", "from £2bn to £3bn", "not £2bn", "higher than 3%"
  if (NOT_CURRENT.has(imm) && imm !== 'than') return null;
  if ((imm === 'than' || last === 'than') && !/^(more|less|fewer)$/.test(left[(imm === 'than' ? li : left.length - 1) - 1]?.l ?? '')) return null;
  const [lo, hi] = valueRange(text, f, sentStart);
  const base = { figure: f, lo, hi, sentStart, sentEnd };
  const kind = String(f.kind);
  // a position is compared with its holder's only; one without a named holder with none
  const holder = kind === 'age' ? null : positionHolder(left);
  if (holder === '') return null;
  const held = holder === null ? '' : `|held by ${holder.toLowerCase()}`;
  if (kind === 'age') return { ...base, measure: `age|${f.unit ?? 'year'}`, cls: 'level', head: '', keys: [], mods: [], label: 'age' };
  if (kind === 'count') {
    // "18 other leaders", "two more children": relative to someone not counted
    if (/\b(other|more|additional|further|extra|remaining|new)\b/i.test(f.text)) return null;
    // the relatives of some of the counted ("the parents of two soldiers killed") or a share of them ("two of
    // the …"): a part of the toll, not the toll
    if (imm === 'of' && li > 0 && KIN_OR_PART.has(left[li - 1].l)) return null;
    // so many at each place, in each raid: a figure per unit, not the whole
    if (right.some((t, i) => (t.l === 'each' || t.l === 'apiece' || t.l === 'respectively') && right.slice(0, i).every((u) => !/^[;:.]$/.test(u.w)))) return null;
    let noun = lemma(f.unit ?? '');
    // people killed said without "killed": "the death toll rose to 31", "claimed 31 lives"
    const killedPeople = deathToll(left, li, noun, right);
    if (killedPeople) noun = 'person';
    if (!noun) return null;
    if (jobsLost(f, noun, left, li, text.slice(rightFrom, rightTo))) {
      return { ...base, measure: `count|job${held}`, cls: 'level', head: 'jobs lost', keys: ['jobs lost'], mods: [], label: 'jobs lost' };
    }
    let event: string | undefined = killedPeople ? 'killed' : undefined;
    // right before it: "killing at least 12 people"
    if (!event && li >= 0 && EVENT.has(imm)) event = EVENT.get(imm);
    // right: "12 people were killed", "12 people dead", "12 people have reportedly died", "14 wagons of a coal
    // train derailed", "14 wagons came off the tracks"
    for (let i = 0, n = 0; i < right.length && n < 3 && !event; i++) {
      const t = right[i];
      if (EVENT.has(t.l)) event = EVENT.get(t.l);
      else if (offTheTracks(right, i)) event = 'derailed';
      else if (EVENT_GAP.has(t.l)) continue;
      else if (i === 0 && t.l === 'of') {
        // the counted noun's complement ("of a coal train"): up to four words, no count of their own
        let j = 1;
        while (j < 5 && i + j < right.length && /^[\p{L}]/u.test(right[i + j].w) && !EVENT.has(right[i + j].l) && !OFF_THE_TRACKS.test(right[i + j].l)) j++;
        i += j - 1;
        continue;
      }
      else if (/^(?:in|on|at|after|during|from|with)$/.test(t.l) || /^[,;:.()]$/.test(t.w)) break;
      else n++;
    }
    // left: "killed 12 people", "killing at least 12 people", "a toll of 12 people"
    for (let i = left.length - 1, n = 0; i >= 0 && n < 2 && !event; i--) {
      const t = left[i];
      if (EVENT.has(t.l)) event = EVENT.get(t.l);
      else if (CROWD_NOUNS.has(t.l) && noun === 'person') event = 'crowd';
      else if (QUALIFIER.has(t.l) || /^(at|than|up|to|of|and|all|toll)$/.test(t.l)) continue;
      else if (/^[,;:.()]$/.test(t.w)) break;
      else n++;
    }
    // a tally: "by 312 votes to 254": the same vote when the other side is the same number ("to 254")
    if (!event && noun === 'vote' && right[0]?.l === 'to' && /^\d[\d,]*$/.test(right[1]?.w ?? '')) event = `to ${right[1].w.replace(/,/g, '')}`;
    if (!event) return null;
    // a crowd counted as fans or spectators is counted in people ("54,000 fans watched", "drew 54,000 spectators")
    if ((event === 'crowd' || event === 'watched') && CROWD_PEOPLE.has(noun)) {
      noun = 'person';
      event = 'crowd';
    }
    if (event === 'watched') return null;
    return { ...base, measure: `count|${noun}${held}`, cls: 'level', head: event, keys: [event], mods: [], label: event === 'crowd' ? 'crowd' : `${f.unit} ${event}` };
  }
  let unit = f.unit ?? '';
  let lo2 = lo, hi2 = hi;
  if (kind === 'percent' && unit === 'basis points') { unit = 'percentage points'; lo2 /= 100; hi2 /= 100; }
  // rates: "£2bn a year", "£1.5bn-a-year", "5% a month"
  const tail = text.slice(f.end, f.end + 16);
  let cls: FigureFact['cls'] = /^(?:\s+|-)(?:a|an|per|each)[\s-](?:year|month|week|day|hour|annum|head|person)\b|^\s+(?:annually|yearly|monthly|weekly|daily|hourly)\b/i.test(tail) ? 'rate' : 'level';
  // "rose 3%", "cut by £2bn" are changes; "rose to 3%" is a level
  if (cls === 'level' && (imm === 'by' || CHANGE_VERB.has(imm))) cls = 'change';
  // right: "a £2.26bn loan", "a 5% pay rise", "a 75-minute meeting"
  let ri = 0;
  if (right[0]?.w === '-' && kind !== 'duration') ri++;
  // the conversion itself: "a £2.26bn ($2.8bn) loan"
  if (right[0]?.w === ')' && left[left.length - 1]?.w === '(') ri++;
  let run: Tok[] = [];
  const attributive = kind !== 'duration' || /-/.test(f.text);
  if (attributive) run = nounRun(right, ri);
  // "34% of voters", "3.5 tonnes of aid", "£500m in aid", "three years of war"
  if (run.length === 0 && (right[ri]?.l === 'of' || (right[ri]?.l === 'in' && kind === 'money'))) {
    run = nounRunAfterDeterminers(right, ri + 1);
  }
  // a verb of change, its object, then the figure: "increase home broadband prices 8.5 per cent", "cut its fares 10%"
  if (run.length === 0 && (kind === 'percent' || kind === 'money') && left.length > 1) {
    const end = left.length - 1;
    let j = end;
    while (j >= 0 && end - j < 3 && nounish(left[j])) j--;
    const obj = left.slice(j + 1, end + 1);
    while (j >= 0 && /^(the|its|their|his|her|our)$/.test(left[j].l)) j--;
    if (obj.length > 0 && j >= 0 && j < end && RAISE_VERB.test(left[j].l) && !/^\p{Lu}/u.test(obj[obj.length - 1].w)) {
      run = obj;
      cls = 'change';
    }
  }
  // a comparison ("40 per cent longer than") says nothing about a thing
  if (run.length > 0 && right.some((t, i) => i > ri && i <= ri + run.length + 1 && t.l === 'than')) return null;
  // a prison term: "jailed for four years", "sentenced Peter Kapi to six years" (placeFacts ties it to the one
  // person its sentence names)
  if (kind === 'duration' && run.length === 0 && (imm === 'for' || imm === 'to')) {
    for (let j = li - 1, n = 0; j >= 0 && n < 6; j--, n++) {
      if (/^[,;:.()]$/.test(left[j].w) || CLAUSE_BREAK.test(left[j].l)) break;
      if (JAIL_VERB.test(left[j].l)) return { ...base, measure: `${kind}|${f.unit ?? ''}`, cls: 'level', head: 'sentence', keys: ['sentence'], mods: ['prison'], label: 'prison sentence' };
    }
  }
  if (kind === 'duration' && run.length === 0) return null;
  // left: "a loan worth £2.26bn", "inflation rose to 3.5%", "a pay rise of 5%"; at least one link word
  // between ("the control room a hundred miles away" is no measure of the room)
  if (run.length === 0 && kind !== 'duration') {
    let j = left.length - 1;
    let links = 0;
    let skipped = 0;
    for (; j >= 0 && skipped < 5; j--, skipped++) {
      const r = leftRole(left[j]);
      if (r === 'l') links++;
      else if (r === 'q' || (left[j].w === ',' && links > 0)) continue;
      else break;
    }
    const end = j;
    while (j >= 0 && end - j < 3 && nounish(left[j])) j--;
    run = links > 0 ? left.slice(j + 1, end + 1) : [];
    while (run.length > 0 && /(ed)$/.test(run[run.length - 1].l)) run.pop();
    // the subject before a prepositional phrase: "inflation in Sweden reached 3.9%", "turnout in Sunday's
    // presidential election was 62%", "profits at Carrow Bank rose 4%"
    if (links > 0) {
      let k = j;
      while (k >= 0 && k > j - 5 && (isCapWord(left[k]) || /^(the|a|an|its|their|his|her|['’]s?)$/.test(left[k].l))) k--;
      if (k >= 0 && SUBJECT_PREP.has(left[k].l) && (run.length === 0 || k === j || k < j)) {
        let m = k - 1;
        const e2 = m;
        while (m >= 0 && e2 - m < 3 && nounish(left[m])) m--;
        const subject = left.slice(m + 1, e2 + 1);
        if (subject.length > 0 && !GENERIC_HEAD.has(lemma(subject[subject.length - 1].w)) && !/(ed)$/.test(subject[subject.length - 1].l)) {
          run = subject;
          j = m;
        }
      }
    }
    // a verb, not a noun: "would save £150m", "cannot justify spending £3m", "Americans making under $250,000"
    if (j >= 0 && BEFORE_VERB.has(left[j].l)) run = [];
    const link = left[end + 1]?.l ?? '';
    if (run.length > 0 && /ing$/.test(run[run.length - 1].l) && !/^(of|was|is|were|are|stood|reached|totalled|totaled|hit)$/.test(link)) run = [];
  }
  if (run.length === 0 && kind === 'money') {
    // "Britain will lend Ukraine £2.26bn", "fined the chipmaker Veltronic €420m", "fined a Dar es Salaam drug
    // distributor TSh 120 million" (the object between, up to six words, within its clause)
    for (let j = left.length - 1, n = 0; j >= 0 && n < 7; j--, n++) {
      if (!/^[\p{L}]/u.test(left[j].w) || OBJECT_END.test(left[j].l)) break;
      const noun = VERB_HEAD.get(left[j].l);
      if (noun) {
        run = [{ ...left[j], w: noun, l: noun }];
        break;
      }
    }
  }
  // "customers will pay 8.5 per cent more (for broadband)": a rise in the price (of what follows "for")
  if (run.length === 0 && kind === 'percent' && right[ri]?.l === 'more' && left.slice(-4).some((t) => PAY_VERB.test(t.l))) {
    let what: Tok[] = [];
    if (right[ri + 1]?.l === 'for') {
      what = nounRunAfterDeterminers(right, ri + 2);
    }
    run = [...what, { ...right[ri], w: 'price', l: 'price' }];
    cls = 'change';
  }
  if (run.length === 0) return null;
  // "a 6% rise in rail fares" measures the fares
  const after = right.findIndex((t) => t.s >= run[run.length - 1].e);
  if (CHANGE_NOUN.has(run[run.length - 1].l) && after >= 0 && /^(in|of)$/.test(right[after].l)) {
    const what = nounRunAfterDeterminers(right, after + 1);
    if (what.length > 0) { run = what; cls = 'change'; }
  }
  // "a 3.2-tonne haul of sea cucumber", "a shipment of 3.2 tonnes of …" measure what the haul is of
  if (CONTAINER_HEAD.has(run[run.length - 1].l)) {
    const at = right.findIndex((t) => t.s >= run[run.length - 1].e);
    if (at >= 0 && right[at].l === 'of') {
      const what = nounRunAfterDeterminers(right, at + 1);
      if (what.length > 0) run = what;
    }
  }
  const head = lemma(run[run.length - 1].w);
  // modifiers that name a country or an organisation compare by the thing they name ("Britain's economy" =
  // "the UK economy")
  const mods = run.slice(0, -1).map((t) => {
    const bare = t.w.replace(/['’]s?$/, '');
    if (!/^\p{Lu}/u.test(bare)) return lemma(t.w);
    return (lex.placeCanonical(bare) ?? lex.demonymCountry(bare) ?? lex.orgCanonical(bare) ?? bare).toLowerCase();
  });
  // "the rate" says nothing; "interest rates" and "the unemployment rate" do
  if (GENERIC_HEAD.has(head) && mods.length === 0) return null;
  if (cls === 'level' && CHANGE_NOUN.has(run[run.length - 1].l)) cls = 'change';
  const keys = [head];
  if ((WRAPPER_HEAD.has(run[run.length - 1].l) || GENERIC_HEAD.has(head)) && mods.length > 0) keys.push(mods[mods.length - 1]);
  return {
    ...base, lo: lo2, hi: hi2,
    measure: `${kind}|${unit}${held}`, cls, head, keys, mods,
    label: run.map((t) => t.l).join(' '),
  };
}

/** Verbs of paying before "N per cent more": the price rises by N per cent. */
const PAY_VERB = /^(?:pay|pays|paid|paying|charge|charges|charged|charging|cost|costs|costing)$/;

const FACT_CACHE = new WeakMap<Figure[], { text: string; facts: FigureFact[]; incidents?: Set<string> }>();

/** The facts a document's figures state (cached per analysis). */
export function figureFacts(text: string, figures: Figure[]): FigureFact[] {
  const hit = FACT_CACHE.get(figures);
  if (hit && hit.text === text) return hit.facts;
  const soft = /\n[ \t\r]*\n/.test(text);
  const facts: FigureFact[] = [];
  // the words of a figure's context stop at the neighbouring measures (dates are read through: "turnout in
  // Sunday's election was 62%")
  const measures = figures.filter((f) => f.kind !== 'date');
  measures.forEach((f, i) => {
    const fact = factOf(text, f, i > 0 ? measures[i - 1].end : 0, i + 1 < measures.length ? measures[i + 1].start : text.length, soft);
    if (fact) facts.push(fact);
  });
  FACT_CACHE.set(figures, { text, facts });
  return facts;
}

/**
 * Keeps facts computed elsewhere (a worker thread, by figureFacts on the same text and figures) as figureFacts
 * keeps its own, so that the checks across sources do not compute them again. Each fact's `figure` must be one
 * of `figures` (the same objects: facts and analysis cloned in one message); otherwise nothing is kept.
 */
export function primeFigureFacts(text: string, figures: Figure[], facts: FigureFact[], incidents?: string[]): boolean {
  const mine = new Set(figures);
  if (!facts.every((f) => mine.has(f.figure))) return false;
  // copies from another thread: the figures (in place) and the facts written anew as object literals, in less
  // memory (see compactAnalysis), the facts pointing to the new figures; the same values
  const rebuilt = new Map<Figure, Figure>();
  for (let i = 0; i < figures.length; i++) {
    const f = figureOf(figures[i]);
    rebuilt.set(figures[i], f);
    figures[i] = f;
  }
  const kept = facts.map((f): FigureFact => ({
    figure: rebuilt.get(f.figure)!, lo: f.lo, hi: f.hi, sentStart: f.sentStart, sentEnd: f.sentEnd,
    measure: f.measure, cls: f.cls, head: f.head, keys: f.keys, mods: f.mods, label: f.label,
  }));
  FACT_CACHE.set(figures, incidents ? { text, facts: kept, incidents: new Set(incidents) } : { text, facts: kept });
  return true;
}

/**
 * The kinds of incident a text reports (see incidentsIn), computed where its figure facts are (a worker thread)
 * when the check may need them: only counts are compared by incident, so undefined when no fact is a count.
 */
export function factIncidents(text: string, facts: FigureFact[]): string[] | undefined {
  return facts.some((f) => f.measure.startsWith('count|')) ? [...incidentsIn(text.toLowerCase())] : undefined;
}

/** A figure fact placed in the workspace: its document and the entities (workspace ids) of its context. */
export interface PlacedFact extends FigureFact {
  path: string;
  /** Entity ids named in the sentence (or, when it names none, the sentence before). */
  entities: Set<string>;
  /** Those entities as [name, the words naming them, lower-cased] ("awa-diallo", "awa diallo"). */
  mentions: [string, string][];
  /** The same, numbered for the checks across documents (see NameProbe). */
  probes: NameProbe[];
  /** Whether it is a figure measured every day (a price, a rate: see isTimeSeries), computed once. */
  series: boolean;
  /** The document the fact is in. */
  doc: FactDocument;
  day: number | null;
}

function hasId(a: Int32Array, k: number): boolean {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < k) lo = mid + 1;
    else if (a[mid] > k) hi = mid;
    else return true;
  }
  return false;
}

/** Numbers two ascending arrays share, counted up to `cap`. */
function sharedIdsUpTo(a: Int32Array, b: Int32Array, cap: number): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i], y = b[j];
    if (x === y) {
      if (++n >= cap) return n;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Numbers two ascending arrays share. */
function sharedIds(a: Int32Array, b: Int32Array): number {
  return sharedIdsUpTo(a, b, Infinity);
}

/** Texts whose lower-cased copy is kept, dropped at the end of a check: a copy of every text would stay in memory. */
const LOWERED: TextFacts[] = [];

function dropLowered(): void {
  for (const t of LOWERED) t.dropLower();
  LOWERED.length = 0;
}

/** What the figure checks need of a document's text, computed when first needed and kept per text. */
class TextFacts {
  private tokenIds?: Int32Array;
  private wordIds?: Int32Array;
  private incidentSet?: Set<string>;
  private lowerText?: string;
  /** `incidents`: the text's incidents when already known (computed with its facts on a worker thread). */
  constructor(readonly source: string, private readonly vocab: Vocabulary, incidents?: Set<string>) {
    this.incidentSet = incidents;
  }
  /** The text, lower-cased (datelines write "ODESA", articles "Odesa"); kept until the end of the check (see dropLowered). */
  get lower(): string {
    if (this.lowerText === undefined) {
      this.lowerText = this.source.toLowerCase();
      LOWERED.push(this);
    }
    return this.lowerText;
  }
  dropLower(): void {
    this.lowerText = undefined;
  }
  /** Whether a word (lower-cased) is one of its words. */
  hasToken(t: string): boolean {
    const tokens = this.tokens; // first: filling numbers its words
    const k = this.vocab.find(t);
    return k !== undefined && hasId(tokens, k);
  }
  /** Whether the word numbered `k` in its vocabulary is one of its words. */
  hasTokenId(k: number): boolean {
    return hasId(this.tokens, k);
  }
  /** All its words, lower-cased (numbered in the vocabulary). */
  private get tokens(): Int32Array {
    if (!this.tokenIds) this.fill();
    return this.tokenIds!;
  }
  /** Its content words (four letters or more, without plural endings; numbered in the vocabulary). */
  get words(): Int32Array {
    if (!this.wordIds) this.fill();
    return this.wordIds!;
  }
  /** The kinds of incident it reports ("quake", "explosion"), for counts of victims. */
  get incidents(): Set<string> {
    return (this.incidentSet ??= incidentsIn(this.lowerText ?? this.source.toLowerCase()));
  }
  private fill(): void {
    // the lower-cased text is not kept for this (most documents never need it again)
    const w = wordsOf(this.lowerText ?? this.source.toLowerCase(), this.vocab);
    this.tokenIds = w.tokens;
    this.wordIds = w.words;
  }
}

/** What the figure checks need of a document: its entities (by name, whatever their type) and its text. */
interface FactDocument {
  path: string;
  /** entity name (id without type) -> the longest words naming it, lower-cased. */
  names: Map<string, string>;
  /** The same names numbered (NameProbe.id), ascending. */
  nameIds: Int32Array;
  /** Each name with its longest words, ascending by number (the order of nameIds). */
  probes: NameProbe[];
  text: TextFacts;
}

/**
 * Incidents that kill, injure or displace people, by kind: two articles on different kinds report two events. A
 * kind is reported when one of its words is a whole word of the lower-cased text (a run of letters, whatever
 * stands around it: "air-strikes" has "strikes", "flash-flood" "flood", "heat2" "heat").
 */
const INCIDENTS: [string, string][] = [
  ['quake', 'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks'],
  ['flood', 'flood floods flooding'],
  ['fire', 'fire fires blaze blazes wildfire wildfires bushfire bushfires flames inferno'],
  ['explosion', 'explosion explosions blast blasts bomb bombs bombing bombings detonation detonations'],
  ['crash', 'crash crashes collision collisions derailed derailment'],
  ['attack', 'attack attacks strike strikes airstrike airstrikes shelling missile missiles drone drones raid raids offensive'],
  ['shooting', 'shooting shootings gunman gunmen shot'],
  ['storm', 'storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornados tornadoes'],
  ['landslide', 'landslide landslides mudslide mudslides avalanche avalanches'],
  ['collapse', 'collapse collapsed collapses'],
  ['stampede', 'stampede stampedes crush'],
  ['protest', 'protest protests protesters riot riots clashes demonstration demonstrations marches marched rally rallies'],
  ['epidemic', 'outbreak outbreaks epidemic epidemics cholera virus infection infections'],
  ['heatwave', 'heatwave heatwaves heat'],
];
/** Each incident word with its kind's number (its place in INCIDENTS), and the shortest and longest word. */
const INCIDENT_OF = new Map<string, number>();
INCIDENTS.forEach(([, words], k) => {
  for (const w of words.split(' ')) INCIDENT_OF.set(w, k);
});
const INCIDENT_MIN = Math.min(...[...INCIDENT_OF.keys()].map((w) => w.length));
const INCIDENT_MAX = Math.max(...[...INCIDENT_OF.keys()].map((w) => w.length));

const LETTER = /\p{L}/u;

/** Whether a code point is a letter (\p{L}). */
function isLetter(cp: number): boolean {
  if (cp < 128) return cp >= 97 ? cp <= 122 : cp >= 65 && cp <= 90;
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The kinds of incident a lower-cased text reports, in the order of INCIDENTS: one pass over its runs of letters,
 * each looked up when it is as long as an incident word (fourteen scans of the text with a pattern each cost more
 * than the figure facts they serve, on every document with a count).
 */
export function incidentsIn(lower: string): Set<string> {
  let found = 0;
  const n = lower.length;
  // by code point, as the patterns read text: a surrogate pair is one character, a lone surrogate one too
  for (let i = 0, start = -1; i <= n;) {
    const cp = i < n ? lower.codePointAt(i)! : 32;
    const letter = i < n && isLetter(cp);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start >= INCIDENT_MIN && i - start <= INCIDENT_MAX) {
        const k = INCIDENT_OF.get(lower.slice(start, i));
        if (k !== undefined) found |= 1 << k;
      }
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  const out = new Set<string>();
  for (let k = 0; k < INCIDENTS.length; k++) if (found & (1 << k)) out.add(INCIDENTS[k][0]);
  return out;
}

/**
 * An entity named by `words` (lower-cased) is named in a document too when its last word is one of the
 * document's words ("starmer"), or, for a short last word, when the whole name is in its text (knownTo).
 * The last word, when it is long enough to be looked up as a word:
 */
function lastWord(words: string): string | undefined {
  let e = words.length;
  while (e > 0 && !isWordChar(words.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && isWordChar(words.charCodeAt(b - 1))) b--;
  return e - b >= 3 ? words.slice(b, e) : undefined;
}

/**
 * An entity named in a document, numbered once for the checks across documents, which test many pairs of
 * documents: its name (without type) and its last word numbered in the check's vocabulary (-1 for a short last
 * word, looked for as the whole words in the other text), so that "is it named there" is two binary searches.
 */
export interface NameProbe {
  /** The name's number (in the vocabulary). */
  id: number;
  /** The number of its last word, or -1 (see lastWord). */
  token: number;
  /** The words naming it, lower-cased. */
  words: string;
}

function nameProbe(name: string, words: string, vocab: Vocabulary): NameProbe {
  const t = lastWord(words);
  return { id: vocab.id(`\u0000${name}`), token: t === undefined ? -1 : vocab.id(t), words };
}

/** Whether the entity of a probe is named in a document: by its name, or by its words (see lastWord). */
function knownTo(p: NameProbe, doc: FactDocument): boolean {
  return hasId(doc.nameIds, p.id) || knownByWords(p, doc);
}

/** Whether a document names a probe's entity by its words (knownTo's second test). */
function knownByWords(p: NameProbe, doc: FactDocument): boolean {
  return p.token >= 0 ? doc.text.hasTokenId(p.token) : doc.text.lower.includes(p.words);
}

/** Letters and digits, as the word sets of documents count them (any script: "ü", "ș", "ł"). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Documents about the same story name at least this many of the same entities. */
const MIN_SHARED_ENTITIES = 2;

/**
 * How many of the entities `a` names document `b` names too (by name, or by its words: knownTo), counted up to
 * MIN_SHARED_ENTITIES from `shared` (the names both number, fewer than that); names and words are numbered, so
 * each test is a binary search of sorted numbers.
 */
function namesShared(a: FactDocument, b: FactDocument, shared: number): number {
  let k = shared;
  // a's probes ascending by number, like b's names: one merge finds those b does not number
  const ids = b.nameIds, probes = a.probes;
  for (let i = 0, j = 0; i < probes.length; i++) {
    const p = probes[i];
    while (j < ids.length && ids[j] < p.id) j++;
    if (j < ids.length && ids[j] === p.id) continue;
    if (knownByWords(p, b) && ++k >= MIN_SHARED_ENTITIES) return MIN_SHARED_ENTITIES;
  }
  return k;
}

/**
 * Whether each document names at least MIN_SHARED_ENTITIES of the entities the other names, or one of them and
 * many of the same words (the recogniser misses names it does not know: "Moor Lane", "Hillcrest"). The share of
 * words is the same both ways: computed once for the pair, and only when a name count needs it.
 */
function sameStories(a: FactDocument, b: FactDocument): boolean {
  // the names both number: as many each way (and enough both ways when there are MIN_SHARED_ENTITIES of them)
  const n = sharedIdsUpTo(a.nameIds, b.nameIds, MIN_SHARED_ENTITIES);
  if (n >= MIN_SHARED_ENTITIES) return true;
  const ab = namesShared(a, b, n);
  if (ab === 0) return false;
  const ba = namesShared(b, a, n);
  if (ba === 0) return false;
  return (ab >= MIN_SHARED_ENTITIES && ba >= MIN_SHARED_ENTITIES) || manyWordsShared(a, b);
}

/** Share of content words two documents share (of the longer one's), above which one shared name suffices. */
const SAME_STORY_WORDS = 0.4;

/**
 * Whether two documents share at least SAME_STORY_WORDS of the longer one's content words (a short note inside a
 * long feature is not enough). The words shared are at most the shorter one's: when those are too few, the
 * merge is not made (the same answer: a quotient only grows with its numerator).
 */
function manyWordsShared(a: FactDocument, b: FactDocument): boolean {
  const wa = a.text.words, wb = b.text.words;
  const large = Math.max(wa.length, wb.length);
  if (large === 0) return false;
  if (Math.min(wa.length, wb.length) / large < SAME_STORY_WORDS) return false;
  return sharedIds(wa, wb) / large >= SAME_STORY_WORDS;
}

/**
 * What a document's text alone gives (cached per analysis, which is per text): the ids are the workspace's. Kept
 * for the documents a figure hover looked at; a check of the whole workspace keeps its own for the run only (its
 * word sets for every document would stay in memory as long as the analyses: a third of a large index's heap).
 */
const TEXT_CACHE = new WeakMap<Figure[], TextFacts>();
/** The words of the documents in TEXT_CACHE. */
const VOCABULARY = new Vocabulary();

interface TextCache {
  get(figures: Figure[]): TextFacts | undefined;
  set(figures: Figure[], facts: TextFacts): unknown;
}

function factDocument(src: FactSource, cache: TextCache = TEXT_CACHE, vocab = VOCABULARY): FactDocument {
  let t = cache.get(src.analysis.figures);
  if (!t || t.source !== (src.text ?? '')) {
    const known = FACT_CACHE.get(src.analysis.figures);
    t = new TextFacts(src.text ?? '', vocab, known && known.text === (src.text ?? '') ? known.incidents : undefined);
    cache.set(src.analysis.figures, t);
  }
  const names = new Map<string, string>();
  for (const m of src.analysis.entities) {
    const n = nameIn(m.entity, vocab);
    const prev = names.get(n);
    if (prev === undefined || m.text.length > prev.length) names.set(n, interned(m.text.replace(/\s+/g, ' ').toLowerCase(), vocab));
  }
  // ascending by number (a name's number is its own: one probe per number), as nameIds
  const probes = [...names].map(([n, words]) => probeOf(n, words, vocab)).sort((x, y) => x.id - y.id);
  return { path: src.path, names, nameIds: sortedIds(probes.map((p) => p.id)), probes, text: t };
}

/** The source of figure facts: a document's resolved analysis and the text its offsets point into. */
export interface FactSource {
  path: string;
  analysis: DocumentAnalysis;
  text: string | undefined;
}

function entitiesIn(mentions: EntityMention[], start: number, end: number): EntityMention[] {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
}

/**
 * The strings placed facts keep (entity names, the words naming them, what a fact measures), one copy each across
 * documents: the copy numbered in the check's vocabulary (a 10,000-article check kept tens of thousands of copies
 * of "ukraine", "percent|%" or "level", one per fact or mention).
 */
function interned(s: string, vocab: Vocabulary): string {
  return vocab.word(vocab.id(s));
}

/**
 * An entity id without its type: one document may call Downing Street a place and another an organisation;
 * for "the same subject" they are one thing. One copy across documents (see interned), found without slicing the
 * id (called for every mention of every document compared).
 */
function nameIn(id: string, vocab: Vocabulary): string {
  let i = 0;
  for (let c = id.charCodeAt(0); c >= 97 && c <= 122; c = id.charCodeAt(++i));
  return vocab.word(vocab.idAt(id, i > 0 && id.charCodeAt(i) === 58 ? i + 1 : 0, id.length));
}

/** Probes made so far, per vocabulary, by name and words: one object per name and wording, shared by every fact. */
const PROBES = new WeakMap<Vocabulary, Map<string, Map<string, NameProbe>>>();

/** nameProbe(name, words), one object for each (see PROBES); `name` and `words` interned. */
function probeOf(name: string, words: string, vocab: Vocabulary): NameProbe {
  let byName = PROBES.get(vocab);
  if (!byName) PROBES.set(vocab, (byName = new Map()));
  let byWords = byName.get(name);
  if (!byWords) byName.set(name, (byWords = new Map()));
  let p = byWords.get(words);
  if (!p) byWords.set(words, (p = nameProbe(name, words, vocab)));
  return p;
}

function probesOf(mentions: [string, string][], vocab: Vocabulary): NameProbe[] {
  return mentions.map(([name, words]) => probeOf(name, words, vocab));
}

/** A fact's strings interned (see interned), in place: the same values. */
function internFact(f: FigureFact, vocab: Vocabulary): void {
  f.measure = interned(f.measure, vocab);
  f.cls = interned(f.cls, vocab) as FigureFact['cls'];
  f.head = interned(f.head, vocab);
  f.label = interned(f.label, vocab);
  for (let i = 0; i < f.keys.length; i++) f.keys[i] = interned(f.keys[i], vocab);
  for (let i = 0; i < f.mods.length; i++) f.mods[i] = interned(f.mods[i], vocab);
}

/**
 * Whether an age right before a person's name is that person's: an adjective joined to the name ("the
 * 45-year-old Jane Doe", "45-year-old Doe"), not a phrase of its own before it ("of the voters 20 to 29 years old,
 * Doe wins most") nor a description of someone else ("a 40-year-old Doe supporter": "a" introduces another person).
 */
function ageBeforeName(text: string, start: number, end: number, nameStart: number): boolean {
  if (!/^\s+$/.test(text.slice(end, nameStart)) || !/-old$/i.test(text.slice(start, end))) return false;
  return !/(?:^|[^\p{L}])an?\s+$/iu.test(text.slice(Math.max(0, start - 4), start));
}

/** The key of the ages of people an article describes without naming them (no entity id has a tilde). */
const UNNAMED = '~unnamed';

/** Nouns for a person an article describes without a name, each with its sex ('m', 'f', '' unknown) and whether it is a child's or an adult's (''). */
const PERSON_NOUNS = new Map<string, [string, string]>();
for (const [sex, age, words] of [
  ['m', 'adult', 'man father husband grandfather gentleman businessman fisherman dad'],
  ['f', 'adult', 'woman mother wife grandmother lady businesswoman mum mom'],
  ['m', 'child', 'boy schoolboy'],
  ['f', 'child', 'girl schoolgirl'],
  ['m', '', 'son brother uncle nephew'],
  ['f', '', 'daughter sister aunt niece'],
  ['', 'child', 'child teenager teen toddler baby infant pupil'],
  ['', '', 'person youth student motorist driver cyclist motorcyclist pedestrian walker bushwalker hiker tramper ' +
    'climber mountaineer swimmer surfer skier snowboarder kayaker diver camper jogger runner resident worker ' +
    'labourer laborer miner passenger rider victim suspect patient tourist visitor backpacker farmer soldier ' +
    'sailor pilot nurse teacher homeowner tenant shopper customer employee trucker mechanic'],
]) for (const w of words.split(' ')) PERSON_NOUNS.set(w, [sex, age]);

/** Words before a described person that do not tell one person from another ("a local man"). */
const GENERIC_DESCRIPTORS = new Set(('local young elderly older unnamed unidentified anonymous other another ' +
  'second first third missing injured dead critically seriously badly').split(' '));

/**
 * The person an age describes when no name goes with it: "a 34-year-old Hobart man" (the noun after the age) or
 * "a Hobart bushwalker, aged 43" (before it), led by an article. Undefined when the words around are not one.
 */
function unnamedPerson(text: string, figure: Figure): { noun: string; mods: string[]; label: string } | undefined {
  let words: string[] | undefined;
  let at = -1;
  if (/-old$/i.test(figure.text) && /(?:^|[^\p{L}])(?:an?|the)\s+$/iu.test(text.slice(Math.max(0, figure.start - 5), figure.start))) {
    const m = /^(?:\s+[\p{L}][\p{L}'’-]*){1,4}/u.exec(text.slice(figure.end, figure.end + 60));
    if (m) {
      words = m[0].trim().split(/\s+/);
      at = words.findIndex((w) => PERSON_NOUNS.has(w));
      if (at >= 0) words = words.slice(0, at + 1);
    }
  } else {
    const m = /(?:^|[^\p{L}])(?:an?|the)\s+((?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*),?\s+(?:aged\s+)?$/iu.exec(text.slice(Math.max(0, figure.start - 80), figure.start));
    if (m) {
      words = m[1].split(/\s+/);
      at = PERSON_NOUNS.has(words[words.length - 1]) ? words.length - 1 : -1;
    }
  }
  if (!words || at < 0) return undefined;
  const noun = words[at];
  const mods = words.slice(0, at).map((w) => w.toLowerCase()).filter((w) => !GENERIC_DESCRIPTORS.has(w));
  return { noun, mods, label: words.join(' ') };
}

/** Forms of address that may open a sentence before a name ("Madam Koh Siew Lan, who ..."). */
const ADDRESS_BEFORE_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Madam|Dr|Prof)\.?\s+)?$/;

/** Words that may follow a definite age standing alone for a person ("The 71-year-old, who ...", "the 29-year-old said"). */
const AFTER_LONE_AGE = /^(?:\s*[,;:(—–]|\s+(?:who|whose|was|is|has|had|have|said|says|told|will|would|could|can|also|still|now|then|became|finished|won|took|made|lost|died|remains|remained)\b)/;

/**
 * The person an age stands for when no name is beside it, from the sentences around (general news style):
 * - "The 71-year-old, who took up swimming ...": a definite age standing alone stands for the one person named in
 *   the sentence before it (and before it in its own sentence); two people named there and it is nobody's;
 * - "A 74-year-old retired teacher became the oldest ... Madam Koh Siew Lan, who learned ...": the delayed lede,
 *   an age of someone described before any person is named, whose next sentence opens with a name met for the
 *   first time (a form of address before it at most), followed by "who" or a verb other than one of speech ("Jane
 *   Doe said" opening the next sentence is as often a police officer as the person described).
 */
function personTold(text: string, ents: EntityMention[], f: FigureFact, soft: boolean): EntityMention | undefined {
  const { start, end } = f.figure;
  if (!/-old$/i.test(f.figure.text)) return undefined;
  const before = text.slice(Math.max(0, start - 5), start);
  if (/(?:^|[^\p{L}])the\s+$/iu.test(before)) {
    if (!AFTER_LONE_AGE.test(text.slice(end, end + 12)) || f.sentStart === 0) return undefined;
    let last = f.sentStart - 1;
    while (last > 0 && /\s/.test(text[last])) last--;
    const [ps] = sentenceAround(text, last, last, soft);
    const people = entitiesIn(ents, ps, start).filter((m) => m.type === 'PERSON');
    return people.length > 0 && people.every((m) => m.entity === people[0].entity) ? people[people.length - 1] : undefined;
  }
  if (!/(?:^|[^\p{L}])an?\s+$/iu.test(before) || !unnamedPerson(text, f.figure)) return undefined;
  if (entitiesIn(ents, 0, f.sentEnd).some((m) => m.type === 'PERSON')) return undefined;
  let next = f.sentEnd;
  while (next < text.length && /\s/.test(text[next])) next++;
  const [, ne] = sentenceAround(text, next, next, soft);
  const first = entitiesIn(ents, next, ne).find((m) => m.type === 'PERSON');
  if (!first || !ADDRESS_BEFORE_NAME.test(text.slice(next, first.start))) return undefined;
  const after = text.slice(first.end, first.end + 24);
  return /^,\s+who\b/.test(after) || /^\s+(?!said\b|says\b|told\b|added\b)[a-z]+/.test(after) ? first : undefined;
}

/**
 * Whether two ages of described people may be one person's: sexes and ages that fit ("man" and "bushwalker", not
 * "man" and "woman" nor "girl" and "woman"), and something that tells this person from any other: a shared word
 * of description ("a Hobart man", "a Hobart bushwalker"), or one noun that is more than a man or a woman ("a
 * 52-year-old motorcyclist" in both).
 */
function describedAlike(a: FigureFact, b: FigureFact): boolean {
  const [sa, aa] = PERSON_NOUNS.get(a.head) ?? ['', ''];
  const [sb, ab] = PERSON_NOUNS.get(b.head) ?? ['', ''];
  if ((sa && sb && sa !== sb) || (aa && ab && aa !== ab)) return false;
  return sharesItem(a.mods, b.mods) || (a.head === b.head && sa === '' && aa === '');
}

/**
 * The place of a dateline: the document's first name, a place opening a line near the top, followed by a comma,
 * a dash, a colon or a bracket ("PORT MORESBY, Wednesday 18 August 2027 –", "ALOTAU (Wire) —").
 */
function datelinePlace(text: string, entities: EntityMention[]): EntityMention | undefined {
  const m = entities[0];
  if (!m || m.type !== 'PLACE' || m.start > 400) return undefined;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (text.slice(lineStart, m.start).trim() !== '') return undefined;
  return /^(?:,|\s*[–—:(-])/.test(text.slice(m.end, m.end + 3)) ? m : undefined;
}

function placeFacts(src: FactSource, cache?: TextCache, vocab: Vocabulary = VOCABULARY): PlacedFact[] {
  if (!src.text || src.analysis.error) return [];
  const day = dayOf(src.analysis.dateline);
  const ents = src.analysis.entities;
  // the document's names and words, made for the first fact placed (most documents place none)
  let doc: FactDocument | undefined;
  let soft: boolean | undefined; // the text's paragraphs, looked for once when needed (see sentenceAround)
  let filed: EntityMention | null | undefined; // the dateline's place (looked for once, when needed)
  const out: PlacedFact[] = [];
  for (let f of figureFacts(src.text, src.analysis.figures)) {
    if (f.measure.startsWith('age|')) {
      // the person whose age it is: named right before ("Jane Doe, 45," / "Jane Doe, aged 45") or after
      // ("the 45-year-old Jane Doe")
      const near = entitiesIn(ents, f.sentStart, f.sentEnd).filter((m) => m.type === 'PERSON' &&
        ((m.end <= f.figure.start && f.figure.start - m.end <= 8 && /^[\s,]*(?:aged\s*)?$/.test(src.text!.slice(m.end, f.figure.start))) ||
         (m.start >= f.figure.end && m.start - f.figure.end <= 3 && ageBeforeName(src.text!, f.figure.start, f.figure.end, m.start))));
      if (near.length === 0) {
        // no name beside it: "The 71-year-old, who ..." after the sentence naming her, or the delayed lede's "A
        // 74-year-old retired teacher became ..." before the sentence that names her
        const told = personTold(src.text, ents, f, soft ??= /\n[ \t\r]*\n/.test(src.text));
        if (told) near.push(told);
      }
      if (near.length === 1) {
        const name = nameIn(near[0].entity, vocab);
        const mentions: [string, string][] = [[name, interned(near[0].text.toLowerCase(), vocab)]];
        const aged = { ...f, head: near[0].entity, keys: [near[0].entity] };
        internFact(aged, vocab);
        out.push({ ...aged, path: src.path, entities: new Set([name]), mentions, probes: probesOf(mentions, vocab), series: isTimeSeries(aged), doc: (doc ??= factDocument(src, cache, vocab)), day });
        continue;
      }
      // no name: a person the article describes ("a 34-year-old Hobart man", "a Hobart bushwalker, aged 43"),
      // placed like any other fact, on the names of its sentence
      const who = near.length === 0 ? unnamedPerson(src.text, f.figure) : undefined;
      if (!who) continue;
      f = { ...f, head: who.noun, keys: [UNNAMED], mods: who.mods, label: who.label };
    }
    let here = entitiesIn(ents, f.sentStart, f.sentEnd);
    if (f.head === 'sentence' && f.measure.startsWith('duration|')) {
      // a prison term is the one person's its sentence names (not compared when it names none or several)
      const people = new Set(here.filter((m) => m.type === 'PERSON').map((m) => m.entity));
      if (people.size !== 1) continue;
      const [who] = people;
      f = { ...f, keys: [`sentence of ${nameIn(who, vocab)}`] };
    }
    if (here.length === 0 && f.sentStart > 0) {
      const [ps] = sentenceAround(src.text, f.sentStart - 1, f.sentStart - 1, (soft ??= /\n[ \t\r]*\n/.test(src.text)));
      here = entitiesIn(ents, ps, f.sentStart);
    }
    if (here.length === 0) continue;
    const mentions = here.map((m): [string, string] => [nameIn(m.entity, vocab), interned(m.text.toLowerCase(), vocab)]);
    const ids = new Set(mentions.map((m) => m[0]));
    internFact(f, vocab);
    // the dateline's place says where the story was filed, not what the sentence is about: it tells no two
    // subjects apart (namesUnknownTo)
    if (filed === undefined) filed = datelinePlace(src.text, ents) ?? null;
    const probes = probesOf(filed && here.includes(filed) ? mentions.filter((_, k) => here[k] !== filed) : mentions, vocab);
    out.push({ ...f, path: src.path, entities: ids, mentions, probes, series: isTimeSeries(f), doc: (doc ??= factDocument(src, cache, vocab)), day });
  }
  return out;
}

/**
 * What is measured every day (prices, rates, indexes, exchange rates): two figures for it are the same fact only
 * on the same day, so both documents must say which day.
 */
const TIME_SERIES = new Set(('price prices rate rates index indexes indices yield yields share shares stock stocks ' +
  'tsx nasdaq dow ftse nikkei dax cac hang seng kospi asx sensex s&p composite benchmark futures bond bonds treasury ' +
  'treasuries oil crude brent wti gold silver copper wheat corn gas gasoline petrol diesel barrel ounce bushel ' +
  'dollar dollars loonie euro euros pound pounds sterling yen yuan peso rupee franc bitcoin currency exchange ' +
  'inflation unemployment jobless mortgage cpi market markets trading close closing session valuation ' +
  // opinion polls: each poll is a day's reading of support (in a season's coverage, dozens of polls)
  'poll polls polling pollster voters voter respondents electorate approval favorability favourability support').split(' '));

function isTimeSeries(f: FigureFact): boolean {
  return [f.head, ...f.keys, ...f.mods, ...f.label.toLowerCase().split(/\s+/)].some((w) => TIME_SERIES.has(w));
}

/**
 * How far apart two datelines may be for their figures to describe the same moment (a person described without a
 * name is one event's, a few days at most).
 */
function maxDays(f: FigureFact): number {
  return f.keys[0] === UNNAMED ? 7 : f.measure.startsWith('count|') ? 3 : f.measure.startsWith('age|') ? 180 : 31;
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Whether two short lists share a string (a loop: called for every pair of facts compared). */
function sharesItem(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return true;
  return false;
}

function namesUnknownTo(x: PlacedFact, y: PlacedFact): boolean {
  for (const p of x.probes) if (!knownTo(p, y.doc)) return true;
  return false;
}

/** Years between two ages of one name beyond which they are taken for two people. */
const NAMESAKE_AGE_GAP = 10;

/** Whether two placed facts (in different documents) state the same fact, whatever their values. */
export function sameFact(a: PlacedFact, b: PlacedFact): boolean {
  if (a.path === b.path || a.measure !== b.measure || a.cls !== b.cls || !sharesItem(a.keys, b.keys)) return false;
  if (a.keys[0] === UNNAMED && !describedAlike(a, b)) return false;
  // a named person's ages far apart are two people who share a name (a slip gives 71 for 74, not 24 for 49)
  if (a.keys[0] !== UNNAMED && a.measure.startsWith('age|') && Math.abs(a.lo - b.lo) > NAMESAKE_AGE_GAP) return false;
  // "aid package" and "loan package" are different packages; "loan agreement" and "loan" the same loan
  if (a.head === b.head && a.mods.length > 0 && b.mods.length > 0 && !sharesItem(a.mods, b.mods)) return false;
  if (!contemporary(a.day, b.day, maxDays(a))) return false;
  // a price, a rate or an index changes every day: compared only between articles dated the same day
  if ((a.series || b.series) && (a.day === null || b.day === null || Math.abs(a.day - b.day) > 1)) return false;
  if (!sharesAny(a.entities, b.entities)) return false;
  // each sentence names something the other article never mentions ("a $2bn IMF loan to Egypt", "a $3bn IMF
  // loan to Kenya"): two facts about two subjects. An entity is known to the other article when it names it
  // there, whatever the recogniser made of it ("Awa Diallo's Renewal Party" names Awa Diallo).
  if (namesUnknownTo(a, b) && namesUnknownTo(b, a)) return false;
  // victims of a quake and victims of an explosion are victims of two events
  if (a.measure.startsWith('count|')) {
    const ia = a.doc.text.incidents, ib = b.doc.text.incidents;
    if (ia.size > 0 && ib.size > 0 && !sharesAny(ia, ib)) return false;
  }
  return true;
}

/** A rising count in a later article is an update ("the death toll rose to 14"), not a contradiction. */
function isUpdate(a: PlacedFact, b: PlacedFact): boolean {
  if (a.day === null || b.day === null || a.day === b.day || !a.measure.startsWith('count|')) return false;
  const [early, late] = a.day < b.day ? [a, b] : [b, a];
  return late.lo >= early.lo;
}

/**
 * Facts of one kind naming one entity are compared pairwise up to this many; an entity named in more (a
 * country in every article of a large archive) does not pair them by itself.
 */
const MAX_COMPARED = 250;

function bucketKeys(f: FigureFact): string[] {
  return f.keys.map((k) => `${f.measure}|${f.cls}|${k}`);
}

/**
 * What the figure check keeps from one run to the next (the workspace index holds one): each document's placed
 * facts, kept while its resolved entities, figures and text are the same objects, and each bucket's matched pairs,
 * kept while the bucket holds the same facts in the same order. A bucket's pairs depend on its facts alone
 * (sameFact, related and the MAX_COMPARED rule look at nothing else), so after an edit only the buckets holding a
 * fact of a changed document are compared again, and the findings equal a full check's.
 */
export class FigureCheckState {
  readonly vocab = new Vocabulary();
  readonly placed = new WeakMap<EntityMention[], { text: string; figures: Figure[]; dateline: string | undefined; facts: PlacedFact[] }>();
  readonly texts = new WeakMap<Figure[], TextFacts>();
  buckets = new Map<string, BucketPairs>();
  /**
   * Whether the run's matched pairs are kept (for the next run and for hovers); a caller that drops the state after
   * the run (the command line) clears it: the pairs that agree, a million on 10,000 generated articles, are then
   * not gathered (the findings are the same).
   */
  keep = true;
  /** Buckets of the last run with facts of two documents or more, and those compared again (the others were kept). */
  lastRun = { buckets: 0, compared: 0 };
  /** Words numbered before the state starts afresh (words of edited-away text stay numbered until then). */
  static readonly MAX_WORDS = 2_000_000;
  get full(): boolean {
    return this.vocab.size > FigureCheckState.MAX_WORDS;
  }
}

interface BucketPairs {
  members: PlacedFact[];
  /**
   * Matched pairs that agree, flat (a, b, a, b, …), by their positions in `members` (numbers, not references: a
   * million pairs on 10,000 articles, kept for the next run)
   */
  agree: Int32Array;
  /** Matched pairs in conflict (updates left out), flat: a, b, a, b, … */
  conflict: PlacedFact[];
}

/** Each fact's path numbered in the order of paths (the order of strings): equal numbers for equal paths. */
function pathNumbers(facts: PlacedFact[]): Int32Array {
  const paths = [...new Set(facts.map((f) => f.path))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const no = new Map<string, number>();
  paths.forEach((p, k) => no.set(p, k));
  const out = new Int32Array(facts.length);
  facts.forEach((f, i) => (out[i] = no.get(f.path)!));
  return out;
}

/**
 * The numbers 0 … n-1 of matched pairs ordered by their documents' pair (`pairOf`, below D * D), then by number:
 * sorted as the numbers pairOf(p) * n + p without a comparing function (a million pairs on 10,000 articles),
 * unless those could exceed the integers a double holds exactly.
 */
function pairOrder(n: number, D: number, pairOf: (p: number) => number): Uint32Array {
  const order = new Uint32Array(n);
  if (D * D * n > Number.MAX_SAFE_INTEGER) {
    for (let p = 0; p < n; p++) order[p] = p;
    return order.sort((x, y) => pairOf(x) - pairOf(y) || x - y);
  }
  const keys = new Float64Array(n);
  for (let p = 0; p < n; p++) keys[p] = pairOf(p) * n + p;
  keys.sort();
  for (let p = 0; p < n; p++) order[p] = keys[p] % n;
  return order;
}

const NO_RANKS = new Int32Array(0);
const NO_PAIRS = new Int32Array(0);

function sortedRanks(rs: number[]): Int32Array {
  if (rs.length === 0) return NO_RANKS;
  const a = Int32Array.from(rs);
  return a.length > 1 ? a.sort() : a;
}

/** Whether two ascending arrays share a number below `r`. */
function sharesBelow(a: Int32Array, b: Int32Array, r: number): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i], y = b[j];
    if (x >= r || y >= r) return false;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

function* figureConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>, textOf: (path: string) => string | undefined, state = new FigureCheckState(), story?: StoryEvidence): Generator<void, Conflict[]> {
  const facts: PlacedFact[] = [];
  for (const d of docs) {
    yield;
    const text = textOf(d.path);
    const a = d.analysis;
    const hit = state.placed.get(a.entities);
    if (hit && hit.text === (text ?? '') && hit.figures === a.figures && hit.dateline === a.dateline && !a.error) {
      for (const f of hit.facts) facts.push(f);
      continue;
    }
    const placed = placeFacts({ path: d.path, analysis: a, text }, state.texts, state.vocab);
    if (!a.error) state.placed.set(a.entities, { text: text ?? '', figures: a.figures, dateline: a.dateline, facts: placed });
    for (const f of placed) facts.push(f);
  }
  // set when the run ends (a run left unfinished, the index having changed meanwhile, leaves the state as it was)
  const previous = state.buckets;
  const next = new Map<string, BucketPairs>();
  const run = { buckets: 0, compared: 0 };
  if (facts.length === 0) {
    state.buckets = next;
    state.lastRun = run;
    dropLowered();
    return [];
  }
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < facts.length; i++) {
    if (i % 256 === 0) yield;
    for (const k of bucketKeys(facts[i])) {
      let l = buckets.get(k);
      if (!l) buckets.set(k, (l = []));
      l.push(i);
    }
  }
  yield;
  // each fact's number, looked up only for the pairs of a bucket kept from the last run (a fresh bucket's pairs
  // are found by number)
  let factNo: Map<PlacedFact, number> | undefined;
  const noOf = (f: PlacedFact): number => {
    if (!factNo) {
      factNo = new Map();
      for (let i = 0; i < facts.length; i++) factNo.set(facts[i], i);
    }
    return factNo.get(f)!;
  };
  const docIndex = new Map<FactDocument, number>();
  for (const f of facts) if (!docIndex.has(f.doc)) docIndex.set(f.doc, docIndex.size);
  // the documents' stories (sameStories) not cached: with numbered names it is a few merges of short sorted
  // arrays, and nearly every pair of facts matched is another pair of documents (a cache held a million entries
  // on 10,000 articles)
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const inConflict = new Set<number>();
  // facts that state the same value: one group each
  const same = facts.map((_, i) => i);
  const findSame = (i: number): number => (same[i] === i ? i : (same[i] = findSame(same[i])));
  const D = docIndex.size;
  // each fact's document, numbered
  const docOf = new Int32Array(facts.length);
  facts.forEach((f, i) => (docOf[i] = docIndex.get(f.doc)!));
  // each fact's path, numbered in the order of paths (compared as numbers in the pairs' loop, not as strings
  // sharing a long folder prefix)
  const pathNo = pathNumbers(facts);
  // the ranks of each fact's entities in the bucket being compared (see below)
  const ranksOf: Int32Array[] = new Array<Int32Array>(facts.length);
  // each fact's position in the members of the bucket being compared (the agreeing pairs are kept so)
  const posOf = new Int32Array(facts.length);
  let tick = 0;
  for (const [key, members] of [...buckets.entries()]) {
    if ((++tick & 63) === 0) yield;
    if (new Set(members.map((i) => facts[i].path)).size < 2) continue;
    run.buckets++;
    // the same facts as in the last run: the same pairs
    const before = previous.get(key);
    let pairs: BucketPairs | undefined = before && before.members.length === members.length && members.every((i, k) => facts[i] === before.members[k]) ? before : undefined;
    // a fresh bucket's pairs are found by number (those that agree joined as found, those in conflict listed); a
    // bucket kept from the last run looks its facts' numbers up
    const fresh = !pairs;
    let conflictNo: number[] | undefined;
    if (!pairs) {
      conflictNo = [];
      yield;
      run.compared++;
      pairs = { members: state.keep ? members.map((i) => facts[i]) : [], agree: NO_PAIRS, conflict: [] };
      if (state.keep) for (let k = 0; k < members.length; k++) posOf[members[k]] = k;
      let agreed = NO_PAIRS;
      let na = 0;
      // matched pairs, grouped by document pair; only facts whose sentences name a common entity are compared
      const byEntity = new Map<string, number[]>();
      for (const i of members) {
        for (const e of facts[i].entities) {
          let l = byEntity.get(e);
          if (!l) byEntity.set(e, (l = []));
          l.push(i);
        }
      }
      // a pair sharing several entities is compared once: under the first of them (in this order) it shares
      const rank = new Map<string, number>();
      for (const [e, list] of byEntity) if (list.length >= 2 && list.length <= MAX_COMPARED) rank.set(e, rank.size);
      // each member's entities by rank, ascending (those with one): whether a pair shares an entity ranked before
      // the one it is met under is a merge of two short arrays of numbers, not a lookup per entity by its name
      for (const i of members) {
        const rs: number[] = [];
        for (const e of facts[i].entities) {
          const r = rank.get(e);
          if (r !== undefined) rs.push(r);
        }
        ranksOf[i] = sortedRanks(rs);
      }
      // matched fact pairs, flat (i, j, i, j, …), in a typed array grown by doubling (a million pairs on 10,000
      // articles: 8 bytes each)
      let matched = new Int32Array(256);
      let nm = 0;
      for (const [e, list] of byEntity) {
        const r = rank.get(e);
        if (r === undefined) continue;
        for (let x = 0; x < list.length; x++) {
          for (let y = x + 1; y < list.length; y++) {
            if ((++tick & 63) === 0) yield;
            let i = list[x], j = list[y];
            if (pathNo[j] < pathNo[i]) { const t = i; i = j; j = t; }
            if (pathNo[i] === pathNo[j] || sharesBelow(ranksOf[i], ranksOf[j], r)) continue;
            const a = facts[i], b = facts[j];
            if (!sameFact(a, b) || !sameStories(a.doc, b.doc)) continue;
            if (nm + 2 > matched.length) {
              const grown = new Int32Array(matched.length * 2);
              grown.set(matched);
              matched = grown;
            }
            matched[nm++] = i;
            matched[nm++] = j;
          }
        }
      }
      // grouped by document pair, in the order found within each (a sort of their numbers, not a map of lists:
      // a million pairs of documents on 10,000 articles)
      const pairOf = (p: number): number => docOf[matched[2 * p]] * D + docOf[matched[2 * p + 1]];
      const order = pairOrder(nm / 2, D, pairOf);
      for (let g = 0, h = 0; g < order.length; g = h) {
        h = g + 1;
        while (h < order.length && pairOf(order[h]) === pairOf(order[g])) h++;
        const conflicting: [number, number][] = [];
        let agreeing = false;
        for (let p = g; p < h; p++) {
          const i = matched[2 * order[p]], j = matched[2 * order[p] + 1];
          if (valuesAgree(facts[i], facts[j])) {
            agreeing = true;
            if (state.keep) {
              if (na + 2 > agreed.length) {
                const grown = new Int32Array(Math.max(16, agreed.length * 2));
                grown.set(agreed);
                agreed = grown;
              }
              agreed[na++] = posOf[i];
              agreed[na++] = posOf[j];
            }
            same[findSame(i)] = findSame(j);
          } else conflicting.push([i, j]);
        }
        if (agreeing) continue; // a figure given in both documents: the others are other facts
        // each document must give one value for the fact; two different loans in one article are two facts
        const left = [...new Set(conflicting.map(([i]) => i))];
        const right = [...new Set(conflicting.map(([, j]) => j))];
        const oneValue = (ids: number[]): boolean => ids.every((i) => valuesAgree(facts[i], facts[ids[0]]));
        if (!oneValue(left) || !oneValue(right)) continue;
        for (const [i, j] of conflicting) {
          if (isUpdate(facts[i], facts[j])) continue;
          pairs.conflict.push(facts[i], facts[j]);
          conflictNo.push(i, j);
        }
      }
      pairs.agree = na === agreed.length ? agreed : agreed.slice(0, na);
    }
    if (state.keep) next.set(key, pairs);
    // the groups: unions, whose result does not depend on their order
    if (!fresh) {
      // the same facts as last time, in the same order: members[k] is the number of pairs.members[k]
      for (let p = 0; p < pairs.agree.length; p += 2) {
        const i = members[pairs.agree[p]], j = members[pairs.agree[p + 1]];
        same[findSame(i)] = findSame(j);
      }
    }
    for (let p = 0; p < pairs.conflict.length; p += 2) {
      // the documents must report the same story by the workspace's measure too (story.ts: shared names weighted
      // by how rare they are here), which a bucket's pairs cannot keep (it changes with every document): in a
      // folder of one campaign's news, every article names the candidates
      if (story && !storyHolds(story, pairs.conflict[p], pairs.conflict[p + 1])) continue;
      const i = conflictNo ? conflictNo[p] : noOf(pairs.conflict[p]), j = conflictNo ? conflictNo[p + 1] : noOf(pairs.conflict[p + 1]);
      inConflict.add(i);
      inConflict.add(j);
      parent[find(i)] = find(j);
    }
  }
  state.buckets = next;
  state.lastRun = run;
  // figures that agree with a conflicting one join its finding ("£2.26bn in a and c, £2.5bn in b")
  if (inConflict.size > 0) {
    const rootOf = new Map<number, number>();
    for (const i of inConflict) rootOf.set(findSame(i), i);
    facts.forEach((_, i) => {
      const c = rootOf.get(findSame(i));
      if (c === undefined || c === i) return;
      parent[find(i)] = find(c);
      inConflict.add(i);
    });
  }
  const groups = new Map<number, number[]>();
  for (const i of [...inConflict].sort((a, b) => a - b)) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  }
  dropLowered();
  const out: Conflict[] = [];
  for (const g of groups.values()) {
    const fs = g.map((i) => facts[i]).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.figure.start - b.figure.start));
    // values that agree are shown together
    const clusters: PlacedFact[][] = [];
    for (const f of [...fs].sort((a, b) => (a.figure.value as number) - (b.figure.value as number))) {
      const c = clusters.find((cl) => cl.every((x) => valuesAgree(x, f)));
      if (c) c.push(f);
      else clusters.push([f]);
    }
    if (clusters.length < 2) continue;
    const first = fs[0];
    const what = first.keys[0] === UNNAMED ? `the age of the unnamed ${first.label}` : first.measure.startsWith('age|') ? `the age of ${records.get(first.head)?.name ?? first.head}` : `the ${fs.map((f) => f.label).sort((a, b) => b.length - a.length)[0]}`;
    const shown = clusters.map((cl) => {
      const texts = [...new Set(cl.map((f) => f.figure.text.replace(/\s+/g, ' ')))].join(' / ');
      const docs = [...new Set(cl.map((f) => baseName(f.path)))];
      const where = docs.length > 3 ? `${docs.slice(0, 3).join(', ')} and ${docs.length - 3} more` : docs.join(', ');
      return `${texts} (${where})`;
    });
    out.push({
      kind: 'figure',
      message: `Different figures for ${what}: ${shown.join(' vs ')}`,
      locations: fs.map((f) => ({ path: f.path, start: f.figure.start, end: f.figure.end })),
    });
  }
  return out.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

/** Shared evidence (story.ts) enough for two documents dated close together whose figures state one fact. */
const DATED_STORY_SCORE = 0.5;

/**
 * Whether two documents whose figures state the same fact report the same story by the workspace's evidence
 * (StoryEvidence.same), or are both dated within the fact's span (the sameFact test) and share some evidence
 * (any on the same day): two short briefs of one week's flood name little more than its places.
 */
function storyHolds(story: StoryEvidence, a: PlacedFact, b: PlacedFact): boolean {
  if (story.same(a.path, b.path)) return true;
  if (a.day === null || b.day === null) return false;
  const s = story.score(a.path, b.path);
  return s >= DATED_STORY_SCORE || (a.day === b.day && s > 0);
}

/** Whether a fact of document `doc` may be `mine` by their stories (an age is its person's whatever the story). */
function storyAllows(mine: PlacedFact, doc: FactDocument): boolean {
  return (mine.measure.startsWith('age|') && mine.keys[0] !== UNNAMED) || sameStories(mine.doc, doc);
}

/** Figures in other documents that state the same fact as `figure` in `path`: those that agree and those that differ. */
export interface FigureCounterparts {
  fact: FigureFact | undefined;
  agree: PlacedFact[];
  differ: PlacedFact[];
}

/**
 * The same fact elsewhere, for one figure (the hover): every figure of the other sources that states the same
 * fact, split by whether its value agrees. Uses the same tests as the conflict check, without the rule that
 * each document give one value.
 */
export function figureCounterparts(sources: FactSource[], path: string, figure: Figure, isCancelled: () => boolean = () => false): FigureCounterparts {
  const src = sources.find((s) => s.path === path);
  if (!src) return { fact: undefined, agree: [], differ: [] };
  const mine = placeFacts(src).find((f) => f.figure.start === figure.start && f.figure.end === figure.end);
  if (!mine) return { fact: src.text ? figureFacts(src.text, src.analysis.figures).find((f) => f.figure.start === figure.start) : undefined, agree: [], differ: [] };
  const agree: PlacedFact[] = [];
  const differ: PlacedFact[] = [];
  const mineKeys = bucketKeys(mine);
  // an age's key is the person it is placed on (see placeFacts): before placing, only its measure can be compared
  const age = mine.measure.startsWith('age|');
  for (const s of sources) {
    if (s.path === path || isCancelled()) continue;
    const theirs = figureFacts(s.text ?? '', s.analysis.figures);
    if (!theirs.some((f) => (age ? f.measure === mine.measure && f.cls === mine.cls : bucketKeys(f).some((k) => mineKeys.includes(k))))) continue;
    if (!storyAllows(mine, factDocument(s))) continue;
    for (const f of placeFacts(s)) {
      if (!sameFact(mine, f)) continue;
      (valuesAgree(mine, f) ? agree : differ).push(f);
    }
  }
  return { fact: mine, agree, differ };
}

/**
 * figureCounterparts from what the last figure check kept (`state`): only the facts of the groups of comparable
 * facts `figure`'s fact is in, not every document's figures. The same answer as figureCounterparts over the
 * documents the check ran on (sameFact needs a shared group key). Undefined when the check placed no fact for
 * `figure` (`entities`: its document's resolved entities, the array the check saw).
 */
export function figureCounterpartsFrom(state: FigureCheckState, path: string, entities: EntityMention[], figure: Figure): FigureCounterparts | undefined {
  const mine = state.placed.get(entities)?.facts.find((f) => f.figure.start === figure.start && f.figure.end === figure.end);
  if (!mine) return undefined;
  const agree: PlacedFact[] = [];
  const differ: PlacedFact[] = [];
  const seen = new Set<PlacedFact>();
  for (const key of bucketKeys(mine)) {
    for (const f of state.buckets.get(key)?.members ?? []) {
      if (f.path === path || seen.has(f)) continue;
      seen.add(f);
      if (storyAllows(mine, f.doc) && sameFact(mine, f)) (valuesAgree(mine, f) ? agree : differ).push(f);
    }
  }
  // in the documents' order, as figureCounterparts gives them
  const order = (a: PlacedFact, b: PlacedFact): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.figure.start - b.figure.start);
  return { fact: mine, agree: agree.sort(order), differ: differ.sort(order) };
}

/**
 * Every cross-source finding: roles, quotes and (when the documents' texts are given) figures. `textOf` returns
 * the text a document's offsets point into.
 */
export function findConflicts(docs: ResolvedDocument[], records: Map<string, EntityRecord>, textOf?: (path: string) => string | undefined): Conflict[] {
  return drain(findConflictsSteps(docs, records, textOf));
}

/**
 * findConflicts in steps: a generator that pauses (yields) between small pieces of work and returns the same
 * findings, so that a caller on a thread that must stay responsive (the editor's) can spread the work over
 * many turns of its event loop. The inputs must not change until it returns.
 */
export function* findConflictsSteps(docs: ResolvedDocument[], records: Map<string, EntityRecord>, textOf?: (path: string) => string | undefined, figureState?: FigureCheckState): Generator<void, Conflict[]> {
  const story = new StoryEvidence(docs, (name) => records.get(`org:${name}`)?.name.toLowerCase() ?? name.replace(/-/g, ' '), true);
  yield* story.fill();
  const roles = yield* roleConflicts(docs, records, story, textOf);
  const quotes = yield* quoteConflicts(docs, records, story, textOf);
  const figures = textOf ? yield* figureConflicts(docs, records, textOf, figureState, story) : [];
  return [...roles, ...quotes, ...figures];
}

/** Runs a generator of steps to its end and returns its result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

