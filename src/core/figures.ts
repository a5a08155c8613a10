// Figures: money, percentages, counts, dates, durations, quantities and ages found in prose.
//
// Pure and dependency-free. One global "trigger" regex jumps between the places a figure can start
// (digits, currency symbols/codes, number words, month and weekday names, relative-date words); at each
// trigger a handful of precompiled sticky regexes and short hand-written scans decide what, if anything,
// is there. Nothing is allocated per character: only per trigger (a match array, the odd short slice).
//
// Offsets are UTF-16 string indices; every record satisfies `text.slice(start, end) === figure.text`.
// Records come out sorted by start and never overlap.
import type { Figure } from './types';

// ---------------------------------------------------------------------------------------------------
// Vocabulary

const SMALL = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);
/** The number words of zero to nineteen and of the tens, with their values (shared with the claim and conflict rules). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = SMALL;
export const TENS_NUMBERS: ReadonlyMap<string, number> = TENS;
const BIG = new Map<string, number>([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

export const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
/** Month number by name, full or abbreviated, lower case ('march', 'mar', 'sept'). */
export const MONTH_NUM = new Map<string, number>();
MONTHS_FULL.forEach((m, i) => { MONTH_NUM.set(m.toLowerCase(), i + 1); MONTH_NUM.set(m.slice(0, 3).toLowerCase(), i + 1); });
MONTH_NUM.set('sept', 9);
export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];

/** English weekday names, ISO order: index 0 is Monday (ISO weekday 1). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const WEEKDAY_NUM = new Map<string, number>(WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i + 1]));

const RELATIVE = ['yesterday', 'today', 'tomorrow', 'tonight', 'last', 'this', 'next'];

const CURRENCY_CODES = ['USD', 'GBP', 'EUR', 'JPY', 'CNY', 'RMB', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'NZD',
  'ZAR', 'RUB', 'UAH', 'KRW', 'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'SAR', 'AED', 'ILS', 'NGN', 'EGP',
  'PKR', 'TWD', 'THB', 'IDR', 'ARS', 'KES', 'QAR',
  // African, Asian, Caribbean and Pacific codes news writes before amounts ("UGX 3bn", "NPR 120 million")
  'TZS', 'UGX', 'NAD', 'GHS', 'ZMW', 'MWK', 'BWP', 'ETB', 'RWF', 'XOF', 'XAF', 'NPR', 'LKR', 'BDT', 'MYR', 'VND',
  'FJD', 'PGK', 'TTD', 'JMD', 'BBD'];
const PREFIX_CODE = new Map<string, string>([
  ['$', 'USD'], ['US$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['HK$', 'HKD'],
  ['NZ$', 'NZD'], ['S$', 'SGD'], ['R$', 'BRL'], ['NT$', 'TWD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'],
  ['₹', 'INR'], ['₽', 'RUB'], ['₴', 'UAH'], ['₩', 'KRW'], ['₺', 'TRY'], ['RMB', 'CNY'], ['Rs', 'INR'], ['Rs.', 'INR'],
  // the dollars of other countries, written with their letters glued before the "$" ("N$250,000" is Namibian)
  ['N$', 'NAD'], ['TT$', 'TTD'], ['J$', 'JMD'], ['EC$', 'XCD'], ['FJ$', 'FJD'], ['Z$', 'ZWL'], ['BZ$', 'BZD'],
  ['G$', 'GYD'], ['SI$', 'SBD'],
  // East African shillings as their papers write them ("TSh 120 million", "KSh 2bn", "Shs 5 billion" in Uganda),
  // the Gulf's dirham and riyal
  ['TSh', 'TZS'], ['Tsh', 'TZS'], ['TShs', 'TZS'], ['KSh', 'KES'], ['Ksh', 'KES'], ['KShs', 'KES'], ['Kshs', 'KES'],
  ['USh', 'UGX'], ['Ush', 'UGX'], ['UShs', 'UGX'], ['Shs', 'UGX'], ['Dh', 'AED'], ['Dhs', 'AED'], ['QR', 'QAR'],
]);
/**
 * Currency abbreviations written as words that are not ISO codes, read like codes when an amount follows ("Rs 500
 * crore", "TSh 120m"): the prefixes above made of letters only.
 */
const MIXED_CODES = [...PREFIX_CODE.keys()].filter((k) => /^[A-Za-z]+$/.test(k) && !CURRENCY_CODES.includes(k));
const MIXED_CODE = new Set(MIXED_CODES);
for (const c of CURRENCY_CODES) if (!PREFIX_CODE.has(c)) PREFIX_CODE.set(c, c);

