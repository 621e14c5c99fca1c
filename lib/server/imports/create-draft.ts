import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ImportSource } from "@/generated/prisma/enums";
import type { Mapping, ParsedFile } from "@/lib/imports/types";
import type { ImportOptions } from "./import-options";
import type { createPlanner, PlanInputRow, PlannedRow } from "./plan-import";
import type { DefaultAction } from "./stored-plan/plan-summary";
import { chooseDefaultAction, insertPlanRows, type PlanStamp, stampPlan } from "./stored-plan/store-plan";
import { writeBehind } from "./write-behind";

const INSERT_BATCH = 5_000;

type Tx = Prisma.TransactionClient;

export interface DraftInput {
  organisationId: string;
  adminId: string | null;
  /** The API token sending the file, when it comes through /api/v1. */
  apiTokenId?: string | null;
  source: ImportSource;
  fileName: string | null;
  fileInfo: { encoding: string; delimiter: string; byteSize: number };
  headers: string[];
  mapping: Mapping;
  options: ImportOptions;
  /** Plans each batch as it is stored, so the review's first view only reads (see stored-plan/). */
  plan?: { planner: ReturnType<typeof createPlanner>; stamp: Omit<PlanStamp, "startKey"> };
}

/**
 * Starts storing a draft import inside `tx`: the job now, its rows batch by batch as they are
 * read, the totals at `finish`. The browser holds nothing, so a refresh or a second tab resumes
 * the wizard. Row-level parse problems are kept on the row.
 */
export async function openDraft(tx: Tx, input: DraftInput) {
  const { plan } = input;
  const job = await tx.importJob.create({
    data: {
      organisationId: input.organisationId,
      adminId: input.adminId,
      apiTokenId: input.apiTokenId ?? null,
      source: input.source,
      fileName: input.fileName,
      fileInfo: input.fileInfo,
      headers: input.headers,
      mapping: input.mapping,
      options: input.options,
      totalRows: 0,
    },
  });
  let defaultAction: DefaultAction | undefined;
  const writes = writeBehind(async ({ rows, planned }: { rows: PlanInputRow[]; planned: PlannedRow[] | null }) => {
    await insertRows(tx, job.id, rows);
    if (planned) await insertPlanRows(tx, job.id, planned, (defaultAction ??= chooseDefaultAction(planned)));
  });
  let totalRows = 0;
  return {
    id: job.id,
    async add(rows: PlanInputRow[]): Promise<void> {
      totalRows += rows.length;
      await writes.write({ rows, planned: plan ? await plan.planner.plan(rows) : null });
    },
    async finish(): Promise<string> {
      await writes.flush();
      await tx.importJob.update({ where: { id: job.id }, data: { totalRows } });
      if (plan) await stampPlan(tx, job.id, plan.stamp, { ...plan.planner.totals(), defaultAction });
      return job.id;
    },
  };
}

export type OpenDraft = Awaited<ReturnType<typeof openDraft>>;

/** One INSERT per batch with the rows as one JSON parameter: cheaper to send than an array per column. */
async function insertRows(tx: Tx, importId: string, rows: PlanInputRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ImportRow" ("importId", "rowNumber", "cells", "message")
    SELECT ${importId}, (e->>0)::int, ARRAY(SELECT jsonb_array_elements_text(e->1)), e->>2
    FROM jsonb_array_elements(${JSON.stringify(rows.map((row) => [row.rowNumber, row.cells, row.message ?? null]))}::jsonb) AS e`;
}

/** Stores a file read whole (the text box, the API, tests) as a draft; see openDraft. */
export async function createDraft(
  db: PrismaClient,
  input: Omit<DraftInput, "fileInfo" | "headers" | "plan"> & { file: ParsedFile; byteSize: number },
): Promise<string> {
  const { file } = input;
  const issues = new Map(file.rowIssues.map((i) => [i.rowNumber, i.message]));
  return db.$transaction(
    async (tx) => {
      const draft = await openDraft(tx, { ...input, headers: file.headers, fileInfo: { encoding: file.encoding, delimiter: file.delimiter, byteSize: input.byteSize } });
      for (let start = 0; start < file.rows.length; start += INSERT_BATCH) {
        await draft.add(file.rows.slice(start, start + INSERT_BATCH).map((row) => ({ ...row, message: issues.get(row.rowNumber) ?? null })));
      }
      return draft.finish();
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
