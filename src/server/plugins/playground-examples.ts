/** Example operations offered by the built-in query page. Texts are written for this project. */
export interface PlaygroundExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    name: "Contacts between Trump and Putin",
    query: `query Contacts {
  contacts(between: ["person:donald-trump", "person:vladimir-putin"]) {
    id
    type
    status
    date { value precision }
    place { name }
    summary
    participants { role entity { id name kind } }
    sourceCount
  }
}`,
  },
  {
    name: "Calls with their evidence",
    query: `query CallsWithEvidence {
  events(filter: { types: [CALL] }, first: 5, orderBy: DATE_DESC) {
    totalCount
    edges {
      node {
        id
        summary
        date { value precision }
        plover { event mode }
        cameo
        evidence { quote sentence article { title source publishedAt url } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: "Timeline by person",
    query: `query Timeline {
  timeline(groupBy: PERSON) {
    groups { id content }
    items { id content start end type group className title }
  }
}`,
  },
  {
    name: "A person, their offices and events",
    query: `query Person($name: String) {
  person(name: $name) {
    id
    name
    aliases
    country { name iso2 }
    offices { office { name } from { value precision } to { value precision } }
    events { type status date { value precision } summary }
  }
}`,
    variables: { name: "Putin" },
  },
  {
    name: "Ingest an article",
    query: `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    status
    articleId
    entityCount
    eventCount
    events { id type status date { value precision } summary }
  }
}`,
    variables: {
      input: {
        title: "Trump and Putin speak by phone about a ceasefire",
        source: "Parley example",
        publishedAt: "2025-03-19",
        text:
          "US President Donald Trump and Russian President Vladimir Putin spoke by telephone on Tuesday, the White House said. " +
          "The two leaders discussed a ceasefire in Ukraine during the call, which lasted about two hours. " +
          "Kremlin spokesperson Dmitry Peskov said Putin and Trump agreed to stay in contact.",
      },
    },
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
}`,
  },
];
