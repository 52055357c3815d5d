// The seeded guides the e2e server was loaded with (seeds/run.ts), so tests assert exactly what was stored.
import type { GuideInput } from "../../../app/_shared/guides/schema";
import { guides as part1 } from "../../../seeds/data/guides/part-1";
import { guides as part2 } from "../../../seeds/data/guides/part-2";

export const MEIHUA = "431124101";

export function seededGuide(key: string): GuideInput {
  const guide = [...part1, ...part2].find((g) => g.key === key);
  if (!guide) throw new Error(`seeded guide ${key} not found`);
  return guide;
}

/** 最低生活保障申请: the guide 低保 searches should reach; it has an override for 梅花镇. */
export const SUBSISTENCE = seededGuide("g-subsistence-allowance");

export function overrideFor(guide: GuideInput, site: string) {
  const override = guide.townshipOverrides?.find((o) => o.site === site);
  if (!override) throw new Error(`${guide.key} has no override for ${site}`);
  return override;
}
