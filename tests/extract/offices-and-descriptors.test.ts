import { describe, expect, it } from "vitest";
import { NO_ACTORS, type ActorLookup } from "../../src/extract/actors.js";
import { extractArticle } from "../../src/extract/pipeline.js";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findMentions } from "../../src/extract/stages/03-mentions/index.js";
import { resolveMentions } from "../../src/extract/stages/04-resolve/index.js";
import { ActorKnowledge, actorKnowledge } from "../../src/knowledge/index.js";
import { loadActorPeople, mergeUserPeople } from "../../src/knowledge/actor-knowledge.js";
import { parseActorCsv } from "../../src/knowledge/actor-csv.js";

/**
 * Offices and descriptors in stage 4 of the restructured extractor, issue #14 items 2 and 4: offices read
 * from titles and appositives, dated by the actor knowledge base on the article's date; phrases that name
 * people without their names ("the Russian foreign minister", "his South Korean counterpart"); and posts
 * that are no state's office. Every sentence was written for these tests; real public figures appear in
 * invented sentences where the knowledge base is the point. Tenure dates below are the knowledge base's
 * (knowledge/actors.json). A test written `it.fails` pins a behaviour the issue requires that does not hold yet.
 */

interface Options {
  publishedAt?: string | null;
  actors?: ActorLookup;
}

/** `publishedAt: null` extracts an undated article. */
function graphOf(text: string, { publishedAt = "2019-06-03", actors }: Options = {}) {
  return extractArticle({ text, ...(publishedAt === null ? {} : { publishedAt }) }, actors ? { actors } : {});
}

/** Sergei Lavrov's id: the knowledge base's spelling of his name ("Sergei" or "Sergey") decides it. */
const LAVROV = actorKnowledge().byFullName("Sergei Lavrov")[0]!.id;

/** Ids of the PERSON entities, sorted. */
const peopleIn = (text: string, options?: Options): string[] =>
  graphOf(text, options)
    .entities.filter((e) => e.kind === "PERSON")
    .map((e) => e.id)
    .sort();

/** Tenures as "person office", sorted. */
const tenuresIn = (text: string, options?: Options): string[] =>
  graphOf(text, options)
    .tenures.map((t) => `${t.personId} ${t.officeId}`)
    .sort();

/** Tenures as "person office from..to" ("?" for an end the base does not give), sorted. */
const datedTenures = (text: string, options?: Options): string[] =>
  graphOf(text, options)
    .tenures.map((t) => `${t.personId} ${t.officeId} ${t.from?.value ?? "?"}..${t.to?.value ?? "?"}`)
    .sort();

/** The people the phrase `phrase` (its first use) names, sorted. */
function namedBy(phrase: string, text: string, options?: Options): string[] {
  const graph = graphOf(text, options);
  const start = graph.article.text.indexOf(phrase);
  const end = start + phrase.length;
  return graph.entities
    .filter((e) => e.kind === "PERSON" && e.mentions.some((m) => m.start >= start && m.end <= end))
    .map((e) => e.id)
    .sort();
}

