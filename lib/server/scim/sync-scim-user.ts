import type { PrismaClient } from "@/generated/prisma/client";
import { isValidEmail, normaliseEmail } from "@/lib/imports/email";
import { jsonUsersToFile } from "@/lib/imports/json-users";
import { scimError } from "@/lib/scim/scim-error";
import type { DesiredUser, ScimLearner } from "@/lib/scim/user-resource";
import { audit, type AuditToken } from "@/lib/server/audit";
import type { ProfileFieldRow } from "@/lib/server/fields/list-fields";
import { applyChunk } from "@/lib/server/imports/apply-chunk";
import { finishImport } from "@/lib/server/imports/finish-import";
import { startImport } from "@/lib/server/imports/start-import";
import { submitImport } from "@/lib/server/imports/submit-import";
import { enqueueWelcomeBatches } from "@/lib/server/welcome/enqueue-welcome-batches";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { asScimLearner, SCIM_LEARNER_SELECT } from "./scim-learners";

export interface SyncInput {
  organisationId: string;
  token: AuditToken;
  fields: ProfileFieldRow[];
  /** The linked learner being changed, or null for POST /Users. */
  target: ScimLearner | null;
  desired: DesiredUser;
  /** Set when the user leaves the directory (DELETE): archived and unlinked. */
  unlink?: boolean;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";
const userNameKey = (userName: string) => userName.trim().toLowerCase();

/** Runs one SCIM write as a one-row import, start to finish, in this request: the identity provider wants the result now. */
async function runOneRowImport(db: PrismaClient, input: SyncInput, mode: "create" | "update", sendWelcome: boolean) {
  const { desired, target } = input;
  const user = {
    email: desired.email,
    // Names the request leaves out stay as they are: the import's blank-clears rule would otherwise empty them.
    firstName: desired.firstName ?? target?.firstName,
    lastName: desired.lastName ?? target?.lastName,
    ...(desired.active !== undefined ? { active: desired.active } : {}),
    fields: desired.custom,
  };
  const made = jsonUsersToFile([user], input.fields);
  if (!made.ok) throw scimError(400, made.errors[0]!.message, "invalidValue");
  const importId = await submitImport(db, {
    organisationId: input.organisationId,
    adminId: null,
    token: input.token,
    source: "SCIM",
    fileName: null,
    byteSize: JSON.stringify(user).length,
    file: made.file,
    mapping: made.mapping,
    // SCIM users carry no Groups column (the /Groups resource will manage memberships), so the group options change nothing here.
    options: { mode, sendWelcome, blankClears: true, groupsMode: "set", newGroups: "create" },
  });
  for (const range of (await startImport(db, importId, 1)) ?? []) await applyChunk(db, importId, range);
  await finishImport(db, importId);
  const row = await db.importRow.findFirstOrThrow({ where: { importId }, select: { outcome: true, message: true, learnerId: true } });
  if (row.outcome === "FAILED") throw scimError(400, (row.message ?? "The user's values were refused.").replace(/^Row \d+: /, ""), "invalidValue");
  if (row.outcome === "SKIPPED" || !row.learnerId)
    throw scimError(409, `Another request created ${desired.email} at the same moment. Look the user up by userName and retry as an update.`, "uniqueness");
  if (sendWelcome && row.outcome === "CREATED") {
    await enqueueWelcomeBatches(await queueWelcomeEmails(db, importId));
  }
  return { importId, learnerId: row.learnerId, outcome: row.outcome };
}

/**
 * Makes a learner what a SCIM request asks, through the import's own rules:
 * validation (email, names, field types), the diff, the set-based apply,
 * the row's previous values for undo and the user's history, all by running
 * the request as a one-row import with source "Directory sync" under the
 * token's name. What an import can't express is done around it: a changed
 * email moves the linked learner to the new address first (so the import
 * updates them instead of creating someone new), and the directory link
 * (userName, externalId) is written after. A learner who already exists by
 * email, from a CSV, is linked rather than duplicated.
 */
export async function syncScimUser(db: PrismaClient, input: SyncInput): Promise<ScimLearner> {
  const { organisationId, desired } = input;
  let target = input.target;
  if (!isValidEmail(desired.email.trim())) throw scimError(400, `"${desired.email}" is not an email address. Send a work email in emails, or an email address as userName.`, "invalidValue");
  const emailKey = normaliseEmail(desired.email);
  const nameKey = userNameKey(desired.userName);

  const sameUserName = await db.learner.findFirst({ where: { organisationId, scimUserNameKey: nameKey, ...(target ? { id: { not: target.id } } : {}) }, select: { id: true } });
  if (sameUserName) throw scimError(409, `The userName ${desired.userName} is already provisioned to another user (id ${sameUserName.id}). Look it up with filter=userName eq "${desired.userName}".`, "uniqueness");
  const sameEmail = await db.learner.findFirst({ where: { organisationId, emailKey, ...(target ? { id: { not: target.id } } : {}) }, select: { ...SCIM_LEARNER_SELECT, scimUserNameKey: true } });
  if (sameEmail && (target || sameEmail.scimUserNameKey))
    throw scimError(409, `${desired.email} is already the email of another user${sameEmail.scimUserNameKey ? ` (userName ${sameEmail.scimUserName})` : ""}. Each user needs their own email address.`, "uniqueness");
  const linking = !target && sameEmail ? asScimLearner(sameEmail) : null;
  if (linking) target = linking;

  if (input.target && normaliseEmail(input.target.email) !== emailKey) {
    try {
      await db.learner.update({ where: { id: input.target.id }, data: { email: desired.email.trim(), emailKey } });
    } catch (error) {
      if (isUniqueViolation(error)) throw scimError(409, `${desired.email} became another user's email just now. Each user needs their own email address.`, "uniqueness");
      throw error;
    }
  }

  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { scimWelcomeEmails: true } });
  const run = await runOneRowImport(db, { ...input, target }, target ? "update" : "create", !target && organisation.scimWelcomeEmails);

  try {
    const link = input.unlink
      ? { scimUserName: null, scimUserNameKey: null, scimExternalId: null }
      : { scimUserName: desired.userName.trim(), scimUserNameKey: nameKey, scimExternalId: desired.externalId };
    const learner = await db.learner.update({ where: { id: run.learnerId }, data: link, select: SCIM_LEARNER_SELECT });
    await audit(db, {
      action: input.unlink ? "scim.user_deprovisioned" : input.target ? "scim.user_updated" : "scim.user_provisioned",
      organisationId,
      token: input.token,
      detail: {
        learnerId: learner.id,
        userName: desired.userName,
        importId: run.importId,
        outcome: run.outcome,
        ...(linking ? { linkedExisting: true } : {}),
        ...(input.target && input.target.email !== learner.email ? { emailFrom: input.target.email, emailTo: learner.email } : {}),
      },
    });
    return asScimLearner(learner);
  } catch (error) {
    if (isUniqueViolation(error)) throw scimError(409, `The userName ${desired.userName} was provisioned to another user just now.`, "uniqueness");
    throw error;
  }
}
