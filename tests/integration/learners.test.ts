import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { archiveLearnersAction, resendWelcomeAction, unarchiveLearnersAction } from "@/app/(app)/users/actions";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { getDb } from "@/lib/db";
import { matchHeaders } from "@/lib/imports/match-headers";
import { parseCsvText } from "@/lib/imports/parse";
import { buildTemplateCsv } from "@/lib/imports/template";
import { listFields } from "@/lib/server/fields/list-fields";
import { drainInProcessJobs, inProcessSteps } from "@/lib/server/jobs/in-process";
import { getLearner } from "@/lib/server/learners/get-learner";
import { listLearnerImports } from "@/lib/server/learners/list-learner-imports";
import { listLearners } from "@/lib/server/learners/list-learners";
import { resendWelcome } from "@/lib/server/learners/resend-welcome";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { DEFAULT_LIST_QUERY, type LearnerListQuery } from "@/lib/validations/learners";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

/** Who the mocked session layer says is signed in, for the users list's server actions. */
const session = vi.hoisted(() => ({ adminId: null as string | null }));
vi.mock("@/lib/auth/require-admin", async () => {
  const { loadAdmin } = await import("./support/tenant-world");
  const requireAdmin = async () => {
    const admin = session.adminId ? await loadAdmin(session.adminId) : null;
    if (!admin) throw new Error("No admin is signed in for this test.");
    return admin;
  };
  return { requireAdmin, getCurrentAdmin: async () => (session.adminId ? loadAdmin(session.adminId) : null) };
});
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn() }));

afterAll(async () => {
  await drainInProcessJobs();
});

async function importCsv(org: Org, csv: string) {
  const importId = await queueCsv(org, csv, { sendWelcome: false });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
  return importId;
}

async function list(org: Org, query: Partial<LearnerListQuery> = {}) {
  return listLearners(await getDb(), org.organisationId, { ...DEFAULT_LIST_QUERY, ...query });
}

async function idsByEmail(org: Org, ...emails: string[]) {
  const learners = await (await getDb()).learner.findMany({ where: { organisationId: org.organisationId, emailKey: { in: emails } }, select: { id: true } });
  return learners.map((l) => l.id);
}

async function exportText(org: Org, filter: Parameters<typeof exportLearnersCsv>[2] = {}, batchSize?: number) {
  let text = "";
  for await (const chunk of exportLearnersCsv(await getDb(), org.organisationId, filter, { batchSize })) text += chunk;
  return text;
}

const PEOPLE = [
  "Email,First Name,Last Name,Active",
  "carol@example.com,Carol,Baker,1",
  "alice@example.com,Alice,Young,1",
  "bob@example.com,Bob,Adams,1",
  "dave@example.com,Dave,Baker,1",
].join("\n");