describe("titled names: the holder of the day, with the tenure dated", () => {
  it("reads 'President Bush met Prime Minister Blair' in March 2005 as George W. Bush and Tony Blair, with their tenures", () => {
    const graph = graphOf("President Bush met Prime Minister Blair in Washington on Monday.", { publishedAt: "2005-03-01" });
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort()).toEqual(["person:george-w-bush", "person:tony-blair"]);
    expect(graph.tenures.map((t) => ({ personId: t.personId, officeId: t.officeId, from: t.from, to: t.to, quotes: t.evidence.map((e) => e.quote) }))).toEqual([
      {
        personId: "person:george-w-bush",
        officeId: "office:USA:president",
        from: { value: "2001-01-20", precision: "DAY" },
        to: { value: "2009-01-20", precision: "DAY" },
        quotes: ["President Bush"],
      },
      {
        personId: "person:tony-blair",
        officeId: "office:GBR:prime-minister",
        from: { value: "1997-05-02", precision: "DAY" },
        to: { value: "2007-06-27", precision: "DAY" },
        quotes: ["Prime Minister Blair"],
      },
    ]);
    expect(graph.events.map((e) => [e.type, e.participants.map((p) => p.entityId).sort()])).toEqual([["MEETING", ["person:george-w-bush", "person:tony-blair"]]]);
  });

  it("dates the tenures of a titled surname and a titled full name", () => {
    expect(datedTenures("President Musharraf met President George W Bush in Washington.", { publishedAt: "2005-03-01" })).toEqual([
      "person:george-w-bush office:USA:president 2001-01-20..2009-01-20",
      "person:pervez-musharraf office:PAK:president 2001-06-20..2007-11-29",
    ]);
    expect(datedTenures("Deputy Prime Minister John Prescott arrived in Paris.", { publishedAt: "2005-03-01" })).toContain(
      "person:john-prescott office:GBR:deputy-prime-minister 2002-05-29..2007-06-28",
    );
  });

  it("gives a known person named without a title the prominent office the knowledge base says they held that day", () => {
    expect(datedTenures("Sergei Lavrov arrived in Tokyo on Monday.")).toEqual([`${LAVROV} office:RUS:foreign-minister 2004-03-09..?`]);
  });

  it("reads a country word, a title and a name as one office holder", () => {
    const options = { publishedAt: "2024-03-13" };
    expect(tenuresIn("French President Emmanuel Macron arrived in Berlin on Monday.", options)).toEqual(["person:emmanuel-macron office:FRA:president"]);
    expect(tenuresIn("Russia's Foreign Minister Sergei Lavrov spoke to reporters.", options)).toEqual([`${LAVROV} office:RUS:foreign-minister`]);
    expect(tenuresIn("Chinese Foreign Minister Wang Yi arrived in Canberra.", options)).toEqual(["person:wang-yi office:CHN:foreign-minister"]);
  });

  it("uses the country a title implies when none is named", () => {
    expect(tenuresIn("Secretary of State Antony Blinken landed in Tokyo.", { publishedAt: "2024-03-13" })).toEqual(["person:antony-blinken office:USA:secretary-of-state"]);
  });

  it("reads an appositive office after the name", () => {
    expect(tenuresIn("Olaf Scholz, the German chancellor, said the talks were useful.", { publishedAt: "2024-03-13" })).toEqual(["person:olaf-scholz office:DEU:chancellor"]);
  });

  it("does not let a sentence's only country override an office stated with its country", () => {
    const text = "US President Joe Biden spoke on Monday. Moldova is grateful to President Biden, Moldovan officials said.";
    expect(tenuresIn(text, { publishedAt: "2024-03-13" })).toEqual(["person:joe-biden office:USA:president"]);
  });

  // The country a title only implies ("Defence Secretary" is Britain's) gives way to the one of the office the
  // knowledge base says its holder held on the date; the office is then the base's.
  it("never lets a title's default country override the country the knowledge base gives its holder", () => {
    const text = "Defence Secretary Mark Esper met his South Korean counterpart in Seoul on Friday.";
    expect(tenuresIn(text, { publishedAt: "2019-09-02" })).not.toContain("person:mark-esper office:GBR:defence-secretary");
    expect(tenuresIn(text, { publishedAt: "2019-09-02" })).toContain("person:mark-esper office:USA:secretary-of-defense");
    expect(graphOf(text, { publishedAt: "2019-09-02" }).entities.find((e) => e.id === "person:mark-esper")?.countryId).toBe("country:USA");
  });

  it("keeps a title's implied country for a holder the knowledge base does not know in another country's office", () => {
    expect(tenuresIn("Defence Secretary Tom Berg arrived in Seoul on Friday.", { publishedAt: "2019-09-02", actors: NO_ACTORS })).toEqual(["person:tom-berg office:GBR:defence-secretary"]);
  });
});

