import type { PlaceInfo, ResolvedPlace } from "@/app/_shared/guides/resolve-place";
import { placeHeadline, placeLines } from "./guide-labels";

const DIALABLE = /^[0-9-]{5,20}$/;

/**
 * Labelled lines (办理地点, 办理窗口, 办理时间, 咨询电话). On a phone `dialable` turns a plain number
 * into a tel: link; the kiosk cannot dial, so it shows text.
 */
export function PlaceFacts({ place, dialable = false }: { place: PlaceInfo; dialable?: boolean }) {
  return (
    <dl className="grid gap-x-6 md:grid-cols-[9rem_1fr] md:gap-y-2">
      {placeLines(place).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-bold text-brand-800">{label}</dt>
          <dd className="mb-3 md:mb-0">
            {dialable && label === "咨询电话" && DIALABLE.test(value) ? (
              <a href={`tel:${value.replace(/-/g, "")}`} className="font-semibold text-brand-700 underline underline-offset-2">
                {value}
              </a>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface GuidePlaceProps {
  /** The place for this kiosk's site (resolvePlace). */
  resolved: ResolvedPlace;
  county: PlaceInfo;
}

/**
 * Where to go from THIS kiosk. At a township centre with its own entry, that entry comes first
 * ("本中心" when it is the centre itself, else the nearby office) and the county hall is mentioned too.
 */
export function GuidePlace({ resolved, county }: GuidePlaceProps) {
  const headline = placeHeadline(resolved);
  if (!headline) return <PlaceFacts place={resolved} />;
  return (
    <>
      <p className="mb-4 rounded-xl border-2 border-emerald-700 bg-emerald-50 px-5 py-3 text-2xl font-bold text-emerald-900">{headline}</p>
      <PlaceFacts place={resolved} />
      <p className="mt-5 border-t border-slate-200 pt-4 text-lg text-muted">
        也可以到县里办理：{county.place}
        {county.window && `，${county.window}`}，咨询电话 {county.phone}。
      </p>
    </>
  );
}