describe("listing learners", () => {
  it("pages through every learner exactly once, in a stable order", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, staffCsv(60));
    const everyone = await list(org, { sort: "email", pageSize: 100 });
    const pages = await Promise.all([1, 2, 3].map((page) => list(org, { sort: "email", pageSize: 25, page })));

    expect(pages.map((p) => p.rows.length)).toEqual([25, 25, 10]);
    expect(pages[0]).toMatchObject({ total: 60, pageCount: 3, page: 1 });
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(everyone.rows.map((r) => r.id));
  });

  it("shows the last page when asked for a page past the end", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, staffCsv(30));
    const result = await list(org, { page: 9, pageSize: 25 });
    expect(result).toMatchObject({ page: 2, pageCount: 2, total: 30 });
    expect(result.rows).toHaveLength(5);
  });

  it("sorts by last name then first name, and by email, in either direction", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const names = (rows: { firstName: string; lastName: string }[]) => rows.map((r) => `${r.firstName} ${r.lastName}`);

    expect(names((await list(org, { sort: "name" })).rows)).toEqual(["Bob Adams", "Carol Baker", "Dave Baker", "Alice Young"]);
    expect(names((await list(org, { sort: "name", dir: "desc" })).rows)).toEqual(["Alice Young", "Dave Baker", "Carol Baker", "Bob Adams"]);
    expect((await list(org, { sort: "email" })).rows.map((r) => r.email)).toEqual(["alice@example.com", "bob@example.com", "carol@example.com", "dave@example.com"]);
    expect((await list(org, { sort: "email", dir: "desc" })).rows.map((r) => r.email)[0]).toBe("dave@example.com");
  });

  it("sorts names ignoring case, so 'de Vries' sits among the Ds", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, "Email,First Name,Last Name,Active\nz@example.com,Zed,Zola,1\nd@example.com,anna,de Vries,1\ne@example.com,Ed,Evans,1\nc@example.com,Cy,Davies,1\n");
    const names = (await list(org, { sort: "name" })).rows.map((r) => r.lastName);
    expect(names).toEqual(["Davies", "de Vries", "Evans", "Zola"]);
  });

  it("sorts names as people read them: accented initials among their letters", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, "Email,First Name,Last Name,Active\nz@example.com,Zed,Zola,1\ne@example.com,Émile,Évrard,1\nd@example.com,Dora,Dupont,1\nf@example.com,Fay,Fabre,1\n");
    expect((await list(org, { sort: "name" })).rows.map((r) => r.lastName)).toEqual(["Dupont", "Évrard", "Fabre", "Zola"]);
    expect((await list(org, { sort: "name", dir: "desc" })).rows.map((r) => r.lastName)).toEqual(["Zola", "Fabre", "Évrard", "Dupont"]);
  });

  it("searches ignoring accents, both ways: 'zoe muller' finds Zoë Müller, 'émile' finds Emile", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, "Email,First Name,Last Name,Active\nzm@example.com,Zoë,Müller,1\nem@example.com,Emile,Bronte,1\nx@example.com,Xavier,Other,1\n");
    expect((await list(org, { q: "zoe muller" })).rows.map((r) => r.email)).toEqual(["zm@example.com"]);
    expect((await list(org, { q: "ZOË" })).rows.map((r) => r.email)).toEqual(["zm@example.com"]);
    expect((await list(org, { q: "émile" })).rows.map((r) => r.email)).toEqual(["em@example.com"]);
  });

  it("sorts by when learners were created and last updated", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    await importCsv(org, "Email,First Name,Last Name,Active\nerin@example.com,Erin,Zed,1");
    await setLearnersActive(await getDb(), org.organisationId, { ids: await idsByEmail(org, "bob@example.com"), active: false, adminId: null });

    expect((await list(org, { status: "all", sort: "created", dir: "desc" })).rows[0]!.email).toBe("erin@example.com");
    expect((await list(org, { status: "all", sort: "created", dir: "asc" })).rows.at(-1)!.email).toBe("erin@example.com");
    expect((await list(org, { status: "all", sort: "updated", dir: "desc" })).rows[0]!.email).toBe("bob@example.com");
  });

  it("searches first name, last name and email, ignoring case", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    expect((await list(org, { q: "BAKER" })).rows.map((r) => r.firstName).sort()).toEqual(["Carol", "Dave"]);
    expect((await list(org, { q: "ob ad" })).rows.map((r) => r.email)).toEqual(["bob@example.com"]);
    expect((await list(org, { q: "alice@" })).rows.map((r) => r.email)).toEqual(["alice@example.com"]);
    expect(await list(org, { q: "nobody" })).toMatchObject({ rows: [], total: 0, pageCount: 1, page: 1 });
  });

  it("treats %, _ and \\ in the search as plain characters", async () => {
    const org = await createTestOrganisation();
    await importCsv(
      org,
      [
        "Email,First Name,Last Name,Active",
        "pct@example.com,Growth,50% Team,1",
        "five@example.com,Growth,500 Team,1",
        "under@example.com,Ann_e,Smith,1",
        "annie@example.com,Annie,Smith,1",
        "slash@example.com,Back\\slash,Jones,1",
      ].join("\n"),
    );
    const emails = async (q: string) => (await list(org, { q })).rows.map((r) => r.email);
    expect(await emails("50%")).toEqual(["pct@example.com"]);
    expect(await emails("n_e")).toEqual(["under@example.com"]);
    expect(await emails("%")).toEqual(["pct@example.com"]);
    expect(await emails("k\\s")).toEqual(["slash@example.com"]);
  });

  it("filters by status and counts each status for the tabs", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const db = await getDb();
    const archived = await setLearnersActive(db, org.organisationId, { ids: await idsByEmail(org, "bob@example.com", "carol@example.com"), active: false, adminId: org.adminId });
    expect(archived).toEqual({ changed: 2, changedIds: expect.arrayContaining(await idsByEmail(org, "bob@example.com", "carol@example.com")), missing: 0 });

    const active = await list(org);
    expect(active.rows.map((r) => r.email).sort()).toEqual(["alice@example.com", "dave@example.com"]);
    expect(active.counts).toEqual({ active: 2, archived: 2, all: 4 });
    expect((await list(org, { status: "archived" })).rows.map((r) => r.email).sort()).toEqual(["bob@example.com", "carol@example.com"]);
    expect((await list(org, { status: "all" })).total).toBe(4);
    expect((await list(org, { status: "archived", q: "baker" })).counts).toEqual({ active: 1, archived: 1, all: 2 });

    const restored = await setLearnersActive(db, org.organisationId, { ids: await idsByEmail(org, "bob@example.com", "alice@example.com"), active: true, adminId: org.adminId });
    expect(restored).toEqual({ changed: 1, changedIds: await idsByEmail(org, "bob@example.com"), missing: 0 });
    const audits = await db.auditLog.findMany({ where: { organisationId: org.organisationId, action: { startsWith: "learners." } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, (a.detail as { count: number }).count])).toEqual([
      ["learners.archived", 2],
      ["learners.unarchived", 1],
    ]);
  });
});

