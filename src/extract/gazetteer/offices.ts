import { slugify } from "../../domain/ids.js";

export type OfficeCategory =
  | "HEAD_OF_STATE"
  | "HEAD_OF_GOVERNMENT"
  | "DEPUTY_HEAD"
  | "MINISTER"
  | "SPOKESPERSON"
  | "ENVOY"
  | "AMBASSADOR"
  | "SECURITY"
  | "LEGISLATOR"
  | "MONARCH"
  | "OTHER";

/** One office title and the phrases that name it. */
export interface OfficeTitleEntry {
  /** Canonical title, used in the office id: "President", "Secretary of State", "Foreign Minister". */
  title: string;
  /** Lower-case surface forms, matched case-insensitively at word boundaries, longest first. */
  forms: string[];
  category: OfficeCategory;
  /** When set, the title exists only in these countries (ISO3). */
  countries?: string[];
  /** Country implied when the text names none ("Secretary of State" alone → USA). */
  defaultCountry?: string;
}

type Row = [title: string, forms: string, category: OfficeCategory, countries?: string, defaultCountry?: string];

/**
 * Rows: title, forms ("|"-separated, lower case), category, countries ("," separated), default country.
 * A title used the same way everywhere has no countries; one that is one government's convention names it.
 */
const ROWS: readonly Row[] = [
  // Heads of state and government, and their deputies.
  ["President", "president", "HEAD_OF_STATE"],
  ["President-elect", "president-elect|president elect", "HEAD_OF_STATE"],
  ["Federal President", "federal president", "HEAD_OF_STATE", "DEU,AUT,CHE"],
  ["Vice President", "vice president|vice-president", "DEPUTY_HEAD"],
  ["Vice President-elect", "vice president-elect|vice-president-elect", "DEPUTY_HEAD"],
  ["Prime Minister", "prime minister", "HEAD_OF_GOVERNMENT"],
  ["Prime Minister-designate", "prime minister-designate|prime minister designate", "HEAD_OF_GOVERNMENT"],
  ["Deputy Prime Minister", "deputy prime minister", "DEPUTY_HEAD"],
  ["First Deputy Prime Minister", "first deputy prime minister", "DEPUTY_HEAD"],
  ["Premier", "premier", "HEAD_OF_GOVERNMENT", "CHN", "CHN"],
  ["Vice Premier", "vice premier|vice-premier", "DEPUTY_HEAD", "CHN", "CHN"],
  ["Chancellor", "chancellor|federal chancellor", "HEAD_OF_GOVERNMENT", "DEU,AUT"],
  ["Chancellor-designate", "chancellor-designate|chancellor designate|chancellor-in-waiting", "HEAD_OF_GOVERNMENT", "DEU,AUT", "DEU"],
  ["Vice Chancellor", "vice chancellor|vice-chancellor", "DEPUTY_HEAD", "DEU,AUT"],
  ["Taoiseach", "taoiseach", "HEAD_OF_GOVERNMENT", "IRL"],
  ["Tánaiste", "tánaiste|tanaiste", "DEPUTY_HEAD", "IRL"],
  ["First Minister", "first minister", "HEAD_OF_GOVERNMENT", "GBR"],
  ["Chief Minister", "chief minister", "OTHER", "IND"],
  ["Supreme Leader", "supreme leader", "HEAD_OF_STATE", "IRN,PRK", "IRN"],
  ["General Secretary", "general secretary|party general secretary", "HEAD_OF_STATE"],
  ["President of the European Commission", "european commission president|commission president|president of the european commission", "OTHER"],
  ["President of the European Council", "european council president|president of the european council", "OTHER"],
  ["High Representative for Foreign Affairs", "high representative for foreign affairs and security policy|high representative|eu foreign policy chief|eu's foreign policy chief|eu’s foreign policy chief", "OTHER"],
  ["Governor-General", "governor-general|governor general", "OTHER"],

  // Monarchs and royals.
  ["King", "king", "MONARCH"],
  ["Queen", "queen", "MONARCH"],
  ["Crown Prince", "crown prince", "MONARCH"],
  ["Emir", "emir|amir", "MONARCH", "QAT,KWT"],
  ["Sultan", "sultan", "MONARCH", "OMN,BRN"],
  ["Grand Duke", "grand duke", "MONARCH", "LUX", "LUX"],
  ["Pope", "pope|pontiff", "HEAD_OF_STATE", "VAT", "VAT"],

  // Foreign ministers.
  ["Foreign Minister", "foreign minister|minister of foreign affairs|minister for foreign affairs|foreign affairs minister|top diplomat|minister for europe and foreign affairs|minister of foreign affairs and international cooperation", "MINISTER"],
  ["Deputy Foreign Minister", "deputy foreign minister|vice foreign minister|deputy minister of foreign affairs|deputy minister for foreign affairs", "MINISTER"],
  ["External Affairs Minister", "external affairs minister|minister of external affairs|minister for external affairs", "MINISTER", "IND", "IND"],
  ["Secretary of State", "secretary of state|us secretary of state", "MINISTER", "USA", "USA"],
  ["Deputy Secretary of State", "deputy secretary of state", "MINISTER", "USA", "USA"],
  ["Under Secretary of State", "under secretary of state|undersecretary of state", "OTHER", "USA", "USA"],
  ["Assistant Secretary of State", "assistant secretary of state", "OTHER", "USA", "USA"],
  ["Foreign Secretary", "foreign secretary|secretary of state for foreign, commonwealth and development affairs|secretary of state for foreign and commonwealth affairs|foreign and commonwealth secretary", "MINISTER", "GBR,IND", "GBR"],

  // Defence.
  ["Defence Minister", "defence minister|defense minister|minister of defence|minister of defense|minister for defence|minister for defense|armed forces minister|minister of the armed forces", "MINISTER"],
  ["Deputy Defence Minister", "deputy defence minister|deputy defense minister|deputy minister of defence|deputy minister of defense", "MINISTER"],
  ["Secretary of Defense", "secretary of defense|secretary of defence|defense secretary|us defense secretary|pentagon chief|secretary of war|war secretary", "MINISTER", "USA", "USA"],
  ["Deputy Secretary of Defense", "deputy secretary of defense|deputy defense secretary", "MINISTER", "USA", "USA"],
  ["Defence Secretary", "defence secretary|secretary of state for defence", "MINISTER", "GBR", "GBR"],

  // Finance and economy.
  ["Finance Minister", "finance minister|minister of finance|minister for finance", "MINISTER"],
  ["Treasury Secretary", "treasury secretary|secretary of the treasury|us treasury secretary", "MINISTER", "USA", "USA"],
  ["Chancellor of the Exchequer", "chancellor of the exchequer", "MINISTER", "GBR", "GBR"],
  ["Treasurer", "treasurer", "MINISTER", "AUS", "AUS"],
  ["Economy Minister", "economy minister|economics minister|minister of economy|minister of the economy|economic affairs minister|minister of economic affairs", "MINISTER"],
  ["Trade Minister", "trade minister|minister of trade|minister for trade|commerce minister|minister of commerce|foreign trade minister", "MINISTER"],
  ["Commerce Secretary", "commerce secretary|secretary of commerce", "MINISTER", "USA", "USA"],
  ["Trade Representative", "trade representative|us trade representative|ustr", "MINISTER", "USA", "USA"],
  ["Business Secretary", "business secretary|business and trade secretary", "MINISTER", "GBR", "GBR"],
  ["Energy Minister", "energy minister|minister of energy|minister for energy", "MINISTER"],
  ["Energy Secretary", "energy secretary|secretary of energy", "MINISTER", "USA,GBR"],
  ["Oil Minister", "oil minister|petroleum minister|minister of petroleum|minister of oil", "MINISTER"],
  ["Central Bank Governor", "central bank governor|central bank chief", "OTHER"],

  // Interior, justice, home affairs.
  ["Interior Minister", "interior minister|minister of the interior|minister of interior|minister for the interior|minister of internal affairs|internal affairs minister|home minister|minister of home affairs|home affairs minister", "MINISTER"],
  ["Home Secretary", "home secretary|secretary of state for the home department", "MINISTER", "GBR", "GBR"],
  ["Secretary of the Interior", "interior secretary|secretary of the interior", "MINISTER", "USA", "USA"],
  ["Secretary of Homeland Security", "secretary of homeland security|homeland security secretary", "MINISTER", "USA", "USA"],
  ["Attorney General", "attorney general|attorney-general", "MINISTER"],
  ["Justice Minister", "justice minister|minister of justice|minister for justice", "MINISTER"],
  ["Justice Secretary", "justice secretary|lord chancellor", "MINISTER", "GBR", "GBR"],
  ["Immigration Minister", "immigration minister|minister for immigration", "MINISTER"],

  // Other portfolios.
  ["Health Minister", "health minister|minister of health|minister for health", "MINISTER"],
  ["Health Secretary", "health secretary|health and human services secretary|secretary of health and human services|hhs secretary", "MINISTER", "USA,GBR"],
  ["Education Minister", "education minister|minister of education", "MINISTER"],
  ["Education Secretary", "education secretary|secretary of education", "MINISTER", "USA,GBR"],
  ["Agriculture Minister", "agriculture minister|minister of agriculture", "MINISTER"],
  ["Agriculture Secretary", "agriculture secretary|secretary of agriculture", "MINISTER", "USA", "USA"],
  ["Labor Secretary", "labor secretary|secretary of labor", "MINISTER", "USA", "USA"],
  ["Transportation Secretary", "transportation secretary|secretary of transportation", "MINISTER", "USA", "USA"],
  ["Transport Secretary", "transport secretary", "MINISTER", "GBR", "GBR"],
  ["Transport Minister", "transport minister|minister of transport", "MINISTER"],
  ["Veterans Affairs Secretary", "veterans affairs secretary|secretary of veterans affairs", "MINISTER", "USA", "USA"],
  ["Environment Minister", "environment minister|minister of the environment|minister of environment|climate minister", "MINISTER"],
  ["Environment Secretary", "environment secretary", "MINISTER", "GBR", "GBR"],
  ["Culture Minister", "culture minister|minister of culture", "MINISTER"],
  ["Culture Secretary", "culture secretary", "MINISTER", "GBR", "GBR"],
  ["Information Minister", "information minister|minister of information", "MINISTER"],
  ["Industry Minister", "industry minister|minister of industry", "MINISTER"],
  ["Labour Minister", "labour minister|labor minister|minister of labour|minister of labor", "MINISTER"],
  ["Intelligence Minister", "intelligence minister|minister of intelligence", "MINISTER", "IRN", "IRN"],
  ["Unification Minister", "unification minister|minister of unification", "MINISTER", "KOR", "KOR"],
  ["Northern Ireland Secretary", "northern ireland secretary", "MINISTER", "GBR", "GBR"],
  ["Scottish Secretary", "scottish secretary|scotland secretary", "MINISTER", "GBR", "GBR"],
  ["Welsh Secretary", "welsh secretary|wales secretary", "MINISTER", "GBR", "GBR"],
  ["Work and Pensions Secretary", "work and pensions secretary", "MINISTER", "GBR", "GBR"],
  ["Chancellor of the Duchy of Lancaster", "chancellor of the duchy of lancaster", "MINISTER", "GBR", "GBR"],
  ["Chief Secretary to the Treasury", "chief secretary to the treasury", "MINISTER", "GBR", "GBR"],
  ["Minister of State", "minister of state", "MINISTER"],
  ["Chief Cabinet Secretary", "chief cabinet secretary", "MINISTER", "JPN", "JPN"],
  ["European Commissioner", "european commissioner|eu commissioner", "OTHER"],

  // Spokespeople and aides.
  ["Spokesperson", "spokesperson|spokesman|spokeswoman|press secretary|chief spokesperson|chief spokesman", "SPOKESPERSON"],
  ["Foreign Ministry Spokesperson", "foreign ministry spokesperson|foreign ministry spokesman|foreign ministry spokeswoman", "SPOKESPERSON"],
  ["White House Press Secretary", "white house press secretary", "SPOKESPERSON", "USA", "USA"],
  ["Presidential Aide", "presidential aide|kremlin aide|foreign policy aide|senior aide", "OTHER"],
  ["Chief of Staff", "chief of staff", "OTHER"],
  ["White House Chief of Staff", "white house chief of staff", "OTHER", "USA", "USA"],

  // Envoys and diplomats.
  ["Special Envoy", "special envoy|envoy|special representative|special presidential envoy|peace envoy", "ENVOY"],
  ["Chief Negotiator", "chief negotiator|lead negotiator|top negotiator", "ENVOY"],
  ["Ambassador", "ambassador", "AMBASSADOR"],
  ["Ambassador to the United Nations", "ambassador to the united nations|ambassador to the un|ambassador to the u.n.|un ambassador|u.n. ambassador|permanent representative to the united nations|permanent representative", "AMBASSADOR"],
  ["Chargé d'Affaires", "chargé d'affaires|charge d'affaires|chargé d’affaires", "AMBASSADOR"],
  ["Consul General", "consul general|consul-general", "AMBASSADOR"],
  ["Secretary-General", "secretary-general|secretary general|un chief|u.n. chief|nato chief", "OTHER"],
  ["Director-General", "director-general|director general", "OTHER"],

  // Security and intelligence.
  ["National Security Adviser", "national security adviser|national security advisor", "SECURITY"],
  ["Deputy National Security Adviser", "deputy national security adviser|deputy national security advisor", "SECURITY"],
  ["Director of National Intelligence", "director of national intelligence", "SECURITY", "USA", "USA"],
  ["CIA Director", "cia director|director of the cia|director of the central intelligence agency|cia chief|head of the cia", "SECURITY", "USA", "USA"],
  ["FBI Director", "fbi director|director of the fbi|fbi chief|head of the fbi", "SECURITY", "USA", "USA"],
  ["Chief of MI6", "mi6 chief|chief of mi6|head of mi6|mi6 head|chief of the secret intelligence service", "SECURITY", "GBR", "GBR"],
  ["Director General of MI5", "mi5 director general|director general of mi5|mi5 chief|head of mi5", "SECURITY", "GBR", "GBR"],
  ["FSB Director", "fsb director|director of the fsb|fsb chief|head of the fsb", "SECURITY", "RUS", "RUS"],
  ["SVR Director", "svr director|director of the svr|svr chief|head of the svr|foreign intelligence chief", "SECURITY", "RUS", "RUS"],
  ["Security Council Secretary", "security council secretary|secretary of the security council", "SECURITY", "RUS", "RUS"],
  ["Mossad Director", "mossad director|mossad chief|head of mossad|director of mossad|mossad head", "SECURITY", "ISR", "ISR"],
  ["Intelligence Chief", "intelligence chief|spy chief|spymaster|head of intelligence|military intelligence chief", "SECURITY"],
  ["Chairman of the Joint Chiefs of Staff", "chairman of the joint chiefs of staff|chairman of the joint chiefs|joint chiefs chairman", "SECURITY", "USA", "USA"],
  ["Chief of the General Staff", "chief of the general staff|chief of general staff|chief of staff of the armed forces", "SECURITY"],
  ["Chief of the Defence Staff", "chief of the defence staff|chief of defence staff|chief of the defense staff", "SECURITY"],
  ["Army Chief", "army chief|chief of army staff|army chief of staff", "SECURITY"],
  ["Commander-in-Chief", "commander-in-chief|commander in chief", "SECURITY"],
  ["Military Commander", "military commander|top commander|top general|military chief", "SECURITY"],

  // Legislators and other public offices.
  ["Senator", "senator|sen.", "LEGISLATOR"],
  ["Congressman", "congressman|congresswoman|congressmember", "LEGISLATOR", "USA", "USA"],
  ["Speaker of the House", "speaker of the house|house speaker|speaker of the house of representatives", "LEGISLATOR", "USA", "USA"],
  ["Speaker of the House of Commons", "commons speaker|speaker of the house of commons", "LEGISLATOR", "GBR", "GBR"],
  ["Speaker of Parliament", "speaker of parliament|parliament speaker|parliamentary speaker", "LEGISLATOR"],
  ["Senate Majority Leader", "senate majority leader", "LEGISLATOR", "USA", "USA"],
  ["Senate Minority Leader", "senate minority leader", "LEGISLATOR", "USA", "USA"],
  ["House Majority Leader", "house majority leader", "LEGISLATOR", "USA", "USA"],
  ["House Minority Leader", "house minority leader", "LEGISLATOR", "USA", "USA"],
  ["Member of Parliament", "member of parliament|mp", "LEGISLATOR"],
  ["Member of the European Parliament", "member of the european parliament|mep", "LEGISLATOR"],
  ["Lawmaker", "lawmaker|legislator|parliamentarian", "LEGISLATOR"],
  ["Leader of the Opposition", "leader of the opposition|opposition leader", "LEGISLATOR"],
  ["Party Leader", "party leader", "OTHER"],
  ["Governor", "governor", "OTHER"],
  ["Mayor", "mayor|lord mayor", "OTHER"],
  ["Chief Justice", "chief justice", "OTHER"],
  ["First Lady", "first lady", "OTHER"],
  ["Chairman", "chairman|chairwoman|chairperson", "OTHER"],
  ["Chief Executive", "chief executive|chief executive officer|ceo", "OTHER"],
];

