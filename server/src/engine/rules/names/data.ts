// Built-in word lists for the naming checks. Generic news vocabulary only: no names taken from any article.

import { entriesOf, wordList } from '../../lexicon/lists';
import { AMBIGUOUS_NAME_PARTICLES, NAME_PARTICLES as COMMON_PARTICLES } from '../../lexicon/words';

const words = entriesOf;

/** Acronyms a news reader knows without a definition. Options can extend the list. */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = wordList(
  'names/WELL_KNOWN_ACRONYMS',
  `
  UN US USA UK EU BBC NATO AFP AP FBI CIA NSA NASA ITV CNN ABC CBS NBC NPR PBS MSNBC ESPN HBO ITN UPI
  GOP DNC RNC NHS MP MPs MEP MEPs PM QC KC CEO CFO COO CTO MD VP PR HR IT TV PC DVD CD GPS USB LCD LED
  AIDS HIV DNA RNA MRI ICU GP WHO UNICEF UNESCO UNHCR IMF WTO OECD OPEC G7 G8 G20 BRICS ASEAN
  USSR GDR DDR KGB MI5 MI6 GCHQ SAS SWAT IRA ETA PLO ANC ISIS ISIL IS NYPD LAPD FIFA UEFA IOC NFL NBA NHL
  MLB NCAA PGA ATP WTA FA RFU ICC ECB IAAF F1 GMT BST EST PST UTC AM BC AD CE BCE OK UFO
  GDP GNP VAT IPO CPI FTSE NASDAQ NYSE S&P SEC FTC FCC FDA EPA IRS DOJ DOD DHS ICE TSA FAA ATF DEA
  NRA ACLU NAACP AARP NAFTA TPP TTIP ISP PDF HTML WWW URL AI VR AR PhD MBA BA BSc MSc LLB
  CBE OBE MBE KBE RAF RN USAF BP HSBC RBS IBM AOL HP BMW VW GM AT&T NTT LG EA NEC UBS ING AIG
  SUV CCTV MTV VIP NGO NGOs UAE DRC PRC ROK DPRK UKIP SNP SDLP DUP BNP LSE CBI TUC NUJ
  CNBC ESA CERN WWF RSPCA NSPCC UNAIDS ICRC IAEA ICJ UNSC OAS AU ECOWAS EFTA ECHR BAFTA
  OPCW CDC NIH NHTSA FEMA NOAA USDA HUD DOT DOE DOL OMB GAO CBO FEC NLRB OSHA SBA VA HMRC DWP FCO
  MoD CPS ONS BoE Fed ASBO GCSE GCSEs SATs SAT ACT ESL MIT UCLA NYU USC LSU UCL SOAS YMCA
  BBC1 BBC2 BBC3 BBC4 C4 ITV1 PSNI RUC SFO OFT CAA DVLA NUT NUS RMT CWU GMB PCS BMA RCN ACPO
  PS2 PSP PS3 Xbox PSX iPod iPhone MP3 MP4 3G 4G 5G WiFi Wi-Fi SMS MMS PIN ATM DSL ADSL ISDN CPU RAM ROM
  OS FAQ ID IDs IQ BMI CO2 WMD WMDs RPG IED IEDs AK-47 POW POWs MIA KIA AWOL DUI DWI
  NYC LA DC UAW AFL-CIO SEIU WSJ NYT FT DPA ANSA EFE AAP CP PA DJ DJs MC SOS RIP TBC NB PS
  `,
);

/** Acronyms that name the same body. Each inner list is one family. */
export const ACRONYM_FAMILIES: readonly (readonly string[])[] = [
  ['US', 'USA'],
  ['IS', 'ISIS', 'ISIL'],
  ['UN', 'UNO'],
];

