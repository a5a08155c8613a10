import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  placeCanonical, placeKind, isAmbiguousPlace, isPlaceHead, demonymCountry, isDemonymNoun,
  isFirstName, firstNameGender, isKnownSurname, isKnownPerson, isAmbiguousName,
  orgCanonical, orgKind, isAmbiguousOrg, isOrgMetonym, isOrgHead, isOrgSuffix,
  roleKey, isRole, isTitle, roleGender, isHonorific, honorificGender, isTopPost, isRoleModifier,
  cueLemma, cueFlags, phrasalCueLemma, takesClause, isNounCue, isCuePhrase, isAnonymousSource,
  isStopCap, stopCapKind, isCommonWord, isKnownName, longestMatch,
} from '../../src/core/lexicon';

test('places: cities, countries, aliases and canonical names', () => {
  assert.equal(placeCanonical('Kyiv'), 'Kyiv');
  assert.equal(placeCanonical('Kiev'), 'Kyiv');
  assert.equal(placeCanonical('Kharkiv'), 'Kharkiv');
  assert.equal(placeCanonical('UK'), 'United Kingdom');
  assert.equal(placeCanonical('Britain'), 'United Kingdom');
  assert.equal(placeCanonical('U.S.'), 'United States');
  assert.equal(placeCanonical('USA'), 'United States');
  assert.equal(placeCanonical('the Netherlands'), 'Netherlands');
  assert.equal(placeCanonical('Holland'), 'Netherlands');
  assert.equal(placeCanonical('Ivory Coast'), 'Ivory Coast');
  assert.equal(placeCanonical("Côte d'Ivoire"), 'Ivory Coast');
  assert.equal(placeCanonical('Czechia'), 'Czech Republic');
  assert.equal(placeCanonical('Russian Federation'), 'Russia');
  assert.equal(placeKind('Ukraine'), 'country');
  assert.equal(placeKind('Kyiv'), 'city');
  assert.equal(placeKind('Texas'), 'state');
  assert.equal(placeKind('Scotland'), 'nation');
  assert.equal(placeKind('Europe'), 'continent');
  for (const r of ['Middle East', 'Latin America', 'Crimea', 'Donbas', 'Gaza', 'West Bank', 'Scandinavia', 'Balkans']) {
    assert.ok(placeCanonical(r), `${r} is a place`);
  }
  assert.equal(placeCanonical('the Middle East'), 'Middle East');
  for (const c of ['London', 'Paris', 'Moscow', 'Beijing', 'Mumbai', 'Lagos', 'São Paulo', 'Sao Paulo', 'Toronto', 'Ontario']) {
    assert.ok(placeCanonical(c), `${c} is a place`);
  }
  assert.equal(placeCanonical('Kandahar'), placeCanonical('Kandahār'), 'diacritics folded');
  assert.equal(placeCanonical('KYIV'), 'Kyiv', 'all-caps headline word');
  // ordinary words are not places; real cities named like words are kept but flagged
  for (const w of ['The', 'However', 'Minister', 'Of']) assert.equal(placeCanonical(w), undefined, w);
  assert.ok(placeCanonical('Reading') && isAmbiguousPlace('Reading'));
  assert.ok(isAmbiguousPlace('Mobile'));
  assert.ok(!isAmbiguousPlace('Kyiv'));
  assert.ok(!isAmbiguousPlace('France'));
  assert.ok(isPlaceHead('River') && isPlaceHead('Province') && !isPlaceHead('Party'));
});

