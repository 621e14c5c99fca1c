import { randomBytes } from "node:crypto";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { failImport } from "@/lib/server/imports/finish-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { SESSION_ADMIN_SELECT } from "@/lib/auth/session-admin";
import { draftCsv } from "./drafts";
import { createTestOrganisation, queueCsv } from "./fixtures";

/** The admin as lib/auth/require-admin.ts loads it for a session: same select, so mocks return the real shape. */
export async function loadAdmin(adminId: string) {
  return (await getDb()).admin.findUnique({
    where: { id: adminId },
    select: SESSION_ADMIN_SELECT,
  });
}

/** Ids of organisation B's records, one per kind of thing a page, action or route is aimed at. */
export interface Targets {
  /** Completed CSV import with a failed row (error report, progress, status page). */
  completedImportId: string;
  /** Completed import kept for undo. */
  undoImportId: string;
  /** Import that failed before applying its row (retry). */
  failedImportId: string;
  /** Draft for the mapping, options, row-fix and field-from-column steps and the wizard pages. */
  draftId: string;
  confirmDraftId: string;
  discardDraftId: string;
  activeLearnerId: string;
  archivedLearnerId: string;
  /** Active, never activated, no welcome email yet: a resend would queue one. */
  welcomeLearnerId: string;
  /** B's own custom field, whose label is one of B's markers. */
  customFieldId: string;
  toggleFieldId: string;
  /** The first custom field, so it can move down. */
  movableFieldId: string;
  /** An API token of B's (not the one B's own API calls use), named with B's tag. */
  apiTokenId: string;
  /** B's group (name carries the tag); the active learner is in it. */
  groupId: string;
  /** A second group of B's, for the delete action. */
  deleteGroupId: string;
  /** Learners of B's that only the erase action and the erase route are aimed at (they are gone afterwards). */
  erasableLearnerId: string;
  apiErasableLearnerId: string;
  /** B's learner linked to B's directory (a SCIM User). */
  scimUserId: string;
  /** B's pending invitation (resend, revoke). */
  invitationId: string;
  /** A Viewer of B's whose role an owner changes. */
  teamMemberId: string;
  /** An Admin of B's an owner removes. */
  removableAdminId: string;
}

const ghostId = () => `c${randomBytes(12).toString("hex")}`.slice(0, 25);

async function runImport(importId: string, organisationId: string) {
  await processImportSteps({ importId, organisationId }, inProcessSteps);
}

/**
 * Two organisations. A has a few learners of its own; B has learners
 * (active, archived, awaiting a welcome email), completed imports (one with a
 * failed row), three drafts and a custom field. Everything of B's that could
 * be shown carries `tag` (emails, names, file names, a column header, a field
 * label), or B's slug suffix (organisation name, admin username and email),
 * so a leak of B's data into A's answers is a text search away.
 */
