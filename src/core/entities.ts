// Named entities: people, organisations and places, with the roles stated beside them.
// Capitalised chunks are found in one pass over the tokens, titles are split off as roles, each chunk is typed
// from gazetteers, name shape and context, and the types are made consistent across the document.
import type { EntityMention, EntityType, LocalEntity, Span } from './types';
import { Kind, PARTICLE_NAME, type Sentence, type Token, type Tokenized } from './text';
import * as lex from './lex';
import { W } from './lex';
import { MONTHS_FULL, MONTH_ABBR } from './figures';

/** A lexicon flag of a token's word (lex.W), cached on the token. */
function has(t: Token, bit: number): boolean {
  return (lex.wf(t) & bit) !== 0;
}

/** A name found in the text, before clustering. */
export interface NameChunk {
  /** token range of the name itself (role excluded) */
  a: number;
  b: number;
  type: EntityType | null;
  role?: Span;
  /** normalised role key (lexicon) */
  roleKey?: string;
  /** a part of one token ("Kyiv" in "Kyiv-Washington") */
  sub?: { start: number; end: number };
}

/** Lower-case words and marks that occur inside gazetteer names ("Bank of England", "St. Louis", "Procter & Gamble"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'della', 'da', 'do', 'dos', 'du', 'des', 'la', 'le', 'los',
  'las', 'in', 'on', 'at', 'upon', 'y', 'e', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'i', 'to', 'an', 'a', 'et',
  'am', 'im', 'sur', 'sous', 'en', 'di', 'af', 'og', 'zu', 'ter', 'ten', 'op', 'aan', 'd', 'l',
  '&', '.', '-', "'", '’', ',', '(', ')', '/']);
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'der', 'van', 'von', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'da', 'dos', 'do', '&', 'for']);
/** Role words that relate a person to another rather than name an office ("his Ukrainian counterpart"). */
const RELATIVE_ROLES = new Set(['counterpart', 'counterparts', 'predecessor', 'successor', 'deputy', 'rival', 'ally']);
/** A name and a participle of control before a body ("the Republican-controlled Legislature", "a Labour-run council"). */
const CONTROL_MODIFIER = /^[\p{L}]+-(controlled|run|dominated|led|backed|owned)$/u;
/** Plural nouns whose possessive opens organisations' names ("Women's Tennis Association", "Children's Society"). */
const PLURAL_POSSESSORS = new Set(['Women', 'Men', 'Children', 'People', 'Workers', 'Veterans', 'Farmers', 'Teachers', 'Nurses', 'Pensioners', 'Students']);
/** connectors that may join two capitalised words only inside organisation/place names */
const ORG_ONLY_CONNECTORS = new Set(['of', 'for', '&']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
/** Honours and offices written after a person's name. */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'BL', 'MP', 'MSP', 'MEP', 'MLA', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS']);
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'Jr.', 'Sr.']);
/** Members of a parliament or an assembly in the plural, after their party's name ("Labour MPs"). */
const MEMBER_LETTERS = new Set(['MPs', 'MSPs', 'MEPs', 'MLAs', 'MPPs', 'MHAs', 'TDs', 'AMs', 'MSs']);
/**
 * Members of a party or movement as a group ("Republicans", "the Democrats", "Tories"): like nationalities,
 * descriptions of people, not names of an organisation (CoNLL: MISC).
 */
const GROUP_MEMBERS = new Set([
  'Republicans', 'Democrats', 'Conservatives', 'Liberals', 'Socialists', 'Communists', 'Libertarians', 'Progressives',
  'Nationalists', 'Unionists', 'Loyalists', 'Republicans', 'Tories', 'Whigs', 'Greens', 'Marxists', 'Leninists',
  'Maoists', 'Islamists', 'Jihadists', 'Zionists', 'Christians', 'Muslims', 'Jews', 'Catholics', 'Protestants',
  'Evangelicals', 'Mormons', 'Hindus', 'Sikhs', 'Buddhists', 'Sunnis', 'Shias', 'Shiites', 'Baptists', 'Methodists',
  'Brexiteers', 'Remainers', 'Federalists', 'Populists', 'Centrists', 'Moderates', 'Independents', 'Blairites',
  'Corbynites', 'Trumpists', 'Peronists', 'Gaullists', 'Chavistas', 'Sandinistas', 'Zapatistas', 'Bolsheviks',
]);
/** Last words that make a capitalised run an event, a document or a law, not a person, organisation or place. */
const EVENT_HEADS = new Set([
  'Bowl', 'Cup', 'Olympics', 'Paralympics', 'Games', 'Championship', 'Championships', 'Open', 'Grand Prix', 'Marathon',
  'Festival', 'Awards', 'Prize', 'Oscars', 'Emmys', 'Grammys', 'Statement', 'Treaty', 'Act', 'Accord', 'Accords',
  'Agreement', 'Declaration', 'Amendment', 'Doctrine', 'Manifesto', 'Bill', 'Convention', 'Protocol', 'Charter',
  'War', 'Wars', 'Revolution', 'Uprising', 'Spring', 'Crisis', 'Massacre', 'Holocaust', 'Day', 'Eve', 'Week',
  'Summit', 'Election', 'Elections', 'Primary', 'Caucus', 'Caucuses', 'Debate', 'Address', 'Speech', 'Rule', 'Rules',
  'Order', 'Directive', 'Regulation', 'Plan', 'Initiative', 'Report', 'Index', 'Poll', 'Program', 'Programme',
  'Trophy', 'Series', 'Shield', 'Tournament', 'Invitational',
]);
/** Words that open such an event or document run before "of" ("Treaty of Versailles", "Battle of Britain"). */
const EVENT_OPENERS = new Set(['Treaty', 'Battle', 'Siege', 'War', 'Act', 'Declaration', 'Bill', 'Charter', 'Statute', 'Peace', 'Congress', 'Edict', 'Fall', 'Sack']);
/** Time zones and clock abbreviations written in capitals ("9AM EST"). */
const TIME_ZONES = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'UTC', 'ET', 'PT', 'CT', 'MT', 'AM', 'PM', 'IST', 'JST', 'AEST', 'AEDT']);
/** US states as news agencies abbreviate them after a town ("Raleigh, N.C.", "CAMBRIDGE, Mass."). */
const STATE_ABBREVIATIONS = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.',
  'Wyo.', 'D.C.',
]);
/** Party adjectives that follow a place in a politician's description ("Charles Grassley, Iowa Republican"). */
const PARTY_ADJECTIVES = new Set(['Republican', 'Democrat', 'Democratic', 'Independent', 'Conservative', 'Liberal', 'Labour', 'Socialist', 'Libertarian', 'Progressive']);
/**
 * Buildings and sites: places where something happens or is kept ("the Museum of Flight in Seattle", "at the
 * Venetian Hotel"), organisations only when they act ("the museum said"). "Center" counts only where something
 * happens, without "for"/"of" ("at the Kennedy Space Center"; not "the Media Research Center", "Center for …").
 */
const FACILITY_HEADS = new Set([
  'Museum', 'Planetarium', 'Stadium', 'Arena', 'Hotel', 'Airport', 'Station', 'Cathedral', 'Church', 'Mosque', 'Temple',
  'Synagogue', 'Palace', 'Castle', 'Zoo', 'Memorial', 'Prison', 'Base', 'Tower', 'Towers', 'Gallery', 'Theatre',
  'Theater', 'Complex', 'Center', 'Centre', 'Pad', 'Facility', 'Dam', 'Monument', 'Mall', 'Terminal', 'Casino', 'Hospital',
]);
/** Newspaper title words after a place ("Toronto Star", "Edmonton Sun", "Sydney Morning Herald"). */
const NEWSPAPER_HEADS = new Set(['Star', 'Sun', 'Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Globe', 'Mail',
  'Telegraph', 'Chronicle', 'Examiner', 'Observer', 'Independent', 'Guardian', 'Record', 'Inquirer', 'Bulletin', 'Courier',
  'Express', 'Mirror', 'Standard', 'Register', 'Dispatch', 'Sentinel', 'Review', 'News', 'Daily', 'Advertiser', 'Argus',
  'Enquirer', 'Leader', 'Press', 'Times-Picayune', 'Free Press', 'Plain Dealer', 'Statesman', 'Nation', 'Age']);
/** Stock indices and oil benchmarks (labels of figures; "Brent" only before "crude"/"oil"). */
/** Newspaper heads that are seldom anything else ("Courier", "Gazette"; not "Star", "Sun", "Mail"). */
const PAPER_ONLY_HEADS = new Set(['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Telegraph', 'Chronicle', 'Examiner', 'Observer',
  'Inquirer', 'Bulletin', 'Courier', 'Dispatch', 'Sentinel', 'Advertiser', 'Argus', 'Enquirer']);
/** Words for an outlet's services between its name and the region it serves ("BBC Radio Scotland", "ITV News Wales"). */
const OUTLET_SERVICES = new Set(['Radio', 'TV', 'Television', 'News', 'One', 'Two', 'World', 'Sport', 'Online', 'Digital']);
const MARKET_LABELS = new Set(['FTSE', 'DAX', 'CAC', 'Nikkei', 'Kospi', 'Sensex', 'Nifty', 'VIX', 'Topix', 'Stoxx', 'IBEX', 'Brent', 'WTI']);
const VEHICLE_PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'RMS', 'SS', 'MV', 'INS', 'USNS']);
const LANGUAGES = new Set(['Arabic', 'Hebrew', 'Urdu', 'Hindi', 'Farsi', 'Persian', 'Swahili', 'Mandarin', 'Cantonese', 'Latin',
  'Pashto', 'Dari', 'Tamil', 'Bengali', 'Punjabi', 'Gujarati', 'Marathi', 'Telugu', 'Yiddish', 'Sanskrit', 'Esperanto',
  'Amharic', 'Tigrinya', 'Yoruba', 'Igbo', 'Hausa', 'Zulu', 'Xhosa', 'Tagalog', 'Malay', 'Catalan', 'Basque', 'Gaelic']);
const FAITHS = new Set(['Muslim', 'Christian', 'Jewish', 'Jew', 'Catholic', 'Protestant', 'Evangelical', 'Mormon', 'Hindu',
  'Sikh', 'Buddhist', 'Sunni', 'Shia', 'Shiite', 'Islamist', 'Jihadist', 'Zionist', 'Orthodox', 'Anglican', 'Baptist',
  'Methodist', 'Lutheran', 'Presbyterian', 'Pentecostal', 'Coptic', 'Druze', 'Alawite', 'Yazidi', 'Kurdish']);

