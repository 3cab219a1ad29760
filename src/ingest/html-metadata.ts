/** What an HTML page says about itself in its `<meta>`, `<link>`, `<title>` and JSON-LD. */
export interface HtmlMetadata {
  /** The raw publication timestamp and where it was found, e.g. `meta article:published_time`. */
  published?: { value: string; from: string };
  /** `og:site_name`. */
  source?: string;
  /** `<link rel="canonical">`, else `og:url`: as written, checked by the caller. */
  url?: string;
  /** Whether the page has a title of its own (`<title>` or `og:title`); the extractor picks the wording. */
  hasTitle: boolean;
}

// Where pages put their publication time, most specific first.
const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date",
  "dc.date.issued",
  "dcterms.date",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
];

const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one start tag, names lower-cased, values with character references decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z]+/, "").replace(/\/?>$/, "");
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeReferences(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `datePublished` from the page's JSON-LD blocks (schema.org NewsArticle and kin), when one parses. */
function jsonLdPublished(html: string): string | undefined {
  for (const match of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > 4 || typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string" && record.datePublished.trim()) return record.datePublished.trim();
  return findDatePublished(record["@graph"], depth + 1);
}

/**
 * Reads a page's own metadata with a tag scan (no DOM: the extractor parses the page once, later):
 * the publication time (`article:published_time`, JSON-LD `datePublished`, `itemprop=datePublished`,
 * `name=date|pubdate|dc.date…`), the site name (`og:site_name`), the canonical URL and whether it
 * has a title. Values are returned as written; the caller checks them.
 */
export function readHtmlMetadata(html: string): HtmlMetadata {
  const byKey = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const key = (attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop"))?.toLowerCase();
    const content = (attributes.get("content") ?? attributes.get("datetime"))?.trim();
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  let canonical: string | undefined;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    if ((attributes.get("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) {
      canonical = attributes.get("href")?.trim() || undefined;
      if (canonical) break;
    }
  }
  let published: HtmlMetadata["published"];
  for (const key of PUBLISHED_KEYS) {
    const value = byKey.get(key);
    if (value) {
      published = { value, from: `meta ${key}` };
      break;
    }
    if (key === "og:article:published_time") {
      // JSON-LD sits between the Open Graph tag and the generic `date` names in trust.
      const ld = jsonLdPublished(html);
      if (ld) {
        published = { value: ld, from: "JSON-LD datePublished" };
        break;
      }
    }
  }
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1]?.trim();
  const source = byKey.get("og:site_name");
  const url = canonical ?? byKey.get("og:url");
  return {
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    hasTitle: Boolean(title || byKey.get("og:title")),
  };
}
