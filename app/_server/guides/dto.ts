import "server-only";
import { z } from "zod";
import { LIFE_EVENTS, guideElementsSchema, type GuideElements } from "@/app/_shared/guides/schema";
import type { SitePlace } from "@/app/_shared/guides/resolve-place";

/** A life event residents browse guides by (生育, 上学, …). */
export type LifeEvent = (typeof LIFE_EVENTS)[number];

/** What a guide card shows; plain data, never a whole row. */
export interface GuideSummary {
  id: string;
  name: string;
  kind: string;
  implementer: string;
  promisedLimit: string;
  /** 到办事现场次数; 0 is 零跑动. */
  visits: number;
  isOnline: boolean;
  isKioskSupported: boolean;
  lifeEvents: LifeEvent[];
  domain: { slug: string; name: string };
  department: { slug: string; name: string; shortName: string };
}

/** A township centre's own place for a guide, with the centre's name joined. */
export type TownshipPlace = SitePlace & { siteName: string };

/** Everything a guide page, the phone page and the print views show. */
export interface GuideDetail extends GuideSummary {
  basicCode: string;
  implementationCode: string;
  legalLimit: string;
  updatedOn: string;
  /** The nested elements (conditions, materials, steps, fee, county place, FAQ …). */
  elements: GuideElements;
  /** Township centres that handle it too, with their own place/window/hours/phone. */
  overrides: TownshipPlace[];
  /** 服务公开 catalog items that point to this guide. */
  items: { id: string; level1: string; level2: string }[];
}

/** Thrown when a stored guide no longer matches the shared schema: a data fault, not a 404. */
export class GuideDataError extends Error {
  readonly code = "GUIDE_DATA_INVALID";
  constructor(guideId: string, field: string, cause: unknown) {
    super(`办事指南 ${guideId} 的 ${field} 不符合要素规范`, { cause });
  }
}

const lifeEventsSchema = z.array(z.enum(LIFE_EVENTS));

function parseColumn<T>(guideId: string, field: string, json: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new GuideDataError(guideId, field, err);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new GuideDataError(guideId, field, parsed.error);
  return parsed.data;
}

/** The `lifeEvents` JSON array column. */
export const parseLifeEvents = (guideId: string, json: string): LifeEvent[] => parseColumn(guideId, "lifeEvents", json, lifeEventsSchema);

/** `elementsJson`, validated by the shared schema on every read. */
export const parseElements = (guideId: string, json: string): GuideElements => parseColumn(guideId, "elementsJson", json, guideElementsSchema);
