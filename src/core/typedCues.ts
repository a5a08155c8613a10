// Cues of attributions beyond speech, for the typed claims: stance ("endorsed the mayor", "urged the council to act",
// "declined to comment"), belief ("believes", "wants to", "hopes") and evidence ("polls show", "the report found").
// A hand-written table (Byline's own), with the inflected forms generated here; pure data and token tests.
import { Kind, type Token } from './text';
import learnedJson from './data/learned-cues.json';
import verbClassesJson from './data/verb-classes.json';

/** 'indirect' for speech verbs with a preposition whose object is what was said ('talked about', 'referring to'). */
export type TypedKind = 'stance' | 'belief' | 'evidence' | 'indirect';

export interface TypedCue {
  lemma: string;
  kind: TypedKind;
  /** takes a noun-phrase object as the claim ("endorsed the mayor", "opposed the bill") */
  np: boolean;
  /** takes (an object and) a to-infinitive ("urged Congress to act", "declined to comment", "wants to win") */
  to: boolean;
  /** takes a finite clause, "that" optional ("believes he can win", "the poll found that …") */
  clause: boolean;
  /** takes an object and its predicate after "as" ("sees the race as tightening", "viewed it as a betrayal") */
  as?: boolean;
  /**
   * takes a small clause, an object and its predicate with no "as" ("called the deal a disaster", "called him
   * unfit", "dubbed it the ferry to nowhere")
   */
  small?: boolean;
  /** takes an indirect question, perhaps after an addressee ("asked the mayor whether …", "wondered why …") */
  question?: boolean;
  /**
   * a speech verb too ("called", "described", "asked"): its other frames (a clause, a quotation) stay reported
   * speech, only the small clause, "as" or question frame is typed
   */
  keepsSpeech?: boolean;
  /** an adjective after a copula ("is critical of", "was confident that"): no inflected forms */
  copula?: boolean;
  /** a noun for a holder of a position after a copula or in an apposition ("is a critic of", ", a supporter of") */
  agent?: boolean;
  /**
   * from WordNet's verb classes (data/verb-classes.json): a verb many of whose forms are also nouns or adjectives
   * ("issues", "signed", "televised"), so it is read as a cue only as a finite verb after its subject or an
   * auxiliary (see finiteAfterSubject)
   */
  wordClass?: boolean;
  /** evidence verbs ("show", "find") type a claim only when their subject is a poll, record, study… */
  needsEvidenceSubject?: boolean;
}