/** "Virginians", "Floridian", "Texans", "Iowan", "Ohioans": the people of a known state or country. */
function isPeopleOf(t: Token): boolean {
  if (has(t, W.PLACE | W.ORG | W.FIRST) || !/ans?$/.test(t.w)) return false;
  const s1 = t.w.endsWith('s') ? t.w.slice(0, -1) : t.w;
  for (const c of [s1.slice(0, -1), s1.slice(0, -3) + 'a', s1.slice(0, -2) + 'as', s1.slice(0, -2)]) {
    const k = c.length > 2 ? lex.placeKind(c) : undefined;
    if (k === 'state' || k === 'country' || k === 'region' || k === 'continent') return true;
  }
  return false;
}
const HOLIDAYS = new Set(['Christmas', 'Easter', 'Thanksgiving', 'Ramadan', 'Hanukkah', 'Diwali', 'Eid', 'Passover', 'Halloween', 'Lent', 'Advent', 'Yom', 'Kippur', 'Nowruz', 'Pentecost', 'Xmas']);
const CAPS_WORDS = new Set(['OK', 'O.K.', 'TV', 'ID', 'IQ', 'PS', 'PC', 'DJ', 'VIP', 'DIY', 'FAQ', 'LOL', 'OMG', 'ASAP', 'RIP', 'AKA', 'ETA', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MPs', 'GDP', 'DNA', 'HIV', 'AIDS', 'COVID', 'PhD', 'MBA']);
// ordinary nouns that news writes as acronyms, on their own no organisation's name: technology, medicine, sport,
// honours, everyday things ("generative AI", "a GP surgery", "CCTV footage", "an MRI scan", "a long VAR check",
// "won in OT", "appointed OBE", "IC numbers"); one that also names a body ("CCTV", the Chinese broadcaster) only
// before a lower-case noun ("CCTV footage")
const NOUN_ACRONYMS = new Set(['AI', 'GP', 'GPs', 'CCTV', 'MRI', 'ICU', 'ATM', 'ATMs', 'SUV', 'SUVs', 'GPS', 'IVF', 'PPE', 'EV', 'EVs', 'IPO', 'IPOs',
  'ETF', 'ETFs', 'CPI', 'VAR', 'OT', 'OBE', 'MBE', 'CBE', 'LED', 'SMS', 'PDF', 'URL', 'API', 'UAV', 'UAVs', 'ADHD', 'PTSD', 'LGBT', 'LGBTQ',
  'CO2', 'IC', 'PIN', 'GCSE', 'GCSEs', 'SIM', 'HGV', 'HGVs', 'MOT', 'VAT']);
// a code of a letter or two and digits names a model, a batch, a route, a road or a vitamin ("R21", "RT25", "D14",
// "the M25", "vitamin B3"), not an organisation, unless it acts as one (codeActs: "U2 played", "the band UB40")
const LETTER_CODE = /^[A-Z]{1,2}\d+$/;
const MONTHS = new Set([...MONTHS_FULL, ...MONTH_ABBR]);
const GENERIC_BODIES = new Set(['Government', 'Administration', 'Board', 'Company', 'Group', 'Courts']);
/** Whether the text names a body in full with this word and "of" a name ("Government of Malawi"). */
function namedInFull(tz: Tokenized, w: string): boolean {
  for (let i = tz.text.indexOf(`${w} of `); i >= 0; i = tz.text.indexOf(`${w} of `, i + 1)) {
    const c = tz.text.charCodeAt(i + w.length + 4);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
/** Whether a lower-case word that may be a noun follows (no reporting verb, auxiliary or conjunction: "CCTV said"). */
function nounAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.k === Kind.Word && !t.cap && !has(t, W.CUE) && !/^(is|was|are|were|has|had|have|will|would|can|could|and|or|in|on|at|of)$/.test(t.l);
}

/** Whether token i is an initial with its period ("R." in "R. Kamalakannan"). */
function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.w.length === 1 && t.cap && t.k === Kind.Word && tokens[i + 1]?.w === '.' && tokens[i + 1].s === t.e;
}

/** Upper-case acronym like NATO, BBC, UK (2..6 letters). */
function isAcronym(w: string): boolean {
  return w.length >= 2 && w.length <= 6 && /^[A-Z][A-Z0-9&.]*[A-Z0-9.]$/.test(w);
}


function isNameToken(t: Token): boolean {
  return t.k === Kind.Word && (t.cap || PARTICLE_NAME.test(t.w));
}

/** Text of tokens [a, b) as it stands in the document. */
export function tokensText(tz: Tokenized, a: number, b: number): string {
  return tz.text.slice(tz.tokens[a].s, tz.tokens[b - 1].e);
}

/**
 * Finds the longest role phrase (lexicon role, possibly several words) starting at token i, returns its end
 * token index or -1. Roles are matched case-insensitively ("Prime Minister", "spokesman", "Secretary General").
 */
function roleEnd(tokens: Token[], i: number, limit: number): number {
  const t0 = tokens[i];
  if (t0.k !== Kind.Word) return -1;
  // memoised per word type: can a role start with this word?
  if (!has(t0, W.ROLE_START) && !RELATIVE_ROLES.has(t0.l)) return -1;
  let best = -1;
  let phrase = '';
  for (let j = i; j < limit && j < i + 4; j++) {
    const t = tokens[j];
    if (t.k !== Kind.Word) {
      if (t.w === '-' && j > i && tokens[j - 1].e === t.s) { phrase += '-'; continue; }
      // the period of an abbreviated title: "Gov.", "Sen.", "Lt. Gen."
      if (t.w === '.' && best === j && tokens[j - 1].e === t.s && tokens[j - 1].w.length <= 5) { best = j + 1; continue; }
      break;
    }
    phrase = j === i ? t.l : phrase.endsWith('-') ? phrase + t.l : `${phrase} ${t.l}`;
    // capitalised role words must be titles ("Prime Minister", "Secretary General"); "Local" in "The Local
    // Courier" is not. Lower-case ones may be any role ("spokesman", "chief", "host").
    // (a sentence's first word is capitalised anyway: "Goalkeeper Rowan MacPhail saved …" is a role before a name
    // when a given name follows)
    const ok = t0.cap ? lex.isTitle(phrase) || (j === i && t0.first && lex.isRoleExact(phrase) && tokens[j + 1]?.cap === true && has(tokens[j + 1], W.FIRST)) : lex.isRoleExact(phrase);
    if (ok || (j === i && RELATIVE_ROLES.has(phrase))) best = j + 1;
  }
  return best;
}

/**
 * Capitalised chunks in one sentence, with roles split off: "UK Prime Minister Keir Starmer" gives the place
 * "UK" and the person "Keir Starmer" with the role "UK Prime Minister".
 */
export function findNameChunks(tz: Tokenized): NameChunk[] {
  const { tokens } = tz;
  const out: NameChunk[] = [];
  // Title-case headlines ("River Trust Will Air Ads Urging Council Members"): capitalisation says nothing
  // there, so they are read after the body, and an ordinary word in them is a name only if the body uses it as
  // one or the gazetteers know it (a place, an organisation, a given name or surname that is no ordinary word,
  // a surname after a given name: "Jeb Bush").
  const headlines: Sentence[] = [];
  for (const sent of tz.sentences) {
    if (isHeadline(tz, sent)) { headlines.push(sent); continue; }
    chunkSentence(tz, sent, isNameToken, out);
  }
  if (headlines.length) {
    const bodyWords = new Set<string>();
    for (const c of out) for (let i = c.a; i < c.b; i++) bodyWords.add(tokens[i].w);
    const start = out.length;
    for (const sent of headlines) {
      const nameTok = new Uint8Array(sent.b - sent.a);
      for (let i = sent.a; i < sent.b; i++) {
        const t = tokens[i];
        if (!isNameToken(t) || nameTok[i - sent.a]) continue;
        const g = gazetteerRun(tokens, i, sent.b);
        if (g > i + 1) { for (let k = i; k < g; k++) nameTok[k - sent.a] = 1; continue; }
        const prev = tokens[i - 1];
        if (bodyWords.has(t.w) || isAcronym(t.w) || has(t, W.PLACE) || has(t, W.ORG)
          || ((has(t, W.FIRST) || has(t, W.SURNAME)) && !has(t, W.COMMON))
          || (i > sent.a && nameTok[i - 1 - sent.a] && has(prev, W.FIRST) && !has(t, W.COMMON))
          || (i > sent.a && nameTok[i - 1 - sent.a] && has(prev, W.FIRST) && has(t, W.SURNAME))) nameTok[i - sent.a] = 1;
      }
      chunkSentence(tz, sent, (t) => isNameToken(t) && nameTok[tokens.indexOf(t, sent.a) - sent.a] === 1, out);
    }
    if (out.length > start) out.sort((x, y) => x.a - y.a || (x.sub?.start ?? 0) - (y.sub?.start ?? 0));
  }
  return out.map(sameShape);
}

/**
 * A chunk as an object of one shape, whatever fields it was made with: the passes over a document's chunks then
 * see one hidden class in V8 (chunks with and without a role or a sub-span had several, and those passes were
 * deoptimised and recompiled again and again on a first run).
 */
function sameShape(c: NameChunk): NameChunk {
  return { a: c.a, b: c.b, type: c.type, role: c.role, roleKey: c.roleKey, sub: c.sub };
}

/**
 * A headline or title in title case: a short sentence most of whose longer words are capitalised, at least two
 * of them ordinary words past the first, and no lower-case word of four letters or more.
 */
function isHeadline(tz: Tokenized, sent: Sentence): boolean {
  const { tokens } = tz;
  const n = sent.b - sent.a;
  if (n < 4 || n > 30) return false;
  let long = 0;
  for (let i = sent.a; i < sent.b; i++) {
    const t = tokens[i];
    if (t.k !== Kind.Word || t.w.length < 4) continue;
    if (!t.cap) return false;
    long++;
  }
  if (long < 3 || isAllCapsSentence(tz, sent)) return false;
  // a credit line is no headline ("Photo: Jonas Lindberg/Fjordline Images"); a headline has no full stop,
  // unless it is the first line of a document with a body after it (some sites end their titles with one),
  // every word of three letters or more is capitalised ("Sends Warning To Senate.") and title case shows on
  // at least two ordinary words (below)
  if (CREDIT_WORDS.has(tokens[sent.a].l) && tokens[sent.a + 1]?.w === ':') return false;
  const stop = tokens[sent.b - 1].w === '.';
  if (stop) {
    if (sent.a !== 0 || sent.b >= tokens.length || !lineBreakBefore(tz, sent.b)) return false;
    for (let i = sent.a; i < sent.b; i++) {
      const t = tokens[i];
      if (t.k === Kind.Word && t.w.length >= 3 && !t.cap) return false;
    }
  }
  // a headline is one line; lines of names and figures ("Felsham United 1 Grantley 4" / "Hollins 2 …") are a table
  for (let i = sent.a + 1; i < sent.b; i++) if (tz.text.charCodeAt(tokens[i].s - 1) === 10 || lineBreakBefore(tz, i)) return false;
  // title case shows on ordinary words ("Will Run Ads Demanding"), not on names
  let capCommon = 0;
  for (let i = sent.a + 1; i < sent.b; i++) {
    const t = tokens[i];
    if (t.k === Kind.Word && t.w.length >= 4 && has(t, W.COMMON) && !has(t, W.KNOWN)) capCommon++;
  }
  return capCommon >= 2 || (!stop && long >= 5 && capCommon >= 1);
}

/** An all-capitals line ("ANALYSTS DISMISS RUMOURED VALDORIA RATE CUT") is read like any other. */
function isAllCapsSentence(tz: Tokenized, sent: Sentence): boolean {
  for (let i = sent.a; i < sent.b; i++) {
    const t = tz.tokens[i];
    if (t.k === Kind.Word && t.w.length >= 4 && t.w !== t.w.toUpperCase()) return false;
  }
  return true;
}

/** Whether [i, p) is an article, a nationality or both ("The", "European", "The European"). */
function possessorOpening(tokens: Token[], i: number, p: number): boolean {
  if (tokens[i].l === 'the') i++;
  return i === p || (i + 1 === p && has(tokens[i], W.DEMONYM));
}
/** A noun for a person by what they do ("Agronomist", "Researcher", "Student", "Bookmaker", "Activist"). */
const AGENT_NOUN = /^[A-Z][a-z]{3,}(?:ist|er|or|ent|ant|ian)$/;
/** Whether a letter-digit word acts as a name: opening the sentence, speaking, or after a word for a group ("U2 played", "the band UB40"). */
function codeActs(tokens: Token[], a: number): boolean {
  const p = tokens[a - 1], n = tokens[a + 1];
  return tokens[a].first || (n !== undefined && has(n, W.CUE)) || (p !== undefined && p.k === Kind.Word && NAMING_ORG_NOUNS.has(p.l));
}
const BROADCAST_NUMBERED = new Set(['Radio', 'Channel']);
const OFFICE_HEADS = new Set(['Office', 'Department', 'Bureau', 'Unit']);
/**
 * After an office-holder's possessive at j ("Attorney's"): the end of "Office" or of another office-holder's
 * possessive and "Office" ("State's Attorney's Office"), else -1.
 */
function officeAfter(tokens: Token[], j: number, limit: number): number {
  const t = tokens[j + 1];
  if (OFFICE_HEADS.has(t.w)) return j + 2;
  if (j + 3 < limit && lex.isRoleExact(t.l) && (tokens[j + 2].w === "'s" || tokens[j + 2].w === '’s') && tokens[j + 2].s === t.e && OFFICE_HEADS.has(tokens[j + 3].w)) return j + 4;
  return -1;
}

/** Capitalised runs of one sentence, with connectors, initials and inner possessives, split into names. */
function chunkSentence(tz: Tokenized, sent: Sentence, isNameToken: (t: Token) => boolean, out: NameChunk[]): void {
  const { tokens } = tz;
  {
    let i = sent.a;
    while (i < sent.b) {
      const t = tokens[i];
      if (!isNameToken(t)) { i++; continue; }
      // extend the capitalised run, allowing connectors followed by a capitalised word
      let j = i + 1;
      // a known multi-word name with lower-case words inside ("Bosnia and Herzegovina", "Bank of England")
      const gz = gazetteerRun(tokens, i, sent.b);
      if (gz > j) j = gz;
      while (j < sent.b) {
        const u = tokens[j];
        // a name never runs over a line break ("EASTERN DIVISION" / "Halifax 31 12 4 66")
        if (isNameToken(u) && u.s - tokens[j - 1].e <= 1 && tz.text.charCodeAt(u.s - 1) !== 10) { j++; continue; }
        if (u.k === Kind.Word && CONNECTORS.has(u.l) && !u.cap && j + 1 < sent.b && isNameToken(tokens[j + 1])) { j += 2; continue; }
        // "Ostermann & Haas", "Tamar & Exe Water": an ampersand between capitalised words joins a firm's name
        if (u.w === '&' && j + 1 < sent.b && isNameToken(tokens[j + 1]) && tokens[j + 1].s - u.e === 1 && u.s - tokens[j - 1].e === 1) { j += 2; continue; }
        // two particles: "de la Fuente", "van der Meer", "van den Berg"
        if (u.k === Kind.Word && CONNECTORS.has(u.l) && !u.cap && j + 2 < sent.b && CONNECTORS.has(tokens[j + 1].l) && !tokens[j + 1].cap && isNameToken(tokens[j + 2]) && tokens[j + 1].l !== 'of' && u.l !== 'of') { j += 3; continue; }
        // a broadcaster's numbered service ("BBC Radio 4", "BBC Radio 6 Music", "Channel 4")
        if (u.k === Kind.Num && /^\d{1,2}$/.test(u.w) && BROADCAST_NUMBERED.has(tokens[j - 1].w) && u.s - tokens[j - 1].e === 1) { j++; continue; }
        if (u.w === '.' && (NAME_SUFFIXES.has(tokens[j - 1].w + '.') || STATE_ABBREVIATIONS.has(tokens[j - 1].w + '.'))) { j++; continue; }
        // "Mrs. Clinton", "Gov. Chris Christie", "Sen. Marco Rubio": an abbreviated honorific or title and its period
        if (u.w === '.' && u.s === tokens[j - 1].e && j + 1 < sent.b && isNameToken(tokens[j + 1]) && tokens[j - 1].w.length <= 5
          && (has(tokens[j - 1], W.HONORIFIC) || has(tokens[j - 1], W.TITLE))) { j++; continue; }
        // initials: "George H. W. Bush", "J. K. Rowling"
        if (u.w === '.' && u.s === tokens[j - 1].e && tokens[j - 1].w.length === 1 && tokens[j - 1].cap && j + 1 < sent.b && isNameToken(tokens[j + 1])) { j++; continue; }
        // "Rail Operators' Association", "Match Officials’ Association": a plural possessive inside an org name
        // ("Vaalspruit Ratepayers' Association": a plural the word lists lack, no known name)
        if ((u.w === "'" || u.w === '’') && u.s === tokens[j - 1].e && j + 1 < sent.b && isNameToken(tokens[j + 1])
          && (has(tokens[j - 1], W.COMMON) ? !has(tokens[j - 1], W.SURNAME) : /[a-z]s$/.test(tokens[j - 1].w) && !has(tokens[j - 1], W.KNOWN))) {
          let k = j + 1;
          while (k < sent.b && isNameToken(tokens[k])) k++;
          if (has(tokens[k - 1], W.ORG_HEAD) && k - (j + 1) <= 3) { j = k; continue; }
        }
        // "Women's Tennis Association", "Children's Society": a plural noun's possessive inside an organisation name
        // (also after a place: "Tamil Nadu People's Front", "Sudan People's Liberation Army")
        // (after an article or a nationality: "The People's Bank of China", "the European People's Party")
        if ((u.w === "'s" || u.w === '’s') && u.s === tokens[j - 1].e && PLURAL_POSSESSORS.has(tokens[j - 1].w)
          && (j === i + 1 || knownPlace(tz, i, j - 1) || possessorOpening(tokens, i, j - 1)) && j + 1 < sent.b && isNameToken(tokens[j + 1])) {
          let k = j + 1;
          while (k < sent.b && isNameToken(tokens[k])) k++;
          if (has(tokens[k - 1], W.ORG_HEAD) && k - (j + 1) <= 3) { j = k; continue; }
        }
        // "District Attorney's Office", "Prime Minister's Office", "State's Attorney's Office": an office-holder's
        // possessive before the office's head names the body that serves them
        if ((u.w === "'s" || u.w === '’s') && u.s === tokens[j - 1].e && j + 1 < sent.b && isNameToken(tokens[j + 1])) {
          const k = officeAfter(tokens, j, sent.b);
          if (k > 0 && (lex.isRoleExact(tokens[j - 1].l) || k > j + 2)) { j = k; continue; }
        }
        // "Competition and Markets Authority", "Food and Drug Administration": "and" inside an organisation name
        if ((u.l === 'and' || u.w === '&') && j + 1 < sent.b && isNameToken(tokens[j + 1])) {
          let k = j + 1;
          while (k < sent.b && isNameToken(tokens[k])) k++;
          // (through a plural possessive: "Construction and Allied Workers' Federation")
          if (k + 1 < sent.b && (tokens[k].w === "'" || tokens[k].w === '’') && tokens[k].s === tokens[k - 1].e && /[a-z]s$/.test(tokens[k - 1].w)
            && isNameToken(tokens[k + 1])) {
            let m = k + 1;
            while (m < sent.b && isNameToken(tokens[m])) m++;
            if (has(tokens[m - 1], W.ORG_HEAD) && m - (k + 1) <= 3) k = m;
          }
          // (not two whole names: "the Kestrel Radio Network and Kestrel Sport"; a head word alone is no whole name
          // ("Securities and Exchange Commission"), nor is a name before "&" ("Evergreen Aviation & Space Museum"))
          // (a given name that is an ordinary word, alone before "and", is that word: "Land and Environment Court")
          if (has(tokens[k - 1], W.ORG_HEAD) && (!has(tokens[i], W.FIRST) || (j === i + 1 && has(tokens[i], W.COMMON) && !has(tokens[i], W.SURNAME))) && (!has(tokens[j - 1], W.ORG_HEAD) || j === i + 1 || (j === i + 2 && tokens[i].l === 'the') || u.w === '&')
            && !(knownOrg(tz, i, j) && knownOrg(tz, j + 1, k))) { j = k; continue; }
        }
        // "Office of Rail and Road", "Chartered Institute of Library and Information Professionals": "and" + a short
        // run that is no name of its own, inside a body's name after its head and "of"/"for"
        // ("London School of Hygiene & Tropical Medicine": "&" as well)
        if ((u.l === 'and' || u.w === '&') && !u.cap && j + 1 < sent.b && isNameToken(tokens[j + 1]) && headOf(tokens, i, j)) {
          let k = j + 1;
          while (k < sent.b && isNameToken(tokens[k]) && k - j <= 3) k++;
          // (a given name that is also an ordinary word, before an ordinary word, is no person's name: "National
          // Institute for Health and Care Excellence")
          const w1 = tokens[j + 1];
          const given = has(w1, W.FIRST) && !(has(w1, W.COMMON) && k - (j + 1) === 2 && has(tokens[k - 1], W.COMMON) && !has(tokens[k - 1], W.SURNAME | W.FIRST));
          // (a headline word the lists harvested is an ordinary word here: "Institute of Art and Design")
          if (k - (j + 1) <= 2 && !isNameToken(tokens[k] ?? tokens[j]) && !has(tokens[k - 1], W.ORG_HEAD) && !given && !has(w1, W.PLACE | W.ORG)
            && !(has(w1, W.STOPCAP) && lex.stopCapKind(w1.w) !== 'harvested')
            && !knownPlace(tz, j + 1, k) && !knownOrg(tz, j + 1, k) && tokens[k]?.l !== 'of') { j = k; continue; }
          // two regions after the body's "of": "Fishers' Association of Nova Scotia and Labrador" (not two countries
          // or towns: "the Bank of England and Germany", "the University of Leeds and Sheffield")
          if (k - (j + 1) <= 2 && !isNameToken(tokens[k] ?? tokens[j]) && tokens[k]?.l !== 'of' && regionAt(tz, j + 1, k)) {
            let o = j - 1;
            while (o > i && tokens[o].l !== 'of') o--;
            if (o > i && tokens[o].l === 'of' && has(tokens[o - 1], W.ORG_HEAD) && regionAt(tz, o + 1, j)) { j = k; continue; }
          }
        }
        const x = joinMore(tz, sent, i, j, isNameToken);
        if (x > j) { j = x; continue; }
        break;
      }
      // names with figures: call signs, numbered units (specialRun)
      if (j === i + 1 || (j > i + 1 && MILITARY_UNITS.has(tokens[j - 1].w))) {
        const e = specialRun(tz, sent, i, j, isNameToken, out);
        if (e > 0) { i = e; continue; }
      }
      // "Department for Environment, Food and Rural Affairs": a list inside a body's name, after its head and "for"/"of"
      if (tokens[j]?.w === ',') j = bodyNameList(tz, i, j, sent.b);
      splitChunk(tz, i, j, out);
      i = j;
    }
  }
}

/** Whether [a, b) is a known place that is a region, neither a country nor a town ("Labrador", "Nova Scotia"). */
function regionAt(tz: Tokenized, a: number, b: number): boolean {
  if (b <= a || !knownPlace(tz, a, b)) return false;
  const kind = lex.placeKind(tokensText(tz, a, b));
  return kind !== undefined && !NATION_KINDS.has(kind) && kind !== 'city';
}

/** Quotation marks around a nickname inside a name. */
const OPEN_NICK = new Set(['"', '“']);
const CLOSE_NICK = new Set(['"', '”']);

/**
 * Further joins of a capitalised run [i, j) at token j, kept out of chunkSentence's loop: "St. Brendan
 * University", "St. Mary's Hospital", "Museum of the Rockies", "Ellison & Pratt". Returns the new end, or j.
 */
function joinMore(tz: Tokenized, sent: Sentence, i: number, j: number, isNameToken: (t: Token) => boolean): number {
  const { tokens } = tz;
  const u = tokens[j], p = tokens[j - 1];
  // "St. Brendan University", "Mt. Hood": an abbreviated saint or mount opens the name
  if (u.w === '.' && u.s === p.e && NAME_ABBREVIATIONS.has(p.w) && j + 1 < sent.b && isNameToken(tokens[j + 1])) return j + 1;
  // "St. Mary's Hospital", "St. Mary's said": a saint's possessive inside the name
  if ((u.w === "'s" || u.w === '’s') && u.s === p.e && NAME_ABBREVIATIONS.has(tokens[i].w) && (tokens[i + 1]?.w === '.' || j === i + 2)) return j + 1;
  // "Museum of the Rockies", "Bank of the West": "of the" inside an organisation's name; "for the" too, and either
  // after a body's head and "of"/"for" ("International Council for the Exploration of the Sea", "Court of Appeals
  // for the Ninth Circuit")
  // (not after a whole known name: "left the Bank of England for the Treasury")
  if ((u.l === 'of' || u.l === 'for') && !u.cap && j + 2 < sent.b && tokens[j + 1].l === 'the' && isNameToken(tokens[j + 2])
    && (has(p, W.ORG_HEAD) || headOf(tokens, i, j)) && (u.l === 'of' || !knownOrg(tz, tokens[i].l === 'the' ? i + 1 : i, j))) return j + 3;
  // "National Institute on Aging", "Standing Committee on Justice": "on" after the head of a body named for its
  // subject (not a day or a month: "the Committee on Monday"; not a building's place: "Grace Church on Maple Avenue")
  if (u.l === 'on' && !u.cap && ON_HEADS.has(p.w) && j + 1 < sent.b && isNameToken(tokens[j + 1]) && !has(tokens[j + 1], W.WEEKDAY)
    && !MONTHS.has(tokens[j + 1].w) && !has(tokens[j + 1], W.PLACE | W.ORG)) return j + 1;
  // 'Jayla "Sparks" Okoro', 'Tomas "Big Tom" Reyes': a nickname in quotation marks between a given name and a
  // surname is inside the person's name (one to three capitalised words, the marks touching them)
  // (the word before it a given name, or an unknown capitalised word: "Jayden")
  if (OPEN_NICK.has(u.w) && u.s > p.e && p.cap && (has(p, W.FIRST) || !has(p, W.KNOWN | W.COMMON | W.STOPCAP | W.HONORIFIC | W.TITLE | W.ORG_HEAD))) {
    let k = j + 1;
    while (k < sent.b && k - j <= 3 && tokens[k].cap && tokens[k].k === Kind.Word && (k === j + 1 ? tokens[k].s === u.e : tokens[k].s > tokens[k - 1].e)) k++;
    const close = tokens[k];
    if (k > j + 1 && close && CLOSE_NICK.has(close.w) && close.s === tokens[k - 1].e && k + 1 < sent.b && isNameToken(tokens[k + 1])
      && tokens[k + 1].s === close.e + 1 && !has(tokens[k + 1], W.ORG_HEAD | W.PLACE_HEAD)) return k + 2;
  }
  // "Ellison & Pratt", "Marks & Spencer": "&" between two names makes one firm's name
  if (u.w === '&' && u.s > p.e && j === i + 1 && j + 1 < sent.b && isNameToken(tokens[j + 1]) && (j + 2 >= sent.b || !isNameToken(tokens[j + 2]))) return j + 2;
  return j;
}

/**
 * "Citizens for Free Polls", "Parents for Safe Streets": a plural noun for people, "for" and a cause name an advocacy
 * group (mid-sentence, where the capital is the name's).
 */
function advocacyName(tokens: Token[], a: number, b: number): boolean {
  const t = tokens[a];
  return b - a > 2 && tokens[a + 1].l === 'for' && !t.first && /[^s]s$/.test(t.w) && has(t, W.COMMON) && !has(t, W.KNOWN | W.ORG_HEAD);
}

/** Heads of bodies named for their subject with "on" ("Commission on Civil Rights", "Task Force on Housing"). */
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Institute', 'Panel', 'Force', 'Board', 'Conference', 'Forum', 'Caucus', 'Convention']);

/** Whether the run [i, j) holds an organisation's head followed by "of", "for" or "on" ("Office of", "Council for", "Committee on"). */
function headOf(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) if ((tokens[k + 1].l === 'of' || tokens[k + 1].l === 'for' || (tokens[k + 1].l === 'on' && ON_HEADS.has(tokens[k].w))) && has(tokens[k], W.ORG_HEAD)) return true;
  return false;
}

/**
 * Names with figures, pushed whole as organisations: a call sign with its frequency ("WKRS 98.4") and a numbered
 * unit ("2nd Battalion, Yorkshire Regiment", "5th Battalion, 135th Infantry Regiment"). Returns the end of what
 * was pushed, or 0.
 */
function specialRun(tz: Tokenized, sent: Sentence, i: number, j: number, isNameToken: (t: Token) => boolean, out: NameChunk[]): number {
  const { tokens } = tz;
  const t = tokens[i];
  if (j === i + 1 && CALL_SIGN.test(t.w) && tokens[j]?.k === Kind.Num && tokens[j + 1]?.w === '.' && tokens[j + 2]?.k === Kind.Num
    && tokens[j].s === t.e + 1 && tokens[j + 1].s === tokens[j].e && tokens[j + 2].s === tokens[j + 1].e) {
    out.push({ a: i, b: j + 3, type: 'ORG' });
    return j + 3;
  }
  if (MILITARY_UNITS.has(tokens[j - 1].w) && i > sent.a && ORDINAL.test(tokens[i - 1].w) && t.s === tokens[i - 1].e + 1) {
    let k = j;
    if (tokens[k]?.w === ',' && k + 1 < sent.b) {
      let m = k + 1;
      if (ORDINAL.test(tokens[m].w)) m++;
      let e = m;
      while (e < sent.b && isNameToken(tokens[e]) && !lineBreakBefore(tz, e)) e++;
      if (e > m && MILITARY_UNITS.has(tokens[e - 1].w)) k = e;
    }
    out.push({ a: i - 1, b: k, type: 'ORG' });
    return k;
  }
  return 0;
}

/** "Saint", "Mount", "Fort", "Sainte" abbreviated: "St. Louis", "Mt. Hood", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);
/** A North American broadcaster's call sign ("WKRS", "KVLT"). */
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** Last words of a military unit's name ("2nd Battalion", "135th Infantry Regiment", "82nd Airborne Division"). */
const MILITARY_UNITS = new Set(['Battalion', 'Regiment', 'Brigade', 'Division', 'Corps', 'Squadron', 'Fleet', 'Army', 'Wing', 'Company', 'Platoon', 'Infantry', 'Cavalry', 'Artillery', 'Airborne', 'Marines', 'Rangers', 'Commando', 'Flotilla', 'Group']);

/**
 * The end of a body's name that lists its subjects ("Department for Environment, Food and Rural Affairs",
 * "Ministry of Agriculture, Fisheries and Food"): the run [a, j) holds an organisation's head followed by "for" or
 * "of", and a comma, capitalised words and "and" + capitalised words follow. Else j.
 */
function bodyNameList(tz: Tokenized, a: number, j: number, limit: number): number {
  const { tokens } = tz;
  if (tokens[j]?.w !== ',' || j + 1 >= limit || !isNameToken(tokens[j + 1])) return j;
  let headed = false;
  for (let k = a; k < j - 1; k++) if (has(tokens[k], W.ORG_HEAD) && (tokens[k + 1].l === 'for' || tokens[k + 1].l === 'of')) { headed = true; break; }
  if (!headed) return j;
  let k = j;
  while (k < limit && tokens[k].w === ',' && k + 1 < limit && isNameToken(tokens[k + 1])) {
    k++;
    while (k < limit && isNameToken(tokens[k])) k++;
  }
  if (k + 1 < limit && tokens[k].l === 'and' && isNameToken(tokens[k + 1]) && !has(tokens[k + 1], W.FIRST)) {
    k++;
    while (k < limit && isNameToken(tokens[k])) k++;
    return k;
  }
  return j;
}

/** End of the longest place or organisation name from the gazetteers starting at token i, or -1. */
function gazetteerRun(tokens: Token[], i: number, limit: number): number {
  const next = tokens[i + 1];
  // a multi-word name goes on with a capitalised word or a joining word ("Bosnia and Herzegovina", "Bank of England")
  if (!next || i + 1 >= limit || !(next.cap || next.l === 'of' || next.l === 'and' || next.l === '&' || next.l === 'de' || next.l === 'the' || next.l === 'for')) return -1;
  if (!has(tokens[i], W.MULTI)) return -1;
  // the words a name can span: capitalised ones, joining words and the marks inside names ("St. Louis")
  const words: string[] = [];
  // (up to eight words: "Organization for Security and Co-operation in Europe")
  for (let k = i; k < limit && k < i + 8; k++) {
    const t = tokens[k];
    if (k > i && !t.cap && !NAME_JOINERS.has(t.l)) break;
    words.push(t.w);
  }
  const p = lex.longestMatch('place', words, 0);
  const o = lex.longestMatch('org', words, 0);
  const n = Math.max(p?.length ?? 0, o?.length ?? 0);
  return n > 1 && tokens[i + n - 1].cap ? i + n : -1;
}

/** A plural agent noun of seven letters or more: "Rescuers", "Firefighters", "Campaigners", "Activists". */
export const PLURAL_AGENT = /^[A-Z][a-z]{4,}(?:ers|ists)$/;

/** Splits a capitalised run [a, b) into roles and names, pushing the names. */
function splitChunk(tz: Tokenized, a: number, b: number, out: NameChunk[]): void {
  const { tokens } = tz;
  // a nickname in quotation marks inside the run (joinMore took it only between a given name and a surname) makes
  // the run from the given name a person's name: 'Ama "Queen B" Boateng'
  for (let q = a + 1; q < b - 2; q++) {
    if (!OPEN_NICK.has(tokens[q].w)) continue;
    if (q - 1 > a) splitChunk(tz, a, q - 1, out);
    pushPerson(tz, { a: q - 1, b, type: 'PERSON' }, out);
    return;
  }
  // a run in capitals that holds ordinary words is a headline or a shouted phrase ("MARTA ELLING
  // QUITS After", "ROWERS ESCAPE TOTAL BAN FROM REGATTA The Northern Rowing Federation"): its ordinary
  // words separate names, and a change between capitals and title case ends one
  if (b - a > 1 && !splitCaps(tz, a, b, out)) return;
  // drop sentence-initial function words and other capitalised non-names ("However", "The", "Speaking")
  const capsName = (i: number): boolean => isCapsWord(tokens[i]) && gazetteerCovers(tz, i, i, b); // "NEW YORK CITY"
  // (an ordinary word opening a name that an apposition calls an organisation stays: "Rail Future Wales, a campaign
  // group, said")
  const appos = b - a > 1 && orgApposition(tz, b, true);
  while (a < b && (tokens[a].first || tokens[a].s === 0 || /["“‘'(]/.test(tz.text[tokens[a].s - 1] ?? '')) && has(tokens[a], W.STOPCAP) && !capsName(a)
    && !(appos && lex.stopCapKind(tokens[a].w) === 'harvested')) a++;
  // other capitalised non-names at the start of a run ("Sunday", "Last"), unless the run is an organisation's
  // or place's name as a whole ("Rail Operators' Association")
  // (or that an apposition calls an organisation: "Rail Future Wales, a campaign group, said")
  // (or a body's head and "of"/"for"/"on" inside it: "Standing Committee on Fisheries and Oceans")
  // (or an advocacy group's "for": "Citizens for Free Polls")
  const headed = b - a > 1 && (has(tokens[b - 1], W.ORG_HEAD) || has(tokens[b - 1], W.PLACE_HEAD) || appos || (b - a > 3 && headOf(tokens, a + 1, b)) || advocacyName(tokens, a, b));
  const gazetteerName = (i: number): boolean => gazetteerRun(tokens, i, b) > i + 1 || capsName(i);
  while (!headed && a < b && has(tokens[a], W.STOPCAP) && !isAcronym(tokens[a].w) && !has(tokens[a], W.KNOWN) && !gazetteerName(a) && !capsName(a)) a++;
  // a month before a name is the date: "In August Trump met" (only when a name follows)
  // (not an abbreviation that is a given name after a role: "Council leader Jan Kowalczyk")
  if (b - a > 1 && MONTHS.has(tokens[a].w) && tokens[a + 1].w !== '.' && !lex.isKnownPerson(tokensText(tz, a, b))
    && !(tokens[a].w.length === 3 && has(tokens[a], W.FIRST) && a > 0 && tokens[a - 1].k === Kind.Word && !tokens[a - 1].cap && lex.isRoleExact(tokens[a - 1].l))) a++;
  // an ordinary word glued before a person's full name: "Follow Arne Vik", "Celebrities Nora Quist",
  // "Baker of the Month Tove Lindqvist"
  while (!headed && b - a >= 3 && (has(tokens[a], W.COMMON) || isCommonCompound(tokens[a].w)) && !has(tokens[a], W.FIRST) && !has(tokens[a], W.HONORIFIC)
    && !has(tokens[a], W.TITLE) && !gazetteerName(a) && !knownOrg(tz, a, b) && has(tokens[a + 1], W.FIRST)
    && !has(tokens[a + 1], W.COMMON) && !CONNECTORS.has(tokens[a + 2].l)) a++;
  // a noun for what someone does opening the sentence before a name of two words or more ("Agronomist Mirtha
  // Salvatierra Cuéllar claimed …", "Researcher Marloes Engbers said", "Bookmaker McGrath Bet said"): the person's
  // or the firm's description, no part of the name
  if (!headed && b - a >= 3 && tokens[a].first && AGENT_NOUN.test(tokens[a].w) && has(tokens[a], W.COMMON | W.ROLE)
    && !has(tokens[a], W.KNOWN | W.FIRST | W.SURNAME | W.ORG_HEAD | W.PLACE_HEAD | W.TITLE | W.HONORIFIC | W.DEMONYM) && !knownOrg(tz, a, b) && !knownPlace(tz, a, b)) a++;
  // an age or a control word before a name ("Nine-year-old Poppy Ainsley", "the Republican-controlled Legislature")
  if (b - a >= 2 && (/^[\p{L}]+-year-old$/u.test(tokens[a].w) || CONTROL_MODIFIER.test(tokens[a].w)) && !knownOrg(tz, a, b) && !knownPlace(tz, a, b)) a++;
  // an ordinary noun or a placing opening the sentence before a name ("Chipmaker Quorient", "Rival Castlegate
  // Homes", "Second-placed Ashford")
  if (b - a >= 2 && tokens[a].first && (ORG_NOUNS.has(tokens[a].l) || (isCommonCompound(tokens[a].w) && /(ed|ing)$/.test(tokens[a].l)))
    && !has(tokens[a], W.ORG_HEAD | W.KNOWN | W.FIRST | W.TITLE | W.HONORIFIC) && !knownOrg(tz, a, b) && !knownPlace(tz, a, b)) a++;
  // a party's adjective before a body's name describes it ("a Republican Senate candidate", "the Democratic House")
  if (b - a >= 2 && PARTY_ADJECTIVES.has(tokens[a].w) && knownOrg(tz, a + 1, b) && !knownOrg(tz, a, b)) a++;
  // a leading article is not part of a name, even of a headed one ("the Daily News", "The Washington Post"),
  // unless it is part of a place's name ("The Hague")
  if (b - a > 1 && (tokens[a].l === 'the' || tokens[a].l === 'a' || tokens[a].l === 'an') && !knownPlace(tz, a, b)) a++;
  // a work's title after the word for it is no name here ("whose album Dunes of Ash", "his novel Salt Roads")
  if (a > 0 && tokens[a - 1].k === Kind.Word && !tokens[a - 1].cap && WORK_NOUNS.has(tokens[a - 1].l) && !knownOrg(tz, a, b) && !knownPlace(tz, a, b)) return;
  // post-nominal letters are no part of the name ("Helen Okonjo KC", "Dame Ann Lee DBE", "Tom Hale MP")
  while (b - a > 1 && POST_NOMINALS.has(tokens[b - 1].w)) b--;
  // a trailing month or weekday is the date, not the name ("Orlando July 25"); a trailing party adjective after a
  // place is a description ("Iowa Republican")
  while (b - a > 1 && ((MONTHS.has(tokens[b - 1].w) && tokens[b - 1].w.length > 3) || (has(tokens[b - 1], W.WEEKDAY) && tokens[b - 1].w.length > 3))) b--;
  // ("the Kettle County Democratic committee": after a place's head word too)
  if (b - a >= 2 && PARTY_ADJECTIVES.has(tokens[b - 1].w) && ((b - a === 2 && has(tokens[a], W.PLACE)) || (has(tokens[b - 2], W.PLACE_HEAD) && tokens[b]?.k === Kind.Word && !tokens[b].cap))) b--;
  // a party's members after its name are no part of it ("Labour MPs", "SNP MSPs")
  if (b - a >= 2 && MEMBER_LETTERS.has(tokens[b - 1].w)) b--;
  // a party known by a plural name is one name ("the Liberal Democrats", "Sweden Democrats", "Australian Greens")
  if (b - a >= 2 && GROUP_MEMBERS.has(tokens[b - 1].w) && knownOrg(tz, a, b)) { /* whole */ }
  // a place's party members are the place and a description ("Kentucky Republicans", "Iowa Democrats")
  else if (b - a >= 2 && GROUP_MEMBERS.has(tokens[b - 1].w) && knownPlace(tz, a, b - 1)) b--;
  // a body's members keep the body ("Senate Democrats"); a person's followers are no name ("Reagan Democrats")
  else if (b - a >= 2 && GROUP_MEMBERS.has(tokens[b - 1].w)) {
    if (knownOrg(tz, a, b - 1) || has(tokens[b - 2], W.ORG_HEAD)) b--;
    else return;
  }
  // "AKA Danger Mouse": a capitalised abbreviation before a name is not part of it
  while (b - a > 1 && CAPS_WORDS.has(tokens[a].w)) a++;
  if (a >= b) return;
  // a currency's letters glued to an amount are part of the figure ("NT$31.4 billion", "GH¢18.6 million",
  // "bail of R20,000", "RM1 million", "$US96.40")
  if (b - a === 1 && currencyMark(tokens, a)) return;
  // a nationality of several words ("Puerto Rican", "African Americans") is not a name
  if (b - a > 1 && (lex.demonymCountry(tokensText(tz, a, b)) || nameWords(tz, a, b).every((t) => has(t, W.DEMONYM) && !has(t, W.PLACE)))) return;
  // an event, a law or a document ("Super Bowl", "Treaty of Versailles", "Sharon Statement"): not a name here
  if (b - a > 1 && (EVENT_HEADS.has(tokens[b - 1].w) || (EVENT_OPENERS.has(tokens[a].w) && tokens[a + 1].l === 'of')) && !knownOrg(tz, a, b) && !knownPlace(tz, a, b)) return;
  // an ideology or a holiday on its own ("Socialism", "Christmas"), or a capitalised ordinary abbreviation ("OK", "TV")
  if (b - a === 1 && ((/ism$/.test(tokens[a].w) && !has(tokens[a], W.KNOWN)) || HOLIDAYS.has(tokens[a].w) || CAPS_WORDS.has(tokens[a].w) || (NOUN_ACRONYMS.has(tokens[a].w) && (!has(tokens[a], W.ORG) || nounAfter(tokens, b)))
    || (LETTER_CODE.test(tokens[a].w) && !has(tokens[a], W.KNOWN) && !codeActs(tokens, a)))) return;
  // a plural agent noun opening a sentence on its own ("Rescuers said", "Firefighters battled", "Campaigners
  // argue"): a group of people, not a name, unless the lexicons know it as a name ("Sanders", "Peters")
  if (b - a === 1 && tokens[a].first && PLURAL_AGENT.test(tokens[a].w)
    && !has(tokens[a], W.KNOWN | W.FIRST | W.SURNAME | W.ORG | W.PLACE | W.ORG_HEAD | W.PLACE_HEAD)) return;
  // a stock index or a crude benchmark is a figure's label, not a name ("the FTSE 100 fell", "a rise in the DAX",
  // "Brent crude"), unless a word for a publication follows ("the Nikkei business daily")
  if (b - a === 1 && MARKET_LABELS.has(tokens[a].w) && !(tokens[b]?.k === Kind.Word && !tokens[b].cap && /^(business|newspaper|daily|group|reported|said|says)$/.test(tokens[b].l))
    && (tokens[a].w !== 'Brent' || /^(crude|oil|futures)$/.test(tokens[b]?.l ?? ''))) return;
  // a name suffix, a time zone or a party's members on their own ("Jr.", "EST", "Republicans")
  if ((b - a === 1 || (b - a === 2 && tokens[a + 1].w === '.')) && (NAME_SUFFIXES.has(tokens[a].w) || TIME_ZONES.has(tokens[a].w) || GROUP_MEMBERS.has(tokens[a].w))) return;
  // trailing connectors, and leading ones left by a dropped word ("Results of Northern Hockey League games")
  while (b > a && tokens[b - 1].k === Kind.Word && !tokens[b - 1].cap && !PARTICLE_NAME.test(tokens[b - 1].w)) b--;
  while (a < b && tokens[a].k === Kind.Word && !tokens[a].cap && ORG_ONLY_CONNECTORS.has(tokens[a].l)) a++;
  if (a >= b) return;
  // nationalities are not entities ("Ukrainian", "Europeans"), nor the people of a place ("Virginians",
  // "Floridians", "Texans") or of a faith ("Muslim"); they qualify roles
  if (b === a + 1 && (has(tokens[a], W.DEMONYM_NOUN) || (has(tokens[a], W.DEMONYM) && !has(tokens[a], W.PLACE)) || FAITHS.has(tokens[a].w) || LANGUAGES.has(tokens[a].w) || isPeopleOf(tokens[a]))) return;
  // a nationality that is also a short name of its country, used as an adjective ("the Saudi capital")
  if (b === a + 1 && has(tokens[a], W.DEMONYM) && has(tokens[a], W.PLACE) && tokens[b]?.k === Kind.Word && !tokens[b].cap && lex.isCommonWord(tokens[b].w) && !lex.cueOf(tokens[b])) return;
  // honorifics are not part of the name but make it a person's: "Sir Vince Cable", "Mr Johnson", "Dr Hugh Hill"
  if (b > a + 1 && has(tokens[a], W.HONORIFIC)) {
    let n = a + 1;
    if (tokens[n].w === '.' ) n++;
    // "the Rt Rev Helen Ashworth", "Dr. Prof. …": several forms of address
    while (n < b - 1 && has(tokens[n], W.HONORIFIC)) { n++; if (tokens[n].w === '.') n++; }
    if (n >= b) return;
    // "Mr. President", "Madam Speaker": a form of address, no name
    if (n === b - 1 && (has(tokens[n], W.TITLE) || has(tokens[n], W.ROLE))) return;
    // a lower-case role before the form of address is the person's ("chief medical officer Dr Alice Mukamana",
    // "police spokesperson Mr Sakaria Ndjambula"), as it is before a name without one
    // (not a plural: "the dairy farmers Mrs. Wanjiru met on Friday" names no role of hers)
    let pre = roleBefore(tz, a);
    if (pre && /[^su]s$/.test(tokens[a - 1].l)) pre = null;
    pushPerson(tz, { a: n, b, type: 'PERSON', role: pre?.role, roleKey: pre?.key }, out);
    return;
  }
  // "Babatunde Ojo of Lagoon Securities": a given name and a surname before "of" and an organisation or a place are
  // a person who speaks for it or comes from it, not one body's name (a body's head before "of" keeps the whole:
  // "Victoria University of Wellington")
  // (names, not ordinary words: "Friends of Holbeach Road Library" is a body's name)
  if (b - a >= 4 && !knownOrg(tz, a, b)) {
    let k = a;
    while (k < b && k - a <= 3 && tokens[k].cap && tokens[k].k === Kind.Word && (has(tokens[k], W.FIRST) || !has(tokens[k], W.COMMON))
      && !has(tokens[k], W.ORG_HEAD | W.PLACE_HEAD | W.TITLE | W.HONORIFIC | W.ORG | W.PLACE | W.STOPCAP)) k++;
    if (k - a >= 2 && k + 1 < b && tokens[k].l === 'of' && tokens[k + 1].cap && (lex.isOrgHead(tokens[b - 1].w) || lex.orgCanonical(tokensText(tz, k + 1, b)))) {
      out.push({ a, b: k, type: 'PERSON' });
      splitChunk(tz, k + 1, b, out);
      return;
    }
  }
  // a country before a complete organisation's name is a name of its own ("U.S. Republican Party"), unless the whole
  // is known ("U.S. Air Force") or the place is an adjective ("Saudi Foreign Ministry" is one name)
  if (b - a > 1 && has(tokens[a], W.PLACE) && !has(tokens[a], W.DEMONYM) && !knownOrg(tz, a, b)) {
    const g = Math.max(gazetteerRun(tokens, a, b), a + 1);
    if (g < b && knownOrg(tz, g, b) && b - g >= 2 && lex.placeKind(tokensText(tz, a, g)) === 'country') {
      out.push({ a, b: g, type: 'PLACE' });
      out.push({ a: g, b, type: null });
      return;
    }
  }
  // vehicles and craft ("Space Shuttle Columbia", "USS Cole", "HMS Belfast") and programmes are not names here
  if (b - a > 1 && (VEHICLE_PREFIXES.has(tokens[a].w) || (tokens[a].w === 'Space' && tokens[a + 1].w === 'Shuttle'))) return;
  // a known organisation or place as a whole is not split at title words inside it ("Burger King")
  if (b - a > 1 && (knownOrg(tz, a, b) || knownPlace(tz, a, b))) {
    out.push({ a, b, type: null });
    return;
  }
  // find role phrases inside the run; the name is what follows the last role
  let roleStart = -1;
  let roleStop = -1;
  for (let i = a; i < b; i++) {
    // "coach Dean Vickerman": after a role in lower case, a given name and one more word are a name, even when the
    // given name is also a title
    if (i === a && b - a === 2 && has(tokens[a], W.FIRST) && !has(tokens[a + 1], W.ROLE | W.TITLE) && a > 0 && tokens[a - 1].k === Kind.Word
      && !tokens[a - 1].cap && lex.isRoleExact(tokens[a - 1].l)) break;
    // a given name after the roles starts the name: "Congressman Pete King" (King is no title here)
    if (i > a && has(tokens[i - 1], W.FIRST) && !has(tokens[i - 1], W.COMMON) && roleStop >= 0 && i - 1 >= roleStop && roleEnd(tokens, i - 1, b) < 0) break;
    // "Martin Luther King Jr.", "Billie Jean King": a title word that is also a surname, inside a name that began
    // with a given name, is part of the name
    if (roleStart < 0 && i > a && has(tokens[a], W.FIRST) && !has(tokens[a], W.TITLE) && !has(tokens[a], W.COMMON) && (has(tokens[i], W.SURNAME) || has(tokens[i], W.FIRST))) continue;
    // a party adjective before a given name describes the person like a title ("Iowa Republican Chuck Grassley")
    const e = PARTY_ADJECTIVES.has(tokens[i].w) && i + 1 < b && has(tokens[i + 1], W.FIRST) ? i + 1 : roleEnd(tokens, i, b);
    // (an office-holder whose office ends the run is part of the body's name: "District Attorney's Office")
    if (e > 0 && e < b && (tokens[e].w === "'s" || tokens[e].w === '’s') && officeAfter(tokens, e, b) === b) break;
    // (so is a title word opening a body's name, before no given name: "General Staff", "General Court", "General
    // Port Workers' Union")
    if (e === a + 1 && e < b && has(tokens[b - 1], W.ORG_HEAD) && tokens[e].cap && has(tokens[e], W.COMMON) && !has(tokens[e], W.SURNAME)
      && !tokens.slice(e, b).some((t) => has(t, W.FIRST) && !has(t, W.COMMON))) break;
    if (e > 0) {
      if (roleStart < 0) roleStart = i;
      roleStop = e;
      i = e - 1;
    }
  }
  // a body named after its office-holder ("Office of the Australian Information Commissioner", "Office of the
  // Director of Public Prosecutions") or whose list of subjects ends in a title word ("Department of Communities and
  // Justice"): a body's head, "of"/"for" and "the" before the role, or "and" right before it, with the role (or its
  // complement) ending the run ("Museum of Flight CEO", "Bank of England Governor" are a body and a role)
  if (roleStart > a + 1 && (roleStop >= b || (tokens[roleStop].l === 'of' && !tokens.slice(roleStop + 1, b).some((t) => has(t, W.FIRST) && !has(t, W.COMMON))))
    && ((has(tokens[a], W.ORG_HEAD) && (tokens[a + 1].l === 'of' || tokens[a + 1].l === 'for') && tokens[a + 2].l === 'the') || (tokens[roleStart - 1].l === 'and' && headOf(tokens, a, roleStart)))
    && !knownOrg(tz, a, roleStart) && !knownPlace(tz, a, roleStart)) {
    out.push({ a, b, type: null });
    return;
  }
  if (roleStart >= 0 && roleStop < b && (tokens[roleStop].l === 'of' || tokens[roleStop].l === 'for') && roleStop + 1 < b) {
    // the complement is the longest known place or organisation, else one word; the name follows it
    const words = tokens.slice(roleStop + 1, b).map((t) => t.w);
    const m = lex.longestMatch('place', words, 0) ?? lex.longestMatch('org', words, 0);
    let n = m ? m.length : 1;
    while (!m && roleStop + 1 + n < b - 1 && !has(tokens[roleStop + 1 + n], W.FIRST) && has(tokens[roleStop + n], W.ORG_HEAD) === false && n < 3) n++;
    const compA = roleStop + 1;
    const compB = roleStop + 1 + n;
    if (compB >= b) {
      // "Governor of Virginia" with no name after it: the complement is a name of its own, no person here
      out.push({ a: compA, b, type: null });
      return;
    }
    // one word left that no name is made of, or one joined by "and": the portfolio goes on, no person here
    // ("Minister of State for International Cooperation", "Secretary for Transport and Logistics")
    const rest = tokens[compB];
    if (b - compB === 1 && (tokens[compB - 1].l === 'and' || (has(rest, W.COMMON | W.ORG_HEAD) && !has(rest, W.FIRST | W.SURNAME)))) {
      if (m) out.push({ a: compA, b: compB, type: null });
      return;
    }
    if (compB < b) {
      out.push({ a: compA, b: compB, type: null });
      const roleFrom = extendRoleLeft(tz, a);
      const role: Span = { start: tokens[roleFrom].s, end: tokens[compB - 1].e, text: '' };
      role.text = tz.text.slice(role.start, role.end);
      out.push({ a: compB, b, type: 'PERSON', role, roleKey: lex.roleKey(tokensText(tz, roleStart, roleStop)) });
      return;
    }
  }
  if (roleStart >= 0 && roleStop < b && !tokens[roleStop].cap) {
    // a role followed by a lower-case word is not a title before a name ("Governor of …" was handled above)
    pushQualifiers(tz, a, roleStart, out, false);
    pushRoleBody(tz, roleStart, roleStop, out);
    return;
  }
  if (roleStart >= 0 && roleStop < b) {
    // qualifiers before the role ("UK", "NATO", "German") are entities of their own when known
    pushQualifiers(tz, a, roleStart, out, true);
    pushRoleBody(tz, roleStart, roleStop, out);
    // what follows the role is an ordinary word, not a name ("Executive Order"), or the head of an organisation's
    // or a building's name ("Mercy General Hospital"): then there is no person here
    // (or a role word: "Deputy Spokesperson:", a transcript's label)
    if (b - roleStop === 1 && (((has(tokens[roleStop], W.COMMON) || has(tokens[roleStop], W.ROLE)) && !has(tokens[roleStop], W.SURNAME) && !has(tokens[roleStop], W.FIRST))
      || has(tokens[roleStop], W.ORG_HEAD) || has(tokens[roleStop], W.PLACE_HEAD) || FACILITY_HEADS.has(tokens[roleStop].w))) {
      if (!has(tokens[roleStop], W.COMMON) || roleStart > a) out.push({ a, b, type: null });
      return;
    }
    // a role word before an organisation's name ("Rival Castlegate Homes", "Partner Meridian Capital"): no person
    // (a title too when an ordinary word follows it: "Private Jet Services", "General Freight Company")
    if (b - roleStop >= 2 && has(tokens[b - 1], W.ORG_HEAD) && !has(tokens[roleStop], W.FIRST) && (!lex.isTitle(tokensText(tz, roleStart, roleStop))
      || (has(tokens[roleStop], W.COMMON) && !has(tokens[roleStop], W.SURNAME)))) {
      out.push({ a: lex.isTitle(tokensText(tz, roleStart, roleStop)) ? roleStart : roleStop, b, type: null });
      return;
    }
    const roleFrom = extendRoleLeft(tz, a);
    // an honorific that ends the role words is a form of address, in neither ("Health Minister Dr Everton Blake")
    let roleEndTok = roleStop;
    for (;;) {
      const dot = tokens[roleEndTok - 1].w === '.' ? 1 : 0;
      if (roleEndTok - 1 - dot <= roleStart || !has(tokens[roleEndTok - 1 - dot], W.HONORIFIC)) break;
      roleEndTok -= 1 + dot;
    }
    const role: Span = { start: tokens[roleFrom].s, end: tokens[roleEndTok - 1].e, text: '' };
    role.text = tz.text.slice(role.start, role.end);
    // a form of address after the role words is in neither ("GPHA Director-General Mr Kwame Osei-Bonsu")
    let nameFrom = roleStop;
    while (nameFrom < b - 1 && has(tokens[nameFrom], W.HONORIFIC) && !has(tokens[nameFrom], W.FIRST)) {
      const next = tokens[nameFrom + 1].w === '.' ? nameFrom + 2 : nameFrom + 1;
      if (next >= b) break;
      nameFrom = next;
    }
    pushPerson(tz, { a: nameFrom, b, type: 'PERSON', role, roleKey: lex.roleKey(tokensText(tz, roleStart, roleEndTok)) }, out);
    return;
  }
  if (roleStart >= 0 && roleStop >= b) {
    // a capitalised title word alone that is also an organisation's short name is the organisation ("the Garda
    // said": the force; "Garda Aoife Brennan" is a title before a name)
    if (b === a + 1 && has(tokens[a], W.ORG) && tokens[a].cap && knownOrg(tz, a, b)) { out.push({ a, b, type: null }); return; }
    // the run ends with a role ("NATO chief" is split by case: "NATO" alone here). Keep qualifiers as entities.
    pushQualifiers(tz, a, roleStart, out, false);
    pushRoleBody(tz, roleStart, roleStop, out);
    return;
  }
  // an organisation's name glued to a person's: "Refugee Council Enver Solomon" (after "CEO of the")
  for (let h = a + 1; h < b - 1; h++) {
    const tail = tokens.slice(h + 1, b);
    const nameLike = tail.length >= 2 && tail.length <= 3 && tail.every((t) => !has(t, W.COMMON) && !has(t, W.ORG_HEAD) && !has(t, W.PLACE_HEAD));
    if (has(tokens[h], W.ORG_HEAD) && (has(tokens[h + 1], W.FIRST) || nameLike) && b - (h + 1) <= 3) {
      out.push({ a, b: h + 1, type: 'ORG' });
      const pre = roleBefore(tz, a);
      out.push({ a: h + 1, b, type: 'PERSON', role: pre?.role, roleKey: pre?.key });
      return;
    }
  }
  // a lowercase role right before the run: "Kremlin spokesman Dmitry Peskov", "NATO chief Mark Rutte", "host Starmer"
  const pre = roleBefore(tz, a);
  if (pre) {
    // "state broadcaster ORTM": an acronym after a noun that also describes organisations is one
    // (and a name of mixed case with an acronym inside it: "local broadcaster RTV Vecht")
    if ((b === a + 1 ? isAcronym(tokens[a].w) : innerAcronym(tokens, a, b)) && ORG_NOUNS.has(tokens[a - 1].l)) { out.push({ a, b, type: 'ORG' }); return; }
    // "its smaller rival Pemberley Mutual": a name with an organisation's head after a word for an organisation or
    // without a given name is no person ("minister Jo Church" is one)
    if (b - a >= 2 && has(tokens[b - 1], W.ORG_HEAD) && !has(tokens[b - 1], W.SURNAME) && (ORG_NOUNS.has(tokens[a - 1].l) || !has(tokens[a], W.FIRST))) { out.push({ a, b, type: null }); return; }
    // "while rival Unilever slipped": a known organisation's name alone after a role word for organisations
    if (b === a + 1 && has(tokens[a], W.ORG) && !has(tokens[a], W.FIRST | W.SURNAME) && ORG_NOUNS.has(tokens[a - 1].l)) { out.push({ a, b, type: 'ORG' }); return; }
    pushPerson(tz, { a, b, type: 'PERSON', role: pre.role, roleKey: pre.key }, out);
    return;
  }
  // organisation names joined by "of"/"for": keep whole only when the head makes it an organisation or place
  for (let i = a + 1; i < b - 1; i++) {
    // "Ellison & Pratt", "Procter & Gamble": two names joined by "&" are a firm
    // ("Tamar & Exe Water", "Lancet Child & Adolescent Health": so are longer runs with "&" and no other connector)
    // (a building's or a place's head at the end leaves the type to the evidence: "Evergreen Aviation & Space Museum")
    if (tokens[i].w === '&' && (b - a === 3 || tokens.slice(a, b).every((t) => t.cap || t.w === '&'))) {
      out.push({ a, b, type: FACILITY_HEADS.has(tokens[b - 1].w) || has(tokens[b - 1], W.PLACE_HEAD) ? null : 'ORG' });
      return;
    }
    // "Citizens for Free Polls", "Parents for Safe Streets": a plural noun for people and "for" + a cause is an
    // advocacy group's name (mid-sentence, where the capital is the name's)
    if (i === a + 1 && advocacyName(tokens, a, b)) {
      out.push({ a, b, type: 'ORG' });
      return;
    }
    if (ORG_ONLY_CONNECTORS.has(tokens[i].l) && !tokens[i].cap) {
      const whole = tokensText(tz, a, b);
      // "State of Texas", "Gulf of Mexico", "Isle of Man": a place's head before "of" keeps the name whole; so
      // does an organisation's head after "&" ("Harwood & Pike Research")
      // or a body's head and "of"/"for" earlier in the name ("Court of Appeals for the Ninth Circuit")
      if (!(tokens[i].w === '&' && has(tokens[b - 1], W.ORG_HEAD)) && !(tokens[i + 1].l === 'the' && headOf(tokens, a, i)) && !lex.orgCanonical(whole) && !lex.placeCanonical(whole) && !has(tokens[a], W.ORG_HEAD) && !has(tokens[i - 1], W.ORG_HEAD) && !(i === a + 1 && has(tokens[a], W.PLACE_HEAD))) {
        splitChunk(tz, a, i, out);
        splitChunk(tz, i + 1, b, out);
        return;
      }
    }
  }
  // a party and a state in a politician's tag: "(R-Texas)", "D-Calif." -> the state is a place
  // (an abbreviated state with its period: "(R-Okla.)", "(D-N.M.)")
  if (b === a + 1 && /^[RDI][-‑]\p{Lu}/u.test(tokens[a].w)) {
    const dot = tokens[a + 1]?.w === '.' && tokens[a + 1].s === tokens[a].e && STATE_ABBREVIATIONS.has(`${tokens[a].w.slice(2)}.`);
    if (dot || lex.placeCanonical(tokens[a].w.slice(2))) {
      out.push({ a, b, type: 'PLACE', sub: { start: tokens[a].s + 2, end: dot ? tokens[a + 1].e : tokens[a].e } });
      return;
    }
  }
  // a name with a hyphenated modifier ("Bengaluru-based", "Obama-era", "Saudi-led"): the name part alone,
  // typed by the gazetteers; before another name ("the Paris-based Gold Trail Observatory") the modifier is no
  // part of that name
  const modifier = /^(.+)[-‑](based|era|led|backed|style|born|owned|funded|linked|run|made|bound|allied|aligned|affiliated|controlled|held|occupied|sponsored|brokered|bred|centred|centered)$/;
  if (b > a + 1 && modifier.test(tokens[a].w)) {
    splitChunk(tz, a, a + 1, out);
    splitChunk(tz, a + 1, b, out);
    return;
  }
  if (b === a + 1) {
    const m = modifier.exec(tokens[a].w);
    if (m) {
      const name = m[1];
      const type: EntityType | null = lex.placeCanonical(name) ? 'PLACE' : lex.orgCanonical(name) ? 'ORG' : lex.isKnownSurname(name) || lex.isKnownPerson(name) ? 'PERSON' : null;
      if (type && !lex.demonymCountry(name)) out.push({ a, b, type, sub: { start: tokens[a].s, end: tokens[a].s + name.length } });
      return;
    }
  }
  // a surname run into a state or country ("Sanders Iowa campaign"): two names
  if (b === a + 2 && has(tokens[a], W.SURNAME) && !has(tokens[a], W.PLACE | W.ORG) && has(tokens[a + 1], W.PLACE) && !has(tokens[a + 1], W.FIRST | W.SURNAME)
    && !lex.isKnownPerson(tokensText(tz, a, b))
    && (lex.placeKind(tokens[a + 1].w) === 'state' || lex.placeKind(tokens[a + 1].w) === 'country') && !knownPlace(tz, a, b)) {
    out.push({ a, b: a + 1, type: null });
    out.push({ a: a + 1, b, type: 'PLACE' });
    return;
  }
  // hyphenated place pairs: "Kyiv-Washington"
  if (b === a + 1 && /[-‑]/.test(tokens[a].w)) {
    const parts = tokens[a].w.split(/[-‑]/);
    if (parts.every((p) => lex.placeCanonical(p))) {
      let off = tokens[a].s;
      for (const p of parts) {
        out.push({ a, b, type: 'PLACE', sub: { start: off, end: off + p.length } });
        off += p.length + 1;
      }
      return;
    }
  }
  out.push({ a, b, type: null });
}

/**
 * Whether tokens [a, b) name a place (organisation) in the gazetteers. A name of several words can only be known
 * if its first word starts one (the MULTI flag), unless the look-up would change it first (a leading "the",
 * capitals), so most runs are answered without making and looking up their text.
 */
function knownPlace(tz: Tokenized, a: number, b: number): boolean {
  if (b - a === 1) return has(tz.tokens[a], W.PLACE);
  return mayBeKnown(tz, a) && lex.placeCanonical(tokensText(tz, a, b)) !== undefined;
}
function knownOrg(tz: Tokenized, a: number, b: number): boolean {
  if (b - a === 1) return has(tz.tokens[a], W.ORG);
  return mayBeKnown(tz, a) && lex.orgCanonical(tokensText(tz, a, b)) !== undefined;
}
function mayBeKnown(tz: Tokenized, a: number): boolean {
  const t = tz.tokens[a];
  // the text differs from the words as the gazetteer indexes them: "St. Louis", "Washington, D.C."
  const glued = tz.tokens[a + 1] !== undefined && tz.tokens[a + 1].k !== Kind.Word;
  return has(t, W.MULTI) || glued || t.l === 'the' || (t.w.length > 1 && t.w === t.w.toUpperCase());
}

/** "Co-author", "Vice-chair", "Self-described": a hyphenated ordinary word. */
function isCommonCompound(w: string): boolean {
  const i = w.lastIndexOf('-');
  return i > 0 && i < w.length - 1 && lex.isCommonWord(w.slice(i + 1)) && (i <= 4 || lex.isCommonWord(w.slice(0, i)));
}

const CURRENCY_SIGNS = new Set(['$', '¢', '£', '€', '¥', '₹', '₦', '₱', '₩', '₵', '₺', '₴', '₽']);
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'm', 'k', 'crore', 'lakh']);
const CURRENCY_AMOUNT = /^[A-Z][A-Za-z]{0,2}\d+$/;

/**
 * A currency's letters written into an amount: before a currency sign and a number ("NT$31.4", "GH¢18.6"), or
 * letters and digits in one word that a currency sign opens or the rest of a figure follows ("$US96.40",
 * "R20,000", "RM1 million"); not a model or a road ("A380", "the M25").
 */
function currencyMark(tokens: Token[], i: number): boolean {
  const t = tokens[i], n = tokens[i + 1], n2 = tokens[i + 2];
  if (!n || t.k !== Kind.Word) return false;
  if (/^[A-Z]{1,3}$/.test(t.w)) return n.s === t.e && CURRENCY_SIGNS.has(n.w) && n2?.k === Kind.Num && n2.s === n.e;
  if (!CURRENCY_AMOUNT.test(t.w)) return false;
  const p = tokens[i - 1];
  if (p && p.e === t.s && CURRENCY_SIGNS.has(p.w)) return true;
  if ((n.w === ',' || n.w === '.') && n.s === t.e && n2?.k === Kind.Num && n2.s === n.e) return n.w === '.' || /^\d{3}$/.test(n2.w);
  return n.k === Kind.Word && AMOUNT_WORDS.has(n.l);
}

const BRAND_PLACE_KINDS = new Set(['country', 'state', 'nation']);
/**
 * A name of two or three words whose last is a country or a state and whose first is no given name, place,
 * nationality or place prefix, and the country no given name or surname ("Rentwise Canada", "Clear Skies
 * Colorado"; not "Jordan Canada", "Northern Queensland", "Baja California", "Maya Jordan").
 */
function brandOfPlace(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0], last = words[words.length - 1];
  return !has(first, W.FIRST | W.PLACE | W.DEMONYM | W.PLACE_PREFIX | W.PLACE_HEAD) && has(last, W.PLACE) && !has(last, W.FIRST | W.SURNAME)
    && BRAND_PLACE_KINDS.has(lex.placeKind(last.w) ?? '');
}