describe("organisation scoping", () => {
  it("never lists, archives or emails another organisation's learners", async () => {
    const mine = await createTestOrganisation();
    const theirs = await createTestOrganisation();
    await importCsv(mine, PEOPLE);
    await importCsv(theirs, "Email,First Name,Last Name,Active\nalice@example.com,Alice,Other,1\nzoe@example.com,Zoe,Other,1");
    const theirIds = await idsByEmail(theirs, "alice@example.com", "zoe@example.com");
    const db = await getDb();

    const everything = await list(mine, { status: "all", pageSize: 100 });
    expect(everything.total).toBe(4);
    expect(everything.rows.some((r) => theirIds.includes(r.id))).toBe(false);
    expect((await list(mine, { q: "other" })).total).toBe(0);

    expect(await setLearnersActive(db, mine.organisationId, { ids: theirIds, active: false, adminId: mine.adminId })).toEqual({ changed: 0, changedIds: [], missing: 2 });
    expect(await db.learner.count({ where: { id: { in: theirIds }, active: true } })).toBe(2);
    expect(await resendWelcome(db, mine.organisationId, theirIds)).toEqual({ queued: 0, skipped: 0, missing: 2 });
    expect(await db.learner.count({ where: { id: { in: theirIds }, welcomeStatus: "NOT_SENT" } })).toBe(2);
    expect(await exportText(mine)).not.toContain("zoe@example.com");
  });

  it("shows a user's page and import history only to the user's own organisation", async () => {
    const mine = await createTestOrganisation();
    const theirs = await createTestOrganisation();
    const first = await importCsv(mine, PEOPLE);
    const second = await importCsv(mine, "Email,First Name,Last Name,Active\nbob@example.com,Robert,Adams,1");
    const [bob] = await idsByEmail(mine, "bob@example.com");
    const db = await getDb();

    expect(await getLearner(db, mine.organisationId, bob!)).toMatchObject({ firstName: "Robert", createdByImportId: first });
    expect(await getLearner(db, theirs.organisationId, bob!)).toBeNull();
    expect((await listLearnerImports(db, mine.organisationId, bob!)).map((r) => [r.importId, r.outcome])).toEqual([
      [second, "UPDATED"],
      [first, "CREATED"],
    ]);
    expect(await listLearnerImports(db, theirs.organisationId, bob!)).toEqual([]);
  });
});

