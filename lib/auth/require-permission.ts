import "server-only";
import { redirect } from "next/navigation";
import { requireAdmin, getCurrentAdmin, type CurrentAdmin } from "./require-admin";
import { can, refusal, type Permission } from "./roles";

/**
 * For pages: the signed-in admin if their role has the permission; otherwise
 * a page that says why (`/no-access`), or the login page without a session.
 */
export async function requirePermission(permission: Permission): Promise<CurrentAdmin> {
  const admin = await requireAdmin();
  if (!can(admin.role, permission)) redirect(`/no-access?need=${encodeURIComponent(permission)}`);
  return admin;
}

/** How a route answers a caller it turns away; each route keeps its own format (text, JSON, a redirect). */
export type Refuse = (status: 401 | 403, message: string, request: Request) => Response;

const asText: Refuse = (status, message) => new Response(message, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The route-handler twin of adminAction: resolves the admin from the session
 * (never from the request), checks their role has the permission the route
 * declares, then runs it. 401 without a session, 403 (with the reason) for a
 * role that may not.
 */
export function adminRoute<C>(
  permission: Permission,
  handler: (request: Request, context: C, admin: CurrentAdmin) => Promise<Response>,
  options: { signedOut: string; refuse?: Refuse },
) {
  const refuse = options.refuse ?? asText;
  // The context is optional for routes without params, which callers (and tests) may call with the request alone.
  return async (request: Request, context?: C): Promise<Response> => {
    const admin = await getCurrentAdmin();
    if (!admin) return refuse(401, options.signedOut, request);
    if (!can(admin.role, permission)) return refuse(403, refusal(admin.role, permission), request);
    return handler(request, context as C, admin);
  };
}
