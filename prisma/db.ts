// The one database client module. DATABASE_URL picks the store: `file:…` → embedded SQLite
// (default), `postgres(ql)://…` → PostgreSQL. Both generated clients share one API because the
// schema is portable, so callers see a single type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";

export type Db = SqliteClient;
export type DatabaseKind = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:")`);
}

export function createDb(url: string): Db {
  if (databaseKind(url) === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { __db?: { url: string; client: Db } };

/** Process-wide client (survives Next's dev hot reload), created on first use. */
export function getDb(): Db {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!globalForDb.__db || globalForDb.__db.url !== url) {
    globalForDb.__db = { url, client: createDb(url) };
  }
  return globalForDb.__db.client;
}

export function currentDatabaseKind(): DatabaseKind {
  return databaseKind(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
}
