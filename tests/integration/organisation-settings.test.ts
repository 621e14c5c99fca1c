import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CapturedEmail } from "../support/fake-resend";
import { type AppWithFakeResend, loadAppWithFakeResend, resetFakeResend } from "./support/app-with-resend";
import { activationTokenFrom } from "./support/auth";

const DAY = 86_400_000;

/**
 * Settings → Organisation, end to end through the real Resend SDK: what an
 * owner saves is what the next emails carry (sender name, Reply-To, the
 * welcome wording) and how long the next activation links last.
 */
describe("organisation settings on the emails that follow", () => {
  let app: AppWithFakeResend;
  let modules: {
    update: typeof import("@/lib/server/organisations/update-organisation-settings");
    sender: typeof import("@/lib/email/sender");
    env: typeof import("@/lib/env");
    activate: typeof import("@/lib/server/welcome/activate-learner");
    invite: typeof import("@/lib/server/team/invite-admin");
  };

  beforeAll(async () => {
    app = await loadAppWithFakeResend({ requestsPerSecond: 20, appRequestsPerSecond: 20 });
    modules = {
      update: await import("@/lib/server/organisations/update-organisation-settings"),
      sender: await import("@/lib/email/sender"),
      env: await import("@/lib/env"),
      activate: await import("@/lib/server/welcome/activate-learner"),
      invite: await import("@/lib/server/team/invite-admin"),
    };
  });
  afterAll(async () => {
    await app.restore();
  });
  beforeEach(() => {
    resetFakeResend(app);
  });

  const address = () => modules.sender.emailAddressOf(modules.env.env.EMAIL_FROM);
  const to = (recipient: string) => app.resend.emails.filter((e) => e.to.includes(recipient));

  async function importOne(org: { organisationId: string; adminId: string }, line: string) {
    const importId = await app.fixtures.queueTextbox(org, line, { sendWelcome: true });
    await app.jobs.runImportInProcess({ importId, organisationId: org.organisationId });
    await app.jobs.drainInProcessJobs();
    return importId;
  }

  async function save(org: { organisationId: string; adminId: string }, settings: Partial<import("@/lib/validations/organisation").OrganisationSettings>) {
    const current = await app.db.organisation.findUniqueOrThrow({ where: { id: org.organisationId } });
    return modules.update.updateOrganisationSettings(app.db, {
      organisationId: org.organisationId,
      adminId: org.adminId,
      settings: {
        name: current.name,
        emailSenderName: current.emailSenderName,
        emailReplyTo: current.emailReplyTo,
        welcomeSubject: current.welcomeSubject,
        welcomeIntro: current.welcomeIntro,
        activationLinkDays: current.activationLinkDays,
        importRetentionDays: current.importRetentionDays,
        ...settings,
      },
    });
  }

  it("without settings: the organisation's name as sender, no Reply-To, the built-in wording and a 14-day link", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const { name } = await app.db.organisation.findUniqueOrThrow({ where: { id: org.organisationId } });
    const before = Date.now();
    await importOne(org, "plain@x.test, Pat, Plain");

    const [welcome] = to("plain@x.test") as [CapturedEmail];
    expect(welcome).toMatchObject({ from: `${name} <${address()}>`, subject: `Welcome to ${name}'s learning platform` });
    expect(welcome.replyTo).toBeUndefined();
    expect(welcome.text).toContain(`${name} has created your account on its learning platform.`);
    expect(welcome.text).toContain("The link works once, for the next 14 days.");
    const learner = await app.db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    expect(learner.activationExpiresAt!.getTime() - before).toBeGreaterThanOrEqual(14 * DAY);
    expect(learner.activationExpiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(14 * DAY);
  });

  it("after a save: the welcome email has the new subject, opening paragraph, sender name and Reply-To, and its link lasts the new number of days", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const { changed } = await save(org, {
      name: "Acme Health, Inc.",
      emailSenderName: "Acme People Team",
      emailReplyTo: "people@acme.test",
      welcomeSubject: "Your Acme training account is ready",
      welcomeIntro: "Training starts on Monday.\nBring your badge.",
      activationLinkDays: 3,
    });
    expect(changed.sort()).toEqual(["activationLinkDays", "emailReplyTo", "emailSenderName", "name", "welcomeIntro", "welcomeSubject"]);

    const before = Date.now();
    const importId = await importOne(org, "nia@x.test, Nia, Okafor");
    const [welcome] = to("nia@x.test") as [CapturedEmail];
    expect(welcome).toMatchObject({ from: `Acme People Team <${address()}>`, replyTo: "people@acme.test", subject: "Your Acme training account is ready" });
    expect(welcome.text).toMatch(/Hello Nia,\s+Training starts on Monday\.\s+Bring your badge\.\s+Choose a password to activate it\. The link works once, for the next 3 days\./);
    expect(welcome.text).not.toContain("has created your account");
    expect(welcome.html).toContain("Acme Health, Inc.");

    const learner = await app.db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    const lifetime = learner.activationExpiresAt!.getTime() - before;
    expect(lifetime).toBeGreaterThanOrEqual(3 * DAY);
    expect(lifetime).toBeLessThan(3 * DAY + 60_000);
    expect(await modules.activate.findLearnerByActivationToken(app.db, activationTokenFrom(welcome.text!))).toMatchObject({ id: learner.id });

    // The stored email has the headers it went out with, so a retry sends the same request.
    expect(await app.db.email.findFirstOrThrow({ where: { importId, kind: "WELCOME" } })).toMatchObject({ from: `Acme People Team <${address()}>`, replyTo: "people@acme.test" });

    // The admin's import report comes from the organisation too.
    const admin = await app.db.admin.findUniqueOrThrow({ where: { id: org.adminId } });
    const report = to(admin.email).find((e) => e.subject.startsWith("Your user import finished"));
    expect(report).toMatchObject({ from: `Acme People Team <${address()}>`, replyTo: "people@acme.test" });
  });

  it("the organisation's name, quoted, is the sender when no sender name is set; invitations carry it and the Reply-To", async () => {
    const org = await app.fixtures.createTestOrganisation();
    await save(org, { name: "St. Mary's Hospital", emailReplyTo: "training@stmarys.test" });
    const invited = await modules.invite.inviteAdmin(app.db, org.organisationId, { name: "Kim Lee", email: "kim@stmarys.test", role: "VIEWER", invitedBy: { id: org.adminId, name: "Ivy Tester" } });
    expect(invited.ok).toBe(true);
    const [invitation] = to("kim@stmarys.test") as [CapturedEmail];
    expect(invitation).toMatchObject({ from: `"St. Mary's Hospital" <${address()}>`, replyTo: "training@stmarys.test", subject: "Join St. Mary's Hospital on Rollcall" });
  });

  it("emails already written keep the sender and wording they were written with", async () => {
    const org = await app.fixtures.createTestOrganisation();
    await save(org, { emailSenderName: "First Sender", welcomeSubject: "First subject" });
    const importId = await importOne(org, "early@x.test, Eli, Early");
    await save(org, { emailSenderName: "Second Sender", welcomeSubject: "Second subject" });
    expect(await app.db.email.findFirstOrThrow({ where: { importId, kind: "WELCOME" } })).toMatchObject({ subject: "First subject", from: `First Sender <${address()}>` });

    await importOne(org, "late@x.test, Lou, Late");
    expect(to("late@x.test")[0]).toMatchObject({ subject: "Second subject", from: `Second Sender <${address()}>` });
  });

  it("audits each save that changes something, listing what changed, and nothing for a save that changes nothing", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const { name } = await app.db.organisation.findUniqueOrThrow({ where: { id: org.organisationId } });
    await save(org, { name: "Renamed Org", importRetentionDays: 30 });
    expect(await save(org, {})).toEqual({ changed: [] });
    await save(org, { emailReplyTo: null });

    const entries = await app.db.auditLog.findMany({ where: { organisationId: org.organisationId, action: "organisation.settings_changed" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => ({ adminId: e.adminId, detail: e.detail }))).toEqual([
      { adminId: org.adminId, detail: { changed: ["name", "importRetentionDays"], nameFrom: name, nameTo: "Renamed Org" } },
    ]);
    expect(await app.db.organisation.findUniqueOrThrow({ where: { id: org.organisationId } })).toMatchObject({ name: "Renamed Org", importRetentionDays: 30, emailReplyTo: null });
  });
});
