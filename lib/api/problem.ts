/**
 * API errors as RFC 9457 problem details. `type` stays "about:blank" (the
 * status says what kind of problem it is); `code` is a stable word for
 * programs and `detail` a sentence for the person reading the log.
 */
const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export interface ProblemIssue {
  /** The body's field (a JSON path like "users.3.email") or the CSV's row number, when the problem has one. */
  field?: string;
  row?: number;
  message: string;
}

export interface ProblemBody {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: ProblemIssue[];
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extras: { errors?: ProblemIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }

  body(): ProblemBody {
    return { type: "about:blank", title: TITLES[this.status] ?? "Error", status: this.status, detail: this.detail, code: this.code, ...(this.extras.errors ? { errors: this.extras.errors } : {}) };
  }

  toResponse(): Response {
    return Response.json(this.body(), {
      status: this.status,
      headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...this.extras.headers },
    });
  }
}

export const problem = (status: number, code: string, detail: string, extras?: ApiProblem["extras"]) => new ApiProblem(status, code, detail, extras);
