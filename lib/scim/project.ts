import { resolveAttribute } from "./attributes";
import { scimError } from "./scim-error";
import { CORE_USER } from "./urns";

type Resource = Record<string, unknown>;
const ALWAYS = new Set(["id", "schemas"]);

function paths(list: string | null, extensionKeys: readonly string[], parameter: string) {
  if (!list?.trim()) return null;
  return list.split(",").map((raw) => {
    const resolved = resolveAttribute(raw.trim(), extensionKeys);
    if (!resolved) throw scimError(400, `${parameter} names "${raw.trim()}", which isn't an attribute of a Rollcall user.`, "invalidValue");
    return resolved.schema === CORE_USER ? { top: resolved.name, sub: resolved.sub } : { top: resolved.schema, sub: resolved.name };
  });
}

/**
 * Applies `attributes` or `excludedAttributes` (RFC 7644 §3.4.2.5) to a
 * resource: names ignore case, "name.givenName" keeps one sub-attribute, and
 * id and schemas are always returned.
 */
export function projectResource(resource: Resource, query: { attributes: string | null; excludedAttributes: string | null }, extensionKeys: readonly string[]): Resource {
  const wanted = paths(query.attributes, extensionKeys, "attributes");
  if (wanted) {
    const out: Resource = {};
    for (const key of ALWAYS) out[key] = resource[key];
    for (const { top, sub } of wanted) {
      const value = resource[top];
      if (value === undefined) continue;
      if (sub === null || typeof value !== "object" || value === null) out[top] = value;
      else if (Array.isArray(value)) out[top] = value.map((item) => ({ [sub]: (item as Resource)[sub] }));
      else out[top] = { ...(out[top] as Resource | undefined), ...((value as Resource)[sub] !== undefined ? { [sub]: (value as Resource)[sub] } : {}) };
    }
    return out;
  }
  const excluded = paths(query.excludedAttributes, extensionKeys, "excludedAttributes");
  if (!excluded) return resource;
  const out: Resource = structuredClone(resource);
  for (const { top, sub } of excluded) {
    if (ALWAYS.has(top)) continue;
    if (sub === null) delete out[top];
    else if (Array.isArray(out[top])) for (const item of out[top] as Resource[]) delete item[sub];
    else if (typeof out[top] === "object" && out[top] !== null) delete (out[top] as Resource)[sub];
  }
  return out;
}