/** Currency nouns written after the amount ("5 million euros"); adjective-qualified forms first. */
const CURRENCY_WORD = new Map<string, string>([
  ['dollar', 'USD'], ['pound', 'GBP'], ['sterling', 'GBP'], ['euro', 'EUR'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupee', 'INR'], ['rouble', 'RUB'], ['ruble', 'RUB'], ['hryvnia', 'UAH'], ['franc', 'CHF'],
  ['rand', 'ZAR'], ['naira', 'NGN'], ['shekel', 'ILS'], ['lira', 'TRY'], ['won', 'KRW'], ['riyal', 'SAR'],
  ['dirham', 'AED'], ['zloty', 'PLN'], ['peso', 'MXN'], ['pence', 'GBP'], ['penny', 'GBP'], ['cent', 'USD'],
  ['us dollar', 'USD'], ['american dollar', 'USD'], ['australian dollar', 'AUD'], ['canadian dollar', 'CAD'],
  ['hong kong dollar', 'HKD'], ['new zealand dollar', 'NZD'], ['singapore dollar', 'SGD'], ['taiwan dollar', 'TWD'],
  ['egyptian pound', 'EGP'], ['swiss franc', 'CHF'], ['pakistani rupee', 'PKR'], ['indian rupee', 'INR'],
  ['russian rouble', 'RUB'], ['russian ruble', 'RUB'], ['japanese yen', 'JPY'], ['chinese yuan', 'CNY'],
  ['south african rand', 'ZAR'], ['turkish lira', 'TRY'], ['ukrainian hryvnia', 'UAH'], ['nigerian naira', 'NGN'],
  ['israeli shekel', 'ILS'], ['saudi riyal', 'SAR'], ['mexican peso', 'MXN'], ['argentine peso', 'ARS'],
  ['philippine peso', 'PHP'], ['chilean peso', 'CLP'], ['colombian peso', 'COP'], ['south korean won', 'KRW'],
  ['korean won', 'KRW'], ['brazilian real', 'BRL'], ['swedish krona', 'SEK'], ['norwegian krone', 'NOK'],
  ['danish krone', 'DKK'], ['polish zloty', 'PLN'],
  // the currencies of smaller economies, by their names (their papers' money: "2.4 million patacas", "50,000 cedis")
  ['pataca', 'MOP'], ['ringgit', 'MYR'], ['baht', 'THB'], ['rupiah', 'IDR'], ['dong', 'VND'], ['kina', 'PGK'],
  ['tala', 'WST'], ["pa'anga", 'TOP'], ['pa’anga', 'TOP'], ['cedi', 'GHS'], ['pula', 'BWP'], ['leone', 'SLE'],
  ['dalasi', 'GMD'], ['birr', 'ETB'], ['taka', 'BDT'], ['afghani', 'AFN'], ['vatu', 'VUV'], ['kyat', 'MMK'],
  ['riel', 'KHR'], ['tenge', 'KZT'], ['forint', 'HUF'], ['koruna', 'CZK'], ['lempira', 'HNL'], ['guarani', 'PYG'],
  ['kwanza', 'AOA'], ['ariary', 'MGA'], ['rufiyaa', 'MVR'], ['escudo', 'CVE'],
  // shillings and kwacha of several countries: the most common in English-language news unless the country is said
  ['shilling', 'KES'], ['kenyan shilling', 'KES'], ['ugandan shilling', 'UGX'], ['tanzanian shilling', 'TZS'],
  ['somali shilling', 'SOS'], ['kwacha', 'ZMW'], ['zambian kwacha', 'ZMW'], ['malawian kwacha', 'MWK'],
]);

// Words that end a counted noun phrase: prepositions, determiners, pronouns, conjunctions, auxiliaries and
// common reporting verbs, plus a few nouns that never make sense as the thing counted.
const STOP = new Set(('of in on at to for from by with into onto over under after before during since until ' +
  'across against between among amid through about around per than as like including via within without ' +
  'upon toward towards behind beyond near off out up down the a an this that these those his her their its our ' +
  'my your some any all each every no both either neither such what which who whom whose where when while why ' +
  'how if whether and or but nor so yet because although though he she it they we you i me him them us ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'said says say told tells according not also too very just only still already then now there here ago later ' +
  'earlier apiece times percent per cent percentage others ones another one two three four five six seven eight ' +
  'nine ten hundred thousand million billion trillion dozen more less fewer most least much many instead again ' +
  'away back together alone itself themselves himself herself ever never ' +
  // common verbs that follow a subject number ("two died", "one won") and are not -ed forms
  'won lost came went took made gave got met left saw ran fell rose led held kept put sent spent paid sold ' +
  'bought built brought thought felt found stood struck shot fled fought began became remain remains seem ' +
  'seems appear appears get gets go goes come comes take takes make makes know knew think want wants need ' +
  'needs').split(' '));
STOP.delete('more'); // "two more children"
STOP.delete('fewer');

const IRREGULAR_PLURAL = new Set(('people men women children police staff personnel cattle sheep fish deer ' +
  'aircraft crew feet teeth geese mice offspring livestock folk troops spacecraft militia clergy').split(' '));
const NOT_PLURAL_S = new Set(('news its his hers ours yours theirs this thus was has does goes is as us yes plus ' +
  'always perhaps whereas unless besides afterwards sometimes nevertheless politics economics physics athletics ' +
  'mathematics ethics logistics diabetes measles mumps lens gas bus bias alias atlas canvas chaos ethos pathos ' +
  'kudos series species means headquarters whereabouts').split(' '));

// A number right after one of these words is a label, not a figure: "page 3", "flight 370".
const LABEL_WORDS = new Set(('page pages room flight route chapter article section paragraph clause line platform ' +
  'gate level phase stage round game episode season version model type category grade class tier item figure ' +
  'table exhibit appendix amendment resolution highway interstate bus channel studio terminal pier exit junction ' +
  'building floor unit block district ward lot plot volume vol issue number no nos act part step seat row ' +
  'match week day year track verse psalm').split(' '));
const LABEL_ABBR = new Set(['No', 'no', 'Nos', 'nos', 'p', 'pp', 'Vol', 'vol', 'Art', 'art', 'Fig', 'fig', 'para',
  'Para', 'Ch', 'ch', 'Sec', 'sec', 'Ex', 'ex', 'Rev', 'rev', 'Ps']);
// Capitalised words that may precede a figure mid-sentence without making it a label (title-case headlines).
const CAP_OK = new Set(('the a an in on at of for with by from to and or but than about around nearly almost ' +
  'only just over under more fewer less all some another those these his her their its our since until after ' +
  'before during including approximately roughly up last first every each total some killed kills kill ' +
  'injured wounded lost lose loses won wins win hit hits cut cuts raise raises raised adds add added top tops ' +
  'reach reaches reached see sees saw spent spends spend pay pays paid worth nearly almost estimated least ' +
  'least at leaves leave left').split(' '));

// The word before a bare year, or a month name alone, that makes it a date.
const DATE_PREP = new Set(('in since from until till by before after during of to through between and or year ' +
  'early late mid end start beginning summer spring autumn winter fall around circa c the a an throughout ' +
  'last next this every into').split(' '));
const MONTH_CTX = new Set(('in since from until till by before after during of to through between and or ' +
  'early late mid end start beginning around throughout last next this into on for').split(' '));
// "one way or another", "one thing is clear": idioms, not counts of one.
const IDIOM_ONE = new Set(('way thing time point side hand kind sort part piece bit reason end word moment stage ' +
  'occasion instance example another respect sense day night').split(' '));
// "the one who", "no one", "at one point": one is a pronoun or idiom there.
const ONE_PRON_PREV = new Set('the this that no any every each which at last only someone anyone such'.split(' '));
// "the two leaders" refers back to known people: not a new figure.
const ANAPHORIC_PREV = new Set('the these those both'.split(' '));

// ---------------------------------------------------------------------------------------------------
// Regexes (all precompiled; sticky ones are positioned with lastIndex)

// Inline whitespace: spaces, no-break spaces, tabs, or one line break of hard-wrapped text (not a blank line).
const SP = '(?:[ \\u00a0\\t]|\\r?\\n(?![ \\t]*\\r?\\n))';
const bothCases = (w: string): string => `${w}|${w[0].toUpperCase()}${w.slice(1)}`;
const NUM_WORDS_ALT = [...SMALL.keys(), ...TENS.keys(), 'hundred', ...BIG.keys(), 'dozen', 'half'].map(bothCases).join('|');
const MONTHS_ALT = [...MONTHS_FULL, ...MONTH_ABBR].join('|');
const WEEKDAYS_ALT = WEEKDAY_NAMES.join('|');
const RELATIVE_ALT = RELATIVE.map(bothCases).join('|');

// One alternation of literal words and single-character classes: irregexp scans this several hundred MB/s.
// (A country prefix before "$" — "US$", "HK$" — is found by looking back from the "$".)
const TRIGGER = new RegExp(
  // 1: a currency symbol
  '([$£€¥₹₽₴₩₺])' +
  // 2: a digit
  '|(\\d)' +
  // 3: a word that can start a figure (number word, month, weekday, relative-date word, currency code)
  `|\\b(${NUM_WORDS_ALT}|${MONTHS_ALT}|${WEEKDAYS_ALT}|${RELATIVE_ALT}|${MIXED_CODES.join('|')}|${CURRENCY_CODES.join('|')})\\b`,
  'g');
const CODE_AMOUNT_RE = new RegExp(`\\.?${SP}?(?=\\d)`, 'y');
/** The letters glued before a "$" that make it another country's dollar ("US", "HK", "N"): read off PREFIX_CODE. */
const DOLLAR_PREFIXES = new Set([...PREFIX_CODE.keys()].filter((k) => /^[A-Z]+\$$/.test(k)).map((k) => k.slice(0, -1)));

const DIGITS_RE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const SCALE_RE = new RegExp(
  `(?:(bn|mn|tn|trn|bln|mln|m|b|k|K|M|B)(?![A-Za-z0-9])` +
  `|${SP}(bn|mn|tn|trn|bln|mln)(?![A-Za-z0-9])` +
  `|(?:${SP}|-)(thousand|million|billion|trillion|crores?|lakh${SP}crores?|lakhs?)(?![A-Za-z]))`, 'y');
const SCALE_EXP: Record<string, number> = {
  k: 3, K: 3, thousand: 3, m: 6, M: 6, mn: 6, mln: 6, million: 6, b: 9, B: 9, bn: 9, bln: 9, billion: 9,
  tn: 12, trn: 12, trillion: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7,
};
function scaleExp(m: RegExpExecArray): number {
  const w = m[1] ?? m[2] ?? m[3];
  return SCALE_EXP[w] ?? 12; // "lakh crore"
}
const PERCENT_RE = new RegExp(
  `(?:${SP}?(%)|(pc)(?![A-Za-z0-9])|${SP}(percentage${SP}points?)(?![A-Za-z])|${SP}(basis${SP}points?)(?![A-Za-z])` +
  `|(?:${SP}|-)(per${SP}?cent|percent|pct)(?![A-Za-z]))`, 'y');
const CURRENCY_WORD_RE = new RegExp(
  `(?:${SP}|-)(?:(US|American|Australian|Canadian|Hong${SP}Kong|New${SP}Zealand|Singapore|Taiwan|Egyptian|Swiss|` +
  `Pakistani|Indian|Russian|Japanese|Chinese|South${SP}African|Turkish|Ukrainian|Nigerian|Israeli|Saudi|Mexican|` +
  `Argentine|Philippine|Chilean|Colombian|South${SP}Korean|Korean|Brazilian|Swedish|Norwegian|Danish|Polish|` +
  `Kenyan|Ugandan|Tanzanian|Somali|Zambian|Malawian)${SP})?` +
  `(dollars?|pounds?|sterling|euros?|yen|yuan|renminbi|rupees?|roubles?|rubles?|hryvnias?|francs?|rand|naira|` +
  `shekels?|lira|won|riyals?|dirhams?|zloty|pesos?|pence|penny|cents?|real|reais|kronor|krona|kroner|krone|` +
  `patacas?|ringgits?|baht|rupiah|dong|kina|tala|pa['’]anga|cedis?|pula|leones?|dalasis?|birr|taka|afghanis?|vatu|` +
  `kyats?|riels?|tenge|forints?|korunas?|lempiras?|guaranis?|kwanzas?|ariary|rufiyaa|escudos?|shillings?|kwacha|` +
  `${CURRENCY_CODES.join('|')})` +
  `(?:${SP}sterling)?(?![A-Za-z])`, 'y');
const DURATION_RE = new RegExp(
  `(?:${SP}|-)(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|` +
  `decades?|century|centuries|millennium|millennia)(?![A-Za-z])`, 'y');
// "two-thirds", "three quarters": a fraction, as a share in per cent
const FRACTION_RE = new RegExp(`(?:${SP}|-)(halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![A-Za-z])`, 'y');
const DENOMINATOR: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const AGE_RE = new RegExp(`(?:${SP}|-)old(s?)(?![A-Za-z])`, 'y');
const AGO_RE = new RegExp(`${SP}ago(?![A-Za-z])`, 'y');
const QUANT_RE = new RegExp(
  `(?:${SP}?|-)(km\\/h|km²|m²|sq(?:uare)?\\.?${SP}(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|ft)|` +
  `square${SP}(?:kilomet(?:re|er)s?|miles?|metres?|meters?|feet)|kilomet(?:re|er)s?|kms?|kph|kmh|mph|miles?|` +
  `metres?|meters?|centimet(?:re|er)s?|millimet(?:re|er)s?|cm|mm|feet|foot|ft|inch(?:es)?|yards?|` +
  `kilogram(?:me)?s?|kilos?|kgs?|grams?|tonnes?|tons?|lbs?|ounces?|oz|litres?|liters?|gallons?|knots?|acres?|` +
  `hectares?|°${SP}?[CF]|°|degrees?(?:${SP}(?:Celsius|centigrade|Fahrenheit|C|F)(?![A-Za-z]))?|Celsius|` +
  `Fahrenheit|[kMGT]Wh|[kMGT]W|kilowatt-hours?|kilowatts?|megawatts?|gigawatts?|terawatt-hours?|` +
  `gigabytes?|terabytes?|megabytes?|[GTM]B|calories?|decibels?|dB|magnitude)(?![A-Za-z0-9])`, 'y');
const TEMP_ATTACHED_RE = /([CF])(?![A-Za-z0-9])/y;
const ORDINAL_RE = /(?:st|nd|rd|th)(?![A-Za-z])/y;
const TIME_RE = new RegExp(`\\d{1,2}(?:[:.]\\d{2})?${SP}?[ap]\\.?m\\b\\.?|\\d{1,2}:\\d{2}(?::\\d{2})?`, 'y');
const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})(?![0-9])/y;
const SLASH_DATE_RE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![0-9\/])/y;
const SEQ_RE = /\d+(?:[ \u00a0\-\/.:]\d+)*/y;
const ALNUM_RE = /[A-Za-z0-9]+(?:[-\/][A-Za-z0-9]+)*/y;
const DMY_RE = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?${SP}+(?:of${SP}+)?(${MONTHS_ALT})(?:\\.?,?${SP}+(\\d{4})(?![0-9]))?(?![A-Za-z])`, 'y');
const MDY_RE = new RegExp(
  `(${MONTHS_ALT})\\.?${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?:,?${SP}+(\\d{4}))?(?![0-9]|,[0-9])`, 'y');
const MY_RE = new RegExp(`(${MONTHS_ALT})\\.?,?${SP}+(\\d{4})(?![0-9])`, 'y');
const WEEKDAY_TAIL_RE = new RegExp(`${SP}+(morning|afternoon|evening|night|lunchtime)(?![A-Za-z])`, 'y');
const DATE_JOIN_RE = new RegExp(`,?${SP}+`, 'y');
const RELATIVE_RE = new RegExp(
  `([Ll]ast|[Tt]his|[Nn]ext)${SP}+(week|month|year|night|morning|afternoon|evening|${WEEKDAYS_ALT}|` +
  `${MONTHS_FULL.join('|')})(?![A-Za-z])`, 'y');
const DAYWORD_TAIL_RE = new RegExp(`${SP}+(morning|afternoon|evening|night)(?![A-Za-z])`, 'y');
const HALF_RE = new RegExp(
  `[Hh]alf${SP}an?(?:${SP}(dozen|hundred|thousand|million|billion|trillion)(?![A-Za-z])|` +
  `(?=${SP}(?:hour|day|week|month|year|decade|century|mile|kilomet)))`, 'y');
const AND_HALF_RE = new RegExp(`(?:${SP}|-)and(?:${SP}|-)a(?:${SP}|-)half(?![A-Za-z])`, 'y');
const FUTURE_WORDS = new Set(['will', 'shall', 'scheduled', 'next', 'upcoming']);
const FUTURE_BEFORE_TO = new Set(['due', 'expected', 'plans', 'plan', 'going', 'set', 'poised']);
const FUTURE_BY_LEN: string[][] = [];
for (const w of [...FUTURE_WORDS, ...FUTURE_BEFORE_TO, 'll']) (FUTURE_BY_LEN[w.length] ??= []).push(w);
const NO_WORDS: string[] = [];

// Punctuation that, glued between a non-space and a digit, makes the digit part of a URL, path or code.
const GLUE_BEFORE = new Set([47, 46, 61, 95, 63, 38, 42, 94, 92, 124, 64, 35, 60, 62, 58, 44, 126]);
// "Sunday Times", "Good Friday", "Super Tuesday": weekday names inside other names.
const WEEKDAY_NAME_AFTER = new Set(('Times Telegraph Express Mirror Post Herald Mail People Sport Independent ' +
  'Agreement School Service Best Live Brunch Roast League Club Market Session Sessions').split(' '));

// First characters (after an optional space or hyphen) that each suffix regex can start with: a number is
// only tried against the regexes whose bit is set for the character after it.
const SFX_SCALE = 1, SFX_PERCENT = 2, SFX_CURRENCY = 4, SFX_DURATION = 8, SFX_QUANTITY = 16, SFX_FEW_CURRENCY = 32;

const SUFFIX_MASK = new Uint8Array(128);
function markSuffix(chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) SUFFIX_MASK[chars.charCodeAt(i)] |= bit;
}
markSuffix('bmtkKMBcl', SFX_SCALE);
markSuffix('%pb', SFX_PERCENT);
markSuffix('dpseyrhfnlwckzUACHNSTEPIRJKMBDGQ', SFX_CURRENCY);
// letters that start few currencies and many other words ("to", "at", "a"): those currencies are looked for first
// by a short pattern (FEW_CURRENCY_RE) before the long one
const FEW_CURRENCY_LETTERS = 'btavg';
markSuffix(FEW_CURRENCY_LETTERS, SFX_FEW_CURRENCY);
/** The currency names (CURRENCY_WORD's, singular or plural) that start with those letters, after a space or hyphen. */
const FEW_CURRENCY_RE = new RegExp(`[\\s-]+(?:${[...CURRENCY_WORD.keys()].filter((w) => /^[a-z]+$/.test(w) && FEW_CURRENCY_LETTERS.includes(w[0])).join('|')})s?(?![A-Za-z])`, 'y');
markSuffix('smhdwfyc', SFX_DURATION);
markSuffix('kmscfiygtloahdCFMGT', SFX_QUANTITY);
function suffixMask(q: number): number {
  let c = T.charCodeAt(q);
  if (c === 45) c = T.charCodeAt(q + 1);
  else if (isSpace(c) || c === 10 || c === 13) { const g = gapEnd(q); c = g < 0 ? 0 : T.charCodeAt(g); }
  return c < 128 ? SUFFIX_MASK[c] : c === 176 ? SFX_QUANTITY : 0;
}

// ---------------------------------------------------------------------------------------------------
// Character helpers

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isUpper(c: number): boolean { return c >= 65 && c <= 90; }
function isSpace(c: number): boolean { return c === 32 || c === 0xa0 || c === 9; }
/** The end of an inline gap at i (one blank, or one line break that does not start a blank line), or -1. */
function gapEnd(i: number): number {
  let c = T.charCodeAt(i);
  if (isSpace(c)) return i + 1;
  let j = i;
  if (c === 13) c = T.charCodeAt(++j);
  if (c !== 10) return -1;
  j++;
  let k = j;
  while (isSpace(T.charCodeAt(k))) k++;
  c = T.charCodeAt(k);
  return c === 10 || c === 13 || k >= LEN ? -1 : j;
}
function isAlnum(c: number): boolean { return isLetter(c) || isDigit(c); }
function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUpper(s.charCodeAt(i))) return true;
  return false;
}
/** Lower-cases ASCII-capitalised words without allocating when there is nothing to change. */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return s.toLowerCase();
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Scanner state (module-level: findFigures is synchronous and not re-entrant)

let T = '';
let LEN = 0;
let OUT: Figure[] = [];
let LAST_END = 0;

interface DateCtx { y: number; m: number; d: number; day: number | null }
let DL: DateCtx | null = null;

// Result of the last number read.
let N_VAL = 0;
let N_STR = '';
let N_END = 0;
let N_INTDIGITS = 0; // digits in the integer part; 0 for words
let N_PLAIN = false; // digits only: no thousands separator, no decimals
let N_WORDS = 0; // words consumed by a word number

// Result of the last noun read.
let NOUN = '';

function emit(kind: string, start: number, end: number, value: number | string | null, unit: string | null): void {
  if (start < LAST_END || end <= start) return;
  OUT.push({ start, end, text: T.slice(start, end), kind, value, unit });
  LAST_END = end;
}

function scaled(str: string, exp: number): number {
  return exp === 0 ? Number(str) : Number(str + 'e' + exp);
}

/** Reads digits ("1,200.5") at p; sets N_*; returns the end or -1. */
function readDigits(p: number): number {
  DIGITS_RE.lastIndex = p;
  const m = DIGITS_RE.exec(T);
  if (m === null) return -1;
  const int = m[1].length > 3 && m[1].includes(',') ? m[1].replace(/,/g, '') : m[1];
  N_STR = m[2] === undefined ? int : int + '.' + m[2];
  N_VAL = Number(N_STR);
  N_INTDIGITS = int.length;
  N_PLAIN = m[2] === undefined && int.length === m[1].length;
  N_END = DIGITS_RE.lastIndex;
  N_WORDS = 0;
  return N_END;
}

/** Reads a lower-cased word of letters at i (ending at a non-letter); returns its end. */
function wordEnd(i: number): number {
  while (i < LEN && isLetter(T.charCodeAt(i))) i++;
  return i;
}

/** Reads number words ("twenty-five", "two hundred and five", "a dozen", "three million") at p. */
function readWords(p: number): number {
  let i = p;
  let total = 0;
  let cur = 0;
  let last = 0; // 0 none, 1 unit (1-9), 2 teen/ten/zero, 3 tens, 4 hundred, 5 big, 6 dozen, 7 'a'
  let end = -1;
  let words = 0;
  for (;;) {
    const e = wordEnd(i);
    if (e === i) break;
    const w = lower(T.slice(i, e));
    let v: number | undefined;
    if ((w === 'a' || w === 'an') && last === 0) {
      // only as "a hundred", "a dozen", "a million" …
      const e2 = wordEnd(e + 1);
      const nx = isSpace(T.charCodeAt(e)) ? lower(T.slice(e + 1, e2)) : '';
      if (nx !== 'hundred' && nx !== 'dozen' && !BIG.has(nx)) break;
      cur = 1; last = 7;
    } else if ((v = SMALL.get(w)) !== undefined) {
      if (last === 1 || last === 2 || last === 6 || last === 7) break;
      if (last === 3 && (v === 0 || v >= 10)) break;
      cur += v; last = v >= 1 && v <= 9 ? 1 : 2;
    } else if ((v = TENS.get(w)) !== undefined) {
      if (last === 1 || last === 2 || last === 3 || last === 6 || last === 7) break;
      cur += v; last = 3;
    } else if (w === 'hundred') {
      if (last === 4 || last === 6 || last === 0 && words > 0) break;
      if (last === 0) cur = 1;
      if (cur >= 100) break;
      cur *= 100; last = 4;
    } else if ((v = BIG.get(w)) !== undefined) {
      if (last === 0 || last === 6) { if (words > 0) break; cur = 1; }
      total += cur * v; cur = 0; last = 5;
    } else if (w === 'dozen') {
      if (last === 0) cur = 1;
      if (last !== 1 && last !== 7 && last !== 0 && last !== 2 && last !== 3) break;
      cur *= 12; last = 6;
    } else if (w === 'and' && (last === 4 || last === 5)) {
      // "two hundred and five": only if a unit or tens word follows
      const e2 = wordEnd(e + 1);
      const nx = isSpace(T.charCodeAt(e)) ? lower(T.slice(e + 1, e2)) : '';
      if (!SMALL.has(nx) && !TENS.has(nx)) break;
      i = e + 1; continue;
    } else break;
    words++;
    if (last !== 7) end = e;
    if (T.charCodeAt(e) === 45 && (last === 3 || last === 4) && isLetter(T.charCodeAt(e + 1))) { i = e + 1; continue; }
    const g = gapEnd(e);
    if (g > 0 && isLetter(T.charCodeAt(g))) { i = g; continue; }
    break;
  }
  if (end < 0) return -1;
  N_VAL = total + cur;
  N_END = end;
  AND_HALF_RE.lastIndex = end;
  if (last !== 5 && AND_HALF_RE.test(T)) { N_VAL += 0.5; N_END = AND_HALF_RE.lastIndex; }
  N_STR = String(N_VAL);
  N_INTDIGITS = 0;
  N_PLAIN = false;
  N_WORDS = words;
  return N_END;
}

// ---------------------------------------------------------------------------------------------------
// Context helpers

const TOK_NONE = 0, TOK_START = 1, TOK_SENT = 2, TOK_WORD = 3, TOK_POSS = 4, TOK_OTHER = 5, TOK_DOT = 6;
let PREV_WORD = '';
let PREV_START = 0;

/** What precedes position p across spaces: a word (PREV_WORD), a sentence boundary, etc. */
function prevToken(p: number): number {
  let i = p - 1;
  while (i >= 0 && isSpace(T.charCodeAt(i))) i--;
  if (i < 0) return TOK_START;
  const c = T.charCodeAt(i);
  if (i === p - 1 && c !== 10 && c !== 13) return TOK_NONE;
  if (isLetter(c)) {
    let s = i;
    while (s > 0 && isLetter(T.charCodeAt(s - 1))) s--;
    if (s === i && (c === 115 || c === 83) && s > 0 && (T.charCodeAt(s - 1) === 39 || T.charCodeAt(s - 1) === 0x2019)) return TOK_POSS;
    PREV_WORD = T.slice(s, i + 1);
    PREV_START = s;
    return TOK_WORD;
  }
  if (c === 46) {
    let s = i;
    while (s > 0 && isLetter(T.charCodeAt(s - 1))) s--;
    PREV_WORD = T.slice(s, i);
    PREV_START = s;
    return TOK_DOT;
  }
  if (c === 10 || c === 13 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c ||
    c === 0x2014 || c === 40 || c === 91) return TOK_SENT;
  return TOK_OTHER;
}

function prevWordLower(p: number): string {
  return prevToken(p) === TOK_WORD ? lower(PREV_WORD) : '';
}

function isSentenceStart(s: number): boolean {
  let i = s - 1;
  while (i >= 0 && isSpace(T.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = T.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 34 || c === 0x201c || c === 0x201d ||
    c === 39 || c === 0x2018 || c === 0x2019 || c === 58 || c === 59 || c === 40 || c === 0x2014 || c === 0x2013;
}

/** True when the number at p is a label: "Boeing 737", "Formula One", "page 3", "No. 10". */
function isLabel(p: number): boolean {
  const k = prevToken(p);
  if (k === TOK_WORD) {
    const w = PREV_WORD;
    if (!isUpper(w.charCodeAt(0)) && hasUpper(w)) return true; // "iPhone 15"
    if (w === 'No' || w === 'Nos') return true; // "No 10"
    if (isUpper(w.charCodeAt(0))) {
      if (isSentenceStart(PREV_START)) return false;
      const lw = w.toLowerCase();
      return !(CAP_OK.has(lw) || MONTH_NUM.has(lw) || WEEKDAY_NUM.has(lw));
    }
    return LABEL_WORDS.has(w);
  }
  if (k === TOK_DOT) return LABEL_ABBR.has(PREV_WORD);
  return false;
}

function skipTo(re: RegExp, p: number): number {
  re.lastIndex = p;
  return re.test(T) ? re.lastIndex : p + 1;
}

// ---------------------------------------------------------------------------------------------------
// Dates

function daysOf(y: number, m: number, d: number): number { return Date.UTC(y, m - 1, d) / 86400000; }
function pad2(n: number): string { return n < 10 ? '0' + n : String(n); }
function ymd(day: number): string {
  const dt = new Date(day * 86400000);
  const y = dt.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}
function ym(y: number, m: number): string { return `${y}-${pad2(m)}`; }
function isoWd(day: number): number { return ((((day + 3) % 7) + 7) % 7) + 1; } // 1970-01-01 was a Thursday
function isoWeekOf(day: number): string {
  const thu = day + 4 - isoWd(day);
  const y = new Date(thu * 86400000).getUTCFullYear();
  const w = Math.floor((thu - daysOf(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad2(w)}`;
}
function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parseDateline(s: string | undefined): DateCtx | null {
  if (!s) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (m === null) return null;
  const y = +m[1], mo = m[2] ? +m[2] : 0, d = m[3] ? +m[3] : 0;
  if (mo && (mo < 1 || mo > 12)) return { y, m: 0, d: 0, day: null };
  const full = mo > 0 && d > 0 && validDate(y, mo, d);
  return { y, m: mo, d: full ? d : 0, day: full ? daysOf(y, mo, d) : null };
}

