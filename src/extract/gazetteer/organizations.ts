/** An organisation the extractor recognises by name: matched case-sensitively on `name` and `aliases`. */
export interface OrganizationEntry {
  name: string;
  aliases: string[];
  countryIso3?: string;
  category: "INTERGOVERNMENTAL" | "GOVERNMENT_BODY" | "PARTY" | "MILITARY" | "INTELLIGENCE" | "MEDIA" | "COMPANY" | "NGO" | "FORUM" | "SPORTS_TEAM" | "OTHER";
}

type Category = OrganizationEntry["category"];

/** Rows: name, aliases ("|"-separated), country (ISO3 or ""). One table per category keeps the data scannable. */
const TABLES: Readonly<Record<Category, string>> = {
  INTERGOVERNMENTAL: `
United Nations | UN|U.N.|the UN |
UN Security Council | United Nations Security Council|U.N. Security Council|Security Council|UNSC |
UN General Assembly | United Nations General Assembly|U.N. General Assembly|General Assembly|UNGA |
UN Human Rights Council | United Nations Human Rights Council|Human Rights Council|UNHRC |
UN Human Rights Office | Office of the High Commissioner for Human Rights|OHCHR|UN human rights office |
World Health Organization | World Health Organisation|WHO |
International Atomic Energy Agency | IAEA|UN nuclear watchdog |
UNHCR | UN refugee agency|UN Refugee Agency|United Nations High Commissioner for Refugees |
UNICEF | Unicef|United Nations Children's Fund|UN children's agency |
UNESCO | Unesco|United Nations Educational, Scientific and Cultural Organization |
UNRWA | Unrwa|United Nations Relief and Works Agency |
World Food Programme | World Food Program|WFP |
Food and Agriculture Organization | FAO|Food and Agriculture Organisation |
UN Development Programme | United Nations Development Programme|UNDP |
UN Environment Programme | United Nations Environment Programme|UNEP |
UN Office for the Coordination of Humanitarian Affairs | OCHA |
International Labour Organization | ILO|International Labor Organization |
International Maritime Organization | IMO |
International Civil Aviation Organization | ICAO |
International Telecommunication Union | ITU |
World Intellectual Property Organization | WIPO |
World Meteorological Organization | WMO |
UN Conference on Trade and Development | UNCTAD |
UN Framework Convention on Climate Change | UNFCCC |
UN Women | |
UN Population Fund | UNFPA |
International Fund for Agricultural Development | IFAD |
UN Office on Drugs and Crime | UNODC |
UN Interim Force in Lebanon | UNIFIL|Unifil |
MONUSCO | |
UN Mission in South Sudan | UNMISS |
International Court of Justice | ICJ|World Court |
International Criminal Court | ICC |
Permanent Court of Arbitration | |
Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons|OPCW |
Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO |
International Organization for Migration | IOM |
World Trade Organization | World Trade Organisation|WTO |
International Monetary Fund | IMF |
World Bank | World Bank Group |
OECD | Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development |
NATO | Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance|Atlantic alliance |
European Union | EU|E.U. |
European Commission | EC|Brussels Commission |
European Parliament | |
European Council | |
Council of the European Union | Council of the EU |
European Central Bank | ECB |
Court of Justice of the European Union | European Court of Justice|ECJ |
European Court of Human Rights | ECHR|Strasbourg court |
Council of Europe | |
Frontex | |
Europol | |
European Investment Bank | EIB |
European Bank for Reconstruction and Development | EBRD |
Eurogroup | |
European External Action Service | EEAS |
European Space Agency | ESA |
African Union | AU |
ECOWAS | Ecowas|Economic Community of West African States |
Southern African Development Community | SADC |
East African Community | EAC |
IGAD | Intergovernmental Authority on Development |
Arab League | League of Arab States |
Gulf Cooperation Council | GCC|Gulf Co-operation Council |
Organisation of Islamic Cooperation | Organization of Islamic Cooperation|OIC |
ASEAN | Asean|Association of Southeast Asian Nations|Association of South East Asian Nations |
Asia-Pacific Economic Cooperation | APEC|Apec |
SAARC | South Asian Association for Regional Cooperation |
Shanghai Cooperation Organisation | Shanghai Cooperation Organization|SCO |
BRICS | Brics |
G7 | G-7|Group of Seven |
G8 | G-8|Group of Eight |
G20 | G-20|Group of 20|Group of Twenty |
OPEC | Opec|Organization of the Petroleum Exporting Countries |
OPEC+ | Opec+ |
OSCE | Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe |
Commonwealth | Commonwealth of Nations |
Commonwealth of Independent States | CIS |
Collective Security Treaty Organization | CSTO |
Eurasian Economic Union | EAEU |
Organization of American States | OAS |
Mercosur | Mercosul |
CELAC | Community of Latin American and Caribbean States |
CARICOM | Caricom|Caribbean Community |
Pacific Islands Forum | |
Nordic Council | |
Visegrad Group | Visegrád Group|Visegrad Four |
Interpol | INTERPOL |
Asian Development Bank | ADB |
Asian Infrastructure Investment Bank | AIIB |
New Development Bank | |
Bank for International Settlements | BIS |
Financial Action Task Force | FATF |
International Energy Agency | IEA |
International Renewable Energy Agency | IRENA |
Quad | Quadrilateral Security Dialogue |
AUKUS | |
Five Eyes | |
Paris Club | |
International Committee of the Red Cross | ICRC|Red Cross |
International Federation of Red Cross and Red Crescent Societies | IFRC|Red Crescent |
`,
  GOVERNMENT_BODY: `
State Department | US State Department|U.S. State Department|Department of State |USA
Pentagon | the Pentagon|Department of Defense|Defense Department|Department of War|War Department |USA
US Treasury | U.S. Treasury|Treasury Department|US Treasury Department |USA
Justice Department | Department of Justice|DOJ |USA
Department of Homeland Security | Homeland Security Department|DHS |USA
Commerce Department | Department of Commerce |USA
Energy Department | Department of Energy |USA
National Security Council | NSC |USA
US Congress | U.S. Congress|Congress |USA
US Senate | U.S. Senate|Senate |USA
House of Representatives | US House of Representatives|U.S. House of Representatives |USA
US Supreme Court | U.S. Supreme Court |USA
Federal Reserve | Fed|US Federal Reserve |USA
USAID | U.S. Agency for International Development|US Agency for International Development |USA
NASA | |USA
Environmental Protection Agency | EPA |USA
Immigration and Customs Enforcement | ICE |USA
Department of Government Efficiency | DOGE |USA
Secret Service | US Secret Service |USA
US Army | U.S. Army |USA
Foreign Office | Foreign, Commonwealth and Development Office|Foreign and Commonwealth Office|FCDO|FCO |GBR
Home Office | |GBR
Ministry of Defence | MoD|MOD |GBR
Cabinet Office | |GBR
HM Treasury | |GBR
House of Commons | Commons |GBR
House of Lords | Lords |GBR
Bank of England | |GBR
NHS | National Health Service |GBR
Metropolitan Police | Met Police|Scotland Yard |GBR
Scottish Parliament | Holyrood |GBR
Bundestag | |DEU
Bundesrat | |DEU
Bundeswehr | |DEU
Bundesbank | |DEU
Federal Constitutional Court | |DEU
State Duma | Duma |RUS
Federation Council | |RUS
Russian Defence Ministry | Russian Defense Ministry |RUS
Bank of Russia | Central Bank of Russia |RUS
Russian Orthodox Church | |RUS
Verkhovna Rada | Rada |UKR
Armed Forces of Ukraine | Ukrainian Armed Forces |UKR
National People's Congress | NPC |CHN
Politburo | Politburo Standing Committee |CHN
Central Military Commission | |CHN
People's Bank of China | PBOC |CHN
Knesset | |ISR
Lok Sabha | |IND
Rajya Sabha | |IND
Reserve Bank of India | RBI |IND
National Diet | |JPN
Bank of Japan | BoJ|BOJ |JPN
Sejm | |POL
Palestinian Authority | |PSE
Assembly of Experts | |IRN
Guardian Council | |IRN
`,
  // A party whose name holds another's ("Liberal Democrats", "Social Democratic Party") is listed whole, so the longest
  // match wins over "Democrat(s)"; a family of parties named alike in many countries gets no country.
  PARTY: `
Labour Party | Labour|New Labour |GBR
Conservative Party | Conservatives|Tories|Tory Party|Tory |GBR
Liberal Democrats | Liberal Democrat|Lib Dems|Lib Dem |GBR
Scottish Labour | Scottish Labour Party|Welsh Labour |GBR
Scottish Conservatives | Scottish Conservative Party|Scottish Tories |GBR
Social Democratic and Labour Party | SDLP |GBR
Scottish National Party | SNP |GBR
UKIP | UK Independence Party |GBR
Plaid Cymru | |GBR
Reform UK | |GBR
Democratic Unionist Party | DUP |GBR
Sinn Fein | Sinn Féin |IRL
Fianna Fail | Fianna Fáil |IRL
Fine Gael | |IRL
Democratic Party | Democrats|Democrat |USA
Republican Party | Republicans|GOP |USA
Democratic National Committee | DNC |USA
Republican National Committee | RNC |USA
Christian Democratic Union | CDU |DEU
Christian Social Union | CSU |DEU
Social Democratic Party of Germany | SPD |DEU
Free Democratic Party | FDP|Free Democrats|Free Democrat |DEU
Social Democratic Party | Social Democrats|Social Democrat |
Christian Democratic Party | Christian Democrats|Christian Democrat |
Alternative for Germany | AfD|Alternative für Deutschland |DEU
Die Linke | |DEU
Sahra Wagenknecht Alliance | BSW |DEU
National Rally | Rassemblement National|National Front|Front National |FRA
Les Républicains | Les Republicains |FRA
La France Insoumise | France Unbowed|LFI |FRA
United Russia | |RUS
Communist Party of the Russian Federation | KPRF |RUS
Chinese Communist Party | Communist Party of China|CCP|CPC |CHN
Bharatiya Janata Party | BJP |IND
Indian National Congress | Congress party|Congress Party |IND
Aam Aadmi Party | AAP |IND
Liberal Democratic Party | LDP |JPN
Komeito | |JPN
Likud | |ISR
Yesh Atid | |ISR
Justice and Development Party | AKP|AK Party |TUR
Republican People's Party | CHP |TUR
African National Congress | ANC |ZAF
Economic Freedom Fighters | EFF |ZAF
Australian Labor Party | Labor Party|ALP |AUS
New Democratic Party | NDP|New Democrats |CAN
Progressive Conservative Party | Progressive Conservatives |CAN
Fidesz | |HUN
Law and Justice | PiS |POL
Civic Platform | |POL
Brothers of Italy | Fratelli d'Italia |ITA
Five Star Movement | M5S |ITA
Forza Italia | |ITA
Servant of the People | |UKR
PSOE | Spanish Socialist Workers' Party |ESP
Vox | |ESP
Podemos | |ESP
Party for Freedom | PVV |NLD
Freedom Party of Austria | FPÖ|FPO |AUT
Sweden Democrats | |SWE
Pakistan Tehreek-e-Insaf | PTI |PAK
Pakistan Muslim League-Nawaz | PML-N |PAK
National League for Democracy | NLD |MMR
United Socialist Party of Venezuela | PSUV |VEN
Workers' Party | |BRA
Fatah | |PSE
Palestine Liberation Organization | PLO |PSE
Muslim Brotherhood | |EGY
`,
  MILITARY: `
Hamas | |PSE
Hezbollah | Hizbollah|Hizballah |LBN
Palestinian Islamic Jihad | Islamic Jihad |PSE
Houthis | Houthi|Ansar Allah |YEM
Taliban | |AFG
al-Qaeda | al-Qaida|Al Qaeda|Al-Qaeda |
Islamic State | ISIS|ISIL|Daesh|IS group |
Boko Haram | |NGA
al-Shabaab | Al-Shabaab|al-Shabab|Al-Shabab |SOM
PKK | Kurdistan Workers' Party |TUR
YPG | People's Protection Units |SYR
Syrian Democratic Forces | SDF |SYR
Hayat Tahrir al-Sham | HTS |SYR
Islamic Revolutionary Guard Corps | IRGC|Revolutionary Guards|Revolutionary Guard|Revolutionary Guard Corps |IRN
Quds Force | |IRN
Basij | |IRN
Israel Defense Forces | IDF|Israel Defence Forces |ISR
People's Liberation Army | PLA |CHN
Wagner Group | Wagner |RUS
Rapid Support Forces | RSF |SDN
M23 | |COD
Kataib Hezbollah | Kata'ib Hezbollah |IRQ
Popular Mobilization Forces | PMF|Popular Mobilisation Forces |IRQ
Azov Brigade | Azov Regiment|Azov |UKR
US Central Command | CENTCOM|Centcom |USA
Indo-Pacific Command | INDOPACOM |USA
US Marine Corps | Marine Corps |USA
Royal Navy | |GBR
Royal Air Force | RAF |GBR
British Army | |GBR
Black Sea Fleet | |RUS
Khmer Rouge | |KHM
`,
  INTELLIGENCE: `
CIA | Central Intelligence Agency |USA
FBI | Federal Bureau of Investigation |USA
NSA | National Security Agency |USA
Defense Intelligence Agency | DIA |USA
Office of the Director of National Intelligence | ODNI |USA
FSB | Federal Security Service |RUS
GRU | |RUS
SVR | |RUS
KGB | |RUS
MI5 | |GBR
MI6 | Secret Intelligence Service|SIS |GBR
GCHQ | |GBR
Mossad | |ISR
Shin Bet | Shabak |ISR
Ministry of State Security | MSS |CHN
SBU | Security Service of Ukraine |UKR
HUR | GUR|Defence Intelligence of Ukraine |UKR
BND | |DEU
DGSE | |FRA
ISI | Inter-Services Intelligence |PAK
RAW | Research and Analysis Wing |IND
MOIS | |IRN
`,
  MEDIA: `
Reuters | |GBR
Associated Press | AP |USA
Agence France-Presse | AFP|Agence France Presse |FRA
BBC | British Broadcasting Corporation|BBC News |GBR
CNN | |USA
Deutsche Welle | DW |DEU
Al Jazeera | Aljazeera|Al-Jazeera |QAT
Tass | TASS |RUS
RIA Novosti | RIA |RUS
Interfax | |RUS
Xinhua | Xinhua News Agency |CHN
Truth Social | |USA
Fox News | |USA
MSNBC | |USA
NBC News | NBC |USA
CBS News | CBS |USA
ABC News | |USA
NPR | National Public Radio |USA
PBS | |USA
New York Times | The New York Times|NYT |USA
Washington Post | The Washington Post |USA
Wall Street Journal | The Wall Street Journal|WSJ |USA
Financial Times | FT |GBR
The Economist | Economist |GBR
The Guardian | Guardian |GBR
The Telegraph | Daily Telegraph |GBR
Daily Mail | |GBR
Bloomberg News | |USA
Politico | |USA
Axios | |USA
Sky News | |GBR
ITV | |GBR
Channel 4 | |GBR
Euronews | |FRA
France 24 | |FRA
Radio France Internationale | RFI |FRA
Le Monde | |FRA
Le Figaro | |FRA
Der Spiegel | Spiegel |DEU
Die Zeit | |DEU
Bild | |DEU
Frankfurter Allgemeine Zeitung | FAZ |DEU
Süddeutsche Zeitung | |DEU
El País | El Pais |ESP
Corriere della Sera | |ITA
La Repubblica | |ITA
NHK | |JPN
Kyodo News | Kyodo |JPN
Yonhap | Yonhap News Agency |KOR
Korean Central News Agency | KCNA |PRK
Asahi Shimbun | |JPN
Yomiuri Shimbun | |JPN
Nikkei | |JPN
South China Morning Post | SCMP |CHN
Times of India | |IND
The Hindu | |IND
Hindustan Times | |IND
NDTV | |IND
Press Trust of India | PTI news agency |IND
Al Arabiya | |SAU
Anadolu Agency | Anadolu |TUR
TRT | |TUR
Kyiv Independent | |UKR
Ukrainska Pravda | |UKR
Ukrinform | |UKR
Meduza | |RUS
Novaya Gazeta | |RUS
RT | Russia Today |RUS
Sputnik | |RUS
Kommersant | |RUS
Izvestia | |RUS
The Wire | |IND
Voice of America | VOA |USA
Radio Free Europe/Radio Liberty | Radio Free Europe|RFE/RL |USA
CBC | |CAN
Globe and Mail | |CAN
Haaretz | |ISR
Times of Israel | |ISR
Jerusalem Post | |ISR
IRNA | |IRN
Fars | Fars news agency |IRN
Tasnim | |IRN
Press TV | |IRN
Saudi Press Agency | SPA |SAU
CCTV | |CHN
CGTN | |CHN
Global Times | |CHN
People's Daily | |CHN
China Daily | |CHN
`,
  COMPANY: `
Apple | |USA
Google | |USA
Alphabet | |USA
Microsoft | |USA
Amazon | |USA
Meta | |USA
Facebook | |USA
Twitter | |USA
Tesla | |USA
SpaceX | |USA
Starlink | |USA
OpenAI | |USA
Nvidia | |USA
Intel | |USA
IBM | |USA
Boeing | |USA
Lockheed Martin | |USA
Raytheon | RTX |USA
Northrop Grumman | |USA
General Dynamics | |USA
General Motors | GM |USA
Ford Motor | Ford Motor Company |USA
ExxonMobil | Exxon|Exxon Mobil |USA
Chevron | |USA
JPMorgan | JPMorgan Chase|JP Morgan |USA
Goldman Sachs | |USA
Morgan Stanley | |USA
Citigroup | Citi |USA
Bank of America | |USA
BlackRock | |USA
Berkshire Hathaway | |USA
Walmart | |USA
Pfizer | |USA
Moderna | |USA
Johnson & Johnson | |USA
Uber | |USA
Netflix | |USA
Disney | |USA
Palantir | |USA
Anduril | |USA
Samsung | |KOR
Hyundai | |KOR
Sony | |JPN
Toyota | |JPN
Honda | |JPN
Nissan | |JPN
Mitsubishi | |JPN
Hitachi | |JPN
Panasonic | |JPN
SoftBank | |JPN
Nippon Steel | |JPN
Volkswagen | VW |DEU
BMW | |DEU
Mercedes-Benz | Daimler |DEU
Siemens | |DEU
Deutsche Bank | |DEU
Bayer | |DEU
BASF | |DEU
Rheinmetall | |DEU
Lufthansa | |DEU
Airbus | |FRA
Thales | |FRA
Renault | |FRA
TotalEnergies | |FRA
Air France | |FRA
BAE Systems | |GBR
BP | |GBR
Shell | |GBR
HSBC | |GBR
Barclays | |GBR
AstraZeneca | |GBR
Unilever | |GBR
Rio Tinto | |GBR
Anglo American | Anglo American plc |GBR
British Airways | |GBR
Rolls-Royce | |GBR
Glencore | |CHE
Nestlé | Nestle |CHE
UBS | |CHE
Credit Suisse | |CHE
Novartis | |CHE
Equinor | |NOR
Eni | |ITA
Stellantis | |NLD
Ferrari | |ITA
Maersk | |DNK
Nokia | |FIN
Ericsson | |SWE
Volvo | |SWE
IKEA | Ikea |SWE
Spotify | |SWE
Saudi Aramco | Aramco |SAU
Gazprom | |RUS
Rosneft | |RUS
Lukoil | |RUS
Novatek | |RUS
Rosatom | |RUS
Roscosmos | |RUS
Sberbank | |RUS
Aeroflot | |RUS
Naftogaz | |UKR
Huawei | |CHN
ZTE | |CHN
Xiaomi | |CHN
Alibaba | |CHN
Tencent | |CHN
ByteDance | |CHN
TikTok | |CHN
BYD | |CHN
Sinopec | |CHN
PetroChina | |CHN
CNOOC | |CHN
TSMC | Taiwan Semiconductor Manufacturing Company |TWN
Foxconn | |TWN
Tata Group | Tata |IND
Reliance Industries | |IND
Infosys | |IND
Adani Group | |IND
Air India | |IND
Qatar Airways | |QAT
Petrobras | |BRA
Pemex | |MEX
ArcelorMittal | |LUX
BHP | |AUS
Ryanair | |IRL
`,
  NGO: `
Amnesty International | Amnesty |GBR
Human Rights Watch | HRW |USA
Doctors Without Borders | Médecins Sans Frontières|Medecins Sans Frontieres|MSF |CHE
Oxfam | |GBR
Save the Children | |GBR
Greenpeace | |NLD
Transparency International | |DEU
Reporters Without Borders | |FRA
Committee to Protect Journalists | CPJ |USA
International Crisis Group | Crisis Group |BEL
Brookings Institution | Brookings |USA
Chatham House | |GBR
RAND Corporation | RAND |USA
Council on Foreign Relations | CFR |USA
Atlantic Council | |USA
Center for Strategic and International Studies | CSIS |USA
Institute for the Study of War | ISW |USA
International Institute for Strategic Studies | IISS |GBR
Stockholm International Peace Research Institute | SIPRI |SWE
Carnegie Endowment for International Peace | Carnegie Endowment |USA
Heritage Foundation | |USA
Bill & Melinda Gates Foundation | Gates Foundation |USA
WikiLeaks | Wikileaks |
International Olympic Committee | IOC |CHE
FIFA | |CHE
UEFA | |CHE
World Anti-Doping Agency | WADA |CAN
`,
  FORUM: `
Munich Security Conference | MSC |DEU
World Economic Forum | WEF|Davos Forum|Davos forum |CHE
Valdai Discussion Club | Valdai Club|Valdai forum |RUS
St Petersburg International Economic Forum | St. Petersburg International Economic Forum|SPIEF |RUS
Eastern Economic Forum | |RUS
Shangri-La Dialogue | |SGP
Raisina Dialogue | |IND
Boao Forum for Asia | Boao Forum |CHN
Halifax International Security Forum | |CAN
Manama Dialogue | |BHR
Doha Forum | |QAT
Bilderberg Meeting | Bilderberg Group|Bilderberg |
UN Climate Change Conference | COP26|COP27|COP28|COP29|COP30|COP31 |
Summit of the Americas | |
Ukraine Defense Contact Group | Ramstein group|Ramstein format |
Coalition of the Willing | coalition of the willing |
Normandy Format | Normandy format |
Weimar Triangle | |
`,
  OTHER: `
Premier League | |GBR
Bundesliga | |DEU
La Liga | |ESP
Serie A | |ITA
Ligue 1 | |FRA
NBA | |USA
NFL | |USA
MLB | |USA
NHL | |USA
Formula One | F1 |
Manchester United | Man United|Man Utd |GBR
Manchester City | Man City |GBR
Arsenal | |GBR
Tottenham Hotspur | Tottenham|Spurs |GBR
Everton | |GBR
Newcastle United | |GBR
Aston Villa | |GBR
West Ham United | West Ham |GBR
Leeds United | |GBR
Celtic | |GBR
Rangers | |GBR
Real Madrid | |ESP
FC Barcelona | Barca|Barça |ESP
Atletico Madrid | Atlético Madrid |ESP
Bayern Munich | Bayern|Bayern München |DEU
Borussia Dortmund | |DEU
Juventus | Juve |ITA
AC Milan | |ITA
Inter Milan | Internazionale |ITA
Napoli | |ITA
Lazio | |ITA
AS Roma | |ITA
Ajax | Ajax Amsterdam |NLD
PSV Eindhoven | PSV |NLD
Feyenoord | |NLD
Benfica | |PRT
FC Porto | |PRT
Sporting Lisbon | |PRT
Paris Saint-Germain | PSG|Paris St Germain |FRA
Olympique Marseille | |FRA
Galatasaray | |TUR
Fenerbahce | Fenerbahçe |TUR
Besiktas | Beşiktaş |TUR
Anderlecht | |BEL
Club Brugge | |BEL
Red Star Belgrade | |SRB
Dinamo Zagreb | |HRV
Boca Juniors | |ARG
River Plate | |ARG
Flamengo | |BRA
Vatican Bank | |VAT
`,
  // Teams are found by rule (result lines, club words), not listed: stage 3 makes their entries.
  SPORTS_TEAM: ``,
};

