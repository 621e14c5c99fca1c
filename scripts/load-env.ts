// Imported first by the scripts that start Rollcall (with-database.ts, cli.ts): .env files are read
// as Next.js reads them, so DATABASE_URL and the rest mean the same to the launcher, the CLI and the app.
import nextEnv from "@next/env"; // CommonJS, bundled: its named exports aren't visible to ESM

nextEnv.loadEnvConfig(process.cwd(), process.argv.includes("dev"), { info: () => {}, error: console.error });
