// The real CLI (`tsx scripts/cli.ts`) in a child process against the test database.
// Each spawn costs a second or two, so the file keeps the number down (argument errors are unit-tested in lib/cli/).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { NON_CSV_MESSAGES } from "@/lib/imports/decode";
import { startFakeResend } from "../support/fake-resend";
import { createTestOrganisation, learnerSnapshot } from "./support/fixtures";

const TSX = resolve("node_modules/.bin/tsx");
const SPAWN_TIMEOUT = 50_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rollcall-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type CliRun = { status: number | null; stdout: string; stderr: string };

function cli(...args: string[]): Promise<CliRun> {
  return spawnCli(args, 0);
}

/** With an email provider: the fake Resend at `resendUrl`. */
function cliWithResend(resendUrl: string, ...args: string[]): Promise<CliRun> {
  return spawnCli(args, 0, { RESEND_API_KEY: "re_cli_test_key", RESEND_BASE_URL: resendUrl });
}

/**
 * Like `cli … | jq` with a consumer that falls behind: stdout is read up to
 * the pipe's first bufferful, then not for `stallMs`, so the child is still
 * writing when it finishes its work.
 */
function cliIntoSlowReader(stallMs: number, ...args: string[]): Promise<CliRun> {
  return spawnCli(args, stallMs);
}

