import type { RecordDetail } from "@/app/_server/catalog/dto";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { RecordMeta } from "./record-meta";
import { isPersonList, RecordTable } from "./record-table";

/** Bodies are stored as paragraphs separated by blank lines. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A disclosed record: rendered by the server page and, offline, from the local store. */
export function RecordView({ record }: { record: RecordDetail }) {
  const { item } = record;
  const itemHref = `/items/${item.id}`;
  return (
    <div className="mx-auto max-w-6xl">
      <Breadcrumb
        crumbs={[
          { label: "首页", href: "/" },
          { label: item.domain.name, href: `/domains/${item.domain.slug}` },
          { label: `${item.level1} · ${item.level2}`, href: itemHref },
        ]}
      />
      <article>
        <PageHeading title={record.title} />
        <RecordMeta record={record} />
        <div className="mb-8 space-y-5 rounded-2xl border-2 border-slate-200 bg-white px-8 py-6 text-2xl leading-loose">
          {paragraphsOf(record.body).map((paragraph, index) => (
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
        {record.table && <RecordTable table={record.table} caption={record.title} hasPersonalData={isPersonList(record.kind, record.table)} />}
        <ButtonLink href={itemHref} variant="secondary">
          <span aria-hidden>‹</span>
          返回“{item.level2}”事项
        </ButtonLink>
      </article>
    </div>
  );
}