test('demonyms point at places, and are not places themselves', () => {
  assert.equal(demonymCountry('Ukrainian'), 'Ukraine');
  assert.equal(demonymCountry('Ukrainians'), 'Ukraine');
  assert.equal(demonymCountry('British'), 'United Kingdom');
  assert.equal(demonymCountry('American'), 'United States');
  assert.equal(demonymCountry('Russian'), 'Russia');
  assert.equal(demonymCountry('French'), 'France');
  assert.equal(demonymCountry('German'), 'Germany');
  assert.equal(demonymCountry('Italian'), 'Italy');
  assert.equal(demonymCountry('Canadian'), 'Canada');
  assert.equal(demonymCountry('European'), 'Europe');
  assert.equal(demonymCountry('Palestinian'), 'Palestine');
  assert.equal(demonymCountry('Kyiv'), undefined);
  assert.ok(isDemonymNoun('Britons') && !isDemonymNoun('British'));
  // every demonym's place is a known place
  for (const d of ['Ukrainian', 'Dutch', 'Swiss', 'Filipino', 'Emirati', 'Saudi', 'Welsh', 'Scottish', 'Kurdish']) {
    const p = demonymCountry(d);
    assert.ok(p && placeCanonical(p), `${d} → ${p}`);
  }
  assert.equal(placeCanonical('Ukrainian'), undefined);
});

test('people: first names with gender, surnames, full names', () => {
  assert.equal(firstNameGender('Keir'), 'm');
  assert.equal(firstNameGender('Volodymyr'), 'm');
  assert.equal(firstNameGender('Giorgia'), 'f');
  assert.equal(firstNameGender('Emmanuel'), 'm');
  assert.equal(firstNameGender('Ursula'), 'f');
  assert.equal(firstNameGender('Kamala'), 'f');
  assert.equal(firstNameGender('Donald'), 'm');
  // common Indian men's names ("Ajay" was once listed as a woman's)
  for (const n of ['Ajay', 'Akshay', 'Vinay', 'Nikhil', 'Siddharth']) assert.equal(firstNameGender(n), 'm', n);
  assert.equal(firstNameGender('KEIR'), 'm', 'all caps tried as title case');
  assert.ok(isFirstName('Olena') && isFirstName('Mohammed') && isFirstName('Narendra'));
  assert.ok(!isFirstName('The') && !isFirstName('Minister') && !isFirstName('Ukraine'));
  // first names that are ordinary words are known but flagged
  assert.ok(isFirstName('Will') && isAmbiguousName('Will'));
  assert.ok(isFirstName('May') && isAmbiguousName('May'));
  assert.ok(!isAmbiguousName('Keir'));
  assert.ok(isKnownSurname('Obama'));
  assert.ok(isKnownPerson('Boris Johnson'));
  assert.ok(!isKnownPerson('Prime Minister'));
});

test('organisations: acronyms, canonical names, kinds, heads', () => {
  assert.equal(orgCanonical('EU'), 'European Union');
  assert.equal(orgCanonical('European Union'), 'European Union');
  assert.equal(orgCanonical('UN'), 'United Nations');
  assert.equal(orgCanonical('NATO'), orgCanonical('Nato'));
  assert.equal(orgCanonical('NATO'), orgCanonical('North Atlantic Treaty Organization'));
  assert.equal(orgCanonical('the Kremlin'), 'Kremlin');
  assert.equal(orgCanonical('IDF'), 'Israel Defense Forces');
  assert.equal(orgKind('BBC'), 'media');
  assert.equal(orgKind('Reuters'), 'media');
  assert.equal(orgKind('AFP'), 'media');
  assert.equal(orgKind('Labour'), 'party');
  assert.equal(orgKind('Google'), 'company');
  assert.equal(orgKind('NATO'), 'intl');
  assert.ok(orgCanonical('White House') && isOrgMetonym('White House') && isOrgMetonym('Downing Street'));
  assert.ok(orgCanonical('Pentagon') && orgCanonical('Congress') && orgCanonical('Parliament'));
  assert.ok(orgCanonical('X') && isAmbiguousOrg('X'));
  assert.ok(isAmbiguousOrg('Apple') && !isAmbiguousOrg('NATO'));
  for (const h of ['Party', 'Ministry', 'University', 'Council', 'Commission', 'Bank', 'Agency', 'Department',
    'Committee', 'Court', 'Army', 'Police', 'Association', 'Foundation', 'Institute', 'Union', 'Group', 'Company', 'Office']) {
    assert.ok(isOrgHead(h), h);
  }
  assert.ok(isOrgHead('Inc') && isOrgSuffix('Ltd') && !isOrgSuffix('Party'));
  assert.equal(orgCanonical('Ukraine'), undefined);
});