/** Pairs of distinct real names that look alike. Options can extend the list. */
export const DISTINCT_NAMES: readonly (readonly string[])[] = [
  ['Iran', 'Iraq'],
  ['Iranian', 'Iraqi'],
  ['Austria', 'Australia'],
  ['Austrian', 'Australian'],
  ['Hamas', 'Hamad'],
  ['Slovakia', 'Slovenia'],
  ['Slovak', 'Slovene'],
  ['Niger', 'Nigeria'],
  ['Guinea', 'Guyana'],
  ['Gambia', 'Zambia'],
  ['Mali', 'Malí'],
  ['Dominica', 'Dominican'],
  ['Sweden', 'Swedes'],
  ['Sudan', 'Sedan'],
  ['Georgia', 'Georgian'],
  ['Jordan', 'Jordon'],
];

/** Countries and a few very common place names: a correctly spelt place is never a misspelling of another name. */
export const KNOWN_PLACES: ReadonlySet<string> = wordList(
  'names/KNOWN_PLACES',
  `
  Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
  Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi
  Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
  Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
  Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
  Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
  Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
  Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru
  Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
  Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
  Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
  Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen
  Zambia Zimbabwe England Scotland Wales Britain Europe Asia Africa America Antarctica Arctic Gaza Crimea
  Tibet Kashmir Chechnya Kurdistan Catalonia Bavaria Flanders Siberia Texas Ohio Iowa Utah Idaho Maine Alaska
  Nevada Oregon Kansas Indiana Alabama Arizona Florida Virginia Carolina Dakota Montana Michigan Illinois
  Missouri Kentucky Tennessee Louisiana Arkansas Oklahoma Colorado Wyoming Nebraska Minnesota Wisconsin
  Pennsylvania Maryland Delaware Vermont Massachusetts Connecticut Hawaii California Washington London Paris
  Berlin Rome Madrid Moscow Beijing Tokyo Delhi Cairo Baghdad Tehran Kabul Damascus Beirut Jerusalem
  `,
);

/** Words that open a title before a name ("Mr Blair", "Sen. Jeff Sessions"); never part of the name itself. */
export const TITLES: ReadonlySet<string> = wordList(
  'names/TITLES',
  `
  Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor President Senator Sen Rep Representative Gov Governor
  Judge Justice Rev Reverend Father Mayor Chancellor Secretary Minister Premier King Queen Prince Princess Pope
  General Gen Col Colonel Capt Captain Sgt Sergeant Lt Lieutenant Cmdr Commander Admiral Adm Major Maj Officer
  Detective Det Inspector Supt Superintendent Chief Coach Manager Director Chairman Chairwoman Sheikh Ayatollah
  Imam Rabbi Bishop Archbishop Cardinal Brother Sister Uncle Aunt St Saint Mme Mlle Herr Frau Senor Sra Sr Jr
  Speaker Leader Deputy Vice Attorney Ambassador Consul Councillor Alderman Baron Baroness Earl Duke Duchess Count
  Emperor Empress Sultan Emir Crown Candidate Nominee Former Ex Late Dean Provost Principal Headteacher Trooper
  Constable Agent Pastor Mullah Maulana Mufti Hon MEP MP QC
  `,
);

/** Lower-case particles that can sit inside a name ("Osama bin Laden", "Vincent van Gogh", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([...COMMON_PARTICLES, ...AMBIGUOUS_NAME_PARTICLES]);

/**
 * Lower-case words allowed inside a longer name ("Bank of England", "World Summit on the Information Society").
 * "on" and "for" only before "the"; "and", "in" and "at" never, or "Bill and Hillary Clinton" and "Trump in Iowa"
 * would read as one name.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = wordList('names/NAME_CONNECTORS', 'of the for on');
export const CONNECTORS_BEFORE_THE: ReadonlySet<string> = wordList('names/CONNECTORS_BEFORE_THE', 'for on');

/** Hyphenated lower-case tails that are not part of a name: "US-backed" is "US". */
export const NAME_TAILS: ReadonlySet<string> = wordList(
  'names/NAME_TAILS',
  `
  backed based led born owned run style type era made funded controlled linked related bound friendly wide
  specific like sponsored brokered educated trained listed registered focused bred centred centered dominated
  inspired allied aligned affiliated produced designed elected appointed leaning minded esque ish
  `,
);

/**
 * Capitalised words that are not names: sentence openers, pronouns, calendar words, adverbs. A capital on these
 * says nothing. The document's own lower-case vocabulary catches the rest.
 */