describe("the users list's archive, unarchive and resend actions", () => {
  const ghostId = () => `c${randomBytes(12).toString("hex")}`;
  const STALE = "None of the selected users exist in your organisation any more. Refresh the list and try again.";

  it("say the selection no longer exists when no id is the organisation's, alike for another organisation's ids and ids that exist nowhere", async () => {
    const mine = await createTestOrganisation();
    const theirs = await createTestOrganisation();
    await importCsv(mine, PEOPLE);
    await importCsv(theirs, PEOPLE);
    const theirIds = await idsByEmail(theirs, "alice@example.com", "bob@example.com");
    session.adminId = mine.adminId;

    for (const action of [archiveLearnersAction, unarchiveLearnersAction, resendWelcomeAction]) {
      // (Unarchive's data also counts the welcome emails it queued.)
      expect(await action({ ids: theirIds })).toEqual({ ok: true, data: expect.objectContaining({ changed: 0, missing: 2 }), message: STALE });
      expect(await action({ ids: [ghostId(), ghostId()] })).toEqual({ ok: true, data: expect.objectContaining({ changed: 0, missing: 2 }), message: STALE });
    }
    expect(await archiveLearnersAction({ ids: [ghostId()] })).toMatchObject({
      message: "The selected user doesn't exist in your organisation any more. Refresh the list and try again.",
    });
    const db = await getDb();
    expect(await db.learner.count({ where: { organisationId: theirs.organisationId, active: true, welcomeStatus: "NOT_SENT" } })).toBe(4);
  });

  it("keep saying the users are already archived or active when they exist and need nothing", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const [alice, bob] = await idsByEmail(org, "alice@example.com", "bob@example.com");
    session.adminId = org.adminId;

    expect(await archiveLearnersAction({ ids: [bob!] })).toMatchObject({ data: { changed: 1, missing: 0 }, message: "Archived 1 user. You'll find them under Archived." });
    expect(await archiveLearnersAction({ ids: [bob!] })).toMatchObject({ data: { changed: 0 }, message: "Nothing to archive: the selected users are already archived." });
    expect(await unarchiveLearnersAction({ ids: [alice!] })).toMatchObject({ data: { changed: 0 }, message: "Nothing to unarchive: the selected users are already active." });
    expect(await resendWelcomeAction({ ids: [bob!] })).toMatchObject({
      data: { changed: 0 },
      message: "No welcome emails queued: the selected users are archived, already activated or already waiting for their email.",
    });
  });

  it("count the selected users that no longer exist apart from the ones that were already done", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const [alice, bob, carol] = await idsByEmail(org, "alice@example.com", "bob@example.com", "carol@example.com");
    session.adminId = org.adminId;
    await archiveLearnersAction({ ids: [bob!] });

    expect(await archiveLearnersAction({ ids: [alice!, bob!, ghostId(), ghostId()] })).toMatchObject({
      data: { changed: 1, missing: 2 },
      message: "Archived 1 user. You'll find them under Archived. 1 was already archived. 2 of the selected users no longer exist in your organisation; refresh the list to see who's there now.",
    });
    expect(await archiveLearnersAction({ ids: [bob!, ghostId()] })).toMatchObject({
      data: { changed: 0, missing: 1 },
      message: "Nothing to archive: 1 was already archived. 1 of the selected users no longer exists in your organisation; refresh the list to see who's there now.",
    });
    expect(await unarchiveLearnersAction({ ids: [alice!, carol!, ghostId()] })).toMatchObject({
      data: { changed: 1, missing: 1 },
      message: "Unarchived 1 user; they're active again. 1 was already active. 1 of the selected users no longer exists in your organisation; refresh the list to see who's there now.",
    });
    expect(await resendWelcomeAction({ ids: [carol!, bob!, ghostId()] })).toMatchObject({
      data: { changed: 1, missing: 1 },
      message:
        "Queued welcome emails for 1 user, each with a new activation link. 1 was skipped because they're archived, already activated or already waiting for their email. 1 of the selected users no longer exists in your organisation; refresh the list to see who's there now.",
    });
    await drainInProcessJobs();
  });
});

describe("resending welcome emails", () => {
  it("queues active, not yet activated learners and skips archived ones", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const db = await getDb();
    const [bob] = await idsByEmail(org, "bob@example.com");
    await setLearnersActive(db, org.organisationId, { ids: [bob!], active: false, adminId: null });

    const result = await resendWelcome(db, org.organisationId, await idsByEmail(org, "alice@example.com", "bob@example.com", "carol@example.com"));
    expect(result).toEqual({ queued: 2, skipped: 1, missing: 0 });
    await drainInProcessJobs();

    const learners = await db.learner.findMany({ where: { organisationId: org.organisationId }, select: { emailKey: true, welcomeStatus: true } });
    const status = Object.fromEntries(learners.map((l) => [l.emailKey, l.welcomeStatus]));
    expect(status).toEqual({ "alice@example.com": "SENT", "carol@example.com": "SENT", "bob@example.com": "NOT_SENT", "dave@example.com": "NOT_SENT" });
    expect(await db.email.count({ where: { organisationId: org.organisationId, kind: "WELCOME" } })).toBe(2);
  });
});