export async function arrangeTenants() {
  const db = await getDb();
  const tag = randomBytes(4).toString("hex");
  const secretLabel = `Badge ${tag}`;
  const a = await createTestOrganisation();
  const b = await createTestOrganisation(["Department", "Job Title", "Employee ID", secretLabel]);

  const aEmail = `ann-${randomBytes(3).toString("hex")}@orga.test`;
  await runImport(await queueCsv(a, `Email,First Name,Last Name,Active\n${aEmail},Ann,Able,1\nart-${aEmail},Art,Able,1`, { sendWelcome: false }), a.organisationId);

  const email = (n: string) => `orgb-${tag}-${n}@secret.test`;
  const brokenEmail = `orgb-${tag}-broken@`;
  const completedImportId = await queueCsv(
    b,
    [
      `Email,First Name,Last Name,Active,Department,Job Title,Employee ID,${secretLabel}`,
      `${email("1")},Bea,Tag${tag},1,Sales,Lead,000001,Gold`,
      `${email("2")},Ben,Tag${tag},0,Sales,Lead,000002,Silver`,
      `${email("3")},Bo,Tag${tag},1,Ops,Lead,000003,Bronze`,
      `${brokenEmail},Bad,Row,1,Ops,Lead,000004,Lead`,
    ].join("\n"),
    { sendWelcome: false },
  );
  await runImport(completedImportId, b.organisationId);
  const undoImportId = await queueCsv(b, `Email,First Name,Last Name,Active\n${email("u1")},Una,Tag${tag},1`, { sendWelcome: false });
  await runImport(undoImportId, b.organisationId);
  const failedImportId = await queueCsv(b, `Email,First Name,Last Name,Active\n${email("f1")},Fay,Tag${tag},1`, { sendWelcome: false });
  await failImport(db, failedImportId, "The import stopped after several attempts because the database could not be reached.");

  const extraHeader = `Extra ${tag}`;
  const draftId = await draftCsv(b, `Email,First Name,Last Name,Active,Department,${extraHeader}\n${email("d1")},Dee,Tag${tag},1,Sales,x\n${email("d2")},Dan,Tag${tag},1,Ops,y`, {
    sendWelcome: false,
  });
  const confirmDraftId = await draftCsv(b, `Email,First Name,Last Name,Active\n${email("c1")},Cy,Tag${tag},1`, { sendWelcome: false });
  const discardDraftId = await draftCsv(b, `Email,First Name,Last Name,Active\n${email("x1")},Xi,Tag${tag},1`, { sendWelcome: false });
  const fileNames: [string, string][] = [
    [completedImportId, "roster"],
    [undoImportId, "undo"],
    [failedImportId, "failed"],
    [draftId, "draft"],
    [confirmDraftId, "confirm"],
    [discardDraftId, "discard"],
  ];
  for (const [id, role] of fileNames) await db.importJob.update({ where: { id }, data: { fileName: `orgb-${tag}-${role}.csv` } });

  const draft = await db.importJob.findUniqueOrThrow({ where: { id: draftId } });
  const mapping = draft.mapping as Record<string, string>;
  const draftColumns = draft.headers.map((_, column) => mapping[column] ?? "");
  const unmappedColumn = draft.headers.indexOf(extraHeader);
  if (draftColumns[unmappedColumn] !== "" || !draftColumns.includes("email")) throw new Error(`Unexpected draft mapping: ${JSON.stringify(mapping)}`);

  const group = await db.group.create({ data: { organisationId: b.organisationId, name: `Crew ${tag}`, nameKey: `crew ${tag}`, description: `Secret crew ${tag}` } });
  const doomed = await db.group.create({ data: { organisationId: b.organisationId, name: `Doomed ${tag}`, nameKey: `doomed ${tag}` } });

  const bOwner = await db.admin.findUniqueOrThrow({ where: { id: b.adminId } });
  const teamMember = async (n: string, role: "ADMIN" | "VIEWER") =>
    (
      await db.admin.create({
        data: { organisationId: b.organisationId, username: `orgb-${tag}-${n}`, email: email(n), name: `Member ${n} ${tag}`, passwordHash: bOwner.passwordHash, role },
      })
    ).id;
  const invitation = await db.adminInvitation.create({
    data: { organisationId: b.organisationId, name: `Invitee ${tag}`, email: email("invitee"), role: "VIEWER", tokenHash: `hash-${tag}`, expiresAt: new Date(Date.now() + 86_400_000), invitedById: b.adminId },
  });

  const learnerId = async (n: string) => (await db.learner.findFirstOrThrow({ where: { organisationId: b.organisationId, emailKey: email(n) } })).id;
  const fieldId = async (label: string) => (await db.profileField.findFirstOrThrow({ where: { organisationId: b.organisationId, label } })).id;
  const targets: Targets = {
    completedImportId,
    undoImportId,
    failedImportId,
    draftId,
    confirmDraftId,
    discardDraftId,
    activeLearnerId: await learnerId("1"),
    archivedLearnerId: await learnerId("2"),
    welcomeLearnerId: await learnerId("3"),
    customFieldId: await fieldId(secretLabel),
    toggleFieldId: await fieldId("Job Title"),
    movableFieldId: await fieldId("Department"),
    groupId: group.id,
    deleteGroupId: doomed.id,
    apiTokenId: (await createApiToken(db, { organisationId: b.organisationId, createdById: b.adminId, name: `Sync ${tag}`, scopes: ["users:read"], expiresAt: null })).id,
    scimUserId: await learnerId("1"),
    erasableLearnerId: (await db.learner.create({ data: { organisationId: b.organisationId, email: email("e1"), emailKey: email("e1"), firstName: "Eli", lastName: `Tag${tag}` } })).id,
    apiErasableLearnerId: (await db.learner.create({ data: { organisationId: b.organisationId, email: email("e2"), emailKey: email("e2"), firstName: "Eve", lastName: `Tag${tag}` } })).id,
    invitationId: invitation.id,
    teamMemberId: await teamMember("member", "VIEWER"),
    removableAdminId: await teamMember("removable", "ADMIN"),
  };
  await db.groupMember.create({ data: { groupId: group.id, learnerId: targets.activeLearnerId } });
  await db.learner.update({ where: { id: targets.scimUserId }, data: { scimUserName: email("1"), scimUserNameKey: email("1"), scimExternalId: `ext-${tag}` } });
  // The tokens each organisation's API calls are made with.
  const allScopes = ["users:read", "users:write", "users:erase", "imports:write", "scim"] as const;
  const aToken = await createApiToken(db, { organisationId: a.organisationId, createdById: a.adminId, name: "A's script", scopes: [...allScopes], expiresAt: null });
  const bToken = await createApiToken(db, { organisationId: b.organisationId, createdById: b.adminId, name: `B's script ${tag}`, scopes: [...allScopes], expiresAt: null });
  const ghost = Object.fromEntries(Object.keys(targets).map((key) => [key, ghostId()])) as unknown as Targets;

  // B's admins in the two other roles, for the role matrix (roles.test.ts); B's first admin is its Owner.
  const roleAdmins = { VIEWER: await teamMember("viewer", "VIEWER"), ADMIN: await teamMember("staff", "ADMIN"), OWNER: b.adminId };
  const bAdmin = bOwner;
  const markers = [tag, b.slug.replace(/^it-/, "")];
  return {
    tag,
    a: { ...a, learnerEmail: aEmail, apiSecret: aToken.secret, apiTokenId: aToken.id },
    b: { ...b, apiSecret: bToken.secret, secretLabel, extraHeader, brokenEmail, learnerEmail: email("1"), erasableEmail: email("e1"), adminEmail: bAdmin.email, draftColumns, unmappedColumn, roleAdmins },
    targets,
    /** The same kinds of ids, belonging to nobody. */
    ghost,
    /** B's markers found in a text (case-insensitive); [] when none. */
    markersIn: (text: string) => markers.filter((marker) => text.toLowerCase().includes(marker.toLowerCase())),
  };
}

