import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findGuide } from "@/app/_server/guides/find";
import { requestOrigin } from "@/app/_server/kiosk/origin";
import { getKioskSite } from "@/app/_server/kiosk/site";
import { resolvePlace } from "@/app/_shared/guides/resolve-place";
import { placeHeadline, placeLines, visitsLabel } from "@/components/kiosk/guide-labels";
import { GuidePrintButton } from "@/components/kiosk/guide-print-button";
import { GuidePrintChecklist } from "@/components/kiosk/guide-print-checklist";
import { GuideQr } from "@/components/kiosk/guide-qr";
import { formatDate, todayInChina } from "@/components/ui/date-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "打印材料清单" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

type Format = "a4" | "receipt";

// `size: 80mm auto` is invalid CSS; a receipt printer cuts after the content, so a fixed A4 height is safe.
// On screen the paper is zoomed so the preview reads at kiosk size.
const PAGE_CSS: Record<Format, string> = {
  a4: "@page { size: A4; margin: 15mm } @media screen { [data-paper] { zoom: 1.25 } }",
  receipt: "@page { size: 80mm 297mm; margin: 3mm } @media screen { [data-paper] { zoom: 1.6 } }",
};
const PAPER: Record<Format, string> = {
  a4: "w-[210mm] p-[15mm] text-[11pt] leading-[1.45]",
  receipt: "w-[80mm] p-[3mm] text-[10pt] leading-[1.4]",
};

export default async function PrintGuidePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const guide = await findGuide(id);
  if (!guide) notFound();
  const format: Format = query.format === "receipt" ? "receipt" : "a4";
  const [site, origin] = await Promise.all([getKioskSite(), requestOrigin()]);
  const place = resolvePlace(guide.elements.county, guide.overrides, site.code);
  const headline = placeHeadline(place);
  const isReceipt = format === "receipt";

  return (
    <>
      <style>{PAGE_CSS[format]}</style>
      <nav aria-label="打印操作" className="mx-auto mb-6 flex max-w-4xl flex-wrap items-center justify-center gap-4 print:hidden">
        <GuidePrintButton />
        <Link
          href={`/guides/${guide.id}`}
          className="inline-flex min-h-[72px] items-center rounded-xl border-2 border-brand-700 bg-white px-8 text-2xl font-bold text-brand-700"
        >
          返回办事指南
        </Link>
        <p className="w-full text-center text-xl text-ink">{isReceipt ? "小票（80毫米）预览" : "A4纸预览"}：请核对后点“打印”。</p>
      </nav>
      <article data-paper className={`mx-auto bg-white shadow-lg print:w-auto print:p-0 print:shadow-none ${PAPER[format]}`}>
        <header className="mb-[3mm] border-b-2 border-black pb-[2mm]">
          <p>道县政务公开 · 办事材料清单</p>
          <h1 className={`font-bold leading-tight ${isReceipt ? "text-[13pt]" : "text-[18pt]"}`}>{guide.name}</h1>
          <p>
            承诺办结时限：{guide.promisedLimit}
            {isReceipt ? <br /> : "　"}
            {visitsLabel(guide.visits)}
          </p>
        </header>
        <section aria-labelledby="checklist-heading" className="mb-[4mm]">
          <h2 id="checklist-heading" className="mb-[1.5mm] font-bold">
            申请材料（带齐后在 ☐ 内打勾）
          </h2>
          <GuidePrintChecklist materials={guide.elements.materials} format={format} />
        </section>
        <div className={`break-inside-avoid ${isReceipt ? "" : "flex items-start gap-[6mm]"}`}>
          <section aria-labelledby="place-heading" className="mb-[4mm] flex-1">
            <h2 id="place-heading" className="mb-[1.5mm] font-bold">
              办理地点和时间
            </h2>
            {headline && <p className="font-bold">{headline}</p>}
            <dl>
              {placeLines(place).map(([label, value]) => (
                <div key={label}>
                  <dt className="inline font-bold">{label}：</dt>
                  <dd className="inline">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <GuideQr url={origin && `${origin}/m/guides/${guide.id}`} sizeClassName={isReceipt ? "h-[32mm] w-[32mm]" : "h-[30mm] w-[30mm]"} captionClassName="font-bold" />
        </div>
        <p className="mt-[3mm] border-t border-black pt-[1.5mm]">
          {site.centreName} · 打印日期：{formatDate(todayInChina())}
        </p>
      </article>
    </>
  );
}
