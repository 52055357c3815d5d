"use client";

import type { SearchDoc, SearchFilters } from "@/app/_shared/search/types";

export type FacetKey = keyof SearchFilters;

export const FACETS: { key: FacetKey; label: string; values: (d: SearchDoc) => string[] }[] = [
  { key: "type", label: "类型", values: (d) => [d.type] },
  { key: "domain", label: "领域", values: (d) => [d.domain] },
  { key: "department", label: "责任单位", values: (d) => [d.department] },
  { key: "level", label: "公开层级", values: (d) => d.levels },
  { key: "category", label: "五公开", values: (d) => (d.category ? [d.category] : []) },
  { key: "mode", label: "公开方式", values: (d) => (d.mode ? [d.mode] : []) },
];

export const TYPE_LABELS: Record<string, string> = { item: "公开事项", record: "公开信息", guide: "办事指南" };

export function matchesFilters(doc: SearchDoc, filters: SearchFilters, except?: FacetKey): boolean {
  return FACETS.every(({ key, values }) => {
    const wanted = filters[key];
    if (key === except || !wanted?.length) return true;
    return values(doc).some((v) => (wanted as string[]).includes(v));
  });
}

/** Counts each facet value over the hits that pass every *other* facet, so options stay reachable. */
export function countFacets(docs: SearchDoc[], filters: SearchFilters) {
  return FACETS.map((f) => {
    const counts = new Map<string, number>();
    for (const d of docs) {
      if (!matchesFilters(d, filters, f.key)) continue;
      for (const v of f.values(d)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return { ...f, counts: [...counts.entries()].sort((a, b) => b[1] - a[1]) };
  }).filter((f) => f.counts.length > 1 || (filters[f.key]?.length ?? 0) > 0);
}

export function SearchFacets({ docs, filters, onToggle, onClear }: { docs: SearchDoc[]; filters: SearchFilters; onToggle: (key: FacetKey, value: string) => void; onClear: () => void }) {
  const facets = countFacets(docs, filters);
  const active = FACETS.some((f) => filters[f.key]?.length);
  if (!facets.length) return null;
  return (
    <aside aria-label="筛选条件" className="space-y-5 rounded-2xl bg-white p-5 shadow-sm">
      <div className="flex items-center justify-between">
        <h2 className="text-xl font-bold">筛选</h2>
        {active && (
          <button type="button" onClick={onClear} className="min-h-[60px] rounded-lg px-4 text-lg font-medium text-brand-700 underline">
            清除筛选
          </button>
        )}
      </div>
      {facets.map((f) => (
        <fieldset key={f.key}>
          <legend className="mb-2 text-lg font-bold text-ink">{f.label}</legend>
          <div className="flex flex-wrap gap-2">
            {f.counts.slice(0, 12).map(([value, count]) => {
              const pressed = (filters[f.key] as string[] | undefined)?.includes(value) ?? false;
              return (
                <button
                  key={value}
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => onToggle(f.key, value)}
                  className={`min-h-[60px] min-w-[60px] rounded-full border-2 px-4 text-lg ${pressed ? "border-brand-700 bg-brand-700 font-bold text-white" : "border-slate-300 bg-white text-ink"}`}
                >
                  {pressed && <span aria-hidden>✓ </span>}
                  {f.key === "type" ? TYPE_LABELS[value] ?? value : value}
                  <span className="ml-1">（{count}）</span>
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}
    </aside>
  );
}
