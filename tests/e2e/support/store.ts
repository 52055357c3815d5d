// Direct access to the store the e2e server reads, so each test can seed exactly the data it asserts on.
import { createDb, type Db } from "../../../prisma/db";
import { loadCatalog } from "../../../seeds/load-catalog";
import type { ItemInput, RecordInput } from "../../../app/_shared/catalog/schema";

let db: Db | undefined;

export function e2eDb(): Db {
  db ??= createDb(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
  return db;
}

/** Publishes the given items and records (domains, departments and sites come from the county seed). */
export async function publish(items: ItemInput[], records: RecordInput[] = []) {
  return loadCatalog(e2eDb(), { domains: [], departments: [], sites: [], items, records });
}