function spawnCli(args: string[], stallMs: number, extraEnv: Record<string, string> = {}): Promise<CliRun> {
  // DATABASE_URL is the test database (setup-env.ts); jobs run in-process and send no real email whatever the shell has set.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_DEV", "RESEND_API_KEY", "RESEND_BASE_URL", "SEED_DEMO"]) delete env[name];
  Object.assign(env, extraEnv);
  return new Promise((done, fail) => {
    const child = spawn(TSX, ["scripts/cli.ts", ...args], { env, stdio: ["ignore", "pipe", "pipe"], timeout: SPAWN_TIMEOUT });
    let stdout = "";
    let stderr = "";
    let stalled = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (stallMs === 0 || stalled) return;
      stalled = true;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), stallMs);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

async function importJobs(organisationId: string) {
  return (await getDb()).importJob.findMany({ where: { organisationId } });
}

describe("npm run cli -- import", () => {
  it("--dry-run --json with a Groups column gives each row the groups the user will have, and lists the new groups", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const eve = await db.learner.create({ data: { organisationId: org.organisationId, email: "eve@example.com", emailKey: "eve@example.com", firstName: "Eve", lastName: "Old" } });
    await db.group.create({ data: { organisationId: org.organisationId, name: "Site A", nameKey: "site a", members: { create: { learnerId: eve.id } } } });
    const csv = ["Email,First Name,Last Name,Active,Groups", "ada@example.com,Ada,Lovelace,1,site a; Night shift", "eve@example.com,Eve,Old,1,", "bob@,Bob,Broken,1,Site A"].join("\r\n");

    const run = await cli("import", "--org", org.slug, "--file", file("groups.csv", csv), "--dry-run", "--json", "--add-to-groups");

    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.rows.map((r: { email: string; action: string; groups: unknown }) => [r.email, r.action, r.groups])).toEqual([
      ["ada@example.com", "create", ["Site A", "Night shift"]],
      ["eve@example.com", "unchanged", ["Site A"]],
      ["bob@", "error", null],
    ]);
    expect(json.newGroups).toEqual(["Night shift"]);
    expect(await db.group.count({ where: { organisationId: org.organisationId } })).toBe(1);
  });

  it("--dry-run --json prints the plan as one JSON object and writes nothing", async () => {
    const org = await createTestOrganisation();
    await (await getDb()).learner.create({
      data: { organisationId: org.organisationId, email: "eve@example.com", emailKey: "eve@example.com", firstName: "Eve", lastName: "Old" },
    });
    const before = await learnerSnapshot(org.organisationId);
    const csv = [
      "Email,First Name,Last Name,Active,Department",
      "ada@example.com,Ada,Lovelace,1,Research",
      "not-an-email,Bob,Broken,1,Sales",
      "",
      "ADA@example.com,Ada,Again,1,Research",
      "eve@example.com,Eve,Existing,1,Ops",
    ].join("\r\n");

    const run = await cli("import", "--org", org.slug, "--file", file("staff.csv", csv), "--dry-run", "--json");

    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({
      file: { encoding: "utf-8", delimiter: ",", rows: 4 },
      fileErrors: [],
      summary: { create: 1, update: 1, unchanged: 0, error: 2 },
      rows: [
        { row: 2, email: "ada@example.com", action: "create", firstName: "Ada", lastName: "Lovelace", errors: [] },
        { row: 3, email: "not-an-email", action: "error", firstName: "Bob", lastName: "Broken", errors: [{ field: "email", message: "Row 3: 'not-an-email' is not an email address." }] },
        // The blank line is record 4: row numbers match the spreadsheet's.
        { row: 5, email: "ADA@example.com", action: "error", firstName: "Ada", lastName: "Again", errors: [{ field: "email", message: "Row 5: ADA@example.com already appears on row 2." }] },
        { row: 6, email: "eve@example.com", action: "update", firstName: "Eve", lastName: "Existing", errors: [] },
      ],
    });
    expect(await learnerSnapshot(org.organisationId)).toEqual(before);
    expect(await importJobs(org.organisationId)).toEqual([]);
  });

  it("--json through a pipe is complete: a plan of 3,000 rows (well over 64 KiB) parses whole", async () => {
    const org = await createTestOrganisation();
    const rows = Array.from({ length: 3000 }, (_, i) => `learner${i}@example.com,Learner,Number ${i},1`);

    // stdout is a pipe, as in `npm run cli -- … --json | jq`: the process must not exit before it drains.
    const run = await cliIntoSlowReader(1000, "import", "--org", org.slug, "--file", file("big.csv", ["Email,First Name,Last Name,Active", ...rows].join("\n")), "--dry-run", "--json");

    expect(run.status, run.stderr).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(4 * 65_536);
    const output = JSON.parse(run.stdout) as { summary: { create: number }; rows: { row: number; email: string }[] };
    expect(output.summary.create).toBe(3000);
    expect(output.rows).toHaveLength(3000);
    expect(output.rows.at(-1)).toMatchObject({ row: 3001, email: "learner2999@example.com", action: "create" });
  });

  it("refuses an Excel workbook as a whole: exit 1, the reason in fileErrors", async () => {
    const org = await createTestOrganisation();
    const workbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...Buffer.from("[Content_Types].xml")]);

    const run = await cli("import", "--org", org.slug, "--file", file("staff.xlsx", workbook), "--dry-run", "--json");

    expect(run.status, run.stderr).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.fileErrors).toEqual([{ message: NON_CSV_MESSAGES.excel }]);
    expect(output).toMatchObject({ summary: { create: 0, update: 0, unchanged: 0, error: 0 }, rows: [] });
  });

  it("refuses a file with no column for a required field, naming the fields", async () => {
    const org = await createTestOrganisation();

    const run = await cli("import", "--org", org.slug, "--file", file("partial.csv", "E-mail,Surname\nann@example.com,Smith\n"), "--json");

    expect(run.status, run.stderr).toBe(1);
    const [error, ...others] = JSON.parse(run.stdout).fileErrors as { message: string }[];
    expect(others).toEqual([]);
    expect(error!.message).toMatch(/First Name and Active/);
    expect(await importJobs(org.organisationId)).toEqual([]);
  });

  it("imports for real: creates the users, reports the counts and exits 0", async () => {
    const org = await createTestOrganisation();
    const csv = ["Email,First Name,Last Name,Active,Department", "ann@example.com,Ann,Able,1,Sales", "ben@example.com,Ben,Baker,yes,Ops", "bad@,Bad,Row,1,"].join("\n");

    const run = await cli("import", "--org", org.slug, "--file", file("real.csv", csv));

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Create\s+2/);
    expect(run.stdout).toMatch(/Row 4: 'bad@' is not an email address\./);
    expect(run.stdout).toMatch(/completed: 2 created, 0 updated, 0 unchanged, 0 skipped, 1 failed/);
    const learners = await learnerSnapshot(org.organisationId);
    expect(learners.map((l) => [l.email, l.firstName, l.lastName, l.active, l.customFields, l.welcomeStatus])).toEqual([
      ["ann@example.com", "Ann", "Able", true, { cf_department: "Sales" }, "NOT_SENT"],
      ["ben@example.com", "Ben", "Baker", true, { cf_department: "Ops" }, "NOT_SENT"],
    ]);
    const [job, ...others] = await importJobs(org.organisationId);
    expect(others).toEqual([]);
    expect(job).toMatchObject({ source: "CLI", fileName: "real.csv", adminId: null, status: "COMPLETED", createdCount: 2, failedCount: 1 });
  });

  it("stops with exit 2 and a clear message for an unknown organisation", async () => {
    const run = await cli("import", "--org", "no-such-org", "--file", join(dir, "staff.csv"), "--dry-run", "--json");

    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/No organisation has the slug "no-such-org"/);
  });
});

