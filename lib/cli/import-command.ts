import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { inngestMode } from "@/lib/env";
import { plural } from "@/lib/imports/message-format";
import { listFields } from "@/lib/server/fields/list-fields";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import type { PlanCounts } from "@/lib/server/imports/plan-import";
import { submitImport } from "@/lib/server/imports/submit-import";
import { EXIT, type ImportCommand } from "./args";
import { unknownOrganisation } from "./find-organisation";
import type { CliIo } from "./io";
import { planRecords, readImportFile } from "@/lib/server/imports/plan-records";
import { formatHumanReport, formatOutcome, type ImportOutcome, type ImportReport, toJsonReport } from "./report";

const NO_COUNTS: PlanCounts = { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 0 };
async function readBytes(path: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return `Can't read ${path}: there is no such file.`;
    if (code === "EISDIR") return `Can't read ${path}: it is a folder, not a file.`;
    return `Can't read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Stores the file as a draft and confirms it, as the wizard's Import button
 * does. Without Inngest keys the job runs here to the end (welcome emails
 * included) so the process can report the final counts; with Inngest it is
 * handed over and this returns at once.
 */
async function importFile(
  db: PrismaClient,
  input: { organisationId: string; fileName: string; byteSize: number; read: ReturnType<typeof readImportFile>; options: ImportOptions },
): Promise<ImportOutcome> {
  const { organisationId, options } = input;
  const importId = await submitImport(db, {
    organisationId,
    adminId: null,
    source: "CLI",
    fileName: input.fileName,
    byteSize: input.byteSize,
    file: input.read.file,
    mapping: input.read.mapping,
    options,
  });

  // Loaded only here: a dry run needn't pay for the job runner, Inngest and email modules.
  if (inngestMode() === "in-process") {
    const { drainInProcessJobs, runImportInProcess } = await import("@/lib/server/jobs/in-process");
    await runImportInProcess({ importId, organisationId });
    await drainInProcessJobs();
  } else {
    const { enqueueImport } = await import("@/lib/server/jobs/enqueue-import");
    await enqueueImport({ importId, organisationId });
  }
  const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
  return {
    id: job.id,
    status: job.status === "COMPLETED" || job.status === "FAILED" || job.status === "RUNNING" ? job.status : "QUEUED",
    error: job.error,
    created: job.createdCount,
    updated: job.updatedCount,
    unchanged: job.unchangedCount,
    skipped: job.skippedCount,
    failed: job.failedCount,
  };
}

/** `import`: plans the file like the wizard's review, then (unless --dry-run) imports it. Returns the exit status. */
export async function runImportCommand(db: PrismaClient, cmd: ImportCommand, io: CliIo): Promise<number> {
  const organisation = await db.organisation.findUnique({ where: { slug: cmd.org }, select: { id: true } });
  if (!organisation) {
    io.err(await unknownOrganisation(db, cmd.org));
    return EXIT.failure;
  }
  const bytes = await readBytes(cmd.file);
  if (typeof bytes === "string") {
    io.err(bytes);
    return EXIT.failure;
  }

  const fields = await listFields(db, organisation.id, { withGroups: true });
  const options: ImportOptions = {
    mode: cmd.mode,
    sendWelcome: cmd.welcome,
    blankClears: false,
    groupsMode: cmd.addToGroups ? "add" : "set",
    newGroups: cmd.newGroups,
  };
  const read = readImportFile(bytes, fields);
  const report: ImportReport = {
    fileName: basename(cmd.file),
    mode: cmd.mode,
    dryRun: cmd.dryRun,
    sendWelcome: cmd.welcome,
    createGroups: cmd.newGroups === "create",
    file: read.file,
    fileErrors: read.fileErrors,
    counts: NO_COUNTS,
    rows: [],
  };
  if (read.fileErrors.length) {
    if (cmd.json) io.out(JSON.stringify(toJsonReport(report)));
    else io.err(formatHumanReport(report));
    return EXIT.fileRefused;
  }

  const plan = await planRecords(db, { organisationId: organisation.id, file: read.file, mapping: read.mapping, fields, options });
  report.counts = plan.counts;
  report.rows = plan.rows;
  report.newGroups = plan.newGroups;
  if (!cmd.json) io.out(formatHumanReport(report));
  if (cmd.dryRun) {
    if (cmd.json) io.out(JSON.stringify(toJsonReport(report)));
    return EXIT.ok;
  }

  // As in the wizard, a file with nothing to save is not imported at all.
  const writes = plan.counts.create + plan.counts.update;
  if (writes > 0 && !cmd.json) io.err(`\nImporting ${plural(writes, "user")}…`);
  report.outcome =
    writes === 0 ? null : await importFile(db, { organisationId: organisation.id, fileName: report.fileName, byteSize: bytes.length, read, options });
  if (cmd.json) io.out(JSON.stringify(toJsonReport(report)));
  else io.out(`\n${formatOutcome(report.outcome)}`);
  return report.outcome?.status === "FAILED" ? EXIT.failure : EXIT.ok;
}