describe("dates come only from the knowledge base, and only with a date", () => {
  it("leaves a tenure undated when the knowledge base does not know it", () => {
    expect(datedTenures("Norwegian Foreign Minister Jane Roe arrived in Paris.", { publishedAt: "2005-03-01" })).toEqual([
      "person:jane-roe office:NOR:foreign-minister ?..?",
    ]);
    expect(datedTenures("Norwegian Foreign Minister Jane Roe arrived in Paris.", { publishedAt: "2005-03-01", actors: NO_ACTORS })).toEqual([
      "person:jane-roe office:NOR:foreign-minister ?..?",
    ]);
    // The base knows Vince Cable, but never as Foreign Secretary.
    expect(datedTenures("Foreign Secretary Vince Cable arrived in Paris.", { publishedAt: "2012-03-01" })).toEqual([
      "person:vince-cable office:GBR:foreign-secretary ?..?",
    ]);
  });

  it("looks nothing up by date in an undated article", () => {
    const text = [
      "The Russian foreign minister arrived in Tokyo.",
      "US President Donald Trump called his South Korean counterpart.",
      "The Chinese leader stayed silent, and the presidents of Brazil and Argentina met.",
      "Sergei Lavrov said little.",
    ].join(" ");
    const graph = graphOf(text, { publishedAt: null });
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort()).toEqual(["person:donald-trump", LAVROV]);
    // Two presidencies of Donald Trump are known: without a date neither dates the office.
    expect(graph.tenures.map((t) => `${t.personId} ${t.officeId} ${t.from?.value ?? "?"}..${t.to?.value ?? "?"}`)).toEqual(["person:donald-trump office:USA:president ?..?"]);
  });

  it("picks no holder of a title by a surname shared by two holders when the article is undated", () => {
    expect(peopleIn("President Bush met Prime Minister Blair in Washington on Monday.", { publishedAt: null })).toEqual(["person:bush", "person:tony-blair"]);
  });
});