// lemma, kind, frames (n: noun-phrase object, t: to-infinitive, c: finite clause, a: object + "as" + predicate,
// s: object + predicate, a small clause, w: an indirect question after an optional addressee),
// optional irregular forms
const TABLE: [string, TypedKind, string, string?][] = [
  // stance: positions taken
  ['endorse', 'stance', 'n'], ['oppose', 'stance', 'n'], ['support', 'stance', 'n'], ['criticize', 'stance', 'n'],
  ['criticise', 'stance', 'n'], ['defend', 'stance', 'n'], ['praise', 'stance', 'n'], ['condemn', 'stance', 'n'],
  ['denounce', 'stance', 'n'], ['reject', 'stance', 'n'], ['deny', 'stance', 'nc'], ['dispute', 'stance', 'nc'],
  ['blast', 'stance', 'n'], ['slam', 'stance', 'n'], ['applaud', 'stance', 'n'], ['favor', 'stance', 'nt'],
  ['favour', 'stance', 'nt'], ['propose', 'stance', 'nt'], ['challenge', 'stance', 'n'], ['blame', 'stance', 'n'],
  ['champion', 'stance', 'n'], ['advocate', 'stance', 'n'], ['decry', 'stance', 'n'], ['tout', 'stance', 'n'],
  ['embrace', 'stance', 'n'], ['lambast', 'stance', 'n'], ['mock', 'stance', 'n'], ['ridicule', 'stance', 'n'],
  ['rebuke', 'stance', 'n'], ['berate', 'stance', 'n'], ['disavow', 'stance', 'n'], ['repudiate', 'stance', 'n'],
  ['veto', 'stance', 'n'], ['attack', 'stance', 'n'], ['question', 'stance', 'ncw'], ['demand', 'stance', 'nc'],
  ['call for', 'stance', 'n'], ['push for', 'stance', 'n'], ['argue for', 'stance', 'n'], ['press for', 'stance', 'n'],
  ['urge', 'stance', 'nt'], ['call on', 'stance', 't'], ['encourage', 'stance', 't'], ['implore', 'stance', 't'],
  ['decline', 'stance', 't'], ['refuse', 'stance', 't'], ['vow', 'stance', 'tc'], ['pledge', 'stance', 'tc'],
  ['promise', 'stance', 'tc'], ['threaten', 'stance', 't'], ['agree', 'stance', 't'],
  // judgement and allegiance (after VerbNet's judgment and FrameNet's Taking_sides): thanked, hailed, voted for
  ['thank', 'stance', 'n'], ['congratulate', 'stance', 'n'], ['commend', 'stance', 'n'], ['hail', 'stance', 'n'], ['salute', 'stance', 'n'],
  ['fault', 'stance', 'n'], ['assail', 'stance', 'n'], ['scold', 'stance', 'n'], ['reprimand', 'stance', 'n'], ['chastise', 'stance', 'n'],
  ['bash', 'stance', 'n'], ['welcome', 'stance', 'n'], ['vote for', 'stance', 'n'], ['vote against', 'stance', 'n'],
  ['campaign for', 'stance', 'n'], ['campaign against', 'stance', 'n'], ['side with', 'stance', 'n'], ['rally behind', 'stance', 'n'],
  ['object to', 'stance', 'n'], ['argue against', 'stance', 'n'], ['fight for', 'stance', 'n', 'fought'], ['fight against', 'stance', 'n', 'fought'],
  ['lobby for', 'stance', 'n'], ['lobby against', 'stance', 'n'], ['stand with', 'stance', 'n', 'stood'], ['stand by', 'stance', 'n', 'stood'],
  // speech with a prepositional object: what was talked about, referred to, pointed to, commented on
  ['refer to', 'indirect', 'n'], ['talk about', 'indirect', 'n'], ['speak about', 'indirect', 'n'], ['point to', 'indirect', 'n'],
  ['comment on', 'indirect', 'n'], ['complain about', 'indirect', 'n'], ['warn of', 'indirect', 'n'], ['warn about', 'indirect', 'n'],
  ['boast about', 'indirect', 'n'], ['joke about', 'indirect', 'n'], ['write about', 'indirect', 'n', 'wrote,written'], ['speak of', 'indirect', 'n', 'spoke,spoken'],
  ['talk of', 'indirect', 'n'], ['ask about', 'indirect', 'n'], ['testify about', 'indirect', 'n'], ['brag about', 'indirect', 'n'],
  // speech about a topic, its object what was talked about: "discussed the budget", "mentioned his rivals",
  // "responded to the ruling", "focused on the economy" ("described long waits", "the report detailed …" are left
  // to the reporting-verb rules: an account of events, not a topic of speech)
  ['discuss', 'indirect', 'n'], ['mention', 'indirect', 'n'], ['address', 'indirect', 'n'],
  ['cite', 'indirect', 'n'], ['outline', 'indirect', 'n'], ['unveil', 'indirect', 'n'],
  ['recount', 'indirect', 'n'], ['reiterate', 'indirect', 'n'], ['highlight', 'indirect', 'n'], ['emphasize', 'indirect', 'n'],
  ['respond to', 'indirect', 'n'], ['reply to', 'indirect', 'n'], ['focus on', 'indirect', 'n'], ['touch on', 'indirect', 'n'],
  ['elaborate on', 'indirect', 'n'], ['expand on', 'indirect', 'n'],
  // further positions: dismissed, credited, called out, agreed with, decided to, voted to
  ['dismiss', 'stance', 'n'], ['credit', 'stance', 'n'], ['call out', 'stance', 'n'], ['agree with', 'stance', 'n'],
  ['disagree with', 'stance', 'n'], ['rail against', 'stance', 'n'], ['warn against', 'stance', 'n'], ['insist on', 'stance', 'n'],
  ['ask for', 'stance', 'n'], ['recommend', 'stance', 'nt'], ['decide', 'stance', 't'], ['vote', 'stance', 't'],
  ['pressure', 'stance', 't'], ['invite', 'stance', 't'],
  // belief: what a source believes, wants, hopes, fears, expects, intends
  ['believe', 'belief', 'c'], ['think', 'belief', 'c', 'thought'], ['feel', 'belief', 'c', 'felt'],
  ['expect', 'belief', 'ct'], ['hope', 'belief', 'ct'], ['fear', 'belief', 'cn'], ['worry', 'belief', 'c'],
  ['doubt', 'belief', 'c'], ['suspect', 'belief', 'c'], ['want', 'belief', 'nt'], ['wish', 'belief', 'ct'],
  ['plan', 'belief', 't'], ['intend', 'belief', 't'], ['seek', 'belief', 'nt', 'sought'], ['prefer', 'belief', 'nt'],
  ['aim', 'belief', 't'], ['assume', 'belief', 'c'], ['reckon', 'belief', 'c'],
  // knowledge and perception of a state of affairs ("knew the plan had failed", "sees the race as tightening")
  ['know', 'belief', 'c', 'knew,known'], ['understand', 'belief', 'c', 'understood'], ['realize', 'belief', 'c'],
  ['recognize', 'belief', 'c'], ['see', 'belief', 'ca', 'saw,seen,seeing'], ['view', 'belief', 'na'], ['consider', 'belief', 'nca'],
  ['regard', 'belief', 'a'],
  // characterisations: what a source calls someone or something ("called the deal a disaster", "labeled her an
  // extremist", "described himself as a moderate", "portrayed the rival as a bully")
  ['call', 'stance', 's'], ['dub', 'stance', 's'], ['label', 'stance', 'sa'], ['brand', 'stance', 'sa'], ['term', 'stance', 's'],
  ['deem', 'stance', 's'], ['describe', 'stance', 'a'], ['portray', 'stance', 'a'], ['paint', 'stance', 'na'], ['characterize', 'stance', 'a'],
  ['characterise', 'stance', 'a'], ['depict', 'stance', 'a'], ['cast', 'stance', 'a', 'cast'], ['frame', 'stance', 'a'],
  // questions put: "asked the mayor whether the pier was safe", "wondered why the plan failed", "questioned whether"
  ['ask', 'stance', 'w'], ['wonder', 'belief', 'w'],
  ['love', 'belief', 't'], ['would like', 'belief', 't'], ['care about', 'belief', 'n'], ['worry about', 'belief', 'n'],
  // evidence: what polls, records, data, studies, documents show
  ['show', 'evidence', 'cn', 'shown'], ['find', 'evidence', 'cn', 'found'], ['suggest', 'evidence', 'c'],
  ['indicate', 'evidence', 'c'], ['reveal', 'evidence', 'cn'], ['conclude', 'evidence', 'c'], ['confirm', 'evidence', 'c'],
];

