"use client";

import { readDomainPage } from "@/app/_client/local-content";
import { useDocumentTitle, useLocalData } from "@/app/_client/use-local-data";
import { DomainView } from "./domain-view";
import { parseLevel } from "./level-filter";
import { LocalView } from "./offline-state";

/** A domain's items from the local store (the same DomainView as the server page). */
export function OfflineDomain({ slug, levelParam }: { slug: string; levelParam: string | null }) {
  const data = useLocalData((db) => readDomainPage(db, slug), `domain:${slug}`);
  useDocumentTitle(data.status === "ready" ? data.data.name : null);
  const level = parseLevel(levelParam ?? undefined);
  return (
    <LocalView data={data}>
      {(domain) => <DomainView domain={domain} level={level} />}
    </LocalView>
  );
}
