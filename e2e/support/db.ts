import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { E2E_DATABASE_URL } from "../../playwright.config";

let client: PrismaClient | undefined;

/** Direct database access for arranging tests and checking what they did. */
export function e2eDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: E2E_DATABASE_URL, max: 2 }) });
  return client;
}
