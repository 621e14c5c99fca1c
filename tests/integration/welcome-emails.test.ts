import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CapturedEmail, FakeResend } from "../support/fake-resend";
import { type AppWithFakeResend, loadAppWithFakeResend, resetFakeResend } from "./support/app-with-resend";
import { activationTokenFrom } from "./support/auth";
import { draftCsv } from "./support/drafts";

const APP_URL = "https://rollcall.example.test";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

const welcomeEmails = (app: AppWithFakeResend) => app.resend.emails.filter((e) => e.subject.startsWith("Welcome to "));
const batchRequests = (app: AppWithFakeResend) => app.resend.requests.filter((r) => r.path === "/emails/batch");
const recipients = (emails: CapturedEmail[]) => emails.flatMap((e) => e.to).sort();

/** Queues an import and runs it, and the welcome batches it fans out, to the end. */
async function importAndDrain(app: AppWithFakeResend, org: { organisationId: string }, queue: () => Promise<string>) {
  const importId = await queue();
  await app.jobs.runImportInProcess({ importId, organisationId: org.organisationId });
  await app.jobs.drainInProcessJobs();
  return importId;
}

describe("welcome emails through Resend at 2 requests per second", () => {
  let app: AppWithFakeResend;

  beforeAll(async () => {
    app = await loadAppWithFakeResend({ requestsPerSecond: 2, appRequestsPerSecond: 2, appUrl: APP_URL });
  });
  afterAll(async () => {
    await app.restore();
  });
  beforeEach(() => {
    resetFakeResend(app);
  });

  describe("for a pasted list of two new learners", () => {
    let org: { organisationId: string; adminId: string };
    let importId: string;
    let sent: CapturedEmail[];
    let batches: FakeResend["requests"];

    beforeAll(async () => {
      resetFakeResend(app);
      org = await app.fixtures.createTestOrganisation();
      importId = await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "a@x.com, Ann, Lee\nb@x.com", { sendWelcome: true }));
      sent = welcomeEmails(app);
      batches = batchRequests(app);
    });

    it("sends one batch request with an idempotency key and records every email and learner as sent", async () => {
      expect(batches).toEqual([expect.objectContaining({ status: 200 })]);
      expect(recipients(sent)).toEqual(["a@x.com", "b@x.com"]);
      const emailIds = (await app.db.email.findMany({ where: { importId, kind: "WELCOME" }, orderBy: { id: "asc" } })).map((e) => e.id);
      expect(sent[0]!.idempotencyKey).toBe(`welcome/${emailIds[0]}/2`);
      expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);

      const learners = await app.db.learner.findMany({ where: { organisationId: org.organisationId }, orderBy: { emailKey: "asc" } });
      expect(learners.map((l) => [l.email, l.welcomeStatus, l.welcomeSentAt instanceof Date])).toEqual([
        ["a@x.com", "SENT", true],
        ["b@x.com", "SENT", true],
      ]);

      const rows = await app.db.email.findMany({ where: { importId, kind: "WELCOME" }, orderBy: { to: "asc" } });
      const providerIdByRecipient = Object.fromEntries(sent.map((e) => [e.to[0], e.id]));
      expect(rows.map((r) => ({ to: r.to, status: r.status, providerId: r.providerId, learnerId: r.learnerId }))).toEqual([
        { to: "a@x.com", status: "SENT", providerId: providerIdByRecipient["a@x.com"], learnerId: learners[0]!.id },
        { to: "b@x.com", status: "SENT", providerId: providerIdByRecipient["b@x.com"], learnerId: learners[1]!.id },
      ]);
    });

    it("emails each learner a working /welcome/<token> link and stores only the token's SHA-256", async () => {
      const { findLearnerByActivationToken } = await import("@/lib/server/welcome/activate-learner");
      const learners = await app.db.learner.findMany({ where: { organisationId: org.organisationId } });
      expect(learners).toHaveLength(2);
      for (const learner of learners) {
        const email = sent.find((e) => e.to.includes(learner.email))!;
        expect(email.text).toContain(`${APP_URL}/welcome/`);
        expect(email.html).toContain(`${APP_URL}/welcome/`);
        const token = activationTokenFrom(email.text!);
        expect(learner.activationTokenHash).toBe(sha256(token));
        expect(learner.activationExpiresAt!.getTime()).toBeGreaterThan(Date.now());
        expect(await findLearnerByActivationToken(app.db, token)).toMatchObject({ id: learner.id });
      }
      expect(sent.find((e) => e.to.includes("a@x.com"))!.text).toMatch(/Hello Ann/);
    });
  });

  it("sends 250 learners in 3 batch requests without hitting the rate limit or emailing anyone twice", async () => {
    const org = await app.fixtures.createTestOrganisation();
    await importAndDrain(app, org, () => app.fixtures.queueCsv(org, app.fixtures.staffCsv(250), { sendWelcome: true }));

    expect(batchRequests(app).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(app.resend.requests.filter((r) => r.status === 429)).toEqual([]);

    const sent = welcomeEmails(app);
    const perBatch = new Map<string | undefined, number>();
    for (const e of sent) perBatch.set(e.idempotencyKey, (perBatch.get(e.idempotencyKey) ?? 0) + 1);
    expect([...perBatch.values()].sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(new Set(recipients(sent)).size).toBe(250);
    expect(recipients(sent)).toHaveLength(250);

    const statuses = await app.db.learner.groupBy({ by: ["welcomeStatus"], where: { organisationId: org.organisationId }, _count: { _all: true } });
    expect(statuses.map((s) => [s.welcomeStatus, s._count._all])).toEqual([["SENT", 250]]);
  });

  it("doesn't email learners that an import only updated", async () => {
    const org = await app.fixtures.createTestOrganisation();
    await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "a@x.com, Ann, Lee", { sendWelcome: true }));
    resetFakeResend(app);

    await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "a@x.com, Annie, Lee\nc@x.com, Cat, Ray", { sendWelcome: true }));
    expect(recipients(welcomeEmails(app))).toEqual(["c@x.com"]);
  });
});

