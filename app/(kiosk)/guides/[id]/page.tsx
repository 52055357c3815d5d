import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findGuide } from "@/app/_server/guides/find";
import { requestOrigin } from "@/app/_server/kiosk/origin";
import { getKioskSite } from "@/app/_server/kiosk/site";
import { resolvePlace } from "@/app/_shared/guides/resolve-place";
import { GuideTakeAway } from "@/components/kiosk/guide-take-away";
import { GuideView } from "@/components/kiosk/guide-view";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadGuide = cache(findGuide);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await loadGuide((await params).id);
  return { title: guide ? guide.name : "页面不存在" };
}

export default async function GuidePage({ params }: Props) {
  const guide = await loadGuide((await params).id);
  if (!guide) notFound();
  const [site, origin] = await Promise.all([getKioskSite(), requestOrigin()]);

  return (
    <GuideView
      guide={guide}
      place={resolvePlace(guide.elements.county, guide.overrides, site.code)}
      takeAway={<GuideTakeAway guideId={guide.id} phoneUrl={origin && `${origin}/m/guides/${guide.id}`} />}
    />
  );
}
