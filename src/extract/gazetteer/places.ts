import { AMBIGUOUS_CAPITALS, COUNTRIES } from "./countries.js";

/** A city, region, island or venue inside one country. */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  countryIso3: string;
}

/** A region that spans countries (or none): listed so "Latin America" or "Middle East" is not read as a country. */
export interface RegionEntry {
  name: string;
  aliases: string[];
  /** Adjectives built on the region ("Latin American", "European") that would otherwise hit a demonym. */
  adjectives: string[];
}

/**
 * Places by country: entries split by ";", a place's aliases after "|" (the first form is its name).
 * Capitals come from countries.ts; extra spellings of a capital are listed under CAPITAL_ALIASES.
 * Forms that are mostly given names in English news ("Alexandria", "Charlotte", "Austin") are left out.
 */
const PLACES_BY_COUNTRY: Readonly<Record<string, string>> = {
  USA: `New York|New York City|NYC; Manhattan; Brooklyn; Los Angeles|LA; Chicago; Houston; Phoenix; Philadelphia;
    San Antonio; San Diego; Dallas; San Francisco; San Jose; Seattle; Boston; Miami; Atlanta; Denver; Detroit;
    Las Vegas; Nashville; New Orleans; Baltimore; Pittsburgh; Cleveland; Minneapolis; St. Louis|St Louis|Saint Louis;
    Orlando; Tampa; Honolulu; Anchorage; Palm Beach; West Palm Beach; Mar-a-Lago; Camp David; Bedminster;
    Kennebunkport; Sunnylands; Silicon Valley; Pearl Harbor; Fort Bragg; Fort Liberty; Cincinnati; Kansas City;
    Milwaukee; Sacramento; Portland; Salt Lake City; Albuquerque; Tucson; El Paso; Oklahoma City; Indianapolis; Raleigh; Richmond; Annapolis; Arlington; Langley; Quantico; Norfolk Naval Station; Newark; Jersey City;
    Hartford; Providence; Buffalo; Rochester; Albany; Hollywood; Beverly Hills; Long Beach; Oakland; Fort Worth;
    Memphis; Louisville; Birmingham, Alabama; Jacksonville; Charleston; Des Moines; Omaha; Boise; Juneau; Santa Fe; Little Rock; Baton Rouge; Tallahassee; Harrisburg; Trenton; Dover, Delaware;
    Capitol Hill; Wall Street; Fifth Avenue; Times Square; Guam; Puerto Rico; American Samoa; US Virgin Islands|U.S. Virgin Islands;
    Northern Mariana Islands; Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida;
    Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan;
    Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; North Carolina;
    North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas;
    Utah; Vermont; Virginia; West Virginia; Wisconsin; Wyoming; Washington State|Washington state; Midwest`,
  CAN: `Toronto; Montreal|Montréal; Vancouver; Calgary; Edmonton; Quebec|Québec|Quebec City; Ontario; British Columbia;
    Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland; Halifax; Winnipeg; Kananaskis;
    Charlevoix; Yukon; Nunavut; Northwest Territories`,
  MEX: `Guadalajara; Monterrey; Tijuana; Cancun|Cancún; Acapulco; Ciudad Juarez|Ciudad Juárez|Juarez|Juárez; Sinaloa;
    Culiacan|Culiacán; Chihuahua; Oaxaca; Chiapas; Puebla; Veracruz; Yucatan|Yucatán; Los Cabos`,
  GBR: `England; Scotland; Wales; Northern Ireland|Ulster; Manchester; Birmingham; Liverpool; Leeds; Glasgow; Edinburgh;
    Cardiff; Belfast; Bristol; Oxford; Cambridge; Sheffield; Newcastle; Southampton; Dover; Chequers; Cornwall;
    Carbis Bay; Salisbury; Gleneagles; Balmoral; Sandringham; Windsor; Buckingham Palace; Westminster; Canary Wharf;
    Heathrow; Gatwick; Brighton; Plymouth; Portsmouth; Nottingham; Leicester; Coventry; Aberdeen; Dundee; Inverness;
    Swansea; Derry|Londonderry; Kent; Essex; Yorkshire; Lancashire; Merseyside; Sussex; Norfolk; Suffolk;
    Gibraltar; Falkland Islands|Falklands; Bermuda; Cayman Islands; British Virgin Islands; Anguilla; Montserrat;
    Turks and Caicos|Turks and Caicos Islands; Guernsey; Isle of Man; Lough Erne; Hillsborough Castle; Bletchley Park;
    Lancaster House; Mansion House; Diego Garcia; Chagos Islands; Akrotiri; Newport; Stormont`,
  IRL: `Cork; Galway; Limerick; Shannon`,
  FRA: `Marseille|Marseilles; Lyon|Lyons; Toulouse; Nice; Nantes; Strasbourg; Bordeaux; Lille; Cannes; Biarritz;
    Evian|Évian; Versailles; Normandy; Corsica; Brittany; Alsace; Provence; Calais; Le Havre; Montpellier; Rennes;
    Reims; Deauville; Brest; Toulon; Saint-Tropez; Chamonix; Grenoble; Dijon; Avignon; Martinique; Guadeloupe;
    French Guiana; Réunion|Reunion; Mayotte; New Caledonia; French Polynesia; Tahiti; Saint Martin; Matignon|Hotel Matignon`,
  DEU: `Munich|München; Hamburg; Frankfurt|Frankfurt am Main; Cologne|Köln; Düsseldorf|Dusseldorf; Stuttgart; Dresden;
    Leipzig; Bonn; Hanover|Hannover; Nuremberg|Nürnberg; Bavaria; Potsdam; Ramstein; Ramstein Air Base; Schloss Elmau|Elmau;
    Heiligendamm; Bremen; Essen; Dortmund; Duisburg; Karlsruhe; Mannheim; Wiesbaden; Mainz; Kiel; Rostock; Magdeburg;
    Erfurt; Saxony; Thuringia; Brandenburg; North Rhine-Westphalia; Baden-Württemberg; Lower Saxony;
    Schleswig-Holstein; Rhineland-Palatinate; Saarland; Mecklenburg-Western Pomerania; Saxony-Anhalt; Aachen; Freiburg;
    Heidelberg; Augsburg; Regensburg; Garmisch-Partenkirchen; Baden-Baden; Meseberg`,
  ITA: `Milan; Naples; Turin; Florence; Venice; Genoa; Bologna; Palermo; Sicily; Sardinia; Lampedusa; Bari; Apulia|Puglia;
    Borgo Egnazia; Taormina; L'Aquila; Verona; Pisa; Trieste; Catania; Tuscany; Lombardy; Calabria; Sorrento; Capri;
    Como; Cernobbio; Fasano`,
  ESP: `Barcelona; Valencia; Seville|Sevilla; Bilbao; Malaga|Málaga; Catalonia|Catalunya; Basque Country; Canary Islands;
    Majorca|Mallorca; Ibiza; Granada; Zaragoza; Andalusia; Galicia; Ceuta; Melilla; Tenerife; Gran Canaria; Marbella;
    San Sebastian|San Sebastián; Toledo; Salamanca; Pamplona`,
  PRT: `Porto|Oporto; Madeira; Azores; Faro; Sintra; Algarve; Coimbra`,
  NLD: `The Hague|the Hague|Den Haag; Rotterdam; Utrecht; Eindhoven; Maastricht; Groningen; Leiden; Schiphol; Aruba;
    Curaçao|Curacao; Sint Maarten; Bonaire`,
  BEL: `Antwerp; Ghent; Bruges; Liège|Liege; Charleroi; Flanders; Wallonia; Mons; Leuven; Waterloo`,
  CHE: `Geneva|Genève; Zurich|Zürich; Basel; Lausanne; Davos; Bürgenstock|Burgenstock; Lucerne; Montreux; Lugano;
    St. Moritz|St Moritz; Zermatt; Locarno; Interlaken`,
  AUT: `Salzburg; Innsbruck; Graz; Linz; Klagenfurt; Tyrol; Carinthia`,
  SWE: `Gothenburg|Göteborg; Malmö|Malmo; Uppsala; Gotland; Kiruna`,
  NOR: `Bergen; Trondheim; Stavanger; Tromsø|Tromso; Svalbard; Lillehammer`,
  DNK: `Aarhus; Odense; Greenland; Faroe Islands|Faroes; Nuuk; Bornholm`,
  FIN: `Turku; Tampere; Espoo; Lapland; Åland|Aland|Åland Islands; Rovaniemi`,
  ISL: `Keflavik|Keflavík`,
  POL: `Krakow|Kraków|Cracow; Gdansk|Gdańsk; Wroclaw|Wrocław; Poznan|Poznań; Lodz|Łódź; Rzeszow|Rzeszów; Lublin;
    Szczecin; Katowice; Bialystok|Białystok; Przemysl|Przemyśl; Auschwitz; Oswiecim|Oświęcim; Silesia`,
  CZE: `Brno; Ostrava; Plzen|Plzeň|Pilsen; Karlovy Vary; Bohemia; Moravia`,
  SVK: `Kosice|Košice`,
  HUN: `Debrecen; Szeged; Lake Balaton`,
  ROU: `Cluj|Cluj-Napoca; Constanta|Constanța; Timisoara|Timișoara; Iasi|Iași; Transylvania; Brasov|Brașov`,
  BGR: `Varna; Plovdiv; Burgas`,
  GRC: `Thessaloniki; Crete; Rhodes; Lesbos|Lesvos; Corfu; Piraeus; Mykonos; Santorini; Samos; Chios; Kos; Patras; Peloponnese`,
  CYP: `Limassol; Larnaca; Famagusta; Kyrenia; Paphos`,
  MLT: `Gozo`,
  TUR: `Istanbul|İstanbul; Izmir|İzmir; Antalya; Bodrum; Gaziantep; Diyarbakir|Diyarbakır; Adana; Incirlik; Bursa; Konya;
    Trabzon; Kayseri; Mersin; Hatay; Kahramanmaras|Kahramanmaraş; Anatolia; Bosphorus|Bosporus; Dardanelles;
    Dolmabahce|Dolmabahçe`,
  RUS: `St Petersburg|St. Petersburg|Saint Petersburg|Leningrad; Sochi; Kazan; Novosibirsk; Yekaterinburg; Vladivostok;
    Kaliningrad; Murmansk; Rostov-on-Don|Rostov; Volgograd|Stalingrad; Belgorod; Kursk; Bryansk; Chechnya; Grozny; Dagestan;
    Siberia; Novo-Ogaryovo; Samara; Nizhny Novgorod; Krasnodar; Omsk; Irkutsk; Khabarovsk; Krasnoyarsk; Chelyabinsk;
    Ufa; Perm; Voronezh; Smolensk; Pskov; Tver; Yaroslavl; Ingushetia; Tatarstan; Bashkortostan; Yakutia; Kamchatka;
    Sakhalin; Chukotka; Novorossiysk; Arkhangelsk; Severomorsk; Kronstadt; Valdai; Red Square; Lubyanka;
    Astrakhan; Orenburg; Tula; Kaluga; Lipetsk; Tambov; Kislovodsk; Anadyr`,
  UKR: `Kharkiv|Kharkov; Odesa|Odessa; Lviv|Lvov; Dnipro|Dnipropetrovsk; Zaporizhzhia|Zaporizhzhya|Zaporozhye; Kherson;
    Mariupol; Bakhmut|Artemivsk; Donetsk; Luhansk|Lugansk; Crimea|Crimean Peninsula; Donbas|Donbass; Sevastopol;
    Mykolaiv|Nikolaev; Chernihiv; Sumy; Poltava; Vinnytsia; Zhytomyr; Bucha; Irpin; Avdiivka; Pokrovsk;
    Chernobyl|Chornobyl; Kramatorsk; Sloviansk|Slovyansk; Severodonetsk|Sievierodonetsk; Lysychansk; Melitopol;
    Berdyansk; Kupiansk; Vuhledar; Izium; Kryvyi Rih; Kremenchuk; Uzhhorod; Ivano-Frankivsk; Ternopil; Rivne; Lutsk;
    Chernivtsi; Khmelnytskyi; Cherkasy; Kropyvnytskyi; Simferopol; Yalta; Kerch; Kerch Strait; Zaporizhzhia Nuclear Power Plant;
    Nova Kakhovka; Kakhovka; Enerhodar; Toretsk; Chasiv Yar; Huliaipole; Kostiantynivka; Kyiv Oblast; Snake Island`,
  BLR: `Gomel|Homel; Brest, Belarus; Grodno|Hrodna; Vitebsk; Mogilev|Mahilyow`,
  LTU: `Kaunas; Klaipeda|Klaipėda; Suwalki Gap|Suwałki Gap`,
  LVA: `Daugavpils; Jurmala`,
  EST: `Tartu; Narva`,
  MDA: `Transnistria|Trans-Dniester; Tiraspol; Gagauzia; Bălți`,
  GEO: `Abkhazia; South Ossetia; Batumi; Kutaisi; Sukhumi; Tskhinvali`,
  ARM: `Gyumri; Syunik|Syunik Province; Zangezur`,
  AZE: `Nagorno-Karabakh|Karabakh; Ganja; Stepanakert|Khankendi; Nakhchivan; Shusha|Shushi; Sumgait`,
  KAZ: `Almaty|Alma-Ata; Baikonur; Shymkent; Karaganda|Karagandy; Aktau`,
  UZB: `Samarkand; Bukhara; Khiva; Fergana Valley|Ferghana Valley`,
  KGZ: `Osh`,
  TJK: `Khujand`,
  TKM: `Turkmenbashi`,
  AFG: `Kandahar; Herat; Mazar-i-Sharif; Jalalabad; Bagram; Helmand; Kunduz; Panjshir; Khost; Ghazni`,
  PAK: `Karachi; Lahore; Peshawar; Rawalpindi; Quetta; Balochistan|Baluchistan; Khyber Pakhtunkhwa; Sindh; Multan;
    Faisalabad; Abbottabad; Gwadar; Waziristan; North Waziristan; Gilgit-Baltistan`,
  IND: `Mumbai|Bombay; Kolkata|Calcutta; Chennai|Madras; Bangalore|Bengaluru; Hyderabad; Delhi; Ahmedabad; Pune; Jaipur;
    Lucknow; Kanpur; Varanasi; Agra; Amritsar; Goa; Kerala; Gujarat; Maharashtra; Uttar Pradesh; Bihar;
    West Bengal; Tamil Nadu; Karnataka; Rajasthan; Assam; Manipur; Jammu; Srinagar; Ladakh; Jammu and Kashmir; Sikkim;
    Arunachal Pradesh; Andhra Pradesh; Telangana; Odisha; Madhya Pradesh; Chandigarh; Kochi; Surat; Nagpur; Bhopal;
    Patna; Guwahati; Galwan Valley|Galwan; Pahalgam; Pulwama; Andaman and Nicobar Islands|Andaman Islands`,
  BGD: `Chittagong|Chattogram; Cox's Bazar|Cox’s Bazar; Sylhet; Khulna`,
  LKA: `Kandy; Jaffna; Trincomalee; Galle; Hambantota`,
  NPL: `Pokhara; Lumbini`,
  CHN: `Shanghai; Hong Kong; Macau|Macao; Shenzhen; Guangzhou|Canton; Wuhan; Chengdu; Chongqing; Tianjin; Xinjiang;
    Tibet; Lhasa; Hainan; Xi'an|Xi’an; Nanjing; Hangzhou; Qingdao; Dalian; Harbin; Urumqi|Ürümqi; Inner Mongolia;
    Xiamen; Suzhou; Kunming; Shenyang; Zhengzhou; Changsha; Fuzhou; Jinan; Hefei; Nanning; Guilin; Sanya; Boao;
    Yunnan; Sichuan; Guangdong; Fujian; Zhejiang; Jiangsu; Hubei; Hunan; Henan; Hebei; Shandong; Shanxi; Shaanxi;
    Liaoning; Jilin; Heilongjiang; Gansu; Qinghai; Ningxia; Guizhou; Jiangxi; Anhui; Guangxi; Kashgar; Tiananmen Square;
    Great Hall of the People; Diaoyutai; Beidaihe; Zhuhai; Dongguan; Ningbo; Wenzhou; Yiwu; Hohhot`,
  TWN: `Kaohsiung; Taichung; Tainan; Hsinchu; Kinmen; Matsu; Penghu; Taoyuan`,
  JPN: `Osaka; Kyoto; Hiroshima; Nagasaki; Okinawa; Hokkaido; Fukushima; Yokohama; Kobe; Nagoya; Sapporo; Sendai;
    Fukuoka; Nara; Kyushu; Honshu; Shikoku; Ise-Shima; Toyako; Yokosuka; Naha; Niigata; Kagoshima; Chiba; Narita`,
  KOR: `Busan|Pusan; Incheon; Daegu; Gwangju; Daejeon; Ulsan; Jeju|Jeju Island|Cheju; Gyeongju; Pyeongtaek; Panmunjom;
    Gangneung; Suwon; Sejong; Osan`,
  PRK: `Kaesong; Wonsan; Sinuiju; Hamhung; Yongbyon; Punggye-ri; Sohae; Rason; Chongjin`,
  MNG: `Erdenet; Darkhan`,
  VNM: `Ho Chi Minh City|Saigon; Da Nang|Danang; Haiphong|Hai Phong; Nha Trang; Halong Bay|Ha Long Bay; Can Tho`,
  THA: `Phuket; Chiang Mai; Pattaya; Chiang Rai; Hat Yai; Krabi; Koh Samui; Ayutthaya`,
  KHM: `Siem Reap; Sihanoukville; Battambang; Angkor Wat|Angkor; Ream Naval Base`,
  LAO: `Luang Prabang`,
  MMR: `Yangon|Rangoon; Mandalay; Rakhine; Shan State; Kachin; Sittwe; Myawaddy`,
  MYS: `Penang; Langkawi; Johor; Johor Bahru; Putrajaya; Sabah; Sarawak; Malacca|Melaka; Kota Kinabalu; Kuching`,
  SGP: `Sentosa; Changi; Marina Bay`,
  IDN: `Bali; Java; Sumatra; Surabaya; Bandung; Medan; Nusa Dua; Aceh; Yogyakarta; Makassar; Lombok; Sulawesi;
    Kalimantan; Nusantara; Batam; Semarang; Jayapura; West Papua`,
  PHL: `Cebu; Davao; Mindanao; Luzon; Quezon City; Marawi; Subic Bay; Palawan; Visayas; Makati; Zamboanga; Scarborough Shoal`,
  BRN: `Seria`,
  AUS: `Sydney; Melbourne; Brisbane; Perth; Adelaide; Hobart; Tasmania; Queensland; New South Wales; Western Australia;
    South Australia; Northern Territory; Gold Coast; Cairns; Alice Springs; Pine Gap; Newcastle, New South Wales; Geelong;
    Townsville; Christmas Island; Norfolk Island`,
  NZL: `Auckland; Christchurch; Queenstown; Dunedin; Hamilton, New Zealand; Rotorua; Tokelau; Niue; Cook Islands`,
  PNG: `Bougainville; Lae`,
  FJI: `Nadi`,
  ISR: `Tel Aviv; Haifa; Eilat; Ashkelon; Ashdod; Beersheba|Be'er Sheva; Netanya; Sderot; Nazareth; Tiberias; Dimona;
    Negev; Galilee; Kiryat Shmona; Herzliya; Ben Gurion Airport; Nevatim; Jaffa; Metula; Nahariya; Rishon LeZion`,
  PSE: `Gaza|Gaza Strip|Gaza City; West Bank; East Jerusalem; Rafah; Khan Younis|Khan Yunis; Jenin; Nablus; Hebron;
    Bethlehem; Jericho; Tulkarm; Qalqilya; Deir al-Balah; Jabalia; Beit Hanoun; Nuseirat; Tubas; Rafah crossing`,
  SYR: `Aleppo; Idlib; Homs; Raqqa; Deir ez-Zor|Deir el-Zour|Deir al-Zor; Latakia; Tartus; Daraa|Deraa; Hama; Palmyra;
    Golan Heights|Golan; Kobani; Qamishli; Manbij; Afrin; Quneitra; Sweida|Suwayda; Douma; Ghouta; Hmeimim|Khmeimim`,
  LBN: `Tyre; Sidon; Baalbek; Bekaa Valley|Bekaa; Byblos; Nabatieh; Dahiyeh; Litani River|Litani`,
  JOR: `Aqaba; Zarqa; Irbid; Petra; Dead Sea`,
  IRQ: `Mosul; Basra; Erbil|Irbil; Kirkuk; Fallujah; Ramadi; Tikrit; Najaf; Karbala; Sulaymaniyah; Kurdistan Region|Iraqi Kurdistan;
    Samarra; Sinjar; Nineveh; Anbar; Green Zone; Ain al-Asad`,
  IRN: `Isfahan|Esfahan; Natanz; Fordow|Fordo; Bushehr; Mashhad; Shiraz; Tabriz; Qom; Bandar Abbas; Chabahar; Kharg Island;
    Ahvaz; Kermanshah; Arak; Parchin; Zahedan; Kerman`,
  SAU: `Jeddah|Jiddah; Mecca|Makkah; Medina; NEOM|Neom; Dhahran; Dammam; Al-Ula|AlUla; Taif; Abqaiq; Ras Tanura; Tabuk`,
  ARE: `Dubai; Sharjah; Ajman; Fujairah; Ras al-Khaimah`,
  QAT: `Al Udeid|Al Udeid Air Base; Lusail`,
  BHR: `Muharraq`,
  KWT: `Camp Arifjan`,
  OMN: `Salalah; Duqm; Musandam`,
  YEM: `Hodeidah|Hudaydah; Aden; Marib; Taiz; Saada; Mukalla; Socotra; Bab el-Mandeb|Bab al-Mandab`,
  EGY: `Luxor; Aswan; Suez; Suez Canal; Sharm el-Sheikh|Sharm El-Sheikh|Sharm el Sheikh; Port Said; Sinai|Sinai Peninsula;
    Giza; Ismailia; El Alamein|Alamein; Hurghada; New Administrative Capital; Rafah border crossing; Arish|El Arish`,
  LBY: `Benghazi; Misrata|Misurata; Sirte; Tobruk; Derna; Sabha|Sebha; Zawiya`,
  TUN: `Sfax; Sousse; Djerba; Bizerte`,
  DZA: `Oran`,
  MAR: `Casablanca; Marrakesh|Marrakech; Tangier|Tangiers; Fez|Fes; Agadir`,
  SDN: `Darfur; Port Sudan; Omdurman; El Fasher|El-Fasher|Al-Fashir; Kordofan; Nyala; Wad Madani; Geneina|El Geneina`,
  SSD: `Malakal; Wau`,
  ETH: `Tigray; Amhara; Mekelle; Oromia; Afar; Gondar; Bahir Dar; Dire Dawa; Lalibela`,
  ERI: `Massawa; Assab`,
  SOM: `Somaliland; Puntland; Hargeisa; Kismayo; Berbera; Baidoa; Bosaso; Jubaland`,
  KEN: `Mombasa; Kisumu; Nakuru; Eldoret; Lamu; Garissa; Dadaab; Kakuma`,
  UGA: `Entebbe; Gulu; Jinja`,
  TZA: `Zanzibar; Dar es Salaam; Arusha; Mwanza; Kilimanjaro; Serengeti`,
  RWA: `Gisenyi; Butare`,
  BDI: `Bujumbura`,
  COD: `Goma; Lubumbashi; North Kivu; South Kivu; Kivu; Bukavu; Kisangani; Ituri; Bunia; Kolwezi; Katanga; Kananga; Mbuji-Mayi`,
  COG: `Pointe-Noire`,
  AGO: `Cabinda; Benguela; Lobito`,
  ZMB: `Ndola; Kitwe`,
  ZWE: `Bulawayo; Victoria Falls; Mutare`,
  MWI: `Blantyre`,
  MOZ: `Beira; Nampula; Cabo Delgado; Pemba`,
  ZAF: `Johannesburg|Joburg; Cape Town; Durban; Soweto; Bloemfontein; Port Elizabeth|Gqeberha; Sandton; Stellenbosch;
    KwaZulu-Natal; Gauteng; Eastern Cape; Western Cape; Limpopo; Mpumalanga; Robben Island; Sun City; Polokwane`,
  NAM: `Walvis Bay; Swakopmund`,
  BWA: `Francistown`,
  MDG: `Toamasina`,
  NGA: `Lagos; Kano; Port Harcourt; Ibadan; Kaduna; Maiduguri; Borno; Niger Delta; Enugu; Benin City; Sokoto; Zamfara; Katsina`,
  GHA: `Kumasi; Tamale; Takoradi`,
  CIV: `Abidjan; Bouaké|Bouake`,
  SEN: `Saint-Louis; Thiès|Thies; Touba`,
  MLI: `Timbuktu; Kidal; Mopti; Menaka`,
  BFA: `Bobo-Dioulasso; Djibo`,
  NER: `Agadez; Zinder; Tillaberi|Tillabéri; Diffa`,
  TCD: `Abeche|Abéché; Moundou`,
  CMR: `Douala; Bamenda; Garoua`,
  GAB: `Port-Gentil`,
  BEN: `Cotonou`,
  GIN: `Kankan`,
  SLE: ``,
  LBR: ``,
  MRT: `Nouadhibou`,
  CAF: `Bambari`,
  CPV: `Mindelo`,
  BRA: `Sao Paulo|São Paulo; Rio de Janeiro|Rio; Belo Horizonte; Manaus; Recife; Porto Alegre; Salvador da Bahia; Fortaleza;
    Curitiba; Belem|Belém; Amazonas; Amazon rainforest; Bahia; Minas Gerais; Santa Catarina; Rio Grande do Sul;
    Mato Grosso; Pernambuco; Pará; Roraima; Foz do Iguacu|Foz do Iguaçu`,
  ARG: `Cordoba, Argentina; Mar del Plata; Bariloche; Ushuaia; Patagonia; Tierra del Fuego; Mendoza Province; Santa Fe Province`,
  CHL: `Valparaiso|Valparaíso; Antofagasta; Punta Arenas; Concepcion|Concepción; Easter Island|Rapa Nui; Atacama`,
  COL: `Medellin|Medellín; Cali; Barranquilla; Cartagena de Indias; Bucaramanga; Cucuta|Cúcuta`,
  VEN: `Maracaibo; Valencia, Venezuela; Barquisimeto; Ciudad Guayana; Orinoco; Essequibo`,
  ECU: `Guayaquil; Cuenca; Galapagos|Galápagos|Galapagos Islands`,
  PER: `Cusco|Cuzco; Arequipa; Machu Picchu; Iquitos; Callao`,
  BOL: `Sucre; Santa Cruz de la Sierra; Cochabamba; El Alto`,
  PRY: `Ciudad del Este`,
  URY: `Punta del Este; Colonia del Sacramento`,
  CUB: `Guantanamo|Guantánamo|Guantanamo Bay|Guantánamo Bay; Santiago de Cuba; Varadero; Bay of Pigs`,
  HTI: `Cap-Haitien|Cap-Haïtien`,
  DOM: `Punta Cana; Santiago de los Caballeros`,
  JAM: `Montego Bay`,
  PAN: `Panama Canal; Colón; Darien Gap|Darién Gap`,
  CRI: `Limon|Limón`,
  NIC: `Leon, Nicaragua|León, Nicaragua`,
  HND: `San Pedro Sula`,
  GTM: `Quetzaltenango`,
  SLV: `Santa Ana, El Salvador`,
  TTO: `Tobago`,
  BHS: `Grand Bahama`,
};

