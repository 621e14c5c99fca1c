import type { z } from "zod";
import type { ProblemIssue } from "@/lib/api/problem";

/** zod's issues as a problem's list: which query parameter or body field, and what to do about it. */
export function issuesOf(error: z.ZodError): ProblemIssue[] {
  return error.issues.map((issue) => ({ ...(issue.path.length ? { field: issue.path.join(".") } : {}), message: issue.message }));
}
