/**
 * Behaviour that only appears in large catalogs (20k+ documents), reproduced on the fixtures by
 * lowering the stop-term thresholds: terms in more than 10% of the documents are not indexed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSearchIndex, type KioskSearchIndex, loadSearchIndex, TUNED_CONFIG } from "../../../app/_shared/search/index";
import { FIXTURE_DOCS, fixtureById } from "./fixtures";

const config = { ...TUNED_CONFIG, stopDocRatio: 0.1, titleStopDocRatio: 0.1, stopMinDocs: 2, stopMaxDocs: 1000 };
let index: KioskSearchIndex;
beforeAll(() => {
  index = createSearchIndex(FIXTURE_DOCS, { config });
});

const top = (q: string, n = 20): string[] => index.search(q, undefined, n).map((h) => h.id);

describe("stop terms", () => {
  it("leaves very common terms out of the index, but keeps distinctive ones", () => {
    for (const t of ["道县", "公开", "公示", "申请", "2026"]) expect(index.stops.body.has(t), t).toBe(true);
    for (const t of ["公租", "迁移", "特困"]) expect(index.stops.body.has(t), t).toBe(false);
    expect(index.stops.title.has("迁移")).toBe(false);
  });

  it("answers a query of common words from titles, shortest title first", () => {
    expect(top("公示")).toEqual(["record:ah-r1", "record:fs-r1", "record:rh-r1", "record:sa-r2", "record:sa-r1"]);
    const hits = top("办事指南");
    const lengths = hits.map((id) => fixtureById(id).title.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(hits.every((id) => fixtureById(id).title.includes("办事指南"))).toBe(true);
  });

  it("keeps synonyms working when every form is a common word (title scan over all forms)", () => {
    const hits = top("低保");
    expect(hits.slice(0, 4).sort()).toEqual(["guide:dibao-apply", "item:sa-003", "item:sa-004", "item:sa-005"]);
    expect(hits).toContain("record:sa-r2");
  });

  it("ignores a common word when the rest of the query selects documents", () => {
    // 补贴 and 标准 are common; 残疾人 is not, and is enough to find the document.
    expect(top("残疾人补贴")).toEqual(["item:sa-030"]);
    expect(top("户口迁移", 2).sort()).toEqual(["guide:hk-move", "item:hr-001"]);
    expect(top("公租房")).toEqual(["item:ah-001", "record:ah-r1"]);
  });

  it("restores with the same stop lists and results", () => {
    const restored = loadSearchIndex(JSON.stringify(index.toJSON()));
    expect([...restored.stops.body].sort()).toEqual([...index.stops.body].sort());
    for (const q of ["公示", "低保", "残疾人补贴", "户口迁移", "dbsq", "低保申清"]) {
      expect(restored.search(q), q).toEqual(index.search(q));
    }
  });
});
