import { describe, expect, it } from "vitest";
import { signInMessage } from "./startup-message";

const loginUrl = "http://localhost:3000/login";

describe("what npm start says about signing in", () => {
  it("gives the demo's login when it was just seeded, and where its password is kept after", () => {
    expect(signInMessage({ seed: { created: true, username: "admin", password: "pw-123" }, organisations: 1, loginUrl })).toBe(
      'Seeded organisation "Demo Training Ltd" (slug demo).\n  Log in at http://localhost:3000/login as  admin  /  pw-123',
    );
    expect(signInMessage({ seed: { created: false, username: "admin" }, organisations: 3, loginUrl, passwordFile: ".data/demo-admin-password.txt" })).toBe(
      "Demo organisation ready. Log in at http://localhost:3000/login as admin (password in .data/demo-admin-password.txt unless you changed it).",
    );
  });

  it("without the demo and no organisation: how to create the first one", () => {
    const said = signInMessage({ seed: null, organisations: 0, loginUrl });
    expect(said).toContain("No organisations yet (the demo organisation is seeded only with SEED_DEMO=true).");
    expect(said).toContain('\n  npm run cli -- org create --name "Acme Care Ltd" --slug acme --owner-name "Olive Owner" --owner-email olive@acme.example');
    expect(said).not.toContain("admin");
  });

  it("without the demo, with organisations: where to log in", () => {
    expect(signInMessage({ seed: null, organisations: 1, loginUrl })).toBe("1 organisation. Log in at http://localhost:3000/login; add one with npm run cli -- org create (see npm run cli -- --help).");
    expect(signInMessage({ seed: null, organisations: 4, loginUrl })).toMatch(/^4 organisations\. /);
  });
});