describe("cli token", () => {
  it("creates a token whose secret the API accepts, lists it without the secret, and revokes it", async () => {
    const org = await createTestOrganisation();
    const { authenticateApiToken } = await import("@/lib/server/api-tokens/authenticate-api-token");
    const db = await getDb();

    const created = await cli("token", "create", "--org", org.slug, "--name", "HR nightly", "--scopes", "scim,users:read", "--json");
    expect(created.status).toBe(0);
    const token = JSON.parse(created.stdout) as { id: string; secret: string; scopes: string[] };
    expect(token.scopes).toEqual(["users:read", "scim"]);
    expect(await authenticateApiToken(db, token.secret)).toMatchObject({ ok: true, caller: { organisationId: org.organisationId, name: "HR nightly" } });

    const listed = await cli("token", "list", "--org", org.slug, "--json");
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: token.id, name: "HR nightly", state: "active", createdBy: null })]);
    expect(listed.stdout).not.toContain(token.secret);

    const revoked = await cli("token", "revoke", token.id, "--org", org.slug);
    expect(revoked).toMatchObject({ status: 0, stdout: "Revoked “HR nightly”. Requests with it are refused from now on.\n" });
    expect(await authenticateApiToken(db, token.secret)).toMatchObject({ ok: false, reason: "revoked" });
  });
});

