import {
  articleId,
  countryId,
  eventId,
  EVENT_TYPE_INFO,
  officeId,
  organizationId,
  personId,
  placeId,
  type ArticleGraph,
  type EntityKind,
  type EventStatus,
  type EventType,
  type Evidence,
  type GraphEntity,
  type GraphEvent,
  type PartialDate,
  type Role,
  type Tenure,
} from "../../src/domain/index.js";

/**
 * Builds ArticleGraphs by hand for GraphQL tests, so they do not depend on extraction quality.
 * Sentences are joined with a space; mentions and evidence spans are found in the text, so a
 * quote that is not in the article fails loudly instead of producing bad offsets.
 * Text first: fixed prose with stable ids, evidence down to a quote. Store tests that compose
 * articles sentence by sentence, with ids unique to each test, use tests/fixtures/article-graphs.ts.
 */
export class ArticleGraphBuilder {
  private readonly text: string;
  private readonly id: string;
  private readonly sentenceStarts: number[] = [];
  private readonly entities = new Map<string, GraphEntity>();
  private readonly events: GraphEvent[] = [];
  private readonly tenures: Tenure[] = [];

  constructor(
    private readonly meta: { title?: string; source?: string; url?: string; publishedAt?: string },
    private readonly sentences: string[],
  ) {
    let offset = 0;
    for (const sentence of sentences) {
      this.sentenceStarts.push(offset);
      offset += sentence.length + 1;
    }
    this.text = sentences.join(" ");
    this.id = articleId(this.text);
  }

  /** Evidence for the first occurrence of `quote` in the text. */
  evidence(quote: string): Evidence {
    const start = this.text.indexOf(quote);
    if (start < 0) throw new Error(`quote not in the article: ${quote}`);
    const sentence = this.sentenceStarts.findLastIndex((s) => s <= start);
    return { articleId: this.id, sentence, start, end: start + quote.length, quote };
  }

  private entity(id: string, kind: EntityKind, name: string, aliases: string[], countryIdValue?: string): string {
    const mentions = [name, ...aliases]
      .filter((form) => this.text.includes(form))
      .map((form) => {
        const { sentence, start, end } = this.evidence(form);
        return { sentence, start, end, text: form };
      });
    this.entities.set(id, { id, kind, name, aliases, mentions, ...(countryIdValue ? { countryId: countryIdValue } : {}) });
    return id;
  }

  person(name: string, aliases: string[] = [], country?: string): string {
    return this.entity(personId(name), "PERSON", name, aliases, country ? countryId(country) : undefined);
  }

  country(iso3: string, name: string, aliases: string[] = []): string {
    return this.entity(countryId(iso3), "COUNTRY", name, aliases);
  }

  office(iso3: string, title: string): string {
    return this.entity(officeId(iso3, title), "OFFICE", title, [], countryId(iso3));
  }

  place(iso3: string, name: string): string {
    return this.entity(placeId(iso3, name), "PLACE", name, [], countryId(iso3));
  }

  organization(name: string, aliases: string[] = []): string {
    return this.entity(organizationId(name), "ORGANIZATION", name, aliases);
  }

  tenure(personIdValue: string, officeIdValue: string, quote: string, from?: PartialDate): this {
    this.tenures.push({ personId: personIdValue, officeId: officeIdValue, confidence: 0.9, evidence: [this.evidence(quote)], ...(from ? { from } : {}) });
    return this;
  }

  event(spec: {
    type: EventType;
    status?: EventStatus;
    date?: PartialDate;
    participants: [string, Role][];
    place?: string;
    summary: string;
    quote: string;
  }): string {
    const bucket = spec.date?.value ?? (this.meta.publishedAt ?? "").slice(0, 7);
    const id = eventId(spec.type, spec.participants.map(([entity]) => entity), bucket);
    const info = EVENT_TYPE_INFO[spec.type];
    this.events.push({
      id,
      type: spec.type,
      status: spec.status ?? "OCCURRED",
      summary: spec.summary,
      confidence: 0.8,
      participants: spec.participants.map(([entityId, role]) => ({ entityId, role })),
      plover: info.plover,
      evidence: [this.evidence(spec.quote)],
      ...(spec.date ? { date: spec.date } : {}),
      ...(spec.place ? { placeId: spec.place } : {}),
      ...(info.cameo ? { cameo: info.cameo } : {}),
    });
    return id;
  }

  build(): ArticleGraph {
    return {
      article: { id: this.id, language: "en", text: this.text, ...this.meta },
      sentences: this.sentences.map((text, index) => ({ index, start: this.sentenceStarts[index]!, end: this.sentenceStarts[index]! + text.length, text })),
      entities: [...this.entities.values()],
      tenures: this.tenures,
      events: this.events,
    };
  }
}