describe("welcome emails when Resend answers 429", () => {
  let app: AppWithFakeResend;

  beforeAll(async () => {
    // The app paces batches at 2 per second; the server allows 1, so the second batch is refused at first.
    app = await loadAppWithFakeResend({ requestsPerSecond: 1, appRequestsPerSecond: 2, appUrl: APP_URL });
  });
  afterAll(async () => {
    await app.restore();
  });

  it("retries a refused batch and still emails every learner exactly once", async () => {
    const [first, second] = [await app.fixtures.createTestOrganisation(), await app.fixtures.createTestOrganisation()];
    const [a, b] = await Promise.all([
      app.fixtures.queueTextbox(first, "a@x.com, Ann, Lee\nb@x.com", { sendWelcome: true }),
      app.fixtures.queueTextbox(second, "c@x.com, Cat, Ray\nd@x.com", { sendWelcome: true }),
    ]);
    await Promise.all([
      app.jobs.runImportInProcess({ importId: a, organisationId: first.organisationId }),
      app.jobs.runImportInProcess({ importId: b, organisationId: second.organisationId }),
    ]);
    await app.jobs.drainInProcessJobs();

    expect(batchRequests(app).filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(batchRequests(app).filter((r) => r.status === 200)).toHaveLength(2);
    expect(recipients(welcomeEmails(app))).toEqual(["a@x.com", "b@x.com", "c@x.com", "d@x.com"]);

    const rows = await app.db.email.findMany({ where: { importId: { in: [a, b] }, kind: "WELCOME" } });
    expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "SENT", "SENT"]);
    const learners = await app.db.learner.findMany({ where: { organisationId: { in: [first.organisationId, second.organisationId] } } });
    expect(learners.map((l) => l.welcomeStatus)).toEqual(["SENT", "SENT", "SENT", "SENT"]);
  });

  it("retries the admin's import-finished email after a 429 instead of dropping it", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const importId = await app.fixtures.queueTextbox(org, "e@x.com, Eve, Moss", { sendWelcome: false });
    resetFakeResend(app);
    app.proxy.refuseNext("/emails");

    await app.jobs.runImportInProcess({ importId, organisationId: org.organisationId });
    await app.jobs.drainInProcessJobs();

    expect(app.proxy.refused).toEqual(["/emails"]);
    const rows = await app.db.email.findMany({ where: { importId, kind: "IMPORT_FINISHED" } });
    expect(rows.map((r) => ({ status: r.status, error: r.error }))).toEqual([{ status: "SENT", error: null }]);
    expect(app.resend.emails.filter((e) => e.subject.startsWith("Your user import finished"))).toHaveLength(1);
  });
});

