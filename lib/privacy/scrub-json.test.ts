import { describe, expect, it } from "vitest";
import { type ErasedPerson, mentions, personMatcher, scrubJson } from "./scrub-json";

const zephyrine: ErasedPerson = {
  id: "clerased00000000000000001",
  email: "Zephyrine.Q@example.test",
  firstName: "Zéphyrine",
  lastName: "Quillfeather-Ódinsdóttir",
  otherValues: ["Lighthouse Keeping", "EMP-778812", "zq-okta-17"],
};
const matches = personMatcher([zephyrine]);

describe("personMatcher", () => {
  it("finds identifiers inside longer text, in any case", () => {
    expect(matches("zephyrine.q@EXAMPLE.test became another user's email")).toBe(true);
    expect(matches("/scim/v2/Users/clerased00000000000000001")).toBe(true);
    expect(matches("badge EMP-778812 revoked")).toBe(true);
  });

  it("finds names and plain field values only as a whole value", () => {
    expect(matches("Zéphyrine")).toBe(true);
    expect(matches(" zéphyrine quillfeather-ódinsdóttir ")).toBe(true);
    expect(matches("lighthouse keeping")).toBe(true);
    expect(matches("Lighthouse Keeping rota")).toBe(false);
  });

  it("leaves other people's values alone, and ignores values too short to mean anyone", () => {
    const ann = personMatcher([{ id: "clann", email: "an@x.test", firstName: "An", lastName: "Li", otherValues: ["UK"] }]);
    expect(ann("An")).toBe(false);
    expect(ann("UK")).toBe(false);
    expect(ann("Annabel")).toBe(false);
    expect(ann("an@x.test")).toBe(true);
    expect(matches("Zara Quill")).toBe(false);
  });
});

describe("scrubJson", () => {
  it("drops the person from id lists and nulls their values, keeping counts and everyone else", () => {
    const detail = {
      count: 2,
      learnerIds: ["clother", zephyrine.id],
      learnerId: zephyrine.id,
      userName: "zephyrine.q@example.test",
      filters: { q: "Zéphyrine", status: "active" },
      outcome: "CREATED",
    };
    expect(scrubJson(detail, matches)).toEqual({
      count: 2,
      learnerIds: ["clother"],
      learnerId: null,
      userName: null,
      filters: { q: null, status: "active" },
      outcome: "CREATED",
    });
  });

  it("removes keys that are about the person, and looks inside nested arrays", () => {
    expect(scrubJson({ [zephyrine.id]: { first: "Zéphyrine" }, rows: [[zephyrine.email, 1, true]] }, matches)).toEqual({ rows: [[1, true]] });
  });

  it("tells whether a value needs rewriting at all", () => {
    expect(mentions({ count: 3, learnerIds: ["a", "b"] }, matches)).toBe(false);
    expect(mentions({ nested: [{ email: "ZEPHYRINE.Q@example.test" }] }, matches)).toBe(true);
    expect(mentions({ [zephyrine.id]: 1 }, matches)).toBe(true);
  });
});