/**
 * Adjectives of attitude after a copula ("is critical of the plan", "was skeptical of", "are confident that", "is
 * opposed to"): the adjective with its preposition or "that", the kind, and the frames as above.
 */
const ADJECTIVES: [string, TypedKind, string][] = [
  ['critical of', 'stance', 'n'], ['supportive of', 'stance', 'n'], ['skeptical of', 'stance', 'n'], ['sceptical of', 'stance', 'n'],
  ['skeptical about', 'stance', 'n'], ['sceptical about', 'stance', 'n'], ['wary of', 'stance', 'n'], ['dismissive of', 'stance', 'n'],
  ['hostile to', 'stance', 'n'], ['sympathetic to', 'stance', 'n'], ['opposed to', 'stance', 'n'],
  ['proud of', 'stance', 'n'], ['angry at', 'stance', 'n'], ['angry about', 'stance', 'n'],
  ['furious at', 'stance', 'n'], ['furious about', 'stance', 'n'], ['unhappy with', 'stance', 'n'], ['happy with', 'stance', 'n'],
  ['pleased with', 'stance', 'n'], ['disappointed with', 'stance', 'n'], ['disappointed by', 'stance', 'n'], ['frustrated with', 'stance', 'n'],
  ['frustrated by', 'stance', 'n'], ['tired of', 'stance', 'n'], ['fond of', 'stance', 'n'], ['suspicious of', 'stance', 'n'],
  ['confident that', 'belief', 'c'], ['convinced that', 'belief', 'c'], ['sure that', 'belief', 'c'], ['certain that', 'belief', 'c'],
  ['worried that', 'belief', 'c'], ['worried about', 'belief', 'n'], ['concerned that', 'belief', 'c'], ['concerned about', 'belief', 'n'],
  ['hopeful that', 'belief', 'c'], ['optimistic that', 'belief', 'c'], ['optimistic about', 'belief', 'n'], ['pessimistic about', 'belief', 'n'],
  ['afraid that', 'belief', 'c'], ['aware that', 'belief', 'c'], ['adamant that', 'stance', 'c'], ['eager to', 'belief', 't'],
  ['determined to', 'belief', 't'], ['reluctant to', 'stance', 't'], ['unwilling to', 'stance', 't'], ['willing to', 'stance', 't'],
  ['keen to', 'belief', 't'], ['anxious to', 'belief', 't'],
];

/** Nouns for the holder of a position, with their preposition: "Ruiz is a longtime critic of the levy". */
const AGENT_NOUNS = ['supporter of', 'supporters of', 'critic of', 'critics of', 'opponent of', 'opponents of', 'proponent of', 'proponents of',
  'advocate of', 'advocate for', 'advocates of', 'advocates for', 'champion of', 'backer of', 'backers of', 'defender of', 'defenders of',
  'fan of', 'fans of', 'admirer of', 'admirers of', 'skeptic of', 'sceptic of'];

/** The speech verbs of the table whose other frames stay reported speech ("call", "describe", "ask" …): see TypedCue.keepsSpeech. */
const KEEPS_SPEECH = new Set(['call', 'dub', 'label', 'brand', 'term', 'deem', 'describe', 'portray', 'paint', 'characterize', 'characterise',
  'depict', 'cast', 'frame', 'ask', 'wonder']);

/** Final consonants doubled before -ed / -ing. */
const DOUBLE = new Set(['slam', 'plan', 'prefer', 'veto', 'dub', 'refer']);

function forms(lemma: string, irregular?: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  let s: string;
  let ed: string;
  let ing: string;
  if (/[^aeiou]y$/.test(verb)) {
    s = verb.slice(0, -1) + 'ies';
    ed = verb.slice(0, -1) + 'ied';
    ing = verb + 'ing';
  } else if (/e$/.test(verb)) {
    s = verb + 's';
    ed = verb + 'd';
    ing = verb.slice(0, -1) + 'ing';
  } else {
    s = /(s|sh|ch|x|z|o)$/.test(verb) ? verb + 'es' : verb + 's';
    const d = DOUBLE.has(verb) && verb !== 'veto' ? verb + verb.slice(-1) : verb;
    ed = d + 'ed';
    ing = d + 'ing';
  }
  const out = [verb, s, ed, ing];
  if (irregular) out.push(...irregular.split(','));
  if (irregular && lemma !== 'show') out.splice(2, 1); // "thought", not "thinked"
  return out.map((f) => f + tail);
}

const SINGLE = new Map<string, TypedCue>();
const PHRASAL = new Map<string, TypedCue>();
/**
 * One look-up per word: the one-word cue it is (as a ready answer), and whether it opens a phrasal cue ("call",
 * "calls", "push"…; the only words a two-word look-up is built for).
 */
