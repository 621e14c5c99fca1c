import { describe, expect, it } from "vitest";
import { emailRefusalHint, isValidEmail, normaliseEmail } from "./email";

describe("normaliseEmail", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Jo.Bloggs@Example.COM \t")).toBe("jo.bloggs@example.com");
  });
});

describe("isValidEmail", () => {
  it.each([
    "jo@example.com",
    "o'brien+staff@example.co.uk",
    "first.last@sub.example.org",
    "x@example.io",
    "user_name-1@my-company.com",
    "UPPER@EXAMPLE.COM",
    "a!#$%&*/=?^`{|}~@example.com",
    "jo@xn--bcher-kva.example",
    "1234@123.example.com",
  ])("accepts %s", (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["no @", "jo.example.com"],
    ["nothing after @", "bob@"],
    ["nothing before @", "@example.com"],
    ["two @", "jo@jo@example.com"],
    ["a space", "jo bloggs@example.com"],
    ["a leading space", " jo@example.com"],
    ["no dot in domain", "jo@localhost"],
    ["leading dot", ".jo@example.com"],
    ["trailing dot in local part", "jo.@example.com"],
    ["double dot", "jo..b@example.com"],
    ["dot at end of domain", "jo@example.com."],
    ["empty domain label", "jo@example..com"],
    ["hyphen at label start", "jo@-example.com"],
    ["hyphen at label end", "jo@example-.com"],
    ["underscore in domain", "jo@my_company.com"],
    ["numeric top-level domain", "jo@1.2.3.4"],
    ["one-letter top-level domain", "jo@example.c"],
    ["IP literal", "jo@[127.0.0.1]"],
    ["quoted local part", '"jo bloggs"@example.com'],
    ["comma", "jo,b@example.com"],
    ["non-ASCII", "zoë@example.com"],
    ["local part over 64 characters", `${"a".repeat(65)}@example.com`],
    ["over 254 characters", `jo@${Array.from({ length: 5 }, () => "a".repeat(60)).join(".")}.com`],
    ["label over 63 characters", `jo@${"a".repeat(64)}.com`],
  ])("rejects an address with %s", (_reason, email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe("emailRefusalHint", () => {
  it("names the letters outside plain ASCII, each once", () => {
    expect(emailRefusalHint("zoë.øvergaard@acme-care.test")).toBe(
      "Rollcall takes addresses in plain ASCII letters, and “ë” and “ø” aren't. Use the address without accents, as your email system knows it",
    );
    expect(emailRefusalHint("renée.dupré@x.fr")).toContain("and “é” isn't.");
  });

  it("says nothing for a mistake the address shows itself", () => {
    expect(emailRefusalHint("bob@")).toBeNull();
    expect(emailRefusalHint("not-an-email")).toBeNull();
  });
});
