// Kiosk benchmark (figures, no assertions): offline cold start to search results, sync payload
// sizes. Needs a built app (`npm run build`) and a seeded data/e2e.db; it copies the store, starts
// `next start` on a free port against the copy, and publishes through the data layer on the copy.
//   npm run bench:kiosk            KIOSK_BENCH_RUNS=9 npm run bench:kiosk
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { chromium, type BrowserContext } from "@playwright/test";
import { publishContentChange } from "../../app/_server/sync/publish";
import { createDb } from "../../prisma/db";

const ROOT = join(import.meta.dirname, "..", "..");
const RUNS = Number(process.env.KIOSK_BENCH_RUNS ?? 5);
const CHROMIUM = existsSync("/usr/bin/chromium")
  ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] }
  : {};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Bytes on the wire for a GET, with or without gzip. */
function wireBytes(url: string, gzip: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: gzip ? { "Accept-Encoding": "gzip" } : {} }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

async function waitForServer(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not come up");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One online visit: first sync done and the service worker in control (the kiosk's install). */
async function install(profile: string, base: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, serviceWorkers: "allow" });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/`);
  await page.locator('[data-sync-state="synced"]').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await context.close();
}

/** A cold launch offline: ms from navigation start until the first 低保 result is on screen. */
async function coldStart(profile: string, base: string, cpuRate: number): Promise<number> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { ...CHROMIUM, serviceWorkers: "allow", offline: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      const w = window as unknown as { __firstResult?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector("main ol > li h3")) {
          w.__firstResult = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    if (cpuRate > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
    await page.goto(`${base}/search?q=${encodeURIComponent("低保")}`);
    const handle = await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, null, { timeout: 60_000 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

async function deltaBytes(base: string, since: number): Promise<[number, number]> {
  const url = `${base}/api/sync/content?since=${since}`;
  return [await wireBytes(url, false), await wireBytes(url, true)];
}

async function main(): Promise<void> {
  const source = join(ROOT, "data", "e2e.db");
  if (!existsSync(join(ROOT, ".next", "BUILD_ID")) || !existsSync(source)) throw new Error("build the app and seed data/e2e.db first (see tests/.readme-pwa.md)");
  const work = mkdtempSync(join(tmpdir(), "kiosk-bench-"));
  const copy = join(work, "bench.db");
  const src = new Database(source, { readonly: true });
  await src.backup(copy); // consistent copy, WAL included
  src.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${copy}` },
    stdio: "ignore",
  });
  try {
    await waitForServer(base);
    const rows: [string, string, string][] = [];
    const [snapRaw, snapGz] = await deltaBytes(base, 0);
    rows.push(["full snapshot (since=0) raw / gzip", `${kb(snapRaw)} / ${kb(snapGz)}`, "≤ 1024 KB gz"]);

    const profile = join(work, "profile");
    await install(profile, base);
    for (const rate of [1, 4]) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await coldStart(profile, base, rate));
      const label = rate === 1 ? "offline cold start → 低保 results" : "same, 4× CPU throttling";
      rows.push([`${label} (median of ${RUNS})`, `${Math.round(median(times))} ms  [${times.map(Math.round).join(", ")}]`, rate === 1 ? "≤ 800 ms" : "≤ 2500 ms"]);
    }

    const db = createDb(`file:${copy}`);
    const items = await db.disclosureItem.findMany({ where: { status: "published" }, orderBy: { id: "asc" }, take: 100, select: { id: true, level2: true } });
    const before = (await db.contentRevision.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
    for (const [n, item] of items.entries()) {
      const result = await publishContentChange(db, { entityType: "item", id: item.id, actor: "bench", changes: { level2: `${item.level2}（修订）`.slice(0, 80) } });
      if (!result.ok) throw new Error(result.message);
      if (n === 0 || n === items.length - 1) {
        const [raw, gz] = await deltaBytes(base, before);
        rows.push([`delta after ${n + 1} changed item${n ? "s" : ""} raw / gzip`, `${kb(raw)} / ${kb(gz)}`, n ? "" : "≤ 5 KB raw"]);
      }
    }
    await db.$disconnect();

    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\n道县政务公开一体机 kiosk bench (${new Date().toISOString()})\n`);
    for (const [what, value, target] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(34)}  ${target}`);
  } finally {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
