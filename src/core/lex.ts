// The lexicon as the analysers use it: the data accessors of ./lexicon plus a few contextual judgements.
import { cueFlags, isAmbiguousName, isCommonWord, isFirstName, isKnownPerson, isKnownSurname } from './lexicon';

export * from './lexicon';

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
