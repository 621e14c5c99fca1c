import { describe, expect, it } from "vitest";
import { importDataRetention } from "./retention-policy";
import { retentionSentence } from "./retention-sentence";

const now = new Date("2026-12-01T12:00:00Z");
const finished = { status: "COMPLETED" as const, finishedAt: new Date("2026-12-01T10:00:00Z"), undoneAt: null, createdAt: new Date("2026-12-01T09:00:00Z"), dataPurgedAt: null };

describe("importDataRetention", () => {
  it("keeps a finished import's data for the organisation's period from when it finished", () => {
    expect(importDataRetention(finished, 90)).toEqual({ state: "kept", until: new Date("2027-03-01T10:00:00Z") });
  });

  it("counts from the undo when that came later", () => {
    expect(importDataRetention({ ...finished, status: "UNDONE", undoneAt: new Date("2026-12-20T10:00:00Z") }, 10)).toEqual({ state: "kept", until: new Date("2026-12-30T10:00:00Z") });
  });

  it("says nothing of an import still running, and reports a purge", () => {
    expect(importDataRetention({ ...finished, status: "RUNNING", finishedAt: null }, 90)).toBeNull();
    expect(importDataRetention({ ...finished, dataPurgedAt: now }, 90)).toEqual({ state: "purged", purgedAt: now });
  });
});

describe("retentionSentence", () => {
  const kept = { state: "kept" as const, until: new Date("2027-03-01T10:00:00Z") };

  it("names what stays available and until when", () => {
    expect(retentionSentence(kept, ["Undo", "the error report"], now)).toBe(
      "Undo and the error report are available until 1 March 2027, then the file's contents are deleted (the counts stay).",
    );
    expect(retentionSentence(kept, ["the error report"], now)).toBe("The error report is available until 1 March 2027, then the file's contents are deleted (the counts stay).");
    expect(retentionSentence(kept, [], now)).toBe("The file's contents are kept until 1 March 2027, then deleted (the counts stay).");
  });

  it("says when the contents were deleted", () => {
    expect(retentionSentence({ state: "purged", purgedAt: new Date("2027-03-01T11:17:00Z") }, ["Undo"], now)).toBe(
      "The file's contents were deleted on 1 March 2027 under your organisation's retention policy; the counts below are kept.",
    );
  });

  it("doesn't promise a date that has passed (the period was shortened, or the hourly purge hasn't run yet)", () => {
    expect(retentionSentence(kept, ["Undo"], new Date("2027-03-02T00:00:00Z"))).toMatch(/about to be deleted/);
  });
});
