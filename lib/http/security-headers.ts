/**
 * The headers every response carries. Built from configuration so the rules
 * can be tested: no 'unsafe-eval' outside development (only the dev server's
 * React refresh needs it), and HSTS only where the app is served over HTTPS
 * (on http://localhost it would pin the browser to TLS).
 */
export function securityHeaders({ development, appUrl }: { development: boolean; appUrl: string | undefined }) {
  const contentSecurityPolicy = [
    "default-src 'self'",
    // Next.js inlines its bootstrap scripts.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");

  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...((appUrl ?? "").startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
