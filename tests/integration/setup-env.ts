// Runs in each test worker before the test file: app code reads DATABASE_URL on import.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
