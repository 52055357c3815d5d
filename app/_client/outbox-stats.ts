// STUB until the requests issue lands: the outbox of residents' submissions does not exist yet, so
// the heartbeat reports it empty. That issue replaces this function with one that reads the outbox.

export interface OutboxStats {
  /** Submissions not yet delivered to the server. */
  depth: number;
  /** ISO time of the oldest undelivered submission; null when the outbox is empty. */
  oldestAt: string | null;
}

export async function outboxStats(): Promise<OutboxStats> {
  return { depth: 0, oldestAt: null };
}
