import Link from "next/link";
import type { DomainSummary } from "@/app/_server/catalog/dto";

/** The 26 pilot domains as big tiles: 2 columns on narrow screens, 4 in portrait, 6 in landscape. */
export function DomainGrid({ domains }: { domains: DomainSummary[] }) {
  if (domains.length === 0) {
    return <p className="rounded-xl bg-white p-6 text-xl">领域目录正在更新，请稍后再试，或点右上角“搜索”查找信息。</p>;
  }
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 2xl:grid-cols-6">
      {domains.map((domain) => (
        <li key={domain.slug}>
          <Link
            href={`/domains/${domain.slug}`}
            className="flex h-full min-h-[120px] 2xl:min-h-[80px] flex-col justify-center rounded-xl border-2 border-brand-100 bg-white px-4 py-2 2xl:py-1.5 shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="text-2xl font-bold leading-snug text-brand-800 2xl:text-xl">{domain.name}</span>
            <span className="text-lg leading-snug text-muted">
              {domain.itemCount > 0 ? `${domain.itemCount} 项公开事项` : "暂无公开事项"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