const BY_WORD = new Map<string, { one: { cue: TypedCue; len: number } | null; opens: boolean }>();
for (const [lemma, kind, frames, irregular] of TABLE) {
  const cue: TypedCue = { lemma, kind, np: frames.includes('n'), to: frames.includes('t'), clause: frames.includes('c') };
  if (frames.includes('a')) cue.as = true;
  if (frames.includes('s')) cue.small = true;
  if (frames.includes('w')) cue.question = true;
  if (KEEPS_SPEECH.has(lemma)) cue.keepsSpeech = true;
  if (kind === 'evidence') cue.needsEvidenceSubject = true;
  for (const f of forms(lemma, irregular)) {
    if (f.includes(' ')) PHRASAL.set(f, cue);
    else SINGLE.set(f, cue);
  }
}
for (const [phrase, kind, frames] of ADJECTIVES) {
  const [adj, next] = phrase.split(' ');
  const cue: TypedCue = { lemma: phrase, kind, np: frames.includes('n'), to: frames.includes('t'), clause: frames.includes('c'), copula: true };
  // "confident that", "eager to": the adjective alone, its frame reads the "that" or "to"; "critical of": both words
  if (next === 'that' || next === 'to') {
    if (!SINGLE.has(adj)) SINGLE.set(adj, cue);
  } else if (!PHRASAL.has(phrase)) PHRASAL.set(phrase, cue);
}
// Cues learned from annotated news (data/learned-cues.json, built by scripts/learn-cues.mjs): verbs with their frames
// (n: object, t: to-infinitive, c: clause, p:PREP: a phrasal cue with its object) and adjectives after a copula with
// "to" or "that". A clause alone is a belief, any other frame a stance. A hand-written entry wins. Nouns are kept in
// the data but not used: their learned frames put the source after the noun ("criticism from"), which the noun rules
// (a possessor before the noun) do not read. A participle before "to" ("is expected to") is a raising passive whose
// subject holds nothing: left out.
const LEARNED = new Map<string, string>();
for (const [lemma, cls, frame] of (learnedJson as unknown as { cues: [string, string, string, number, number][] }).cues) {
  if (cls === 'n') continue;
  if (cls === 'a') {
    if (frame !== 't' && frame !== 'c') continue;
    if (frame === 't' && lemma.endsWith('ed')) continue;
    const phrase = `${lemma} ${frame === 't' ? 'to' : 'that'}`;
    if (!SINGLE.has(lemma)) SINGLE.set(lemma, { lemma: phrase, kind: frame === 'c' ? 'belief' : 'stance', np: false, to: frame === 't', clause: frame === 'c', copula: true });
    continue;
  }
  if (frame.startsWith('p:')) {
    const cue: TypedCue = { lemma: `${lemma} ${frame.slice(2)}`, kind: 'stance', np: true, to: false, clause: false };
    for (const f of forms(cue.lemma)) if (!PHRASAL.has(f)) PHRASAL.set(f, cue);
  } else LEARNED.set(lemma, (LEARNED.get(lemma) ?? '') + frame);
}
for (const [lemma, frames] of LEARNED) {
  const cue: TypedCue = { lemma, kind: frames === 'c' ? 'belief' : 'stance', np: frames.includes('n'), to: frames.includes('t'), clause: frames.includes('c') };
  for (const f of forms(lemma)) if (!SINGLE.has(f)) SINGLE.set(f, cue);
}
// Verbs of communication and cognition from WordNet's lexicographer classes (data/verb-classes.json, built by
// scripts/build-verb-classes.mjs), with the frames WordNet gives those senses: a communication verb's claim is a
// stance ("lampooned the plan"), a cognition verb's a belief ("had reckoned the race lost"). Any entry above wins.
for (const [lemma, cls, frames] of (verbClassesJson as unknown as { verbs: [string, string, string, number][] }).verbs) {
  const cue: TypedCue = { lemma, kind: cls === 'g' ? 'belief' : 'stance', np: frames.includes('n'), to: frames.includes('t'), clause: frames.includes('c'), wordClass: true };
  for (const f of forms(lemma)) if (!SINGLE.has(f)) SINGLE.set(f, cue);
}
for (const phrase of AGENT_NOUNS) if (!PHRASAL.has(phrase)) PHRASAL.set(phrase, { lemma: phrase, kind: 'stance', np: true, to: false, clause: false, agent: true });
// "backed", "backs", "backing" (not "back": an adverb far more often); "found" is also "find"'s past participle
for (const f of ['backed', 'backs', 'backing']) SINGLE.set(f, { lemma: 'back', kind: 'stance', np: true, to: false, clause: false });
for (const [f, cue] of SINGLE) BY_WORD.set(f, { one: { cue, len: 1 }, opens: false });
for (const f of PHRASAL.keys()) {
  const w = f.split(' ')[0];
  const e = BY_WORD.get(w);
  if (e) e.opens = true;
  else BY_WORD.set(w, { one: null, opens: true });
}

/** The typed cue at token i (a one-word verb form or a two-word phrasal cue), and how many tokens it spans. */
export function typedCueAt(tokens: readonly Token[], i: number): { cue: TypedCue; len: number } | null {
  const t = tokens[i];
  if (t.k !== Kind.Word) return null;
  const e = BY_WORD.get(t.l);
  if (!e) return attitudeAbout(tokens, i);
  const n = tokens[i + 1];
  if (e.opens && n && n.k === Kind.Word) {
    const p = PHRASAL.get(`${t.l} ${n.l}`);
    if (p && (!p.copula || afterCopula(tokens, i)) && (!p.agent || agentAnchor(tokens, i) >= 0)) return { cue: p, len: 2 };
  }
  if (e.one?.cue.copula && !((e.one.cue.clause && n?.l === 'that') || (e.one.cue.to && n?.l === 'to')) || (e.one?.cue.copula && !afterCopula(tokens, i))) return null;
  return e.one;
}

