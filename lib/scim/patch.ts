import { NoPathInScimPatchOp, NoTarget, type ScimPatchOperation, ScimError as PatchLibraryError, type ScimResource, scimPatch } from "scim-patch";
import { canonicalPath, CORE_ATTRIBUTES } from "./attributes";
import type { ScimFieldMapping } from "./field-mapping";
import { scimError } from "./scim-error";
import { canonicaliseUser, type ScimUser } from "./user-resource";
import { PATCH_OP } from "./urns";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `emails[Type eq "work"].Value` → `emails[type eq "work"].value`: the
 * attribute, the filter's sub-attributes and the operator in canonical
 * spelling, since scim-patch compares names exactly and SCIM names ignore case.
 */
export function canonicalPatchPath(path: string, extensionKeys: readonly string[]): string {
  const bracket = /^([^[]+)\[(.*)\](?:\.(.+))?$/.exec(path.trim());
  if (!bracket) return canonicalPath(path.trim(), extensionKeys);
  const attribute = canonicalPath(bracket[1]!, extensionKeys);
  const subs = CORE_ATTRIBUTES[attribute] ?? [];
  const sub = (name: string) => subs.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name;
  const filter = bracket[2]!.replace(/([A-Za-z][\w]*)\s+(eq|ne|co|sw|ew|gt|lt|ge|le|pr)\b/gi, (_, name: string, op: string) => `${sub(name)} ${op.toLowerCase()}`);
  return `${attribute}[${filter}]${bracket[3] ? `.${sub(bracket[3])}` : ""}`;
}

/**
 * A PatchOp body as the identity providers send it, made regular: `op` in
 * any case ("Replace", as Entra sends), paths and the keys of path-less
 * value objects (`{"op":"replace","value":{"active":false}}`, as Okta sends)
 * in canonical spelling. String booleans ("False") are read later, with the
 * rest of the user.
 */
export function normalisePatch(body: unknown, mapping: ScimFieldMapping): ScimPatchOperation[] {
  if (!isObject(body)) throw scimError(400, "Send a PatchOp object: {\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[…]}.", "invalidSyntax");
  const schemas = body.schemas;
  if (Array.isArray(schemas) && !schemas.includes(PATCH_OP)) throw scimError(400, `A PATCH body's schemas must be ["${PATCH_OP}"].`, "invalidSyntax");
  const operations = Object.entries(body).find(([key]) => key.toLowerCase() === "operations")?.[1];
  if (!Array.isArray(operations) || operations.length === 0) throw scimError(400, "A PATCH body needs an Operations list with at least one operation (add, replace or remove).", "invalidSyntax");
  const extensionKeys = mapping.extension.map((f) => f.key);
  return operations.map((raw, index) => {
    if (!isObject(raw)) throw scimError(400, `Operations[${index}] must be an object with op, path and value.`, "invalidSyntax");
    const op = String(raw.op ?? "").toLowerCase();
    if (op !== "add" && op !== "replace" && op !== "remove") throw scimError(400, `Operations[${index}].op is ${JSON.stringify(raw.op)}; use add, replace or remove.`, "invalidSyntax");
    const path = typeof raw.path === "string" && raw.path.trim() ? canonicalPatchPath(raw.path, extensionKeys) : undefined;
    if (op === "remove") {
      if (!path) throw scimError(400, `Operations[${index}] removes without a path: name the attribute to remove.`, "noTarget");
      return { op, path };
    }
    let value = raw.value;
    if (path === undefined && isObject(value)) value = canonicaliseUser(value, mapping);
    else if (path === "name" && isObject(value)) value = canonicaliseUser({ name: value }, mapping).name;
    return (path ? { op, path, value } : { op, value }) as ScimPatchOperation;
  });
}

/** The user after the operations, applied by scim-patch (RFC 7644 §3.5.2); its refusals become SCIM errors. */
export function applyPatch(user: ScimUser, operations: ScimPatchOperation[]): ScimUser {
  try {
    return scimPatch(structuredClone(user) as unknown as ScimResource, operations, { treatMissingAsAdd: true }) as unknown as ScimUser;
  } catch (error) {
    if (error instanceof NoTarget || error instanceof NoPathInScimPatchOp) throw scimError(400, `The PATCH names nothing to change: ${error.message}`, "noTarget");
    if (error instanceof PatchLibraryError) throw scimError(400, `The PATCH can't be applied: ${error.message}`, "invalidPath");
    throw error;
  }
}