/** A month/day without a year: the nearest such date to the dateline. */
function dayMonthValue(mo: number, d: number): string | null {
  if (DL === null) return null;
  if (DL.day === null) return validDate(DL.y, mo, d) ? ymd(daysOf(DL.y, mo, d)) : null;
  let best: number | null = null;
  for (let y = DL.y - 1; y <= DL.y + 1; y++) {
    if (!validDate(y, mo, d)) continue;
    const day = daysOf(y, mo, d);
    if (best === null || Math.abs(day - DL.day) < Math.abs(best - DL.day)) best = day;
  }
  return best === null ? null : ymd(best);
}

/** A month alone: the nearest such month to the dateline ("YYYY-MM"). */
function monthValue(mo: number, dir: number): string | null {
  if (DL === null) return null;
  if (DL.m === 0) return dir === 0 ? ym(DL.y, mo) : null;
  const cur = DL.y * 12 + DL.m - 1;
  let best = -1;
  for (let y = DL.y - 1; y <= DL.y + 1; y++) {
    const v = y * 12 + mo - 1;
    if (dir < 0 && v >= cur) continue;
    if (dir > 0 && v <= cur) continue;
    if (best < 0 || Math.abs(v - cur) < Math.abs(best - cur)) best = v;
  }
  return best < 0 ? null : ym(Math.floor(best / 12), (best % 12) + 1);
}