/** Office titles with their surface forms: heads of state and government, ministers, envoys, spies, monarchs. */
export const OFFICE_TITLES: readonly OfficeTitleEntry[] = ROWS.map(([title, forms, category, countries, defaultCountry]) => {
  const only = countries?.split(",");
  // A title that exists in one country implies it.
  const implied = defaultCountry ?? (only?.length === 1 ? only[0] : undefined);
  return {
    title,
    forms: forms.split("|").map((f) => f.trim().toLowerCase()).filter(Boolean),
    category,
    ...(only ? { countries: only } : {}),
    ...(implied ? { defaultCountry: implied } : {}),
  };
});

/**
 * Posts of a city or region ("London Mayor", "the mayor of Paris"): never a state's office, since an office in
 * the graph is a state's (office:<ISO3>:<title>) and a city's post makes no state a party to a contact.
 */
export const LOCAL_POSTS: ReadonlySet<string> = new Set(["Mayor"]);

/**
 * Titles parties give too: written after a party's name ("Labour Party president", "Liberal Democrat
 * spokesman") they are the party's posts, not the state's. Ministers' and legislators' titles stay the state's
 * ("Labour Foreign Secretary", "Democrat Senator"): the party only labels the holder.
 */
export const PARTY_POSTS: ReadonlySet<string> = new Set(["President", "Vice President", "Spokesperson", "Chairman", "Party Leader", "Chief Executive", "Chief of Staff"]);

