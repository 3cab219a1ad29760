import { describe, expect, it } from "vitest";
import { NO_ACTORS, type ActorLookup } from "../../src/extract/actors.js";
import { extractArticle } from "../../src/extract/pipeline.js";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findMentions } from "../../src/extract/stages/03-mentions/index.js";
import { resolveMentions } from "../../src/extract/stages/04-resolve/index.js";
import { actorKnowledge } from "../../src/knowledge/index.js";

/**
 * Stage 4 (resolution) of the restructured extractor, issue #14 items 2 and 3: which name mentions are
 * one person, who a surname is, and which id a person gets. Every sentence was written for these tests;
 * real public figures appear where the actor knowledge base is the point, in invented sentences.
 * A test written `it.fails` pins a behaviour the issue requires that does not hold yet.
 */

interface Options {
  publishedAt?: string;
  actors?: ActorLookup;
}

function graphOf(text: string, { publishedAt = "2019-06-03", actors }: Options = {}) {
  return extractArticle({ text, publishedAt }, actors ? { actors } : {});
}

const personEntities = (text: string, options?: Options) => graphOf(text, options).entities.filter((e) => e.kind === "PERSON");

/** Ids of the PERSON entities, sorted. */
const peopleIn = (text: string, options?: Options): string[] =>
  personEntities(text, options)
    .map((e) => e.id)
    .sort();