/**
 * The date of an ISO weekday (1 = Monday … 7 = Sunday) relative to a dateline day number.
 * mode: 'onOrBefore' (default for news: "on Friday"), 'before' ("last Friday"), 'onOrAfter' ("will … on Friday"),
 * 'after' ("next Friday"), 'sameWeek' ("this Friday").
 */
function weekdayDay(wd: number, day: number, mode: WeekdayMode): number {
  const cur = isoWd(day);
  switch (mode) {
    case 'before': return day - (((cur - wd + 7) % 7) || 7);
    case 'after': return day + (((wd - cur + 7) % 7) || 7);
    case 'onOrAfter': return day + ((wd - cur + 7) % 7);
    case 'sameWeek': return day + (wd - cur);
    default: return day - ((cur - wd + 7) % 7);
  }
}

export type WeekdayMode = 'onOrBefore' | 'before' | 'onOrAfter' | 'after' | 'sameWeek';

function monthNum(s: string): number { return MONTH_NUM.get(s.toLowerCase()) ?? 0; }

function dateValue(y: string | undefined, mo: number, d: number): string | null {
  if (y !== undefined) return validDate(+y, mo, d) ? `${y}-${pad2(mo)}-${pad2(d)}` : null;
  return dayMonthValue(mo, d);
}

/** "2 March 2025", "2nd of March" at p; emits and returns the end, or -1. */
function tryDMY(p: number, start: number): number {
  DMY_RE.lastIndex = p;
  const m = DMY_RE.exec(T);
  if (m === null) return -1;
  const d = +m[1], mo = monthNum(m[2]);
  if (d < 1 || d > 31) return -1;
  emit('date', start, DMY_RE.lastIndex, dateValue(m[3], mo, d), null);
  return DMY_RE.lastIndex;
}

/** "March 2, 2025", "March 2025", "March 2" at p; emits and returns the end, or -1. */
function tryMonthFirst(p: number, start: number): number {
  MY_RE.lastIndex = p;
  let m = MY_RE.exec(T);
  if (m !== null) {
    const mo = monthNum(m[1]);
    emit('date', start, MY_RE.lastIndex, `${m[2]}-${pad2(mo)}`, null);
    return MY_RE.lastIndex;
  }
  MDY_RE.lastIndex = p;
  m = MDY_RE.exec(T);
  if (m !== null) {
    const mo = monthNum(m[1]), d = +m[2];
    if (d >= 1 && d <= 31) {
      emit('date', start, MDY_RE.lastIndex, dateValue(m[3], mo, d), null);
      return MDY_RE.lastIndex;
    }
  }
  return -1;
}

function atMonth(p: number, w: string): number {
  const end = p + w.length;
  const r = tryMonthFirst(p, p);
  if (r >= 0) return r;
  if (w.length <= 4 && w !== 'May' && w !== 'June' && w !== 'July') return end; // abbreviations need a day or year
  // a month alone needs a date-like word before it ("in March", "mid-March", "last March" is handled elsewhere)
  let ok = false;
  if (p > 4 && T.charCodeAt(p - 1) === 45) {
    const pre = T.slice(p - 4, p - 1).toLowerCase();
    ok = pre === 'mid' || (p > 6 && /^(early|late)$/.test(T.slice(p - 6, p - 1).toLowerCase()));
  } else {
    ok = MONTH_CTX.has(prevWordLower(p));
  }
  if (!ok) return end;
  emit('date', p, end, monthValue(monthNum(w), 0), null);
  return end;
}

/** Whether the words in [s, p) mark the future: "will", "'ll", "due to", "is expected to", "next" … */
function futureBetween(s: number, p: number): boolean {
  let i = s;
  while (i < p) {
    if (!isLetter(T.charCodeAt(i))) { i++; continue; }
    const e = wordEnd(i);
    let hit = false;
    for (const w of FUTURE_BY_LEN[e - i] ?? NO_WORDS) {
      if (T.startsWith(w, i)) {
        hit = FUTURE_WORDS.has(w) || (w === 'll' ? T.charCodeAt(i - 1) === 39 || T.charCodeAt(i - 1) === 0x2019
          : T.startsWith(' to', e) && !isLetter(T.charCodeAt(e + 3)));
        break;
      }
    }
    if (hit) return true;
    i = e;
  }
  return false;
}

function atWeekday(p: number, w: string): number {
  let end = p + w.length;
  const wd = WEEKDAY_NUM.get(w.toLowerCase())!;
  // part of a name: "Good Friday", "Super Tuesday", "the Sunday Times"
  if (prevToken(p) === TOK_WORD && isUpper(PREV_WORD.charCodeAt(0)) && !isSentenceStart(PREV_START)) {
    const lw = lower(PREV_WORD);
    if (!CAP_OK.has(lw) && !MONTH_NUM.has(lw) && !WEEKDAY_NUM.has(lw)) return end;
  }
  if (isSpace(T.charCodeAt(end)) && isUpper(T.charCodeAt(end + 1))) {
    const e2 = wordEnd(end + 1);
    if (WEEKDAY_NAME_AFTER.has(T.slice(end + 1, e2))) return e2;
  }
  // "Sunday, March 2, 2025" / "Sunday 2 March": one figure carrying the explicit date
  DATE_JOIN_RE.lastIndex = end;
  if (DATE_JOIN_RE.test(T)) {
    const q = DATE_JOIN_RE.lastIndex;
    const c = T.charCodeAt(q);
    const r = isDigit(c) ? tryDMY(q, p) : isUpper(c) ? tryMonthFirst(q, p) : -1;
    if (r >= 0) return r;
  }
  WEEKDAY_TAIL_RE.lastIndex = end;
  if (WEEKDAY_TAIL_RE.test(T)) end = WEEKDAY_TAIL_RE.lastIndex;
  let value: string | null = null;
  if (DL !== null && DL.day !== null) {
    // future tense in the same sentence ("will meet on Thursday") looks forward, otherwise back
    let s = p - 1;
    const lim = Math.max(0, p - 160);
    while (s > lim) {
      const c = T.charCodeAt(s);
      if (c === 46 || c === 33 || c === 63 || c === 10) break;
      s--;
    }
    const mode: WeekdayMode = futureBetween(s, p) ? 'onOrAfter' : 'onOrBefore';
    value = ymd(weekdayDay(wd, DL.day, mode));
  }
  emit('date', p, end, value, null);
  return end;
}

