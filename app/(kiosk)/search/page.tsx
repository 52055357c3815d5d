import type { Metadata } from "next";
import { currentContentRevision } from "@/app/_server/catalog/revision";
import { SearchScreen } from "@/components/kiosk/search-screen";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "搜索" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  return <SearchScreen revision={await currentContentRevision()} initialQuery={query} />;
}
