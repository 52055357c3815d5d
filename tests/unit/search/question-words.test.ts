import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../../app/_shared/search";
import { stripQuestionWords } from "../../../app/_shared/search/question-words";
import { FIXTURE_DOCS } from "./fixtures";

describe("question words", () => {
  it("strips what residents wrap around a topic", () => {
    expect(stripQuestionWords("低保怎么办")).toBe("低保");
    expect(stripQuestionWords("请问户口迁移在哪里办")).toBe("户口迁移");
    expect(stripQuestionWords("办低保需要什么材料")).toBe("办低保");
  });

  it("keeps a query made only of question words", () => {
    expect(stripQuestionWords("怎么办")).toBe("怎么办");
  });

  it("answers 低保怎么办 like 低保", () => {
    const index = createSearchIndex(FIXTURE_DOCS);
    const ids = (q: string) => index.search(q, undefined, 5).map((h) => h.id);
    expect(ids("低保怎么办").length).toBeGreaterThan(0);
    expect(ids("低保怎么办")).toEqual(ids("低保"));
  });
});
