import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findRecord } from "@/app/_server/catalog/items";
import { RecordView } from "@/components/kiosk/record-view";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadRecord = cache(findRecord);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await loadRecord((await params).id);
  return { title: record ? record.title : "页面不存在" };
}

export default async function RecordPage({ params }: Props) {
  const record = await loadRecord((await params).id);
  if (!record) notFound();
  return <RecordView record={record} />;
}