/** An attitude held about something: an adjective after a copula, then "about" ("is upbeat about the race"). */
const ATTITUDE_ABOUT: TypedCue = { lemma: 'be about', kind: 'stance', np: true, to: false, clause: false, copula: true };
/** Words before "about" after a copula that are no adjective of attitude ("is all about", "was asked about"). */
const NOT_ATTITUDE = new Set(['all', 'just', 'not', 'only', 'more', 'much', 'what', 'how', 'everything', 'nothing', 'something', 'anything',
  'it', 'this', 'that', 'one', 'up', 'out', 'on', 'in', 'off', 'down', 'back', 'also', 'still', 'now', 'here', 'there', 'then', 'about',
  'talk', 'news', 'time', 'questions', 'question', 'story', 'way', 'set', 'bring', 'come', 'brought', 'going', 'roughly', 'around', 'today',
  // irregular participles: a passive ("decisions are made about …", "was told about …")
  'made', 'done', 'said', 'told', 'known', 'shown', 'seen', 'thought', 'heard', 'taught', 'taken', 'given', 'written', 'spoken', 'kept', 'left']);
function attitudeAbout(tokens: readonly Token[], i: number): { cue: TypedCue; len: number } | null {
  const t = tokens[i];
  if (t.cap || tokens[i + 1]?.l !== 'about' || t.l.length < 3 || !/^[a-z]+$/.test(t.l) || NOT_ATTITUDE.has(t.l) || /(ed|ing|en)$/.test(t.l)) return null;
  const c = copulaBefore(tokens, i);
  if (c < 0 || !/^(is|was|were|are|am|'s|’s|'re|’re|been|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|be)$/.test(tokens[c].l)) return null;
  return { cue: ATTITUDE_ABOUT, len: 2 };
}

const COPULA = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m', 'remain', 'remains',
  'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became', 'grew', 'grown', 'feel',
  'feels', 'felt', 'stay', 'stays', 'stayed']);
const DEGREE = new Set(['very', 'so', 'too', 'more', 'less', 'most', 'least', 'not', 'also', 'still', 'quite', 'rather', 'increasingly',
  'deeply', 'highly', 'openly', 'sharply', 'publicly', 'privately', 'fiercely', 'always', 'never', 'now', 'already', 'clearly', 'equally', 'particularly']);

/** An adjective cue at i stands after a copula, past degree words ("is deeply critical of", "remained confident that"). */
function afterCopula(tokens: readonly Token[], i: number): boolean {
  return copulaBefore(tokens, i) >= 0;
}

/**
 * Where the holder of an agent noun at i is named: the copula ("Ruiz is a fierce critic of", "they are longtime
 * supporters of") or the comma of an apposition ("Ruiz, a critic of the levy,"), past an article and up to three
 * modifiers. Its index, or -1.
 */
export function agentAnchor(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  let mods = 0;
  while (k >= 0 && mods < 3 && tokens[k].k === Kind.Word && !tokens[k].cap && !COPULA.has(tokens[k].l) && !/^(a|an|the|one|among|of|and|or|his|her|their|its)$/.test(tokens[k].l)) { k--; mods++; }
  const art = tokens[k];
  if (!art || !/^(a|an|the|one|among)$/.test(art.l)) {
    // a plural with no article: "are longtime supporters of"
    if (!/s$/.test(tokens[i].l) || !art || !COPULA.has(art.l)) return -1;
    return k;
  }
  // "one of the fiercest critics of", "among the critics of"
  let b = k - 1;
  if (art.l === 'the' && /^(of|among)$/.test(tokens[b]?.l ?? '') ) b = tokens[b].l === 'of' && tokens[b - 1]?.l === 'one' ? b - 2 : b - 1;
  const p = tokens[b];
  if (!p) return -1;
  if (COPULA.has(p.l) || p.w === ',') return b;
  return -1;
}

/** The copula before an adjective cue at i, or -1: the verb whose subject holds the attitude. */
export function copulaBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = tokens[k];
    if (COPULA.has(p.l)) return k;
    if (p.k !== Kind.Word || !(DEGREE.has(p.l) || (p.l.endsWith('ly') && p.l.length > 4))) return -1;
  }
  return -1;
}

const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'guests', 'visitors', 'delegates', 'leaders', 'fans']);
const PLACE_PREPS = new Set(['to', 'into', 'at', 'in', 'back', 'aboard', 'home']);

/**
 * Whether "welcome" at token i greets someone rather than takes a position: a person as its object (a capitalised
 * name or "him", "guests" …) followed by where to ("welcomed Ana Ruiz to the capital", "welcomed them back",
 * "welcomed delegates at the port"). "welcomed the decision to …" and "welcomed Ruiz's plan" stay stances.
 */
export function isGreetingWelcome(tokens: readonly Token[], i: number, len: number): boolean {
  let j = i + len;
  const first = tokens[j];
  if (!first || first.k !== Kind.Word) return false;
  if (PERSON_OBJECTS.has(first.l)) return PLACE_PREPS.has(tokens[j + 1]?.l ?? '');
  if (!first.cap) return false;
  // a run of capitalised words (a name), then a preposition of place, and no possessive on the name
  while (tokens[j] && tokens[j].k === Kind.Word && tokens[j].cap && j < i + len + 5) j++;
  const next = tokens[j];
  if (!next || next.k !== Kind.Word) return false;
  if (!PLACE_PREPS.has(next.l)) return false;
  // "to" + a verb is the stance's infinitive ("welcomed Berlin to join"): a place follows with a determiner or a capital
  if (next.l === 'to') {
    const after = tokens[j + 1];
    return !!after && after.k === Kind.Word && (after.cap || after.l === 'the' || after.l === 'his' || after.l === 'her' || after.l === 'their' || after.l === 'our');
  }
  return true;
}

