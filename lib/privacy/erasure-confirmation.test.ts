import { describe, expect, it } from "vitest";
import { confirmationMatches, erasureConfirmationPhrase, people } from "./erasure-confirmation";

describe("erasureConfirmationPhrase", () => {
  it("asks for the person's email address when there is one person", () => {
    expect(erasureConfirmationPhrase({ count: 1, email: " Zeph@Example.test " })).toBe("Zeph@Example.test");
  });

  it("asks for the number of people for a selection", () => {
    expect(erasureConfirmationPhrase({ count: 3 })).toBe("erase 3 people");
    expect(erasureConfirmationPhrase({ count: 1200 })).toBe("erase 1,200 people");
    expect(erasureConfirmationPhrase({ count: 1 })).toBe("erase 1 person");
  });
});

describe("confirmationMatches", () => {
  it("ignores case and stray spaces", () => {
    expect(confirmationMatches("  Erase   3 PEOPLE ", "erase 3 people")).toBe(true);
    expect(confirmationMatches("zeph@example.test", "Zeph@Example.test")).toBe(true);
  });

  it("refuses another number, another address or nothing", () => {
    expect(confirmationMatches("erase 2 people", "erase 3 people")).toBe(false);
    expect(confirmationMatches("zeph@example.tes", "zeph@example.test")).toBe(false);
    expect(confirmationMatches("", "erase 3 people")).toBe(false);
    expect(confirmationMatches("", "")).toBe(false);
  });
});

describe("people", () => {
  it("says person or people", () => {
    expect([people(1), people(2), people(0)]).toEqual(["1 person", "2 people", "0 people"]);
  });
});
