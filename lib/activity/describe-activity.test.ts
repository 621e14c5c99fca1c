import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindOf } from "./activity-kinds";
import { type ActivityEntry, describeActivity, humanise } from "./describe-activity";

const entry = (action: string, detail: Record<string, unknown> = {}, who: Partial<ActivityEntry> = {}): ActivityEntry => ({
  action,
  detail,
  adminId: "adm1",
  apiTokenId: null,
  ip: "203.0.113.9",
  adminName: "Sam Admin",
  ...who,
});
const asToken = { adminId: null, apiTokenId: "tok1", adminName: null };

/** Every action the code writes, as declared by the audit helper's AuditAction type. */
function declaredActions(): string[] {
  const source = readFileSync(new URL("../server/audit.ts", import.meta.url), "utf8");
  const union = /export type AuditAction =([^;]+);/.exec(source)?.[1] ?? "";
  return [...union.matchAll(/"([a-z_.]+)"/g)].map((match) => match[1]!);
}

// One representative entry per action, with the detail its audit() call writes.
const EXAMPLES: Record<string, { entry: ActivityEntry; sentence: string; actor: string; link?: string | null }> = {
  "login.succeeded": { entry: entry("login.succeeded"), sentence: "Signed in.", actor: "Sam Admin" },
  "login.failed": {
    entry: entry("login.failed", { username: "sam" }, { adminId: null, adminName: null }),
    sentence: "Failed sign-in as ‘sam’: wrong username or password.",
    actor: "Someone at 203.0.113.9",
  },
  "login.throttled": {
    entry: entry("login.throttled", { username: "sam" }, { adminId: null, adminName: null, ip: null }),
    sentence: "Sign-in as ‘sam’ refused: too many attempts.",
    actor: "Someone",
  },
  "password.changed": { entry: entry("password.changed"), sentence: "Changed their password.", actor: "Sam Admin" },
  "password.reset": { entry: entry("password.reset"), sentence: "Reset their password with an emailed link.", actor: "Sam Admin" },
  "password.reset_requested": { entry: entry("password.reset_requested"), sentence: "Asked for a password reset link.", actor: "Sam Admin" },
  "username.reminder_requested": { entry: entry("username.reminder_requested"), sentence: "Asked for a username reminder.", actor: "Sam Admin" },
  "account.updated": { entry: entry("account.updated", { nameChanged: true, emailChanged: true }), sentence: "Changed their name and email address.", actor: "Sam Admin" },
  "import.queued": {
    entry: entry("import.queued", { importId: "imp1", rows: 1200, source: "CSV" }),
    sentence: "Started an import of 1,200 rows.",
    actor: "Sam Admin",
    link: "/imports/imp1",
  },
  "import.completed": {
    entry: entry("import.completed", { importId: "imp1", created: 3, updated: 2, failed: 1, token: "HR sync" }, asToken),
    sentence: "An import finished: 3 created, 2 updated and 1 failed.",
    actor: "API token ‘HR sync’",
    link: "/imports/imp1",
  },
  "import.failed": {
    entry: entry("import.failed", { importId: "imp1", reason: "The database could not be reached." }),
    sentence: "An import failed. The database could not be reached.",
    actor: "Sam Admin",
    link: "/imports/imp1",
  },
  "import.retried": { entry: entry("import.retried", { importId: "imp1" }), sentence: "Retried a failed import.", actor: "Sam Admin", link: "/imports/imp1" },
  "import.undone": {
    entry: entry("import.undone", { importId: "imp1", deleted: 4, restored: 1, archived: 0, keptChanged: 2, groupsDeleted: 1 }),
    sentence: "Undid an import: 4 users it created removed, 1 user it updated restored, 2 users changed since left as they are and 1 group it created deleted.",
    actor: "Sam Admin",
    link: "/imports/imp1",
  },
  "import.data_purged": {
    entry: entry("import.data_purged", { imports: 2, rows: 1200, drafts: 1 }, { adminId: null, adminName: null, ip: null }),
    sentence: "Deleted the file contents of 2 finished imports (1,200 rows; the counts are kept) and 1 draft left unconfirmed for 30 days, under the organisation's retention policy.",
    actor: "Rollcall",
    link: null,
  },
  "learners.archived": {
    entry: entry("learners.archived", { count: 1, learnerIds: ["l1"] }),
    sentence: "Archived 1 user.",
    actor: "Sam Admin",
    link: "/users/l1",
  },
  "learners.unarchived": {
    entry: entry("learners.unarchived", { count: 3, learnerIds: ["l1", "l2", "l3"], token: "HR sync" }, asToken),
    sentence: "Unarchived 3 users.",
    actor: "API token ‘HR sync’",
    link: null,
  },
  "learners.erased": {
    entry: entry("learners.erased", { count: 2 }),
    sentence: "Erased 2 people and their personal data.",
    actor: "Sam Admin",
    link: null,
  },
  "fields.changed": {
    entry: entry("fields.changed", { change: "created", fieldId: "f1", key: "cf_cost_centre", label: "Cost Centre", type: "TEXT" }),
    sentence: "Added the profile field ‘Cost Centre’.",
    actor: "Sam Admin",
    link: "/settings/fields",
  },
  "api_token.created": {
    entry: entry("api_token.created", { tokenId: "t1", name: "HR sync", scopes: ["users:read", "imports:write"], expiresAt: null }),
    sentence: "Created the API token ‘HR sync’ (users:read, imports:write).",
    actor: "Sam Admin",
    link: "/settings/api-tokens",
  },
  "api_token.revoked": { entry: entry("api_token.revoked", { tokenId: "t1", name: "HR sync" }), sentence: "Revoked the API token ‘HR sync’.", actor: "Sam Admin", link: "/settings/api-tokens" },
  "groups.changed": {
    entry: entry("groups.changed", { change: "created", groupId: "g1", name: "Fire wardens" }),
    sentence: "Created the group ‘Fire wardens’.",
    actor: "Sam Admin",
    link: "/groups/g1",
  },
  "groups.members_changed": {
    entry: entry("groups.members_changed", { groupId: "g1", name: "Fire wardens", change: "add", count: 2, learnerIds: ["l1", "l2"] }),
    sentence: "Added 2 users to the group ‘Fire wardens’.",
    actor: "Sam Admin",
    link: "/groups/g1",
  },
  "scim.user_provisioned": {
    entry: entry("scim.user_provisioned", { learnerId: "l1", userName: "ann@example.com", importId: "imp2", outcome: "CREATED", token: "Okta" }, asToken),
    sentence: "Provisioned ‘ann@example.com’.",
    actor: "Directory sync",
    link: "/users/l1",
  },
  "scim.user_updated": {
    entry: entry("scim.user_updated", { learnerId: "l1", userName: "ann@example.com", emailFrom: "ann@old.example", emailTo: "ann@example.com", token: "Okta" }, asToken),
    sentence: "Updated ‘ann@example.com’: email changed from ann@old.example to ann@example.com.",
    actor: "Directory sync",
    link: "/users/l1",
  },
  "scim.user_deprovisioned": {
    entry: entry("scim.user_deprovisioned", { learnerId: "l1", userName: "ann@example.com", token: "Okta" }, asToken),
    sentence: "Deprovisioned ‘ann@example.com’: the user was archived and unlinked from the directory.",
    actor: "Directory sync",
    link: "/users/l1",
  },
  "scim.group_provisioned": {
    entry: entry("scim.group_provisioned", { groupId: "g1", displayName: "Night shift", externalId: "e1", added: ["l1", "l2"], token: "Okta" }, asToken),
    sentence: "Provisioned the group ‘Night shift’ with 2 users.",
    actor: "Directory sync",
    link: "/groups/g1",
  },
  "scim.group_updated": {
    entry: entry("scim.group_updated", { groupId: "g1", displayName: "Nights", from: "Night shift", removed: ["l1"], token: "Okta" }, asToken),
    sentence: "Updated the group ‘Nights’: renamed it from ‘Night shift’ and removed 1 user.",
    actor: "Directory sync",
    link: "/groups/g1",
  },
  "scim.group_deleted": {
    entry: entry("scim.group_deleted", { groupId: "g1", displayName: "Nights", members: 3, token: "Okta" }, asToken),
    sentence: "Deleted the group ‘Nights’ (3 users were in it).",
    actor: "Directory sync",
    link: null,
  },
  "scim.settings_changed": {
    entry: entry("scim.settings_changed", { welcomeEmails: true }),
    sentence: "Turned on welcome emails for users the directory provisions.",
    actor: "Sam Admin",
    link: "/settings/directory-sync",
  },
  "organisation.settings_changed": {
    entry: entry("organisation.settings_changed", { changed: ["name", "emailSenderName", "welcomeSubject", "activationLinkDays"], nameFrom: "Acme", nameTo: "Acme Health" }),
    sentence: "Renamed the organisation from ‘Acme’ to ‘Acme Health’; changed the sender name, the welcome email's subject and how long activation links work.",
    actor: "Sam Admin",
    link: "/settings/organisation",
  },
  "admin.invited": {
    entry: entry("admin.invited", { invitationId: "inv1", name: "Kim Lee", email: "kim@example.com", role: "VIEWER" }),
    sentence: "Invited Kim Lee (kim@example.com) as Viewer.",
    actor: "Sam Admin",
    link: "/settings/team",
  },
  "admin.invitation_resent": {
    entry: entry("admin.invitation_resent", { invitationId: "inv1", email: "kim@example.com" }),
    sentence: "Sent a new invitation link to kim@example.com; the old link no longer works.",
    actor: "Sam Admin",
    link: "/settings/team",
  },
  "admin.invitation_revoked": {
    entry: entry("admin.invitation_revoked", { invitationId: "inv1", email: "kim@example.com" }),
    sentence: "Revoked the invitation to kim@example.com.",
    actor: "Sam Admin",
    link: "/settings/team",
  },
  "admin.joined": {
    entry: entry("admin.joined", { invitationId: "inv1", username: "kim", role: "VIEWER" }, { adminName: "Kim Lee" }),
    sentence: "Accepted an invitation and joined the team as Viewer, with the username ‘kim’.",
    actor: "Kim Lee",
    link: "/settings/team",
  },
  "admin.role_changed": {
    entry: entry("admin.role_changed", { targetAdminId: "a2", username: "kim", from: "VIEWER", to: "ADMIN" }),
    sentence: "Changed ‘kim’'s role from Viewer to Admin.",
    actor: "Sam Admin",
    link: "/settings/team",
  },
  "admin.removed": {
    entry: entry("admin.removed", { targetAdminId: "a2", username: "kim", role: "ADMIN" }),
    sentence: "Removed ‘kim’ from the team.",
    actor: "Sam Admin",
    link: "/settings/team",
  },
};

