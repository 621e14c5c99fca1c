import { expect, test } from "@playwright/test";

test("[SECURITY]: pages send a strict Content-Security-Policy and the other security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("[SECURITY]: the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const { createTenant, logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await logIn(page, tenant);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("[SECURITY]: behind an HTTPS proxy the session cookie is Secure (and __Secure- prefixed), HttpOnly and SameSite=Lax", async ({ page, request }) => {
  const { createTenant } = await import("../support/tenant");
  const { captureServerAction, replayServerAction } = await import("../support/server-action");
  const tenant = await createTenant();
  await page.goto("/login");
  const login = await captureServerAction(page, "/login", async () => {
    await page.getByLabel("Username").fill(tenant.username);
    await page.getByLabel("Password", { exact: true }).fill(tenant.password);
    await page.getByRole("button", { name: "Log in" }).click();
  });

  // What a TLS-terminating proxy in front of the app forwards for https://rollcall.example.com.
  const proxied = { "x-forwarded-proto": "https", "x-forwarded-host": "rollcall.example.com", origin: "https://rollcall.example.com" };
  const response = await replayServerAction(request, login, { headers: proxied });
  const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const session = setCookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, `Set-Cookie headers: ${setCookies.join(" | ")}`).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
});