test('roles: synonyms share a key, distinct posts do not', () => {
  assert.equal(roleKey('spokesman'), 'spokesperson');
  assert.equal(roleKey('spokeswoman'), roleKey('spokesperson'));
  assert.equal(roleKey('Spokesmen'), 'spokesperson');
  assert.equal(roleKey('NATO Secretary General'), roleKey('NATO chief'));
  assert.equal(roleKey('UN Secretary-General'), 'head');
  assert.equal(roleKey('Secretary-General'), roleKey('Secretary General'));
  assert.notEqual(roleKey('President'), roleKey('Vice President'));
  assert.equal(roleKey('former President'), 'president');
  assert.equal(roleKey('Prime Minister'), 'prime minister');
  assert.notEqual(roleKey('Deputy Prime Minister'), roleKey('Prime Minister'));
  assert.equal(roleKey('Foreign Secretary'), roleKey('foreign minister'));
  assert.equal(roleKey('Defense Secretary'), roleKey('Defence Secretary'));
  assert.equal(roleKey('Kremlin spokesman'), 'spokesperson');
  assert.equal(roleKey('Secretary of State for Health'), 'secretary of state');
  assert.equal(roleKey('police chief'), 'police chief', 'a compound chief is not an organisation head');
  assert.equal(roleKey('chief executive'), roleKey('CEO'));
  assert.equal(roleKey('Sen.'), roleKey('Senator'));
  assert.equal(roleKey('banana'), undefined);
  assert.ok(isRole('striker') && isRole('analyst') && isRole('lawyer') && isRole('host'));
  assert.ok(isTitle('President') && isTitle('Gen.') && isTitle('Sen.') && !isTitle('pundit'));
  assert.equal(roleGender('spokeswoman'), 'f');
  assert.equal(roleGender('King'), 'm');
  assert.equal(roleGender('Queen'), 'f');
  assert.equal(roleGender('President'), undefined);
  assert.ok(isHonorific('Mr') && isHonorific('Mrs.') && isHonorific('Dr') && isHonorific('Sir'));
  assert.ok(!isRole('Mr'), 'honorifics are not roles');
  assert.equal(honorificGender('Mrs'), 'f');
  assert.equal(honorificGender('Sir'), 'm');
  assert.ok(isTopPost('head') && isTopPost('president') && !isTopPost('spokesperson'));
  assert.ok(isRoleModifier('former') && !isRoleModifier('president'));
});

test('cues: every inflected form maps to its lemma, with complement patterns', () => {
  assert.equal(cueLemma('said'), 'say');
  assert.equal(cueLemma('says'), 'say');
  assert.equal(cueLemma('saying'), 'say');
  assert.equal(cueLemma('told'), 'tell');
  assert.equal(cueLemma('branded'), 'brand');
  assert.equal(cueLemma('admitted'), 'admit');
  assert.equal(cueLemma('denied'), 'deny');
  assert.equal(cueLemma('replies'), 'reply');
  assert.equal(cueLemma('insisting'), 'insist');
  assert.equal(cueLemma('conceded'), 'concede');
  assert.equal(cueLemma('wrote'), 'write');
  assert.equal(cueLemma('written'), 'write');
  assert.equal(cueLemma('emphasised'), cueLemma('emphasized'));
  assert.equal(cueLemma('Warned'), 'warn');
  assert.equal(cueLemma('table'), undefined);
  assert.equal(phrasalCueLemma('pointed out'), 'point out');
  assert.equal(phrasalCueLemma('told reporters'), 'tell');
  assert.ok(takesClause('said') && takesClause('claimed') && takesClause('warns'));
  assert.ok(cueFlags('brand')?.as && cueFlags('describe')?.as);
  assert.ok(cueFlags('accuse')?.of);
  assert.ok(cueFlags('call')?.complement);
  assert.ok(cueFlags('tell')?.addressee);
  assert.ok(cueFlags('believe')?.weak && !cueFlags('say')?.weak);
  assert.ok(isNounCue('statement') && isNounCue('remarks') && isNounCue('interview') && isNounCue('claim'));
  assert.ok(isCuePhrase('according to') && isCuePhrase('In a statement'));
  assert.ok(isAnonymousSource('officials') && isAnonymousSource('a source') && isAnonymousSource('analysts'));
  assert.ok(isAnonymousSource('people familiar with the matter'));
  assert.ok(!isAnonymousSource('Boris Johnson'));
});

