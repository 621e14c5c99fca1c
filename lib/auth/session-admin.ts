/** What a request knows about its signed-in admin; shared so tests load exactly the same shape. */
export const SESSION_ADMIN_SELECT = {
  id: true,
  username: true,
  name: true,
  email: true,
  role: true,
  sessionVersion: true,
  removedAt: true,
  organisationId: true,
  organisation: { select: { id: true, name: true, slug: true } },
} as const;
