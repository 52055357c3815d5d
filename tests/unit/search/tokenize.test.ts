import { describe, expect, it } from "vitest";
import { analyzeField, bigramsOf, chunkQueryRun, normalizeText, planQuery, segmentWords } from "../../../app/_shared/search/index";
import type { PlanNode } from "../../../app/_shared/search/index";

function termsOf(node: PlanNode | null): string[] {
  if (!node) return [];
  return node.kind === "term" ? [node.term] : node.children.flatMap(termsOf);
}

describe("analysis", () => {
  it("makes overlapping bigrams of a Han run", () => {
    expect(bigramsOf("最低生活保障")).toEqual(["最低", "低生", "生活", "活保", "保障"]);
    expect(bigramsOf("低")).toEqual([]);
  });

  it("indexes short fields with characters, bigrams and words; long fields with bigrams only", () => {
    const title = analyzeField("低保申请", { unigrams: true, words: true });
    expect(title).toEqual(expect.arrayContaining(["低", "保", "申", "请", "低保", "保申", "申请"]));
    expect(analyzeField("低保申请", { unigrams: false, words: false })).toEqual(["低保", "保申", "申请"]);
  });

  it("adds Intl.Segmenter words, so a whole word weighs more than a bigram spanning two words", () => {
    const tokens = analyzeField("最低生活保障申请", { unigrams: false, words: true });
    expect(segmentWords("最低生活保障申请")).toEqual(["最低", "生活", "保障", "申请"]);
    expect(tokens.filter((t) => t === "生活")).toHaveLength(2);
    expect(tokens.filter((t) => t === "活保")).toHaveLength(1);
  });

  it("drops function characters as single-character terms but keeps them inside bigrams", () => {
    const tokens = analyzeField("关于做好低保的通知", { unigrams: true, words: false });
    expect(tokens).not.toContain("的");
    expect(tokens).toContain("保的");
  });

  it("normalizes full-width Latin and digits and lower-cases them", () => {
    expect(normalizeText("ＩＣ卡２０２６")).toBe("ic卡2026");
    // A lone Han character has no bigram, so without unigrams 年 is not a term of a long field.
    expect(analyzeField("ＰＤＦ 下载2026年", { unigrams: false, words: false })).toEqual(["pdf", "下载", "2026"]);
  });
});

describe("query chunking", () => {
  it("merges the single characters ICU splits abbreviations into", () => {
    expect(segmentWords("社保卡补办")).toEqual(["社", "保", "卡", "补", "办"]);
    expect(chunkQueryRun("社保卡补办", true)).toEqual(["社保卡补办"]);
  });

  it("attaches a lone character to the preceding word", () => {
    expect(chunkQueryRun("居住证", true)).toEqual(["居住证"]);
    expect(chunkQueryRun("新生儿落户", true)).toEqual(["新生儿", "落户"]);
  });

  it("does not require bigrams across word borders", () => {
    expect(chunkQueryRun("公积金提取", true)).toEqual(["公积金", "提取"]);
    const plan = planQuery("公积金提取", true);
    expect(termsOf(plan.root)).toEqual(["公积", "积金", "提取"]);
    expect(termsOf(planQuery("公积金提取", false).root)).toEqual(["公积", "积金", "金提", "提取"]);
  });

  it("expands a synonym inside a longer query and keeps the rest required", () => {
    const plan = planQuery("低保申请", true);
    const root = plan.root;
    expect(root?.kind).toBe("and");
    expect(termsOf(root)).toEqual(["低保", "最低", "低生", "生活", "活保", "保障", "申请"]);
    expect(plan.titlePhrases).toEqual([["低保申请", "最低生活保障申请"]]);
  });

  it("treats the last Latin word as a prefix and earlier ones as whole words", () => {
    const root = planQuery("ic 20", true).root;
    expect(root).toMatchObject({ kind: "and", children: [{ term: "ic", prefix: false }, { term: "20", prefix: true }] });
    expect(planQuery("dbsq", true).latin).toBe("dbsq");
    expect(planQuery("低保 db", true).latin).toBeNull();
  });
});
