import type { DomainPage } from "@/app/_server/catalog/domains";
import type { ItemSummary } from "@/app/_server/catalog/dto";
import type { Level } from "@/app/_shared/catalog/schema";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";
import { ItemCard } from "./item-card";
import { LevelFilter } from "./level-filter";

/** Groups items by 一级事项, keeping catalog order. */
function groupByLevel1(items: ItemSummary[]): [string, ItemSummary[]][] {
  const groups = new Map<string, ItemSummary[]>();
  for (const item of items) {
    const group = groups.get(item.level1) ?? [];
    group.push(item);
    groups.set(item.level1, group);
  }
  return [...groups];
}

/** A domain's items grouped by 一级事项, filtered by level: server page and offline shell alike. */
export function DomainView({ domain, level }: { domain: DomainPage; level: Level | null }) {
  const shown = level ? domain.items.filter((i) => i.levels.includes(level)) : domain.items;
  const counts = {
    全部: domain.items.length,
    县级: domain.items.filter((i) => i.levels.includes("县级")).length,
    乡级: domain.items.filter((i) => i.levels.includes("乡级")).length,
  };

  return (
    <>
      <Breadcrumb crumbs={[{ label: "首页", href: "/" }, { label: domain.name }]} />
      <PageHeading
        title={domain.name}
        lead={
          <>
            <span className="font-semibold text-ink">责任单位：</span>
            {domain.departments.length > 0 ? domain.departments.map((d) => d.name).join("、") : "未注明"}
          </>
        }
      />
      <LevelFilter slug={domain.slug} current={level} counts={counts} />

      {shown.length === 0 ? (
        <p className="rounded-xl border-2 border-slate-200 bg-white px-6 py-5 text-xl">
          {level ? `本领域暂无${level}公开事项，请点“全部”查看其他事项。` : "本领域的公开事项正在整理中。"}
        </p>
      ) : (
        <div className="space-y-10">
          {groupByLevel1(shown).map(([level1, items], index) => (
            <section key={level1} aria-labelledby={`group-${index}`}>
              <h2 id={`group-${index}`} className="mb-4 border-l-8 border-brand-700 pl-4 text-3xl font-bold text-ink">
                {level1}
                <span className="ml-3 text-xl font-normal text-muted">{items.length} 项</span>
              </h2>
              <ul className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
                {items.map((item) => (
                  <li key={item.id}>
                    <ItemCard item={item} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