const ROMAN = /^[IVX]+$/;
/**
 * Whether a run of mixed case holds an acronym, which a body's or a firm's name may hold and a person's does not
 * (an acronym that is no initial, numeral or post-nominal: one of three letters or more, or one of two letters
 * after the first word: "RTV Vecht", "Kilkenny GAA"; not "AJ Styles", "John Smith III", "DEREK HUANG", nor a
 * place's "Sydney NSW", "Hong Kong SAR").
 */
function innerAcronym(tokens: Token[], a: number, b: number): boolean {
  let caps = false, lower = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k !== Kind.Word) continue;
    if (isCapsWord(t) && isAcronym(t.w) && (t.w.length >= 3 || i > a) && !ROMAN.test(t.w) && !POST_NOMINALS.has(t.w) && !NAME_SUFFIXES.has(t.w)
      && !has(t, W.COMMON | W.FIRST | W.SURNAME | W.PLACE) && t.w !== 'SAR') caps = true;
    else if (/\p{Ll}/u.test(t.w)) lower = true;
  }
  return caps && lower;
}

/** A word in capitals ("RESIGNS", "KYIV", "OF", "UN"; not "U.S."). */
function isCapsWord(t: Token): boolean {
  return t.k === Kind.Word && t.w.length >= 2 && /^[A-Z][A-Z'’-]+$/.test(t.w);
}

/**
 * Splits a run that mixes capitals and ordinary words (see splitChunk). Returns true when the run is left to
 * the caller unchanged, false when it was split here (its parts already pushed).
 */
function splitCaps(tz: Tokenized, a: number, b: number, out: NameChunk[]): boolean {
  const { tokens } = tz;
  let caps = 0, capsCommon = 0;
  for (let i = a; i < b; i++) {
    if (!isCapsWord(tokens[i])) continue;
    caps++;
    if (has(tokens[i], W.COMMON) && !has(tokens[i], W.KNOWN)) capsCommon++;
  }
  if (caps < 2 || capsCommon === 0) return true;
  // a dateline's town, whatever its words: "WATTLE HEADS, 6 May 2026 –", "CEDAR PRAIRIE, Wis. (Wire) —"
  if (b - a <= 3 && caps === b - a && capsDateline(tz, a, b)) return true;
  // cut points first; nothing to cut: the run is the caller's as it is
  const cuts: [number, number][] = [];
  let start = a;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    const sep = isCapsWord(t) && has(t, W.COMMON) && !has(t, W.KNOWN) && !gazetteerCovers(tz, start, i, b);
    const caseChange = i > start && isCapsWord(tokens[i - 1]) !== isCapsWord(t) && t.w !== '.' && tokens[i - 1].w !== '.';
    // ("ROTTERDAM OPEN", "SHEFFIELD SHIELD": the words before an event's head are the event's name, not a place)
    if (sep) { if (i > start && !isEventHeadCaps(t.w)) cuts.push([start, i]); start = i + 1; continue; }
    if (caseChange) { cuts.push([start, i]); start = i; }
  }
  if (b > start) cuts.push([start, b]);
  if (cuts.length === 1 && cuts[0][0] === a && cuts[0][1] === b) return true;
  for (const [x, y] of cuts) {
    // a lone word in capitals there is a name only if the gazetteers know it or it is short like an acronym
    if (y === x + 1 && isCapsWord(tokens[x]) && !has(tokens[x], W.KNOWN) && (tokens[x].w.length > 4 || has(tokens[x], W.COMMON))) continue;
    splitChunk(tz, x, y, out);
  }
  return false;
}

