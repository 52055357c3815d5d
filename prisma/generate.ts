// Generates both Prisma clients from the one source schema. A generated client is bound to one
// provider, so production PostgreSQL needs its own client (TOOLCHAIN.md); this keeps the two in step.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const source = readFileSync(path.join(dir, "schema.prisma"), "utf8");

export function toPostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace(/output\s*=\s*"\.\/generated\/sqlite"/, 'output     = "../postgres"');
  if (out === sqliteSchema || !out.includes('"postgresql"')) throw new Error("schema.prisma no longer has the expected datasource block");
  return "// GENERATED from prisma/schema.prisma by prisma/generate.ts; do not edit.\n" + out;
}

const pgDir = path.join(dir, "generated", "postgres-schema");
mkdirSync(pgDir, { recursive: true });
writeFileSync(path.join(pgDir, "schema.prisma"), toPostgresSchema(source));

const prisma = path.join(dir, "..", "node_modules", ".bin", "prisma");
for (const schema of [path.join(dir, "schema.prisma"), path.join(pgDir, "schema.prisma")]) {
  // Without a resolvable env("DATABASE_URL") the CLI cannot read the schema's config and falls back
  // to downloading a native engine; the URL is not used for generation.
  execFileSync(prisma, ["generate", "--schema", schema], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: "postgresql://localhost/generate-only" },
  });
}
