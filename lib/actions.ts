import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { requireAdmin, type CurrentAdmin } from "@/lib/auth/require-admin";
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

/** A server action that anyone may call (login, forgotten username…): validated input only. */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, db: PrismaClient) => Promise<ActionResult<T>>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return handler(parsed.data, await getDb());
  };
}

/**
 * Server actions are public HTTP endpoints, so every admin action goes
 * through here: it resolves the session, loads the admin and organisation
 * from the database (never from client input) and validates the input.
 */
export function adminAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { admin: CurrentAdmin; organisationId: string; db: PrismaClient }) => Promise<ActionResult<T>>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const admin = await requireAdmin();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return handler(parsed.data, { admin, organisationId: admin.organisationId, db: await getDb() });
  };
}