function atRelative(p: number, w: string): number {
  const lw = w.toLowerCase();
  const end = p + w.length;
  const day = DL?.day ?? null;
  if (lw === 'yesterday' || lw === 'today' || lw === 'tomorrow' || lw === 'tonight') {
    if (isUpper(w.charCodeAt(0))) {
      // "USA Today", "the Today programme"
      if (prevToken(p) === TOK_WORD && isUpper(PREV_WORD.charCodeAt(0)) && !isSentenceStart(PREV_START) &&
        !CAP_OK.has(lower(PREV_WORD))) return end;
      if (isSpace(T.charCodeAt(end)) && (T.startsWith('programme', end + 1) || T.startsWith('show', end + 1))) return end;
    }
    let e = end;
    if (lw !== 'tonight') { DAYWORD_TAIL_RE.lastIndex = end; if (DAYWORD_TAIL_RE.test(T)) e = DAYWORD_TAIL_RE.lastIndex; }
    const off = lw === 'yesterday' ? -1 : lw === 'tomorrow' ? 1 : 0;
    emit('date', p, e, day === null ? null : ymd(day + off), null);
    return e;
  }
  RELATIVE_RE.lastIndex = p;
  const m = RELATIVE_RE.exec(T);
  if (m === null) return end;
  const pw = prevWordLower(p);
  if (pw === 'the' || pw === 'past' || pw === 'every') return RELATIVE_RE.lastIndex; // "the last week" is a span
  const dir = lw === 'last' ? -1 : lw === 'next' ? 1 : 0;
  const what = m[2];
  const lwhat = what.toLowerCase();
  let value: string | null = null;
  const wd = WEEKDAY_NUM.get(lwhat);
  const mo = MONTH_NUM.get(lwhat);
  if (wd !== undefined) {
    if (day !== null) value = ymd(weekdayDay(wd, day, dir < 0 ? 'before' : dir > 0 ? 'after' : 'sameWeek'));
  } else if (mo !== undefined) {
    value = monthValue(mo, dir);
  } else if (lwhat === 'year') {
    if (DL !== null) value = String(DL.y + dir);
  } else if (lwhat === 'month') {
    if (DL !== null && DL.m > 0) {
      const v = DL.y * 12 + DL.m - 1 + dir;
      value = ym(Math.floor(v / 12), (v % 12) + 1);
    }
  } else if (lwhat === 'week') {
    if (day !== null) value = isoWeekOf(day + 7 * dir);
  } else if (lwhat === 'night') {
    if (dir > 0) return RELATIVE_RE.lastIndex;
    if (day !== null) value = ymd(day + (dir < 0 ? -1 : 0));
  } else {
    // this morning / afternoon / evening
    if (dir !== 0) return RELATIVE_RE.lastIndex;
    if (day !== null) value = ymd(day);
  }
  emit('date', p, RELATIVE_RE.lastIndex, value, null);
  return RELATIVE_RE.lastIndex;
}

// ---------------------------------------------------------------------------------------------------
// What follows a number

function isPlural(lw: string, raw: string): boolean {
  if (IRREGULAR_PLURAL.has(lw)) return true;
  const n = lw.length;
  if (n < 3 || lw.charCodeAt(n - 1) !== 115) return false;
  const b = lw.charCodeAt(n - 2);
  if (b === 115 || b === 117 || b === 105) return false; // -ss -us -is
  if (raw.charCodeAt(n - 1) === 83) return false; // acronyms: "US", "UAS" (but "NGOs" is plural)
  return !NOT_PLURAL_S.has(lw);
}

/**
 * The counted noun after a number ending at q: up to three modifiers then a plural head
 * ("18 other top leaders"), or for one, a singular head ("one senior official"). Sets NOUN; returns the
 * head's end or -1.
 */
function countNoun(q: number, singular: boolean): number {
  let i = q;
  let head = -1;
  let headCap = false;
  for (let k = 0; k < 4; k++) {
    let j = i;
    for (let g = gapEnd(j); g > 0 && g <= i + 4; g = gapEnd(j)) j = g;
    if (j === i || !isLetter(T.charCodeAt(j))) break;
    let e = j;
    for (;;) {
      e = wordEnd(e);
      if (T.charCodeAt(e) === 45 && isLetter(T.charCodeAt(e + 1))) { e++; continue; }
      break;
    }
    const raw = T.slice(j, e);
    const lw = lower(raw);
    if (STOP.has(lw) || MONTH_NUM.has(lw) || WEEKDAY_NUM.has(lw)) break;
    if (!singular) {
      if (isPlural(lw, raw)) { NOUN = lw; return e; }
      if (T.charCodeAt(e) === 39 || T.charCodeAt(e) === 0x2019) break; // possessive modifier: give up
    } else {
      if (k > 0 && /(?:ed|ing|ly)$/.test(lw)) break;
      NOUN = lw; head = e; headCap = raw !== lw;
      if (gapEnd(e) < 0) break;
    }
    i = e;
  }
  if (head > 0 && !headCap && !IDIOM_ONE.has(NOUN) && !/ed$/.test(NOUN) && !isPlural(NOUN, NOUN)) return head;
  return -1;
}

const UNIT_CACHE = new Map<string, string>();
/** The canonical unit for a matched unit spelling ("kilometres" → "km"), memoised: spellings are few. */
function unitOf(raw: string): string {
  let u = UNIT_CACHE.get(raw);
  if (u === undefined) { u = canonicalUnit(raw); UNIT_CACHE.set(raw, u); }
  return u;
}

function canonicalUnit(raw: string): string {
  const u = raw.replace(/\s+/g, ' ');
  const l = u.toLowerCase();
  if (u === '°C' || u === '° C' || u === 'C' || l === 'celsius' || /^degrees? (celsius|centigrade|c)$/.test(l)) return '°C';
  if (u === '°F' || u === '° F' || u === 'F' || l === 'fahrenheit' || /^degrees? (fahrenheit|f)$/.test(l)) return '°F';
  if (u === '°' || /^degrees?$/.test(l)) return 'degree';
  if (/^(km\/h|kph|kmh)$/.test(l)) return 'km/h';
  if (l === 'km²' || /^(sq\.? |square )(km|kilomet)/.test(l)) return 'sq km';
  if (/^(sq\.? |square )mile/.test(l)) return 'sq mile';
  if (/^(sq\.? |square )(feet|ft)/.test(l)) return 'sq ft';
  if (l === 'm²' || /^(sq\.? |square )met/.test(l)) return 'sq m';
  if (/^(kilomet|kms?$)/.test(l)) return 'km';
  if (/^centimet|^cm$/.test(l)) return 'cm';
  if (/^millimet|^mm$/.test(l)) return 'mm';
  if (/^met(re|er)s?$/.test(l)) return 'm';
  if (/^mile/.test(l)) return 'mile';
  if (/^(feet|foot|ft)$/.test(l)) return 'ft';
  if (/^inch/.test(l)) return 'inch';
  if (/^yard/.test(l)) return 'yard';
  if (/^(kilogram|kilos?$|kgs?$)/.test(l)) return 'kg';
  if (/^gram/.test(l)) return 'g';
  if (/^tonne/.test(l)) return 'tonne';
  if (/^tons?$/.test(l)) return 'ton';
  if (/^lbs?$/.test(l)) return 'lb';
  if (/^(ounce|oz)/.test(l)) return 'oz';
  if (/^lit(re|er)/.test(l)) return 'litre';
  if (/^gallon/.test(l)) return 'gallon';
  if (/^knot/.test(l)) return 'knot';
  if (/^acre/.test(l)) return 'acre';
  if (/^hectare/.test(l)) return 'hectare';
  if (/^kilowatt-hour/.test(l)) return 'kWh';
  if (/^terawatt-hour/.test(l)) return 'TWh';
  if (/^kilowatt/.test(l)) return 'kW';
  if (/^megawatt/.test(l)) return 'MW';
  if (/^gigawatt/.test(l)) return 'GW';
  if (/^gigabyte/.test(l)) return 'GB';
  if (/^terabyte/.test(l)) return 'TB';
  if (/^megabyte/.test(l)) return 'MB';
  if (/^calorie/.test(l)) return 'calorie';
  if (/^decibel/.test(l) || u === 'dB') return 'dB';
  if (l === 'mph') return 'mph';
  return u;
}

function durationUnit(raw: string): string {
  const l = raw.toLowerCase();
  if (l.startsWith('sec')) return 'second';
  if (l.startsWith('min')) return 'minute';
  if (l.startsWith('h')) return 'hour';
  if (l.startsWith('d') && l !== 'decade' && l !== 'decades') return 'day';
  if (l.startsWith('decade')) return 'decade';
  if (l.startsWith('w')) return 'week';
  if (l.startsWith('f')) return 'fortnight';
  if (l.startsWith('mo')) return 'month';
  if (l.startsWith('y')) return 'year';
  if (l.startsWith('cent')) return 'century';
  return 'millennium';
}

/**
 * Whether the bare number at [start, q) follows a name between commas or in brackets: "Whitfield, 58," or
 * "Silva (34)". The name is two capitalised words, or one that does not start the sentence ("However, 3,").
 */
function isAgeApposition(start: number, q: number): boolean {
  const open = T.charCodeAt(start - 1);
  const close = T.charCodeAt(q);
  let p: number;
  if (open === 40 && close === 41 && isSpace(T.charCodeAt(start - 2))) p = start - 2; // "(34)"
  else if (isSpace(open) && T.charCodeAt(start - 2) === 44 && (close === 44 || close === 41)) p = start - 2; // ", 58,"
  else return false;
  let ws = p;
  while (ws > 0 && isLetter(T.charCodeAt(ws - 1))) ws--;
  if (p - ws < 2 || !isUpper(T.charCodeAt(ws))) return false;
  PREV_WORD = T.slice(ws, p);
  PREV_START = ws;
  const lw = lower(PREV_WORD);
  if (MONTH_NUM.has(lw) || WEEKDAY_NUM.has(lw) || LABEL_WORDS.has(lw) || PREV_WORD === PREV_WORD.toUpperCase()) return false;
  const first = PREV_START;
  if (!isSentenceStart(first)) {
    // the word before the name is not a label or a preposition of place ("in Paris, 12,")
    if (prevToken(first) !== TOK_WORD) return true;
    const w = lower(PREV_WORD);
    return !DATE_PREP.has(w) && !/^(in|at|from|to|near|on|across|outside|inside)$/.test(w);
  }
  return false;
}

const RACE_WORDS = new Set(['hurdles', 'freestyle', 'breaststroke', 'backstroke', 'butterfly', 'relay', 'sprint',
  'race', 'final', 'dash', 'medley', 'steeplechase', 'run', 'swim', 'record', 'title', 'heats', 'semi-final']);
const F_DIGITS = 1; // number written in digits
const F_YEAR = 2; // a bare 4-digit year candidate

/**
 * Classifies what follows a number (N_* set, number spans start..q). Emits at most one figure and returns
 * the position to continue scanning from.
 */
