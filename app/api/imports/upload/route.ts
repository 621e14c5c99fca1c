import { NextResponse } from "next/server";
import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { DEFAULT_MAX_BYTES } from "@/lib/imports/limits";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";

/**
 * The CSV upload: the file is the raw request body (so the browser can
 * report upload progress); its name and the import options are query
 * parameters. Answers with the new draft's id or the file's problems.
 */
export async function POST(request: Request) {
  const admin = await getCurrentAdmin();
  if (!admin) return NextResponse.json({ errors: ["Your session has ended. Log in again."] }, { status: 401 });

  const params = new URL(request.url).searchParams;
  const options = importOptionsSchema.safeParse({
    mode: params.get("mode") ?? undefined,
    sendWelcome: params.get("sendWelcome") !== "false",
    blankClears: params.get("blankClears") === "true",
  });
  if (!options.success) return NextResponse.json({ errors: ["Choose an upload mode."] }, { status: 400 });
  const fileName = (params.get("fileName") ?? "upload.csv").slice(0, 255);

  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBody(request, DEFAULT_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return NextResponse.json({ errors: ["This file is larger than 50 MB. Split it into smaller files and upload each."] }, { status: 413 });
    throw error;
  }
  if (bytes.length === 0) return NextResponse.json({ errors: ["This file is empty. Choose the CSV file you saved from the template."] }, { status: 422 });

  const result = await createCsvDraft(await getDb(), {
    organisationId: admin.organisationId,
    adminId: admin.id,
    fileName,
    bytes,
    options: options.data,
  });
  if (!result.ok) return NextResponse.json({ errors: result.errors }, { status: 422 });
  return NextResponse.json({ importId: result.importId }, { status: 201 });
}
