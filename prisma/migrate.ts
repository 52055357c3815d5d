// Applies prisma/migrations/<provider>/*.sql in order and records each in _app_migrations.
// Prisma's WebAssembly schema engine cannot run `migrate deploy` against PostgreSQL here
// (TOOLCHAIN.md), so both stores use this runner; the SQL itself comes from `prisma migrate diff`.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, DEFAULT_DATABASE_URL } from "./db";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "migrations");

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

function loadMigrations(kind: string): Migration[] {
  const folder = path.join(dir, kind);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkUnchanged(applied: Map<string, string>, m: Migration) {
  const was = applied.get(m.name);
  if (was && was !== m.checksum) throw new Error(`migration ${m.name} was edited after it was applied; add a new migration instead`);
  return Boolean(was);
}

export function sqliteFile(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

function migrateSqlite(url: string): string[] {
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE IF NOT EXISTS _app_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Map(
    (db.prepare("SELECT name, checksum FROM _app_migrations").all() as { name: string; checksum: string }[]).map((r) => [r.name, r.checksum]),
  );
  const done: string[] = [];
  for (const m of loadMigrations("sqlite")) {
    if (checkUnchanged(applied, m)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO _app_migrations VALUES (?, ?, ?)").run(m.name, m.checksum, new Date().toISOString());
    })();
    done.push(m.name);
  }
  db.close();
  return done;
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time when several app instances start together.
    await client.query("SELECT pg_advisory_lock(4311240)");
    await client.query("CREATE TABLE IF NOT EXISTS _app_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const { rows } = await client.query<{ name: string; checksum: string }>("SELECT name, checksum FROM _app_migrations");
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const done: string[] = [];
    for (const m of loadMigrations("postgresql")) {
      if (checkUnchanged(applied, m)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO _app_migrations (name, checksum) VALUES ($1, $2)", [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.end();
  }
}

export async function migrate(url: string): Promise<string[]> {
  return databaseKind(url) === "sqlite" ? migrateSqlite(url) : migratePostgres(url);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const done = await migrate(url);
  console.log(done.length ? `已执行迁移：${done.join(", ")}` : "数据库结构已是最新。");
}