function parseTables(): OrganizationEntry[] {
  const out: OrganizationEntry[] = [];
  for (const [category, table] of Object.entries(TABLES) as [Category, string][]) {
    for (const line of table.split("\n")) {
      if (!line.trim()) continue;
      const [name = "", aliases = "", country = ""] = line.split(" |").map((cell) => cell.trim());
      out.push({
        name,
        aliases: aliases.split("|").map((a) => a.trim()).filter(Boolean),
        ...(country ? { countryIso3: country } : {}),
        category,
      });
    }
  }
  return out;
}

/**
 * International bodies, national institutions, parties, armed groups, intelligence services, news
 * organisations, companies, think tanks, forums and sports clubs. "The Kremlin", "the White House"
 * and "Downing Street" are country metonyms (countries.ts), not organisations.
 */
export const ORGANIZATIONS: readonly OrganizationEntry[] = parseTables();

/** Last words of sports clubs' names ("Bristol Rovers", "Ross County", "Cambridge United"). */
export const CLUB_SUFFIXES: readonly string[] = "United City Rovers Athletic Athletico Wanderers Albion Thistle Rangers County Town Hotspur Argyle Orient Villa Forest Academicals Alexandra Wednesday Harriers FC AFC SC CF".split(" ");

/** First words of sports clubs' names ("Dynamo Moscow", "Real Madrid", "OFK Beograd"). */
export const CLUB_PREFIXES: readonly string[] = "Dynamo Dinamo Spartak Lokomotiv Lokomotiva Torpedo Zenit Rotor Real Sporting Olympique Olympiakos Hansa Borussia Eintracht Fortuna Internazionale Inter Atletico Racing Slavia Sparta Rapid Steaua Admira Hapoel Maccabi Beitar Vitesse CSKA FC AC AS SC SK OFK FK NK HNK PSV".split(" ");
