import { createHash, timingSafeEqual } from "node:crypto";
import { type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

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

/**
 * Bearer-token access: once the operation is known (after validation), a mutation — or any
 * operation when reads require the token — without `Authorization: Bearer <token>` is refused
 * with UNAUTHENTICATED (401), and a wrong token with FORBIDDEN (403). Nothing runs before the check.
 */
export function createAuthPlugin(options: AuthOptions): ApolloServerPlugin {
  const { token, readsRequireToken = false } = options;
  if (!token) return {};
  const expected = digest(token);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          const kind = operation?.operation ?? "query";
          if (kind === "query" && !readsRequireToken) return;
          const header = request.http?.headers.get("authorization");
          if (!header) throw denied(`${kind === "mutation" ? "mutations" : "this server's operations"} need an Authorization: Bearer <token> header`, "UNAUTHENTICATED", 401);
          const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
          if (!match) throw denied("the Authorization header must be `Bearer <token>`", "UNAUTHENTICATED", 401);
          if (!sameToken(match[1]!, expected)) throw denied("the bearer token is not valid for this server", "FORBIDDEN", 403);
        },
      };
    },
  };
}
