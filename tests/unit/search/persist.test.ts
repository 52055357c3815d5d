import { describe, expect, it } from "vitest";
import { createSearchIndex, loadSearchIndex, type SearchDoc } from "../../../app/_shared/search/index";
import { FIXTURE_DOCS, fixtureById } from "./fixtures";

const QUERIES = ["低", "低保", "低保申请", "户口迁移", "社保卡补办", "公租房", "dbsq", "hkqy", "shebao", "低保申清", "户口签移", "2026", "公示", "07"];

const newDoc: SearchDoc = {
  ...fixtureById("item:ec-001"),
  id: "item:ec-009",
  href: "/items/ec-009",
  title: "养老服务 · 助浴助洁上门服务",
  body: "为失能老年人提供助浴、助洁上门服务。",
};

describe("incremental updates", () => {
  it("adds, replaces and discards documents", () => {
    const index = createSearchIndex(FIXTURE_DOCS);
    expect(index.search("助浴")).toEqual([]);
    index.add(newDoc);
    expect(index.search("助浴").map((h) => h.id)).toEqual(["item:ec-009"]);
    expect(index.search("zyzj").map((h) => h.id)).toEqual(["item:ec-009"]);

    index.replace({ ...newDoc, title: "养老服务 · 老年人助餐服务", body: "社区老年食堂助餐补贴。" });
    expect(index.search("助浴")).toEqual([]);
    expect(index.search("助餐").map((h) => h.id)).toEqual(["item:ec-009"]);
    expect(index.search("zyzj")).toEqual([]);

    index.discard("item:ec-009");
    expect(index.search("助餐")).toEqual([]);
    expect(index.has("item:ec-009")).toBe(false);
    index.discard("item:ec-009"); // discarding twice is harmless
  });

  it("replace of an unknown id adds it", () => {
    const index = createSearchIndex(FIXTURE_DOCS.slice(0, 5));
    index.replace(newDoc);
    expect(index.size).toBe(6);
  });
});

describe("persistence", () => {
  it("restores an index that returns identical results, through a JSON string", () => {
    const index = createSearchIndex(FIXTURE_DOCS);
    const restored = loadSearchIndex(JSON.stringify(index.toJSON()));
    expect(restored.usesFastPath).toBe(true);
    for (const q of QUERIES) expect(restored.search(q, undefined, 50), q).toEqual(index.search(q, undefined, 50));
    expect(restored.search("低保", { type: ["record"] })).toEqual(index.search("低保", { type: ["record"] }));
  });

  it("does not persist documents that were discarded before saving", () => {
    const index = createSearchIndex(FIXTURE_DOCS);
    index.discard("guide:dibao-apply");
    const json = index.toJSON();
    expect(json.ids.some((d) => d === "guide:dibao-apply")).toBe(false);
    const restored = loadSearchIndex(json);
    expect(restored.search("dbsq").map((h) => h.id)).not.toContain("guide:dibao-apply");
    // Same hits; scores may differ because MiniSearch counts not-yet-vacuumed postings in its
    // document frequencies until it meets them, and the restored index has none.
    const sorted = (hits: { id: string }[]): string[] => hits.map((h) => h.id).sort();
    for (const q of QUERIES) expect(sorted(restored.search(q, undefined, 50)), q).toEqual(sorted(index.search(q, undefined, 50)));
  });

  it("keeps working after updates on a restored index", () => {
    const restored = loadSearchIndex(createSearchIndex(FIXTURE_DOCS).toJSON());
    restored.add(newDoc);
    restored.discard("item:hr-001");
    expect(restored.search("助浴").map((h) => h.id)).toEqual(["item:ec-009"]);
    expect(restored.search("hkqy").map((h) => h.id)).toEqual(["guide:hk-move"]);
  });

  it("reconciles a restored index with the current documents", () => {
    const json = createSearchIndex(FIXTURE_DOCS).toJSON();
    const edited = { ...fixtureById("item:sa-020"), title: "临时救助 · 急难型临时救助" };
    const current = [...FIXTURE_DOCS.filter((d) => d.id !== "item:hr-001" && d.id !== "item:sa-020"), edited, newDoc];
    const restored = loadSearchIndex(json, current);
    expect(restored.size).toBe(current.length);
    expect(restored.search("急难型").map((h) => h.id)).toEqual(["item:sa-020"]);
    expect(restored.search("助浴").map((h) => h.id)).toEqual(["item:ec-009"]);
    expect(restored.search("户口迁移").map((h) => h.id)).toEqual(["guide:hk-move", "item:hr-040"]);
  });

  it("rejects data in an unknown format", () => {
    expect(() => loadSearchIndex('{"format":"other"}')).toThrow(/format/);
  });
});
