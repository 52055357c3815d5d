"use client";

import { useEffect, useState } from "react";
import { openKioskDb, readSyncMeta, type KioskDb } from "./db";

/** A page's data read from the local store: `unsynced` when this kiosk has never synced. */
export type LocalData<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "missing" }
  | { status: "unsynced" }
  | { status: "failed" };

/** Reads once per `key` (the route's parameters); `load` returns null for an unknown id. */
export function useLocalData<T>(load: (db: KioskDb) => Promise<T | null>, key: string): LocalData<T> {
  const [state, setState] = useState<LocalData<T>>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    const read = async (): Promise<LocalData<T>> => {
      const db = await openKioskDb();
      if ((await readSyncMeta(db)).revision === 0) return { status: "unsynced" };
      const data = await load(db);
      return data === null ? { status: "missing" } : { status: "ready", data };
    };
    read()
      .catch((err: unknown): LocalData<T> => {
        console.error("local store read failed", key, err);
        return { status: "failed" };
      })
      .then((next) => !cancelled && setState(next));
    return () => {
      cancelled = true;
    };
    // `load` is a fresh closure each render; `key` names what it reads.
  }, [key]);
  return state;
}

/** Pages rendered from the local store set their own title (the shell's is generic). */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · 道县政务公开`;
  }, [title]);
}
