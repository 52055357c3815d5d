import "server-only";
import { getDb } from "@/prisma/db";
import { levelsOf, parseChannels, type ItemDetail, type RecordDetail } from "./dto";

const PUBLISHED = "published";
const recordSummarySelect = { id: true, kind: true, title: true, docNo: true, issuedOn: true, expiresOn: true } as const;

export async function findItem(id: string): Promise<ItemDetail | null> {
  const i = await getDb().disclosureItem.findFirst({
    where: { id, status: PUBLISHED },
    select: {
      id: true,
      level1: true,
      level2: true,
      content: true,
      basis: true,
      timeLimit: true,
      publisher: true,
      channelsCounty: true,
      channelsTownship: true,
      isCountyLevel: true,
      isTownshipLevel: true,
      audience: true,
      mode: true,
      category: true,
      domain: { select: { slug: true, name: true } },
      department: { select: { slug: true, name: true, shortName: true } },
      site: { select: { code: true, name: true } },
      records: { where: { status: PUBLISHED }, orderBy: { issuedOn: "desc" }, select: recordSummarySelect },
      guides: {
        where: { guide: { status: PUBLISHED } },
        orderBy: { guide: { sortOrder: "asc" } },
        select: { guide: { select: { id: true, name: true } } },
      },
    },
  });
  if (!i) return null;
  const { channelsCounty, channelsTownship, isCountyLevel, isTownshipLevel, guides, ...rest } = i;
  const county = parseChannels(channelsCounty);
  const township = parseChannels(channelsTownship);
  return {
    ...rest,
    levels: levelsOf({ isCountyLevel, isTownshipLevel }),
    channels: { ...(county && { 县级: county }), ...(township && { 乡级: township }) },
    guides: guides.map((link) => link.guide),
  };
}

export async function findRecord(id: string): Promise<RecordDetail | null> {
  const r = await getDb().disclosureRecord.findFirst({
    where: { id, status: PUBLISHED, item: { status: PUBLISHED } },
    select: {
      ...recordSummarySelect,
      publisher: true,
      effectiveFrom: true,
      body: true,
      tableJson: true,
      item: { select: { id: true, level1: true, level2: true, domain: { select: { slug: true, name: true } } } },
    },
  });
  if (!r) return null;
  const { tableJson, ...rest } = r;
  return { ...rest, table: tableJson ? (JSON.parse(tableJson) as RecordDetail["table"]) : null };
}
