import { NextResponse } from "next/server";
import type { CurrentAdmin } from "@/lib/auth/require-admin";
import { adminRoute, type Refuse } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { DEFAULT_MAX_BYTES } from "@/lib/imports/limits";
import { encodeFlashErrors, FLASH_MAX_AGE_SECONDS, UPLOAD_ERRORS_COOKIE } from "@/lib/http/flash-errors";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { spoolLimitedBody } from "@/lib/http/spool-body";
import { sizeRefusal } from "@/lib/imports/parse";
import { isSameOrigin } from "@/lib/http/same-origin";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { createDraftFromForm } from "@/lib/server/imports/create-draft-from-form";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { UPLOAD_EMPTY } from "@/lib/validations/imports";

const TOO_LARGE = sizeRefusal(DEFAULT_MAX_BYTES + 1)!;
/** Room in a posted form for the text box and the multipart envelope around the file. */
const FORM_ALLOWANCE_BYTES = 1024 * 1024;

function isPostedForm(request: Request) {
  return (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

// A relative Location: behind a proxy, request.url names the app's own address, not the site's.
const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { location: path } });
const CROSS_SITE = () => new NextResponse("This form was posted from another site.", { status: 403 });

/** The script gets JSON; a form the browser posted goes to the login page, or to the page that says why its role can't import. */
const refuse: Refuse = (status, message, request) => {
  if (!isPostedForm(request)) return NextResponse.json({ errors: [message] }, { status });
  if (!isSameOrigin(request.headers)) return CROSS_SITE();
  return seeOther(status === 401 ? "/login?callbackUrl=%2Fusers%2Fimport" : "/no-access?need=imports%3Awrite");
};

/**
 * The CSV upload, two ways. The page's script sends the file as the raw
 * request body (so the browser can report upload progress), with its name
 * and the import options as query parameters, and gets JSON back: the new
 * draft's id or the file's problems. A form the browser posts by itself
 * (multipart, before the page is interactive or without JavaScript) is
 * answered like a page: on to the draft's next step, or back to the form
 * with its errors.
 */
export const POST = adminRoute("imports:write", async (request, _context: unknown, admin) => (isPostedForm(request) ? postedForm(request, admin) : scriptUpload(request, admin)), {
  signedOut: "Your session has ended. Log in again.",
  refuse,
});

async function scriptUpload(request: Request, admin: CurrentAdmin) {
  const params = new URL(request.url).searchParams;
  const options = importOptionsSchema.safeParse({
    mode: params.get("mode") ?? undefined,
    sendWelcome: params.get("sendWelcome") !== "false",
    blankClears: params.get("blankClears") === "true",
  });
  if (!options.success) return NextResponse.json({ errors: ["Choose an upload mode."] }, { status: 400 });
  const fileName = (params.get("fileName") ?? "upload.csv").slice(0, 255);

  let body;
  try {
    // To disk as it arrives, then read from there in batches: the file is never held in memory.
    body = await spoolLimitedBody(request, DEFAULT_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return NextResponse.json({ errors: [TOO_LARGE] }, { status: 413 });
    throw error;
  }
  let result;
  try {
    if (body.source.size === 0) return NextResponse.json({ errors: [UPLOAD_EMPTY] }, { status: 422 });
    result = await createCsvDraft(await getDb(), { organisationId: admin.organisationId, adminId: admin.id, fileName, file: body.source, options: options.data });
  } finally {
    await body.dispose();
  }
  if (!result.ok) return NextResponse.json({ errors: result.errors }, { status: 422 });
  return NextResponse.json({ importId: result.importId }, { status: 201 });
}

async function postedForm(request: Request, admin: CurrentAdmin) {
  if (!isSameOrigin(request.headers)) return CROSS_SITE();

  let result;
  try {
    const body = await readLimitedBody(request, DEFAULT_MAX_BYTES + FORM_ALLOWANCE_BYTES);
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    result = await createDraftFromForm(await getDb(), { organisationId: admin.organisationId, adminId: admin.id, form });
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    result = { ok: false as const, errors: [TOO_LARGE] };
  }
  if (result.ok) return seeOther(`/users/import/${result.importId}/${result.step}`);

  const back = seeOther("/users/import?upload=failed");
  back.cookies.set(UPLOAD_ERRORS_COOKIE, encodeFlashErrors(result.errors), { path: "/users/import", maxAge: FLASH_MAX_AGE_SECONDS, httpOnly: true, sameSite: "lax" });
  return back;
}
