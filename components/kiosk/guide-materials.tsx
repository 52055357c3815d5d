import type { GuideElements } from "@/app/_shared/guides/schema";
import { Badge } from "@/components/ui/badge";
import { copiesLabel, NECESSITY_NOTE, NECESSITY_TONE } from "./guide-labels";

type Material = GuideElements["materials"][number];

// Fixed widths keep the name and notes readable in portrait instead of letting short columns sprawl.
const COLUMNS: [string, string][] = [
  ["材料名称", "w-[24%]"],
  ["必要性", "w-[12%]"],
  ["形式", "w-[11%]"],
  ["份数", "w-[10%]"],
  ["来源", "w-[14%]"],
  ["备注/样表", "w-[29%]"],
];

/** 必要 / 非必要 / 容缺 as a text badge (the word, not the colour, carries it). */
export function NecessityBadge({ necessity }: { necessity: Material["necessity"] }) {
  return (
    <Badge tone={NECESSITY_TONE[necessity] ?? "gray"} srPrefix="必要性：">
      {necessity}
    </Badge>
  );
}

/** The 申请材料 checklist as a table: one row per material, the name as the row header. */
export function GuideMaterials({ materials }: { materials: Material[] }) {
  const hasOptional = materials.some((m) => m.necessity === "容缺");
  return (
    <>
      <div role="region" aria-label="申请材料清单" tabIndex={0} className="overflow-x-auto rounded-xl border-2 border-slate-200">
        <table className="w-full min-w-[900px] table-fixed border-collapse text-left text-xl">
          <caption className="sr-only">申请材料清单，共 {materials.length} 项</caption>
          <thead>
            <tr className="bg-brand-700 text-white">
              {COLUMNS.map(([column, width]) => (
                <th key={column} scope="col" className={`px-3 py-3 font-bold ${width}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {materials.map((m, index) => (
              <tr key={index} className="border-t border-slate-200 align-top even:bg-slate-50">
                <th scope="row" className="px-3 py-3 font-bold text-ink">
                  <span className="mr-1 text-muted">{index + 1}.</span>
                  {m.name}
                </th>
                <td className="px-3 py-3">
                  <NecessityBadge necessity={m.necessity} />
                </td>
                <td className="px-3 py-3">{m.form}</td>
                <td className="px-3 py-3">{copiesLabel(m.copies, m.form)}</td>
                <td className="px-3 py-3 text-lg">{m.source}</td>
                <td className="px-3 py-3 text-lg leading-relaxed">
                  {m.notes}
                  {m.sample && <span className="mt-1 block font-semibold text-brand-800">样表：{m.sample}</span>}
                  {!m.notes && !m.sample && <span className="text-muted">无</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasOptional && <p className="mt-3 text-lg text-muted">{NECESSITY_NOTE}</p>}
    </>
  );
}
