import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import type { MoveDirection } from "@/lib/validations/fields";
import { FIELD_NOT_FOUND, type FieldChangeResult } from "./field-rules";

/**
 * Swaps a custom field with its custom neighbour, which moves its column in
 * the template and the users table. Built-in fields keep the first positions.
 */
export async function moveField(
  db: PrismaClient,
  organisationId: string,
  input: { id: string; direction: MoveDirection; adminId: string | null },
): Promise<FieldChangeResult> {
  const field = await db.profileField.findFirst({ where: { id: input.id, organisationId } });
  if (!field) return { ok: false, error: FIELD_NOT_FOUND };
  if (field.builtIn) return { ok: false, error: `${field.label} is a built-in field: built-in fields always come first and can't be moved.` };

  const moved = await db.$transaction(async (tx) => {
    // Two admins reordering at once take turns instead of each swapping from a stale order.
    await tx.$queryRaw`SELECT "id" FROM "ProfileField" WHERE "organisationId" = ${organisationId} ORDER BY "id" FOR UPDATE`;
    const [custom, builtIn] = await Promise.all([
      tx.profileField.findMany({ where: { organisationId, builtIn: false }, orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, position: true } }),
      tx.profileField.aggregate({ where: { organisationId, builtIn: true }, _max: { position: true } }),
    ]);
    const from = custom.findIndex((f) => f.id === field.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= custom.length) return false;
    [custom[from], custom[to]] = [custom[to]!, custom[from]!];
    // Renumbering all custom fields, not just the pair, also repairs equal positions left by concurrent creates.
    const first = (builtIn._max.position ?? -1) + 1;
    for (const [i, f] of custom.entries()) {
      if (f.position !== first + i) await tx.profileField.update({ where: { id: f.id }, data: { position: first + i } });
    }
    return true;
  });
  if (!moved) return { ok: false, error: `“${field.label}” is already ${input.direction === "up" ? "first" : "last"}.` };

  await audit(db, {
    action: "fields.changed",
    organisationId,
    adminId: input.adminId,
    detail: { change: "moved", direction: input.direction, fieldId: field.id, key: field.key, label: field.label },
  });
  return { ok: true, data: undefined };
}
