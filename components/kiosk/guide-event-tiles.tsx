import Link from "next/link";
import type { GuideGroup } from "@/app/_server/guides/list";

/**
 * The 13 life events as large tiles with their guide counts. A tile opens that event's guides on
 * the same page; the chosen one is filled and marked aria-current. Events without guides stay
 * visible (so the set never shifts) but are plain text, not a dead link.
 */
export function GuideEventTiles({ groups, current }: { groups: GuideGroup[]; current: string | null }) {
  return (
    <ul aria-label="生活事项" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 2xl:grid-cols-7">
      {groups.map((group) => {
        const active = group.key === current;
        const count = <span className="text-lg font-medium">{group.guides.length > 0 ? `${group.guides.length} 项指南` : "暂无指南"}</span>;
        return (
          <li key={group.key}>
            {group.guides.length === 0 ? (
              <span className="flex h-full min-h-[96px] flex-col justify-center rounded-xl border-2 border-slate-300 bg-slate-100 px-4 py-2 text-slate-700">
                <span className="text-2xl font-bold">{group.label}</span>
                {count}
              </span>
            ) : (
              <Link
                href={`/guides?by=event&event=${encodeURIComponent(group.key)}`}
                aria-current={active ? "page" : undefined}
                className={`flex h-full min-h-[96px] flex-col justify-center rounded-xl border-2 px-4 py-2 shadow-sm transition-colors ${
                  active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-100 bg-white text-brand-800 hover:border-brand-600 hover:bg-brand-50"
                }`}
              >
                <span className="text-2xl font-bold">
                  {active && <span aria-hidden>✓ </span>}
                  {group.label}
                </span>
                {count}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