describe("descriptors", () => {
  it("reads 'the Russian foreign minister' in a 2019 article as Sergei Lavrov, with his tenure", () => {
    const text = "The Russian foreign minister arrived in Tokyo on Monday.";
    expect(namedBy("foreign minister", text)).toEqual([LAVROV]);
    expect(datedTenures(text)).toEqual([`${LAVROV} office:RUS:foreign-minister 2004-03-09..?`]);
    expect(namedBy("foreign minister", "Russia's foreign minister arrived in Tokyo on Monday.")).toEqual([LAVROV]);
  });

  it("reads the office holder of the article's date, not of another", () => {
    expect(namedBy("Chancellor", "The German Chancellor spoke in Berlin.", { publishedAt: "2004-06-01" })).toEqual(["person:gerhard-schroder"]);
    expect(namedBy("Chancellor", "The German Chancellor spoke in Berlin.", { publishedAt: "2019-06-01" })).toEqual(["person:angela-merkel"]);
  });

  it("reads 'his South Korean counterpart' by the office the possessor holds", () => {
    const text = (who: string) => `${who} met his South Korean counterpart in Seoul on Friday.`;
    const options = { publishedAt: "2019-09-02" };
    expect(namedBy("South Korean counterpart", text("US President Donald Trump"), options)).toEqual(["person:moon-jae-in"]);
    expect(namedBy("South Korean counterpart", text("US Secretary of State Mike Pompeo"), options)).toEqual(["person:kang-kyung-wha"]);
    expect(namedBy("South Korean counterpart", text("US Defense Secretary Mark Esper"), options)).toEqual(["person:jeong-kyeong-doo"]);
    expect(datedTenures(text("US Secretary of State Mike Pompeo"), options)).toEqual([
      "person:kang-kyung-wha office:KOR:foreign-minister 2017-06-18..2021-02-09",
      "person:mike-pompeo office:USA:secretary-of-state 2018-04-26..2021-01-20",
    ]);
  });

  it("reads a counterpart of a person named only by a descriptor", () => {
    const text = "The Russian foreign minister flew to Seoul on Monday, where he met his South Korean counterpart.";
    expect(peopleIn(text)).toEqual(["person:kang-kyung-wha", LAVROV]);
  });

  it("reads 'the presidents of Brazil and Argentina' and 'the Indian and Pakistani foreign ministers' as two people each", () => {
    expect(namedBy("presidents", "The presidents of Brazil and Argentina met in Buenos Aires on Monday.")).toEqual(["person:jair-bolsonaro", "person:mauricio-macri"]);
    expect(namedBy("presidents", "The Brazilian and Argentine presidents met in Montevideo on Monday.")).toEqual(["person:jair-bolsonaro", "person:mauricio-macri"]);
    const ministers = "The Indian and Pakistani foreign ministers met in Geneva on Monday.";
    expect(namedBy("foreign ministers", ministers, { publishedAt: "2020-01-15" })).toEqual(["person:s-jaishankar", "person:shah-mahmood-qureshi"]);
    expect(datedTenures(ministers, { publishedAt: "2020-01-15" })).toEqual([
      "person:s-jaishankar office:IND:external-affairs-minister 2019-05-30..?",
      "person:shah-mahmood-qureshi office:PAK:foreign-minister 2018-08-20..2022-04-10",
    ]);
    expect(namedBy("foreign ministers", "The foreign ministers of India and Pakistan met in Geneva on Monday.", { publishedAt: "2020-01-15" })).toEqual([
      "person:s-jaishankar",
      "person:shah-mahmood-qureshi",
    ]);
  });

  it("reads 'the presidents of Chile and Peru' as two people once a user's actor file names them", () => {
    // The shipped base covers the G20 and other required countries, not Chile or Peru: a user's CSV adds them.
    const csv = [
      "name,other_names,gender,country,office,category,from,to,leader,note",
      "Sebastián Piñera,Sebastian Pinera,M,CHL,President,HEAD_OF_STATE,2018-03-11,2022-03-11,Y,",
      "Martín Vizcarra,Martin Vizcarra,M,PER,President,HEAD_OF_STATE,2018-03-23,2020-11-10,Y,",
    ].join("\n");
    const actors = new ActorKnowledge(mergeUserPeople(loadActorPeople(), parseActorCsv(csv, "user:test-actors.csv")));
    const text = "The presidents of Chile and Peru met in Lima on Monday.";
    expect(namedBy("presidents", text, { actors })).toEqual(["person:martin-vizcarra", "person:sebastian-pinera"]);
    expect(datedTenures(text, { actors })).toEqual([
      "person:martin-vizcarra office:PER:president 2018-03-23..2020-11-10",
      "person:sebastian-pinera office:CHL:president 2018-03-11..2022-03-11",
    ]);
  });

  it("reads 'the Chinese leader' and 'the leaders of France and Germany' as the leaders of the day", () => {
    expect(namedBy("Chinese leader", "The Chinese leader visited Moscow on Monday.")).toEqual(["person:xi-jinping"]);
    expect(namedBy("China's leader", "China's leader visited Moscow on Monday.")).toEqual(["person:xi-jinping"]);
    expect(namedBy("leaders of France and Germany", "The leaders of France and Germany met in Aachen on Monday.")).toEqual(["person:angela-merkel", "person:emmanuel-macron"]);
  });

  it("reads 'the two leaders' as the two office holders just named", () => {
    expect(namedBy("The two leaders", "Emmanuel Macron met Angela Merkel in Aachen on Monday. The two leaders signed a treaty.")).toEqual([
      "person:angela-merkel",
      "person:emmanuel-macron",
    ]);
  });

  it("reads 'the president' as the current holder the article names most", () => {
    const text =
      "President Barack Obama signed the deal in 2015. Obama defended it on Monday, and Obama urged calm. President Donald Trump scrapped it. The president said the deal was weak.";
    expect(namedBy("The president", text)).toEqual(["person:donald-trump"]);
    const summit =
      "President Donald Trump met President Vladimir Putin in Osaka. Trump said the talks were good, and Trump praised the host. Putin spoke briefly. The president said the summit had gone well.";
    expect(namedBy("The president", summit)).toEqual(["person:donald-trump"]);
  });

  // Only names and titles written before the phrase are counted, never a pronoun after it.
  it("reads 'the president' as the holder named most even when a pronoun follows it", () => {
    const text =
      "President Donald Trump met President Vladimir Putin in Osaka. Trump said the talks were good, and Trump praised the host. Putin spoke briefly. The president said he would return.";
    expect(namedBy("The president", text)).toEqual(["person:donald-trump"]);
  });

  it("counts no mention written after 'the president'", () => {
    const text =
      "President Donald Trump met President Vladimir Putin in Osaka. Putin spoke briefly. The president said the summit had gone well. Later Trump left, and Trump flew home.";
    expect(namedBy("The president", text)).toEqual(["person:vladimir-putin"]);
  });

  it("reads the office holder a counterpart's country names, and no office for the visitor", () => {
    expect(datedTenures("Prime Minister Alan Pemberton met Germany's chancellor in Berlin.", { publishedAt: "2005-03-01" })).toEqual([
      "person:gerhard-schroder office:DEU:chancellor 1998-10-27..2005-11-22",
    ]);
  });
});

