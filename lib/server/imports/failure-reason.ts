const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

/**
 * A short cause an admin can read. Driver and Prisma errors carry source
 * paths and code frames; those belong in the server log, not on the page.
 */
export function failureCause(error: unknown): string {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: string; message?: string };
  if (name === "PrismaClientInitializationError" || (code && UNREACHABLE_CODES.has(code)) || /can't reach database server/i.test(message ?? ""))
    return "the database could not be reached";
  const lastLine = (message ?? "").split("\n").map((line) => line.trim()).filter(Boolean).pop() ?? "an unexpected error";
  return lastLine.length > 200 ? `${lastLine.slice(0, 197)}…` : lastLine;
}

export function importFailureReason(error: unknown): string {
  return `The import stopped after several attempts because ${failureCause(error).replace(/[.。]$/, "")}. Rows already applied are listed below and stay applied; retry the import to apply the rest.`;
}
