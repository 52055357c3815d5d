// The content sync data layer on both stores: the full snapshot and the delta after one change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSyncContent, type SyncContentResult } from "../../app/_server/sync/load-content";
import { publishContentChange } from "../../app/_server/sync/publish";
import { syncContentSchema, type SyncContent } from "../../app/_shared/sync/contract";
import { loadCountyDataset } from "../../seeds/county";
import { loadCatalog } from "../../seeds/load-catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const FIVE_KB = 5 * 1024;

function content(result: SyncContentResult): SyncContent {
  if (!result.ok) throw new Error(`expected content, got ${result.error}`);
  return syncContentSchema.parse(result.content);
}

const bytes = (c: SyncContent) => Buffer.byteLength(JSON.stringify(c), "utf8");
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe.each(["sqlite", "postgresql"] as const)("content sync in %s", (kind) => {
  let t: TestDatabase;
  let seeded: number;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    seeded = (await loadCatalog(t.db, await loadCountyDataset())).revision;
  });
  afterAll(async () => t?.drop());

  it("since=0 is a full snapshot of all published content, valid against the contract", async () => {
    const snap = content(await loadSyncContent(t.db, 0));
    const latest = await t.db.contentRevision.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(snap.revision).toBeGreaterThanOrEqual(seeded);
    expect(snap).toMatchObject({ contract: 1, revision: latest.id, since: 0, full: true, removed: { items: [], records: [], guides: [] } });
    const published = { where: { status: "published" }, select: { id: true } };
    expect(ids(snap.items)).toEqual(ids(await t.db.disclosureItem.findMany(published)));
    expect(ids(snap.records)).toEqual(ids(await t.db.disclosureRecord.findMany(published)));
    expect(ids(snap.guides)).toEqual(ids(await t.db.serviceGuide.findMany(published)));
    expect([snap.domains.length, snap.sites.length]).toEqual([26, 23]);
    expect(snap.departments.length).toBe(await t.db.department.count());
    expect(snap.items.length).toBeGreaterThanOrEqual(400);
    console.info(`[${kind}] snapshot: ${snap.items.length} items, ${snap.records.length} records, ${snap.guides.length} guides, ${bytes(snap)} bytes of JSON`);
  });

  it("carries what the kiosk pages render offline", async () => {
    const snap = content(await loadSyncContent(t.db, 0));
    const both = snap.items.find((i) => i.channels.县级 && i.channels.乡级);
    expect(both?.channels.县级?.length).toBeGreaterThan(0);
    expect(snap.records.some((r) => r.table && r.table.rows.length > 0)).toBe(true);
    const guide = snap.guides.find((g) => g.overrides.length > 0 && g.itemIds.length > 0);
    expect(guide?.elements.materials.length).toBeGreaterThan(0);
    expect(guide?.overrides[0]?.siteCode).toMatch(/^4311241\d\d$/);
    const domain = snap.domains.find((d) => d.slug === "social-assistance");
    expect(domain?.departments[0]).toEqual({ slug: "civil-affairs", isLead: true });
    // Workflow internals and staff data stay on the server.
    expect(Object.keys(snap.items[0] ?? {})).not.toContain("status");
  });

  it("since=current is an empty delta; since beyond the store is refused", async () => {
    const now = content(await loadSyncContent(t.db, 0)).revision;
    const current = content(await loadSyncContent(t.db, now));
    expect(current).toMatchObject({ revision: now, full: false, items: [], records: [], guides: [], domains: [], sites: [] });
    expect(await loadSyncContent(t.db, now + 100)).toEqual({ ok: false, error: "since_ahead", revision: now });
  });

  it("after one item change the delta holds exactly that item, in under 5 KB", async () => {
    const before = content(await loadSyncContent(t.db, 0)).revision;
    const target = await t.db.disclosureItem.findFirstOrThrow({ where: { status: "published", records: { some: {} } }, orderBy: { id: "asc" } });
    const published = await publishContentChange(t.db, {
      entityType: "item",
      id: target.id,
      actor: "editor:civil-affairs",
      changes: { timeLimit: "信息形成或变更之日起20个工作日内（已更新）" },
    });
    expect(published).toEqual({ ok: true, revision: before + 1, version: target.version + 1 });

    const delta = content(await loadSyncContent(t.db, before));
    expect(delta).toMatchObject({ revision: before + 1, since: before, full: false, domains: [], departments: [], sites: [], records: [], guides: [] });
    expect(delta.items.map((i) => [i.id, i.timeLimit, i.revision])).toEqual([[target.id, "信息形成或变更之日起20个工作日内（已更新）", before + 1]]);
    expect(delta.removed).toEqual({ items: [], records: [], guides: [] });
    expect(bytes(delta)).toBeLessThanOrEqual(FIVE_KB);
    console.info(`[${kind}] one-item delta: ${bytes(delta)} bytes of JSON`);

    const history = await t.db.contentVersion.findFirstOrThrow({ where: { entityType: "item", entityId: target.id, version: target.version + 1 } });
    expect(JSON.parse(history.data)).toMatchObject({ timeLimit: "信息形成或变更之日起20个工作日内（已更新）" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "item", entityId: target.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: "editor:civil-affairs", action: "content.publish" });
  });

  it("a record and a guide change each travel alone", async () => {
    const before = content(await loadSyncContent(t.db, 0)).revision;
    const record = await t.db.disclosureRecord.findFirstOrThrow({ where: { status: "published", tableJson: { not: null } }, orderBy: { id: "asc" } });
    const guide = await t.db.serviceGuide.findFirstOrThrow({ where: { status: "published" }, orderBy: { id: "asc" } });
    expect(await publishContentChange(t.db, { entityType: "record", id: record.id, actor: "editor", changes: { expiresOn: "2026-12-31" } })).toMatchObject({ ok: true });
    expect(await publishContentChange(t.db, { entityType: "guide", id: guide.id, actor: "editor", changes: { promisedLimit: "5个工作日" } })).toMatchObject({ ok: true });

    const delta = content(await loadSyncContent(t.db, before));
    expect(delta.items).toEqual([]);
    expect(delta.records.map((r) => [r.id, r.expiresOn])).toEqual([[record.id, "2026-12-31"]]);
    expect(delta.records[0]?.table?.columns.length).toBeGreaterThan(0);
    expect(delta.guides.map((g) => [g.id, g.promisedLimit])).toEqual([[guide.id, "5个工作日"]]);
    expect(delta.revision).toBe(before + 2);
  });

  it("concurrent publishes get distinct revisions and all reach the next delta", async () => {
    const before = content(await loadSyncContent(t.db, 0)).revision;
    const targets = await t.db.disclosureItem.findMany({ where: { status: "published" }, orderBy: { id: "desc" }, take: 6, select: { id: true } });
    const results = await Promise.all(
      targets.map((it, n) => publishContentChange(t.db, { entityType: "item", id: it.id, actor: `editor-${n}`, changes: { timeLimit: `并发修改 ${n}` } })),
    );
    const revisions = results.map((r) => (r.ok ? r.revision : -1)).sort((a, b) => a - b);
    expect(revisions).toEqual(targets.map((_, n) => before + 1 + n));
    const delta = content(await loadSyncContent(t.db, before));
    expect(delta.items.map((i) => i.id).sort()).toEqual(targets.map((it) => it.id).sort());
  });

  it("refuses invalid changes as values, writing nothing", async () => {
    const before = content(await loadSyncContent(t.db, 0)).revision;
    const item = await t.db.disclosureItem.findFirstOrThrow({ where: { status: "published" }, select: { id: true } });
    expect(await publishContentChange(t.db, { entityType: "item", id: item.id, actor: "editor", changes: { mode: "秘密" as "主动公开" } })).toMatchObject({ ok: false, error: "invalid_input" });
    expect(await publishContentChange(t.db, { entityType: "item", id: "no-such-item", actor: "editor" })).toMatchObject({ ok: false, error: "not_found", message: expect.stringContaining("不存在") });
    expect(content(await loadSyncContent(t.db, 0)).revision).toBe(before);
  });
});
