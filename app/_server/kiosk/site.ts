import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/prisma/db";

/**
 * The cookie naming the site this kiosk stands at: a 9-digit NBS division code (431124000 is the
 * county hall, 431124101 梅花镇 …). Kiosk enrollment (a later issue) sets it when the county office
 * enrolls a terminal; until then it is absent and every kiosk counts as the county hall's.
 */
export const KIOSK_SITE_COOKIE = "kiosk_site";

/** The county 政务服务中心 (seeds/data/sites.ts). */
export const COUNTY_HALL_CODE = "431124000";
const COUNTY_HALL_NAME = "道县政务服务中心";

const SITE_CODE = /^\d{9}$/;

/** Where this kiosk stands. */
export interface KioskSite {
  code: string;
  /** e.g. 道县政务服务中心, 梅花镇 */
  name: string;
  /** 县级 | 街道 | 镇 | 民族乡 */
  kind: string;
  /** How residents call the hall: 道县政务服务中心, 梅花镇便民服务中心 … */
  centreName: string;
  isCountyHall: boolean;
}

const COUNTY_HALL: KioskSite = { code: COUNTY_HALL_CODE, name: COUNTY_HALL_NAME, kind: "县级", centreName: COUNTY_HALL_NAME, isCountyHall: true };

/** Reads `kiosk_site`; a malformed, unknown or absent code means the county hall. */
export async function getKioskSite(): Promise<KioskSite> {
  const code = (await cookies()).get(KIOSK_SITE_COOKIE)?.value.trim();
  if (!code || !SITE_CODE.test(code) || code === COUNTY_HALL_CODE) return COUNTY_HALL;
  const site = await getDb().site.findUnique({ where: { code }, select: { code: true, name: true, kind: true } });
  if (!site) return COUNTY_HALL;
  if (site.kind === "县级") return COUNTY_HALL;
  return { ...site, centreName: `${site.name}便民服务中心`, isCountyHall: false };
}