describe("describeActivity", () => {
  it("has an example for every action the audit helper declares", () => {
    const actions = declaredActions();
    expect(actions.length).toBeGreaterThanOrEqual(23);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...actions].sort());
  });

  for (const [action, example] of Object.entries(EXAMPLES)) {
    it(`describes ${action}`, () => {
      const described = describeActivity(example.entry);
      expect(described.sentence).toBe(example.sentence);
      expect(described.actor.label).toBe(example.actor);
      expect(described.link?.href ?? null).toBe(example.link ?? null);
      expect(described.kind, "every declared action belongs to a kind").not.toBeNull();
      // Not the fallback: a declared action gets a sentence of its own.
      expect(described.sentence).not.toBe(`${humanise(action)}.`);
    });
  }

  it("reads an organisation's first owner, invited by `org create`, as the command line's doing", () => {
    const described = describeActivity(
      entry("admin.invited", { invitationId: "inv1", name: "Olive Owner", email: "olive@acme.test", role: "OWNER", source: "CLI" }, { adminId: null, adminName: null, ip: null }),
    );
    expect(described).toMatchObject({ actor: { kind: "command_line", label: "Command line" }, sentence: "Invited Olive Owner (olive@acme.test) as Owner (from the command line)." });
  });

  it("reads the other profile field changes", () => {
    const field = (detail: Record<string, unknown>) => describeActivity(entry("fields.changed", detail)).sentence;
    expect(field({ change: "updated", key: "cf_dept", changes: { label: { from: "Dept", to: "Department" }, type: { from: "TEXT", to: "SELECT" } } })).toBe(
      "Changed the profile field ‘Dept’: renamed it ‘Department’ and changed its type to select.",
    );
    expect(field({ change: "disabled", label: "Job Title" })).toBe("Disabled the profile field ‘Job Title’.");
    expect(field({ change: "enabled", label: "Job Title" })).toBe("Enabled the profile field ‘Job Title’.");
    expect(field({ change: "moved", direction: "up", label: "Job Title" })).toBe("Moved the profile field ‘Job Title’ up.");
  });

  it("reads the other group changes, linking to the group only while it exists", () => {
    const group = (action: string, detail: Record<string, unknown>) => describeActivity(entry(action, detail));
    expect(group("groups.changed", { change: "updated", groupId: "g1", from: "Wardens", to: "Fire wardens" })).toMatchObject({
      sentence: "Renamed the group ‘Wardens’ to ‘Fire wardens’.",
      link: { href: "/groups/g1" },
    });
    expect(group("groups.changed", { change: "deleted", groupId: "g1", name: "Fire wardens", members: 3 })).toMatchObject({
      sentence: "Deleted the group ‘Fire wardens’ (3 users were in it).",
      link: null,
    });
    expect(group("groups.members_changed", { change: "remove", groupId: "g1", count: 1 }).sentence).toBe("Removed 1 user from a group.");
    expect(group("groups.members_changed", { change: "set", learnerId: "l1", added: 2, removed: 1 })).toMatchObject({
      sentence: "Changed a user's groups: added them to 2 groups and removed them from 1 group.",
      link: { href: "/users/l1" },
    });
  });

  it("reads which organisation settings changed", () => {
    const settings = (detail: Record<string, unknown>) => describeActivity(entry("organisation.settings_changed", detail)).sentence;
    expect(settings({ changed: ["importRetentionDays"] })).toBe("Changed how long uploaded files are kept.");
    expect(settings({ changed: ["emailReplyTo", "welcomeIntro"] })).toBe("Changed the reply-to address and the welcome email's opening paragraph.");
    expect(settings({ changed: ["name"] })).toBe("Changed the organisation's name.");
  });

  it("names who is behind an entry", () => {
    expect(describeActivity(entry("import.queued", { importId: "i" }, { adminName: null })).actor).toEqual({ kind: "admin", label: "A removed admin" });
    expect(describeActivity(entry("import.queued", { importId: "i", source: "CLI" }, { adminId: null, adminName: null })).actor).toEqual({
      kind: "command_line",
      label: "Command line",
    });
    // A token that has since been deleted still reads as a token.
    expect(describeActivity(entry("learners.archived", { count: 1 }, { adminId: null, apiTokenId: "gone", adminName: null })).actor).toEqual({
      kind: "token",
      label: "API token ‘removed’",
    });
    expect(describeActivity(entry("import.completed", {}, { adminId: null, adminName: null })).actor).toEqual({ kind: "system", label: "Rollcall" });
  });

  it("falls back to a readable sentence for an action it doesn't know, keeping its kind when the prefix is known", () => {
    const invited = describeActivity(entry("admin.suspended", { email: "kim@example.com" }));
    expect(invited).toMatchObject({ kind: "team", sentence: "Admin suspended: kim@example.com.", actor: { label: "Sam Admin" }, link: null });
    const odd = describeActivity(entry("mystery", "not an object" as unknown as Record<string, unknown>));
    expect(odd).toMatchObject({ kind: null, sentence: "Mystery.", link: null });
    expect(describeActivity(entry("scim.user_merged", { learnerId: "l9" }, asToken))).toMatchObject({ kind: "directory_sync", sentence: "Scim user merged.", actor: { label: "Directory sync" } });
    expect(describeActivity(entry("import.paused", { importId: "i2" })).link?.href).toBe("/imports/i2");
  });

  it("never trusts the shape of detail", () => {
    for (const detail of [null, [], 42, { count: "lots", learnerIds: "x", reason: 7, scopes: "all" }]) {
      for (const action of declaredActions()) {
        const described = describeActivity({ ...entry(action), detail });
        expect(described.sentence.length, action).toBeGreaterThan(3);
        expect(described.sentence).not.toMatch(/undefined|NaN|null|\[object/);
      }
    }
  });
});

describe("kindOf", () => {
  it("files an action under the kind of its prefix", () => {
    expect(kindOf("import.undone")).toBe("imports");
    expect(kindOf("api_token.created")).toBe("api_tokens");
    expect(kindOf("invitation.accepted")).toBe("team");
    expect(kindOf("login.failed")).toBe("sign_ins");
    expect(kindOf("something.new")).toBeNull();
  });
});