test('stop-caps: function words, starters, months and weekdays are not names', () => {
  assert.ok(isStopCap('However'));
  assert.ok(isStopCap('The'));
  assert.ok(isStopCap('Meanwhile') && isStopCap('Despite') && isStopCap('Speaking') && isStopCap('In'));
  assert.equal(stopCapKind('Monday'), 'weekday');
  assert.equal(stopCapKind('January'), 'month');
  assert.equal(stopCapKind('May'), 'month');
  assert.ok(!isStopCap('Kyiv') && !isStopCap('Zelensky') && !isStopCap('NATO'));
  assert.ok(!isStopCap('US'), 'the acronym is a place, not the pronoun');
  assert.ok(isStopCap('Us'));
  assert.ok(isCommonWord('Officials') && isCommonWord('talks') && isCommonWord('said'));
  assert.ok(!isCommonWord('Zelensky') && !isCommonWord('Kyiv'));
});

test('common words: inflections of listed words, one family of endings each', () => {
  // none of these forms is listed itself; their stems are ("agency", "box", "walk", "carry", "hope", "jump", "bake", "chairman")
  for (const w of ['agencies', 'Cities', 'boxes', 'taxes', 'walks', 'carried', 'studied', 'walked', 'hoped', 'jumping', 'baking', 'hiking', 'chairmen', 'firemen']) {
    assert.ok(isCommonWord(w), w);
  }
  // an ending whose stem is no listed word, and words too short for a stem
  for (const w of ['Zelenskys', 'Kyived', 'zorblaxing', 'Ashmen', 'ies', 'eds']) assert.ok(!isCommonWord(w), w);
});

test('known names and longest matches over tokens', () => {
  assert.ok(isKnownName('Kyiv') && isKnownName('NATO') && isKnownName('Keir'));
  assert.ok(!isKnownName('However'));
  assert.deepEqual(longestMatch('place', ['in', 'New', 'York', 'City', 'today'], 1), { length: 3, value: 'New York' });
  assert.deepEqual(longestMatch('place', ['West', 'Bank', 'settlers'], 0), { length: 2, value: 'West Bank' });
  assert.deepEqual(longestMatch('org', ['European', 'Union', 'leaders'], 0), { length: 2, value: 'European Union' });
  assert.deepEqual(longestMatch('role', ['Prime', 'Minister', 'Keir', 'Starmer'], 0), { length: 2, value: 'prime minister' });
  assert.deepEqual(longestMatch('role', ['Secretary-General', 'António'], 0), { length: 1, value: 'head' });
  assert.deepEqual(longestMatch('cue', ['according', 'to', 'officials'], 0), { length: 2, value: 'according to' });
  assert.deepEqual(longestMatch('cue', ['pointed', 'out', 'that'], 0), { length: 2, value: 'point out' });
  assert.deepEqual(longestMatch('cue', ['said', 'that'], 0), { length: 1, value: 'say' });
  assert.equal(longestMatch('place', ['However', 'the'], 0), undefined);
});

test('lex.cueFlags: the lexicon\'s answer, remembered as one frozen record per word', async () => {
  const lex = await import('../../src/core/lex');
  for (const w of ['say', 'said', 'accuse', 'branded', 'believe', 'pointed out', 'table', 'Said']) {
    assert.deepEqual(lex.cueFlags(w), cueFlags(w), w);
    assert.equal(lex.cueFlags(w), lex.cueFlags(w), w);
  }
  assert.equal(lex.cueFlags('table'), undefined);
  assert.ok(Object.isFrozen(lex.cueFlags('say')));
});