/**
 * Whether "as" and a capitalised word (perhaps after "the") follow inside a speech object [from, to): "referred to
 * the database as NEMIS", "… as the Harbour Safety Index".
 */
export function namingAs(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].l !== 'as') continue;
    const n = tokens[k + 1].l === 'the' ? tokens[k + 2] : tokens[k + 1];
    if (n && n.k === Kind.Word && n.cap) return true;
  }
  return false;
}

/** Heads of subjects that make a claim evidence: "polls show", "the records show", "a study found". */
export const EVIDENCE_HEADS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'data', 'record', 'records', 'study', 'studies', 'report', 'reports',
  'analysis', 'analyses', 'figures', 'numbers', 'results', 'documents', 'document', 'research', 'evidence', 'filings',
  'filing', 'statistics', 'estimates', 'census', 'audit', 'review', 'investigation', 'probe', 'inquiry', 'memo', 'emails',
  'tally', 'count', 'returns', 'projections', 'forecast', 'forecasts', 'model', 'models', 'findings', 'logs', 'transcripts',
  'transcript', 'footage', 'video', 'photos', 'receipts', 'tests', 'test', 'sampling', 'paper', 'papers', 'letter',
]);

/**
 * Nouns of attribution after a possessor ("Morgan's support for the sea wall", "his claim that the pier was safe",
 * "their decision to close the pool"): the noun, the words that may follow it, and the claim's kind. With "that"
 * or an infinitive's "to" (written "to~" here) the claim is the clause or infinitive, the word kept; with a
 * preposition it is the object.
 */
const NOUN_CUES: [string[], string[], TypedKind][] = [
  [['support', 'opposition', 'criticism', 'endorsement', 'praise', 'backing', 'condemnation', 'rejection', 'embrace', 'defense', 'defence',
    'disdain', 'contempt', 'admiration', 'skepticism', 'scepticism'], ['for', 'of', 'to'], 'stance'],
  [['attack', 'attacks'], ['on'], 'stance'],
  [['call', 'calls', 'push', 'demand', 'demands', 'vote', 'plea', 'appeal'], ['for'], 'stance'],
  [['vote'], ['against'], 'stance'],
  [['commitment'], ['to'], 'stance'],
  [['decision', 'refusal', 'plan', 'plans', 'proposal', 'promise', 'pledge', 'vow', 'threat', 'bid', 'effort', 'push', 'call', 'calls'], ['to~'], 'stance'],
  [['promise', 'pledge', 'vow', 'demand', 'insistence'], ['that'], 'stance'],
  [['claim', 'claims', 'argument', 'assertion', 'contention', 'statement', 'suggestion', 'warning', 'warnings', 'allegation', 'allegations',
    'accusation', 'accusations', 'charge', 'assurance', 'assurances', 'admission', 'announcement', 'prediction', 'explanation'], ['that'], 'indirect'],
  [['comments', 'remarks', 'statements', 'warning', 'warnings', 'questions'], ['about', 'on'], 'indirect'],
  [['belief', 'view', 'hope', 'hopes', 'fear', 'fears', 'concern', 'concerns', 'doubts', 'conviction', 'expectation', 'sense', 'worry', 'worries'], ['that'], 'belief'],
  [['concern', 'concerns', 'doubts', 'worries', 'fears'], ['about', 'over'], 'belief'],
  [['desire', 'intention', 'wish', 'hope', 'hopes', 'goal', 'ambition'], ['to~'], 'belief'],
];
const NOUN_CUE = new Map<string, { kind: TypedKind; clause: boolean }>();
/** The nouns alone: one set look-up per token before the two-word key is built. */
const NOUN_HEADS = new Set<string>();
for (const [nouns, next, kind] of NOUN_CUES) {
  for (const n of nouns) {
    NOUN_HEADS.add(n);
    for (const w of next) NOUN_CUE.set(`${n} ${w.replace('~', '')}`, { kind, clause: w === 'that' || w === 'to~' });
  }
}

/**
 * The noun cue at token k with its next word ("support for", "claim that", "decision to" + a verb): its kind, and
 * whether the claim is the clause or infinitive from the next word on (else the object after it). Null if none.
 */
export function nounCueAt(tokens: readonly Token[], k: number): { kind: TypedKind; clause: boolean } | null {
  const t = tokens[k];
  if (!t || !NOUN_HEADS.has(t.l)) return null;
  const n = tokens[k + 1];
  if (!n || t.k !== Kind.Word || n.k !== Kind.Word || t.cap) return null;
  const c = NOUN_CUE.get(`${t.l} ${n.l}`);
  if (!c) return null;
  if (n.l === 'to' && c.clause) {
    // an infinitive: a verb after "to" ("his decision to run"), not a noun phrase ("her plan to the council")
    const v = tokens[k + 2];
    if (!v || v.k !== Kind.Word || v.cap || /^(the|a|an|his|her|their|its|this|that|these|those|my|our|your)$/.test(v.l)) return null;
  }
  return c;
}

/**
 * Verbs that carry a position or belief in their to-infinitive and share its subject ("has continued to push for",
 * "seemed to mock", "began to see", "moved to emphasize", "used to support"): the cue after "to" is the subject's own.
 */
