import type { PrismaClient } from "@/generated/prisma/client";
import type { ImportSource } from "@/generated/prisma/enums";
import type { Mapping, ParsedFile } from "@/lib/imports/types";
import type { ImportOptions } from "./import-options";

const INSERT_BATCH = 5_000;

/**
 * Stores an uploaded file as a draft import: the job and every row's raw
 * cells. The browser holds nothing, so a refresh or a second tab resumes
 * the wizard. Row-level parse problems are kept on the row.
 */
export async function createDraft(
  db: PrismaClient,
  input: {
    organisationId: string;
    adminId: string | null;
    /** The API token sending the file, when it comes through /api/v1. */
    apiTokenId?: string | null;
    source: ImportSource;
    fileName: string | null;
    file: ParsedFile;
    byteSize: number;
    mapping: Mapping;
    options: ImportOptions;
  },
): Promise<string> {
  const { file } = input;
  const issues = new Map(file.rowIssues.map((i) => [i.rowNumber, i.message]));
  return db.$transaction(
    async (tx) => {
      const job = await tx.importJob.create({
        data: {
          organisationId: input.organisationId,
          adminId: input.adminId,
          apiTokenId: input.apiTokenId ?? null,
          source: input.source,
          fileName: input.fileName,
          fileInfo: { encoding: file.encoding, delimiter: file.delimiter, byteSize: input.byteSize },
          headers: file.headers,
          mapping: input.mapping,
          options: input.options,
          totalRows: file.rows.length,
        },
      });
      for (let start = 0; start < file.rows.length; start += INSERT_BATCH) {
        const batch = file.rows.slice(start, start + INSERT_BATCH);
        // Cells go in as one JSON array per row: unnest can't take a ragged text[][].
        await tx.$executeRaw`
          INSERT INTO "ImportRow" ("importId", "rowNumber", "cells", "message")
          SELECT ${job.id}, r.n, ARRAY(SELECT jsonb_array_elements_text(r.c)), r.m
          FROM unnest(${batch.map((r) => r.rowNumber)}::int[], ${batch.map((r) => JSON.stringify(r.cells))}::jsonb[], ${batch.map((r) => issues.get(r.rowNumber) ?? null)}::text[]) AS r(n, c, m)`;
      }
      return job.id;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
