// A sync that fails in any way keeps the kiosk's content; since_ahead starts again from 0.
import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeKioskDb, openKioskDb, readSyncMeta, type KioskDb } from "../../../app/_client/db";
import { syncOnce } from "../../../app/_client/sync";
import { delta, fakeFetch, snapshot, syncItem } from "./fixtures";

let name = "";
let db: KioskDb;
const now = () => new Date("2026-06-01T02:00:00Z");

beforeEach(async () => {
  name = `kiosk-test-${Math.random().toString(36).slice(2)}`;
  db = await openKioskDb(name);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeKioskDb(name);
  await deleteDB(name);
});

async function synced(): Promise<void> {
  const server = fakeFetch([{ status: 200, body: snapshot(5) }]);
  expect(await syncOnce({ db, fetch: server.fetch, now })).toMatchObject({ ok: true, revision: 5, full: true });
  expect(server.calls).toEqual(["/api/sync/content?since=0"]);
}

describe("syncOnce", () => {
  it("asks for the delta since the local revision and applies it", async () => {
    await synced();
    const server = fakeFetch([{ status: 200, body: delta(5, 6, { items: [syncItem("sa-003", { level2: "新增事项" })] }) }]);
    expect(await syncOnce({ db, fetch: server.fetch, now })).toEqual({ ok: true, revision: 6, changes: 1, full: false });
    expect(server.calls).toEqual(["/api/sync/content?since=5"]);
    expect(await db.get("items", "sa-003")).toBeDefined();
  });

  const failures: [string, ({ status: number; body: unknown } | Error)[], RegExp, boolean][] = [
    ["no network", [new TypeError("Failed to fetch")], /无法连接服务器/, true],
    ["a 503", [{ status: 503, body: { error: "unavailable", message: "服务器暂时无法读取内容，请稍后自动重试。" } }], /HTTP 503/, false],
    ["an answer outside the contract", [{ status: 200, body: { ...delta(5, 6), items: [{ id: 1 }] } }], /不符合契约/, false],
    ["a delta from another revision", [{ status: 200, body: delta(3, 6) }], /起始版本/, false],
  ];
  for (const [label, answers, message, unreachable] of failures) {
    it(`keeps the content and records lastError after ${label}`, async () => {
      await synced();
      const outcome = await syncOnce({ db, fetch: fakeFetch(answers).fetch, now });
      expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(message), unreachable });
      expect(await db.count("items")).toBe(2);
      expect(await db.get("search", "index")).toBeDefined();
      const meta = await readSyncMeta(db);
      expect(meta).toMatchObject({ revision: 5, lastSyncAt: now().toISOString(), lastError: expect.stringMatching(message) });
    });
  }

  it("a later success clears lastError", async () => {
    await synced();
    await syncOnce({ db, fetch: fakeFetch([new TypeError("Failed to fetch")]).fetch, now });
    await syncOnce({ db, fetch: fakeFetch([{ status: 200, body: delta(5, 5) }]).fetch, now });
    expect((await readSyncMeta(db)).lastError).toBeNull();
  });

  it("answers since_ahead with a full resync that replaces the store", async () => {
    await synced();
    const server = fakeFetch([
      { status: 400, body: { error: "since_ahead", message: "请以 since=0 重新完整同步。", revision: 2 } },
      { status: 200, body: snapshot(2, { items: [syncItem("sa-100")], records: [], guides: [] }) },
    ]);
    expect(await syncOnce({ db, fetch: server.fetch, now })).toMatchObject({ ok: true, revision: 2, full: true });
    expect(server.calls).toEqual(["/api/sync/content?since=5", "/api/sync/content?since=0"]);
    expect((await db.getAllKeys("items"))).toEqual(["sa-100"]);
  });
});