const CATENATIVE = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'start', 'starts',
  'started', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'try', 'tries', 'tried', 'tend', 'tends', 'tended', 'move',
  'moves', 'moved', 'rush', 'rushed', 'rushes', 'used', 'came', 'come', 'comes', 'went', 'goes']);

/**
 * The catenative verb governing a typed cue at v through "to" ("continued to push for" → "continued"; "went on
 * to highlight" → "went"), or -1. An adverb may stand before "to" ("quickly moved to", "was quick to" is not one).
 */
export function catenativeHead(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1]?.l !== 'to') return -1;
  let k = v - 2;
  // "went on to", "came out to"
  if (tokens[k]?.l === 'on' && /^(went|goes|go|going)$/.test(tokens[k - 1]?.l ?? '')) k--;
  const h = tokens[k];
  if (!h || h.k !== Kind.Word || h.cap || !CATENATIVE.has(h.l)) return -1;
  // "go on to" only with "on"; "came to" with a belief ("came to see"), "used to" after no auxiliary ("was used to")
  if (/^(went|goes)$/.test(h.l) && tokens[k + 1]?.l !== 'on') return -1;
  if (h.l === 'used' && /^(is|was|were|are|be|been|being|get|got)$/.test(tokens[k - 1]?.l ?? '')) return -1;
  return k;
}

/**
 * A small clause from token i, an object and its predicate ("the deal a disaster", "him unfit", "Senator Ruiz a
 * liar", "it the ferry to nowhere"): the end of the object if one is there, else -1. The object is an object pronoun, a
 * name (capitalised words) or a determiner and up to three words; the predicate opens with a determiner, or,
 * after a pronoun or a name, with an adjective (a lower-case word that is no preposition, adverb or verb form).
 * "called the police", "called a meeting", "called him back", "called Ruiz on Tuesday" are not small clauses.
 */
export function smallClauseAt(tokens: readonly Token[], i: number, end: number): number {
  const o = tokens[i];
  if (!o || o.k !== Kind.Word) return -1;
  let j = i + 1;
  let det = false;
  if (SMALL_OBJECTS.has(o.l)) {
    // the object pronoun itself
  } else if (o.cap && !SMALL_DETERMINERS.has(o.l)) {
    while (j < end && j < i + 6 && ((tokens[j].k === Kind.Word && tokens[j].cap) || tokens[j].w === '.')) j++;
  } else if (o.l === 'the' || o.l === 'this' || o.l === 'that' || o.l === 'these' || o.l === 'his' || o.l === 'her' || o.l === 'their' || o.l === 'its') {
    det = true;
    while (j < end && j < i + 4 && tokens[j].k === Kind.Word && !SMALL_DETERMINERS.has(tokens[j].l) && !SMALL_STOP.has(tokens[j].l)) j++;
    if (j === i + 1) return -1;
  } else return -1;
  const p = tokens[j];
  if (!p || j >= end || p.k !== Kind.Word) return -1;
  if (SMALL_DETERMINERS.has(p.l)) {
    // "called the race a toss-up": a noun phrase after it ("a" + a word), not a time ("the next day")
    const n = tokens[j + 1];
    return n && n.k === Kind.Word && !/^(next|same|following|last|first|day|week|month|year|night|morning)$/.test(n.l) ? j : -1;
  }
  if (det || p.cap || SMALL_STOP.has(p.l) || p.l.endsWith('ly') || /(ed|ing)$/.test(p.l) && !/^(anti|pro|un|ill)/.test(p.l)) return -1;
  return j;
}
const SMALL_OBJECTS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const SMALL_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'no', 'this', 'that']);
const SMALL_STOP = new Set(['to', 'and', 'or', 'but', 'on', 'in', 'at', 'for', 'from', 'with', 'about', 'into', 'over', 'after', 'before',
  'because', 'that', 'who', 'which', 'when', 'if', 'as', 'by', 'of', 'back', 'up', 'out', 'off', 'down', 'home', 'again', 'twice', 'once',
  'today', 'tonight', 'yesterday', 'tomorrow', 'last', 'earlier', 'later', 'late', 'early', 'often', 'too', 'also', 'then', 'now', 'is',
  'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'did', 'does', 'do', 'not', 'said',
  'says', 'after', 'during', 'while', 'since', 'until', 'so', 'very', 'more', 'less', 'just', 'still', 'even', 'there', 'here']);

/**
 * An indirect question from token i, perhaps after an addressee ("the mayor whether", "Ruiz which states", "if"):
 * the index of its question word, or -1. The addressee is up to seven words of a noun phrase (no punctuation,
 * preposition or verb form); the question word is followed by a word ("asked why." is no question put).
 */
export function questionAt(tokens: readonly Token[], i: number, end: number): number {
  for (let k = i; k < end - 1 && k < i + 8; k++) {
    const u = tokens[k];
    if (QUESTION_WORDS.has(u.l)) return tokens[k + 1].k === Kind.Word ? k : -1;
    if (u.k !== Kind.Word || SMALL_STOP.has(u.l) || (!u.cap && /(ed|ing)$/.test(u.l) && u.l.length > 5)) return -1;
  }
  return -1;
}
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'which', 'where', 'when']);

/**
 * The first auxiliary of a progressive cue ("is backing", "were also endorsing", "has been attacking", "will be
 * campaigning for"), whose subject is the cue's; -1 if the cue at v is no "-ing" form after "be". A contracted
 * "'s" is left out ("Reyes's supporting" may be a possessive).
 */