function afterNumber(start: number, q: number, sign: number, flags: number): number {
  const digits = (flags & F_DIGITS) !== 0;
  let str = N_STR;
  let base = N_VAL;
  let range = false;
  const words = N_WORDS;
  // ranges: "5-10%", "£2-3bn", "10–15 people"
  let c = T.charCodeAt(q);
  if (digits && (c === 45 || c === 0x2013) && isDigit(T.charCodeAt(q + 1))) {
    if (readDigits(q + 1) < 0) return q + 1;
    range = true;
    q = N_END;
    str = N_STR;
    base = N_VAL;
    c = T.charCodeAt(q);
    if (c === 45 || c === 0x2013 || c === 47) return skipTo(SEQ_RE, sign < 0 ? start + 1 : start);
  }
  // scale
  let exp = 0;
  let m: RegExpExecArray | null = null;
  let mask = suffixMask(q);
  if ((mask & SFX_SCALE) !== 0) {
    SCALE_RE.lastIndex = q;
    m = SCALE_RE.exec(T);
    if (m !== null) {
      // "3M", "5B" without a currency are company names and codes more often than millions
      if (m[1] === 'M' || m[1] === 'B') return skipTo(ALNUM_RE, q);
      // "the 400m hurdles": metres, not millions
      if (m[1] === 'm' && digits && !range && isSpace(T.charCodeAt(q + 1))) {
        const e = wordEnd(q + 2);
        if (e > q + 2 && RACE_WORDS.has(T.slice(q + 2, e))) {
          emit('quantity', start, q + 1, sign * base, 'm');
          return q + 1;
        }
      }
      exp = scaleExp(m);
      q = SCALE_RE.lastIndex;
      mask = suffixMask(q);
    }
  }
  const value: number | null = range ? null : sign * scaled(str, exp);
  // every suffix below starts with a letter, "%" or "°", directly or after one space or hyphen
  c = T.charCodeAt(q);
  const g = c === 45 ? q + 1 : gapEnd(q);
  const c2 = g < 0 ? 0 : T.charCodeAt(g);
  if (isLetter(c) || c === 37 || c === 176 || (g > 0 && (isLetter(c2) || c2 === 37 || c2 === 176))) {
    // fractions written in words: "two-thirds of members", "three quarters"
    if (!digits && exp === 0 && !range && value !== null && value >= 1 && value < 10) {
      FRACTION_RE.lastIndex = q;
      m = FRACTION_RE.exec(T);
      if (m !== null) {
        const d = DENOMINATOR[m[1].toLowerCase().replace(/s$/, '').replace(/^halve$/, 'half')];
        // hyphenated ("two-thirds") or a share of something ("three quarters of voters"); "in two quarters" is time
        const share = T.charCodeAt(q) === 45 || /^\s+of\b/.test(T.slice(FRACTION_RE.lastIndex, FRACTION_RE.lastIndex + 4));
        if (d !== undefined && value < d && share) {
          emit('percent', start, FRACTION_RE.lastIndex, Math.round((10000 * value) / d) / 100, '%');
          return FRACTION_RE.lastIndex;
        }
      }
    }
    // percent
    if ((mask & SFX_PERCENT) !== 0) {
      PERCENT_RE.lastIndex = q;
      m = PERCENT_RE.exec(T);
    } else m = null;
    if (m !== null && exp === 0) {
      const unit = m[3] !== undefined ? 'percentage points' : m[4] !== undefined ? 'basis points' : '%';
      emit('percent', start, PERCENT_RE.lastIndex, value, unit);
      return PERCENT_RE.lastIndex;
    }
    // currency written after the amount
    if ((mask & SFX_FEW_CURRENCY) !== 0) FEW_CURRENCY_RE.lastIndex = q;
    if ((mask & SFX_CURRENCY) !== 0 || ((mask & SFX_FEW_CURRENCY) !== 0 && FEW_CURRENCY_RE.test(T))) {
      CURRENCY_WORD_RE.lastIndex = q;
      m = CURRENCY_WORD_RE.exec(T);
    } else m = null;
    if (m !== null && isUpper(m[2].charCodeAt(1))) {
      // an ISO code after the amount: "3bn USD"
      emit('money', start, CURRENCY_WORD_RE.lastIndex, value, m[2]);
      return CURRENCY_WORD_RE.lastIndex;
    }
    if (m !== null) {
      const noun = m[2].toLowerCase();
      const sing = noun === 'pence' || noun === 'reais' ? noun : noun === 'kronor' ? 'krona' : noun === 'kroner' ? 'krone'
        : noun.endsWith('s') && noun !== 'pence' ? noun.slice(0, -1) : noun;
      const adj = m[1] !== undefined ? m[1].toLowerCase().replace(/\s+/g, ' ') + ' ' : '';
      const code = CURRENCY_WORD.get(adj + sing) ?? (adj === '' ? CURRENCY_WORD.get(sing) : undefined);
      const bareRisky = sing === 'won' || sing === 'real' || sing === 'rand' || sing === 'krona' || sing === 'krone';
      if (code !== undefined && !(bareRisky && adj === '' && exp === 0)) {
        const div = sing === 'pence' || sing === 'penny' || sing === 'cent';
        const v = value === null ? null : div ? scaled(str, exp - 2) * sign : value;
        emit('money', start, CURRENCY_WORD_RE.lastIndex, v, code);
        return CURRENCY_WORD_RE.lastIndex;
      }
    }
    // pence: "50p"
    if (digits && exp === 0 && c === 112 && !isAlnum(T.charCodeAt(q + 1)) && T.charCodeAt(q + 1) !== 46) {
      emit('money', start, q + 1, range ? null : sign * scaled(str, -2), 'GBP');
      return q + 1;
    }
    // durations and ages: "three years", "75-minute", "45-year-old", "three days ago"
    if ((mask & SFX_DURATION) !== 0) {
      DURATION_RE.lastIndex = q;
      m = DURATION_RE.exec(T);
    } else m = null;
    if (m !== null && exp === 0) {
      let e = DURATION_RE.lastIndex;
      const unit = durationUnit(m[1]);
      AGE_RE.lastIndex = e;
      if ((unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day') && AGE_RE.test(T)) {
        e = AGE_RE.lastIndex;
        emit('age', start, e, value, unit);
        return e;
      }
      AGO_RE.lastIndex = e;
      if (AGO_RE.test(T)) {
        e = AGO_RE.lastIndex;
        let v: string | null = null;
        if (DL !== null && value !== null && Number.isInteger(value)) {
          if (DL.day !== null && (unit === 'day' || unit === 'week' || unit === 'fortnight')) {
            v = ymd(DL.day - value * (unit === 'day' ? 1 : unit === 'week' ? 7 : 14));
          } else if (DL.m > 0 && unit === 'month') {
            const mm = DL.y * 12 + DL.m - 1 - value;
            v = ym(Math.floor(mm / 12), (mm % 12) + 1);
          } else if (unit === 'year') v = String(DL.y - value);
          else if (unit === 'decade') v = String(DL.y - 10 * value);
        }
        emit('date', start, e, v, null);
        return e;
      }
      emit('duration', start, e, value, unit);
      return e;
    }
    // quantities: "5 km", "40C", "3.5 tonnes"
    if ((mask & SFX_QUANTITY) !== 0) {
      QUANT_RE.lastIndex = q;
      m = QUANT_RE.exec(T);
    } else m = null;
    if (m !== null && (digits || m[0].charCodeAt(0) !== 176)) {
      emit('quantity', start, QUANT_RE.lastIndex, value, unitOf(m[1]));
      return QUANT_RE.lastIndex;
    }
    if (digits && exp === 0) {
      TEMP_ATTACHED_RE.lastIndex = q;
      if (TEMP_ATTACHED_RE.exec(T) !== null) {
        emit('quantity', start, q + 1, value, c === 67 ? '°C' : '°F');
        return q + 1;
      }
    }
    // anything else glued to the digits ("4G", "19th", "30s") is not a figure
    c = T.charCodeAt(q);
    if (isLetter(c) || (c === 45 && isLetter(T.charCodeAt(q + 1)))) return skipTo(ALNUM_RE, q);
  }
  // "magnitude 6.1"
  if (exp === 0 && !range && start >= 10 && T.startsWith('magnitude ', start - 10)) {
    emit('quantity', start, q, value, 'magnitude');
    return q;
  }
  // "aged 24"
  if (exp === 0 && !range && value !== null && value > 0 && value < 130 && start >= 5 && isSpace(T.charCodeAt(start - 1)) &&
    (T.startsWith('aged', start - 5) || T.startsWith('Aged', start - 5)) && !isLetter(T.charCodeAt(start - 6))) {
    emit('age', start, q, value, 'year');
    return q;
  }
  // bare years: "in 2019" is a date, "2000 people" a count
  if ((flags & F_YEAR) !== 0 && exp === 0 && !range) {
    // a count only after a verb-like word, a comma or at a sentence start ("killed 2000 people"), not after
    // a determiner, a date preposition or a code ("the 2019 elections", "Q3 2024 results")
    const k = prevToken(start);
    const countCtx = k === TOK_START || k === TOK_SENT ||
      (k === TOK_OTHER && T.charCodeAt(start - 2) === 44) ||
      (k === TOK_WORD && !isUpper(PREV_WORD.charCodeAt(0)) && !DATE_PREP.has(PREV_WORD));
    if (countCtx) {
      const e = countNoun(q, false);
      if (e > 0) { emit('count', start, e, value, NOUN); return e; }
    }
    emit('date', start, q, String(N_VAL), null);
    return q;
  }
  // "Dana Whitfield, 58, said", "Ana Silva (34)": an age in apposition to a name
  if (digits && exp === 0 && !range && value !== null && Number.isInteger(value) && value > 0 && value < 120 &&
    isAgeApposition(start, q)) {
    emit('age', start, q, value, 'year');
    return q;
  }
  // counts
  const plainNumber = digits && exp === 0 && !range && value !== null;
  if (gapEnd(q) < 0) {
    if (crowdBefore(start, plainNumber) || tollBefore(start, plainNumber) || killedBefore(start, plainNumber)) emit('count', start, q, value, 'people');
    return q;
  }
  const singular = value === 1 && exp === 0;
  const pw = prevWordLower(start);
  if (pw === 'of' && prevToken(PREV_START) === TOK_WORD && PREV_WORD === 'out') {
    // "two out of three voters"
    const k = prevToken(PREV_START);
    if (k === TOK_OTHER || (k === TOK_WORD && (SMALL.has(lower(PREV_WORD)) || TENS.has(lower(PREV_WORD))))) return q;
  }
  if (pw === 'in' || pw === 'out') {
    // "one in five adults" is a ratio, not a count of adults
    const ps = PREV_START;
    const k = prevToken(ps);
    if (k === TOK_OTHER && isDigit(T.charCodeAt(ps - 2))) return q;
    if (k === TOK_WORD) { const w = lower(PREV_WORD); if (SMALL.has(w) || TENS.has(w)) return q; }
  }
  if (!digits && exp === 0 && !range) {
    if (singular && words === 1 && ONE_PRON_PREV.has(pw)) return q;
    if (ANAPHORIC_PREV.has(pw) && base < 10) return q;
  }
  const e = countNoun(q, singular);
  if (e > 0) { emit('count', start, e, value, NOUN); return e; }
  if (crowdBefore(start, plainNumber) || tollBefore(start, plainNumber) || killedBefore(start, plainNumber)) emit('count', start, q, value, 'people');
  return q;
}

/** The words between a toll and a bare number: "rose to", "has risen to", "stands at", "reached", "of". */
export const TOLL_LINK: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'stands', 'stood', 'was', 'is', 'now', 'has', 'had', 'to', 'at', 'of', 'hit', 'jumped']);
/** The words before "toll" that make it a count of the dead: "the death toll", "the final toll". */
export const TOLL_BEFORE: ReadonlySet<string> = new Set(['death', 'the', 'a', 'its', 'final', 'official', 'overall', 'confirmed', 'road']);