export const COMMON_CAPITALISED: ReadonlySet<string> = wordList(
  'names/COMMON_CAPITALISED',
  `
  a an the and but or nor so yet for if when while whilst where whereas because although though unless until
  since as after before during without within with by from to of in on at into onto over under about above below
  between among against through across around behind beyond despite except inside outside near off out up down
  he she it they we you i me him her them us my your his its our their mine yours hers ours theirs this that these
  those there here what which who whom whose why how all any some many much more most few several each every both
  either neither one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  thousand million billion first second third fourth fifth last next other another such same no not yes
  is was are were be been being am has have had do does did will would can could should may might must shall
  said says say told asked added also however meanwhile now then still even just only already again soon later
  instead indeed perhaps maybe often never always sometimes today yesterday tomorrow tonight morning evening
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december spring summer autumn winter
  new old good bad big small high low long short great little own well back away once twice ago almost
  nearly early late further furthermore moreover therefore thus hence otherwise besides accordingly
  according including following given nevertheless nonetheless overall anyway anyhow elsewhere
  let lets get got make made take took see saw come came go went know knew think thought want wanted
  like look looking please thanks thank oh ah hey hi dear sorry okay ok
  mr mrs ms dr sir
  `,
);

/** Function words and particles that never start or end a closed compound ("every day"/"everyday" is grammar). */
export const COMPOUND_STOPWORDS: ReadonlySet<string> = wordList(
  'names/COMPOUND_STOPWORDS',
  `
  a an the and but or nor so yet for if of in on at to up down out off over under into onto upon with without
  by from as than then that this these those there here what which who how all any some every each no not one
  ones two may be been being is was are were has have had do does did can will would could should might must
  long time back away through around along about after before ever never where when while
  self wide wise like less more most much many such same other another else thing things body
  it its he she they them we you i me my your his her our their us him north south east west
  `,
);

/**
 * Adjectives (and nouns) of nationality, region, ethnicity, religion and party: "French", "Islamic", "Uzbek",
 * "Republican". Not names of entities: on the name sheet they are left out, or listed as a group when the draft uses
 * them as plural nouns ("Afghans", "Shias"); before a person's name they are a description ("Republican Jane Doe").
 */
export const DEMONYMS: ReadonlySet<string> = wordList(
  'names/DEMONYMS',
  `
  Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
  Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian Bosnian
  Botswanan Brazilian British Bruneian Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean
  Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean
  Estonian Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek Grenadian
  Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli
  Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovan Kuwaiti Kyrgyz Lao Laotian Latvian
  Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Maldivian Malian Maltese
  Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese
  Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Peruvian
  Philippine Polish Portuguese Qatari Romanian Russian Rwandan Samoan Saudi Scottish Senegalese Serbian
  Singaporean Slovak Slovakian Slovene Slovenian Somali Somalian Spanish Sudanese Surinamese Swazi Swedish Swiss
  Syrian Taiwanese Tajik Tajikistani Tanzanian Thai Togolese Tongan Tunisian Turkish Turkmen Ugandan Ukrainian
  Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
  African Asian European Arab Arabian Latin Latino Latina Hispanic Caribbean Scandinavian Nordic Balkan Baltic
  Caucasian Western Eastern Northern Southern Gulf Pacific Atlantic Mediterranean Siberian Kurdish Kurd
  Pashtun Hazara Uyghur Uighur Baloch Punjabi Sindhi Bengali Tamil Sinhalese Berber Bedouin Druze Yazidi Maori
  Aboriginal Inuit Cherokee Navajo Catalan Basque Flemish Walloon Bavarian Chechen Tatar Cossack Roma Slav Slavic
  Celtic Gaelic Anglo Saxon Afro Texan Californian Floridian
  Muslim Islamic Islamist Jihadist Christian Catholic Protestant Evangelical Orthodox Anglican Methodist Baptist
  Lutheran Presbyterian Mormon Jewish Jew Hindu Sikh Buddhist Sunni Shia Shiite Shi'ite Salafi Wahhabi Sufi Alawite
  Coptic Zionist Secular
  Republican Democrat Democratic Conservative Tory Labour Liberal Socialist Communist Marxist Leninist Maoist
  Nationalist Unionist Loyalist Libertarian Progressive Federalist Nazi Fascist Bolshevik Soviet
  Peronist Gaullist Thatcherite Blairite Brexiteer Remainer Eurosceptic Europhile
  `,
);

