import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { requireAdmin, type CurrentAdmin } from "@/lib/auth/require-admin";
import { can, refusal, type Permission } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; fieldErrors?: FieldErrors; formError?: string };

export function fail(formError: string, fieldErrors?: FieldErrors): { ok: false; formError: string; fieldErrors?: FieldErrors } {
  return { ok: false, formError, fieldErrors };
}

export function invalid(error: z.ZodError): { ok: false; fieldErrors: FieldErrors; formError: string } {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors as FieldErrors, formError: "Please correct the highlighted fields." };
}

/** What a form's server action is, for `useActionState` and `<form action>`. */
export type FormAction<T = undefined> = (previous: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

/** A form's text fields by name (React's own `$ACTION_…` fields and files left out); anything but FormData has none. */
function formFields(formData: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(formData instanceof FormData)) return fields;
  for (const [name, value] of formData) if (typeof value === "string" && !name.startsWith("$ACTION")) fields[name] = value;
  return fields;
}

/**
 * A server action that anyone may call (login, forgotten username…), posted
 * by its form: the browser posts the fields itself before the page is
 * interactive or without JavaScript, and the form sends the same FormData
 * once it is (components/forms/use-form-action.ts). Validated input only.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, db: PrismaClient) => Promise<ActionResult<T>>,
): FormAction<T> {
  return async (_previous, formData) => {
    const parsed = schema.safeParse(formFields(formData));
    if (!parsed.success) return invalid(parsed.error);
    return handler(parsed.data, await getDb());
  };
}

/**
 * Server actions are public HTTP endpoints, so every admin action goes
 * through here: it resolves the session, loads the admin and organisation
 * from the database (never from client input), refuses a role without the
 * permission the action declares (before reading the input, so a refused
 * call can't write anything) and validates the input.
 */
export function adminAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, ctx: { admin: CurrentAdmin; organisationId: string; db: PrismaClient }) => Promise<ActionResult<T>>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const admin = await requireAdmin();
    if (!can(admin.role, permission)) return fail(refusal(admin.role, permission));
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return handler(parsed.data, { admin, organisationId: admin.organisationId, db: await getDb() });
  };
}
