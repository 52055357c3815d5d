import "server-only";
import type { Channel, Level } from "@/app/_shared/catalog/schema";

/** Plain shapes that cross into pages and client components; never whole rows. */
export interface DomainSummary {
  slug: string;
  name: string;
  itemCount: number;
}

export interface ItemSummary {
  id: string;
  level1: string;
  level2: string;
  levels: Level[];
  category: string;
  mode: string;
  recordCount: number;
}

export interface ItemDetail extends Omit<ItemSummary, "recordCount"> {
  content: string;
  basis: string;
  timeLimit: string;
  publisher: string;
  channels: Partial<Record<Level, Channel[]>>;
  audience: string;
  domain: { slug: string; name: string };
  department: { slug: string; name: string; shortName: string };
  site: { code: string; name: string } | null;
  records: RecordSummary[];
  /** Published service guides linked to this item (相关办事指南). */
  guides: { id: string; name: string }[];
}

export interface RecordSummary {
  id: string;
  kind: string;
  title: string;
  docNo: string | null;
  issuedOn: string;
  expiresOn: string | null;
}

export interface RecordDetail extends RecordSummary {
  publisher: string;
  effectiveFrom: string | null;
  body: string;
  table: { columns: string[]; rows: string[][] } | null;
  item: { id: string; level1: string; level2: string; domain: { slug: string; name: string } };
}

export function levelsOf(row: { isCountyLevel: boolean; isTownshipLevel: boolean }): Level[] {
  const levels: Level[] = [];
  if (row.isCountyLevel) levels.push("县级");
  if (row.isTownshipLevel) levels.push("乡级");
  return levels;
}

export function parseChannels(json: string | null): Channel[] | undefined {
  return json ? (JSON.parse(json) as Channel[]) : undefined;
}
