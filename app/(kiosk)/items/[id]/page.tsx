import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findItem } from "@/app/_server/catalog/items";
import { ItemView } from "@/components/kiosk/item-view";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

const loadItem = cache(findItem);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await loadItem((await params).id);
  return { title: item ? `${item.level1} · ${item.level2}` : "页面不存在" };
}

export default async function ItemPage({ params }: Props) {
  const item = await loadItem((await params).id);
  if (!item) notFound();

  return (
    <ItemView item={item} />
  );
}
