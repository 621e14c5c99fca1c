import { describe, expect, it } from "vitest";
import { createdByPhrase } from "./find-creating-import";

describe("createdByPhrase", () => {
  it("names directory sync and the API rather than 'an import'", () => {
    expect(createdByPhrase({ source: "SCIM", fileName: null })).toBe("directory sync");
    expect(createdByPhrase({ source: "API", fileName: null })).toBe("the API");
  });

  it("names the file when there is one", () => {
    expect(createdByPhrase({ source: "CSV", fileName: "staff.csv" })).toBe("an import of staff.csv");
    expect(createdByPhrase({ source: "CLI", fileName: "staff.csv" })).toBe("the command line (staff.csv)");
    expect(createdByPhrase({ source: "TEXTBOX", fileName: null })).toBe("a pasted list");
  });
});
