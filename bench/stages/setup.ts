// Creates the run's organisations (one bcrypt hash each, so once, here).
import { getDb } from "@/lib/db";
import { createOrganisation } from "@/lib/server/organisations/create-organisation";
import { CUSTOM_FIELDS } from "../support/bench-fields";
import { runStage } from "../support/stage-io";
import type { OrgRef, Orgs } from "../support/stage-types";

await runStage(async (): Promise<Orgs> => {
  const db = await getDb();
  const create = async (slug: keyof Orgs): Promise<OrgRef> => {
    const org = await createOrganisation(db, {
      slug: `bench-${slug}`,
      name: `Bench ${slug}`,
      customFields: CUSTOM_FIELDS,
      admin: { username: `bench-${slug}`, email: `admin@${slug}.bench.test`, name: "Bench Admin", password: "bench password 1234" },
    });
    return { organisationId: org.id, adminId: org.admins[0]!.id };
  };
  return { warmup: await create("warmup"), files: await create("files"), apply: await create("apply"), naive: await create("naive"), welcome: await create("welcome"), api: await create("api"), groups: await create("groups"), scim: await create("scim") };
});
