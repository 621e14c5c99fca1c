import { type Filter, parse } from "scim2-parse-filter";
import { canonicalGroupKey, readMemberIds } from "./group-resource";
import { scimError } from "./scim-error";
import { PATCH_OP } from "./urns";

/**
 * What a group's members become: with `replace`, exactly `add` (of the
 * members the directory manages); otherwise the current ones plus `add`
 * minus `remove`. The two lists never share an id.
 */
export interface MemberChanges {
  replace: boolean;
  add: string[];
  remove: string[];
}

/** What a PATCH asks of a group; absent keys leave that attribute alone. */
export interface GroupPatch {
  displayName?: string;
  externalId?: string | null;
  members?: MemberChanges;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Member sets folded operation by operation, so "remove all, then add these" ends as a replace with these. */
class MemberFold {
  replace = false;
  touched = false;
  readonly add = new Set<string>();
  readonly remove = new Set<string>();

  adding(ids: string[]) {
    this.touched = true;
    for (const id of ids) {
      this.add.add(id);
      this.remove.delete(id);
    }
  }

  removing(ids: string[]) {
    this.touched = true;
    for (const id of ids) {
      this.remove.add(id);
      this.add.delete(id);
    }
  }

  replacing(ids: string[]) {
    this.touched = true;
    this.replace = true;
    this.add.clear();
    this.remove.clear();
    for (const id of ids) this.add.add(id);
  }

  result(): MemberChanges | undefined {
    // After a replace, the removals are implied: whoever isn't in `add` goes.
    return this.touched ? { replace: this.replace, add: [...this.add], remove: this.replace ? [] : [...this.remove] } : undefined;
  }
}

/** The ids a `members[value eq "…"]` path names: value eq, joined by or. */
function idsInValueFilter(filter: string, where: string): string[] {
  const bad = () => scimError(400, `${where} filters members by ${JSON.stringify(filter)}; Rollcall takes members[value eq "<user id>"], or several joined with or.`, "invalidFilter");
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    throw bad();
  }
  const collect = (node: Filter): string[] => {
    if (node.op === "or") return node.filters.flatMap(collect);
    if (node.op === "eq" && node.attrPath.toLowerCase() === "value" && typeof node.compValue === "string") return [node.compValue];
    throw bad();
  };
  return collect(ast);
}

function readName(value: unknown, where: string): string {
  if (typeof value !== "string" || !value.trim()) throw scimError(400, `${where}: displayName must be the group's name as text, like "Fire wardens".`, "invalidValue");
  return value.trim();
}

function readExternalId(value: unknown, where: string): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  throw scimError(400, `${where}: externalId must be text, not ${JSON.stringify(value)}.`, "invalidValue");
}

/**
 * A Group PatchOp (RFC 7644 §3.5.2) as the changes it makes, in the forms
 * identity providers send: `op` in any case; members added as a list;
 * removed by a value filter (`members[value eq "id"]`, Okta), by a value
 * list on the `members` path (Entra), or all at once (`remove members`);
 * replaced as a list; path-less value objects (`{"op":"replace","value":
 * {"displayName":"…"}}`, Okta); attribute names in any case. No resource is
 * loaded to apply it, so adding to a group of 10,000 reads none of them.
 */
export function readGroupPatch(body: unknown): GroupPatch {
  if (!isObject(body)) throw scimError(400, `Send a PatchOp object: {"schemas":["${PATCH_OP}"],"Operations":[…]}.`, "invalidSyntax");
  if (Array.isArray(body.schemas) && !body.schemas.includes(PATCH_OP)) throw scimError(400, `A PATCH body's schemas must be ["${PATCH_OP}"].`, "invalidSyntax");
  const operations = Object.entries(body).find(([key]) => key.toLowerCase() === "operations")?.[1];
  if (!Array.isArray(operations) || operations.length === 0) throw scimError(400, "A PATCH body needs an Operations list with at least one operation (add, replace or remove).", "invalidSyntax");

  const patch: GroupPatch = {};
  const members = new MemberFold();
  operations.forEach((raw, index) => {
    const where = `Operations[${index}]`;
    if (!isObject(raw)) throw scimError(400, `${where} must be an object with op, path and value.`, "invalidSyntax");
    const entries = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key.toLowerCase(), value]));
    const op = String(entries.op ?? "").toLowerCase();
    if (op !== "add" && op !== "replace" && op !== "remove") throw scimError(400, `${where}.op is ${JSON.stringify(entries.op)}; use add, replace or remove.`, "invalidSyntax");
    const path = typeof entries.path === "string" ? entries.path.trim() : "";
    const value = entries.value;

    if (!path) {
      if (op === "remove") throw scimError(400, `${where} removes without a path: name the attribute to remove, like members[value eq "<user id>"].`, "noTarget");
      if (!isObject(value)) throw scimError(400, `${where} has no path, so its value must be an object of attributes, like {"displayName":"Fire wardens"}.`, "invalidValue");
      for (const [key, attributeValue] of Object.entries(value)) {
        const attribute = canonicalGroupKey(key);
        if (attribute === "displayName") patch.displayName = readName(attributeValue, where);
        else if (attribute === "externalId") patch.externalId = readExternalId(attributeValue, where);
        else if (attribute === "members") (op === "add" ? members.adding : members.replacing).call(members, readMemberIds(attributeValue, `${where}.value.members`));
        // id, schemas and meta come along in Okta's bodies; they can't change and are ignored.
        else if (attribute !== "id" && attribute !== "schemas" && attribute !== "meta") throw unknownAttribute(where, key);
      }
      return;
    }

    const bracket = /^members\[(.*)\]$/i.exec(path);
    if (bracket) {
      if (op !== "remove") throw scimError(400, `${where} can only remove members by a value filter; to add members use path "members" with a list of {"value": id}.`, "invalidPath");
      members.removing(idsInValueFilter(bracket[1]!, where));
      return;
    }
    const attribute = canonicalGroupKey(path);
    if (attribute === "displayName") {
      if (op === "remove") throw scimError(400, `${where} removes displayName; a group always has a name. Replace it instead.`, "mutability");
      patch.displayName = readName(value, where);
    } else if (attribute === "externalId") {
      patch.externalId = op === "remove" ? null : readExternalId(value, where);
    } else if (attribute === "members") {
      const ids = readMemberIds(value, `${where}.value`);
      if (op === "add") members.adding(ids);
      else if (op === "replace") members.replacing(ids);
      // Entra sends the members to remove as a value list; no value means all of them.
      else if (value === undefined || value === null) members.replacing([]);
      else members.removing(ids);
    } else throw unknownAttribute(where, path);
  });
  const changes = members.result();
  if (changes) patch.members = changes;
  return patch;
}

const unknownAttribute = (where: string, name: string) =>
  scimError(400, `${where} names "${name}", which a Rollcall group doesn't have: groups have displayName, externalId and members.`, "invalidPath");
