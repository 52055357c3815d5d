"use client";

import { useSyncExternalStore } from "react";
import { getSyncState, INITIAL_SYNC_STATE, subscribeSyncState, type KioskSyncState } from "./sync-loop";

/** The sync loop's state for a component; the server render sees the initial state. */
export function useKioskSyncState(): KioskSyncState {
  return useSyncExternalStore(subscribeSyncState, getSyncState, () => INITIAL_SYNC_STATE);
}
