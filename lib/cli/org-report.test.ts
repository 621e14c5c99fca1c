import { describe, expect, it } from "vitest";
import { formatCreated, formatOrganisationTable } from "./org-report";

const created = {
  slug: "acme",
  name: "Acme Care Ltd",
  owner: { name: "Olive Owner", email: "olive@acme.test" },
  acceptUrl: "https://rollcall.example/accept-invitation?token=abc",
  invitationDays: 7,
};

describe("org list table", () => {
  it("aligns the columns, right-aligns the counts and shows waiting invitations", () => {
    const table = formatOrganisationTable([
      { slug: "demo", name: "Demo Training Ltd", createdAt: new Date("2026-11-02T10:00:00Z"), admins: 1, pendingInvitations: 0, learners: 12_400 },
      { slug: "acme", name: "Acme Care Ltd", createdAt: new Date("2026-12-01T16:15:00Z"), admins: 0, pendingInvitations: 1, learners: 0 },
    ]);
    expect(table.split("\n")).toEqual([
      "SLUG  NAME               CREATED            ADMINS  LEARNERS",
      "demo  Demo Training Ltd  2026-11-02              1    12,400",
      "acme  Acme Care Ltd      2026-12-01  0 (1 invited)         0",
      "",
      "2 organisations",
    ]);
  });

  it("says how to create the first organisation when there is none", () => {
    expect(formatOrganisationTable([])).toMatch(/^No organisations yet\. Create the first one with:\n {2}npm run cli -- org create --name "Acme Care Ltd" --slug acme /);
  });
});

describe("org create's report", () => {
  it("with an email provider: says where the invitation went and keeps the link off the screen", () => {
    const said = formatCreated({ ...created, delivery: { status: "sent" } });
    expect(said.link).toBeNull();
    expect(said.messages).toContain("Created the organisation “Acme Care Ltd” (slug acme) with the built-in profile fields, and invited Olive Owner <olive@acme.test> as its Owner.");
    expect(said.messages).toContain("The invitation was emailed to olive@acme.test. The link works once, for 7 days.");
    expect(said.messages).not.toContain("token=");
  });

  it("without one, or when sending failed: gives the link to hand over", () => {
    const outbox = formatCreated({ ...created, delivery: { status: "outbox" } });
    expect(outbox.link).toBe(created.acceptUrl);
    expect(outbox.messages).toContain("No email was sent: RESEND_API_KEY is not set. Give Olive Owner this link to choose a username and password. The link works once, for 7 days.");
    const failed = formatCreated({ ...created, delivery: { status: "failed", error: "validation_error: invalid from address." } });
    expect(failed.link).toBe(created.acceptUrl);
    expect(failed.messages).toContain("The invitation email to olive@acme.test could not be sent: validation_error: invalid from address. Give Olive Owner this link");
  });
});
