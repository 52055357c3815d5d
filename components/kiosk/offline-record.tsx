"use client";

import { readRecord } from "@/app/_client/local-content";
import { useDocumentTitle, useLocalData } from "@/app/_client/use-local-data";
import { LocalView } from "./offline-state";
import { RecordView } from "./record-view";

/** A disclosed record from the local store (the same RecordView as the server page). */
export function OfflineRecord({ id }: { id: string }) {
  const data = useLocalData((db) => readRecord(db, id), `record:${id}`);
  useDocumentTitle(data.status === "ready" ? data.data.title : null);
  return <LocalView data={data}>{(record) => <RecordView record={record} />}</LocalView>;
}