/** Last words that make a name an organisation's ("Foundation for Strategic Research", "Soufan Centre"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = wordList(
  'names/ORGANISATION_WORDS',
  `
  Intelligence Foundation Institute Institution Centre Center Council Committee Commission Office Department Ministry Agency
  Authority Bureau Board Service Services Trust Fund Society Association Union Federation League Club Party
  Front Movement Network Group Company Corporation Corp Co Inc Ltd Plc LLC LLP Bank Partners Holdings Airways
  Airlines Motors Systems Technologies Industries Media News Press Times Post Journal Herald Telegraph Tribune
  Gazette Review Magazine Radio Television TV Broadcasting Channel Studios Records Pictures University College
  School Academy Hospital Clinic Church Mosque Synagogue Temple Court Parliament Assembly Congress Senate Cabinet
  Government Administration Army Navy Force Forces Police Guard Brigade Regiment Battalion Corps Command Coalition
  Alliance Organisation Organization Caucus Conference Forum Summit Tribunal Chamber Exchange
  Market Markets Team Brigades Brotherhood Mission Project Programme Program Initiative Campaign
  Watch Lab Labs Laboratory Observatory Museum Gallery Library Theatre Theater Orchestra Opera Festival
  `,
);

/** Last words that make a name a place's ("Jowzjan province", "Hyde Park"). */
export const PLACE_WORDS: ReadonlySet<string> = wordList(
  'names/PLACE_WORDS',
  `
  Province County District Region State Republic Kingdom Island Islands City Town Village Valley River Lake Sea
  Ocean Bay Gulf Mountain Mountains Mount Hill Hills Park Square Street Road Avenue Lane Bridge Airport Station
  Port Harbour Harbor Coast Desert Forest Peninsula Strait Canal Border Plains Heights Borough Parish Territory
  Territories Emirates Strip Corridor Pass Delta Basin Plateau Highlands Lowlands Quarter Estate
  `,
);

/** Other words that make a run of capitalised words the name of a thing, not a person ("Republican National
 * Convention", "French Open", "Arab Spring"). */
export const THING_WORDS: ReadonlySet<string> = wordList(
  'names/THING_WORDS',
  `
  National Federal Civil Central People's Popular Royal Imperial United General Supreme High Grand New Old Free
  Convention Championship Championships Open Cup Games Olympics Prize Award Awards Act Law Treaty Accord Agreement
  Revolution War Spring Empire Dynasty Republic Day Week Year Rights Studies Affairs Relations
  Health Education Defence Defense Energy Trade Development Cooperation Reserve Medal Prix Series Tour Cross Crescent
  Liberties Liberation Resistance Revolutionary Guards Opposition Students Workers Youth Women
  `,
);

