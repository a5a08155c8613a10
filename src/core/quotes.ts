// Claims: quotations (direct, partial, mixed) and reported speech, each with its cue and speaker.
// Parser-free, in the manner of the sieve systems: quote marks are paired per paragraph (multi-paragraph quotes
// continue), cue verbs come from a lexicon, the speaker is found by surface patterns around the quote and the
// cue ("…," X said / X said "…" / X, a role, said / said X / according to X), then by subject search, passive
// agents ("was accused by X"), pronoun resolution and paragraph continuation.
import type { LocalEntity, Quote, QuoteKind, Span } from './types';
import { Kind, tokenAt, type Token, type Tokenized } from './text';
import { PLURAL_AGENT, POST_NOMINALS, slug, type EntityResult } from './entities';
import * as lex from './lex';
import { agentAnchor, catenativeHead, finiteAfterSubject, copulaBefore, EVIDENCE_HEADS, evidenceSubjectBefore, isGreetingWelcome, namingAs, nounCueAt, progressiveHead, questionAt, smallClauseAt, typedCueAt, type TypedCue } from './typedCues';
import { afterPossessive, endAtNextCue, headlineSentence, longClauseAt, negatedCue, npObjectEnd, passiveCues, predicateAt, presentClauseAt, relativeGapReportEnd, speechObjectAt, subjectClauseEnd, subordinateBeforeVerb, thatComplementAt, titleCaseLine, trailingAttributionAt, trailingSpeakerSpan, trailingTail, verbFormCue } from './reported';
import { SMALL_NUMBERS } from './figures';

interface QuoteSpan {
  /** token index of the opening mark */
  open: number;
  /** token index of the closing mark, or -1 when the quote was never closed */
  close: number;
  start: number;
  end: number;
}

const OPENERS = new Set(['“', '„', '«', '‘']);
const CLOSERS = new Set(['”', '»', '’']);
const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'n'> = { he: 'm', she: 'f', they: 'p', it: 'n', we: 'p', i: 'p' };
const ADVERB_OK = new Set(['long', 'widely', 'openly', 'also', 'later', 'then', 'meanwhile', 'again', 'once', 'previously', 'earlier', 'recently', 'further', 'reportedly', 'only', 'even', 'still', 'now', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'not', 'never', 'just', 'already', 'repeatedly', 'publicly', 'privately', 'separately', 'however', 'on', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'today', 'yesterday']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const SUBORDINATORS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when']);
/** Conjunctions that open an adverbial clause with its own subject and verb ("after a report found"). */
const ADVERBIAL_OPENERS = /^(after|before|because|since|when|while|once|until|although|though|as)$/;
const IRREGULAR_PAST = new Set(['rose', 'fell', 'grew', 'shrank', 'sank', 'spent', 'won', 'lost', 'hit', 'cut', 'fled', 'froze', 'bore', 'broke', 'stole', 'drove', 'ate', 'beat', 'bit', 'bled', 'bred', 'dealt', 'dug', 'fed', 'forgave', 'hung', 'hurt', 'lent', 'lit', 'quit', 'rang', 'rode', 'shone', 'shut', 'sang', 'slid', 'spun', 'split', 'spread', 'sprang', 'stuck', 'stung', 'swam', 'swept', 'swung', 'tore', 'wept', 'wound', 'wrote', 'told', 'made', 'came', 'went', 'took', 'gave', 'met', 'sent', 'saw', 'spoke', 'wrote', 'thought', 'felt', 'left', 'kept', 'held', 'led', 'ran', 'sat', 'stood', 'won', 'lost', 'set', 'put', 'began', 'became', 'brought', 'built', 'chose', 'drew', 'fell', 'fought', 'found', 'flew', 'got', 'grew', 'heard', 'knew', 'meant', 'paid', 'rose', 'sold', 'shook', 'showed', 'sought', 'spent', 'struck', 'swore', 'taught', 'threw', 'understood', 'wore', 'is', 'was', 'were', 'has', 'had', 'will', 'would', 'could', 'can', 'must', 'should', 'did', 'does', 'may', 'might', 'says', 'said']);

/** The lemma of the reporting verb at token v ("said" -> "say", "shot back" -> "shoot back"). */
function cueLemmaAt(tokens: Token[], v: number): string {
  return lex.cueOf(tokens[v]) ?? (v + 1 < tokens.length ? lex.phrasalCueLemma(`${tokens[v].l} ${tokens[v + 1].l}`) : undefined) ?? tokens[v].l;
}

/** A reporting verb at token v, alone or with its particle ("shot back", "pointed out"). */
function isCueAt(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (t.k !== Kind.Word) return false;
  // (not a bare form that is a noun where it stands, as cuesIn has it: "the secretary of state mocked …")
  const lemma = lex.cueOf(t);
  if (lemma !== undefined && lemma === t.l && bareCueNoun(tokens, v, lemma)) return false;
  return lemma !== undefined || (v + 1 < tokens.length && (lex.wf(t) & lex.W.CUE_START) !== 0 && lex.phrasalCueLemma(`${t.l} ${tokens[v + 1].l}`) !== undefined);
}

function isVerbish(t: Token | undefined, tokens?: Token[], v?: number): boolean {
  if (!t || t.k !== Kind.Word || t.cap) return false;
  // (with its place: a bare cue form that is a noun there is no verb, "the secretary of state mocked …")
  if (tokens && v !== undefined && lex.cueOf(t) === t.l && bareCueNoun(tokens, v, t.l)) return false;
  return lex.cueOf(t) !== undefined || IRREGULAR_PAST.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed'));
}

const roleKeys = new Map<string, string | null>();
/** lex.roleKey, remembered: role phrases recur in every description and apposition of a document. */
function roleKey(phrase: string): string | undefined {
  let k = roleKeys.get(phrase);
  if (k === undefined) {
    if (roleKeys.size > 50000) roleKeys.clear();
    k = lex.roleKey(phrase) ?? null;
    roleKeys.set(phrase, k);
  }
  return k ?? undefined;
}
function isRole(phrase: string): boolean {
  return roleKey(phrase) !== undefined;
}

/** Pairs quotation marks, paragraph by paragraph; an unclosed quote continues when the next paragraph opens with a mark. */
export function findQuoteSpans(tz: Tokenized): QuoteSpan[] {
  const { tokens, text } = tz;
  const spans: QuoteSpan[] = [];
  let open = -1; // token index of the pending opening mark
  let openChar = '';
  for (let p = 0; p < tz.paragraphs.length; p++) {
    const { a, b } = tz.paragraphs[p];
    if (open >= 0) {
      // a quote left open at the end of the previous paragraph continues only if this one opens with a mark
      const t = markAt(tokens, a);
      if (t.k === Kind.Quote && isOpening(text, t, openChar)) {
        // continuation: skip this mark
      } else {
        spans.push({ open, close: -1, start: tokens[open].s, end: tz.paragraphs[p - 1].end });
        open = -1;
      }
    }
    for (let i = a; i < b; i++) {
      if (tokens[i].k !== Kind.Quote) continue;
      const t = markAt(tokens, i);
      const last = t.e > tokens[i].e ? i + 1 : i; // the mark's last token
      if (open >= 0 && i === a && p > 0 && tokens[open].para < p) {
        i = last;
        continue; // continuation mark
      }
      const single = t.w === '‘' || t.w === '’' || t.w === "'";
      if (open < 0) {
        if (single && !singleOpensQuote(tz, i, b)) continue;
        if (isOpening(text, t, '')) {
          open = i;
          openChar = t.w;
        }
        i = last;
      } else if (single && !isSingle(openChar)) {
        continue; // a nested single quote inside a double quote: part of the quotation
      } else if (isClosing(text, t, openChar)) {
        spans.push({ open, close: last, start: tokens[open].s, end: t.e });
        open = -1;
        i = last;
      } else i = last;
    }
  }
  if (open >= 0) spans.push({ open, close: -1, start: tokens[open].s, end: tz.paragraphs[tz.paragraphs.length - 1].end });
  return spans.filter((s) => s.end - s.start > 2);
}

/** The quotation mark at token i: two adjacent apostrophes ('') read as one double mark, as some archives write it. */
function markAt(tokens: Token[], i: number): Token {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (t.w === "'" && n && n.w === "'" && n.s === t.e && n.k === Kind.Quote) return { ...t, w: '"', l: '"', e: n.e };
  return t;
}

function isSingle(ch: string): boolean {
  return ch === '‘' || ch === '’' || ch === "'";
}

function isOpening(text: string, t: Token, _pending: string): boolean {
  if (OPENERS.has(t.w)) return true;
  if (CLOSERS.has(t.w)) return false;
  const before = t.s > 0 ? text[t.s - 1] : ' ';
  const after = text[t.e] ?? ' ';
  return /[\s([{—–:-]/.test(before) && !/\s/.test(after);
}

function isClosing(text: string, t: Token, openChar: string): boolean {
  if (isSingle(openChar) !== isSingle(t.w) && t.w !== '"') return false;
  if (CLOSERS.has(t.w)) return true;
  if (OPENERS.has(t.w)) return false;
  const before = t.s > 0 ? text[t.s - 1] : ' ';
  return !/\s/.test(before) || /[.,!?;:)\]—–-]/.test(text[t.e] ?? ' ');
}

/** A single quote mark opens a quotation only when a matching close follows in the paragraph (not an apostrophe). */
function singleOpensQuote(tz: Tokenized, i: number, b: number): boolean {
  const { tokens, text } = tz;
  const t = tokens[i];
  if (t.w === '’') return false;
  const before = t.s > 0 ? text[t.s - 1] : ' ';
  if (!/[\s([{—–:]/.test(before)) return false;
  // "'90s", "rock 'n' roll": an elided letter or number, not a quotation
  if (!/\p{L}/u.test(text[t.e] ?? '') || /^\p{L}['’]/u.test(text.slice(t.e, t.e + 2))) return false;
  for (let j = i + 1; j < b && j < i + 120; j++) {
    const u = tokens[j];
    if (u.k === Kind.Quote && (u.w === '’' || u.w === "'")) {
      const after = text[u.e] ?? ' ';
      if (/[\s.,!?;:)\]—–-]/.test(after) && !/\s/.test(text[u.s - 1] ?? ' ')) return true;
    }
  }
  return false;
}

/** A speaker candidate: the words an attribution rests on. */
interface Candidate {
  mention: Span;
  /** local entity key, an anonymous key, or null when unresolved */
  key: string | null;
  anonymous?: boolean;
  /** no speaker found in the sentence: the claim is kept, its speaker unknown (mention left out) */
  unknown?: boolean;
  /** token index range */
  a: number;
  b: number;
}

interface Ctx {
  tz: Tokenized;
  ents: EntityResult;
  /** token index -> mention index, for the first and last token of each mention */
  mentionEndingAt: Map<number, number>;
  mentionStartingAt: Map<number, number>;
  clusters: Map<string, LocalEntity>;
  /** claims found so far, in order, for pronoun resolution and continuation */
  claims: Quote[];
  claimPara: number[];
  /** quotation spans: words inside them are never antecedents */
  quoteSpans: QuoteSpan[];
  /** paragraphs that are captions, bylines, photo credits or promotional lines: never antecedents (on first use) */
  noise?: Set<number>;
  /** roles stated in apposition ("Alex Cora, the Red Sox manager,"; "The coach, Tom Reilly,"), by person key (on first use) */
  appositionRoles?: Map<string, string[]>;
  /** set while namedAuthor looks for a document's author (no nested look-up) */
  inAuthor?: boolean;
  /** bodies named by their description ("Guatemala's defence ministry", "the Malian government"), on first use */
  bodies?: DescribedBody[];
  /** the kinds the text gives its organisations ("the consumer group Fair Shop": group), by key (on first use) */
  orgKinds?: Map<string, Set<string>>;
  /** the organisation the article is about (topicOrg), on first use; null when none stands out */
  topic?: string | null;
}

/**
 * Roles stated in apposition to a person's name, which the name finder does not take as the name's role: "Ada
 * Lorn, a senior Green data adviser," / "The Red Sox manager, Alex Cora,". Only for linking descriptions
 * ("the manager") in this document; the clusters are left as they are.
 */
function appositionRoles(tz: Tokenized, ents: EntityResult): Map<string, string[]> {
  const { tokens } = tz;
  const out = new Map<string, string[]>();
  const add = (key: string, a: number, b: number): void => {
    const words = tokens.slice(a, b).map((t) => t.l).filter((w) => !DESCRIPTIVE_START.has(w));
    if (!words.length) return;
    // the role's head: the word before "of/at/for/with/from", else the last
    const cut = words.findIndex((w) => PP_HEADS.has(w));
    const head = cut > 0 ? words.slice(0, cut) : words;
    if (!isRole(head[head.length - 1]) && !isRole(head.slice(-2).join(' '))) return;
    const l = out.get(key) ?? [];
    l.push(head.join(' '));
    out.set(key, l);
  };
  ents.mentions.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const r = ents.ranges[i];
    const sent = tokens[r.a].sent;
    if (tokens[r.b]?.w === ',') {
      let k = r.b + 1;
      while (k < tokens.length && k < r.b + 9 && tokens[k].sent === sent && tokens[k].k === Kind.Word && !isVerbish(tokens[k])) k++;
      if (k > r.b + 1 && (tokens[k]?.w === ',' || tokens[k]?.sent !== sent || tokens[k]?.k === Kind.Punct)) add(m.entity, r.b + 1, k);
    }
    if (r.a > 1 && tokens[r.a - 1].w === ',') {
      let k = r.a - 2;
      while (k > 0 && k > r.a - 9 && tokens[k - 1].sent === sent && tokens[k - 1].k === Kind.Word && !isVerbish(tokens[k - 1])) k--;
      if (k < r.a - 1 && DESCRIPTIVE_START.has(tokens[k].l)) add(m.entity, k, r.a - 1);
      // "Australia's housing minister, Lachlan Merriweather,": a name's possessive opens the description
      else if (k < r.a - 1 && k > 0 && /^['’]s$/.test(tokens[k - 1].w) && tokens[k - 1].s === tokens[k - 2]?.e && tokens[k - 2].cap) add(m.entity, k, r.a - 1);
      else if (k + 1 < r.a - 1 && tokens[k].cap && /\p{L}['’]s$/u.test(tokens[k].w)) add(m.entity, k + 1, r.a - 1);
    }
    // a role in brackets after the name, as lists of those present give it: "Cllr Jane Roe (Mayor)", "John Doe (Town Clerk)"
    if (tokens[r.b]?.w === '(') {
      let k = r.b + 1;
      while (k < tokens.length && k < r.b + 6 && tokens[k].k === Kind.Word) k++;
      if (k > r.b + 1 && (tokens[k]?.w === ')' || tokens[k]?.w === ',')) add(m.entity, r.b + 1, k);
    }
    // a predicate that states a role: "Tom Varga is the club's head coach", "Ann Bell was a senior adviser"
    if (tokens[r.b] && /^(is|was)$/.test(tokens[r.b].l) && tokens[r.b + 1] && /^(the|a|an)$/.test(tokens[r.b + 1].l) && tokens[r.b + 1].sent === sent) {
      let s0 = r.b + 1;
      let k = r.b + 2;
      while (k < tokens.length && k < r.b + 9 && tokens[k].sent === sent && (tokens[k].k === Kind.Word || POSSESSIVE_MARKS.has(tokens[k].w)) && !isVerbish(tokens[k]) && !NP_STOP.has(tokens[k].l)) {
        // (past a possessor: "the club's head coach" states "head coach")
        if (POSSESSIVE_MARKS.has(tokens[k].w)) s0 = k + 1;
        k++;
      }
      // (not a characterisation: "Sanders is the only candidate who …", "Cruz was the first senator to …")
      const np = tokens.slice(r.b + 2, k);
      const cut = np.findIndex((t) => PP_HEADS.has(t.l));
      const after = cut >= 0 ? np[cut].l : tokens[k]?.sent === sent ? tokens[k].l : '';
      if ((k > s0 + 1 || (k > s0 && s0 > r.b + 1)) && !np.some((t) => CHARACTERISING.has(t.l)) && !/^(who|that|which|to)$/.test(after)) add(m.entity, s0, k);
    }
    // a list line that states a role: "Chairman: Mr Lee Wen Hao", "Secretary: Ms Tan" (minutes, programmes, credits),
    // the name ending its line (a transcript's labelled turn goes on after the name and states no role)
    let h = r.a;
    while (h > 0 && h > r.a - 3 && (lex.isHonorific(tokens[h - 1].w) || tokens[h - 1].w === '.')) h--;
    if (h - 2 >= 0 && tokens[h - 1].w === ':') {
      // (the line: from the last line break before the role to the next one after the name)
      let la = h - 1;
      while (la > 0 && la > h - 5 && tokens[la - 1].k === Kind.Word && !tz.text.slice(tokens[la - 1].e, tokens[la].s).includes('\n')) la--;
      const lineStart = la === 0 || tz.text.slice(tokens[la - 1].e, tokens[la].s).includes('\n');
      const after = r.b < tokens.length && tokens[r.b].k === Kind.Punct && tokens[r.b].w !== ':' ? r.b + 1 : r.b;
      const lineEnd = after >= tokens.length || tz.text.slice(tokens[after - 1].e, tokens[after].s).includes('\n');
      if (la < h - 1 && lineStart && lineEnd) add(m.entity, la, h - 1);
    }
  });
  return out;
}

/** Modifiers that make "NAME is the … NOUN" a characterisation, not the statement of a role ("the only candidate", "the first woman"). */
const CHARACTERISING = new Set(['only', 'first', 'last', 'second', 'third', 'next', 'other', 'same', 'best', 'worst', 'most', 'least', 'latest',
  'sole', 'lone', 'youngest', 'oldest', 'biggest', 'greatest', 'kind', 'sort', 'type', 'one']);

/**
 * Paragraphs whose names are never antecedents of a pronoun or description: bylines ("By Jane Doe"), photo
 * credits and captions ("Photo: …", "(AP Photo/…)", "Getty Images"), promotional lines ("READ MORE: …",
 * "WATCH: …", "Related: …").
 */
function noiseParagraphs(tz: Tokenized): Set<number> {
  const out = new Set<number>();
  tz.paragraphs.forEach((para, p) => {
    if (para.b <= para.a) return;
    const head = tz.text.slice(tz.tokens[para.a].s, Math.min(tz.text.length, tz.tokens[para.a].s + 40));
    const len = para.b - para.a;
    if (/^(READ MORE|WATCH|LISTEN|RELATED|Related|Read more|Read More|SEE ALSO|See also|MORE|PHOTO|Photo|PHOTOS|Photos|Image|IMAGE|Caption|CAPTION|Credit|CREDIT|Video|VIDEO)\b\s*[:|\u2013\u2014-]/.test(head)) out.add(p);
    else if (/^By\s+\p{Lu}/u.test(head) && len <= 12) out.add(p);
    else if (len <= 40 && /\((AP|Reuters|AFP|Getty|EPA|Photo|Image)[^)]*\)\s*$|\b(Getty Images|AP Photo|Reuters\/|Photograph:|Photo by|Image by|Credit:)/.test(tz.text.slice(tz.tokens[para.a].s, tz.tokens[para.b - 1].e))) out.add(p);
  });
  return out;
}

/** A mention that can never be an antecedent: inside a quotation or in a caption, byline or promo line. */
function hiddenMention(ctx: Ctx, m: number): boolean {
  return insideQuote(ctx.quoteSpans, ctx.ents.mentions[m].start) || (ctx.noise ??= noiseParagraphs(ctx.tz)).has(ctx.tz.tokens[ctx.ents.ranges[m].a].para);
}

function span(tz: Tokenized, a: number, b: number): Span {
  const start = tz.tokens[a].s;
  const end = tz.tokens[b - 1].e;
  return { start, end, text: tz.text.slice(start, end) };
}

/** Gender of a person cluster from its first name or a gendered role, if known. */
/** Genders learnt in this document from the pronouns that resolved to a person ("…," he said). */
const learntGender = new WeakMap<LocalEntity, 'm' | 'f'>();

function genderOf(cl: LocalEntity | undefined): 'm' | 'f' | undefined {
  if (!cl) return undefined;
  const learnt = learntGender.get(cl);
  if (learnt) return learnt;
  const first = cl.name.split(/\s+/)[0];
  const g = lex.firstNameGender(first);
  if (g === 'm' || g === 'f') return g;
  for (const r of cl.roles) {
    const rg = lex.roleGender(r.role);
    if (rg === 'm' || rg === 'f') return rg;
  }
  return undefined;
}

/** Resolves a pronoun at token i to a local entity key: the last speaker if compatible, else the last person subject. */
function resolvePronoun(ctx: Ctx, i: number, possessive?: 'm' | 'f'): string | null {
  const t = ctx.tz.tokens[i];
  const g = possessive ?? PRONOUNS[t.l];
  if (g === undefined) return null;
  // "I" and "we" outside a recognised quotation are nearly always inside one the marks did not delimit (''…''), so
  // they stand for the nearby speaker: a person of either gender ("we" also an organisation)
  const first = t.l === 'i' || t.l === 'we';
  const wantPerson = g === 'm' || g === 'f' || t.l === 'i';
  // a compatible person named since the last claim ended, in this or the previous sentence, is the likelier
  // antecedent ("Senator Warren criticised the plan. \"…,\" she said."); otherwise the last claim's speaker
  const lastClaimEnd = ctx.claims.length ? ctx.claims[ctx.claims.length - 1].end : -1;
  // in a transcript's turn, he/she/they never stand for the turn's own speaker, who says "I" ("She says …" relays another)
  const own = first ? undefined : turnSpeakers.get(ctx)?.get(t.para);
  // (the previous sentence is the one before the quotation the pronoun's sentence closes: "X was blunter. ‘… . …,’ he said.")
  let s0 = t.sent;
  while (s0 > 0 && t.sent - s0 < 4 && ctx.tz.sentences[s0 - 1].para === t.para && insideQuote(ctx.quoteSpans, ctx.tz.tokens[ctx.tz.sentences[s0].a].s)) s0--;
  const back = s0 < t.sent ? t.sent - s0 : 1;
  const recent = nearestSubject(ctx, i, Math.max(lastClaimEnd, sentenceStartOffset(ctx.tz, i, back)), g, wantPerson);
  if (recent && recent !== own) return recent;
  // a feature's "she says" (present tense) is the person it lets speak in the present, the interviewee, when
  // one compatible person has; others' earlier words are reported in the past ("the critic X wrote …")
  if (wantPerson && !first && presentCue(ctx.tz.tokens, i + 1)) {
    const present = new Set<string>();
    for (const q of ctx.claims) if (q.speaker && !q.anonymous && q.cue && q.start < t.s && /^\p{Ll}+s$/u.test(q.cue.text) && presentCue(ctx.tz.tokens, tokenAt(ctx.tz.tokens, q.cue.start))) present.add(q.speaker);
    if (present.size) {
      const got = salient(ctx, i, (type, cl) => type === 'PERSON' && !!cl && present.has(cl.key) && cl.key !== own && (!genderOf(cl) || genderOf(cl) === g));
      if (got) return got;
    }
  }
  // else the speaker of the last claim, when it ended in this or the previous sentence and fits ("Stoddart felt his
  // side had been denied a try. The pictures were not available, he said.")
  const lc = ctx.claims[ctx.claims.length - 1];
  if (!first && lc?.speaker && !lc.anonymous && lc.speaker !== own && lc.start < t.s && lc.end > sentenceStartOffset(ctx.tz, i, back)) {
    const cl = ctx.clusters.get(lc.speaker);
    if (cl && (wantPerson ? cl.type === 'PERSON' && (!genderOf(cl) || genderOf(cl) === g) : cl.type === 'ORG')) return lc.speaker;
  }
  // or that speaker is one person the text describes and never names ("The baker has argued the rents will rise.
  // “We cannot survive this,” she said."): the description, not a person named before it
  if (possessive === undefined && wantPerson && !first && lc?.anonymous && lc.speaker?.startsWith('anon:') && lc.speakerMention && lc.start < t.s && lc.end > sentenceStartOffset(ctx.tz, i, back)
    && describesOnePerson(lc.speakerMention.text, g)) return lc.speaker;
  // else the most salient compatible entity: recent subjects and speakers first
  return salient(ctx, i, (type, cl) => {
    if (first) return type === 'PERSON' || (t.l === 'we' && type === 'ORG');
    if (own !== undefined && cl?.key === own) return false;
    if (wantPerson) {
      if (type !== 'PERSON') return false;
      const cg = genderOf(cl);
      return !cg || cg === g;
    }
    // "they", "we": an organisation or group, never one named person; "it" likewise
    return type === 'ORG';
  });
}

/**
 * A description of one person, of a gender that fits g when it has one ("the baker", "a senior official", "the
 * businessman"; not "officials", "the ministry", "a report"): its head a role, a person noun or an anonymous
 * source's noun, in the singular.
 */
function describesOnePerson(description: string, g: 'm' | 'f' | 'p' | 'n'): boolean {
  let words = description.toLowerCase().split(/\s+/).filter(Boolean);
  // "a spokesman for the Lahore Electric Supply Company (LESCO)": the description up to its complement
  // (not a phrase cut at a relative pronoun: "a specialist at X who", the person it describes named next to it)
  const pp = words.findIndex((w, n) => n > 1 && /^(for|of|at|with|from|in|close|familiar|\()/.test(w));
  if (pp > 0 && !words.some((w) => /^(who|whom|whose|which|that)$/.test(w))) words = words.slice(0, pp);
  const head = words[words.length - 1] ?? '';
  if (!/^(the|a|an|one)$/.test(words[0] ?? '') || words.length > 6) return false;
  if (ORG_NOUNS.has(head) || DOC_NOUNS.has(head) || VOICE_DOCS.has(head) || (/[^s]s$/.test(head) && !lex.isRoleExact(head))) return false;
  if (!(isRole(head) || GENERIC_PERSONS.has(head) || lex.isAnonymousSourceHead(head) || /-year-old$/.test(head))) return false;
  if (GENERIC_PERSONS.has(head) && /^(men|women|people)$/.test(head)) return false;
  const rg = lex.roleGender(head);
  return !(rg === 'm' || rg === 'f') || rg === g;
}

/** Token v is a reporting verb in the present tense, third person ("says", "adds", "recalls"), not its past or bare form. */
function presentCue(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (!t || t.k !== Kind.Word || !/[^s]s$/.test(t.l) || FINITE.has(t.l)) return false;
  const lemma = lex.cueOf(t);
  return !!lemma && lemma !== t.l;
}

/**
 * The most salient entity before token i that `accept` allows, within three paragraphs: mentions inside
 * quotations, captions, bylines and promo lines never count. Each mention scores by recency (sentences and
 * paragraphs back), grammatical role (a subject, followed by a verb, over an object or a possessor) and position
 * (opening its sentence); an entity that has spoken (a claim's speaker) gains, the more so the latest one. The
 * entity's score is its best mention's plus a little for each further mention.
 */
function salient(ctx: Ctx, i: number, accept: (type: string, cl: LocalEntity | undefined) => boolean, extra?: readonly DescribedBody[]): string | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const t = tokens[i];
  const { mentions, ranges } = ctx.ents;
  const best = new Map<string, { score: number; n: number }>();
  const add = (key: string, score: number): void => {
    const b = best.get(key);
    if (!b) best.set(key, { score, n: 1 });
    else {
      b.n++;
      if (score > b.score) b.score = score;
    }
  };
  const speakers = new Map<string, number>();
  for (let c = ctx.claims.length - 1; c >= 0; c--) {
    if (t.para - ctx.claimPara[c] > 3) break;
    const key = ctx.claims[c].speaker;
    if (!key || ctx.claims[c].start > t.s || ctx.claims[c].anonymous || speakers.has(key)) continue;
    speakers.set(key, c === ctx.claims.length - 1 ? 3 : 2);
    const cl = ctx.clusters.get(key);
    // a body named by its description ("the Russian defence ministry") has no cluster but is an organisation
    const type = cl?.type ?? (key.startsWith('org:') ? 'ORG' : undefined);
    if (!type || !accept(type, cl)) continue;
    // a speaker counts as a mention at its claim, even when the claim named it by a pronoun
    const sd = t.sent - tokens[tokenAt(tokens, ctx.claims[c].start)].sent;
    add(key, 10 - 1.5 * Math.max(0, sd) - (t.para - ctx.claimPara[c]) + 3);
  }
  // a mention's score from tokens a to b: recency, grammatical role and position
  const scoreAt = (a: number, b: number): number => {
    let score = 10 - 1.5 * (t.sent - tokens[a].sent) - (t.para - tokens[a].para);
    if (subjectAt(tz, b, i)) score += 3;
    // the word before the phrase, past a determiner ("with the Dunmore Gazette"): a preposition or verb makes it an object
    const det = a > 1 && /^(the|a|an)$/.test(tokens[a - 1].l) && tokens[a - 2].sent === tokens[a].sent ? 1 : 0;
    const prev = tokens[a - 1 - det];
    if (!prev || (tokens[a].first && !det) || prev.sent !== tokens[a].sent) score += 1;
    else if (prev.k === Kind.Word && (PREPOSITIONS.has(prev.l) || isVerbish(prev))) score -= 2;
    if (tokens[b]?.w === "'s" || tokens[b]?.w === '’s') score -= 1;
    return score;
  };
  // bodies named by their description count as mentions of their own ("Mali's military government condemned")
  if (extra) {
    for (const d of extra) {
      if (d.a >= i || t.para - tokens[d.a].para > 3) continue;
      add(d.key, scoreAt(d.a, d.b) + (speakers.get(d.key) ?? 0));
    }
  }
  for (let m = lastMentionBefore(ctx, i); m >= 0; m--) {
    const mt = mentions[m];
    const r = ranges[m];
    if (r.a >= i) continue;
    const mp = tokens[r.a].para;
    if (t.para - mp > 3) break;
    if (hiddenMention(ctx, m)) continue;
    const cl = ctx.clusters.get(mt.entity);
    if (!accept(mt.type, cl)) continue;
    let score = scoreAt(r.a, r.b);
    const sp = speakers.get(mt.entity);
    if (sp) score += sp;
    add(mt.entity, score);
  }
  let out: string | null = null;
  let top = -Infinity;
  for (const [key, b] of best) {
    const sc = b.score + 0.5 * Math.min(b.n - 1, 4);
    if (sc > top) {
      top = sc;
      out = key;
    }
  }
  return out;
}

/**
 * "it said" / "it added": the organisation it stands for. The nearest organisation mention outside quotations
 * within two paragraphs that is a subject (followed by a verb); else the nearest one that is no object of a
 * preposition or verb; else the latest organisation that spoke within four paragraphs; else the nearest
 * organisation at all ("in an interview with the Gazette" names a newspaper, not the speaker).
 */
function resolveIt(ctx: Ctx, i: number): string | null {
  const { tokens } = ctx.tz;
  const para = tokens[i].para;
  const { mentions, ranges } = ctx.ents;
  let fallback: string | null = null;
  let object: string | null = null;
  // a body named by its description that is a subject ("The Faroese government rejected that account. … it said"):
  // the nearest one, against the nearest organisation that is a subject
  let body: DescribedBody | null = null;
  for (const d of describedBodies(ctx)) {
    if (d.b > i) break;
    if (para - tokens[d.a].para > 2) continue;
    const next = nextNonAdverb(ctx.tz, d.b);
    if (isVerbish(tokens[next]) || FINITE.has(tokens[next]?.l)) body = d;
  }
  for (let m = lastMentionBefore(ctx, i); m >= 0; m--) {
    const mt = mentions[m];
    const r = ranges[m];
    if (r.a >= i) continue;
    if (para - tokens[r.a].para > 2) break;
    if (mt.type !== 'ORG' || hiddenMention(ctx, m)) continue;
    const next = nextNonAdverb(ctx.tz, r.b);
    if (isVerbish(tokens[next]) || FINITE.has(tokens[next]?.l)) return body && body.a > r.a ? body.key : mt.entity;
    let p = r.a - 1;
    if (p > 0 && /^(the|a|an)$/.test(tokens[p].l)) p--;
    const prev = tokens[p];
    if (prev && prev.sent === tokens[r.a].sent && prev.k === Kind.Word && (PREPOSITIONS.has(prev.l) || isVerbish(prev))) object ??= mt.entity;
    else fallback ??= mt.entity;
  }
  if (body) return body.key;
  if (fallback) return fallback;
  for (let c = ctx.claims.length - 1; c >= 0 && para - ctx.claimPara[c] <= 4; c--) {
    const key = ctx.claims[c].speaker;
    if (key && !ctx.claims[c].anonymous && (ctx.clusters.get(key)?.type ?? (key.startsWith('org:') ? 'ORG' : '')) === 'ORG') return key;
  }
  return object;
}

/**
 * The named organisation that reports the clause "it" at token i opens: a reporting verb before it in its sentence,
 * with at most "that" and a short phrase of circumstance between ("said it", "said that it", "said in a statement
 * that it", "told the exchange on Monday that it"), whose subject is an organisation. Null otherwise.
 */
function reportingOrgBefore(ctx: Ctx, i: number, sentStart: number): string | null {
  const { tokens } = ctx.tz;
  for (let k = i - 1; k > sentStart && k >= i - 9; k--) {
    const t = tokens[k];
    if (t.k === Kind.Quote || t.w === ';' || t.w === ':') return null;
    if (t.k !== Kind.Word) continue;
    if (isCueAt(tokens, k) && !t.l.endsWith('ing')) {
      // (what lies between: nothing, "that", or a phrase opening with a preposition or an object: "told the exchange")
      const gap = tokens.slice(k + 1, i);
      if (gap.some((w) => w.k === Kind.Word && !w.cap && (FINITE.has(w.l) || isVerbish(w) || SUBORDINATORS.has(w.l) && w.l !== 'that'))) return null;
      if (gap.length && tokens[i - 1].l !== 'that') return null;
      const c = speakerForCue(ctx, k, sentStart);
      if (!c?.key || c.anonymous) return null;
      const type = ctx.clusters.get(c.key)?.type ?? (c.key.startsWith('org:') ? 'ORG' : undefined);
      return type === 'ORG' ? c.key : null;
    }
    if (!t.cap && (FINITE.has(t.l) || isVerbish(t))) return null;
  }
  return null;
}

/** Whether entity `key` has a mention in sentence `sent`. */
function namedInSentence(ctx: Ctx, key: string, sent: number): boolean {
  const { tokens } = ctx.tz;
  return ctx.ents.mentions.some((m, i) => m.entity === key && tokens[ctx.ents.ranges[i].a].sent === sent);
}

/** Adverbs between "it" and its reporting verb ("it also noted"; not an auxiliary: "it is said" is impersonal). */
const IT_ADVERBS = new Set(['also', 'then', 'again', 'later', 'further', 'still', 'now', 'previously', 'earlier', 'repeatedly', 'once', 'already', 'separately', 'however']);

/**
 * "A council report published last week found that … It also noted that …": the claim of the sentence before token
 * i whose speaker the text named by a document noun ("report", "study", "survey", "statement"), when it is the last
 * claim; null otherwise.
 */
function documentSpokeBefore(ctx: Ctx, i: number): Quote | null {
  const { tokens } = ctx.tz;
  const q = ctx.claims[ctx.claims.length - 1];
  if (!q?.speaker || !q.speakerMention || !q.cue) return null;
  const m = tokenAt(tokens, q.speakerMention.end - 1);
  if (tokens[m].sent !== tokens[i].sent - 1 || !(DOC_NOUNS.has(tokens[m].l) || VOICE_DOCS.has(tokens[m].l))) return null;
  // (the document is the subject of its cue: "A report … found", not "X said in a statement")
  return tokenAt(tokens, q.cue.start) > m ? q : null;
}

/** Start offset of the sentence `back` sentences before the one holding token i. */
function sentenceStartOffset(tz: Tokenized, i: number, back: number): number {
  const si = Math.max(0, tz.tokens[i].sent - back);
  return tz.tokens[tz.sentences[si].a].s;
}

/** The nearest compatible mention between offset `from` and token i that is followed by a verb (a subject). */
function nearestSubject(ctx: Ctx, i: number, from: number, g: 'm' | 'f' | 'p' | 'n', wantPerson: boolean): string | null {
  const t = ctx.tz.tokens[i];
  const { mentions, ranges } = ctx.ents;
  for (let m = lastMentionBefore(ctx, i); m >= 0; m--) {
    const mt = mentions[m];
    if (mt.start >= t.s) continue;
    if (mt.start < from) break;
    if (hiddenMention(ctx, m)) continue;
    // he/she: a person; they/we: an organisation or group, never one named person
    if (wantPerson ? mt.type !== 'PERSON' : mt.type !== 'ORG') continue;
    const cg = genderOf(ctx.clusters.get(mt.entity));
    if (wantPerson && (g === 'm' || g === 'f') && cg && cg !== g) continue;
    if (subjectAt(ctx.tz, ranges[m].b, i)) return mt.entity;
  }
  // no subject found: the nearest person whose name or role says the pronoun's gender ("Maria … She told")
  if (g === 'm' || g === 'f') {
    for (let m = lastMentionBefore(ctx, i); m >= 0; m--) {
      const mt = mentions[m];
      if (mt.start >= t.s) continue;
      if (mt.start < from) break;
      if (hiddenMention(ctx, m)) continue;
      if (mt.type === 'PERSON' && genderOf(ctx.clusters.get(mt.entity)) === g) return mt.entity;
    }
  }
  return null;
}

/**
 * Whether the phrase ending before token b is a subject: a verb follows it, past adverbs, a parenthetical ("Chris
 * Shays (R-Conn.) was") or one comma aside ("Senator Elizabeth Warren, a Democrat from Massachusetts, criticised").
 */
function subjectAt(tz: Tokenized, b: number, limit: number): boolean {
  // asked for every mention before each pronoun: the answer for a phrase is kept with the furthest token it
  // looked at, and holds for any limit beyond that token
  let seen = subjectSeen.get(tz);
  if (!seen) subjectSeen.set(tz, seen = new Map());
  let hit = seen.get(b);
  if (hit === undefined) seen.set(b, hit = subjectAtReach(tz, b));
  return hit.reach < limit ? hit.subject : subjectAtLimited(tz, b, limit);
}
const subjectSeen = new WeakMap<Tokenized, Map<number, { subject: boolean; reach: number }>>();

/** subjectAt with no limit, and the furthest token whose place against the limit decided the answer. */
function subjectAtReach(tz: Tokenized, b: number): { subject: boolean; reach: number } {
  const { tokens } = tz;
  const limit = tokens.length;
  let reach = b;
  let imm = b;
  if (tokens[imm]?.w === '(') {
    let k = imm + 1;
    while (k < limit && k < imm + 8 && tokens[k].w !== ')') k++;
    reach = Math.max(reach, k);
    if (tokens[k]?.w === ')') imm = k + 1;
  }
  reach = Math.max(reach, imm);
  if (imm < limit && FINITE.has(tokens[imm].l)) return { subject: true, reach };
  let next = nextNonAdverb(tz, b);
  if (tokens[next]?.w === ',') {
    let k = next + 1;
    while (k < limit && k < next + 14 && tokens[k].w !== ',') k++;
    reach = Math.max(reach, k);
    next = nextNonAdverb(tz, k + 1);
  }
  const nt = tokens[next];
  return { subject: !!nt && (isVerbish(nt) || FINITE.has(nt.l)), reach };
}

function subjectAtLimited(tz: Tokenized, b: number, limit: number): boolean {
  const { tokens } = tz;
  let imm = b;
  if (tokens[imm]?.w === '(') {
    let k = imm + 1;
    while (k < limit && k < imm + 8 && tokens[k].w !== ')') k++;
    if (tokens[k]?.w === ')') imm = k + 1;
  }
  if (imm < limit && FINITE.has(tokens[imm].l)) return true;
  let next = nextNonAdverb(tz, b);
  if (tokens[next]?.w === ',') {
    let k = next + 1;
    while (k < limit && k < next + 14 && tokens[k].w !== ',') k++;
    next = nextNonAdverb(tz, k + 1);
  }
  const nt = tokens[next];
  return !!nt && (isVerbish(nt) || FINITE.has(nt.l));
}

function nextNonAdverb(tz: Tokenized, i: number): number {
  const { tokens } = tz;
  // a parenthetical after a name: "Sen. Susan Collins (R-Maine) said", "Chris Shays (R-Conn.) was"
  if (tokens[i]?.w === '(') {
    let k = i + 1;
    while (k < tokens.length && k < i + 8 && tokens[k].w !== ')' && tokens[k].sent === tokens[i].sent) k++;
    if (tokens[k]?.w === ')') {
      i = k + 1;
      if (tokens[i]?.w === ',' && tokens[i + 1] && isVerbish(tokens[i + 1])) i++;
    }
  }
  while (i < tokens.length && tokens[i].k === Kind.Word && (tokens[i].l.endsWith('ly') || ADVERB_OK.has(tokens[i].l)) && !lex.cueOf(tokens[i])) i++;
  return i;
}

/** Legal suffixes of company names written with a period ("Inc.", "Ltd.", "Corp."), which the name finder leaves out of the name. */
const CORPORATE_SUFFIX = /^(inc|ltd|corp|co|plc|llc|llp|pty|bhd)$/;
/**
 * The speaker phrase ending at token `end` (exclusive): an entity mention, a pronoun, or a description
 * ("the Ukrainian leader", "officials", "a senior official"). Returns null when none ends there.
 */
function candidateEndingAt(ctx: Ctx, end: number, sentStart: number): Candidate | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const last = end - 1;
  if (last < sentStart) return null;
  const t = tokens[last];
  const mi = ctx.mentionEndingAt.get(last);
  // "Northwind Foods Inc. said": a company's legal suffix with its period, the name ending before the period
  if (mi === undefined && t.w === '.' && last - 1 >= sentStart && tokens[last - 1].e === t.s && CORPORATE_SUFFIX.test(tokens[last - 1].l)) {
    const pm = ctx.mentionEndingAt.get(last - 1);
    if (pm !== undefined && ctx.ents.mentions[pm].type === 'ORG') {
      const c = candidateEndingAt(ctx, end - 1, sentStart);
      if (c && c.b === end - 1) return { ...c, mention: span(tz, c.a, end), b: end };
    }
  }
  // "Helen Okonjo KC told jurors": post-nominal letters after a person's name
  if (mi === undefined && POST_NOMINALS.has(t.w) && last - 1 >= sentStart) {
    const pm = ctx.mentionEndingAt.get(last - 1);
    if (pm !== undefined && ctx.ents.mentions[pm].type === 'PERSON') {
      const c = candidateEndingAt(ctx, end - 1, sentStart);
      if (c && c.b === end - 1) return { ...c, mention: span(tz, c.a, end), b: end };
    }
  }
  if (mi !== undefined) {
    const m = ctx.ents.mentions[mi];
    const r = ctx.ents.ranges[mi];
    // conjunction "Trump and US Vice President JD Vance": the speaker is the first conjunct
    let a = r.a;
    let key = m.entity;
    const roleStart = m.role ? m.role.start : m.start;
    let k = a;
    while (k > sentStart && tokens[k - 1].s >= roleStart) k--;
    if (k - 1 > sentStart && tokens[k - 1].l === 'and') {
      const pm = ctx.mentionEndingAt.get(k - 2);
      // (not in a proxy's complement, "a spokesperson for the Food and Allied Workers' Union": one body's name)
      const pa = pm === undefined ? -1 : ctx.ents.ranges[pm].a;
      const proxied = pa - 3 >= sentStart && tokens[pa - 1].l === 'the' && /^(for|to|at|with)$/.test(tokens[pa - 2].l) && PROXY_SOURCES.has(tokens[pa - 3].l);
      if (pm !== undefined && ctx.ents.mentions[pm].type === m.type && !proxied) {
        key = ctx.ents.mentions[pm].entity;
        a = ctx.ents.ranges[pm].a;
        return { mention: span(tz, a, r.b), key, a, b: r.b };
      }
    }
    // "the Friends of Lower Marsh said": a body whose name the name finder took only in part (the place in it)
    if (m.type !== 'PERSON') {
      const whole = nameAround(ctx, r.a, sentStart);
      // (a person's name before "of" is one the name finder takes, and then the rule below applies)
      if (whole !== null && !lex.isFirstName(tokens[whole].w)) {
        return { mention: span(tz, whole, r.b), key: `org:${slug(tz.text.slice(tokens[whole].s, tokens[r.b - 1].e))}`, a: whole, b: r.b };
      }
    }
    // "a senior diplomat in Brussels said": a place after a preposition completes a description, the speaker
    if (m.type === 'PLACE' && r.a > sentStart && PP_HEADS.has(tokens[r.a - (tokens[r.a - 1].l === 'the' ? 2 : 1)]?.l ?? '')) {
      const pp = anonymousWithComplement(ctx, r.b, sentStart);
      // (not a description in apposition to a name: "Carla Ibsen, a delegate from Austin, said")
      if (pp && tokens[pp.a - 1]?.w !== ',') return pp;
    }
    // "Peter Brown of the Consumer Council", "Dr. Farah Naz at Lady Reading Hospital": the person speaks for the body
    // (past the rest of a name the name finder took only in part: "Karin Oyelaran of Ostermann & Haas"; a name
    // joined by "&" is a firm's even when its last word was taken for a person)
    let amp = r.a - 1;
    while (amp > sentStart && r.a - amp <= 3 && (tokens[amp].w === '&' || (tokens[amp].k === Kind.Word && tokens[amp].cap && !tokens[amp].first))) amp--;
    const firm = amp < r.a - 1 && /^(of|at)$/.test(tokens[amp].l) && tokens.slice(amp, r.a).some((x) => x.w === '&');
    if (m.type !== 'PERSON' || firm) {
      let p = r.a - 1;
      if (amp < p && /^(of|at)$/.test(tokens[amp].l)) p = amp;
      // "Hélène Marchetti of the Paris-based Gold Trail Observatory": past a hyphenated modifier of the body
      if (p > sentStart && /\p{L}[-‑](based|owned|run|funded|backed|led)$/u.test(tokens[p].l)) p--;
      if (p > sentStart && tokens[p].l === 'the') p--;
      if (p > sentStart && /^(of|at|with|from|for)$/.test(tokens[p].l)) {
        const pm = ctx.mentionEndingAt.get(p - 1);
        if (pm !== undefined && ctx.ents.mentions[pm].type === 'PERSON' && ctx.ents.ranges[pm].a >= sentStart) {
          const pa = ctx.ents.ranges[pm].a;
          return { mention: span(tz, pa, r.b), key: ctx.ents.mentions[pm].entity, a: pa, b: r.b };
        }
      }
    }
    // "a spokeswoman for Mr. Hollister", "an aide to Senator Lind", "officials at the Treasury": an unnamed person
    // speaking for the one named, kept as the anonymous source the text describes
    let ra = r.a;
    while (ra - 1 > sentStart && ra > r.a - 4 && (tokens[ra - 1].w === '.' || lex.isHonorific(tokens[ra - 1].w) || lex.isTitle(tokens[ra - 1].l))) ra--;
    // (past the role the name finder split off, "Health Minister", and a short description of the body or its
    // owner's possessive: "a spokesman for truck maker Harlan Motor Works", "for the volunteer group Nairn Search
    // Support", "for Saskatchewan's Ministry of Social Services")
    if (m.role && m.role.start < m.start) while (ra - 1 > sentStart && tokens[ra - 1].s >= m.role.start) ra--;
    {
      let q = ra;
      for (let n = 0; n < 3 && q - 1 > sentStart && tokens[q - 1].k === Kind.Word && !tokens[q - 1].cap && !isVerbish(tokens[q - 1]) && !DETERMINERS.has(tokens[q - 1].l) && !PREPOSITIONS.has(tokens[q - 1].l); n++) q--;
      if (q === ra && q - 2 > sentStart && POSSESSIVE_MARKS.has(tokens[q - 1].w) && tokens[q - 2].cap) q -= 2;
      const before = tokens[q - 1 - (tokens[q - 1]?.l === 'the' ? 1 : 0)];
      if (q < ra && before && /^(for|to|at|with)$/.test(before.l)) ra = q;
    }
    // (past the start of a body's name joined by "and": "a spokesperson for the Mining and Allied Workers' Union",
    // of which only the part after "and" was taken for the name)
    let ca = ra;
    while (ca - 1 > sentStart && ra - ca < 6 && ((tokens[ca - 1].k === Kind.Word && tokens[ca - 1].cap) || tokens[ca - 1].l === 'and' || tokens[ca - 1].w === '&')) ca--;
    if (ca < ra && tokens[ca].cap && (tokens[ra - 1].l === 'and' || tokens[ra - 1].w === '&') && /^(for|to|at|with|the)$/.test(tokens[ca - 1].l)) ra = ca;
    const fr = ra - (tokens[ra - 1]?.l === 'the' ? 1 : 0) - 1;
    if (fr > sentStart && /^(for|to|at|with)$/.test(tokens[fr].l) && PROXY_SOURCES.has(tokens[fr - 1].l)) {
      let da = fr - 1;
      while (da > sentStart && da > fr - 5 && tokens[da - 1].k === Kind.Word && !isVerbish(tokens[da - 1]) && !SUBORDINATORS.has(tokens[da - 1].l)) {
        da--;
        if (/^(a|an|the|one|two|three|several|some|many)$/.test(tokens[da].l)) break;
      }
      // (not a description in apposition to a name: "Ann Lee, a spokeswoman for the council, said"; a fronted
      // adverbial before the comma is no name: "Outside the court, a spokeswoman for the campaign said")
      const appositive = tokens[da - 1]?.w === ',' && da - 1 >= sentStart && ctx.mentionEndingAt.has(da - 2) && ctx.ents.mentions[ctx.mentionEndingAt.get(da - 2)!].type === 'PERSON';
      if (!appositive) {
        const desc = span(tz, da, r.b);
        return { mention: desc, key: anonKey(desc.text), anonymous: true, a: da, b: r.b };
      }
    }
    return { mention: span(tz, r.a, r.b), key, a: r.a, b: r.b };
  }
  const aged = agedDescription(ctx, last, sentStart);
  if (aged) return aged;
  if (t.k !== Kind.Word) return null;
  if (PRONOUNS[t.l] !== undefined && t.l !== 'it') {
    const key = resolvePronoun(ctx, last);
    const g = PRONOUNS[t.l];
    const cl = key ? ctx.clusters.get(key) : undefined;
    if (cl && cl.type === 'PERSON' && (g === 'm' || g === 'f') && !genderOf(cl)) learntGender.set(cl, g);
    // (a pronoun for a person the text only describes is that anonymous source)
    if (key?.startsWith('anon:')) return { mention: span(tz, last, end), key, anonymous: true, a: last, b: end };
    return { mention: span(tz, last, end), key, a: last, b: end };
  }
  if (t.l === 'it') {
    // "it said": the organisation that is the recent subject, only as the subject of a reporting verb (past an
    // adverb: "it also noted"; or a typed cue with a clause: "it regrets that")
    let v = end;
    while (v < tokens.length && tokens[v].k === Kind.Word && !tokens[v].cap && (/[a-z]ly$/.test(tokens[v].l) || IT_ADVERBS.has(tokens[v].l)) && !lex.cueOf(tokens[v])) v++;
    if (v >= tokens.length || !(isCueAt(tokens, v) || typedCueAt(tokens, v)?.cue.clause)) return null;
    // "Rival Orbis, which …, said in a statement that it welcomed …": inside the clause an organisation reports,
    // "it" is that organisation
    const outer = reportingOrgBefore(ctx, last, sentStart);
    if (outer) return { mention: span(tz, last, end), key: outer, a: last, b: end };
    // "A council report found … It also noted": the document that spoke in the sentence before
    const doc = documentSpokeBefore(ctx, last);
    if (doc) return { mention: span(tz, last, end), key: doc.speaker, anonymous: doc.anonymous, a: last, b: end };
    const key = resolveIt(ctx, last);
    return key ? { mention: span(tz, last, end), key, a: last, b: end } : null;
  }
  // "The U.N. peacekeeping mission said", "Italy's coast guard said", "The Secretary-General's office said": a body
  // the text knows only by its description
  const body = describedBodyPhrase(ctx, end, sentStart);
  if (body) return body;
  // description: [det] [adjectives/demonyms] noun
  let a = last;
  while (a > sentStart && a > last - 5) {
    const p = tokens[a - 1];
    // (after an indefinite article a number joined to a word is a modifier: "A 24-year-old farmer", "a 12-strong
    // crew"; "the 29-year-old prop" is left to the rule for ages, which finds the person the text is about)
    if (p.k !== Kind.Word && !(p.k === Kind.Num && /^\d[\d.,]*[-‑]\p{L}/u.test(p.w) && a - 2 >= sentStart && /^(a|an|one)$/.test(tokens[a - 2].l))) break;
    if (p.l === 'the' || p.l === 'a' || p.l === 'an' || p.l === 'one' || p.l === 'two' || p.l === 'several' || p.l === 'some' || p.l === 'many') { a--; break; }
    if (isVerbish(p) || SUBORDINATORS.has(p.l) || p.l === 'and' || p.l === 'but') break;
    a--;
  }
  // "her office said": the person the possessive stands for, speaking through it
  if (PROXY_NOUNS.has(t.l) && end - 2 >= sentStart && /^(his|her)$/.test(tokens[end - 2].l)) {
    const key = resolvePronoun(ctx, end - 2, tokens[end - 2].l === 'his' ? 'm' : 'f');
    if (key) return { mention: span(tz, end - 2, end), key, a: end - 2, b: end };
  }
  // "a spokesperson for the central bank", "a source close to the talks": an anonymous head before a PP
  const pp = anonymousWithComplement(ctx, end, sentStart);
  if (pp) return pp;
  // "the directorate said" after "the Coffee Directorate", "the City said" after "the City of Lakeport": a body
  // called back by the head noun of its name (the word before "of", else its last word)
  if (tokens[a].l === 'the' && end - a === 2 && !KIND_NOUNS.has(t.l)) {
    const key = orgByNameHead(ctx, a, t.l);
    if (key) return { mention: span(tz, a, end), key, a, b: end };
  }
  // (after a complement: "a person close to Carver's campaign" is an anonymous source)
  // "her campaign said", "Tanner's campaign says": the campaign of the person the possessive stands for
  if (t.l === 'campaign' && last - 1 >= sentStart) {
    const c = campaignOf(ctx, last, sentStart);
    if (c) return c;
  }
  const words = tokens.slice(a, end).map((x) => x.l);
  const head = t.l;
  // "the group said" after "the consumer group Fair Shop", "the producer said" after "Tarn Mining, the country's
  // largest coal producer,": the organisation the text introduced as of that kind
  if (KIND_NOUNS.has(head) && tokens[a].l === 'the' && end - a <= 4 && tokens.slice(a + 1, last).every((x) => x.k === Kind.Word && !x.cap)) {
    const key = orgIntroducedAs(ctx, a, head);
    if (key) return { mention: span(tz, a, end), key, a, b: end };
  }
  // "its foreign ministry": a body of the state the possessive stands for
  if (STATE_HEADS.has(head) && (tokens[a].l === 'its' || tokens[a].l === 'their') && end - a <= 4) {
    const c = possessedStateBody(ctx, a, end);
    if (c) return c;
  }
  // "her group", "his company": the organisation the person speaks for
  if (ORG_NOUNS.has(head) && !STATE_HEADS.has(head) && (tokens[a].l === 'his' || tokens[a].l === 'her') && end - a <= 3) {
    const c = affiliationOf(ctx, a, end);
    if (c) return c;
  }
  // "the employers' association", "the defence ministry": a body the text named before
  // (the description stops at a plural possessive: "the employers | ' association")
  const da = ORG_NOUNS.has(head) && a === last && a - 3 >= sentStart && POSSESSIVE_MARKS.has(tokens[a - 1].w) && tokens[a - 2].k === Kind.Word && !tokens[a - 2].cap && tokens[a - 3].l === 'the' ? a - 3 : a;
  if (ORG_NOUNS.has(head) && tokens[da].l === 'the' && end - da >= 3) {
    const key = namedBodyDescribed(ctx, da, end);
    if (key) return { mention: span(tz, da, end), key, a: da, b: end };
  }
  // "its latest quarterly survey", "the committee's report", "the group's figures": a record in the voice of the
  // body (or person) its possessive stands for
  if (RECORD_NOUNS.has(head) || VOICE_DOCS.has(head)) {
    let pa = a;
    // (the description stops at a possessive mark: "the committee | ’s report")
    // (or a body's name's head: "the exchange's report" after "the Nairobi Grain Exchange")
    if (pa - 3 >= sentStart && POSSESSIVE_MARKS.has(tokens[pa - 1].w) && tokens[pa - 3].l === 'the' && (ORG_NOUNS.has(tokens[pa - 2].l) || (tokens[pa - 2].k === Kind.Word && !tokens[pa - 2].cap && !!orgByNameHead(ctx, pa - 3, tokens[pa - 2].l)))) pa -= 3;
    // (a body's noun between is the owner: "his campaign finance documents" are the campaign's)
    if (pa < last && (POSSESSIVE_DET.has(tokens[pa].l) || tokens[pa].l === 'the') && tokens.slice(pa + 1, last).every((x) => (x.k === Kind.Word && !x.cap && !isVerbish(x) && !(ORG_NOUNS.has(x.l) && pa !== a - 3)) || POSSESSIVE_MARKS.has(x.w))) {
      const key = possessorOf(ctx, pa);
      if (key) return { mention: span(tz, pa, end), key, a: pa, b: end };
    }
  }
  // "the budget airline", "the rail operator", "the buy-now-pay-later provider": a business described by its trade
  // is one the text named (of that kind by its name, else the most salient organisation for a trade no name says),
  // not a new body
  if (tokens[a].l === 'the' && (end - a >= 3 || MAKERS.test(head)) && (BUSINESS_KINDS.has(head) || TRADES.has(head) || MAKERS.test(head))
    && tokens.slice(a + 1, last).every((x) => x.k === Kind.Word && !x.cap && !isVerbish(x) && !POSSESSIVE_MARKS.has(x.w))) {
    const key = ORG_KIND_WORDS.has(head) ? orgOfKind(ctx, a, head) : orgInSentence(ctx, a) ?? salient(ctx, a, (type) => type === 'ORG');
    if (key) return { mention: span(tz, a, end), key, a, b: end };
  }
  // "the Russian defence ministry", "the electoral commission": a body named by its description
  if (ORG_NOUNS.has(head) && tokens[a].l === 'the' && end - a >= 3) {
    return { mention: span(tz, a, end), key: bodyKey(tz, a + 1, end), a, b: end };
  }
  // "Peru's environment ministry", "Niger's humanitarian affairs ministry": a country's body, named by its
  // description after the country (the same body as "the Peruvian environment ministry")
  if (ORG_NOUNS.has(head) && a - 2 >= sentStart && (tokens[a - 1].w === "'s" || tokens[a - 1].w === '’s') && words.every((w, n) => n === words.length - 1 || !isVerbish(tokens[a + n]))) {
    const pm = ctx.mentionEndingAt.get(a - 2);
    if (pm !== undefined && ctx.ents.mentions[pm].type === 'PLACE') {
      const pa = ctx.ents.ranges[pm].a;
      return { mention: span(tz, pa, end), key: bodyKey(tz, pa, end), a: pa, b: end };
    }
  }
  // "police said" when the article names "Police Scotland": the one organisation whose name holds the word
  if (head === 'police' && (a === last || tokens[a].l === 'the')) {
    const org = orgNamedBy(ctx, head);
    if (org) return { mention: span(tz, a, end), key: org, a, b: end };
  }
  // "the agency said" after "the World Food Programme said": a definite body refers back to the one named
  // ("an agency", "a news agency" stay unnamed sources)
  // (only one whose name says that kind: "the ministry" after the World Health Organization is another body)
  if (ORG_NOUNS.has(head) && tokens[a].l === 'the' && end - a === 2) {
    // (or a body the text named by its description: "Guatemala's defence ministry … the ministry said")
    const org = orgNamedBy(ctx, head) ?? orgOfKind(ctx, a, head) ?? describedBodyBefore(ctx, a, (d) => d.head === head);
    if (org) return { mention: span(tz, a, end), key: org, a, b: end };
  }
  // "Inspectors found", "the inspectors said": the inspecting body the text names ("rated 'inadequate' by Ofsted",
  // "the Ofsted report"), when it names one
  if (head === 'inspectors' && (a === last || (tokens[a].l === 'the' && end - a === 2))) {
    const key = inspectorate(ctx, a);
    if (key) return { mention: span(tz, a, end), key, a, b: end };
  }
  // "his daughter said" after "His daughter, Ngozi Okafor, said": a relation the text has introduced by name, in
  // apposition, is that person again
  if (GENERIC_PERSONS.has(head) && end - a === 2 && /^(his|her|their|the)$/.test(tokens[a].l)) {
    const named = introducedAs(ctx, head, tokens[a].s);
    if (named) return { mention: span(tz, a, end), key: named, a, b: end };
  }
  if (lex.isAnonymousSource(head) || lex.isAnonymousSource(words.join(' ')) || (GENERIC_PERSONS.has(head) || /-year-olds?$/.test(head)) && DESCRIPTIVE_START.has(tokens[a].l)) {
    const desc = span(tz, a, end);
    return { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: end };
  }
  if (isRole(head) || isRole(words.slice(-2).join(' ')) || head === 'leader' || head === 'counterpart') {
    const desc = span(tz, a, end);
    // a plural ("other European leaders") is a group, never one person
    const plural = /[^s]s$/.test(head) && !lex.isRoleExact(head.replace(/s$/, '') + 'ss');
    let key = plural || words.includes('other') ? null : resolveDescription(ctx, a, end);
    // an indefinite one ("a community leader", "One Western envoy") introduces someone new: never a person named in
    // another sentence, only one its own sentence names ("An insurance lawyer, Neil Abernethy, said")
    const indefinite = /^(a|an|one)$/.test(tokens[a].l);
    if (key && indefinite && !namedInSentence(ctx, key, tokens[a].sent)) key = null;
    // "the 31-year-old prop said": an age before a role no one holds is the person the text is about (as "the
    // 31-year-old said" is)
    if (!key && !plural && a === last && a - 1 > sentStart) {
      const aged = agedDescription(ctx, a - 1, sentStart);
      if (aged) return { mention: span(tz, aged.a, end), key: aged.key, a: aged.a, b: end };
    }
    // "the prime minister said" when no one is given that role: a person who has spoken and has no role stated
    if (!key && !plural && tokens[a].l === 'the' && !ORG_NOUNS.has(head) && !words.includes('other')) key = roleFreeSpeaker(ctx, a, end);
    // "the regulator", "the agency": no person holds the role, so a body does (as "the company" below)
    if (!key && !plural && ORG_NOUNS.has(head) && tokens[a].l === 'the') key = orgForDescription(ctx, a, head);
    // an unnamed person ("the mayor") is kept with their description, like an anonymous source; the
    // workspace may still resolve it through roles stated in other documents
    return key ? { mention: desc, key, a, b: end } : { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: end };
  }
  // "Cornyn's statement added", "the union's letter said": a document in the voice of its possessor
  if (VOICE_DOCS.has(head) || DOC_NOUNS.has(head)) {
    // "A Harwick Research survey found", "the Kestrel Bank statement said": the producer named before the noun
    const pm = last - 1 >= sentStart ? ctx.mentionEndingAt.get(last - 1) : undefined;
    if (pm !== undefined && ctx.ents.mentions[pm].type === 'ORG' && ctx.ents.ranges[pm].a - 1 >= sentStart && /^(a|an|the)$/.test(tokens[ctx.ents.ranges[pm].a - 1].l)) {
      const da = ctx.ents.ranges[pm].a - 1;
      return { mention: span(tz, da, end), key: ctx.ents.mentions[pm].entity, a: da, b: end };
    }
    for (let k = last - 1; k >= sentStart && k >= last - 4; k--) {
      const mi = ctx.mentionEndingAt.get(k);
      if (mi === undefined) continue;
      if (!possessiveAfter(tokens, k)) break;
      const mt = ctx.ents.mentions[mi];
      if (mt.type === 'PERSON' || mt.type === 'ORG') return { mention: span(tz, ctx.ents.ranges[mi].a, end), key: mt.entity, a: ctx.ents.ranges[mi].a, b: end };
    }
    // "his letter said", "their report found": the person or body the possessive stands for
    const pos = tokens[last - 1];
    if (last - 1 >= sentStart && /^(his|her|its|their)$/.test(pos.l)) {
      const key = pos.l === 'his' || pos.l === 'her' ? resolvePronoun(ctx, last - 1, pos.l === 'his' ? 'm' : 'f') : resolveIt(ctx, last - 1);
      if (key) return { mention: span(tz, last - 1, end), key, a: last - 1, b: end };
    }
  }
  // "a new poll suggests", its producer named in a later sentence ("The survey by Northbay Research …")
  if (DOC_NOUNS.has(head) && (tokens[a].l === 'a' || tokens[a].l === 'an') && !ctx.inAuthor) {
    ctx.inAuthor = true;
    let author: string | null = null;
    try {
      author = authorNamedAfter(ctx, head, a);
    } finally {
      ctx.inAuthor = false;
    }
    if (author) return { mention: span(tz, a, end), key: author, a, b: end };
  }
  if ((ORG_NOUNS.has(head) || DOC_NOUNS.has(head) || VOICE_DOCS.has(head)) && tokens[a].l === 'the') {
    const desc = span(tz, a, end);
    // "the statement said" after "a statement released by the ministry": the author the article named
    if (!ORG_NOUNS.has(head)) {
      const author = namedAuthor(ctx, head, a) ?? findingsAuthor(ctx, a, head);
      if (author) return { mention: desc, key: author, a, b: end };
    }
    // "the company said": the most salient organisation, else the description itself
    const org = ORG_NOUNS.has(head) ? orgForDescription(ctx, a, head) : null;
    return org ? { mention: desc, key: org, a, b: end } : { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: end };
  }
  return null;
}

/**
 * Heads of a public body's description that no person or company noun is: "mission", "secretariat", "the coast
 * guard" (two words). ORG_NOUNS' bodies have rules of their own.
 */
const BODY_PHRASE_HEADS = new Set(['mission', 'office', 'secretariat', 'directorate', 'inspectorate', 'bureau', 'embassy', 'consulate', 'service']);
const GUARD_BODIES = new Set(['coast', 'national', 'border']);

/**
 * A body described and never named, as the subject before token `end`: "the" (or a place's possessive) and up to
 * five modifiers, names among them, before a body's head ("The U.N. peacekeeping mission", "Italy's coast guard",
 * "The United Nations Secretary-General's office"; not "the provincial disaster office", no name in it). Its
 * description becomes its name (the workspace makes an organisation of it). "the league office" is the organisation named before whose
 * name's head is the modifier ("the Prairie Athletic League"). Null when the phrase is none of these.
 */
function describedBodyPhrase(ctx: Ctx, end: number, sentStart: number): Candidate | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const last = end - 1;
  const t = tokens[last];
  if (t.k !== Kind.Word || t.cap || last - 1 < sentStart) return null;
  const guard = t.l === 'guard' && GUARD_BODIES.has(tokens[last - 1].l);
  if (!BODY_PHRASE_HEADS.has(t.l) && !guard) return null;
  let a = last - (guard ? 1 : 0);
  let place = false;
  while (a > sentStart && a > last - 6) {
    const p = tokens[a - 1];
    if (p.k === Kind.Word && p.l === 'the') { a--; break; }
    // "Italy's coast guard": a place's possessive opens the phrase
    if (POSSESSIVE_MARKS.has(p.w) && a - 2 >= sentStart) {
      const pm = ctx.mentionEndingAt.get(a - 2);
      if (pm !== undefined && ctx.ents.mentions[pm].type === 'PLACE') { a = ctx.ents.ranges[pm].a; place = true; break; }
      a--;
      continue;
    }
    if (p.k !== Kind.Word || (!p.cap && (isVerbish(p) && !p.l.endsWith('ing') || DETERMINERS.has(p.l) || PREPOSITIONS.has(p.l) || SUBORDINATORS.has(p.l) || p.l === 'and' || p.l === 'but'))) return null;
    a--;
  }
  if (!place && tokens[a].l !== 'the') return null;
  // the subject of its clause: the sentence's start or after a comma
  if (a > sentStart && tokens[a - 1].w !== ',') return null;
  const from = place ? a : a + 1;
  if (from >= last - (guard ? 1 : 0)) return null;
  // (a person's office speaks for them: "Ruiz's office" is the proxy rules')
  if (t.l === 'office' && ctx.mentionEndingAt.has(last - 2) && ctx.ents.mentions[ctx.mentionEndingAt.get(last - 2)!].type === 'PERSON') return null;
  // "the league office": the body named before whose name's head is the one modifier
  if (!place && from === last - 1 && tokens[from].k === Kind.Word && !tokens[from].cap) {
    const org = orgByNameHead(ctx, a, tokens[from].l);
    if (org) return { mention: span(tz, a, end), key: org, a, b: end };
    return null;
  }
  // (a name among the modifiers makes it a body of its own; "the provincial disaster office" stays an unnamed source)
  if (!place && !tokens.slice(from, last).some((x) => x.cap)) return null;
  return { mention: span(tz, a, end), key: bodyKey(tz, from, end), a, b: end };
}

/**
 * The key of a body named by its description from token a to b ("Russian defence ministry", "Russia's defence
 * ministry"): a nationality or a country's possessive stands for the country, so both spellings are one body.
 */
function bodyKey(tz: Tokenized, a: number, b: number): string {
  const { tokens } = tz;
  const parts: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.w === "'s" || t.w === '’s') continue;
    parts.push(k === a ? (lex.demonymCountry(t.w) ?? lex.placeCanonical(t.w) ?? t.w) : t.w);
  }
  return `org:${slug(parts.join(' '))}`;
}

/** A body named by its description: tokens a to b, its key (as bodyKey gives it), its head noun and country. */
interface DescribedBody {
  a: number;
  b: number;
  key: string;
  head: string;
  /** the country the description names ("Mali" for "Mali's military government", "Russia" for "the Russian …") */
  country: string;
  /** the words after the country ("military government") */
  rest: string[];
}

/** Heads of a country's bodies, that "its"/"their" give to a country or government: "its foreign ministry". */
const STATE_HEADS = new Set(['ministry', 'government', 'department', 'army', 'military', 'police', 'administration', 'embassy', 'cabinet', 'navy', 'junta', 'parliament']);

/**
 * The bodies a text names by their description, outside quotations, captions and bylines: a place's possessive or
 * a nationality, at most three lower-case words and a body's noun ("Guatemala's defence ministry", "the Malian
 * military government", "Peru's environment ministry"). Collected once per document.
 */
function describedBodies(ctx: Ctx): DescribedBody[] {
  if (ctx.bodies) return ctx.bodies;
  const { tz } = ctx;
  const { tokens } = tz;
  const out: DescribedBody[] = [];
  const tail = (from: number): number => {
    // at most three lower-case words, then a body's noun: the end (exclusive), or -1
    for (let k = from; k < tokens.length && k < from + 4; k++) {
      const w = tokens[k];
      if (w.k !== Kind.Word || w.cap || w.sent !== tokens[from].sent) return -1;
      if (ORG_NOUNS.has(w.l)) return tokens[k + 1]?.k === Kind.Word && !tokens[k + 1].cap && ORG_NOUNS.has(tokens[k + 1].l) ? -1 : k + 1;
      if (isVerbish(w) || DETERMINERS.has(w.l) || PREPOSITIONS.has(w.l) || NP_STOP.has(w.l)) return -1;
    }
    return -1;
  };
  const push = (a: number, c: number, e: number, country: string): void => {
    if (insideQuote(ctx.quoteSpans, tokens[a].s) || (ctx.noise ??= noiseParagraphs(tz)).has(tokens[a].para)) return;
    const rest = tokens.slice(c, e).map((x) => x.w);
    out.push({ a, b: e, key: `org:${slug([country, ...rest].join(' '))}`, head: tokens[e - 1].l, country, rest });
  };
  // "Guatemala's defence ministry": a place's possessive
  ctx.ents.mentions.forEach((m, mi) => {
    if (m.type !== 'PLACE') return;
    const r = ctx.ents.ranges[mi];
    if (!POSSESSIVE_MARKS.has(tokens[r.b]?.w ?? '') || tokens[r.b].w.length < 2) return;
    const e = tail(r.b + 1);
    if (e < 0) return;
    const w = tokens[r.a].w;
    push(r.a, r.b + 1, e, [lex.demonymCountry(w) ?? lex.placeCanonical(w) ?? w, ...tokens.slice(r.a + 1, r.b).map((x) => x.w)].join(' '));
  });
  // "the Malian government", "the Russian defence ministry": a nationality after "the"
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!t.cap || t.k !== Kind.Word || tokens[k - 1].l !== 'the') continue;
    const country = lex.demonymCountry(t.w);
    if (!country) continue;
    const e = tail(k + 1);
    if (e >= 0) push(k - 1, k + 1, e, country);
  }
  out.sort((x, y) => x.a - y.a);
  return (ctx.bodies = out);
}

/** The most salient body named by its description with head noun `head` before token i (within the salience window). */
function describedBodyBefore(ctx: Ctx, i: number, test: (d: DescribedBody) => boolean): string | null {
  const fit = describedBodies(ctx).filter((d) => d.b <= i && test(d));
  return fit.length ? salient(ctx, i, () => false, fit) : null;
}

/**
 * "its foreign ministry", "their interior ministry" from token a (the possessive) to end: a state's body, of the
 * country or government the possessive stands for — the most salient place, government named by its
 * description ("Mali's military government condemned …") or government-like organisation before it — keyed as
 * "Mali's foreign ministry" would be. Null when none is at hand.
 */
function possessedStateBody(ctx: Ctx, a: number, end: number): Candidate | null {
  const { tz } = ctx;
  const bodies = describedBodies(ctx);
  const key = salient(ctx, a, (type, cl) => type === 'PLACE' || (type === 'ORG' && !!cl && nameWords(cl.name).some((w) => STATE_WORDS.has(w))), bodies);
  if (!key) return null;
  const body = bodies.find((d) => d.key === key);
  const cl = ctx.clusters.get(key);
  const owner = body ? body.country : cl ? (cl.type === 'PLACE' ? lex.placeCanonical(cl.name) ?? cl.name : cl.name) : null;
  if (!owner) return null;
  const rest = tz.tokens.slice(a + 1, end).map((x) => x.w);
  return { mention: span(tz, a, end), key: `org:${slug([owner, ...rest].join(' '))}`, a, b: end };
}
/** Words in the name of an organisation that governs: its ministries are "its ministries". */
const STATE_WORDS = new Set(['government', 'republic', 'kingdom', 'state', 'authority', 'junta', 'council', 'administration']);

/**
 * "her group said", "his company": the organisation that the person the possessive stands for speaks for, as the
 * text introduced them — "NAME of/at/from [the] [Paris-based] ORG", "NAME, director of ORG" — the one whose name
 * says the noun's kind when several; null when the person is given no organisation.
 */
function affiliationOf(ctx: Ctx, a: number, end: number): Candidate | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const head = tokens[end - 1].l;
  const person = resolvePronoun(ctx, a, tokens[a].l === 'his' ? 'm' : 'f');
  if (!person || ctx.clusters.get(person)?.type !== 'PERSON') return null;
  const { mentions, ranges } = ctx.ents;
  const found: string[] = [];
  for (let m = 0; m < mentions.length && ranges[m].a < a; m++) {
    if (mentions[m].entity !== person || hiddenMention(ctx, m)) continue;
    let k = ranges[m].b;
    const sent = tokens[ranges[m].a].sent;
    // ", director of", ", a researcher at": an apposition's role words first
    if (tokens[k]?.w === ',') {
      let n = k + 1;
      while (n < tokens.length && n < k + 7 && tokens[n].k === Kind.Word && !tokens[n].cap && !/^(of|at|from|with|for)$/.test(tokens[n].l) && !isVerbish(tokens[n])) n++;
      if (n > k + 1) k = n;
    }
    if (!/^(of|at|from|with|for)$/.test(tokens[k]?.l ?? '') || tokens[k].sent !== sent) continue;
    k++;
    if (tokens[k]?.l === 'the') k++;
    // "the Paris-based Gold Trail Observatory": a short modifier before the name
    for (let n = 0; n < 3 && k < tokens.length && tokens[k].sent === sent; n++) {
      const w = tokens[k];
      const hyphened = w.w === '-' || tokens[k + 1]?.w === '-' || /\p{L}[-‑]\p{Ll}/u.test(w.w);
      if (!hyphened && (ctx.mentionStartingAt.has(k) || w.k !== Kind.Word || w.cap)) break;
      k++;
    }
    const om = ctx.mentionStartingAt.get(k);
    if (om !== undefined && mentions[om].type === 'ORG') found.push(mentions[om].entity);
  }
  if (!found.length) return null;
  const kind = ORG_KIND_WORDS.get(head);
  const fits = found.filter((key) => { const w = nameWords(ctx.clusters.get(key)?.name ?? ''); return w.includes(head) || (!!kind && w.some((x) => kind.has(x))); });
  const key = (fits.length ? fits : found)[(fits.length ? fits : found).length - 1];
  return { mention: span(tz, a, end), key, a, b: end };
}

/**
 * The owner a document or record phrase from token a names by a possessive before its noun: "its latest survey",
 * "their report" (the organisation "it" stands for), "his letter" (the person), "the committee's report" (the
 * body "the committee" stands for). Null when there is none or it cannot be resolved.
 */
function possessorOf(ctx: Ctx, a: number): string | null {
  const { tokens } = ctx.tz;
  const t = tokens[a];
  if (t.l === 'its' || t.l === 'their') return resolveIt(ctx, a);
  if (t.l === 'his' || t.l === 'her') return resolvePronoun(ctx, a, t.l === 'his' ? 'm' : 'f');
  const noun = tokens[a + 1]?.l.replace(/['’]s$/, '');
  // (a body of a kind no name says, "the broadcaster's data", stays unnamed; "the company", "the group" are the
  // most salient organisation)
  if (t.l === 'the' && noun && ORG_NOUNS.has(noun) && possessiveAfter(tokens, a + 1)) {
    return salientNamedBy(ctx, a, noun) ?? orgOfKind(ctx, a, noun) ?? describedBodyBefore(ctx, a, (d) => d.head === noun)
      ?? (GENERIC_ORG_NOUNS.has(noun) ? salient(ctx, a, (type) => type === 'ORG') : null);
  }
  if (t.l === 'the' && noun && !KIND_NOUNS.has(noun) && possessiveAfter(tokens, a + 1)) return orgByNameHead(ctx, a, noun);
  return null;
}

/**
 * "Inspectors … found that … The report, published on Thursday, said …": a report (study, review, audit, inquiry)
 * the text names no author for is that of the body whose findings the sentence before reported — the last claim,
 * there, of a named organisation with a verb of finding. Null otherwise.
 */
function findingsAuthor(ctx: Ctx, a: number, head: string): string | null {
  if (!/^(report|study|review|audit|inquiry|investigation|analysis)$/.test(head)) return null;
  const { tokens } = ctx.tz;
  const q = ctx.claims[ctx.claims.length - 1];
  if (!q?.speaker || q.anonymous || !q.cue || (ctx.clusters.get(q.speaker)?.type ?? (q.speaker.startsWith('org:') ? 'ORG' : '')) !== 'ORG') return null;
  const v = tokenAt(tokens, q.cue.start);
  if (tokens[v].sent !== tokens[a].sent - 1 || !/^(find|conclude)$/.test(lex.cueLemma(tokens[v].l) ?? tokens[v].l)) return null;
  return q.speaker;
}

/**
 * The body whose inspectors a text quotes: an organisation named, outside quotations, as the agent of an
 * inspection's verdict ("rated 'inadequate' by Ofsted", "judged good by the Care Inspectorate"), before the
 * inspection's documents or staff ("the Ofsted report", "Estyn inspectors") or with "inspectorate" in its name —
 * the most salient before token a when several are. Null when the text names none ("inspectors rated the school").
 */
function inspectorate(ctx: Ctx, a: number): string | null {
  const { tokens } = ctx.tz;
  const { mentions, ranges } = ctx.ents;
  const keys = new Set<string>();
  for (let m = 0; m < mentions.length; m++) {
    if (mentions[m].type !== 'ORG' || hiddenMention(ctx, m)) continue;
    const r = ranges[m];
    const cl = ctx.clusters.get(mentions[m].entity);
    let by = r.a - 1;
    if (tokens[by]?.l === 'the') by--;
    let agent = false;
    if (tokens[by]?.l === 'by') {
      // "rated 'inadequate' by", "judged to be good by": a verdict verb within the few words before "by"
      for (let k = by - 1; k >= 0 && k >= by - 6 && tokens[k].sent === tokens[by].sent; k--) if (/^(rated|judged|graded|inspected|assessed|downgraded|upgraded)$/.test(tokens[k].l)) { agent = true; break; }
    }
    const next = tokens[r.b];
    if (agent || (next && /^(report|reports|inspection|inspections|inspectors|inspector)$/.test(next.l)) || (cl && nameWords(cl.name).some((w) => w === 'inspectorate'))) keys.add(mentions[m].entity);
  }
  return oneOrSalient(ctx, a, keys);
}

/**
 * "the employers' association", "the defence ministry": a definite body described with lower-case words only, that
 * the text named before — the one organisation whose name holds every word ("Pacific Terminal Employers
 * Association"), else the most salient body named by a description that holds them ("Guatemala's defence
 * ministry"). Null when none does.
 */
function namedBodyDescribed(ctx: Ctx, a: number, end: number): string | null {
  const { tokens } = ctx.tz;
  const words: string[] = [];
  for (let k = a + 1; k < end; k++) {
    const t = tokens[k];
    if (POSSESSIVE_MARKS.has(t.w)) continue;
    if (t.k !== Kind.Word || t.cap) return null;
    words.push(t.l.replace(/['’]s?$/, ''));
  }
  if (!words.length) return null;
  const stem = (w: string): string => w.replace(/(ies|s)$/, '');
  const has = (names: string[], w: string): boolean => names.some((x) => x === w || stem(x) === stem(w));
  let found: string | null = null;
  for (const cl of ctx.clusters.values()) {
    if (cl.type !== 'ORG') continue;
    const nw = nameWords(cl.name);
    if (!words.every((w) => has(nw, w))) continue;
    if (found) return null;
    found = cl.key;
  }
  if (found) return found;
  const head = words[words.length - 1];
  return describedBodyBefore(ctx, a, (d) => d.head === head && words.every((w) => has(d.rest.map((x) => x.toLowerCase()), w)));
}

/**
 * "said Vane constituent Ola Pike", "said the mayor's chief housing adviser Rui Costa", "said Oslo's Kari
 * Moe": a named person after a short noun phrase that describes them (words and possessives only, no verb,
 * conjunction or punctuation), from token `from`.
 */
function describedName(ctx: Ctx, c: Candidate, from: number): boolean {
  const { tokens } = ctx.tz;
  if (!c.key || c.anonymous || c.a - from > 6 || c.a <= from || ctx.clusters.get(c.key)?.type !== 'PERSON') return false;
  for (let k = from; k < c.a; k++) {
    const t = tokens[k];
    if (/^['’]s?$/.test(t.w) && k > from) continue;
    if (t.k !== Kind.Word || isVerbish(t) || NP_STOP.has(t.l) || SUBORDINATORS.has(t.l) || (PREPOSITIONS.has(t.l) && t.l !== 'of') || PRONOUNS[t.l] !== undefined) return false;
  }
  return true;
}

/**
 * The start of a capitalised name of a body that ends with the mention starting at token a: "Friends of | Lower
 * Marsh", "Council for | Coastal Planning" — one to three capitalised words (no name, title, singular role ("Minister
 * for", "Mayor of": a person's title), nor at the sentence's start an unnamed-source noun ("Residents of")) before
 * "of"/"for" [the]. Null when there is none.
 */
function nameAround(ctx: Ctx, a: number, sentStart: number): number | null {
  const { tokens } = ctx.tz;
  const sentA = ctx.tz.sentences[tokens[a].sent].a;
  let p = a - 1;
  if (p > sentStart && tokens[p].l === 'the' && !tokens[p].cap) p--;
  if (p <= sentStart || !/^(of|for)$/.test(tokens[p].l)) return null;
  let w = p;
  while (w > sentStart && w > p - 3) {
    const t = tokens[w - 1];
    if (t.k !== Kind.Word || !t.cap || t.l === 'the') break;
    // capitalised inside a sentence, a word is a name's ("the Friends of …"); at its start, maybe a plain noun ("Friends of the victim")
    const opening = w - 1 === sentA;
    if (ctx.mentionEndingAt.has(w - 1) || lex.isTitle(t.l) || (isRole(t.l) && !/[^s]s$/.test(t.l)) || (opening && (lex.isAnonymousSource(t.l) || GENERIC_PERSONS.has(t.l) || lex.isStopCap(t.w))) || isVerbish(t)) return null;
    w--;
  }
  return w < p ? w : null;
}

/**
 * The one organisation of the document whose name holds `head` as a word ("the council" for "West Sussex County
 * Council", "police" for "Police Scotland"), named before or after the description; null when none or several.
 */
function orgNamedBy(ctx: Ctx, head: string): string | null {
  const keys = orgsNamedBy(ctx, head);
  return keys.size === 1 ? [...keys][0] : null;
}

/** A municipality's name, that a text calls back by its head ("the City", "the county") as the council that governs it. */
const MUNICIPAL_NAME = /^(city|town|county|borough|municipality|district|shire|village)\s+of\s/i;

/**
 * The organisation whose name has `head` as its head noun — the word before "of"/"for" ("City of Lakeport",
 * "Directorate of Fisheries"), else its last word ("Coffee Directorate", "Nairobi Grain Exchange") — the most
 * salient before token a; a municipality typed as a place counts ("the City" for "City of Lakeport"). Null for a
 * person's noun or role, or when no such body was named before.
 */
function orgByNameHead(ctx: Ctx, a: number, head: string): string | null {
  if (head.length < 3 || GENERIC_PERSONS.has(head) || isRole(head) || PRONOUNS[head] !== undefined) return null;
  const keys = new Set<string>();
  for (const cl of ctx.clusters.values()) {
    if (cl.type !== 'ORG' && !(cl.type === 'PLACE' && MUNICIPAL_NAME.test(cl.name))) continue;
    const w = cl.name.split(/\s+/);
    if (w.length < 2) continue;
    const of = w.findIndex((x, n) => n > 0 && /^(of|for)$/i.test(x));
    if ((of > 0 ? w[of - 1] : w[w.length - 1]).toLowerCase() === head) keys.add(cl.key);
  }
  if (!keys.size) return null;
  const key = salient(ctx, a, (_type, cl) => !!cl && keys.has(cl.key));
  if (key || keys.size > 1) return key;
  // (the one such body, named before however far back: "the City" in the last paragraph of a council story)
  const [only] = keys;
  const at = ctx.tz.tokens[a].s;
  return ctx.ents.mentions.some((m) => m.entity === only && m.start < at) ? only : null;
}

/** The organisations whose name holds `head` as a word. */
function orgsNamedBy(ctx: Ctx, head: string): Set<string> {
  const keys = new Set<string>();
  for (const cl of ctx.clusters.values()) if (cl.type === 'ORG' && cl.name.toLowerCase().split(/\s+/).includes(head)) keys.add(cl.key);
  return keys;
}

/** The organisation whose name holds `head` as a word, the most salient before token a when several do. */
function salientNamedBy(ctx: Ctx, a: number, head: string): string | null {
  return oneOrSalient(ctx, a, orgsNamedBy(ctx, head));
}

/** Of the entities `keys`, the one when there is one, else the most salient before token a (null when none is). */
function oneOrSalient(ctx: Ctx, a: number, keys: ReadonlySet<string>): string | null {
  return keys.size === 1 ? [...keys][0] : keys.size > 1 ? salient(ctx, a, (_type, cl) => !!cl && keys.has(cl.key)) : null;
}

/**
 * "the company", "the regulator", "the force": the organisation the description stands for — the one whose name
 * holds the noun, else the most salient organisation (a team's place for "the club").
 */
function orgForDescription(ctx: Ctx, a: number, head: string): string | null {
  const named = orgNamedBy(ctx, head) ?? orgOfKind(ctx, a, head);
  if (named) return named;
  // "the gallery", "the museum": a body of that kind the article names, else the description stays unnamed
  if (NAMED_KIND_ONLY.has(head)) return null;
  // "the club": a team named after its town may be typed as the place, but a venue is a place too ("at
  // Addington Park"): an organisation first, the place only when no organisation is at hand
  const local = salient(ctx, a, (type) => type === 'ORG');
  // "the company", "the club" with no kind to match: the body the article is about, unless another is the subject
  // of this sentence or the one before ("Pratham Infra fell 4.8 per cent. The company told …")
  if (GENERIC_ORG_NOUNS.has(head) || TEAM_NOUNS.has(head)) {
    const topic = topicOrg(ctx);
    if (topic && topic !== local && !(local && subjectNearby(ctx, a, local))) return topic;
  }
  return local ?? (TEAM_NOUNS.has(head) ? salient(ctx, a, (type) => type === 'PLACE') : null);
}

/**
 * The organisation an article is about: one named in its headline or first paragraph of prose (outside quotations,
 * bylines and captions) that the article names more often than any other organisation, at least three times.
 */
function topicOrg(ctx: Ctx): string | null {
  if (ctx.topic !== undefined) return ctx.topic;
  const { tokens } = ctx.tz;
  const count = new Map<string, number>();
  let first: string | null = null;
  const lead = firstParas(ctx);
  ctx.ents.mentions.forEach((m, i) => {
    if (m.type !== 'ORG' || hiddenMention(ctx, i)) return;
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
    const r = ctx.ents.ranges[i];
    if (first === null && tokens[r.a].para <= lead && subjectAt(ctx.tz, r.b, tokens.length)) first = m.entity;
  });
  if (first === null) return (ctx.topic = null);
  // a short form counts for the full name it begins ("Rhône Valley" for "Rhône Valley Basket")
  const words = new Map([...count.keys()].map((k) => [k, nameWords(ctx.clusters.get(k)?.name ?? '')]));
  const w = words.get(first)!;
  let full: string = first;
  let n = 0;
  for (const [o, ow] of words) {
    const begins = w.length > 0 && w.every((x, j) => ow[j] === x);
    const begun = ow.length > 0 && ow.every((x, j) => w[j] === x);
    if (begins && ow.length > words.get(full)!.length) full = o;
    if (begins || begun) n += count.get(o)!;
  }
  ctx.topic = n >= 2 ? full : null;
  return ctx.topic;
}

/**
 * The index of the lead: the first paragraph of prose (twelve words or more, not a byline or caption). The
 * headline, a dateline or a score line come before it.
 */
function firstParas(ctx: Ctx): number {
  const noise = (ctx.noise ??= noiseParagraphs(ctx.tz));
  const { tokens } = ctx.tz;
  let words = 0;
  let para = -1;
  for (const t of tokens) {
    if (t.para !== para) {
      para = t.para;
      words = 0;
    }
    if (t.k !== Kind.Word || noise.has(t.para)) continue;
    if (++words === 12) return t.para;
  }
  return para;
}

/** Entity `key` is named as a subject in token a's sentence or the one before it, in its paragraph. */
function subjectNearby(ctx: Ctx, a: number, key: string): boolean {
  const { tokens } = ctx.tz;
  const sent = tokens[a].sent;
  for (let m = lastMentionBefore(ctx, a); m >= 0; m--) {
    const r = ctx.ents.ranges[m];
    if (r.a >= a) continue;
    if (sent - tokens[r.a].sent > 1 || tokens[r.a].para !== tokens[a].para) break;
    if (ctx.ents.mentions[m].entity === key && !hiddenMention(ctx, m) && subjectAt(ctx.tz, r.b, a)) return true;
  }
  return false;
}

/**
 * "the airline" when the article names "Aerolíneas Solana" and a pilots' union: the organisation whose name says
 * its kind, the most salient of them when several do; null when none does.
 */
function orgOfKind(ctx: Ctx, a: number, head: string): string | null {
  const kind = ORG_KIND_WORDS.get(head);
  if (!kind) return null;
  const keys = new Set<string>();
  // (a gallery, a museum or a theatre is a building too: its name may be typed as a place)
  const building = NAMED_KIND_ONLY.has(head);
  for (const cl of ctx.clusters.values()) {
    if ((cl.type === 'ORG' || (building && cl.type === 'PLACE')) && nameWords(cl.name).some((w) => kind.has(w))) keys.add(cl.key);
  }
  if (keys.size <= 1) return keys.size === 1 ? [...keys][0] : null;
  // (none of them named before it: a lede describes first and names later, the first named after it)
  return salient(ctx, a, (type, cl) => !!cl && keys.has(cl.key)) ?? firstNamedAfter(ctx, a, keys);
}

/** Of the entities `keys`, when none is named before token a, the one named first after it; null otherwise. */
function firstNamedAfter(ctx: Ctx, a: number, keys: ReadonlySet<string>): string | null {
  const at = ctx.tz.tokens[a].s;
  for (const m of ctx.ents.mentions) {
    if (!keys.has(m.entity)) continue;
    return m.start > at ? m.entity : null;
  }
  return null;
}

/** Kinds a text may use for one another ("the airline" for a body introduced as "the carrier"). */
const KIND_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['airline', ['carrier']], ['carrier', ['airline']], ['charity', ['nonprofit']], ['nonprofit', ['charity']],
  ['organisation', ['organization']], ['organization', ['organisation']], ['lender', ['bank']], ['bank', ['lender']], ['app', ['platform']], ['platform', ['app']],
]);

/**
 * The kinds the text gives each organisation where it names it: a kind before the name ("the consumer group Fair
 * Shop", "Sydney company Redgum Pictures"), a description in apposition after or before it ("Tarn Mining, the
 * country's largest coal producer,"; "The industry body, the Salmon Forum,") or as a predicate ("Fair Shop is a
 * charity"). By organisation key, the head nouns (KIND_NOUNS).
 */
function orgKinds(ctx: Ctx): Map<string, Set<string>> {
  if (ctx.orgKinds) return ctx.orgKinds;
  const { tokens } = ctx.tz;
  const out = new Map<string, Set<string>>();
  const add = (key: string, k: number): void => {
    const t = tokens[k];
    if (!t || t.k !== Kind.Word || t.cap || !KIND_NOUNS.has(t.l)) return;
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(t.l);
    // (and its modifiers, marked "~": "the online payments provider" is only one introduced with those words)
    for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j].k === Kind.Word && !tokens[j].cap && !DESCRIPTIVE_START.has(tokens[j].l) && tokens[j].sent === t.sent; j--) set.add(`~${tokens[j].l}`);
  };
  // the head of a description from token `from` ([det] [modifiers] HEAD), up to a comma, a preposition or the end
  const descHead = (from: number, sent: number): number => {
    let k = from;
    if (k < tokens.length && (DESCRIPTIVE_START.has(tokens[k].l) || tokens[k].l === 'one')) k++;
    let last = -1;
    for (let n = 0; k < tokens.length && n < 8 && tokens[k].sent === sent; k++, n++) {
      const t = tokens[k];
      if (POSSESSIVE_MARKS.has(t.w)) continue;
      if (t.k !== Kind.Word || PREPOSITIONS.has(t.l) || /^(based|owned|run|led|which|who|whose)$/.test(t.l)) return last;
      // (the description ends the apposition: "Facebook, the union said" is no apposition)
      if (NP_STOP.has(t.l) || isVerbish(t)) return -1;
      last = k;
    }
    return k >= tokens.length || tokens[k].sent !== sent ? last : -1;
  };
  ctx.ents.mentions.forEach((m, i) => {
    if (m.type !== 'ORG') return;
    const r = ctx.ents.ranges[i];
    const sent = tokens[r.a].sent;
    // "the consumer group Fair Shop", "rail operator Dyffryn Rail"
    if (r.a > 0 && tokens[r.a - 1].sent === sent) add(m.entity, r.a - 1);
    // "Tarn Mining, the country's largest coal producer," / "Fair Shop, a charity,"
    if (tokens[r.b]?.w === ',' && tokens[r.b + 1] && DESCRIPTIVE_START.has(tokens[r.b + 1].l)) {
      const h = descHead(r.b + 1, sent);
      if (h > 0) add(m.entity, h);
    }
    // "Fair Shop is a charity", "Tarn Mining, which is the largest producer"
    if (tokens[r.b] && /^(is|was)$/.test(tokens[r.b].l) && tokens[r.b + 1] && /^(a|an|the)$/.test(tokens[r.b + 1].l)) {
      const h = descHead(r.b + 1, sent);
      if (h > 0) add(m.entity, h);
    }
    // "The industry body, the Salmon Forum,": a description before the name, in apposition
    if (r.a > 2 && tokens[r.a - 1].w === ',' && tokens[r.a - 2].sent === sent) {
      let d = r.a - 2;
      while (d > 0 && d > r.a - 7 && tokens[d - 1].sent === sent && tokens[d - 1].k === Kind.Word && !DESCRIPTIVE_START.has(tokens[d].l)) d--;
      if (DESCRIPTIVE_START.has(tokens[d].l) && (d === 0 || tokens[d - 1].sent !== sent || tokens[d - 1].k !== Kind.Word)) add(m.entity, r.a - 2);
    }
  });
  ctx.orgKinds = out;
  return out;
}

/**
 * "the group said" after "the consumer group Fair Shop": the organisation the text introduced with that kind (or
 * a kind it may stand for: airline and carrier), the most salient of them when several (or for a kind any body
 * has: company, firm, group); null when none, or when a person holds a role of that name ("the producer" after
 * "film producer Ann Lee").
 */
function orgIntroducedAs(ctx: Ctx, a: number, head: string): string | null {
  const kinds = orgKinds(ctx);
  if (!kinds.size) return null;
  const words = [head, ...(KIND_SYNONYMS.get(head) ?? [])];
  const { tokens } = ctx.tz;
  const mods: string[] = [];
  for (let k = a + 1; k < a + 4 && tokens[k].l !== head; k++) mods.push(tokens[k].l);
  const keys = new Set<string>();
  for (const [key, set] of kinds) {
    if (!words.some((w) => set.has(w))) continue;
    // a modified description ("the online retail giant") needs the words it was introduced with, or its name's
    const name = mods.length ? nameWords(ctx.clusters.get(key)?.name ?? '') : [];
    if (mods.every((w) => set.has(`~${w}`) || name.includes(w))) keys.add(key);
  }
  if (!keys.size) return null;
  if (isRole(head) && onePerson(ctx, (cl) => statedRoles(ctx, cl).some((r) => r.toLowerCase().split(/\s+/).pop() === head)) !== null) return null;
  const at = ctx.tz.tokens[a].s;
  const before = [...keys].filter((k) => ctx.ents.mentions.some((m) => m.entity === k && m.start < at));
  // (a kind any body has, "the company", "the group", only for one named within the salience window)
  if (!before.length) return null;
  return before.length === 1 && !GENERIC_ORG_NOUNS.has(head) ? before[0] : salient(ctx, a, (_type, cl) => !!cl && before.includes(cl.key));
}

/** The nearest organisation named before token a in its sentence ("Koala Pay plunged after the payments provider warned"). */
function orgInSentence(ctx: Ctx, a: number): string | null {
  const { tokens } = ctx.tz;
  // (not one in brackets: "Tarrow Pharma (NSE: TARPH)" glosses the company with its exchange and ticker)
  let depth = 0;
  for (let k = a - 1; k >= 0 && tokens[k].sent === tokens[a].sent; k--) {
    if (tokens[k].w === ')') depth++;
    else if (tokens[k].w === '(' && depth > 0) depth--;
    const mi = depth ? undefined : ctx.mentionEndingAt.get(k);
    if (mi !== undefined && ctx.ents.mentions[mi].type === 'ORG' && !insideQuote(ctx.quoteSpans, tokens[k].s)) return ctx.ents.mentions[mi].entity;
  }
  return null;
}

/** Kinds of business a text describes a named one by ("the budget airline", "the rail operator"); not public bodies, which a description may name ("the financial regulator"). */
const BUSINESS_KINDS = new Set(['airline', 'carrier', 'retailer', 'insurer', 'lender', 'bank', 'carmaker', 'broadcaster', 'newspaper', 'operator',
  'manufacturer', 'utility', 'label', 'publisher']);

/** Nouns for a business by its trade that no person is called by ("the payments provider", "the coffee chain"; not "developer", "giant"). */
const TRADES = new Set(['provider', 'chain', 'startup', 'conglomerate', 'consortium', 'platform', 'franchise', 'exporter', 'importer', 'shipper', 'maker']);

/** One-word nouns for a manufacturer by its goods ("the drugmaker", "the chipmaker"), never a person ("lawmaker", "filmmaker"). */
const MAKERS = /^(drug|chip|auto|steel|toy|phone|handset|plane|aircraft|truck|tyre|tire|glass|cement|paper|engine|tobacco|vaccine|battery|software|watch)maker$/;

/** Bodies a text calls by their kind only when it named one of that kind ("Kendrew Gallery" for "the gallery"). */
const NAMED_KIND_ONLY = new Set(['gallery', 'museum', 'theatre', 'theater', 'library', 'label', 'publisher', 'utility', 'operator', 'manufacturer']);

/** The words of a name, lower case and without accents ("Aerolíneas Solana" → aerolineas, solana). */
function nameWords(name: string): string[] {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words in an organisation's name that say what kind of body it is, by the noun a text describes it with. */
const ORG_KIND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const kinds: Record<string, string> = {
    regulator: 'authority commission regulator regulatory ofcom ofgem ofwat',
    airline: 'air airline airlines airways aviation aerolineas aero jet',
    carrier: 'air airline airlines airways aviation aerolineas aero jet',
    retailer: 'stores store shops retail retailers supermarket supermarkets mart',
    insurer: 'insurance assurance insurers',
    lender: 'bank banking building finance credit mortgage',
    bank: 'bank banking',
    carmaker: 'motors motor automotive auto cars',
    broadcaster: 'tv television radio broadcasting broadcast',
    newspaper: 'times post gazette herald journal news tribune chronicle courier telegraph guardian observer mail express',
    union: 'union unions federation sindicato syndicat',
    university: 'university college institute',
    hospital: 'hospital infirmary clinic',
    charity: 'trust foundation charity appeal',
    gallery: 'gallery galleries art arts',
    museum: 'museum museums',
    theatre: 'theatre theater playhouse',
    theater: 'theatre theater playhouse',
    label: 'records recordings music',
    publisher: 'books press publishing publishers',
    utility: 'water energy power gas electric electricity',
    operator: 'trains rail railway railways buses bus transport',
    manufacturer: 'motors industries manufacturing instruments engineering',
    firm: 'research partners associates consulting consultancy capital securities llp llc ltd inc plc group holdings',
    company: 'ltd inc plc group holdings corp corporation co company industries systems instruments technologies foods',
    agency: 'agency programme program organization organisation fund office service bureau commission administration authority',
    ministry: 'ministry department',
    government: 'government',
  };
  return new Map(Object.entries(kinds).map(([k, v]) => [k, new Set(v.split(' '))]));
})();

/** Unnamed people who speak for a named person or body ("a spokeswoman for Mr. Hollister"): anonymous sources. */
const PROXY_SOURCES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'aide', 'aides', 'official', 'officials',
  'source', 'sources', 'insider', 'insiders', 'staffer', 'staffers']);

/** A body that speaks for one person: "her office said" (a campaign is a speaker of its own). */
const PROXY_NOUNS = new Set(['office']);

/**
 * "her campaign", "Tanner's campaign" ending at token `last` (the noun): a body of its own that speaks for the
 * candidate, keyed by the candidate's surname ("org:tanner-campaign", as "the Tanner campaign" is named), so that
 * two candidates' campaigns, in one document or in two, stay apart. Null when the possessor is no person.
 */
function campaignOf(ctx: Ctx, last: number, sentStart: number): Candidate | null {
  const { tz } = ctx;
  const { tokens } = tz;
  let key: string | null = null;
  let a = last - 1;
  if (/^(his|her)$/.test(tokens[a].l)) key = resolvePronoun(ctx, a, tokens[a].l === 'his' ? 'm' : 'f');
  else {
    for (let k = last - 1; k >= sentStart && k >= last - 2; k--) {
      const mi = ctx.mentionEndingAt.get(k);
      if (mi === undefined) continue;
      if (ctx.ents.mentions[mi].type === 'PERSON' && possessiveAfter(tokens, k) && k + (/\p{L}['’]s$/u.test(tokens[k].w) ? 1 : 2) >= last) {
        key = ctx.ents.mentions[mi].entity;
        a = ctx.ents.ranges[mi].a;
      }
      break;
    }
  }
  const cl = key ? ctx.clusters.get(key) : undefined;
  if (!cl || cl.type !== 'PERSON') return null;
  const surname = cl.name.split(/\s+/).pop()!;
  return { mention: span(tz, a, last + 1), key: `org:${slug(`${surname} campaign`)}`, a, b: last + 1 };
}

/** "the club", "the team": a sports team, often named after its town ("Linfield Town"). */
const TEAM_NOUNS = new Set(['club', 'team']);

/**
 * "the 24-year-old said": a definite age description ending at token `last` stands for the most salient person
 * named before it (within the salience window); "a 24-year-old" is someone new, left to the anonymous rules.
 */
function agedDescription(ctx: Ctx, last: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  if (tokens[last].l !== 'old' && !tokens[last].l.endsWith('year-old')) return null;
  // "24-year-old" as one token or as "24 - year - old"
  let a = last;
  while (a > sentStart && a > last - 5 && tokens[a - 1].e === tokens[a].s) a--;
  if (!/^\d+-year-old$/.test(ctx.tz.text.slice(tokens[a].s, tokens[last].e))) return null;
  if (a <= sentStart || tokens[a - 1].l !== 'the') return null;
  const key = salient(ctx, a - 1, (type) => type === 'PERSON');
  return key ? { mention: span(ctx.tz, a - 1, last + 1), key, a: a - 1, b: last + 1 } : null;
}

/** Words of a title or role before a name: "lead author Dr.", "former Secretary of State", "Texas delegate". */
const ROLE_MODIFIERS = new Set(['lead', 'senior', 'chief', 'former', 'deputy', 'acting', 'assistant', 'vice', 'co', 'executive', 'managing',
  'general', 'principal', 'top', 'longtime', 'veteran', 'state', 'party', 'campaign', 'interim', 'incoming', 'outgoing', 'retired', 'then',
  '-', 'city', 'county', 'national', 'regional', 'local', 'team', 'club', 'head', 'study', 'research']);
function titlePrefix(tokens: Token[], a: number, b: number): boolean {
  if (b - a > 7) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (lex.isHonorific(t.w) || t.w === '.' || lex.isTitle(t.l) || (t.cap && !lex.isStopCap(t.w))) continue;
    if (t.k === Kind.Word && (lex.isRoleExact(t.l) || ROLE_MODIFIERS.has(t.l)) && !isVerbish(t)) continue;
    return false;
  }
  return true;
}

/** Documents in the voice of their author: "a statement released by X" is X speaking. */
const VOICE_DOCS = new Set(['statement', 'letter', 'memo', 'release', 'email', 'e-mail', 'tweet', 'post', 'message', 'note', 'filing', 'communique', 'communiqué', 'bulletin']);

/**
 * "[a|the|its] (joint|written|...) statement (released|issued|sent|put out|posted)? (by|from) X" starting at token
 * a: X, with the whole phrase as the mention. Null otherwise.
 */
function documentAuthor(ctx: Ctx, a: number, limit: number): Candidate | null {
  const { tokens } = ctx.tz;
  let k = a;
  if (k < limit && /^(a|an|the|its|his|her|their)$/.test(tokens[k].l)) k++;
  let n = k;
  const isDoc = (w: string): boolean => VOICE_DOCS.has(w) || DOC_NOUNS.has(w) || EVIDENCE_HEADS.has(w) || MEDIA_DOCS.has(w);
  // (a year among the modifiers: "A 2026 study by")
  while (n < limit && n < k + 3 && !isDoc(tokens[n].l) && (tokens[n].k === Kind.Word && !tokens[n].cap || tokens[n].k === Kind.Num && /^(1[89]|20)\d\d$/.test(tokens[n].w))) n++;
  if (n >= limit || !isDoc(tokens[n].l)) return null;
  let p = n + 1;
  // a complement and a comma before the participle: "a report on the regional food industry, written by"
  if (p < limit && /^(on|into|about|of|for)$/.test(tokens[p].l)) {
    let c = p + 1;
    // (numbers too: "a survey of 1,412 nurses, carried out by")
    const numComma = (x: number): boolean => tokens[x].w === ',' && tokens[x - 1].k === Kind.Num && tokens[x - 1].e === tokens[x].s && tokens[x + 1]?.k === Kind.Num && tokens[x + 1].s === tokens[x].e;
    while (c < limit && c < p + 11 && (tokens[c].w !== ',' || numComma(c)) && (tokens[c].k === Kind.Word && !isVerbish(tokens[c]) || tokens[c].k === Kind.Num || numComma(c) || /^['’]s?$/.test(tokens[c].w))) c++;
    if (tokens[c]?.w === ',' && /^(written|authored|compiled|prepared|produced|released|issued|published|signed|conducted|carried)$/.test(tokens[c + 1]?.l ?? '')) p = c + 1;
  }
  // "the figures, published by the statistics office, show": the participle after a comma
  if (tokens[p]?.w === ',' && /^(released|issued|published|compiled|prepared|produced|conducted|carried)$/.test(tokens[p + 1]?.l ?? '')) p++;
  if (p < limit && /^(released|issued|sent|posted|published|distributed|signed|put|circulated|written|authored|compiled|prepared|produced|conducted|carried)$/.test(tokens[p].l)) p++;
  if (p < limit && (tokens[p].l === 'out' || tokens[p].l === 'jointly')) p++;
  // "released on Tuesday by", "published last week by": a time between the participle and its agent
  p = skipTimeAdverbial(tokens, p, limit);
  // "a report in The Herald": a named publisher of the paper's own reporting
  if (p === n + 1 && p < limit && tokens[p].l === 'in' && MEDIA_DOCS.has(tokens[n].l)) {
    for (let e = Math.min(limit, p + 7); e > p + 1; e--) {
      const c = candidateEndingAt(ctx, e, p + 1);
      if (c && c.key && !c.anonymous && (c.a === p + 1 || (c.a === p + 2 && tokens[p + 1].l === 'the')) && ctx.clusters.get(c.key)?.type === 'ORG') {
        return { mention: span(ctx.tz, a, c.b), key: c.key, a, b: c.b };
      }
    }
    return null;
  }
  if (p >= limit || !/^(by|from)$/.test(tokens[p].l)) return null;
  // "by Qatar University's urban planning department": a unit of a named body is that body
  const owner = ctx.mentionStartingAt.get(p + 1 + (tokens[p + 1]?.l === 'the' ? 1 : 0));
  if (owner !== undefined && (ctx.ents.mentions[owner].type === 'ORG' || ctx.ents.mentions[owner].type === 'PERSON') && !hiddenMention(ctx, owner)) {
    const ob = ctx.ents.ranges[owner].b;
    if (possessiveAfter(tokens, ob - 1)) {
      let h = ob + (/\p{L}['’]s$/u.test(tokens[ob - 1].w) ? 0 : tokens[ob].w === "'" || tokens[ob].w === '’' ? (tokens[ob + 1]?.w === 's' ? 2 : 1) : 1);
      const from = h;
      const unitOf = (w: string): boolean => ORG_NOUNS.has(w) || BODY_HEADS.has(w) || UNIT_HEADS.has(w);
      while (h < limit && h < from + 4 && tokens[h].k === Kind.Word && !tokens[h].cap && !isVerbish(tokens[h]) && !unitOf(tokens[h].l)) h++;
      if (h < limit && tokens[h].k === Kind.Word && !tokens[h].cap && unitOf(tokens[h].l)) {
        return { mention: span(ctx.tz, a, h + 1), key: ctx.ents.mentions[owner].entity, a, b: h + 1 };
      }
    }
  }
  // (long names of bodies: "by the Ministry of Housing, Communities and Local Government")
  for (let e = Math.min(limit, p + 12); e > p + 1; e--) {
    const c = candidateEndingAt(ctx, e, p + 1);
    if (c && c.key && (c.a === p + 1 || (c.a === p + 2 && tokens[p + 1].l === 'the') || titlePrefix(tokens, p + 1, c.a) || bodyDescribed(tokens, p + 1, c.a))) {
      return { mention: span(ctx.tz, a, c.b), key: c.key, anonymous: c.anonymous, a, b: c.b };
    }
  }
  // "published by the statistics office": a body described, not named, kept with its description
  if (tokens[p + 1]?.l === 'the') {
    for (let e = p + 3; e < limit && e < p + 6; e++) {
      const w = tokens[e - 1];
      if (w.k !== Kind.Word || w.cap || isVerbish(w)) break;
      if (ORG_NOUNS.has(w.l) || BODY_HEADS.has(w.l)) {
        const desc = span(ctx.tz, p + 1, e);
        return { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: e };
      }
    }
  }
  return null;
}
/** Participles that give where or when a document appeared, not who wrote it ("published on Monday in the journal X"). */
const APPEARED = /^(published|issued|released|presented|posted|conducted|carried|made|unveiled|tabled)$/;
/**
 * An unnamed document from token a: a determiner, at most three lower-case modifiers, a document's noun ("a study",
 * "a joint communique", "the results of a large trial", "A paper") and an "of" complement, then a participle of
 * publication or the clause's end: the document speaks, an anonymous source named by that phrase. A journal or
 * meeting after the participle is where it appeared ("published on Monday in the journal Marine Ecology"), never
 * its author; a producer after "by" is documentAuthor's. Null when the phrase is none of these.
 */
function unnamedDocument(ctx: Ctx, a: number, limit: number): Candidate | null {
  const { tokens } = ctx.tz;
  // (a first mention: "a study", or "the results of a trial"; "the report" refers back to one the rules resolve)
  if (a >= limit || !(/^(a|an)$/.test(tokens[a].l) || (tokens[a].l === 'the' && /^(results|findings)$/.test(tokens[a + 1]?.l ?? '') && tokens[a + 2]?.l === 'of' && /^(a|an)$/.test(tokens[a + 3]?.l ?? '')))) return null;
  const isDoc = (w: string): boolean => DOC_NOUNS.has(w) || EVIDENCE_HEADS.has(w) || VOICE_DOCS.has(w) || /^(paper|results|findings|trial)$/.test(w);
  let n = a + 1;
  while (n < limit && n < a + 4 && tokens[n].k === Kind.Word && !tokens[n].cap && !isDoc(tokens[n].l) && !isVerbish(tokens[n])) n++;
  if (n >= limit || tokens[n].k !== Kind.Word || !isDoc(tokens[n].l)) return null;
  let e = n + 1;
  // "of 9,400 pupils in Scotland", "of a large trial": the complement, up to the participle or the clause's end
  if (e < limit && tokens[e].l === 'of') {
    e++;
    while (e < limit && e < n + 10 && !APPEARED.test(tokens[e].l) && tokens[e].w !== ';' && tokens[e].k !== Kind.Quote && !(tokens[e].w === ',' && tokens[e + 1]?.k !== Kind.Num)) {
      const t = tokens[e];
      if (t.k === Kind.Word && !t.cap && (FINITE.has(t.l) || (isVerbish(t) && !/^(a|an|the)$/.test(t.l)))) return null;
      // (a person or body named in it: "a study of Ruiz's record" may be theirs)
      const mi = ctx.mentionStartingAt.get(e);
      if (mi !== undefined && ctx.ents.mentions[mi].type !== 'PLACE') return null;
      e++;
    }
  }
  if (e < limit && tokens[e].w !== ',' && tokens[e].w !== '.' && !APPEARED.test(tokens[e].l)) return null;
  if (e < limit && APPEARED.test(tokens[e].l)) {
    // (the producer named after the participle: "a report published by the Harbour Trust"; without a named venue,
    // "a study published on Wednesday", the phrase is left to the other rules, with its participle)
    let venue = false;
    for (let k = e + 1; k < limit && k < e + 14 && tokens[k].w !== ','; k++) {
      if (/^(by|from|for)$/.test(tokens[k].l)) return null;
      if (/^(in|at)$/.test(tokens[k].l) && !venue) {
        let m = k + 1;
        while (m < limit && m < k + 6 && tokens[m].k === Kind.Word && !tokens[m].cap) m++;
        venue = ctx.mentionStartingAt.has(m) || (tokens[m]?.cap === true && !TIME_WORDS.test(tokens[m].l));
      }
    }
    if (!venue) return null;
  }
  const desc = span(ctx.tz, a, e);
  return { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: e };
}

/**
 * The document that opens the sentence at sentStart when an aside of publication follows it, from the comma at
 * token `comma` to token `asideEnd` ("The study of 1,140 adults in 11 countries, published on Wednesday in the
 * European Journal of X,"): a journal or place in the aside is where it appeared, not its author. The author when
 * documentProducer finds one, else the document as an unnamed source. Null when the sentence opens otherwise or
 * the aside names a producer ("published by", "from", "for").
 */
function documentBeforeAside(ctx: Ctx, sentStart: number, comma: number, asideEnd: number): Candidate | null {
  const { tokens } = ctx.tz;
  if (comma - 1 <= sentStart || !APPEARED.test(tokens[comma + 1]?.l ?? '') || !/^(a|an|the)$/.test(tokens[sentStart].l)) return null;
  let inAside = false;
  for (let k = comma + 2; k < asideEnd; k++) {
    if (/^(by|from|for)$/.test(tokens[k].l)) return null;
    if (tokens[k].l === 'in') inAside = true;
  }
  if (!inAside) return null;
  const isDoc = (w: string): boolean => DOC_NOUNS.has(w) || /^(paper|trial|research)$/.test(w);
  let n = sentStart + 1;
  while (n < comma && n < sentStart + 4 && tokens[n].k === Kind.Word && !tokens[n].cap && !isDoc(tokens[n].l) && !isVerbish(tokens[n])) n++;
  if (n >= comma || !isDoc(tokens[n].l)) return null;
  // (nothing after the noun but an "of" complement without a verb: "of 1,140 adults in 11 countries")
  if (n + 1 < comma) {
    if (tokens[n + 1].l !== 'of') return null;
    for (let k = n + 2; k < comma; k++) if (tokens[k].k === Kind.Quote || (tokens[k].k === Kind.Word && !tokens[k].cap && (FINITE.has(tokens[k].l) || isVerbish(tokens[k])))) return null;
  }
  const mention = span(ctx.tz, sentStart, comma);
  const c: Candidate = { mention, key: anonKey(mention.text), anonymous: true, a: sentStart, b: comma };
  return documentProducer(ctx, c) ?? c;
}

/** Nouns that describe a firm by its trade before its name: "the engineering consultancy Harcourt Lyle". */
const TRADE_HEADS = new Set(['consultancy', 'consultants', 'pollster', 'tank', 'lab', 'laboratory', 'researchers', 'auditor', 'auditors', 'accountants', 'adviser', 'advisers']);
/**
 * Tokens a to b describe the body named right after them: a determiner, then at most three lowercase words that
 * end in a body's noun ("the engineering consultancy", "the polling firm", "the think tank").
 */
function bodyDescribed(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4 || !/^(the|a|an)$/.test(tokens[a].l)) return false;
  // (a capitalised modifier before the noun is a place or nationality: "the Blantyre firm", "the Singapore-based
  // analytics firm")
  for (let k = a + 1; k < b; k++) if (tokens[k].k !== Kind.Word || (tokens[k].cap && k === b - 1) || isVerbish(tokens[k])) return false;
  const head = tokens[b - 1].l;
  return ORG_NOUNS.has(head) || BODY_HEADS.has(head) || TRADE_HEADS.has(head);
}
/** Parts of a body that speak for it in a document's byline: "by Qatar University's urban planning department". */
const UNIT_HEADS = new Set(['unit', 'division', 'faculty', 'lab', 'laboratory', 'centre', 'center', 'researchers', 'economists', 'analysts', 'staff']);
/** Heads of bodies described by their work, beyond ORG_NOUNS: "the statistics office", "the census bureau". */
const BODY_HEADS = new Set(['office', 'bureau', 'institute', 'service', 'watchdog', 'ombudsman', 'secretariat', 'directorate', 'inspectorate']);

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|weekend|morning|afternoon|evening|night|today|yesterday|earlier|recently|\d+)$/;
/** From token p, past a short time adverbial ("on Tuesday", "last week", "earlier this month", "yesterday") when "by" or "from" follows it. */
function skipTimeAdverbial(tokens: Token[], p: number, limit: number): number {
  let q = p;
  let time = false;
  while (q < limit && q < p + 4 && tokens[q].k !== Kind.Punct) {
    const l = tokens[q].l;
    if (TIME_WORDS.test(l)) time = true;
    else if (!/^(on|in|last|this|earlier|late|early|the|of)$/.test(l)) break;
    q++;
  }
  return time && q < limit && /^(by|from)$/.test(tokens[q].l) ? q : p;
}

/** Whether the name ending at token k is a possessor ("Cornyn's", "the unions'"). */
function possessiveAfter(tokens: Token[], k: number): boolean {
  if (/\p{L}['’]s$/u.test(tokens[k].w)) return true;
  const n = tokens[k + 1];
  if (!n || n.s !== tokens[k].e) return false;
  if (n.w === "'s" || n.w === '’s') return true;
  return (n.w === "'" || n.w === '’') && (tokens[k + 2]?.w === 's' && tokens[k + 2].s === n.e || /s$/.test(tokens[k].w));
}

/**
 * The author the article named for an earlier mention of the document noun `head` before token `before` (within
 * five paragraphs, the latest first): "a report by/from X", "a statement released/issued/published by X", "X's
 * report", "X released/issued/published a report". Null when none is named.
 */
function namedAuthor(ctx: Ctx, head: string, before: number): string | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const para = tokens[before].para;
  // a document's author named by another document ("a report by the survey team") is not looked up again
  if (ctx.inAuthor) return null;
  ctx.inAuthor = true;
  try {
    return namedAuthorOf(ctx, head, before);
  } finally {
    ctx.inAuthor = false;
  }
}

function namedAuthorOf(ctx: Ctx, head: string, before: number): string | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const para = tokens[before].para;
  const same = DOC_SYNONYMS.get(head);
  const reportish = head === 'report' || !!same?.has('report');
  for (let k = before - 1; k >= 0 && para - tokens[k].para <= 5; k--) {
    // "…, the statistics office reported." before "the report showed": the body that reported
    if (reportish && tokens[k].l === 'reported' && !insideQuote(ctx.quoteSpans, tokens[k].s)) {
      const said = attributedThrough(ctx, k) ?? subjectOf(ctx, k, tz.sentences[tokens[k].sent].a)?.key;
      if (said && ctx.clusters.get(said)?.type === 'ORG') return said;
      continue;
    }
    if ((tokens[k].l !== head && !same?.has(tokens[k].l)) || insideQuote(ctx.quoteSpans, tokens[k].s)) continue;
    const sent = tz.sentences[tokens[k].sent];
    // (from a determiner and one modifier before the noun, or from the determiner: ", a survey by X")
    let doc: Candidate | null = null;
    for (let d = Math.max(sent.a, k - 2); d <= k - 1 && !doc?.key; d++) doc = documentAuthor(ctx, d, sent.b);
    if (doc?.key && !doc.anonymous) return doc.key;
    // "X said in a statement that …", "In a report released on Monday, X said …": the speaker of the claim the
    // document was the channel of
    const said = attributedThrough(ctx, k);
    if (said) return said;
    // "X's report"
    for (let p = k - 1; p >= sent.a && p >= k - 3; p--) {
      const mi = ctx.mentionEndingAt.get(p);
      if (mi !== undefined && possessiveAfter(tokens, p) && !hiddenMention(ctx, mi)) {
        const mt = ctx.ents.mentions[mi];
        if (mt.type === 'PERSON' || mt.type === 'ORG') return mt.entity;
      }
    }
    // "X released a report"
    for (let v = k - 1; v > sent.a && v >= k - 4; v--) {
      if (!/^(released|issued|published|produced|sent|wrote|filed|posted|put)$/.test(tokens[v].l)) continue;
      const c = subjectOf(ctx, v, sent.a);
      if (c?.key && !c.anonymous) return c.key;
      break;
    }
  }
  return authorNamedAfter(ctx, head, before);
}

/**
 * A document whose producer the article names only after it ("…, a new poll suggests. The survey by Northbay
 * Research, conducted online, puts …"): the next definite mention of the same document noun within two paragraphs
 * after token `from`, when its phrase names the author ("the survey by X", "the X survey", "X's survey").
 */
const afterCache = new WeakMap<Ctx, Map<string, string | null>>();
function authorNamedAfter(ctx: Ctx, head: string, from: number): string | null {
  const { tokens } = ctx.tz;
  let cache = afterCache.get(ctx);
  if (!cache) afterCache.set(ctx, (cache = new Map()));
  const key = `${head} ${tokens[from].sent}`;
  let found = cache.get(key);
  if (found === undefined) cache.set(key, (found = authorNamedAfterUncached(ctx, head, from)));
  return found;
}

function authorNamedAfterUncached(ctx: Ctx, head: string, from: number): string | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const para = tokens[from].para;
  const same = DOC_SYNONYMS.get(head);
  const sentEnd = tz.sentences[tokens[from].sent].b;
  for (let k = sentEnd; k < tokens.length && tokens[k].para - para <= 2; k++) {
    if ((tokens[k].l !== head && !same?.has(tokens[k].l)) || insideQuote(ctx.quoteSpans, tokens[k].s)) continue;
    const sent = tz.sentences[tokens[k].sent];
    // "the survey by X", "the new survey by X"
    let d = k - 1;
    while (d > sent.a && d >= k - 2 && tokens[d].k === Kind.Word && !tokens[d].cap && tokens[d].l !== 'the') d--;
    if (tokens[d]?.l === 'the' && d >= sent.a) {
      const doc = documentAuthor(ctx, d, sent.b);
      if (doc?.key && !doc.anonymous) return doc.key;
    }
    // "the Northbay Research survey", "Northbay Research's survey"
    const mi = ctx.mentionEndingAt.get(k - 1) ?? (possessiveAfter(tokens, k - 2) ? ctx.mentionEndingAt.get(k - 2) : undefined);
    if (mi !== undefined && !hiddenMention(ctx, mi)) {
      const mt = ctx.ents.mentions[mi];
      const ma = ctx.ents.ranges[mi].a;
      if (mt.type === 'ORG' && (tokens[ma - 1]?.l === 'the' || possessiveAfter(tokens, ctx.ents.ranges[mi].b - 1))) return mt.entity;
    }
    // the first later mention decides: another document may follow
    return null;
  }
  return null;
}

/** Document nouns an article uses for the same document: "a poll by X … The survey found". */
const DOC_SYNONYMS = new Map<string, Set<string>>();
for (const group of [['poll', 'survey'], ['study', 'paper', 'report', 'research', 'analysis'], ['statement', 'release'], ['figures', 'data', 'statistics']]) {
  for (const w of group) DOC_SYNONYMS.set(w, new Set(group.filter((x) => x !== w)));
}

/**
 * The named speaker of a claim already found in the sentence of token k, when k lies outside the claim (in its
 * attribution: "the bank said in a statement that …"). Null otherwise.
 */
function attributedThrough(ctx: Ctx, k: number): string | null {
  const { tokens } = ctx.tz;
  const t = tokens[k];
  for (let c = ctx.claims.length - 1; c >= 0; c--) {
    const q = ctx.claims[c];
    if (q.end <= tokens[ctx.tz.sentences[t.sent].a].s) break;
    if (q.start <= t.s && t.s < q.end) return null;
    if (!q.speaker || q.anonymous || tokens[tokenAt(tokens, q.start)].sent !== t.sent) continue;
    return q.speaker;
  }
  return null;
}

/**
 * An unnamed document as a speaker ("the poll", "the figures, published by the statistics office,"): the body the
 * text names as its producer, in the same phrase or for an earlier mention of the same head word (namedAuthor).
 */
function documentProducer(ctx: Ctx, c: Candidate): Candidate | null {
  const { tokens } = ctx.tz;
  const sent = ctx.tz.sentences[tokens[c.a].sent];
  const doc = documentAuthor(ctx, c.a, sent.b);
  // a named body, or one described ("published by the statistics office")
  if (doc?.key) return { mention: doc.anonymous ? doc.mention : c.mention, key: doc.key, anonymous: doc.anonymous, a: c.a, b: c.b };
  let h = c.b - 1;
  while (h > c.a && !(EVIDENCE_HEADS.has(tokens[h].l) || DOC_NOUNS.has(tokens[h].l))) h--;
  if (!(EVIDENCE_HEADS.has(tokens[h].l) || DOC_NOUNS.has(tokens[h].l))) return null;
  const issuer = issuerBefore(ctx, c.a, h);
  if (issuer) return { mention: c.mention, key: issuer, a: c.a, b: c.b };
  const author = namedAuthor(ctx, tokens[h].l, c.a) ?? possessorOf(ctx, c.a);
  return author ? { mention: c.mention, key: author, a: c.a, b: c.b } : null;
}

/**
 * The organisation named right before a document's head noun `h`, after the determiner at token a ("A Reuters
 * poll", "a Government Accountability Office report", "the Home Office letter"): the body that issued it. Null when
 * no organisation's name stands there (a place, "a Welsh survey", or a person).
 */
function issuerBefore(ctx: Ctx, a: number, h: number): string | null {
  const mi = ctx.mentionEndingAt.get(h - 1);
  if (mi === undefined || hiddenMention(ctx, mi)) return null;
  const ma = ctx.ents.ranges[mi].a;
  const { tokens } = ctx.tz;
  if (ma <= a || ma !== a + 1 || !/^(a|an|the)$/.test(tokens[a].l)) return null;
  const m = ctx.ents.mentions[mi];
  return m.type === 'ORG' ? m.entity : null;
}

/** People described, not named: "the man shouted", "a 43-year-old voter said", "one protester said". */
const GENERIC_PERSONS = new Set(['man', 'men', 'woman', 'women', 'voter', 'voters', 'protester', 'protesters', 'protestor', 'protestors',
  'reporter', 'reporters', 'student', 'students', 'worker', 'workers', 'parent', 'parents', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'fan', 'fans', 'teacher', 'teachers', 'nurse', 'nurses', 'farmer', 'farmers', 'owner', 'owners', 'customer', 'customers',
  'passenger', 'passengers', 'victim', 'victims', 'survivor', 'survivors', 'attendee', 'attendees', 'participant', 'participants',
  'delegate', 'delegates', 'volunteer', 'volunteers', 'veteran', 'veterans', 'immigrant', 'immigrants', 'refugee', 'refugees', 'caller',
  'callers', 'listener', 'listeners', 'viewer', 'viewers', 'organiser', 'organisers', 'organizer', 'organizers', 'crowd', 'audience', 'girl',
  'boy', 'guy', 'shopper', 'shoppers', 'commuter', 'commuters', 'patient', 'patients', 'homeowner', 'homeowners', 'retiree', 'retirees']);

/** Common nouns that stand for an organisation named earlier ("Google … The company said"). */
const ORG_NOUNS = new Set(['company', 'firm', 'force', 'government', 'ministry', 'department', 'agency', 'police', 'army', 'military',
  'commission', 'council', 'court', 'board', 'committee', 'party', 'union', 'group', 'bank', 'organisation', 'organization',
  'administration', 'campaign', 'team', 'club', 'university', 'hospital', 'school', 'charity', 'authority', 'regulator',
  'airline', 'carmaker', 'retailer', 'insurer', 'lender', 'broadcaster', 'newspaper', 'network', 'alliance', 'bloc', 'coalition',
  'gallery', 'museum', 'theatre', 'theater', 'library', 'trust', 'foundation', 'institute', 'society', 'association', 'federation',
  'label', 'publisher', 'operator', 'utility', 'supplier', 'manufacturer', 'carrier']);
/**
 * Nouns for the kind of an organisation, by which a text introduces it and then refers back to it: the bodies
 * of ORG_NOUNS and nouns for businesses by what they do ("the coal producer", "the payments provider").
 */
const KIND_NOUNS = new Set([...ORG_NOUNS, 'provider', 'producer', 'maker', 'developer', 'distributor', 'chain', 'exporter', 'importer',
  'miner', 'contractor', 'builder', 'startup', 'giant', 'conglomerate', 'consortium', 'studio', 'watchdog', 'body', 'lobby', 'platform',
  'app', 'brand', 'store', 'franchise', 'shipper', 'developer', 'owner', 'landlord', 'charity', 'nonprofit', 'ngo', 'organisation']);
/** Nouns for any organisation, that stand for the most salient one ("the company's figures"). */
const GENERIC_ORG_NOUNS = new Set(['company', 'firm', 'group', 'organisation', 'organization']);
/** Documents that make claims ("the report found", "the lawsuit alleges"): speakers by their description. */
const DOC_NOUNS = new Set(['report', 'study', 'survey', 'poll', 'lawsuit', 'complaint', 'indictment', 'filing', 'document', 'memo', 'letter',
  'analysis', 'ruling', 'judgment', 'verdict', 'audit', 'review', 'investigation', 'inquiry', 'statement', 'petition', 'estimate', 'valuation', 'assessment']);
/** Pieces a newspaper or broadcaster publishes as its own reporting: "a report in The Herald" is the paper's. */
const MEDIA_DOCS = new Set(['report', 'article', 'story', 'editorial', 'investigation', 'interview']);

function anonKey(description: string): string {
  return `anon:${slug(description.replace(/^(the|a|an)\s+/i, ''), 'source')}`;
}

/** Words that open a description rather than a name: "The plant's owner", "Her neighbour", "Its chief". */
const DESCRIPTIVE_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one']);

const PP_HEADS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'close', 'familiar', 'inside', 'within', 'to']);

/** An anonymous source described with a complement, ending at `end`: "[a] spokesperson for the central bank". */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
function anonymousWithComplement(ctx: Ctx, end: number, sentStart: number): Candidate | null {
  const { tz } = ctx;
  const { tokens } = tz;
  for (let h = end - 2; h >= sentStart && h >= end - 9; h--) {
    const t = tokens[h];
    // a possessive inside the complement ("familiar with Carver's thinking") is part of it
    if (POSSESSIVE_MARKS.has(t.w) && h > sentStart && tokens[h - 1].k === Kind.Word) continue;
    if (t.k !== Kind.Word || isVerbish(t) || t.w === ',') return null;
    if (!PP_HEADS.has(tokens[h + 1].l)) continue;
    if (!lex.isAnonymousSourceHead(t.l) && !lex.isRoleExact(t.l) && !GENERIC_PERSONS.has(t.l)) continue;
    let a = h;
    while (a > sentStart && a > h - 4 && tokens[a - 1].k === Kind.Word && !isVerbish(tokens[a - 1]) && !SUBORDINATORS.has(tokens[a - 1].l)) {
      a--;
      if (/^(a|an|the|one|two|three|several|some|many)$/.test(tokens[a].l)) break;
    }
    const desc = span(tz, a, end);
    return { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: end };
  }
  return null;
}

/** "the Ukrainian leader" -> the person whose stated role names Ukraine; "the spokesman" -> the person with that role. */
/** Role keys that gather kinds of people ("prop" and "winger" are players, "mother" and "father" relatives). */
const KIND_ROLE_KEYS = new Set(['player', 'relative', 'witness', 'artist']);
/** Whether a description's word `d` names the role word `r` of key `key`: the same word (singular or plural), or the kind itself ("the player"). */
function sameRoleWord(d: string, r: string, key: string): boolean {
  const one = (w: string): string => w.replace(/men$/, 'man').replace(/s$/, '');
  return one(d) === one(r) || one(d) === key;
}

function resolveDescription(ctx: Ctx, a: number, b: number): string | null {
  const { tokens } = ctx.tz;
  let country: string | undefined;
  const roleWords: string[] = [];
  for (let i = a; i < b; i++) {
    const w = tokens[i].w;
    const c = lex.demonymCountry(w) ?? (tokens[i].cap ? lex.placeCanonical(w) : undefined);
    if (c) country = c;
    else if (!['the', 'a', 'an'].includes(tokens[i].l)) roleWords.push(tokens[i].l);
  }
  const descKey = roleKey(roleWords.join(' '));
  // "the minister" also names "Foreign Minister Anna Berg": the head of a stated role, worth less than the whole
  const headKey = roleWords.length ? roleKey(roleWords[roleWords.length - 1]) : undefined;
  const kindKey = !!descKey && KIND_ROLE_KEYS.has(descKey);
  const scores = new Map<string, number>();
  let bestScore = 0;
  for (const cl of ctx.clusters.values()) {
    if (cl.type !== 'PERSON' || (!country && !descKey)) continue;
    let score = 0;
    for (const role of statedRoles(ctx, cl)) {
      const words = role.split(/\s+/);
      const rk = roleKey(words.filter((w) => !lex.demonymCountry(w) && !lex.placeCanonical(w) && !lex.orgCanonical(w)).join(' '));
      const rc = words.map((w) => lex.demonymCountry(w) ?? lex.placeCanonical(w)).find(Boolean);
      let sc = 0;
      if (country && rc === country) sc += 2;
      // (a kind of person's words name different people: "the prop" is not the winger, "the mother" not the father)
      const own = (): boolean => !kindKey || sameRoleWord(roleWords[roleWords.length - 1], words[words.length - 1].toLowerCase(), descKey!);
      if (descKey && rk === descKey && own()) sc += 2;
      else if (headKey && roleKey(words[words.length - 1].toLowerCase()) === headKey && own()) sc += 1;
      if (sc > score) score = sc;
    }
    if (score > 0) scores.set(cl.key, score);
    if (score > bestScore) bestScore = score;
  }
  // among the persons whose roles fit best, the most salient one ("the coach" after two coaches are named)
  let best: string | null = null;
  if (bestScore > 0) {
    const fit = [...scores].filter(([, sc]) => sc === bestScore).map(([k]) => k);
    best = fit.length === 1 ? fit[0] : salient(ctx, a, (_type, cl) => !!cl && fit.includes(cl.key)) ?? fit[0];
  }
  if (best) {
    const cl = ctx.clusters.get(best)!;
    const desc = ctx.tz.text.slice(tokens[a].s, tokens[b - 1].e);
    if (!cl.aliases.includes(desc)) cl.aliases.push(desc);
  }
  return best;
}

/** Whether the document names the person by first and last name somewhere ("Rachel Ormerod", "JULIAN PRYCE: …" for "Pryce"). */
function introducedInFull(ctx: Ctx, cl: LocalEntity): boolean {
  const full = (name: string): string[] => {
    const w = name.split(/\s+/).filter((x) => !lex.isHonorific(x.replace(/\.$/, '')));
    return w.length >= 2 ? w : [];
  };
  if (full(cl.name).length) return true;
  const last = cl.name.split(/\s+/).pop()!.toLowerCase();
  for (const o of ctx.clusters.values()) {
    const w = o.type === 'PERSON' ? full(o.name) : [];
    if (w.length && w[w.length - 1].toLowerCase() === last) return true;
  }
  return false;
}

/**
 * "the prime minister said", "the prosecutor said" when no person of the document is given that role: the role of
 * someone the article introduced by a full name and already let speak without stating their role ("Rachel Ormerod
 * has insisted …"; "Opening the prosecution case, Elizabeth Marchetti told jurors …"), as news names a person first
 * and refers back by office.
 * The most salient such speaker within the salience window whose gender fits the role's; null when none.
 */
function roleFreeSpeaker(ctx: Ctx, a: number, b: number): string | null {
  const at = ctx.tz.tokens[a].s;
  const spoke = new Set<string>();
  for (const q of ctx.claims) if (q.speaker && !q.anonymous && q.start < at) spoke.add(q.speaker);
  if (!spoke.size) return null;
  const rg = lex.roleGender(ctx.tz.tokens[b - 1].l);
  const apposed = (ctx.appositionRoles ??= appositionRoles(ctx.tz, ctx.ents));
  const best = salient(ctx, a, (type, cl) => {
    // (introduced here by a full name: a bare surname may have its role stated where it was introduced)
    if (type !== 'PERSON' || !cl || !spoke.has(cl.key) || cl.roles.length || apposed.has(cl.key) || !introducedInFull(ctx, cl)) return false;
    const g = genderOf(cl);
    return !(rg === 'm' || rg === 'f') || !g || g === rg;
  });
  if (best) {
    const cl = ctx.clusters.get(best)!;
    const desc = ctx.tz.text.slice(ctx.tz.tokens[a].s, ctx.tz.tokens[b - 1].e);
    if (!cl.aliases.includes(desc)) cl.aliases.push(desc);
  }
  return best;
}

/**
 * "[the] description, NAME[,]" starting at token `from`: the named person or organisation in apposition to a
 * description ("the study's lead author, Dr Inês Carvalho"; "Her neighbour, Tomás Ruiz"). Null otherwise.
 */
function appositionAfter(ctx: Ctx, from: number, limit: number): Candidate | null {
  const { tokens } = ctx.tz;
  let comma = -1;
  for (let k = from; k < limit && k < from + 7; k++) {
    if (tokens[k].w === ',') { comma = k; break; }
    if (tokens[k].k !== Kind.Word && tokens[k].k !== Kind.Punct) return null;
    // a name first is not a description, unless it is a possessor ("Okafor's deputy, Ingrid Salo,")
    const mi = k === from ? ctx.mentionStartingAt.get(k) : undefined;
    if (mi !== undefined && !possessiveAfter(tokens, ctx.ents.ranges[mi].b - 1)) return null;
  }
  if (comma <= from) return null;
  const desc = tokens.slice(from, comma);
  if (!desc.some((t) => isRole(t.l) || lex.isAnonymousSourceHead(t.l) || ORG_NOUNS.has(t.l) || DOC_NOUNS.has(t.l))) return null;
  // the name: a mention starting right after the comma (honorifics allowed before it)
  let k = comma + 1;
  while (k < limit && (lex.isHonorific(tokens[k].w) || tokens[k].w === '.')) k++;
  const mi = ctx.mentionStartingAt.get(k);
  if (mi === undefined) return null;
  const r = ctx.ents.ranges[mi];
  const m = ctx.ents.mentions[mi];
  if (m.type !== 'PERSON' && m.type !== 'ORG') return null;
  return { mention: span(ctx.tz, r.a, r.b), key: m.entity, a: r.a, b: r.b };
}

/**
 * Whether tokens a..b (exclusive) are a description of a name's kind without an article: a lower-case head noun
 * for a body or a role right before the name, after lower-case modifiers, places and nationalities ("Sydney
 * company", "Dutch insurer", "veteran producer").
 */
function bareKindBefore(ctx: Ctx, a: number, b: number): boolean {
  const { tokens } = ctx.tz;
  const hd = tokens[b - 1];
  if (hd.k !== Kind.Word || hd.cap || !(ORG_NOUNS.has(hd.l) || isRole(hd.l))) return false;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word || isVerbish(t) || PREPOSITIONS.has(t.l) || NP_STOP.has(t.l)) return false;
    if (!t.cap || lex.demonymCountry(t.w)) continue;
    // (a place's name, of one word or more)
    const mi = ctx.mentionStartingAt.get(k);
    if (mi === undefined || ctx.ents.mentions[mi].type !== 'PLACE' || ctx.ents.ranges[mi].b > b - 1) return false;
    k = ctx.ents.ranges[mi].b - 1;
  }
  return true;
}

/** The subject of the cue at token v: the nearest candidate on its left, skipping adverbs and comma asides. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Adjectives and passives before "to" + a speech verb whose subject did speak ("was quick to say", "was forced to admit"). */
const TO_SPEAK_FRAMES = new Set(['quick', 'careful', 'eager', 'keen', 'happy', 'forced', 'prompted', 'compelled', 'moved', 'obliged']);
function subjectOf(ctx: Ctx, v: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  // passive: "was berated by X and accused of ...", "was accused by X of"
  const passive = passiveAgent(ctx, v, sentStart);
  if (passive) return passive;
  // a passive cue with no agent ("as they were called", "was described as") names no speaker
  // ("X was quoted as saying" is the exception: X spoke)
  if (v > sentStart && PASSIVE_AUX.has(tokens[v - 1].l) && /^(quoted|cited)$/.test(tokens[v].l)) return candidateEndingAt(ctx, v - 1, sentStart);
  if (v > sentStart && PASSIVE_AUX.has(tokens[v - 1].l) && tokens[v].l.endsWith('ed') || (v > sentStart && PASSIVE_AUX.has(tokens[v - 1].l) && IRREGULAR_PAST.has(tokens[v].l) && tokens[v].l !== 'said')) return null;
  // "X was quick to say", "X was forced to admit", "X was prompted to add": the subject of the copula or passive
  if (v - 3 >= sentStart && tokens[v - 1].l === 'to' && TO_SPEAK_FRAMES.has(tokens[v - 2].l) && PASSIVE_AUX.has(tokens[v - 3].l) && v - 3 > sentStart) return subjectOf(ctx, v - 3, sentStart);
  let i = v;
  while (i > sentStart) {
    const p = tokens[i - 1];
    if (p.k === Kind.Word && (!p.cap || lex.stopCapKind(p.w) === 'weekday') && (p.l.endsWith('ly') || ADVERB_OK.has(p.l)) && !lex.cueOf(p)) { i--; continue; }
    // "Lena Holm on Tuesday night said": a part of the day after its day
    if (p.k === Kind.Word && DAY_PARTS.has(p.l) && i - 2 > sentStart && (lex.stopCapKind(tokens[i - 2].w) === 'weekday' || ADVERB_OK.has(tokens[i - 2].l))) { i--; continue; }
    // 'Tor Berg, who calls the mayor a "menace," said': an aside that ends in a short quotation, its comma inside
    if (p.k === Kind.Quote && tokens[i - 2]?.w === ',' && i - 3 > sentStart) {
      let o = i - 3;
      while (o > sentStart && o > i - 10 && tokens[o].k !== Kind.Quote) o--;
      if (tokens[o].k === Kind.Quote && o > sentStart && tokens[o - 1].k === Kind.Word && tokens.slice(sentStart, o).some((t) => t.w === ',')) { i--; continue; }
    }
    if (p.w === ',') {
      // skip an aside: ", sitting next to X and …," / ", who …," / ", a doctor,"
      let j = i - 2;
      while (j > sentStart && tokens[j].w !== ',') j--;
      if (j >= sentStart && tokens[j].w === ',') {
        // "One literary agent, speaking anonymously, said", "The 84-year-old's son, who asked not to be named, said": the
        // unnamed source the phrase before an aside of anonymity describes
        if (anonymityAside(ctx, j + 1, i - 1)) {
          let h0 = sentStart;
          while (h0 < j && tokens[h0].w !== ',') h0++;
          const unnamed = h0 === j ? describedPersonPhrase(ctx, sentStart, j, false, true) : null;
          if (unnamed) return unnamed;
        }
        // an apposition that names: "The company, Google, said" (with a party tag: ", Sen. Joe Lind (I-Conn.),")
        let nameEnd = skipParenthetical(tokens, i - 1, j + 1);
        // (a person's home after the name: ", state Sen. Leah Okonjo of Dayton,")
        const home = ctx.mentionEndingAt.get(nameEnd - 1);
        if (home !== undefined && ctx.ents.mentions[home].type === 'PLACE') {
          const of = ctx.ents.ranges[home].a - 1;
          const pm = of > j + 1 && /^(of|from)$/.test(tokens[of].l) ? ctx.mentionEndingAt.get(of - 1) : undefined;
          if (pm !== undefined && ctx.ents.mentions[pm].type === 'PERSON') nameEnd = of;
        }
        const named = candidateEndingAt(ctx, nameEnd, j + 1);
        // (honorifics with their period may stand before the name: ", Dr. Ian Malcolm,")
        let nameFrom = j + 1;
        // (honorifics and titles: ", Dr. Ian Malcolm,", ", Sen. Joe Lind (I-Conn.),", ", state Sen. Ann Ruiz,")
        while (nameFrom < i - 1 && (lex.isHonorific(tokens[nameFrom].w) || lex.isTitle(tokens[nameFrom].l) || tokens[nameFrom].w === '.'
          || (!tokens[nameFrom].cap && ROLE_MODIFIERS.has(tokens[nameFrom].l) && (lex.isHonorific(tokens[nameFrom + 1].w) || lex.isTitle(tokens[nameFrom + 1].l))))) nameFrom++;
        // (or a role of several words: ", former Secretary of State Ann Ruiz,", ", Deputy Chief Constable Ian Lee,")
        if (named && nameFrom < named.a && named.a - (j + 1) <= 6 && tokens.slice(j + 1, named.a).every((t) => t.k === Kind.Word && (t.cap || t.l === 'of' || ROLE_MODIFIERS.has(t.l))) && isRole(tokens.slice(j + 1, named.a).map((t) => t.l).join(' '))) nameFrom = named.a;
        // (or a name after its description: ", the broadcaster Deborah Okafor,", ", a retired judge Ann Lee,")
        if (nameFrom === j + 1 && /^(the|a|an)$/.test(tokens[nameFrom].l)) {
          let w = nameFrom + 1;
          while (w < i - 1 && w <= nameFrom + 3 && tokens[w].k === Kind.Word && !tokens[w].cap && !isVerbish(tokens[w]) && !NP_STOP.has(tokens[w].l) && !PREPOSITIONS.has(tokens[w].l)) w++;
          if (w > nameFrom + 1 && named && named.a === w) nameFrom = w;
        }
        // (or a bare description of its kind before the name, a place or nationality among its modifiers: ", Sydney
        // company Redgum Pictures,", ", Dutch insurer Aalder Group,", ", veteran producer Ann Lee,")
        if (named && nameFrom === j + 1 && named.a > nameFrom && named.a - nameFrom <= 4 && bareKindBefore(ctx, nameFrom, named.a)) nameFrom = named.a;
        if (named && named.a <= Math.max(j + 2, nameFrom) && !named.anonymous && !named.key?.startsWith('place:') && ctx.mentionEndingAt.has(nameEnd - 1)) {
          const before = candidateEndingAt(ctx, j, sentStart);
          // the NP before the aside describes the name: "The plant's owner, Veltra Chemicals," / "The general
          // secretary of the Rail Transport Union, Gary Pike,"
          let d = j - 1;
          while (d > sentStart && tokens[d - 1].w !== ',' && tokens[d - 1].k !== Kind.Quote) d--;
          // (or a possessor's: "Kestrel Park's manager, Ray Devlin,")
          const describes = (DESCRIPTIVE_START.has(tokens[d].l) || tokens.slice(d, j - 1).some((t) => t.w === "'s" || t.w === '’s')) && tokens.slice(d, j).some((t) => isRole(t.l) || lex.isAnonymousSourceHead(t.l) || ORG_NOUNS.has(t.l) || DOC_NOUNS.has(t.l) || t.l === 'owner' || t.l === 'neighbour' || t.l === 'neighbor');
          // "Martin Stroud, estates manager for the quarry's owners, Hallam Aggregates, said": a name in apposition
          // to the complement of a person's role; the person before the role speaks
          // (the name then stands for the role's complement: "Ann Lee, a friend of the victim, John Doe, said")
          const pp = tokens.slice(d + 1, j).findIndex((t) => /^(for|of|at|with)$/.test(t.l));
          if (pp >= 0 && d - 1 > sentStart && tokens[d - 1].w === ',' && tokens.slice(d, d + 1 + pp).some((t) => isRole(t.l))) {
            const person = candidateEndingAt(ctx, skipParenthetical(tokens, d - 1, sentStart), sentStart);
            if (person?.key && !person.anonymous && person.a === sentStart && ctx.clusters.get(person.key)?.type === 'PERSON') return person;
          }
          if (!before || before.anonymous || before.key === null || describes) return named;
        }
        // "The survey of 1,412 nurses, carried out by Tremaine Insight, found": a document whose producer the aside
        // names (not the body that commissioned it)
        if (j > sentStart + 1 && /^(a|an|the)$/.test(tokens[sentStart].l) && /^(written|authored|compiled|prepared|produced|conducted|carried)$/.test(tokens[j + 1]?.l ?? '')) {
          const doc = documentAuthor(ctx, sentStart, i);
          if (doc?.key && !doc.anonymous && doc.b === i - 1) return doc;
        }
        const c = candidateEndingAt(ctx, skipParenthetical(tokens, j, sentStart), sentStart);
        if (c && !c.key?.startsWith('place:') && !(c.a > sentStart && prepositionObject(tokens, c.a, sentStart) && tokens.slice(sentStart, c.a).some((t) => t.w === ','))) return c;
        // "The jury, chaired by the actor Oliver Pendrell, said": the agent of a participle aside is not the
        // subject; the phrase before it is, an unnamed group when no name or description rule takes it
        if (!c && /ed$|^(led|run|held|chosen|won)$/.test(tokens[j + 1]?.l ?? '') && tokens[j + 2]?.l === 'by') {
          const d = sentStart + (/^(the|a|an)$/.test(tokens[sentStart].l) ? 1 : 0);
          if (j > d && j - d <= 2 && tokens.slice(d, j).every((t) => t.k === Kind.Word && !t.cap && !isVerbish(t))) {
            const desc = span(ctx.tz, sentStart, j);
            return { mention: desc, key: anonKey(desc.text), anonymous: true, a: sentStart, b: j };
          }
        }
        const first = c;
        // several asides: "Dahl, by contrast, who has no backers yet, said"; "Ida Roan, who lost her
        // shop in Tarn, Ostland, in May 2019, said": a person or organisation before one of them, never a
        // place named inside them
        let k = j;
        for (let n = 0; n < 4 && k > sentStart; n++) {
          let h = k - 1;
          while (h > sentStart && h > k - 16 && tokens[h].w !== ',' && tokens[h].k !== Kind.Quote) h--;
          if (tokens[h].w !== ',' || h <= sentStart) break;
          const c2 = candidateEndingAt(ctx, skipParenthetical(tokens, h, sentStart), sentStart);
          if (c2 && !c2.anonymous && c2.key && !c2.key.startsWith('place:') && !prepositionObject(tokens, c2.a, h)) return c2;
          k = h;
        }
        // "A nurse working for a charity near Dunmere, who asked not to be named, said": a place after a
        // preposition ends the phrase before the aside but is not its head; no speaker from it
        if (first && first.key?.startsWith('place:') && first.a > sentStart && placeObject(tokens, first.a, sentStart)) return phraseHead(ctx, first.a, sentStart);
        if (first) return first;
        // "A regional official involved in the talks, speaking on condition of anonymity, said": an unnamed source
        // described before the first aside, when no rule above took a speaker from it
        let h0 = sentStart;
        while (h0 < j && tokens[h0].w !== ',') h0++;
        const described = describedPersonPhrase(ctx, sentStart, h0);
        if (described) return described;
        // "The study of 1,140 adults, published on Wednesday in the European Journal of X, found": the document
        // before an aside of publication, not the journal in it
        const doc = documentBeforeAside(ctx, sentStart, j, i - 1);
        if (doc) return doc;
      }
      return candidateEndingAt(ctx, skipParenthetical(tokens, i - 1, sentStart), sentStart);
    }
    if (p.w === ')') {
      const k = skipParenthetical(tokens, i, sentStart);
      if (k !== i) { i = k; continue; }
    }
    // a dash aside: "Ms. Aune -- whose brother drafted the rule -- has mocked"
    if (/^(—|–|--)$/.test(p.w) || (p.w === '-' && tokens[i - 2]?.w === '-')) {
      let h = i - 2;
      while (h > sentStart && h > i - 20 && !/^(—|–|-)$/.test(tokens[h].w)) h--;
      if (h > sentStart && /^(—|–|-)$/.test(tokens[h].w)) {
        let e = h;
        if (tokens[e - 1]?.w === '-') e--;
        const c = candidateEndingAt(ctx, e, sentStart);
        if (c && c.key && !c.anonymous) return c;
      }
    }
    break;
  }
  // "A Harwick Research survey released Wednesday found": past a participle and its time after a document noun
  let q = i;
  while (q > sentStart && q > i - 4 && tokens[q - 1].k === Kind.Word && (TIME_WORDS.test(tokens[q - 1].l) || /^(on|last|this|earlier|late|early)$/.test(tokens[q - 1].l))) q--;
  if (q - 2 >= sentStart && /^(released|published|issued|conducted|carried)$/.test(tokens[q - 1].l) && (DOC_NOUNS.has(tokens[q - 2].l) || EVIDENCE_HEADS.has(tokens[q - 2].l))) {
    const d = candidateEndingAt(ctx, q - 1, sentStart);
    if (d && d.key && !d.anonymous) return d;
    // an unnamed document, described without its participle ("A council report published last week found")
    if (d?.anonymous) return d;
    let a = q - 2;
    while (a > sentStart && a > q - 5 && tokens[a - 1].k === Kind.Word && !tokens[a - 1].cap && !DETERMINERS.has(tokens[a - 1].l) && !PREPOSITIONS.has(tokens[a - 1].l) && !isVerbish(tokens[a - 1])) a--;
    if (a === sentStart || DETERMINERS.has(tokens[a - 1].l)) {
      const mention = span(ctx.tz, a, q - 1);
      return { mention, key: anonKey(mention.text), anonymous: true, a, b: q - 1 };
    }
  }
  let c = candidateEndingAt(ctx, i, sentStart);
  // "A paper published on Tuesday in Nature Geoscience reports": the journal is where the document appeared; the
  // unnamed document speaks
  if (c && c.key && !c.anonymous && c.a > sentStart + 3) {
    let p = c.a - 1;
    if (tokens[p].l === 'journal') p--;
    if (tokens[p].l === 'the') p--;
    if (tokens[p].l === 'in') {
      const d = unnamedDocument(ctx, sentStart, i);
      if (d && APPEARED.test(tokens[d.b]?.l ?? '')) return d;
    }
  }
  // a place after a preposition ends the subject's phrase but is not its head ("Economist Nadia Ghauri of the
  // Institute of Business Studies in Karachi estimated"): the head of the phrase speaks, when it has one
  if (c && c.key?.startsWith('place:') && c.a > sentStart && placeObject(ctx.tz.tokens, c.a, sentStart)) {
    const head = phraseHead(ctx, c.a, sentStart);
    if (head && !head.key?.startsWith('place:')) c = head;
  }
  // so does a body after "of"/"at" ("Analyst Ann Lee of the Harbour Institute said", the body's words unknown and
  // typed as anything): the person the phrase opens with speaks
  if (c && c.key && !c.anonymous && c.a - 1 > sentStart) {
    // (past "the" and a few lower-case modifiers: "of the opposition Sindh Front")
    let pr = c.a - 1;
    while (pr > sentStart && pr >= c.a - 4 && tokens[pr].k === Kind.Word && !tokens[pr].cap && !/^(of|at)$/.test(tokens[pr].l) && !PREPOSITIONS.has(tokens[pr].l) && !isVerbish(tokens[pr])) pr--;
    if (pr > sentStart && /^(of|at)$/.test(tokens[pr].l)) {
      const head = phraseHead(ctx, pr + 1, sentStart);
      if (head?.key && !head.anonymous && head.key !== c.key && head.b === pr && ctx.clusters.get(head.key)?.type === 'PERSON') c = head;
    }
  }
  const rel = relativeAntecedent(ctx, c ? c.a : i, sentStart);
  // a phrase inside a relative clause ("who watched the debate") is never the subject
  if (rel !== undefined) return rel;
  // "A 24-year-old Sudanese man said": an unnamed source the description rules above did not take whole
  return c ?? describedPersonPhrase(ctx, sentStart, i, true) ?? describedWithComplement(ctx, i, sentStart);
}

/**
 * "Oil rose after three sources within the OPEC+ group said": an unnamed source with a number or an indefinite
 * determiner, its head a person's noun and a complement after it that holds no verb, opening the clause of the cue
 * at token i (the sentence, or the words after a subordinator or a comma).
 */
function describedWithComplement(ctx: Ctx, i: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  let a = i - 1;
  while (a > sentStart && a > i - 14 && !/^(after|as|when|because|while|since|but|and|though|although|,)$/.test(tokens[a - 1].l)) a--;
  if (a > sentStart && !/^(after|as|when|because|while|since|but|and|though|although|,)$/.test(tokens[a - 1].l)) return null;
  const d = describedPersonPhrase(ctx, a, i);
  if (!d) return null;
  // (the complement: a preposition, then no verb, quotation or comma before the cue)
  if (d.b < i && !PP_HEADS.has(tokens[d.b].l)) return null;
  for (let k = d.b; k < i; k++) {
    const t = tokens[k];
    if (t.k === Kind.Quote || t.w === ',' || (t.k === Kind.Word && !t.cap && (FINITE.has(t.l) || isVerbish(t) || /^(who|whose|which|that)$/.test(t.l)))) return null;
  }
  return d;
}

/**
 * A relative clause without commas between the subject and its verb: "staff who talked to The Daily Ledger
 * said": the phrase before "who" (the relative clause holding a verb of its own: "the voters who Trump said" is
 * Trump's). Searched back from token `from`, within the clause; undefined when there is no such clause, null when
 * there is one but no speaker phrase before it.
 */
/**
 * An unnamed person or group described at the head of a subject, with an indefinite determiner or a number and a
 * complement after the head: "A 31-year-old Eritrean woman[, speaking through an interpreter,] said", "An official
 * involved in the talks[, who asked not to be named,] said", "Two of the negotiators said". The phrase from token a
 * to b (with headLast, only when the head ends it); the speaker is the anonymous source the description names (its
 * mention ends at the head noun), or null when the phrase is no such description. With anyHead (the phrase stands
 * before an aside that says the source is unnamed: "…, who asked not to be named,") any noun heads it and it may
 * open with "the" or a possessive ("The 84-year-old's son", "One literary agent", "Several developers").
 */
const INDEFINITE_OPENERS = /^(a|an|one|two|three|four|five|six|several|some|many|few|dozens|hundreds)$/;
function describedPersonPhrase(ctx: Ctx, a: number, b: number, headLast = false, anyHead = false): Candidate | null {
  const { tokens } = ctx.tz;
  if (b - a < 2 || !(INDEFINITE_OPENERS.test(tokens[a].l) || (anyHead && (tokens[a].l === 'the' || POSSESSIVE_DET.has(tokens[a].l))))) return null;
  const k0 = a + 1 + (tokens[a + 1]?.l === 'of' ? 1 + (/^(the|its|their|our)$/.test(tokens[a + 2]?.l ?? '') ? 1 : 0) : 0);
  let head = -1;
  for (let k = k0; k < b && k <= k0 + 6; k++) {
    const t = tokens[k];
    if (t.k === Kind.Word && !t.cap && (PP_HEADS.has(t.l) || /^(who|whose|which|that)$/.test(t.l) || (k > k0 && /(ed|ing)$/.test(t.l) && !GENERIC_PERSONS.has(t.l)))) break;
    if (t.k === Kind.Quote || t.w === ',' || t.w === '(') break;
    const person = lex.isAnonymousSourceHead(t.l) || GENERIC_PERSONS.has(t.l) || isRole(t.l) || /-year-olds?$/.test(t.l);
    if (t.k === Kind.Word && !t.cap && (person || (anyHead && !isVerbish(t) && !DETERMINERS.has(t.l) && !/ly$/.test(t.l)))) head = k;
    else if (t.k === Kind.Word && !t.cap && isVerbish(t)) return null;
  }
  if (head < 0 || (headLast && head !== b - 1)) return null;
  // (no name inside the phrase: "a spokesman for Senator Lind" is the proxy rule's, "an aide to Ruiz" likewise)
  for (let k = a; k < b; k++) if (ctx.mentionStartingAt.has(k) && ctx.ents.mentions[ctx.mentionStartingAt.get(k)!].type === 'PERSON') return null;
  const desc = span(ctx.tz, a, head + 1);
  return { mention: desc, key: anonKey(desc.text), anonymous: true, a, b: head + 1 };
}

/**
 * An aside saying its source is unnamed, from token a to b: "speaking on condition of anonymity", "speaking
 * anonymously", "who asked not to be named", "who declined to be identified", "who spoke on condition of anonymity".
 */
const ANONYMITY_ASIDE = /^(?:(?:speaking|talking|who spoke|who was speaking)\b.{0,40}\b(?:anonymity|anonymously|privately|on background)|who (?:asked|declined|did not want|does not want|requested|refused|wished|preferred|could not be|cannot be|was not authori[sz]ed)\b.{0,30}\b(?:named|identified|speak publicly|be quoted))/;
function anonymityAside(ctx: Ctx, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 16) return false;
  const { tokens } = ctx.tz;
  return ANONYMITY_ASIDE.test(ctx.tz.text.slice(tokens[a].s, tokens[b - 1].e).toLowerCase());
}

function relativeAntecedent(ctx: Ctx, from: number, sentStart: number): Candidate | null | undefined {
  const { tokens } = ctx.tz;
  let verb = false;
  for (let k = from - 1; k > sentStart && k >= from - 12; k--) {
    const t = tokens[k];
    if (t.k === Kind.Quote || t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')') return undefined;
    // "groups that have endorsed him say": "that" after a noun and before the relative clause's verb is "who"
    const relThat = t.l === 'that' && k + 1 < from && tokens[k - 1].k === Kind.Word && !tokens[k - 1].cap && !isVerbish(tokens[k - 1]) && !lex.cueOf(tokens[k - 1]) &&
      !FINITE.has(tokens[k - 1].l) && !DETERMINERS.has(tokens[k - 1].l) && !PREPOSITIONS.has(tokens[k - 1].l) && (FINITE.has(tokens[k + 1].l) || isVerbish(tokens[k + 1]));
    if (relThat) verb = true;
    // "officials speaking on condition of anonymity said", "lobbyists trying to win the vote say": a participle
    // phrase right after a plural noun or a name at the sentence's start modifies the subject
    if (t.k === Kind.Word && !t.cap && t.l.length > 5 && t.l.endsWith('ing') && !lex.cueOf(t) && k - 1 >= sentStart && /^(to|on|in|for|with|at|from|the|a|an|his|her|their|its)$/.test(tokens[k + 1]?.l ?? '')) {
      const p = tokens[k - 1];
      const pre = k - 2 < sentStart || tokens[k - 2].k === Kind.Word;
      if (pre && p.k === Kind.Word && (p.cap || (/[^s]s$/.test(p.l) && !isVerbish(p) && !FINITE.has(p.l)))) {
        const c = candidateEndingAt(ctx, k, sentStart) ?? npEndingAt(ctx, k, sentStart);
        if (c && c.a === sentStart && !c.key?.startsWith('place:')) return c;
      }
    }
    // "the officials whose laws were struck down say": like "who", once the clause's verb is seen
    if (t.l === 'whose' && verb) {
      const c = candidateEndingAt(ctx, k, sentStart) ?? npEndingAt(ctx, k, sentStart);
      return c && !c.key?.startsWith('place:') && !prepositionObject(tokens, c.a, sentStart) ? c : null;
    }
    if (t.l === 'who' || t.l === 'whom' || relThat) {
      // "volunteers who run the hall in Oakbury say": a lower-case word right after "who" is the clause's own verb
      // (a verb the lexicon does not know); "the voters who Trump said" has a name there
      const nx = tokens[k + 1];
      if (!verb && t.l === 'who' && k + 1 < from && nx.k === Kind.Word && !nx.cap && !DETERMINERS.has(nx.l) && !PRONOUNS[nx.l] && !lex.cueOf(nx)) verb = true;
      if (!verb) return undefined;
      // the speaker phrase before "who", else the noun phrase as written
      const at = (e: number): Candidate | null => candidateEndingAt(ctx, e, sentStart) ?? npEndingAt(ctx, e, sentStart);
      let c = at(k);
      // "Democrats in Iowa who watched": "who" is a person or group, never the place or body after a preposition
      if (c && (c.key?.startsWith('place:') || prepositionObject(tokens, c.a, sentStart))) {
        let p = c.a - 1;
        if (/^(the|a|an)$/.test(tokens[p].l)) p--;
        c = p > sentStart ? at(p) : null;
      }
      return c && !c.key?.startsWith('place:') ? c : null;
    }
    if (isVerbish(t) || FINITE.has(t.l)) verb = true;
  }
  return undefined;
}

/** Whether the phrase starting at token a is the object of a preposition ("founder of [the] Leadership Institute"). */
function prepositionObject(tokens: Token[], a: number, limit: number): boolean {
  let p = a - 1;
  if (p > limit && /^(the|a|an)$/.test(tokens[p].l)) p--;
  return p >= limit && tokens[p].k === Kind.Word && /^(of|at|for|from|with|in|on|by|to)$/.test(tokens[p].l);
}

/** Whether the place phrase starting at token a follows a preposition of place ("near Dunmere", "south of Bristol"). */
function placeObject(tokens: Token[], a: number, limit: number): boolean {
  return prepositionObject(tokens, a, limit) || (a - 1 >= limit && /^(near|outside|inside|around|across|beyond|between|towards?|within)$/.test(tokens[a - 1].l));
}

/**
 * The head of the phrase that a place after a preposition ends ("A nurse working for a charity near Dunmere"):
 * from the start of its clause (the sentence or the last comma before token `end`), determiners and words up to
 * the first preposition, participle or verb. A name there is the speaker; a common noun an unnamed source; null
 * when the phrase has no such head.
 */
function phraseHead(ctx: Ctx, end: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  let a = end - 1;
  while (a > sentStart && tokens[a - 1].w !== ',' && tokens[a - 1].k !== Kind.Quote) a--;
  let e = a;
  while (e < end && DETERMINERS.has(tokens[e].l)) e++;
  while (e < end && tokens[e].k === Kind.Word && !PREPOSITIONS.has(tokens[e].l) && !NP_STOP.has(tokens[e].l) && !(e > a && (tokens[e].l.endsWith('ing') || isVerbish(tokens[e])))) e++;
  if (e === a || e >= end || DETERMINERS.has(tokens[e - 1].l)) return null;
  const named = candidateEndingAt(ctx, e, a);
  if (named) return named;
  const last = tokens[e - 1];
  if (last.cap || PRONOUNS[last.l] !== undefined) return null;
  const mention = span(ctx.tz, a, e);
  return { mention, key: anonKey(mention.text), anonymous: true, a, b: e };
}

/** For a phrase ending before token `end` with ")": the end before the parenthetical ("Collins (R-Maine)"), else `end`. */
function skipParenthetical(tokens: Token[], end: number, sentStart: number): number {
  if (end - 1 <= sentStart || tokens[end - 1].w !== ')') return end;
  for (let k = end - 2; k > sentStart && k >= end - 9; k--) {
    if (tokens[k].w === '(') return k;
    if (tokens[k].w === ')' || tokens[k].k === Kind.Quote) return end;
  }
  return end;
}

/** For a cue in the passive voice ("he was berated by the American leader and accused of"), the agent after "by". */
function passiveAgent(ctx: Ctx, v: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  const prev = tokens[v - 1];
  const prev2 = tokens[v - 2];
  const passiveHere = prev && (PASSIVE_AUX.has(prev.l) || (prev.l === 'and' && prev2 && prev2.k === Kind.Word));
  if (!passiveHere) return null;
  if (/^(quoted|cited)$/.test(ctx.tz.tokens[v].l)) return null; // "was quoted by the Courier": the Courier only printed it
  // agent right after: "was accused by X"
  const after = v + 1 < tokens.length && tokens[v + 1].l === 'by' ? v + 2 : -1;
  let byAt = after > 0 ? v + 1 : -1;
  if (byAt < 0 && prev.l === 'and') {
    for (let j = v - 2; j > sentStart; j--) {
      if (tokens[j].l === 'by' && j >= 2 && tokens[j - 1].l.endsWith('ed') && PASSIVE_AUX.has(tokens[j - 2].l)) { byAt = j; break; }
      if (tokens[j].w === ',' || tokens[j].k === Kind.Quote) break;
    }
  }
  if (byAt < 0) return null;
  // the agent phrase: longest candidate ending within 6 tokens after "by"
  for (let e = Math.min(tokens.length, byAt + 7); e > byAt + 1; e--) {
    const c = candidateEndingAt(ctx, e, byAt + 1);
    if (c && c.a === byAt + 1) return c;
    if (c && c.a > byAt + 1 && ['the', 'a', 'an'].includes(tokens[byAt + 1].l) && c.a === byAt + 2) return c;
  }
  return null;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'they', 'he', 'she', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'there', 'in', 'on', 'at', 'to', 'for', 'about', 'what', 'how', 'why', 'whether', 'if', 'no', 'not', 'also']);
const NOUN_AFTER = new Set(['of', 'for', 'with', 'from', 'about', 'on', 'in', 'by', 'at', 'into', 'over', 'under']);
/**
 * A cue verb's bare form used as a noun: after a preposition ("secretary of state", "in answer") or after a name that
 * is not plural ("Ohio state delegate"), where a finite verb would need its -s.
 */
function bareCueNoun(tokens: Token[], i: number, lemma: string | undefined): boolean {
  const t = tokens[i];
  if (lemma !== t.l) return false;
  const p = tokens[i - 1];
  // "the nominee, state Sen. Leah Okonjo,": the bare form before a capitalised title modifies it
  const n0 = tokens[i + 1];
  if (n0 && n0.cap && n0.sent === t.sent && (lex.isHonorific(n0.w) || lex.isTitle(n0.l))) return true;
  if (!p || p.k !== Kind.Word || p.sent !== t.sent) return false;
  if (NOUN_AFTER.has(p.l)) return true;
  if (!p.cap || p.l.endsWith('s') || SUBJECT_PRONOUNS.has(p.l) || t.l === 'say' || t.l === 'tell') return false;
  // a noun-noun compound goes on with a content word ("state delegate"); a verb with its clause or object
  const n = tokens[i + 1];
  return !!n && n.k === Kind.Word && !n.cap && n.sent === t.sent && !CLAUSE_OPENERS.has(n.l);
}

const TITLE_SPEECH = new Set(['says', 'say', 'tells', 'warns', 'claims', 'insists', 'admits', 'vows', 'pledges', 'predicts', 'denies', 'argues',
  'concedes', 'confirms', 'announces', 'promises', 'declares', 'reveals', 'explains', 'suggests']);
/**
 * Cue tokens of a sentence: lexicon verbs, and "according to". In a title-case headline a capitalised reporting verb
 * after a word is a cue too ("Mayor Says Tunnel Will Open", "Former Aide Warns Budget Is Short").
 */
function cuesIn(tz: Tokenized, a: number, b: number): number[] {
  const out: number[] = [];
  let title: boolean | undefined;
  for (let i = a; i < b; i++) {
    const t = tz.tokens[i];
    if (t.k !== Kind.Word) continue;
    if (t.cap && !t.first) {
      if (TITLE_SPEECH.has(t.l) && i > a && tz.tokens[i - 1].k === Kind.Word && (title ??= titleCaseLine(tz.tokens, a, b))) out.push(i);
      continue;
    }
    if (t.l === 'according' && tz.tokens[i + 1]?.l === 'to') { out.push(i); continue; }
    const lemma = lex.cueOf(t);
    // (after "some" a noun, "have some say", unless "some" opens the clause as its subject: "Some say …")
    if (lemma !== undefined && (!lex.isNounOnlyAfterDeterminer(t.l, tz.tokens[i - 1]?.l) || (quantitySubject(tz.tokens, i, a) === i - 1 && !t.l.endsWith('s'))) && !bareCueNoun(tz.tokens, i, lemma)) out.push(i);
    else if (i + 1 < b && (lex.wf(t) & lex.W.CUE_START) !== 0 && lex.phrasalCueLemma(`${t.l} ${tz.tokens[i + 1].l}`)) out.push(i);
  }
  return out;
}

/** A finite reporting verb at token k, past adverbs ("also said", "say", "have said"). */
function finiteCueAfter(tokens: Token[], k: number, b: number): boolean {
  while (k < b && tokens[k].k === Kind.Word && !tokens[k].cap && (tokens[k].l.endsWith('ly') || /^(also|have|had|has|then|now|later|previously|repeatedly|publicly)$/.test(tokens[k].l))) k++;
  const t = tokens[k];
  return !!t && k < b && t.k === Kind.Word && !t.cap && /^(said|say|says|told|tell|tells|argued|argue|argues|warned|warn|warns|added)$/.test(t.l);
}

/** Typed cues of a sentence (stance, belief, evidence verbs), outside quotations and not under a modal or negation. */
function typedCuesIn(tz: Tokenized, a: number, b: number, spans: QuoteSpan[]): Map<number, { cue: TypedCue; len: number }> {
  const out = new Map<number, { cue: TypedCue; len: number }>();
  for (let i = a; i < b; i++) {
    const t = tz.tokens[i];
    if (t.k !== Kind.Word || (t.cap && !t.first)) continue;
    const c = typedCueAt(tz.tokens, i);
    // a position or belief under a modal is still held ("would support the bill", "will vote for Ruiz", "could
    // accept the offer"); speech under a modal was not made
    const modal = /^(would|will|could|may|might|should|can|must)$/.test(tz.tokens[i - 1]?.l ?? '') && c?.cue.kind !== 'indirect' && c?.cue.kind !== 'evidence';
    // … and one carried by a catenative verb through "to" ("continued to push for", "began to see")
    if (!c || (isModalised(tz.tokens, i) && !negatedCue(tz.tokens, i) && !modal && (c.cue.kind === 'indirect' || catenativeHead(tz.tokens, i) < 0)) || insideQuote(spans, t.s)) continue;
    if (lex.isNounOnlyAfterDeterminer(t.l, tz.tokens[i - 1]?.l) || afterPossessive(tz.tokens, i)) continue;
    // "Other refugee advocates also said": a word right before a finite reporting verb is its subject, a noun
    if (c.len === 1 && t.l.endsWith('s') && finiteCueAfter(tz.tokens, i + 1, b)) continue;
    if (c.cue.lemma === 'welcome' && isGreetingWelcome(tz.tokens, i, c.len)) continue;
    if (c.cue.wordClass && !finiteAfterSubject(tz.tokens, i)) continue;
    out.set(i, c);
  }
  return out;
}

/** Whether an offset lies inside a quotation (spans are in text order and do not overlap: a binary search). */
function insideQuote(spans: QuoteSpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid];
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The index of the last mention that starts before token i (mentions are in text order), or -1. */
function lastMentionBefore(ctx: Ctx, i: number): number {
  const { ranges } = ctx.ents;
  let lo = 0;
  let hi = ranges.length - 1;
  let out = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].a < i) {
      out = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return out;
}

/** Analyses the claims of a document. */
export function findClaims(tz: Tokenized, ents: EntityResult): Quote[] {
  const { tokens } = tz;
  const mentionEndingAt = new Map<number, number>();
  const mentionStartingAt = new Map<number, number>();
  ents.ranges.forEach((r, i) => {
    mentionEndingAt.set(r.b - 1, i);
    mentionStartingAt.set(r.a, i);
  });
  const ctx: Ctx = { tz, ents, mentionEndingAt, mentionStartingAt, clusters: new Map(ents.clusters.map((c) => [c.key, c])), claims: [], claimPara: [], quoteSpans: [],
    // the fields set on first use are in the literal, so the object keeps one shape (no de-optimisation)
    noise: undefined, appositionRoles: undefined, inAuthor: false, bodies: undefined, topic: undefined };
  // (not a nickname inside a person's name: 'Jayla "Sparks" Okoro')
  const nicknamed = ents.mentions.filter((m) => m.type === 'PERSON' && m.end - m.start > 6 && /["“]/.test(tz.text.slice(m.start, m.end)));
  let spans = findQuoteSpans(tz);
  if (nicknamed.length) spans = spans.filter((q) => !nicknamed.some((m) => m.start < q.start && q.end < m.end));
  ctx.quoteSpans = spans;
  const out: Quote[] = [];
  // interviews: "Q: … / A: …" and "Name: …" paragraphs; the answers are the interviewee's words
  const answers = interviewAnswers(ctx);
  for (const a of answers.values()) out.push(a);

  // group the quote spans by the sentence holding their opening mark
  let qi = 0;
  for (let si = 0; si < tz.sentences.length; si++) {
    const sent = tz.sentences[si];
    const sentStartOff = tokens[sent.a].s;
    const sentEndOff = tokens[sent.b - 1].e;
    const inSentence: QuoteSpan[] = [];
    while (qi < spans.length && spans[qi].start < sentEndOff) {
      if (spans[qi].start >= sentStartOff) inSentence.push(spans[qi]);
      qi++;
    }
    if (answers.has(sent.para)) continue;
    // an interviewer's turn is no claim, but may report one ("Q: Your critics say the budget went on marble.")
    if (interviewLabelled(ctx, sent.para) && (tokens[sent.b - 1].w === '?' || insideQuote(spans, sentStartOff) || emptyTurnSentence(ctx, si))) continue;
    const cues = cuesIn(tz, sent.a, sent.b).filter((c) => !insideQuote(spans, tokens[c].s) && (!isModalised(tokens, c) || modalReportAt(tokens, c, sent.b)));
    // a sentence that continues a quote opened earlier is covered by that quote
    if (inSentence.length === 0 && insideQuote(spans, sentStartOff)) continue;
    const typed = typedCuesIn(tz, sent.a, sent.b, spans);
    const sentQuotes = spans.filter((q) => q.start < sentEndOff && q.end > sentStartOff);
    let found = indirectClaims(ctx, si, cues, sentQuotes, typed);
    // a headline, title or label takes a claim only from a speech cue with an explicit speaker
    const headline = headlineSentence(tokens, sent.a, sent.b);
    if (headline) found = found.filter((c) => c.kind === 'indirect' && c.speakerMention !== null && PRONOUNS[c.speakerMention.text.toLowerCase()] === undefined && c.cue !== null && lex.cueOf(tokens[tokenAt(tokens, c.cue.start)]) !== undefined);
    if (found.length === 0 && sent.para === 0 && tz.paragraphs[0].a === sent.a) {
      const c = colonHeadlineClaim(ctx, si, sentQuotes);
      if (c) found = [c];
    }
    for (const claim of found) {
      out.push(claim);
      // a question put, its asker unnamed, is no speaker's turn: the speakers of the claims around it are found
      // as if it were not there ("Asked whether …, she said: …", "Asked about the levy, Okafor was blunt. \"…\"")
      if (QUESTIONS_PUT.has(claim)) continue;
      ctx.claims.push(claim);
      ctx.claimPara.push(sent.para);
    }
    if (!headline) for (const claim of passiveClaims(ctx, si, sentQuotes, found)) out.push(claim);
    if (inSentence.length === 0) continue;
    for (const q of inSentence) {
      const claim = quoteClaim(ctx, q, si, cues);
      // a transcript's heading quotes the programme's or episode's title ("Transcript: \"Talkback with …\"",
      // "episode 42: \"Three cubs …\""): a quotation there that no one says is no claim
      // (a pull quote in an interview's heading stays the interviewee's: "Interview: 'A library is a promise …'")
      if (claim && !claim.speaker && !claim.speakerMention && !claim.cue && beforeFirstTurn(ctx, sent.para) && titledBroadcast(tokens, sent.a, q.open)) continue;
      if (claim) {
        out.push(claim);
        ctx.claims.push(claim);
        ctx.claimPara.push(tokens[q.open].para);
      }
    }
  }
  // a turn's label names who speaks the turn, never the source of a report inside it ("BAIRD: The union called it
  // \"…\"" is the union's, even when the union's name was not recognised)
  const bodies = labelCache.get(ctx);
  if (bodies?.size) {
    for (const q of out) {
      const m = q.speakerMention;
      if (!m || !q.cue && q.kind === 'direct') continue;
      const body = bodies.get(tokens[tokenAt(tokens, q.start)].para);
      if (body !== undefined && m.start < tokens[body].s && tokens[tokenAt(tokens, m.start)].para === tokens[body].para) {
        q.speaker = null;
        q.speakerMention = null;
      }
    }
  }
  delayedIdentification(ctx, out);
  return mergeMixed(out);
}

/**
 * A lead that describes its subject and names them only in the next paragraph (the "delayed identification" lead
 * of news): "A delivery driver accused of … told a jury that …" / "Darren Pickles, 34, of Hollinwell, denies the
 * charge." The claims of a person described with "a"/"an" (or a bare noun in the headline) in the first
 * paragraphs, before anyone is named, go to the first person named after them when that name comes with the
 * formula that identifies a person (", 34,", ", who …", ", an Australian woman,"): an unnamed source ("a senior
 * official") is never identified this way. Claims are changed in place.
 */
function delayedIdentification(ctx: Ctx, out: Quote[]): void {
  const { tokens } = ctx.tz;
  const { mentions, ranges } = ctx.ents;
  let m0 = 0;
  while (m0 < mentions.length && (mentions[m0].type !== 'PERSON' || hiddenMention(ctx, m0))) m0++;
  if (m0 >= mentions.length) return;
  const first = ranges[m0];
  const named = mentions[m0];
  const firstPara = tokens[first.a].para;
  // the formula after the name: an age, a relative clause, or a description in apposition
  const after = tokens[first.b];
  const next = tokens[first.b + 1];
  if (!after || after.w !== ',' || !next) return;
  const formula = next.k === Kind.Num || /^\d+$/.test(next.w) || next.l === 'who' || /^(a|an)$/.test(next.l);
  if (!formula) return;
  const cl = ctx.clusters.get(named.entity);
  if (!cl) return;
  const g = genderOf(cl);
  for (const q of out) {
    if (!q.anonymous || !q.speakerMention || q.speakerMention.start >= named.start) continue;
    const a = tokenAt(tokens, q.speakerMention.start);
    const b = tokenAt(tokens, q.speakerMention.end - 1) + 1;
    const headline = tokens[a].para === 0 && headlineSentence(tokens, ctx.tz.sentences[tokens[a].sent].a, ctx.tz.sentences[tokens[a].sent].b);
    if (!headline && !/^(a|an)$/.test(tokens[a].l)) continue;
    // in the paragraphs just before the name, or the headline
    if (!headline && (firstPara - tokens[a].para > 2 || tokens[a].para > 3)) continue;
    // the description's head: a person's role or a kind of person, never an unnamed source
    let h = a + 1;
    while (h < b && !PP_HEADS.has(tokens[h].l) && tokens[h].w !== ',' && !/^(who|accused|charged|convicted)$/.test(tokens[h].l)) h++;
    const head = tokens[h - 1]?.l ?? '';
    // (one person: "a lawsuit by delivery drivers who say" describes no one to be named)
    if (/[^s]s$/.test(head) || tokens.slice(a, h).some((t) => t.l === 'by' || DOC_NOUNS.has(t.l))) continue;
    if (lex.isAnonymousSourceHead(head) || !(isRole(head) || GENERIC_PERSONS.has(head) || lex.isRoleExact(head))) continue;
    // the claim's own pronouns must fit the person ("that he had been dazzled")
    const inner = ctx.tz.text.slice(q.start, q.end);
    if ((g === 'm' && /\b(she|her)\b/i.test(inner)) || (g === 'f' && /\b(he|his|him)\b/i.test(inner))) continue;
    q.speaker = named.entity;
    delete q.anonymous;
    const desc = q.speakerMention.text;
    if (!cl.aliases.includes(desc)) cl.aliases.push(desc);
  }
}

const QA_LABELS = new Set(['q', 'a', 'question', 'answer']);

/**
 * The writer or speaker a clause before a colon opens with, when the words before the colon end on something else:
 * "An email from Sandra Holt in Bolton:" (a message from a named person or body, whatever follows the name), "Kerrigan,
 * holding the trophy above his head:" (a name, then a participle aside with no finite verb). Null otherwise.
 */
function colonLead(ctx: Ctx, a: number, colon: number): Candidate | null {
  const { tokens } = ctx.tz;
  // (past a live blog's time stamp on the line before: "22:19")
  if (a + 3 < colon && tokens[a].k === Kind.Num && /^\d{1,2}$/.test(tokens[a].w) && (tokens[a + 1].w === ':' || tokens[a + 1].w === '.') && tokens[a + 1].s === tokens[a].e && tokens[a + 2].k === Kind.Num && /^\d{2}$/.test(tokens[a + 2].w) && tokens[a + 2].s === tokens[a + 1].e) a += 3;
  let k = a;
  if (/^(a|an|the|one|another)$/.test(tokens[k].l)) k++;
  if (k + 1 < colon && (VOICE_DOCS.has(tokens[k].l) || tokens[k].l === 'text' || tokens[k].l === 'comment') && tokens[k + 1].l === 'from') {
    const mi = ctx.mentionStartingAt.get(k + 2);
    if (mi === undefined || hiddenMention(ctx, mi)) return null;
    const m = ctx.ents.mentions[mi];
    const r = ctx.ents.ranges[mi];
    return (m.type === 'PERSON' || m.type === 'ORG') && r.b <= colon ? { mention: span(ctx.tz, r.a, r.b), key: m.entity, a: r.a, b: r.b } : null;
  }
  const mi = ctx.mentionStartingAt.get(a);
  if (mi === undefined || hiddenMention(ctx, mi) || (ctx.ents.mentions[mi].type !== 'PERSON' && ctx.ents.mentions[mi].type !== 'ORG')) return null;
  const b = ctx.ents.ranges[mi].b;
  if (b + 1 >= colon || tokens[b].w !== ',' || !/\p{L}ing$/u.test(tokens[b + 1].l) || FINITE.has(tokens[b + 1].l)) return null;
  for (let u = b + 2; u < colon; u++) if (tokens[u].k === Kind.Quote || FINITE.has(tokens[u].l) || IRREGULAR_PAST.has(tokens[u].l)) return null;
  return { mention: span(ctx.tz, a, b), key: ctx.ents.mentions[mi].entity, a, b };
}

/** Prepositions before the person a remark is addressed to ("a message to Pratt:", "a warning for Pratt:"). */
const ADDRESSED = new Set(['to', 'for', 'at', 'against']);
/** Nouns of what is said to someone, before ADDRESSED ("a blunt message to", "a warning for"). */
const MESSAGE_NOUNS = new Set(('message messages warning warnings words advice plea appeal question questions rebuke ' +
  'reply response retort note letter challenge ultimatum reminder criticism praise thanks tribute request demand').split(' '));

/**
 * A section heading or wire label in capitals before a colon ("MARKETS:", "IN BRIEF:", "CORRECTION:"): ordinary
 * words only, none of them a name ("BROWN:" in a transcript is a speaker). Not a speaker.
 */
export function isCapsHeading(tokens: readonly Token[], a: number, colon: number): boolean {
  if (colon <= a) return false;
  // "Q:" and "A:" are an interview's labels
  if (colon === a + 1 && QA_LABELS.has(tokens[a].l)) return false;
  for (let k = a; k < colon; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word || !/^\p{Lu}[\p{Lu}&'’.-]+$/u.test(t.w)) return false;
    if (!lex.isCommonWord(t.w) || lex.isKnownSurname(t.w) || lex.isFirstName(t.w)) return false;
  }
  return true;
}

/**
 * The label of a "Label: text" paragraph: [first token, colon token], and for a person's label the person. Besides
 * "Q:"/"A:" and a recognised name ("Christopher Hill:", "Wikinews:"), transcript labels: a title or honorific
 * before the name and a parenthetical after it ("JUDGE MARGARET HOLT:", "MR. JULIAN PRYCE (for the defence):"),
 * and a name in capitals the name finder missed, when it names a person of the text ("ALISON REYES:", "FRASER:").
 */
function paragraphLabel(ctx: Ctx, p: number, qaDots: boolean): { a: number; colon: number; key?: string; mention?: Span } | null {
  const { tokens } = ctx.tz;
  const para = ctx.tz.paragraphs[p];
  // a timestamp before the label is no part of it ("[00:01:05] JANE ROE:", "10:32 Reporter:")
  const a = afterTimestamp(tokens, para.a, para.b);
  // court and press-conference records write "Q." and "A." for the labels (when the text has both)
  if (qaDots && a + 2 < para.b && /^[QA]$/.test(tokens[a].w) && tokens[a + 1].w === '.' && tokens[a + 2].s === tokens[a + 1].e + 1) return { a, colon: a + 1 };
  for (let k = a + 1; k < para.b && k <= a + 24; k++) {
    if (tokens[k].w !== ':') continue;
    // (a time stamp's colons are no label's end: "Jane Roe (00:01:35):", "Jane Roe 00:01:35:")
    if (clockColon(tokens, k)) continue;
    // (a long label ends in brackets: "Ms. Jane Roe (Rimouski-Neigette—Témiscouata—Les Basques, BQ):")
    if (k > a + 14 && tokens[k - 1].w !== ')') return null;
    if (para.b - k < 4) return null;
    const first = tokens[a];
    if (k === a + 1 && QA_LABELS.has(first.l)) return { a, colon: k };
    // "THE WITNESS:" answers for the witness sworn in above
    if (tokens[k - 1].l === 'witness' && (k === a + 1 || (k === a + 2 && first.l === 'the'))) return { a: k - 1, colon: k };
    // "THE CHAIR:" reads as a heading, but speaks when the text lists someone in that role
    if (first.l === 'the' && first.w === first.w.toUpperCase()) {
      const role = transcriptSpeaker(ctx, a, k, true);
      if (role) return { a, colon: k, ...role };
    }
    // a heading's words in capitals ("MARKETS:") may still spell the surname of a person of the text ("LAM:")
    const heading = isCapsHeading(tokens, a, k);
    const person = transcriptSpeaker(ctx, a, k, !heading);
    if (person) return { a, colon: k, ...person };
    if (heading) return null;
    if (k > a + 4) return null;
    // a name as label ("Christopher Hill:", "Wikinews:"): a recognised person or organisation
    const mi = ctx.mentionEndingAt.get(k - 1);
    if (mi !== undefined && ctx.ents.ranges[mi].a === a && tokens.slice(a, k).every((t) => t.k === Kind.Word && t.cap)) return { a, colon: k };
    return null;
  }
  return null;
}

/** Whether the colon token k sits inside a time of day written with no spaces ("00:01:35", "10:32"). */
function clockColon(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before && !!after && before.k === Kind.Num && after.k === Kind.Num && before.e === tokens[k].s && after.s === tokens[k].e && /^\d{2}$/.test(after.w);
}

/**
 * The first token after a timestamp that opens a paragraph ("[00:01:05]", "(10:32)", "10.32am", "14:05:10"), or
 * `a` when there is none.
 */
function afterTimestamp(tokens: Token[], a: number, b: number): number {
  let k = a;
  const open = tokens[k]?.w === '[' || tokens[k]?.w === '(';
  if (open) k++;
  if (!/^\d{1,2}$/.test(tokens[k]?.w ?? '')) return a;
  // digits, separated by ":" or "." with no space between
  let parts = 1;
  while (k + 2 < b && (tokens[k + 1].w === ':' || tokens[k + 1].w === '.') && tokens[k + 1].s === tokens[k].e && tokens[k + 2].s === tokens[k + 1].e && /^\d{2}$/.test(tokens[k + 2].w)) {
    k += 2;
    parts++;
  }
  if (parts < 2) return a;
  k++;
  if (k < b && /^(am|pm|a\.m\.|p\.m\.)$/.test(tokens[k].l) && tokens[k].s === tokens[k - 1].e) k++;
  if (open) {
    if (tokens[k]?.w !== ']' && tokens[k]?.w !== ')') return a;
    k++;
  }
  return k < b - 2 ? k : a;
}

/**
 * The person a transcript label names, from token a to the colon: [title or honorific] NAME [(parenthetical)].
 * The name is a person mention, or words in capitals that spell the full name or the surname of a person named
 * in the text. Null for anything else (a heading, a sentence with a colon).
 */
function transcriptSpeaker(ctx: Ctx, a: number, colon: number, roles: boolean): { key: string; mention: Span } | null {
  const { tokens } = ctx.tz;
  let e = colon;
  // parentheticals before the colon, one or more ("Jane Doe (North Cornwall) (Con):"); `inner` the first one's words
  let inner: [number, number] | null = null;
  while (e - 1 > a && tokens[e - 1].w === ')') {
    let o = e - 2;
    while (o > a && tokens[o].w !== '(' && tokens[o].w !== ')') o--;
    if (tokens[o].w !== '(') return null;
    inner = [o + 1, e - 1];
    e = o;
  }
  if (e <= a) return null;
  // a role as the label: parliamentary records put the holder's name in brackets ("The Minister for Roads (Jane
  // Doe):"); briefings name the role alone ("Deputy Spokesperson:") for the person the text introduces in it
  const roleFrom = tokens[a].l === 'the' ? a + 1 : a;
  const rolePhrase = tokens.slice(roleFrom, e).map((t) => t.l).join(' ');
  if (roles && e - roleFrom >= 1 && e - roleFrom <= 6 && (labelIsRole(tokens, roleFrom, e) || (e - roleFrom === 1 && ROLE_VERBS[tokens[roleFrom].l]))) {
    if (inner) {
      const mi = ctx.mentionEndingAt.get(inner[1] - 1);
      if (mi !== undefined && ctx.ents.ranges[mi].a === inner[0] && ctx.ents.mentions[mi].type === 'PERSON') {
        return { key: ctx.ents.mentions[mi].entity, mention: span(ctx.tz, a, colon) };
      }
    }
    const holder = heldBy(ctx, rolePhrase) ?? namedWithRole(ctx, tokens.slice(roleFrom, e).map((t) => t.l));
    if (holder) return { key: holder, mention: span(ctx.tz, a, e) };
  }
  // "THE CHAIR:", "THE CLERK:": the person the text lists with that role ("Gordon Birtles (Town Clerk)")
  if (roles && tokens[a].l === 'the' && e - a >= 2 && e - a <= 3) {
    // (or introduced in the role: "Chair: Jane Roe", "chaired by Jane Roe", "the moderator, Jane Roe")
    const words = tokens.slice(a + 1, e).map((t) => t.l);
    const role = listedWithRole(ctx, words) ?? (labelIsRole(tokens, a + 1, e) || (e - a === 2 && ROLE_VERBS[words[0]]) ? heldBy(ctx, words.join(' ')) ?? namedWithRole(ctx, words) : null);
    return role ? { key: role, mention: span(ctx.tz, a, e) } : null;
  }
  let n = a;
  // (past titles, known or abbreviated: "MR.", "CLLR", "ENG. JANE ROE", "INSP. ROE")
  while (n < e - 1 && (isLabelTitle(tokens[n]) || (tokens[n].w === '.' && n > a) || abbreviatedTitle(tokens, n, e))) n++;
  if (e - n < 1 || e - n > 4) return null;
  const words = tokens.slice(n, e);
  if (!words.every((t) => t.k === Kind.Word && t.cap || t.w === '.' || t.w === '-')) return null;
  const mi = ctx.mentionEndingAt.get(e - 1);
  if (mi !== undefined && ctx.ents.ranges[mi].a >= n && ctx.ents.mentions[mi].type === 'PERSON') {
    let key = ctx.ents.mentions[mi].entity;
    // "TAMSIN:" a name of its own: the one person of the text with that first name ("Tamsin Ngata") joins it
    // (and "MOLEFE:" the one person with that surname: "presented by Thabo Molefe")
    // (and "JR:" the one person whose initials they are)
    if (e - n === 1 && !ctx.clusters.get(key)?.name.includes(' ')) key = fullNameWith(ctx, tokens[n].l, 0) ?? fullNameWith(ctx, tokens[n].l, -1) ?? initialsOf(ctx, tokens[n].w) ?? key;
    return { key, mention: span(ctx.tz, ctx.ents.ranges[mi].a, e) };
  }
  // capitals the name finder did not take: the person of the text whose name or surname they spell (a Scottish or
  // Irish surname keeps its small letter in capitals: "McILVANNEY:")
  if (!words.every((t) => t.k === Kind.Word && t.w.replace(/^Ma?c(?=\p{Lu})/u, (m) => m.toUpperCase()) === t.w.toUpperCase())) return null;
  const label = words.map((t) => t.l).join(' ');
  let found: string | null = null;
  let foundName: string[] = [];
  for (const cl of ctx.clusters.values()) {
    if (cl.type !== 'PERSON') continue;
    // "Cllr Idris Vaughan" and "Cllr Vaughan": one person, written with and without the first name
    const parts = cl.name.toLowerCase().split(/\s+/).filter((w, k, all) => k === all.length - 1 || !(lex.isHonorific(w) || COUNCILLOR.has(w)));
    if (parts.join(' ') === label || (words.length === 1 && parts.at(-1) === label)) {
      if (found && found !== cl.key) {
        const [short, long] = parts.length <= foundName.length ? [parts, foundName] : [foundName, parts];
        if (short.length !== 1) return null; // two people share the surname: no guess
        if (long === parts) [found, foundName] = [cl.key, parts];
        continue;
      }
      found = cl.key;
      foundName = parts;
    }
  }
  if (!found && words.length === 1) found = fullNameWith(ctx, label, 0) ?? initialsOf(ctx, words[0].w);
  return found ? { key: found, mention: span(ctx.tz, n, e) } : null;
}

/**
 * The person whose initials a label of two or three capitals is ("KY:"): the one person of the text introduced with
 * them in brackets ("Kila Yandapu (KY)"), else the one person of the text whose full name has them as initials.
 */
function initialsOf(ctx: Ctx, label: string): string | null {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return null;
  const { tokens } = ctx.tz;
  let declared: string | null = null;
  for (let i = 0; i < ctx.ents.mentions.length; i++) {
    const m = ctx.ents.mentions[i];
    const b = ctx.ents.ranges[i].b;
    if (m.type !== 'PERSON' || tokens[b]?.w !== '(' || tokens[b + 1]?.w !== label || tokens[b + 2]?.w !== ')') continue;
    if (declared && declared !== m.entity) return null;
    declared = m.entity;
  }
  if (declared) return declared;
  const want = label.toLowerCase();
  // (a hyphenated name's halves each an initial or together one: "Jean-Luc Morel" JLM or JM)
  const initials = (parts: string[]): string => parts.filter((w) => w && !lex.isHonorific(w)).map((w) => w[0].toLowerCase()).join('');
  return onePerson(ctx, (cl) => initials(cl.name.split(/\s+/)) === want || initials(cl.name.split(/[\s-]+/)) === want);
}

/** Whether token n of a label ending at e is a title's abbreviation before a name: two to five letters, a full stop glued on, a name after. */
function abbreviatedTitle(tokens: Token[], n: number, e: number): boolean {
  const t = tokens[n];
  return n + 2 < e && t.k === Kind.Word && /^\p{Lu}\p{L}{1,4}$/u.test(t.w) && tokens[n + 1].w === '.' && tokens[n + 1].s === t.e && tokens[n + 2].k === Kind.Word;
}

/** Whether label words a..e (capitalised words, "of/for/the/and" between) are a role ("Deputy Spokesperson", "Minister for Roads"). */
function labelIsRole(tokens: Token[], a: number, e: number): boolean {
  if (!tokens.slice(a, e).every((t) => t.k === Kind.Word && (t.cap || ROLE_JOINERS.has(t.l)))) return false;
  const words = tokens.slice(a, e).map((t) => t.l);
  const cut = words.findIndex((w) => ROLE_JOINERS.has(w));
  const head = cut > 0 ? words.slice(0, cut) : words;
  return isRole(head.join(' ')) || isRole(head[head.length - 1]);
}
const ROLE_JOINERS = new Set(['of', 'for', 'the', 'and', 'to', 'on']);

/**
 * The one person of the text stated to hold a role that begins with `phrase` ("deputy spokesperson" for "Deputy
 * Spokesperson for the Secretary-General"), or whose role is `phrase`. Null when none or several.
 */
function heldBy(ctx: Ctx, phrase: string): string | null {
  return onePerson(ctx, (cl) => statedRoles(ctx, cl).some((r) => {
    const l = r.toLowerCase();
    return l === phrase || l.startsWith(`${phrase} `);
  }));
}

/** The roles of a programme's host, whose turns hand over to others and are read as prose. */
const HOST_ROLES = ['host', 'presenter', 'moderator', 'anchor', 'interviewer'];

/** The persons the text introduces as its host: "presented by Jane Roe", "the moderator, Jane Roe", "Jane Roe (host)". */
function hostsOf(ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const r of HOST_ROLES) {
    const k = namedWithRole(ctx, [r]);
    if (k) out.add(k);
  }
  for (const cl of ctx.clusters.values()) {
    if (cl.type === 'PERSON' && statedRoles(ctx, cl).some((x) => HOST_ROLES.includes(x.toLowerCase().split(/\s+/).pop() ?? ''))) out.add(cl.key);
  }
  return out;
}

/** Broadcast and meeting roles and the verb that introduces their holder ("moderated by Jane Roe"). */
const ROLE_VERBS: Record<string, string> = { moderator: 'moderated', host: 'hosted', presenter: 'presented', anchor: 'anchored', interviewer: 'interviewed', chair: 'chaired' };

/**
 * The one person the text introduces with the role `words` (lower case) beside the name: "the Secretary for
 * Transport, Mr Kenneth Ho," (an honorific or title may stand between), "Jane Roe, the Secretary for Transport", or for a
 * broadcast role "moderated by Jane Roe". Null when none or several.
 */
function namedWithRole(ctx: Ctx, words: string[]): string | null {
  let cache = roleNamed.get(ctx);
  if (!cache) roleNamed.set(ctx, (cache = new Map()));
  const id = words.join(' ');
  let got = cache.get(id);
  if (got === undefined) cache.set(id, (got = namedWithRoleUncached(ctx, words)));
  return got;
}
const roleNamed = new WeakMap<Ctx, Map<string, string | null>>();

function namedWithRoleUncached(ctx: Ctx, words: string[]): string | null {
  const { tokens } = ctx.tz;
  const n = words.length;
  if (!n) return null;
  let found: string | null = null;
  const take = (mi: number | undefined): boolean => {
    if (mi === undefined || ctx.ents.mentions[mi].type !== 'PERSON') return true;
    const key = ctx.ents.mentions[mi].entity;
    if (found !== null && found !== key) return false;
    found = key;
    return true;
  };
  const verb = n === 1 ? ROLE_VERBS[words[0]] : undefined;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (verb && tokens[i].l === verb && tokens[i + 1]?.l === 'by') {
      let k = i + 2;
      while (k < tokens.length && (isLabelTitle(tokens[k]) || tokens[k].w === '.')) k++;
      if (!take(ctx.mentionStartingAt.get(k))) return null;
      continue;
    }
    let w = 0;
    while (w < n && tokens[i + w].l === words[w]) w++;
    if (w < n) continue;
    // the role then the name: "…, the Secretary for Transport, Mr Kenneth Ho"
    if (tokens[i + n]?.w === ',') {
      let k = i + n + 1;
      while (k < tokens.length && k < i + n + 4 && (isLabelTitle(tokens[k]) || tokens[k].w === '.')) k++;
      if (!take(ctx.mentionStartingAt.get(k))) return null;
    }
    // the name then the role: "Jane Roe, the Secretary for Transport"
    const j = i > 0 && tokens[i - 1].l === 'the' ? i - 1 : i;
    if (j >= 2 && tokens[j - 1].w === ',' && !take(ctx.mentionEndingAt.get(j - 2))) return null;
  }
  return found;
}

/** The one person named before offset `before` with `noun` in apposition ("His daughter, Ngozi Okafor,"); null when none or several. */
function introducedAs(ctx: Ctx, noun: string, before: number): string | null {
  const roles = (ctx.appositionRoles ??= appositionRoles(ctx.tz, ctx.ents));
  return onePerson(ctx, (cl) => !!roles.get(cl.key)?.includes(noun) && ctx.ents.mentions.some((m) => m.entity === cl.key && m.start < before));
}

/** The roles the text states for a cluster: its own, then those in apposition to its name (appositionRoles). */
function statedRoles(ctx: Ctx, cl: LocalEntity): string[] {
  return [...cl.roles.map((r) => r.role), ...((ctx.appositionRoles ??= appositionRoles(ctx.tz, ctx.ents)).get(cl.key) ?? [])];
}

/** The one person cluster of the text that passes `test`; null when none or several. */
function onePerson(ctx: Ctx, test: (cl: LocalEntity) => boolean): string | null {
  let found: string | null = null;
  for (const cl of ctx.clusters.values()) {
    if (cl.type !== 'PERSON' || !test(cl)) continue;
    if (found && found !== cl.key) return null;
    found = cl.key;
  }
  return found;
}

/** "Cllr" (councillor), a title minutes put before a name, besides the lexicon's honorifics and titles. */
const COUNCILLOR = new Set(['cllr', 'cllr.', 'councillor', 'councilor']);
function isLabelTitle(t: Token): boolean {
  return lex.isHonorific(t.w) || lex.isTitle(t.l) || COUNCILLOR.has(t.l);
}

/**
 * The one person the text lists with a role in brackets after the name ("Present: Cllr Janet Ashworth (Chair)",
 * "Gordon Birtles (Town Clerk)"), the brackets holding the role's words in order. Null when none or several.
 */
function listedWithRole(ctx: Ctx, role: string[]): string | null {
  const { tokens } = ctx.tz;
  let found: string | null = null;
  ctx.ents.mentions.forEach((m, i) => {
    if (m.type !== 'PERSON' || found === '') return;
    const b = ctx.ents.ranges[i].b;
    if (tokens[b]?.w !== '(') return;
    let k = b + 1;
    while (k < tokens.length && k < b + 8 && tokens[k].w !== ')' && tokens[k].w !== ',') k++;
    const inside = tokens.slice(b + 1, k).map((t) => t.l);
    if (inside.length < role.length || inside.slice(inside.length - role.length).join(' ') !== role.join(' ')) return;
    if (found !== null && found !== m.entity) found = '';
    else found = m.entity;
  });
  return found || null;
}

/**
 * The one person of the text whose full name (two words or more) has `word` at position `at` (0: the first name;
 * -1: the surname). Null when none or several.
 */
function fullNameWith(ctx: Ctx, word: string, at: number): string | null {
  return onePerson(ctx, (cl) => {
    const parts = cl.name.toLowerCase().split(/\s+/);
    return parts.length >= 2 && parts.at(at) === word;
  });
}

const labelCache = new WeakMap<Ctx, Map<number, number>>();
/** The speaker of each labelled turn of a transcript, by paragraph. */
const turnSpeakers = new WeakMap<Ctx, Map<number, string>>();
/** Whether paragraph p is a labelled question or answer of an interview (answers are claims, questions not). */
function interviewLabelled(ctx: Ctx, p: number): boolean {
  return labelCache.get(ctx)?.has(p) ?? false;
}

/** Nouns that name a broadcast or its record, before its title in a transcript's heading. */
const BROADCAST_NOUNS = new Set(['episode', 'programme', 'program', 'show', 'podcast', 'series', 'broadcast', 'transcript', 'edition', 'segment']);
/** Whether tokens a..b (a heading up to a quotation) name a broadcast ("Transcript of the episode", "episode 42:"). */
function titledBroadcast(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (BROADCAST_NOUNS.has(tokens[k].l)) return true;
  return false;
}

/** Whether paragraph p comes before the first labelled turn of a transcript (false in a text without turns). */
function beforeFirstTurn(ctx: Ctx, p: number): boolean {
  const turns = labelCache.get(ctx);
  if (!turns?.size) return false;
  for (const q of turns.keys()) if (q <= p) return false;
  return true;
}

/** Whether sentence si of a labelled turn is only courtesies or refusals ("Minister, thank you.", "No comment."). */
function emptyTurnSentence(ctx: Ctx, si: number): boolean {
  const body = labelCache.get(ctx)?.get(ctx.tz.sentences[si].para);
  const s = ctx.tz.sentences[si];
  return body !== undefined && body < s.b && emptyTurn(ctx.tz, Math.max(s.a, body), s.b);
}

/**
 * Interview transcripts: at least two "Q:"/"A:" or "Name:" paragraphs. Answers ("A:" or a person's label) are
 * direct claims by the label's person, or for "A:" by the interviewee (the person the introduction names most).
 */
function interviewAnswers(ctx: Ctx): Map<number, Quote> {
  const { tz } = ctx;
  const { tokens } = tz;
  const out = new Map<number, Quote>();
  const labelled = new Map<number, NonNullable<ReturnType<typeof paragraphLabel>>>();
  // "Q." and "A." are labels only in a text that has both
  let q = false;
  let an = false;
  for (const para of tz.paragraphs) {
    const k = afterTimestamp(tokens, para.a, para.b);
    if (k + 1 < para.b && tokens[k + 1].w === '.') {
      if (tokens[k].w === 'Q') q = true;
      else if (tokens[k].w === 'A') an = true;
    }
  }
  for (let p = 0; p < tz.paragraphs.length; p++) {
    const l = paragraphLabel(ctx, p, q && an);
    if (l) labelled.set(p, l);
  }
  const isLabelled = new Map<number, number>();
  labelCache.set(ctx, isLabelled);
  if (labelled.size < 2) return out;
  const firstLabelled = Math.min(...labelled.keys());
  // the interviewee: the person mentioned most before the first labelled paragraph, else in the whole text
  const count = (before: number): string | null => {
    const n = new Map<string, number>();
    ctx.ents.mentions.forEach((m, i) => {
      if (m.type !== 'PERSON') return;
      if (before >= 0 && tokens[ctx.ents.ranges[i].a].para >= before) return;
      n.set(m.entity, (n.get(m.entity) ?? 0) + 1);
    });
    return [...n.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
  };
  const interviewee = count(firstLabelled) ?? count(-1);
  // each turn's speaker, and how many of each speaker's turns are questions
  const turns: { p: number; l: NonNullable<ReturnType<typeof paragraphLabel>>; speaker: string | null; mention: Span | null; question: boolean }[] = [];
  const asked = new Map<string, [number, number]>();
  const speakerOf = new Map<number, string>();
  turnSpeakers.set(ctx, speakerOf);
  for (const [p, l] of labelled) {
    isLabelled.set(p, l.colon + 1);
    const first = tokens[l.a];
    if (first.l === 'q' || first.l === 'question') continue;
    const question = /\?["”’]?\s*$/.test(span(tz, l.colon + 1, tz.paragraphs[p].b).text);
    let speaker: string | null = null;
    let mention: Span | null = null;
    if (first.l === 'a' || first.l === 'answer' || first.l === 'witness') speaker = witnessBefore(ctx, p) ?? interviewee;
    else if (l.key) {
      speaker = l.key;
      mention = l.mention ?? null;
    } else {
      const mi = ctx.mentionEndingAt.get(l.colon - 1);
      if (mi === undefined || ctx.ents.mentions[mi].type !== 'PERSON') continue;
      speaker = ctx.ents.mentions[mi].entity;
      mention = span(tz, ctx.ents.ranges[mi].a, ctx.ents.ranges[mi].b);
    }
    turns.push({ p, l, speaker, mention, question });
    if (speaker) {
      speakerOf.set(p, speaker);
      const n = asked.get(speaker) ?? [0, 0];
      n[0]++;
      if (question) n[1]++;
      asked.set(speaker, n);
    }
  }
  let hosts: Set<string> | undefined;
  const whole = new Set<number>();
  for (const { p, l, speaker, mention, question } of turns) {
    const para = tz.paragraphs[p];
    if (question) {
      // a legislator's question turn ("SEN. NAME:", "Name (Constituency) (Party):"): the statement before the
      // question is the member's own, on the record, with any report it relays ("The Audit Office found …")
      if (!speaker || !isLegislator(ctx, speaker, l.a, l.colon)) continue;
      const end = statementEnd(tz, l.colon + 1, para.b);
      if (end > l.colon + 1) out.set(p, { ...span(tz, l.colon + 1, end), kind: 'direct', speaker, cue: null, speakerMention: mention });
      continue;
    }
    // a host's or interviewer's turn (most of their turns are questions) is theirs only where it reports
    // someone ("The council says …"): the turn is read as prose, sentence by sentence
    const n = speaker ? asked.get(speaker) : undefined;
    if (n && n[1] >= 2 && n[1] * 2 >= n[0] && !isLegislator(ctx, speaker!, l.a, l.colon)) continue;
    // (so is the turn of the programme's host, introduced as such: "presented by Jane Roe", "the moderator, Jane Roe")
    if (speaker && (hosts ??= hostsOf(ctx)).has(speaker)) continue;
    // a turn of courtesies ("Minister, thank you.") or refusals ("I can't talk about that.") states nothing
    if (emptyTurn(tz, l.colon + 1, para.b)) continue;
    out.set(p, { ...span(tz, l.colon + 1, para.b), kind: 'direct', speaker, cue: null, speakerMention: mention });
    whole.add(p);
  }
  // an answer goes on in paragraphs without a label until the next label: procedural lines ("[Laughter]",
  // "(1105)", "--- ends ---") between them are no claims and do not end the turn; a heading or a label does
  const lastLabelled = Math.max(...labelled.keys());
  let turn: Quote | null = null;
  for (let p = firstLabelled; p < tz.paragraphs.length; p++) {
    if (labelled.has(p)) {
      turn = whole.has(p) ? out.get(p)! : null;
      continue;
    }
    if (!turn) continue;
    const para = tz.paragraphs[p];
    const text = span(tz, para.a, para.b).text;
    if (proceduralLine(text)) continue;
    // (sentences of prose: a lower-case letter and a closing mark; a heading in capitals ends the turn)
    // (a question is the next questioner's, not the answer going on)
    const prose = /\p{Ll}/u.test(text) && /[.!"”’)]$/.test(text.trim()) && !/\?["”’)]?$/.test(text.trim()) && !insideQuote(ctx.quoteSpans, tokens[para.a].s);
    const rest = p > lastLabelled ? tz.paragraphs.slice(p + 1).every((q) => proceduralLine(span(tz, q.a, q.b).text)) : true;
    // (not a label the text's names do not resolve, "Reporter:", "The Chair:", nor a paragraph that names the
    // speaker, as a caption or narration does)
    const who = turn.speaker;
    const names = ctx.ents.mentions.some((m, i) => m.entity === who && tokens[ctx.ents.ranges[i].a].para === p);
    // (and spoken: in the first person, as answers are and narration is not)
    const spoken = tokens.slice(para.a, para.b).some((t) => SPOKEN_PERSON.has(t.l));
    // (a question's "Q" run into its first word, "QLast October, …", is a label too)
    const runIn = /^Q\p{Lu}\p{Ll}/u.test(tokens[para.a].w);
    if (prose && spoken && rest && !runIn && !labelShaped(tokens, para.a, para.b) && !names && !emptyTurn(tz, para.a, para.b)) {
      out.set(p, { ...span(tz, para.a, para.b), kind: 'direct', speaker: turn.speaker, cue: null, speakerMention: turn.speakerMention });
    } else turn = null;
  }
  return out;
}

const SPOKEN_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", "i've", "we're", "we've", 'i’m', 'i’ve', 'we’re', 'we’ve']);

/** Whether a paragraph opens like a transcript label: up to six capitalised words, brackets between, then a colon. */
function labelShaped(tokens: Token[], a: number, b: number): boolean {
  for (let k = afterTimestamp(tokens, a, b), n = 0; k < b && n < 12; k++, n++) {
    const t = tokens[k];
    if (t.w === ':' && !clockColon(tokens, k)) return n > 0;
    // (a time stamp in brackets after the name: "Jane Roe (00:01:35):")
    if ((t.k === Kind.Num || t.w === ':') && (tokens[k - 1].w === '(' || tokens[k - 1].w === ':' || clockColon(tokens, k))) continue;
    if (!(t.k === Kind.Word && (t.cap || ROLE_JOINERS.has(t.l) || /^\p{Lu}/u.test(t.w)) || /^[().,&'’—–-]$/.test(t.w))) return false;
  }
  return false;
}

/** A transcript's procedural line: a bracketed note ("[Laughter]", "(1105)", "[Translation]") or an end marker ("--- ends ---", "ENDS"). */
function proceduralLine(text: string): boolean {
  const t = text.trim();
  return /^[[(][^\])]{0,60}[\])]$/.test(t) || /^[-–—*#=\s]*(?:ends?|end of transcript|\.\s?\.\s?\.)[-–—*#=\s]*$/i.test(t);
}

/** The words that follow a witness's name in a court record's heading: "DR JANE ROE, sworn", "John Doe (affirmed)". */
const SWORN = new Set(['sworn', 'affirmed', 'recalled', 'resworn']);

/**
 * The witness who answers at paragraph p of a court record: the person of the last heading before p that swears a
 * witness in ("DR JANE ROE, sworn", "JOHN DOE, affirmed", "WITNESS: JANE ROE"), the heading a short paragraph of
 * its own. Null when there is none.
 */
function witnessBefore(ctx: Ctx, p: number): string | null {
  const { tokens } = ctx.tz;
  const { mentions, ranges } = ctx.ents;
  let best: string | null = null;
  let bestPara = -1;
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i].type !== 'PERSON') continue;
    const r = ranges[i];
    const q = tokens[r.a].para;
    if (q >= p || q < bestPara) continue;
    const para = ctx.tz.paragraphs[q];
    if (para.b - para.a > 16) continue;
    let sworn = false;
    for (let k = r.b; k < para.b && k < r.b + 4; k++) if (SWORN.has(tokens[k].l)) sworn = true;
    // "WITNESS: JANE ROE", the name ending its line
    const h = r.a - (r.a - 1 > para.a && lex.isHonorific(tokens[r.a - 1].w) ? 1 : 0);
    if (!sworn && h - 2 >= para.a && tokens[h - 1].w === ':' && tokens[h - 2].l === 'witness' && r.b >= para.b - 1) sworn = true;
    if (!sworn) continue;
    best = mentions[i].entity;
    bestPara = q;
  }
  return best;
}

/** Titles of elected members ("SEN. GALLARDO:", "Cllr Grange"), and the party marks of parliamentary records ("(Con)", "(R-Texas)"). */
const LEGISLATOR_TITLES = new Set(['sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'cllr', 'councillor', 'councilor']);
const PARTY_MARK = /^(?:[RDI]\s*-\s*\p{Lu}[\p{L}. ]*|Con|Lab|LD|Lib Dem|SNP|DUP|SDLP|PC|UUP|SF|Ind|Green|Alba|Reform|Alliance|TUV|Lab\/Co-op|Lib\.?|CPC|NDP|BQ|GP|ALP|LNP|Nats?)$/u;

/**
 * Whether the person `key` speaks in the transcript as an elected member: a member's title in the turn's label
 * (a..colon) or before one of their names, or a party mark in brackets after one of their names.
 */
function isLegislator(ctx: Ctx, key: string, a: number, colon: number): boolean {
  const { tokens } = ctx.tz;
  for (let k = a; k < colon; k++) if (LEGISLATOR_TITLES.has(tokens[k].l)) return true;
  const { mentions, ranges } = ctx.ents;
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i].entity !== key) continue;
    let b = ranges[i].b;
    for (let g = 0; g < 2 && tokens[b]?.w === '('; g++) {
      let e = b + 1;
      while (e < tokens.length && e < b + 14 && tokens[e].w !== ')') e++;
      if (tokens[e]?.w !== ')') break;
      // (a riding before the party in the same brackets: "(Kenora, CPC)")
      if (PARTY_MARK.test(ctx.tz.text.slice(tokens[b + 1].s, tokens[e - 1].e).split(/,\s*/).pop()!)) return true;
      b = e + 1;
    }
    const before = tokens[ranges[i].a - 1];
    if (before && LEGISLATOR_TITLES.has(before.l)) return true;
  }
  return false;
}

/** The token that ends the statement part of a question turn a..b: the end of its last sentence before the closing questions (a when none). */
function statementEnd(tz: Tokenized, a: number, b: number): number {
  const { tokens } = tz;
  let si = tokens[b - 1].sent;
  while (si >= 0 && tz.sentences[si].b > a) {
    const s = tz.sentences[si];
    let q = s.b - 1;
    while (q > s.a && tokens[q].k === Kind.Quote) q--;
    if (tokens[q].w !== '?') return Math.min(s.b, b);
    si--;
  }
  return a;
}

const COURTESY = /^(?:thank you|thanks|many thanks|good (?:morning|afternoon|evening)|morning|hello|hi|welcome|goodbye|bye)(?: (?:very|so) much)?(?: for (?:having me|joining us|coming in|your time|talking to us|being here))?$/i;
const REFUSAL = /^(?:i|we)(?:'m| am|'re| are)? (?:can't|cannot|won't|will not|not going to|don't|do not|couldn't|wouldn't)(?: be able to)? (?:talk|comment|speculate|discuss|get into|go into|say anything)\b[^,;]{0,60}$|^no comment$/i;

/** Whether token u lies in a relative clause set off by commas (", which conceded …", ", who scored …"). */
function inRelativeClause(tokens: Token[], a: number, u: number): boolean {
  for (let k = u - 1; k > a; k--) {
    if (tokens[k].w === ',') return false;
    if ((tokens[k].l === 'which' || tokens[k].l === 'who') && tokens[k - 1].w === ',') return true;
  }
  return false;
}

/** What a side concedes or claims on the field: "conceded five penalties", "claimed two wickets" (a count of these is a score, not speech). */
const SCORE_NOUNS = new Set(['goal', 'goals', 'penalty', 'penalties', 'try', 'tries', 'point', 'points', 'run', 'runs', 'wicket', 'wickets',
  'foul', 'fouls', 'set', 'sets', 'game', 'games', 'corner', 'corners', 'turnover', 'turnovers', 'free', 'frees', 'basket', 'baskets', 'boundary', 'boundaries']);
const COUNT_WORDS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|few|no)$/;

/** Whether the object at `from` counts a score ("five penalties", "a late try", "22 points"). */
function scoreObject(tokens: Token[], from: number, end: number): boolean {
  if (!COUNT_WORDS.test(tokens[from]?.l ?? '')) return false;
  for (let k = from + 1; k < end && k <= from + 3; k++) if (SCORE_NOUNS.has(tokens[k].l)) return true;
  return false;
}

/** Verbs whose subject heard what was said ("The court heard that …", "the inquest was told that …"). */
const AUDIENCE_VERBS = new Set(['heard', 'hears', 'learned', 'learnt', 'told']);

/** A reply that passes the question to someone else ("That's a question for the board", "That's one for Greg"). */
const DEFLECTION = /^(?:that|this|it)(?:'s| is| was| will be) (?:a question|one|a question best put|a matter|a decision|a call) for [^,;.]{1,40}$/i;

/** Whether turn text a..b holds only courtesies ("Minister, thank you.") and refusals ("I can't talk about that today."). */
function emptyTurn(tz: Tokenized, a: number, b: number): boolean {
  const { tokens } = tz;
  for (let si = tokens[a].sent; si < tz.sentences.length && tz.sentences[si].a < b; si++) {
    const s = tz.sentences[si];
    const from = Math.max(s.a, a);
    const sentence = tz.text.slice(tokens[from].s, tokens[Math.min(s.b, b) - 1].e).replace(/[’‘]/g, "'").replace(/[.!]+$/, '').trim();
    if (REFUSAL.test(sentence) || DEFLECTION.test(sentence)) continue;
    // courtesies, each part either one or a name in address ("Callum Drysdale, thank you")
    const parts = sentence.split(/\s*,\s*/);
    if (!parts.some((x) => COURTESY.test(x)) || !parts.every((x) => COURTESY.test(x) || /^(?:\p{Lu}[\p{L}'.-]*\s?){1,3}$/u.test(x))) return false;
  }
  return true;
}

/** Attribution and kind of one quotation. */
function quoteClaim(ctx: Ctx, q: QuoteSpan, si: number, cues: number[]): Quote | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const sent = tz.sentences[si];
  const closeTok = q.close >= 0 ? q.close : lastTokenBefore(tokens, q.end);
  const two = tz.text.startsWith("''", q.start) ? 2 : 1; // '' stands for a double mark in some archives
  const inner = tz.text.slice(q.start + two, q.close >= 0 ? q.end - two : q.end).trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  // a quoted deflection states nothing ("‘That’s a question for Greg,’ he said")
  if (DEFLECTION.test(inner.replace(/[’‘]/g, "'").replace(/[,.!]+$/, ''))) return null;
  const atSentenceStart = q.open === sent.a || (tokens[q.open].first === false && tokens[q.open + 1]?.first);
  // the sentence that holds the close (attribution after a multi-sentence quote)
  const closeSent = tz.sentences[tokens[closeTok].sent];

  let cue: Span | null = null;
  let cand: Candidate | null = null;

  // 1. after the quote: `," X said` / `," said X` / `," he told …`
  let after: { cand: Candidate; cue: Span | null; tight: boolean } | null = null;
  let j = closeTok + 1;
  if (tokens[j]?.w === ',' || tokens[j]?.w === '—' || tokens[j]?.w === '-') j++;
  // '"Never!" Smith said.' / '"Why not?" asked Jones.': a quote ending in "?" or "!" ends the sentence for the
  // tokenizer, but a short attribution right after it in the paragraph is still its frame
  const exclaimed = closeTok > 0 && /^[?!]$/.test(tokens[closeTok - 1].w) && j === closeTok + 1 && j < tokens.length &&
    tokens[j].sent === tokens[closeTok].sent + 1 && tokens[j].para === tokens[closeTok].para && attributionSentence(ctx, tokens[j].sent);
  // '"… that are missing." Trump said.': after a full stop, only a bare "X said." sentence is the quote's frame
  const stopped = !exclaimed && closeTok > 0 && tokens[closeTok - 1].w === '.' && j === closeTok + 1 && j < tokens.length &&
    tokens[j].sent === tokens[closeTok].sent + 1 && tokens[j].para === tokens[closeTok].para && bareAttribution(ctx, tokens[j].sent);
  if (j < tokens.length && (tokens[j].sent === tokens[closeTok].sent || exclaimed || stopped) && tokens[j].l !== 'while' && tokens[j].l !== 'but' && tokens[j].l !== 'and') {
    const sentB = tz.sentences[tokens[j].sent].b;
    // "said X"
    if (lex.cueOf(tokens[j]) !== undefined && !isModalised(tokens, j)) {
      // "said the study's lead author, Dr Inês Carvalho": a description, then the name in apposition
      const appo = appositionAfter(ctx, j + 1, sentB);
      if (appo) after = { cand: appo, cue: span(tz, j, j + 1), tight: true };
      // (as far as a name after six words of description: "said Ruiz's senior foreign affairs adviser Tom Lind")
      for (let e = Math.min(sentB, j + 10); !after && e > j + 1; e--) {
        const c = candidateEndingAt(ctx, e, j + 1);
        const mi = ctx.mentionEndingAt.get(e - 1);
        const roleStart = mi !== undefined ? ctx.ents.mentions[mi].role?.start : undefined;
        const prefixOk = c && (titlePrefix(tokens, j + 1, c.a) || describedName(ctx, c, j + 1));
        if (c && (c.a === j + 1 || tokens[j + 1].l === 'the' || roleStart === tokens[j + 1].s || prefixOk)) {
          after = { cand: c, cue: span(tz, j, j + 1), tight: true };
          break;
        }
      }
    }
    // '…," said a statement released by Acme' / 'said a letter from the union': the document's author
    if (!after && lex.cueOf(tokens[j]) !== undefined && !isModalised(tokens, j)) {
      const doc = documentAuthor(ctx, j + 1, sentB);
      if (doc) after = { cand: doc, cue: span(tz, j, j + 1), tight: true };
    }
    // "X said"
    if (!after) {
      for (let v = j + 1; v < Math.min(sentB, j + 12); v++) {
        if (tokens[v].k !== Kind.Word || !isCueAt(tokens, v) || isModalised(tokens, v)) continue;
        // '"…" for Obama, said Kunin.': after a comma, an inverted attribution names its speaker after the verb
        const inv = invertsAt(tokens, v) ? appositionAfter(ctx, v + 1, sentB) ?? invertedSpeaker(ctx, v + 1, wordsEnd(tokens, v + 1, sentB)) : null;
        const c = inv && !inv.key?.startsWith('place:') ? inv : subjectOf(ctx, v, j) ?? surnameAlone(ctx, j, v);
        if (c && c.a <= j + 1 + (tokens[j].l === 'the' ? 1 : 0) + 6) {
          // tight: the attribution closes the sentence ("…," Starmer told the BBC.)
          let k = v + 1;
          while (k < sentB && k < v + 6 && tokens[k].k === Kind.Word && !isVerbish(tokens[k])) k++;
          // after a quote ending in "?" or "!", an attribution before the quote wins ('Clinton responds, "Why now?"')
          after = { cand: c, cue: span(tz, v, v + 1), tight: !exclaimed && (k >= sentB - 1 || tokens[k].k === Kind.Punct) };
        }
        break;
      }
    }
  }
  // 2. a cue before the quote in its sentence: `X said, "…"` / `X warned that "…"` / `, warning, "…"`.
  // The cue right before the quote wins; otherwise the outermost reporting verb ("He added that Canada would
  // respond \"in kind\"": added, not respond).
  let before: { cand: Candidate; cue: Span | null } | null = null;
  const beforeCues = cues.filter((c) => c < q.open && !isModalised(tokens, c));
  const adjacent = beforeCues.filter((c) => c >= q.open - 3 && tokens.slice(c + 1, q.open).every((t) => t.k === Kind.Punct || t.l === 'that'));
  // epistemic verbs ("known", "believed") and reduced relatives ("X, previously known as Y") report no speech
  // an adverbial participle ("while commenting on …, Governor X said") yields to a later cue
  // a reduced relative followed by its agent ("the divide highlighted by the shootings") is no one's speech
  const outer = beforeCues.filter((c, n) => !lex.cueFlags(tokens[c].l)?.weak && tokens[c + 1]?.l !== 'as' &&
    !(tokens[c + 1]?.l === 'by' && !PASSIVE_AUX.has(tokens[c - 1]?.l ?? '')) &&
    !(n < beforeCues.length - 1 && tokens[c].l.endsWith('ing') && /^(while|when|after|before|by|in|on|since)$/.test(tokens[c - 1]?.l ?? '')));
  for (const v of [...adjacent, ...outer]) {
    const c = speakerForCue(ctx, v, sent.a);
    if (c) {
      before = { cand: c, cue: cueSpan(tz, v) };
      // "The Harcourt Trust said the figures showed '…'": a document or unnamed subject of an inner verb
      // yields to a named speaker of an outer reporting verb
      if ((c.anonymous || c.key === null) && adjacent.includes(v)) {
        for (const o of outer) {
          if (o >= v) break;
          const oc = speakerForCue(ctx, o, sent.a);
          if (oc && oc.key && !oc.anonymous) {
            before = { cand: oc, cue: cueSpan(tz, o) };
            break;
          }
        }
      }
      break;
    }
  }
  // colon and dash attributions: 'And from the chairwoman: "…"', '"…" — Commissioner Jane Smith'
  if (!after && !before) {
    const o = q.open;
    if (o > sent.a && tokens[o - 1].w === ':') {
      // 'From the chairwoman: "…"' or 'Her deputy, Tom Okafor, was blunter: "…"' (the clause's subject)
      let c = colonLead(ctx, sent.a, o - 1) ?? (isCapsHeading(tokens, sent.a, o - 1) ? null : candidateEndingAt(ctx, o - 1, sent.a));
      // 'Ramsay delivered a blunt message to Pratt: "…"', 'had a warning for Pratt:': the name before the colon is
      // the one addressed when a preposition of address follows a verb of the clause; the speaker is its subject
      if (c && c.a > sent.a + 2 && ADDRESSED.has(tokens[c.a - 1].l) && MESSAGE_NOUNS.has(tokens[c.a - 2].l) && tokens.slice(sent.a, c.a - 2).some((t) => isVerbish(t) || FINITE.has(t.l))) c = null;
      for (let u = sent.a + 1; !c && u < o - 1; u++) if (isVerbish(tokens[u]) || FINITE.has(tokens[u].l)) c = subjectOf(ctx, u, sent.a);
      if (c) before = { cand: c, cue: null }; // the colon is the attribution: no cue word
    }
    const d = closeTok + 1;
    if (!before && (tokens[d]?.w === '—' || tokens[d]?.w === '–' || tokens[d]?.w === '-') && d + 1 < tokens.length) {
      const para = tokens[d].para;
      let e = d + 1;
      while (e < tokens.length && tokens[e].para === para && e < d + 8 && tokens[e].w !== ',' && tokens[e].w !== '.') e++;
      const c = candidateEndingAt(ctx, e, d + 1);
      if (c && c.a <= d + 4) after = { cand: c, cue: null, tight: true };
    }
  }
  if (after && (after.tight || !before)) {
    cand = after.cand;
    cue = after.cue;
  } else if (before) {
    cand = before.cand;
    cue = before.cue;
  } else {
    for (const v of cues.filter((c) => c > closeTok && tokens[c].sent === si && !isModalised(tokens, c))) {
      // '"…" about pay and unions, said Marla Kent, a union leader.': a quote that its sentence goes on from,
      // then the inverted attribution that closes the sentence
      const sentB = tz.sentences[si].b;
      const inv = invertsAt(tokens, v) ? appositionAfter(ctx, v + 1, sentB) ?? invertedSpeaker(ctx, v + 1, wordsEnd(tokens, v + 1, sentB)) : null;
      if (inv && !inv.key?.startsWith('place:')) {
        cand = inv;
        cue = cueSpan(tz, v);
        break;
      }
      const c = speakerForCue(ctx, v, sent.a);
      if (c) {
        cand = c;
        cue = cueSpan(tz, v);
        break;
      }
    }
  }
  // 3b. a paragraph ending in a colon introduces the quotation that opens the next ("Dr. Ward stated:" /
  // "He said:" / "Moe put it to them:"): the subject of that sentence's cue, else of its first verb
  if (!cand && q.open === tz.paragraphs[tokens[q.open].para].a && q.open > 0 && tokens[q.open - 1].w === ':' && tokens[q.open - 1].para === tokens[q.open].para - 1) {
    const ps = tz.sentences[tokens[q.open - 1].sent];
    if (!isCapsHeading(tokens, ps.a, q.open - 1) && !insideQuote(ctx.quoteSpans, tokens[q.open - 1].s)) {
      const pc = cuesIn(tz, ps.a, ps.b).filter((c) => !insideQuote(ctx.quoteSpans, tokens[c].s) && !isModalised(tokens, c));
      for (const v of pc) {
        const c = speakerForCue(ctx, v, ps.a);
        if (c) { cand = c; cue = cueSpan(tz, v); break; }
      }
      for (let u = ps.a + 1; !cand && u < q.open - 1; u++) {
        if (!(isVerbish(tokens[u]) || FINITE.has(tokens[u].l))) continue;
        cand = subjectOf(ctx, u, ps.a);
        break;
      }
    }
  }
  // 3a. a quoted sentence right after a sentence about one person in the same paragraph ("Rafiq sighed.
  // \"It is in writing.\"") is that person's: the subject of the previous sentence, when it names one
  // ... or in the paragraph before, when that paragraph is narration with no claim of its own ("Sanders was greeted
  // by a cheering crowd. / \"We are going to win.\""), a new subject rather than the last speaker
  const prevParaNarration = (): boolean => q.open === tz.paragraphs[sent.para].a && si > 0 && tz.sentences[si - 1].para === sent.para - 1 &&
    !claimInParagraph(ctx, sent.para - 1);
  if (!cand && q.open === sent.a && si > 0 && (tz.sentences[si - 1].para === sent.para || prevParaNarration()) && /^[\p{Lu}\d]/u.test(inner)) {
    const ps = tz.sentences[si - 1];
    // a previous sentence that holds or continues a claim (or lies inside a quotation) is no narration
    const prevClaimed = ctx.claims.some((c) => c.start < tokens[ps.b - 1].e && c.end > tokens[ps.a].s) || insideQuote(ctx.quoteSpans, tokens[ps.a].s);
    if (!prevClaimed) {
      for (let u = ps.a + 1; u < ps.b; u++) {
        if (!(isVerbish(tokens[u]) || FINITE.has(tokens[u].l))) continue;
        // (past a relative clause: "Asked about the scrum, which conceded five penalties, Tane was blunt.")
        if (inRelativeClause(tokens, ps.a, u)) continue;
        const c = subjectOf(ctx, u, ps.a);
        if (c && c.key && !c.anonymous && ctx.clusters.get(c.key)?.type === 'PERSON') {
          cand = c;
          if (isCueAt(tokens, u)) cue = cueSpan(tz, u);
        }
        break;
      }
    }
  }
  // 2b. a headline or label naming its speaker before a colon ("Harlow: Budget Plan 'Will Hurt Families'",
  // "Senator Harlow on the Budget: 'It Will Pass'"): the person or body so named
  if (!cand) cand = colonLabelSpeaker(ctx, q.open);
  // 3. a quote opening its paragraph with no cue continues the previous speaker (within two paragraphs)
  let continued = false;
  if (!cand && ctx.claims.length > 0) {
    const para = tokens[q.open].para;
    const prev = ctx.claims[ctx.claims.length - 1];
    const prevPara = ctx.claimPara[ctx.claimPara.length - 1];
    const opensPara = q.open === tz.paragraphs[para].a;
    if (opensPara && para - prevPara <= 2 && prev.speaker) {
      continued = true;
      cand = { mention: prev.speakerMention ?? { start: 0, end: 0, text: '' }, key: prev.speaker, a: -1, b: -1 };
    } else if (para === prevPara && prev.speaker && (words >= 4 || /[.!?]["”’']?$/.test(tz.text.slice(q.start, q.end))) && prev.end <= q.start) {
      continued = true;
      cand = { mention: prev.speakerMention ?? { start: 0, end: 0, text: '' }, key: prev.speaker, a: -1, b: -1 };
    }
  }
  // scare quotes and titles: short, unattributed, or Title Case; "so-called" never introduces a claim
  if (!cand && words <= 3) return null;
  if (/\b(so-called|so called|dubbed|nicknamed|known as|titled|entitled|headlined)\s*$/i.test(tz.text.slice(Math.max(0, q.start - 16), q.start))) return null;
  // titles of works and names in quotes ("The Long Goodbye", "Project Fear"): every word capitalised, no
  // sentence punctuation inside
  if (words <= 6 && /^(?:[\p{Lu}\d][\p{L}\d'’-]*\s*)+$/u.test(inner) && (words >= 2 || !cue)) return null;

  const kind = quoteKind(tz, q, inner, atSentenceStart, cue);
  // a mixed claim is the reported clause holding the quotation: "that Zelensky \"overplayed his hand\" and …"
  let start = q.start;
  let end = q.end;
  if (kind === 'mixed' && cue && cue.end <= q.start) {
    let k = tokenAt(tokens, cue.end);
    if (k >= tokens.length) k = -1;
    if (k >= 0 && tokens[k].l !== 'that') {
      const that = tokens.slice(k, q.open).findIndex((t) => t.l === 'that');
      if (that >= 0) k += that;
    }
    if (k >= 0 && tokens[k].s < start) start = tokens[k].s;
    let e = sent.b;
    while (e > sent.a && tokens[e - 1].k === Kind.Punct && /^[.,;:!?…]$/.test(tokens[e - 1].w)) e--;
    if (e > 0 && tokens[e - 1].e > end) end = tokens[e - 1].e;
  } else if (kind === 'partial' && cue && cue.end <= q.start) {
    // "called Trump \"unhinged\"", "branded the trip a \"complete failure\"": the object belongs to the claim
    const flags = lex.cueFlags(tz.text.slice(cue.start, cue.end));
    const k = tokenAt(tokens, cue.end);
    if (flags && (flags.complement || flags.as) && k < tokens.length && k < q.open && q.open - k <= 7) {
      const between = tokens.slice(k, q.open);
      if (between.every((t) => t.k === Kind.Word && !FINITE.has(t.l) && !isVerbish(t) || t.w === "'s" || t.w === '’s')) start = tokens[k].s;
    }
  } else if (kind === 'mixed' && cue && cue.start >= q.end) {
    // from the sentence's start, or the end of an earlier quotation in it, to the quote's end
    let k = sent.a;
    for (let m = q.open - 1; m > sent.a; m--) if (tokens[m].k === Kind.Quote) { k = m + 1; break; }
    while (k < q.open && tokens[k].k === Kind.Punct) k++;
    if (tokens[k].s < start) start = tokens[k].s;
  }
  const quote: Quote = {
    start,
    end,
    text: tz.text.slice(start, end),
    kind,
    speaker: cand?.key ?? null,
    cue,
    speakerMention: cand && !continued ? cand.mention : cand && continued && cand.mention.end > cand.mention.start ? cand.mention : null,
  };
  if (cand?.anonymous) quote.anonymous = true;
  return quote;
}

/**
 * The speaker a paragraph names before a colon that comes before the quote at `open`, as headlines and
 * transcripts write it: "Name: …", "Rep. Name (R-Tx.): …", "Description Name: …", "Name on Topic: …". The words
 * before the colon (at most eight) are capitalised, and a person or organisation mention ends right before the
 * colon (or before "on" when it opens the paragraph). Null for anything else ("Update: …", "He said this: …").
 */
function colonLabelSpeaker(ctx: Ctx, open: number): Candidate | null {
  const { tokens } = ctx.tz;
  const para = ctx.tz.paragraphs[tokens[open].para];
  let colon = -1;
  for (let k = para.a + 1; k < open && k <= para.a + 8; k++) if (tokens[k].w === ':') { colon = k; break; }
  if (colon < 0) return null;
  let e = colon;
  if (tokens[e - 1].w === ')') {
    let o = e - 2;
    while (o > para.a && tokens[o].w !== '(' && tokens[o].w !== ')') o--;
    if (tokens[o].w !== '(') return null;
    e = o;
  }
  let on = -1;
  for (let k = para.a + 1; k < e; k++) if (tokens[k].l === 'on') { on = k; break; }
  const end = on > 0 ? on : e;
  for (let k = para.a; k < end; k++) {
    const t = tokens[k];
    if (!(t.k === Kind.Word && t.cap || t.w === '.')) return null;
  }
  const mi = ctx.mentionEndingAt.get(end - 1);
  if (mi === undefined) return null;
  const m = ctx.ents.mentions[mi];
  const a = ctx.ents.ranges[mi].a;
  if ((m.type !== 'PERSON' && m.type !== 'ORG') || a < para.a || (on > 0 && a !== para.a)) return null;
  return { key: m.entity, mention: span(ctx.tz, a, end), a, b: end };
}

/**
 * A title (the document's first line) that names its speaker before a colon and gives the claim after it without quotation marks
 * ("Harlow: Budget Plan Will Hurt Families", "Senator Harlow on Trade: Tariffs Are Here To Stay"), the headline
 * convention for "Harlow said …": the words after the colon to the end of the sentence, when a person opens the
 * paragraph's label (colonLabelSpeaker) and at least three words follow. A line whose claim opens with a quotation
 * is the quote's (2b in quoteClaim); labelled turns further down are interviewAnswers'.
 */
const LABEL_PREPOSITIONS = new Set(['for', 'of', 'to', 'on', 'at', 'in', 'with', 'against', 'from', 'by', 'over', 'about']);
function colonHeadlineClaim(ctx: Ctx, si: number, sentQuotes: readonly QuoteSpan[]): Quote | null {
  const { tz } = ctx;
  const { tokens } = tz;
  const sent = tz.sentences[si];
  let colon = -1;
  for (let k = sent.a + 1; k < sent.b && k <= sent.a + 8; k++) if (tokens[k].w === ':') { colon = k; break; }
  if (colon < 0) return null;
  let last = sent.b - 1;
  while (last > colon && tokens[last].k !== Kind.Word) last--;
  let words = 0;
  for (let k = colon + 1; k <= last; k++) if (tokens[k].k === Kind.Word) words++;
  if (words < 3 || tokens[colon + 1].k !== Kind.Word) return null;
  const cand = colonLabelSpeaker(ctx, colon + 1);
  if (!cand || !cand.key || ctx.clusters.get(cand.key)?.type !== 'PERSON') return null;
  // the person is the label's head, not the object of a phrase before it ("Big Win For Harlow: …")
  for (let k = sent.a; k < cand.a; k++) if (LABEL_PREPOSITIONS.has(tokens[k].l)) return null;
  let c = span(tz, colon + 1, last + 1);
  // a quotation inside makes the claim mixed ("Harlow: Budget Plan 'Will Hurt Families'"), its marks included
  let quoted = false;
  for (const q of sentQuotes) {
    if (q.start >= c.end || q.end <= c.start) continue;
    quoted = true;
    if (q.end > c.end) c = { start: c.start, end: q.end, text: tz.text.slice(c.start, q.end) };
  }
  return { ...c, kind: quoted ? 'mixed' : 'indirect', speaker: cand.key, cue: null, speakerMention: cand.mention };
}

/** Whether a claim found so far lies in paragraph p (claims come in text order: a search from the end). */
function claimInParagraph(ctx: Ctx, p: number): boolean {
  for (let n = ctx.claimPara.length - 1; n >= 0 && ctx.claimPara[n] >= p; n--) if (ctx.claimPara[n] === p) return true;
  return false;
}

/**
 * A short sentence that is only an attribution ("Smith said.", "said the minister, Jane Doe.", "she asked
 * reporters."): a cue within its first eight tokens and no more than a dozen tokens in all.
 */
/** "Trump said." / "said Mr. Lee.": a sentence that is an attribution and nothing more (the cue ends it or opens it). */
function bareAttribution(ctx: Ctx, si: number): boolean {
  const { tokens } = ctx.tz;
  const s = ctx.tz.sentences[si];
  const e = wordsEnd(tokens, s.a, s.b);
  if (e - s.a > 6 || e === s.a || !attributionSentence(ctx, si)) return false;
  return isCueAt(tokens, e - 1) || isCueAt(tokens, s.a);
}

function attributionSentence(ctx: Ctx, si: number): boolean {
  const { tokens } = ctx.tz;
  const s = ctx.tz.sentences[si];
  for (let v = s.a; v < s.b && v < s.a + 12; v++) {
    const t = tokens[v];
    if (t.k === Kind.Word && isCueAt(tokens, v)) {
      // the rest holds no quotation of its own ('Lund then replies, "Nice hat."')
      for (let k = v + 1; k < s.b; k++) if (tokens[k].k === Kind.Quote) return false;
      return true;
    }
    // before the cue only the speaker's words: a name, pronoun, role or description (an apposition between commas:
    // '"Is the ferry late?" Soren, a retired pilot, said'), no verb or clause
    if (t.k === Kind.Quote || (t.k === Kind.Word && (isVerbish(t) || FINITE.has(t.l))) || (t.w === ',' && v === s.a)) return false;
    if (t.k === Kind.Punct && t.w !== ',' && t.w !== '.' && t.w !== '(' && t.w !== ')' && t.w !== '-') return false;
  }
  return false;
}

/**
 * direct: a whole sentence (or several) in quotation marks, standing alone or introduced by "X said:" / "…, he added,";
 * mixed: quoted words inside reported speech ("said it was \"…\"", "said that \"…\"");
 * partial: a quoted phrase inside the reporter's own sentence.
 */
function quoteKind(tz: Tokenized, q: QuoteSpan, inner: string, atSentenceStart: boolean, cue: Span | null): QuoteKind {
  const sentenceLike = /^[\p{Lu}\d]/u.test(inner) && /[.!?,;:…—-]$/.test(inner) && inner.split(/\s+/).length >= 3;
  if (atSentenceStart && (sentenceLike || inner.split(/\s+/).length >= 4)) return 'direct';
  const before = tz.text.slice(Math.max(0, q.start - 3), q.start);
  if (sentenceLike && /[,:]\s*$/.test(before)) return 'direct';
  if (/:\s*$/.test(before) && /^[\p{Lu}\d]/u.test(inner) && /[.!?]$/.test(inner)) return 'direct';
  if (cue && cue.end <= q.start) {
    // words between the cue and the quote make it reported speech holding a quotation ("said the pool is
    // \"…\"", "warned that \"…\""), unless the cue takes an object and "as"/"of" ("described it as \"…\"")
    const between = tz.text.slice(cue.end, q.start).trim();
    if (between === '' || /^[,:]$/.test(between)) return sentenceLike ? 'direct' : 'partial';
    if (/^(that|it|this|he|she|they|we|i|there)\b/i.test(between) || /\bthat\b/i.test(between)) return 'mixed';
    const flags = lex.cueFlags(tz.text.slice(cue.start, cue.end));
    // …and the words between hold a verb of their own: a clause, not an object ("expressed his desire … despite the")
    const hasVerb = between.split(/\s+/).some((w) => FINITE.has(w.toLowerCase()) || IRREGULAR_PAST.has(w.toLowerCase()) || w.toLowerCase() === 'to');
    if (flags && flags.clause && !flags.as && !flags.of && !flags.for && hasVerb && !/\b(as|of|for)$/i.test(between) && !/[.;]/.test(between)) return 'mixed';
  }
  if (cue && cue.start >= q.end) {
    // "the official had \"decided the match\", the club said": reported words around the quotation
    const sent = tz.sentences[tz.tokens[q.open].sent];
    const lead = tz.text.slice(tz.tokens[sent.a].s, q.start).trim();
    if (lead.split(/\s+/).length >= 2 && !/[.!?]$/.test(lead)) return 'mixed';
  }
  return 'partial';
}

/** A cue under a modal or infinitive ("would respond", "to say") reports no speech event. */
/**
 * A reporting verb under a modal or a negation that still reports a clause ("would only say that …", "is not
 * predicting the levy will pass", "did not suggest the pier had closed"): an explicit "that" or a finite clause right after
 * the verb; not an infinitive ("to say"), and not a bare object ("would tell Holder").
 */
function modalReportAt(tokens: Token[], v: number, end: number): boolean {
  if (tokens[v - 1]?.l === 'to' || tokens[v].l.endsWith('ing') && tokens[v - 1]?.l !== 'not') return false;
  // negated only: under a modal alone the verb is often inside another's report ("X would insist that …, she said")
  if (!NEGATED_BEFORE.test(tokens[v - 1]?.l ?? '') && !(tokens[v - 1]?.l.endsWith('ly') && NEGATED_BEFORE.test(tokens[v - 2]?.l ?? ''))) return false;
  // … and no report of the whole sentence after it
  for (let k = v + 1; k < end; k++) if (tokens[k].k === Kind.Word && !tokens[k].cap && lex.cueOf(tokens[k]) !== undefined && /^(said|says|say|told|added)$/.test(tokens[k].l)) return false;
  const n = tokens[v + 1];
  if (!n) return false;
  // (under a modal too, "may not speak English", it is no report)
  if (/^(would|will|could|can|may|might|must|should|shall)$/.test(tokens[v - 2]?.l ?? '')) return false;
  if (n.l === 'that') return v + 4 < end;
  // a clause with a pronoun or a determiner for its subject ("did not suggest she had resigned")
  return (PERSONAL.has(n.l.split(/['’]/)[0]) || DETERMINERS.has(n.l)) && finiteClauseAt(tokens, v + 1, end) === v + 1;
}

const NEGATED_BEFORE = /^(not|never|n't|didn't|doesn't|don't|hasn't|haven't|hadn't|isn't|wasn't|aren't|weren't|didn’t|doesn’t|don’t|hasn’t|haven’t|hadn’t|isn’t|wasn’t|aren’t|weren’t)$/;

function isModalised(tokens: Token[], v: number): boolean {
  const p = tokens[v - 1];
  if (!p) return false;
  // "was quick to say", "was forced to admit": said all the same
  if (p.l === 'to' && TO_SPEAK_FRAMES.has(tokens[v - 2]?.l ?? '') && PASSIVE_AUX.has(tokens[v - 3]?.l ?? '')) return false;
  if (/^(would|will|could|should|may|might|must|can|to|cannot|shall)$/.test(p.l)) return true;
  // negated: "did not say", "never said", "didn't say", "refused to say"
  return /^(not|never|n't|didn't|doesn't|don't|won't|wouldn't|couldn't|hasn't|haven't|hadn't)$/.test(p.l);
}

function lastTokenBefore(tokens: Token[], end: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].e <= end) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function cueSpan(tz: Tokenized, v: number): Span {
  if (tz.tokens[v].l === 'according') return span(tz, v, v + 2);
  return span(tz, v, v + 1);
}

/** Lower-case words only between a and b: no punctuation, preposition, conjunction or possessive ("the nonpartisan"). */
function plainModifiers(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word || t.cap || PREPOSITIONS.has(t.l) || NP_STOP.has(t.l) || POSSESSIVE_MARKS.has(t.w) || GENERIC_PERSONS.has(t.l)) return false;
  }
  return true;
}

/** Nouns for what a body publishes or keeps: "according to the regulator's filings", "… Census data", "… a CNN tally". */
const RECORD_NOUNS = new Set([...DOC_NOUNS, 'reports', 'studies', 'surveys', 'polls', 'filings', 'documents', 'records', 'data', 'figures',
  'numbers', 'statistics', 'tally', 'tallies', 'count', 'average', 'estimates', 'projections', 'calculations', 'transcript', 'transcripts', 'database']);
/**
 * "according to Electoral Commission filings": the body speaks for its records (the key stays the body's),
 * and the mention is the records the text cites, so that it reads as written.
 */
function withRecordNoun(ctx: Ctx, c: Candidate, sent: number): Candidate {
  const n = ctx.tz.tokens[c.b];
  if (!c.key || c.anonymous || !n || n.sent !== sent || n.k !== Kind.Word || n.cap || !RECORD_NOUNS.has(n.l)) return c;
  // (the token range stays the body's: the claim's kind is read from the body, as before)
  return { ...c, mention: span(ctx.tz, c.a, c.b + 1) };
}

/**
 * '"…," Quick said': a capitalised word alone right before the cue that is the surname of exactly one person the
 * text names in full ("CNBC's Becky Quick"), even when the word is also an ordinary one the name finder passes over.
 */
function surnameAlone(ctx: Ctx, a: number, v: number): Candidate | null {
  const t = ctx.tz.tokens[a];
  if (v !== a + 1 || t.k !== Kind.Word || !t.cap || t.w === t.w.toUpperCase() || PRONOUNS[t.l]) return null;
  const key = fullNameWith(ctx, t.l, -1);
  return key ? { key, mention: span(ctx.tz, a, a + 1), a, b: a + 1 } : null;
}

/** The speaker of a cue: "according to X"; a participle after a comma ("…, warning") takes the clause's subject. */
/** The source "according to" at token v names: a document's producer, a name in apposition, a body (see speakerForCue). */
function accordingTo(ctx: Ctx, v: number): Candidate | null {
  const { tokens } = ctx.tz;
  const t = tokens[v];
  // "according to a report by the Harbour Trust": the producer of the document
  const sentB = ctx.tz.sentences[t.sent].b;
  const doc = documentAuthor(ctx, v + 2, sentB);
  // the mention: the whole noun phrase, as it was without the producer ("a poll by X broadcast on Y")
  const np = doc?.key && !doc.anonymous ? npAfter(ctx, v + 2, sentB) : null;
  if (doc?.key && !doc.anonymous) return np && np.b > doc.b ? { ...doc, mention: np.mention, b: np.b } : doc;
  // "according to its executive director, Ms Anna Lint.": the name in apposition to the description, the name
  // closing the phrase (not the subject of a clause after it: "according to the report, Lint said …")
  const app = appositionAfter(ctx, v + 2, sentB);
  if (app?.key && (app.b >= sentB || (tokens[app.b].k === Kind.Punct && !POSSESSIVE_MARKS.has(tokens[app.b].w) && tokens[app.b].w !== '(')) && !tokens.slice(v + 2, app.a).some((t) => DOC_NOUNS.has(t.l))) {
    return { ...app, mention: span(ctx.tz, v + 2, app.b), a: v + 2 };
  }
  // (a body's name may be long: "according to the NSW Bureau of Crime Statistics and Research")
  for (let e = Math.min(tokens.length, v + 12); e > v + 2; e--) {
    if (tokens[e - 1].sent !== t.sent) continue;
    const c = candidateEndingAt(ctx, e, v + 2);
    // "according to Saudi Arabia's Civil Defense Authority": the possessed body speaks
    const poss = c ? tokens[c.a - 1] : undefined;
    if (c && poss && (poss.w === "'s" || poss.w === '’s' || poss.w === "'" || poss.w === '’') && c.a - 1 > v + 2) return c;
    if (c && (c.a === v + 2 || c.a === v + 3)) return withRecordNoun(ctx, c, t.sent);
    // "according to the nonpartisan Legislative Budget Office": a determiner and plain modifiers before a named body
    // (or a body described by its trade: "according to the aviation data firm Cirrus Analytics")
    if (c && c.key && !c.anonymous && (c.a <= v + 6 && DETERMINERS.has(tokens[v + 2].l) && plainModifiers(tokens, v + 3, c.a) || bodyDescribed(tokens, v + 2, c.a)) && (c.b >= sentB || tokens[c.b].k === Kind.Punct && !POSSESSIVE_MARKS.has(tokens[c.b].w))) return { ...c, mention: span(ctx.tz, v + 2, c.b), a: v + 2 };
  }
  return null;
}

/** A lower-case present in "-s" after a word that may end a name ("Voss backs"), not a plural after a determiner. */
function presentAfterSubject(tokens: readonly Token[], u: number): boolean {
  const t = tokens[u];
  const p = tokens[u - 1];
  return t.k === Kind.Word && !t.cap && t.l.length > 3 && t.l.endsWith('s') && !/(ss|us|is|ous)$/.test(t.l) && p?.k === Kind.Word && p.cap;
}

/** Adverbs between a participle and the comma before it ("…, later telling …", "…, still insisting …"). */
const SEQUENCE_ADVERBS = new Set(['also', 'then', 'again', 'later', 'still', 'even', 'further', 'once', 'now']);

function speakerForCue(ctx: Ctx, v: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  const t = tokens[v];
  if (t.l === 'according') {
    // "according to a study published on Monday in the journal X": when no rule names its source, the unnamed
    // document, not the journal it appeared in
    const found = accordingTo(ctx, v);
    if (found && found.key !== null && !found.anonymous) return found;
    const unnamed = unnamedDocument(ctx, v + 2, ctx.tz.sentences[t.sent].b);
    // (an unnamed source the rules found keeps its words, unless they stopped inside the phrase: "a study of 9")
    if (found?.anonymous) return unnamed && unnamed.a === found.a && unnamed.b > found.b ? unnamed : found;
    return unnamed ?? found;
  }
  // "X was quoted as saying", "X is reported as saying": X, the subject of the passive
  let quotedAt = -1;
  if (t.l.endsWith('ing') && tokens[v - 1]?.l === 'as') {
    for (let k = v - 2; k > sentStart && k >= v - 9; k--) if (/^(quoted|reported|heard|recorded|cited)$/.test(tokens[k].l)) { quotedAt = k; break; }
  }
  if (quotedAt > 0) {
    let k = quotedAt;
    if (k > sentStart && PASSIVE_AUX.has(tokens[k - 1].l)) k--;
    return candidateEndingAt(ctx, k, sentStart);
  }
  // "… and warned", "… but said": the subject of the first verb of the sentence
  let coord = v - 1;
  while (coord > sentStart + 1 && tokens[coord].k === Kind.Word && !tokens[coord].cap && (tokens[coord].l.endsWith('ly') || ADVERB_OK.has(tokens[coord].l)) && tokens[coord].l !== 'and') coord--;
  // (or a comma and a sequence adverb: "won the final on Sunday, then admitted …", "…, later conceded …")
  const commaThen = tokens[coord]?.w === ',' && coord + 1 < v && /^(then|later)$/.test(tokens[coord + 1].l) && coord > sentStart + 1;
  if ((tokens[coord]?.l === 'and' || tokens[coord]?.l === 'but' || commaThen) && !t.l.endsWith('ing')) {
    for (let u = sentStart + 1; u < coord; u++) {
      if (!isVerbish(tokens[u]) || tokens[u].l.endsWith('ing') || insideQuote(ctx.quoteSpans, tokens[u].s)) continue;
      // a hearer is no speaker: "The court heard that he moved the hives and later told police …" is his
      if (AUDIENCE_VERBS.has(tokens[u].l) && tokens[u + 1]?.l === 'that' && (tokens[u].l !== 'told' || PASSIVE_AUX.has(tokens[u - 1].l))) continue;
      const c = subjectOf(ctx, u, sentStart);
      if (c) return c;
    }
  }
  // a fronted participle ("After saying he was nervous, the man …", "While saying that …, he …"): the subject of
  // the main clause after its comma
  if (t.l.endsWith('ing') && v - 1 === sentStart && /^(after|while|before|since|upon|when)$/.test(tokens[v - 1].l)) {
    const sentB = ctx.tz.sentences[t.sent].b;
    let comma = v + 1;
    while (comma < sentB && comma < v + 30 && tokens[comma].w !== ',') comma++;
    if (comma >= sentB || tokens[comma].w !== ',') return null;
    for (let u = comma + 2; u < sentB && u <= comma + 10; u++) {
      if (tokens[u].w === ',') break;
      if (!(isVerbish(tokens[u]) || FINITE.has(tokens[u].l)) || tokens[u].l.endsWith('ing') || insideQuote(ctx.quoteSpans, tokens[u].s)) continue;
      return subjectOf(ctx, u, comma + 1);
    }
    return null;
  }
  // (or after a preposition: "responded by saying", "drew boos upon saying", "paused before saying"; after a dash: "– saying …"; past an
  // adverb: "…, while also suggesting …")
  let pv = v - 1;
  while (pv > sentStart + 1 && tokens[pv].k === Kind.Word && !tokens[pv].cap && (SEQUENCE_ADVERBS.has(tokens[pv].l) || tokens[pv].l.endsWith('ly'))) pv--;
  // (the comma may close a short quotation before the participle: 'dubbed the scheme a "ferry fiasco," adding that')
  if (t.l.endsWith('ing') && tokens[pv]?.k === Kind.Quote && tokens[pv - 1]?.w === ',' && pv - 1 > sentStart + 1) pv--;
  const pw = tokens[pv]?.w;
  if (t.l.endsWith('ing') && (pw === ',' || pw === '—' || pw === '–' || tokens[pv]?.l === 'and' || tokens[pv]?.l === 'while' || (/^(by|upon|before|after)$/.test(tokens[v - 1]?.l ?? '') && v - 1 > sentStart))) {
    // participle ("…, warning, \"…\"", "…, saying that …"): the subject of the sentence's main clause, i.e. the
    // first speaker candidate that is followed by a finite verb ("Weaver didn't seem impressed, telling reporters");
    // but after a trailing attribution ("…, the agency said on Thursday, warning that …") that speaker
    for (let u = pv - 1; u > sentStart + 1 && u >= pv - 7; u--) {
      // (a capitalised word inside a name or a title is no verb: ", former Secretary of State Ann Ruiz, drew …")
      if (tokens[u].k !== Kind.Word || tokens[u].w === ',' || tokens[u].l.endsWith('ing') || (tokens[u].cap && !tokens[u].first) || !isCueAt(tokens, u)) continue;
      if (insideQuote(ctx.quoteSpans, tokens[u].s)) break;
      const c = subjectOf(ctx, u, sentStart);
      const before = c ? c.a - 1 - (tokens[c.a - 1]?.l === 'the' ? 1 : 0) : -1;
      if (c && c.b <= u && before > sentStart && tokens[before].w === ',') return c;
      break;
    }
    for (let u = sentStart + 1; u < pv; u++) {
      // (a present in "-s" right after its subject: "Councillor Ann Voss backs the levy, arguing …")
      const presentS = presentAfterSubject(tokens, u);
      if (!(presentS || isVerbish(tokens[u], tokens, u) || FINITE.has(tokens[u].l) || /^(did|does|do|is|was|were|are|has|had|have)n['’]t$/.test(tokens[u].l)) || tokens[u].l.endsWith('ing')) continue;
      if (insideQuote(ctx.quoteSpans, tokens[u].s)) continue;
      const c = subjectOf(ctx, u, sentStart);
      // (its subject opening the clause: not "According to Yonhap news, quoting …", a preposition before the name)
      if (c && (!presentS || c.b === u && c.key !== null && !c.anonymous && !tokens.slice(sentStart, c.a).some((w) => LABEL_PREPOSITIONS.has(w.l)))) return c;
    }
    return null;
  }
  return subjectOf(ctx, v, sentStart);
}

const TRAILING_PUNCT = /^[.,;:!?…)\]—–-]$/;

/** The end of a sentence's words: its closing punctuation (full stop, comma, bracket, dash …) left out. */
function contentEnd(tokens: readonly Token[], sent: { a: number; b: number }): number {
  let end = sent.b;
  while (end > sent.a && tokens[end - 1].k === Kind.Punct && TRAILING_PUNCT.test(tokens[end - 1].w)) end--;
  return end;
}

/**
 * Reported speech without quotation marks: "X said (that) …", "…, X said.", "According to X, …", "X accused Y of
 * …". A sentence may hold several ("said A but cautioned that B"): a coordinated second cue ends the first
 * claim and starts its own, sharing the subject. Content that holds a quotation is left to the quote's claim.
 */
/**
 * "…,' he said, referring to general manager Greg Costanzo": the reporter's gloss of whom a quotation names, a
 * person (after role words), is not what was said.
 */
function glossOfPerson(ctx: Ctx, v: number, from: number, to: number): boolean {
  const { tokens } = ctx.tz;
  if (tokens[v].l !== 'referring' && tokens[v].l !== 'refers' && tokens[v].l !== 'referred') return false;
  const mi = ctx.mentionEndingAt.get(to - 1);
  if (mi === undefined || ctx.ents.mentions[mi].type !== 'PERSON' || ctx.ents.ranges[mi].a < from) return false;
  for (let k = from; k < ctx.ents.ranges[mi].a; k++) if (tokens[k].k !== Kind.Word || tokens[k].cap && !lex.isTitle(tokens[k].l)) return false;
  return true;
}

function indirectClaims(ctx: Ctx, si: number, cues: number[], quotes: QuoteSpan[], typed: Map<number, { cue: TypedCue; len: number }> = new Map()): Quote[] {
  const { tz } = ctx;
  const { tokens } = tz;
  const sent = tz.sentences[si];
  const endTok = contentEnd(tokens, sent);
  const out: Quote[] = [];
  let doneUntil = -1;
  const overlapsQuote = (from: number, to: number): boolean => quotes.some((q) => q.start < tokens[to - 1].e && q.end > tokens[from].s);
  const emit = (from: number, to: number, c: Candidate, cue: Span, kind: QuoteKind = 'indirect', minTokens = 3, before = false): void => {
    // a second cue ends this claim: "…, but cautioned that …", "… and warned of …", "…, saying …"; content before
    // its cue only at a participle ("A, Ms. Lorn found B, she said.": the later report holds the whole)
    to = endAtNextCue(tokens, from, to, (n) => cues.includes(n), before);
    if (to - from < minTokens || overlapsQuote(from, to)) return;
    out.push(makeIndirect(tz, from, to, c, cue, kind));
    doneUntil = to;
  };
  // "In a Harbour Times poll released Monday, 54 percent chose the tunnel": evidence, the poll its source
  if (tokens[sent.a].l === 'in' && sent.b - sent.a > 8) {
    let comma = sent.a + 2;
    while (comma < endTok && comma < sent.a + 14 && tokens[comma].w !== ',') comma++;
    const intro = tokens.slice(sent.a + 1, comma);
    if (comma < endTok - 3 && tokens[comma].w === ',' && intro.some((x) => EVIDENCE_HEADS.has(x.l) && x.l !== 'review' && x.l !== 'paper') && !intro.some((x) => FINITE.has(x.l)) && !cues.some((x) => x > comma) && finiteClauseAt(tokens, comma + 1, endTok) >= 0) {
      const c = npAfter(ctx, sent.a + 1, comma + 1);
      if (c) emit(comma + 1, endTok, c, span(tz, sent.a, sent.a + 1), 'evidence');
    }
  }
  const all = typed.size ? [...new Set([...cues, ...typed.keys()])].sort((x, y) => x - y) : cues;
  for (const v of all) {
    if (v < doneUntil) continue;
    const t = tokens[v];
    const ty = typed.get(v);
    let kind: QuoteKind = 'indirect';
    if (ty) {
      const r = typedClaim(ctx, v, ty.cue, ty.len, sent.a, endTok);
      // a trailing attribution of the whole sentence is the report; the position inside it yields ("The group
      // would urge members to vote against, he said.")
      if (r && trailingAttributionAt(tokens, r.from, r.to, (n) => n > v && cues.includes(n), IRREGULAR_PAST) >= 0) continue;
      if (r && r.from < r.to && !(r.kind === 'indirect' && underWhether(tokens, v, sent.a)) && !glossOfPerson(ctx, v, r.from, r.to)) {
        emit(r.from, r.to, r.c, span(tz, v, v + ty.len), r.kind, 1);
        if (doneUntil === r.to) continue;
      }
      if (!cues.includes(v)) continue;
      // a speech cue too ("believes that", "denied that", "urged that"): the clause routes below, typed
      if (!ty.cue.needsEvidenceSubject && !ty.cue.keepsSpeech) kind = ty.cue.kind;
      else if (r?.kind === 'evidence') kind = 'evidence';
    }
    const lemma = t.l === 'according' ? 'according to' : cueLemmaAt(tokens, v);
    if (t.l === 'according') {
      const c = speakerForCue(ctx, v, sent.a) ?? describedSource(ctx, npAfter(ctx, v + 2, endTok));
      if (!c) continue;
      // "according to the report / a new poll / court records": evidence
      if (tokens.slice(c.a, Math.min(c.b, c.a + 6)).some((x) => EVIDENCE_HEADS.has(x.l) || DOC_NOUNS.has(x.l))) kind = 'evidence';
      // "According to X, content." or "content, according to X."
      if (v === sent.a || (v > sent.a && tokens[v - 1].w !== ',')) {
        // "According to two officials familiar with the talks, content": the content follows the comma
        let from = c.b;
        let k = from;
        while (k < endTok && k < from + 12 && tokens[k].w !== ',') k++;
        if (k < endTok && tokens[k].w === ',') from = k + 1;
        while (from < endTok && tokens[from].k === Kind.Punct) from++;
        emit(from, endTok, c, cueSpan(tz, v), kind);
      } else emit(sent.a, v - 1, c, cueSpan(tz, v), kind);
      continue;
    }
    // a question put to someone, its asker unnamed: "When asked whether she would run, Lorn said …", "Asked by
    // reporters why the pier closed, the mayor …", "Okafor was asked on Monday how the fund would work"
    const put = lemma === 'ask' ? questionPutAt(tokens, v, sent.a, endTok) : null;
    // (a question holding a cue of its own, "asked whether he thought …", is left to that cue's claim)
    if (put && !all.some((x) => x >= put.from && x < put.to) && !out.some((q) => q.start < tokens[put.to - 1].e && q.end > tokens[put.from].s)) {
      const n = out.length;
      emit(put.from, put.to, { mention: { start: t.s, end: t.s, text: '' }, key: null, unknown: true, a: -1, b: -1 }, cueSpan(tz, v), 'stance', 2);
      if (out.length > n) QUESTIONS_PUT.add(out[n]);
      continue;
    }
    // an "as" aside before the content: "As Reyes noted, those voters will …", "…, given that, as the Courier
    // reported on Saturday, he has …": the clause after the aside's comma is the claim
    const aside = asAsideAt(tokens, v, sent.a, endTok, lemma);
    if (aside) {
      const c = subjectOf(ctx, v, aside.as + 1) ?? npSubject(ctx, v, aside.as + 1);
      if (c && c.a === aside.as + 1 + (tokens[aside.as + 1].l === 'the' && c.a === aside.as + 2 ? 1 : 0)) emit(aside.comma + 1, endTok, c, cueSpan(tz, v), kind);
      continue;
    }
    const flags = lex.cueFlags(lemma);
    // "accused the government of balancing the books": the charge is the claim
    if (flags?.of && !flags.clause) {
      const of = tokens.slice(v + 1, Math.min(endTok, v + 8)).findIndex((x) => x.l === 'of');
      const c = of >= 0 ? speakerForCue(ctx, v, sent.a) : null;
      if (c && endTok - (v + 1) >= 4) emit(v + 1, endTok, c, cueSpan(tz, v));
      continue;
    }
    if (!lex.takesClause(lemma)) continue;
    // parenthetical or trailing attribution: "content, X said." / "The actors, she said, had rehearsed …"
    if (tokens[v - 1] && !t.l.endsWith('ing')) {
      let comma = -1;
      for (let k = v - 1; k > sent.a && k >= v - 8; k--) if (tokens[k].w === ',') { comma = k; break; }
      const after = tokens[v + 1];
      // trailing: the attribution closes the sentence, perhaps with its addressee or a day ("…, a school
      // spokesman told The Harbour Times.", "…, the Courier reported Tuesday.")
      // "…, said Ines Darrow, a ferry pilot from Tarn who …", "…, said a clerk who sat in on …": the
      // speaker after an inverted cue, then its apposition or relative clause to the end
      // content with no verb ("Shortly after the vote, Lorn announced her resignation", "Wednesday at the debate,
      // Lorn said …") trails only a cue that ends the sentence ("Sorry, Lorn said."): otherwise it is an adverbial
      const verbless = comma > sent.a && !tokens.slice(sent.a, comma).some((x, j) => FINITE.has(x.l) || isVerbish(x) || (x.k === Kind.Quote && x.w !== "'" && x.w !== '’') ||
        (j > 0 && x.k === Kind.Word && !x.cap && (x.l.endsWith('ing') || (x.l.length > 3 && /[^su'’]s$/.test(x.l)) ||
        // a plural noun then a bare word that is no function word: "a variety of factors impact …"
        (tokens[sent.a + j - 1].k === Kind.Word && /^[a-z]{3,}[^s'’]s$/.test(tokens[sent.a + j - 1].l) && !PREPOSITIONS.has(x.l) && !DETERMINERS.has(x.l) && !NP_STOP.has(x.l)))));
      const objectAfter = verbless && lemma !== 'tell' && v + 1 < endTok && tokens[v + 1].k === Kind.Word && !WEEKDAYS.has(tokens[v + 1].l) && !PREPOSITIONS.has(tokens[v + 1].l) && !TIME_NOUNS.has(tokens[v + 1].l) && !/^(this|last|earlier|later|yesterday|today|tonight|reporters)$/.test(tokens[v + 1].l);
      const inv = comma === v - 1 && comma > sent.a + 3 && !verbless ? invertedSpeakerEnd(tokens, v, endTok) : -1;
      const clauseFollows = inv < 0 && v + 1 < endTok && (PERSONAL.has(tokens[v + 1].l) || finiteClauseAt(tokens, v + 1, endTok) >= 0);
      const trailing = !objectAfter && (inv >= 0 || !clauseFollows && (v >= endTok - 4 || endTok - v <= 7 && tokens.slice(v + 1, endTok).every((x) => x.cap || x.l === 'the' || x.l === 'reporters' || x.l === 'on' || WEEKDAYS.has(x.l) || x.w === '.' || x.w === "'s" || x.w === '’s') || trailingTail(tokens, v, endTok, IRREGULAR_PAST)));
      const parenthetical = !trailing && after && after.w === ',' && comma > sent.a && (!lex.needsThat(lemma) || predicateAt(tokens, v + 2, IRREGULAR_PAST));
      // a cue that may drop "that" trails any content; another only a clause ("Asked about her future, Okafor
      // smiled": no claim)
      const contentIsClause = !lex.needsThat(lemma) || (!/(ed|ing)$/.test(tokens[sent.a].l) && !PREPOSITIONS.has(tokens[sent.a].l) && tokens.slice(sent.a + 1, comma).some((x) => FINITE.has(x.l) || (isVerbish(x) && !x.l.endsWith('ing'))));
      if ((trailing && comma > sent.a + 3 && contentIsClause) || parenthetical) {
        const c = subjectOf(ctx, v, comma + 1) ?? (inv >= 0 ? invertedCandidate(ctx, v + 1, inv) : null) ??
          (trailing && v + 1 < endTok ? candidateEndingAt(ctx, endTok, v + 1) ?? (comma === v - 1 ? invertedSpeaker(ctx, v + 1, endTok) : null) : null) ?? npSubject(ctx, v, comma + 1);
        if (c && (c.a === comma + 1 || c.a === v + 1 || tokens.slice(comma + 1, c.a).every((x, j) => isRole(x.l) || x.cap || DETERMINERS.has(x.l) || x.w === "'s" || x.w === '’s' || (x.w === '.' && lex.isHonorific(tokens[comma + j].w))) || (trailing && c.b === v && trailingSpeakerSpan(tokens, comma + 1, v)))) {
          if (trailing) emit(sent.a, comma, c, cueSpan(tz, v), kind, 3, true);
          else {
            // the claim is the sentence around the aside; its span runs from the start to the end
            if (!overlapsQuote(sent.a, endTok)) {
              out.push(makeIndirect(tz, sent.a, endTok, c, cueSpan(tz, v), kind));
              doneUntil = endTok;
            }
          }
          continue;
        }
      }
    }
    // "X said (that) content": needs a subject and a clause after the cue; a subject the entity rules do not know
    // ("city staff", "Thirty-one percent", "The newsletter") is taken as written
    let c = speakerForCue(ctx, v, sent.a) ?? fallbackSubject(ctx, v, sent.a) ?? unattributed(tokens, v, endTok);
    if (!c) continue;
    // "There are reports that …": existential "there" is no speaker; the reports are an unnamed source
    if (c.key === null && c.b === c.a + 1 && tokens[c.a].l === 'there' && /^(reports|suggestions|claims|rumours|rumors|indications|allegations)$/.test(t.l)) {
      const mention = span(tz, v, v + 1);
      c = { mention, key: anonKey(mention.text), anonymous: true, a: v, b: v + 1 };
    }
    if (kind === 'indirect' && isEvidenceSubject(tokens, c)) kind = 'evidence';
    let from = v + 1;
    // "told reporters that", "said in a statement that", "warned on Sunday that"
    let k = from;
    // not past another clause's verb: in "said the senator believes that …" or "said Pike had told her that …" the
    // "that" is the inner report's, and the outer content starts right after the cue
    // an addressee with its place may be long ("told the fishing co-op members at their quayside shed in Tarn that …")
    const reach = lemma === 'tell' ? 14 : 8;
    while (k < endTok && k < from + reach && tokens[k].l !== 'that' && tokens[k].w !== ',' && tokens[k].w !== ':' && tokens[k].w !== ';' && !FINITE.has(tokens[k].l) && !(k > from && (cues.includes(k) || typed.has(k)) && finiteCueForm(tokens, k))) k++;
    // nor a "that" after a cue inside an adverbial clause: in "wrote it after a GAO report found that …" the clause is
    // the report's, and this cue has no content of its own
    if (k < endTok && tokens[k].l === 'that') {
      let opener = -1;
      for (let u = from; u < k; u++) if (ADVERBIAL_OPENERS.test(tokens[u].l)) { opener = u; break; }
      if (opener >= 0 && cues.concat([...typed.keys()]).some((u) => u > opener && u < k)) continue;
    }
    if (lemma === 'ask' || lemma === 'wonder' || lemma === 'question' || lemma === 'inquire' || lemma === 'enquire') {
      // "asked (him) whether / if / how …": the question is the claim
      let w = from;
      while (w < endTok && w < from + 5 && !/^(whether|if|how|why|where|what|who|when)$/.test(tokens[w].l) && tokens[w].k === Kind.Word && tokens[w].l !== 'that') w++;
      if (w < endTok && /^(whether|if|how|why|where|what|who|when)$/.test(tokens[w].l) && endTok - w >= 3) {
        emit(w, clauseEnd(tokens, w, endTok), c, cueSpan(tz, v), kind);
        continue;
      }
    }
    // an account of how or why ("explained why the pier closed", "described how the fire spread") is what was said;
    // after other verbs a question word opens an adverbial or an unanswered question ("said when he was young")
    if (tokens[from] && /^(how|why)$/.test(tokens[from].l) && WH_ACCOUNT.has(lemma) && endTok - from >= 4 && !negatedCue(tokens, v)) {
      emit(from, clauseEnd(tokens, from, endTok), c, cueSpan(tz, v), kind);
      continue;
    }
    if (tokens[from] && /^(when|whether|if|how|why|where|what|who|which)$/.test(tokens[from].l)) continue;
    // far from the cue, "that" + a verb is a relative pronoun ("told a crowd that had gathered …")
    if (k < endTok && k >= v + 9 && tokens[k].l === 'that' && (FINITE.has(tokens[k + 1]?.l ?? '') || isVerbish(tokens[k + 1]))) k = endTok;
    if (k < endTok && (tokens[k].l === 'that' || tokens[k].w === ':')) from = k + (tokens[k].w === ':' ? 1 : 0);
    else {
      // zero "that": the verbs that commonly drop it by the looser test, every other speech verb by a real finite
      // clause (a subject, then a finite verb: "announced he would run", not "announced the expanded program")
      // "which officials said will take effect": the relative pronoun is the reported clause's subject
      const gapEnd = lex.needsThat(lemma) ? -1 : relativeGapReportEnd(tokens, v, sent.a, endTok, IRREGULAR_PAST);
      if (gapEnd > from) {
        emit(from, gapEnd, c, cueSpan(tz, v), kind);
        continue;
      }
      from = skipAdverbial(tokens, from, endTok);
      let clause = lex.needsThat(lemma) ? (lemma === 'ask' ? -1 : finiteClauseAt(tokens, from, endTok)) : Math.max(clauseStart(tz, from, endTok, lemma), finiteClauseAt(tokens, from, endTok));
      // … or a clause in the present tense ("said harbour traffic depends on the weather"), after a verb that takes
      // no addressee before its clause
      if (clause < 0 && !lex.needsThat(lemma) && !ADDRESSEE_SPEECH.has(lemma)) clause = presentClauseAt(tokens, from, endTok, IRREGULAR_PAST);
      // a subject longer than those tests look at ("say the effort to crack down on … has been toothless")
      if (clause < 0 && lemma !== 'ask') clause = longClauseAt(tokens, from, endTok, IRREGULAR_PAST, !lex.needsThat(lemma));
      if (clause < 0) {
        // no clause: a noun-phrase object of the speech verb is what was said ("announced his candidacy",
        // "released a statement", "acknowledged the mistake", "said yes")
        const o = tokens[from];
        if ((NP_SPEECH.has(lemma) || speechObjectAt(tokens, from, endTok, lemma)) && o && from < endTok && !underWhether(tokens, v, sent.a) && (o.k === Kind.Word || o.k === Kind.Num || /^[$%]/.test(o.w)) && !OBJECT_STOP.has(o.l) && !PRONOUNS[o.l] && !OBJECT_PRONOUNS.has(o.l) && !FINITE.has(o.l) && !o.l.endsWith('ing')) {
          if (!scoreObject(tokens, from, endTok)) emit(from, npObjectEnd(tokens, from, clauseEnd(tokens, from, endTok), IRREGULAR_PAST), c, cueSpan(tz, v), kind, 1);
        }
        continue;
      }
      from = clause;
    }
    // a fronted participle's report ends at the comma before the main clause ("After saying he was nervous, the man …")
    let until = endTok;
    if (v - 1 === sent.a && tokens[v].l.endsWith('ing') && /^(after|while|before|since|upon|when)$/.test(tokens[sent.a].l)) {
      for (let k2 = from; k2 < endTok; k2++) if (tokens[k2].w === ',' && !insideQuote(ctx.quoteSpans, tokens[k2].s)) { until = k2; break; }
    }
    if (until - from < 3) continue;
    emit(from, until, c, cueSpan(tz, v), kind);
  }
  // noun cues after a possessor, where no verb's claim lies (a report holding one keeps it: "said she backs the
  // mayor's opposition to the plan"): "Morgan's support for the sea wall", "the union's opposition to the plan", "his
  // claim that the pier was safe", "her decision to close the pool"
  for (let k = sent.a + 1; k < endTok - 2; k++) {
    const nk = nounCueAt(tokens, k);
    if (!nk || out.some((q) => q.start <= tokens[k].s && q.end > tokens[k].s)) continue;
    // (past up to two adjectives: "Ruiz's controversial proposal to", "his unlikely promise to")
    const pk = k - 1 - adjectivesBefore(tokens, k, sent.a);
    const poss = tokens[pk];
    // "Morgan" + "'s" (a capitalised possessor is split off), one token "union's", or "his" / "her" / "their"
    const split = poss.w === "'s" || poss.w === '’s';
    const pron = poss.l === 'his' || poss.l === 'her' || poss.l === 'their';
    if (!split && !pron && !/['’]s$/.test(poss.l)) continue;
    let c: Candidate | null;
    if (pron) {
      const key = poss.l === 'their' ? null : resolvePronoun(ctx, pk, poss.l === 'his' ? 'm' : 'f');
      c = { mention: span(tz, pk, pk + 1), key, a: pk, b: pk + 1 };
    } else c = split ? candidateEndingAt(ctx, pk, sent.a) ?? npEndingAt(ctx, pk, sent.a) : npEndingAt(ctx, pk + 1, sent.a);
    if (!c) continue;
    // the clause or infinitive from "that" / "to" on, or the object after the preposition up to a verb
    const from = nk.clause ? k + 1 : k + 2;
    const to = clauseEnd(tokens, from, endTok);
    // in the sentence's subject ("Her claim that the pier was unsafe spread quickly") the clause ends before the
    // main verb
    let e = nk.clause && tokens[k + 1].l === 'that' && !tokens.slice(sent.a, k).some((x) => FINITE.has(x.l) || (!x.cap && isVerbish(x))) ? subjectClauseEnd(tokens, from, to, IRREGULAR_PAST) : to;
    if (!nk.clause) {
      e = from + 1;
      while (e < to && !FINITE.has(tokens[e].l) && !(isVerbish(tokens[e]) && !tokens[e].cap) && tokens[e].w !== ',') e++;
    }
    if (e > from && !out.some((q) => q.start < tokens[e - 1].e && q.end > tokens[from].s)) emit(from, e, c, span(tz, k, k + 1), nk.kind, nk.clause ? 3 : 1);
  }
  return out;
}

/**
 * How many adjectives (lower-case words ending as adjectives do, none a verb form) stand right before the noun
 * cue at k, up to two: "controversial", "unlikely", "nagging" are; "tax", "new" are not counted.
 */
function adjectivesBefore(tokens: Token[], k: number, sentStart: number): number {
  let n = 0;
  while (n < 2 && k - 1 - n > sentStart) {
    const u = tokens[k - 1 - n];
    if (u.k !== Kind.Word || u.cap || !/(al|ly|ous|ive|ful|ic|ing|ent|ant|able|ible|est)$/.test(u.l) || u.l.length < 5 || lex.cueOf(u)) break;
    n++;
  }
  return n;
}

/**
 * After an inverted cue ("…, said X"): where the speaker's phrase ends when an apposition or a relative clause
 * follows it to the sentence's end ("said Ines Darrow, a ferry pilot from Tarn who …", "said a clerk who sat in
 * on …", "said the co-op's treasurer, Ola Brandt"), or -1. The phrase opens with a name, a
 * determiner or a possessive and holds no verb; what follows opens with a comma or a relative pronoun.
 */
function invertedSpeakerEnd(tokens: Token[], v: number, endTok: number): number {
  if (!invertsAt(tokens, v) || !INVERTED.has(lex.cueOf(tokens[v]) ?? '') || tokens[v].l.endsWith('ing') || PASSIVE_AUX.has(tokens[v - 2]?.l ?? '')) return -1;
  const t = tokens[v + 1];
  if (!t || t.k !== Kind.Word || !(t.cap || t.l === 'the' || t.l === 'a' || t.l === 'an' || POSSESSIVE_DET.has(t.l))) return -1;
  let e = v + 1;
  while (e < endTok && e < v + 10 && tokens[e].w !== ',' && !/^(who|whose)$/.test(tokens[e].l)) {
    const u = tokens[e];
    if (u.k === Kind.Quote || u.w === ';' || u.w === ':' || FINITE.has(u.l) || (!u.cap && u.k === Kind.Word && e > v + 1 && (IRREGULAR_PAST.has(u.l) || /(ed|ing)$/.test(u.l)) && !isRole(u.l))) return -1;
    e++;
  }
  if (e >= endTok || e === v + 1 || (tokens[e].w !== ',' && !/^(who|whose)$/.test(tokens[e].l))) return -1;
  // an apposition: a determiner, a possessive, a name, a number (an age) or a role; or a relative clause
  const n = tokens[e].w === ',' ? tokens[e + 1] : tokens[e];
  if (!n || n.k === Kind.Quote) return -1;
  if (tokens[e].w === ',' && !(n.cap || n.k === Kind.Num || n.l === 'the' || n.l === 'a' || n.l === 'an' || n.l === 'who' || n.l === 'whose' || POSSESSIVE_DET.has(n.l) || isRole(n.l))) return -1;
  return e;
}
const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our']);
/** Reporting verbs that put their speaker after them ("…, said Wilcox", "…, added the spokeswoman"). */
const INVERTED = new Set(['say', 'add', 'ask', 'write', 'explain', 'note', 'recall', 'continue', 'argue', 'insist', 'reply', 'respond',
  'warn', 'admit', 'acknowledge', 'observe', 'declare', 'announce', 'report', 'tweet', 'post', 'conclude', 'claim', 'contend', 'suggest',
  'predict', 'counter', 'concede', 'quip', 'joke', 'remark', 'state']);

/** The speaker named from a to e after an inverted cue: a known candidate spanning it, else the words as written. */
function invertedCandidate(ctx: Ctx, a: number, e: number): Candidate | null {
  const c = candidateEndingAt(ctx, e, a);
  return c && c.a === a ? c : npAfter(ctx, a, e);
}

/**
 * An "as" aside around the speech cue at v: "as" opening the sentence (after "and" / "but" / "so" perhaps) or
 * following a comma, a short subject, the cue, perhaps a day or a prepositional phrase, then a comma and a finite
 * clause of at least four words: "As Reyes noted, those voters will …", "as the Courier reported on Monday, the
 * auditor issued …". Not "As the company announced layoffs, shares fell" (an object: no aside) nor "as expected".
 */
/** The cue at v sits in an indirect question ("Pressed on whether she had discussed stepping down, …"): nothing was said. */
function underWhether(tokens: Token[], v: number, sentStart: number): boolean {
  for (let k = v - 1; k >= sentStart && k >= v - 8; k--) {
    if (tokens[k].w === ',' || tokens[k].k === Kind.Quote) return false;
    if (tokens[k].l === 'whether') return true;
  }
  return false;
}

/**
 * A cue at k that is a finite verb of its own clause, not a participle ("believes", "said", "he argued"; not
 * "remarks aired on Sunday"): a present in "-s", a past that is no participle, or any form after a personal pronoun.
 */
function finiteCueForm(tokens: Token[], k: number): boolean {
  const l = tokens[k].l;
  // "in remarks", "the claims": a noun after a preposition or a determiner
  const p = tokens[k - 1];
  if (!p || PREPOSITIONS.has(p.l) || DETERMINERS.has(p.l) || p.w === "'s" || p.w === '’s') return false;
  return (/[^su]s$/.test(l) && !tokens[k].cap) || /^(said|told|wrote|thought|felt|knew|saw|spoke)$/.test(l) || PERSONAL.has(tokens[k - 1]?.l ?? '');
}

/** Reporting verbs of an "as" aside ("as she noted", "as the Courier reported"; not "as the war continues"). */
const AS_ASIDE = new Set(['say', 'note', 'report', 'write', 'point', 'explain', 'argue', 'observe', 'suggest', 'acknowledge', 'admit',
  'predict', 'warn', 'recall', 'claim', 'mention', 'announce', 'state', 'indicate', 'tell', 'remark', 'reveal', 'disclose', 'testify',
  'tweet', 'post', 'put', 'insist', 'concede', 'confirm', 'emphasize', 'stress', 'contend', 'assert', 'allege', 'declare']);
function asAsideAt(tokens: Token[], v: number, sentStart: number, endTok: number, lemma: string): { as: number; comma: number } | null {
  if (tokens[v].l.endsWith('ing') || !AS_ASIDE.has(lemma.split(' ')[0])) return null;
  let a = v - 2;
  while (a > sentStart && a >= v - 7 && tokens[a].l !== 'as' && tokens[a].w !== ',' && tokens[a].k === Kind.Word) a--;
  if (a < sentStart || tokens[a].l !== 'as') return null;
  const p = tokens[a - 1];
  if (!(a === sentStart || p?.w === ',' || (a - 1 === sentStart && /^(and|but|so)$/.test(p.l)))) return null;
  // the subject: a short noun phrase, no verb
  for (let k = a + 1; k < v; k++) if (FINITE.has(tokens[k].l) || (!tokens[k].cap && isVerbish(tokens[k]))) return null;
  let e = v + 1;
  while (e < endTok && e < v + 7 && tokens[e].w !== ',') e++;
  if (e >= endTok - 3 || tokens[e].w !== ',') return null;
  if (e > v + 1 && !trailingTail(tokens, v, e + 1, IRREGULAR_PAST)) return null;
  return finiteClauseAt(tokens, e + 1, endTok) >= 0 ? { as: a, comma: e } : null;
}

/**
 * Claims of cues in the passive voice: "Okafor was accused of hiding the costs", "the plan is expected to pass",
 * "the mayor has been criticized by residents for …". The claim runs from the subject to the end of the
 * participle's clause; its source is the agent after "by" when there is one, else unknown. A claim that
 * overlaps a quotation or a claim already found in the sentence is left out.
 */
function passiveClaims(ctx: Ctx, si: number, quotes: QuoteSpan[], found: Quote[]): Quote[] {
  const { tz } = ctx;
  const { tokens } = tz;
  const sent = tz.sentences[si];
  const endTok = contentEnd(tokens, sent);
  const out: Quote[] = [];
  for (const { aux, part, raising } of passiveCues(tokens, sent.a, endTok)) {
    // "has been", "will be": the subject ends before the first auxiliary
    let e = aux;
    while (e > sent.a && /^(has|have|had|will|would|could|may|might|must|should|can|not|also|been)$/.test(tokens[e - 1].l)) e--;
    if (e <= sent.a) continue;
    const subj = candidateEndingAt(ctx, e, sent.a) ?? npEndingAt(ctx, e, sent.a);
    if (!subj || subj.b !== e) continue;
    const to = endAtNextCue(tokens, subj.a, clauseEnd(tokens, part + 1, endTok), (n) => lex.cueOf(tokens[n]) !== undefined);
    if (to - part < 2) continue;
    const s = span(tz, subj.a, to);
    if (quotes.some((q) => q.start < s.end && q.end > s.start) || [...found, ...out].some((c) => c.start < s.end && c.end > s.start)) continue;
    const agent = tokens[part + 1]?.l === 'by' ? passiveAgent(ctx, part, sent.a) : null;
    // (the speech verbs among the typed cues, "described", "called", "asked", are read as speech here)
    const tc = typedCueAt(tokens, part);
    const typed = tc?.cue.keepsSpeech ? null : tc;
    // a reporting verb without its agent reports speech only with the complement its frame names: "was accused
    // of", "was criticized for", "was described as" (not "was told to", "were reported in"); a typed verb without
    // its agent only with its to-infinitive ("is expected to win", not "was opposed in the committee")
    const p = tokens[part + 1].l;
    // … or a belief verb with its "as" ("was seen as a betrayal", "is widely viewed as the favourite")
    if (!agent && typed && !(typed.cue.to && p === 'to') && !(typed.cue.kind === 'belief' && p === 'as')) continue;
    if (!agent && !typed && !raising) {
      const f = lex.cueFlags(tokens[part].l);
      if (!f || !((p === 'of' && f.of) || (p === 'for' && f.for) || (p === 'as' && f.as))) continue;
    }
    const kind: QuoteKind = raising ? 'belief' : typed && typed.cue.kind !== 'evidence' ? typed.cue.kind : 'indirect';
    const q: Quote = { ...s, kind, speaker: agent?.key ?? null, cue: span(tz, aux, part + 1), speakerMention: agent?.mention ?? null };
    if (agent?.anonymous) q.anonymous = true;
    out.push(q);
  }
  return out;
}

/** The speaker after an inverted cue ("…, said Rita Okoye, the director of …"): a candidate up to the next comma. */
/** ", said Kunin": a reporting verb after a comma that may put its speaker after it ("told AFP" names the hearer). */
function invertsAt(tokens: Token[], v: number): boolean {
  const lemma = tokens[v - 1]?.w === ',' ? lex.cueOf(tokens[v]) : undefined;
  return lemma !== undefined && lemma !== 'tell';
}

/** The end of a span's words: trailing punctuation (the sentence's full stop) left out. */
function wordsEnd(tokens: Token[], a: number, b: number): number {
  while (b > a && tokens[b - 1].k === Kind.Punct) b--;
  return b;
}

function invertedSpeaker(ctx: Ctx, a: number, end: number): Candidate | null {
  const { tokens } = ctx.tz;
  let e = a;
  while (e < end && e < a + 10 && tokens[e].w !== ',' && tokens[e].w !== ';') e++;
  if (e === a) return null;
  const c = candidateEndingAt(ctx, e, a);
  return c && c.a === a ? c : null;
}

/** The subject is a poll, a record, a study… ("the polls show", "a review of the records found"). */
function isEvidenceSubject(tokens: Token[], c: Candidate): boolean {
  if (c.a < 0) return false;
  const head = tokens[c.b - 1];
  if (EVIDENCE_HEADS.has(head.l)) return true;
  // "results of the exit poll", "a review of court records": the head before "of"
  for (let k = c.a; k < c.b; k++) if (tokens[k].l === 'of' && k > c.a && EVIDENCE_HEADS.has(tokens[k - 1].l)) return true;
  return false;
}

const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening', 'summer', 'spring', 'fall', 'autumn', 'winter', 'time']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'previously', 'earlier', 'later', 'now', 'still', 'already', 'once', 'often']);

/** Past a temporal adverbial right after a cue: "on Friday", "last week", "earlier this month", "Tuesday". */
/** Speech verbs whose first object may be the hearer ("told reporters …", "warned residents …"). */
const ADDRESSEE_SPEECH = new Set(['tell', 'warn', 'remind', 'assure', 'promise', 'inform', 'convince', 'persuade', 'show', 'teach', 'ask', 'advise', 'urge', 'caution', 'notify', 'email', 'write']);

/** Nouns of the medium a report was made in: "in a statement", "in an interview", "in a letter". */
const MEDIUM_NOUNS = new Set(['statement', 'interview', 'email', 'e-mail', 'letter', 'tweet', 'post', 'speech', 'release', 'memo', 'message', 'video', 'broadcast', 'filing', 'op-ed', 'essay', 'column', 'call', 'briefing', 'appearance', 'address']);
/**
 * The end of a medium phrase at i: "in" + a determiner + up to two modifiers + a medium noun ("in a statement",
 * "in a written statement", "in an interview on Monday" stops at the noun), with "to X" after it when X is one
 * word or a determiner and a noun ("in a letter to members"). Returns i when there is none.
 */
function mediumEnd(tokens: Token[], i: number, end: number): number {
  if (tokens[i]?.l !== 'in' || !/^(a|an|the|his|her|their|its|our|my)$/.test(tokens[i + 1]?.l ?? '')) return i;
  for (let k = i + 2; k < end && k <= i + 4; k++) {
    const t = tokens[k];
    if (t.k !== Kind.Word) return i;
    if (!MEDIUM_NOUNS.has(t.l)) continue;
    let e = k + 1;
    if (tokens[e]?.l === 'to' && tokens[e + 1]?.k === Kind.Word) {
      if (/^(the|his|her|their|its|our)$/.test(tokens[e + 1].l) && tokens[e + 2]?.k === Kind.Word) e += 3;
      else if (!DETERMINERS.has(tokens[e + 1].l)) e += 2;
    }
    return e < end ? e : i;
  }
  return i;
}

function skipAdverbial(tokens: Token[], i: number, end: number): number {
  for (let guard = 0; guard < 3 && i < end; guard++) {
    const t = tokens[i];
    // "Thursday's speeches": a possessive day opens the subject
    if (WEEKDAYS.has(t.l) && tokens[i + 1]?.w !== "'s" && tokens[i + 1]?.w !== '’s') { i++; continue; }
    if (t.l === 'on' && WEEKDAYS.has(tokens[i + 1]?.l ?? '')) { i += 2; continue; }
    if (/^(last|this|next|earlier|later)$/.test(t.l) && TIME_NOUNS.has(tokens[i + 1]?.l ?? '')) { i += 2; continue; }
    if (/^(earlier|later)$/.test(t.l) && tokens[i + 1]?.l === 'this' && TIME_NOUNS.has(tokens[i + 2]?.l ?? '')) { i += 3; continue; }
    // "said Friday night …": a part of the day after the weekday
    if (DAY_PARTS.has(t.l) && i > 0 && WEEKDAYS.has(tokens[i - 1].l)) { i++; continue; }
    // "said in a statement …", "wrote in an email to staff …": the medium of the report, up to its noun
    const m = mediumEnd(tokens, i, end);
    if (m > i) { i = m; continue; }
    break;
  }
  return i;
}

const DETERMINERS = new Set(['such', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'all', 'both', 'more', 'most', 'many', 'several']);
const NP_STOP = new Set(['and', 'but', 'or', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'when', 'that', 'which', 'who', 'whom', 'where', 'than', 'to', 'not', 'also', 'even', 'so', 'then', 'said', 'says', 'say']);

/**
 * The noun phrase ending right before the cue at v, as written, when the entity rules name no speaker: "city
 * staff", "Thirty-one percent", "Half of the ferry passengers", "The newsletter", "few in either camp";
 * a relative pronoun ("…, who backed the mayor") takes the phrase before it. Unresolved (key null).
 */
function npSubject(ctx: Ctx, v: number, sentStart: number, modalOk = false): Candidate | null {
  const { tokens } = ctx.tz;
  let e = v;
  let passive = false;
  while (e > sentStart && tokens[e - 1].k === Kind.Word && !tokens[e - 1].cap && (tokens[e - 1].l.endsWith('ly') || ADVERB_OK.has(tokens[e - 1].l) || tokens[e - 1].l === 'also')) {
    if (PASSIVE_AUX.has(tokens[e - 1].l)) passive = true;
    // (a stance held in the conditional is still held: "56 percent would vote for Ruiz"; speech is not)
    if (/^(not|never)$/.test(tokens[e - 1].l) || (!modalOk && /^(will|would|could|can|may|might|must|should)$/.test(tokens[e - 1].l))) return null;
    e--;
  }
  if (passive && (tokens[v].l.endsWith('ed') || IRREGULAR_PAST.has(tokens[v].l))) return null;
  if (e <= sentStart) return null;
  if (/^(who|which)$/.test(tokens[e - 1].l)) {
    let r = e - 1;
    if (r > sentStart && tokens[r - 1].w === ',') r--;
    return r > sentStart ? candidateEndingAt(ctx, r, sentStart) ?? npEndingAt(ctx, r, sentStart) : null;
  }
  const c = npEndingAt(ctx, e, sentStart);
  if (!c) return null;
  // "A survey by the Gazette earlier this month found": the document's author, past its time
  if (c.a - 2 > sentStart && /^(by|from)$/.test(tokens[c.a - 1].l)) {
    for (let j = c.a - 2; j >= sentStart && j >= c.a - 6; j--) {
      if (!/^(a|an|the|its|his|her|their)$/.test(tokens[j].l) && j !== sentStart) continue;
      const doc = documentAuthor(ctx, j, e);
      if (doc?.key) return doc;
      break;
    }
  }
  // "Voters in Tarn who saw the hearing said": the phrase before the relative clause
  const rel = relativeAntecedent(ctx, c.a, sentStart);
  if (rel !== undefined) return rel;
  // a cue in its base form is a verb only after a plural subject ("polls show", "Democrats say"): "the fog
  // signal" is a noun compound
  const f = tokens[v].l;
  const inflected = f.endsWith('ed') || IRREGULAR_PAST.has(f) || /^(told|wrote|thought|felt|found|sought|shown)$/.test(f) || /[^s]s$/.test(f);
  const plural = (w: string): boolean => /[^s]s$/.test(w) || PLURAL_HEADS.has(w);
  if (!inflected && !plural(tokens[c.b - 1].l) && !plural(tokens[c.a].l) && !tokens.slice(c.a, c.b).some((x) => x.l === 'and') && quantitySubject(tokens, c.b, sentStart) < 0) return null;
  return c;
}

/**
 * No subject found, but the cue is a verb with a complement clause ("…, noting that …", "Republicans have often
 * argued that …", "Forty percent of the members polled say they would …"): the claim stands, its speaker unknown.
 */
function unattributed(tokens: Token[], v: number, endTok: number, framed = false): Candidate | null {
  if (!verbFormCue(tokens, v, IRREGULAR_PAST)) return null;
  // the complement: an explicit "that", or a finite clause right after the cue ("…polled said they would vote")
  if (!framed && thatComplementAt(tokens, v, endTok) < 0) {
    const f = skipAdverbial(tokens, v + 1, endTok);
    if (f >= endTok - 2 || !(PERSONAL.has(tokens[f].l.split(/['’]/)[0]) || finiteClauseAt(tokens, f, endTok) >= 0)) return null;
  }
  return { mention: { start: tokens[v].s, end: tokens[v].s, text: '' }, key: null, unknown: true, a: -1, b: -1 };
}

/** A subject as written: of the cue, or for a participle ("…, claiming …") of the sentence's first verb. */
function fallbackSubject(ctx: Ctx, v: number, sentStart: number, modalOk = false): Candidate | null {
  const { tokens } = ctx.tz;
  // (past a short quotation that holds the comma: 'dubbed the scheme a "ferry fiasco," adding that')
  const pc = tokens[v - 1]?.k === Kind.Quote && tokens[v - 2]?.w === ',' ? v - 1 : v;
  if (tokens[v].l.endsWith('ing') && (tokens[pc - 1]?.w === ',' || tokens[v - 1]?.l === 'and')) {
    for (let u = sentStart + 1; u < pc - 1; u++) {
      if (tokens[u].w === ',') return null;
      if (!isVerbish(tokens[u]) || tokens[u].l.endsWith('ing')) continue;
      return npSubject(ctx, u, sentStart);
    }
    return null;
  }
  return npSubject(ctx, v, sentStart, modalOk);
}

const PLURAL_HEADS = new Set(['people', 'staff', 'police', 'few', 'many', 'most', 'some', 'others', 'children', 'men', 'women', 'data', 'media', 'public', 'majority', 'minority', 'half', 'third', 'quarter', 'percent', 'i', 'you', 'we', 'they']);

function npEndingAt(ctx: Ctx, e: number, sentStart: number): Candidate | null {
  const { tokens } = ctx.tz;
  const last = tokens[e - 1];
  if (!last || last.k !== Kind.Word && !/^[%\d]/.test(last.w)) return null;
  const q = quantitySubject(tokens, e, sentStart);
  if (q >= 0) {
    const mention = span(ctx.tz, q, e);
    return { mention, key: anonKey(mention.text), anonymous: true, a: q, b: e };
  }
  if (DETERMINERS.has(last.l) || NP_STOP.has(last.l) || PREPOSITIONS.has(last.l) || FINITE.has(last.l) || last.l.endsWith('ing')) return null;
  if (!last.cap && isVerbish(last)) return null;
  let a = e - 1;
  while (a > sentStart && e - a < 9) {
    const p = tokens[a - 1];
    if (p.k === Kind.Punct && (p.w === "'s" || p.w === '’s' || p.w === '-' || p.w === '.')) { a--; continue; }
    if (p.k !== Kind.Word && p.k !== Kind.Num && !/^[%\d]/.test(p.w)) break;
    if (NP_STOP.has(p.l) || FINITE.has(p.l)) break;
    if (PREPOSITIONS.has(p.l) && !/^(of|on|in|at|for|from|with)$/.test(p.l)) break;
    if (!p.cap && isVerbish(p) && !lex.cueOf(p)) break;
    a--;
  }
  // a phrase may not open with a preposition ("on Super Tuesday"): drop it and what precedes
  while (a < e - 1 && PREPOSITIONS.has(tokens[a].l) && !DETERMINERS.has(tokens[a].l)) a++;
  if (a === e - 1 && !last.cap && !/^[%\d]/.test(last.w) && !/s$/.test(last.l) && last.l !== 'staff' && last.l !== 'it' && last.l !== 'i') return null;
  if (PRONOUNS[last.l] !== undefined && last.l !== 'it') return null;
  const mention = span(ctx.tz, a, e);
  // a phrase with a common noun or a figure for its head ("Other polls", "islanders", "Two strategists working
  // on the race", "37%") names no one: an unnamed source, as "officials" is; a capitalised one, a name the
  // name finder missed, and "it" are kept as written
  // (a common plural capitalised only because it opens the sentence, "Polls show", "Analysts say",
  // "Firefighters said", is no name)
  const lower = !last.cap || (a === e - 1 && last.first && !lex.isKnownName(last.w)
    && (PLURAL_AGENT.test(last.w) || (/[^s]s$/.test(last.l) && lex.isCommonWord(last.w))));
  if (lower && last.l !== 'it' && last.l !== 'you' && !namesSomeone(ctx, a, e)) return { mention, key: anonKey(mention.text), anonymous: true, a, b: e };
  return { mention, key: null, a, b: e };
}

/** Pronouns of quantity that stand alone as a subject: "Some say …", "Many said …". */
const QUANTITY_PRONOUNS = new Set(['some', 'many', 'most', 'few', 'several', 'both']);
/** Participles that make "those" a subject of a survey: "those surveyed say …", "those polled said …". */
const SURVEYED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked', 'sampled']);
/** Where a subject of quantity ending at e starts, or -1. */
function quantitySubject(tokens: Token[], e: number, sentStart: number): number {
  const last = tokens[e - 1];
  const prev = e - 2 >= sentStart ? tokens[e - 2] : undefined;
  // a clause boundary before the subject: the sentence start, a comma, a conjunction
  const opens = (k: number): boolean => k < sentStart || tokens[k].w === ',' || tokens[k].w === ';' || /^(and|but|while|though|although|because|yet)$/.test(tokens[k].l);
  // "Some say", "and many said"
  if (QUANTITY_PRONOUNS.has(last.l) && opens(e - 2)) return e - 1;
  // "those surveyed say", "Those polled said"
  if (SURVEYED.has(last.l) && prev?.l === 'those' && opens(e - 3)) return e - 2;
  // "a third say", "Nearly a quarter said", "one in five say", "six in 10 said"
  let a = -1;
  if (/^(third|quarter|fifth|half|majority|minority)$/.test(last.l) && prev && /^(a|one|two)$/.test(prev.l)) a = e - 2;
  else if ((last.k === Kind.Num || NUMBER_WORDS.has(last.l)) && prev?.l === 'in' && e - 3 >= sentStart && (tokens[e - 3].k === Kind.Num || NUMBER_WORDS.has(tokens[e - 3].l))) a = e - 3;
  if (a < 0) return -1;
  if (a - 1 >= sentStart && /^(nearly|almost|about|roughly|only|just|over|under)$/.test(tokens[a - 1].l)) a--;
  return opens(a - 1) ? a : -1;
}
/** "one" to "ten" ("one in five", "six in ten"). */
const NUMBER_WORDS = new Set([...SMALL_NUMBERS].filter(([, n]) => n >= 1 && n <= 10).map(([w]) => w));

/** Whether a name the name finder found starts between tokens a and e ("a survey by the Gazette last week"). */
function namesSomeone(ctx: Ctx, a: number, e: number): boolean {
  for (let k = a; k < e; k++) if (ctx.mentionStartingAt.has(k)) return true;
  return false;
}

/**
 * "according to its most recent accounts", "according to satellite images analysed by the team": a phrase that
 * names no one (no name inside, no pronoun, a common noun for its first word past determiners and possessives) is
 * an unnamed source described, shown with its description as "officials" or "the report" are.
 */
function describedSource(ctx: Ctx, c: Candidate | null): Candidate | null {
  if (!c || c.key || namesSomeone(ctx, c.a, c.b)) return c;
  const { tokens } = ctx.tz;
  let k = c.a;
  while (k < c.b && (DETERMINERS.has(tokens[k].l) || tokens[k].l === 'own')) k++;
  const w = tokens[k];
  if (!w || w.k !== Kind.Word || w.cap || PRONOUNS[w.l] !== undefined || OBJECT_PRONOUNS.has(w.l)) return c;
  return { ...c, key: anonKey(c.mention.text), anonymous: true };
}

/** The noun phrase from token a to the next comma or the end: "according to a new survey by the Harbour Institute". */
function npAfter(ctx: Ctx, a: number, end: number): Candidate | null {
  const { tokens } = ctx.tz;
  let e = a;
  while (e < end && e < a + 22 && tokens[e].w !== ',' && tokens[e].w !== ';' && tokens[e].w !== ':' && tokens[e].k !== Kind.Quote) e++;
  // (the sentence's full stop is no part of the phrase: "according to a report by the Harbour Trust.")
  if (e === end) while (e > a + 1 && /^[.!?]$/.test(tokens[e - 1].w)) e--;
  if (e === a || e - a > 20) return null;
  return { mention: span(ctx.tz, a, e), key: null, a, b: e };
}


/** Reporting verbs whose "how" / "why" clause is an account given ("explained why", "described how"). */
const WH_ACCOUNT = new Set(['explain', 'describe', 'detail', 'reveal', 'recount', 'recall', 'outline', 'disclose', 'argue', 'show', 'write', 'tell']);

/** Speech verbs whose noun-phrase object is what was said ("announced his candidacy", "voiced concern"). */
const NP_SPEECH = new Set(['announce', 'release', 'acknowledge', 'admit', 'confirm', 'propose', 'issue', 'cite', 'mention', 'recall', 'predict',
  'promise', 'pledge', 'demand', 'request', 'suggest', 'claim', 'concede', 'declare', 'express', 'voice', 'dismiss', 'disclose', 'unveil',
  'outline', 'reiterate', 'repeat', 'recommend', 'highlight', 'stress', 'emphasize', 'allege', 'forecast', 'estimate', 'signal', 'tout']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them', 'you', 'himself', 'herself', 'themselves', 'itself', 'myself']);
const OBJECT_STOP = new Set(['that', 'to', 'and', 'but', 'or', 'as', 'because', 'if', 'when', 'while', 'after', 'before', 'since', 'by', 'of', 'in', 'on', 'at', 'from', 'with', 'about', 'over', 'into', 'during', 'than', 'so', 'up', 'out', 'off', 'down', 'back', 'away', 'it', 'there', 'is', 'was', 'be']);

/**
 * A typed claim at the cue v (len tokens long): the subject, then by the cue's frames (a) an object and a
 * to-infinitive ("urged the operators to find a compromise", "declined to comment", "wants the council to act"),
 * (b) a finite clause, "that" optional ("believes he can win", "polls show the tunnel leading"), (c) a noun-phrase
 * object ("endorsed the mayor", "opposed the tax"). Evidence verbs need a poll, record, study… as subject.
 */
function typedClaim(ctx: Ctx, v: number, cue: TypedCue, len: number, sentStart: number, endTok: number): { from: number; to: number; c: Candidate; kind: QuoteKind } | null {
  const { tokens } = ctx.tz;
  // the cheap tests first: an evidence word before the cue, then the cue's frames; the subject last
  if (cue.needsEvidenceSubject && !tokens.slice(Math.max(sentStart, v - 10), v).some((x) => EVIDENCE_HEADS.has(x.l))) return null;
  // speech that was not made ("did not answer calls about it", "never mentioned the audit") is no claim
  if (cue.kind === 'indirect' && (negatedCue(tokens, v) || (tokens[v - 1]?.l.endsWith('ly') && negatedCue(tokens, v - 1)))) return null;
  const frame = typedFrame(tokens, v, cue, len, endTok);
  if (!frame) return null;
  // the subject of a catenative verb before "to" is the cue's ("Ruiz has continued to push for …")
  // … and of an adjective's copula ("Ruiz remained confident that …")
  // … and of a progressive's auxiliary ("Ruiz is backing …", "has been attacking …")
  const sv = cue.copula ? copulaBefore(tokens, v) : cue.agent ? agentAnchor(tokens, v) : catenativeHead(tokens, v);
  const pg = sv >= 0 || cue.copula || cue.agent ? -1 : progressiveHead(tokens, v);
  const sub = sv >= 0 ? sv : pg >= 0 ? pg : v;
  // "Ruiz, a critic of the levy,": the name before the apposition
  const appos = cue.agent && tokens[sub].w === ',' ? candidateEndingAt(ctx, sub, sentStart) ?? npEndingAt(ctx, sub, sentStart) : null;
  if (cue.agent && tokens[sub].w === ',' && !appos) return null;
  // no subject: kept when the cue is a verb with an explicit complement ("…, vowing that …", "declining to …")
  let c = appos ?? speakerForCue(ctx, sub, sentStart) ?? fallbackSubject(ctx, sub, sentStart, cue.kind === 'stance') ??
    (!cue.needsEvidenceSubject && !(cue.question && cue.keepsSpeech) && (tokens[frame.from].l === 'that' || (tokens[v + len]?.l === 'to' && frame.from === v + len) || (cue.kind !== 'indirect' && !tokens[v].l.endsWith('ing'))) ? unattributed(tokens, v, endTok, true) : null);
  let kind: QuoteKind = cue.kind;
  if (cue.needsEvidenceSubject) {
    // the entity rules may end the subject on a name inside it ("New polls released Sunday showed" → "Sunday"),
    // or find none ("A poll shows Ruiz leading"): the phrase of the evidence word itself
    if (!c || !isEvidenceSubject(tokens, c)) {
      const e = evidenceSubjectBefore(tokens, v, sentStart);
      if (!e) return null;
      const mention = span(ctx.tz, e.a, e.b);
      c = { mention, key: anonKey(mention.text), anonymous: true, a: e.a, b: e.b };
    }
    kind = 'evidence';
    if (c.anonymous) return { ...frame, c: documentProducer(ctx, c) ?? c, kind };
  }
  if (!c) return null;
  return { ...frame, c, kind };
}

/** Where the claim of a typed cue lies by its frames (see typedClaim), or null. */
function typedFrame(tokens: Token[], v: number, cue: TypedCue, len: number, endTok: number): { from: number; to: number } | null {
  const after = skipAdverbial(tokens, v + len, endTok);
  if (after >= endTok) return null;
  // (a) [object] to + verb
  if (cue.to) {
    for (let k = after; k < endTok && k < after + 7; k++) {
      const u = tokens[k];
      if (u.w === ',' || u.w === ';' || u.k === Kind.Quote || FINITE.has(u.l) || u.l === 'that') break;
      if (u.l !== 'to') continue;
      const n = tokens[k + 1];
      if (!n || n.k !== Kind.Word || n.cap || DETERMINERS.has(n.l) || PREPOSITIONS.has(n.l) || /^\d/.test(n.w)) break;
      return { from: after, to: clauseEnd(tokens, after, endTok) };
    }
  }
  // (a''') an indirect question ("asked the mayor whether …", "wondered why …"): the question from its word on
  if (cue.question) {
    const q = questionAt(tokens, after, endTok);
    if (q >= 0) return { from: q, to: clauseEnd(tokens, q, endTok) };
  }
  // (a'') a small clause: an object and its predicate ("called the deal a disaster", "dubbed it the ferry to nowhere")
  if (cue.small && smallClauseAt(tokens, after, endTok) >= 0) return { from: after, to: predicateEnd(tokens, after, endTok) };
  // (a') an object and its predicate after "as" ("sees the race as tightening", "viewed it as a betrayal")
  if (cue.as) {
    for (let k = after + 1; k < endTok - 1 && k < after + 8; k++) {
      const u = tokens[k];
      if (u.w === ',' || u.w === ';' || u.k === Kind.Quote || FINITE.has(u.l) || u.l === 'that' || u.l === 'to') break;
      if (u.l !== 'as') continue;
      // "as" opening a clause ("saw the crowd as he arrived", "as well as") is no predicate
      const n = tokens[k + 1];
      if (n.k === Kind.Punct || PERSONAL.has(n.l) || /^(well|soon|long|much|if|though|of)$/.test(n.l) || finiteClauseAt(tokens, k + 1, endTok) >= 0) break;
      return { from: after, to: cue.keepsSpeech ? predicateEnd(tokens, after, endTok) : clauseEnd(tokens, after, endTok) };
    }
  }
  // (b) a finite clause
  if (cue.clause) {
    let k = after;
    // a verb of the WordNet classes reads "that" only right after it: "read the report that … said it warned that …"
    // holds another cue's clause
    const reach = cue.wordClass ? 1 : 12;
    while (k < endTok && k < after + reach && tokens[k].l !== 'that' && tokens[k].w !== ',' && tokens[k].w !== ':') k++;
    if (k < endTok && tokens[k].l === 'that' && k + 1 < endTok) return { from: k, to: endTok };
    // beliefs and findings drop "that" as freely as "say" does ("believe a cheaper fare is possible")
    const s = Math.max(finiteClauseAt(tokens, after, endTok), PREPOSITIONS.has(tokens[after].l) ? -1 : clauseStart({ tokens } as Tokenized, after, endTok, 'say'));
    if (s >= 0 && !subordinateBeforeVerb(tokens, s, endTok, IRREGULAR_PAST) && !(cue.wordClass && reportInClause(tokens, s, endTok))) return { from: s, to: endTok };
  }
  // (c) a noun-phrase object
  if (cue.np) {
    const o = tokens[after];
    if (o.k !== Kind.Word && o.k !== Kind.Num && !/^[$%\d]/.test(o.w)) return null;
    if (OBJECT_STOP.has(o.l) || o.l === 'for' || PRONOUNS[o.l] === 'n' || (FINITE.has(o.l) && o.l !== 'will')) return null;
    // a question as object ("talked about how the tunnel was built") runs to the clause's end
    if (/^(how|what|why|whether|where|when|who)$/.test(o.l)) return { from: after, to: clauseEnd(tokens, after, endTok) };
    const to = coordinatedCueBefore(tokens, after, npObjectEnd(tokens, after, clauseEnd(tokens, after, endTok), IRREGULAR_PAST));
    // "refers to the database as NEMIS": a name given, not a topic of speech
    if (cue.kind === 'indirect' && namingAs(tokens, after, to)) return null;
    return { from: after, to };
  }
  return null;
}

/**
 * Whether a clause without "that" from token s opens with another report in its first words ("[read] the full audit
 * said it warned …"): the verb before it then had an object, and the clause is that report's.
 */
function reportInClause(tokens: Token[], s: number, endTok: number): boolean {
  for (let k = s + 1; k < endTok && k < s + 8; k++) if (!tokens[k].cap && isCueAt(tokens, k)) return true;
  return false;
}

const AUX_HAVE = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);

/** The end of a characterisation's object and predicate: before the main verb or a second cue ("…, said he …"). */
function predicateEnd(tokens: Token[], from: number, endTok: number): number {
  const e = coordinatedCueBefore(tokens, from, npObjectEnd(tokens, from, clauseEnd(tokens, from, endTok), IRREGULAR_PAST));
  // a speech cue of another source ("… as moderates, with half the hall saying it agrees"): its own claim
  for (let k = from + 2; k < e; k++) {
    if (tokens[k].cap || !isCueAt(tokens, k)) continue;
    let b = k;
    while (b > from + 1 && (tokens[b - 1].k !== Kind.Word || /^(and|but|or|with)$/.test(tokens[b - 1].l))) b--;
    return b;
  }
  return e;
}

/**
 * A second position of the same subject ends a noun-phrase object: "blasted Lorn and defended Reyes" →
 * "Lorn" (the second cue makes its own claim): the "and" or "but" before a typed or speech cue, else `to`.
 */
function coordinatedCueBefore(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    const u = tokens[k];
    // … and so does one in a relative clause on the object ("praised Dole, who has pledged to …"): its own claim
    if (u.w === ',' && /^(who|which)$/.test(tokens[k + 1].l)) {
      let n = k + 2;
      while (n < to - 1 && n < k + 5 && tokens[n].k === Kind.Word && !tokens[n].cap && (AUX_HAVE.has(tokens[n].l) || tokens[n].l.endsWith('ly') || tokens[n].l === 'also')) n++;
      if (n < to && tokens[n].k === Kind.Word && !tokens[n].cap && (typedCueAt(tokens, n) || isCueAt(tokens, n))) return k;
      continue;
    }
    if (u.l !== 'and' && u.l !== 'but') continue;
    let n = k + 1;
    // "… and he says": a pronoun subject of its own
    if (PERSONAL.has(tokens[n].l) && tokens[n].l !== 'it' && tokens[n].l !== 'there') n++;
    while (n < to - 1 && tokens[n].k === Kind.Word && !tokens[n].cap && (tokens[n].l.endsWith('ly') || tokens[n].l === 'also' || tokens[n].l === 'then')) n++;
    const w = tokens[n];
    if (w.k === Kind.Word && !w.cap && (typedCueAt(tokens, n) || isCueAt(tokens, n))) return k;
  }
  return to;
}

/** Where a claim that starts at `from` ends: the sentence's end, or a comma before a new clause (", saying …"). */
function clauseEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    if (tokens[k].w !== ',' && tokens[k].w !== ';' && tokens[k].w !== '—') continue;
    const n = tokens[k + 1];
    if (tokens[k].w === ';' || tokens[k].w === '—' || n.l.endsWith('ing') || /^(but|while|although|though|which|as|and|because|after|before|when|even|despite)$/.test(n.l)) return k;
  }
  return end;
}

/** "Okoro enjoys", "Senator Lopez wants": a name (capitalised words from i), then a present-tense verb. */
function presentAfterName(tokens: Token[], i: number, end: number): boolean {
  let j = i;
  while (j < end && j < i + 4 && tokens[j].k === Kind.Word && tokens[j].cap) j++;
  if (j === i || j >= end) return false;
  const u = tokens[j];
  return u.k === Kind.Word && !u.cap && /[^su]s$/.test(u.l) && u.l.length > 3 && !PREPOSITIONS.has(u.l) && !FINITE.has(u.l) && !/^(this|thus|plus|news|series|always|perhaps|whereas|besides|its|his|hers|ours|yours|theirs|others|officials|sources|forces|members|leaders|voters|supporters|states|years|days|months|weeks|times)$/.test(u.l);
}

/** ", a 34-year-old man, had been": an apposition between commas at k, then a finite verb. */
function appositionThenVerb(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j < k + 9; j++) {
    if (tokens[j].w !== ',') continue;
    const n = tokens[j + 1];
    return !!n && n.k === Kind.Word && (FINITE.has(n.l) || (!n.cap && isVerbish(n) && !n.l.endsWith('ing')));
  }
  return false;
}

/**
 * A real finite clause at i: a subject (a personal pronoun, or a noun phrase of up to six words opening with a
 * determiner, a number or a capital) then a finite verb (an auxiliary or modal, or a past or present verb
 * after the noun). Returns i, or -1 ("announced the expanded program": no verb after the noun phrase).
 */
function finiteClauseAt(tokens: Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t || (t.k !== Kind.Word && t.k !== Kind.Num)) return -1;
  const head = t.l.split(/['’]/)[0];
  // "this gives", "that means": a demonstrative subject and a present-tense verb
  if ((t.l === 'this' || t.l === 'that') && tokens[i + 1] && /[^s]s$/.test(tokens[i + 1].l) && !tokens[i + 1].cap) return i;
  if (PERSONAL.has(head)) {
    if (/['’]/.test(t.l)) return i;
    const n = tokens[nextNonAdverb({ tokens } as Tokenized, i + 1)];
    return n && n.k === Kind.Word && !n.cap && (FINITE.has(n.l) || isVerbish(n) || /[^s]s$/.test(n.l) && !PREPOSITIONS.has(n.l)) ? i : -1;
  }
  if (PREPOSITIONS.has(t.l) && !DETERMINERS.has(t.l)) return -1;
  if (!(DETERMINERS.has(t.l) || t.cap || /^\d/.test(t.w))) return -1;
  if (presentAfterName(tokens, i, end)) return i;
  // the verb must follow the noun: not right after a determiner ("the expanded program")
  for (let k = i + 1; k < end && k < i + 7; k++) {
    const u = tokens[k];
    if (u.w === ',') return appositionThenVerb(tokens, k, end) ? i : -1;
    if (u.l === 'to' || u.l === 'that' || u.k === Kind.Quote || /^(after|before|when|while|because|since|until|if|as|than|where|although|though|unless)$/.test(u.l)) return -1;
    if (FINITE.has(u.l) && !(k === i + 1 && DETERMINERS.has(t.l))) return i;
    if (!u.cap && k > i + 1 && !DETERMINERS.has(tokens[k - 1].l) && (IRREGULAR_PAST.has(u.l) || u.l.endsWith('ed') && u.l.length > 4)) {
      const n = tokens[k + 1];
      // "the plan passed", not "the bill passed by the House": a participle before "by" is passive
      if (n && n.l === 'by') return -1;
      return i;
    }
  }
  return -1;
}

const CLAUSE_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const FINITE = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'must', 'should', 'may', 'might', 'did', 'does', 'do']);

/** Zero-"that" reported speech ("said he would go", "told reporters the talks had failed"): where the clause starts, or -1. */
function clauseStart(tz: Tokenized, from: number, end: number, lemma: string): number {
  const { tokens } = tz;
  let i = from;
  // an addressee first: "told reporters", "told the BBC"
  if (lemma === 'tell') {
    while (i < end && i < from + 4 && !CLAUSE_SUBJECT.has(tokens[i].l) || (i === from && tokens[i]?.l === 'the')) i++;
  }
  const t = tokens[i];
  if (!t || t.k !== Kind.Word) return -1;
  // a personal pronoun (or its contraction: "he'd", "they're") opens a clause: "said they apply", "said he'd build"
  const head = t.l.split(/['’]/)[0];
  if (PERSONAL.has(head)) return i;
  if (PREPOSITIONS.has(t.l)) return -1;
  if (!(CLAUSE_SUBJECT.has(t.l) || t.cap || (lemma === 'say' || lemma === 'claim' || lemma === 'insist' || lemma === 'argue' || lemma === 'warn'))) return -1;
  if (presentAfterName(tokens, i, end)) return i;
  // a long subject ("the only way to save the pier may be", "two dozen of the mayor's old allies are") is accepted
  // only with an auxiliary or modal verb: past six words or after an infinitive, an "-ed" word is no evidence
  let strict = false;
  for (let k = i + 1; k < end && k < i + 11; k++) {
    const u = tokens[k];
    if (u.w === ',') return appositionThenVerb(tokens, k, end) ? i : -1;
    if (u.w === ';' || u.w === ':' || u.k === Kind.Quote || u.l === 'that') return -1;
    if (u.l === 'to') {
      strict = true;
      continue;
    }
    if (k >= i + 7) strict = true;
    if (FINITE.has(u.l)) return i;
    // a participle right after a determiner is an adjective ("the expanded program")
    if (!strict && isVerbish(u) && !u.l.endsWith('ing') && !(k === i + 1 && DETERMINERS.has(t.l))) return i;
  }
  return -1;
}

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'after', 'before', 'during', 'to', 'of', 'into', 'over', 'under', 'as', 'than', 'through', 'via', 'a', 'an', 'goodbye', 'hello', 'yes', 'no', 'sorry', 'thanks', 'so', 'nothing', 'something', 'little', 'much']);

function makeIndirect(tz: Tokenized, from: number, to: number, c: Candidate, cue: Span, kind: QuoteKind = 'indirect'): Quote {
  const s = span(tz, from, to);
  const q: Quote = { ...s, kind, speaker: c.key, cue, speakerMention: c.unknown ? null : c.mention };
  if (c.anonymous) q.anonymous = true;
  return q;
}

/**
 * A reported clause holding a quotation ("said it was \"…\"") is one mixed claim; the quotation's own record
 * is kept when it stands alone. Claims never overlap: the earlier one wins.
 */
function mergeMixed(claims: Quote[]): Quote[] {
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quote[] = [];
  for (const c of claims) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}


/** The claims made by questionPutAt: questions put whose asker is unnamed (the sentence's subject answers them). */
const QUESTIONS_PUT = new WeakSet<Quote>();

/** Words before a participle "asked" that make it a question put to the clause's subject, its asker unnamed. */
const QUESTION_PUT_BEFORE = new Set(['when', 'if', 'once', 'after', 'before', 'while', 'being', 'was', 'were', 'is', 'are', 'been', 'be', 'later', 'again', 'repeatedly', 'also', 'first', 'recently', 'previously', 'then']);

/**
 * A question put, its asker unnamed: "asked" as a participle or passive (at the sentence's start, after "when",
 * "if", "after being", a comma or "was"/"were"), maybe "by" an asker and a time ("Asked by reporters on Monday"),
 * then an indirect question (or, in a passive, "about" and its topic), up to the next comma: "When asked whether the levy would
 * rise, Okafor said …" → "whether the levy would rise". Null if none.
 */
function questionPutAt(tokens: readonly Token[], v: number, sentStart: number, endTok: number): { from: number; to: number } | null {
  if (tokens[v].l !== 'asked') return null;
  const p = tokens[v - 1];
  if (v !== sentStart && !(p && (p.w === ',' || p.w === '—' || QUESTION_PUT_BEFORE.has(p.l)))) return null;
  // "later asked the minister whether …" has a subject before it: an adverb or "when" alone at the sentence's start
  // or after a comma, or a passive auxiliary
  if (p && /^(later|again|repeatedly|also|first|recently|previously|then)$/.test(p.l) && !PASSIVE_AUX.has(tokens[v - 2]?.l ?? '') && v - 1 !== sentStart && tokens[v - 2]?.w !== ',') return null;
  let k = v + 1;
  // "by" an asker (a short phrase), a time ("on Monday", "last week", "during a debate")
  if (tokens[k]?.l === 'by') {
    k++;
    const lim = k + 5;
    while (k < endTok && k < lim && tokens[k].k === Kind.Word && !/^(whether|if|how|why|where|what|who|which|when|about|on|at|in|during|last|this)$/.test(tokens[k].l)) k++;
  }
  k = skipAdverbial(tokens as Token[], k, endTok);
  if (/^(on|at|in|during)$/.test(tokens[k]?.l ?? '')) {
    const lim = k + 5;
    k++;
    while (k < endTok && k < lim && tokens[k].k === Kind.Word && !/^(whether|if|how|why|where|what|who|which|about)$/.test(tokens[k].l)) k++;
  }
  // a topic alone is a question put only in a passive with its subject ("Okafor was asked about the levy"); a
  // fronted participle ("Asked about the levy, Okafor smiled") is no claim
  const w = tokens[k];
  const topic = w?.l === 'about' && PASSIVE_AUX.has(p?.l ?? '') && p.l !== 'got';
  if (!w || !(topic || /^(whether|if|how|why|where|what|who|which)$/.test(w.l))) return null;
  const from = topic ? k + 1 : k;
  let to = from;
  while (to < endTok && tokens[to].w !== ',' && tokens[to].w !== ';' && tokens[to].w !== ':' && tokens[to].w !== '—' && tokens[to].k !== Kind.Quote) to++;
  return to - from >= 2 ? { from, to } : null;
}
