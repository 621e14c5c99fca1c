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
    const batch = await renderWelcomeBatch("Acme & Sons", recipients);
    for (const [i, recipient] of recipients.entries()) {
      const single = await renderEmail(WelcomeEmail({ ...recipient, organisationName: "Acme & Sons" }));
      expect(batch[i]).toEqual(single);
    }
    expect(batch[2]!.html).not.toContain("<img src=x");
  });
});