describe("cli org", () => {
  const tag = () => randomBytes(4).toString("hex");

  it("create without an email provider: the organisation has the built-in fields and no admin, and the owner's link is printed alone on stdout", async () => {
    const slug = `acme-${tag()}`;
    const ownerEmail = `olive-${slug}@acme.test`;

    const run = await cli("org", "create", "--name", "Acme Care Ltd", "--slug", slug, "--owner-name", "Olive Owner", "--owner-email", ownerEmail);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Created the organisation “Acme Care Ltd” (slug ${slug}) with the built-in profile fields, and invited Olive Owner <${ownerEmail}> as its Owner.`);
    expect(run.stderr).toContain("No email was sent: RESEND_API_KEY is not set. Give Olive Owner this link");
    expect(run.stdout).toMatch(/^https?:\/\/[^\s]+\/accept-invitation\?token=[A-Za-z0-9_-]{20,}\n$/);
    const db = await getDb();
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug }, include: { admins: true, invitations: true, profileFields: true } });
    expect(organisation.name).toBe("Acme Care Ltd");
    expect(organisation.admins).toEqual([]);
    expect(organisation.profileFields.every((f) => f.builtIn)).toBe(true);
    expect(organisation.invitations).toEqual([expect.objectContaining({ email: ownerEmail, role: "OWNER", invitedById: null, acceptedAt: null })]);
    const { findValidInvitation } = await import("@/lib/server/team/accept-invitation");
    const token = new URL(run.stdout.trim()).searchParams.get("token")!;
    expect(await findValidInvitation(db, token)).toMatchObject({ id: organisation.invitations[0]!.id });
  });

  it("create with an email provider: says where the invitation went, and the email carries the link", async () => {
    const resend = await startFakeResend();
    try {
      const slug = `mail-${tag()}`;
      const ownerEmail = `owen-${slug}@acme.test`;

      const run = await cliWithResend(resend.url, "org", "create", "--name", "Mail Care", "--slug", slug, "--owner-name", "Owen Owner", "--owner-email", ownerEmail);

      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`The invitation was emailed to ${ownerEmail}. The link works once, for 7 days.`);
      const [email, ...others] = resend.emails;
      expect(others).toEqual([]);
      expect(email).toMatchObject({ to: [ownerEmail], subject: "Join Mail Care on Rollcall" });
      expect(email!.text).toMatch(/You've been invited to help manage Mail Care's staff on Rollcall, as an Owner\./);
      expect(email!.text).toMatch(/\/accept-invitation\?token=[A-Za-z0-9_-]{20,}/);
    } finally {
      await resend.close();
    }
  });

  it("create when the email provider can't be reached: the invitation stands and its link is printed to hand over", async () => {
    const slug = `down-${tag()}`;
    const ownerEmail = `dora-${slug}@acme.test`;

    const run = await cliWithResend("http://127.0.0.1:9", "org", "create", "--name", "Down Ltd", "--slug", slug, "--owner-name", "Dora", "--owner-email", ownerEmail);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`The invitation email to ${ownerEmail} could not be sent: .+[^.]\\. Give Dora this link`));
    const { findValidInvitation } = await import("@/lib/server/team/accept-invitation");
    const token = new URL(run.stdout.trim()).searchParams.get("token")!;
    expect(await findValidInvitation(await getDb(), token)).toMatchObject({ email: ownerEmail, role: "OWNER" });
  });

  it("refuses a taken slug, a malformed slug or email and a missing option with exit 2 and a specific message, creating nothing", async () => {
    const existing = await createTestOrganisation();
    const db = await getDb();
    const before = await db.organisation.count();
    const options = (slug: string, email = "ok@acme.test") => ["org", "create", "--name", "Acme", "--slug", slug, "--owner-name", "Olive", "--owner-email", email];

    const [taken, badSlug, badEmail, missing] = await Promise.all([
      cli(...options(existing.slug)),
      cli(...options("Acme Care")),
      cli(...options(`fine-${tag()}`, "olive@")),
      cli("org", "create", "--name", "Acme", "--slug", `fine-${tag()}`),
    ]);

    expect(taken).toMatchObject({ status: 2, stdout: "" });
    expect(taken.stderr).toBe(`The slug "${existing.slug}" is already taken (by Test Org ${existing.slug.slice(3)}). Choose another one.\n`);
    expect(badSlug.status).toBe(2);
    expect(badSlug.stderr).toMatch(/^Invalid --slug "Acme Care"\. Use 2 to 40 characters: lower-case letters, digits and single dashes, starting with a letter \(like acme-care\)\. Try --slug acme-care\./);
    expect(badEmail.status).toBe(2);
    expect(badEmail.stderr).toMatch(/^Invalid --owner-email "olive@"\. Enter an email address like name@example\.com\./);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Missing --owner-name and --owner-email\./);
    expect(await db.organisation.count()).toBe(before);
  });

  it("list prints a table with each organisation's admins (and waiting invitations) and learners", async () => {
    const slug = `list-${tag()}`;
    const created = await cli("org", "create", "--name", "Listed Ltd", "--slug", slug, "--owner-name", "Lee", "--owner-email", `lee-${slug}@list.test`);
    expect(created.status, created.stderr).toBe(0);
    const withAdmin = await createTestOrganisation();

    const run = await cli("org", "list");

    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^SLUG\s+NAME\s+CREATED\s+ADMINS\s+LEARNERS$/);
    const today = new Date().toISOString().slice(0, 10);
    expect(lines.find((line) => line.startsWith(`${slug} `))).toMatch(new RegExp(`^${slug}\\s+Listed Ltd\\s+${today}\\s+0 \\(1 invited\\)\\s+0$`));
    expect(lines.find((line) => line.startsWith(`${withAdmin.slug} `))).toMatch(new RegExp(`^${withAdmin.slug}\\s+Test Org \\w+\\s+${today}\\s+1\\s+0$`));
    expect(lines.at(-2)).toMatch(/^\d+ organisations$/);

    const json = JSON.parse((await cli("org", "list", "--json")).stdout) as { slug: string; admins: number; pendingInvitations: number; learners: number }[];
    expect(json.find((o) => o.slug === slug)).toMatchObject({ name: "Listed Ltd", admins: 0, pendingInvitations: 1, learners: 0 });
  });
});
