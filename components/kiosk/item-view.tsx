import type { ItemDetail } from "@/app/_server/catalog/dto";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";
import { GuideLinkList } from "./guide-link-list";
import { ItemBadges } from "./item-badges";
import { ItemFacts } from "./item-facts";
import { RecordList } from "./record-list";

/** A catalog item with its records and guides: rendered by the server page and, offline, from the local store. */
export function ItemView({ item }: { item: ItemDetail }) {
  return (
    <div className="mx-auto max-w-6xl">
      <Breadcrumb
        crumbs={[
          { label: "首页", href: "/" },
          { label: item.domain.name, href: `/domains/${item.domain.slug}` },
          { label: `${item.level1} · ${item.level2}` },
        ]}
      />
      <PageHeading title={`${item.level1} · ${item.level2}`} lead={`${item.domain.name}领域 · ${item.department.name}`}>
        <ItemBadges levels={item.levels} category={item.category} mode={item.mode} />
      </PageHeading>

      <section aria-labelledby="facts-heading" className="mb-10">
        <h2 id="facts-heading" className="mb-4 text-3xl font-bold text-ink">
          事项详情
        </h2>
        <ItemFacts item={item} />
      </section>

      <section aria-labelledby="records-heading">
        <h2 id="records-heading" className="mb-4 flex flex-wrap items-baseline gap-x-4 text-3xl font-bold text-ink">
          已公开信息
          {item.records.length > 0 && <span className="text-xl font-normal text-muted">共 {item.records.length} 条</span>}
        </h2>
        <RecordList records={item.records} />
      </section>

      {item.guides.length > 0 && (
        <section aria-labelledby="guides-heading" className="mt-10">
          <h2 id="guides-heading" className="mb-4 text-3xl font-bold text-ink">
            相关办事指南
          </h2>
          <GuideLinkList links={item.guides.map((g) => ({ href: `/guides/${g.id}`, label: g.name }))} empty="" />
        </section>
      )}
    </div>
  );
}
