"use client";

import { readItem } from "@/app/_client/local-content";
import { useDocumentTitle, useLocalData } from "@/app/_client/use-local-data";
import { ItemView } from "./item-view";
import { LocalView } from "./offline-state";

/** A catalog item from the local store (the same ItemView as the server page). */
export function OfflineItem({ id }: { id: string }) {
  const data = useLocalData((db) => readItem(db, id), `item:${id}`);
  useDocumentTitle(data.status === "ready" ? `${data.data.level1} · ${data.data.level2}` : null);
  return (
    <LocalView data={data}>
      {(item) => <ItemView item={item} />}
    </LocalView>
  );
}
