import { resolve } from "node:path";

/**
 * Where a local installation keeps its state: the embedded PostgreSQL server, its login, the
 * generated auth secret and the demo admin's password. Read without lib/env, because the
 * embedded server is started before DATABASE_URL (which lib/env reads once) is known.
 */
export const dataDir = resolve(process.env.ROLLCALL_DATA_DIR || ".data");
