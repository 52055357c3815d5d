import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findDomainPage } from "@/app/_server/catalog/domains";
import { DomainView } from "@/components/kiosk/domain-view";
import { parseLevel } from "@/components/kiosk/level-filter";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadDomain = cache(findDomainPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const domain = await loadDomain((await params).slug);
  return { title: domain ? domain.name : "页面不存在" };
}

export default async function DomainPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const domain = await loadDomain(slug);
  if (!domain) notFound();

  const level = parseLevel(query.level);
  return <DomainView domain={domain} level={level} />;
}
