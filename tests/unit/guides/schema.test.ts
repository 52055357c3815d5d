// The guide element schema against the seeded 道县 guides, and the faults it must refuse.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { guideElementsSchema, guideInputSchema, type GuideInput } from "../../../app/_shared/guides/schema";

const guidesDir = path.join(path.dirname(new URL(import.meta.url).pathname), "../../../seeds/data/guides");
const seeded: GuideInput[] = [];

beforeAll(async () => {
  const parts = readdirSync(guidesDir).filter((f) => /^part-\d+\.ts$/.test(f)).sort();
  for (const file of parts) {
    seeded.push(...((await import(path.join(guidesDir, file))) as { guides: GuideInput[] }).guides);
  }
});

/** A deep copy of the first seeded guide with one change applied. */
function variant(change: (g: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(seeded[0]) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

describe("seeded guides", () => {
  it("has at least the county's 64 guides", () => {
    expect(seeded.length).toBeGreaterThanOrEqual(64);
  });

  it("parses every seeded guide", () => {
    const failures = seeded.flatMap((g) => {
      const r = guideInputSchema.safeParse(g);
      return r.success ? [] : [`${g.key}: ${r.error.message}`];
    });
    expect(failures).toEqual([]);
  });

  it("stores elements that the read-side schema parses back (as ServiceGuide.elementsJson)", () => {
    const elementKeys = Object.keys(guideElementsSchema.shape);
    for (const g of seeded) {
      const elements = Object.fromEntries(Object.entries(guideInputSchema.parse(g)).filter(([k]) => elementKeys.includes(k)));
      expect(guideElementsSchema.safeParse(JSON.parse(JSON.stringify(elements))).success, g.key).toBe(true);
    }
  });

  it("uses unique keys", () => {
    expect(new Set(seeded.map((g) => g.key)).size).toBe(seeded.length);
  });
});

describe("guide schema rejects", () => {
  it("a guide with no materials", () => {
    expect(guideInputSchema.safeParse(variant((g) => (g.materials = []))).success).toBe(false);
  });

  it("a material with a necessity outside 必要/非必要/容缺", () => {
    const bad = variant((g) => {
      const [first] = g.materials as Record<string, unknown>[];
      if (first) first.necessity = "可选";
    });
    const r = guideInputSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["materials", 0, "necessity"]);
  });

  it("a township override whose site is not a 9-digit NBS code", () => {
    for (const site of ["43112410", "4311241011", "梅花镇", "43112410X"]) {
      const bad = variant((g) => (g.townshipOverrides = [{ site, place: "梅花镇便民服务中心", hours: "工作日", phone: "0746-5461032" }]));
      expect(guideInputSchema.safeParse(bad).success, site).toBe(false);
    }
  });

  it("an unknown life event and a single-step process", () => {
    expect(guideInputSchema.safeParse(variant((g) => (g.lifeEvents = ["旅游"]))).success).toBe(false);
    expect(guideInputSchema.safeParse(variant((g) => (g.steps = [{ title: "申请", detail: "到窗口申请" }]))).success).toBe(false);
  });
});