describe("unarchiving with the welcome email option", () => {
  /** PEOPLE, with Bob emailed before he was archived and Carol activated; Alice and Dave never had a welcome email. */
  async function archivedPeople() {
    const org = await createTestOrganisation();
    await importCsv(org, PEOPLE);
    const db = await getDb();
    const [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map(async (name) => (await idsByEmail(org, `${name}@example.com`))[0]!));
    await db.learner.update({ where: { id: bob }, data: { welcomeStatus: "SENT", welcomeSentAt: new Date() } });
    await db.learner.update({ where: { id: carol }, data: { activatedAt: new Date() } });
    await setLearnersActive(db, org.organisationId, { ids: [alice!, bob!, carol!], active: false, adminId: null });
    session.adminId = org.adminId;
    return { org, db, alice: alice!, bob: bob!, carol: carol!, dave: dave! };
  }

  async function welcomeEmailsTo(org: Org) {
    const emails = await (await getDb()).email.findMany({ where: { organisationId: org.organisationId, kind: "WELCOME" }, select: { to: true } });
    return emails.map((e) => e.to).sort();
  }

  it("queues a welcome email for the unarchived users who never had one, and says how many", async () => {
    const { org, db, alice, bob, carol, dave } = await archivedPeople();

    const result = await unarchiveLearnersAction({ ids: [alice, bob, carol, dave], sendWelcome: true });
    expect(result).toEqual({
      ok: true,
      data: { changed: 3, missing: 0, welcomed: 1 },
      message: "Unarchived 3 users; they're active again. Queued a welcome email for 1 of them, who had never had one. 1 was already active.",
    });
    await drainInProcessJobs();

    // Dave was never archived, so unarchiving didn't email him.
    expect(await welcomeEmailsTo(org)).toEqual(["alice@example.com"]);
    const learners = await db.learner.findMany({ where: { organisationId: org.organisationId }, select: { emailKey: true, active: true, welcomeStatus: true } });
    expect(Object.fromEntries(learners.map((l) => [l.emailKey, [l.active, l.welcomeStatus]]))).toEqual({
      "alice@example.com": [true, "SENT"],
      "bob@example.com": [true, "SENT"],
      "carol@example.com": [true, "NOT_SENT"],
      "dave@example.com": [true, "NOT_SENT"],
    });
  });

  it("emails nobody when the option is off", async () => {
    const { org, alice, bob } = await archivedPeople();

    expect(await unarchiveLearnersAction({ ids: [alice, bob] })).toEqual({
      ok: true,
      data: { changed: 2, missing: 0, welcomed: 0 },
      message: "Unarchived 2 users; they're active again.",
    });
    await drainInProcessJobs();
    expect(await welcomeEmailsTo(org)).toEqual([]);
  });

  it("says so when none of the unarchived users needed one", async () => {
    const { org, bob, carol } = await archivedPeople();

    expect(await unarchiveLearnersAction({ ids: [bob, carol], sendWelcome: true })).toMatchObject({
      data: { changed: 2, welcomed: 0 },
      message: "Unarchived 2 users; they're active again. No welcome emails queued: each of them has had one or has activated their account.",
    });
    await drainInProcessJobs();
    expect(await welcomeEmailsTo(org)).toEqual([]);
  });
});

