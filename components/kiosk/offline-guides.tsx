"use client";

import { groupLocalGuides, readGuides } from "@/app/_client/local-guides";
import { useDocumentTitle, useLocalData } from "@/app/_client/use-local-data";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeading } from "@/components/ui/page-heading";
import { GuideBrowseTabs, parseBrowse } from "./guide-browse-tabs";
import { GuideEventTiles } from "./guide-event-tiles";
import { GuideGroupList } from "./guide-group-list";
import { LocalView } from "./offline-state";

/** The guide browse page from the local store (same layout as app/(kiosk)/guides/page.tsx). */
export function OfflineGuides({ byParam, eventParam }: { byParam: string | null; eventParam: string | null }) {
  const data = useLocalData(readGuides, "guides");
  useDocumentTitle("办事指南");
  const by = parseBrowse(byParam ?? undefined);
  return (
    <LocalView data={data}>
      {(guides) => {
        const groups = groupLocalGuides(guides, by);
        const event = by === "event" ? (groups.find((g) => g.key === eventParam && g.guides.length > 0) ?? null) : null;
        return (
          <>
            <Breadcrumb crumbs={[{ label: "首页", href: "/" }, { label: "办事指南" }]} />
            <PageHeading
              title="办事指南"
              lead={`办一件事需要什么条件、带哪些材料、到哪个窗口、多长时间办好，这里都写清楚了。共 ${guides.length} 项办事指南。`}
            />
            <GuideBrowseTabs current={by} />
            {by !== "event" && <GuideGroupList groups={groups} />}
            {by === "event" && (
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
            )}
          </>
        );
      }}
    </LocalView>
  );
}