/** Extra spellings of capitals (the capital itself comes from countries.ts). */
const CAPITAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ["Washington, D.C.", "Washington D.C.", "Washington DC", "Washington, DC", "D.C."],
  UKR: ["Kiev"],
  MNG: ["Ulan Bator"],
  BRA: ["Brasilia"],
  COL: ["Bogota"],
  PRY: ["Asuncion"],
  CMR: ["Yaounde"],
  MDA: ["Chisinau"],
  KAZ: ["Nur-Sultan"],
  MMR: ["Naypyitaw", "Nay Pyi Taw"],
  YEM: ["Sanaa", "Sana’a"],
  TCD: ["Ndjamena", "N’Djamena"],
  TTO: ["Port-of-Spain"],
  STP: ["Sao Tome"],
  ATG: ["St John's", "St. John's", "St John’s", "St. John’s", "Saint John’s"],
  GRD: ["St George's", "Saint George's", "St. George’s", "St George’s", "Saint George’s"],
  TON: ["Nuku’alofa"],
  IRN: ["Teheran"],
  TGO: ["Lome"],
  CRI: [],
  XKX: ["Prishtina"],
  LKA: ["Sri Jayawardenepura Kotte", "Kotte"],
  SWZ: [],
  IND: [],
  ISR: [],
  KWT: [],
  MDV: [],
  VAT: [],
};

