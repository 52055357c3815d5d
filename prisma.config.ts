import { defineConfig } from "prisma/config";

// The WebAssembly schema engine ("js") works offline; the native one would be downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: "file:./data/app.db" });
  },
});