export type TenantWorld = Awaited<ReturnType<typeof arrangeTenants>>;

/** Every row an organisation owns, ordered, so two snapshots deep-equal exactly when nothing changed. */
export async function organisationState(organisationId: string) {
  const db = await getDb();
  const imports = await db.importJob.findMany({ where: { organisationId }, orderBy: { id: "asc" } });
  const [organisation, admins, resetTokens, fields, learners, rows, emails, auditLog, groups, memberships, apiTokens, idempotencyKeys, invitations, scimErrors] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId } }),
    db.admin.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.passwordResetToken.findMany({ where: { admin: { organisationId } }, orderBy: { id: "asc" } }),
    db.profileField.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.learner.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.importRow.findMany({ where: { importId: { in: imports.map((job) => job.id) } }, orderBy: [{ importId: "asc" }, { rowNumber: "asc" }] }),
    db.email.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.group.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.groupMember.findMany({ where: { learner: { organisationId } }, orderBy: [{ groupId: "asc" }, { learnerId: "asc" }] }),
    db.apiToken.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.apiIdempotencyKey.findMany({ where: { organisationId }, orderBy: { key: "asc" } }),
    db.adminInvitation.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    db.scimRequestError.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  ]);
  return { organisation, admins, resetTokens, fields, learners, imports, rows, emails, auditLog, groups, memberships, apiTokens, idempotencyKeys, invitations, scimErrors };
}
