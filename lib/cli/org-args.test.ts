import { describe, expect, it } from "vitest";
import { parseCliArgs, USAGE } from "./args";

const message = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  return parsed.command === "invalid" ? parsed.message : null;
};
const create = ["org", "create", "--name", "Acme Care Ltd", "--slug", "acme", "--owner-name", "Olive Owner", "--owner-email", "olive@acme.test"];

describe("org commands", () => {
  it("reads create, trimming what was typed, with the options in any order", () => {
    expect(parseCliArgs(create)).toEqual({ command: "org", action: "create", name: "Acme Care Ltd", slug: "acme", ownerName: "Olive Owner", ownerEmail: "olive@acme.test", json: false });
    expect(parseCliArgs(["--slug=acme-2", "--owner-email", " olive@acme.test ", "org", "--name", " Acme ", "create", "--owner-name", "Olive", "--json"])).toEqual({
      command: "org",
      action: "create",
      name: "Acme",
      slug: "acme-2",
      ownerName: "Olive",
      ownerEmail: "olive@acme.test",
      json: true,
    });
    // An option's value that happens to be a command word is still the value.
    expect(parseCliArgs(["org", "create", "--name", "token", "--slug", "token", "--owner-name", "import", "--owner-email", "t@x.test"])).toMatchObject({ name: "token", slug: "token", ownerName: "import" });
  });

  it("reads list", () => {
    expect(parseCliArgs(["org", "list"])).toEqual({ command: "org", action: "list", json: false });
    expect(parseCliArgs(["org", "list", "--json"])).toEqual({ command: "org", action: "list", json: true });
    expect(parseCliArgs(["org", "--help"])).toEqual({ command: "help" });
  });

  it("names every missing option at once, with an example", () => {
    expect(message(["org", "create", "--name", "Acme"])).toMatch(/^Missing --slug, --owner-name and --owner-email\. For example:\n {2}npm run cli -- org create --name /);
    expect(message(["org", "create", "--name", " ", "--slug", "acme", "--owner-name", "Olive", "--owner-email", "o@a.test"])).toMatch(/^Missing --name\./);
    expect(message(["org", "create", ...create.slice(2), "--name"])).toMatch(/--name/);
  });

  it("says what a slug may be, and suggests one", () => {
    const withSlug = (slug: string) => message(["org", "create", "--name", "Acme Care Ltd", "--slug", slug, "--owner-name", "Olive", "--owner-email", "o@acme.test"]);
    expect(withSlug("Acme Care")).toBe(
      'Invalid --slug "Acme Care". Use 2 to 40 characters: lower-case letters, digits and single dashes, starting with a letter (like acme-care). Try --slug acme-care.',
    );
    expect(withSlug("acme--care")).toMatch(/^Invalid --slug "acme--care"\. .* Try --slug acme-care\.$/);
    expect(withSlug("1acme")).toMatch(/Try --slug acme\.$/);
    expect(withSlug("a")).toMatch(/^Invalid --slug "a"\. Use 2 to 40 characters/);
    expect(withSlug("acme-")).toMatch(/^Invalid --slug "acme-"/);
    expect(withSlug("x".repeat(41))).toMatch(/^Invalid --slug/);
    expect(withSlug("acme-care-2")).toBeNull();
  });

  it("refuses a malformed owner email, naming the option", () => {
    expect(message(["org", "create", ...create.slice(2, -1), "olive@"])).toBe('Invalid --owner-email "olive@". Enter an email address like name@example.com.');
    expect(message(["org", "create", ...create.slice(2, -1), "olive acme.test"])).toMatch(/^Invalid --owner-email "olive acme.test"/);
  });

  it("explains a wrong action or an unknown option", () => {
    expect(message(["org"])).toBe("Name what to do with organisations: create or list.");
    expect(message(["org", "delete"])).toBe('Unknown org command "delete". Use create or list.');
    expect(message(["org", "list", "--slug", "acme"])).toBe("org list takes no --slug; it lists every organisation.");
    expect(message([...create, "--org", "acme"])).toMatch(/--org/);
    expect(message(["org", "list", "extra"])).toBe('Unexpected argument "extra".');
  });

  it("is in the help", () => {
    expect(USAGE).toMatch(/^Usage: npm run cli -- <command> \[options\]/);
    expect(USAGE).toContain("org create --name <name> --slug <slug> --owner-name <name> --owner-email <email>");
    expect(USAGE).toContain("org list [--json]");
    expect(message(["frobnicate"])).toBe('Unknown command "frobnicate". Commands are: import, token, org.');
  });
});