/**
 * A run in capitals opening a line before a comma and a date or a state, a province or a country ("BROKEN HILL,
 * 16 August 2026", "CEDAR PRAIRIE, Wis.", "OLD HARBOUR, Jamaica,"): a dateline, not a headline's words.
 */
function capsDateline(tz: Tokenized, a: number, b: number): boolean {
  const { tokens } = tz;
  if (tokens[b]?.w !== ',' || !lineBreakBefore(tz, a)) return false;
  const n = tokens[b + 1];
  if (!n || isCapsWord(n)) return false;
  if (n.k === Kind.Num) return /^\d{1,2}$/.test(n.w) && MONTHS.has(tokens[b + 2]?.w ?? '');
  if (MONTHS.has(n.w)) return tokens[b + 2]?.k === Kind.Num;
  if (tokens[b + 2]?.w === '.' && STATE_ABBREVIATIONS.has(`${n.w}.`)) return true;
  return BRAND_PLACE_KINDS.has(lex.placeKind(n.w) ?? '') && /^[,(–—-]$/.test(tokens[b + 2]?.w ?? '');
}

/** A competition's or an event's last word in capitals ("OPEN", "CUP", "SHIELD"). */
function isEventHeadCaps(w: string): boolean {
  const t = w.charAt(0) + w.slice(1).toLowerCase();
  return EVENT_HEADS.has(t) || COMPETITION_HEADS.has(t);
}

/** Whether a known place or organisation written in capitals covers token i ("NEW YORK CITY", "WHITE HOUSE"). */
function gazetteerCovers(tz: Tokenized, from: number, i: number, limit: number): boolean {
  for (let k = Math.max(from, i - 3); k <= i; k++) {
    for (let e = Math.max(i + 1, k + 2); e <= Math.min(limit, k + 4); e++) {
      const text = tokensText(tz, k, e);
      if (lex.placeCanonical(text) || lex.orgCanonical(text) || lex.orgCanonical(text.toLowerCase().replace(/\b\w/g, (x) => x.toUpperCase()))) return true;
    }
  }
  return false;
}

/**
 * Pushes a person's name, cutting off a trailing "of" + place or organisation ("Sheikh Tamim bin Hamad Al Thani
 * of Qatar", "Dr. Farah Naz of Lady Reading Hospital", "King Abdullah II of Jordan"), which is named on its own.
 */
function pushPerson(tz: Tokenized, c: NameChunk, out: NameChunk[]): void {
  const { tokens } = tz;
  for (let k = c.a + 1; k < c.b - 1; k++) {
    if (tokens[k].l !== 'of') continue;
    const rest = tokensText(tz, k + 1, c.b);
    const last = tokens[c.b - 1].w;
    // (or a full name, given name first, before "of": "Senator Wade Corrigan of Juniper Wells"; names with "of"
    // inside them are royal or noble, "Catherine of Aragon", and have one word before it)
    if (lex.placeCanonical(rest) || lex.orgCanonical(rest) || lex.isOrgHead(last) || lex.isPlaceHead(last) || FACILITY_HEADS.has(last)
      || (k - c.a >= 2 && has(tokens[c.a], W.FIRST) && tokens[k + 1].cap)) {
      out.push({ ...c, b: k });
      out.push({ a: k + 1, b: c.b, type: null });
      return;
    }
  }
  out.push(c);
}

/**
 * The words before a role inside a capitalised run ("New York Congressman", "UK Prime Minister"): known places
 * and organisations (the longest gazetteer name first: "New York", not "New" and "York") and acronyms become names
 * of their own; nationalities qualify the role. `any`: also unknown words (the run ends with the role).
 */
function pushQualifiers(tz: Tokenized, a: number, b: number, out: NameChunk[], knownOnly: boolean): void {
  const { tokens } = tz;
  for (let i = a; i < b; ) {
    const q = tokens[i];
    const g = gazetteerRun(tokens, i, b);
    if (g > i + 1) { out.push({ a: i, b: g, type: null }); i = g; continue; }
    if (!has(q, W.DEMONYM) && (!knownOnly || has(q, W.PLACE) || has(q, W.ORG) || isAcronym(q.w))) out.push({ a: i, b: i + 1, type: null });
    i++;
  }
}

const CHAMBER = /\b(Senate|House|Assembly|Congress|Parliament|Chamber)\b/;
/**
 * A title that opens with the name of the chamber its holder leads ("Senate Majority Leader", "House Speaker"): the
 * chamber is named too, as an organisation, and the title stays whole (not a minister's portfolio: in "Treasury
 * Secretary" or "Labour Minister" the word is the office's subject, not a body acting in the story).
 */
function pushRoleBody(tz: Tokenized, roleStart: number, roleStop: number, out: NameChunk[]): void {
  if (roleStop - roleStart >= 2 && tz.tokens[roleStart].cap && knownOrg(tz, roleStart, roleStart + 1) && !has(tz.tokens[roleStart], W.PLACE)
    && lex.orgKind(tz.tokens[roleStart].w) === 'gov' && CHAMBER.test(lex.orgCanonical(tz.tokens[roleStart].w) ?? '')) {
    out.push({ a: roleStart, b: roleStart + 1, type: 'ORG' });
  }
}

/** A role phrase ending right before token `a`: tokens that are role words or capitalised qualifiers. */
function roleBefore(tz: Tokenized, a: number): { role: Span; key: string | undefined } | null {
  const { tokens } = tz;
  const sent = tokens[a].sent;
  // find a role phrase ending at a-1
  for (let from = Math.max(0, a - 3); from < a; from++) {
    if (tokens[from].sent !== sent) continue;
    if (roleEnd(tokens, from, a) === a) {
      const start = extendRoleLeft(tz, from);
      const role: Span = { start: tokens[start].s, end: tokens[a - 1].e, text: '' };
      role.text = tz.text.slice(role.start, role.end);
      return { role, key: lex.roleKey(tokensText(tz, from, a)) };
    }
  }
  return null;
}

/** Extends a role leftwards over capitalised qualifiers and demonyms ("Kremlin", "NATO", "Ukrainian", "UK"). */
function extendRoleLeft(tz: Tokenized, from: number): number {
  const { tokens } = tz;
  let i = from;
  while (i > 0 && i > from - 3) {
    const p = tokens[i - 1];
    if (p.sent !== tokens[from].sent || p.k !== Kind.Word) break;
    if (DETERMINERS.has(p.l)) break;
    if (p.cap && !(p.first && has(p, W.STOPCAP)) && (has(p, W.DEMONYM) || has(p, W.PLACE) || has(p, W.ORG) || isAcronym(p.w) || roleEnd(tokens, i - 1, from) > 0 || !has(p, W.STOPCAP))) { i--; continue; }
    if (!p.cap && (lex.isRole(p.l) || lex.isRoleModifier(p.l))) { i--; continue; }
    break;
  }
  return i;
}

/** True when the name follows a locative preposition ("in Downing Street", "at the White House"). */
function isLocative(tz: Tokenized, a: number): boolean {
  let i = a - 1;
  if (i >= 0 && tz.tokens[i].l === 'the') i--;
  if (i >= 0 && /^(his|her|their|its)$/.test(tz.tokens[i].l)) i--;
  if (i < 0 || !/^(in|at|to|into|outside|from|near|inside|here|there)$/.test(tz.tokens[i].l)) return false;
  // "according to the Pentagon": a source, not a place
  return !(tz.tokens[i].l === 'to' && i > 0 && tz.tokens[i - 1].l === 'according');
}

/** Evidence-based typing of a chunk whose type is not fixed by its role. */
function typeChunk(tz: Tokenized, c: NameChunk): EntityType | null {
  const { tokens } = tz;
  const text = tokensText(tz, c.a, c.b);
  const first = tokens[c.a];
  const last = tokens[c.b - 1];
  const n = c.b - c.a;
  if (n === 1 && lex.demonymCountry(text) && !knownPlace(tz, c.a, c.b)) return null;
  if (n <= 2 && STATE_ABBREVIATIONS.has(text)) return 'PLACE';
  if (n > 1 && lex.isOrgSuffix(last.w.replace(/\./g, ''))) return 'ORG';
  // "Grupo Solana", "Universidad Nacional de Trujillo": a word that opens organisations' names in another language
  if (n > 1 && lex.isOrgOpener(first.w) && !knownPlace(tz, c.a, c.b)) return 'ORG';
  const prev = c.a > 0 ? tokens[c.a - 1] : undefined;
  const next = c.b < tokens.length ? tokens[c.b] : undefined;
  const nextIsOrgHead = next && next.cap && has(next, W.ORG_HEAD);
  // a nation's governing body of a sport ("Scottish Hockey", "Welsh Rugby", "Swiss Ski")
  if (n === 2 && has(first, W.DEMONYM) && (SPORT_NAMES.has(last.l) || last.l === 'ski')) return 'ORG';
  // a name before a lower-case word for a club or a party names it ("Aberaeron rugby club", "the Morena party")
  if (next && next.k === Kind.Word && !next.cap && !(tokens[c.b + 1]?.cap)) {
    const club = next.l === 'club' || next.l === 'party' || (SPORT_NAMES.has(next.l) && tokens[c.b + 1]?.l === 'club');
    // (not a party's adjective or a nationality: "the Republican party", "a Welsh party")
    if (club && !(next.l === 'party' && (PARTY_ADJECTIVES.has(text) || has(first, W.DEMONYM))) && !(knownPlace(tz, c.a, c.b) && NATION_KINDS.has(lex.placeKind(text) ?? ''))) return 'ORG';
  }
  // a building or site named where something happens is a place, even when the gazetteers know the institution
  // ("a trainer went to the Museum of Flight in Seattle")
  const facility = FACILITY_HEADS.has(last.w) ? last.w : ofHead(tz, c);
  if (n > 1 && facility && FACILITY_HEADS.has(facility) && facility !== 'Center' && facility !== 'Centre' && isLocative(tz, c.a) && agentEvidence(tz, c) < 2 && !knownPlace(tz, c.a, c.b)) return 'PLACE';
  // a court's building where someone appears or is sentenced ("jailed at Bristol Crown Court", "a jury at
  // Manchester Crown Court heard"); "the Supreme Court" that rules is the institution
  if (n > 1 && last.w === 'Court' && prev?.l === 'at' && !knownOrg(tz, c.a, c.b) && agentEvidence(tz, c) < 2) return 'PLACE';
  // where someone lives, after the name and the age: "Darren Pickles, 34, of Hollinwell", "Debra Hollis, 44, of
  // Masterton" (not a body: "Tom Hale, 52, of Harlow Rovers")
  if (prev?.l === 'of' && c.a >= 4 && tokens[c.a - 2].w === ',' && tokens[c.a - 3].k === Kind.Num && /^\d{1,3}$/.test(tokens[c.a - 3].w)
    && tokens[c.a - 4].w === ',' && !has(last, W.ORG_HEAD) && !lex.isOrgSuffix(last.w) && !has(first, W.ORG_HEAD)) return 'PLACE';
  if (!nextIsOrgHead) {
    // seats of government ("Downing Street", "the Kremlin") are organisations when they act, places otherwise
    if (lex.isOrgMetonym(text) && !knownPlace(tz, c.a, c.b)) return isLocative(tz, c.a) && agentEvidence(tz, c) < 1 ? 'PLACE' : 'ORG';
    // an organisation whose name is also an ordinary word ("Salon", "Variety", "Apple") only mid-sentence
    if (knownOrg(tz, c.a, c.b) && !(prev && prev.l === 'in' && knownPlace(tz, c.a, c.b)) && !(first.first && n === 1 && lex.isAmbiguousOrg(text) && has(first, W.COMMON))) return 'ORG';
    if (knownPlace(tz, c.a, c.b)) return 'PLACE';
  }
  // a newspaper named after its town ("Toronto Star", "Edmonton Sun")
  if (n > 1 && NEWSPAPER_HEADS.has(last.w) && knownPlace(tz, c.a, c.b - 1) && !knownPlace(tz, c.a, c.b)) return 'ORG';
  // ("she told the Border Courier": a word only a newspaper's name ends with, after "the")
  if (n > 1 && n <= 3 && PAPER_ONLY_HEADS.has(last.w) && prev?.l === 'the' && !knownPlace(tz, c.a, c.b) && !has(first, W.FIRST)) return 'ORG';
  // "Christopher Hill", "Kevin Park": a given name and a place word that is also a surname is a person
  // (a given name that is also a word needs the name to act: 'said Grant Green, a former official')
  if (n === 2 && has(first, W.FIRST) && !has(first, W.PLACE) && has(last, W.PLACE_HEAD) && (has(last, W.SURNAME) || has(last, W.FIRST) || SURNAME_HEADS.has(last.w)) && !knownPlace(tz, c.a, c.b) && !isLocative(tz, c.a)
    && (!has(first, W.COMMON) || agentEvidence(tz, c) >= 2)) return 'PERSON';
  // ("Mary Green", "Grant Green": a given name before a head word that is a common surname, away from "in"/"at")
  if (n === 2 && has(first, W.FIRST) && SURNAME_HEADS.has(last.w) && !knownPlace(tz, c.a, c.b) && !isLocative(tz, c.a) && !placeEvidence(tz, c.a, c.b)) return 'PERSON';
  // (a hospital is an institution unless someone is taken to or treated at it)
  if (n > 1 && FACILITY_HEADS.has(last.w) && !((last.w === 'Center' || last.w === 'Centre') && (!isLocative(tz, c.a) || tokens.slice(c.a, c.b).some((t) => t.l === 'for' || t.l === 'of')))
    && (last.w !== 'Hospital' || isLocative(tz, c.a))
    && !knownOrg(tz, c.a, c.b) && agentEvidence(tz, c) < 2) return 'PLACE';
  // an organisation's head word alone opening a sentence is an ordinary noun ("Police said"); capitalised after
  // "the" in mid-sentence it names one ("the Administration's decision", "the Academy")
  // the body every state or company has, capitalised by house style, is no name ("the Government said", "the
  // Administration's decision", "the Board expected", "the Group's partner"), unlike the short form of a body named
  // before ("the Legislature", "the Council", "the Front"); but the short form of such a body the text names in
  // full ("the Government of Malawi ... the Government has") is that body, and one that speaks ("the Government
  // said") stays a source to attribute
  if (n === 1 && GENERIC_BODIES.has(first.w) && !namedInFull(tz, first.w) && !(next && has(next, W.CUE) && !/^(has|had|have)$/.test(next.l) && tokens[c.b + 1]?.l !== 'to')) return null;
  if ((has(last, W.ORG_HEAD) && (n > 1 || !has(last, W.COMMON) || (!first.first && (prev?.l === 'the' || (CONTROL_MODIFIER.test(prev?.w ?? '') && tokens[c.a - 2]?.l === 'the'))))) || (n > 1 && has(first, W.ORG_HEAD) && tokens[c.a + 1].l === 'of')) return 'ORG';
  // "the City of Port Alder said": a city's council by its corporate name, where it is no place something happens in
  if (n > 2 && first.w === 'City' && tokens[c.a + 1].l === 'of' && prev?.l === 'the' && !isLocative(tz, c.a)) return 'ORG';
  if (n > 1 && has(last, W.PLACE_HEAD) && !(n > 3 && headOf(tokens, c.a, c.b) && !FACILITY_HEADS.has(ofHead(tz, c) ?? ''))) return 'PLACE';
  if (n > 2 && has(first, W.PLACE_HEAD) && tokens[c.a + 1].l === 'of') return 'PLACE';
  // "Max Planck Institute for Astronomy", "Indian Institute of Management Ahmedabad": an organisation's head
  // followed by "of"/"for" makes the run an organisation, whatever its first word
  for (let i = c.a + 1; i < c.b - 1; i++) if ((tokens[i].l === 'of' || tokens[i].l === 'for' || (tokens[i].l === 'on' && ON_HEADS.has(tokens[i - 1].w))) && has(tokens[i - 1], W.ORG_HEAD) && !FACILITY_HEADS.has(tokens[i - 1].w)) return 'ORG';
  // "the Ferrand family", "the Kennedy clan": a surname
  if (n === 1 && next && next.k === Kind.Word && !next.cap && /^(family|families|clan|dynasty|household)$/.test(next.l) && prev?.l === 'the' && !has(first, W.COMMON | W.DEMONYM | W.PLACE | W.ORG)) return 'PERSON';
  // a transcript's speaker label in capitals ("MOYO: No. I have worked …"); an ordinary word or a role there is a
  // section's label ("MARKETS:", "BRIEFLY:", "HOST:")
  if (n === 1 && next?.w === ':' && (c.a === 0 || tokens[c.a - 1].para !== first.para || lineBreakBefore(tz, c.a)) && first.w === first.w.toUpperCase() && first.w.length > 1) {
    return isLabelWord(first) ? null : 'PERSON';
  }
  // a word in capitals is an acronym only in text that is not itself in capitals: a dateline's town is a place
  // ("THIRSK, England -", "LONDON 2026-03-14"), other words of a line in capitals are words ("SOCCER - …")
  if (c.b - c.a <= 3 && isCapsWord(first) && text.length >= 4 && isAcronym(text.replace(/ /g, '')) && !knownOrg(tz, c.a, c.b)) {
    if (isDateline(tz, c)) return 'PLACE';
    if (n === 1 && inCapsLine(tz, c.a)) return null;
  }
  // (a dateline's town of any length: "NORTHALLERTON, 8 May 2026 –", "HEBDEN BRIDGE, 21 November –")
  // (not a transcript's speaker label: "MARCUS ODUYA, CHIEF EXECUTIVE:", "PAULINE GARSIDE (chief executive, …):")
  // (a first word that is also a given name, "NORTH BERWICK", when a place and a comma or a date follow the comma:
  // "NORTH BERWICK, Scotland, July 12"; not a label, "DANA REID, Scotland's coach:")
  if (n <= 3 && isCapsWord(first) && isCapsWord(last) && text.length > 6 && !knownOrg(tz, c.a, c.b)
    && (!(has(first, W.FIRST) && !has(first, W.PLACE)) || (next?.w === ',' && tokens[c.b + 1] !== undefined && has(tokens[c.b + 1], W.PLACE)
      && (tokens[c.b + 2]?.w === ',' || tokens[c.b + 2]?.k === Kind.Num || /^[-–—(]$/.test(tokens[c.b + 2]?.w ?? ''))))
    && next && (next.w === ',' ? tokens[c.b + 1] !== undefined && !isCapsWord(tokens[c.b + 1]) : next.w !== '(' || tokens[c.b + 1]?.cap === true) && isDateline(tz, c)) return 'PLACE';
  // a capitalised plural after "the" is a team, a band or a group, not a person ("the Lakers", "the Bulls")
  if (n === 1 && prev?.l === 'the' && /[^s]s$/.test(first.w) && first.w.length > 3 && !has(first, W.SURNAME) && !has(first, W.DEMONYM_NOUN)
    && !lex.isRoleExact(first.l.slice(0, -1))) return 'ORG';
  // an outlet's or a company's edition for a place ("Breitbart Texas", "BBC Scotland", "Amazon UK")
  // ("BBC Radio Scotland", "ITV News Wales": the outlet's service words between)
  if (n >= 2 && n <= 4 && has(first, W.ORG) && !has(first, W.PLACE) && has(last, W.PLACE) && !knownPlace(tz, c.a, c.b)
    && (n === 2 || tokens.slice(c.a + 1, c.b - 1).every((t) => OUTLET_SERVICES.has(t.w)))) return 'ORG';
  // a known broadcaster's numbered service ("BBC Radio 6 Music")
  if (n >= 3 && has(first, W.ORG) && tokens.slice(c.a + 1, c.b).some((t, k) => t.k === Kind.Num && BROADCAST_NUMBERED.has(tokens[c.a + k].w))) return 'ORG';
  // several acronyms in a row name a company or a body ("NGP VAN"), not a person
  // (a name in capitals opening with a given name is a person's: "DEREK HUANG, …:")
  if (n >= 2 && n <= 3 && tokens.slice(c.a, c.b).every((t) => isAcronym(t.w) && !has(t, W.COMMON)) && !(has(first, W.FIRST) && !has(first, W.ORG | W.PLACE))) return 'ORG';
  // a team or a band: a place or ordinary words, then a plural ("Denver Broncos", "Red Hot Chili Peppers")
  if (n >= 2 && n <= 4 && /[^s]s$/.test(last.w) && last.w.length > 3 && !has(last, W.SURNAME)
    && ((knownPlace(tz, c.a, c.b - 1) && (prev?.l === 'the' || !has(first, W.FIRST))) || (n >= 3 && has(last, W.COMMON) && lex.isCommonWord(last.w.slice(0, -1)))
      // ("the Glenfield Gannets", "the Rodney Sharks": after "the", any word and an ordinary plural that heads no place
      // or event, after a word no ordinary word ("the Loan Documents"), where nothing happens in or at it: "at the
      // Assembly Rooms", "in the Scottish Borders")
      || (n === 2 && prev?.l === 'the' && !isLocative(tz, c.a) && !has(first, W.DEMONYM | W.COMMON) && has(last, W.COMMON) && lex.isCommonWord(last.w.slice(0, -1)) && !has(last, W.PLACE_HEAD) && !EVENT_HEADS.has(last.w)))) return 'ORG';
  if (prev && (has(prev, W.HONORIFIC) || (prev.w === '.' && c.a > 1 && has(tokens[c.a - 2], W.HONORIFIC)))) return 'PERSON';
  // what the text calls it, right before the name: "the polling firm Tremaine Insight", "the punk band Slack
  // Water", "the grocery app Quickbasket"; and where people work: "analysts at Kessler Brandt"
  if (prev && prev.k === Kind.Word && !prev.cap && c.a >= 2 && !knownPlace(tz, c.a, c.b)) {
    const pp = tokens[c.a - 2];
    // ("the Canadian band Northmoor", "the Kirkcaldy band Low Harbour": a qualifier after an article)
    if (NAMING_ORG_NOUNS.has(prev.l) && pp.k === Kind.Word && pp.l !== 'of' && pp.l !== 'and' && (!pp.cap || (c.a >= 3 && DETERMINERS.has(tokens[c.a - 3].l)))) return 'ORG';
    if (prev.l === 'at' && pp.k === Kind.Word && !pp.cap && (AT_WORKERS.has(pp.l) || (n === 1 && lex.isRoleExact(pp.l))) && !FACILITY_HEADS.has(last.w) && !has(last, W.PLACE_HEAD)) return 'ORG';
  }
  // ("Fair Future Kent, a campaign group, said": an apposition that calls the name an organisation, and nothing else)
  // (an acronym inside it makes it a body's or a firm's: "Kilkenny GAA", see innerAcronym)
  if (n >= 2 && has(first, W.FIRST) && !has(first, W.STOPCAP)) return orgApposition(tz, c.b, true) || innerAcronym(tokens, c.a, c.b) ? 'ORG' : 'PERSON';
  // initials before a surname ("R. Kamalakannan", "K. M. Nair"): a person, as Indian and older British news write
  // names, unless the last word is an ordinary word or an organisation's or a place's head
  if (n >= 3 && isInitial(tokens, c.a) && !has(last, W.COMMON | W.ORG_HEAD | W.PLACE_HEAD | W.ORG | W.PLACE) && !lex.isOrgSuffix(last.w)) return 'PERSON';
  // an upper-case word that is an ordinary word ("ALL", "NOT", "NEW") is emphasis or a headline, not an acronym
  if (n === 1 && isAcronym(text) && text.length >= 3 && lex.isCommonWord(text.toLowerCase()) && !knownOrg(tz, c.a, c.b) && !knownPlace(tz, c.a, c.b)) return null;
  if (n === 1 && isAcronym(text) && !(prev && (prev.l === 'a' || prev.l === 'an'))) return 'ORG';
  // a known surname alone is a person, unless something happens there ("tourism in Kruger")
  if (lex.personName(text) && !(n === 1 && isLocative(tz, c.a))) return 'PERSON';
  if (n === 3 && tokens[c.a + 1].w === '&') return 'ORG';
  // "Costa del Sol", "Monte Rosa", "Lake Kivu": a place prefix opens a place's name
  if (n > 1 && (has(first, W.PLACE_PREFIX) || PLACE_PREFIXES_EXTRA.has(first.w))) return 'PLACE';
  return null;
}
const SPORT_NAMES = new Set(['football', 'rugby', 'cricket', 'hockey', 'golf', 'tennis', 'rowing', 'sailing', 'bowls', 'boxing', 'athletics', 'cycling', 'netball', 'basketball', 'baseball']);
/** Lower-case nouns for works: the title after them is not tagged ("whose album Dunes of Ash", "her novel The Tide"). */
const WORK_NOUNS = new Set(['album', 'albums', 'novel', 'novels', 'film', 'films', 'book', 'books', 'song', 'songs', 'opera', 'poem', 'memoir', 'documentary', 'painting', 'sculpture', 'ep', 'musical', 'sitcom']);
/** Lower-case nouns that name an organisation's kind right before its name ("the polling firm Tremaine Insight"). */
const NAMING_ORG_NOUNS = new Set(['firm', 'company', 'band', 'label', 'app', 'startup', 'start-up', 'journal', 'magazine', 'newspaper',
  'retailer', 'chain', 'lender', 'insurer', 'airline', 'broadcaster', 'publisher', 'pollster', 'consultancy', 'charity', 'brand',
  'carmaker', 'chipmaker', 'drugmaker', 'supermarket', 'conglomerate', 'outfit', 'engineers', 'architects', 'solicitors', 'accountants']);
/** People who work "at" an organisation ("analysts at Kessler Brandt", "a partner at Mercer Vail"). */
const AT_WORKERS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'partner', 'partners',
  'researcher', 'researchers', 'engineer', 'engineers', 'lawyer', 'lawyers', 'trader', 'traders', 'banker', 'bankers', 'director',
  'executive', 'executives', 'employee', 'employees', 'staff', 'worker', 'workers', 'manager', 'managers', 'consultant', 'consultants']);
