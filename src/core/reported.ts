// Reported speech without quotation marks: where the reported content starts and ends. Pure token tests used by
// the claims engine (quotes.ts) beside its own: a finite clause with a long subject after a speech verb ("say the
// plan to cut back on the use of mopeds has been feeble"), the end of a claim at a second cue of the
// same sentence (", saying …", "… and warned …", "… but did not say …"), and the speaker of a trailing attribution
// written as a plain noun phrase ("…, ministry spokesman Ben Ortiz said Thursday").
import * as lex from './lex';
import { Kind, type Token } from './text';
import { isGreetingWelcome, typedCueAt } from './typedCues';

/** Auxiliaries and modals: a finite verb whatever precedes it. */
const AUX = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'must', 'should', 'may', 'might', 'did', 'does', 'do', 'shall', "'s", '’s']);
/** Negative contractions of auxiliaries ("isn't", "won't", "can't"). */
const NEG_AUX = /^(is|was|were|are|has|had|have|would|could|can|must|should|did|does|do|wo|ca|sha|ai)n['’]t$/;
/** Words that open a subordinate clause or a relative one: the finite verb after them is not the content's own. */
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'although', 'though', 'since',
  'unless', 'until', 'before', 'after', 'as', 'than', 'whether', 'where', 'so', 'but', 'or', 'and']);
/** Quantifiers and degree words that may open a subject: "about half of …", "much of …", "nearly all …". */
const SUBJECT_OPENERS = new Set(['about', 'almost', 'nearly', 'roughly', 'some', 'many', 'most', 'much', 'more', 'few', 'half', 'all',
  'only', 'both', 'each', 'every', 'none', 'neither', 'either', 'such', 'no', 'not', 'another', 'any', 'this', 'these', 'those']);
/** Words that never open a subject right after a speech verb (prepositions, adverbs of manner, object pronouns). */
const NOT_SUBJECT = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'into', 'over', 'under', 'during', 'through', 'via',
  'than', 'as', 'like', 'him', 'her', 'them', 'us', 'me', 'it', 'so', 'yes', 'no', 'nothing', 'something', 'anything', 'little',
  'goodbye', 'hello', 'sorry', 'thanks', 'again', 'also', 'too', 'there', 'here', 'then', 'now', 'later', 'earlier', 'repeatedly',
  'publicly', 'privately', 'recently', 'what', 'how', 'why', 'when', 'where', 'whether', 'if', 'who', 'which', 'and', 'but', 'or',
  'across', 'among', 'around', 'within', 'without', 'against', 'along', 'behind', 'beyond', 'despite', 'toward', 'towards', 'upon',
  'after', 'before', 'since', 'until', 'amid', 'about', 'up', 'out', 'off', 'down', 'back', 'away']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/** Past tenses that are not also past participles: finite wherever they stand. */
const PAST_ONLY = new Set(['came', 'went', 'rose', 'fell', 'grew', 'ran', 'began', 'became', 'took', 'gave', 'saw', 'wrote', 'spoke', 'chose',
  'drew', 'flew', 'knew', 'threw', 'wore', 'broke', 'drove', 'ate', 'shook', 'swore', 'froze', 'stole', 'rode', 'sang', 'swam', 'sank',
  'shrank', 'tore', 'forgot', 'forgave', 'hid', 'bit', 'did']);

