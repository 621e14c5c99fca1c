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
