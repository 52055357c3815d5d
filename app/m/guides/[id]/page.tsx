import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findGuide } from "@/app/_server/guides/find";
import { GuideBadges } from "@/components/kiosk/guide-badges";
import { GuideFaq } from "@/components/kiosk/guide-faq";
import { feeLabel } from "@/components/kiosk/guide-labels";
import { GuideMaterialList } from "@/components/kiosk/guide-material-list";
import { PlaceFacts } from "@/components/kiosk/guide-place";
import { GuideBullets, GuideSection } from "@/components/kiosk/guide-section";
import { GuideSteps } from "@/components/kiosk/guide-steps";
import { GuideSummary } from "@/components/kiosk/guide-summary";
import { DateText } from "@/components/ui/date-text";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadGuide = cache(findGuide);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await loadGuide((await params).id);
  return { title: guide ? `${guide.name}（办事指南）` : "页面不存在" };
}

/** The guide a resident carries home from a kiosk's QR code: every element in one column. */
export default async function PhoneGuidePage({ params }: Props) {
  const guide = await loadGuide((await params).id);
  if (!guide) notFound();
  const { elements: e } = guide;

  return (
    <article className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold leading-snug text-ink">{guide.name}</h1>
        <p className="mt-1 text-muted">
          {guide.department.name} · 更新于 <DateText value={guide.updatedOn} />
        </p>
        <div className="mt-3">
          <GuideBadges visits={guide.visits} isOnline={guide.isOnline} isKioskSupported={guide.isKioskSupported} />
        </div>
      </header>
      <GuideSummary compact guide={guide} />
      <GuideSection compact id="conditions" title="受理条件">
        <p className="mb-2">服务对象：{e.audience}</p>
        <GuideBullets entries={e.conditions} />
      </GuideSection>
      <GuideSection compact id="materials" title="申请材料" note={`共 ${e.materials.length} 项`}>
        <GuideMaterialList materials={e.materials} />
      </GuideSection>
      <GuideSection compact id="steps" title="办理流程">
        <GuideSteps compact steps={e.steps} />
      </GuideSection>
      <GuideSection compact id="time-limits" title="办理时限">
        <p>法定办结时限：{guide.legalLimit}</p>
        <p>承诺办结时限：{guide.promisedLimit}</p>
      </GuideSection>
      <GuideSection compact id="fees" title="收费标准">
        <p>{feeLabel(e.fee)}</p>
      </GuideSection>
      <GuideSection compact id="place" title="办理地点和时间">
        <h3 className="mb-2 text-lg font-bold">道县政务服务中心</h3>
        <PlaceFacts dialable place={e.county} />
        {guide.overrides.length > 0 && (
          <>
            <h3 className="mb-2 mt-5 text-lg font-bold">也可以到以下乡镇（街道）就近办理</h3>
            <ul className="space-y-4">
              {guide.overrides.map((o) => (
                <li key={o.siteCode} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                  <h4 className="mb-2 border-b border-slate-300 pb-1 text-lg font-bold text-ink">{o.siteName}</h4>
                  <PlaceFacts dialable place={o} />
                </li>
              ))}
            </ul>
          </>
        )}
      </GuideSection>
      <GuideSection compact id="contact" title="咨询与投诉">
        <p>咨询电话：{e.county.phone}</p>
        <p>监督投诉电话：{e.complaintPhone}</p>
      </GuideSection>
      <GuideSection compact id="result" title="办理结果">
        <p>
          {e.result.name}（{e.result.type}）
        </p>
      </GuideSection>
      <GuideSection compact id="basis" title="设定依据">
        <GuideBullets entries={e.basis} />
      </GuideSection>
      <GuideSection compact id="faq" title="常见问题">
        <GuideFaq compact faq={e.faq} />
      </GuideSection>
    </article>
  );
}
