import type { GuideDetail } from "@/app/_server/guides/dto";
import { feeLabel, visitsLabel } from "./guide-labels";

/**
 * The key facts residents ask first, as a strip of labelled cells: 2 columns in portrait, 4 in
 * landscape; `compact` (phones) keeps 2 narrow columns with smaller type.
 */
export function GuideSummary({ guide, compact = false }: { guide: GuideDetail; compact?: boolean }) {
  const { elements } = guide;
  const facts: [string, React.ReactNode][] = [
    ["事项类型", guide.kind],
    ["实施主体", guide.implementer],
    ["法定办结时限", guide.legalLimit],
    ["承诺办结时限", guide.promisedLimit],
    ["到现场次数", visitsLabel(guide.visits)],
    ["收费", feeLabel(elements.fee)],
    [
      "是否网办",
      guide.isOnline ? (
        <>
          是{elements.onlineNote && <span className={`mt-1 block font-normal text-muted ${compact ? "text-sm" : "text-lg"}`}>{elements.onlineNote}</span>}
        </>
      ) : (
        "否，需到窗口办理"
      ),
    ],
    ["是否支持终端办理", guide.isKioskSupported ? "是，可在自助终端办理" : "否"],
  ];
  return (
    <dl
      aria-label="办事要点"
      className={`grid gap-px overflow-hidden border-brand-100 bg-brand-100 ${compact ? "grid-cols-2 rounded-xl border" : "rounded-2xl border-2 sm:grid-cols-2 2xl:grid-cols-4"}`}
    >
      {facts.map(([label, value]) => (
        <div key={label} className={`bg-white ${compact ? "px-3 py-2" : "px-5 py-4"}`}>
          <dt className={`font-semibold text-muted ${compact ? "text-sm" : "text-lg"}`}>{label}</dt>
          <dd className={`mt-1 font-bold leading-snug text-ink ${compact ? "text-base" : "text-xl"}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
