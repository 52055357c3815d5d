import type { GuideElements } from "@/app/_shared/guides/schema";
import { copiesLabel, NECESSITY_NOTE } from "./guide-labels";
import { NecessityBadge } from "./guide-materials";

/** 申请材料 as a single-column list, for narrow screens (the phone page). */
export function GuideMaterialList({ materials }: { materials: GuideElements["materials"] }) {
  return (
    <>
      <ol className="space-y-3">
        {materials.map((m, index) => (
          <li key={index} className="border-b border-slate-200 pb-3 last:border-b-0">
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="font-bold">
                {index + 1}. {m.name}
              </span>
              <NecessityBadge necessity={m.necessity} />
            </p>
            <p className="mt-1 text-muted">
              {m.form} · {copiesLabel(m.copies, m.form)} · 来源：{m.source}
            </p>
            {m.notes && <p className="mt-1">{m.notes}</p>}
            {m.sample && <p className="mt-1 font-semibold text-brand-800">样表：{m.sample}</p>}
          </li>
        ))}
      </ol>
      {materials.some((m) => m.necessity === "容缺") && <p className="mt-3 text-muted">{NECESSITY_NOTE}</p>}
    </>
  );
}