describe("exporting learners", () => {
  const CSV_WITH_FORMULAS = [
    "Email,First Name,Last Name,Active,Department,Job Title,Employee ID",
    `amy@example.com,Amy,"Smith, Jr",1,=SUM(A1:A9),"Head of ""Ops""",1`,
    "ben@example.com,+Ben,-Jones,0,@Sales,,2",
    `cat@example.com,Cat,Ng,1,Ops,"Line one\nline two",3`,
  ].join("\n");

  it("writes the template's headers, then one neutralised row per learner, as UTF-8 CSV with CRLF", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, CSV_WITH_FORMULAS);
    const text = await exportText(org);
    const fields = await listFields(await getDb(), org.organisationId, { withGroups: true });
    const templateHeader = buildTemplateCsv(fields).split("\r\n")[0];

    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(templateHeader);
    expect(text).toBe(
      [
        "\uFEFFEmail,First Name,Last Name,Active,Department,Job Title,Employee ID,Groups",
        `amy@example.com,Amy,"Smith, Jr",1,'=SUM(A1:A9),"Head of ""Ops""",1,`,
        "ben@example.com,'+Ben,'-Jones,0,'@Sales,,2,",
        `cat@example.com,Cat,Ng,1,Ops,"Line one\nline two",3,`,
        "",
      ].join("\r\n"),
    );
  });

  it("re-parses with every column mapped back to its field, and re-imports without changing anyone", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, CSV_WITH_FORMULAS);
    const text = await exportText(org);
    const fields = await listFields(await getDb(), org.organisationId, { withGroups: true });

    const parsed = parseCsvText(text);
    expect(parsed.fileErrors).toEqual([]);
    expect(matchHeaders(parsed.headers, fields)).toEqual(Object.fromEntries(fields.map((field, column) => [column, field.key])));

    const reimport = await importCsv(org, text);
    const job = await (await getDb()).importJob.findUniqueOrThrow({ where: { id: reimport } });
    expect(job).toMatchObject({ status: "COMPLETED", unchangedCount: 3, createdCount: 0, updatedCount: 0, failedCount: 0 });
  });

  it("reads learners in batches without skipping or repeating any, and honours the list's filters", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, staffCsv(23));
    await setLearnersActive(await getDb(), org.organisationId, { ids: await idsByEmail(org, "person3@example.com", "person13@example.com"), active: false, adminId: null });
    const emailsIn = (text: string) => text.trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);

    const all = emailsIn(await exportText(org, {}, 5));
    expect(all).toHaveLength(23);
    expect(new Set(all).size).toBe(23);
    expect(all).toEqual([...all].sort());
    expect(emailsIn(await exportText(org, { status: "archived" }, 5))).toEqual(["person13@example.com", "person3@example.com"]);
    expect(emailsIn(await exportText(org, { status: "active", q: "person1" }, 5))).toHaveLength(10);
  });
});

describe("at 100,000 learners", () => {
  // How fast is npm run bench's business (section 3, "Users directory"); this checks the answers at that size.
  it("lists, pages deep, sorts, searches and exports all of them", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    onTestFinished(() => db.organisation.delete({ where: { id: org.organisationId } }).then(() => undefined));
    await db.$executeRaw`
      INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdAt", "updatedAt")
      SELECT ${org.organisationId} || '-' || g, ${org.organisationId}, 'user' || g || '@example.com', 'user' || g || '@example.com',
             'First' || (g % 997), 'Last' || (g % 1009), g % 10 <> 0, jsonb_build_object('cf_department', 'Dept ' || (g % 20)),
             now() - g * interval '1 second', now() - ((g * 7919) % 100000) * interval '1 second'
      FROM generate_series(1, 100000) AS g`;
    await db.$executeRaw`ANALYZE "Learner"`;

    const id = (g: number) => `${org.organisationId}-${g}`;
    expect((await list(org, {})).total).toBe(90_000);
    expect((await list(org, { sort: "name", dir: "desc", page: 1_000, pageSize: 50 })).rows).toHaveLength(50);
    // Learner g was created g seconds ago; 100,000 has the most recent updatedAt (its offset is 0).
    expect((await list(org, { sort: "created", dir: "desc", status: "all" })).rows[0]!.id).toBe(id(1));
    expect((await list(org, { sort: "updated", dir: "desc", status: "all" })).rows[0]!.id).toBe(id(100_000));
    expect((await list(org, { status: "archived" })).total).toBe(10_000);
    expect((await list(org, { q: "user12345", status: "all" })).rows.map((r) => r.id)).toEqual([id(12_345)]);
    const st9 = await list(org, { q: "st9" });
    expect(st9.total).toBeGreaterThan(0);
    for (const row of st9.rows) expect(`${row.firstName} ${row.lastName} ${row.email}`.toLowerCase()).toContain("st9");

    let lines = 0;
    for await (const chunk of exportLearnersCsv(db, org.organisationId)) lines += chunk.split("\r\n").length - 1;

    expect(lines).toBe(100_001);
  });
});