describe("posts that are no state's office", () => {
  it.each([
    ["a party chairman", "Labour chairman Tom Berg said Britain would vote in May."],
    ["a party leader", "Party leader Tom Berg said Britain needed change."],
    ["a party leader in apposition", "The party leader, Tom Berg, said Britain needed change."],
    ["a party's chairman", "Tory party chairman Tom Berg said Britain needed change."],
    ["a committee chairman", "Committee chairman Tom Berg said the British inquiry would report soon."],
    ["a committee's chairman in apposition", "The committee's chairman, Tom Berg, said the British inquiry would report soon."],
    ["a broadcaster's chairman", "BBC chairman Tom Berg said Britain's broadcasters were under pressure."],
    ["a company chairman", "Company chairman Tom Berg said British sales rose."],
    ["a chief executive", "Chief executive Tom Berg said Britain's economy was slowing."],
    ["a mayor", "Mayor Tom Berg said Britain's cities needed money."],
    ["a mayor in apposition", "The mayor, Tom Berg, said Britain's cities needed money."],
    ["a mayor of a capital", "The mayor of London, Tom Berg, said Britain's cities needed money."],
  ])("gives %s no state office", (_, text) => {
    expect(tenuresIn(text, { publishedAt: "2005-03-01", actors: NO_ACTORS })).toEqual([]);
    expect(graphOf(text, { publishedAt: "2005-03-01", actors: NO_ACTORS }).entities.filter((e) => e.kind === "OFFICE")).toEqual([]);
  });

  it("gives known party figures named by their party post no state office", () => {
    expect(tenuresIn("Labour chairman Ian McCartney told activists that Britain would vote in May.", { publishedAt: "2005-03-01" })).toEqual([]);
    expect(tenuresIn("Tory leader Michael Howard told a rally that Britain needed change.", { publishedAt: "2005-03-01" })).toEqual([]);
  });

  // A city's mayor holds no state office (an office in the graph is a state's): the capital before the title is the city.
  it.each([
    "London Mayor Tom Berg said Britain's cities needed money.",
    "Paris Mayor Anne Roux said France needed money.",
  ])("gives the mayor of a capital no state office: %s", (text) => {
    expect(tenuresIn(text, { publishedAt: "2005-03-01", actors: NO_ACTORS })).toEqual([]);
  });

  it("reads the capital before a mayor's title as the city, not its government", () => {
    const graph = graphOf("Paris Mayor Anne Roux said the city needed money.", { publishedAt: "2005-03-01", actors: NO_ACTORS });
    expect(graph.entities.filter((e) => e.mentions.some((m) => m.text === "Paris")).map((e) => e.id)).toEqual(["place:FRA:paris"]);
  });

  // A party's name before a title a party gives too makes the title the party's post.
  it.each([
    "Liberal Democrat president Tom Berg said Britain needed change.",
    "Labour Party president Tom Berg said Britain needed change.",
    "Liberal Democrat spokesman Owen Pryce said the scheme would cost too much.",
  ])("gives a party's president or spokesman no state office: %s", (text) => {
    expect(tenuresIn(text, { publishedAt: "2005-03-01", actors: NO_ACTORS })).toEqual([]);
  });

  it("still gives a minister named by party and title the state's office", () => {
    expect(tenuresIn("Labour Foreign Secretary Robin Blake flew to Paris.", { publishedAt: "2005-03-01", actors: NO_ACTORS })).toEqual(["person:robin-blake office:GBR:foreign-secretary"]);
  });

  it("still gives a legislator named by party and title the state's office", () => {
    expect(tenuresIn("Democrat Senator Ruth Calloway voted against it.", { publishedAt: "2005-03-10" })).toEqual(["person:ruth-calloway office:USA:senator"]);
  });
});

