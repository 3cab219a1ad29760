import { type GraphQLErrorJson } from "./test-server.js";

/** POSTs a GraphQL operation over real HTTP and returns the status and parsed JSON body. */
export async function postGraphql<TData = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: { data?: TData | null; errors?: GraphQLErrorJson[] } }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
