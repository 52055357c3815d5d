import type { ReactNode } from "react";
import type { GuideDetail } from "@/app/_server/guides/dto";
import type { ResolvedPlace } from "@/app/_shared/guides/resolve-place";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { DateText } from "@/components/ui/date-text";
import { PageHeading } from "@/components/ui/page-heading";
import { GuideBadges } from "./guide-badges";
import { GuideFaq } from "./guide-faq";
import { feeLabel } from "./guide-labels";
import { GuideLinkList } from "./guide-link-list";
import { GuideMaterials } from "./guide-materials";
import { GuidePlace } from "./guide-place";
import { GuideBullets, GuideSection } from "./guide-section";
import { GuideSteps } from "./guide-steps";
import { GuideSummary } from "./guide-summary";

/**
 * Every section of a service guide, for the server page and the offline shell. `place` is already
 * resolved for this kiosk's site; `takeAway` is the QR/print panel, which differs online and offline.
 */
export function GuideView({ guide, place, takeAway }: { guide: GuideDetail; place: ResolvedPlace; takeAway: ReactNode }) {
  const { elements: e } = guide;
  return (
    <>
      <Breadcrumb crumbs={[{ label: "首页", href: "/" }, { label: "办事指南", href: "/guides" }, { label: guide.name }]} />
      <PageHeading title={guide.name} lead={`${guide.domain.name}领域 · ${guide.department.name} · 服务对象：${e.audience}`}>
        <GuideBadges visits={guide.visits} isOnline={guide.isOnline} isKioskSupported={guide.isKioskSupported} />
      </PageHeading>

      <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_440px]">
        <div className="min-w-0 2xl:col-start-1 2xl:row-start-1">
          <GuideSummary guide={guide} />
        </div>
        <div className="2xl:sticky 2xl:top-28 2xl:col-start-2 2xl:row-span-2 2xl:row-start-1 2xl:self-start">
          {takeAway}
        </div>
        <div className="min-w-0 space-y-6 2xl:col-start-1 2xl:row-start-2">
          <GuideSection id="conditions" title="受理条件">
            <GuideBullets entries={e.conditions} />
          </GuideSection>
          <GuideSection id="materials" title="申请材料" note={`共 ${e.materials.length} 项，其中必要材料 ${e.materials.filter((m) => m.necessity === "必要").length} 项`}>
            <GuideMaterials materials={e.materials} />
          </GuideSection>
          <GuideSection id="steps" title="办理流程" note={`共 ${e.steps.length} 步`}>
            <GuideSteps steps={e.steps} />
          </GuideSection>
          <GuideSection id="time-limits" title="办理时限">
            <p>
              <strong>法定办结时限：</strong>
              {guide.legalLimit}
            </p>
            <p>
              <strong>承诺办结时限：</strong>
              {guide.promisedLimit}
            </p>
          </GuideSection>
          <GuideSection id="fees" title="收费标准">
            <p>{feeLabel(e.fee)}</p>
            {e.fee.charged && e.fee.items.map((f) => <p key={f.name} className="mt-2 text-lg text-muted">{f.name}收费依据：{f.basis}</p>)}
          </GuideSection>
          <GuideSection id="place" title="办理地点和时间">
            <GuidePlace resolved={place} county={e.county} />
          </GuideSection>
          <GuideSection id="contact" title="咨询与投诉">
            <p>
              <strong>咨询电话：</strong>
              {place.phone}
            </p>
            <p>
              <strong>监督投诉电话：</strong>
              {e.complaintPhone}
            </p>
          </GuideSection>
          <GuideSection id="result" title="办理结果">
            <p>
              {e.result.name}（{e.result.type}）
            </p>
          </GuideSection>
          <GuideSection id="basis" title="设定依据">
            <GuideBullets entries={e.basis} />
          </GuideSection>
          <GuideSection id="faq" title="常见问题">
            <GuideFaq faq={e.faq} />
          </GuideSection>
          <GuideSection id="items" title="相关公开事项">
            <GuideLinkList links={guide.items.map((i) => ({ href: `/items/${i.id}`, label: `${i.level1} · ${i.level2}` }))} empty="暂无关联的公开事项。" />
          </GuideSection>
          <p className="text-lg text-muted">
            基本编码：{guide.basicCode} ｜ 实施编码：{guide.implementationCode} ｜ 更新日期：<DateText value={guide.updatedOn} />
          </p>
        </div>
      </div>
    </>
  );
}
