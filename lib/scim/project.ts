import { resolveAttribute } from "./attributes";
import { scimError } from "./scim-error";
import { CORE_USER } from "./urns";

type Resource = Record<string, unknown>;
const ALWAYS = new Set(["id", "schemas"]);

/** An attribute path as the resource holds it: a top-level key, and maybe one of its sub-attributes. */
export type ProjectedPath = { top: string; sub: string | null };
/** Resolves a name from `attributes`/`excludedAttributes`, or null when the resource has no such attribute; `noun` names the resource in the error. */
export type PathResolver = { resolve: (path: string) => ProjectedPath | null; noun: string };
export type Projection = { attributes: string | null; excludedAttributes: string | null };

export function projectionPaths(list: string | null, resolver: PathResolver, parameter: string): ProjectedPath[] | null {
  if (!list?.trim()) return null;
  return list.split(",").map((raw) => {
    const resolved = resolver.resolve(raw.trim());
    if (!resolved) throw scimError(400, `${parameter} names "${raw.trim()}", which isn't an attribute of a Rollcall ${resolver.noun}.`, "invalidValue");
    return resolved;
  });
}

const userResolver = (extensionKeys: readonly string[]): PathResolver => ({
  noun: "user",
  resolve: (path) => {
    const resolved = resolveAttribute(path, extensionKeys);
    if (!resolved) return null;
    return resolved.schema === CORE_USER ? { top: resolved.name, sub: resolved.sub } : { top: resolved.schema, sub: resolved.name };
  },
});

/**
 * Applies `attributes` or `excludedAttributes` (RFC 7644 §3.4.2.5) to a
 * User: names ignore case, "name.givenName" keeps one sub-attribute, and
 * id and schemas are always returned.
 */
export function projectResource(resource: Resource, query: Projection, extensionKeys: readonly string[]): Resource {
  return projectWith(resource, query, userResolver(extensionKeys));
}

/** The same for any resource type, its attribute names resolved by `resolver`. */
export function projectWith(resource: Resource, query: Projection, resolver: PathResolver): Resource {
  const wanted = projectionPaths(query.attributes, resolver, "attributes");
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
  const excluded = projectionPaths(query.excludedAttributes, resolver, "excludedAttributes");
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
