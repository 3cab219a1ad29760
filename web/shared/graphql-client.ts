/** The GraphQL endpoint of the server that served the page: pages never talk to another host. */
export const GRAPHQL_PATH = "/graphql";

export interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL response carried errors; the message joins theirs so the page can show it. */
export class GraphQLRequestError extends Error {
  readonly code = "GRAPHQL_REQUEST_FAILED";
  constructor(readonly errors: readonly GraphQLErrorJson[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}

/**
 * POSTs one operation to the page's own server and returns `data`. Throws GraphQLRequestError when
 * the response has errors, and an Error naming the HTTP status when the body is not JSON.
 */
export async function requestGraphql<TData>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    // application/json also satisfies Apollo's CSRF prevention.
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: TData | null; errors?: GraphQLErrorJson[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`the server answered ${response.status} ${response.statusText} without JSON`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error(`the server answered ${response.status} with no data`);
  return body.data;
}
