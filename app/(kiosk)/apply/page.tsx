import type { Metadata } from "next";
import { ComingSoon } from "@/components/kiosk/coming-soon";

export const metadata: Metadata = { title: "申请公开" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const MAX_QUERY_CHARS = 200;

/** The search text carried over from "没找到" on the search page, trimmed and capped. */
function carriedQuery(value: string | string[] | undefined): string {
  const raw = (Array.isArray(value) ? value[0] : value) ?? "";
  return Array.from(raw.trim()).slice(0, MAX_QUERY_CHARS).join("");
}

export default async function ApplyPage({ searchParams }: Props) {
  const query = carriedQuery((await searchParams).q);
  return (
    <ComingSoon
      title="申请公开"
      purpose="没有找到您要的政府信息，可以向政府部门提出信息公开申请（依申请公开），申请不收费。"
      options={[
        <>到道县政务服务中心政务公开窗口提交申请；书写有困难的，可以口头说明，由工作人员帮您填写。</>,
        <>申请时请带上本人身份证，并说清楚要哪方面的信息（如文件名称、文号或大概内容）以及联系方式。</>,
        <>政府部门一般在收到申请之日起 20 个工作日内答复；需要延长的，会另行告知您。</>,
      ]}
      secondary={{ href: "/search", label: "再搜索一次" }}
    >
      {query && (
        <section aria-labelledby="query-heading" className="mb-6 rounded-2xl border-2 border-brand-600 bg-white px-6 py-5">
          <h2 id="query-heading" className="text-2xl font-bold text-brand-800">
            您要申请公开的信息
          </h2>
          <p className="mt-3 break-words rounded-lg bg-brand-50 px-4 py-3 text-2xl font-semibold text-ink">{query}</p>
          <p className="mt-3 text-xl text-muted">到窗口申请时，请把这段内容告诉工作人员；申请表开通后，这里的内容会自动填入。</p>
        </section>
      )}
    </ComingSoon>
  );
}
