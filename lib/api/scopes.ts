/** What a token may do. Each /api/v1 route (and SCIM) names the one scope it needs. */
export const API_SCOPES = ["users:read", "users:write", "users:erase", "imports:write", "scim"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "users:read": "Read users: list, search and look up the organisation's users.",
  "users:write": "Change users one at a time: archive and unarchive them.",
  "users:erase": "Erase users on request (GDPR art. 17): delete them and their personal data everywhere Rollcall keeps it. Can't be undone.",
  "imports:write": "Import users: start imports (CSV or JSON), follow them, download their errors and undo them.",
  scim: "Directory sync: lets an identity provider (Entra ID, Okta) provision users and groups over SCIM 2.0.",
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Scopes in the order the list shows them, whatever order they were stored in. */
export function sortScopes(scopes: readonly string[]): ApiScope[] {
  return API_SCOPES.filter((scope) => scopes.includes(scope));
}
