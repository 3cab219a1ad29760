import { type ArticleGraph, type EntityKind, type EventType, type GraphEvent } from "../../src/domain/index.js";

/** A hand-built ArticleGraph over `text`, for scoring tests that must not depend on the extractor. */
export interface FixtureEntity {
  id: string;
  kind: EntityKind;
  /** Each mention is the n-th (default first) occurrence of a string in the text. */
  mentions: (string | { text: string; occurrence: number })[];
}

export interface FixtureEvent {
  type: EventType;
  participants: string[];
  placeId?: string;
  /** Indices of the evidence sentences. */
  sentences: number[];
}

/** Sentences are the "\n\n"-separated paragraphs of `text`, as the extractor would see a tokenised document. */
export function graphOf(text: string, entities: FixtureEntity[], events: FixtureEvent[] = []): ArticleGraph {
  const sentences: ArticleGraph["sentences"] = [];
  let start = 0;
  text.split("\n\n").forEach((part, index) => {
    sentences.push({ index, start, end: start + part.length, text: part });
    start += part.length + 2;
  });
  const sentenceAt = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset <= s.end);
  return {
    article: { id: "article:fixture", language: "en", text },
    sentences,
    entities: entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.id,
      aliases: [],
      mentions: entity.mentions.map((m) => {
        const wanted = typeof m === "string" ? { text: m, occurrence: 1 } : m;
        let at = -1;
        for (let n = 0; n < wanted.occurrence; n++) at = text.indexOf(wanted.text, at + 1);
        if (at < 0) throw new Error(`fixture: ${JSON.stringify(wanted.text)} not in text`);
        return { sentence: sentenceAt(at), start: at, end: at + wanted.text.length, text: wanted.text };
      }),
    })),
    tenures: [],
    events: events.map(
      (event, i): GraphEvent => ({
        id: `event:${i}`,
        type: event.type,
        status: "OCCURRED",
        summary: `${event.type} ${event.participants.join(" + ")}`,
        confidence: 0.9,
        participants: event.participants.map((entityId) => ({ entityId, role: "PARTICIPANT" })),
        ...(event.placeId ? { placeId: event.placeId } : {}),
        plover: { event: "CONSULT" },
        evidence: event.sentences.map((s) => ({ articleId: "article:fixture", sentence: s, start: sentences[s]!.start, end: sentences[s]!.end, quote: sentences[s]!.text })),
      }),
    ),
  };
}
