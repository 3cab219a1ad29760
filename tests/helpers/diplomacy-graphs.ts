import { type ArticleGraph } from "../../src/domain/index.js";
import { ArticleGraphBuilder } from "./article-graph-builder.js";

/**
 * Three hand-built article graphs (text written for these tests) about February 2025 contacts,
 * with the ids tests ask for. Event dates cover every precision: days, a month (Helsinki, given
 * here as July 2018) and a year (2014), plus one planned, undated meeting.
 */
export function buildDiplomacyGraphs() {
  const calls = new ArticleGraphBuilder(
    { title: "Trump and Putin talk by phone", source: "Parley test desk", url: "https://example.org/trump-putin-call", publishedAt: "2025-02-13" },
    [
      "US President Donald Trump spoke with Russian President Vladimir Putin by phone on 12 February 2025.",
      "Trump said he and Putin agreed to meet in Saudi Arabia.",
      "The two leaders last held a summit in Helsinki in July 2018.",
      "Russia annexed Crimea from Ukraine in 2014.",
    ],
  );
  const trump = calls.person("Donald Trump", ["Trump"], "USA");
  const putin = calls.person("Vladimir Putin", ["Putin"], "RUS");
  const usa = calls.country("USA", "United States", ["US"]);
  const russia = calls.country("RUS", "Russia");
  const ukraine = calls.country("UKR", "Ukraine");
  const usPresident = calls.office("USA", "President");
  const ruPresident = calls.office("RUS", "President");
  const helsinki = calls.place("FIN", "Helsinki");
  calls.country("SAU", "Saudi Arabia");
  calls.tenure(trump, usPresident, "US President Donald Trump", { value: "2025-01-20", precision: "DAY" });
  calls.tenure(putin, ruPresident, "Russian President Vladimir Putin");
  const trumpPutinCall = calls.event({
    type: "CALL",
    date: { value: "2025-02-12", precision: "DAY" },
    participants: [[trump, "PARTICIPANT"], [putin, "PARTICIPANT"]],
    summary: "Donald Trump and Vladimir Putin speak by phone",
    quote: "spoke with Russian President Vladimir Putin by phone on 12 February 2025",
  });
  const plannedMeeting = calls.event({
    type: "MEETING",
    status: "PLANNED",
    participants: [[trump, "PARTICIPANT"], [putin, "PARTICIPANT"]],
    summary: "Trump and Putin plan to meet in Saudi Arabia",
    quote: "agreed to meet in Saudi Arabia",
  });
  const helsinkiSummit = calls.event({
    type: "SUMMIT",
    date: { value: "2018-07", precision: "MONTH" },
    participants: [[trump, "PARTICIPANT"], [putin, "PARTICIPANT"]],
    place: helsinki,
    summary: "Trump and Putin hold a summit in Helsinki",
    quote: "held a summit in Helsinki in July 2018",
  });
  const crimea = calls.event({
    type: "ANNEXATION",
    date: { value: "2014", precision: "YEAR" },
    participants: [[russia, "INITIATOR"], [ukraine, "PARTICIPANT"]],
    summary: "Russia annexes Crimea from Ukraine",
    quote: "Russia annexed Crimea from Ukraine in 2014",
  });

  const second = new ArticleGraphBuilder(
    { title: "Trump calls Zelenskyy after talking to Putin", source: "Parley test wire", publishedAt: "2025-02-13" },
    [
      "Donald Trump spoke with Vladimir Putin by phone on 12 February 2025, the White House said.",
      "Trump then spoke with Ukrainian President Volodymyr Zelenskyy by phone the same day.",
    ],
  );
  second.person("Donald Trump", ["Trump"], "USA");
  second.person("Vladimir Putin", ["Putin"], "RUS");
  const zelenskyy = second.person("Volodymyr Zelenskyy", ["Zelenskyy"], "UKR");
  const uaPresident = second.office("UKR", "President");
  second.tenure(zelenskyy, uaPresident, "Ukrainian President Volodymyr Zelenskyy");
  const sameCall = second.event({
    type: "CALL",
    date: { value: "2025-02-12", precision: "DAY" },
    participants: [[trump, "PARTICIPANT"], [putin, "PARTICIPANT"]],
    summary: "Donald Trump and Vladimir Putin speak by phone",
    quote: "Donald Trump spoke with Vladimir Putin by phone on 12 February 2025",
  });
  const trumpZelenskyyCall = second.event({
    type: "CALL",
    date: { value: "2025-02-12", precision: "DAY" },
    participants: [[trump, "INITIATOR"], [zelenskyy, "PARTICIPANT"]],
    summary: "Donald Trump and Volodymyr Zelenskyy speak by phone",
    quote: "Trump then spoke with Ukrainian President Volodymyr Zelenskyy by phone",
  });

  const talks = new ArticleGraphBuilder(
    { title: "Ministers meet in Riyadh and Munich", source: "Parley test desk", publishedAt: "2025-02-19" },
    [
      "Secretary of State Marco Rubio met Foreign Minister Sergei Lavrov in Riyadh on 18 February 2025.",
      "Vice President JD Vance met Zelenskyy in Munich on 14 February 2025.",
      "NATO foreign ministers are due to meet in Brussels in April 2025.",
    ],
  );
  const rubio = talks.person("Marco Rubio", ["Rubio"], "USA");
  const lavrov = talks.person("Sergei Lavrov", ["Lavrov"], "RUS");
  const vance = talks.person("JD Vance", ["Vance"], "USA");
  talks.person("Volodymyr Zelenskyy", ["Zelenskyy"], "UKR");
  const nato = talks.organization("NATO");
  const riyadh = talks.place("SAU", "Riyadh");
  const munich = talks.place("DEU", "Munich");
  talks.place("BEL", "Brussels");
  talks.tenure(rubio, talks.office("USA", "Secretary of State"), "Secretary of State Marco Rubio");
  const riyadhTalks = talks.event({
    type: "MEETING",
    date: { value: "2025-02-18", precision: "DAY" },
    participants: [[rubio, "PARTICIPANT"], [lavrov, "PARTICIPANT"]],
    place: riyadh,
    summary: "Marco Rubio meets Sergei Lavrov in Riyadh",
    quote: "Marco Rubio met Foreign Minister Sergei Lavrov in Riyadh on 18 February 2025",
  });
  const munichMeeting = talks.event({
    type: "MEETING",
    date: { value: "2025-02-14", precision: "DAY" },
    participants: [[vance, "PARTICIPANT"], [zelenskyy, "PARTICIPANT"]],
    place: munich,
    summary: "JD Vance meets Volodymyr Zelenskyy in Munich",
    quote: "JD Vance met Zelenskyy in Munich on 14 February 2025",
  });
  const natoMeeting = talks.event({
    type: "MEETING",
    status: "PLANNED",
    date: { value: "2025-04", precision: "MONTH" },
    participants: [[nato, "HOST"]],
    summary: "NATO foreign ministers to meet in Brussels",
    quote: "NATO foreign ministers are due to meet in Brussels in April 2025",
  });

  const graphs: ArticleGraph[] = [calls.build(), second.build(), talks.build()];
  if (sameCall !== trumpPutinCall) throw new Error("the two reports of the Trump–Putin call must share an event id");
  return {
    graphs,
    ids: {
      trump, putin, zelenskyy, rubio, lavrov, vance, nato, usa, russia, ukraine, usPresident, helsinki,
      trumpPutinCall, plannedMeeting, helsinkiSummit, crimea, trumpZelenskyyCall, riyadhTalks, munichMeeting, natoMeeting,
      articles: graphs.map((graph) => graph.article.id),
    },
  };
}
