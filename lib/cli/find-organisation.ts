import type { PrismaClient } from "@/generated/prisma/client";

const LISTED_SLUGS = 10;

/** The message for a slug no organisation has, listing the ones there are. */
export async function unknownOrganisation(db: PrismaClient, slug: string): Promise<string> {
  const known = await db.organisation.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, take: LISTED_SLUGS + 1 });
  const listed = known.slice(0, LISTED_SLUGS).map((o) => o.slug).join(", ");
  const more = known.length > LISTED_SLUGS ? ", …" : "";
  return `No organisation has the slug "${slug}".` + (known.length ? ` Organisations: ${listed}${more}.` : " There are no organisations yet.");
}
