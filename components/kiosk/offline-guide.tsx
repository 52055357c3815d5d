"use client";

import { readKioskSiteCookie } from "@/app/_client/enrollment";
import { readGuide } from "@/app/_client/local-guides";
import { useDocumentTitle, useLocalData } from "@/app/_client/use-local-data";
import { resolvePlace } from "@/app/_shared/guides/resolve-place";
import { GuideView } from "./guide-view";
import { OfflineGuideTakeAway } from "./offline-guide-take-away";
import { LocalView } from "./offline-state";

/** A service guide from the local store (the same GuideView as the server page). */
export function OfflineGuide({ id }: { id: string }) {
  const data = useLocalData((db) => readGuide(db, id), `guide:${id}`);
  useDocumentTitle(data.status === "ready" ? data.data.name : null);
  return (
    <LocalView data={data}>
      {(guide) => (
        <GuideView
          guide={guide}
          // The township centre this kiosk stands in (set at enrollment) shows its own place first.
          place={resolvePlace(guide.elements.county, guide.overrides, readKioskSiteCookie())}
          takeAway={<OfflineGuideTakeAway guideId={guide.id} />}
        />
      )}
    </LocalView>
  );
}
