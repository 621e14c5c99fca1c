import { describe, expect, it } from "vitest";
import { isUnchangedKeyword, normaliseDate, normaliseNumber, normaliseSelect, parseActive } from "./field-values";

describe("parseActive", () => {
  it.each(["1", "yes", "Y", "true", "TRUE", "Active", " yes "])("reads %j as active", (value) => {
    expect(parseActive(value)).toBe(true);
  });

  it.each(["0", "no", "N", "false", "False", "archived", "ARCHIVED", "inactive"])("reads %j as archived", (value) => {
    expect(parseActive(value)).toBe(false);
  });

  it.each(["", "2", "maybe", "yes please", "on", "-1", "1.0"])("rejects %j", (value) => {
    expect(parseActive(value)).toBeNull();
  });
});

describe("isUnchangedKeyword", () => {
  it("recognises 'unchanged' in any case only", () => {
    expect(isUnchangedKeyword("unchanged")).toBe(true);
    expect(isUnchangedKeyword("UnChanged")).toBe(true);
    expect(isUnchangedKeyword("unchanged!")).toBe(false);
    expect(isUnchangedKeyword("")).toBe(false);
  });
});

describe("normaliseNumber", () => {
  it.each(["0", "42", "-3.5", "+7", ".5", "007", "1234567.890"])("accepts %j and keeps the text", (value) => {
    expect(normaliseNumber(value)).toBe(value);
  });

  it.each(["", "twelve", "1,234", "1.2.3", "1e5", "Infinity", "NaN", "1.", "- 1", "0x10", "9".repeat(400)])(
    "rejects %j",
    (value) => {
      expect(normaliseNumber(value)).toBeNull();
    },
  );
});

describe("normaliseDate", () => {
  it("accepts ISO dates", () => {
    expect(normaliseDate("2024-01-31")).toBe("2024-01-31");
    expect(normaliseDate("2024-02-29")).toBe("2024-02-29");
    expect(normaliseDate("2000-02-29")).toBe("2000-02-29");
  });

  it("turns DD/MM/YYYY into ISO", () => {
    expect(normaliseDate("31/01/2024")).toBe("2024-01-31");
    expect(normaliseDate("1/2/2024")).toBe("2024-02-01");
    expect(normaliseDate("29/02/2024")).toBe("2024-02-29");
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-1-5",
    "31/02/2024",
    "01/31/2024",
    "31/01/24",
    "2024/01/31",
    "31.01.2024",
    "2024-01-31T00:00:00Z",
    "0000-01-01",
    "tomorrow",
  ])("rejects %j", (value) => {
    expect(normaliseDate(value)).toBeNull();
  });
});

describe("normaliseSelect", () => {
  const options = ["London", "Leeds", "Milton Keynes"];

  it("matches case-insensitively and returns the option's spelling", () => {
    expect(normaliseSelect("london", options)).toBe("London");
    expect(normaliseSelect("MILTON KEYNES", options)).toBe("Milton Keynes");
  });

  it("rejects values that are not options", () => {
    expect(normaliseSelect("Londn", options)).toBeNull();
    expect(normaliseSelect("Milton", options)).toBeNull();
    expect(normaliseSelect("London", [])).toBeNull();
  });
});
