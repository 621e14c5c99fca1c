import type { z } from "zod";
import { type ApiProblem, problem, type ProblemIssue } from "@/lib/api/problem";

/** zod's issues as a problem's list: which query parameter or body field, and what to do about it. */
export function issuesOf(error: z.ZodError): ProblemIssue[] {
  return error.issues.map((issue) => ({ ...(issue.path.length ? { field: issue.path.join(".") } : {}), message: issue.message }));
}

/** The 422 for a request body its schema refused: the first issue as the detail, all of them listed. */
export function invalidBody(error: z.ZodError): ApiProblem {
  const errors = issuesOf(error);
  const first = errors[0]!;
  return problem(422, "invalid_body", `${first.field ? `${first.field}: ` : ""}${first.message}`, { errors });
}
