import { beforeAll, describe, expect, it } from "vitest";
import { createSearchIndex, type KioskSearchIndex, pinyinEntries } from "../../../app/_shared/search/index";
import { FIXTURE_DOCS } from "./fixtures";

let index: KioskSearchIndex;
beforeAll(() => {
  index = createSearchIndex(FIXTURE_DOCS);
});

const top = (q: string, n = 20): string[] => index.search(q, undefined, n).map((h) => h.id);

describe("pinyin entries", () => {
  it("stores the title reading and a short-form alias reading", () => {
    const entries = pinyinEntries("最低生活保障申请办事指南");
    expect(entries[0]).toEqual(["", "zui'di'sheng'huo'bao'zhang'shen'qing'ban'shi'zhi'nan"]);
    expect(entries).toContainEqual(["低保申请办事指南", "di'bao'shen'qing'ban'shi'zhi'nan"]);
  });

  it("adds the common reading of a polyphone next to the contextual one", () => {
    const readings = pinyinEntries("银行").map((e) => e[1]);
    expect(readings).toEqual(["yin'hang", "yin'xing"]);
  });
});

describe("pinyin search", () => {
  it("finds 最低生活保障申请 from the initials dbsq (through the 低保 alias)", () => {
    const hits = index.search("dbsq");
    expect(hits.map((h) => h.id)).toEqual(["guide:dibao-apply"]);
    expect(hits[0]?.viaPinyin).toBe(true);
    expect(hits[0]?.matchedTerms).toContain("最低生活保障申请");
  });

  it("finds 户口迁移 from hkqy", () => {
    expect(top("hkqy").sort()).toEqual(["guide:hk-move", "item:hr-001"]);
  });

  it("finds full pinyin: dibao and shebao", () => {
    const dibao = top("dibao");
    expect(dibao).toEqual(expect.arrayContaining(["guide:dibao-apply", "item:sa-004", "record:sa-r2"]));
    expect(dibao).not.toContain("item:dr-001");
    expect(top("shebao").sort()).toEqual(["guide:sbk-reissue", "item:si-001"]);
  });

  it("matches full pinyin only at syllable starts", () => {
    // "ibao" is inside "dibao" but starts mid-syllable.
    expect(top("ibao")).toEqual([]);
  });

  it("ignores a single letter instead of flooding the list", () => {
    expect(index.search("d")).toEqual([]);
    expect(index.search("s")).toEqual([]);
  });

  it("narrows while typing initials: d → db → dbs → dbsq", () => {
    expect(top("db").length).toBeGreaterThanOrEqual(top("dbs").length);
    expect(top("dbs")).toContain("guide:dibao-apply");
    expect(top("dbsq")).toEqual(["guide:dibao-apply"]);
  });

  it("ranks pinyin matches at the start of a title first", () => {
    expect(top("gzf")[0]).toMatch(/^(item:ah-001|record:ah-r1)$/);
    expect(top("gongzufang").sort()).toEqual(["item:ah-001", "record:ah-r1"]);
  });

  it("drops the letters typed last when the whole sequence is in no title (dbsq without a 低保申请 title)", () => {
    const without = createSearchIndex(FIXTURE_DOCS.filter((d) => d.id !== "guide:dibao-apply"));
    const hits = without.search("dbsq");
    expect(hits.map((h) => h.id).sort()).toEqual(["item:sa-005"]); // 低保 · 审核信息: d-b-s(h)
    expect(hits[0]?.viaPinyin).toBe(true);
    expect(without.search("xzqy")).toEqual([]); // nothing matches any prefix of 3+ letters
  });

  it("respects filters", () => {
    expect(index.search("dibao", { type: ["guide"] }).map((h) => h.id)).toEqual(["guide:dibao-apply"]);
  });
});
