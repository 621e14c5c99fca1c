import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/generated/prisma/client";
import { GROUPS_KEY } from "@/lib/fields";
import { neutraliseCell } from "@/lib/imports/csv-injection";
import { joinGroupNames } from "@/lib/imports/groups-cell";
import type { FieldDef } from "@/lib/imports/types";
import { listFields } from "@/lib/server/fields/list-fields";
import { learnerWhere, type LearnerFilter } from "@/lib/server/learners/learner-filter";

export const EXPORT_BATCH_SIZE = 2_000;

interface ExportedLearner {
  emailKey: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, unknown> | null;
  groups: string[];
}

function cellFor(learner: ExportedLearner, key: string): string {
  switch (key) {
    case "email":
      return learner.email;
    case "firstName":
      return learner.firstName;
    case "lastName":
      return learner.lastName;
    case "active":
      return learner.active ? "1" : "0";
    case GROUPS_KEY:
      return joinGroupNames(learner.groups);
    default: {
      const value = learner.customFields?.[key];
      return value === undefined || value === null ? "" : String(value);
    }
  }
}

function csvLines(records: string[][]): string {
  // csv-stringify only quotes the record delimiter itself (CRLF); a value with a bare LF must be quoted too.
  return stringify(records, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/**
 * The organisation's learners as CSV text chunks, in the upload template's
 * layout (groups in the last column, separated by "; "), so an admin can edit the file and import it straight back. Learners
 * are read in email order a batch at a time (keyset, not OFFSET), so memory
 * and per-batch cost stay flat however many there are. Cells are neutralised
 * because the file is meant to be opened in a spreadsheet.
 */
export async function* exportLearnersCsv(
  db: PrismaClient,
  organisationId: string,
  filter: LearnerFilter = {},
  opts: { batchSize?: number } = {},
): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? EXPORT_BATCH_SIZE;
  // The same fields, in the same order, as the template download (app/api/users/template).
  const columns: FieldDef[] = await listFields(db, organisationId, { withGroups: true });
  // The BOM makes Excel read the file as UTF-8, as the template does.
  yield "\uFEFF" + csvLines([columns.map((field) => neutraliseCell(field.label))]);

  let after = ""; // every email key sorts after the empty string
  for (;;) {
    const batch: ExportedLearner[] = await db.$queryRaw<ExportedLearner[]>`
      SELECT "emailKey", "email", "firstName", "lastName", "active", "customFields",
        ARRAY(SELECT g."name" FROM "GroupMember" gm JOIN "Group" g ON g."id" = gm."groupId" WHERE gm."learnerId" = "Learner"."id") AS "groups"
      FROM "Learner"
      WHERE ${learnerWhere(organisationId, filter)} AND "emailKey" > ${after}
      ORDER BY "emailKey"
      LIMIT ${batchSize}`;
    if (batch.length === 0) return;
    yield csvLines(batch.map((learner) => columns.map((field) => neutraliseCell(cellFor(learner, field.key)))));
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.emailKey;
  }
}
