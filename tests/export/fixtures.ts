import { type ArticleGraph } from "../../src/domain/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { renderExport, type ExportFormat } from "../../src/export/index.js";
import { ArticleGraphBuilder, newCast } from "../fixtures/article-graphs.js";

/** Everything one format writes, joined. */
export async function exportText(store: GraphStore, format: ExportFormat): Promise<string> {
  let text = "";
  for await (const piece of renderExport(store, format)) text += piece;
  return text;
}

/**
 * An invented article whose names a spreadsheet would read as formulas, with an undated event, a
 * date range, a participant listed twice and an event held at a place. All text is made up here.
 */
export function formulaArticle(cast = newCast()) {
  const tag = cast.tag;
  const b = new ArticleGraphBuilder({ title: `=SUM(A1:A2) and friends (${tag})`, publishedAt: "2031-03-04", url: `https://news.example/${tag}/formulas`, source: "@Example Wire" });
  const hyperlink = b.organization(`=HYPERLINK("x")`);
  const plus = b.person(`+Ansel Quor${tag}`);
  const minus = b.organization(`-Delta Circle ${tag}`);
  const at = b.person(`@Mira Tollen${tag}`);
  const plain = b.person(`Oskar Vell${tag}`);
  const harbour = b.place("EST", `Port Ilm ${tag}`);
  const s0 = b.say(`=HYPERLINK("x") hosted +Ansel Quor${tag} and @Mira Tollen${tag} at Port Ilm ${tag} from 3 to 5 March 2031.`, hyperlink, plus, at, harbour);
  const s1 = b.say(`-Delta Circle ${tag} and Oskar Vell${tag} will talk at some point, a spokesperson said.`, minus, plain);
  const s2 = b.say(`Oskar Vell${tag} phoned +Ansel Quor${tag} in 2031.`, plain, plus);
  const summit = b.event({
    type: "SUMMIT",
    participants: [{ entityId: hyperlink, role: "HOST" }, plus, at, { entityId: plus, role: "VISITOR" }],
    date: { value: "2031-03-03", precision: "DAY", end: "2031-03-05" },
    placeId: harbour,
    summary: `Summit at Port Ilm hosted by =HYPERLINK("x")`,
    sentences: [s0],
  });
  const talks = b.event({ type: "NEGOTIATION", status: "PLANNED", participants: [minus, plain], summary: "Talks, some day, between -Delta Circle and Vell", sentences: [s1] });
  const call = b.event({ type: "CALL", participants: [plain, plus], date: "2031", summary: "Vell calls +Quor", sentences: [s2] });
  return { graph: b.build() as ArticleGraph, ids: { hyperlink, plus, minus, at, plain, harbour, summit, talks, call } };
}