/** Place-name heads that are also common English surnames the name lists lack ("Mary Green", "Tom Moor"). */
/** A surname with an apostrophe or an ʻokina between letters ("O'Neill", "D’Amato", "Faʻasavalu"; not "Macy's"). */
const APOSTROPHE_SURNAME = /^\p{Lu}\p{Ll}{0,3}['’ʻ‘]\p{L}{2,}$/u;
const SURNAME_HEADS = new Set(['Green', 'Marsh', 'Moor', 'Vale', 'Ridge', 'Wells']);
const PLACE_PREFIXES_EXTRA = new Set(['Co', 'Costa', 'Mont', 'Monte', 'Sierra', 'Puerto', 'Rio', 'Río', 'Playa', 'Isla', 'Lago', 'Golfo', 'Bahía', 'Punta', 'Cabo', 'Wadi', 'Jebel', 'Jabal', 'Tel', 'Ras', 'Bab', 'Ciudad', 'Villa']);

const GEO_NOUNS = new Set(['valley', 'river', 'rivers', 'region', 'province', 'district', 'camp', 'county', 'city', 'town',
  'village', 'area', 'border', 'delta', 'basin', 'mountains', 'lake', 'coast', 'island', 'islands', 'peninsula',
  'municipality', 'governorate', 'oblast', 'prefecture', 'neighbourhood', 'neighborhood', 'suburb', 'settlement', 'refugee',
  'ward', 'constituency', 'parish', 'borough']);
const GEO_OF = new Set(['village', 'town', 'city', 'region', 'province', 'district', 'capital', 'suburb', 'county', 'island', 'port', 'outskirts', 'state',
  'mayor', 'governor', 'bishop', 'archbishop', 'emir', 'sultan', 'duke', 'duchess', 'premier', 'residents', 'people', 'east', 'west', 'north', 'south']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'towards', 'toward', 'into', 'through', 'via']);

