/**
 * Which place, window, hours and phone a guide shows at a given site. Pure: the kiosk page, the
 * print view and the tests all call it with data already loaded.
 */

/** Where and when a guide is handled (the county hall's entry, or a township centre's own). */
export interface PlaceInfo {
  place: string;
  window?: string | null;
  hours: string;
  phone: string;
}

/** A township centre's override of the county place, for one site (NBS code). */
export interface SitePlace extends PlaceInfo {
  siteCode: string;
  /** e.g. 梅花镇; present when the caller joined the site. */
  siteName?: string;
}

export interface ResolvedPlace {
  place: string;
  window: string | null;
  hours: string;
  phone: string;
  /** True when a township centre's own override applies. */
  isTownship: boolean;
  /** The township's name when `isTownship`. */
  siteName?: string;
}

/**
 * The township override for `siteCode` wins; any other site (the county hall, a township without
 * an override) and no site at all get the county hall's entry.
 */
export function resolvePlace(county: PlaceInfo, overrides: readonly SitePlace[], siteCode?: string | null): ResolvedPlace {
  const own = siteCode ? overrides.find((o) => o.siteCode === siteCode) : undefined;
  if (own) {
    return {
      place: own.place,
      window: own.window ?? null,
      hours: own.hours,
      phone: own.phone,
      isTownship: true,
      ...(own.siteName !== undefined && { siteName: own.siteName }),
    };
  }
  return { place: county.place, window: county.window ?? null, hours: county.hours, phone: county.phone, isTownship: false };
}