describe("the country of an office title that names none", () => {
  const options = { publishedAt: "2005-03-01" };

  it("does not take a destination for the office's country", () => {
    expect(tenuresIn("Prime Minister Harold Wexford visited Paris on Monday.", options)).toEqual([]);
    expect(tenuresIn("Prime Minister Harold Wexford arrived in France for talks.", options)).toEqual([]);
    expect(tenuresIn("Defence Minister Dov Almog flew to Washington on Tuesday.", options)).toEqual([]);
  });

  it("does not take a counterpart's country for the office's country", () => {
    expect(tenuresIn("Finance Minister Harold Wexford met the French finance minister.", options)).toEqual([]);
    expect(tenuresIn("Defence Minister Dov Almog held talks with Iranian officials.", options)).toEqual([]);
  });

  it("keeps a country attached to the title, before or after it", () => {
    expect(tenuresIn("Chinese Foreign Minister Li Wenhao visited Japan.", options)).toEqual(["person:li-wenhao office:CHN:foreign-minister"]);
    expect(tenuresIn("Foreign Minister Li Wenhao of China visited Japan.", options)).toEqual(["person:li-wenhao office:CHN:foreign-minister"]);
  });

  it("keeps the country a sentence names as the holder's own side", () => {
    expect(tenuresIn("Prime Minister Harold Wexford said Britain would act.", options)).toEqual(["person:harold-wexford office:GBR:prime-minister"]);
    expect(tenuresIn("Defence Minister Dov Almog will lead the talks for the Israeli side.", options)).toEqual(["person:dov-almog office:ISR:defence-minister"]);
    expect(tenuresIn("Defence Minister Dov Almog visited Washington, the Israeli embassy said.", options)).toEqual(["person:dov-almog office:ISR:defence-minister"]);
    expect(tenuresIn("National Security Adviser Jake Sullivan will lead the talks for the US side.", { publishedAt: "2024-03-13" })).toEqual([
      "person:jake-sullivan office:USA:national-security-adviser",
    ]);
  });

  it("takes a place for the country of the holder met there", () => {
    expect(tenuresIn("The envoy met Crown Prince Karim Haddad in the Jordanian capital.", options)).toEqual(["person:karim-haddad office:JOR:crown-prince"]);
  });

  it("uses the holder's own country stated elsewhere in the article", () => {
    expect(tenuresIn("British Prime Minister Harold Wexford spoke on Sunday. Prime Minister Harold Wexford then flew to France.", options)).toEqual([
      "person:harold-wexford office:GBR:prime-minister",
    ]);
  });

  it("falls back on the article's home country, but never gives a traveller the country he travels to", () => {
    const home = "Foreign Secretary Alice Marlow and Home Secretary Peter Dunmore met on Friday.";
    const graph = graphOf(`${home} Prime Minister Harold Wexford visited Paris on Monday.`, options);
    expect(graph.tenures.map((t) => `${t.personId} ${t.officeId}`)).toContain("person:harold-wexford office:GBR:prime-minister");
    expect(graph.entities.some((e) => e.id === "office:FRA:prime-minister")).toBe(false);
    expect(tenuresIn(`${home} President Tom Barrett visited Britain on Monday.`, options).filter((t) => t.startsWith("person:tom-barrett"))).toEqual([]);
  });
});

/** Stage 4 alone: the countries of the article's references to a government. */
function governments(text: string, publishedAt: string | undefined = "2024-03-13", actors: ActorLookup = actorKnowledge()): string[] {
  const cleaned = cleanPlainText(text);
  const sentences = splitSentences(cleaned);
  const mentions = findMentions(sentences, cleaned.text, actors);
  return resolveMentions(cleaned.text, sentences, mentions, actors, publishedAt).governments.map((g) => g.countryId);
}