/** Whether the word at token i stands where a place does (see the caller). */
function placeEvidence(tz: Tokenized, i: number, end = i + 1): boolean {
  const { tokens } = tz;
  const next = tokens[end];
  if (next && next.k === Kind.Word && !next.cap && GEO_NOUNS.has(next.l)) return true;
  let p = i - 1;
  if (p >= 0 && tokens[p].l === 'the') p--;
  if (p < 0) return false;
  // ("shares in Helix", "a stake in Orla": a company)
  if (tokens[p].l === 'in' && p > 0 && /^(shares|stake|stakes|investment|invested|holdings)$/.test(tokens[p - 1].l)) return false;
  if (LOCATIVE.has(tokens[p].l)) return !(next && (next.w === "'s" || next.w === '’s'));
  return tokens[p].l === 'of' && p > 0 && GEO_OF.has(tokens[p - 1].l);
}

/** Lower-case nouns that describe an organisation, before its name or in apposition after it. */
const ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'supermarket',
  'chain', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine',
  'agency', 'militia', 'movement', 'party', 'charity', 'nonprofit', 'non-profit', 'organisation', 'organization',
  'startup', 'start-up', 'conglomerate', 'giant', 'operator', 'network', 'channel', 'outlet', 'website', 'platform',
  'publisher', 'studio', 'label', 'club', 'team', 'union', 'association', 'federation', 'regulator', 'watchdog',
  'ministry', 'department', 'court', 'university', 'school', 'hospital', 'insurgents', 'rebels', 'faction', 'coalition',
  'pollster', 'fund', 'manufacturer', 'producer', 'supplier', 'developer', 'subsidiary', 'unit', 'rival', 'brand',
]);

/** "state broadcaster ORTM", "Dell, the computer maker", "shares of Wipro", "Tata Electronics shares". */
function orgEvidence(tz: Tokenized, c: NameChunk): boolean {
  const { tokens } = tz;
  const prev = tokens[c.a - 1], next = tokens[c.b];
  if (prev && prev.k === Kind.Word && (!prev.cap || prev.first) && ORG_NOUNS.has(prev.l) && !(tokens[c.a - 2]?.l === 'the' && c.b - c.a > 1 && has(tokens[c.a], W.FIRST))) return true;
  if (prev && (prev.l === 'of' || prev.l === 'in') && /^(shares|stake|stakes|investment|invested|holdings|shareholders)$/.test(tokens[c.a - 2]?.l ?? '')) return true;
  if (next && (next.l === 'shares' || next.l === 'stock')) return true;
  // a single word with a company's staff, shares or board after it ("a Thriftwell spokeswoman", "Rotherford's
  // chairman", "Avonline's managing director"), or that speaks of "its" business ("Quillwork said its sales …")
  if (c.b - c.a === 1 && next && !has(tokens[c.a], W.COMMON | W.ORG_HEAD)) {
    const poss = next.w === "'s" || next.w === '’s';
    const w = poss ? tokens[c.b + 1] : next;
    if (w && w.k === Kind.Word && !w.cap && (COMPANY_ROLES.has(w.l) || (poss && COMPANY_THINGS.has(w.l))) && !(w.l === 'chief' && tokens[c.b + (poss ? 2 : 1)]?.l === 'of')) return true;
    if (next.k === Kind.Word && lex.cueOf(next) && tokens[c.b + 1]?.l === 'its') return true;
  }
  return orgApposition(tz, c.b);
}

/** Words for public bodies that an apposition ends with ("Statistics Nordland, the national statistics office"). */
const BODY_NOUNS = new Set(['office', 'bureau', 'authority', 'commission', 'institute', 'council', 'body', 'service', 'inspectorate', 'ombudsman']);

/**
 * An apposition after a name at token b that calls it an organisation: "X, the computer maker", "X, a
 * Bengaluru-based rival". `whole`: the noun ends the apposition ("X, a campaign group, said"; not "X, a bank manager").
 */
function orgApposition(tz: Tokenized, b: number, whole = false): boolean {
  const { tokens } = tz;
  const next = tokens[b];
  if (next && next.w === ',' && (tokens[b + 1]?.l === 'the' || tokens[b + 1]?.l === 'a' || tokens[b + 1]?.l === 'an')) {
    for (let k = b + 2; k < Math.min(tokens.length, b + 6); k++) {
      const t = tokens[k];
      if (t.k !== Kind.Word) break;
      // (the noun heads the apposition: not "Raj Malhotra, an airline analyst at …", whose head is a person's role)
      const nx = tokens[k + 1];
      if (!t.cap && (ORG_NOUNS.has(t.l) || BODY_NOUNS.has(t.l))) {
        if (isPersonRoleAt(tokens, k + 1)) return false;
        return whole ? nx?.k === Kind.Punct : nx?.l !== 'of' || t.l === 'maker';
      }
    }
  }
  return false;
}

/** Nouns that define a name as an organisation in "X is a …" (besides ORG_NOUNS). */
const DEF_ORG_NOUNS = new Set(['band', 'orchestra', 'choir', 'ensemble', 'duo', 'trio', 'quartet', 'league', 'conference', 'college',
  'institute', 'society', 'trust', 'council', 'franchise', 'corporation', 'business', 'cooperative', 'co-operative', 'organization',
  'broadcaster', 'station', 'newspaper', 'manufacturer', 'bank', 'airline', 'charity', 'foundation', 'firm']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
const DEF_STOP = new Set(['of', 'in', 'that', 'which', 'who', 'from', 'based', 'formed', 'founded']);
/** Buildings named in apposition ("Wetherby Hall, a Georgian country house"). */
const BUILDING_NOUNS = new Set(['house', 'mansion', 'manor', 'castle', 'hall', 'estate', 'pub', 'inn', 'hotel', 'building', 'tower', 'church', 'chapel', 'cathedral', 'stadium', 'ground', 'venue', 'farm']);
const DEF_PLACE_NOUNS = new Set(['city', 'town', 'village', 'hamlet', 'river', 'county', 'district', 'region', 'country', 'mountain',
  'lake', 'island', 'suburb', 'municipality', 'neighbourhood', 'neighborhood', 'province', 'parish', 'borough', 'settlement', 'valley', 'peninsula', 'commune']);

/** Whether token i is a lower-case word for a person's role ("analyst" in "an airline analyst"). */
function isPersonRoleAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.k === Kind.Word && !t.cap && lex.isRoleExact(t.l);
}

/**
 * A definition after the name, as encyclopaedia articles open: "Harbour Lights are an English indie rock band",
 * "Thornby is a village in North Yorkshire". The noun within five words after "is/are/was/were a(n)/the" decides.
 */
function definedAs(tz: Tokenized, c: NameChunk): EntityType | null {
  const { tokens } = tz;
  const v = tokens[c.b];
  // "X is a …", "X are an …", and in apposition "X, a Georgian country house,"
  if (!v || !(BE_FORMS.has(v.l) || v.w === ',')) return null;
  const k = c.b + 1;
  if (!tokens[k] || !(tokens[k].l === 'a' || tokens[k].l === 'an' || tokens[k].l === 'the')) return null;
  for (let n = 0, i = k + 1; n < 6 && i < tokens.length; n++, i++) {
    const t = tokens[i];
    if (t.k !== Kind.Word) { if (t.w === '-' || t.w === ',') continue; return null; }
    if (DEF_STOP.has(t.l)) return null;
    if (t.cap) continue;
    // (a noun before a person's role qualifies the role: "Raj Malhotra, an airline analyst")
    if (ORG_NOUNS.has(t.l) || DEF_ORG_NOUNS.has(t.l)) return isPersonRoleAt(tokens, i + 1) ? null : 'ORG';
    if (DEF_PLACE_NOUNS.has(t.l) || (v.w === ',' && BUILDING_NOUNS.has(t.l))) return 'PLACE';
  }
  return null;
}

/** The word before a name's first "of" ("Museum" in "Museum of Flight"), if any. */
function ofHead(tz: Tokenized, c: NameChunk): string | undefined {
  for (let i = c.a + 1; i < c.b - 1; i++) if (tz.tokens[i].l === 'of') return tz.tokens[i - 1].w;
  return undefined;
}

/** Context that suggests a person or an agent for an unknown capitalised word. */
function agentEvidence(tz: Tokenized, c: NameChunk): number {
  const { tokens } = tz;
  const next = tokens[c.b];
  const next2 = tokens[c.b + 1];
  let score = 0;
  if (next && next.k === Kind.Word && !next.cap) {
    if (lex.cueOf(next)) score += 2;
    else if (/^(was|is|has|had|will|would|could|can|also|then|later|who|did|does)$/.test(next.l)) score += 1;
    else if (/ed$/.test(next.l)) score += 1;
  }
  if (next && next.w === ',' && next2 && (next2.l === 'who' || next2.l === 'a' || next2.l === 'the' || next2.l === 'an')) score += 1;
  // "Lena Marsh, whose son attends the school, said": a relative clause in commas, then a reporting verb
  // (not a place a preposition governs: "One nurse in Powys, who asked not to be named, said")
  const before = tokens[c.a - 1];
  if (next && next.w === ',' && next2 && /^(who|whose|which)$/.test(next2.l) && !(before && before.k === Kind.Word && !before.cap && /^(in|at|from|of|for|to|with|on|by|near|across|outside|inside)$/.test(before.l))) {
    const sent = next2.sent;
    for (let k = c.b + 2; k < tokens.length && k < c.b + 30 && tokens[k].sent === sent; k++) {
      if (tokens[k].w !== ',') continue;
      if (tokens[k + 1] && tokens[k + 1].k === Kind.Word && lex.cueOf(tokens[k + 1])) score += 2;
      break;
    }
  }
  // "Ananya Krishnamurthy, 38, is …": an age in commas after the name is said of people
  if (next && next.w === ',' && next2 && next2.k === Kind.Num && /^\d{1,3}$/.test(next2.w) && Number(next2.w) <= 110 && tokens[c.b + 2]?.w === ',') score += 2;
  // "Her neighbour, Tomás Ruiz, said": a name in apposition before a reporting verb
  if (next && next.w === ',' && next2 && lex.cueOf(next2) && tokens[c.a - 1]?.w === ',') score += 2;
  const prev = tokens[c.a - 1];
  if (prev && (prev.l === 'by' || prev.l === 'with' || prev.l === 'and')) score += 0.5;
  // inverted attribution after a quotation: '"…," said Holger Brandt'
  const prev2 = tokens[c.a - 2];
  if (prev && prev.k === Kind.Word && lex.cueOf(prev) && prev2 && (prev2.k === Kind.Quote || prev2.w === ',')) score += 2;
  if (prev && (prev.l === 'in' || prev.l === 'to' || prev.l === 'from')) score -= 1;
  return score;
}

/** The words of a name without its initials ("Austan D. Goolsbee" -> Austan, Goolsbee). */
function nameWords(tz: Tokenized, a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let i = a; i < b; i++) {
    const t = tz.tokens[i];
    if (t.w === '.' || (t.w.length === 1 && tz.tokens[i + 1]?.w === '.')) continue;
    out.push(t);
  }
  return out;
}

export interface EntityResult {
  mentions: EntityMention[];
  clusters: LocalEntity[];
  /** token range of each mention, parallel to `mentions` */
  ranges: { a: number; b: number }[];
}

const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** An id-safe form of a name: accents folded, lower case, words joined by hyphens ("Zelensky's" -> "zelenskys"). */
export function slug(s: string, fallback = 'x'): string {
  // a document names its entities many times: each name's slug is remembered (per fallback, which is rarely given)
  if (fallback === 'x') {
    const hit = slugCache.get(s);
    if (hit !== undefined) return hit;
    const r = slugOf(s, fallback);
    if (slugCache.size > 200_000) slugCache.clear();
    slugCache.set(s, r);
    return r;
  }
  return slugOf(s, fallback);
}
const slugCache = new Map<string, string>();

function slugOf(s: string, fallback: string): string {
  // ASCII letters and digits in words separated by single spaces (most names): the same result without
  // normalising and five replaces
  if (PLAIN_NAME.test(s)) return s.toLowerCase().replace(/ /g, '-');
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || fallback;
}

export function entityKey(type: EntityType, name: string): string {
  return `${String(type).toLowerCase()}:${slug(name)}`;
}

/** Names in a list share a type: "Punjab and Haryana", "Saudi Arabia, Qatar and Jordan", "Infosys and Wipro". */
function typeLists(tz: Tokenized, chunks: NameChunk[], typed: Map<string, EntityType>, personParts: Map<string, string>): void {
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.type || c.sub) continue;
    // (a chunk in a list has a typed neighbour: most have none, and need not have their text made)
    if (!(k > 0 && chunks[k - 1].type) && !(k + 1 < chunks.length && chunks[k + 1].type)) continue;
    // not dates, initials or role words ("Toronto Star, August 15", "Texas A&M", "Charles Bolden, NASA Administrator")
    const lastTok = tz.tokens[c.b - 1];
    if (has(tz.tokens[c.a], W.STOPCAP) || lastTok.w.length === 1 || has(lastTok, W.TITLE) || has(lastTok, W.ROLE)) continue;
    // (a name with a role in apposition after it is no list item: "the Committee, Morwenna Tregarthen, chief executive")
    if (c.b - c.a >= 2 && roleAfter(tz, c)) continue;
    const text = tokensText(tz, c.a, c.b);
    if (typed.has(text) || personParts.has(text)) continue;
    const joined = (x: NameChunk, y: NameChunk): boolean => {
      const gap = y.a - x.b;
      const g0 = tz.tokens[x.b];
      return (gap === 1 && (g0.w === ',' || g0.l === 'and' || g0.l === 'or' || g0.w === '/')) || (gap === 2 && g0.w === ',' && (tz.tokens[x.b + 1].l === 'and' || tz.tokens[x.b + 1].l === 'or'));
    };
    const before = k > 0 && chunks[k - 1].type && !chunks[k - 1].role && joined(chunks[k - 1], c) ? chunks[k - 1].type : null;
    const after = k + 1 < chunks.length && chunks[k + 1].type && !chunks[k + 1].role && joined(c, chunks[k + 1]) ? chunks[k + 1].type : null;
    const t = before ?? after;
    // (a given name alone that no gazetteer holds, after a place and ending the sentence, is a person in apposition,
    // not a region: "a listener in Tobermory, Morag."; not "in Jordon, Turkey and Lebanon", "Eastergate, Arun councillors")
    if (before === 'PLACE' && !after && c.b - c.a === 1 && has(tz.tokens[c.a], W.FIRST) && !has(tz.tokens[c.a], W.PLACE) && /^[.?!]$/.test(tz.tokens[c.b]?.w ?? '')) {
      c.type = 'PERSON';
      continue;
    }
    // (a name after a place that speaks or acts is the sentence's subject, not the list's next place: "In Mati,
    // Rogelio Dimas said …")
    // (after a bare comma: "Sparkbrook, Handsworth and Erdington continue" is a list; "A volunteer in Mati, Arjay
    // Montemayor, said" is not)
    if (t === 'PLACE' && !after && tz.tokens[c.a - 1]?.w === ',' && agentEvidence(tz, c) >= 2) continue;
    if (t && (t !== 'PERSON' || c.b - c.a > 1 || has(tz.tokens[c.a], W.FIRST))) c.type = t;
  }
}

/** A section label or role in capitals before a colon ("MARKETS:", "WEATHER:", "HOST:"), not a speaker's name. */
function isLabelWord(t: Token): boolean {
  return (has(t, W.COMMON) || has(t, W.ROLE) || has(t, W.TITLE) || lex.isRoleExact(t.l)) && !has(t, W.FIRST | W.SURNAME | W.PLACE | W.ORG);
}

/** Whether the line holding token i is written in capitals (its words of two letters or more). */
function inCapsLine(tz: Tokenized, i: number): boolean {
  const { tokens } = tz;
  let a = i, b = i + 1;
  while (a > 0 && !lineBreakBefore(tz, a)) a--;
  while (b < tokens.length && !lineBreakBefore(tz, b)) b++;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word || t.w.length < 2) continue;
    if (t.w !== t.w.toUpperCase()) return false;
    words++;
  }
  return words >= 1;
}

/**
 * A dateline's town: a name in capitals opening its line, followed by a comma, a date, an agency in brackets
 * or a dash before text in lower case ("THIRSK, England - Soldiers …", "LONDON 2026-03-14", "KYIV (AP) —").
 */
function isDateline(tz: Tokenized, c: NameChunk): boolean {
  const { tokens } = tz;
  if (!lineBreakBefore(tz, c.a)) return false;
  const next = tokens[c.b];
  if (!next || lineBreakBefore(tz, c.b)) return false;
  // (not a heading or a clause's title in capitals: "COSTS, EXPENSES AND FEES", "2. LOAN 4"; not a company: "CROCS, INC.")
  const t = tokensText(tz, c.a, c.b);
  if (lex.isCommonWord(t) && !knownPlace(tz, c.a, c.b)) return false;
  const n2 = (tokens[c.b + 1]?.w ?? '').replace(/\./g, '');
  if (next.w === ',' && (lex.isOrgSuffix(n2) || lex.isOrgSuffix(n2.charAt(0) + n2.slice(1).toLowerCase()))) return false;
  if (next.w === ',' || next.w === '(' || next.k === Kind.Num) return true;
  return (next.w === '-' || next.w === '—' || next.w === '–') && !inCapsLine(tz, c.a);
}

