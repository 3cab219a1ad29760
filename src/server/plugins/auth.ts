import { createHash, timingSafeEqual } from "node:crypto";
import { type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";

export interface AuthOptions {
  /** The shared secret; when undefined nothing is asked for. */
  token?: string;
  /** Queries (not only mutations) need the token. @default false */
  readsRequireToken?: boolean;
}

const digest = (value: string): Buffer => createHash("sha256").update(value).digest();

/** Compares digests in constant time so the token cannot be guessed a character at a time. */
function sameToken(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

function denied(message: string, code: "UNAUTHENTICATED" | "FORBIDDEN", status: 401 | 403): GraphQLError {
  const headers = status === 401 ? new Map([["www-authenticate", 'Bearer realm="parley"']]) : undefined;
  return new GraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}

/** `Authorization` header values by the operation they come with: the answer is the error to refuse it with, or undefined. */
export type AccessCheck = (operation: OperationTypeNode, authorization: string | null | undefined) => GraphQLError | undefined;

/**
 * The token rule, for HTTP and the WebSocket alike: a mutation — or any operation when reads
 * require the token — without `Bearer <token>` is refused with UNAUTHENTICATED (401), and a wrong
 * token with FORBIDDEN (403). A subscription is a read. Undefined when no token is set.
 */
export function createAccessCheck(options: AuthOptions): AccessCheck | undefined {
  const { token, readsRequireToken = false } = options;
  if (!token) return undefined;
  const expected = digest(token);
  return (operation, authorization) => {
    const isRead = operation !== OperationTypeNode.MUTATION;
    if (isRead && !readsRequireToken) return undefined;
    if (!authorization) return denied(`${isRead ? "this server's operations" : "mutations"} need an Authorization: Bearer <token> header`, "UNAUTHENTICATED", 401);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return denied("the Authorization header must be `Bearer <token>`", "UNAUTHENTICATED", 401);
    if (!sameToken(match[1]!, expected)) return denied("the bearer token is not valid for this server", "FORBIDDEN", 403);
    return undefined;
  };
}

/**
 * Bearer-token access over HTTP (see createAccessCheck), checked once the operation is known
 * (after validation). Nothing runs before the check.
 */
export function createAuthPlugin(options: AuthOptions): ApolloServerPlugin {
  const check = createAccessCheck(options);
  if (!check) return {};
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          const refusal = check(operation?.operation ?? OperationTypeNode.QUERY, request.http?.headers.get("authorization"));
          if (refusal) throw refusal;
        },
      };
    },
  };
}
