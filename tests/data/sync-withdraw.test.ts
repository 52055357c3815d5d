// Withdrawn content leaves the kiosks: tombstones in the delta, on both stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSyncContent, type SyncContentResult } from "../../app/_server/sync/load-content";
import { publishContentChange } from "../../app/_server/sync/publish";
import { withdrawContent } from "../../app/_server/sync/withdraw";
import { syncContentSchema, type SyncContent } from "../../app/_shared/sync/contract";
import { buildItem, buildRecord } from "../../seeds/factories";
import { loadCountyDataset } from "../../seeds/county";
import { loadCatalog } from "../../seeds/load-catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

function content(result: SyncContentResult): SyncContent {
  if (!result.ok) throw new Error(`expected content, got ${result.error}`);
  return syncContentSchema.parse(result.content);
}

describe.each(["sqlite", "postgresql"] as const)("withdrawals in %s", (kind) => {
  let t: TestDatabase;
  const latest = async () => content(await loadSyncContent(t.db, 0)).revision;

  /** An item with two records of its own, so each test withdraws data no other test reads. */
  async function publishItemWithRecords() {
    const item = buildItem();
    const records = [buildRecord(item), buildRecord(item, { kind: "名单公示", title: "临时救助对象名单公示" })];
    await loadCatalog(t.db, { domains: [], departments: [], sites: [], items: [item], records });
    return { item, records };
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await loadCatalog(t.db, await loadCountyDataset());
  });
  afterAll(async () => t?.drop());

  it("a withdrawn record is listed in removed.records and gone from the snapshot", async () => {
    const { records } = await publishItemWithRecords();
    const target = records[0]!.key;
    const before = await latest();
    const result = await withdrawContent(t.db, { entityType: "record", id: target, actor: "editor:civil-affairs", reason: "公示期满" });
    expect(result).toMatchObject({ ok: true, revision: before + 1 });

    const delta = content(await loadSyncContent(t.db, before));
    expect(delta.removed).toEqual({ items: [], records: [target], guides: [] });
    expect([delta.items, delta.records, delta.guides]).toEqual([[], [], []]);
    const snap = content(await loadSyncContent(t.db, 0));
    expect(snap.records.map((r) => r.id)).not.toContain(target);
    expect(snap.records.map((r) => r.id)).toContain(records[1]!.key);

    expect(await t.db.tombstone.findUnique({ where: { entityType_entityId: { entityType: "record", entityId: target } } })).toMatchObject({ revision: before + 1 });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "record", entityId: target }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "content.withdraw", actor: "editor:civil-affairs", detail: expect.stringContaining("公示期满") });
    expect(await withdrawContent(t.db, { entityType: "record", id: target, actor: "editor" })).toMatchObject({ ok: false, error: "not_published" });
  });

  it("withdrawing an item removes its records too; republishing brings all back", async () => {
    const { item, records } = await publishItemWithRecords();
    const recordIds = records.map((r) => r.key).sort();
    const beforeWithdraw = await latest();
    expect(await withdrawContent(t.db, { entityType: "item", id: item.key, actor: "editor" })).toMatchObject({ ok: true });

    const gone = content(await loadSyncContent(t.db, beforeWithdraw));
    expect(gone.removed.items).toEqual([item.key]);
    expect(gone.removed.records).toEqual(recordIds);
    const snap = content(await loadSyncContent(t.db, 0));
    expect(snap.items.map((i) => i.id)).not.toContain(item.key);
    expect(snap.records.filter((r) => r.itemId === item.key)).toEqual([]);
    // Its records cannot be published on their own while the item is withdrawn.
    expect(await publishContentChange(t.db, { entityType: "record", id: records[0]!.key, actor: "editor" })).toMatchObject({ ok: false, error: "item_not_published" });

    const afterWithdraw = await latest();
    expect(await publishContentChange(t.db, { entityType: "item", id: item.key, actor: "editor" })).toMatchObject({ ok: true, revision: afterWithdraw + 1 });
    for (const since of [beforeWithdraw, afterWithdraw]) {
      const back = content(await loadSyncContent(t.db, since));
      expect(back.items.map((i) => i.id)).toEqual([item.key]);
      expect(back.records.map((r) => r.id).sort()).toEqual(recordIds);
      expect(back.removed).toEqual({ items: [], records: [], guides: [] });
    }
    expect(await t.db.tombstone.count({ where: { entityId: { in: [item.key, ...recordIds] } } })).toBe(0);
  });

  it("an id is never both upserted and removed, whatever republishes it", async () => {
    const { item, records } = await publishItemWithRecords();
    const before = await latest();
    await withdrawContent(t.db, { entityType: "item", id: item.key, actor: "editor" });
    // The seed loader knows nothing of tombstones; whatever it decides about withdrawn rows, the
    // delta must agree with the store.
    await loadCatalog(t.db, { domains: [], departments: [], sites: [], items: [item], records });
    const delta = content(await loadSyncContent(t.db, before));
    const isPublished = (await t.db.disclosureItem.findUniqueOrThrow({ where: { id: item.key } })).status === "published";
    expect(delta.items.some((i) => i.id === item.key)).toBe(isPublished);
    expect(delta.removed.items.includes(item.key)).toBe(!isPublished);
  });

  it("a withdrawn guide is listed in removed.guides", async () => {
    const guide = await t.db.serviceGuide.findFirstOrThrow({ where: { status: "published" }, orderBy: { id: "desc" }, select: { id: true } });
    const before = await latest();
    expect(await withdrawContent(t.db, { entityType: "guide", id: guide.id, actor: "editor" })).toMatchObject({ ok: true });
    const delta = content(await loadSyncContent(t.db, before));
    expect(delta.removed).toEqual({ items: [], records: [], guides: [guide.id] });
    expect(content(await loadSyncContent(t.db, 0)).guides.map((g) => g.id)).not.toContain(guide.id);
  });

  it("refuses unknown rows and bad input as values", async () => {
    expect(await withdrawContent(t.db, { entityType: "record", id: "no-such-record", actor: "editor" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await withdrawContent(t.db, { entityType: "domain" as "item", id: "x", actor: "editor" })).toMatchObject({ ok: false, error: "invalid_input" });
  });
});
