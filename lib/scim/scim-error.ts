import { ERROR, SCIM_CONTENT_TYPE } from "./urns";

/** RFC 7644 §3.12's scimType values, for the errors that have one. */
export type ScimType = "invalidFilter" | "tooMany" | "uniqueness" | "mutability" | "invalidSyntax" | "invalidPath" | "noTarget" | "invalidValue" | "invalidVers" | "sensitive";

/**
 * A SCIM error answer: the Error schema, `status` as a string (RFC 7644
 * §3.12), a scimType where one applies and a `detail` sentence that says
 * what to change, since it ends up in an identity provider's provisioning log
 * that an admin reads.
 */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body() {
    return { schemas: [ERROR], status: String(this.status), ...(this.scimType ? { scimType: this.scimType } : {}), detail: this.detail };
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.body()), { status: this.status, headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store", ...this.headers } });
  }
}

export const scimError = (status: number, detail: string, scimType?: ScimType, headers?: Record<string, string>) => new ScimError(status, detail, scimType, headers);

/** A SCIM answer: application/scim+json, never cached (every answer is one organisation's data). */
export function scimResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store", ...init.headers } });
}