export function progressiveHead(tokens: readonly Token[], v: number): number {
  if (!tokens[v].l.endsWith('ing')) return -1;
  let k = v - 1;
  while (k > 0 && tokens[k].k === Kind.Word && !tokens[k].cap && (PROGRESSIVE_ADVERBS.has(tokens[k].l) || (tokens[k].l.endsWith('ly') && tokens[k].l.length > 4))) k--;
  const a = tokens[k];
  if (!a || a.k !== Kind.Word || !PROGRESSIVE_BE.has(a.l)) return -1;
  while (k > 0 && PROGRESSIVE_AUX.has(tokens[k - 1].l)) k--;
  return k;
}
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am']);
const PROGRESSIVE_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can']);
const PROGRESSIVE_ADVERBS = new Set(['also', 'now', 'still', 'already', 'not', 'even', 'again', 'all', 'both', 'either', 'just', 'increasingly', 'openly']);

/**
 * An evidence subject before the cue at v ("New polls released Sunday showed", "A Harbor Institute poll in May found",
 * "the results of the audit suggest"): the nearest poll, record, study… word within eight tokens, with only its
 * modifiers between it and the cue (a participle, a time, a prepositional phrase; no finite verb, no clause word,
 * no comma), and the phrase it heads (its determiner, adjectives, names). Token range [a, b), or null.
 */
export function evidenceSubjectBefore(tokens: readonly Token[], v: number, sentStart: number): { a: number; b: number } | null {
  let h = -1;
  for (let k = v - 1; k >= sentStart && k >= v - 8; k--) {
    const u = tokens[k];
    if (u.k === Kind.Quote || u.w === ',' || u.w === ';' || u.w === ':' || u.w === '(' || u.w === ')') return null;
    if (u.k !== Kind.Word) continue;
    if (EVIDENCE_HEADS.has(u.l)) {
      // only a work with an author (a poll, a study, a report, records): what pictures show is depicted, not
      // claimed ("photos of the scene showed bodies"), and bare numbers are left to the subject rules
      if (!AUTHORED_EVIDENCE.has(u.l)) return null;
      h = k;
      break;
    }
    if (EVIDENCE_STOP.has(u.l)) return null;
  }
  if (h < 0) return null;
  let a = h;
  while (a > sentStart && h - a < 6) {
    const p = tokens[a - 1];
    if (p.k === Kind.Punct && !/^(['’]s|-|\/|\.)$/.test(p.w)) break;
    if (p.k === Kind.Quote || EVIDENCE_STOP.has(p.l) || /^(in|on|at|for|from|with|by|to|into|after|before|as|than|about|over)$/.test(p.l)) break;
    // a verb form ends the phrase ("released polls"), a capitalised one is a name ("Reuters/Ipsos")
    if (p.k === Kind.Word && !p.cap && /(ed|ing)$/.test(p.l) && p.l.length > 4) break;
    a--;
    if (/^(the|a|an|this|these|those|its|their|his|her|our)$/.test(p.l)) break;
  }
  return { a, b: h + 1 };
}
const AUTHORED_EVIDENCE = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis',
  'analyses', 'audit', 'review', 'investigation', 'probe', 'inquiry', 'census', 'research', 'memo', 'filing', 'filings', 'document',
  'documents', 'records', 'paper', 'papers', 'findings', 'projections', 'forecast', 'forecasts']);
const EVIDENCE_STOP = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'because', 'if', 'when', 'while', 'is', 'was', 'were', 'are',
  'has', 'had', 'have', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'said', 'says']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who', 'you']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must',
  "'ve", '’ve', "'d", '’d', "'ll", '’ll', 'to']);
const SKIPPED_ADVERBS = new Set(['also', 'not', 'never', 'then', 'later', 'since', 'already', 'again', 'once', 'often', 'even', 'just',
  'still', 'now', 'first', 'repeatedly', "n't", 'n’t']);

/**
 * Whether the verb at token i stands as a finite verb right after its subject or an auxiliary: past adverbs ("has
 * largely ignored", "also recanted"), the word before is an auxiliary or "to" ("had issued", "to chronicle"), a
 * subject pronoun ("she ignored") or a capitalised word, a name ("Ruiz lampooned", "the DNC issued"); a
 * progressive's "-ing" after "is"/"was". Not a noun ("the issues"), an adjective ("a televised event"), a reduced
 * relative ("disclosures filed on Sunday") or a passive ("was signed").
 */
export function finiteAfterSubject(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i].l;
  const sForm = v.endsWith('s') && !v.endsWith('ss');
  let k = i - 1;
  while (k >= 0 && tokens[k].k === Kind.Word && !tokens[k].cap && !AUXILIARIES.has(tokens[k].l)
    && (SKIPPED_ADVERBS.has(tokens[k].l) || (tokens[k].l.endsWith('ly') && tokens[k].l.length > 4))) k--;
  const p = tokens[k];
  if (!p || p.k !== Kind.Word) return false;
  if (v.endsWith('ing')) return PROGRESSIVE_BE.has(p.l);
  // "to learn", "had learned", "does not realise": no "-s" form after an auxiliary, only the base form after "to"
  if (p.l === 'to') return !sForm && !v.endsWith('ed');
  if (AUXILIARIES.has(p.l)) return !sForm;
  if (SUBJECT_PRONOUNS.has(p.l)) return true;
  return p.cap && !p.first;
}