/** A past-tense verb by its form: "-ed", or one of the irregular pasts the claims engine knows. */
function pastForm(t: Token, irregularPast: ReadonlySet<string>): boolean {
  return t.k === Kind.Word && !t.cap && (irregularPast.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed')));
}

/**
 * A finite clause with a subject of any length at i ("the plan to cut back on the use of mopeds in the town has
 * been feeble", "about half of the adjustment reflected revenue losses"): a noun phrase (with prepositional
 * phrases and infinitives inside) of up to 20 tokens, then an auxiliary, a modal, a negative contraction or a
 * past-tense verb. No comma, colon, quotation mark or subordinating word on the way (an apposition between commas
 * is allowed when a finite verb follows it). Returns i, or -1.
 */
export function longClauseAt(tokens: readonly Token[], i: number, end: number, irregularPast: ReadonlySet<string>, loose: boolean): number {
  const t = tokens[i];
  if (!t || (t.k !== Kind.Word && t.k !== Kind.Num)) return -1;
  if ((NOT_SUBJECT.has(t.l) && !(t.l === 'about' && tokens[i + 1]?.k === Kind.Num) && !(t.l === 'about' && /^(half|a|one|two|three|a|\d.*)$/.test(tokens[i + 1]?.l ?? ''))) || AUX.has(t.l) || NEG_AUX.test(t.l)) return -1;
  // a verb that usually takes "that" drops it only before a clearly marked subject: a determiner, a quantifier,
  // a number or a name ("announced the program would…", not "figures across Europe have…")
  if (!loose && !(t.cap || t.k === Kind.Num || DETERMINERS.has(t.l) || SUBJECT_OPENERS.has(t.l))) return -1;
  // a lower-case first word is a determiner, a quantifier, a number or a noun ("officials", "voters"), not a verb
  if (!t.cap && t.k === Kind.Word && !DETERMINERS.has(t.l) && !SUBJECT_OPENERS.has(t.l) && (pastForm(t, irregularPast) || lex.cueOf(t) !== undefined || t.l.endsWith('ly'))) return -1;
  let commas = 0;
  for (let k = i + 1; k < end && k < i + 21; k++) {
    const u = tokens[k];
    if (u.k === Kind.Quote || u.w === ';' || u.w === ':' || u.w === '(' || u.w === '—' || u.w === '–') return -1;
    if (u.w === ',') {
      // one apposition between commas ("the senator, a Republican, has said"), nothing else
      if (++commas > 2) return -1;
      continue;
    }
    if (u.k !== Kind.Word) continue;
    if (AUX.has(u.l) || NEG_AUX.test(u.l)) {
      // "the bill" + "'s": a possessive, not "is"
      if ((u.l === "'s" || u.l === '’s')) continue;
      if (k === i + 1 && DETERMINERS.has(t.l)) return -1;
      return commas === 1 ? -1 : i;
    }
    // "and" joins two nouns of one subject ("her finish and proven record make …", "stopping X and winning Y may
    // be …") when a determiner, a name, a number or a gerund follows it, never a verb ("the budget and cut taxes")
    if (u.l === 'and' && k > i + 1 && andJoinsNouns(tokens, k + 1, irregularPast)) continue;
    if (CLAUSE_BREAK.has(u.l)) return -1;
    const p = tokens[k - 1];
    if (pastForm(u, irregularPast) && !DETERMINERS.has(p.l) && p.l !== 'to' && p.w !== ',') {
      // "the bill passed by the House", "the money raised in Iowa": a participle modifying the noun (a past that
      // is no participle, "came", "rose", is finite whatever follows)
      const n = tokens[k + 1];
      if (!PAST_ONLY.has(u.l) && n && n.k === Kind.Word && /^(by|in|on|at|for|from|with|to|during|under|over|into|last|this|earlier)$/.test(n.l)) return -1;
      return commas === 1 ? -1 : i;
    }
  }
  return -1;
}

/** The word after a subject's "and" opens a second noun: a determiner, a quantifier, a name, a number or a gerund. */
function andJoinsNouns(tokens: readonly Token[], n: number, irregularPast: ReadonlySet<string>): boolean {
  const t = tokens[n];
  if (!t || (t.k !== Kind.Word && t.k !== Kind.Num)) return false;
  if (t.k === Kind.Num || DETERMINERS.has(t.l) || (SUBJECT_OPENERS.has(t.l) && t.l !== 'not' && t.l !== 'only')) return true;
  if (AUX.has(t.l) || NEG_AUX.test(t.l) || pastForm(t, irregularPast) || lex.cueOf(t) !== undefined) return false;
  return t.cap || (t.l.endsWith('ing') && t.l.length > 5);
}

/** A cue of any kind at token i: a reporting verb, a phrasal cue's first word, or a typed (stance, belief, evidence) verb. */
export function anyCueAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.k !== Kind.Word || t.cap) return false;
  return lex.cueOf(t) !== undefined || typedCueAt(tokens, i) !== null;
}

/**
 * Words between "and"/"but" and a second cue of the same speaker ("but did not say", "and also warned"). An
 * auxiliary or modal of tense is not among them: "it would attack … and would respond" continues the reported
 * clause, it does not report anew.
 */
const NEGATORS = new Set(['not', 'never', "n't", 'also', 'then', 'later', 'again', 'still', 'even', 'did', 'does']);

/**
 * A clause of its own reporting at i: a short noun-phrase subject (a name, "Senate aides", "the ministry"), maybe
 * an adverb ("later", "also"), then a speech cue of the caller's list, and something after it. A conjunction
 * after a comma is passed over (", and officials said").
 */
const REPORT_OPENERS = /^(other|others|he|she|they|we|(\w+-)?(quarters?|thirds?|fifths?|tenths?))$/;
/** A share in words opens a subject too: "one in four", "six in 10". */
const SHARE_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten)$/;
function newReportAt(tokens: readonly Token[], i: number, to: number, isCue: (i: number) => boolean): boolean {
  if (tokens[i]?.w !== ',' && /^(and|but)$/.test(tokens[i]?.l ?? '')) i++;
  const t = tokens[i];
  // the subject opens with a name, a determiner, a quantifier, a number ("49 percent of Republicans say"), a share
  // ("three-quarters said"), "other(s)" or a personal pronoun ("…, and she said …")
  // (not the digits after a thousands comma: "300,000 homeowners")
  if (t?.k === Kind.Num && tokens[i - 1]?.w === ',' && tokens[i - 1].e === t.s) return false;
  if (!t || (t.k !== Kind.Word && t.k !== Kind.Num) || (t.k === Kind.Word && !t.cap && !DETERMINERS.has(t.l) && !SUBJECT_OPENERS.has(t.l) && !REPORT_OPENERS.test(t.l) && !(SHARE_WORDS.test(t.l) && tokens[i + 1]?.l === 'in'))) return false;
  for (let v = i + 1; v < to - 1 && v <= i + 7; v++) {
    const u = tokens[v];
    if (u.k !== Kind.Word && u.k !== Kind.Num && u.w !== '%' && u.w !== "'s" && u.w !== '’s' && u.w !== '.') return false;
    if (!isCue(v)) continue;
    let e = v;
    while (e > i + 1 && /^(later|also|then|again|previously|earlier)$|ly$/.test(tokens[e - 1].l)) e--;
    // "her deputy": the possessive is no object pronoun here
    const a = POSSESSIVES.has(t.l) || t.l === 'her' ? i + 1 : i;
    return e > a && trailingSpeakerSpan(tokens, a, e) && !/^(to|by)$/.test(tokens[v + 1].l) && tokens[v + 1].w !== ',';
  }
  return false;
}