describe("references to a government", () => {
  it("maps 'the British government' to its country", () => {
    expect(governments("The British government said its offer still stood.")).toEqual(["country:GBR"]);
  });

  it("maps a bare 'the government' to the country whose offices the article's people hold", () => {
    expect(governments("Foreign Secretary Alice Marlow flew home on Monday. The government said its offer still stood.")).toEqual(["country:GBR"]);
    // The knowledge base says whose offices a person held that day.
    expect(governments("Tony Blair visited Paris. France was pleased. The government said it would help.", "2005-03-10")).toEqual(["country:GBR"]);
  });

  it("leaves a bare 'the government' unresolved when no office points to a country, however often one is named", () => {
    expect(governments("The UK plans to raise the pension age. Unions in the UK are angry. The government said it would listen.")).toEqual([]);
    expect(governments("Tony Blair visited Paris. France was angry. The government said it was not represented.", "2005-03-10", NO_ACTORS)).toEqual([]);
    // In 2024 Tony Blair holds no office.
    expect(governments("Tony Blair visited Paris. France was angry. The government said it was not represented.")).toEqual([]);
  });

  it("leaves a bare 'the government' unresolved when nothing says whose it is, and ignores compounds", () => {
    expect(governments("The government said it would listen.")).toEqual([]);
    expect(governments("The UK government programme was cut.")).toEqual([]);
  });

  it("does not count a government reference as a mention of its country", () => {
    const graph = graphOf("Foreign Secretary Alice Marlow flew home. The government said its offer still stood.", { publishedAt: "2024-03-13" });
    expect(graph.entities.filter((e) => e.kind === "COUNTRY" && e.mentions.length > 0)).toEqual([]);
  });
});

describe("contacts between office holders named with country and title", () => {
  const eventsOf = (text: string) =>
    graphOf(text, { publishedAt: "2024-03-13" }).events.map((e) => ({ type: e.type, status: e.status, who: e.participants.map((p) => p.entityId).sort() }));

  it.each([
    ["Japanese Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in Canberra on Tuesday.", "MEETING", ["person:anthony-albanese", "person:fumio-kishida"]],
    ["Egyptian President Abdel Fattah al-Sisi hosted Jordanian King Abdullah II in Alexandria on Tuesday.", "MEETING", ["person:abdel-fattah-el-sisi", "person:abdullah-ii"]],
    ["Indian Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Tuesday.", "CALL", ["person:narendra-modi", "person:vladimir-putin"]],
    ["Turkish President Recep Tayyip Erdogan visited Hungarian Prime Minister Viktor Orban in Budapest on Tuesday.", "VISIT", ["person:recep-tayyip-erdogan", "person:viktor-orban"]],
    ["Serbian President Aleksandar Vucic negotiated with Kosovo Prime Minister Albin Kurti for hours on Tuesday.", "NEGOTIATION", ["person:albin-kurti", "person:aleksandar-vucic"]],
    ["Polish Prime Minister Donald Tusk and Ukrainian Prime Minister Denys Shmyhal signed a defence pact on Tuesday.", "AGREEMENT", ["person:denys-shmyhal", "person:donald-tusk"]],
  ])("%s → %s", (text, type, who) => {
    expect(eventsOf(text)).toContainEqual({ type, status: "OCCURRED", who });
  });

  // Gap (outside issue #14, found while porting): two office holders joined by "and" as the subject of
  // "negotiated" give no event at all; with "negotiated with" they do.
  it.fails("reads two office holders who negotiated together as a negotiation", () => {
    const text = "Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic negotiated through the night on Tuesday.";
    expect(eventsOf(text).map((e) => e.type)).toContain("NEGOTIATION");
  });

  it("reads 'between A, B and C'", () => {
    const text = "Talks between German Chancellor Olaf Scholz, French President Emmanuel Macron and Polish Prime Minister Donald Tusk were held in Paris on Thursday.";
    expect(eventsOf(text).map((e) => e.who)).toEqual([["person:donald-tusk", "person:emmanuel-macron", "person:olaf-scholz"]]);
  });

  it("reads a cancelled meeting and a visit under way", () => {
    expect(eventsOf("A meeting between Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva was cancelled on Tuesday.")).toMatchObject([
      { type: "MEETING", status: "CANCELLED" },
    ]);
    expect(eventsOf("Vietnamese President To Lam is visiting Cambodia this week, where he is meeting Cambodian Prime Minister Hun Manet.")).toMatchObject([
      { status: "ONGOING", who: ["person:hun-manet", "person:to-lam"] },
    ]);
  });

  it("joins 'the call' to the call already reported", () => {
    expect(eventsOf("Canadian Prime Minister Justin Trudeau called Mexican President Andres Manuel Lopez Obrador on Tuesday. The call lasted forty minutes.")).toHaveLength(1);
  });
});
