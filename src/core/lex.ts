// The lexicon as the analysers use it: the data accessors of ./lexicon plus a few contextual judgements.
import * as base from './lexicon';
import { Kind, type Token } from './text';
import { isAmbiguousName, isKnownPerson } from './lexicon';

export * from './lexicon';

/**
 * Memoised per word type: the analysers ask the same questions of the same words over and over, and the
 * lexicon normalises its input on every call. The caches are bounded by the vocabulary, cleared past a size.
 */
function memo<R>(f: (w: string) => R): (w: string) => R {
  const NONE = Symbol('none');
  let cache = new Map<string, R | typeof NONE>();
  return (w: string): R => {
    const hit = cache.get(w);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as R;
    if (cache.size > 200_000) cache = new Map();
    const r = f(w);
    cache.set(w, r === undefined ? NONE : r);
    return r;
  };
}

const phraseWords = new Map<string, Map<string, number>>();
/** Memoised maxPhraseWords (the role index normalises with regular expressions). */
export function maxPhraseWords(kind: base.GazetteerKind, word: string): number {
  let m = phraseWords.get(kind);
  if (!m) phraseWords.set(kind, (m = new Map()));
  let n = m.get(word);
  if (n === undefined) {
    if (m.size > 200_000) m.clear();
    m.set(word, (n = base.maxPhraseWords(kind, word)));
  }
  return n;
}

export const cueLemma = memo(base.cueLemma);
/** Memoised cueFlags: one frozen record per lemma or form (the lexicon builds a new one on every call). */
export const cueFlags = memo((w: string): Readonly<base.CueFlags> | undefined => {
  const f = base.cueFlags(w);
  return f && Object.freeze(f);
});

/** The reporting-verb lemma of a token, cached on the token (the analysers ask it of the same token often). */
export function cueOf(t: Token): string | undefined {
  if (t.cue === undefined) t.cue = t.k === Kind.Word && (wf(t) & base.W.CUE) !== 0 ? cueLemma(t.l) ?? null : null;
  return t.cue ?? undefined;
}
export const phrasalCueLemma = memo(base.phrasalCueLemma);
export const isStopCap = memo(base.isStopCap);
export const placeCanonical = memo(base.placeCanonical);
export const orgCanonical = memo(base.orgCanonical);
export const demonymCountry = memo(base.demonymCountry);
export const isRoleExact = memo(base.isRoleExact);
export const isTitle = memo(base.isTitle);
export const isOrgHead = memo(base.isOrgHead);
// asked of words by the claims engine, the conflict checks and the tagger's features (the entity rules read the
// same answers from the token's flags, below): one Map look-up instead of re-normalising the word
export const isFirstName = memo(base.isFirstName);
export const isCommonWord = memo(base.isCommonWord);
export const isKnownSurname = memo(base.isKnownSurname);
export const isKnownName = memo(base.isKnownName);
export const stopCapKind = memo(base.stopCapKind);
export const isHonorific = memo(base.isHonorific);
export const isPlaceHead = memo(base.isPlaceHead);
export const isDemonymNoun = memo(base.isDemonymNoun);
export const isAmbiguousPlace = memo(base.isAmbiguousPlace);

/** The lexicon's answers about a word as bits (lexicon.W), once per word type. */
const wordFlagsOf = memo(base.wordFlags);
/** The lexicon flags of a token's word (cached on the token). */
export function wf(t: Token): number {
  return t.f ?? (t.f = wordFlagsOf(t.w));
}

/** Reporting verbs that commonly drop "that" before reported speech ("said the talks failed"). */
const ZERO_THAT = new Set([
  'say', 'tell', 'claim', 'insist', 'warn', 'argue', 'add', 'believe', 'think', 'admit', 'suggest', 'predict',
  'announce', 'confirm', 'estimate', 'expect', 'write', 'hope', 'fear', 'reckon',
]);

/** True if reported speech after this cue lemma needs "that" or a colon to be recognised without quotes. */
export function needsThat(lemma: string): boolean {
  return !ZERO_THAT.has(lemma);
}

const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'such', 'no', 'any', 'some']);

/** "the claims", "his remarks", "a report": a cue-looking word used as a noun after a determiner. */
export function isNounOnlyAfterDeterminer(word: string, prevLower: string | undefined): boolean {
  return prevLower !== undefined && DETERMINER.has(prevLower) && !/ed$/.test(word);
}

/** True when a capitalised text is a person's name by the gazetteers alone. */
export function personName(text: string): boolean {
  if (isKnownPerson(text)) return true;
  const parts = text.split(/\s+/);
  if (parts.length === 1) return isKnownSurname(text) && !isCommonWord(text) && !isAmbiguousName(text);
  return isFirstName(parts[0]) && isKnownSurname(parts[parts.length - 1]);
}

/** Whether a cue lemma's complement is a that-clause or quotation (as opposed to object + "as"/"of"). */
export function cueTakesObject(lemma: string): boolean {
  const f = cueFlags(lemma);
  return !!f && (f.as || f.of || f.for || f.complement);
}
