/** Example operations offered as tabs and in the Examples menu. Texts are written for this project. */
export interface PlaygroundExample {
  /** Shown in the Examples menu. */
  name: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    name: "Contacts between Trump and Putin",
    query: `# Every event in which at least two of the given people take part, oldest first, with its sources.
query ContactsBetweenLeaders {
  contacts(between: ["person:donald-trump", "person:vladimir-putin"]) {
    id
    type
    status
    date { value precision end }
    place { name }
    summary
    participants { role entity { id name kind } }
    evidence { quote article { title source publishedAt url } }
  }
}
`,
  },
  {
    name: "A country's timeline",
    query: `# Events a country is involved in (directly or through its office holders), for vis-timeline, one lane per type.
query CountryTimeline($country: ID!) {
  timeline(filter: { countries: [$country] }, groupBy: TYPE) {
    groups { id content }
    items { id eventId content start end type group className title }
  }
}
`,
    variables: json({ country: "country:UKR" }),
  },
  {
    name: "An event with its evidence",
    query: `# Find an event by words in its summary, then read every sentence that reports it.
query EventWithEvidence($words: String!) {
  search(query: $words, kinds: [EVENT], first: 1) {
    id
    label
    node {
      ... on Event {
        type
        status
        date { value precision }
        plover { event mode }
        cameo
        participants { role entity { name kind } }
        evidence { quote sentence article { id title source publishedAt url } }
      }
    }
  }
}
`,
    variables: json({ words: "Helsinki" }),
  },
  {
    name: "Dyad counts per year",
    query: `# How often two countries were in contact, year by year: events in which both take part,
# directly or through a person holding one of their offices at the time.
query DyadCounts($a: ID!, $b: ID!) {
  contactCounts(a: $a, b: $b, interval: YEAR) {
    period
    count
    counterpart { id name }
  }
}
`,
    variables: json({ a: "country:USA", b: "country:RUS" }),
  },
  {
    name: "Ingest an article",
    query: `# Reads an article, extracts people, offices, countries and events, and stores them.
# Ingesting the same text again changes nothing (status UNCHANGED).
mutation IngestArticle($input: ArticleInput!) {
  ingestArticle(input: $input) {
    status
    articleId
    entityCount
    eventCount
    events { id type status date { value precision } summary }
  }
}
`,
    variables: json({
      input: {
        title: "Two foreign ministers speak by phone",
        source: "Parley example",
        publishedAt: "2025-03-19",
        text:
          "On Tuesday US Secretary of State Marco Rubio spoke by telephone with Sergei Lavrov, the Russian foreign minister, the State Department said. " +
          "The two discussed preparations for talks in Riyadh next month.",
      },
    }),
  },
  {
    name: "Live feed of new events",
    query: `# Each event as it is stored (run this, then ingest an article in another tab).
# The filter is the one events(filter) takes; here: calls and meetings, dated or not.
subscription LiveEvents {
  eventAdded(filter: { types: [CALL, MEETING] }) {
    id
    type
    date { value precision }
    summary
    participants { role entity { name } }
    evidence { article { title source } }
  }
}
`,
  },
  {
    name: "What the graph holds",
    query: `query Stats {
  stats {
    articles
    events
    tenures
    entitiesByKind { kind count }
    eventsByType { type count }
  }
}
`,
  },
];
