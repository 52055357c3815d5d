// Applying sync answers to the kiosk's IndexedDB store and its persisted search index.
import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyContent } from "../../../app/_client/apply-content";
import { closeKioskDb, openKioskDb, readStoredDocs, readSyncMeta, type KioskDb, type StoredDoc } from "../../../app/_client/db";
import { loadSearchIndex, type SerializedSearchIndex } from "../../../app/_shared/search";
import { delta, snapshot, syncGuide, syncItem, syncRecord } from "./fixtures";

const NOW = new Date("2026-06-01T02:00:00Z");
let name = "";
let db: KioskDb;

beforeEach(async () => {
  name = `kiosk-test-${Math.random().toString(36).slice(2)}`;
  db = await openKioskDb(name);
});

afterEach(async () => {
  await closeKioskDb(name);
  await deleteDB(name);
});

async function storedDoc(id: string): Promise<StoredDoc | undefined> {
  return (await readStoredDocs(db)).find((d) => d.id === id);
}

/** Titles of the hits for `query` in the index as persisted (what a restarted kiosk would load). */
async function persistedHits(query: string): Promise<string[]> {
  const serialized = await db.get("search", "index");
  if (!serialized) throw new Error("no persisted index");
  const index = loadSearchIndex(JSON.parse(serialized) as SerializedSearchIndex);
  const docs = new Map((await readStoredDocs(db)).map((d) => [d.id, d]));
  return index.search(query).map((h) => docs.get(h.id)?.title ?? `(no doc ${h.id})`);
}

describe("applyContent", () => {
  it("stores a full snapshot with its index, documents and revision", async () => {
    await applyContent(db, snapshot(5), NOW);
    expect((await db.getAll("items")).map((i) => i.id).sort()).toEqual(["em-001", "sa-001"]);
    expect(await db.count("records")).toBe(1);
    expect(await db.count("guides")).toBe(1);
    expect((await readStoredDocs(db)).map((d) => d.id).sort()).toEqual(["guide:g-subsistence-allowance", "item:em-001", "item:sa-001", "record:sa-001-r1"]);
    expect(await readSyncMeta(db)).toEqual({ revision: 5, lastSyncAt: NOW.toISOString(), lastAttemptAt: NOW.toISOString(), lastError: null });
    expect(await persistedHits("低保")).toContain("最低生活保障 · 低保对象认定");
    expect(await persistedHits("失业")).toEqual(["就业服务 · 失业登记"]);
  });

  it("adds, replaces and removes through a delta, updating the persisted index in place", async () => {
    await applyContent(db, snapshot(5), NOW);
    await applyContent(
      db,
      delta(5, 7, {
        items: [syncItem("sa-002", { level2: "特困人员供养", sortOrder: 2 }), syncItem("sa-001", { level2: "低保对象认定（修订）", revision: 7 })],
        removed: { items: ["em-001"], records: [], guides: [] },
      }),
      NOW,
    );
    expect((await db.getAll("items")).map((i) => i.level2).sort()).toEqual(["低保对象认定（修订）", "特困人员供养"]);
    expect((await readSyncMeta(db)).revision).toBe(7);
    expect(await persistedHits("特困")).toEqual(["最低生活保障 · 特困人员供养"]);
    expect(await persistedHits("修订")).toEqual(["最低生活保障 · 低保对象认定（修订）"]);
    expect(await persistedHits("失业")).toEqual([]);
    expect(await storedDoc("item:em-001")).toBeUndefined();
  });

  it("re-indexes an item's records with the item's new facets, and drops the records of a removed item", async () => {
    await applyContent(db, snapshot(5), NOW);
    await applyContent(db, delta(5, 6, { items: [syncItem("sa-001", { mode: "依申请公开" })] }), NOW);
    expect((await storedDoc("record:sa-001-r1"))?.mode).toBe("依申请公开");

    await applyContent(db, delta(6, 7, { removed: { items: ["sa-001"], records: [], guides: [] } }), NOW);
    expect(await db.get("records", "sa-001-r1")).toBeUndefined();
    expect(await storedDoc("record:sa-001-r1")).toBeUndefined();
    expect(await persistedHits("名单公示")).toEqual([]);
  });

  it("replaces and removes records and guides", async () => {
    await applyContent(db, snapshot(5), NOW);
    await applyContent(db, delta(5, 6, { records: [syncRecord("sa-001-r1", "sa-001", { title: "第二批低保对象名单公示" })] }), NOW);
    expect(await persistedHits("第二批")).toEqual(["第二批低保对象名单公示"]);
    await applyContent(db, delta(6, 7, { removed: { items: [], records: ["sa-001-r1"], guides: ["g-subsistence-allowance"] } }), NOW);
    expect(await db.count("records")).toBe(0);
    expect(await db.count("guides")).toBe(0);
    expect(await persistedHits("第二批")).toEqual([]);
    expect((await persistedHits("最低生活保障申请")).some((t) => t.includes("申请"))).toBe(false);
  });

  it("rebuilds every document when a domain is renamed", async () => {
    await applyContent(db, snapshot(5), NOW);
    const renamed = { ...snapshot(5).domains[0]!, name: "社会救助和福利", revision: 6 };
    await applyContent(db, delta(5, 6, { domains: [renamed] }), NOW);
    expect((await storedDoc("item:sa-001"))?.domain).toBe("社会救助和福利");
    expect((await storedDoc("record:sa-001-r1"))?.domain).toBe("社会救助和福利");
    expect(await persistedHits("低保")).toContain("最低生活保障 · 低保对象认定");
  });

  it("a full snapshot replaces everything held before", async () => {
    await applyContent(db, snapshot(5), NOW);
    await applyContent(db, snapshot(2, { items: [syncItem("sa-009", { level2: "临时救助" })], records: [], guides: [syncGuide("g-other")] }), NOW);
    expect((await db.getAll("items")).map((i) => i.id)).toEqual(["sa-009"]);
    expect(await persistedHits("低保对象认定")).toEqual([]);
    expect((await readSyncMeta(db)).revision).toBe(2);
  });
});
