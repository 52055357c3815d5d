import type { ResolvedPlace } from "@/app/_shared/guides/resolve-place";
import type { GuideElements } from "@/app/_shared/guides/schema";
import type { BadgeTone } from "@/components/ui/badge";

/** 到办事现场次数 the way halls post it: 0 → 零跑动, n → 最多跑n次. */
export function visitsLabel(visits: number): string {
  return visits === 0 ? "零跑动" : `最多跑${visits}次`;
}

/** 收费 in one line: 不收费, or each fee with its standard. */
export function feeLabel(fee: GuideElements["fee"]): string {
  if (!fee.charged || fee.items.length === 0) return "不收费";
  return fee.items.map((f) => `${f.name}：${f.standard}`).join("；");
}

/** 必要 stands out, 容缺 is a notice, 非必要 is neutral; the word itself always carries the meaning. */
export const NECESSITY_TONE: Record<string, BadgeTone> = { 必要: "solid", 容缺: "amber", 非必要: "gray" };

/** What 容缺 means, for residents who have not met the word. */
export const NECESSITY_NOTE = "“容缺”指暂时缺少也可以先受理，在办结前补交即可。";

/** 份数 as residents count it; 0 copies means the original is only shown at the window. */
export function copiesLabel(copies: number, form: string): string {
  if (copies > 0) return `${copies}份`;
  return form === "电子" ? "电子版" : "出示即可";
}

/** Place, window, hours, phone as labelled lines, shared by the kiosk, phone and print views. */
export function placeLines(p: { place: string; window?: string | null; hours: string; phone: string }): [string, string][] {
  return [
    ["办理地点", p.place],
    ...(p.window ? ([["办理窗口", p.window]] as [string, string][]) : []),
    ["办理时间", p.hours],
    ["咨询电话", p.phone],
  ];
}

/**
 * The line above a township's own entry: "本中心（…便民服务中心）可以办理" when the entry is the centre
 * itself, else "在…就近办理" (a police station, bank or market office nearby). Null for the county hall.
 */
export function placeHeadline(resolved: ResolvedPlace): string | null {
  if (!resolved.isTownship) return null;
  const name = resolved.siteName ?? "本乡镇";
  return resolved.place.includes(`${name}便民服务中心`) ? `本中心（${name}便民服务中心）可以办理` : `在${name}就近办理`;
}
