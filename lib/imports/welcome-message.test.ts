import { describe, expect, it } from "vitest";
import { plannedWelcomeMessage } from "./welcome-message";

describe("plannedWelcomeMessage", () => {
  it("counts the new users who will be emailed", () => {
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 1, welcomeEmails: 1 })).toBe("1 new user will get a welcome email.");
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 1200, welcomeEmails: 1200 })).toBe("1,200 new users will get a welcome email.");
  });

  it("says how many new users imported as archived get none", () => {
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 4, welcomeEmails: 2 })).toBe("2 new users will get a welcome email; 2 new users imported as archived won't.");
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 3, welcomeEmails: 0 })).toBe("No welcome emails will be sent: every new user is imported as archived.");
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 1, welcomeEmails: 0 })).toBe("No welcome emails will be sent: the new user is imported as archived.");
  });

  it("says none go out when they're turned off or nobody is new", () => {
    expect(plannedWelcomeMessage({ sendWelcome: false, created: 5, welcomeEmails: 0 })).toBe("No welcome emails will be sent.");
    expect(plannedWelcomeMessage({ sendWelcome: true, created: 0, welcomeEmails: 0 })).toBe("No welcome emails will be sent: there are no new users.");
  });
});