/** Each person with the texts that name them, in text order: "person:x: A | B". */
const mentionsByPerson = (text: string, options?: Options): string[] =>
  personEntities(text, options)
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(" | ")}`)
    .sort();

/**
 * Who each use of `word` on its own names, in text order: the person entity whose mention it is, or "-" for
 * none. Uses inside a longer name ("Jane Roe" for "Roe") are not uses on its own.
 */
function whoIs(word: string, text: string, options?: Options): string[] {
  const graph = graphOf(text, options);
  const mentions = graph.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, owner: e.kind === "PERSON" ? e.id : "-" })));
  const found: string[] = [];
  for (const match of graph.article.text.matchAll(new RegExp(`\\b${word}\\b`, "g"))) {
    const start = match.index;
    const covering = mentions.filter((m) => m.start <= start && start + word.length <= m.end);
    if (covering.some((m) => m.end - m.start > word.length)) continue;
    found.push(covering.find((m) => m.owner !== "-")?.owner ?? "-");
  }
  return found;
}

describe("two different full names are two people", () => {
  it("keeps apart people who share a given name or a surname", () => {
    expect(peopleIn("Jane Roe met Jane Doe in Oslo. Tom Roe met Tom Berg in Bergen.", { actors: NO_ACTORS })).toEqual([
      "person:jane-doe",
      "person:jane-roe",
      "person:tom-berg",
      "person:tom-roe",
    ]);
    expect(peopleIn("Senator Mark Delaney arrived late. Ruth Delaney stayed home.", { actors: NO_ACTORS })).toEqual(["person:mark-delaney", "person:ruth-delaney"]);
  });

  it("keeps apart known people who share a given name or a surname", () => {
    expect(peopleIn("Mike Pompeo met Mike Pence in Washington. Pompeo said the talks went well.")).toEqual(["person:mike-pence", "person:mike-pompeo"]);
    expect(peopleIn("Boris Johnson spoke in London on Monday, and Jo Johnson spoke in Leeds.", { publishedAt: "2020-01-15" })).toEqual([
      "person:boris-johnson",
      "person:jo-johnson",
    ]);
  });

  it("never makes one person's full name an alias of another", () => {
    const people = personEntities("Mike Pompeo met Mike Pence in Washington. Jane Roe met Jane Doe in Oslo.");
    const fullNames = new Set(people.map((p) => p.name));
    for (const p of people) expect(p.aliases.filter((a) => fullNames.has(a)), p.id).toEqual([]);
  });

  // "Major" is also a military rank; it is one only before a name, never as the last word of one.
  it.each([
    ["1995-06-01", undefined],
    ["2005-06-01", undefined],
    ["2005-06-01", NO_ACTORS],
  ] as const)("keeps John Major and John Prescott apart (article of %s)", (publishedAt, actors) => {
    const text = "John Major met John Prescott in London. Major said the talks went well. Prescott disagreed.";
    expect(peopleIn(text, { publishedAt, ...(actors ? { actors } : {}) })).toEqual(["person:john-major", "person:john-prescott"]);
  });

  it("finds John Major named with his title", () => {
    expect(peopleIn("Prime Minister John Major spoke in London.", { publishedAt: "1995-06-01" })).toEqual(["person:john-major"]);
  });

  it("reads a rank or honorific before a name as no part of it, and the same word ending a name as its surname", () => {
    expect(mentionsByPerson("Colonel Ruth Hale met Tom Judge in Oslo. Judge said little.", { actors: NO_ACTORS })).toEqual([
      "person:ruth-hale: Ruth Hale",
      "person:tom-judge: Tom Judge | Judge",
    ]);
  });

  it("keeps Jr. apart from his father when the text alone is read", () => {
    expect(peopleIn("Donald Trump Jr. and Donald Trump arrived together.", { actors: NO_ACTORS })).toEqual(["person:donald-trump", "person:donald-trump-jr"]);
  });

  // A generational suffix after a known name makes another person, with none of the known one's offices.
  it("keeps Jr. apart from his father when the knowledge base knows the father", () => {
    expect(peopleIn("Donald Trump Jr. and Donald Trump arrived together.")).toEqual(["person:donald-trump", "person:donald-trump-jr"]);
  });

  it("gives the son named with Jr. none of his father's offices", () => {
    const graph = graphOf("Donald Trump Jr. said the rally had gone well.");
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toEqual(["person:donald-trump-jr"]);
    expect(graph.tenures).toEqual([]);
  });

  it("keeps a known name with a suffix the knowledge base itself gives", () => {
    expect(peopleIn("Jordanian King Abdullah II arrived in Cairo.", { publishedAt: "2024-03-13" })).toEqual(["person:abdullah-ii"]);
  });

  it("keeps two names apart when each is a relative of the other", () => {
    expect(peopleIn("Donald Trump met Melania Trump at the airport.", { actors: NO_ACTORS })).toEqual(["person:donald-trump", "person:melania-trump"]);
  });
});

describe("forms of one name are one person", () => {
  it("reads 'George Bush' and 'George W. Bush' in a 2005 article as George W. Bush", () => {
    const text = "George Bush spoke in Texas on Monday. Later George W. Bush met reporters. Bush smiled.";
    expect(mentionsByPerson(text, { publishedAt: "2005-03-01" })).toEqual(["person:george-w-bush: George Bush | George W. Bush | Bush"]);
  });

  it("reads 'George Bush' by the article's date: the son in 2005, the father in 1991", () => {
    expect(peopleIn("George Bush spoke in Texas.", { publishedAt: "2005-03-01" })).toEqual(["person:george-w-bush"]);
    expect(peopleIn("George Bush spoke in Texas.", { publishedAt: "1991-03-01" })).toEqual(["person:george-h-w-bush"]);
  });

  it("folds initials written with or without full stops", () => {
    expect(peopleIn("George W Bush spoke in Texas. George W. Bush smiled.", { publishedAt: "2005-03-01" })).toEqual(["person:george-w-bush"]);
  });

  it("reads 'Vince Cable' and 'Vincent Cable' as one person, with or without the knowledge base", () => {
    const text = "Vince Cable spoke in Twickenham. Vincent Cable said later that the plan was sound. Cable left.";
    expect(mentionsByPerson(text, { publishedAt: "2012-06-01" })).toEqual(["person:vince-cable: Vince Cable | Vincent Cable | Cable"]);
    expect(peopleIn(text, { publishedAt: "2012-06-01", actors: NO_ACTORS })).toHaveLength(1);
  });

  // The knowledge base is asked with the familiar forms of the given name when the written one is unknown to it.
  it("gives 'Vincent Cable' alone the knowledge base's person and his dated tenure", () => {
    const graph = graphOf("Business Secretary Vincent Cable spoke in London.", { publishedAt: "2012-06-01" });
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toEqual(["person:vince-cable"]);
    expect(graph.tenures.map((t) => [t.officeId, t.from?.value, t.to?.value])).toEqual([["office:GBR:business-secretary", "2010-05-12", "2015-05-08"]]);
  });

  it("takes a familiar form of a given name for a known person only when that person held an office on the date", () => {
    // In 1990 the base knows Vince Cable in no office: the written name stays its own person.
    expect(peopleIn("Vincent Cable spoke in London.", { publishedAt: "1990-06-01" })).toEqual(["person:vincent-cable"]);
    const undated = extractArticle({ text: "Vincent Cable spoke in London." });
    expect(undated.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toEqual(["person:vincent-cable"]);
  });

  it("reads 'Recep Erdogan', 'Tayyip Erdogan' and 'Recep Tayyip Erdogan' as one person", () => {
    const text = "Recep Erdogan spoke in Ankara. Tayyip Erdogan said later that talks would go on. Recep Tayyip Erdogan left. Erdogan smiled.";
    expect(mentionsByPerson(text, { publishedAt: "2005-06-01" })).toEqual([
      "person:recep-tayyip-erdogan: Recep Erdogan | Tayyip Erdogan | Recep Tayyip Erdogan | Erdogan",
    ]);
  });

  it("reads transliteration variants as one person, under the knowledge base's id", () => {
    const [known] = actorKnowledge().byFullName("Volodymyr Zelensky");
    expect(peopleIn("Volodymyr Zelenskyy spoke first. Later Zelensky thanked the crowd, and Zelenskiy left.")).toEqual([known!.id]);
  });

  it("links surnames, honorifics and titled forms to the full name", () => {
    const graph = graphOf("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva. Mr Xi said trade would grow. Lula agreed.", {
      publishedAt: "2024-03-13",
    });
    const people = graph.entities.filter((e) => e.kind === "PERSON");
    expect(people.map((e) => e.id).sort()).toEqual(["person:luiz-inacio-lula-da-silva", "person:xi-jinping"]);
    expect(people.find((e) => e.id === "person:xi-jinping")!.mentions.map((m) => m.text)).toEqual(["Xi Jinping", "Xi"]);
    expect(people.find((e) => e.id === "person:luiz-inacio-lula-da-silva")!.mentions.map((m) => m.text)).toEqual(["Luiz Inacio Lula da Silva", "Lula"]);
  });

  it("reads a Korean family name used alone as the person introduced", () => {
    const graph = graphOf("North Korean leader Kim Jong Un inspected the site. Kim later left by train.");
    expect(graph.entities.find((e) => e.id === "person:kim-jong-un")?.mentions.map((m) => m.text)).toEqual(["Kim Jong Un", "Kim"]);
  });

  // The knowledge base says which names are written family name first ("Joseph Wu" of Taiwan is not): the family name is the short alias.
  it.each([
    ["Xi Jinping toured the port on Monday.", "person:xi-jinping", "Xi", "Jinping"],
    ["Moon Jae-in toured the farm on Monday.", "person:moon-jae-in", "Moon", "Jae-in"],
    ["Joseph Wu toured the port on Monday.", "person:joseph-wu", "Wu", "Joseph"],
  ])("gives a person its family name as the short alias, whichever order the name is written in: %s", (text, id, family, given) => {
    const person = personEntities(text).find((e) => e.id === id)!;
    expect(person.aliases).toContain(family);
    expect(person.aliases).not.toContain(given);
  });
});

describe("a surname alone", () => {
  it("goes to the person the article introduced", () => {
    expect(whoIs("Roe", "Jane Roe arrived in Oslo on Monday. Roe said the talks went well.", { actors: NO_ACTORS })).toEqual(["person:jane-roe"]);
    // Johnson held no office on the day: the teacher the article introduced is meant.
    expect(whoIs("Johnson", "Ruth Johnson, a teacher from Leeds, won the national prize. Johnson said she was delighted.")).toEqual(["person:ruth-johnson"]);
  });

  it("goes, among two introduced people sharing it, to the one the title fits", () => {
    const text = "Senator Jane Roe spoke in Leeds on Monday, and Tom Roe spoke in York. On Tuesday both travelled to London. Reporters were kept waiting. Senator Roe said the trip had been useful.";
    expect(whoIs("Roe", text, { actors: NO_ACTORS })).toEqual(["person:jane-roe"]);
  });

  it("goes, among two introduced people sharing it, to the office holder of the day", () => {
    const text = "Boris Johnson spoke in London on Monday, and Jo Johnson spoke in Leeds. Johnson said Britain would leave the bloc.";
    expect(whoIs("Johnson", text, { publishedAt: "2020-01-15" })).toEqual(["person:boris-johnson"]);
  });

  it("goes to nobody when neither a title nor an office decides between two introduced people", () => {
    const text = "Jane Roe spoke in Leeds on Monday, and Tom Roe spoke in York. On Tuesday both travelled to London. Reporters were kept waiting. Roe said the trip had been useful.";
    expect(whoIs("Roe", text, { actors: NO_ACTORS })).toEqual(["-"]);
  });

  it("goes to nobody when two people sharing it were both named just before", () => {
    expect(whoIs("Roe", "Jane Roe met Tom Roe in Oslo. Roe said the talks went well.", { actors: NO_ACTORS })).toEqual(["-"]);
    // One of them named again in between decides.
    expect(whoIs("Roe", "Jane Roe met Tom Roe in Oslo. Later that week, Tom Roe flew home. Roe said the talks went well.", { actors: NO_ACTORS })).toEqual(["person:tom-roe"]);
  });

  it("does not go to a relative named once in passing instead of the head of state of the day", () => {
    const text = "Trump spoke in Washington, where a portrait of his late father Fred Trump hangs. Trump said America would respond to China.";
    expect(whoIs("Trump", text)).toEqual(["person:donald-trump", "person:donald-trump"]);
    expect(mentionsByPerson(text)).toContain("person:fred-trump: Fred Trump");
    const brother = "Robert Trump was in hospital in New York. Trump said he would visit his brother, the White House said.";
    expect(whoIs("Trump", brother)).toEqual(["person:donald-trump"]);
  });

  it("does not go to a namesake the story is about in passing instead of the head of state", () => {
    const text = "Aleksandr Putin, a former prisoner freed last week, spoke to reporters. Putin said Russia would respond to the sanctions.";
    expect(whoIs("Putin", text)).toEqual(["person:vladimir-putin"]);
  });

  it("that nobody introduced is the head of state of the day when the article names the country", () => {
    const graph = graphOf("Putin said Russia would respond to the sanctions.");
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toEqual(["person:vladimir-putin"]);
    expect(graph.tenures.map((t) => [t.personId, t.officeId, t.from?.value])).toEqual([["person:vladimir-putin", "office:RUS:president", "2012-05-07"]]);
  });

  it("is never a month or a weekday", () => {
    expect(peopleIn("Britain will hold its vote in May. Ministers met on Monday to plan it.", { publishedAt: "2017-04-20" })).toEqual([]);
    expect(peopleIn("Russia will vote in May. Officials met on Monday, and the plan is due in March.")).toEqual([]);
  });

  // A surname that is also a month is a person as the subject of a reporting verb in an article naming the leader's country.
  it("that is also a month's name is the head of government of the day when it speaks", () => {
    expect(peopleIn("Britain will hold its vote in June. May said the vote would be fair.", { publishedAt: "2017-04-20" })).toEqual(["person:theresa-may"]);
    // Speaking of May is no May speaking.
    expect(peopleIn("Britain will hold its vote in June. In May, officials said the vote would be fair.", { publishedAt: "2017-04-20" })).toEqual([]);
  });
});

describe("ids", () => {
  it("is the knowledge base's canonical name when the base knows the person", () => {
    const [known] = actorKnowledge().byFullName("Sergey Lavrov");
    expect(known?.id).toMatch(/^person:serge[iy]-lavrov$/);
    for (const spelling of ["Sergey Lavrov", "Sergei Lavrov"]) {
      const people = personEntities(`${spelling} spoke in Moscow.`);
      expect(people.map((p) => [p.id, p.name])).toEqual([[known!.id, known!.name]]);
      if (spelling !== known!.name) expect(people[0]!.aliases).toContain(spelling);
    }
  });

  it("stays the same whether or not the knowledge base knows the person", () => {
    const canonical = actorKnowledge().byFullName("Sergei Lavrov")[0]!.name;
    expect(peopleIn(`${canonical} spoke in Moscow.`)).toEqual(peopleIn(`${canonical} spoke in Moscow.`, { actors: NO_ACTORS }));
    expect(peopleIn("Jane Roe spoke in Oslo.")).toEqual(["person:jane-roe"]);
    expect(peopleIn("Jane Roe spoke in Oslo.", { actors: NO_ACTORS })).toEqual(["person:jane-roe"]);
  });

  it("drops an honorific and keeps a royal style before a lone given name", () => {
    expect(peopleIn("Sir Edmund Hartley quit after the vote.")).toEqual(["person:edmund-hartley"]);
    expect(mentionsByPerson("Prince Harry opened the new clinic. Harry thanked the staff.")).toEqual(["person:prince-harry: Prince Harry | Harry"]);
  });
});

describe("evidence of people the text alone gives", () => {
  it("reads kinship and age appositives as people", () => {
    expect(peopleIn("Samir Haddad, father of the missing student, was relieved.")).toEqual(["person:samir-haddad"]);
    expect(peopleIn("Lena Vukic, 41, was arrested at the border.")).toEqual(["person:lena-vukic"]);
    expect(peopleIn("Police released the 52-year-old Chilean Pablo Serrano on bail.")).toEqual(["person:pablo-serrano"]);
  });

  it("reads a list of full names as people, but not a list of places", () => {
    expect(peopleIn("The panel members are Tomas Berg, Ivo Marek, Jan Polak and Otto Weiss.")).toEqual([
      "person:ivo-marek",
      "person:jan-polak",
      "person:otto-weiss",
      "person:tomas-berg",
    ]);
    expect(peopleIn("Delegates arrived from Buenos Aires, Sao Paulo, Mexico City and Los Angeles.")).toEqual([]);
    expect(peopleIn("Delegates included Maria Santos, Tomasz Wrzesniewski and Okonkwo Adebayo.")).toEqual([
      "person:maria-santos",
      "person:okonkwo-adebayo",
      "person:tomasz-wrzesniewski",
    ]);
  });

  // Gap (lost in the restructure): a lone surname listed between proven full names is no longer a person.
  it.fails("reads a lone surname listed beside proven people as a person", () => {
    expect(peopleIn("Nowak, Lena Fischer, Mark Doyle and Anna Berg were named to the panel.")).toContain("person:nowak");
  });

  it("reads initials and a surname, and a name with its country in brackets, as people", () => {
    expect(peopleIn("The visitors were led by J. Whitmore and R. Castellano.")).toEqual(["person:j-whitmore", "person:r-castellano"]);
    expect(peopleIn("Ilkka Vaarnanen (Finland) and Duarte Pestana (Portugal) chaired the panel.")).toEqual(["person:duarte-pestana", "person:ilkka-vaarnanen"]);
  });

  it("reads a double-barrelled name and a given name that is also a verb inside a sentence", () => {
    expect(peopleIn("Anna Kowal-Brandt said the vote was fair.")).toEqual(["person:anna-kowal-brandt"]);
    expect(peopleIn("The seat went to Rose Kiprop after a recount.")).toEqual(["person:rose-kiprop"]);
  });

  // Gap (lost in the restructure): the same name opening a sentence, where the tagger reads "Rose" as a verb, is missed.
  it.fails("reads a given name that is also a verb at the start of a sentence", () => {
    expect(peopleIn("Rose Kiprop won the seat after a recount.")).toEqual(["person:rose-kiprop"]);
  });

  it("keeps two politicians billed 'X versus Y' people, everywhere in the article", () => {
    const text = "Jane Roe and Tom Berg debated on Monday. The race has been billed as Roe versus Berg. Berg said taxes would fall. Roe said they would not.";
    expect(mentionsByPerson(text, { actors: NO_ACTORS })).toEqual(["person:jane-roe: Jane Roe | Roe | Roe", "person:tom-berg: Tom Berg | Berg | Berg"]);
    expect(graphOf(text, { actors: NO_ACTORS }).entities.filter((e) => e.kind === "ORGANIZATION")).toEqual([]);
  });

  it("finds the person a shouted headline names, and no one in a shouted headline that names nobody", () => {
    expect(peopleIn("OKAFOR WINS SEAT IN RECOUNT\n\nChidi Okafor said he was pleased after the recount on Friday.")).toEqual(["person:chidi-okafor"]);
    expect(peopleIn("FLOODS CLOSE ROADS IN LEEDS\n\nRain fell all day.")).toEqual([]);
  });
});

/** Stage 4 alone: the entity each pronoun of the text was linked to, in text order. */
function pronounTargets(text: string, publishedAt = "2024-03-13"): (string | undefined)[] {
  const cleaned = cleanPlainText(text);
  const sentences = splitSentences(cleaned);
  const mentions = findMentions(sentences, cleaned.text, actorKnowledge());
  const resolution = resolveMentions(cleaned.text, sentences, mentions, actorKnowledge(), publishedAt);
  return mentions.filter((m) => m.kind === "PRONOUN").map((m) => resolution.entityOfMention.get(m));
}

describe("pronouns", () => {
  it("does not link an object pronoun to the subject of its own clause", () => {
    const text = "Chancellor Olaf Scholz landed in Rome on Monday, and Italian Prime Minister Giorgia Meloni held talks with him that evening.";
    expect(pronounTargets(text)).toEqual(["person:olaf-scholz"]);
    expect(graphOf(text, { publishedAt: "2024-03-13" }).events.map((e) => [e.type, e.participants.map((p) => p.entityId).sort()])).toEqual([
      ["MEETING", ["person:giorgia-meloni", "person:olaf-scholz"]],
    ]);
  });

  it("links an object pronoun to a person named earlier in its clause who is not its subject", () => {
    expect(pronounTargets("The clerk told Mr Pierre Dupont that the governor would see him.")).toEqual(["person:pierre-dupont"]);
  });

  it("links a possessive in an opening phrase to the titled subject after the comma", () => {
    const text = "The Queen asked Mr Roland Pike to form a cabinet. Within hours of his last talks with Mr Pierre Dupont, Sir Edmund Hale told the nation he would stand down.";
    expect(pronounTargets(text)[0]).toBe("person:edmund-hale");
  });

  // Gap (outside issue #14, found while porting): the talks the possessive names give no meeting of Hale and Dupont.
  it.fails("makes the talks of the person a possessive points to a meeting", () => {
    const text = "The Queen asked Mr Roland Pike to form a cabinet. Within hours of his last talks with Mr Pierre Dupont, Sir Edmund Hale told the nation he would stand down.";
    expect(graphOf(text, { publishedAt: "2024-03-13" }).events.map((e) => [e.type, e.participants.map((p) => p.entityId).sort()])).toEqual([
      ["MEETING", ["person:edmund-hale", "person:pierre-dupont"]],
    ]);
  });
});
