import Link from "next/link";
import type { GuideSummary } from "@/app/_server/guides/dto";
import { GuideBadges } from "./guide-badges";

/** One service guide as a whole-card link: name, 实施主体, 承诺时限 and the quick facts. */
export function GuideCard({ guide }: { guide: GuideSummary }) {
  return (
    <Link
      href={`/guides/${guide.id}`}
      className="flex h-full min-h-[60px] flex-col gap-3 rounded-xl border-2 border-brand-100 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50"
    >
      <h3 className="text-2xl font-bold leading-snug text-brand-800">{guide.name}</h3>
      <dl className="grid gap-x-2 text-lg leading-snug text-ink sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-muted">实施主体：</dt>
        <dd>{guide.implementer}</dd>
        <dt className="font-semibold text-muted">承诺时限：</dt>
        <dd>{guide.promisedLimit}</dd>
      </dl>
      <span className="mt-auto flex items-end justify-between gap-3">
        <GuideBadges visits={guide.visits} isOnline={guide.isOnline} />
        <span aria-hidden className="text-2xl font-bold text-brand-700">
          ›
        </span>
      </span>
    </Link>
  );
}