describe("welcome emails and archived learners", () => {
  let app: AppWithFakeResend;

  beforeAll(async () => {
    app = await loadAppWithFakeResend({ requestsPerSecond: 2, appRequestsPerSecond: 2, appUrl: APP_URL });
  });
  afterAll(async () => {
    await app.restore();
  });
  beforeEach(() => {
    resetFakeResend(app);
  });

  // Active = 0 puts a new user straight into Archived.
  const HALF_ARCHIVED = ["Email,First Name,Last Name,Active", "ann@x.com,Ann,Able,1", "ben@x.com,Ben,Bray,0", "cy@x.com,Cy,Cole,1", "dee@x.com,Dee,Dunn,0"].join("\n");

  it("a file that archives half its new users emails only the active half, as many as the review said", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const { planImport } = await import("@/lib/server/imports/plan-import");
    const { queueImport } = await import("@/lib/server/imports/queue-import");
    const options = { mode: "upsert", sendWelcome: true, blankClears: false, groupsMode: "set", newGroups: "create" } as const;
    const importId = await draftCsv(org, HALF_ARCHIVED, options);

    const plan = await planImport(app.db, org.organisationId, importId);
    expect(plan.counts).toMatchObject({ create: 4, archive: 2 });
    expect(plan.welcomeEmails).toBe(2);

    expect(await queueImport(app.db, { ...org, importId, options })).toMatchObject({ ok: true });
    await importAndDrain(app, org, async () => importId);

    expect(recipients(welcomeEmails(app))).toEqual(["ann@x.com", "cy@x.com"]);
    const learners = await app.db.learner.findMany({ where: { organisationId: org.organisationId }, orderBy: { emailKey: "asc" } });
    expect(learners.map((l) => [l.email, l.active, l.welcomeStatus, l.activationTokenHash === null])).toEqual([
      ["ann@x.com", true, "SENT", false],
      ["ben@x.com", false, "NOT_SENT", true],
      ["cy@x.com", true, "SENT", false],
      ["dee@x.com", false, "NOT_SENT", true],
    ]);
  });

  it("the review counts no welcome emails when they're turned off, or when the mode creates nobody", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const { planImport } = await import("@/lib/server/imports/plan-import");
    const welcomeEmailsPlanned = async (options: { mode: "upsert" | "create" | "update"; sendWelcome: boolean }) =>
      (await planImport(app.db, org.organisationId, await draftCsv(org, HALF_ARCHIVED, options))).welcomeEmails;

    expect(await welcomeEmailsPlanned({ mode: "create", sendWelcome: true })).toBe(2);
    expect(await welcomeEmailsPlanned({ mode: "upsert", sendWelcome: false })).toBe(0);
    expect(await welcomeEmailsPlanned({ mode: "update", sendWelcome: true })).toBe(0);
  });

  it("learners archived while their welcome email waited are skipped, counted and shown as not sent", async () => {
    const org = await app.fixtures.createTestOrganisation();
    // The import's welcome steps are run by hand below, to archive learners between them.
    const importId = await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "a@x.com, Ann, Lee\nb@x.com, Bo, Ng\nc@x.com, Cy, Ray", { sendWelcome: false }));
    const [{ openWelcomeBatch }, { queueWelcomeEmails }, { prepareWelcomeBatch }, { deliverWelcomeBatch }, { setLearnersActive }, { listImportRows }, { welcomeSummary }] = await Promise.all([
      import("@/lib/server/welcome/welcome-batch"),
      import("@/lib/server/welcome/queue-welcome-emails"),
      import("@/lib/server/welcome/prepare-welcome-batch"),
      import("@/lib/server/welcome/deliver-welcome-batch"),
      import("@/lib/server/learners/set-learners-active"),
      import("@/lib/server/imports/list-import-rows"),
      import("@/lib/server/imports/welcome-summary"),
    ]);
    const idOf = async (email: string) => (await app.db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: email } })).id;
    const archive = async (email: string) => setLearnersActive(app.db, org.organisationId, { ids: [await idOf(email)], active: false, adminId: null });

    const batch = (await openWelcomeBatch(app.db, { ...(await queueWelcomeEmails(app.db, importId)), batch: 0 }))!;
    await archive("b@x.com"); // while the batch waited for its turn
    const emailIds = await prepareWelcomeBatch(app.db, batch);
    await archive("c@x.com"); // after the email was prepared, before it was sent
    expect(await deliverWelcomeBatch(app.db, emailIds, "welcome/archived-test")).toEqual({ sent: 1, failed: 0, skipped: 2 });

    expect(recipients(welcomeEmails(app))).toEqual(["a@x.com"]);
    const learners = await app.db.learner.findMany({ where: { organisationId: org.organisationId }, orderBy: { emailKey: "asc" } });
    expect(learners.map((l) => [l.email, l.welcomeStatus, l.activationTokenHash === null])).toEqual([
      ["a@x.com", "SENT", false],
      ["b@x.com", "NOT_SENT", true],
      ["c@x.com", "NOT_SENT", true],
    ]);
    const emails = await app.db.email.findMany({ where: { importId, kind: "WELCOME" }, orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.status])).toEqual([
      ["a@x.com", "SENT"],
      ["b@x.com", "SKIPPED"],
      ["c@x.com", "SKIPPED"],
    ]);
    // The unsent emails keep no link.
    expect(emails.filter((e) => e.status === "SKIPPED").map((e) => e.html + e.text)).toEqual(["", ""]);

    const job = await app.db.importJob.findUniqueOrThrow({ where: { id: importId } });
    const { rows } = await listImportRows(app.db, job, { outcome: "all", page: 1, pageSize: 50 });
    expect(rows.map((r) => [r.email, r.welcome])).toEqual([
      ["a@x.com", { status: "SENT", error: null }],
      ["b@x.com", { status: "SKIPPED", error: "The user was archived before the email went out." }],
      ["c@x.com", { status: "SKIPPED", error: "The user was archived before the email went out." }],
    ]);
    expect(await welcomeSummary(app.db, org.organisationId, importId)).toEqual({ sent: 1, waiting: 0, failed: 0, importedArchived: 0, archivedBeforeSending: 2 });
  });

  it("learners removed by undoing their import while the welcome email waited are skipped, not emailed", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const importId = await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "ua@x.com, Ann, Lee\nub@x.com, Bo, Ng", { sendWelcome: false }));
    const [{ openWelcomeBatch }, { queueWelcomeEmails }, { prepareWelcomeBatch }, { deliverWelcomeBatch }, { undoImport }] = await Promise.all([
      import("@/lib/server/welcome/welcome-batch"),
      import("@/lib/server/welcome/queue-welcome-emails"),
      import("@/lib/server/welcome/prepare-welcome-batch"),
      import("@/lib/server/welcome/deliver-welcome-batch"),
      import("@/lib/server/imports/undo-import"),
    ]);
    const batch = (await openWelcomeBatch(app.db, { ...(await queueWelcomeEmails(app.db, importId)), batch: 0 }))!;
    const emailIds = await prepareWelcomeBatch(app.db, batch);
    expect(await undoImport(app.db, org.organisationId, importId, { adminId: org.adminId })).toMatchObject({ ok: true });

    expect(await deliverWelcomeBatch(app.db, emailIds, "welcome/undone-test")).toEqual({ sent: 0, failed: 0, skipped: 2 });
    expect(recipients(welcomeEmails(app))).toEqual([]);
    const emails = await app.db.email.findMany({ where: { importId, kind: "WELCOME" }, orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.status, e.error, e.html])).toEqual([
      ["ua@x.com", "SKIPPED", "The user was removed (their import was undone) before the email went out.", ""],
      ["ub@x.com", "SKIPPED", "The user was removed (their import was undone) before the email went out.", ""],
    ]);
  });

  it("a batch that fails for good shows learners archived meanwhile as skipped, not failed", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const importId = await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "fa@x.com, Ann, Lee\nfb@x.com, Bo, Ng", { sendWelcome: false }));
    const [{ openWelcomeBatch }, { queueWelcomeEmails }, { prepareWelcomeBatch }, { markWelcomeBatchFailed }, { setLearnersActive }] = await Promise.all([
      import("@/lib/server/welcome/welcome-batch"),
      import("@/lib/server/welcome/queue-welcome-emails"),
      import("@/lib/server/welcome/prepare-welcome-batch"),
      import("@/lib/server/welcome/deliver-welcome-batch"),
      import("@/lib/server/learners/set-learners-active"),
    ]);
    const batch = (await openWelcomeBatch(app.db, { ...(await queueWelcomeEmails(app.db, importId)), batch: 0 }))!;
    const emailIds = await prepareWelcomeBatch(app.db, batch);
    const archived = await app.db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: "fb@x.com" } });
    await setLearnersActive(app.db, org.organisationId, { ids: [archived.id], active: false, adminId: null });

    await markWelcomeBatchFailed(app.db, emailIds, "Resend kept refusing the batch.");
    const emails = await app.db.email.findMany({ where: { importId, kind: "WELCOME" }, orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.status, e.error])).toEqual([
      ["fa@x.com", "FAILED", "Resend kept refusing the batch."],
      ["fb@x.com", "SKIPPED", "The user was archived before the email went out."],
    ]);
    const learners = await app.db.learner.findMany({ where: { organisationId: org.organisationId }, orderBy: { emailKey: "asc" } });
    expect(learners.map((l) => [l.email, l.welcomeStatus])).toEqual([["fa@x.com", "FAILED"], ["fb@x.com", "NOT_SENT"]]);
  });

  it("the import's results show new users it archived as not sent, and count them", async () => {
    const org = await app.fixtures.createTestOrganisation();
    const importId = await importAndDrain(app, org, () => app.fixtures.queueCsv(org, HALF_ARCHIVED, { sendWelcome: true }));
    const [{ listImportRows }, { welcomeSummary }] = await Promise.all([import("@/lib/server/imports/list-import-rows"), import("@/lib/server/imports/welcome-summary")]);

    const job = await app.db.importJob.findUniqueOrThrow({ where: { id: importId } });
    const { rows } = await listImportRows(app.db, job, { outcome: "all", page: 1, pageSize: 50 });
    expect(rows.map((r) => [r.email, r.welcome?.status, r.welcome?.error])).toEqual([
      ["ann@x.com", "SENT", null],
      ["ben@x.com", "SKIPPED", "The user was imported as archived."],
      ["cy@x.com", "SENT", null],
      ["dee@x.com", "SKIPPED", "The user was imported as archived."],
    ]);
    expect(await welcomeSummary(app.db, org.organisationId, importId)).toEqual({ sent: 2, waiting: 0, failed: 0, importedArchived: 2, archivedBeforeSending: 0 });
    // Another organisation asking about this import learns nothing.
    const other = await app.fixtures.createTestOrganisation();
    expect(await welcomeSummary(app.db, other.organisationId, importId)).toEqual({ sent: 0, waiting: 0, failed: 0, importedArchived: 0, archivedBeforeSending: 0 });
  });

  it("a link emailed while the learner was active can't set a password once they're archived, and works again when they're unarchived", async () => {
    const org = await app.fixtures.createTestOrganisation();
    await importAndDrain(app, org, () => app.fixtures.queueTextbox(org, "eve@x.com, Eve, Moss", { sendWelcome: true }));
    const token = activationTokenFrom(welcomeEmails(app)[0]!.text!);
    const { id } = await app.db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    const { setLearnersActive } = await import("@/lib/server/learners/set-learners-active");
    const { activateLearner, ARCHIVED_ACCOUNT, findLearnerByActivationToken } = await import("@/lib/server/welcome/activate-learner");
    await setLearnersActive(app.db, org.organisationId, { ids: [id], active: false, adminId: null });

    // The welcome page finds the account, to say it's archived rather than that the link is broken.
    expect(await findLearnerByActivationToken(app.db, token)).toMatchObject({ id, active: false });
    expect(await activateLearner(app.db, token, "orbit willow paper 77")).toEqual({ ok: false, error: ARCHIVED_ACCOUNT });
    expect(await app.db.learner.findUniqueOrThrow({ where: { id } })).toMatchObject({ passwordHash: null, activatedAt: null });

    await setLearnersActive(app.db, org.organisationId, { ids: [id], active: true, adminId: null });
    expect(await activateLearner(app.db, token, "orbit willow paper 77")).toEqual({ ok: true });
    expect(await app.db.learner.findUniqueOrThrow({ where: { id } })).toMatchObject({ activatedAt: expect.any(Date), activationTokenHash: null });
  });
});
