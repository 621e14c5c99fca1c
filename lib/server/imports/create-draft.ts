import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ImportSource } from "@/generated/prisma/enums";
import type { Mapping, ParsedFile } from "@/lib/imports/types";
import type { ImportOptions } from "./import-options";
import type { createPlanner, PlanInputRow, PlannedRow } from "./plan-import";
import { insertPlanRows, type PlanStamp, stampPlan } from "./stored-plan/store-plan";
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
  const writes = writeBehind(async ({ rows, planned }: { rows: PlanInputRow[]; planned: PlannedRow[] | null }) => {
    await insertRows(tx, job.id, rows);
    if (planned) await insertPlanRows(tx, job.id, planned);
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
      if (plan) await stampPlan(tx, job.id, plan.stamp, plan.planner.totals());
      return job.id;
    },
  };
}

export type OpenDraft = Awaited<ReturnType<typeof openDraft>>;

/**
 * One INSERT per batch, a parameter per column: each column's cells go in as one text[], which
 * PostgreSQL unnests side by side far faster than one JSON array per row. A row keeps exactly
 * its own cells (its length is sent along).
 */
async function insertRows(tx: Tx, importId: string, rows: PlanInputRow[]): Promise<void> {
  if (rows.length === 0) return;
  const width = rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  const columns = Array.from({ length: width }, (_, column) => rows.map((row) => row.cells[column] ?? null));
  const cellList = columns.map((_, column) => `u.c${column}`).join(", ");
  const unnestList = columns.map((_, column) => `$${column + 5}::text[]`).join(", ");
  const cellColumns = columns.map((_, column) => `c${column}`).join(", ");
  const cells = width === 0 ? `'{}'::text[]` : `(ARRAY[${cellList}]::text[])[1:u.len]`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "ImportRow" ("importId", "rowNumber", "cells", "message")
     SELECT $1, u.n, ${cells}, u.m
     FROM unnest($2::int[], $3::text[], $4::int[]${width ? `, ${unnestList}` : ""}) AS u(n, m, len${width ? `, ${cellColumns}` : ""})`,
    importId,
    rows.map((row) => row.rowNumber),
    rows.map((row) => row.message ?? null),
    rows.map((row) => row.cells.length),
    ...columns,
  );
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
