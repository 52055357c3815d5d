// Fresh, isolated stores for tests: a temp SQLite file, or a new database in the PostgreSQL cluster
// named by TEST_POSTGRES_URL (tests/run-all.sh starts one). Each test file gets its own.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type DatabaseKind, type Db } from "../../prisma/db";
import { migrate } from "../../prisma/migrate";

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_POSTGRES_URL is not set: run the suite with `npm test`, which starts a throwaway PostgreSQL");
  return url;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kiosk-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await migrate(url);
    const db = createDb(url);
    return { kind, url, db, drop: async () => { await db.$disconnect(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const admin = new URL(postgresAdminUrl());
  const name = `kiosk_t_${randomBytes(5).toString("hex")}`;
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  await adminClient.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createDb(url.toString());
  return {
    kind,
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