/** "he", "she", "his", "her" soon after token b in its paragraph: a person was just named. */
function pronounAfter(tz: Tokenized, a: number, b: number): boolean {
  const { tokens } = tz;
  const para = tokens[b - 1].para;
  // ("… joins from Allgemeine Kredit, where she ran …": after a preposition, the pronoun is someone else's)
  const p = tokens[a - 1];
  if (p && p.k === Kind.Word && /^(from|at|in|to|with|for|by|of|on|into|against|over)$/.test(p.l)) return false;
  for (let k = b; k < tokens.length && k < b + 25 && tokens[k].para === para; k++) {
    const l = tokens[k].l;
    if (l === 'he' || l === 'she' || l === 'his' || l === 'her' || l === 'him') return true;
  }
  return false;
}

/**
 * Context that makes a name a person's: a country in brackets after it, as results lists give athletes ("Almaz
 * Tesfaye (Ethiopia) 2:16:02"), or a role in apposition before it ("the fisheries commissioner, Costas Kadis").
 */
function personContext(tz: Tokenized, c: NameChunk): boolean {
  const { tokens } = tz;
  const n1 = tokens[c.b], n2 = tokens[c.b + 1], n3 = tokens[c.b + 2];
  if (n1?.w === '(' && n2 && n3?.w === ')' && NATION_KINDS.has(lex.placeKind(n2.w) ?? '')) return true;
  // a role in apposition after it ("Morwenna Tregarthen, chief executive of the regulator")
  if (roleAfter(tz, c)) return true;
  const p1 = tokens[c.a - 1], p2 = tokens[c.a - 2];
  return p1?.w === ',' && p2 !== undefined && p2.k === Kind.Word && !p2.cap && lex.isRoleExact(p2.l);
}

/** A lower-case role in apposition after the name ("…, chief executive of …", "…, spokeswoman for …"). */
function roleAfter(tz: Tokenized, c: NameChunk): boolean {
  const { tokens } = tz;
  const n1 = tokens[c.b], n2 = tokens[c.b + 1];
  return n1?.w === ',' && n2 !== undefined && n2.k === Kind.Word && !n2.cap && roleEnd(tokens, c.b + 1, Math.min(tokens.length, c.b + 5)) > 0;
}

/** Words after a company's short name that show it is the company ("Harlow chief executive", "Harlow shares"). */
const COMPANY_ROLES = new Set(['chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'president', 'spokesman', 'spokeswoman',
  'spokesperson', 'shares', 'stock', 'boss', 'founder', 'director', 'board', 'shareholders', 'investors', 'analysts']);
/** What a company has, after its possessive ("Thriftwell's listed bonds", "Avonline's managing director"). */
const COMPANY_THINGS = new Set(['managing', 'listed', 'bonds', 'headquarters', 'subsidiary', 'subsidiaries', 'parent', 'workforce',
  'employees', 'customers', 'profits', 'revenue', 'revenues', 'earnings', 'brand', 'stores', 'shops', 'factories', 'factory', 'plant', 'fleet']);
/** Words that open a picture credit line ("Photo: Anna Kowal/Northline Pictures"). */
const CREDIT_WORDS = new Set(['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'credit', 'illustration', 'video']);

/** The first letters of the capitalised words of tokens [a, b): what an acronym of that name spells. */
function capitalsOf(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) if (tokens[k].k === Kind.Word && tokens[k].cap) out += tokens[k].w[0];
  return out;
}

/** Whether the text writes `word` after an honorific somewhere ("Mrs Roe", "Dr. Roe"). */
function addressedAs(tokens: readonly Token[], word: string): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].w !== word) continue;
    const h = tokens[k - 1].w === '.' && k >= 2 ? tokens[k - 2] : tokens[k - 1];
    if (has(h, W.HONORIFIC)) return true;
  }
  return false;
}

/**
 * Names a document defines by their company: an organisation's long form and its acronym in brackets ("Lakeland
 * Athletic Conference (LAC)"), a short form that is the start of an organisation's long form named here
 * ("Tessaro" after "Tessaro Group", "Harlow" beside "Harlow Brothers Holdings" when it acts as a company),
 * a given name alone that begins exactly one person's full name here ("Deshawn" after "Deshawn Miller"), and
 * the parts of a picture credit ("Photo: Name/Agency"). Returns the aliases: mention text → the text of the
 * name it stands for, for clustering.
 */
function typeByDocument(tz: Tokenized, chunks: NameChunk[], personParts: Map<string, string>): Map<string, string> {
  const { tokens } = tz;
  const alias = new Map<string, string>();
  const text = (c: NameChunk): string => tokensText(tz, c.a, c.b);
  // long form (ACRONYM)
  for (let k = 0; k + 1 < chunks.length; k++) {
    const L = chunks[k], A = chunks[k + 1];
    if (L.sub || A.sub || A.b !== A.a + 1 || A.a !== L.b + 1 || tokens[L.b].w !== '(' || tokens[A.b]?.w !== ')' || L.b - L.a < 2) continue;
    const acr = tokens[A.a].w.replace(/[.&]/g, '');
    if (!/^[A-Z]{2,8}s?$/.test(acr)) continue;
    const caps = capitalsOf(tokens, L.a, L.b);
    const all = tokens.slice(L.a, L.b).filter((t) => t.k === Kind.Word).map((t) => t.w[0].toUpperCase()).join('');
    const a = acr.replace(/s$/, '');
    if (a !== caps && a !== all) continue;
    // (a person's initials: transcripts introduce their speakers so, "Jane Roe (JR)", and label turns "JR:"; a
    // name of two words is a person's when the text calls its last word "Mrs Roe" too)
    if (L.type === 'PERSON' || (!L.type && L.b - L.a === 2 && addressedAs(tokens, tokens[L.b - 1].w))) {
      L.type = A.type = 'PERSON';
      alias.set(tokens[A.a].w, text(L));
      continue;
    }
    if (L.type !== 'PLACE') L.type = 'ORG';
    A.type = L.type;
    alias.set(tokens[A.a].w, text(L));
  }
  // an acronym used without brackets that spells the capitals of exactly one organisation named in full here
  // ("the Ghana Ports and Harbours Authority" ... "GPHA Director-General"), unless it is a name known on its own
  const byInitials = new Map<string, string | null>();
  for (const c of chunks) {
    if (c.sub || c.type !== 'ORG' || c.b - c.a < 2) continue;
    const caps = capitalsOf(tokens, c.a, c.b);
    if (caps.length < 2) continue;
    const full = text(c), had = byInitials.get(caps);
    byInitials.set(caps, had === undefined || had === full ? full : null);
  }
  if (byInitials.size) for (const c of chunks) {
    if (c.sub || c.b - c.a !== 1 || c.type === 'PERSON') continue;
    const acr = tokens[c.a].w;
    if (!/^[A-Z]{2,8}$/.test(acr) || alias.has(acr) || lex.isKnownName(acr)) continue;
    const full = byInitials.get(acr);
    if (!full) continue;
    c.type = 'ORG';
    alias.set(acr, full);
  }
  // short forms of organisations named in full
  const longOrgs = new Map<string, string>(); // prefix → long form
  const firstWords = new Set<string>();
  // (only names whose first word also opens another name here can have a short form: checked on words first)
  const isLong = (c: NameChunk): boolean => !c.sub && c.b - c.a >= 2 && (c.type === 'ORG' || FACILITY_HEADS.has(tokens[c.b - 1].w) || tokens[c.b - 1].w === 'Hospital');
  const openers = new Map<string, number>();
  if (chunks.some(isLong)) for (const c of chunks) if (!c.sub) openers.set(tokens[c.a].w, (openers.get(tokens[c.a].w) ?? 0) + 1);
  if (openers.size) for (const c of chunks) {
    if (!isLong(c) || (openers.get(tokens[c.a].w) ?? 0) < 2) continue;
    const full = text(c);
    // the prefixes that end before a capitalised word: "Tessaro" of "Tessaro Group", "St. Mary's" of "St. Mary's Hospital"
    for (let e = c.a + 1, words = 0; e < c.b && words < 2; e++) {
      if (!(tokens[e].k === Kind.Word && tokens[e].cap)) continue;
      words++;
      const last = tokens[e - 1];
      if (last.w === '.' || last.w === '&' || CONNECTORS.has(last.l)) continue;
      // (a place before its people's plural possessive is no short form: "Vaalspruit" of "Vaalspruit Ratepayers'
      // Association")
      if (tokens[e + 1]?.w === "'" || tokens[e + 1]?.w === '’') continue;
      const pre = tokensText(tz, c.a, e);
      if (!longOrgs.has(pre)) longOrgs.set(pre, full);
      firstWords.add(tokens[c.a].w);
    }
  }
  if (longOrgs.size) {
    const joined = new Set<string>();
    for (const c of chunks) {
      if (c.sub || c.role || c.type === 'ORG' || !firstWords.has(tokens[c.a].w)) continue;
      const t = text(c);
      const full = longOrgs.get(t);
      if (!full || personParts.has(t) || lex.isKnownPerson(t)) continue;
      // not an ordinary word, a head, an adjective of a party or a nation ("Republican" of "Republican Party")
      const t0 = tokens[c.a];
      if (c.b - c.a === 1 && (has(t0, W.COMMON | W.ORG_HEAD | W.PLACE_HEAD | W.DEMONYM | W.STOPCAP) || PARTY_ADJECTIVES.has(t0.w))) continue;
      if (c.type === 'PLACE') {
        // a town's name is the company's only where it acts as one ("Harlow chief executive …", "Harlow said")
        const next = tokens[c.b];
        const kind = lex.placeKind(t);
        if (kind === 'country' || kind === 'state' || kind === 'continent' || kind === 'region' || NEWSPAPER_HEADS.has(full.split(' ').pop()!)) continue;
        if (!(next && next.k === Kind.Word && !next.cap && (COMPANY_ROLES.has(next.l) || lex.cueOf(next)))) continue;
      } else if (c.type === 'PERSON' && c.b - c.a >= 2 && has(tokens[c.a], W.FIRST)) continue;
      c.type = 'ORG';
      joined.add(t);
      alias.set(t, full);
    }
    // the other mentions of a short form that acted as the company, where they are not a place something is in
    if (joined.size) for (const c of chunks) if (c.type === 'PLACE' && !c.sub && joined.has(text(c)) && !isLocative(tz, c.a)) c.type = 'ORG';
  }
  // "Solana" after "Aerolíneas Solana" or "Grupo Solana": the name after a foreign opening word is its short form
  // (not where something is: "in Solana")
  const tails = new Map<string, string>();
  for (const c of chunks) if (!c.sub && c.type === 'ORG' && c.b - c.a >= 2 && lex.isOrgOpener(tokens[c.a].w) && tokens[c.a + 1].cap) {
    const t = tokensText(tz, c.a + 1, c.b);
    if (!tails.has(t)) tails.set(t, text(c));
  }
  if (tails.size) for (const c of chunks) {
    if (c.sub || c.role || c.type === 'ORG') continue;
    const t = text(c), full = tails.get(t);
    if (!full || personParts.has(t) || lex.isKnownPerson(t) || (c.type === 'PLACE' && isLocative(tz, c.a) && tokens[c.a - 1]?.l === 'in')) continue;
    c.type = 'ORG';
    alias.set(t, full);
  }
  // a given name alone, when exactly one person named in full here has it
  const firsts = new Map<string, string | null>();
  const singles = new Set<string>();
  for (const c of chunks) if (!c.sub && c.b - c.a === 1 && c.type !== 'PLACE' && c.type !== 'ORG') singles.add(tokens[c.a].w);
  if (singles.size) for (const c of chunks) {
    if (c.type !== 'PERSON' || c.sub || c.b - c.a < 2 || !tokens[c.a].cap || !singles.has(tokens[c.a].w)) continue;
    const f = tokens[c.a].w, full = text(c);
    const had = firsts.get(f);
    firsts.set(f, had === undefined || had === full ? full : null);
  }
  if (firsts.size) for (const c of chunks) {
    if (c.sub || c.b - c.a !== 1 || c.type === 'PLACE' || c.type === 'ORG') continue;
    const t = tokens[c.a].w;
    const full = firsts.get(t);
    // (a known place or organisation keeps its type: "Chelsea" beside "Chelsea Baines")
    if (!full || personParts.has(t) || alias.has(t)) continue;
    c.type = 'PERSON';
    alias.set(t, full);
  }
  // "Photo: Anna Kowal/Northline Pictures": the photographer and the agency
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.sub || c.a < 2 || tokens[c.a - 1].w !== ':' || !CREDIT_WORDS.has(tokens[c.a - 2].l) || !lineBreakBefore(tz, c.a - 2)) continue;
    const d = chunks[k + 1];
    if (!d || d.a !== c.b + 1 || tokens[c.b].w !== '/') continue;
    if (c.b - c.a >= 2) c.type = 'PERSON';
    if (d.type !== 'PLACE') d.type = 'ORG';
  }
  return alias;
}

/** A score or a table figure ("2", "30"), and a result ("3-1", "88-79", "7-6(5)"). */
const isScoreNum = (t: Token | undefined): boolean => t !== undefined && t.k === Kind.Num && t.w.length <= 3 && /^\d+$/.test(t.w);
const isResult = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}[-–]\d{1,3}$/.test(t.w);
/** Verbs of a match between two sides ("Ashford beat Kettering 2-1", "Estrella lost 71-80 to Hapoel"). */
const MATCH_VERBS = new Set(['won', 'win', 'wins', 'beat', 'beats', 'beaten', 'edged', 'edge', 'edges', 'defeated', 'defeat', 'defeats', 'thrashed', 'thrash',
  'routed', 'rout', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'trounced', 'overcame', 'downed', 'crushed', 'hammered', 'stunned',
  'upset', 'blanked', 'whipped', 'outlasted', 'outplayed', 'swept', 'held', 'hosted', 'host', 'hosts', 'play', 'plays', 'played', 'face', 'faces', 'faced', 'meet', 'meets', 'met']);
/** Verbs of winning a competition ("Liverpool won the FA Cup"). */
const WIN_VERBS = new Set(['won', 'win', 'wins', 'lifted', 'lift', 'retained', 'clinched', 'claimed', 'reached']);
/** Words before "for" + a team ("played for Yorkshire", "a call-up for Wales"). */
const PLAY_FOR = new Set(['played', 'plays', 'playing', 'play', 'signed', 'signs', 'sign', 'capped', 'call-up', 'appearances', 'debut']);
/** Words before "from" + a team ("signed from Brighton", "on loan from Lyon"). */
const SIGN_FROM = new Set(['signed', 'signs', 'sign', 'signing', 'loan', 'loaned', 'transfer', 'transferred']);
/**
 * A team's staff and players named after it ("Nantes coach …", "Scotland lock …", "the England forward"), and
 * after its possessive ("Scotland's captain", "Lyon's youth teams"): the name is the team.
 */
const SPORT_ROLES = new Set(['coach', 'coaches', 'captain', 'skipper', 'forward', 'forwards', 'striker', 'strikers', 'midfielder', 'midfielders',
  'defender', 'defenders', 'goalkeeper', 'keeper', 'winger', 'wing', 'lock', 'prop', 'hooker', 'flanker', 'fly-half', 'scrum-half',
  'fullback', 'full-back', 'centre-back', 'quarterback', 'pitcher', 'batsman', 'batter', 'bowler', 'all-rounder', 'playmaker',
  'squad', 'squads', 'academy', 'teammate', 'teammates', 'fans', 'supporters', 'youth']);
/** Of SPORT_ROLES, those a single player has as well ("Verbeek's coach"): a team's only without the possessive. */
const PERSONAL_SPORT_ROLES = new Set(['coach', 'coaches', 'fans', 'supporters', 'teammate', 'teammates']);
/** Nouns before "between X and Y" that make X and Y sides. */
const MATCH_NOUNS = new Set(['match', 'game', 'final', 'semi-final', 'clash', 'fixture', 'tie', 'derby', 'meeting', 'encounter']);
/** Nouns of a result before its other side ("a 4-1 win over Felsham", "their 2-0 defeat to Hull"). */
const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'rout', 'thrashing', 'success']);
/** Last words of a competition's name besides EVENT_HEADS ("Champions Trophy", "World Series", "Premier League"). */
const COMPETITION_HEADS = new Set(['Trophy', 'Series', 'Shield', 'League', 'Tournament', 'Invitational', 'Classic', 'Plate', 'Title', 'Final', 'Finals']);
/** Place kinds whose name stands for a national side, which newswire tags as the place ("Scotland beat Norway 2-0"). */
const NATION_KINDS = new Set(['country', 'nation']);

/** Whether a line break separates token i from the token before it. */
function lineBreakBefore(tz: Tokenized, i: number): boolean {
  if (i <= 0) return true;
  const { tokens, text } = tz;
  for (let k = tokens[i - 1].e, e = tokens[i].s; k < e; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Sides of a match: names in a results line ("Ashford 2 Kettering 1", "HALIFAX 4 Quebec 2"), at the head of a
 * standings row ("Grantley 30 19 6 5 55 27 63"), around a match verb in a sentence with a result ("Ashford beat
 * Kettering 2-1", "Estrella lost 71-80 to Hapoel Tamir"), after a result noun ("a 4-1 win over Felsham United")
 * or around "v"/"vs". Returns the indices of such chunks in `chunks`.
 */
function matchSides(tz: Tokenized, chunks: NameChunk[], named: Set<number>): Set<number> {
  const { tokens } = tz;
  const sides = new Set<number>();
  // a cheap gate: no figure, match verb, "v" or "for" beside any name, no sides
  let any = false;
  for (const c of chunks) {
    const t = tokens[c.b], p = tokens[c.a - 1];
    const t2 = tokens[c.b + 1];
    if ((t && (t.k === Kind.Num || MATCH_VERBS.has(t.l) || WIN_VERBS.has(t.l) || SPORT_ROLES.has(t.l) || ((t.l === 'head' || t.w === "'s" || t.w === '’s') && t2 !== undefined && (SPORT_ROLES.has(t2.l) || t2.l === 'head')) || t.l === 'v' || t.l === 'vs' || t.l === 'first' || t.l === 'second'))
      || (p && (p.l === 'for' || p.l === 'from' || p.l === 'between' || p.l === 'over' || p.l === 'against' || p.l === 'to' || p.l === 'with' || p.l === 'at' || p.l === 'by'))) { any = true; break; }
  }
  if (!any) return sides;
  // (asked for each name before a match verb, of its sentence: each sentence is scanned once)
  const resultIn = new Map<number, boolean>();
  const resultInSentence = (i: number): boolean => {
    const s = tokens[i].sent;
    let r = resultIn.get(s);
    if (r === undefined) resultIn.set(s, r = scanResult(s));
    return r;
  };
  const scanResult = (s: number): boolean => {
    const sent = tz.sentences[s];
    if (!sent) return false;
    for (let k = sent.a; k < sent.b; k++) {
      const t = tokens[k];
      if (isResult(t)) return true;
      // "by six wickets", "by 12 points", "by two strokes"
      if (t.l === 'by' && k + 2 < sent.b && /^(wickets?|runs?|points?|goals?|strokes?|shots?|lengths?|seconds?|innings)$/.test(tokens[k + 2].l)) return true;
    }
    return false;
  };
  const byStart = new Map<number, number>();
  chunks.forEach((c, k) => { if (!c.sub && !byStart.has(c.a)) byStart.set(c.a, k); });
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.sub || c.role) continue;
    const next = tokens[c.b];
    if (!next) continue;
    // results line: NAME n NAME n
    if (isScoreNum(next)) {
      const k2 = byStart.get(c.b + 1);
      if (k2 !== undefined && isScoreNum(tokens[chunks[k2].b]) && !lineBreakBefore(tz, c.b) && !lineBreakBefore(tz, c.b + 1)) {
        // the pair is the line ("Leeds 2 Hull 1", "SUDBURY 5 Thunder Bay 4 (OT)") or one of a list of results
        // ("Leeds 2 Hull 1, Wigan 0 Bury 0"); not a table of contents ("17. DISPUTES 10 Page 2 of 12")
        const after = chunks[k2].b + 1, t = tokens[after];
        const ends = after >= tokens.length || lineBreakBefore(tz, after) || t.w === '(' || t.w === ',' || t.w === ';' || (t.w === '.' && (after + 1 >= tokens.length || lineBreakBefore(tz, after + 1)));
        const starts = lineBreakBefore(tz, c.a) || tokens[c.a - 1].w === ',' || tokens[c.a - 1].w === ';' || tokens[c.a - 1].w === ':';
        const named = tokensText(tz, c.a, c.b).length > 2 && tokensText(tz, chunks[k2].a, chunks[k2].b).length > 2;
        if (ends && starts && named) { sides.add(k); sides.add(k2); }
        continue;
      }
      // standings row: a name that opens its line (after a rank) and three or more figures to the end of the line
      const opens = lineBreakBefore(tz, c.a) || (c.a > 0 && (isScoreNum(tokens[c.a - 1]) || tokens[c.a - 1].w === '.') && lineBreakBefore(tz, c.a - (tokens[c.a - 1].w === '.' ? 2 : 1)));
      if (opens) {
        let n = 0, i = c.b;
        while (i < tokens.length && isScoreNum(tokens[i]) && (i === c.b || !lineBreakBefore(tz, i))) { n++; i++; }
        if (n >= 3 && (i >= tokens.length || lineBreakBefore(tz, i))) sides.add(k);
      }
      continue;
    }
    // "X v Y", "X vs. Y"
    // ("Lynch v. Overholser" is a court case: its sides are people)
    if ((next.l === 'v' || next.l === 'vs') && !next.cap && !(next.l === 'v' && tokens[c.b + 1]?.w === '.')) {
      const k2 = byStart.get(c.b + 1) ?? byStart.get(c.b + 2);
      if (k2 !== undefined) { sides.add(k); sides.add(k2); }
      continue;
    }
    // X beat Y 2-1, X lost 71-80 to Y, X drew 1-1 with Y
    if (next.k === Kind.Word && !next.cap && MATCH_VERBS.has(next.l) && resultInSentence(c.a)) {
      let i = c.b + 1;
      if (isResult(tokens[i])) i++;
      if (tokens[i] && /^(to|with|against|at)$/.test(tokens[i].l)) i++;
      const k2 = byStart.get(i);
      sides.add(k);
      if (k2 !== undefined) sides.add(k2);
      continue;
    }
  }
  // "Liverpool won the FA Cup", "Leeds lifted the Trophy": a side that wins a competition (only where the
  // gazetteers or the rules saw a town or nothing: a person may win one too)
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    const v = tokens[c.b];
    if (c.sub || c.role || (c.type !== 'PLACE' && c.type !== null) || !v || !WIN_VERBS.has(v.l)) continue;
    let i = c.b + 1;
    if (tokens[i]?.l === 'the') i++;
    let e = i;
    while (e < tokens.length && tokens[e].cap && tokens[e].k === Kind.Word && !lineBreakBefore(tz, e)) e++;
    if (e > i && (EVENT_HEADS.has(tokens[e - 1].w) || COMPETITION_HEADS.has(tokens[e - 1].w))) sides.add(k);
  }
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.sub || c.role) continue;
    const n1 = tokens[c.b], n2 = tokens[c.b + 1], p1 = tokens[c.a - 1], p2 = tokens[c.a - 2];
    // a scoreboard: "South Australia first innings 388"
    if (n1 && n2 && (n1.l === 'first' || n1.l === 'second') && n2.l === 'innings') sides.add(k);
    // "played for Yorkshire", "signed for Brighton", "a call-up for Wales"
    if (p1?.l === 'for' && p2 && PLAY_FOR.has(p2.l)) { sides.add(k); named.add(k); }
    // "signed from Brighton", "on loan from Lyon"
    if (p1?.l === 'from' && p2 && SIGN_FROM.has(p2.l)) { sides.add(k); named.add(k); }
    // "Nantes coach Philippe Rouvière", "Wales head coach", "Scotland lock Callum Bain", "Scotland's captain"
    const poss = n1 !== undefined && (n1.w === "'s" || n1.w === '’s');
    let ri = poss ? c.b + 1 : c.b;
    if (tokens[ri]?.l === 'head') ri++;
    const r = tokens[ri];
    // (not a bus: "a National Express coach"; a player has a coach, fans and teammates too: "Verbeek's coach")
    if (r && r.k === Kind.Word && !r.cap && SPORT_ROLES.has(r.l) && !(r.l === 'coach' && (p1?.l === 'a' || p1?.l === 'an')) && !(poss && PERSONAL_SPORT_ROLES.has(r.l))) { sides.add(k); named.add(k); }
    // "the match between South Australia and Victoria"
    if (p1?.l === 'between' && n1?.l === 'and' && p2 && MATCH_NOUNS.has(p2.l)) {
      sides.add(k);
      const k2 = byStart.get(c.b + 1);
      if (k2 !== undefined) sides.add(k2);
    }
  }
  // "a 4-1 win over Felsham United", "their 2-0 defeat to Hull"
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.sub || c.a < 3) continue;
    const p = tokens[c.a - 1], n = tokens[c.a - 2];
    if (RESULT_NOUNS.has(n.l) && /^(over|against|to|with|at|by)$/.test(p.l) && (isResult(tokens[c.a - 3]) || isResult(tokens[c.a - 4]))) sides.add(k);
  }
  return sides;
}

