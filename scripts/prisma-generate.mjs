// Generates the Prisma client without downloading the native schema engine,
// which `prisma generate` never runs but insists on finding. The stub fails
// loudly if anything does try to run it (an empty stub would let
// `prisma migrate deploy` "succeed" while applying nothing).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stubDir = join(process.cwd(), "node_modules", ".cache", "rollcall");
const stub = join(stubDir, "schema-engine-stub");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(
    stub,
    '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "schema-engine-stub 0.0.0"; exit 0; fi\n' +
      'echo "The Prisma schema engine is not installed; use npm run db:prepare (scripts/prepare-db.ts)." >&2\nexit 1\n',
  );
  chmodSync(stub, 0o755);
}

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= stub;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
execFileSync(process.execPath, [join("node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: "inherit",
  env,
});
