// Hand-written word lists for the NER gazetteer. The large lists (countries, demonyms, cities,
// first names) are generated from npm packages by scripts/ner/build-gazetteer.ts into
// models/ner-gazetteer.json; these are the small ones no package covers well.

/** First-level divisions that news treats as political places (GPE). */
export const STATES: readonly string[] = [
  // US states
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  // Canada, Australia, UK nations
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'New Brunswick', 'Newfoundland', 'New South Wales', 'Victoria', 'Queensland', 'Tasmania',
  'South Australia', 'Western Australia', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  // frequent in international news
  'Crimea', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Chechnya', 'Dagestan', 'Tibet',
  'Xinjiang', 'Punjab', 'Kashmir', 'Kurdistan', 'Bavaria', 'Catalonia', 'Flanders', 'Wallonia',
  'Sicily', 'Sardinia', 'Corsica', 'Aceh', 'Papua', 'Mindanao', 'Darfur', 'Tigray', 'Idlib',
  'Gaza', 'West Bank', 'Gaza Strip', 'Golan Heights', 'Transnistria', 'Abkhazia', 'South Ossetia',
];

/** Regions, continents, seas, rivers, mountains: LOC (not GPE). */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Antarctica', 'Oceania', 'Australasia', 'Eurasia', 'Middle East', 'Near East', 'Far East',
  'Balkans', 'Baltics', 'Caucasus', 'North Caucasus', 'Scandinavia', 'Siberia', 'Sahara', 'Sahel',
  'Maghreb', 'Levant', 'Persian Gulf', 'Gulf', 'Arabian Peninsula', 'Horn of Africa',
  'Southeast Asia', 'South Asia', 'Central Asia', 'East Asia', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'West Africa', 'East Africa',
  'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Caribbean', 'Pacific', 'Atlantic',
  'Arctic', 'Mediterranean', 'Baltic Sea', 'Black Sea', 'Red Sea', 'Caspian Sea', 'North Sea',
  'South China Sea', 'East China Sea', 'Sea of Azov', 'Dead Sea', 'Indian Ocean', 'Pacific Ocean',
  'Atlantic Ocean', 'Arctic Ocean', 'Southern Ocean', 'Strait of Hormuz', 'Bosphorus',
  'Taiwan Strait', 'Suez Canal', 'Panama Canal', 'English Channel', 'Gulf of Mexico',
  'Gulf of Aden', 'Himalayas', 'Alps', 'Andes', 'Urals', 'Amazon', 'Nile', 'Danube', 'Rhine',
  'Euphrates', 'Tigris', 'Jordan River', 'Dnipro', 'Dnieper', 'Volga', 'Yangtze', 'Mekong',
  'Mississippi River', 'Korean Peninsula', 'Indo-Pacific', 'Midwest', 'New England',
  'Deep South', 'West Coast', 'East Coast', 'Silicon Valley', 'Wall Street', 'Donbas', 'Donbass',
  'Sinai', 'Negev', 'Anatolia', 'Patagonia', 'Kurdistan Region',
];

/** Words that end or head organisation names. */
export const ORG_WORDS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'LLC',
  'Plc', 'PLC', 'plc', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'AB', 'ASA', 'SpA', 'BV', 'Group',
  'Holdings', 'Holding', 'Bank', 'Bancorp', 'Airlines', 'Airways', 'Motors', 'Industries',
  'Partners', 'Capital', 'Securities', 'Investments', 'Insurance', 'Energy', 'Oil', 'Petroleum',
  'Telecom', 'Communications', 'Systems', 'Technologies', 'Pharmaceuticals', 'Foods', 'Stores',
  'Ministry', 'Department', 'Agency', 'Office', 'Commission', 'Committee', 'Council', 'Parliament',
  'Assembly', 'Senate', 'Congress', 'Court', 'Tribunal', 'Party', 'Front', 'Movement', 'Alliance',
  'Union', 'Federation', 'Association', 'Organisation', 'Organization', 'Institute', 'Foundation',
  'University', 'College', 'School', 'Academy', 'Church', 'Club', 'FC', 'United', 'City',
  'Rovers', 'Wanderers', 'Athletic', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Guard',
  'Service', 'Services', 'Authority', 'Board', 'Bureau', 'Secretariat', 'Exchange', 'Times',
  'News', 'Post', 'Journal', 'Herald', 'Press', 'Agency', 'Television', 'Radio', 'Network',
];

