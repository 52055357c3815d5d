import Link from "next/link";
import type { ItemDetail } from "@/app/_server/catalog/dto";
import { ChannelChips } from "./channel-chips";
import { ContentList } from "./content-list";

/** "《甲》（…）、《乙》" reads better as a list of documents; one document stays a sentence. */
function BasisText({ text }: { text: string }) {
  const parts = text.split(/、(?=《)/).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2) return <p>{text}</p>;
  return (
    <ul className="list-disc space-y-1 pl-8 marker:text-brand-700">
      {parts.map((part, index) => (
        <li key={index} className="pl-2">
          {part}
        </li>
      ))}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 px-6 py-4 last:border-b-0 md:grid-cols-[11rem_1fr] md:gap-6">
      <dt className="text-xl font-bold text-brand-800">{label}</dt>
      <dd className="text-xl leading-relaxed text-ink">{children}</dd>
    </div>
  );
}

/** Every element of a catalog item, with the standard 目录 column names as labels. */
export function ItemFacts({ item }: { item: ItemDetail }) {
  return (
    <dl className="overflow-hidden rounded-2xl border-2 border-brand-100 bg-white shadow-sm">
      <Fact label="一级事项">{item.level1}</Fact>
      <Fact label="二级事项">{item.level2}</Fact>
      <Fact label="公开内容（要素）">
        <ContentList text={item.content} />
      </Fact>
      <Fact label="公开依据">
        <BasisText text={item.basis} />
      </Fact>
      <Fact label="公开时限">{item.timeLimit}</Fact>
      <Fact label="公开主体">{item.publisher}</Fact>
      <Fact label="公开渠道和载体">
        <ChannelChips channels={item.channels} />
      </Fact>
      <Fact label="公开对象">{item.audience}</Fact>
      <Fact label="公开方式">{item.mode}</Fact>
      <Fact label="公开层级">{item.levels.join("、")}</Fact>
      <Fact label="五公开类别">{item.category}</Fact>
      <Fact label="所属领域">
        <Link
          href={`/domains/${item.domain.slug}`}
          className="-my-2 inline-flex min-h-[60px] items-center font-semibold text-brand-700 underline decoration-2 underline-offset-4"
        >
          {item.domain.name}
        </Link>
      </Fact>
      <Fact label="责任单位">{item.department.name}</Fact>
      {item.site && <Fact label="适用站点">{item.site.name}</Fact>}
    </dl>
  );
}
