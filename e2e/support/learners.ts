import { randomUUID } from "node:crypto";
import { e2eDb } from "./db";

/** Inserts n learners person00…, named First00 Last00…, straight into the tenant's table. */
export async function seedLearners(organisationId: string, n: number, custom: (i: number) => Record<string, string> = () => ({})) {
  const pad = (i: number) => String(i).padStart(2, "0");
  await e2eDb().learner.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      id: randomUUID(),
      organisationId,
      email: `person${pad(i)}@example.com`,
      emailKey: `person${pad(i)}@example.com`,
      firstName: `First${pad(i)}`,
      lastName: `Last${pad(n - 1 - i)}`,
      active: true,
      customFields: custom(i),
    })),
  });
}