/** Titles and role words that precede person names. */
export const TITLES: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord',
  'Lady', 'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.',
  'Rep.', 'Gov.', 'Governor', 'Mayor', 'General', 'Gen.', 'Lt.', 'Col.', 'Colonel', 'Major',
  'Captain', 'Capt.', 'Admiral', 'Sergeant', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Ayatollah', 'Sheikh', 'Judge', 'Justice',
  'Ambassador', 'Envoy', 'Spokesman', 'Spokeswoman', 'spokesman', 'spokeswoman', 'Chairman',
  'chairman', 'Director', 'director', 'Commissioner', 'Speaker', 'Leader', 'leader', 'coach',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'Premier', 'premier', 'Deputy', 'deputy',
  'President-elect', 'Chief', 'chief', 'Officer', 'officer', 'Minister', 'minister', 'president',
  'secretary', 'ambassador', 'envoy', 'analyst', 'Foreign', 'Defence', 'Defense', 'Mrs', 'Miss',
];

/** Country aliases that the country package does not list. */
export const COUNTRY_ALIASES: Record<string, string> = {
  'U.S.': 'United States', 'U.S': 'United States', 'US': 'United States', 'USA': 'United States',
  'U.S.A.': 'United States', 'America': 'United States', 'United States of America': 'United States',
  'UK': 'United Kingdom', 'U.K.': 'United Kingdom', 'Britain': 'United Kingdom',
  'Great Britain': 'United Kingdom', 'Russian Federation': 'Russia', 'Soviet Union': 'Soviet Union',
  'USSR': 'Soviet Union', 'North Korea': 'North Korea', 'South Korea': 'South Korea',
  'DPRK': 'North Korea', 'Czech Republic': 'Czechia', 'Holland': 'Netherlands',
  'Ivory Coast': 'Ivory Coast', 'Burma': 'Myanmar', 'Zaire': 'DR Congo', 'Yugoslavia': 'Yugoslavia',
  'Czechoslovakia': 'Czechoslovakia', 'East Germany': 'East Germany', 'West Germany': 'West Germany',
  'UAE': 'United Arab Emirates', 'Emirates': 'United Arab Emirates', 'Vatican': 'Vatican City',
  'PRC': 'China', 'Mainland China': 'China', 'Turkiye': 'Turkey', 'Türkiye': 'Turkey',
};

/** Demonyms the country package does not list, with their country (or group). */
export const DEMONYM_EXTRA: Record<string, string> = {
  'Briton': 'United Kingdom', 'Britons': 'United Kingdom', 'Brit': 'United Kingdom',
  'Brits': 'United Kingdom', 'English': 'United Kingdom', 'Englishman': 'United Kingdom',
  'Scottish': 'United Kingdom', 'Scot': 'United Kingdom', 'Scots': 'United Kingdom',
  'Welsh': 'United Kingdom', 'Soviet': 'Soviet Union', 'Soviets': 'Soviet Union',
  'Yugoslav': 'Yugoslavia', 'Czechoslovak': 'Czechoslovakia', 'Kurd': 'Kurdistan',
  'Kurds': 'Kurdistan', 'Kurdish': 'Kurdistan', 'Arab': 'Arab world', 'Arabs': 'Arab world',
  'Arabian': 'Arab world', 'Palestinian': 'Palestine', 'Palestinians': 'Palestine',
  'Israeli': 'Israel', 'Israelis': 'Israel', 'Emirati': 'United Arab Emirates',
  'Emiratis': 'United Arab Emirates', 'Saudi': 'Saudi Arabia', 'Saudis': 'Saudi Arabia',
  'Filipino': 'Philippines', 'Filipinos': 'Philippines', 'Philippine': 'Philippines',
  'Dutch': 'Netherlands', 'Dutchman': 'Netherlands', 'Swiss': 'Switzerland', 'French': 'France',
  'Frenchman': 'France', 'Chinese': 'China', 'Japanese': 'Japan', 'Vietnamese': 'Vietnam',
  'Lebanese': 'Lebanon', 'Sudanese': 'Sudan', 'Portuguese': 'Portugal', 'Taiwanese': 'Taiwan',
  'Congolese': 'DR Congo', 'Burmese': 'Myanmar', 'Afghan': 'Afghanistan', 'Afghans': 'Afghanistan',
  'Ukrainian': 'Ukraine', 'Ukrainians': 'Ukraine', 'Belarusian': 'Belarus', 'Belarusians': 'Belarus',
  'Bosnian': 'Bosnia and Herzegovina', 'Bosnians': 'Bosnia and Herzegovina', 'Serb': 'Serbia',
  'Serbs': 'Serbia', 'Croat': 'Croatia', 'Croats': 'Croatia', 'Turkish': 'Turkey', 'Turk': 'Turkey',
  'Turks': 'Turkey', 'Pole': 'Poland', 'Poles': 'Poland', 'Dane': 'Denmark', 'Danes': 'Denmark',
  'Swede': 'Sweden', 'Swedes': 'Sweden', 'Finn': 'Finland', 'Finns': 'Finland', 'Spaniard': 'Spain',
  'Spaniards': 'Spain', 'Spanish': 'Spain', 'Iraqi': 'Iraq', 'Iraqis': 'Iraq', 'Irish': 'Ireland',
  'Kosovar': 'Kosovo', 'Kosovars': 'Kosovo', 'European': 'Europe', 'Europeans': 'Europe',
  'African': 'Africa', 'Africans': 'Africa', 'Asian': 'Asia', 'Asians': 'Asia',
  'Latino': 'Latin America', 'Latinos': 'Latin America', 'Hispanic': 'Latin America',
  'Persian': 'Iran', 'Tibetan': 'Tibet', 'Tibetans': 'Tibet', 'Uyghur': 'China', 'Uighur': 'China',
  'Chechen': 'Russia', 'Chechens': 'Russia', 'Basque': 'Spain', 'Catalan': 'Spain',
  'Flemish': 'Belgium', 'Walloon': 'Belgium', 'Texan': 'United States', 'Californian': 'United States',
  'Pakistani': 'Pakistan', 'Pakistanis': 'Pakistan', 'Bangladeshi': 'Bangladesh', 'Thai': 'Thailand',
  'Nepali': 'Nepal', 'Nepalese': 'Nepal', 'Sri Lankan': 'Sri Lanka', 'Yemeni': 'Yemen',
  'Yemenis': 'Yemen', 'Omani': 'Oman', 'Qatari': 'Qatar', 'Qataris': 'Qatar', 'Kuwaiti': 'Kuwait',
  'Bahraini': 'Bahrain', 'Somali': 'Somalia', 'Somalis': 'Somalia', 'Malian': 'Mali',
  'Moroccan': 'Morocco', 'Algerian': 'Algeria', 'Tunisian': 'Tunisia', 'Libyan': 'Libya',
  'Libyans': 'Libya', 'Syrian': 'Syria', 'Syrians': 'Syria', 'Iranian': 'Iran', 'Iranians': 'Iran',
};

