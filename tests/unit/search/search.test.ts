import { beforeAll, describe, expect, it } from "vitest";
import { createSearchIndex, type KioskSearchIndex, type SearchHit } from "../../../app/_shared/search/index";
import { FIXTURE_DOCS, fixtureById } from "./fixtures";

let index: KioskSearchIndex;
beforeAll(() => {
  index = createSearchIndex(FIXTURE_DOCS);
});

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id);
const top = (query: string, n = 20): string[] => ids(index.search(query, undefined, n));

describe("matching", () => {
  it("uses the fast MiniSearch path (fails if a MiniSearch upgrade changed its internals)", () => {
    expect(index.usesFastPath).toBe(true);
  });

  it("finds whole words and partial words", () => {
    expect(top("户口迁移", 2).sort()).toEqual(["guide:hk-move", "item:hr-001"]);
    expect(top("迁移")).toEqual(expect.arrayContaining(["item:hr-001", "guide:hk-move"]));
    expect(top("生活保")).toContain("item:sa-004");
  });

  it("does not match a document that only shares one character of a 2-character query", () => {
    expect(top("低保")).not.toContain("item:dr-001"); // 低温雨雪冰冻
    expect(top("公租房")).not.toContain("item:pc-001"); // 公共文化
  });

  it("returns nothing for text no document contains", () => {
    expect(index.search("火星殖民")).toEqual([]);
  });
});

describe("synonyms", () => {
  it("ranks documents titled 最低生活保障 first for 低保, and still finds the literal 低保", () => {
    const hits = top("低保", 7);
    for (const id of hits.slice(0, 5)) expect(fixtureById(id).title).toContain("最低生活保障");
    expect(hits).toContain("record:sa-r2"); // 城乡低保对象变更情况公示
  });

  it("maps 公租房 to 公共租赁住房 above the 保障性住房 distractor", () => {
    expect(top("公租房").sort()).toEqual(["item:ah-001", "record:ah-r1"]);
    expect(top("保障性住房", 1)).toEqual(["item:ah-010"]); // title first; the others match by domain
  });

  it("maps 社保卡, 新农合, 五保, 种粮补贴, 上学 to their official names", () => {
    expect(top("社保卡", 2).sort()).toEqual(["guide:sbk-reissue", "item:si-001"]);
    expect(top("新农合", 1)).toEqual(["item:hl-001"]);
    expect(top("五保", 2).sort()).toEqual(["guide:tekun-apply", "item:sa-010"]);
    expect(top("种粮补贴", 2).sort()).toEqual(["item:fs-001", "record:fs-r1"]);
    expect(top("上学", 2).sort()).toEqual(["item:edu-001", "record:edu-r1"]);
    expect(top("高龄补贴", 1)).toEqual(["item:ec-001"]);
  });

  it("reads an official name word by word, but an abbreviation only as written", () => {
    // 义务教育 … 入学 apart in the title still matches the official name typed in full.
    expect(top("义务教育入学", 2).sort()).toEqual(["item:edu-001", "record:edu-r1"]);
    const bigGrowers = { ...fixtureById("record:fs-r1"), id: "record:fs-r9", title: "2026年种粮大户补贴对象公示", body: "种粮大户补贴名单。" };
    const withGrowers = createSearchIndex([...FIXTURE_DOCS, bigGrowers]);
    expect(withGrowers.search("种粮补贴").map((h) => h.id)).not.toContain("record:fs-r9");
    expect(withGrowers.search("种粮大户").map((h) => h.id)).toEqual(["record:fs-r9"]);
  });

  it("combines an expansion with the rest of the query", () => {
    expect(top("低保申请", 2)).toEqual(["guide:dibao-apply", "item:sa-004"]);
    expect(top("社保卡补办", 2)).toEqual(["guide:sbk-reissue", "item:si-001"]);
  });
});

describe("ranking", () => {
  it("puts title matches before body-only matches", () => {
    const hits = top("最低生活保障");
    const bodyOnly = hits.indexOf("record:mz-r9");
    expect(bodyOnly).toBeGreaterThan(0);
    for (const id of hits.slice(0, bodyOnly)) expect(fixtureById(id).title).toMatch(/最低生活保障|低保/);
  });

  it("puts the exact phrase in a title before scattered words", () => {
    // hr-040 has both words in its title, apart; the two titles with 户口迁移 itself come first.
    const hits = top("户口迁移", 3);
    expect(hits.slice(0, 2).sort()).toEqual(["guide:hk-move", "item:hr-001"]);
    expect(hits[2]).toBe("item:hr-040");
  });

  it("returns scores that never increase down the list", () => {
    const scores = index.search("低保申请", undefined, 10).map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe("typing", () => {
  it("narrows progressively: 低 → 低保 → 低保申 → 低保申请", () => {
    const one = top("低", 50);
    expect(one).toEqual(expect.arrayContaining(["item:dr-001", "item:sa-004", "record:sa-r2"]));
    const two = top("低保", 50);
    expect(two).not.toContain("item:dr-001");
    expect(two).not.toContain("record:dr-r1");
    expect(top("低保申", 1)).toEqual(["guide:dibao-apply"]);
    expect(top("低保申请", 1)).toEqual(["guide:dibao-apply"]);
  });

  it("treats the last Latin word as a prefix", () => {
    expect(top("07", 30)).toEqual(expect.arrayContaining(["record:sa-r1", "record:sa-r3"])); // 0746-…
    expect(top("0746", 30)).toEqual(expect.arrayContaining(["record:sa-r1", "record:sa-r3"]));
  });
});

describe("typos", () => {
  it("finds 低保申请 documents for 低保申清 (one wrong character)", () => {
    const hits = top("低保申清", 3);
    expect(hits[0]).toBe("guide:dibao-apply"); // same pinyin: dibaoshenqing
    expect(hits).toContain("item:sa-004");
  });

  it("finds 户口迁移 for 户口签移 through pinyin, before partial matches", () => {
    const hits = index.search("户口签移", undefined, 3);
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(["guide:hk-move", "item:hr-001"]);
    expect(hits[0]?.viaPinyin).toBe(true);
  });

  it("keeps AND precision when the query is correct", () => {
    expect(index.search("户口迁移").every((h) => !h.viaPinyin)).toBe(true);
  });
});

describe("filters and facets", () => {
  it("narrows results by type and domain inside the search", () => {
    const records = index.search("低保", { type: ["record"] });
    expect(ids(records).sort()).toEqual(["record:mz-r9", "record:sa-r1", "record:sa-r2", "record:sa-r3"]);
    expect(ids(index.search("补贴", { domain: ["涉农补贴"] })).sort()).toEqual(["item:fs-001", "item:fs-010", "record:fs-r1"]);
    expect(index.search("低保", { department: ["公安局"] })).toEqual([]);
  });

  it("combines filters (AND across fields, OR within a field)", () => {
    const hits = index.search("2026", { type: ["record"], domain: ["保障性住房", "农村危房改造"] });
    expect(ids(hits).sort()).toEqual(["record:ah-r1", "record:rh-r1"]);
    expect(index.search("公示", { level: ["乡级"] }).every((h) => fixtureById(h.id).levels.includes("乡级"))).toBe(true);
  });

  it("counts facet values of a hit list", () => {
    const f = index.facets(index.search("低保", undefined, 50));
    expect(f.domain).toEqual({ 社会救助: 8 });
    expect(f.type).toEqual({ item: 3, record: 4, guide: 1 });
    expect(f.level["县级"]).toBe(8);
  });
});
