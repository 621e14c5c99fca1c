import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args";

const message = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  return parsed.command === "invalid" ? parsed.message : null;
};

describe("token commands", () => {
  it("reads create, list and revoke, wherever the options go", () => {
    expect(parseCliArgs(["token", "create", "--org", "demo", "--name", "HR sync", "--scopes", "scim, users:read", "--expires-in-days", "90", "--json"])).toEqual({
      command: "token",
      action: "create",
      org: "demo",
      name: "HR sync",
      scopes: ["users:read", "scim"],
      expiresInDays: 90,
      json: true,
    });
    expect(parseCliArgs(["--org", "demo", "token", "list"])).toEqual({ command: "token", action: "list", org: "demo", json: false });
    expect(parseCliArgs(["token", "revoke", "cm4tok", "--org=demo"])).toEqual({ command: "token", action: "revoke", org: "demo", id: "cm4tok", json: false });
  });

  it("explains what is missing or wrong", () => {
    expect(message(["token"])).toBe("Name what to do with tokens: create, list or revoke.");
    expect(message(["token", "list"])).toBe("Missing --org.");
    expect(message(["token", "create", "--org", "demo", "--scopes", "users:read"])).toMatch(/^Missing --name/);
    expect(message(["token", "create", "--org", "demo", "--name", "x"])).toMatch(/^Missing --scopes: a comma-separated list of users:read, users:write, users:erase, imports:write, scim/);
    expect(message(["token", "create", "--org", "demo", "--name", "x", "--scopes", "users:delete"])).toBe('Unknown scope "users:delete". Scopes are: users:read, users:write, users:erase, imports:write, scim.');
    expect(message(["token", "create", "--org", "demo", "--name", "x", "--scopes", "scim", "--expires-in-days", "0"])).toMatch(/--expires-in-days must be/);
    expect(message(["token", "revoke", "--org", "demo"])).toMatch(/^Name the token to revoke/);
    expect(message(["token", "rotate", "--org", "demo"])).toBe('Unknown token command "rotate". Use create, list or revoke.');
  });
});
