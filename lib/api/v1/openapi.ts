import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { SCOPE_DESCRIPTIONS } from "@/lib/api/scopes";
import { ENDPOINTS, type Endpoint } from "./endpoints";
import { problemSchema } from "./schemas";

/** Problems any operation can answer with: the wrapper's (lib/api/v1/api-route.ts). */
const COMMON_PROBLEMS = [400, 401, 403, 429, 500];

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "The query or body is malformed: `errors` names each parameter.",
  401: "The token is missing, unknown, expired or revoked.",
  403: "The token lacks this operation's scope.",
  404: "Nothing in your organisation has this id.",
  409: "The request conflicts with the record's state.",
  410: "The import's file contents were deleted under the organisation's retention policy; its status and counts remain.",
  413: "The body is too large.",
  415: "The body's Content-Type isn't one this operation takes.",
  422: "The body can't be imported as it is: `errors` says where and why.",
  429: "The token's rate limit is used up: retry after `Retry-After` seconds.",
  500: "Something failed on Rollcall's side.",
};

function operation(endpoint: Endpoint): ZodOpenApiOperationObject {
  const problems = [...new Set([...COMMON_PROBLEMS, ...endpoint.problems])].sort();
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: `${endpoint.description}\n\nScope: \`${endpoint.scope}\`.`,
    tags: [endpoint.path.startsWith("/api/v1/imports") ? "Imports" : "Users"],
    security: [{ bearerToken: [endpoint.scope] }],
    requestParams: { ...(endpoint.query ? { query: endpoint.query } : {}), ...(endpoint.params ? { path: endpoint.params } : {}) },
    ...(endpoint.requestBody ? { requestBody: endpoint.requestBody } : {}),
    responses: {
      ...endpoint.responses,
      ...Object.fromEntries(problems.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status]!, content: { "application/problem+json": { schema: problemSchema } } }])),
    },
  };
}

/** The published OpenAPI 3.1 document, built from the endpoints' own zod schemas. */
export function openApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  return createDocument(
    {
    openapi: "3.1.0",
    info: {
      title: "Rollcall API",
      version: "1.0.0",
      description:
        "Add, update and read your organisation's LMS users from your own scripts. Authenticate with an API token from Settings → API tokens, " +
        "sent as `Authorization: Bearer rc_…`. Errors are RFC 9457 problem details. Each token may make a limited number of requests per minute; " +
        "every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Users", description: "The organisation's users (learners)." },
      { name: "Imports", description: "Bulk adds and updates, as the import wizard does them." },
    ],
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: `An API token. Scopes: ${Object.entries(SCOPE_DESCRIPTIONS).map(([scope, text]) => `\`${scope}\` — ${text}`).join(" ")}`,
        },
      },
    },
    paths,
    },
    {
      // format: date-time says it all; zod's regex for it and the safe-integer bounds on every integer are noise to a reader.
      override: ({ jsonSchema }) => {
        if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
        if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
        if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      },
    },
  );
}
