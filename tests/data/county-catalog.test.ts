// The seeded 道县 catalog, loaded into each supported store: SQLite (embedded default) and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCountyDataset } from "../../seeds/county";
import { buildItem } from "../../seeds/factories";
import { loadCatalog, type CatalogData } from "../../seeds/load-catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { withdrawContent } from "../../app/_server/sync/withdraw";

// The 26 pilot domains as the 2020 implementation plan names them (section 二).
const PLAN_DOMAINS =
  "国土空间规划、重大建设项目、公共资源交易、财政预决算、安全生产、税收管理、征地补偿、国有土地上房屋征收、保障性住房、农村危房改造、环境保护、公共文化服务、公共法律服务、扶贫、救灾、食品药品监管、城市综合执法、就业创业、社会保险、社会救助、养老服务、户籍管理、涉农补贴、义务教育、医疗卫生、市政服务".split("、");

describe.each(["sqlite", "postgresql"] as const)("county catalog in %s", (kind) => {
  let t: TestDatabase;
  let data: CatalogData;
  let firstLoad: { revision: number; changed: number };

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    data = await loadCountyDataset();
    firstLoad = await loadCatalog(t.db, data);
  });
  afterAll(async () => t?.drop());

  it("has the 26 pilot domains named as in the plan, in its order", async () => {
    const rows = await t.db.domain.findMany({ orderBy: { sortOrder: "asc" }, select: { name: true } });
    expect(rows.map((r) => r.name)).toEqual(PLAN_DOMAINS);
  });

  it("maps the annex's responsible units to their domains", async () => {
    const links = await t.db.domainDepartment.findMany({ where: { isLead: true }, select: { domain: { select: { name: true } }, department: { select: { shortName: true } } } });
    const lead = Object.fromEntries(links.map((l) => [l.domain.name, l.department.shortName]));
    expect(lead).toMatchObject({ 社会救助: "民政局", 养老服务: "民政局", 户籍管理: "公安局", 义务教育: "教育局", 涉农补贴: "农业农村局", 社会保险: "人社局", 救灾: "应急管理局", 城市综合执法: "住建局", 公共法律服务: "司法局" });
    expect(Object.keys(lead)).toHaveLength(26);
  });

  it("has the county hall and the 22 township-level sites", async () => {
    const sites = await t.db.site.findMany({ select: { code: true, name: true, kind: true } });
    expect(sites).toHaveLength(23);
    const byKind = (k: string) => sites.filter((s) => s.kind === k).length;
    expect([byKind("街道"), byKind("镇"), byKind("民族乡"), byKind("县级")]).toEqual([7, 12, 3, 1]);
    expect(sites.map((s) => s.name)).toEqual(expect.arrayContaining(["乐福堂镇", "祥霖铺镇", "洪塘营瑶族乡", "濂溪街道"]));
  });

  it("has at least 400 published items, every domain at both 县级 and 乡级", async () => {
    expect(await t.db.disclosureItem.count({ where: { status: "published" } })).toBeGreaterThanOrEqual(400);
    const perDomain = await t.db.domain.findMany({
      select: {
        name: true,
        _count: { select: { items: { where: { isCountyLevel: true } } } },
        items: { where: { isTownshipLevel: true }, select: { id: true }, take: 1 },
      },
    });
    const missing = perDomain.filter((d) => d._count.items === 0 || d.items.length === 0).map((d) => d.name);
    expect(missing).toEqual([]);
  });

  it("fills all eight catalog elements of every item", async () => {
    const items = await t.db.disclosureItem.findMany();
    const incomplete = items.filter(
      (i) =>
        ![i.level1, i.level2, i.content, i.basis, i.timeLimit, i.publisher, i.audience, i.mode, i.category].every((v) => v.trim().length > 0) ||
        !(i.channelsCounty || i.channelsTownship) ||
        (i.isCountyLevel && !JSON.parse(i.channelsCounty ?? "[]").length) ||
        (i.isTownshipLevel && !JSON.parse(i.channelsTownship ?? "[]").length),
    );
    expect(incomplete.map((i) => i.id)).toEqual([]);
    // Written, not templated: almost every item has its own 公开内容 and its own 二级事项 name.
    expect(new Set(items.map((i) => i.content)).size / items.length).toBeGreaterThan(0.85);
    expect(new Set(items.map((i) => `${i.level1}/${i.level2}`)).size / items.length).toBeGreaterThan(0.95);
    expect(new Set(items.map((i) => i.category)).size).toBe(5);
  });

  it("has at least 150 records, each under an item, with masked personal data only", async () => {
    const records = await t.db.disclosureRecord.findMany({ select: { id: true, body: true, tableJson: true, item: { select: { id: true } } } });
    expect(records.length).toBeGreaterThanOrEqual(150);
    const leaking = records.filter((r) => /\d{17}[\dXx]|(?<!\d)1[3-9]\d{9}(?!\d)/.test(r.body + (r.tableJson ?? "")));
    expect(leaking.map((r) => r.id)).toEqual([]);
    expect(records.filter((r) => r.tableJson).length).toBeGreaterThanOrEqual(15);
  });

  it("reseeding changes nothing and keeps the content revision", async () => {
    const before = await t.db.disclosureItem.count();
    expect(firstLoad.changed).toBeGreaterThan(550);
    const again = await loadCatalog(t.db, data);
    expect(again).toEqual({ revision: firstLoad.revision, changed: 0 });
    expect(await t.db.disclosureItem.count()).toBe(before);
  });

  it("bumps the revision only for rows that changed", async () => {
    const first = data.items[0]!;
    const edited = { ...data, items: [{ ...first, timeLimit: first.timeLimit + "（已更新）" }, ...data.items.slice(1), buildItem()] };
    const result = await loadCatalog(t.db, edited);
    expect(result.changed).toBe(2);
    expect(result.revision).toBe(firstLoad.revision + 1);
    const changedRows = await t.db.disclosureItem.findMany({ where: { revision: result.revision }, select: { id: true, version: true } });
    expect(changedRows.map((r) => r.id).sort()).toEqual([first.key, edited.items.at(-1)!.key].sort());
    expect(changedRows.find((r) => r.id === first.key)?.version).toBe(2);
  });

  it("keeps a staff withdrawal when the seed runs again", async () => {
    const victim = data.items[5]!;
    const guide = data.guides![0]!;
    await loadCatalog(t.db, data); // settle whatever earlier tests changed
    await withdrawContent(t.db, { entityType: "item", id: victim.key, actor: "test-editor" });
    await withdrawContent(t.db, { entityType: "guide", id: guide.key, actor: "test-editor" });
    const again = await loadCatalog(t.db, data);
    expect(again.changed).toBe(0);
    expect((await t.db.disclosureItem.findUnique({ where: { id: victim.key } }))?.status).toBe("withdrawn");
    expect((await t.db.serviceGuide.findUnique({ where: { id: guide.key } }))?.status).toBe("withdrawn");
  });
});