/**
 * Where a claim running from `from` to `to` ends because a second cue of the same sentence starts: a participle
 * cue after a comma (", saying …", ", calling him …", ", adding that …") or a coordinated cue ("… and warned …",
 * ", but did not say …", "and also called for …"). Returns the end (exclusive) or `to` when no cue follows. With
 * `participlesOnly`, for content that comes before its cue, only the participle ends it: a clause inside it with
 * its own subject and cue ("A, Ms. Lorn found B, she said.") belongs to the content.
 */
export function endAtNextCue(tokens: readonly Token[], from: number, to: number, isCue: (i: number) => boolean, participlesOnly = false): number {
  for (let k = from + 2; k < to - 1; k++) {
    const w = tokens[k];
    if (w.w === ',' && tokens[k + 1].l.endsWith('ing') && anyCueAt(tokens, k + 1)) return k;
    if (participlesOnly) continue;
    // a new clause with its own subject and speech cue: "… to reply, and council staff later said …",
    // "…, but Ruiz argued that …", "…; Reyes added that …"
    if ((w.w === ',' || w.w === ';' || w.l === 'and' || w.l === 'but' || w.l === 'while') && newReportAt(tokens, k + 1, to, isCue)) return tokens[k - 1].w === ',' ? k - 1 : k;
    if (w.l !== 'and' && w.l !== 'but') continue;
    let n = k + 1;
    while (n < to && n < k + 4 && (NEGATORS.has(tokens[n].l) || /^(did|does)n['’]t$/.test(tokens[n].l) || (tokens[n].l.endsWith('ly') && tokens[n].l.length > 3))) n++;
    // "did" / "does" only before a negation ("but did not say")
    if (n > k + 1 && /^(did|does)$/.test(tokens[n - 1].l)) continue;
    // a reporting verb of the lexicon (the caller's cue list), or a verb form of a typed cue: "-ed", "-s", "-ing"
    // (not a noun after "and": "criticism and support")
    // after a negation or an adverb ("but did not say", "and also called") any form of a cue is a verb
    if (n < to && (isCue(n) || (anyCueAt(tokens, n) && (n > k + 1 || /(ed|[^s]s|ing)$/.test(tokens[n].l))))) {
      return tokens[k - 1].w === ',' ? k - 1 : k;
    }
  }
  return to;
}

/**
 * The speaker of a trailing attribution as written, when the entity rules found no candidate that starts right
 * after the comma: the words between the comma and the cue, if they are a noun phrase (no verb, no clause word):
 * "…, ministry spokesman Ben Ortiz said Thursday", "…, three people briefed on the talks said" is not one.
 */
export function trailingSpeakerSpan(tokens: readonly Token[], a: number, v: number): boolean {
  if (v - a < 1 || v - a > 9) return false;
  for (let k = a; k < v; k++) {
    const u = tokens[k];
    if (u.k === Kind.Quote || (u.k === Kind.Punct && u.w !== "'s" && u.w !== '’s' && u.w !== '.' && u.w !== '-')) return false;
    if (u.k !== Kind.Word) continue;
    if (AUX.has(u.l) || CLAUSE_BREAK.has(u.l) || NOT_SUBJECT.has(u.l) && u.l !== 'of' && u.l !== 'for' && u.l !== 'at' && u.l !== 'in') return false;
    if (!u.cap && (u.l.endsWith('ed') || u.l.endsWith('ing')) && u.l.length > 4) return false;
  }
  const last = tokens[v - 1];
  return last.k === Kind.Word && !DETERMINERS.has(last.l);
}

/** Speech verbs whose bare noun-phrase object is not what was said: "said Tuesday", "told reporters", "added …". */
const NO_NP_CONTENT = new Set(['say', 'tell', 'add', 'ask', 'answer', 'reply', 'respond', 'continue', 'write', 'speak', 'talk', 'call',
  'explain', 'note', 'observe', 'agree', 'joke', 'quip', 'shout', 'scream', 'whisper', 'testify', 'insist', 'argue',
  // verbs of publishing and showing take the medium as object ("posted a video", "showed the photos"); evidence
  // verbs with a poll or record as subject are typed cues (typedCues.ts)
  'post', 'tweet', 'publish', 'show', 'broadcast', 'blog',
  // what is found is a thing, not a finding ("police found a body", "rescuers found the climber"); "the audit
  // found serious failings" is an evidence claim through its subject (typedCues.ts), "found that …" a clause
  'find',
  // memory: what is remembered is not said ("remember a demanding teacher")
  'remember']);
/** Possessive determiners ("her" is left out: it is as often an object pronoun, "showed her the logbooks"). */
const POSSESSIVES = new Set(['his', 'their', 'its', 'our', 'my', 'your']);

/**
 * A noun-phrase object at i that is what a speech verb reports ("mentioned the wall", "defended the use of an
 * image", "announced his resignation", "recounted his wife's life"): the verb is not one whose object is an
 * addressee or a time ("told reporters", "said Tuesday"), and the object opens with a determiner, a possessive,
 * a number or a capitalised name, not with a pronoun, a preposition or a verb.
 */
export function speechObjectAt(tokens: readonly Token[], i: number, end: number, lemma: string): boolean {
  if (NO_NP_CONTENT.has(lemma)) return false;
  const f = lex.cueFlags(lemma);
  // an addressee verb's object is a person ("urged lawmakers", "warned Congress"), unless "of"/"about" follows
  if (f?.addressee && !f.as) return false;
  // an opinion or memory verb's object is not something said ("remember a demanding teacher")
  if (f?.weak) return false;
  const o = tokens[i];
  if (!o || i >= end - 1) return false;
  // "welcomed Ana Ruiz to the capital" greets a person: nothing is said
  if (lemma === 'welcome' && isGreetingWelcome(tokens, i, 0)) return false;
  if (o.k === Kind.Num) return true;
  if (o.k !== Kind.Word) return false;
  if (DETERMINERS.has(o.l) && o.l !== 'that' && o.l !== 'this' && o.l !== 'her') return true;
  if (POSSESSIVES.has(o.l)) return true;
  if (o.cap && !NOT_SUBJECT.has(o.l) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(o.l)) return true;
  return false;
}

/**
 * A predicate opens at i: an auxiliary, a modal, a negative contraction, a past-tense verb or a present tense in
 * "-s" ("may be", "had rehearsed", "exists", "never happened").
 */
export function predicateAt(tokens: readonly Token[], i: number, irregularPast: ReadonlySet<string>): boolean {
  let t = tokens[i];
  if (t && (t.l === 'never' || t.l === 'still' || t.l === 'also')) t = tokens[i + 1];
  if (!t || t.k !== Kind.Word || t.cap) return false;
  return (AUX.has(t.l) && t.l !== "'s" && t.l !== '’s') || NEG_AUX.test(t.l) || pastForm(t, irregularPast) || (/[^su']s$/.test(t.l) && t.l.length > 3 && !NOT_SUBJECT.has(t.l));
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Verbs of seeming ("seems to", "appeared to"): the writer's hedge on the subject and its infinitive. */
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Participles of a cue in the passive that report no claim of their own ("was quoted", "is cited"). */
const NOT_PASSIVE_CUE = new Set(['quoted', 'cited', 'heard', 'used', 'made', 'given', 'left', 'added', 'found', 'shown', 'put', 'got']);

/**
 * Cues in the passive voice ("was accused of lying", "is expected to win", "has been criticized for", "were asked
 * about"): the passive auxiliary's index and the participle's. The claim is the subject with the participle's
 * complement; its source is the agent after "by", when there is one.
 */
export function passiveCues(tokens: readonly Token[], a: number, end: number): { aux: number; part: number; raising?: boolean }[] {
  const out: { aux: number; part: number; raising?: boolean }[] = [];
  for (let k = a + 1; k < end - 2; k++) {
    if (RAISING.has(tokens[k].l)) {
      // "seems to", "appeared to" + a verb: the subject and its infinitive are a hedged claim whose source the
      // writer leaves open ("The fire appears to have started in the kitchen")
      const n = tokens[k + 2];
      if (tokens[k + 1].l === 'to' && n && n.k === Kind.Word && !n.cap && !DETERMINERS.has(n.l) && k + 3 < end) out.push({ aux: k, part: k, raising: true });
      continue;
    }
    if (!PASSIVE.has(tokens[k].l)) continue;
    let j = k + 1;
    while (j < end - 1 && j < k + 3 && (tokens[j].l === 'also' || tokens[j].l === 'not' || tokens[j].l === 'often' || tokens[j].l === 'never' || (tokens[j].l.endsWith('ly') && tokens[j].l.length > 4))) j++;
    const u = tokens[j];
    if (!u || u.k !== Kind.Word || u.cap || NOT_PASSIVE_CUE.has(u.l) || !/(ed|wn|en|ld|ght|ked)$/.test(u.l) || !anyCueAt(tokens, j)) continue;
    const n = tokens[j + 1];
    if (!n || j + 1 >= end || n.k === Kind.Punct || n.k === Kind.Quote) continue;
    out.push({ aux: k, part: j });
  }
  return out;
}

/**
 * A headline, title or label rather than prose: a markdown heading ("# …"), a title-case line (most words of
 * four letters or more capitalised), or a short sentence that ends its paragraph without a final stop ("Kyiv's
 * allies meet in London", a fragment "for Ukraine"). Such a line takes a claim only from a speech cue with an
 * explicit speaker ("Mayor Says Tunnel Will Open").
 */
export function headlineSentence(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  if (tokens[a].w === '#') return true;
  let last = b - 1;
  while (last > a && tokens[last].k === Kind.Quote) last--;
  const stop = /^[.!?…]$/.test(tokens[last].w);
  const endsParagraph = b >= tokens.length || tokens[b].para !== tokens[b - 1].para;
  let words = 0;
  let long = 0;
  let capLong = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k !== Kind.Word) continue;
    words++;
    if (t.w.length >= 4) {
      long++;
      if (t.cap) capLong++;
    }
  }
  if (!stop && endsParagraph && words <= 20) return true;
  return words <= 30 && long >= 3 && capLong === long && titleCaseLine(tokens, a, b);
}

/**
 * Title case: every word of four letters or more capitalised, at least three of them, and not a line in capitals
 * ("Mayor Says Tunnel Will Open").
 */
export function titleCaseLine(tokens: readonly Token[], a: number, b: number): boolean {
  let long = 0;
  let words = 0;
  let mixed = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k !== Kind.Word) continue;
    if (++words > 30) return false;
    if (t.w.length < 4) continue;
    if (!t.cap) return false;
    long++;
    if (t.w !== t.w.toUpperCase()) mixed = true;
  }
  return long >= 3 && mixed;
}

/** A possessive right before a cue word makes it a noun: "Washington's years-long support for", "their backing". */
export function afterPossessive(tokens: readonly Token[], i: number): boolean {
  // a past form is a verb ("Her father opposed the bill")
  if (tokens[i].l.endsWith('ed')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const p = tokens[k];
    if (p.w === "'s" || p.w === '’s' || /^(his|her|their|its|our|my|your)$/.test(p.l) || (p.k === Kind.Word && /['’]s$/.test(p.l))) return true;
    // one adjective between ("years-long", "strong"): hyphenated or not a verb form
    if (k === i - 1 && p.k === Kind.Word && !p.cap && (p.w.includes('-') || !/(ed|s|ing)$/.test(p.l)) && !/^(to|and|or|but|not|also|will|would|could|can|may|might|must|should|did|does|do)$/.test(p.l)) continue;
    return false;
  }
  return false;
}

const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * Where a noun-phrase object starting at `from` ends, within `to`: before the main clause's verb when the cue
 * sits in a relative clause or a subject ("A voter who supports Trump lost his son" → "Trump"; "Graham, who had
 * endorsed Bush, spoke …" → "Bush"): at an auxiliary, a modal or a past tense that no relative word introduces,
 * or at a comma followed by such a verb.
 */
export function npObjectEnd(tokens: readonly Token[], from: number, to: number, irregularPast: ReadonlySet<string>): number {
  let rel = false;
  for (let k = from + 1; k < to; k++) {
    const u = tokens[k];
    if (u.k !== Kind.Word && u.w !== ',') continue;
    if (RELATIVE.has(u.l)) { rel = true; continue; }
    if (u.w === ',') {
      const n = tokens[k + 1];
      if (n && n.k === Kind.Word && !n.cap && ((AUX.has(n.l) && n.l !== "'s" && n.l !== '’s') || NEG_AUX.test(n.l) || PAST_ONLY.has(n.l) || (pastForm(n, irregularPast) && tokens[k + 2]?.k === Kind.Word && !/^(by|in|on|at|to)$/.test(tokens[k + 2].l)))) return k;
      continue;
    }
    if (rel || u.cap) continue;
    if ((AUX.has(u.l) && u.l !== "'s" && u.l !== '’s') || NEG_AUX.test(u.l) || PAST_ONLY.has(u.l)) return before(tokens, from, k);
    if (/^(lost|won|said|told|made|left|spent|paid|led|kept|held|met|sent|built|sold|gave|took)$/.test(u.l) && tokens[k - 1].k === Kind.Word && !DETERMINERS.has(tokens[k - 1].l)) return before(tokens, from, k);
    // the main clause's present speech verb after a relative clause ("Groups that have endorsed him say …")
    if (/^(say|says)$/.test(u.l) && (tokens[k - 1].k === Kind.Word || tokens[k - 1].k === Kind.Num) && !DETERMINERS.has(tokens[k - 1].l) && !/^(to|not|will|would|could|can|may|might|must|should|did|does|do|let|hear|heard)$/.test(tokens[k - 1].l)) return before(tokens, from, k);
  }
  return to;
}

/** The end before a verb at k, with a conjunction or comma just before it left out ("mourning and said" → "mourning"). */
function before(tokens: readonly Token[], from: number, k: number): number {
  let e = k;
  while (e > from + 1 && (/^(and|but|or)$/.test(tokens[e - 1].l) || tokens[e - 1].w === ',')) e--;
  return e;
}

/**
 * A cue negated in the past or present ("has not endorsed", "never opposed", "doesn't believe"): for the typed
 * cues still a position held (or refused), unlike a cue under a modal ("would back") or an infinitive. Speech
 * that was not made ("did not say when …") is no claim.
 */
export function negatedCue(tokens: readonly Token[], v: number): boolean {
  const p = tokens[v - 1];
  if (!p) return false;
  if (/^(did|does|do|has|have|had)n['’]t$/.test(p.l) || p.l === 'never') return true;
  if (p.l !== 'not' && p.l !== "n't") return false;
  const q = tokens[v - 2];
  return !!q && /^(did|does|do|has|have|had|is|was|were|are)$/.test(q.l);
}

/**
 * What follows a trailing attribution's cue is no clause of its own: prepositional phrases, names, days and an
 * addressee ("…, she said after talks Tuesday with staff.", "…, the church posted on Facebook."), up to the end
 * or a semicolon or dash; or, when the cue comes straight after the comma ("…, said Rita Okoye, the director of
 * …"), the speaker's noun phrase and whatever apposition follows it.
 */
export function trailingTail(tokens: readonly Token[], v: number, end: number, irregularPast: ReadonlySet<string>): boolean {
  const inverted = tokens[v - 1]?.w === ',';
  // a passive ("she was told to …") or an infinitive after the cue is no attribution
  if (PASSIVE.has(tokens[v - 1]?.l ?? '') || tokens[v + 1]?.l === 'to') return false;
  // "The plan, she said, would …": a comma right after the cue closes an aside, not a trailing attribution
  // (unless a second cue follows as a participle: "…, she said, adding that …" is two claims)
  const n1 = tokens[v + 2];
  if (!inverted && tokens[v + 1]?.w === ',' && n1 && n1.k === Kind.Word) return n1.l.endsWith('ing') && anyCueAt(tokens, v + 2);
  let n = 0;
  for (let k = v + 1; k < end; k++) {
    const u = tokens[k];
    if (u.w === ';' || u.w === '—' || u.w === '–') return true;
    // the tail ends at a comma: "…, he said after meeting aides on Thursday, because …"
    if (u.w === ',' && n > 0) return true;
    if (u.k === Kind.Quote || u.w === ':') return false;
    if (++n > 12) return false;
    if (u.k !== Kind.Word) continue;
    if (u.cap) continue;
    if (AUX.has(u.l) || NEG_AUX.test(u.l) || CLAUSE_BREAK.has(u.l) && !/^(after|before|as|since)$/.test(u.l) || PERSONAL_SUBJECT.has(u.l)) return false;
    if (pastForm(u, irregularPast) && !(tokens[k - 1]?.l === 'had')) return false;
  }
  return n > 0;
}
const PERSONAL_SUBJECT = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there']);

/** Prepositions that open an adverbial between a cue and its "that" ("said in a statement that", "told CNN on Sunday that"). */
const ADVERBIAL_PREPS = new Set(['in', 'on', 'at', 'during', 'to', 'after', 'before', 'from', 'via', 'through', 'with']);

/**
 * The "that" opening a complement clause of the cue at v ("argued that …", "told reporters that …", "said in a
 * statement on Sunday that …", "noting, however, that …"), or -1: the words between are an addressee (a name,
 * "reporters"), adverbs, days or prepositional phrases, never a noun-phrase object with a determiner ("announced a
 * plan that …": a relative clause). A clause of at least three words follows.
 */
export function thatComplementAt(tokens: readonly Token[], v: number, end: number): number {
  let pp = false;
  for (let k = v + 1; k < end && k < v + 9; k++) {
    const u = tokens[k];
    if (u.l === 'that') {
      const n = tokens[k + 1];
      // "that" + a verb or a preposition is a relative pronoun or a demonstrative ("that is", "that in")
      if (!n || end - k < 4 || n.k !== Kind.Word || AUX.has(n.l) || NEG_AUX.test(n.l)) return -1;
      return k;
    }
    if (u.w === ',') continue;
    if (u.k !== Kind.Word && u.k !== Kind.Num) return -1;
    if (ADVERBIAL_PREPS.has(u.l)) { pp = true; continue; }
    if (DETERMINERS.has(u.l) || POSSESSIVES.has(u.l)) {
      if (!pp) return -1;
      continue;
    }
    if (u.cap || u.l.endsWith('ly') || u.l === 'reporters' || u.l === 'however' || u.l === 'also' || u.l === 'again' || u.l === 'repeatedly' || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(u.l)) continue;
    if (pp && !AUX.has(u.l) && !CLAUSE_BREAK.has(u.l)) continue;
    return -1;
  }
  return -1;
}

/** A cue word in a verb form, not a passive participle: inflected ("-ed", "-s", "-ing", an irregular past) or after an auxiliary ("has said"). */
export function verbFormCue(tokens: readonly Token[], v: number, irregularPast: ReadonlySet<string>): boolean {
  const t = tokens[v];
  if (t.k !== Kind.Word) return false;
  // a participle in the passive ("is expected to …", "was told that …") is the passive rules' to read
  let b = v - 1;
  while (b > 0 && tokens[b].l.endsWith('ly')) b--;
  if (PASSIVE.has(tokens[b]?.l ?? '')) return false;
  if (/(ed|ing)$/.test(t.l) || irregularPast.has(t.l) || /^(said|told|wrote|thought|felt|found|knew|saw)$/.test(t.l)) return true;
  if (/[^su]s$/.test(t.l)) return true;
  const p = tokens[v - 1];
  if (!p || t.first) return false;
  if (p.k === Kind.Word && (AUX.has(p.l) || NEG_AUX.test(p.l) || p.l === 'not' || p.l === 'never')) return true;
  // a present tense after a plural subject ("nine out of 10 say", "most voters believe"), not an infinitive or an
  // imperative after a conjunction
  return (p.k === Kind.Num || (p.k === Kind.Word && /s$/.test(p.l) && !/^(is|was|has|does|this|its|his|us|as|less|across)$/.test(p.l)) || /^(ten|most|many|some|few|all|both|others|they|we|you|i)$/.test(p.l));
}

/**
 * Where a claim running from `from` to `to` meets a trailing attribution of the whole sentence ("The group would
 * urge members to vote against, he said."): the comma before the attribution's speaker and cue, or -1. The words
 * between the comma and the cue are a short subject without a verb; what follows the cue is a tail (see trailingTail).
 */
export function trailingAttributionAt(tokens: readonly Token[], from: number, to: number, isCue: (i: number) => boolean, irregularPast: ReadonlySet<string>): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].w !== ',') continue;
    for (let v = k + 1; v < to && v <= k + 7; v++) {
      const u = tokens[v];
      if (u.k !== Kind.Word && u.w !== "'s" && u.w !== '’s' && u.w !== '.') break;
      if (isCue(v)) return v > k + 1 && trailingSpeakerSpan(tokens, k + 1, v) && (v + 1 >= to || trailingTail(tokens, v, to, irregularPast)) ? k : -1;
      if (AUX.has(u.l) || CLAUSE_BREAK.has(u.l) || (!u.cap && pastForm(u, irregularPast))) break;
    }
  }
  return -1;
}

/**
 * The end of a "that"-clause opening at `from` inside a sentence's subject ("Her claim that the pier was unsafe
 * spread quickly" → "that the pier was unsafe"): before the second predicate that no conjunction, comma or
 * relative word introduces. `to` when there is none.
 */
export function subjectClauseEnd(tokens: readonly Token[], from: number, to: number, irregularPast: ReadonlySet<string>): number {
  let seen = false;
  let broken = false;
  for (let k = from + 2; k < to; k++) {
    const u = tokens[k];
    if (u.w === ',' || CLAUSE_BREAK.has(u.l)) { broken = true; continue; }
    // an auxiliary, a modal or a past tense (a present in "-s" is no evidence here: "factories", "regulators")
    if (u.k !== Kind.Word || u.cap || !((AUX.has(u.l) && u.l !== "'s" && u.l !== '’s') || NEG_AUX.test(u.l) || pastForm(u, irregularPast))) continue;
    const p = tokens[k - 1];
    if (AUX.has(p.l) || NEG_AUX.test(p.l) || p.l === 'not') continue;
    if (seen && !broken) return k;
    seen = true;
    broken = false;
  }
  return to;
}

const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'after', 'before', 'since', 'until', 'if', 'although', 'though', 'once', 'unless']);

/**
 * A clause taken to start at `from` is really an object and an adverbial clause ("saw the lights as she drove
 * home", "knew the town when it was small"): a subordinating word comes before any verb of the supposed clause.
 */
export function subordinateBeforeVerb(tokens: readonly Token[], from: number, end: number, irregularPast: ReadonlySet<string>): boolean {
  for (let k = from + 1; k < end && k < from + 10; k++) {
    const u = tokens[k];
    if (u.k !== Kind.Word) continue;
    if (SUBORDINATORS.has(u.l)) return true;
    if ((AUX.has(u.l) && u.l !== "'s" && u.l !== '’s') || NEG_AUX.test(u.l) || pastForm(u, irregularPast) || (!u.cap && /[^su']s$/.test(u.l) && u.l.length > 3)) return false;
  }
  return false;
}

/** Adverbs of frequency and time that stand between a subject and its finite verb ("inspectors still watch"). */
const PRE_VERB_ADVERBS = new Set(['still', 'also', 'often', 'never', 'always', 'usually', 'rarely', 'seldom', 'already', 'now', 'sometimes', 'generally', 'typically', 'routinely', 'regularly']);
/** Words in -s that are no present-tense verb. */
const NOT_PRESENT = new Set(['this', 'his', 'its', 'hers', 'ours', 'yours', 'theirs', 'thus', 'plus', 'versus', 'news', 'politics', 'series', 'species', 'always', 'perhaps', 'sometimes', 'afterwards', 'towards', 'besides', 'whereas', 'nevertheless', 'less', 'unless', 'across', 'us', 'was', 'is', 'has', 'does', 'as', 'yes']);

/**
 * A zero-"that" clause whose verb is in the present tense, after a speech verb that drops "that" freely: a subject
 * of up to six words, then a verb in -s that follows a noun and comes before its complement ("said harbour traffic
 * depends on the weather", "say each extra ferry yields a gain"), or an adverb of frequency before a verb ("say
 * inspectors still watch the pier"). The subject opens with a determiner, a quantifier, a number, a name or a noun,
 * never a preposition, a pronoun object, an adverb or a verb form. Returns i, or -1.
 */
export function presentClauseAt(tokens: readonly Token[], i: number, end: number, irregularPast: ReadonlySet<string>): number {
  const t = tokens[i];
  if (!t || (t.k !== Kind.Word && t.k !== Kind.Num)) return -1;
  if (NOT_SUBJECT.has(t.l) || AUX.has(t.l) || NEG_AUX.test(t.l) || CLAUSE_BREAK.has(t.l) || PRE_VERB_ADVERBS.has(t.l)) return -1;
  if (t.k === Kind.Word && !t.cap && !DETERMINERS.has(t.l) && !SUBJECT_OPENERS.has(t.l) && (pastForm(t, irregularPast) || lex.cueOf(t) !== undefined || t.l.endsWith('ly') || (t.l.endsWith('ing') && !gerundSubject(tokens, i)))) return -1;
  for (let k = i + 1; k < end && k <= i + 6; k++) {
    const u = tokens[k];
    if (u.k === Kind.Num || u.w === "'s" || u.w === '’s') continue;
    if (u.k !== Kind.Word) return -1;
    if (u.cap) continue;
    // (an "of" inside the subject after its head: "each year of schooling yields …", "the cost of repairs keeps …")
    if (u.l === 'of' && k > i && tokens[k - 1].k === Kind.Word && !DETERMINERS.has(tokens[k - 1].l) && !SUBJECT_OPENERS.has(tokens[k - 1].l)) continue;
    if (AUX.has(u.l) || NEG_AUX.test(u.l) || CLAUSE_BREAK.has(u.l) || u.l === 'to' || NOT_SUBJECT.has(u.l)) return -1;
    const p = tokens[k - 1];
    // the word before the verb is the subject's head: not a determiner, a quantifier or "of"
    if (DETERMINERS.has(p.l) || SUBJECT_OPENERS.has(p.l) || p.l === 'of') continue;
    const n = tokens[k + 1];
    if (!n || k + 1 >= end || (n.k !== Kind.Word && n.k !== Kind.Num && !/^[$£€]/.test(n.w))) return -1;
    if (PRE_VERB_ADVERBS.has(u.l)) return n.k === Kind.Word && !n.cap && !DETERMINERS.has(n.l) && !NOT_SUBJECT.has(n.l) && !n.l.endsWith('ly') ? i : -1;
    if (u.l.length > 3 && /[^su'’]s$/.test(u.l) && !NOT_PRESENT.has(u.l) && lex.cueOf(u) === undefined) return i;
  }
  return -1;
}

/**
 * A gerund opening a subject ("say taxing fuel encourages …", "said everything works"): a word in -ing that is no
 * speech or typed cue, followed by a lower-case noun or a determiner (its object), not by a preposition or a comma
 * ("said speaking at the rally …" is a participle).
 */
function gerundSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (t.l.length < 6 || lex.cueOf(t) !== undefined || anyCueAt(tokens, i) || !n || n.k !== Kind.Word || n.cap) return false;
  return DETERMINERS.has(n.l) || !(NOT_SUBJECT.has(n.l) || AUX.has(n.l) || NEG_AUX.test(n.l) || n.l.endsWith('ly') || n.l.endsWith('ing'));
}

const GAP_RELATIVES = new Set(['which', 'that', 'who', 'what']);
/**
 * A report inside a relative clause whose pronoun is the reported clause's subject ("the changes, which officials
 * said will take effect in June, …", "rules that critics say are unfair", "what he said were the failures"): the
 * speech verb at v has its subject (up to five words, no punctuation) right after the relative pronoun, and a finite
 * verb with no subject of its own right after it. Returns the content's end (the comma closing a clause set off by
 * commas, else `end`), or -1.
 */
export function relativeGapReportEnd(tokens: readonly Token[], v: number, sentStart: number, end: number, irregularPast: ReadonlySet<string>): number {
  const n = tokens[v + 1];
  if (!n || v + 1 >= end || n.k !== Kind.Word || n.cap) return -1;
  if (!(AUX.has(n.l) || NEG_AUX.test(n.l) || pastForm(n, irregularPast) || (/[^su'’]s$/.test(n.l) && !NOT_PRESENT.has(n.l) && !NOT_SUBJECT.has(n.l)))) return -1;
  if (n.l === "'s" || n.l === '’s' || n.l === 'that') return -1;
  let r = -1;
  for (let k = v - 1; k >= sentStart && k >= v - 6; k--) {
    const t = tokens[k];
    if (t.k !== Kind.Word && t.w !== "'s" && t.w !== '’s' && t.w !== '.') return -1;
    if (GAP_RELATIVES.has(t.l)) { r = k; break; }
    if (AUX.has(t.l) && t.w !== "'s" && t.w !== '’s' || CLAUSE_BREAK.has(t.l)) return -1;
  }
  if (r < 0 || r === v - 1) return -1;
  if (r === sentStart || tokens[r - 1].w !== ',') return end;
  for (let k = v + 2; k < end; k++) if (tokens[k].w === ',' || tokens[k].w === '—' || tokens[k].w === '–') return k;
  return end;
}
