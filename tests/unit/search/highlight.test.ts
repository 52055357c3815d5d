import { describe, expect, it } from "vitest";
import { createSearchIndex, facetsOfDocs, highlight } from "../../../app/_shared/search/index";
import { FIXTURE_DOCS, fixtureById } from "./fixtures";

const marked = (text: string, terms: string[]): string =>
  highlight(text, terms).map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

describe("highlight", () => {
  it("merges overlapping bigrams into one highlighted part", () => {
    expect(highlight("最低生活保障申请", ["低保", "生活", "活保", "保障"])).toEqual([
      { text: "最低", hit: false },
      { text: "生活保障", hit: true },
      { text: "申请", hit: false },
    ]);
  });

  it("marks every occurrence and is case- and width-insensitive", () => {
    expect(marked("IC卡与ic卡", ["ic卡"])).toBe("[IC卡]与[ic卡]");
    expect(marked("２０２６年度", ["2026"])).toBe("[２０２６]年度");
  });

  it("returns the whole text unmarked when nothing matches, and nothing for empty text", () => {
    expect(highlight("公示", ["低保"])).toEqual([{ text: "公示", hit: false }]);
    expect(highlight("", ["低保"])).toEqual([]);
    expect(highlight("公示", [])).toEqual([{ text: "公示", hit: false }]);
  });

  it("highlights what a search matched in the title", () => {
    const index = createSearchIndex(FIXTURE_DOCS);
    const [hit] = index.search("社保卡补办", undefined, 1);
    expect(hit?.id).toBe("guide:sbk-reissue");
    expect(marked(fixtureById("guide:sbk-reissue").title, hit?.matchedTerms ?? [])).toBe("[社会保障卡补办]办事指南");
    const [typo] = index.search("户口签移", undefined, 1);
    expect(marked(fixtureById(typo?.id ?? "").title, typo?.matchedTerms ?? [])).toMatch(/^\[户口迁移\]/);
  });
});

describe("facetsOfDocs", () => {
  it("counts facets from documents held by the caller", () => {
    const hits = createSearchIndex(FIXTURE_DOCS).search("补贴", { domain: ["涉农补贴"] });
    const f = facetsOfDocs(hits, FIXTURE_DOCS);
    expect(f.type).toEqual({ item: 2, record: 1 });
    expect(f.department).toEqual({ 农业农村局: 3 });
    expect(f.mode).toEqual({ 主动公开: 3 });
  });
});
