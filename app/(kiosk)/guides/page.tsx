import type { Metadata } from "next";
import { groupGuides, listGuides } from "@/app/_server/guides/list";
import { GuideBrowseTabs, parseBrowse } from "@/components/kiosk/guide-browse-tabs";
import { GuideEventTiles } from "@/components/kiosk/guide-event-tiles";
import { GuideGroupList } from "@/components/kiosk/guide-group-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "办事指南" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function GuidesPage({ searchParams }: Props) {
  const query = await searchParams;
  const by = parseBrowse(query.by);
  const guides = await listGuides();
  const groups = groupGuides(guides, by);
  const wanted = Array.isArray(query.event) ? query.event[0] : query.event;
  const event = by === "event" ? (groups.find((g) => g.key === wanted && g.guides.length > 0) ?? null) : null;

  return (
    <>
      <Breadcrumb crumbs={[{ label: "首页", href: "/" }, { label: "办事指南" }]} />
      <PageHeading
        title="办事指南"
        lead={`办一件事需要什么条件、带哪些材料、到哪个窗口、多长时间办好，这里都写清楚了。共 ${guides.length} 项办事指南。`}
      />
      <GuideBrowseTabs current={by} />

      {by === "event" ? (
        <>
          <section aria-labelledby="events-heading" className="mb-10">
            <h2 id="events-heading" className="mb-4 text-3xl font-bold text-ink">
              您要办哪方面的事？
            </h2>
            <GuideEventTiles groups={groups} current={event?.key ?? null} />
          </section>
          {event ? (
            <GuideGroupList groups={[event]} />
          ) : (
            <p className="rounded-xl border-2 border-brand-100 bg-white px-6 py-5 text-xl">
              请点一下上面的生活事项，查看相关的办事指南；也可以点“按领域”“按部门”查找。
            </p>
          )}
        </>
      ) : (
        <GuideGroupList groups={groups} />
      )}
    </>
  );
}
