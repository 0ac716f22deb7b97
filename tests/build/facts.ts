/**
 * Every fact of the source article, as inventoried in
 * ../shared/source/NOTES.md, as a pattern to find in the text of the built
 * site. Numbers are written as the site renders them (en-GB: "7,500",
 * "743,897.5"); dates match "21 May 1980", "May 21, 1980" and "1980-05-21";
 * wording the site is free to choose is matched loosely (`near`). Counts that
 * only a table shows (17 pairs in Table 2, 7 regions in Table 1) are checked
 * by the table tests in real-report.test.ts.
 */

export interface Fact {
  /** The fact, as a reader would state it: the name of its test. */
  fact: string;
  pattern: RegExp;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date as prose or ISO writes it; without a day, the month and year. */
export function date(year: number, month: number, day?: number): RegExp {
  const name = months[month - 1] ?? '';
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return new RegExp(`\\b(?:${name} ${year}|${year}-${mm})\\b`);
  const dd = String(day).padStart(2, '0');
  return new RegExp(
    `\\b(?:${day}(?:st|nd|rd|th)? (?:of )?${name},? ${year}|${name} ${day}(?:st|nd|rd|th)?,? ${year}|${year}-${mm}-${dd})\\b`,
  );
}

/** A phrase, case-insensitive, as a whole word sequence. */
export function words(text: string): RegExp {
  return new RegExp(`(?<![\\w-])${esc(text)}(?![\\w-])`, 'i');
}

/** `a` and `b` within `distance` characters of each other, in either order (case-insensitive). */
export function near(a: RegExp | string, b: RegExp | string, distance = 80): RegExp {
  const src = (x: RegExp | string): string => (typeof x === 'string' ? esc(x) : x.source);
  return new RegExp(`(?:${src(a)})[\\s\\S]{0,${distance}}?(?:${src(b)})|(?:${src(b)})[\\s\\S]{0,${distance}}?(?:${src(a)})`, 'i');
}

/** A number as the site renders it, not inside a longer number. */
export function num(shown: string): RegExp {
  return new RegExp(`(?<![\\d.,])${esc(shown)}(?![\\d]|[.,]\\d)`);
}

const dash = '\\s?[–-]\\s?';
const percent = (n: number): RegExp => new RegExp(`(?<![\\d.])${n}(?:\\.\\d+)?\\s?(?:%|per ?cent)`, 'i');

export const facts: Fact[] = [
  // The article
  {
    fact: 'the article: Kazakhstan-Russian Cross-Border Cooperation (Trade-Economic Aspect)',
    pattern: /Kazakhstan[-–]Russian Cross[-–]Border Cooperation \(Trade[-–]Economic Aspect\)/i,
  },
  ...['Nursultanova', 'Ospanova', 'Kilybayeva', 'Azmukhanova', 'Moldaliyeva'].map((name) => ({
    fact: `author: ${name}`,
    pattern: words(name),
  })),
  { fact: 'affiliation: L. N. Gumilyov Eurasian National University', pattern: /Gumilyov Eurasian National University/ },
  { fact: 'affiliation in Astana', pattern: near(/Gumilyov/, /Astana/, 120) },
  { fact: 'references retrieved in August 2016', pattern: /\b(?:\d{1,2} )?August(?: \d{1,2},)? 2016\b|\b2016-08\b/ },

  // Border regions
  ...['Atyrau', 'Aktobe', 'East Kazakhstan', 'West Kazakhstan', 'Kostanay', 'Pavlodar', 'North Kazakhstan'].map((name) => ({
    fact: `Kazakh border region: ${name}`,
    pattern: new RegExp(esc(name).replace(' ', '[- ]')),
  })),
  { fact: 'Russian border region: Altai Republic', pattern: /Altai Republic|Republic of Altai/ },
  { fact: 'Russian border region: Altai Krai', pattern: /Altai Krai|Altai Territory/ },
  ...['Astrakhan', 'Volgograd', 'Kurgan', 'Novosibirsk', 'Orenburg', 'Omsk', 'Samara', 'Saratov', 'Tyumen', 'Chelyabinsk'].map((name) => ({
    fact: `Russian border region: ${name}`,
    pattern: words(name),
  })),
  { fact: '7 Kazakh border regions', pattern: near(/\b(?:7|seven)\b/, /regions/, 40) },
  { fact: '12 Russian border regions', pattern: near(/\b(?:12|twelve)\b/, /regions/, 40) },
  { fact: 'more than 32 million people in the border area', pattern: /\b32 million\b/ },

  // Table 1: population at the beginning of 2015
  ...['581,473', '822,522', '1,395,324', '629,951', '881,456', '755,778', '571,759'].map((n) => ({
    fact: `Table 1 population: ${n}`,
    pattern: num(n),
  })),
  { fact: 'Table 1 total: 5,638,263', pattern: num('5,638,263') },
  { fact: 'Table 1 counts the population at the beginning of 2015', pattern: /\b(?:beginning|start) of 2015\b/i },

  // Table 2: exports of Kazakhstan to Russia by pair of border regions, 2014, thousand US dollars
  ...[
    '45,422.0',
    '2,461.0',
    '543.6',
    '5,914.9',
    '5,727.5',
    '4,094.6',
    '3,642.7',
    '3,042.7',
    '743,897.5',
    '5,719.6',
    '4,588.7',
    '9,510.4',
    '8,084.7',
    '6,702.1',
    '937.8',
    '17,354.1',
    '2,556.6',
  ].map((n) => ({
    fact: `Table 2 flow: ${n}`,
    pattern: num(n),
  })),
  { fact: 'Table 2 total: 870,200.5', pattern: num('870,200.5') },
  { fact: 'Table 2 is in thousand US dollars', pattern: /thousand (?:US dollars|USD)/i },
  { fact: 'Kostanay to Chelyabinsk is about 85% of the exports', pattern: percent(85) },

  // Headline figures
  { fact: 'about 7,500 km of common border', pattern: /\b7,500\s?(?:km|kilomet)/i },
  { fact: 'Russia 1st and Kazakhstan 9th in the world by territory', pattern: near(/\b(?:1st|first)\b/, /\b(?:9th|ninth)\b/, 80) },
  { fact: 'mutual trade about 21 billion USD a year', pattern: /\b21 billion\b/ },
  { fact: 'about 20% of Kazakhstan’s foreign trade', pattern: near(percent(20), /foreign trade/, 120) },
  { fact: 'border regions about 70% of the mutual turnover', pattern: near(percent(70), /turnover|trade/, 120) },
  { fact: 'about 5,600 enterprises with Russian capital', pattern: near(/\b5,600\b/, /enterprises|companies|firms/, 60) },
  { fact: '20 large joint projects under the Industrialization Map', pattern: near(/\b(?:20|twenty)\b/, /Industriali[sz]ation Map/, 150) },
  { fact: '4 projects being implemented', pattern: near(/\b(?:4|four)\b/, /implement/, 60) },
  { fact: '3 projects in the long term', pattern: near(/\b(?:3|three)\b/, /long[- ]term/, 60) },
  { fact: 'Russian investment in Kazakhstan over 9 billion USD', pattern: /\b9 billion\b/ },
  { fact: 'Kazakh investment in Russia over 3 billion USD', pattern: /(?<![\d.,])3 billion\b/ },
  { fact: 'over 300 documents in the treaty base', pattern: near(/\b300\b/, /documents|treat/, 80) },
  { fact: 'over 240 interregional agreements', pattern: near(/\b240\b/, /agreements/, 60) },
  { fact: 'in 2014 over 70 bilateral documents', pattern: near(/\b70\b/, /documents/, 60) },
  { fact: '35 export contracts', pattern: near(/\b35\b/, /export/, 60) },
  { fact: '10 commercial contracts', pattern: near(/\b(?:10|ten)\b/, /commercial/, 60) },
  { fact: '28 memoranda and protocols', pattern: near(/\b28\b/, /memorand/, 60) },
  { fact: 'XII Forum: all Kazakh regions and 76 Russian subjects', pattern: near(/\b76\b/, /Russia/, 60) },
  { fact: 'XI Forum: 30 companies', pattern: near(/\b(?:30|thirty)\b/, /compan/, 60) },

  // Legal instruments: multilateral
  { fact: 'European Outline Convention on Transfrontier Co-operation', pattern: /Outline Convention on Transfrontier Co-?operation/i },
  { fact: 'the Outline Convention of 21 May 1980', pattern: date(1980, 5, 21) },
  { fact: 'Council of Europe', pattern: /Council of Europe/ },
  { fact: 'Russia ratified the Outline Convention in 2002', pattern: near(/ratif/, /\b2002\b/, 80) },
  { fact: 'CIS concept of interregional and cross-border cooperation, 15 September 2004', pattern: date(2004, 9, 15) },
  { fact: 'CIS convention on cross-border cooperation, 10 October 2008', pattern: date(2008, 10, 10) },
  { fact: 'Kazakhstan signed and ratified the CIS convention, 16 February 2010', pattern: date(2010, 2, 16) },
  { fact: 'IV session of the CIS Council, April 2015', pattern: date(2015, 4) },
  { fact: 'the IV (fourth) session', pattern: near(/\b(?:IV|fourth|4th)\b/, /session|meeting/, 40) },
  { fact: 'draft concept of CIS cooperation until 2020', pattern: near(/draft/, /\b2020\b/, 120) },
  { fact: 'CIS agreement on mineral resources, 31 May 2001', pattern: date(2001, 5, 31) },
  { fact: 'mineral resources', pattern: /mineral resources/i },
  { fact: 'Kazakhstan joined the mineral resources agreement, 14 February 2005', pattern: date(2005, 2, 14) },

  // Legal instruments: bilateral
  { fact: 'Treaty of Friendship, Cooperation and Mutual Assistance', pattern: /Friendship, Co-?operation and Mutual Assistance/i },
  { fact: 'the 1992 treaty of 25 May 1992', pattern: date(1992, 5, 25) },
  { fact: 'Treaty on Good-Neighbourliness and Alliance in the 21st century', pattern: /Good[- ]?Neighbou?rl(?:i|y)ness and Alliance/i },
  { fact: 'the 2013 treaty of 11 November 2013', pattern: date(2013, 11, 11) },
  { fact: 'the 2013 treaty in force from 22 December 2014', pattern: date(2014, 12, 22) },
  { fact: 'Joint Action Plan for 2013–2015', pattern: new RegExp(`\\b2013${dash}(?:20)?15\\b`) },
  { fact: 'the plan signed on 19 December 2012', pattern: date(2012, 12, 19) },
  { fact: 'the plan signed in Moscow', pattern: words('Moscow') },
  { fact: 'agreement on cooperation of border areas, 26 January 1995', pattern: date(1995, 1, 26) },
  { fact: 'cross-border cooperation of regions for 1999–2007', pattern: new RegExp(`\\b1999${dash}(?:20)?07\\b`) },
  { fact: 'the 1999–2007 agreement of 24 September 1999', pattern: date(1999, 9, 24) },
  { fact: 'intergovernmental agreement on interregional and cross-border cooperation, 7 September 2010', pattern: date(2010, 9, 7) },
  { fact: 'programme of 1995', pattern: near(/programm/, /\b1995\b/, 200) },
  { fact: 'programme for 2012–2017', pattern: new RegExp(`\\b2012${dash}(?:20)?17\\b`) },
  { fact: 'the 2012–2017 programme of 15 September 2011', pattern: date(2011, 9, 15) },
  { fact: 'interagency agreement of the ministries of internal affairs', pattern: /internal affairs/i },
  { fact: 'the internal affairs agreement of 6 July 1998', pattern: date(1998, 7, 6) },
  { fact: 'agreement on trans-boundary waters', pattern: /trans-?boundary water/i },
  { fact: 'the 1992 water agreement of 27 August 1992 (replaced in 2010)', pattern: date(1992, 8, 27) },

  // Legal instruments: national and regional
  { fact: 'Kazakh law on the regulation of trade activity', pattern: /trade activit/i },
  { fact: 'the trade law of 12 April 2004', pattern: date(2004, 4, 12) },
  { fact: 'the trade law is No. 544', pattern: num('544') },
  { fact: 'the source numbers it 1544', pattern: num('1544') },
  { fact: 'item 26 "Border trade"', pattern: near(/\b26\b/, /border trade/, 60) },
  { fact: 'government decree No. 272', pattern: num('272') },
  { fact: 'the decree of 5 May 2007', pattern: date(2007, 5, 5) },
  { fact: 'Russia’s concept of cross-border cooperation, 9 February 2009', pattern: date(2009, 2, 9) },
  { fact: 'Kazakhstan’s foreign policy concept for 2014–2020', pattern: new RegExp(`\\b2014${dash}(?:20)?20\\b`) },
  { fact: 'the foreign policy concept approved on 21 January 2014', pattern: date(2014, 1, 21) },
  { fact: 'draft federal law "On cross-border cooperation"', pattern: /draft federal law [“"«‘]On cross-border cooperation/i },
  { fact: 'the draft was submitted to the State Duma', pattern: /State Duma/ },
  { fact: 'by the Federation Council', pattern: /Federation Council/ },
  { fact: 'regional agreement: Bashkortostan', pattern: words('Bashkortostan') },
  { fact: 'regional agreement: Tatarstan', pattern: words('Tatarstan') },
  { fact: 'with the akimat of Atyrau region', pattern: /akimat/i },

  // Institutions
  { fact: 'Intergovernmental Commission', pattern: /Intergovernmental Commission/i },
  { fact: 'the Commission established on 28 June 1999', pattern: date(1999, 6, 28) },
  { fact: 'its Sub-Commission on cross-border cooperation', pattern: /Sub-?commission/i },
  {
    fact: 'CIS Council for interregional and cross-border cooperation',
    pattern: /Council (?:for|on) (?:inter-?regional|interregional and cross-border)/i,
  },
  { fact: 'chaired by Timur Zhaksylykov', pattern: words('Zhaksylykov') },
  { fact: 'Vice-Minister of National Economy', pattern: /Vice[- ]Minister of (?:the )?National Economy/i },
  { fact: 'Russian-Kazakh Business Council', pattern: /Business Council/ },
  { fact: 'the Business Council founded in September 2006', pattern: date(2006, 9) },
  { fact: 'joint commission on trans-boundary waters', pattern: near(/commission/, /water/, 80) },
  ...['Ishim', 'Irtysh', 'Tobol', 'Ural', 'Bolshoy'].map((river) => ({ fact: `basin working group: ${river}`, pattern: words(river) })),
  { fact: 'basin working group: Maly Uzen', pattern: /Maly ?Uzen/ },
  { fact: 'Atameken National Chamber of Entrepreneurs', pattern: words('Atameken') },
  { fact: 'Chamber of Commerce and Industry of the Russian Federation', pattern: /Chamber of Commerce (?:and|&) Industry/i },
  { fact: 'S. N. Katyrin, its president', pattern: words('Katyrin') },
  { fact: 'Eurasian Economic Commission', pattern: /Eurasian Economic Commission/ },
  { fact: 'Russian trade mission (Commercial Agency) in Kazakhstan', pattern: /Trade (?:Mission|Representation)|Commercial Agency/i },

  // Forums of interregional cooperation
  { fact: 'I Forum: Omsk, 2003', pattern: near(/Omsk/, /\b2003\b/, 150) },
  { fact: 'the first forum in April 2003', pattern: date(2003, 4) },
  { fact: 'the first forum in May 2003 (section 4.2)', pattern: /\bMay\b[\s\S]{0,120}?\b2003\b|\b2003\b[\s\S]{0,120}?\bMay\b/ },
  { fact: 'VI Forum: Orenburg, 2009', pattern: near(/Orenburg/, /\b2009\b/, 150) },
  { fact: 'forum in Pavlodar, 2012', pattern: near(/Pavlodar/, /\b2012\b/, 150) },
  { fact: 'X Forum: Yekaterinburg, 2013', pattern: near(/Yekaterinburg/, /\b2013\b/, 150) },
  { fact: 'XI Forum: Atyrau, September 2014', pattern: date(2014, 9) },
  { fact: 'XI Forum theme: innovations in the hydrocarbon field', pattern: /Innovations in the hydrocarbon field/i },
  { fact: 'XII Forum: Sochi, September 2015', pattern: near(/Sochi/, /\b2015\b/, 150) },
  { fact: 'XII Forum in September 2015', pattern: date(2015, 9) },
  { fact: 'XII Forum theme: agro-industrial complex', pattern: /agro-?industrial/i },
  { fact: 'XII Forum theme: food security', pattern: /food (?:supply )?security/i },
  { fact: 'XIII Forum: Astana, 2016 (planned)', pattern: near(/Astana/, /\b2016\b/, 150) },
  { fact: 'XIII Forum in autumn', pattern: /autumn/i },
  { fact: 'non-border regions take part since the V Forum', pattern: /\b(?:V|fifth|5th) Forum/i },
  { fact: 'I Forum topics: the Caspian Sea', pattern: words('Caspian') },
  { fact: 'forum topics: the Baikonur complex', pattern: words('Baikonur') },
  { fact: 'VI Forum: joint venture for Karachaganak gas', pattern: words('Karachaganak') },
  { fact: 'at the Orenburg Gas Plant', pattern: /Orenburg Gas/ },
  { fact: 'Pavlodar forum: Samruk-Energo', pattern: /Samruk-Energo/ },
  { fact: 'and INTER RAO', pattern: /INTER RAO/i },
  { fact: 'power unit at Ekibastuz', pattern: words('Ekibastuz') },
  { fact: 'XI Forum: nuclear power plant', pattern: /nuclear power (?:plant|station)/i },
  { fact: 'XI Forum: gas-chemical cluster in Orenburg region', pattern: /gas-?chemical/i },
  { fact: 'peaceful use of atomic energy', pattern: /peaceful (?:use|application) of (?:atomic|nuclear) energy/i },
  { fact: 'President Putin', pattern: words('Putin') },
  { fact: 'President Nazarbayev', pattern: /Nazarba(?:y)?ev/ },
  { fact: 'Nazarbayev at the X Forum: neighbours are not chosen', pattern: near(/neighbou?rs/, /chosen|choose/, 60) },

  // Integration milestones
  { fact: 'Customs Union, 2010', pattern: near(/Customs Union/, /\b2010\b/, 80) },
  { fact: 'Common Economic Space, 2012', pattern: near(/Common Economic Space/, /\b2012\b/, 80) },
  { fact: 'Eurasian Economic Union', pattern: /Eurasian Economic Union/ },
  { fact: 'the Eurasian Economic Union from 1 January 2015', pattern: date(2015, 1, 1) },

  // 4.3: factors, challenges and opportunities; 5: recommendations
  { fact: 'the "heartland" of Eurasia', pattern: /heartland/i },
  { fact: 'visa-free movement', pattern: /visa-?free/i },
  { fact: 'threat: drug trafficking', pattern: /drug/i },
  { fact: 'threat: illegal migration', pattern: /illegal migration/i },
  { fact: 'threat: smuggling', pattern: /smuggling/i },
  { fact: 'Novosibirsk region as Chernobay’s example', pattern: near(/Chernobay/, /Novosibirsk/, 300) },
  { fact: 'Muzaparova, p. 134', pattern: near(/Muzaparova/, /\b134\b/, 300) },
  { fact: 'Russia in Central Asia', pattern: /Central Asia/ },
  { fact: 'French Center for International Studies', pattern: /Cent(?:er|re) for International Studies|\bCERI\b/ },
  { fact: 'recommendation: study euroregions', pattern: /euro-?regions?/i },
  { fact: 'recommendation: East Asian growth poles', pattern: /growth poles|poles of (?:economic )?growth/i },
  { fact: 'recommendation: a law on cross-border cooperation in Kazakhstan', pattern: /\blaw on cross-border cooperation/i },
  {
    fact: 'forecast: cross-border ties may become the locomotive of interstate cooperation',
    pattern: near(/locomotive|engine|driving force/, /cooperation/, 80),
  },

  // Scholars cited, with the source's spellings
  ...['Tursunbaeva', 'Dzhaganova', 'Muzaparova', 'Vardomsky', 'Golunova', 'Zhundubaev', 'Chernobay', 'Tinguy', 'Balci', 'Sultanov'].map(
    (name) => ({
      fact: `scholar cited: ${name}`,
      pattern: words(name),
    }),
  ),
  ...['Tursunbayeva', 'Vardomskiy', 'Zhundubayeva', 'Zhundybaev', 'Katyryn', 'A. Ting'].map((name) => ({
    fact: `spelling variant noted: ${name}`,
    pattern: words(name),
  })),

  // Where the source is inconsistent or implausible (NOTES.md 1–9)
  { fact: 'note: the memorandum given as "900 billion dollars"', pattern: /\b900 billion\b/ },
  { fact: 'note: Ekibastuz GRES-2 called "hydro-electric"', pattern: /hydro-?electric/i },
  { fact: 'note: it is a coal-fired thermal power station', pattern: /coal/i },
  { fact: 'note: oil transit "more than 20 billion tons"', pattern: /\b20 billion (?:tons|tonnes)\b/i },
  { fact: 'note: the parts of the 2014 documents add up to 73', pattern: num('73') },
  { fact: 'note: "not entitled to use this potential"', pattern: /not entitled/i },
  { fact: 'note: Table 1 covers Kazakhstan only', pattern: near(/32 million/, /Kazakh/, 300) },

  // Where the source disagrees with primary sources (NOTES.md 10–13, issue 9 section 5)
  { fact: 'the Russian Concept was approved by order No. 196-r', pattern: /\b196-r\b/ },
  { fact: 'of 9 February 2001', pattern: date(2001, 2, 9) },
  { fact: 'order No. 2577-r of 7 October 2020 replaced it', pattern: near(/\b2577-r\b/, date(2020, 10, 7), 200) },
  { fact: 'the CIS Concept was approved by the Council of Heads of Government', pattern: /Council of Heads of Government/ },
  { fact: 'the CIS Convention was signed in Bishkek', pattern: near(/Bishkek/, date(2008, 10, 10), 120) },
  { fact: 'Kazakhstan ratified it by Law No. 250-IV', pattern: /\b250-IV\b/ },
  { fact: 'the ratification law is dated 17 February 2010', pattern: date(2010, 2, 17) },
  { fact: 'note: "¹ 4" is a mis-decoded "№ 4"', pattern: near(/¹ 4/, /№ 4/, 60) },
  { fact: 'note: the Windows-1251 byte for "№" is "¹" in Latin-1', pattern: /Windows-1251/ },
  { fact: 'note: "1544" is very likely "№544"', pattern: near(/1544/, /№544/, 60) },
  { fact: 'spelling variant noted: Nazarbaev', pattern: words('Nazarbaev') },
  { fact: 'the article calls it the "Joint Operating Plan"', pattern: /Joint Operating Plan/ },
  { fact: 'the press statement was accessed on 15 and 19 August 2016', pattern: near(date(2016, 8, 15), date(2016, 8, 19), 80) },
];

/**
 * The corrections of issue 9, section 5: each is an editorial note shown on
 * `page` right after the claim it qualifies (the element before the note
 * matches `claim`), saying what `says` matches and linking to each of
 * `checkedAgainst` in the bibliography. `prose` patterns must be in the
 * chapter's text, `notInProse` must not (a drift of our own, corrected).
 */
export interface Correction {
  finding: string;
  page: string;
  /** The editorial note that makes the correction, with the claim it follows; absent for a drift of our own fixed in the text. */
  note?: { id: string; claim: RegExp; says: RegExp[]; checkedAgainst: string[] };
  prose?: RegExp[];
  notInProse?: RegExp[];
}

export const corrections: Correction[] = [
  {
    finding:
      'the Russian Concept is dated 2009 in the article; order No. 196-r of 9 February 2001 approved it, order No. 2577-r replaced it',
    page: '/chapters/legal-framework/',
    note: {
      id: 'ru-concept-date',
      claim: date(2009, 2, 9),
      says: [/\b196-r\b/, date(2001, 2, 9), /\b2577-r\b/, date(2020, 10, 7)],
      checkedAgainst: ['ru-government-order-2577r-2020'],
    },
  },
  {
    finding: 'the CIS Concept was approved by the Council of Heads of Government, not of State',
    page: '/chapters/legal-framework/',
    note: {
      id: 'cis-concept-approving-body',
      claim: /Council of Heads of Government/,
      says: [/Council of Heads of State/, /Council of Heads of Government/],
      checkedAgainst: ['cis-decision-concept-2004'],
    },
    prose: [/the Council of Heads of State approved/],
  },
  {
    finding: 'the CIS Convention was signed in Bishkek in 2008 and ratified by Kazakhstan by Law No. 250-IV of 17 February 2010',
    page: '/chapters/legal-framework/',
    note: {
      id: 'cis-convention-ratification',
      claim: /250-IV/,
      says: [/signed and ratified/, date(2010, 2, 16), /Bishkek/, date(2008, 10, 10), /250-IV/, date(2010, 2, 17)],
      checkedAgainst: ['kz-law-250-iv-2010', 'cis-convention-2008-text'],
    },
    prose: [near(/signed and ratified/, date(2010, 2, 16), 60)],
  },
  {
    finding: 'the 4 and 3 Industrialization Map projects are among the 20, not additional to them',
    page: '/chapters/potential-factors/',
    note: {
      id: 'industrialization-map-count',
      claim: /Industriali[sz]ation Map includes 20 projects[\s\S]*of these, 4 projects are being implemented and 3 projects are planned/,
      says: [/of them/, /not in addition/],
      checkedAgainst: [],
    },
    notInProse: [/\bAnother\b[^.]*\bprojects\b/],
  },
  {
    finding: 'the trade law is No. 544; "1544" is a mis-decoded "№544"',
    page: '/chapters/legal-framework/',
    note: {
      id: 'trade-law-number',
      claim: near(/\b1544\b/, /\b544\b/, 80),
      says: [/\b544-II\b/, /№544/, /Windows-1251/],
      checkedAgainst: ['kz-law-544-2004'],
    },
  },
  {
    finding: 'the Ekibastuz power unit "¹ 4" is a mis-decoded "№ 4"',
    page: '/chapters/potential-factors/',
    note: { id: 'ekibastuz-amount', claim: /power unit No\. 4/, says: [/¹ 4/, /№ 4/, /Windows-1251/], checkedAgainst: [] },
  },
  {
    finding: 'the 70% share of trade between neighbouring regions is a goal in the article, not a measured share',
    page: '/chapters/potential-factors/',
    note: {
      id: 'border-trade-share-target',
      claim: /should make up about 70% of all trade/,
      says: [/must be accounted for/, /goal/],
      checkedAgainst: [],
    },
    notInProse: [/accounted for about 70%/],
  },
  {
    finding: 'the article\'s "Joint Operating Plan" is named the Joint Action Plan, with a note',
    page: '/chapters/legal-framework/',
    note: {
      id: 'joint-plan-name',
      claim: /Joint Action Plan for 2013[–-]2015[\s\S]*[“"]Joint Operating Plan[”"]/,
      says: [/Joint Operating Plan/, /План совместных действий/],
      checkedAgainst: ['kazinform-igc-joint-plan'],
    },
  },
  {
    finding: 'the spelling note lists Nazarbaev (the article) and Nazarbayev (the site)',
    page: '/chapters/potential-factors/',
    note: { id: 'name-spellings', claim: /Katyryn/, says: [/\bNazarbaev\b/, /\bNazarbayev\b/], checkedAgainst: ['kz-law-250-iv-2010'] },
  },
  {
    finding: "the Eurasian Economic Commission's body is an advisory commission, as the article says",
    page: '/chapters/potential-factors/',
    prose: [/advisory commission set up by the Eurasian Economic Commission/],
    notInProse: [/advisory committee/],
  },
];