/** Well-known organisations in international news (names and acronyms). */
export const ORGANISATIONS: readonly string[] = [
  'United Nations', 'UN', 'U.N.', 'Security Council', 'General Assembly', 'UNESCO', 'UNICEF', 'UNHCR',
  'World Health Organization', 'WHO', 'IAEA', 'International Atomic Energy Agency', 'NATO', 'Nato',
  'European Union', 'EU', 'European Commission', 'European Parliament', 'European Central Bank', 'ECB',
  'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'World Trade Organization', 'OPEC',
  'OSCE', 'ASEAN', 'African Union', 'Arab League', 'G7', 'G20', 'BRICS', 'Interpol', 'Europol',
  'International Criminal Court', 'ICC', 'International Court of Justice', 'ICJ', 'Red Cross', 'ICRC',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban',
  'Islamic State', 'ISIS', 'ISIL', 'al-Qaeda', 'Al Qaeda', 'Houthis', 'Wagner', 'Wagner Group',
  'Kremlin', 'Pentagon', 'State Department', 'White House', 'Congress', 'Senate', 'House of Representatives',
  'Supreme Court', 'FBI', 'CIA', 'NSA', 'Federal Reserve', 'Fed', 'SEC', 'Downing Street', 'Foreign Office',
  'Bundestag', 'Duma', 'State Duma', 'Knesset', 'Politburo', 'Communist Party', 'Democratic Party',
  'Republican Party', 'Democrats', 'Republicans', 'Labour', 'Labour Party', 'Conservative Party',
  'Tories', 'IDF', 'Israel Defense Forces', 'Revolutionary Guards', 'IRGC', 'FSB', 'KGB', 'Mossad',
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'Al Jazeera',
  'TASS', 'Tass', 'RIA Novosti', 'Interfax', 'Xinhua', 'Bloomberg', 'New York Times', 'Washington Post',
  'Wall Street Journal', 'Financial Times', 'The Guardian', 'Fox News', 'NBC', 'CBS', 'ABC', 'Politico',
  'Gazprom', 'Rosneft', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla',
  'Boeing', 'Airbus', 'Toyota', 'Volkswagen', 'Samsung', 'Huawei', 'Shell', 'BP', 'ExxonMobil', 'Exxon',
];

/** AP abbreviations of US states (and D.C.), without the final period: "Conn." / "Conn" -> Conn. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'N.H', 'N.J', 'N.M',
  'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'Penn', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Vt', 'Va',
  'Wash', 'W.Va', 'Wis', 'Wyo', 'D.C',
]);

/** Head words of place names ("Cameron Parish", "Howard Beach", "Harris County"): a gazetteer category of their own. */
export const PLACE_WORDS: readonly string[] = [
  'County', 'Counties', 'Parish', 'Township', 'Borough', 'Beach', 'Lake', 'Lakes', 'River', 'Valley',
  'Springs', 'Heights', 'Falls', 'Bay', 'Island', 'Islands', 'Mountain', 'Mountains', 'Harbor', 'Harbour',
  'Creek', 'Canyon', 'Desert', 'Plateau', 'Province', 'Prefecture', 'District', 'Peninsula',
];