/** Cities and regions often in the news, beyond the countries in KNOWN_PLACES: on the name sheet they are places. */
export const KNOWN_CITIES: ReadonlySet<string> = new Set([
  ...words(`
  Manchester Liverpool Birmingham Leeds Glasgow Edinburgh Cardiff Belfast Dublin Bristol Newcastle Sheffield
  Nottingham Leicester Southampton Brighton Oxford Cambridge Aberdeen Dundee Swansea Coventry Hull York Westminster
  Amsterdam Brussels Vienna Prague Warsaw Budapest Athens Lisbon Barcelona Milan Naples Munich Hamburg Frankfurt
  Geneva Zurich Stockholm Oslo Copenhagen Helsinki Kiev Kyiv Minsk Istanbul Ankara Dubai Doha Riyadh Mecca Medina
  Karachi Lahore Islamabad Kandahar Herat Mumbai Bombay Calcutta Kolkata Chennai Bangalore Dhaka Colombo Bangkok
  Jakarta Manila Hanoi Seoul Pyongyang Shanghai Taipei Singapore Sydney Melbourne Auckland Toronto
  Montreal Vancouver Ottawa Chicago Boston Philadelphia Atlanta Miami Dallas Houston Denver Seattle Detroit
  Cleveland Baltimore Pittsburgh Phoenix Orlando Tampa Nashville Memphis Milwaukee Minneapolis Portland Sacramento
  Austin Louisville Charlotte Richmond Manhattan Brooklyn Queens Bronx Hollywood Lagos Nairobi Johannesburg
  Cairo Tripoli Benghazi Tunis Algiers Casablanca Mosul Aleppo Homs Raqqa Fallujah Basra Gaza Ramallah
  Havana Caracas Bogota Lima Santiago Brasilia Rio Mexico Tijuana
  `),
  'New York',
  'Los Angeles',
  'San Francisco',
  'San Diego',
  'Las Vegas',
  'New Orleans',
  'New Jersey',
  'New Hampshire',
  'New Mexico',
  'North Carolina',
  'South Carolina',
  'North Dakota',
  'South Dakota',
  'West Virginia',
  'Rhode Island',
  'Washington DC',
  'Hong Kong',
  'Tel Aviv',
  'Buenos Aires',
  'Rio de Janeiro',
  'Sao Paulo',
  'Abu Dhabi',
  'Northern Ireland',
  'South Africa',
  'North Korea',
  'South Korea',
  'Saudi Arabia',
  'New Zealand',
  'United States',
  'United Kingdom',
  'Middle East',
  'West Bank',
  'East Midlands',
  'West Midlands',
]);

/** Lower-case nouns for what a person does, written before the name ("researcher Abdul Sayed"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...[...TITLES].map((w) => w.toLowerCase()),
  ...words(`
  scholar historian academic scientist lecturer cleric preacher pilot soldier fighter militant farmer worker
  researcher analyst spokesman spokeswoman spokesperson guard chief commander leader minister director
  professor expert official officer adviser advisor aide lawyer attorney judge founder chairman chairwoman
  executive economist author writer journalist reporter correspondent editor columnist actor actress singer
  player striker midfielder defender goalkeeper keeper coach manager captain winger lock fly-half scrum-half
  candidate nominee senator governor mayor president secretary rep envoy ambassador diplomat activist student
  teacher doctor nurse resident shopkeeper witness victim suspect defendant mother father son daughter
  wife husband brother sister cousin uncle aunt nephew niece friend colleague partner boss owner host presenter
  comedian star singer-songwriter rapper artist designer chef novelist poet strategist pollster
  `),
]);

/** Nouns for a relative ("his wife, Grace Hale", "Hale's son"): next to a name they say the draft names a family,
 * and a surname alone may then mean any of its members. */
export const KIN_WORDS: ReadonlySet<string> = wordList(
  'names/KIN_WORDS',
  `
  wife husband widow widower spouse mother father son daughter brother sister parents stepmother stepfather stepson
  stepdaughter grandmother grandfather grandson granddaughter grandparents aunt uncle niece nephew cousin twin
  fiancee fiancée fiance fiancé sons daughters brothers sisters twins siblings
  `,
);

/** Nouns that say a person is a woman, or a man, right before the name ("his wife, Grace Hale", "the first lady,
 * Ann Hale"). */
export const FEMALE_NOUNS: ReadonlySet<string> = wordList(
  'names/FEMALE_NOUNS',
  'wife widow mother daughter sister stepmother stepdaughter grandmother granddaughter aunt niece fiancee fiancée lady woman girl',
);
export const MALE_NOUNS: ReadonlySet<string> = wordList(
  'names/MALE_NOUNS',
  'husband widower father son brother stepfather stepson grandfather grandson uncle nephew fiance fiancé man boy',
);

/** Words after a surname that name more than one of its bearers ("the Hale family", "the Hale brothers"). */
export const FAMILY_WORDS: ReadonlySet<string> = wordList(
  'names/FAMILY_WORDS',
  'family families couple brothers sisters twins siblings children household clan dynasty',
);
