import type { RecordDetail } from "@/app/_server/catalog/dto";
import { DateText, formatDate, todayInChina } from "@/components/ui/date-text";

/**
 * What to say once `expiresOn` has passed: a list's 公示 period ends, a policy document is
 * repealed, anything else simply lapses. Null while still current.
 */
export function expiryLabel(kind: string, expiresOn: string | null, today = todayInChina()): string | null {
  if (!expiresOn || expiresOn >= today) return null;
  if (kind === "名单公示") return "公示期已满";
  if (kind === "政策文件") return "已废止";
  return "已失效";
}

function ExpiryNotice({ record }: { record: RecordDetail }) {
  const label = expiryLabel(record.kind, record.expiresOn);
  if (!label || !record.expiresOn) return null;
  const when = formatDate(record.expiresOn);
  const detail: Record<string, string> = {
    公示期已满: `本公示的公示期已于${when}结束，`,
    已废止: `本文件已于${when}废止，`,
    已失效: `本信息已于${when}失效，`,
  };
  return (
    <div className="mb-6 flex items-start gap-4 rounded-xl border-2 border-slate-400 bg-white px-6 py-4">
      <svg aria-hidden viewBox="0 0 24 24" className="mt-1 h-8 w-8 shrink-0 text-slate-700" fill="none" stroke="currentColor" strokeWidth={2}>
        <circle cx="12" cy="12" r="9" />
        <path d="M12 7v5l3 2" strokeLinecap="round" />
      </svg>
      <p className="text-xl">
        <strong className="mr-2 text-2xl">{label}</strong>
        {detail[label]}以下内容仅供查阅。
      </p>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-3">
      <dt className="font-semibold text-brand-800">{label}：</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** 信息类别, 文号, 发布机构 and the dates of a record, plus a neutral notice once it has expired. */
export function RecordMeta({ record }: { record: RecordDetail }) {
  return (
    <>
      <ExpiryNotice record={record} />
      <dl className="mb-8 grid gap-x-10 gap-y-2 rounded-2xl border-2 border-brand-100 bg-white px-6 py-5 text-xl md:grid-cols-2">
        <Row label="信息类别">{record.kind}</Row>
        {record.docNo && <Row label="文号">{record.docNo}</Row>}
        <Row label="发布机构">{record.publisher}</Row>
        <Row label="发布日期">
          <DateText value={record.issuedOn} />
        </Row>
        {record.effectiveFrom && (
          <Row label="生效日期">
            <DateText value={record.effectiveFrom} />
          </Row>
        )}
        {record.expiresOn && (
          <Row label={record.kind === "名单公示" ? "公示截止日期" : "截止日期"}>
            <DateText value={record.expiresOn} />
          </Row>
        )}
      </dl>
    </>
  );
}
