import { describe, expect, it } from "vitest";
import { emailAddressOf, formatSender, senderHeaders } from "./sender";

describe("emailAddressOf", () => {
  it("takes the address out of a named EMAIL_FROM, or a bare one as it is", () => {
    expect(emailAddressOf("Rollcall <onboarding@rollcall.test>")).toBe("onboarding@rollcall.test");
    expect(emailAddressOf('"Rollcall, Inc." <hello@example.com>')).toBe("hello@example.com");
    expect(emailAddressOf("  hello@example.com ")).toBe("hello@example.com");
  });
});

describe("formatSender", () => {
  it("puts a plain name in front of the address as it is", () => {
    expect(formatSender("Acme Learning", "hello@example.com")).toBe("Acme Learning <hello@example.com>");
  });

  it("quotes a name with a character that would end or change it, escaping quotes and backslashes", () => {
    expect(formatSender("Acme, Inc.", "a@x.test")).toBe('"Acme, Inc." <a@x.test>');
    expect(formatSender("St. Mary's", "a@x.test")).toBe('"St. Mary\'s" <a@x.test>');
    expect(formatSender('The "Best" \\ Co', "a@x.test")).toBe('"The \\"Best\\" \\\\ Co" <a@x.test>');
    expect(formatSender("Zoë's Café", "a@x.test")).toBe('"Zoë\'s Café" <a@x.test>');
  });

  it("never lets a name start another header", () => {
    expect(formatSender("Acme\r\nBcc: victim@x.test", "a@x.test")).toBe('"Acme Bcc: victim@x.test" <a@x.test>');
  });

  it("sends from the bare address when the name is blank", () => {
    expect(formatSender("   ", "a@x.test")).toBe("a@x.test");
  });
});

describe("senderHeaders", () => {
  const from = "Rollcall <onboarding@rollcall.test>";

  it("uses the sender name and Reply-To the owner set, with the installation's address", () => {
    expect(senderHeaders({ name: "Acme", emailSenderName: "Acme People Team", emailReplyTo: "people@acme.test" }, from)).toEqual({
      from: "Acme People Team <onboarding@rollcall.test>",
      replyTo: "people@acme.test",
    });
  });

  it("falls back to the organisation's name and no Reply-To", () => {
    expect(senderHeaders({ name: "Acme Ltd.", emailSenderName: null, emailReplyTo: null }, from)).toEqual({ from: '"Acme Ltd." <onboarding@rollcall.test>', replyTo: null });
  });

  it("works with a bare EMAIL_FROM", () => {
    expect(senderHeaders({ name: "Acme", emailSenderName: null, emailReplyTo: null }, "noreply@example.com").from).toBe("Acme <noreply@example.com>");
  });
});
