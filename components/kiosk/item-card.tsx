import Link from "next/link";
import type { ItemSummary } from "@/app/_server/catalog/dto";
import { ItemBadges } from "./item-badges";

/** One catalog item as a whole-card link to its detail page. */
export function ItemCard({ item }: { item: ItemSummary }) {
  return (
    <Link
      href={`/items/${item.id}`}
      className="flex h-full min-h-[60px] flex-col gap-3 rounded-xl border-2 border-brand-100 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50"
    >
      <h3 className="text-2xl font-bold leading-snug text-brand-800">{item.level2}</h3>
      <ItemBadges levels={item.levels} category={item.category} mode={item.mode} />
      <span className="mt-auto flex items-center justify-between gap-3 text-lg text-ink">
        <span>{item.recordCount > 0 ? `已公开信息 ${item.recordCount} 条` : "暂无已公开信息"}</span>
        <span aria-hidden className="text-2xl font-bold text-brand-700">
          ›
        </span>
      </span>
    </Link>
  );
}
