import { describe, expect, it, vi } from "vitest";
import { renderWelcomeBatch } from "./render-welcome-batch";
import { renderEmail } from "./send";
import { WelcomeEmail } from "./templates/welcome";

vi.mock("@/lib/env", () => ({ env: {} }));

describe("renderWelcomeBatch", () => {
  it("produces exactly what rendering each email on its own produces", async () => {
    const recipients = [
      { firstName: "Ada", activationUrl: "https://app.test/welcome/abc123" },
      { firstName: "", activationUrl: "https://app.test/welcome/def456" },
      { firstName: "<img src=x onerror=alert(1)>", activationUrl: "https://app.test/welcome/ghi789" },
      { firstName: "Zoë O'Brien & \"Co\"", activationUrl: "https://app.test/welcome/a_b-c" },
    ];
    for (const wording of [
      { organisationName: "Acme & Sons", linkDays: 14 },
      { organisationName: "Acme & Sons", intro: "Hi from <People> & Culture.\nTraining starts on Monday.", linkDays: 1 },
    ]) {
      const batch = await renderWelcomeBatch(wording, recipients);
      for (const [i, recipient] of recipients.entries()) {
        const single = await renderEmail(WelcomeEmail({ ...recipient, ...wording }));
        expect(batch[i]).toEqual(single);
      }
      expect(batch[2]!.html).not.toContain("<img src=x");
    }
  });

  it("says how long the link works, and uses the organisation's intro as paragraphs in place of the built-in one", async () => {
    const [built] = await renderWelcomeBatch({ organisationName: "Acme", linkDays: 14 }, [{ firstName: "Ada", activationUrl: "https://app.test/welcome/x" }]);
    expect(built!.text).toContain("Acme has created your account on its learning platform.");
    expect(built!.text).toContain("The link works once, for the next 14 days.");

    const [own] = await renderWelcomeBatch({ organisationName: "Acme", intro: "Welcome aboard!\n\nYour first course is ready.", linkDays: 1 }, [
      { firstName: "Ada", activationUrl: "https://app.test/welcome/x" },
    ]);
    expect(own!.text).not.toContain("has created your account");
    expect(own!.html).toMatch(/>Welcome aboard!<\/p>[\s\S]*>Your first course is ready.<\/p>/);
    expect(own!.text).toContain("The link works once, for the next 1 day.");
  });
});