/**
 * Whether a bare number at `start` is a death toll: "the death toll from the floods rose to 31", "the toll stands
 * at 31", "a death toll of 31" (the toll up to eight words before, the toll's verb and preposition right before).
 */
function tollBefore(start: number, plain: boolean): boolean {
  if (!plain || !TOLL_LINK.has(prevWordLower(start))) return false;
  let p = PREV_START;
  let after = '';
  for (let n = 0; n < 9; n++) {
    const w = prevWordLower(p);
    if (w === '') return false;
    // (not a toll road, booth or charge)
    if (w === 'toll') return !TOLL_THINGS.has(after) && TOLL_BEFORE.has(prevWordLower(PREV_START));
    after = w;
    p = PREV_START;
  }
  return false;
}

/** Nouns after "toll" that make it a charge, not a count of the dead. */
const TOLL_THINGS = new Set(['road', 'roads', 'booth', 'booths', 'plaza', 'plazas', 'gate', 'gates', 'charge', 'charges', 'fee', 'fees', 'bridge', 'motorway', 'lane', 'lanes', 'free']);

/** Whether a bare number at `start` is of people killed: "the floods killed 31," (nothing counted after it). */
function killedBefore(start: number, plain: boolean): boolean {
  if (!plain) return false;
  const w = prevWordLower(start);
  return w === 'killed' || w === 'killing';
}

/**
 * Whether a bare number at `start` counts the people at an event: "police put the crowd at 107,000", "a crowd of
 * 45,000", "a turnout of 3,200" (`plain`: digits, no range or exponent).
 */
function crowdBefore(start: number, plain: boolean): boolean {
  if (!plain) return false;
  const pw = prevWordLower(start);
  return (pw === 'at' || pw === 'of') && CROWD_WORDS.has(prevWordLower(PREV_START));
}

/** Nouns for the people at an event, before "at" or "of" and a bare number. */
const CROWD_WORDS = new Set(['crowd', 'crowds', 'turnout', 'attendance']);

// ---------------------------------------------------------------------------------------------------
// Trigger handlers

/** A currency symbol or code at p (its text `sym`, ending at symEnd). */
function atMoney(p: number, sym: string, symEnd: number): number {
  if (sym === '$') {
    // "US$", "HK$", "A$": up to two capitals glued before the "$"
    let s = p;
    while (s > p - 2 && s > 0 && isUpper(T.charCodeAt(s - 1))) s--;
    if (s < p && (s === 0 || !isAlnum(T.charCodeAt(s - 1))) && s >= LAST_END) {
      const pre = T.slice(s, p);
      if (DOLLAR_PREFIXES.has(pre)) { sym = pre + '$'; p = s; }
    }
  }
  const code = PREFIX_CODE.get(sym) ?? 'USD';
  let q = symEnd;
  if (isSpace(T.charCodeAt(q))) q++;
  if (!isDigit(T.charCodeAt(q))) return symEnd;
  if (readDigits(q) < 0) return q;
  let str = N_STR;
  let range = false;
  q = N_END;
  const c = T.charCodeAt(q);
  if ((c === 45 || c === 0x2013) && isDigit(T.charCodeAt(q + 1))) {
    readDigits(q + 1);
    range = true;
    q = N_END;
    str = N_STR;
  }
  let exp = 0;
  SCALE_RE.lastIndex = q;
  const m = SCALE_RE.exec(T);
  if (m !== null) { exp = scaleExp(m); q = SCALE_RE.lastIndex; }
  let start = p;
  const b = T.charCodeAt(p - 1);
  if ((b === 45 || b === 0x2212) && (p < 2 || isSpace(T.charCodeAt(p - 2)) || T.charCodeAt(p - 2) === 40)) start = p - 1;
  const v = range ? null : (start < p ? -1 : 1) * scaled(str, exp);
  emit('money', start, q, v, code);
  return q;
}

function atDigit(p: number): number {
  const b1 = p > 0 ? T.charCodeAt(p - 1) : 32;
  // glued to a word or code: "G7", "A320", "COVID-19", "F-16" (but "mid-2019" is a year)
  if (isLetter(b1) || b1 === 95 || b1 === 35 || b1 === 64) return skipTo(ALNUM_RE, p);
  if (b1 === 45 && p > 1 && isLetter(T.charCodeAt(p - 2))) {
    let s = p - 2;
    while (s > 0 && isLetter(T.charCodeAt(s - 1))) s--;
    const pre = T.slice(s, p - 1).toLowerCase();
    if ((pre === 'mid' || pre === 'pre' || pre === 'post' || pre === 'early' || pre === 'late') &&
      /^(19|20)\d\d(?![0-9A-Za-z])/.test(T.slice(p, p + 5))) {
      emit('date', p, p + 4, T.slice(p, p + 4), null);
      return p + 4;
    }
    return skipTo(ALNUM_RE, p);
  }
  if (isDigit(b1) || ((b1 === 46 || b1 === 44 || b1 === 47 || b1 === 58) && p > 1 && isDigit(T.charCodeAt(p - 2)))) {
    return skipTo(SEQ_RE, p);
  }
  // glued to URL/code punctuation: "/2024/03/", "id=123", "v.2", "#5", "*3"
  if (p > 0 && GLUE_BEFORE.has(b1) && p > 1 && !isSpace(T.charCodeAt(p - 2)) && T.charCodeAt(p - 2) !== 10) {
    return skipTo(ALNUM_RE, p);
  }
  const c0 = T.charCodeAt(p);
  if (readDigits(p) < 0) return p + 1;
  const c1 = T.charCodeAt(N_END);
  let m: RegExpExecArray | null;
  // ISO date
  if (N_INTDIGITS === 4 && c1 === 45) {
    ISO_DATE_RE.lastIndex = p;
    m = ISO_DATE_RE.exec(T);
    if (m !== null) {
      const y = +m[1], mo = +m[2], d = +m[3];
      if (validDate(y, mo, d)) { emit('date', p, ISO_DATE_RE.lastIndex, m[0], null); return ISO_DATE_RE.lastIndex; }
      return skipTo(SEQ_RE, p);
    }
  }
  if (N_INTDIGITS <= 2) {
    // 02/03/2025: day/month order only when unambiguous
    if (c1 === 47) {
      SLASH_DATE_RE.lastIndex = p;
      m = SLASH_DATE_RE.exec(T);
      if (m !== null) {
        const a = +m[1], bb = +m[2];
        let y = +m[3];
        if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
        let value: string | null = null;
        if (a > 12 && validDate(y, bb, a)) value = `${y}-${pad2(bb)}-${pad2(a)}`;
        else if (bb > 12 && validDate(y, a, bb)) value = `${y}-${pad2(a)}-${pad2(bb)}`;
        else if (a === bb && validDate(y, a, a)) value = `${y}-${pad2(a)}-${pad2(a)}`;
        emit('date', p, SLASH_DATE_RE.lastIndex, value, null);
        return SLASH_DATE_RE.lastIndex;
      }
    }
    // clock times: "3pm", "10.30 a.m.", "14:00"
    if (c1 === 58 || c1 === 46 || c1 === 97 || c1 === 112 || isSpace(c1)) {
      TIME_RE.lastIndex = p;
      if (TIME_RE.test(T)) return TIME_RE.lastIndex;
    }
    // "2 March 2025", "2nd of March"
    const c2 = T.charCodeAt(N_END + 1);
    if (N_PLAIN && ((isSpace(c1) && (isUpper(c2) || c2 === 111 || isSpace(c2))) || c1 === 10 || c1 === 13 ||
      c1 === 115 || c1 === 110 || c1 === 114 || c1 === 116)) {
      const r = tryDMY(p, p);
      if (r >= 0) return r;
    }
  }
  // phone numbers, codes with leading zeros
  if (c0 === 48 && isDigit(T.charCodeAt(p + 1))) return skipTo(SEQ_RE, p);
  let q = N_END;
  // "020 7946 0958", "2 000": digit groups separated by spaces
  if (N_PLAIN && isSpace(T.charCodeAt(q)) && isDigit(T.charCodeAt(q + 1))) return skipTo(SEQ_RE, p);
  if (b1 === 43) return skipTo(SEQ_RE, p); // "+44 …", "+3" — signed codes
  let start = p;
  let sign = 1;
  if ((b1 === 45 || b1 === 0x2212) && (p < 2 || isSpace(T.charCodeAt(p - 2)) || T.charCodeAt(p - 2) === 40)) {
    start = p - 1; sign = -1;
  }
  const yearLike = N_PLAIN && N_INTDIGITS === 4 && N_VAL >= 1900 && N_VAL <= 2099;
  // a capitalised word before a year does not make it a label: "the US 2024 election", "Euro 2024"
  const label = start === p && isLabel(p) && !(yearLike && isUpper(PREV_WORD.charCodeAt(0)) && PREV_WORD !== 'No');
  // decades: "the 1990s"
  if (N_PLAIN && N_INTDIGITS === 4 && N_VAL >= 1900 && N_VAL <= 2090 && N_VAL % 10 === 0) {
    let e = -1;
    if (T.charCodeAt(q) === 115 && !isAlnum(T.charCodeAt(q + 1))) e = q + 1;
    else if ((T.charCodeAt(q) === 39 || T.charCodeAt(q) === 0x2019) && T.charCodeAt(q + 1) === 115 && !isAlnum(T.charCodeAt(q + 2))) e = q + 2;
    if (e > 0) {
      if (!label) emit('date', p, e, N_STR.slice(0, 3) + 'X', null);
      return e;
    }
  }
  // ordinals: "19th" (dates like "2nd March" were handled above)
  ORDINAL_RE.lastIndex = q;
  if (ORDINAL_RE.test(T)) return ORDINAL_RE.lastIndex;
  if (label) {
    if (T.charCodeAt(q) === 45 || T.charCodeAt(q) === 0x2013 || isLetter(T.charCodeAt(q))) return skipTo(ALNUM_RE, p);
    return q;
  }
  let flags = F_DIGITS;
  if (N_PLAIN && N_INTDIGITS === 4 && sign === 1 && N_VAL >= 1900 && N_VAL <= 2099) {
    flags |= F_YEAR;
  }
  q = afterNumber(start, q, sign, flags);
  return q;
}