/**
 * The country rule's office check. A country takes part in an event directly (it is a participant)
 * or through a participant acting for it: the holder, at the time, of an office of that state's
 * executive or diplomatic service. Legislators, party posts, local and regional posts, courts and
 * ceremonial roles do not make a state a party to an international contact.
 */
const NOT_ACTING_FOR_STATE = new Set([
  "Party Leader", "Governor", "Mayor", "Chief Justice", "First Lady", "Chairman", "Chief Executive", "Chief Minister", "First Minister",
]);

/** Whether the holder of an office with this gazetteer title acts for its state (see NOT_ACTING_FOR_STATE). */
export function officeTitleActsForState(entry: Pick<OfficeTitleEntry, "title" | "category">): boolean {
  return entry.category !== "LEGISLATOR" && !NOT_ACTING_FOR_STATE.has(entry.title) && !LOCAL_POSTS.has(entry.title);
}

let nonStateSlugs: readonly string[] | undefined;

/**
 * The title slugs (the part of `office:<ISO3>:<slug>` after the country) of offices whose holders do
 * not act for their state, sorted: what both stores' involvement statements leave out. An office
 * the gazetteer does not list (a title read from text, "Overseas Aid Minister") counts.
 */
export function officeSlugsNotActingForState(): readonly string[] {
  nonStateSlugs ??= [...new Set(OFFICE_TITLES.filter((entry) => !officeTitleActsForState(entry)).map((entry) => slugify(entry.title)))].sort();
  return nonStateSlugs;
}

let byForm: ReadonlyMap<string, OfficeTitleEntry> | undefined;

/** Lower-cased surface form → office title; built once on first call. */
export function officeTitlesByForm(): ReadonlyMap<string, OfficeTitleEntry> {
  if (byForm) return byForm;
  const map = new Map<string, OfficeTitleEntry>();
  for (const entry of OFFICE_TITLES) for (const form of entry.forms) if (!map.has(form)) map.set(form, entry);
  byForm = map;
  return map;
}
