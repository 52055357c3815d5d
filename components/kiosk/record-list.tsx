import Link from "next/link";
import type { RecordSummary } from "@/app/_server/catalog/dto";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";

/** Records published under an item, newest first, each a card link to the record page. */
export function RecordList({ records }: { records: RecordSummary[] }) {
  if (records.length === 0) {
    return <p className="rounded-xl border-2 border-slate-200 bg-white px-6 py-5 text-xl">该事项暂无已发布的公开信息。</p>;
  }
  return (
    <ul className="space-y-3">
      {records.map((record) => (
        <li key={record.id}>
          <Link
            href={`/records/${record.id}`}
            className="flex min-h-[60px] items-center gap-4 rounded-xl border-2 border-brand-100 bg-white px-6 py-4 shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="flex min-w-0 flex-1 flex-col gap-2">
              <span className="flex flex-wrap items-center gap-3">
                <Badge tone="solid" srPrefix="信息类别：">
                  {record.kind}
                </Badge>
                <span className="text-2xl font-bold leading-snug text-brand-800">{record.title}</span>
              </span>
              <span className="flex flex-wrap gap-x-8 gap-y-1 text-lg text-muted">
                {record.docNo && <span>文号：{record.docNo}</span>}
                <span>
                  发布日期：<DateText value={record.issuedOn} />
                </span>
              </span>
            </span>
            <span aria-hidden className="text-3xl font-bold text-brand-700">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