function atNumberWord(p: number, w: string): number {
  const lw = w.toLowerCase();
  let start = p;
  if (lw === 'half') {
    HALF_RE.lastIndex = p;
    const m = HALF_RE.exec(T);
    if (m === null) return p + 4;
    const mult = m[1] === undefined ? 1 : m[1] === 'dozen' ? 12 : m[1] === 'hundred' ? 100 : BIG.get(m[1])!;
    N_VAL = mult / 2; N_STR = String(N_VAL); N_WORDS = 2; N_INTDIGITS = 0; N_PLAIN = false;
    return afterNumber(p, HALF_RE.lastIndex, 1, 0);
  }
  if (lw === 'hundred' || lw === 'dozen' || BIG.has(lw)) {
    // only "a hundred", "a dozen", "a million": a bare scale word is not a figure
    const a = T.charCodeAt(p - 2);
    if (!(isSpace(T.charCodeAt(p - 1)) && (a === 97 || a === 65) && (p < 3 || !isLetter(T.charCodeAt(p - 3))))) return p + w.length;
    start = p - 2;
  }
  if (isUpper(w.charCodeAt(0)) && isLabel(p)) return p + w.length;
  // glued to a code: "7-Eleven", "Catch-Twenty"
  const b = T.charCodeAt(p - 1);
  if ((b === 45 || b === 47) && isAlnum(T.charCodeAt(p - 2))) return skipTo(ALNUM_RE, p);
  if (readWords(start) < 0) return p + w.length;
  return afterNumber(start, N_END, 1, 0);
}

function atWord(p: number, w: string): number {
  if (isUpper(w.charCodeAt(1)) || MIXED_CODE.has(w)) {
    // a currency code: "USD 3bn", "Rs 500 crore", "Rs. 5 lakh", "TSh 120 million"
    CODE_AMOUNT_RE.lastIndex = p + w.length;
    if (!CODE_AMOUNT_RE.test(T)) return p + w.length;
    return atMoney(p, w, CODE_AMOUNT_RE.lastIndex);
  }
  const lw = w.toLowerCase();
  if (SMALL.has(lw) || TENS.has(lw) || lw === 'hundred' || lw === 'dozen' || lw === 'half' || BIG.has(lw)) {
    return atNumberWord(p, w);
  }
  if (WEEKDAY_NUM.has(lw)) return atWeekday(p, w);
  if (MONTH_NUM.has(lw)) return atMonth(p, w);
  return atRelative(p, w);
}

// ---------------------------------------------------------------------------------------------------
// Public API

/**
 * Finds the figures in a document's text: money, percentages, counts, dates, durations, quantities and ages.
 * `dateline` (ISO date of the article, "2025-03-02") resolves weekdays and relative dates; without it their
 * value is null. Sorted by start, non-overlapping, `text.slice(start, end) === figure.text`.
 */
export function findFigures(text: string, dateline?: string): Figure[] {
  const out: Figure[] = [];
  const saveT = T;
  T = text; LEN = text.length; OUT = out; LAST_END = 0; DL = parseDateline(dateline);
  try {
    const re = TRIGGER;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const p = m.index;
      let next: number;
      if (m[1] !== undefined) next = atMoney(p, m[1], p + 1);
      else if (m[2] !== undefined) next = atDigit(p);
      else next = atWord(p, m[3]);
      re.lastIndex = next > p ? next : p + 1;
    }
  } finally {
    T = saveT; LEN = saveT.length; OUT = [];
  }
  return out;
}

/**
 * Parses a number written in digits or words: "1,200", "-3.5", "2.26bn", "£"-less amounts with a scale
 * ("4.5 million", "500 crore"), "twenty-five", "two hundred and five", "a dozen", "half a million",
 * "two and a half", "Eighteen". Returns null when the whole string is not one number.
 */
export function parseNumber(s: string): number | null {
  const src = s.trim();
  if (src === '') return null;
  const saveT = T, saveLen = LEN;
  T = src; LEN = src.length;
  try {
    let p = 0;
    let sign = 1;
    const c = src.charCodeAt(0);
    if (c === 45 || c === 0x2212) { sign = -1; p = 1; } else if (c === 43) p = 1;
    let q: number;
    if (isDigit(src.charCodeAt(p))) q = readDigits(p);
    else if (/^[Hh]alf\b/.test(src.slice(p))) {
      HALF_RE.lastIndex = p;
      const m = HALF_RE.exec(src);
      if (m === null || m[1] === undefined) return null;
      const mult = m[1] === 'dozen' ? 12 : m[1] === 'hundred' ? 100 : BIG.get(m[1])!;
      N_VAL = mult / 2; N_STR = String(N_VAL);
      q = HALF_RE.lastIndex;
    } else q = readWords(p);
    if (q < 0) return null;
    let exp = 0;
    SCALE_RE.lastIndex = q;
    const m = SCALE_RE.exec(src);
    if (m !== null) { exp = scaleExp(m); q = SCALE_RE.lastIndex; }
    if (q !== src.length) return null;
    return sign * scaled(N_STR, exp);
  } finally {
    T = saveT; LEN = saveLen;
  }
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an ISO date ("2025-03-02" → 7), or null. */
export function isoWeekday(isoDate: string): number | null {
  const d = parseDateline(isoDate);
  return d === null || d.day === null ? null : isoWd(d.day);
}

/** ISO date `days` after (or before, if negative) an ISO date, or null. */
export function addDays(isoDate: string, days: number): string | null {
  const d = parseDateline(isoDate);
  return d === null || d.day === null ? null : ymd(d.day + days);
}

/**
 * Resolves a weekday (a name such as "Friday", or an ISO weekday number 1–7) against a dateline:
 * by default the most recent such day on or before it ("Friday" in an article of Sunday 2025-03-02 →
 * "2025-02-28"). Returns null when either cannot be read.
 */
export function resolveWeekday(weekday: string | number, dateline: string, mode: WeekdayMode = 'onOrBefore'): string | null {
  const wd = typeof weekday === 'number' ? weekday : WEEKDAY_NUM.get(weekday.trim().toLowerCase());
  const d = parseDateline(dateline);
  if (wd === undefined || wd < 1 || wd > 7 || d === null || d.day === null) return null;
  return ymd(weekdayDay(wd, d.day, mode));
}

/** ISO week ("2025-W09") containing an ISO date, or null. */
export function isoWeek(isoDate: string): string | null {
  const d = parseDateline(isoDate);
  return d === null || d.day === null ? null : isoWeekOf(d.day);
}

// ---------------------------------------------------------------------------------------------------
// Figures in words (hovers, reports)

const CURRENCY_SYMBOL: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹', RUB: '₽', UAH: '₴', KRW: '₩', TRY: '₺' };
const MONTH_WORDS = MONTHS_FULL;

function grouped(n: number, maxDecimals = 2, minDecimals = 0): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: maxDecimals, minimumFractionDigits: minDecimals });
}

function plural(n: number, unit: string): string {
  if (n === 1) return unit;
  if (unit === 'century') return 'centuries';
  if (unit === 'millennium') return 'millennia';
  return unit + 's';
}

/** "2 March 2025 (Sunday)", "March 2025", "the 1990s", "week 9 of 2025 (24 February – 2 March)"; null if unreadable. */
export function describeDate(value: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!validDate(y, mo, d)) return null;
    return `${d} ${MONTH_WORDS[mo - 1]} ${y} (${WEEKDAY_NAMES[isoWd(daysOf(y, mo, d)) - 1]})`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? `${MONTH_WORDS[+m[2] - 1]} ${m[1]}` : null;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const y = +m[1], w = +m[2];
    // ISO week 1 holds the year's first Thursday
    const jan4 = daysOf(y, 1, 4);
    const monday = jan4 - (isoWd(jan4) - 1) + (w - 1) * 7;
    const a = new Date(monday * 86400000), b = new Date((monday + 6) * 86400000);
    const day = (d: Date): string => `${d.getUTCDate()} ${MONTH_WORDS[d.getUTCMonth()]}`;
    return `week ${w} of ${y} (${day(a)} – ${day(b)} ${b.getUTCFullYear()})`;
  }
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  if (/^\d{4}$/.test(value)) return value;
  return null;
}

/**
 * A figure's normalised value in the words a reader uses: "£2.26 billion (GBP 2,260,000,000)", "3.5 per cent",
 * "18 allies", "2 March 2025 (Sunday)", "75 minutes", "58 years old", "40 °C". Null when it has no value.
 */
export function describeFigure(f: Pick<Figure, 'kind' | 'value' | 'unit'>): string | null {
  const v = f.value;
  if (v === null || v === undefined) return null;
  if (f.kind === 'date') return typeof v === 'string' ? describeDate(v) : null;
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const unit = f.unit ?? '';
  switch (f.kind) {
    case 'money': {
      const abs = Math.abs(v);
      const sign = v < 0 ? '−' : '';
      const sym = CURRENCY_SYMBOL[unit];
      const scale = abs >= 1e12 ? [1e12, 'trillion'] as const : abs >= 1e9 ? [1e9, 'billion'] as const : abs >= 1e6 ? [1e6, 'million'] as const : null;
      const cents = abs % 1 !== 0 ? 2 : 0;
      const amount = scale ? `${grouped(abs / scale[0], 3)} ${scale[1]}` : grouped(abs, cents, cents);
      const words = sym ? `${sign}${sym}${amount}` : `${sign}${unit} ${amount}`;
      return `${words} (${unit} ${sign}${grouped(abs, cents, cents)})`;
    }
    case 'percent':
      if (unit === 'basis points') return `${grouped(v)} basis points (${grouped(v / 100, 4)} percentage points)`;
      if (unit === 'percentage points') return `${grouped(v, 4)} percentage ${v === 1 ? 'point' : 'points'}`;
      return `${grouped(v, 4)} per cent`;
    case 'count':
      return `${grouped(v)} ${unit}`.trim();
    case 'duration':
      return `${grouped(v)} ${plural(v, unit)}`;
    case 'age':
      return `${grouped(v)} ${plural(v, unit || 'year')} old`;
    case 'quantity':
      if (unit === 'magnitude') return `magnitude ${grouped(v)}`;
      if (unit === '°C' || unit === '°F') return `${grouped(v)} ${unit}`;
      if (/^[a-z]+$/.test(unit) && !/^(km|cm|mm|m|g|kg|ft|lb|oz|mph)$/.test(unit)) return `${grouped(v)} ${plural(v, unit)}`;
      return `${grouped(v)} ${unit}`.trim();
    default:
      return `${grouped(v)}${unit ? ' ' + unit : ''}`;
  }
}