/** Countries whose capital shares the country's own name on purpose (city-states and their namesakes). */
export const CITY_STATE_PLACES: readonly string[] = ["Singapore", "Monaco", "Luxembourg", "Djibouti", "San Marino", "Vatican City", "Kuwait City"];

/** Supranational regions, seas and disputed areas: no single country. */
export const REGIONS: readonly RegionEntry[] = [
  { name: "Europe", aliases: ["Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe"], adjectives: ["European", "Europeans", "Western European", "Eastern European", "Central European"] },
  { name: "Africa", aliases: ["Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa"], adjectives: ["African", "Africans", "West African", "East African", "North African", "Sub-Saharan African"] },
  { name: "Asia", aliases: ["Central Asia", "East Asia", "South Asia", "Southeast Asia", "South-East Asia", "West Asia"], adjectives: ["Asian", "Asians", "Central Asian", "East Asian", "South Asian", "Southeast Asian"] },
  { name: "Middle East", aliases: ["Mideast", "Near East", "the Middle East"], adjectives: ["Middle Eastern"] },
  { name: "Latin America", aliases: ["South America", "Central America", "North America", "the Americas", "Americas", "Caribbean", "the Caribbean"], adjectives: ["Latin American", "Latin Americans", "South American", "Central American", "North American", "Caribbean"] },
  { name: "Indo-Pacific", aliases: ["Asia-Pacific", "Asia Pacific", "Pacific", "Pacific Ocean", "South Pacific"], adjectives: ["Pacific Islander"] },
  { name: "Korean Peninsula", aliases: ["Korea", "the Korean Peninsula", "Demilitarized Zone", "DMZ"], adjectives: ["Korean", "Koreans"] },
  { name: "Balkans", aliases: ["the Balkans", "Western Balkans"], adjectives: ["Balkan"] },
  { name: "Caucasus", aliases: ["South Caucasus", "North Caucasus", "the Caucasus"], adjectives: ["Caucasian"] },
  { name: "Sahel", aliases: ["the Sahel"], adjectives: [] },
  { name: "Horn of Africa", aliases: [], adjectives: [] },
  { name: "Maghreb", aliases: [], adjectives: [] },
  { name: "Gulf", aliases: ["Persian Gulf", "Arabian Gulf", "Gulf of Aden", "Gulf of Oman", "Gulf of Mexico", "Gulf of America"], adjectives: [] },
  { name: "Scandinavia", aliases: ["Nordic countries", "Nordics"], adjectives: ["Scandinavian", "Nordic"] },
  { name: "Baltic", aliases: ["Baltic states", "Baltic Sea", "the Baltics", "Baltics"], adjectives: [] },
  { name: "Arctic", aliases: ["the Arctic", "Arctic Ocean", "Antarctica", "Antarctic"], adjectives: [] },
  { name: "Kashmir", aliases: ["Line of Control"], adjectives: ["Kashmiri", "Kashmiris"] },
  { name: "Punjab", aliases: [], adjectives: ["Punjabi"] },
  { name: "Kurdistan", aliases: [], adjectives: ["Kurdish", "Kurds", "Kurd"] },
  { name: "Western Sahara", aliases: [], adjectives: ["Sahrawi"] },
  { name: "South China Sea", aliases: ["East China Sea", "Yellow Sea", "Sea of Japan", "East Sea", "Spratly Islands", "Spratlys", "Paracel Islands", "Paracels", "Senkaku Islands", "Senkakus", "Diaoyu Islands"], adjectives: [] },
  { name: "Taiwan Strait", aliases: ["Strait of Taiwan", "Taiwan Straits"], adjectives: [] },
  { name: "Strait of Hormuz", aliases: ["Hormuz"], adjectives: [] },
  { name: "Black Sea", aliases: ["Sea of Azov", "Caspian Sea", "Caspian", "Mediterranean", "Mediterranean Sea", "Red Sea", "Aegean", "Aegean Sea", "Adriatic", "North Sea", "English Channel", "Atlantic", "Atlantic Ocean", "Indian Ocean", "Arabian Sea", "Bay of Bengal"], adjectives: [] },
  { name: "Kuril Islands", aliases: ["Kurils", "Kuriles", "Northern Territories"], adjectives: [] },
  { name: "Himalayas", aliases: ["Himalaya", "Tibetan Plateau"], adjectives: [] },
  { name: "Amazon River", aliases: ["Amazon Basin", "Amazon basin"], adjectives: [] },
  { name: "Levant", aliases: ["the Levant"], adjectives: [] },
  { name: "Eurasia", aliases: [], adjectives: ["Eurasian"] },
  { name: "Global South", aliases: ["Global North", "the West", "Third World"], adjectives: ["Western"] },
  { name: "Danube", aliases: ["Danube River", "Dnipro River", "Dnieper", "Dnieper River", "Rhine", "Nile", "Nile River", "Euphrates", "Tigris", "Jordan River", "Jordan Valley", "Mekong", "Yangtze", "Volga"], adjectives: [] },
];

