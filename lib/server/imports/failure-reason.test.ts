import { describe, expect, it } from "vitest";
import { failureCause, importFailureReason } from "./failure-reason";

describe("importFailureReason", () => {
  it("turns an unreachable database into a sentence without paths or code", () => {
    const prismaError = Object.assign(new Error("\nInvalid `db.importJob.findUniqueOrThrow()` invocation in\n/srv/app/lib/server/imports/start-import.ts:17:34\n\n→ 17 const job = …\nCan't reach database server at 127.0.0.1:5432"), {
      name: "PrismaClientKnownRequestError",
      code: "P1001",
    });
    const reason = importFailureReason(prismaError);
    expect(reason).toBe(
      "The import stopped after several attempts because the database could not be reached. Rows already applied are listed below and stay applied; retry the import to apply the rest.",
    );
    expect(reason).not.toContain("/srv/app");
  });

  it("keeps only the last line of other errors, shortened", () => {
    expect(failureCause(new Error("context\n\nsomething specific went wrong."))).toBe("something specific went wrong.");
    expect(failureCause(new Error("x".repeat(500)))).toHaveLength(198);
  });
});