/**
 * Types the sides of matches (matchSides): teams, hence organisations, whatever the gazetteers say of a town
 * ("Kettering", "Halifax"); a country stays a place (national sides, as newswire tags them) and a person named
 * in full stays a person ("Matteo Ferraresi beat …"). Other mentions of a team's name in the document follow,
 * except a place where something is ("In Madrid, Estrella Madrid lost").
 */
function typeMatchSides(tz: Tokenized, chunks: NameChunk[]): void {
  const named = new Set<number>();
  const sides = matchSides(tz, chunks, named);
  if (!sides.size) return;
  const teams = new Set<string>();
  // players: names given a country in brackets somewhere in the document ("Anouk Verbeek (Netherlands) bt …")
  let players: Set<string> | undefined;
  const isPlayer = (c: NameChunk, text: string): boolean => {
    if (c.b - c.a < 2 || c.type !== null) return false;
    // "Anouk Verbeek won her first title"
    const v = tz.tokens[c.b], pr = tz.tokens[c.b + 1];
    if (v && MATCH_VERBS.has(v.l) && pr && (pr.l === 'her' || pr.l === 'his')) return true;
    if (!players) {
      players = new Set<string>();
      for (const d of chunks) if (!d.sub && d.b - d.a >= 2 && personContext(tz, d)) players.add(tokensText(tz, d.a, d.b));
    }
    return players.has(text);
  };
  for (const k of sides) {
    const c = chunks[k];
    const text = tokensText(tz, c.a, c.b);
    // (a club named after its town is no person: "Estrella Madrid", "Panthers Riga")
    if (c.type === 'PERSON' && c.b - c.a >= 2 && has(tz.tokens[c.a], W.FIRST) && !has(tz.tokens[c.a], W.PLACE) && !has(tz.tokens[c.b - 1], W.PLACE)) continue;
    if (isPlayer(c, text)) { c.type = 'PERSON'; continue; }
    // a country is a side only where its team is named as such ("a call-up for Wales", "Scotland lock …"); in a
    // result it stays the place, and its other mentions keep their own type
    if (knownPlace(tz, c.a, c.b) && NATION_KINDS.has(lex.placeKind(text) ?? '')) { c.type = named.has(k) ? 'ORG' : 'PLACE'; continue; }
    // (a person's fans or teammates are no team: "Reece's teammates")
    if (named.has(k) && c.type === 'PERSON') continue;
    c.type = 'ORG';
    teams.add(text.toLowerCase());
  }
  if (!teams.size) return;
  // a team named after its town is called by the town alone after it is named in full ("Milltown Rovers" …
  // "Milltown scored twice", "Harlow manager Denise Okoro"): the first word of a team's name of two words
  // whose second word is no place head ("Harlow Vale" gives "Harlow"; a "Kestrel Park" stays whole)
  for (const k of sides) {
    const c = chunks[k];
    if (c.type !== 'ORG' || c.b - c.a !== 2 || c.sub) continue;
    const f = tz.tokens[c.a];
    if (f.k !== Kind.Word || f.w.length < 4 || has(f, W.FIRST | W.COMMON | W.STOPCAP | W.DEMONYM) || has(tz.tokens[c.a + 1], W.PLACE_HEAD)) continue;
    teams.add(f.w.toLowerCase());
  }
  for (const c of chunks) {
    if (c.sub || c.role || c.type === 'ORG') continue;
    if (!teams.has(tokensText(tz, c.a, c.b).toLowerCase())) continue;
    const p = tz.tokens[c.a - 1];
    if ((p && p.l === 'in') || isDateline(tz, c)) continue;
    c.type = 'ORG';
  }
}

/**
 * A team's line-up: a line "Penmorvah: Trevaskis; Nankervis, Polglase, Rowe, Jenkin; Tonkin, Pascoe; … Curnow
 * (capt)." — a name and a colon at the start of a line, then six or more names of one to three words separated
 * by commas or semicolons (with "(capt)"-like notes) to the end of the line or sentence: the names are players,
 * whatever the gazetteers say of the words ("Marsh", "Rowe", "Tuck").
 */
function typeLineups(tz: Tokenized, chunks: NameChunk[]): void {
  const { tokens } = tz;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (tokens[c.b]?.w !== ':' || c.sub || !lineBreakBefore(tz, c.a)) continue;
    let p = c.b + 1;
    let j = k + 1;
    const items: number[] = [];
    while (j < chunks.length) {
      const d = chunks[j];
      if (d.a !== p || d.sub || d.b - d.a > 3 || lineBreakBefore(tz, d.a)) break;
      items.push(j);
      let q = d.b;
      // "(capt)", "(c)", "(vc)", "(gk)": a note after a player
      if (tokens[q]?.w === '(' && tokens[q + 1]?.k === Kind.Word && !tokens[q + 1].cap && tokens[q + 2]?.w === ')') q += 3;
      const sep = tokens[q];
      if (!sep || (sep.w !== ',' && sep.w !== ';')) break;
      p = q + 1;
      j++;
    }
    if (items.length < 6) continue;
    for (const i of items) if (!chunks[i].role) chunks[i].type = 'PERSON';
    // (the label is the team)
    if (!c.type && !c.role) c.type = 'ORG';
    k = items[items.length - 1];
  }
}

/** Recognises and clusters the entities of one document. */
export function findEntities(tz: Tokenized): EntityResult {
  const chunks = findNameChunks(tz);
  // first pass: types from lexicons, roles and name shape
  for (const c of chunks) if (!c.type) c.type = typeChunk(tz, c);
  typeMatchSides(tz, chunks);
  typeLineups(tz, chunks);
  // a name the text calls a firm ("the engineering consultancy Harcourt Lyle") is that firm where it is used alone
  // too, even when its words are given names ("Harcourt Lyle declined to comment")
  let namedOrgs: Set<string> | undefined;
  for (const c of chunks) {
    const p = c.a > 0 ? tz.tokens[c.a - 1] : undefined;
    if (c.type === 'ORG' && !c.sub && p && p.k === Kind.Word && !p.cap && NAMING_ORG_NOUNS.has(p.l)) (namedOrgs ??= new Set()).add(tokensText(tz, c.a, c.b));
  }
  if (namedOrgs) for (const c of chunks) if (c.type === 'PERSON' && !c.role && !c.sub && namedOrgs.has(tokensText(tz, c.a, c.b)) && !(c.a > 0 && has(tz.tokens[c.a - 1], W.HONORIFIC))) c.type = 'ORG';
  // document-level consistency: a surface form typed once gives its type to its other mentions;
  // a single word that is the last or first word of a typed person's name is that person.
  const typed = new Map<string, EntityType>();
  const personParts = new Map<string, string>();
  for (const c of chunks) {
    if (!c.type) continue;
    const text = tokensText(tz, c.a, c.b);
    if (!typed.has(text)) typed.set(text, c.type);
    if (c.type === 'PERSON' && c.b - c.a >= 2) {
      // (past a suffix, with its period a token of its own: "Ramon Villaruz Jr.")
      const b = tz.tokens[c.b - 1].w === '.' && c.b - c.a >= 3 && NAME_SUFFIXES.has(tz.tokens[c.b - 2].w) ? c.b - 1 : c.b;
      const lastTok = tz.tokens[b - 1].w;
      const surname = NAME_SUFFIXES.has(lastTok) && b - c.a >= 3 ? tz.tokens[b - 2].w : lastTok;
      personParts.set(surname, text);
    }
  }
  // a single word that is the surname of a person named in full here is that person, whatever the
  // gazetteers say ("Maria Santos … Santos said", not the Brazilian city)
  for (const c of chunks) {
    if (c.b - c.a === 1 && !c.sub && (c.type === 'PLACE' || c.type === 'ORG') && personParts.has(tokensText(tz, c.a, c.b)) && !lex.isOrgMetonym(tokensText(tz, c.a, c.b))) c.type = 'PERSON';
  }
  typeLists(tz, chunks, typed, personParts);
  // an unknown word where something happens or with a geographic noun is a place: "in Hwange", "near Kaub",
  // "the Swat river", "the Zaatari camp", "the village of Pisochyn"
  for (const c of chunks) {
    if (c.type || c.sub || c.b - c.a > 3) continue;
    const words = nameWords(tz, c.a, c.b);
    if (words.some((t) => has(t, W.COMMON | W.FIRST | W.SURNAME | W.STOPCAP | W.DEMONYM | W.TITLE | W.ROLE | W.ORG_HEAD) || isAcronym(t.w))) continue;
    const text = tokensText(tz, c.a, c.b);
    if (typed.has(text) || personParts.has(text)) continue;
    if (placeEvidence(tz, c.a, c.b)) c.type = 'PLACE';
  }
  typeLists(tz, chunks, typed, personParts); // places found by their context type their list-mates
  // an organisation by what the text calls it: "state broadcaster ORTM", "shares of Dell, the computer maker"
  for (const c of chunks) {
    if (c.type || c.sub || c.role) continue;
    if (orgEvidence(tz, c)) c.type = 'ORG';
    else c.type = definedAs(tz, c);
    // (and its other mentions: "Quillwork, the AI startup, … Quillwork said")
    if (c.type) { const text = tokensText(tz, c.a, c.b); if (!typed.has(text)) typed.set(text, c.type); }
  }
  const evidence = new Map<string, number>();
  for (const c of chunks) {
    if (c.type) continue;
    const text = tokensText(tz, c.a, c.b);
    // "Ion Popescu" beside "Maria Popescu": a name ending with the surname of a person named here is a person
    if (c.b - c.a >= 2 && !c.sub && personParts.has(tz.tokens[c.b - 1].w) && tz.tokens[c.a].cap && !has(tz.tokens[c.a], W.ORG_HEAD | W.PLACE | W.STOPCAP)) { c.type = 'PERSON'; continue; }
    if (typed.has(text)) c.type = typed.get(text)!;
    else if (personParts.has(text)) c.type = 'PERSON';
    // a speaker's label in capitals names the person in the text ("DARREN: Morning." … "Let's go to Darren")
    else if (c.b - c.a === 1 && text.length > 2 && typed.get(text.toUpperCase()) === 'PERSON' && text !== text.toUpperCase()) c.type = 'PERSON';
    else evidence.set(text, (evidence.get(text) ?? 0) + agentEvidence(tz, c));
  }
  for (const c of chunks) {
    if (c.type) continue;
    const text = tokensText(tz, c.a, c.b);
    const ev = evidence.get(text) ?? 0;
    const single = c.b - c.a === 1;
    // a common word that is also a surname and speaks ("Brown told the BBC") is a person
    // group nouns and role nouns ("Analysts", "Officials", "Police chiefs") are not names
    if (single && (lex.isAnonymousSourceHead(text) || lex.isRoleExact(text) || lex.isDemonymNoun(text))) continue;
    // the head word of an organisation's or a place's name alone is no person ("The District will …")
    if (single && has(tz.tokens[c.a], W.ORG_HEAD | W.PLACE_HEAD)) continue;
    // initials and their periods do not count ("Austan D. Goolsbee")
    const words = nameWords(tz, c.a, c.b);
    if (ev >= 2 && single && lex.isKnownSurname(text)) c.type = 'PERSON';
    // "the Louvre said", "the Rijksmuseum acquired it": one unknown word after "the" that acts is an institution
    else if (ev >= 1 && single && tz.tokens[c.a - 1]?.l === 'the' && !tz.tokens[c.a].first && !has(tz.tokens[c.a], W.FIRST | W.SURNAME | W.COMMON) && !isAcronym(text) && !/(ese|ish)$/.test(text)) c.type = 'ORG';
    else if (ev >= 1 && !lex.isCommonWord(text)) {
      const nameLike = single || has(words[0], W.FIRST) || (words.length <= 3 && words.every((t) => t.cap && !has(t, W.ORG_HEAD) && !has(t, W.PLACE_HEAD))
        && words.slice(0, -1).every((t) => !has(t, W.COMMON)) && (has(words[words.length - 1], W.SURNAME) || !has(words[words.length - 1], W.COMMON)));
      // ("His manager, Declan Furlong, said", "said Eivind Strand, who skippers …": a person whatever the words)
      const who = tz.tokens[c.b]?.w === ',' && tz.tokens[c.b + 1]?.l === 'who';
      // ("Hallam Aggregates said": a plural ordinary noun ends a company's name, not a person's)
      const last = words[words.length - 1];
      const pluralTail = !single && /[a-z]s$/.test(last.w) && has(last, W.COMMON) && !has(last, W.SURNAME | W.FIRST | W.DEMONYM_NOUN);
      // (an acronym inside a name of mixed case makes it a body's or a firm's, not a person's: "RTV Vecht", "Meridian
      // Bullion FZE"; people's names hold initials, not acronyms)
      // (so does a country or a state after an unknown word: "Rentwise Canada", "Sunsafe Queensland", an
      // organisation's name for the place it works in; a person's name does not end in a country)
      // (unless the text says it is a person's: "whose principal, Maya Jordan, spoke")
      c.type = pluralTail || innerAcronym(tz.tokens, c.a, c.b) || (brandOfPlace(words) && !who && !personContext(tz, c)) ? 'ORG' : nameLike || (!single && words.length <= 3 && !words.some((t) => has(t, W.ORG_HEAD | W.PLACE_HEAD)) && (who || personContext(tz, c))) ? 'PERSON' : 'ORG';
    }
    else if (!single && c.b - c.a <= 5 && words.length <= 3 && words.every((t) => t.cap && !has(t, W.COMMON) && !has(t, W.ORG_HEAD) && !has(t, W.PLACE_HEAD) && !has(t, W.STOPCAP) && !has(t, W.DEMONYM) && !/^[A-Z0-9]+$/.test(t.w))) {
      // two or three unknown capitalised words that are not ordinary words: a person's name when something says
      // so (a given name, a known surname, "he"/"she" after it); else a foreign company or a club as often
      // (a surname with an apostrophe or an ʻokina inside it, "O'Neill", "D'Amato", "Fa'asavalu", is a name's shape)
      if (has(words[0], W.FIRST) || has(words[words.length - 1], W.SURNAME) || APOSTROPHE_SURNAME.test(words[words.length - 1].w) || pronounAfter(tz, c.a, c.b) || personContext(tz, c)) c.type = 'PERSON';
    }
  }
  // names typed by the last rules type their other mentions ("Ethiopia's Almaz Tesfaye took …" before the
  // results list that says she is a person)
  // (the first words of the names left untyped filter the typed ones before any text is made)
  const untypedFirst = new Set<string>();
  for (const c of chunks) if (!c.type && !c.sub) untypedFirst.add(tz.tokens[c.a].w);
  if (untypedFirst.size) {
    const late = new Map<string, EntityType>();
    for (const c of chunks) {
      if (!c.type || c.sub || !untypedFirst.has(tz.tokens[c.a].w)) continue;
      if (!(c.b - c.a >= 2 ? c.type === 'PERSON' || c.type === 'ORG' : c.type === 'PLACE' && tz.tokens[c.a].w.length > 2 && !has(tz.tokens[c.a], W.COMMON))) continue;
      const t = tokensText(tz, c.a, c.b);
      if (!late.has(t)) late.set(t, c.type);
    }
    if (late.size) for (const c of chunks) if (!c.type && !c.sub) c.type = late.get(tokensText(tz, c.a, c.b)) ?? null;
    // a surname alone after the full name that the last rules found a person's ("Leilani Fa'asavalu … Fa'asavalu")
    const surnames = new Set<string>();
    for (const c of chunks) if (c.type === 'PERSON' && !c.sub && c.b - c.a >= 2 && untypedFirst.has(tz.tokens[c.b - 1].w)) surnames.add(tz.tokens[c.b - 1].w);
    if (surnames.size) for (const c of chunks) if (!c.type && !c.sub && c.b - c.a === 1 && surnames.has(tz.tokens[c.a].w)) c.type = 'PERSON';
  }
  const alias = typeByDocument(tz, chunks, personParts);
  // clusters
  const clusters = new Map<string, LocalEntity>();
  const mentions: EntityMention[] = [];
  const ranges: { a: number; b: number }[] = [];
  const fullByPart = new Map<string, string>(); // person name part -> cluster key (most recent)
  for (const c of chunks) {
    if (!c.type) continue;
    const text = c.sub ? tz.text.slice(c.sub.start, c.sub.end) : tokensText(tz, c.a, c.b);
    let name = alias.get(text) ?? text;
    if (c.type === 'PLACE') name = lex.placeCanonical(name) ?? name;
    else if (c.type === 'ORG') name = lex.orgCanonical(name) ?? name;
    let key = entityKey(c.type, name);
    if (c.type === 'PERSON') {
      const parts = text.split(/\s+/);
      if (parts.length === 1) {
        const full = fullByPart.get(text) ?? (personParts.has(text) ? entityKey('PERSON', personParts.get(text)!) : undefined);
        if (full) key = full;
      } else {
        const surname = NAME_SUFFIXES.has(parts[parts.length - 1]) && parts.length >= 3 ? parts[parts.length - 2] : parts[parts.length - 1];
        fullByPart.set(surname, key);
      }
    }
    let cl = clusters.get(key);
    if (!cl) {
      cl = { key, type: c.type, name, aliases: [], roles: [] };
      clusters.set(key, cl);
    }
    if (c.type === 'PERSON' && text.length > cl.name.length) cl.name = text;
    if (!cl.aliases.includes(text)) cl.aliases.push(text);
    const m: EntityMention = { start: c.sub?.start ?? tz.tokens[c.a].s, end: c.sub?.end ?? tz.tokens[c.b - 1].e, text, type: c.type, entity: key };
    if (c.role) {
      m.role = c.role;
      const roleText = c.role.text.replace(/^(the|a|an|his|her|their)\s+/i, '');
      if (!cl.roles.some((r) => r.role === roleText)) cl.roles.push({ role: roleText, start: c.role.start, end: c.role.end });
    }
    mentions.push(m);
    ranges.push({ a: c.a, b: c.b });
  }
  for (const cl of clusters.values()) {
    // the fullest name is the canonical one; single-word names are aliases of it
    cl.aliases.sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  }
  return { mentions, clusters: [...clusters.values()], ranges };
}