function parsePlaces(): PlaceEntry[] {
  const places: PlaceEntry[] = [];
  for (const country of COUNTRIES) {
    if (!country.capital || AMBIGUOUS_CAPITALS.includes(country.capital)) continue;
    places.push({ name: country.capital, aliases: [...(CAPITAL_ALIASES[country.iso3] ?? [])], countryIso3: country.iso3 });
  }
  for (const [countryIso3, block] of Object.entries(PLACES_BY_COUNTRY)) {
    for (const entry of block.split(";")) {
      const forms = entry.split("|").map((f) => f.replace(/\s+/g, " ").trim()).filter(Boolean);
      const [name, ...aliases] = forms;
      if (name) places.push({ name, aliases, countryIso3 });
    }
  }
  return places;
}

/** Every capital (except AMBIGUOUS_CAPITALS) and several hundred cities, regions, islands and summit venues. */
export const PLACES: readonly PlaceEntry[] = parsePlaces();

let byForm: ReadonlyMap<string, PlaceEntry> | undefined;

/** Lower-cased surface form (name or alias) → place; built once on first call. */
export function placesByForm(): ReadonlyMap<string, PlaceEntry> {
  if (byForm) return byForm;
  const map = new Map<string, PlaceEntry>();
  for (const place of PLACES) {
    for (const form of [place.name, ...place.aliases]) {
      const key = form.toLowerCase();
      if (!map.has(key)) map.set(key, place);
    }
  }
  byForm = map;
  return map;
}
