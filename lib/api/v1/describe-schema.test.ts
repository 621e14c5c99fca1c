import { describe, expect, it } from "vitest";
import { describeType, propertyRows } from "./describe-schema";

describe("describeType", () => {
  it("reads references, nullable types, enums, arrays and maps", () => {
    expect(describeType({ $ref: "#/components/schemas/User" })).toBe("User");
    expect(describeType({ type: ["string", "null"] })).toBe("string or null");
    expect(describeType({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] })).toBe("string (date-time) or null");
    expect(describeType({ type: "string", enum: ["a", "b"] })).toBe('one of: "a", "b"');
    expect(describeType({ type: "array", items: { $ref: "#/components/schemas/User" } })).toBe("array of User");
    expect(describeType({ type: "object", additionalProperties: { type: "string" } })).toBe("object of string");
  });
});

describe("propertyRows", () => {
  it("flattens nested objects and array items, with required flags and limits", () => {
    const rows = propertyRows({
      type: "object",
      required: ["users"],
      properties: { users: { type: "array", minItems: 1, maxItems: 200000, items: { type: "object", required: ["email"], properties: { email: { type: "string", maxLength: 320 } } } } },
    });
    expect(rows).toEqual([
      { name: "users", type: "array of object", required: true, description: "(1–200,000 items)" },
      { name: "users[].email", type: "string", required: true, description: "(at most 320 characters)" },
    ]);
  });
});
